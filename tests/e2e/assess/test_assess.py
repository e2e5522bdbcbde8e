"""tipcheck assess through the real binary: text and JSON results, region
fallback, insufficient information, and positioned input errors."""
import json
import re

from engine_fixture import Checks, make_data, run

t = Checks()
tmp, data = make_data()
D = ["--content", data]

TRAFFICKING = """\
safety.danger: no
may-be-child: no
false-promises: yes
debt: yes
fees: no
labour.no-pay: yes
hours: yes
lives-at-work: no
cannot-leave: no
threats: no
"""

# --- text ---------------------------------------------------------------
r = run(["assess", "labour"] + D, TRAFFICKING)
out = r.stdout.decode()
t.ok(r.returncode == 0, "assess text exits 0", r.stderr.decode())
t.contains(out, "Recommendation: [!] Refer", "level in words with its symbol")
t.contains(out, "What to do now: Refer to the national referral mechanism with the person's\n"
           "consent.", "what to do now, from the outcome")
t.ok(out.index("Recommendation:") < out.index("What to do now") < out.index("Whom to contact")
     < out.index("Elements of the definition") < out.index("Why: the rules that matched")
     < out.index("Sources and notes"), "how urgent, what to do, whom to contact; the rest after")
t.contains(out, "This is a recommendation, not an identification.", "reminder")
t.contains(out, "never means\nthat the person is not a victim", "absence is not a finding")
t.contains(out, "National referral mechanism: +00 100 200", "referral with contact")
t.contains(out, "Support organisation: help@example.org", "second referral")
t.contains(out, "Contact taken from a public source on 2026-01-15, not confirmed with the\n"
           "  operator.", "how the contact was checked, under it")
t.contains(out, "Referral directory: International (contacts taken from a public source on\n"
           "  2026-01-15, not confirmed with the operator)", "where the contacts came from")
t.contains(out, "Asked for by: Possible trafficking for labour exploitation", "because")
t.contains(out, "Deceptive recruitment is positive", "outcome reason, in words")
t.contains(out, "Exploitative conditions of work is positive", "outcome reason 2")
t.contains(out, "Deceptive recruitment: positive", "element state")
t.contains(out, "  - The job or pay turned out different from what was promised. (strong)",
           "yes answer with strength, under its element")
t.contains(out, "  - The person owes a debt to the recruiter. (medium)", "yes answer 2")
t.contains(out, "Coercion at destination: not positive", "element not positive")
t.contains(out, "It would be positive with 1 more strong sign and 1 more sign of any strength.",
           "how far from positive: the fewest more signs, any strength where any will do")
t.lacks(out[:out.index("Why: the rules")], "Source:", "no provenance in the advice")
t.contains(out, "Help does not depend on the police", "notice")
t.lacks(out, "Asylum", "notice whose when is false")
t.contains(out, "Checklist: Safety and needs, version 2.1", "first checklist included")
t.contains(out, "Checklist: Labour exploitation, version 1.3", "checklist version")
t.contains(out, "Date: 2026-03-04", "date")
t.contains(out, "Answers: 4 yes, 6 no, 0 don't know, 0 not asked.", "counts")
t.lacks(out, "ui.", "every word comes from the catalog")
t.lacks(out, "not enough information", "not insufficient")
t.ok(all(len(l) <= 80 for l in out.splitlines()), "wrapped to 80 columns")

# --- JSON ---------------------------------------------------------------
r = run(["assess", "--json", "labour"] + D, TRAFFICKING)
try:
    j = json.loads(r.stdout.decode())
except ValueError as e:
    j = {}
    t.ok(False, "JSON parses: %s" % e, r.stdout.decode())
t.ok(r.returncode == 0, "assess --json exits 0")
t.ok(j.get("level") == "refer", "json level", str(j.get("level")))
t.ok(j.get("insufficient") is False, "json insufficient")
t.ok(j.get("recommendation_only") is True, "json recommendation_only")
t.ok([c["id"] for c in j.get("checklists", [])] == ["safety", "labour"], "json checklists")
t.ok(j.get("counts") == {"yes": 4, "no": 6, "unknown": 0, "not-asked": 0}, "json counts",
     str(j.get("counts")))
els = {e["id"]: e for e in j.get("elements", [])}
t.ok(els.get("recruitment", {}).get("state") == "positive", "json element positive")
t.ok(els.get("recruitment", {}).get("met") == {"strong": 1, "medium": 1, "weak": 0},
     "json met combination")
t.ok(els.get("recruitment", {}).get("yes_items") == ["labour.false-promises", "labour.debt"],
     "json yes items")
t.ok(els.get("coercion", {}).get("state") == "not-positive", "json element not positive")
t.ok(els.get("coercion", {}).get("missing") == 2, "json missing")
t.ok(els.get("child-exploitation", {}).get("items") == 0
     and els["child-exploitation"].get("state") == "not-positive",
     "an element no chosen checklist scores is reported with no items")
t.ok([o["id"] for o in j.get("outcomes", [])] == ["trafficking"], "json outcomes")
reasons = j["outcomes"][0]["reasons"] if j.get("outcomes") else []
t.ok([(x["kind"], x["ref"], x["value"], x["negated"]) for x in reasons] ==
     [("element", "recruitment", True, False), ("element", "exploitation", True, False)],
     "json reasons", str(reasons))
t.ok([(x["service"], x["directory"], x["fallback"], x["no_contact"])
      for x in j.get("referrals", [])] ==
     [("nrm", "international", False, False), ("ngo", "international", False, False)],
     "json referrals", str(j.get("referrals")))
t.ok([n["id"] for n in j.get("notices", [])] == ["rights"], "json notices")
t.ok((j.get("notices") or [{}])[0].get("text") ==
     'The person can get help without talking to the police.\n"Quoted" \\ back\ttab, é, 日本.',
     "JSON escapes quotes, backslash and control characters; UTF-8 passes through",
     str(j.get("notices")))
t.ok('\\"Quoted\\" \\\\ back\\ttab, é, 日本' in r.stdout.decode(), "escaped as JSON, UTF-8 raw",
     r.stdout.decode())
t.ok(j.get("date") == "2026-03-04", "json date")
t.ok(j.get("symbol") == "[!]", "json symbol of the level")
t.ok(j.get("action") == "Refer to the national referral mechanism with the person's consent.",
     "json action", str(j.get("action")))
t.ok(all("find" in x for x in j.get("referrals", [])), "json find on every referral")
blocks = j.get("explanation", [])
t.ok(blocks and blocks[1] == {"part": "advice", "role": "level", "depth": 0, "label": None,
                              "text": "Recommendation: [!] Refer"}, "json explanation: level",
     str(blocks[:3]))
t.ok([b["part"] for b in blocks] == sorted((b["part"] for b in blocks),
     key=["feedback", "advice", "trace", "sources", "debrief"].index),
     "json explanation: parts in order")
t.ok(any(b["role"] == "reason" and b["text"] == "Deceptive recruitment is positive"
         for b in blocks), "json explanation: the screen's and the paper's words")
t.ok(r.stdout.decode().count("\n") >= 1 and r.stdout.decode().endswith("}\n"),
     "one object and a newline")

# --- region and fallback --------------------------------------------------
r = run(["assess", "--json", "--region", "testland", "labour"] + D, TRAFFICKING)
j = json.loads(r.stdout.decode() or "{}")
refs = {x["service"]: x for x in j.get("referrals", [])}
t.ok(refs.get("nrm", {}).get("contact") == "+99 555 0100" and
     refs.get("nrm", {}).get("fallback") is False, "region contact", str(refs))
t.ok(refs.get("ngo", {}).get("directory") == "international" and
     refs.get("ngo", {}).get("fallback") is True, "empty local contact falls back", str(refs))
r = run(["assess", "--region", "testland", "labour"] + D, TRAFFICKING)
out = r.stdout.decode()
t.contains(out, "Testland referral mechanism: +99 555 0100", "local contact")
t.contains(out, "Testland referral mechanism: +99 555 0100\n  Hours: Weekdays 9-17\n"
           "  Contact taken from a public source on 2026-02-01, not confirmed with the\n"
           "  operator.", "local contact, how it was checked")
t.contains(out, "Referral directory: Testland (contacts taken from a public source on\n"
           "  2026-02-01, not confirmed with the operator)", "local source")
t.contains(out, "No contact in the Testland directory; this one is from the\n"
           "  International directory (taken from a public source on 2026-01-15, not\n"
           "  confirmed with the operator).", "fallback said plainly")
t.contains(out, "Hours: Weekdays 9-17", "hours")

# --- no contact, not + reasons -------------------------------------------
EXPLOIT = "no-pay: yes\nhours: yes\nlives-at-work: no\nfalse-promises: no\ncannot-leave: no\n"
r = run(["assess", "labour"] + D, EXPLOIT)
out = r.stdout.decode()
t.contains(out, "Recommendation: [>] Refer for further assessment", "refer-further level")
t.contains(out, "Labour inspection: no contact known", "no contact said as such")
t.contains(out, "How to find it: search for \"Labour inspection\"", "what to search for")
t.contains(out, "Deceptive recruitment is not positive", "negated reason in words")
r = run(["assess", "--json", "labour"] + D, EXPLOIT)
j = json.loads(r.stdout.decode() or "{}")
t.ok([x["no_contact"] for x in j.get("referrals", [])] == [True, False], "json no_contact")
t.ok(j["referrals"][0]["contact"] is None, "no contact is null")
reasons = j["outcomes"][0]["reasons"] if j.get("outcomes") else []
t.ok([(x["ref"], x["value"], x["negated"]) for x in reasons] ==
     [("exploitation", True, False), ("recruitment", False, True), ("coercion", False, True)],
     "json negated reasons", str(reasons))

# --- insufficient, unknown, hidden ---------------------------------------
r = run(["assess", "labour"] + D, "{}\n")
out = r.stdout.decode()
t.ok(r.returncode == 0, "no answers is a result")
t.contains(out, "There is not enough information to decide on every element.", "insufficient")
t.contains(out, "This is\nnot a finding that there are no indicators", "never 'no indicators'")
t.contains(out, "Exploitative conditions of work: not enough answers to decide",
           "undecided element")
t.contains(out, "0 questions answered yes or no; 3 or more are needed to decide.",
           "min answered")
r = run(["assess", "--json", "labour"] + D, "{}\n")
j = json.loads(r.stdout.decode() or "{}")
t.ok(j.get("insufficient") is True and j.get("level") == "inform", "json insufficient")

r = run(["assess", "--json", "labour"] + D,
        "no-pay: unknown\nhours: unknown\nlives-at-work: not-asked\nfalse-promises: unknown\n"
        "debt: unknown\n")
j = json.loads(r.stdout.decode() or "{}")
t.ok(all(e["state"] != "positive" for e in j.get("elements", [])), "unknown never counts")
t.ok(j.get("counts", {}).get("unknown") == 4, "unknown counted as such")

r = run(["assess", "--json", "labour"] + D,
        "no-pay: yes\nhours: no\nlives-at-work: no\nlocked-in: yes\n")
j = json.loads(r.stdout.decode() or "{}")
els = {e["id"]: e for e in j.get("elements", [])}
t.ok(els.get("exploitation", {}).get("yes") == {"strong": 1, "medium": 0, "weak": 0},
     "hidden item's yes not counted", str(els.get("exploitation")))
t.ok(j.get("counts", {}).get("yes") == 1, "hidden item not in counts")

# --- input errors, with positions -----------------------------------------
ERR = re.compile(r"^<stdin>:(\d+):(\d+): error: (.*)$", re.M)


def error_at(stdin, line, col, words, what, args=("labour",)):
    r = run(["assess"] + list(args) + D, stdin)
    err = r.stderr.decode()
    m = ERR.search(err)
    t.ok(r.returncode == 1, what + ": exit 1", "rc=%d %s" % (r.returncode, err))
    t.ok(r.stdout == b"", what + ": no result on error", r.stdout.decode())
    t.ok(m is not None, what + ": <stdin>:LINE:COLUMN: error:", err)
    if m:
        if line:
            t.ok((int(m.group(1)), int(m.group(2))) == (line, col),
                 what + ": at %d:%d" % (line, col), err)
        for w in words:
            t.contains(m.group(3), w, what)


error_at("debt: yes\nnope: yes\n", 2, 1, ["unknown item 'nope'"], "unknown item")
error_at("debt: yes\nhours: maybe\n", 2, 8,
         ["'maybe'", "yes, no, unknown, not-asked"], "invalid value")
error_at("debt: yes\nhours: [yes\n", None, None, [], "bad YAML")
error_at("debt: yes\ndebt: no\n", 2, 1, ["duplicate"], "duplicate key")
error_at("debt: yes\nlabour.debt: no\n", 2, 1, ["duplicate"], "same item twice")
error_at("debt: &a yes\nhours: *a\n", None, None, ["alias"], "anchors and aliases")
error_at("- debt\n- hours\n", 1, 1, ["mapping"], "not a mapping")
error_at("no-pay: yes\n", 1, 1, ["more than one checklist", "CHECKLIST.no-pay"],
         "ambiguous bare id", ("labour", "child"))
error_at("child.no-school: yes\n", 1, 1, ["unknown item"], "item of a checklist not chosen")
r = run(["assess", "labour", "child"] + D, "labour.no-pay: yes\nchild.no-pay: no\n")
t.ok(r.returncode == 0, "qualified ids resolve the ambiguity", r.stderr.decode())

# --- usage ------------------------------------------------------------------
r = run(["assess"] + D, "")
t.ok(r.returncode == 2, "no checklist: usage error")
t.contains(r.stderr.decode(), "no checklist given", "says what is missing")
r = run(["assess", "nosuch"] + D, "")
t.ok(r.returncode == 2 and "nosuch" in r.stderr.decode(), "unknown checklist: usage error")
r = run(["assess", "--bogus", "labour"] + D, "")
t.ok(r.returncode == 2, "unknown option: usage error")
r = run(["assess", "--region", "nowhere", "labour"] + D, "")
t.ok(r.returncode == 2, "unknown region: usage error")
r = run(["assess", "--help"])
t.ok(r.returncode == 0 and b"Usage: tipcheck assess" in r.stdout, "--help")

t.finish(tmp)
