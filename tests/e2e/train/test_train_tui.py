"""tipcheck train on a terminal, in tmux: the full-screen choice of a
scenario, then the full-screen interview of the chosen scenario to its
feedback (first: the score, found, missed, extra) and result, with the
debrief last; a context item marked yes is no mistake; the TRAINING
banner or tag asserted on every captured screen; the choice marks its
selection with "> " and its key bar offers quit and quick exit; q on the
choice leaves, Ctrl-X leaves at once with the screen cleared."""
import os
import subprocess
import sys
import time

from train_fixture import TIPCHECK, Checks, make_data

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tui"))
import colours  # noqa: E402

t = Checks()
tmp, data = make_data()
SOCK_BASE = "tipcheck-train-%d" % os.getpid()
SOCK = SOCK_BASE
runs = 0


def tmux(*args):
    return subprocess.run(["tmux", "-L", SOCK, "-f", "/dev/null"] + list(args),
                          capture_output=True, text=True, timeout=30).stdout


def wait_for(text, timeout=20.0):
    end = time.time() + timeout
    screen, last = "", None
    while time.time() < end:
        screen = tmux("capture-pane", "-p", "-t", "t")
        # Settled: two captures 50 ms apart agree (not caught mid-draw).
        if text in screen:
            if screen == last:
                return screen
            last = screen
        else:
            last = None
        time.sleep(0.05)
    return screen


TAG = "[TRAINING]"
screens = []


def start():
    env = " ".join("%s=%s" % (k, os.environ[k]) for k in
                   ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS") if k in os.environ)
    line = ("env -i LC_ALL=C.UTF-8 TERM=tmux-256color %s %s train --content %s; "
            "echo TIPCHECK-EXIT=$?; exec sleep 600" % (env, TIPCHECK, data))
    global SOCK, runs
    # A fresh server for every run: a new session on a socket whose server
    # is still shutting down sometimes never shows its pane.
    tmux("kill-server")
    runs += 1
    SOCK = "%s-%d" % (SOCK_BASE, runs)
    tmux("new-session", "-d", "-s", "t", "-x", "80", "-y", "24", "sh", "-c", line)


def step(text, *keys):
    """Waits for text, keeps the screen for the banner check, sends keys."""
    screen = wait_for(text)
    t.contains(screen, text, "screen shows %r" % text)
    screens.append(screen)
    # Issue 20: no colour on the default background, pairs >= 4.5:1.
    faults, _ = colours.check(tmux("capture-pane", "-p", "-e", "-t", "t"))
    t.ok(not faults, "colours readable on the screen with %r" % text, "\n".join(faults))
    for k in keys:
        tmux("send-keys", "-t", "t", k)
    return screen


try:
    # The choice, then leaving with q.
    start()
    screen = step("Choose a training scenario")
    t.contains(screen, "TRAINING: practice scenario with a fictional person", "banner on the choice")
    t.contains(screen, "Deckhand on a trawler (adult)", "first scenario listed")
    t.contains(screen, "Sailor asking for information (adult)", "second scenario listed")
    t.contains(screen, " > Deckhand on a trawler (adult)", "the selection marked with '>'")
    bar = screen.rstrip("\n").split("\n")[-1]
    t.contains(bar, "q Quit", "the key bar offers quit")
    t.contains(bar, "Ctrl-X Quick exit", "the key bar offers the quick exit")
    tmux("send-keys", "-t", "t", "Down")
    screen = wait_for(" > Sailor asking")
    t.contains(screen, " > Sailor asking for information (adult)", "the mark follows the selection")
    t.lacks(screen, "> Deckhand", "one mark only")
    tmux("send-keys", "-t", "t", "q")
    screen = wait_for("TIPCHECK-EXIT=")
    t.contains(screen, "TIPCHECK-EXIT=0", "q leaves with exit 0")

    # Ctrl-X on the choice: gone at once, nothing of it left on the screen.
    start()
    step("Choose a training scenario", "C-x")
    screen = wait_for("TIPCHECK-EXIT=")
    t.contains(screen, "TIPCHECK-EXIT=0", "Ctrl-X leaves with exit 0")
    t.lacks(screen, "Choose a training scenario", "the choice is cleared after Ctrl-X")

    # The choice, then a run of deckhand with one sign missed (fee) and a
    # context item (the interpreter) marked yes.
    start()
    step("Choose a training scenario", "Enter")
    step("The person is in danger now.", "n")
    step("An interpreter helps you talk with the person.", "y")
    step("The job turned out different", "p")
    step("Is this job different from the one you were promised?", "Enter")   # the person's screen
    step("The job turned out different", "y")
    step("The person owes a recruitment fee.", "n")
    step("The person works very long hours.", "y")
    step("The person is paid little or nothing.", "y")
    step("The person keeps watch for the skipper.", "n")
    step("The person sleeps in a crowded bunk on board.", "n")
    step("Review the answers", "f")
    # The first screen of the result is the feedback: the score first.
    first = step("Training feedback: Deckhand on a trawler")
    t.contains(first, "3 of 4 required indicators found (75%).", "the score on the first screen")
    t.contains(first, "Indicators found (3)", "what was found, on the first screen")
    t.ok(first.index("3 of 4") < first.index("Indicators found"), "score before found")
    tmux("send-keys", "-t", "t", "NPage")
    feedback = "\n".join([first, wait_for("Marked yes but not in the scenario (0)")])
    t.contains(feedback, "Indicators missed (1)", "feedback names the missed count")
    t.contains(feedback, "Ask: Did you pay anyone to get this job?", "the question missed")
    t.contains(feedback, "Marked yes but not in the scenario (0)", "context item not counted")
    t.lacks(feedback, "- An interpreter helps", "the interpreter is no mistake")
    tmux("send-keys", "-t", "t", "End")
    last = step("Debrief points")
    t.contains(last, "A quiet person is not a person with nothing to say.", "debrief at the end")
    for n, screen in enumerate(screens):
        t.ok(TAG in screen or "TRAINING:" in screen,
             "training mark on captured screen %d" % (n + 1), screen)
finally:
    tmux("kill-server")
sys.exit(t.done())
