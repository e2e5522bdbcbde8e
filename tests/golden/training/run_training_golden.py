#!/usr/bin/env python3
"""Golden files of the training printouts: the role card and the trainer
sheet of the fixture scenario `deckhand` (tests/e2e/train/fixture, with
the shipped translations/en.yaml), in text, Markdown and HTML, compared
byte for byte with the files next to this script.

To update them after an intended change, run from the build directory:

    UPDATE_GOLDEN=1 meson test --suite golden training-golden

(or: UPDATE_GOLDEN=1 TIPCHECK=build/tipcheck TIPCHECK_SRC=. \\
     python3 tests/golden/training/run_training_golden.py), then review
`git diff tests/golden/training` before committing.
"""
import difflib
import os
import sys

SRC = os.environ["TIPCHECK_SRC"]
sys.path.insert(0, os.path.join(SRC, "tests", "e2e", "train"))
from train_fixture import make_data, run  # noqa: E402

GOLDEN = os.path.dirname(os.path.abspath(__file__))
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

CASES = [
    ("role-card.txt", ["print", "--role-card", "deckhand"]),
    ("role-card.md", ["print", "--role-card", "deckhand", "--format", "markdown"]),
    ("role-card.html", ["print", "--role-card", "deckhand", "--format", "html"]),
    ("trainer-sheet.txt", ["print", "--trainer-sheet", "deckhand", "--page-length", "30"]),
    ("trainer-sheet.md", ["print", "--trainer-sheet", "deckhand", "--format", "markdown"]),
    ("trainer-sheet.html", ["print", "--trainer-sheet", "deckhand", "--format", "html"]),
]


def main():
    bad = 0
    tmp, data = make_data()
    for name, args in CASES:
        p = run(args + ["--data", data])
        path = os.path.join(GOLDEN, name)
        if p.returncode != 0:
            print("FAIL %s: exit %d: %s" % (name, p.returncode, p.stderr.decode()))
            bad += 1
            continue
        if UPDATE:
            with open(path, "wb") as f:
                f.write(p.stdout)
            print("updated", name)
            continue
        try:
            with open(path, "rb") as f:
                want = f.read()
        except FileNotFoundError:
            print("FAIL %s: no golden file (run with UPDATE_GOLDEN=1)" % name)
            bad += 1
            continue
        if want != p.stdout:
            diff = difflib.unified_diff(
                want.decode().splitlines(True), p.stdout.decode().splitlines(True),
                "golden/training/" + name, "output", n=2)
            sys.stdout.writelines(list(diff)[:80])
            print("FAIL %s differs" % name)
            bad += 1
        else:
            print("ok", name)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
