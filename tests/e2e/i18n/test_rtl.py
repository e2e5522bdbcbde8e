#!/usr/bin/env python3
"""Right-to-left text end to end on the shipped content, outside the full
screen (test_i18n.py tui_rtl): --plain keeps it in reading order for screen
readers; the discreet card puts it in display order for paper, as the form
does, and leaves it to the browser in HTML.

Usage: test_rtl.py CASE (plain_rtl, plain_ask_ar, card_rtl). Environment as test_i18n.py,
whose catalog reader and helpers these cases use.
"""
import html
import re
import sys
import unicodedata

from test_i18n import Fail, SRC, first_item, flat, fmt, has, read_catalog, run, run_case


# Arabic presentation forms: what shaping for a display that does not
# shape leaves; never in reading order.
PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def case_plain_rtl():
    """--plain --ask-lang ar: the result, like the rest of the interview,
    holds the Arabic draft note in reading order (the catalog's own bytes,
    unshaped), for screen readers; not the text print's display order."""
    ar = read_catalog("ar")
    en = read_catalog("en")
    # One answer, then quit and confirm: the result follows.
    rc, out, err = run(["screen", "--plain", "--content", SRC, "--lang", "en",
                        "--ask-lang", "ar", "--region", "international", "general"],
                       ("2\n%s\ny\n" % en["ui.plain.keys.quit"].split()[0]).encode("utf-8"))
    if rc != 0:
        raise Fail("exit %d: %s" % (rc, err))
    at = out.find(en["ui.result.title"])
    if at < 0:
        raise Fail("no result in:\n%s" % out)
    result = out[at:]
    has(result, ar["note"], "the result's draft note in reading order")
    m = PRESENTATION.search(out)
    if m:
        raise Fail("presentation form U+%04X in --plain output:\n%s" % (ord(m.group()), result))


def case_plain_ask_ar():
    """--plain --ask-lang ar (a scope: person catalog): under the worker's
    question, "In Arabic:" and the person's question as ar.yaml has it
    (its person_ask), in reading order and unshaped, as the full screen
    shows it under the worker's."""
    ar = read_catalog("ar")
    en = read_catalog("en")
    _, cl, item = first_item()
    question = ar["%s.%s.person_ask" % (cl, item)]
    label = fmt(en["ui.tui.question.in-language"], language=ar["english_name"])
    # The first item, then the end of the input.
    rc, out, err = run(["screen", "--plain", "--content", SRC, "--lang", "en",
                        "--ask-lang", "ar", "--region", "international", "general"])
    if rc != 0:
        raise Fail("exit %d: %s" % (rc, err))
    has(out, label + " " + question, "the Arabic question under its label")
    ask = out.find(fmt(en["ui.plain.ask"], question=""))
    if not 0 <= ask < out.find(label):
        raise Fail("the worker's question not before the person's:\n%s" % out)
    m = PRESENTATION.search(out)
    if m:
        raise Fail("presentation form U+%04X in --plain output:\n%s" % (ord(m.group()), out))


def reading_order(row):
    """A row of a right-to-left paragraph in display order, shaped, put back
    in reading order: its characters reversed, each joined form back to its
    letter (the lam-alef ligature to its two letters)."""
    return "".join(unicodedata.normalize("NFKC", c) for c in reversed(row))


def case_card_rtl():
    """print --card uk --ask-lang fa: in text, for paper, each Farsi line in
    display order as the form is (shaped, reversed, flush right in the
    frame; the hours under a line indented as in English, mirrored) while a
    phone number keeps its left-to-right order; in HTML the
    text in reading order, the page right to left and each number left to
    right."""
    fa = read_catalog("fa")
    rc, page, err = run(["print", "--content", SRC, "--card", "uk", "--ask-lang", "fa",
                         "--format", "html"])
    if rc != 0:
        raise Fail("html: exit %d: %s" % (rc, err))
    has(page, '<html lang="fa" dir="rtl">', "html: the page right to left")
    found = re.findall(r'<p><strong>([^<]*):</strong> <span class="number" dir="ltr">'
                       r'([^<]*)</span>(?:<span class="hours">([^<]*)</span>)?', page)
    lines = [(label, number) for label, number, _ in found]
    # The hours of a line, if any, in the person's language too.
    hours = {number: h for _, number, h in found if h}
    if not lines:
        raise Fail("html: no number left to right:\n%s" % page)
    for t in (fa["ui.card.title"], fa["ui.card.footer"]):
        has(page, html.escape(t, quote=False), "html: in reading order")
    if PRESENTATION.search(page):
        raise Fail("html: shaped letters: the browser shapes them")

    rc, text, err = run(["print", "--content", SRC, "--card", "uk", "--ask-lang", "fa"])
    if rc != 0:
        raise Fail("text: exit %d: %s" % (rc, err))
    rows = [r[2:-2] for r in text.splitlines() if r.startswith("| ")]
    farsi = [r for r in rows if re.search("[\u0600-\u06ff\ufb50-\ufeff]", r)]
    back = []
    for r in farsi:
        if not PRESENTATION.search(r):
            raise Fail("text: a Farsi line not shaped: %r" % r)
        # Flush right; the hours under a line keep its two-space indent,
        # mirrored.
        if r.rstrip() + "  " != r and (r.endswith(" ") or not r.startswith(" ")):
            raise Fail("text: a Farsi line not flush right: %r" % r)
        number = next((n for _, n in lines if r.lstrip().startswith(n + " ")), None)
        if number:
            back.append(reading_order(r.lstrip()[len(number):]).strip() + " " + number)
        else:
            back.append(reading_order(r.strip()))
    want = [fa["ui.card.title"]]
    for label, number in lines:
        want.append("%s: %s" % (label, number))
        if number in hours:
            want.append(hours[number])
    want.append(fa["ui.card.footer"])
    if flat(" ".join(back)) != flat(" ".join(want)):
        raise Fail("text: the Farsi lines read back %r, not %r:\n%s" % (back, want, text))


if __name__ == "__main__":
    sys.exit(run_case(globals(), "test_rtl.py"))
