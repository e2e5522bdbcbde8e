"""tipcheck screen --plain through the real binary: a whole interview from
stdin, back, review, guidance, invalid input, end of input, quit, the
start questions, --ask-lang and --json."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assess"))
from engine_fixture import Checks, make_data, run  # noqa: E402

t = Checks()
tmp, data = make_data()
D = ["--content", data]
PROMPT = "Sign present?"
KEYS_TITLE = "Type one of these, then press Enter:"

# Steps with labour: the consent intro, danger, may-be-child, false-promises,
# debt, fees, no-pay, hours, lives-at-work, [locked-in], cannot-leave, threats.
COMPLETE = "\n" + "n\nn\n" + "y\ny\nn\n" + "y\ny\nn\n" + "n\nn\n" + "\n"

r = run(["screen", "--plain", "labour"] + D, COMPLETE)
out = r.stdout.decode()
t.ok(r.returncode == 0, "complete interview exits 0", r.stderr.decode())
t.contains(out, "Say who you are, why you ask", "intro text read out")
t.contains(out, "Press Enter to continue.", "intro waits for Enter")
t.contains(out, "Item 1 of 10. Safety and needs.", "progress, first checklist first")
t.contains(out, "Item 3 of 10. Recruitment.", "progress over visible items")
t.contains(out, "Item 10 of 10. Coercion.", "hidden item not counted")
t.contains(out, "Sign: The job or pay turned out different from what was promised.", "sign")
t.contains(out, "Ask: Is this the work you were promised?", "question")
t.lacks(out, "In English:", "one language: asked once")
t.contains(out, "Observe: there is no question to ask.", "observed items")
# Keys said once at the start, one a line in words; each item ends with a
# short prompt; nothing a synthesiser reads as punctuation.
t.ok(out.count(KEYS_TITLE) == 1, "keys announced once", out)
t.contains(out, "y, yes or 1: yes, the sign is present", "yes keys in words")
t.contains(out, "d, u or 3: don't know", "d and u both mean don't know")
t.contains(out, "f: go on without answering, as Enter does", "Enter goes on")
t.ok(out.count(PROMPT) == 10, "one short prompt an item", out)
for sym in ("/", "==", "--", "[", "(y", "!"):
    t.lacks(out.split("Screening result")[0], sym, "no symbol a synthesiser reads out")
t.contains(out, "All questions done. Press Enter for the result", "end of the steps")
t.contains(out, "Recommendation: [!] Refer", "result level")
t.contains(out, "Deceptive recruitment is positive", "result reasoning")
t.contains(out, "National referral mechanism: +00 100 200", "result referral")
t.lacks(out, "End of input", "ended by the worker, not by the input")
t.lacks(out, "\x1b", "no escape sequences in plain mode")

# Showing the hidden item: lives-at-work yes makes locked-in appear.
r = run(["screen", "--plain", "labour"] + D,
        "\n" + "n\nn\n" + "n\nn\nn\n" + "n\nn\ny\n" + "y\n" + "n\nn\n" + "\n")
out = r.stdout.decode()
t.contains(out, "Item 9 of 11. Conditions of work.", "show_if adds an item")
t.contains(out, "Sign: The place where the person lives is locked at night.", "shown item")

# Back, review, guidance, the keys again.
r = run(["screen", "--plain", "labour"] + D, "\n" + "g\n" + "?\n" + "y\n" + "b\n" + "r\n" + "b\nb\n")
out = r.stdout.decode()
t.contains(out, "Ask this first, away from anyone who came with the person.", "guidance")
t.ok(out.count(KEYS_TITLE) == 2, "? says the keys again", out)
t.contains(out, "Answered so far: yes", "back shows the answer given")
t.contains(out, "Answers so far:", "review heading")
t.contains(out, "yes: The person is in immediate danger.", "review lists answers")
t.contains(out, "not asked: The person may be under 18.", "review lists unanswered")
t.contains(out, "End of the review. The interview continues.", "review continues")
t.ok(out.count("Say who you are") == 2, "back from the first item shows the intro again")
t.contains(out, "This is the first step; there is nothing before it.", "nothing before")
t.contains(out, "End of input: the result of what was answered follows.", "end of input")
t.contains(out, "Recommendation: [!!] Urgent: act now", "result of what was answered")

# Digits answer on any keyboard layout: 1 is yes.
r = run(["screen", "--plain", "labour"] + D, "\n" + "1\n" + "b\n")
t.contains(r.stdout.decode(), "Answered so far: yes", "1 answers yes")

# Invalid input repeats the prompt with the allowed keys.
r = run(["screen", "--plain", "labour"] + D, "\n" + "x\n" + "maybe\n" + "n\n")
out = r.stdout.decode()
t.ok(out.count("Not understood. Type ? for the keys.") == 2, "invalid input said")
t.ok(out.count(PROMPT) == 4, "prompt repeated", out)
t.ok(r.returncode == 0, "end of input exits 0")

# End of input in the middle: the result of what was answered.
r = run(["screen", "--plain", "labour"] + D, "\n" + "n\nn\n" + "y\ny\n")
out = r.stdout.decode()
t.contains(out, "End of input: the result of what was answered follows.", "said")
t.contains(out, "Deceptive recruitment: positive", "answers so far count")
t.contains(out, "There is not enough information", "insufficient, not 'no indicators'")
t.contains(out, "Answers: 2 yes, 2 no, 0 don't know, 6 not asked.", "counts so far")

# Quit asks to confirm; no goes on, yes ends with the result.
r = run(["screen", "--plain", "labour"] + D, "\n" + "y\n" + "q\nn\n" + "n\n" + "q\ny\n" + "y\ny\n")
out = r.stdout.decode()
t.ok(out.count("Quit and show the result of what was answered? Type y or n:") == 2, "confirm asked")
t.contains(out, "Recommendation: [!!] Urgent: act now", "quit shows the result")
t.contains(out, "Answers: 1 yes, 1 no", "answers after the refused quit count; none after quit")
t.lacks(out, "End of input", "quit is not the end of input")

# The full screen's keys: s marks not asked, u and d are don't know, an
# empty line goes on keeping the answer.
r = run(["screen", "--plain", "--json", "labour"] + D, "\n" + "s\n" + "u\n" + "d\n")
j = json.loads(r.stdout.decode() or "{}")
t.ok(j.get("counts", {}).get("unknown") == 2 and j["counts"]["not-asked"] == 8,
     "s not asked, u and d don't know", str(j.get("counts")))
r = run(["screen", "--plain", "--json", "labour"] + D, "\n" + "y\n" + "b\n" + "\n" + "\n" + "f\n")
j = json.loads(r.stdout.decode() or "{}")
t.ok(j.get("counts", {}).get("yes") == 1 and j["counts"]["not-asked"] == 9,
     "Enter and f go on, keeping the answer", str(j.get("counts")))
t.lacks(r.stderr.decode(), "Not understood", "an empty line is understood at an item")

# --json: one object on stdout; the interview on stderr.
r = run(["screen", "--plain", "--json", "labour"] + D, COMPLETE)
try:
    j = json.loads(r.stdout.decode())
except ValueError as e:
    j = {}
    t.ok(False, "--json stdout parses alone: %s" % e, r.stdout.decode())
t.ok(j.get("level") == "refer", "--json level")
t.contains(r.stderr.decode(), "Item 1 of 10.", "prompts on stderr with --json")

# No checklist given: the situation, then the form.
r = run(["screen", "--plain"] + D, "9\n1\n1\n")
out = r.stdout.decode()
t.contains(out, "Is the person an adult or a child?", "situation asked")
t.contains(out, "3. Not sure (treated as a child)", "not sure offered")
t.contains(out, "Please type a number from 1 to 3.", "invalid number")
t.contains(out, "Which checklists fit what you see?", "form asked")
t.contains(out, "1. Labour exploitation", "adult checklists listed")
t.lacks(out, "Children at work", "child checklists not offered for adults")
t.contains(out, "Checklist: Labour exploitation, version 1.3", "chosen checklist used")
r = run(["screen", "--plain", "--json"] + D, "3\n1\n")
j = json.loads(r.stdout.decode() or "{}")
t.contains(r.stderr.decode(), "Included for a child, or when the age is not sure: Children at work",
           "not sure: the children's checklist included")
t.ok([c["id"] for c in j.get("checklists", [])] == ["safety", "child"], "child interview")
t.ok("child" in [o["id"] for o in j.get("outcomes", [])], "not sure presets 'may be a child'")

# Several checklists, as the full screen marks them (the shipped content
# offers an adult more than one).
SRC = os.environ["TIPCHECK_SRC"]
r = run(["screen", "--plain", "--json", "--content", SRC], "1\n" + "x\n" + "1 99\n" + "1, 2\n")
j = json.loads(r.stdout.decode() or "{}")
t.contains(r.stderr.decode(), "Please type numbers from 1 to", "bad numbers said")
t.ok(len(j.get("checklists", [])) == 3, "two chosen at once (1, 2), after safety and needs",
     str([c["id"] for c in j.get("checklists", [])]))

# The person's language and the worker's.
r = run(["screen", "--plain", "--ask-lang", "es", "labour"] + D, "\nn\nn\n")
out = r.stdout.decode()
# As the full screen has them: the worker's question, the person's under it
# (the fixture's es catalog has no english_name: its own name).
t.contains(out, "Ask: Is this the work you were promised?\nIn Español:\n"
           "  ¿Es este el trabajo que le prometieron?", "question in --lang, then in --ask-lang")

# Full screen needs a terminal.
r = run(["screen", "labour"] + D, "")
t.ok(r.returncode == 2, "full screen without a terminal: exit 2")
t.contains(r.stderr.decode(), "tipcheck screen --plain", "suggests --plain")
r = run(["screen", "--json", "labour"] + D, "")
t.ok(r.returncode == 2, "--json without --plain: usage error")
r = run(["screen", "--plain", "nosuch"] + D, "")
t.ok(r.returncode == 2, "unknown checklist: usage error")

t.finish(tmp)
