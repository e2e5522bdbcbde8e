"""Benchmark (meson benchmark, not a test): load and validate the shipped
content, and a generated checklist of 10,000 items, then run a whole
interview, evaluate a full set of answers and run the safety property checks
of `tipcheck check`. Prints the figures and the targets: shipped content
under 10 ms to load and 100 ms for the safety checks; 10,000 items under
100 ms and 32 MiB."""
import os
import shutil
import subprocess
import sys
import tempfile

BENCH = sys.argv[1]
SRC = os.environ["TIPCHECK_SRC"]
N = 10000
ELEMENTS = ["a", "b", "c", "d", "e", "f"]
STRENGTHS = ["strong", "medium", "weak", "none"]


def generate(root):
    ind = os.path.join(root, "indicators")
    for sub in ("checklists", "rules", "referrals"):
        os.makedirs(os.path.join(ind, sub))
    os.makedirs(os.path.join(root, "translations"))
    shutil.copy(os.path.join(SRC, "translations", "en.yaml"), os.path.join(root, "translations"))
    with open(os.path.join(ind, "sources.yaml"), "w") as f:
        f.write("schema: 1\nsources:\n  - {id: s, title: Generated, publisher: bench}\n")
    with open(os.path.join(ind, "referrals", "international.yaml"), "w") as f:
        f.write("schema: 1\nid: international\nregion: International\nchecked: { how: public-source, date: 2026-01-01 }\n"
                "services:\n  - {id: nrm, name: Referral, contact: \"1\"}\n")
    with open(os.path.join(ind, "rules", "big.yaml"), "w") as f:
        f.write("schema: 1\nid: big-rules\ntitle: Generated\nsource: s\nelements:\n")
        for e in ELEMENTS:
            f.write("  - id: %s\n    title: Element %s\n    min_answered: 3\n    positive_when:\n"
                    "      - {strong: 2}\n      - {strong: 1, medium: 1}\n"
                    "      - {strong: 1, weak: 1}\n      - {medium: 3}\n"
                    "      - {medium: 2, weak: 1}\n" % (e, e))
        f.write("outcomes:\n  - id: all\n    title: All\n    level: refer\n    when:\n"
                "      all:\n")
        for e in ELEMENTS:
            f.write("        - element: %s\n" % e)
        f.write("    refer: [nrm]\n    explain: Refer.\nnotices:\n"
                "  - {id: n, title: Notice, text: Rights.}\n")
    per = 100
    with open(os.path.join(ind, "checklists", "big.yaml"), "w") as f:
        f.write("schema: 1\nid: big\ntitle: Generated\naudience: any\nversion: \"1\"\n"
                "sources: [s]\nrules: big-rules\nsections:\n")
        for sec in range(N // per):
            f.write("  - id: s%d\n    title: Section %d\n    element: %s\n    items:\n"
                    % (sec, sec, ELEMENTS[sec % len(ELEMENTS)]))
            for k in range(per):
                i = sec * per + k
                show = ", show_if: {answered: i%d}" % (i - 1) if k and k % 10 == 0 else ""
                f.write("      - {id: i%d, strength: %s, sign: Sign %d, ask: Q %d?, "
                        "guidance: G, source: s%s}\n"
                        % (i, STRENGTHS[i % 4], i, i, show))


def run(label, data, ms_target, kib_target, safety_target=0):
    r = subprocess.run([BENCH, data, "20"], capture_output=True, text=True)
    if r.returncode:
        print("%s: could not load (%s)" % (label, r.stderr.strip().splitlines()[:3]))
        return
    fig = dict(kv.split("=") for kv in r.stdout.split())
    load = float(fig["load_ms"])
    rss = int(fig["peak_rss_kib"])
    print("%-22s items %6s  load+validate %8.2f ms (target < %d)  interview of %s steps "
          "%8.2f ms  evaluate %6.2f ms  peak RSS %6.1f MiB%s"
          % (label, fig["items"], load, ms_target, fig["steps"], float(fig["interview_ms"]),
             float(fig["evaluate_ms"]), rss / 1024,
             " (target < %d)" % (kib_target // 1024) if kib_target else ""))
    safety = float(fig["safety_ms"])
    print("%-22s safety checks: %s checklist sets x situations, %s evaluations in %.2f ms"
          " (%.2f us each)%s; reachability and signal warnings %.2f ms"
          % (label, fig["safety_sets"], fig["safety_evaluations"], safety,
             1000 * safety / max(1, int(fig["safety_evaluations"])),
             " (target < %d ms)" % safety_target if safety_target else "",
             float(fig["lint_ms"])))
    over = load > ms_target or (kib_target and rss > kib_target) or \
        (safety_target and safety > safety_target)
    if over:
        print("%s: OVER TARGET" % label)


run("shipped content", SRC, 10, 0, 100)
tmp = tempfile.mkdtemp(prefix="tipcheck-bench-")
try:
    generate(tmp)
    run("generated, %d items" % N, tmp, 100, 32 * 1024)
finally:
    shutil.rmtree(tmp)
