#!/usr/bin/env python3
"""A section's guidance for the worker on the full screen, in tmux.

Usage: intro_test.py CASE. The shipped begging checklist (Spanish for the
person) starts with notes for the worker alone: they must be shown to the
worker as such, never under "Read out to the person" nor in the person's
language, where an interpreter would pass them on.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tui_test import BIN, SRC, Fail, Tmux, absent  # noqa: E402

FOR_WORKER = "For you, not to read out:"
READ_OUT = ["Read out to the person", "In Spanish", "Read this out"]


def to_consent(tm):
    """Through the safety questions, each left "not asked", to the consent."""
    for _ in range(20):
        s = tm.wait_for("Item ")
        if "Consent and purpose" in s:
            return s
        n = re.search(r"Item (\d+) of", s)[1]
        tm.keys("s")
        tm.wait_gone("Item %s of" % n)
    raise Fail("no consent after 20 safety questions:\n" + s)


def case_begging(tm, data):
    """The notes before the begging questions: for the worker, in English
    only; the consent before them is still read out and interpreted."""
    tm.start([BIN, "screen", "--content", SRC, "--lang", "en", "--ask-lang", "es",
              "--region", "uk", "begging-and-forced-criminality"])
    s = to_consent(tm)
    if "Read out to the person" not in s:
        raise Fail("the consent is no longer to read out:\n" + s)
    tm.keys("Enter")
    s = tm.wait_for("Before you start", FOR_WORKER, "Do not promise", "Press Enter to continue.")
    absent(s, READ_OUT + ["No prometa", "A las personas"], "with the worker's notes")
    tm.keys("Enter")
    s = tm.wait_for("Offences the person", FOR_WORKER, "Ask this in every case.")
    absent(s, READ_OUT + ["Pregunte esto"], "with the worker's note")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


CASES = {n[5:]: f for n, f in globals().items() if n.startswith("case_")}


def main():
    import shutil
    import tempfile
    if len(sys.argv) != 2 or sys.argv[1] not in CASES:
        print("usage: intro_test.py CASE (%s)" % ", ".join(sorted(CASES)), file=sys.stderr)
        return 2
    if not shutil.which("tmux"):
        print("SKIP: no tmux")
        return 77
    if not os.path.isdir(os.path.join(SRC, "indicators", "checklists")):
        print("SKIP: no shipped checklists")
        return 77
    name = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="tipcheck-intro-")
    tm = Tmux(tmp, "intro-" + name, 100, 30)
    try:
        CASES[name](tm, None)
    except Fail as e:
        print("FAIL %s: %s" % (name, e))
        return 1
    finally:
        tm.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    print("PASS %s" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
