#!/usr/bin/env python3
"""Collects the raw seeds of every fuzz target from the tree: the shipped
content, the test fixtures, the malformed-content cases and the worked
referral cases (answers as YAML). The corpora kept in tests/fuzz/corpus
are these, minimised with libFuzzer's -merge=1 (see run.sh --merge).

Usage: seeds.py OUT_DIR (one folder per target is made in it). The
treecache target's seed is the base set compiled by the tipcheck of
$TIPCHECK (left out when it is not set)."""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

SRC = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MALFORMED = os.path.join(SRC, "tests", "malformed")
BASE = os.path.join(MALFORMED, "base")

# Target: the folder (relative to a content directory) its file lives in.
KINDS = {
    "checklist": "indicators/checklists/*.yaml",
    "rules": "indicators/rules/*.yaml",
    "referrals": "indicators/referrals/*.yaml",
    "scenario": "indicators/scenarios/*.yaml",
    "sources": "indicators/sources.yaml",
    "translation": "translations/*.yaml",
}
# Content directories in the tree: shipped, base, fixtures, malformed cases.
ROOTS = ([SRC, BASE] + sorted(glob.glob(os.path.join(SRC, "tests", "fixtures", "*")))
         + [os.path.join(SRC, "tests", "e2e", "train", "fixture")]
         + sorted(glob.glob(os.path.join(MALFORMED, "cases", "*"))))
# Files the content_dir target can replace: the base set's, sorted as the
# target sorts them, then the added names (fuzz_content_dir.c).
BASE_FILES = sorted(os.path.relpath(os.path.join(d, f), BASE)
                    for d, _, fs in os.walk(BASE) for f in fs)
ADDED = ["indicators/checklists/added.yaml", "indicators/rules/added.yaml",
         "indicators/referrals/added.yaml", "indicators/scenarios/added.yaml",
         "translations/fr.yaml"]
MAX = 64 * 1024


def put(out, target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data[:MAX])


def slot_for(rel):
    if rel in BASE_FILES:
        return BASE_FILES.index(rel)
    folder = os.path.dirname(rel)
    for i, a in enumerate(ADDED):
        if os.path.dirname(a) == folder:
            return len(BASE_FILES) + i
    return None


def main():
    out = sys.argv[1]
    for n, root in enumerate(ROOTS):
        tag = "%02d-%s" % (n, os.path.basename(root) or "root")
        for target, pattern in KINDS.items():
            for path in sorted(glob.glob(os.path.join(root, pattern))):
                data = open(path, "rb").read()
                rel = os.path.relpath(path, root)
                put(out, target, tag + "-" + os.path.basename(path), data)
                slot = slot_for(rel)
                # The shipped files are seeds of their own kind's target.
                if slot is not None and root != SRC:
                    put(out, "content_dir", tag + "-" + rel.replace("/", "-"),
                        bytes([slot]) + data)
    for path in sorted(glob.glob(os.path.join(SRC, "tests", "data", "cases", "*.json"))):
        case = json.load(open(path))
        lines = ["%s: %s" % (k, v) for k, v in case.get("answers", {}).items()]
        put(out, "answers", os.path.basename(path)[:-5] + ".yaml",
            ("\n".join(lines) + "\n").encode())
    put(out, "answers", "empty-mapping.yaml", b"{}\n")
    if os.environ.get("TIPCHECK"):
        with tempfile.TemporaryDirectory() as tmp:
            base = os.path.join(tmp, "base")
            shutil.copytree(BASE, base)
            subprocess.run([os.environ["TIPCHECK"], "--content", base, "compile"], check=True,
                           stdout=subprocess.DEVNULL)
            put(out, "treecache", "base", open(os.path.join(base, "tipcheck.cache"), "rb").read())


if __name__ == "__main__":
    main()
