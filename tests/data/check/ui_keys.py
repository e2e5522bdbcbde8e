#!/usr/bin/env python3
"""Every ui.* key used in src/ exists in translations/en.yaml, and every key
of en.yaml is used somewhere in src/ (unused keys are noise for translators).
A counted string (include/tipcheck/plural.h) is used by its name without
the category: "ui.x" in src/ stands for ui.x.one, ui.x.other... in en.yaml."""
import os
import re
import sys

src = os.environ["TIPCHECK_SRC"]
used = set()
for root, _, files in os.walk(os.path.join(src, "src")):
    for name in files:
        if name.endswith((".c", ".h")):
            with open(os.path.join(root, name), encoding="utf-8") as f:
                used |= set(re.findall(r'"(ui\.[A-Za-z0-9_.-]+)"', f.read()))
defined = set()
with open(os.path.join(src, "translations", "en.yaml"), encoding="utf-8") as f:
    for line in f:
        m = re.match(r"^\s+(ui\.[A-Za-z0-9_.-]+)\s*:", line)
        if m:
            defined.add(m[1])
PLURAL = re.compile(r"^(ui\..+)\.(zero|one|two|few|many|other)$")
counted = {m[1] for m in map(PLURAL.match, defined) if m}
used |= {k for k in defined if PLURAL.match(k) and PLURAL.match(k)[1] in used}
defined |= counted & used
fail = False
for k in sorted(used - defined):
    print(f"FAIL: {k} is used in src/ but missing from translations/en.yaml")
    fail = True
for k in sorted(defined - used):
    print(f"FAIL: {k} is in translations/en.yaml but used nowhere in src/")
    fail = True
print(f"{len(used)} keys used, {len(defined)} defined")
sys.exit(1 if fail else 0)
