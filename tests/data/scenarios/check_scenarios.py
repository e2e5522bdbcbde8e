#!/usr/bin/env python3
"""The shipped training scenarios hold: `tipcheck check` accepts them, and
for each one, `tipcheck assess --json` on its expected answers (yes items
yes, every other item of its checklists no, `either` counted as no) gives
the expected level and exactly the expected outcomes.

The YAML files are read with a small line parser that knows the shape of
scenario and checklist files (indicators/README.md); it is not a general
YAML reader. Environment: TIPCHECK (the binary), TIPCHECK_CONTENT (content).
"""
import json
import os
import re
import subprocess
import sys

TIPCHECK = os.environ["TIPCHECK"]
DATA = os.environ["TIPCHECK_CONTENT"]
IND = os.path.join(DATA, "indicators")


def indent(line):
    return len(line) - len(line.lstrip(" "))


def strip_comment(s):
    # Comments in our files follow a space; ids and keys never hold '#'.
    return re.sub(r"\s+#.*$", "", s).rstrip()


def flow_list(s):
    s = s.strip()
    assert s.startswith("[") and s.endswith("]"), s
    return [x.strip().strip("'\"") for x in s[1:-1].split(",") if x.strip()]


def checklist_info(path):
    """(id, first, [item ids]) of a checklist file: items are the `- id:`
    entries whose parent key is `items:`."""
    cid, first, items = None, False, []
    parents = []  # (indent, key) of the mapping keys seen, innermost last
    for raw in open(path, encoding="utf-8"):
        line = strip_comment(raw)
        if not line.strip():
            continue
        ind = indent(line)
        text = line.strip()
        m = re.match(r"^id:\s*(\S+)$", text)
        if ind == 0 and m:
            cid = m.group(1)
        if ind == 0 and re.match(r"^first:\s*true$", text):
            first = True
        # Keys at this indent or deeper are closed; a "- key:" entry's keys
        # sit two columns right of its dash.
        dash = text.startswith("- ")
        while parents and parents[-1][0] >= ind:
            parents.pop()
        m = re.match(r"^- id:\s*([a-z0-9-]+)$", text)
        if m and parents and parents[-1][1] == "items":
            items.append(m.group(1))
        km = re.match(r"^(?:- )?([a-z_]+):\s*(.*)$", text)
        if km:
            key_indent = ind + 2 if dash else ind
            parents.append((key_indent, km.group(1)))
    return cid, first, items


def scenario_info(path):
    sc = {"answers": {}, "outcomes": [], "checklists": [], "level": None}
    section = None
    for raw in open(path, encoding="utf-8"):
        line = strip_comment(raw)
        if not line.strip():
            continue
        ind, text = indent(line), line.strip()
        if ind == 0:
            section = None
            m = re.match(r"^(id|checklists|audience):\s*(.*)$", text)
            if m and m.group(1) == "checklists":
                sc["checklists"] = flow_list(m.group(2))
            elif m:
                sc[m.group(1)] = m.group(2)
            if text == "expected:":
                section = "expected"
            continue
        if section in ("expected", "answers", "outcomes") and ind == 2:
            m = re.match(r"^(answers|level|outcomes):\s*(.*)$", text)
            sub = m.group(1) if m else None
            if sub == "level":
                sc["level"] = m.group(2)
            elif sub == "outcomes" and m.group(2):
                sc["outcomes"] = flow_list(m.group(2))
            section = sub if sub in ("answers", "outcomes") else "expected"
            continue
        if section == "outcomes" and ind == 4 and text.startswith("- "):
            sc["outcomes"].append(text[2:].strip())
            continue
        if section == "answers" and ind == 4:
            m = re.match(r"^([a-z0-9-]+\.[a-z0-9-]+):\s*(yes|no|either)$", text)
            assert m, "%s: cannot read answer line %r" % (path, text)
            sc["answers"][m.group(1)] = m.group(2)
    return sc


def main():
    failures = 0
    r = subprocess.run([TIPCHECK, "check", "--content", DATA], capture_output=True, text=True)
    if r.returncode != 0:
        print("FAIL: tipcheck check exits %d:\n%s%s" % (r.returncode, r.stdout, r.stderr))
        failures += 1

    lists = {}
    firsts = []
    cdir = os.path.join(IND, "checklists")
    for f in sorted(os.listdir(cdir)):
        if f.endswith(".yaml"):
            cid, first, items = checklist_info(os.path.join(cdir, f))
            lists[cid] = items
            if first:
                firsts.append(cid)

    sdir = os.path.join(IND, "scenarios")
    files = sorted(f for f in os.listdir(sdir) if f.endswith(".yaml"))
    if len(files) < 10:
        print("FAIL: %d scenarios shipped, at least 10 expected" % len(files))
        failures += 1
    for f in files:
        sc = scenario_info(os.path.join(sdir, f))
        run = firsts + [c for c in sc["checklists"] if c not in firsts]
        answers = []
        for cid in run:
            for item in lists[cid]:
                key = "%s.%s" % (cid, item)
                answers.append("%s: %s" % (key, "yes" if sc["answers"].get(key) == "yes" else "no"))
        for key, want in sc["answers"].items():
            if key.split(".")[0] not in run or key.split(".")[1] not in lists[key.split(".")[0]]:
                print("FAIL %s: %s is not an item of the scenario's checklists" % (f, key))
                failures += 1
        r = subprocess.run([TIPCHECK, "assess", "--json", "--content", DATA] + run,
                           input="\n".join(answers) + "\n", capture_output=True, text=True)
        if r.returncode != 0:
            print("FAIL %s: assess exits %d: %s" % (f, r.returncode, r.stderr))
            failures += 1
            continue
        res = json.loads(r.stdout)
        got = sorted("%s.%s" % (o["rules"], o["id"]) for o in res["outcomes"])
        want = sorted(sc["outcomes"])
        if res["level"] != sc["level"] or got != want:
            print("FAIL %s: assess gives level %s, outcomes %s; expected level %s, outcomes %s"
                  % (f, res["level"], got, sc["level"], want))
            failures += 1
        else:
            print("ok %s: %s %s (%d yes)" % (sc["id"], res["level"], " ".join(got),
                                            sum(1 for v in sc["answers"].values() if v == "yes")))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
