"""tipcheck train on a terminal, in tmux: the full-screen choice of a
scenario, with the TRAINING banner on the captured screen; q leaves."""
import os
import subprocess
import sys
import time

from train_fixture import TIPCHECK, Checks, make_data

t = Checks()
tmp, data = make_data()
SOCK = "tipcheck-train-%d" % os.getpid()


def tmux(*args):
    return subprocess.run(["tmux", "-L", SOCK, "-f", "/dev/null"] + list(args),
                          capture_output=True, text=True, timeout=30).stdout


def wait_for(text, timeout=20.0):
    end = time.time() + timeout
    screen = ""
    while time.time() < end:
        screen = tmux("capture-pane", "-p", "-t", "t")
        if text in screen:
            return screen
        time.sleep(0.05)
    return screen


env = " ".join("%s=%s" % (k, os.environ[k]) for k in
               ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS") if k in os.environ)
line = ("env -i LC_ALL=C.UTF-8 TERM=tmux-256color %s %s train --data %s; "
        "echo TIPCHECK-EXIT=$?; exec sleep 600" % (env, TIPCHECK, data))
tmux("new-session", "-d", "-s", "t", "-x", "80", "-y", "24", "sh", "-c", line)
try:
    screen = wait_for("Choose a training scenario")
    t.contains(screen, "TRAINING: practice scenario with a fictional person", "banner on the choice")
    t.contains(screen, "Deckhand on a trawler (adult)", "first scenario listed")
    t.contains(screen, "Sailor asking for information (adult)", "second scenario listed")
    tmux("send-keys", "-t", "t", "Down")
    tmux("send-keys", "-t", "t", "q")
    screen = wait_for("TIPCHECK-EXIT=")
    t.contains(screen, "TIPCHECK-EXIT=0", "q leaves with exit 0")
finally:
    tmux("kill-server")
sys.exit(t.done())
