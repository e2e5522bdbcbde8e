#!/usr/bin/env python3
"""Golden-file tests: tipcheck's output compared byte for byte with the
files in tests/golden/print/.

To update the golden files after an intended change, run from the build
directory:

    UPDATE_GOLDEN=1 meson test --suite golden

(or: UPDATE_GOLDEN=1 TIPCHECK=build/tipcheck TIPCHECK_SRC=. \
     python3 tests/golden/run_golden.py), then review `git diff tests/golden`
before committing.

Each case is a name and the arguments of one run; the golden file is
print/NAME. All cases use the fixture content in tests/fixtures/print.
"""
import difflib
import os
import subprocess
import sys

SRC = os.environ["TIPCHECK_SRC"]
TIPCHECK = os.environ["TIPCHECK"]
FIXTURE = os.path.join(SRC, "tests", "fixtures", "print")
GOLDEN = os.path.join(SRC, "tests", "golden", "print")
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

CASES = [
    ("work.txt", ["print", "work"]),
    ("work.md", ["print", "work", "--format", "markdown"]),
    ("work.html", ["print", "work", "--format", "html"]),
    # Two languages: the worker's English, the person's Russian (draft).
    ("work-en-ru.txt", ["print", "work", "--ask-lang", "ru", "--width", "60",
                        "--page-length", "40"]),
    ("work-en-ru.md", ["print", "work", "--ask-lang", "ru", "--format", "markdown"]),
    ("work-en-ru.html", ["print", "work", "--ask-lang", "ru", "--format", "html"]),
    # Right to left: the person's Arabic; a regional directory.
    ("work-en-ar.html", ["print", "work", "--ask-lang", "ar", "--format", "html",
                         "--region", "testland"]),
    # The worker's Russian: translated words, English fallback per string.
    ("all-ru.txt", ["print", "--all", "--lang", "ru", "--width", "40",
                    "--page-length", "30"]),
]


def main():
    bad = 0
    os.makedirs(GOLDEN, exist_ok=True)
    for name, args in CASES:
        p = subprocess.run([TIPCHECK] + args + ["--data", FIXTURE], capture_output=True)
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
                "golden/" + name, "output", n=2)
            sys.stdout.writelines(list(diff)[:80])
            print("FAIL %s differs" % name)
            bad += 1
        else:
            print("ok", name)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
