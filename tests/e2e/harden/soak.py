#!/usr/bin/env python3
"""Soak: random whole interviews, to find crashes, hangs and writes that
scripted tests miss (issue 13).

  soak.py plain   random interviews through `screen --plain` (and `train
                  --plain`) on the shipped content: random answers, back,
                  review, guidance, quit (confirmed or not), invalid lines
                  (control and bidi characters, bytes that are not UTF-8,
                  long lines), the end of the input anywhere, printing.
  soak.py tui     random full-screen sessions in tmux: random keys,
                  resizes (too small included), printing, then Ctrl-X or
                  F10 at a random point.

Every run must end by itself (plain) or on the quick exit (tui) within
its time limit, with exit status 0, no sanitizer report, the terminal
given back (tui: normal screen, canonical mode) and nothing written in
its working folder or HOME. Saving is never asked for (it would write):
skip is typed as 4, never s, and S is never pressed.

Counts: TIPCHECK_SOAK_PLAIN (default 30) and TIPCHECK_SOAK_TUI (default
3); the issue's full counts are 2000 and 200. TIPCHECK_SOAK_SEED fixes the
seed (default: from the clock); run i of a seed always gets the same input,
and TIPCHECK_SOAK_ONLY=i replays just that run. The seed is printed first
and with every failure."""
import concurrent.futures
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

TIPCHECK = os.environ["TIPCHECK"]
SRC = os.environ.get("TIPCHECK_SRC", ".")
SANITIZER = ("AddressSanitizer", "LeakSanitizer", "runtime error:", "UndefinedBehaviorSanitizer")

CHECKLISTS = ["safety-and-needs", "begging-and-forced-criminality", "child",
              "domestic-servitude", "general", "international-protection", "labour-adult",
              "sexual-adult"]
SCENARIOS = ["construction-debt", "fear-of-return"]
LANGS = ["en", "es", "fr", "ru"]
REGIONS = ["international", "uk", "us", "ph", "th", "au", "ca", "ie"]
# Lines a worker types in --plain (English words; the digits work in every
# language). Never "s": after the result it would ask to save.
WORDS = ["y", "n", "u", "4", "1", "2", "3", "yes", "no", "b", "r", "?", "g", "q", "", "",
         "p", "x", "0", "9", "12", "j", "  y  ", "Y", "н", "sí"]


def odd_line(rng):
    """An invalid line: control and bidi characters, bad bytes, long."""
    kind = rng.randrange(6)
    if kind == 0:
        return bytes(rng.randrange(1, 32) for _ in range(rng.randrange(1, 8))).replace(b"\n", b"")
    if kind == 1:
        return "x\u202ey\u2066\u200f".encode()
    if kind == 2:
        return bytes(rng.randrange(128, 256) for _ in range(rng.randrange(1, 6)))
    if kind == 3:
        return b"y" * rng.randrange(100, 20000)
    if kind == 4:
        return "\x1b[2J\x1b]0;title\x07日本語 ü".encode()
    return b"\x00 n"


def plain_case(seed, i):
    rng = random.Random("%s-plain-%d" % (seed, i))
    args = ["screen", "--plain"]
    if rng.random() < 0.15:
        args = ["train", "--plain", rng.choice(SCENARIOS)]
    elif rng.random() < 0.8:
        args += rng.sample(CHECKLISTS, rng.randrange(0, 3))
    if rng.random() < 0.4:
        args += ["--lang", rng.choice(LANGS)]
    if rng.random() < 0.3:
        args += ["--ask-lang", rng.choice(LANGS)]
    if rng.random() < 0.4:
        args += ["--region", rng.choice(REGIONS)]
    if args[0] == "screen" and rng.random() < 0.1:
        args.append("--json")
    lines = []
    for _ in range(rng.randrange(0, 400)):
        r = rng.random()
        lines.append(odd_line(rng) if r < 0.05 else rng.choice(WORDS).encode())
    data = b"\n".join(lines)
    if rng.random() < 0.8:
        data += b"\n"			# else the input ends inside a line
    return args, data


def check_dirs(dirs):
    return [os.path.join(d, f) for d in dirs for f in os.listdir(d)]


def run_plain(seed, i, tmp):
    args, data = plain_case(seed, i)
    home = tempfile.mkdtemp(dir=tmp, prefix="home")
    cwd = tempfile.mkdtemp(dir=tmp, prefix="cwd")
    env = dict(os.environ, HOME=home, TIPCHECK_PRINTER="cat >/dev/null",
               SOURCE_DATE_EPOCH="1772582400")
    env["TIPCHECK_CONTENT"] = SRC
    what = "seed %s run %d: tipcheck %s (%d bytes of input)" % (seed, i, " ".join(args),
                                                              len(data))
    try:
        r = subprocess.run([TIPCHECK] + args, input=data, env=env, cwd=cwd,
                           capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "hang: " + what
    err = r.stderr.decode(errors="replace")
    problems = []
    if r.returncode != 0:
        problems.append("exit status %d" % r.returncode)
    if any(s in err for s in SANITIZER):
        problems.append("sanitizer report:\n" + err[-3000:])
    written = check_dirs([home, cwd])
    if written:
        problems.append("files written: %r" % written)
    if args[0] == "screen" and "--json" not in args and b"\n====" not in r.stdout:
        problems.append("no result shown")
    shutil.rmtree(home)
    shutil.rmtree(cwd)
    return "; ".join(problems) + ": " + what if problems else None


def soak_plain(seed, count, only):
    tmp = tempfile.mkdtemp(prefix="tipcheck-soak-")
    runs = [only] if only is not None else range(count)
    failures = []
    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for f in pool.map(lambda i: run_plain(seed, i, tmp), runs):
            if f:
                failures.append(f)
                print("FAIL " + f, flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    print("soak plain: %d interviews, %d failures, %.0f s (seed %s)" %
          (len(runs), len(failures), time.time() - start, seed))
    return 1 if failures else 0


# --- the full screen ---------------------------------------------------------

KEYS = ["y", "n", "d", "1", "2", "3", "4", "Enter", "Right", "Left", "b", "g", "p", "j",
        "r", "f", "?", "F1", "Escape", "Up", "Down", "Space", "BSpace", "Home", "End",
        "NPage", "PPage", "k", "P", "n", "x", "q", "Tab"]


def run_tui(seed, i, tmp):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tui"))
    from tui_test import INTERVIEW_TEXT, Fail, Tmux, make_data
    rng = random.Random("%s-tui-%d" % (seed, i))
    base = tempfile.mkdtemp(dir=tmp, prefix="tui")
    data = make_data(base)
    home = tempfile.mkdtemp(dir=base, prefix="home")
    cwd = tempfile.mkdtemp(dir=base, prefix="cwd")
    tm = Tmux(base, "soak-%d" % i, rng.choice([80, 100, 60]), rng.choice([24, 30, 20]))
    args = [TIPCHECK, "--content", data]
    if rng.random() < 0.5:
        args = [TIPCHECK, "screen", rng.choice(["labour", "general", "child-work"]), "--content", data,
                "--lang", "en", "--ask-lang", rng.choice(["en", "ru", "zh"])]
    # After tipcheck: is the terminal back in canonical mode?
    wrap = ["sh", "-c", '"$@"; rc=$?; stty -a | tr " ;" "\\n\\n" | grep -x -- "-*icanon";'
            ' exit $rc', "sh"]
    what = "seed %s tui run %d" % (seed, i)
    try:
        tm.start(args, env={"HOME": home, "TIPCHECK_PRINTER": "cat >/dev/null"}, cwd=cwd,
                 wrap=wrap)
        tm.wait_for("Quick exit")
        n = rng.randrange(0, 150)
        for _ in range(n):
            r = rng.random()
            if r < 0.05:
                tm.resize(rng.randrange(30, 160), rng.randrange(8, 50))
            elif r < 0.08:
                tm.tmux("send-keys", "-t", "t", "-l", rng.choice(["zz", "\u202e", "日本"]))
            else:
                tm.keys(rng.choice(KEYS))
            if rng.random() < 0.3:
                time.sleep(0.02)
            if "TIPCHECK-EXIT=" in tm.capture():
                break		# quit from the start menu: a normal end
        screen = tm.capture()
        if "TIPCHECK-EXIT=" not in screen:
            tm.resize(80, 24)
            tm.keys(rng.choice(["C-x", "F10"]))
        screen = tm.wait_for("TIPCHECK-EXIT=", timeout=30)
        if os.environ.get("TIPCHECK_SOAK_VERBOSE"):
            print("%s: %d keys\n%s" % (what, n, screen), flush=True)
        problems = []
        if "TIPCHECK-EXIT=0" not in screen:
            problems.append("exit status: " + screen.strip()[-200:])
        if "-icanon" in screen or "icanon" not in screen:
            problems.append("terminal not back in canonical mode:\n" + screen)
        if tm.tmux("display-message", "-p", "-t", "t", "#{alternate_on}").strip() != "0":
            problems.append("still on the alternate screen")
        for text in INTERVIEW_TEXT:
            if text in screen:
                problems.append("%r left on the terminal" % text)
        written = check_dirs([home, cwd])
        if written:
            problems.append("files written: %r" % written)
    except Fail as e:
        problems = ["hang or missing screen: %s" % e]
    finally:
        tm.kill()
    shutil.rmtree(base, ignore_errors=True)
    return "; ".join(problems) + " (" + what + ")" if problems else None


def soak_tui(seed, count, only):
    if not shutil.which("tmux"):
        print("SKIP: no tmux")
        return 77
    tmp = tempfile.mkdtemp(prefix="tipcheck-soak-tui-")
    runs = [only] if only is not None else range(count)
    failures = []
    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for f in pool.map(lambda i: run_tui(seed, i, tmp), runs):
            if f:
                failures.append(f)
                print("FAIL " + f, flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    print("soak tui: %d sessions, %d failures, %.0f s (seed %s)" %
          (len(runs), len(failures), time.time() - start, seed))
    return 1 if failures else 0


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    seed = os.environ.get("TIPCHECK_SOAK_SEED") or str(int(time.time()))
    only = os.environ.get("TIPCHECK_SOAK_ONLY")
    only = int(only) if only else None
    print("soak %s: seed %s (TIPCHECK_SOAK_SEED=%s to repeat)" % (mode, seed, seed), flush=True)
    if mode == "plain":
        return soak_plain(seed, int(os.environ.get("TIPCHECK_SOAK_PLAIN", "30")), only)
    if mode == "tui":
        return soak_tui(seed, int(os.environ.get("TIPCHECK_SOAK_TUI", "3")), only)
    print("usage: soak.py plain|tui", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
