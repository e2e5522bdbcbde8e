"""tipcheck screen --plain: the safety interrupts (an emergency: the result
now or continue; not safe to talk: stop showing nothing, or continue), b
from the result back to the review, and the children's checklist included
for a child or when the age is not sure."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "assess"))
sys.path.insert(0, HERE)
from alerts_fixture import make_alert_data  # noqa: E402
from engine_fixture import Checks, run  # noqa: E402

t = Checks()
tmp, data = make_alert_data()
D = ["--data", data]
EMERGENCY = "Type r for the result now, or c to continue the interview:"
DISCREET = "Type s to stop here and show nothing more, or c to continue:"
STOPPED = "Stopped. Thank you for your time. The answers are wiped."

# Steps: consent intro, danger, safe-to-talk, may-be-child, then labour:
# false-promises, debt, fees, no-pay, hours, lives-at-work, cannot-leave,
# threats.

# --- danger: the alert at once, then continue -----------------------------
r = run(["screen", "--plain", "labour"] + D, "\n" + "y\n" + "x\n" + "\n" + "c\n" + "y\n")
out = r.stdout.decode()
t.ok(r.returncode == 0, "danger, continue: exit 0", r.stderr.decode())
t.contains(out, "ALERT: DANGER-ALERT Act now", "the alert, at once")
t.contains(out, "Call the emergency number and get everyone to safety.", "what to do")
t.contains(out, "Emergency services: 112", "the emergency contact")
t.contains(out, "Contact taken from a public source on 2026-01-15, not confirmed with the "
           "operator.", "how the contact was checked")
t.ok(out.find("DANGER-ALERT") < out.find("Sign: It is safe to talk here."),
     "the alert comes before the next question", out)
t.ok(out.count(EMERGENCY) == 3, "only its words choose: the prompt again after x and Enter", out)
t.contains(out, "Not understood. Type one of the letters named.", "invalid choice said")
t.contains(out, "Sign: It is safe to talk here.", "continue: the next question")
t.lacks(out, DISCREET, "yes to safe to talk: no discreet alert")

# --- danger: the result now, the emergency contact above the reasoning -----
r = run(["screen", "--plain", "labour"] + D, "\n" + "y\n" + "r\n" + "\n")
out = r.stdout.decode()
t.ok(r.returncode == 0, "danger, result: exit 0", r.stderr.decode())
t.lacks(out, "Sign: It is safe to talk here.", "the result now: no more questions")
t.contains(out, "Recommendation: [!!] Urgent: act now", "urgent result")
level, act = out.rfind("Recommendation:"), out.rfind("(!) DANGER-ALERT Act now")
todo = out.find("What to do now: Call the emergency number and get everyone to safety.", act)
whom, refs = out.find("Whom to contact\n", act), out.find("Referrals\n", act)
why = out.find("Why: the rules that matched\n", act)
t.ok(0 <= level < act < todo < whom < refs < why,
     "the alert right under the level, its advice as what to do now, above the reasoning", out)
t.ok(out.find("- Emergency services: 112", whom) == out.find("\n- ", whom) + 1,
     "its contact first under whom to contact", out)
t.ok(out.count("What to do now:") == 1, "one answer to what to do now", out)
t.lacks(out, "End of input", "the worker chose the result")

# --- the same answers again: not raised again while it stays yes ----------
r = run(["screen", "--plain", "labour"] + D, "\n" + "y\n" + "c\n" + "b\n" + "y\n" + "y\n")
out = r.stdout.decode()
t.ok(out.count("ALERT: DANGER-ALERT") == 1, "not raised again while danger stays yes", out)
# ... but again after no, then yes.
r = run(["screen", "--plain", "labour"] + D, "\n" + "y\n" + "c\n" + "b\n" + "n\n" + "b\n" + "y\n")
out = r.stdout.decode()
t.ok(out.count("ALERT: DANGER-ALERT") == 2, "raised again after no then yes", out)

# --- not safe to talk: stop, and nothing of the interview follows ----------
r = run(["screen", "--plain", "--region", "testland", "labour"] + D,
        "\n" + "n\n" + "n\n" + "s\n" + "y\n")
out = r.stdout.decode()
t.ok(r.returncode == 0, "stop: exit 0", r.stderr.decode())
t.contains(out, "ALERT: QUIET-ALERT Not safe to talk", "the discreet alert")
t.contains(out, "End in a neutral way and give a number to call later.", "how to close")
t.contains(out, "Test police line (police): +99 777", "the hotline, marked as police")
t.contains(out, DISCREET, "its choices")
after = out[out.find(DISCREET) + len(DISCREET):]
t.contains(after, STOPPED, "stopped")
for word in ["Recommendation", "Referrals", "Sign:", "traffick", "exploitation", "Why"]:
    t.lacks(after, word, "after stopping")
t.ok(r.returncode == 0 and after.strip() == STOPPED, "nothing but the neutral words", after)
# With --json, nothing at all on stdout.
r = run(["screen", "--plain", "--json", "labour"] + D, "\n" + "n\n" + "n\n" + "s\n")
t.ok(r.returncode == 0 and r.stdout == b"", "stop with --json: no result", r.stdout.decode())
t.contains(r.stderr.decode(), STOPPED, "stop with --json: said on stderr")
# Not a choice of an emergency: r at the discreet alert is not understood.
r = run(["screen", "--plain", "labour"] + D, "\n" + "n\n" + "n\n" + "r\n" + "c\n" + "n\n")
out = r.stdout.decode()
t.ok(out.count(DISCREET) == 2, "r is not a choice here", out)
t.contains(out, "Sign: The person may be under 18.", "continue: the next question")
t.contains(out, "Not safe to talk", "continued: the result says so")

# --- b from the result back to the review; a changed answer changes it -----
ANSWERS = "\n" + "n\ny\nn\n" + "n\nn\nn\n" + "y\ny\nn\n" + "n\nn\n" + "\n"
r = run(["screen", "--plain", "labour"] + D,
        ANSWERS + "b\n" + "b\n" + "b\n" + "y\n" + "y\n" + "\n" + "\n")
out = r.stdout.decode()
t.ok(r.returncode == 0, "back from the result: exit 0", r.stderr.decode())
first, second = out.find("Recommendation:"), out.rfind("Recommendation:")
t.ok(0 <= first < second, "two results", out)
t.contains(out[:second], "Recommendation: [>] Refer for further assessment", "first result")
t.contains(out, "b back to the review", "the prompt after the result names b")
t.contains(out[first:second], "Answers so far:", "b shows the review")
t.contains(out[first:second], "yes: The person is not paid, or paid far less than agreed.",
           "nothing lost on the way")
t.contains(out[second:], "Recommendation: [!] Refer", "the changed answers change the result")
t.contains(out[second:], "Possible trafficking for labour exploitation", "recomputed")
t.lacks(out, "End of input", "the worker finished")

# --- the children's checklist is included for a child and when not sure ---
SRC = os.environ["TIPCHECK_SRC"]
for choice, what in (("2", "a child"), ("3", "not sure")):
    # The shipped content: more checklists fit a child than the children's.
    r = run(["screen", "--plain", "--data", SRC, "--lang", "en"], choice + "\n" + "\n")
    out = r.stdout.decode()
    t.contains(out, "Included for a child, or when the age is not sure: Children",
               "children's checklist included for " + what)
    t.contains(out, "Which other checklists fit what you see, if any?", "one more: " + what)
    t.contains(out, "or press Enter for none", "Enter for none: " + what)
    t.contains(out, "Children (under 18, or age not certain), version", "in the interview")
    r = run(["screen", "--plain", "--json"] + D, choice + "\n\n")
    res = json.loads(r.stdout.decode())
    t.ok([c["id"] for c in res["checklists"]] == ["safety", "child"],
         "Enter: safety and the children's checklist for " + what, str(res["checklists"]))
r = run(["screen", "--plain", "--json"] + D, "1\n1\n")
res = json.loads(r.stdout.decode())
t.ok([c["id"] for c in res["checklists"]] == ["safety", "labour"], "an adult: the one chosen",
     str(res["checklists"]))

t.finish(tmp)
