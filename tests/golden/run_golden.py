#!/usr/bin/env python3
"""Golden-file tests: tipcheck's output compared byte for byte with files
kept in the tree.

Usage: run_golden.py CONFIG, where CONFIG is a small Python file beside
its golden files (print/cases.py, training/cases.py, summary/cases.py)
that defines:

    FIXTURES = {NAME: (PATH, WITH_EN)}   # content folders, from the source
                                         # root; WITH_EN: add the shipped
                                         # translations/en.yaml
    CASES = [(FILE, FIXTURE, ARGS, STDIN)]   # one run each; its stdout
                                             # must equal FILE

Every run gets `--content` with its fixture and a fixed date
(SOURCE_DATE_EPOCH, 2026-03-04); every HTML output is checked with
`xmllint --noout` when it is installed (well-formed XHTML).

To update the golden files after an intended change, run from the build
directory:

    UPDATE_GOLDEN=1 meson test --suite golden

(or: UPDATE_GOLDEN=1 TIPCHECK=build/tipcheck TIPCHECK_SRC=. \\
     python3 tests/golden/run_golden.py tests/golden/print/cases.py),
then review `git diff tests/golden` before committing.
"""
import difflib
import os
import runpy
import shutil
import subprocess
import sys
import tempfile

SRC = os.environ["TIPCHECK_SRC"]
TIPCHECK = os.environ["TIPCHECK"]
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
EPOCH = "1772582400"  # 2026-03-04 UTC


def prepare(tmp, name, path, with_en):
    """The fixture's folder: as it is, or a copy with the shipped en.yaml."""
    src = os.path.join(SRC, path)
    if not with_en:
        return src
    data = os.path.join(tmp, name)
    shutil.copytree(src, data)
    os.makedirs(os.path.join(data, "translations"), exist_ok=True)
    shutil.copy(os.path.join(SRC, "translations", "en.yaml"),
                os.path.join(data, "translations", "en.yaml"))
    return data


def compare(golden, name, out):
    """0 when out is what the golden file holds (or was written to it)."""
    path = os.path.join(golden, name)
    if UPDATE:
        with open(path, "wb") as f:
            f.write(out)
        print("updated", name)
        return 0
    try:
        with open(path, "rb") as f:
            want = f.read()
    except FileNotFoundError:
        print("FAIL %s: no golden file (run with UPDATE_GOLDEN=1)" % name)
        return 1
    if want == out:
        print("ok", name)
        return 0
    diff = difflib.unified_diff(want.decode().splitlines(True), out.decode().splitlines(True),
                                os.path.relpath(path, SRC), "output", n=2)
    sys.stdout.writelines(list(diff)[:80])
    print("FAIL %s differs" % name)
    return 1


def main():
    if len(sys.argv) != 2:
        print("usage: run_golden.py CONFIG", file=sys.stderr)
        return 2
    config = runpy.run_path(sys.argv[1])
    golden = os.path.dirname(os.path.abspath(sys.argv[1]))
    xmllint = shutil.which("xmllint")
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    env.pop("TIPCHECK_CONTENT", None)
    bad = 0
    tmp = tempfile.mkdtemp(prefix="tipcheck-golden-")
    try:
        data = {name: prepare(tmp, name, path, with_en)
                for name, (path, with_en) in config["FIXTURES"].items()}
        for name, fixture, args, stdin in config["CASES"]:
            p = subprocess.run([TIPCHECK] + args + ["--content", data[fixture]],
                               input=stdin.encode(), env=env, capture_output=True)
            if p.returncode != 0:
                print("FAIL %s: exit %d: %s" % (name, p.returncode, p.stderr.decode()))
                bad += 1
                continue
            if name.endswith(".html") and xmllint:
                x = subprocess.run([xmllint, "--noout", "-"], input=p.stdout,
                                   capture_output=True)
                if x.returncode != 0:
                    print("FAIL %s: not well-formed: %s" % (name, x.stderr.decode()))
                    bad += 1
            bad += compare(golden, name, p.stdout)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if not xmllint:
        print("xmllint not installed: HTML not checked")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
