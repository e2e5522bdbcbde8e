#!/usr/bin/env python3
"""End-to-end tests of the full screen's layout: the real binary in tmux.

Usage: layout_test.py CASE. The helpers (tmux, the fixture) are
tui_test.py's. At 60x20, 80x24 and 200x60: every key bar keeps quick exit
(and quit where there is one), the question's keeps p and j; cut text ends
with an ellipsis; the jump list names each section; on a wide terminal no
line of text is wider than the measure. Under TERM=vt100 the result pages
with letters. A new interview starts from a clean menu.
"""
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tui_test as T  # noqa: E402
from tui_test import BIN, FIXED, Fail, answer, finish_to_result  # noqa: E402

# The text's measure (tui_draw.h: TUI_MEASURE) and its margins: the
# widest a row may be on a wide terminal, key bar aside.
MEASURE_ROW = 100 + 4
ELLIPSIS = "\u2026"
QUICK_EXIT = "Ctrl-X Quick exit"
# A checklist title long enough that "checklist: section" cut at 80
# columns would read the same for every section, short enough that
# "section (checklist)" fits the measure.
LONG = "Adults in labour exploitation on farms, in factories and on fishing boats"
LABOUR_SECTIONS = ["Recruitment", "Working conditions", "Coercion"]


def long_title(data):
    path = os.path.join(data, "indicators", "checklists", "labour.yaml")
    with open(path) as f:
        text = f.read()
    with open(path, "w") as f:
        f.write(text.replace("title: Labour exploitation", "title: " + LONG, 1))


def rows(tm, screen):
    """The pane's rows, padded to its height."""
    v = screen.split("\n")[:tm.height]
    return v + [""] * (tm.height - len(v))


def check_screen(tm, screen, what, *keys):
    """The key bar holds quick exit and keys; nothing is wider than the
    terminal; at 200 columns no row but the key bar is wider than the
    measure."""
    v = rows(tm, screen)
    bar = v[tm.height - 1]
    for k in (QUICK_EXIT,) + keys:
        if k not in bar:
            raise Fail("%r not in the key bar of %s at %dx%d:\n%s"
                       % (k, what, tm.width, tm.height, screen))
    T.check_fits(screen, tm.width)
    if tm.width >= 200:
        for line in v[:tm.height - 1]:
            if T.width(line.rstrip()) > MEASURE_ROW:
                raise Fail("a row of %s is wider than the measure (%d): %r"
                           % (what, MEASURE_ROW, line))


def selected(tm, screen):
    """The rows marked as selected ("> ")."""
    return [l for l in rows(tm, screen) if re.match(r"^ ?> ", l)]


def check_jump_list(tm, screen):
    """Each entry names its section; entries differ; a cut one ends with
    the ellipsis; where there is room the checklist's title is whole."""
    entries = [m.group(1) for m in (re.match(r"^[ >] +\d+\. (.*?) *$", l)
                                     for l in rows(tm, screen)[2:tm.height - 1]) if m]
    if len(entries) < 5:
        raise Fail("the jump list shows %d entries:\n%s" % (len(entries), screen))
    if len(set(entries)) != len(entries):
        raise Fail("jump list entries read the same:\n" + screen)
    for s in LABOUR_SECTIONS:
        if not any(e.startswith(s + " (") for e in entries):
            raise Fail("no jump list entry starts with the section %r:\n%s" % (s, screen))
    for e in entries:
        whole = e.endswith(")")
        if not whole and not e.endswith(ELLIPSIS):
            raise Fail("a cut jump list entry has no ellipsis: %r" % e)
        if LONG[:30] in e and tm.width >= 200 and not e.endswith("(%s)" % LONG):
            raise Fail("the checklist's title is cut at 200 columns: %r" % e)
    if tm.width <= 80 and not any(e.endswith(ELLIPSIS) for e in entries):
        raise Fail("nothing in the jump list is cut at %d columns: the test proves nothing"
                   % tm.width)


def layout(tm, data, width, height):
    tm.width, tm.height = width, height
    long_title(data)
    tm.start([BIN, "--data", data] + FIXED)
    s = tm.wait_for("The person is", "An adult")
    check_screen(tm, s, "the start menu", "q Quit")
    if not any("An adult" in l for l in selected(tm, s)):
        raise Fail("the selection is not marked with '>':\n" + s)
    tm.keys("Enter")
    s = tm.wait_for("The form of exploitation", "General screening")
    check_screen(tm, s, "the checklist menu", "q Quit")
    tm.keys("Down")
    tm.wait_for("LABOUR-DESC")
    tm.keys("Enter")
    s = tm.wait_for("CONSENT-INTRO")
    check_screen(tm, s, "the question screen", "p Person", "j Sections")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN")
    tm.keys("j")
    s = tm.wait_for("Jump to a section")
    check_screen(tm, s, "the jump list", "Esc Close")
    check_jump_list(tm, s)
    # To the first labour section: its checklist's title in the title bar.
    tm.keys("Down", "Enter")
    s = tm.wait_for("DECEIVED-SIGN")
    check_screen(tm, s, "a labour question", "p Person", "j Sections")
    title = rows(tm, s)[0]
    if width < 100 and not re.search(re.escape(LONG[:20]) + ".*" + ELLIPSIS + " +Item", title):
        raise Fail("the title bar is cut without an ellipsis: %r" % title)
    if width >= 100 and LONG not in title:
        raise Fail("the title bar is cut on a wide terminal: %r" % title)
    tm.keys("r")
    s = tm.wait_for("Review the answers", "Recruitment (")
    check_screen(tm, s, "the review", "f Result")
    if not selected(tm, s):
        raise Fail("the review's selection is not marked with '>':\n" + s)
    s = finish_to_result(tm)
    s = tm.wait_for("What to do now")
    check_screen(tm, s, "the result", "q Quit")
    tm.keys("?")
    s = tm.wait_for("Keys on this screen", "Page down")
    check_screen(tm, s, "help")
    T.expect_in(s, "PgDn, Space, m", "Home, t", "End, e")
    tm.keys("Escape")
    tm.wait_for("What to do now")
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_layout_60x20(tm, data):
    layout(tm, data, 60, 20)


def case_layout_80x24(tm, data):
    layout(tm, data, 80, 24)


def case_layout_200x60(tm, data):
    layout(tm, data, 200, 60)


def case_ascii_ellipsis(tm, data):
    """Where the locale is not UTF-8 a cut ends with "..."."""
    long_title(data)
    tm.start([BIN, "screen", "labour", "--data", data] + FIXED, env={"LC_ALL": "C"})
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN")
    tm.keys("j")
    s = tm.wait_for("Jump to a section")
    if ELLIPSIS in s or not re.search(r"\.\.\.\n", s):
        raise Fail("not cut with '...' in the C locale:\n" + s)
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_vt100_paging(tm, data):
    """TERM=vt100 knows no PgDn or Home: the result pages with m, u, t
    and e, and the key bar offers m."""
    tm.start([BIN, "screen", "labour", "--data", data] + FIXED, env={"TERM": "vt100"})
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    for sign in ["DANGER-SIGN", "CHILD-SIGN", "INJURY-SIGN"]:
        answer(tm, sign, "n")
    for sign in ["DECEIVED-SIGN", "RDEBT-SIGN", "NOPAY-SIGN", "HOURS-SIGN",
                 "DOCS-SIGN", "THREAT-SIGN", "TPOLICE-SIGN"]:
        answer(tm, sign, "y")
    finish_to_result(tm)
    top = tm.wait_for("[!] Refer", "ADULT-ACTION", "(more)")
    check_screen(tm, top, "the result under vt100", "m Page down", "q Quit")
    body = "\n".join(rows(tm, top)[2:tm.height - 2])
    tm.keys("m")
    s = tm.wait_gone("ADULT-ACTION")
    if "\n".join(rows(tm, s)[2:tm.height - 2]) == body:
        raise Fail("m did not page down:\n" + s)
    tm.keys("u")
    s = tm.wait_for("ADULT-ACTION")
    if "\n".join(rows(tm, s)[2:tm.height - 2]) != body:
        raise Fail("u did not page back to the top:\n" + s)
    tm.keys("e")
    s = tm.wait_for("Press w for why")
    if "(more)" in s:
        raise Fail("e did not go to the end:\n" + s)
    tm.keys("t")
    s = tm.wait_for("ADULT-ACTION", "(more)")
    if "\n".join(rows(tm, s)[2:tm.height - 2]) != body:
        raise Fail("t did not go to the top:\n" + s)
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_new_clean(tm, data):
    """n after a result: the menu holds nothing of the last interview (the
    situation, the checklists marked and highlighted)."""
    tm.start([BIN, "--data", data] + FIXED)
    tm.wait_for("The person is")
    tm.keys("Down", "Enter")
    s = tm.wait_for("The form of exploitation", "[x] Children at work")
    tm.keys("Down", "Space")
    s = tm.wait_for("[x] General screening")
    first = rows(tm, s).index(selected(tm, s)[0])
    tm.keys("Enter")
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN")
    tm.keys("r")
    finish_to_result(tm)
    tm.wait_for("What to do now")
    tm.keys("n")
    s = tm.wait_for("The person is")
    sel = selected(tm, s)
    if len(sel) != 1 or "An adult" not in sel[0]:
        raise Fail("the new menu keeps the last situation:\n" + s)
    tm.keys("Enter")
    s = tm.wait_for("The form of exploitation", "General screening")
    if "[x]" in s:
        raise Fail("the new menu keeps the last marks:\n" + s)
    sel = selected(tm, s)
    if len(sel) != 1 or rows(tm, s).index(sel[0]) >= first:
        raise Fail("the new menu does not highlight the first checklist:\n" + s)
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


CASES = {n[5:]: f for n, f in globals().items() if n.startswith("case_")}


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in CASES:
        print("usage: layout_test.py CASE (%s)" % ", ".join(sorted(CASES)), file=sys.stderr)
        return 2
    if not shutil.which("tmux"):
        print("SKIP: no tmux")
        return 77
    name = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="tipcheck-layout-")
    tm = T.Tmux(tmp, "layout-" + name)
    try:
        data = T.make_data(tmp)
        CASES[name](tm, data)
    except Fail as e:
        print("FAIL %s: %s" % (name, e))
        return 1
    finally:
        tm.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    print("PASS %s" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
