#!/usr/bin/env python3
"""tipcheck print end to end: usage errors, and the forms printed from the
fixture content (tests/fixtures/print): what every format must hold, and
the layout checks of tests/data/layout on the fixture."""
import os
import re
import subprocess
import sys

TIPCHECK = os.environ["TIPCHECK"]
SRC = os.environ["TIPCHECK_SRC"]
FIXTURE = os.path.join(SRC, "tests", "fixtures", "print")
bad = []


def run(*args, data=FIXTURE):
    p = subprocess.run([TIPCHECK, "print", "--content", data] + list(args), capture_output=True)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def expect(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        bad.append(msg)


def usage_errors():
    for args, says in [
        ([], "expected one or more checklist ids, or --all"),
        (["work", "--all"], "not both"),
        (["work", "--format", "pdf"], "--format: expected text, markdown or html"),
        (["work", "--width", "39"], "--width: expected a number of columns from 40"),
        (["work", "--width", "80x"], "--width: expected"),
        (["work", "--page-length", "5"], "--page-length: expected 0 (no pages)"),
        (["work", "--page-length", "-1"], "--page-length: expected"),
        (["work", "--bogus"], "Try 'tipcheck print --help'"),
        (["no-such-list"], "no checklist 'no-such-list'"),
        (["work", "--lang", "xx"], "no translation 'xx'"),
        (["work", "--region", "atlantis"], "no referral directory 'atlantis'"),
    ]:
        rc, out, err = run(*args)
        expect(rc == 2 and says in err and out == "",
               "usage error %s: exit %d, says %r" % (args, rc, says))
    rc, out, err = run("--help")
    expect(rc == 0 and "--page-length" in out, "--help")


def contents():
    rc, text, err = run("work")
    expect(rc == 0, "print work: exit 0 (%s)" % err.strip())
    # The first checklist (consent text) comes before the chosen one.
    expect(0 <= text.find("Before you start") < text.find("Work & pay <fixture>"),
           "safety checklist with its consent text printed first")
    for what in ["Version 2.1", "Fixture indicators for tests, tipcheck tests, 2024",
                 "One item on this form has a weight that is our own judgement",
                 "Strength: medium (our judgement)",
                 "Read out: Say who you are",
                 "[ ] yes  [ ] no  [ ] don't know  [ ] not asked",
                 "Do not write the person's name",
                 "Ask only if",
                 "How to score by hand: Fixture rule",
                 "- 1 strong and 1 medium", "- 2 medium and 1 weak",
                 "fewer than 2 of its items were answered",
                 "1. Immediate danger (level: urgent)",
                 "none of these:",
                 "Deceptive recruitment is undecided",
                 "the highest level wins",
                 "Refer to: Trafficking hotline; Shelter",
                 "International (any country) (contacts taken from a public source on 2024-05-01,\nnot confirmed with the operator)",
                 "Confirm every contact locally",
                 "Shelter: No contact known",
                 "Help without the police",
                 "Explain especially when: Exploitation is positive",
                 "Item: work.false-job"]:
        expect(what in text, "text form holds %r" % what)
    rc, text, err = run("work", "--region", "testland")
    expect("Testland (contacts taken from a public source on 2024-06-30" in text and
           "Testland hotline: 0800 000" in text and "Legal aid: 0800 111" in text and
           "Emergency services: 112" in text,
           "region contacts, falling back to international")
    rc, text, err = run("work", "--ask-lang", "ru")
    expect("Ask (English): Is this the work you were promised?" in text and
           "Ask the person in their language (Русский): Это та работа" in text,
           "both languages, the person's labelled")
    expect("Русский translation is a draft" in text and "Машинный перевод" in text,
           "draft translation flagged with its note")
    rc, html, err = run("work", "--ask-lang", "ar", "--format", "html")
    expect('<span lang="ar" dir="rtl">هل هذا هو العمل' in html, "html: rtl question")
    expect(html.count('type="checkbox"') == 4 * 7, "html: four boxes for each of 7 items")
    expect("@page" in html and "page-break-inside:avoid" in html, "html: print stylesheet")
    expect(not re.search(r"<script|src=|href=|url\(", html), "html: no scripts or resources")
    expect("Work &amp; pay &lt;fixture&gt;" in html, "html: escaped")
    rc, md, err = run("work", "--format", "markdown")
    expect("- [ ] yes" in md and "# Work \\& pay \\<fixture\\>" in md, "markdown: boxes, escaped")
    rc, text, err = run("work", "--page-length", "0")
    expect("\f" not in text and "page 1 of" not in text, "--page-length 0: no pages")


def layout():
    p = subprocess.run([sys.executable, os.path.join(SRC, "tests", "data", "layout",
                                                     "check_layout.py"), FIXTURE])
    expect(p.returncode == 0, "layout checks on the fixture")


usage_errors()
contents()
layout()
print("%d failure(s)" % len(bad))
sys.exit(1 if bad else 0)
