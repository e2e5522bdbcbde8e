#!/usr/bin/env python3
"""Golden-file tests of the result summary: `tipcheck assess --format ...`
compared byte for byte with the files in tests/golden/summary/, and every
HTML summary checked with `xmllint --noout` (well-formed XHTML).

To update the golden files after an intended change, run from the build
directory:

    UPDATE_GOLDEN=1 meson test --suite golden

then review `git diff tests/golden` before committing.

The engine fixture (tests/fixtures/engine, with the shipped en.yaml, as
the assess tests use it) gives referrals from two directories, a contact
that is not known, rights whose text needs escaping, and the insufficient
case; the print fixture gives a right-to-left worker's language (ar). The
date is fixed with SOURCE_DATE_EPOCH.
"""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

SRC = os.environ["TIPCHECK_SRC"]
TIPCHECK = os.environ["TIPCHECK"]
GOLDEN = os.path.dirname(os.path.abspath(__file__))
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
EPOCH = "1772582400"  # 2026-03-04 UTC

REFER = ("false-promises: yes\ndebt: yes\nno-pay: yes\nhours: yes\nthreats: no\n"
         "cannot-leave: no\ndanger: no\nmay-be-child: no\n")
FURTHER = "false-promises: no\ndebt: no\nno-pay: yes\nhours: yes\nfees: no\n"

# name, fixture, arguments, answers on stdin
CASES = [
    ("refer-%s", "engine", ["labour"], REFER),
    ("refer-testland-%s", "engine", ["labour", "--region", "testland"], REFER),
    ("further-%s", "engine", ["labour"], FURTHER),
    ("insufficient-%s", "engine", ["labour"], "{}\n"),
    ("rtl-ar-%s", "print", ["work", "--lang", "ar"], "false-job: yes\nno-pay: yes\n"),
]
EXT = {"text": "txt", "markdown": "md", "html": "html"}


def fixture(tmp, name):
    if name == "print":
        return os.path.join(SRC, "tests", "fixtures", "print")
    data = os.path.join(tmp, "engine")
    if not os.path.isdir(data):
        shutil.copytree(os.path.join(SRC, "tests", "fixtures", "engine"), data)
        shutil.copy(os.path.join(SRC, "translations", "en.yaml"),
                    os.path.join(data, "translations", "en.yaml"))
    return data


def main():
    bad = 0
    xmllint = shutil.which("xmllint")
    tmp = tempfile.mkdtemp(prefix="tipcheck-golden-")
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    env.pop("TIPCHECK_DATA", None)
    try:
        for pattern, fx, args, answers in CASES:
            for fmt, ext in EXT.items():
                name = pattern % fmt + "." + ext
                p = subprocess.run([TIPCHECK, "assess", "--format", fmt] + args
                                   + ["--data", fixture(tmp, fx)],
                                   input=answers.encode(), env=env, capture_output=True)
                path = os.path.join(GOLDEN, name)
                if p.returncode != 0:
                    print("FAIL %s: exit %d: %s" % (name, p.returncode, p.stderr.decode()))
                    bad += 1
                    continue
                if fmt == "html" and xmllint:
                    x = subprocess.run([xmllint, "--noout", "-"], input=p.stdout,
                                       capture_output=True)
                    if x.returncode != 0:
                        print("FAIL %s: not well-formed: %s" % (name, x.stderr.decode()))
                        bad += 1
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
                        "golden/summary/" + name, "output", n=2)
                    sys.stdout.writelines(list(diff)[:80])
                    print("FAIL %s differs" % name)
                    bad += 1
                else:
                    print("ok", name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if not xmllint:
        print("xmllint not installed: HTML not checked")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
