#!/usr/bin/env python3
"""Runs 'tipcheck check' on one malformed content set and checks its errors.

A case is a folder under cases/: its files replace or add files of the
valid base set (base/), and its 'expect' file says what must happen:

    # what is wrong (a comment)
    status: 1
    error: indicators/checklists/work.yaml:16:19: unknown strength 'high'
    error: translations/xx.yaml: missing: English      (no line: whole file)
    remove: indicators/referrals/international.yaml     (delete a base file)
    mkdir: indicators/checklists/folder.yaml            (a folder, not a file)
    unreadable: indicators/checklists/work.yaml         (chmod 000, a file or a
                                                         folder; as root, run
                                                         as nobody)
    symlink: indicators/checklists -> checklists        (replace with a
                                                         symbolic link)
    big: indicators/checklists/big.yaml                 (write a file just over the 16 MiB limit)

The errors printed must be exactly the listed ones (one defect, no knock-on
errors), each as DATA/FILE:LINE:COLUMN: error: ... containing the fragment.
Usage: run.py CASE_DIR BASE_DIR (TIPCHECK in the environment).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def parse_expect(path):
    expect = {"status": None, "errors": [], "remove": [], "mkdir": [],
              "unreadable": [], "big": [], "symlink": []}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            key, _, value = line.partition(": ")
            if key == "status":
                expect["status"] = int(value)
            elif key == "error":
                expect["errors"].append(value)
            elif key in expect:
                expect[key].append(value)
            else:
                sys.exit(f"{path}: unknown line {line!r}")
    if expect["status"] is None:
        sys.exit(f"{path}: no status")
    return expect


def error_pattern(data, spec):
    """'FILE:LINE:COL: fragment' or 'FILE: fragment' -> (prefix, fragment)."""
    m = re.match(r"^(\S+?):(\d+):(\d+): (.*)$", spec)
    if m:
        return f"{data}/{m[1]}:{m[2]}:{m[3]}: error: ", m[4]
    m = re.match(r"^(\S+?): (.*)$", spec)
    return f"{data}/{m[1]}: error: ", m[2]


def big_file(path):
    """A valid-looking checklist just over the 16 MiB limit."""
    lines = ["schema: 1", "id: big", "title: Big", "audience: any", 'version: "1"',
             "sources: [src-a]", "rules: main", "sections:", "  - id: s", "    title: S",
             "    items:"]
    i, size = 0, sum(len(x) + 1 for x in lines)
    while size <= 16 * 1024 * 1024:
        item = [f"      - id: i{i}", "        strength: weak",
                "        sign: A sign that is long enough to fill the file quickly.",
                "        guidance: Some guidance.", "        source: src-a"]
        lines += item
        size += sum(len(x) + 1 for x in item)
        i += 1
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    case, base = sys.argv[1], sys.argv[2]
    tipcheck = os.environ["TIPCHECK"]
    expect = parse_expect(os.path.join(case, "expect"))
    # Root reads any file: run tipcheck as nobody, or skip without setpriv.
    as_nobody = []
    if expect["unreadable"] and os.geteuid() == 0:
        if not shutil.which("setpriv"):
            print("skipped: root can read any file and setpriv is missing")
            return SKIP
        as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "data")
        shutil.copytree(base, data)
        for root, _, files in os.walk(case):
            for name in files:
                if root == case and name == "expect":
                    continue
                src = os.path.join(root, name)
                dst = os.path.join(data, os.path.relpath(src, case))
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                shutil.copyfile(src, dst)
        for p in expect["remove"]:
            os.remove(os.path.join(data, p))
        for p in expect["mkdir"]:
            os.makedirs(os.path.join(data, p))
        for p in expect["big"]:
            big_file(os.path.join(data, p))
        for spec in expect["symlink"]:
            link, _, target = spec.partition(" -> ")
            link = os.path.join(data, link)
            if os.path.isdir(link) and not os.path.islink(link):
                shutil.rmtree(link)
            elif os.path.lexists(link):
                os.remove(link)
            os.symlink(target, link)
        if as_nobody:
            for root, dirs, files in os.walk(tmp):
                for name in dirs + files + ["."]:
                    os.chmod(os.path.join(root, name), 0o755)
        for p in expect["unreadable"]:
            os.chmod(os.path.join(data, p), 0)
        r = subprocess.run(as_nobody + [tipcheck, "check", "--data", data], capture_output=True,
                           text=True, errors="replace")
        print(r.stderr, end="")
        ok = True
        if r.returncode != expect["status"]:
            print(f"FAIL: exit status {r.returncode}, expected {expect['status']}")
            ok = False
        errors = [l for l in r.stderr.splitlines() if ": error: " in l]
        if expect["status"] != 0 and r.stdout:
            print(f"FAIL: unexpected output on stdout: {r.stdout!r}")
            ok = False
        for spec in expect["errors"]:
            prefix, fragment = error_pattern(data, spec)
            if not any(l.startswith(prefix) and fragment in l for l in errors):
                print(f"FAIL: no error line starting {prefix!r} containing {fragment!r}")
                ok = False
        if len(errors) != len(expect["errors"]):
            print(f"FAIL: {len(errors)} errors, expected {len(expect['errors'])}")
            ok = False
        for p in expect["unreadable"]:
            path = os.path.join(data, p)
            os.chmod(path, 0o755 if os.path.isdir(path) else 0o644)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
