#!/usr/bin/env python3
"""What the person sees, in a person-only language (scope: person), holds
no English: the discreet card's hours, the open questions of the form (an
item with no person_ask gives its ask for the person), the close key of the
person's help on the full screen.

Usage: test_person_only.py CASE (card, form, tui_help). Environment as
test_i18n.py, whose catalog reader and helpers these cases use.
"""
import os
import re
import shutil
import sys

from test_i18n import (BIN, SRC, Fail, Tmux, flat, has, item_field, lacks, read_catalog,
                       run, run_case, shipped_langs, visible_html)


def person_only_langs():
    langs = [l for l in shipped_langs() if read_catalog(l).get("scope") == "person"]
    if not langs:
        raise Fail("no person-only catalog shipped")
    return langs


def card_hours():
    """{directory: [(service, English hours)]} of the services on a card
    (a `card:` and a contact) that give their hours."""
    d = os.path.join(SRC, "indicators", "referrals")
    out = {}
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name), encoding="utf-8") as f:
            text = f.read()
        dir_id = re.search(r"^id:\s*(\S+)", text, re.M).group(1)
        for block in re.split(r"^  - id:", text, flags=re.M)[1:]:
            sid = block.split()[0]
            card = re.search(r"^    card:", block, re.M)
            hours = re.search(r"^    hours:\s*(.+)$", block, re.M)
            if card and hours:
                out.setdefault(dir_id, []).append((sid, hours.group(1).strip().strip('"')))
    if not out.get("au"):
        raise Fail("no hours on the au card: the test would prove nothing")
    return out


def case_card():
    """print --card DIR --ask-lang LANG, for every person-only language and
    every directory whose card gives hours: the hours in LANG, none in
    English (the Arabic au card had "24 hours", "Business hours")."""
    for lang in person_only_langs():
        cat = read_catalog(lang)
        for dir_id, services in sorted(card_hours().items()):
            rc, page, err = run(["print", "--content", SRC, "--card", dir_id,
                                 "--ask-lang", lang, "--format", "html"])
            if rc != 0:
                raise Fail("%s %s: exit %d: %s" % (lang, dir_id, rc, err))
            shown = flat(visible_html(page))
            what = "%s card of %s" % (lang, dir_id)
            lacks(shown.lower(), "hours", what + " (English hours)")
            for sid, english in services:
                key = "%s.%s.hours" % (dir_id, sid)
                if key not in cat:
                    raise Fail("%s has no %s: the card shows %r" % (lang, key, english))
                has(shown, flat(cat[key]), what)


def open_questions():
    """[(checklist, item, English ask)] of the items with an ask and no
    person_ask: their ask is the person's question on the form."""
    d = os.path.join(SRC, "indicators", "checklists")
    out = []
    for name in sorted(os.listdir(d)):
        path = os.path.join(d, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        cl = re.search(r"^id:\s*(\S+)", text, re.M).group(1)
        for item in re.findall(r"^\s+- id:\s*(\S+)", text, re.M):
            ask = item_field(path, item, "ask")
            if ask and item_field(path, item, "person_ask") is None:
                out.append((cl, item, ask))
    if not any(cl == "general" for cl, _, _ in out):
        raise Fail("general has no open question: the test would prove nothing")
    return out


def case_form():
    """print --ask-lang LANG (every checklist), for every person-only
    language: an item's open question, in the person's slot, is in LANG
    ("How old are you? When is your birthday?" was English in Arabic)."""
    qs = open_questions()
    checklists = sorted({cl for cl, _, _ in qs})
    for lang in person_only_langs():
        cat = read_catalog(lang)
        rc, page, err = run(["print", "--content", SRC, "--ask-lang", lang,
                             "--format", "html"] + checklists)
        if rc != 0:
            raise Fail("%s: exit %d: %s" % (lang, rc, err))
        shown = flat(visible_html(page))
        for cl, item, english in qs:
            key = "%s.%s.ask" % (cl, item)
            if key not in cat:
                raise Fail("%s has no %s: the form shows %r" % (lang, key, english))
            has(shown, flat(cat[key]), "%s form, %s" % (lang, key))
            lacks(shown, flat(english), "%s form, %s" % (lang, key))


def case_tui_help():
    """The person's help on the full screen (? on the person's screen) in
    Arabic: its close key is named in Arabic, not "Close" (the worker's
    ui.tui.action.close). TIPCHECK_BIDI=reorder: an Arabic word shows with
    its letters reversed, unshaped."""
    if not shutil.which("tmux"):
        print("SKIP: no tmux")
        sys.exit(77)
    ar, en = read_catalog("ar"), read_catalog("en")
    close = ar["ui.person.help.close"]
    tm = Tmux("person-help")
    try:
        tm.start([BIN, "screen", "--content", SRC, "--lang", "en", "--ask-lang", "ar",
                  "--region", "international", "general"], TIPCHECK_BIDI="reorder")
        tm.wait_for(en["ui.tui.action.quick-exit"])
        tm.keys("p")
        tm.wait(lambda s: "Esc" not in s and en["ui.tui.action.quick-exit"] not in s,
                "the consent, on the person's screen")
        tm.keys("1")
        tm.wait(lambda s: ar["ui.person.yes"][::-1] in s, "the person's question")
        tm.keys("?")
        s = tm.wait(lambda s: "Esc:" in s, "the person's help")
        has(s, ar["ui.person.help.title"].split()[0][::-1], "the person's help in Arabic")
        has(s, close[::-1], "the close key named in Arabic")
        lacks(s, en["ui.tui.action.close"], "the person's help (English close)")
        tm.keys("Escape")
        tm.wait(lambda s: "Esc:" not in s, "back on the person's screen")
        tm.keys("C-x")
        tm.wait_for("TIPCHECK-EXIT=0")
    finally:
        tm.kill()


if __name__ == "__main__":
    sys.exit(run_case(globals(), "test_person_only.py"))
