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
    # The form (issue 15.1): the first page, then a table per section.
    first = text.split("\f")[0]
    for what in ["Safety and needs (version 1.0)\n", "Work & pay <fixture> (version 2.1)\n",
                 "Do not write the person's name",
                 "Read out first: \"I would like to ask you some questions",
                 "Date: ____", "Strength: S strong, M medium, W weak",
                 "* The strength is our own judgement"]:
        expect(what in first, "form, first page holds %r" % what)
    expect(0 <= text.find("1   The person is in danger right now.") <
           text.find("2   The job turned out to be different"),
           "form: the safety checklist first, rows numbered across checklists")
    for what in ["No. Recruitment ----------------------------------------------- Str. yes no  ?\n",
                 "3   The pay is much lower than promised.                        M*   [ ] [ ] [ ]\n",
                 "4   A recruiter charged a fee.                                  W    [ ] [ ] [ ]\n",
                 "7   The person is locked in at night.                           M    [ ] [ ] [ ]\n"
                 "    Ask only if 6 is ticked yes or no.\n"]:
        expect(what in text, "form holds %r" % what)
    for what in ["Read out: Say who you are", "Item: work.false-job", "Guidance",
                 "Is this the work you were promised?"]:
        expect(what not in text, "form leaves %r to the guide" % what)
    # The tally sheet (issue 15.2), on its own page.
    tally = text[text.find("\fTally sheet"):]
    # One line per element: its rows, the counting boxes, the fewest
    # answers it needs ("-": never undecided), positive, undecided.
    for what in ["A. Deceptive recruitment                   2-4   [ ] [ ] [ ] [ ]  2    [ ]  [ ]\n",
                 "B. Exploitation                            5, 7  [ ] [ ] [ ] -    -    [ ]  -\n",
                 "Element A is positive when", "2   -   -   or\n1   1   -   or\n-   2   1\n",
                 "1   Immediate danger (level: urgent)",
                 "    When: 1 is ticked yes\n    Contact: Emergency services: 112\n",
                 "When: A is positive and B is positive and 1 is not ticked yes",
                 "Contact: Trafficking hotline: +00 000 000; Shelter",
                 "When: A is undecided or not (2 is ticked yes or no",
                 "row 2 does not apply", "is the highest of the rows that apply",
                 "If no outcome matches"]:
        expect(what in tally, "tally sheet holds %r" % what)
    rc, text, err = run("work", "--region", "testland")
    expect("Contact: Testland hotline: 0800 000" in text and
           "Contact: Emergency services: 112" in text,
           "form: region contacts in the decision table, falling back to international")
    # The guide (issue 15.3): the long layout, what the form leaves out.
    rc, text, err = run("work", "--guide")
    expect(rc == 0, "print --guide work: exit 0 (%s)" % err.strip())
    expect(0 <= text.find("Before you start") < text.find("Work & pay <fixture>"),
           "guide: safety checklist with its consent text printed first")
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
        expect(what in text, "guide holds %r" % what)
    rc, text, err = run("work", "--guide", "--region", "testland")
    expect("Testland (contacts taken from a public source on 2024-06-30" in text and
           "Testland hotline: 0800 000" in text and "Legal aid: 0800 111" in text and
           "Emergency services: 112" in text,
           "guide: region contacts, falling back to international")
    rc, text, err = run("work", "--guide", "--ask-lang", "ru")
    expect("Ask (English): Is this the work you were promised?" in text and
           "Ask the person in their language (Русский): Это та работа" in text,
           "guide: both languages, the person's labelled")
    rc, text, err = run("work", "--ask-lang", "ru")
    expect("2   The job turned out to be different from the one promised.   S    [ ] [ ] [ ]\n"
           "    Это та работа, которую вам обещали?" in text,
           "form: the person's question under the sign")
    first = text.split("\f")[0]
    expect("Русский translation is a draft" in first and "Машинный перевод" not in text,
           "form: draft translation flagged on the first page, briefly (the note in the guide)")
    rc, guide, err = run("work", "--guide", "--ask-lang", "ru")
    expect("Машинный перевод" in guide, "guide: the draft translation's note")
    rc, html, err = run("work", "--ask-lang", "ar", "--format", "html")
    expect('<span lang="ar" dir="rtl">هل هذا هو العمل' in html, "html: rtl question")
    rows = re.findall(r'<tr><td>(\d+)</td><td>.*?</tr>', html)
    boxes = [r.count('<td class="tick"><span class="box"></span></td>')
             for r in re.findall(r'<tr><td>\d+</td><td>(?:(?!</tr>).)*</tr>', html)]
    expect(rows[:7] == [str(n) for n in range(1, 8)] and boxes[:7] == [3] * 7,
           "html: a table row with three boxes for each of 7 items")
    expect("<h1>Tally sheet</h1>" in html and "Possible trafficking (level: refer)" in html,
           "html: the tally sheet and decision table")
    expect("@page" in html and "page-break-inside:avoid" in html, "html: print stylesheet")
    # In a browser's print the boxes stand in their columns (a rule for
    # the cell's class would move them) and the tally sheet is a part of
    # its own, which begins a new page.
    expect(re.search(r"^span\.box\{display:inline-block", html, re.M) and
           not re.search(r"^\.box\{", html, re.M) and
           re.search(r"^\.part\{[^}]*break-before:page", html, re.M) and
           '<section class="part">\n<h1>Tally sheet</h1>' in html,
           "html: boxes in their columns, the tally sheet on a new page")
    expect(not re.search(r"<script|src=|href=|url\(", html), "html: no scripts or resources")
    expect("Work &amp; pay &lt;fixture&gt;" in html, "html: escaped")
    rc, html, err = run("work", "--guide", "--format", "html")
    expect(html.count('type="checkbox"') == 4 * 7, "html guide: four boxes for each of 7 items")
    rc, md, err = run("work", "--format", "markdown")
    expect("| No. | Recruitment | Str. | yes | no | ? |\n| --- | --- | --- | --- | --- | --- |\n"
           "| 2 | The job turned out to be different from the one promised. | S | ☐ | ☐ | ☐ |" in md
           and "| 3 | The pay is much lower than promised. | M\\* | ☐ | ☐ | ☐ |" in md
           and "## Work \\& pay \\<fixture\\> (version 2.1)" in md,
           "markdown: a pipe table per section, escaped")
    rc, md, err = run("work", "--guide", "--format", "markdown")
    expect("- [ ] yes" in md and "# Work \\& pay \\<fixture\\>" in md, "markdown guide: boxes, escaped")
    # Shipped content: a row per item in short words, several elements
    # tested alike read as one phrase in the decision table.
    rc, text, err = run("labour-adult", data=SRC)
    words = " ".join(text.split())
    expect(rc == 0 and "9   Job, place or employer not" in text and
           "any of A, B, C is positive" in words and
           "none of A, B, C, D, E, F is undecided" in words,
           "shipped form: short words, elements joined in the decision table")
    # Every checklist on one form: an element's rows are long lists, which
    # go under its name rather than break inside a number. The form feed
    # ends a page's 66th line: a newline there would take a printer to a
    # new sheet, which the feed would eject blank (lp on Letter).
    rc, text, err = run("--all", data=SRC)
    tally = text[text.index("Step 1. Elements"):text.index("Step 2.")]
    pages = text.split("\f")
    expect(rc == 0 and re.search(r"Rows \d+(-\d+)?, \d+(-\d+)?, ", tally) and
           not re.search(r"^ {20,}\d*-?\d*,?$", tally, re.M) and
           max(p.count("\n") for p in pages[:-1]) < 66 and
           max(len(p.split("\n")) for p in pages) == 66,
           "print --all: row lists under the element, whole numbers; no blank sheet")
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
