"""Who a service serves, through the real binary: the engine fixture with
the layer tests/fixtures/serves (Testland's support line is for adults
only) in `assess` (text and --json) and `screen --plain`. A possible child
is never sent to the adults-only line: the result says why it was left
out, gives the international one instead and adds the child line; an
adult gets the line itself and nothing is left out."""
import json
import os

from engine_fixture import SRC, Checks, make_data, run

t = Checks()
tmp, data = make_data()
D = ["--content", data, "--data", os.path.join(SRC, "tests", "fixtures", "serves"),
     "--region", "testland"]
LEFT_OUT = ("- Testland support line for women (Testland): for adults only, and the person\n"
            "  may be a child")
ADDED = "Added for a child: a service for adults only was left out"

# assess, a child checklist: left out, why, what stands in, what is added.
r = run(["assess", "child"] + D, "may-be-child: yes\n")
out = r.stdout.decode()
t.ok(r.returncode == 0, "assess child exits 0", r.stderr.decode())
t.contains(out, "Left out\n--------\n\n" + LEFT_OUT, "the left-out line says why")
t.contains(out, "- Support organisation: help@example.org\n  The Testland directory's service "
           "does not serve this person", "the international service stands in")
t.contains(out, "- Testland child line: +99 555 0300", "the child line is added")
t.contains(out, ADDED, "the added child line says why")
t.lacks(out, "Testland support line for women: +99", "never the adults-only line itself")

# Not sure counts as a child, even on a checklist for adults.
r = run(["assess", "labour", "--situation", "unsure"] + D, "{}\n")
out = r.stdout.decode()
t.contains(out, LEFT_OUT, "not sure: left out as for a child")
t.lacks(out, "Testland support line for women: +99", "not sure: never adults-only")

# An adult: the line serves; who it serves is said; nothing left out.
r = run(["assess", "labour"] + D, "{}\n")
out = r.stdout.decode()
t.contains(out, "- Testland support line for women: +99 555 0200", "adult: the line itself")
t.contains(out, "Who it serves: adults only; women only; takes families with children;\n"
           "  interpreting available; open 24/7", "adult: who it serves")
t.lacks(out, "Left out", "adult: nothing left out")
t.lacks(out, ADDED, "adult: nothing added")

# The person's language: a service that lists others, with no interpreting.
r = run(["assess", "child", "--ask-lang", "es"] + D, "may-be-child: yes\n")
out = r.stdout.decode()
t.contains(out, "It does not list the person's language (es)", "language not listed: said")
r = run(["assess", "child"] + D, "may-be-child: yes\n")
t.lacks(r.stdout.decode(), "does not list the person's language", "language listed: silent")

# JSON carries the same.
r = run(["assess", "--json", "child"] + D, "may-be-child: yes\n")
j = json.loads(r.stdout)
t.ok(j["left_out"] == [{"service": "ngo", "name": "Testland support line for women",
                        "directory": "testland", "why": "adults-only"}], "json left_out",
     j.get("left_out"))
refs = {x["service"]: x for x in j["referrals"]}
t.ok(refs["ngo"]["directory"] == "international" and refs["ngo"]["fallback"], "json stand-in")
t.ok(refs["child-line"]["for_child"] and refs["child-line"]["serves"]["age"] == "children",
     "json child line added", refs.get("child-line"))
t.ok(all((x["serves"] or {}).get("age") != "adults" for x in j["referrals"]),
     "json: no adults-only referral")

# screen --plain: the same result at the end of an interview.
r = run(["screen", "--plain", "child"] + D, "\n" + "n\ny\n" + "\n\n" + "\n")
out = r.stdout.decode()
t.ok(r.returncode == 0, "plain exits 0", r.stderr.decode())
t.contains(out, LEFT_OUT, "plain: the left-out line says why")
t.contains(out, ADDED, "plain: the child line added")

t.finish(tmp)
