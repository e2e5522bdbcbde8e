#!/usr/bin/env python3
"""The full screen's save and print never trap the worker (issue 13):
Ctrl-X leaves from the file-name prompt, from the replace confirmation and
while a slow printer runs; Esc stops a print; SIGTERM during a print
gives the terminal back; a FIFO is refused at once. The real binary in
tmux, with the helpers of tests/e2e/tui/tui_test.py.

Usage: tui_harden.py CASE."""
import os
import re
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tui"))
from tui_test import (BIN, FIXED, INTERVIEW_TEXT, Fail, Tmux, absent,  # noqa: E402
                      make_data)


def to_result(tm, data, extra=(), wrap=None):
    """A labour interview answered "no" throughout, up to the result."""
    tm.start([BIN, "screen", "labour", "--content", data] + FIXED + list(extra), wrap=wrap)
    tm.wait_for("CONSENT-INTRO")
    tm.keys("Enter")
    for _ in range(40):
        s = tm.wait_for("Item ")
        m = re.search(r"Item (\d+) of", s)
        tm.keys("n")
        end = time.time() + 20
        while time.time() < end:
            s = tm.capture()
            if "Review the answers" in s:
                tm.keys("f")
                return tm.wait_for("Result")
            n = re.search(r"Item (\d+) of", s)
            if n and m and n.group(1) != m.group(1):
                break
            time.sleep(0.05)
    raise Fail("never reached the review")


def type_name(tm, path):
    tm.keys("S")
    tm.wait_for("Save the summary to")
    tm.tmux("send-keys", "-t", "t", "-l", path)


def slow_printer(tm):
    """A printer that says it started and then takes a minute."""
    started = os.path.join(tm.tmp, "printer-started")
    script = os.path.join(tm.tmp, "printer.sh")
    with open(script, "w") as f:
        f.write("#!/bin/sh\necho $$ > '%s'\nexec sleep 60\n" % started)
    os.chmod(script, 0o700)
    return script, started


def wait_file(path, timeout=20):
    end = time.time() + timeout
    while not os.path.exists(path) or not open(path).read().strip():
        if time.time() > end:
            raise Fail("%s never appeared" % path)
        time.sleep(0.05)
    return int(open(path).read().strip())


def running(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(")")[-1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def wait_stopped(pid, what):
    end = time.time() + 10
    while running(pid):
        if time.time() > end:
            raise Fail("%s still runs" % what)
        time.sleep(0.05)


def case_save_fifo(tm, data):
    """A FIFO is refused at once; the screen still answers."""
    out = tempfile.mkdtemp(dir=tm.tmp, prefix="out")
    fifo = os.path.join(out, "pipe.txt")
    os.mkfifo(fifo)
    to_result(tm, data)
    type_name(tm, fifo)
    tm.keys("Enter")
    tm.wait_for("Not saved: ", "pipe.txt is a")
    tm.keys("C-x")
    s = tm.wait_for("TIPCHECK-EXIT=0")
    absent(s, INTERVIEW_TEXT, "after a quick exit")
    if os.listdir(out) != ["pipe.txt"]:
        raise Fail("files written: %r" % os.listdir(out))


def case_quick_exit_save_prompt(tm, data):
    out = tempfile.mkdtemp(dir=tm.tmp, prefix="out")
    to_result(tm, data)
    type_name(tm, os.path.join(out, "half-typ"))
    tm.keys("C-x")
    s = tm.wait_for("TIPCHECK-EXIT=0")
    absent(s, INTERVIEW_TEXT + ["Save the summary"], "after a quick exit from the file-name prompt")
    if os.listdir(out):
        raise Fail("files written: %r" % os.listdir(out))


def case_quick_exit_replace(tm, data):
    out = tempfile.mkdtemp(dir=tm.tmp, prefix="out")
    old = os.path.join(out, "old.txt")
    with open(old, "w") as f:
        f.write("OLD\n")
    to_result(tm, data)
    type_name(tm, old)
    tm.keys("Enter")
    tm.wait_for("exists already")
    tm.keys("F10")
    s = tm.wait_for("TIPCHECK-EXIT=0")
    absent(s, INTERVIEW_TEXT, "after a quick exit from the replace confirmation")
    if open(old).read() != "OLD\n" or os.listdir(out) != ["old.txt"]:
        raise Fail("the old file was touched: %r" % os.listdir(out))


def case_quick_exit_print(tm, data):
    script, started = slow_printer(tm)
    to_result(tm, data, ["--printer", script])
    tm.keys("P")
    tm.wait_for("Print the summary with")
    tm.keys("P")
    pid = wait_file(started)
    tm.keys("C-x")
    s = tm.wait_for("TIPCHECK-EXIT=0")
    absent(s, INTERVIEW_TEXT, "after a quick exit during a print")
    wait_stopped(pid, "the printer command")


def case_stop_print(tm, data):
    script, started = slow_printer(tm)
    to_result(tm, data, ["--printer", script])
    tm.keys("P")
    tm.wait_for("Print the summary with")
    tm.keys("P")
    pid = wait_file(started)
    tm.wait_for("Printing… Esc stops it.")
    tm.keys("y", "Escape")
    tm.wait_for("Printing stopped.", "Result")
    wait_stopped(pid, "the printer command")
    tm.keys("q")
    tm.wait_for("TIPCHECK-EXIT=0")


def case_sigterm_print(tm, data):
    script, started = slow_printer(tm)
    pidfile = os.path.join(tm.tmp, "pid")
    to_result(tm, data, ["--printer", script],
              wrap=["sh", "-c", 'echo $$ > "$0"; exec "$@"', pidfile])
    tm.keys("P")
    tm.wait_for("Print the summary with")
    tm.keys("P")
    printer = wait_file(started)
    os.kill(wait_file(pidfile), 15)
    s = tm.wait_for("TIPCHECK-EXIT=143")
    absent(s, INTERVIEW_TEXT, "after SIGTERM during a print")
    try:
        os.killpg(os.getpgid(printer), 9)
    except OSError:
        pass


CASES = {n[5:]: f for n, f in globals().items() if n.startswith("case_")}


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in CASES:
        print("usage: tui_harden.py CASE (%s)" % ", ".join(sorted(CASES)), file=sys.stderr)
        return 2
    if not shutil.which("tmux"):
        print("SKIP: no tmux")
        return 77
    name = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="tipcheck-harden-")
    tm = Tmux(tmp, "harden-" + name)
    try:
        data = make_data(tmp)
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
