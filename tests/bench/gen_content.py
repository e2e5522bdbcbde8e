"""A content directory for the benchmark: the shipped content (every file,
every language) plus N generated items in the block style of the
shipped checklists, 10,000 items at most per checklist file (so 100,000
items are ten files), scored by a generated rules file that keeps the
safety properties (no `not`, a strong sign alone refers further).

Usage: gen_content.py SRC DEST N. Prints the checklist ids, one a line.
"""
import os
import shutil
import sys

ELEMENTS = ["a", "b", "c", "d", "e", "f"]
STRENGTHS = ["strong", "medium", "weak", "none"]
# Shipped signals the generated items carry (their texts hold none of
# the signals' words, so `check` has nothing to warn about them).
SIGNALS = ["debt", "work-exploitation", "papers-held", "no-safe-place"]
PER_FILE = 10000
PER_SECTION = 100

RULES = """schema: 1
id: bench-rules
title: Generated rules for the benchmark
source: ilo-ec-2009
judgement: Generated for the benchmark; not content anyone should use.
elements:
%s
outcomes:
  - id: every-element
    title: Every element positive
    level: refer
    when:
      all:
%s
    refer: [nrm]
    explain: Generated outcome.
  - id: some-element
    title: An element positive
    level: refer-further
    when:
      any:
%s
    explain: Generated outcome.
  - id: strong-sign
    title: A strong sign
    level: refer-further
    when: { sign: strong }
    explain: Generated outcome.
"""

ELEMENT = """  - id: %s
    title: Element %s
    min_answered: 3
    positive_when:
      - { strong: 2 }
      - { strong: 1, medium: 1 }
      - { strong: 1, weak: 1 }
      - { medium: 3 }
      - { medium: 2, weak: 1 }"""

ITEM = """      - id: i%d
        strength: %s
        signals: [%s]
        sign: Marker %d was noted at the place of work during the visit.
        ask: Could you tell me about marker %d and how it is for you?
        guidance: >
          Generated guidance for marker %d. It is as long as a short
          guidance text of the shipped checklists, folded over lines.
        source: ilo-ec-2009
"""


def write_checklist(path, cid, first, count):
    with open(path, "w") as f:
        f.write("schema: 1\nid: %s\ntitle: Generated checklist %s\naudience: any\n"
                "version: \"1\"\nsources: [ilo-ec-2009]\nrules: bench-rules\nsections:\n"
                % (cid, cid))
        for sec in range(0, count, PER_SECTION):
            f.write("  - id: s%d\n    title: Section %d\n    element: %s\n    items:\n"
                    % (first + sec, first + sec, ELEMENTS[(sec // PER_SECTION) % 6]))
            for k in range(min(PER_SECTION, count - sec)):
                i = first + sec + k
                f.write(ITEM % (i, STRENGTHS[i % 4], SIGNALS[i % len(SIGNALS)], i, i, i))
                if k and k % 10 == 0:
                    f.write("        show_if: { answered: i%d }\n" % (i - 1))


def generate(src, dest, n):
    shutil.copytree(os.path.join(src, "indicators"), os.path.join(dest, "indicators"))
    shutil.copytree(os.path.join(src, "translations"), os.path.join(dest, "translations"))
    with open(os.path.join(dest, "indicators", "rules", "bench.yaml"), "w") as f:
        f.write(RULES % ("\n".join(ELEMENT % (e, e) for e in ELEMENTS),
                         "\n".join("        - element: %s" % e for e in ELEMENTS),
                         "\n".join("        - element: %s" % e for e in ELEMENTS)))
    ids = []
    for k, first in enumerate(range(0, n, PER_FILE)):
        cid = "bench-%d" % k
        write_checklist(os.path.join(dest, "indicators", "checklists", cid + ".yaml"), cid,
                        first, min(PER_FILE, n - first))
        ids.append(cid)
    return ids


if __name__ == "__main__":
    for cid in generate(sys.argv[1], sys.argv[2], int(sys.argv[3])):
        print(cid)
