"""A possible child on a checklist for adults, through the real binary on
the shipped content in the UK: "may be a child" answered yes or don't know
keeps the Salvation Army's line for adults only out of "Whom to contact"
and names it under "Left out", in `screen --plain` and in `assess` (text
and --json), as the child checklist does. Answered no, the line serves."""
import json
import tempfile

from engine_fixture import SRC, Checks, run

t = Checks()
tmp = tempfile.mkdtemp(prefix="tipcheck-child-")
D = ["--content", SRC, "--region", "uk"]
ADULT_LINE = "Salvation Army adult victim support referral line (England and Wales)"
LEFT_OUT = ("Left out\n--------\n\n- " + ADULT_LINE +
            "\n  (United Kingdom): for adults only, and the person may be a child")
ADDED = "Added for a child: a service for adults only was left out"


def whom(out):
    """The "Whom to contact" section of a text result."""
    start = out.find("Whom to contact\n")
    end = out.find("\n\n(!)", start)
    return out[start:end] if start >= 0 and end > start else ""


def child_result(out, what):
    contacts = whom(out)
    t.ok(contacts != "", what + ": a Whom to contact section", out)
    t.lacks(contacts, ADULT_LINE, what + ": the adults-only line is not a contact")
    t.contains(contacts, "Child helpline", what + ": a contact for children instead")
    t.contains(out, LEFT_OUT, what + ": the left-out note names the line and why")
    t.contains(out, ADDED, what + ": the added contact says why")
    t.lacks(out, "Who it serves: adults only", what + ": no referral for adults only")


# screen --plain: an adult, labour exploitation, safety questions with
# "may be a child" yes; then past the rest to the result.
r = run(["screen", "--plain"] + D, "1\n1\nn\nn\ny\nn\ny\nn\nn\n\n\n")
t.ok(r.returncode == 0, "plain exits 0", r.stderr.decode())
child_result(r.stdout.decode(), "plain, adult start, may be a child yes")

# assess on the adult checklist: yes and don't know both count.
for answer in ("yes", "unknown"):
    r = run(["assess", "labour-adult"] + D,
            "safety-and-needs.may-be-child: %s\nlabour-adult.dest-debt: yes\n" % answer)
    t.ok(r.returncode == 0, "assess exits 0 (%s)" % answer, r.stderr.decode())
    child_result(r.stdout.decode(), "assess, may be a child " + answer)

# JSON, the safety alert's path: not safe to talk, age not known.
r = run(["assess", "--json", "labour-adult"] + D,
        "safety-and-needs.may-be-child: unknown\nsafety-and-needs.safe-to-talk: no\n")
j = json.loads(r.stdout)
t.ok(j["left_out"] == [{"service": "specialised-support", "name": ADULT_LINE,
                        "directory": "uk", "why": "adults-only"}], "json left_out",
     j.get("left_out"))
t.ok(all((x["serves"] or {}).get("age") != "adults" for x in j["referrals"]),
     "json: no adults-only referral", j["referrals"])
t.ok(any(x["for_child"] for x in j["referrals"]), "json: a contact for children added")

# An adult (may be a child: no): the line serves; nothing is left out.
r = run(["assess", "labour-adult"] + D,
        "safety-and-needs.may-be-child: no\nlabour-adult.dest-debt: yes\n")
out = r.stdout.decode()
t.contains(whom(out), ADULT_LINE + ": 0800 808 3733", "adult: the line is a contact")
t.lacks(out, "Left out\n", "adult: nothing left out")

t.finish(tmp)
