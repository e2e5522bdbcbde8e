#!/usr/bin/env python3
"""Layout of printed blank checklists over a whole content directory.

For every checklist and every pair of languages (worker and person, each
any whole catalog, the same or not; and each person-scope catalog as the
person's language under English), in every format, checks that:
  - text: no line is wider than --width in display columns (East Asian
    wide and full-width characters count 2, combining marks 0), every page
    has at most --page-length lines, pages are separated by form feeds and
    each header says "page N of M" with N counting up and M the page count;
  - html: xmllint --noout accepts it as XML (well-formed);
  - markdown: not empty;
  - `print --all` completes with exit 0 in every format;
  - the page budget of the checklist form (issue 15.4), text at 80 by 66,
    in every language pair: a checklist's `form_pages` (`labour-adult`
    sets 4), else 6; `print --all` at most 30;
  - the hand-scoring instructions (English) state the same thresholds as
    the rules files: the positive_when lists are read from the YAML with a
    line parser that knows the flow ({ strong: 2 }) and block (- strong: 2)
    forms used in the content, and compared, element by element and in
    order, with the printed combinations: in the guide (`print --guide
    --all`), and per element in the tally sheet of the form (`print --all`).

Usage: check_layout.py [DATA_DIR]   (default: $TIPCHECK_CONTENT)
Environment: TIPCHECK (the binary).
"""
import os
import re
import subprocess
import sys
import unicodedata

TIPCHECK = os.environ.get("TIPCHECK", "tipcheck")
DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ["TIPCHECK_CONTENT"]
STRENGTHS = ("strong", "medium", "weak")
# Pages of the form, text at 80 by 66 (issue 15.4): a checklist's
# form_pages, else BUDGET_ONE; print --all BUDGET_ALL.
BUDGET_ONE, BUDGET_ALL = 6, 30
failures = []
pages_seen = {}


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def run(args):
    p = subprocess.run([TIPCHECK, "print", "--content", DATA] + args,
                       capture_output=True)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def list_ids(kind):
    """What `tipcheck list --ids KIND` names, one per line."""
    p = subprocess.run([TIPCHECK, "list", "--content", DATA, "--ids", kind],
                       capture_output=True)
    if p.returncode != 0:
        fail("list --ids %s: exit %d" % (kind, p.returncode))
        return []
    return p.stdout.decode("utf-8").split()


def yaml_ids(sub, key):
    """The top-level `key:` of each YAML file in DATA/sub, sorted by file."""
    d = os.path.join(DATA, sub)
    out = []
    if not os.path.isdir(d):
        return out
    for name in sorted(os.listdir(d)):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(d, name), encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^%s:\s*['\"]?([^'\"#\s]+)" % key, line)
                if m:
                    out.append(m.group(1))
                    break
    return out


def check_text(out, w, pl, what):
    pages = out.split("\f")
    n = len(pages)
    for i, page in enumerate(pages, 1):
        lines = page.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if len(lines) > pl:
            fail("%s: page %d has %d lines (> %d)" % (what, i, len(lines), pl))
        for line in lines:
            if width(line) > w:
                fail("%s: line wider than %d: %r" % (what, w, line))
        # The header: the first line that ends with a page number.
        nums = [re.search(r"(\d+)\D+(\d+)$", l) for l in lines[:3]]
        nums = [m for m in nums if m]
        if not nums or (int(nums[0].group(1)), int(nums[0].group(2))) != (i, n):
            fail("%s: page %d header does not say page %d of %d" % (what, i, i, n))


def check_html(out, what):
    p = subprocess.run(["xmllint", "--noout", "-"], input=out.encode("utf-8"),
                       capture_output=True)
    if p.returncode != 0:
        fail("%s: not well-formed: %s" % (what, p.stderr.decode()[:500]))


def form_pages():
    """{checklist id: its form_pages} from the YAML."""
    out = {}
    d = os.path.join(DATA, "indicators", "checklists")
    for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
        cid, n = None, None
        with open(os.path.join(d, name), encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^(id|form_pages):\s*['\"]?([^'\"#\s]+)", line)
                if m and m.group(1) == "id":
                    cid = m.group(2)
                elif m:
                    n = int(m.group(2))
        if cid and n:
            out[cid] = n
    return out


BUDGET = {}


def check_budget(name, pages, what):
    if not BUDGET:
        BUDGET.update(form_pages())
    budget = BUDGET_ALL if name is None else BUDGET.get(name, BUDGET_ONE)
    pages_seen[name] = max(pages_seen.get(name, 0), pages)
    if pages > budget:
        fail("%s: %d pages (budget %d)" % (what, pages, budget))


def check_one(args, what, w=80, pl=66, budget=False):
    for fmt in ("text", "markdown", "html"):
        extra = ["--width", str(w), "--page-length", str(pl)] if fmt == "text" else []
        rc, out, err = run(args + ["--format", fmt] + extra)
        tag = "%s --format %s" % (what, fmt)
        if rc != 0:
            fail("%s: exit %d: %s" % (tag, rc, err.strip()))
            continue
        if not out.strip():
            fail("%s: empty output" % tag)
        elif fmt == "text":
            check_text(out, w, pl, tag)
            if budget:
                check_budget(None if args[0] == "--all" else args[0],
                             out.count("\f") + 1, tag)
        elif fmt == "html":
            check_html(out, tag)


def rules_thresholds(by_element=None):
    """{rules title: [[{strength: n}, ...] per element]} from the YAML;
    by_element (a dict) receives {element title: [{strength: n}, ...]}."""
    result = {}
    last_title = None
    d = os.path.join(DATA, "indicators", "rules")
    for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
        if not name.endswith(".yaml"):
            continue
        title, elements, cur, in_pw, pw_indent, item = None, [], None, False, 0, None
        with open(os.path.join(d, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        for line in lines:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            ind = len(line) - len(line.lstrip())
            m = re.match(r"^title:\s*(.+?)\s*$", line)
            if m and ind == 0:
                title = m.group(1).strip("'\"")
            m = re.match(r"^\s+(?:-\s+)?title:\s*(.+?)\s*$", line)
            if m:
                last_title = m.group(1).strip("'\"")
            if re.match(r"^\s*positive_when:\s*$", line):
                cur = []
                elements.append(cur)
                if by_element is not None:
                    by_element[last_title] = cur
                in_pw, pw_indent = True, ind
                continue
            if in_pw:
                if ind <= pw_indent and not line.lstrip().startswith("- "):
                    in_pw = False
                    continue
                flow = re.match(r"^\s*-\s*\{(.*)\}\s*$", line)
                if flow:
                    combo = {}
                    for part in flow.group(1).split(","):
                        k, v = part.split(":")
                        combo[k.strip()] = int(v)
                    cur.append(combo)
                    continue
                block = re.match(r"^\s*(-\s+)?(strong|medium|weak):\s*(\d+)\s*$", line)
                if block:
                    if block.group(1):
                        item = {}
                        cur.append(item)
                    item[block.group(2)] = int(block.group(3))
                    continue
                in_pw = False
        result[title] = elements
    return result


def printed_thresholds(out):
    """{rules title: [[combo...] per element]} from `print --all` (English,
    no pages, wide lines)."""
    result = {}
    parts = re.split(r"^How to score by hand: (.+)$", out, flags=re.M)
    for i in range(1, len(parts), 2):
        title, body = parts[i].strip(), parts[i + 1]
        elements = []
        lines = body.split("\n")
        for j, line in enumerate(lines):
            if "is positive when the \"yes\" answers reach any one of" in line:
                cur = []
                for nxt in lines[j + 1:]:
                    m = re.match(r"^\s*- ((?:\d+ (?:strong|medium|weak)(?: and )?)+)$", nxt)
                    if not m:
                        break
                    combo = {}
                    for n, s in re.findall(r"(\d+) (strong|medium|weak)", m.group(1)):
                        combo[s] = int(n)
                    cur.append(combo)
                elements.append(cur)
        result[title] = elements
    return result


def tally_thresholds(out):
    """{element title: [combo...]} from the tally sheet of `print --all`
    (English, no pages, wide lines): the element rows ("A. Title  9-18
    [ ] [ ] [ ] [ ]  2  [ ]  [ ]": rows, S M W, answered, fewest answers,
    positive, undecided; the rows and fewest answers go under the title
    when the rows are long) and the tables of thresholds that name them."""
    titles, result = {}, {}
    lines = out.split("\n")
    box = r"(?:\[ \]|-)"
    # The title ends at the first run of spaces; what follows is short,
    # so the row's pattern never backtracks over a wide line's padding.
    rest = re.compile(r"(?:(?:[\d, -]*\d|-) +)?(?:\[ \] +){3}%s +(?:(?:\d+|-) +)?"
                      r"\[ \] +%s *" % (box, box))
    for line in lines:
        m = re.match(r"^([A-Z]|E\d+)\. (.+?) {2,}(.*)$", line)
        if m and rest.fullmatch(m.group(3)):
            titles[m.group(1)] = m.group(2)
    for j, line in enumerate(lines):
        m = re.match(r"^Elements? (.+) (?:are|is) positive when the counts reach at least one row:$",
                     line)
        if not m:
            continue
        combos = []
        # After the blank line and the heading row (S M W, ruled).
        for nxt in lines[j + 3:]:
            row = re.match(r"^(\d+|-)\s+(\d+|-)\s+(\d+|-)(?:\s+or)?\s*$", nxt)
            if not row:
                break
            combos.append({s: int(v) for s, v in zip(STRENGTHS, row.groups()) if v != "-"})
        for label in m.group(1).split(", "):
            result[titles.get(label, label)] = combos
    return result


def main():
    checklists = yaml_ids("indicators/checklists", "id")
    langs = list_ids("worker-languages")
    person = list_ids("languages")
    print("checklists:", " ".join(checklists) or "(none)")
    print("languages:", " ".join(langs) or "(none)")
    print("person's languages:", " ".join(person) or "(none)")
    # Every pair of whole catalogs; a person-scope one (its question block
    # laid out the same under any worker's language) under English.
    pairs = {(lang, ask) for lang in langs for ask in langs}
    pairs |= {("en", ask) for ask in person}
    for cl in checklists:
        for lang, ask in sorted(pairs):
            check_one([cl, "--lang", lang, "--ask-lang", ask],
                      "print %s --lang %s --ask-lang %s" % (cl, lang, ask), budget=True)
    # Narrowest width, shortest page, and the whole set at once.
    if checklists:
        for lang in langs:
            check_one(["--all", "--lang", lang], "print --all --lang %s (40x20)" % lang,
                      w=40, pl=20)
    for lang in langs:
        check_one(["--all", "--lang", lang], "print --all --lang %s" % lang, budget=True)
    check_one(["--all", "--guide", "--lang", "en"], "print --all --guide")
    print("pages of the form (most over the language pairs): " +
          ", ".join("%s %d" % (k or "--all", v) for k, v in pages_seen.items()))

    by_element = {}
    rules = rules_thresholds(by_element)
    rc, out, err = run(["--all", "--lang", "en", "--page-length", "0", "--width", "1000"])
    tally = tally_thresholds(out) if rc == 0 else {}
    for title, combos in tally.items():
        if title not in by_element:
            fail("tally sheet: element %r not found in the rules files" % title)
        elif combos != by_element[title]:
            fail("tally sheet: thresholds of %r differ:\n  rules:   %s\n  printed: %s"
                 % (title, by_element[title], combos))
    if checklists and not tally:
        fail("no thresholds found in the tally sheet of print --all")
    print("tally sheet: thresholds of %d elements compared" % len(tally))
    rc, out, err = run(["--all", "--guide", "--lang", "en", "--page-length", "0",
                        "--width", "1000"])
    if checklists and rc != 0:
        fail("print --all for thresholds: exit %d: %s" % (rc, err))
    printed = printed_thresholds(out) if rc == 0 else {}
    n = 0
    for title, elements in printed.items():
        if title not in rules:
            fail("printed rules %r not found in the rules files" % title)
        elif elements != rules[title]:
            fail("thresholds of %r differ:\n  rules:   %s\n  printed: %s"
                 % (title, rules[title], elements))
        else:
            n += sum(len(e) for e in elements)
    if checklists and not printed:
        fail("no hand-scoring instructions found in print --all --guide")
    print("thresholds compared: %d combinations in %d rules files" % (n, len(printed)))
    print("%d problem(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
