#!/usr/bin/env python3
"""The full screen's answer letters in the worker's language, in tmux.

Usage: letters_test.py CASE. The letters, the answer labels and the
review hint are the shipped ones (translations/es.yaml, ru.yaml), put over
the tui fixture (tests/fixtures/tui), so the test follows the catalogs.
Each case answers every item of `screen labour` with the language's
letters and the digits 1-4 in a known order, then reads the answers back
on the review: a key that did nothing, or answered something else, moves
every later answer and shows there.
"""
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tui_test  # noqa: E402
from tui_test import BIN, SRC, Fail, Tmux, absent, expect_in  # noqa: E402

SHIPPED = ("ui.tui.keys.", "ui.tui.answer.", "ui.tui.review.hint")
ITEMS = ["DANGER-SIGN", "CHILD-SIGN", "INJURY-SIGN", "DECEIVED-SIGN", "RDEBT-SIGN",
         "NOPAY-SIGN", "HOURS-SIGN", "DOCS-SIGN", "THREAT-SIGN", "TPOLICE-SIGN"]
ANSWERS = ["yes", "no", "unknown", "not-asked"]


def shipped(lang):
    """The shipped strings of lang this test relies on: {key: text}."""
    out = {}
    with open(os.path.join(SRC, "translations", lang + ".yaml"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("source_hashes:"):
                break  # the hashes name the same keys
            m = re.match(r'^  ([\w.-]+): "?(.*?)"?\n$', line)
            if m and m[1].startswith(SHIPPED):
                out[m[1]] = m[2]
    for a in ANSWERS:
        if "ui.tui.keys." + a not in out or "ui.tui.answer." + a not in out:
            raise Fail("%s.yaml has no ui.tui.keys.%s or ui.tui.answer.%s" % (lang, a, a))
    return out


def add_strings(path, strings, head=None):
    """Adds strings to the fixture catalog at path (a new one under head),
    leaving the keys it has."""
    text = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
    else:
        text = head + "strings:\n"
    for k, v in strings.items():
        if "\n  %s:" % k not in text:
            text += '  %s: "%s"\n' % (k, v)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def send(tm, key):
    """A key as typed: literal, so a Cyrillic letter reaches get_wch()."""
    if len(key) == 1:
        tm.tmux("send-keys", "-t", "t", "-l", key)
    else:
        tm.keys(key)


def wait_re(tm, pattern):
    """Polls the screen until pattern matches a line, as wait_for."""
    end = time.time() + tui_test.TIMEOUT
    while True:
        screen = tm.capture()
        if re.search(pattern, screen, re.M):
            return screen
        if time.time() > end:
            raise Fail("timed out waiting for /%s/; screen:\n%s" % (pattern, screen))
        time.sleep(0.05)


def interview(tm, s, start_keys):
    """Answers the ten items with the worker's letters and the digits,
    checks the hint row, the review and its hint, and the help."""
    letter = {a: s["ui.tui.keys." + a] for a in ANSWERS}
    label = {a: s["ui.tui.answer." + a] for a in ANSWERS}
    for wait, key in start_keys:
        tm.wait_for(*wait)
        tm.keys(key)
    screen = tm.wait_for(ITEMS[0], "Item 1 of")
    # The hint row names the letters of the worker's language.
    for a in ANSWERS:
        if not re.search(r"(^|\s)%s %s(\s|$)" % (re.escape(letter[a]), re.escape(label[a])),
                         screen, re.M):
            raise Fail("the hint row does not show %r %r:\n%s" % (letter[a], label[a], screen))
    # English y is no answer here (unless it is this language's letter):
    # had it answered, every answer below would be one item off.
    keys = ([] if "y" in letter.values() else ["y"]) + [letter["yes"]]
    plan = [(keys, "yes"), ([letter["no"]], "no"), ([letter["unknown"]], "unknown"),
            ([letter["not-asked"]], "not-asked"), (["1"], "yes"), (["2"], "no"),
            (["3"], "unknown"), (["4"], "not-asked"), ([letter["yes"]], "yes"),
            ([letter["no"]], "no")]
    for i, (ks, _) in enumerate(plan):
        tm.wait_for(ITEMS[i], "Item %d of" % (i + 1))
        for k in ks:
            send(tm, k)
    screen = tm.wait_for("Review the answers", ITEMS[-1])
    hint = s["ui.tui.review.hint"].replace(
        "{letters}", " ".join(letter[a] for a in ANSWERS))
    expect_in(screen, hint)
    for item, (_, a) in zip(ITEMS, plan):
        if not re.search(r"(^|\s)%s +%s" % (re.escape(label[a]), item), screen, re.M):
            raise Fail("review: %s is not %r:\n%s" % (item, label[a], screen))
    # Changed in place with the language's letter: the first item.
    send(tm, letter["no"])
    wait_re(tm, r"(^|\s)%s +%s" % (re.escape(label["no"]), ITEMS[0]))
    # Help lists each letter with its digit.
    tm.keys("?")
    screen = tm.wait_for("Keys on this screen")
    for n, a in enumerate(ANSWERS, 1):
        if not re.search(r"%s, %d +%s" % (re.escape(letter[a]), n, re.escape(label[a])), screen):
            raise Fail("help does not show %r, %d %r:\n%s" % (letter[a], n, label[a], screen))
    tm.keys("Escape")
    tm.wait_for("Review the answers")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_spanish(tm, data):
    s = shipped("es")
    add_strings(os.path.join(data, "translations", "es.yaml"), s,
                "schema: 1\nlanguage: es\nname: Español\nenglish_name: Spanish\n"
                "status: draft\n")
    tm.start([BIN, "screen", "labour", "--content", data, "--lang", "es", "--ask-lang", "es",
              "--region", "international"])
    interview(tm, s, [(["CONSENT-INTRO"], "Enter")])


def case_russian(tm, data):
    s = shipped("ru")
    add_strings(os.path.join(data, "translations", "ru.yaml"), s)
    tm.start([BIN, "screen", "labour", "--content", data, "--lang", "ru",
              "--region", "international"])
    interview(tm, s, [(["The language of the person", "> Русский (ru)"], "Enter"),
                      (["СОГЛАСИЕ"], "Enter")])


def case_english_name(tm, data):
    """The English interface names the person's language in English."""
    add_strings(os.path.join(data, "translations", "es.yaml"),
                {"safety.danger.ask": "PELIGRO ¿Está usted en peligro ahora?"},
                "schema: 1\nlanguage: es\nname: Español\nenglish_name: Spanish\n"
                "status: draft\n")
    tm.start([BIN, "screen", "labour", "--content", data, "--lang", "en", "--ask-lang", "es",
              "--region", "international"])
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    screen = tm.wait_for("DANGER-SIGN", "In Spanish", "PELIGRO")
    absent(screen, ["In Español"], "in the English interface")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


CASES = {"spanish": case_spanish, "russian": case_russian, "english_name": case_english_name}

if __name__ == "__main__":
    tui_test.CASES = CASES
    tui_test.Tmux = lambda tmp, name: Tmux(tmp, name, 100, 40)
    sys.exit(tui_test.main())
