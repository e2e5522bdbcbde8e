"""tipcheck print --role-card / --trainer-sheet in every format, and the
scenario check behind tipcheck check, through the real binary."""
import os
import re
import subprocess
import sys

from train_fixture import Checks, make_data, run

t = Checks()
tmp, data = make_data()
D = ["--content", data]

for fmt in ["text", "markdown", "html"]:
    r = run(["print", "--role-card", "deckhand", "--format", fmt] + D)
    out = r.stdout.decode()
    t.ok(r.returncode == 0, "role card (%s) exits 0" % fmt, r.stderr.decode())
    t.contains(out, "TRAINING - not a real interview", "role card (%s): banner" % fmt)
    t.contains(out, "Role card: Deckhand on a trawler", "role card (%s): title" % fmt)
    for part in ["Tom, 40, a fictional deckhand.", "You are tired and you want to go home.",
                 "The fee, the hours and the pay.", "The skipper&#39;s name."
                 if fmt == "html" else "The skipper's name.", "Quiet and polite"]:
        t.contains(out, part, "role card (%s): %s" % (fmt, part[:30]))
    # Nothing of the expected answers, result or debrief.
    for secret in ["work.", "yes", "either", "Refer", "trafficking", "Possible",
                   "Ask about the fee", "Expected", "twenty hours"]:
        t.lacks(out, secret, "role card (%s) hides %r" % (fmt, secret))

    r = run(["print", "--trainer-sheet", "deckhand", "--format", fmt] + D)
    out = r.stdout.decode()
    t.ok(r.returncode == 0, "trainer sheet (%s) exits 0" % fmt, r.stderr.decode())
    t.contains(out, "TRAINING - not a real interview", "trainer sheet (%s): banner" % fmt)
    for part in ["twenty hours a day", "Tom, 40", "[work.promised]", "[work.pay]",
                 "[work.lookout]", "Possible trafficking (fixture-rules.trafficking)",
                 "Ask about the fee before the hours."]:
        if fmt == "markdown":
            part = part.replace("[", "\\[").replace("]", "\\]")
        t.contains(out, part, "trainer sheet (%s): %s" % (fmt, part))
    t.lacks(out, "safety.danger", "trainer sheet (%s): expected-no items not listed" % fmt)
    if fmt == "text":
        t.contains(out, "- yes: The job turned out different from what was promised.",
                   "trainer sheet: yes items with their sign")
        t.contains(out, "- either: The person keeps watch for the skipper.", "either items")
        t.contains(out, "Level: Refer", "expected level")
        t.ok("\f" not in out or out.count("TRAINING - not a real interview") ==
             out.count("\f") + 1, "banner on every page")
    if fmt == "html":
        lint = subprocess.run(["xmllint", "--html", "--noout", "-"], input=r.stdout,
                              capture_output=True)
        t.ok(lint.returncode == 0 and not lint.stderr, "trainer sheet: valid HTML",
             lint.stderr.decode())

# A long sheet on short pages: the banner heads every page.
r = run(["print", "--trainer-sheet", "deckhand", "--page-length", "20"] + D)
out = r.stdout.decode()
pages = out.split("\f")
t.ok(len(pages) > 1, "short pages: several pages", len(pages))
t.ok(all("TRAINING - not a real interview" in p.splitlines()[0] for p in pages if p.strip()),
     "short pages: banner on every page")

# Usage errors.
for args, what in [(["--role-card", "nope"], "unknown scenario"),
                   (["--role-card", "deckhand", "--trainer-sheet", "deckhand"], "both sheets"),
                   (["--role-card", "deckhand", "work"], "sheet and checklist"),
                   (["--trainer-sheet", "deckhand", "--all"], "sheet and --all"),
                   (["--role-card"], "missing scenario")]:
    r = run(["print"] + args + D)
    t.ok(r.returncode == 2, "print %s: exit 2" % what, r.stderr.decode())
r = run(["print", "--role-card", "nope"] + D)
t.contains(r.stderr.decode(), "no scenario 'nope'; available: deckhand sailor-info",
           "unknown scenario named")

# The scenario check: a wrong expected outcome fails tipcheck check with
# the scenario's position.
r = run(["check"] + D)
t.ok(r.returncode == 0, "fixture passes the check", r.stderr.decode())
path = os.path.join(data, "indicators", "scenarios", "deckhand.yaml")
with open(path) as f:
    text = f.read()
with open(path, "w") as f:
    f.write(text.replace("outcomes: [fixture-rules.trafficking]",
                         "outcomes: [fixture-rules.labour]"))
r = run(["check"] + D)
err = r.stderr.decode()
t.ok(r.returncode == 1, "wrong expected outcome: check exits 1", err)
t.ok(re.search(r"deckhand\.yaml:\d+:\d+: error: scenario 'deckhand': its expected answers "
               r"do not give the expected outcomes \(expected but not given: "
               r"fixture-rules\.labour; given but not expected: fixture-rules\.trafficking\)",
               err) is not None, "error names the file, position and outcomes", err)
with open(path, "w") as f:
    f.write(text.replace("level: refer", "level: urgent"))
r = run(["check"] + D)
t.contains(r.stderr.decode(), "error: scenario 'deckhand': its expected answers give level "
           "'refer', not the expected 'urgent'", "wrong level reported")

sys.exit(t.done())
