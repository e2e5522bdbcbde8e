#!/usr/bin/env python3
"""End-to-end tests of the full-screen interview: the real binary in tmux.

Usage: tui_test.py CASE. Each case starts its own tmux server (a unique
socket), drives the interview with send-keys, polls capture-pane until the
expected text appears (never fixed sleeps), and kills the server at the
end. The fixture content (tests/fixtures/tui) is assembled with the
shipped translations/en.yaml into a temporary data directory.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import colours  # noqa: E402

BIN = os.environ.get("TIPCHECK", "build/tipcheck")
SRC = os.environ.get("TIPCHECK_SRC", ".")
TIMEOUT = float(os.environ.get("TUI_TIMEOUT", "20"))

# Worker-only text of the fixture: must never be on the person's screen,
# nor on the terminal after a quick exit.
WORKER_ONLY = ["DANGER-SIGN", "CHILD-SIGN", "Safety and needs", "Item ",
               "Sign:", "Suggested question", "Sign present:", "Quick exit"]
INTERVIEW_TEXT = ["CONSENT-INTRO", "DANGER-SIGN", "DANGER-ASK", "CHILD-SIGN",
                  "DECEIVED", "Sign present:", "Yes", "Safety first", "Item "]


class Fail(Exception):
    pass


def make_data(tmp):
    """The fixture with the shipped English interface strings."""
    data = os.path.join(tmp, "data")
    fixture = os.path.join(SRC, "tests", "fixtures", "tui")
    shutil.copytree(os.path.join(fixture, "indicators"), os.path.join(data, "indicators"))
    shutil.copytree(os.path.join(fixture, "translations"), os.path.join(data, "translations"))
    shutil.copy(os.path.join(SRC, "translations", "en.yaml"),
                os.path.join(data, "translations", "en.yaml"))
    return data


# Safety interrupts for the alert cases: a "safe to talk" item after the
# danger item, an emergency alert on danger and a discreet one when it is
# not safe to talk; Testland's hotline is a police line.
SAFE_ITEM = """      - id: safe-to-talk
        strength: none
        sign: SAFE-SIGN It is safe to talk here.
        ask: SAFE-ASK Is this a good place to talk?
        person_ask: SAFE-PERSON Is it safe for you to talk here?
        guidance: No is the worrying answer.
        source: fixture-src
"""
ALERTS = """alerts:
  - id: danger-now
    kind: emergency
    when: { item: safety.danger }
    title: DANGER-ALERT Act now
    text: ACT-TEXT Call the emergency number and get everyone to safety.
    refer: [emergency]
  - id: close-quietly
    kind: discreet
    when:
      all:
        - answered: safety.safe-to-talk
        - not: { item: safety.safe-to-talk }
    title: QUIET-ALERT Not safe to talk
    text: QUIET-TEXT End in a neutral way and give a number to call later.
    refer: [hotline]
"""
ALERT_TEXT = ["DANGER-ALERT", "ACT-TEXT", "QUIET-ALERT", "QUIET-TEXT", "112",
              "result now", "Continue the interview"]


def add_alerts(data):
    """The fixture with the safety interrupts above."""
    ind = os.path.join(data, "indicators")
    path = os.path.join(ind, "checklists", "safety.yaml")
    with open(path) as f:
        text = f.read()
    with open(path, "w") as f:
        f.write(text.replace("      - id: may-be-child\n", SAFE_ITEM + "      - id: may-be-child\n"))
    with open(os.path.join(ind, "rules", "fixture.yaml"), "a") as f:
        f.write(ALERTS)
    path = os.path.join(ind, "referrals", "international.yaml")
    with open(path) as f:
        text = f.read()
    text = text.replace('    contact: "112"\n', '    contact: "112"\n    source: https://example.org/112\n')
    with open(path, "w") as f:
        f.write(text + '  - id: hotline\n    name: HOTLINE-SERVICE Hotline\n    contact: ""\n')
    with open(os.path.join(ind, "referrals", "testland.yaml"), "a") as f:
        f.write('  - id: hotline\n    name: POLICE-LINE Testland line\n    contact: "+99 777"\n'
                '    police: true\n')
    return data


class Tmux:
    def __init__(self, tmp, name, width=80, height=24):
        self.tmp = tmp
        self.sock = "tipcheck-tui-%d-%s" % (os.getpid(), name)
        self.width, self.height = width, height
        self.conf = os.path.join(tmp, "tmux.conf")
        with open(self.conf, "w") as f:
            f.write("set -g default-terminal tmux-256color\n"
                    "set -g history-limit 2000\n"
                    "set -g status off\n")

    def tmux(self, *args, check=True):
        r = subprocess.run(["tmux", "-L", self.sock, "-f", self.conf] + list(args),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, timeout=30)
        if check and r.returncode != 0:
            raise Fail("tmux %s: %s" % (" ".join(args), r.stderr.strip()))
        return r.stdout

    def start(self, argv, env=None, cwd=None, wrap=None):
        """Runs argv in a shell in the pane; the shell prints the exit
        status and stays, so the pane shows what is left afterwards."""
        e = {"LC_ALL": "C.UTF-8", "TERM": "tmux-256color", "HOME": os.environ.get("HOME", "/tmp"),
             "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if k in os.environ:
                e[k] = os.environ[k]
        e.update(env or {})
        cmd = " ".join(sh_quote(a) for a in (wrap or []) + argv)
        envs = " ".join("%s=%s" % (k, sh_quote(v)) for k, v in e.items() if v is not None)
        unset = " ".join("-u %s" % k for k, v in e.items() if v is None)
        line = "cd %s && env -i %s %s %s; echo TIPCHECK-EXIT=$?; exec sleep 600" % (
            sh_quote(cwd or self.tmp), unset, envs, cmd)
        self.tmux("new-session", "-d", "-s", "t", "-x", str(self.width),
                  "-y", str(self.height), "sh", "-c", line)

    def capture(self, escapes=False, history=False):
        args = ["capture-pane", "-p", "-t", "t"]
        if escapes:
            args.append("-e")
        if history:
            args += ["-S", "-"]
        return self.tmux(*args)

    def wait_for(self, *texts, timeout=TIMEOUT):
        """The screen once it shows every text and two captures 50 ms
        apart agree: a slow build (ASan) can be caught mid-draw, the
        question written but not yet the key bar."""
        end = time.time() + timeout
        last = None
        while True:
            screen = self.capture()
            if all(t in screen for t in texts):
                if screen == last:
                    return screen
                last = screen
            else:
                last = None
            if time.time() > end:
                raise Fail("timed out waiting for %r; screen:\n%s" % (texts, screen))
            time.sleep(0.05)

    def wait_gone(self, text, timeout=TIMEOUT):
        end = time.time() + timeout
        while True:
            screen = self.capture()
            if text not in screen:
                return screen
            if time.time() > end:
                raise Fail("timed out waiting for %r to go; screen:\n%s" % (text, screen))
            time.sleep(0.05)

    def keys(self, *keys):
        for k in keys:
            self.tmux("send-keys", "-t", "t", k)

    def resize(self, width, height):
        self.tmux("resize-window", "-t", "t", "-x", str(width), "-y", str(height))

    def kill(self):
        self.tmux("kill-server", check=False)


def sh_quote(s):
    return "'" + str(s).replace("'", "'\\''") + "'"


def absent(screen, texts, what):
    for t in texts:
        if t in screen:
            raise Fail("%r shown %s:\n%s" % (t, what, screen))


def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


FIXED = ["--lang", "en", "--ask-lang", "en", "--region", "international"]


def answer(tm, wait, key):
    """Waits for text of a step, then presses an answer key."""
    tm.wait_for(wait)
    tm.keys(key)


def to_person(tm, consent="CONSENT-INTRO"):
    """Turns the screen to the person: the consent comes first, once an
    interview; the person agrees to talk."""
    tm.keys("p")
    tm.wait_for(consent)
    tm.keys("1")


def read_all(tm, down="NPage", top="Home"):
    """Scrolls a screen from the top to the end; returns all text seen."""
    tm.keys(top)
    seen = [tm.capture()]
    for _ in range(40):
        before = seen[-1]
        tm.keys(down)
        end = time.time() + 2
        while tm.capture() == before and time.time() < end:
            time.sleep(0.05)
        now = tm.capture()
        if now == before:
            break
        seen.append(now)
    return "\n".join(seen)


def expect_in(text, *wanted):
    for w in wanted:
        if w not in text:
            raise Fail("%r not shown in:\n%s" % (w, text))


def finish_to_result(tm):
    tm.wait_for("Review the answers")
    tm.keys("f")
    return tm.wait_for("Result")


# --- cases --------------------------------------------------------------

def case_adult_refer(tm, data):
    """The whole start screen, then an adult labour case that reaches refer."""
    tm.start([BIN, "--content", data])
    tm.wait_for("Your language", "English (en)", "Русский (ru)")
    tm.keys("Enter")
    tm.wait_for("The language of the person")
    tm.keys("Enter")
    tm.wait_for("Region (referral directory)", "Testland")
    tm.keys("Down", "Enter")
    s = tm.wait_for("The person is", "An adult")
    tm.keys("Enter")
    s = tm.wait_for("The form of exploitation", "General screening", "Labour exploitation")
    absent(s, ["Children at work"], "for an adult")
    tm.keys("Down")
    tm.wait_for("LABOUR-DESC")
    tm.keys("Enter")
    s = tm.wait_for("CONSENT-INTRO", "Read out to the person")
    tm.keys("Enter")
    s = tm.wait_for("DANGER-SIGN", "DANGER-ASK", "Item 1 of", "Safety and needs")
    tm.keys("n")
    answer(tm, "CHILD-SIGN", "n")
    answer(tm, "INJURY-SIGN", "n")
    for sign in ["DECEIVED-SIGN", "RDEBT-SIGN", "NOPAY-SIGN", "HOURS-SIGN",
                 "DOCS-SIGN", "THREAT-SIGN", "TPOLICE-SIGN"]:
        answer(tm, sign, "y")
    s = finish_to_result(tm)
    tm.wait_for("[!] Refer", "ADULT-ACTION", "TESTLAND-NRM", "+99 123 4567",
                "recommendation, not an identification")
    advice = read_all(tm)
    expect_in(advice, "NGO-SERVICE Support organisation: no contact known",
              "How to find it: NGO-FIND", "RIGHTS-NOTICE", "Next steps",
              "COERCION-ELEMENT Coercion: positive", "DOCS-SIGN", "Press w for why")
    # The trace and the sources are one key away, not in the advice.
    absent(advice, ["Source:", "Our judgement", "REFER-EXPLAIN"], "in the advice")
    tm.keys("w")
    s = tm.wait_for("Why: the rules that matched", "ADULT-OUTCOME", "REFER-EXPLAIN",
                    "COERCION-ELEMENT Coercion is positive")
    absent(s, ["ADULT-ACTION"], "in the rule trace")
    tm.keys("o")
    tm.wait_for("Sources and notes", "Source: Test fixture source")
    expect_in(read_all(tm), "Our judgement: Our own threshold for the fixture.")
    tm.keys("Escape")
    tm.wait_for("ADULT-ACTION", "Whom to contact")
    tm.keys("q")
    s = tm.wait_for("TIPCHECK-EXIT=0")
    absent(s, INTERVIEW_TEXT, "after quitting")


def case_child(tm, data):
    tm.start([BIN, "--content", data] + FIXED)
    tm.wait_for("The person is")
    tm.keys("Down", "Enter")
    s = tm.wait_for("Children at work", "General screening")
    absent(s, ["Labour exploitation"], "for a child")
    tm.keys("Enter")
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "n")
    # Preset by the situation: already "yes"; forward keeps it.
    tm.wait_for("CHILD-SIGN", "Sign present: Yes")
    tm.keys("Right")
    tm.wait_for("INJURY-SIGN")
    tm.keys("Right")
    answer(tm, "CWORK-SIGN", "y")
    answer(tm, "CSCHOOL-SIGN", "y")
    finish_to_result(tm)
    tm.wait_for("[!] Refer", "CHILD-ACTION", "CHILDSVC-SERVICE Child protection: 116 111")
    tm.keys("w")
    tm.wait_for("CHILDPROT-OUTCOME", "Answered yes: CHILD-SIGN")
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_not_sure(tm, data):
    """Not sure of the age is treated as a child."""
    tm.start([BIN, "--content", data] + FIXED)
    tm.wait_for("The person is")
    tm.keys("Down", "Down", "Enter")
    s = tm.wait_for("Children at work")
    absent(s, ["Labour exploitation"], "when not sure of the age")
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_urgent(tm, data):
    printed = os.path.join(tm.tmp, "printed.txt")
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED,
             env={"TIPCHECK_PRINTER": "cat > " + sh_quote(printed)})
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "y")
    tm.wait_for("CHILD-SIGN")
    tm.keys("r")
    finish_to_result(tm)
    tm.wait_for("[!!] Urgent: act now", "URGENT-ACTION", "EMERG-SERVICE Emergency services: 112")
    tm.keys("w")
    tm.wait_for("URGENT-OUTCOME", "Answered yes: DANGER-SIGN")
    tm.keys("w")
    tm.wait_for("URGENT-ACTION")
    # Save (an explicit action, with the file name typed in a prompt),
    # then print through $TIPCHECK_PRINTER.
    saved = os.path.join(tm.tmp, "summary.txt")
    tm.keys("S")
    tm.wait_for("Save the summary to")
    tm.tmux("send-keys", "-t", "t", "-l", saved)
    tm.keys("Enter")
    tm.wait_for("Done.")
    with open(saved) as f:
        text = f.read()
    expect_in(text, "URGENT-OUTCOME")
    tm.keys("S")
    tm.tmux("send-keys", "-t", "t", "-l", saved)
    tm.keys("Enter")
    tm.wait_for("exists already")
    # P asks first, naming the printer command; another key cancels.
    tm.keys("Escape", "P")
    tm.wait_for("Print the summary with: ")
    tm.keys("j")
    tm.wait_gone("Print the summary with")
    if os.path.exists(os.path.join(tm.tmp, "printed.txt")):
        raise Fail("printed without a second P")
    tm.keys("P")
    tm.wait_for("Print the summary with: ")
    tm.keys("P")
    tm.wait_for("Done.")
    with open(os.path.join(tm.tmp, "printed.txt")) as f:
        expect_in(f.read(), "URGENT-OUTCOME")
    tm.keys("n")
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    s = tm.wait_for("DANGER-SIGN")
    if "Sign present: Not asked" not in s:
        raise Fail("a new interview kept an answer:\n" + s)
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def first_screen(tm, data, width, height):
    """The first screen of a result holds how urgent, what to do now and
    whom to contact (for an urgent result the emergency contact first),
    without scrolling, at this size."""
    tm.width, tm.height = width, height
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "n")
    answer(tm, "CHILD-SIGN", "n")
    answer(tm, "INJURY-SIGN", "n")
    for sign in ["DECEIVED-SIGN", "RDEBT-SIGN", "NOPAY-SIGN", "HOURS-SIGN",
                 "DOCS-SIGN", "THREAT-SIGN", "TPOLICE-SIGN"]:
        answer(tm, sign, "y")
    finish_to_result(tm)
    s = tm.wait_for("[!] Refer", "ADULT-ACTION", "NRM-SERVICE National referral mechanism: "
                    "+00 000 0000")
    check_fits(s, width)
    if not s.index("[!] Refer") < s.index("ADULT-ACTION") < s.index("NRM-SERVICE"):
        raise Fail("not level, action, contact in this order:\n" + s)
    # A new interview, urgent this time: the emergency contact first.
    tm.keys("n")
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "y")
    tm.wait_for("CHILD-SIGN")
    tm.keys("r")
    finish_to_result(tm)
    s = tm.wait_for("[!!] Urgent", "URGENT-ACTION", "EMERG-SERVICE Emergency services: 112")
    check_fits(s, width)
    first = [l for l in s[s.index("Whom to contact"):].splitlines() if l.strip().startswith("- ")]
    if not first or "EMERG-SERVICE" not in first[0]:
        raise Fail("the emergency contact is not first:\n" + s)
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_first_screen_60x20(tm, data):
    first_screen(tm, data, 60, 20)


def case_first_screen_80x24(tm, data):
    first_screen(tm, data, 80, 24)


def case_first_screen_200x60(tm, data):
    first_screen(tm, data, 200, 60)


def case_back_review(tm, data):
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "n")
    tm.wait_for("CHILD-SIGN")
    tm.keys("b")
    tm.wait_for("DANGER-SIGN", "Sign present: No")
    tm.keys("y")
    tm.wait_for("CHILD-SIGN")
    tm.keys("j")
    tm.wait_for("Jump to a section", "Coercion")
    tm.keys("End", "Enter")
    tm.wait_for("DOCS-SIGN")
    tm.keys("y")
    tm.wait_for("THREAT-SIGN")
    tm.keys("r")
    s = tm.wait_for("Review the answers", "DANGER-SIGN")
    if not re.search(r"Yes +DANGER-SIGN", s):
        raise Fail("review does not show danger = yes:\n" + s)
    # Change the first answer in place, then go to another item and back.
    tm.keys("n")
    s = tm.wait_for("Review the answers")
    tm.wait_for("No")
    if not re.search(r"No +DANGER-SIGN", tm.capture()):
        raise Fail("changing an answer in review did not show:\n" + tm.capture())
    tm.keys("Down", "Down", "Down", "Enter")
    tm.wait_for("DECEIVED-SIGN", "Sign present: Not asked")
    tm.keys("y")
    s = tm.wait_for("Review the answers")
    if not re.search(r"Yes +DECEIVED-SIGN", tm.capture()):
        raise Fail("an answer given from review did not show:\n" + tm.capture())
    # Back to the questions: the step shown last.
    tm.keys("b")
    tm.wait_for("DECEIVED-SIGN", "Sign present: Yes")
    tm.keys("r")
    finish_to_result(tm)
    tm.wait_for("[i] Inform")
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_person(tm, data):
    tm.start([BIN, "screen", "labour", "--content", data, "--lang", "en",
              "--ask-lang", "ru", "--region", "international"])
    tm.wait_for("CONSENT-INTRO", "In Русский", "СОГЛАСИЕ")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN", "ОПАСНОСТЬ")
    to_person(tm, "СОГЛАСИЕ")
    # The person sees the closed question (yes = the sign), not the
    # worker's open one.
    s = tm.wait_for("ОПАСНОСТЬ Вам сейчас грозит опасность?", "Да", "Нет",
                    "Предпочитаю не отвечать")
    absent(s, WORKER_ONLY + ["DANGER-ASK", "DANGER-PERSON", "Вы сейчас в безопасности",
                             "Labour", "Review"], "in person mode")
    tm.keys("1")
    s = tm.wait_for("Вам меньше 18 лет?")
    absent(s, WORKER_ONLY, "in person mode")
    tm.keys("3")
    # The injuries item has nothing to ask: skipped.
    s = tm.wait_for("ОБМАН")
    absent(s, WORKER_ONLY + ["INJURY"], "in person mode")
    tm.keys("Enter")
    tm.wait_for("DECEIVED-SIGN", "Sign present:", "Item ")
    tm.keys("r")
    s = tm.wait_for("Review the answers")
    if not re.search(r"Yes +DANGER-SIGN", s) or not re.search(r"Don't know +CHILD-SIGN", s):
        raise Fail("person-mode answers not recorded:\n" + s)
    tm.keys("Escape")
    tm.wait_for("DECEIVED-SIGN")
    # Once agreed, the consent is not asked again.
    tm.keys("p")
    tm.wait_for("ОБМАН")
    # Quick exit with the function key, from the person's screen.
    tm.keys("F10")
    s = tm.wait_for("TIPCHECK-EXIT=0")
    absent(s, ["ОБМАН", "Да"] + INTERVIEW_TEXT, "after a quick exit")


def case_quick_exit(tm, data):
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "n")
    answer(tm, "CHILD-SIGN", "n")
    tm.wait_for("INJURY-SIGN")
    tm.keys("g")
    tm.wait_for("Observe only.")
    tm.keys("C-x")
    s = tm.wait_for("TIPCHECK-EXIT=0")
    absent(s, INTERVIEW_TEXT + ["Observe only"], "after a quick exit")
    absent(tm.capture(history=True), INTERVIEW_TEXT, "in the scrollback after a quick exit")


def case_resize(tm, data):
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN", "Item 1 of")
    tm.resize(60, 20)
    s = tm.wait_for("DANGER-SIGN", "Sign present:", "Help")
    check_fits(s, 60)
    tm.resize(200, 60)
    s = tm.wait_for("DANGER-SIGN", "Item 1 of")
    tm.resize(40, 10)
    s = tm.wait_for("too small", "60x20")
    absent(s, ["DANGER-SIGN"], "on a terminal that is too small")
    tm.keys("y")     # ignored while too small
    tm.resize(80, 24)
    s = tm.wait_for("DANGER-SIGN", "Sign present: Not asked")
    tm.keys("y")
    tm.wait_for("CHILD-SIGN")
    tm.keys("q", "C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_too_small_start(tm, data):
    """Started on a terminal that is too small: waits, then goes on."""
    # Small from the start: a resize racing the program's start-up could
    # land before curses watches for it.
    tm.width, tm.height = 40, 10
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("too small")
    tm.resize(80, 24)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def check_fits(screen, cols):
    for line in screen.splitlines():
        if width(line) > cols:
            raise Fail("line wider than %d: %r" % (cols, line))


def colour_codes(screen):
    """SGR colour parameters (30-48, 90-107) in a capture with escapes;
    39 and 49 (default colours) are what tmux writes for plain text."""
    found = []
    for params in re.findall(r"\x1b\[([0-9;]*)m", screen):
        for p in params.split(";"):
            if p.isdigit() and (30 <= int(p) <= 48 and int(p) != 39 or 90 <= int(p) <= 107):
                found.append(p)
    return found


def case_no_color(tm, data):
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED, env={"NO_COLOR": "1"})
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN")
    s = tm.capture(escapes=True)
    if colour_codes(s):
        raise Fail("colour with NO_COLOR set: %r" % colour_codes(s))
    if "\x1b[7m" not in s and ";7m" not in s and "\x1b[1m" not in s:
        raise Fail("no monochrome attributes (reverse, bold) with NO_COLOR:\n%r" % s)
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_color(tm, data):
    """Without NO_COLOR the same screen has colours (roles)."""
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED, env={"NO_COLOR": None})
    tm.wait_for("CONSENT-INTRO")
    s = tm.capture(escapes=True)
    if not colour_codes(s):
        raise Fail("no colour without NO_COLOR:\n%r" % s)
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


class ColourJudge:
    """Captures screens with escapes and judges their colours (colours.py);
    keeps every pair seen, printed at the end for the report."""
    def __init__(self, tm):
        self.tm, self.pairs, self.kinds = tm, {}, []

    def screen(self, kind, *texts, minimum=4.5, coloured=True):
        self.tm.wait_for(*texts)
        s = self.tm.capture(escapes=True)
        faults, pairs = colours.check(s, minimum)
        if faults:
            raise Fail("colours on the %s screen:\n%s" % (kind, "\n".join(faults)))
        if coloured and not pairs:
            raise Fail("no colour at all on the %s screen:\n%r" % (kind, s))
        self.pairs.update(pairs)
        self.kinds.append(kind)

    def report(self):
        for (fg, bg), r in sorted(self.pairs.items(), key=lambda x: x[1]):
            print("%-14s on %-8s %5.2f:1" % (fg, bg, r))
        print("screens: " + ", ".join(self.kinds))


def new_interview(tm, *answers):
    """From a result: a new interview with answers (sign, key) to the end."""
    tm.keys("n")
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    for sign, key in answers:
        answer(tm, sign, key)
    tm.keys("r")
    finish_to_result(tm)


def case_colour_roles(tm, data):
    """Issue 20: every screen kind, every level, with colours on: no
    colour on the default background, every pair >= 4.5:1 (the person's
    screen >= 7:1) with the xterm palette."""
    tm.start([BIN, "screen", "labour", "--content", data, "--lang", "en", "--ask-lang", "ru",
              "--region", "international"], env={"NO_COLOR": None})
    j = ColourJudge(tm)
    j.screen("consent", "CONSENT-INTRO")
    tm.keys("Enter")
    j.screen("question", "DANGER-SIGN", "Sign present:")
    tm.keys("?")
    j.screen("help", "Keys on this screen")
    tm.keys("Escape")
    tm.wait_for("DANGER-SIGN")
    tm.keys("j")
    j.screen("sections", "Jump to a section")
    tm.keys("Escape")
    tm.wait_for("DANGER-SIGN")
    tm.keys("p")
    # The person's consent is all in the terminal's own colours.
    j.screen("person consent", "СОГЛАСИЕ", minimum=7, coloured=False)
    tm.keys("1")
    j.screen("person", "ОПАСНОСТЬ Вам сейчас грозит опасность?", minimum=7, coloured=False)
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "y")
    tm.wait_for("CHILD-SIGN")
    tm.keys("r")
    j.screen("review", "Review the answers")
    tm.keys("f")
    j.screen("result urgent", "[!!] Urgent")
    tm.keys("w")
    j.screen("why", "URGENT-OUTCOME")
    tm.keys("o")
    j.screen("sources", "Sources and notes")
    tm.keys("Escape")
    tm.wait_for("URGENT-ACTION")
    no = [("DANGER-SIGN", "n"), ("CHILD-SIGN", "n"), ("INJURY-SIGN", "n")]
    new_interview(tm, *no, *[(sign, "y") for sign in [
        "DECEIVED-SIGN", "RDEBT-SIGN", "NOPAY-SIGN", "HOURS-SIGN", "DOCS-SIGN",
        "THREAT-SIGN", "TPOLICE-SIGN"]])
    j.screen("result refer", "[!] Refer")
    new_interview(tm, *no, ("DECEIVED-SIGN", "y"), ("RDEBT-SIGN", "y"))
    j.screen("result refer-further", "[>]")
    new_interview(tm, ("DANGER-SIGN", "n"))
    j.screen("result inform", "[i] Inform")
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")
    j.report()


def case_colour_alert(tm, data):
    """Issue 20 on the safety interrupt: the emergency alert's colours."""
    add_alerts(data)
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED, env={"NO_COLOR": None})
    j = ColourJudge(tm)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "y")
    j.screen("alert", "DANGER-ALERT")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")
    j.report()


def case_colour_never(tm, data):
    """--colour never (and --color) turns colours off without NO_COLOR;
    --colour always turns them on with NO_COLOR set."""
    for argv, env, want in ((["--colour", "never"], {"NO_COLOR": None}, False),
                            (["--color=never"], {"NO_COLOR": None}, False),
                            (["--colour", "always"], {"NO_COLOR": "1"}, True)):
        tm.start([BIN, "screen", "labour", "--content", data] + FIXED + argv, env=env)
        tm.wait_for("CONSENT-INTRO")
        s = tm.capture(escapes=True)
        if bool(colour_codes(s)) != want:
            raise Fail("%s: colours %s:\n%r" % (argv, "missing" if want else "shown", s))
        tm.keys("C-x")
        tm.wait_for("TIPCHECK-EXIT=0")
        tm.kill()
        tm.sock += "x"  # a fresh server: an old one may still be closing


def case_cyrillic(tm, data):
    tm.start([BIN, "screen", "labour", "--content", data, "--lang", "ru",
              "--region", "international"])
    # The person's language defaults to the worker's: Enter keeps it.
    tm.wait_for("The language of the person", "> Русский (ru)")
    tm.keys("Enter")
    tm.wait_for("СОГЛАСИЕ", "Согласие и цель")
    tm.keys("Enter")
    s = tm.wait_for("Признак:", "Вопрос:", "ОПАСНОСТЬ Вы сейчас в безопасности?")
    check_fits(s, 80)
    tm.keys("y")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_lang_chosen(tm, data):
    """Start-up reads only the languages in use (here English): Russian,
    chosen on the start screen, is read then and speaks at once."""
    tm.start([BIN, "screen", "labour", "--content", data, "--region", "international"])
    tm.wait_for("Your language", "English (en)", "Русский (ru)")
    tm.keys("Down")
    tm.wait_for("> Русский (ru)")
    tm.keys("Enter")
    tm.wait_for("The language of the person", "> Русский (ru)")
    tm.keys("Enter")
    tm.wait_for("СОГЛАСИЕ")
    tm.keys("Enter")
    tm.wait_for("Признак:", "Вопрос:")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_lang_chosen_error(tm, data):
    """An error in a language not read at start-up: the interview does not
    start in it; the screen closes and the error names file, line, column."""
    path = os.path.join(data, "translations", "ru.yaml")
    with open(path, encoding="utf-8") as f:
        line = len(f.read().splitlines()) + 1
    with open(path, "a", encoding="utf-8") as f:
        f.write("  nothing.here: Ничего\n")
    tm.start([BIN, "screen", "labour", "--content", data, "--region", "international"])
    tm.wait_for("Your language", "Русский (ru)")
    tm.keys("Down")
    tm.wait_for("> Русский (ru)")
    tm.keys("Enter")
    s = tm.wait_for("TIPCHECK-EXIT=1", "ru.yaml:%d:3: error:" % line, "nothing.here")
    absent(s, ["СОГЛАСИЕ", "CONSENT-INTRO"], "the interview after the error")


def case_menu_lazy(tm, data):
    """The start menu shows its languages before the rest of the content is
    read; a language chosen there is whole, and the menu goes on with the
    rest (regions, then checklists) once the languages are chosen."""
    tm.start([BIN, "screen", "--content", data])
    tm.wait_for("Your language", "English (en)", "Русский (ru)")
    tm.keys("Down")
    tm.wait_for("> Русский (ru)")
    tm.keys("Enter")
    tm.wait_for("> Русский (ru)")
    tm.keys("Enter")
    tm.wait_for("international", "testland")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_menu_checklist_error(tm, data):
    """An error in a checklist the start menu would only list: the menu of
    languages (read first) still shows, but the interview does not start:
    once the languages are chosen the rest is read, the screen closes and
    the error names file, line and column. A menu that left the broken
    checklist out would let the worker screen with a less fitting one
    without knowing why."""
    path = os.path.join(data, "indicators", "checklists", "child.yaml")
    with open(path, encoding="utf-8") as f:
        line = len(f.read().splitlines()) + 1
    with open(path, "a", encoding="utf-8") as f:
        f.write("nothing_here: 1\n")
    tm.start([BIN, "screen", "--content", data])
    tm.wait_for("Your language", "English (en)", "Русский (ru)")
    tm.keys("Enter")
    tm.wait_for("The language of the person")
    tm.keys("Enter")
    s = tm.wait_for("TIPCHECK-EXIT=1", "child.yaml:%d:1: error:" % line, "nothing_here")
    absent(s, ["international", "testland", "CONSENT-INTRO", "The person is"],
           "the menu after the error")


def case_wide(tm, data):
    """CJK text (two columns a character) wraps by display width."""
    tm.start([BIN, "screen", "labour", "--content", data, "--lang", "en",
              "--ask-lang", "zh", "--region", "international"])
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    s = tm.wait_for("In 中文", "危险")
    check_fits(s, 80)
    tm.resize(60, 20)
    s = tm.wait_for("In 中文")
    check_fits(s, 60)
    to_person(tm, "I agree to talk")
    s = tm.wait_for("我不想回答")
    check_fits(s, 60)
    tm.keys("Enter", "C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_help(tm, data):
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN")
    tm.keys("?")
    s = tm.wait_for("Keys on this screen", "Person", "Quick exit",
                    "Ctrl-X, F10", "y, 1")
    tm.keys("Escape")
    tm.wait_for("DANGER-SIGN")
    tm.keys("F1")
    tm.wait_for("Keys on this screen")
    tm.keys("?")
    tm.wait_for("DANGER-SIGN")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_sigterm(tm, data):
    pidfile = os.path.join(tm.tmp, "pid")
    tm.start(["sh", "-c", 'echo $$ > "$0"; exec "$@"', pidfile, BIN, "screen", "labour",
              "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "y")
    tm.wait_for("CHILD-SIGN")
    with open(pidfile) as f:
        os.kill(int(f.read().strip()), 15)
    s = tm.wait_for("TIPCHECK-EXIT=143")
    absent(s, INTERVIEW_TEXT, "after SIGTERM")


# The sound card's device files: speech may open them for writing (and
# only them); nothing else, and never a socket.
SOUND_DEVICE = re.compile(r"/dev/snd/(pcmC\d+D\d+p|controlC\d+|timer|seq)$")


def check_trace(trace, home, cwd, sound=False):
    """No file opened for writing or created, no socket, nothing left in
    HOME or the working directory. With sound, the sound card's device
    files may be opened."""
    with open(trace) as f:
        lines = f.read().splitlines()
    bad = []
    for line in lines:
        m = re.search(r"\b(open|openat|openat2|creat)\((.*)", line)
        if m:
            args = m.group(2)
            path = re.search(r'"([^"]*)"', args)
            path = path.group(1) if path else ""
            writes = m.group(1) == "creat" or re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", args)
            if writes and not re.match(r"/dev/(tty|pts/\d+|null)$", path) and \
                    not (sound and SOUND_DEVICE.match(path)):
                bad.append(line)
        if re.search(r"\b(socket|connect|bind|mkdir|mkdirat|rename|renameat2?|unlink|"
                     r"unlinkat|link|linkat|symlink|symlinkat|truncate|memfd_create)\(", line):
            bad.append(line)
    if bad:
        raise Fail("the interview wrote files or opened sockets:\n" + "\n".join(bad[:20]))
    for d in (home, cwd):
        if os.listdir(d):
            raise Fail("files left in %s: %r" % (d, os.listdir(d)))
    if not any("execve" in l for l in lines):
        raise Fail("strace recorded nothing")
    return lines


def case_shipped(tm, data):
    """Smoke run on the shipped content: the start screen and one step."""
    if not os.path.isdir(os.path.join(SRC, "indicators", "checklists")):
        print("SKIP: no shipped checklists")
        sys.exit(77)
    tm.start([BIN, "--content", SRC, "--lang", "en", "--ask-lang", "en",
              "--region", "international"])
    tm.wait_for("The person is")
    tm.keys("Enter")
    tm.wait_for("The form of exploitation")
    tm.keys("Enter")
    tm.wait_for("Item ")
    tm.keys("?")
    tm.wait_for("Keys on this screen")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def need_strace():
    """Skipped, saying why, where ptrace is not permitted (some containers
    and build chroots forbid it)."""
    r = subprocess.run(["strace", "-f", "-qq", "-o", os.devnull, "true"],
                       capture_output=True, timeout=60)
    if r.returncode != 0:
        print("SKIP: strace cannot trace here: " + r.stderr.decode(errors="replace").strip())
        sys.exit(77)


def case_privacy(tm, data):
    """Under strace: no file opened for writing or created, no socket."""
    need_strace()
    home = tempfile.mkdtemp(dir=tm.tmp, prefix="home")
    cwd = tempfile.mkdtemp(dir=tm.tmp, prefix="cwd")
    trace = os.path.join(tm.tmp, "trace.txt")
    # LeakSanitizer cannot run under ptrace (ASan builds).
    asan = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"), "detect_leaks=0"]))
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED,
             env={"HOME": home, "ASAN_OPTIONS": asan}, cwd=cwd,
             wrap=["strace", "-f", "-o", trace])
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "n")
    answer(tm, "CHILD-SIGN", "n")
    answer(tm, "INJURY-SIGN", "y")
    answer(tm, "DECEIVED-SIGN", "y")
    tm.wait_for("RDEBT-SIGN")
    to_person(tm)
    tm.wait_for("RDEBT-PERSON")
    tm.keys("1", "Enter")
    tm.wait_for("NOPAY-SIGN")
    tm.keys("r")
    finish_to_result(tm)
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")
    check_trace(trace, home, cwd)


def case_alert_danger(tm, data):
    """Danger marked: the alert at once with the emergency number; continue,
    then (danger no, then yes again) the result now, with the emergency
    contact above the reasoning."""
    add_alerts(data)
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "y")
    s = tm.wait_for("DANGER-ALERT Act now", "ACT-TEXT", "EMERG-SERVICE Emergency services: 112",
                    "taken from a public source on 2026-01-01", "Go to the result now",
                    "Continue the interview")
    absent(s, ["SAFE-SIGN", "Sign present:"], "on the alert screen")
    # Only the offered keys choose: Enter and s (stop) do nothing here.
    tm.keys("Enter", "s", "y")
    time.sleep(0.3)
    tm.wait_for("DANGER-ALERT")
    tm.keys("?")
    s = tm.wait_for("Keys on this screen", "Go to the result now")
    absent(s, ["Stop here"], "in the emergency alert's help")
    tm.keys("Escape")
    tm.wait_for("DANGER-ALERT")
    tm.keys("c")
    s = tm.wait_for("SAFE-SIGN", "Sign present: Not asked")
    absent(s, ["DANGER-ALERT"], "after continuing")
    # Still yes: going back and answering yes again raises nothing.
    tm.keys("b")
    tm.wait_for("DANGER-SIGN", "Sign present: Yes")
    tm.keys("y")
    s = tm.wait_for("SAFE-SIGN")
    absent(s, ["DANGER-ALERT"], "while danger stays yes")
    # No, then yes: raised again.
    tm.keys("b")
    answer(tm, "DANGER-SIGN", "n")
    tm.wait_for("SAFE-SIGN")
    tm.keys("b")
    answer(tm, "DANGER-SIGN", "y")
    tm.wait_for("DANGER-ALERT")
    tm.keys("r")
    # The result: the alert right under the level, its advice as what to
    # do now and its contact first, on the first screen.
    s = tm.wait_for("[!!] Urgent: act now", "DANGER-ALERT Act now",
                    "What to do now: ACT-TEXT", "EMERG-SERVICE Emergency services: 112")
    absent(s, ["URGENT-ACTION"], "beside the alert's advice")
    if not (s.index("[!!] Urgent") < s.index("DANGER-ALERT") < s.index("What to do now")
            < s.index("Whom to contact") < s.index("EMERG-SERVICE")):
        raise Fail("the alert and its contact are not first:\n" + s)
    tm.keys("C-x")
    s = tm.wait_for("TIPCHECK-EXIT=0")
    absent(s, INTERVIEW_TEXT + ALERT_TEXT, "after a quick exit")


def case_alert_quick_exit(tm, data):
    """Quick exit works on the alert screen."""
    add_alerts(data)
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "y")
    tm.wait_for("DANGER-ALERT")
    tm.keys("C-x")
    s = tm.wait_for("TIPCHECK-EXIT=0")
    absent(s, INTERVIEW_TEXT + ALERT_TEXT, "after a quick exit from the alert")
    absent(tm.capture(history=True), INTERVIEW_TEXT + ALERT_TEXT, "in the scrollback")


def case_alert_stop(tm, data):
    """Not safe to talk: the discreet close with the hotline (a police line,
    said so); stop shows a neutral screen with nothing of the interview,
    then the start menu; the answers are gone."""
    add_alerts(data)
    tm.start([BIN, "--content", data, "--lang", "en", "--ask-lang", "en", "--region", "testland"])
    tm.wait_for("The person is")
    tm.keys("Enter")
    tm.wait_for("The form of exploitation")
    tm.keys("Enter")
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "n")
    answer(tm, "SAFE-SIGN", "n")
    s = tm.wait_for("QUIET-ALERT Not safe to talk", "QUIET-TEXT",
                    "POLICE-LINE Testland line (police): +99 777",
                    "Stop here and show nothing more", "Continue the interview")
    absent(s, ["Go to the result now"], "on a discreet alert")
    tm.keys("r")
    time.sleep(0.3)
    tm.wait_for("QUIET-ALERT")
    tm.keys("s")
    s = tm.wait_for("Thank you for your time.", "Press Enter to go on.")
    absent(s, INTERVIEW_TEXT + ALERT_TEXT + ["SAFE-SIGN", "traffick", "Traffick", "exploitation",
                                            "Labour", "General", "tipcheck", "POLICE-LINE"],
           "on the neutral screen")
    tm.keys("Enter")
    s = tm.wait_for("The person is", "An adult")
    absent(s, INTERVIEW_TEXT + ALERT_TEXT, "on the start menu after stopping")
    # A new interview: nothing of the stopped one is left.
    tm.keys("Enter")
    tm.wait_for("The form of exploitation")
    tm.keys("Enter")
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN", "Sign present: Not asked")
    tm.keys("r")
    s = tm.wait_for("Review the answers", "SAFE-SIGN")
    if re.search(r"(Yes|No) +(DANGER|SAFE)-SIGN", s):
        raise Fail("an answer of the stopped interview is left:\n" + s)
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_alert_person(tm, data):
    """Person-facing mode: the person's yes to danger shows no alert on
    their screen; the worker sees it on taking the screen back."""
    add_alerts(data)
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN")
    to_person(tm)
    tm.wait_for("DANGER-PERSON")
    tm.keys("1")
    s = tm.wait_for("SAFE-PERSON")
    absent(s, WORKER_ONLY + ALERT_TEXT, "on the person's screen after a yes to danger")
    tm.keys("1")
    s = tm.wait_for("CHILD-PERSON")
    absent(s, WORKER_ONLY + ALERT_TEXT, "on the person's screen")
    tm.keys("2")
    s = tm.wait_for("DECEIVED-PERSON")
    absent(s, WORKER_ONLY + ALERT_TEXT, "on the person's screen")
    tm.keys("Enter")
    tm.wait_for("DANGER-ALERT Act now", "EMERG-SERVICE Emergency services: 112")
    tm.keys("c")
    tm.wait_for("DECEIVED-SIGN", "Sign present:")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_back_from_result(tm, data):
    """b on the result goes back to the review with every answer; a
    changed answer changes the result."""
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "n")
    answer(tm, "CHILD-SIGN", "n")
    answer(tm, "INJURY-SIGN", "n")
    answer(tm, "DECEIVED-SIGN", "y")
    tm.wait_for("RDEBT-SIGN")
    tm.keys("r")
    finish_to_result(tm)
    s = tm.wait_for("[i] Inform")
    tm.keys("?")
    tm.wait_for("Keys on this screen", "Back to the review")
    tm.keys("Escape")
    tm.wait_for("[i] Inform")
    tm.keys("b")
    s = tm.wait_for("Review the answers", "DANGER-SIGN")
    if not re.search(r"No +DANGER-SIGN", s) or not re.search(r"Yes +DECEIVED-SIGN", s):
        raise Fail("answers lost on the way back from the result:\n" + s)
    tm.keys("y")
    tm.wait_for("Yes")
    if not re.search(r"Yes +DANGER-SIGN", tm.capture()):
        raise Fail("changing an answer after the result did not show:\n" + tm.capture())
    finish_to_result(tm)
    tm.wait_for("[!!] Urgent: act now", "URGENT-ACTION")
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")


def premark(tm, data, downs):
    """The children's checklist starts marked, so Enter on another
    highlighted list includes it too."""
    tm.start([BIN, "--content", data] + FIXED)
    tm.wait_for("The person is")
    tm.keys(*downs)
    tm.keys("Enter")
    tm.wait_for("[x] Children at work", "[ ] General screening")
    tm.keys("Down")
    tm.wait_for("GENERAL-DESC")
    tm.keys("Enter")
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "n")
    tm.wait_for("CHILD-SIGN", "Sign present: Yes")
    tm.keys("Right")
    answer(tm, "INJURY-SIGN", "n")
    tm.wait_for("CWORK-SIGN", "Children at work")
    tm.keys("Right")
    tm.wait_for("CSCHOOL-SIGN")
    tm.keys("Right")
    tm.wait_for("NOTFREE-SIGN", "General screening")
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_not_sure_premark(tm, data):
    premark(tm, data, ["Down", "Down"])


def case_child_premark(tm, data):
    premark(tm, data, ["Down"])


def case_privacy_alert(tm, data):
    """Under strace: interrupts (continue, then stop) write nothing."""
    need_strace()
    add_alerts(data)
    home = tempfile.mkdtemp(dir=tm.tmp, prefix="home")
    cwd = tempfile.mkdtemp(dir=tm.tmp, prefix="cwd")
    trace = os.path.join(tm.tmp, "trace.txt")
    asan = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"), "detect_leaks=0"]))
    tm.start([BIN, "--content", data] + FIXED,
             env={"HOME": home, "ASAN_OPTIONS": asan}, cwd=cwd,
             wrap=["strace", "-f", "-o", trace])
    tm.wait_for("The person is")
    tm.keys("Enter")
    tm.wait_for("The form of exploitation")
    tm.keys("Enter")
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "y")
    tm.wait_for("DANGER-ALERT")
    tm.keys("c")
    answer(tm, "SAFE-SIGN", "n")
    tm.wait_for("QUIET-ALERT")
    tm.keys("s")
    tm.wait_for("Thank you for your time.")
    tm.keys("Enter")
    tm.wait_for("The person is")
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")
    check_trace(trace, home, cwd)


CONSENT_CHOICES = ["I agree to talk", "I do not want to talk", "I have a question"]
BLOCK = "\u2588"


def case_consent(tm, data):
    """The person's screen starts with the consent text in the person's
    language and three large answers; help lists only what the person may
    press; "I have a question" hands the screen back; agreeing goes to the
    questions, and the consent is not asked again."""
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN")
    tm.keys("p")
    s = tm.wait_for("CONSENT-INTRO I am here to help", *CONSENT_CHOICES)
    absent(s, WORKER_ONLY + ["DANGER-PERSON", "Read out"], "on the consent screen")
    if BLOCK * 4 not in s:
        raise Fail("the answers' digits are not drawn large:\n" + s)
    tm.keys("?")
    s = tm.wait_for("What you can press", "I agree to talk", "Hear it again",
                    "Close this screen at once")
    absent(s, ["Back to the worker's screen", "Keys on this screen", "Enter"],
           "in the person's help")
    tm.keys("Escape")
    tm.wait_for("CONSENT-INTRO")
    tm.keys("3")
    s = tm.wait_for("DANGER-SIGN", "Sign present:")
    absent(s, CONSENT_CHOICES, "after the person's question")
    tm.keys("p")
    tm.wait_for(*CONSENT_CHOICES)
    tm.keys("1")
    s = tm.wait_for("DANGER-PERSON", "Yes", "No", "I'd rather not say")
    absent(s, WORKER_ONLY + CONSENT_CHOICES, "on the person's question")
    tm.keys("1", "Enter")
    tm.wait_for("CHILD-SIGN", "Sign present:")
    tm.keys("p")
    s = tm.wait_for("CHILD-PERSON")
    absent(s, CONSENT_CHOICES, "once agreed")
    tm.keys("C-x")
    s = tm.wait_for("TIPCHECK-EXIT=0")
    absent(s, INTERVIEW_TEXT + ["CHILD-PERSON"], "after a quick exit")


def case_not_now(tm, data):
    """"Not now": the questions end politely with the numbers to keep (the
    card's, nothing dangerous); the result says the person declined, with
    no answer given after the consent; safety answers stay."""
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    answer(tm, "DANGER-SIGN", "n")
    answer(tm, "CHILD-SIGN", "n")
    answer(tm, "INJURY-SIGN", "n")
    answer(tm, "DECEIVED-SIGN", "y")
    tm.wait_for("RDEBT-SIGN")
    tm.keys("p")
    tm.wait_for(*CONSENT_CHOICES)
    tm.keys("2")
    s = tm.wait_for("You do not have to talk now", "CARD-EMERGENCY Emergency: 112",
                    "a small card")
    absent(s, WORKER_ONLY + CONSENT_CHOICES + ["traffick", "victim", "EMERG-SERVICE"],
           "on the person's screen after not now")
    tm.keys("1", "3")
    time.sleep(0.3)
    tm.wait_for("You do not have to talk now")
    tm.keys("Enter")
    s = tm.wait_for("Result", "did not want to talk")
    text = read_all(tm)
    expect_in(text, "did not want to talk")
    if re.search(r"yes: DECEIVED-SIGN|DECEIVED-SIGN.*yes", text):
        raise Fail("an answer given before 'not now' is still in the result:\n" + text)
    tm.keys("b")
    s = tm.wait_for("Review the answers", "DECEIVED-SIGN")
    if re.search(r"Yes +DECEIVED-SIGN", s):
        raise Fail("the answers after the consent were not wiped:\n" + s)
    if not re.search(r"No +DANGER-SIGN", s):
        raise Fail("the safety answers asked before the consent were lost:\n" + s)
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_person_small(tm, data):
    """60x20: the consent and the answers still fit, the digits smaller or
    on one line each."""
    tm.width, tm.height = 60, 20
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN")
    tm.keys("p")
    s = tm.wait_for("CONSENT-INTRO", *CONSENT_CHOICES[:1])
    check_fits(s, 60)
    tm.keys("1")
    s = tm.wait_for("DANGER-PERSON", "Yes", "No", "I'd rather not say")
    check_fits(s, 60)
    tm.resize(200, 60)
    s = tm.wait_for("DANGER-PERSON", "I'd rather not say")
    if BLOCK * 12 not in s:
        raise Fail("a big screen does not draw big digits:\n" + s)
    tm.keys("C-x")
    tm.wait_for("TIPCHECK-EXIT=0")


def spoken_interview(tm, data, device=None):
    """Under strace, a spoken interview: the consent, the questions, a
    repeat and the worker's read-aloud. Speech goes to the sound card only:
    no socket (eSpeak NG's PulseAudio path is never taken, even with
    PULSE_SERVER naming a TCP address), no file written or created; the
    sound card's device files are the only ones opened for writing.
    Returns the trace's lines and the screen the person saw."""
    if not os.path.isdir("/usr/lib/x86_64-linux-gnu/espeak-ng-data") and \
            not os.path.isdir("/usr/share/espeak-ng-data"):
        print("SKIP: espeak-ng-data is not installed (scripts/setup.sh installs it)")
        sys.exit(77)
    home = tempfile.mkdtemp(dir=tm.tmp, prefix="home")
    cwd = tempfile.mkdtemp(dir=tm.tmp, prefix="cwd")
    trace = os.path.join(tm.tmp, "trace.txt")
    asan = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"), "detect_leaks=0"]))
    env = {"HOME": home, "ASAN_OPTIONS": asan, "XDG_RUNTIME_DIR": home,
           "PULSE_SERVER": "tcp:127.0.0.1:4713"}
    tm.start([BIN, "screen", "labour", "--content", data, "--speak"] + FIXED +
             (["--speak-device", device] if device else []),
             env=env, cwd=cwd, wrap=["strace", "-f", "-o", trace])
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    tm.wait_for("DANGER-SIGN")
    tm.keys("a")
    tm.wait_for("Speech on")
    tm.keys("p")
    tm.wait_for(*CONSENT_CHOICES)
    tm.keys("r", "1")
    tm.wait_for("DANGER-PERSON")
    tm.keys("r", "2")
    seen = tm.wait_for("CHILD-PERSON")
    tm.keys("Enter")
    tm.wait_for("CHILD-SIGN")
    tm.keys("r")
    finish_to_result(tm)
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")
    lines = check_trace(trace, home, cwd, sound=True)
    if not any("espeak-ng-data" in l for l in lines):
        raise Fail("eSpeak NG never started: the test proves nothing")
    return lines, seen


def case_privacy_speak(tm, data):
    """The first sound card (plughw): ALSA looks for it; without one, one
    line says so and the interview goes on."""
    lines, seen = spoken_interview(tm, data)
    if not any("/dev/snd/" in l for l in lines):
        raise Fail("the sound card was never looked for: the test proves nothing")
    if not os.path.exists("/dev/snd"):
        expect_in(seen, "No free sound device (plughw): going on without sound.")


def case_privacy_speak_null(tm, data):
    """ALSA's null device: the speaker thread speaks every text (nothing is
    heard), under the same rules."""
    lines, seen = spoken_interview(tm, data, "null")
    absent(seen, ["sound device", "without sound"], "with a device that takes the sound")
    # ALSA's null device writes to /dev/null: the device was opened and
    # the samples went to it.
    if not any(re.search(r'"/dev/null", O_WRONLY', l) for l in lines):
        raise Fail("the null device was never opened: the test proves nothing")


CASES = {n[5:]: f for n, f in globals().items() if n.startswith("case_")}


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in CASES:
        print("usage: tui_test.py CASE (%s)" % ", ".join(sorted(CASES)), file=sys.stderr)
        return 2
    if not shutil.which("tmux"):
        print("SKIP: no tmux")
        return 77
    name = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="tipcheck-tui-")
    tm = Tmux(tmp, name)
    try:
        data = make_data(tmp)
        CASES[name](tm, data)
    except Fail as e:
        print("FAIL %s: %s" % (name, e))
        return 1
    finally:
        tm.kill()
        tm.sock += "x"  # a fresh server: an old one may still be closing
        shutil.rmtree(tmp, ignore_errors=True)
    print("PASS %s" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
