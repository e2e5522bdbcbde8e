"""tipcheck train --plain through the real binary on the fixture: a
perfect run, a run with missed and extra indicators, a run that marks
context items (never a mistake), the feedback before the result and the
debrief last, the TRAINING banner on every step, the numbered choice of a
scenario, and usage errors."""
import sys

from train_fixture import BANNER, Checks, make_data, run

t = Checks()
tmp, data = make_data()
D = ["--content", data]

# Steps: safety.danger, safety.interpreter, work.promised, work.fee,
# work.hours, work.pay, work.lookout (observed), work.bunk, then Enter for
# the result.
PERFECT = "n\nn\ny\ny\ny\ny\nn\nn\n\n"
r = run(["train", "--plain", "deckhand"] + D, PERFECT)
out = r.stdout.decode()
t.ok(r.returncode == 0, "perfect run exits 0", r.stderr.decode())
t.contains(out, "Training feedback: Deckhand on a trawler", "feedback with the result")
t.ok(out.index("Training feedback") < out.index("Indicators found") <
     out.index("Indicators missed") < out.index("Marked yes but not in the scenario") <
     out.index("Recommendation:"), "score, found, missed, extra, then the result")
t.ok(out.index("Recommendation:") < out.index("Debrief points") and
     out.rstrip().endswith("Enter to finish:"), "the debrief points close it")
t.ok(out.index("Debrief points") > out.index("About this result"), "debrief after the result")
t.contains(out, "4 of 4 required indicators found (100%).", "perfect score")
t.contains(out, "The result matches the scenario (outcome correct).", "outcome correct")
t.contains(out, "Indicators found (4)", "all found")
t.contains(out, "Indicators missed (0)", "none missed")
t.contains(out, "Marked yes but not in the scenario (0)", "no extra")
t.contains(out, "Level: Refer, as expected.", "level matches")
t.contains(out, "Outcomes: as expected.", "outcomes match")
t.contains(out, "- Ask about the fee before the hours.", "debrief points")

# Banner: at the start, above every step, above the result and the feedback.
lines = out.splitlines()
steps = [i for i, l in enumerate(lines) if l.startswith("Item ")]
t.ok(len(steps) == 8, "eight steps shown", steps)
t.ok(all(lines[i - 1] == BANNER for i in steps), "banner above every step")
t.ok(lines[0] == BANNER, "banner first of all")
res = lines.index("Training feedback: Deckhand on a trawler")
t.ok(BANNER in lines[res - 4:res], "banner above the result", lines[res - 4:res])
t.contains(out[out.index("All questions done"):out.index("Training feedback")],
           "TRAINING - not a real interview", "printed-form banner above the feedback")

# Saved on request, the training result carries the feedback and the banner.
import os
saved = os.path.join(tmp.name, "practice.txt")
r = run(["train", "--plain", "deckhand"] + D, PERFECT + "s\n" + saved + "\nt\n\n")
t.ok(r.returncode == 0 and os.path.exists(saved), "training result saved when asked",
     r.stderr.decode())
with open(saved, encoding="utf-8") as f:
    text = f.read()
t.contains(text, "Training feedback: Deckhand on a trawler", "saved with the feedback")
t.contains(text, "TRAINING", "saved with the training banner")

# Printed on request (issue 15.5): asked first, then one paginated text
# whose pages all carry the banner and "page N of M", M counting every
# sheet, the feedback's included; no page longer than 66 lines.
import re
printed = os.path.join(tmp.name, "printed.txt")
r = run(["train", "--plain", "--printer", "cat > '%s'" % printed, "deckhand"] + D,
        PERFECT + "p\ny\n\n")
t.ok(r.returncode == 0 and os.path.exists(printed), "training result printed when asked",
     r.stderr.decode())
t.contains(r.stdout.decode(), "Print the summary with: cat > ", "asked before printing")
with open(printed, encoding="utf-8") as f:
    pages = f.read().split("\f")
t.ok(len(pages) > 1, "the printed training result has several pages", len(pages))
for i, page in enumerate(pages, 1):
    lines = page.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    t.ok(len(lines) <= 66, "printed page %d has at most 66 lines" % i, len(lines))
    t.ok(lines and lines[0].strip() == "TRAINING - not a real interview",
         "printed page %d carries the banner" % i, lines[:3])
    m = [re.search(r"page (\d+) of (\d+)$", l) for l in lines[:3]]
    m = [x for x in m if x]
    t.ok(m and (int(m[0].group(1)), int(m[0].group(2))) == (i, len(pages)),
         "printed page %d says page %d of %d" % (i, i, len(pages)), lines[:3])
t.contains(pages[0], "Training feedback: Deckhand on a trawler", "the feedback first")
t.ok(any("Recommendation:" in p for p in pages[1:]) or "Recommendation:" in pages[0],
     "the result printed with it")

# Missed: work.fee answered no. Extra: work.bunk answered yes. The
# context items (safety.danger, safety.interpreter) answered yes are no
# mistake, though the danger makes the result urgent.
r = run(["train", "--plain", "deckhand"] + D, "y\ny\ny\nn\ny\ny\nn\ny\n\n")
out = r.stdout.decode()
fb = out[out.index("Training feedback"):out.index("Screening result")]
t.ok(r.returncode == 0, "run with mistakes exits 0", r.stderr.decode())
t.contains(fb, "3 of 4 required indicators found (75%).", "score of a partial run")
t.contains(fb, "The result does not match the scenario (outcome not correct).",
           "outcome not correct")
t.contains(fb, "Indicators missed (1)\n---------------------\n\n"
           "- The person owes a recruitment fee.\n"
           "  - Ask: Did you pay anyone to get this job?", "missed item and its question")
t.contains(fb, "Marked yes but not in the scenario (1)\n"
           "--------------------------------------\n\n"
           "- The person sleeps in a crowded bunk on board.\n", "extra item named")
t.lacks(fb, "The person is in danger now.", "a context item is no mistake")
t.lacks(fb, "An interpreter helps", "the interpreter is no mistake")
t.contains(fb, "Level: Urgent: act now; the scenario expects Refer.", "level mismatch")
t.contains(fb, "Outcomes: not as expected.", "outcome mismatch")
t.contains(fb, "Expected but not given:\n\n- Possible trafficking (fixture-rules.trafficking)",
           "expected outcome not given")
t.contains(fb, "- Act now (fixture-rules.danger)\n- Labour rights (fixture-rules.labour)",
           "unexpected outcomes")

# Context items marked yes: no penalty at all.
r = run(["train", "--plain", "deckhand"] + D, "n\ny\ny\ny\ny\ny\nn\nn\n\n")
fb = r.stdout.decode()
fb = fb[fb.index("Training feedback"):fb.index("Screening result")]
t.contains(fb, "4 of 4 required indicators found (100%).", "context item: full score")
t.contains(fb, "Marked yes but not in the scenario (0)", "context item: not extra")
t.contains(fb, "The result matches the scenario (outcome correct).", "context item: correct")
t.lacks(fb, "An interpreter helps", "context item not named as a mistake")

# "either" (work.lookout) answered yes is neither found nor extra.
r = run(["train", "--plain", "deckhand"] + D, "n\nn\ny\ny\ny\ny\ny\nn\n\n")
fb = r.stdout.decode()
fb = fb[fb.index("Training feedback"):]
t.contains(fb, "Marked yes but not in the scenario (0)", "either is never extra")
t.contains(fb, "4 of 4 required indicators found (100%).", "either is not required")

# No scenario, --plain: a numbered choice on stdin; a wrong number asks again.
r = run(["train", "--plain"] + D, "9\nx\n2\n" + "n\n" * 8 + "\n")
out = r.stdout.decode()
t.ok(r.returncode == 0, "picked run exits 0", r.stderr.decode())
t.contains(out, "Training scenarios:\n  1. deckhand     Deckhand on a trawler (adult)\n"
           "  2. sailor-info  Sailor asking for information (adult)", "numbered list")
t.ok(out.count("Please type a number from 1 to 2.") == 2, "invalid choices refused")
t.contains(out, "Training feedback: Sailor asking for information", "the chosen scenario ran")
t.contains(out, "This scenario has no indicators to find", "no required indicators")
t.contains(out, "The result matches the scenario (outcome correct).", "all no: inform")

r = run(["train", "--plain"] + D, "")
t.ok(r.returncode == 0, "end of input at the choice: exit 0", r.stderr.decode())
t.lacks(r.stdout.decode(), "Item 1 of", "no interview without a choice")

# Not on a terminal and not --plain: only the list.
r = run(["train"] + D)
t.ok(r.returncode == 0, "list when not on a terminal", r.stderr.decode())
t.contains(r.stdout.decode(), "  deckhand     Deckhand on a trawler (adult)", "list entry")
t.lacks(r.stdout.decode(), "1.", "list not numbered")

# Usage errors.
r = run(["train", "--plain", "nope"] + D)
t.ok(r.returncode == 2, "unknown scenario: exit 2")
t.contains(r.stderr.decode(), "no scenario 'nope'; available: deckhand sailor-info",
           "unknown scenario named with the known ones")
r = run(["train", "deckhand", "sailor-info"] + D)
t.ok(r.returncode == 2, "two scenarios: exit 2")
r = run(["train", "--bogus"] + D)
t.ok(r.returncode == 2, "unknown option: exit 2")
r = run(["train", "--help"])
t.ok(r.returncode == 0 and b"tipcheck print --role-card SCENARIO" in r.stdout, "--help")
r = run(["train", "--plain", "--lang", "xx", "deckhand"] + D)
t.ok(r.returncode == 2, "unknown --lang: exit 2")

sys.exit(t.done())
