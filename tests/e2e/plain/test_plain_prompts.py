"""How much a screen reader has to read besides the interview itself: a
whole `general` interview in --plain (the shipped content, English),
answered as a worker would, one line whenever the program waits for one.
The prompts are the text after the last newline each time it waits; the
keys are said once at the start. Together they must be at most half of
the prompts of commit 072c4f7, measured with this same script: 4916
characters (49 prompts of the form "Is the sign present? (y/1 yes, n/2
no, u/3 don't know, s/4 skip, b back, r review, ? guidance, q quit): ")."""
import fcntl
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assess"))
from engine_fixture import EPOCH, Checks  # noqa: E402

TIPCHECK = os.environ["TIPCHECK"]
SRC = os.environ["TIPCHECK_SRC"]
BEFORE = 4916


def waiting(pid):
    """The process sleeps: with its output drained, that is a read of a line."""
    with open("/proc/%d/stat" % pid) as f:
        return f.read().rsplit(")", 1)[1].split()[0] == "S"


def interview(argv, policy):
    """Runs argv, answering with policy(chunk, prompt) each time it waits.
    Returns the output and the prompts."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    env.pop("TIPCHECK_DATA", None)
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env)
    fd = p.stdout.fileno()
    fcntl.fcntl(fd, fcntl.F_SETFL, os.O_NONBLOCK)
    out, prompts, start = b"", [], 0
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            data = os.read(fd, 65536)
            if not data:
                break
            out += data
            continue
        except BlockingIOError:
            pass
        if p.poll() is not None or not waiting(p.pid):
            time.sleep(0.002)
            continue
        time.sleep(0.01)
        try:
            data = os.read(fd, 65536)
            if data:
                out += data
                continue
        except BlockingIOError:
            pass
        text = out.decode()
        chunk = text[start:]
        prompt = chunk.rsplit("\n", 1)[-1]
        prompts.append(prompt)
        p.stdin.write((policy(chunk, prompt) + "\n").encode())
        p.stdin.flush()
        start = len(text)
    p.stdin.close()
    p.wait(timeout=30)
    p.stdout.close()
    return out.decode(), prompts


def policy(chunk, prompt):
    """Enter where the prompt asks for it; yes to "safe to talk" (no alert
    interrupts), no to every other sign."""
    if "Enter" in prompt:
        return ""
    if "safe to talk now" in " ".join(chunk.split()):
        return "y"
    return "n"


t = Checks()
out, prompts = interview([TIPCHECK, "screen", "--plain", "--data", SRC, "--lang", "en",
                          "--ask-lang", "en", "general"], policy)
keys = out.split("\n\n", 1)[0].split("\n", 1)[1] if "\n\n" in out else ""
n_prompts = sum(len(p) for p in prompts)
print("prompts: %d reads, %d characters (before: %d); keys said once: %d characters"
      % (len(prompts), n_prompts, BEFORE, len(keys)))
t.ok(len(prompts) == 49, "the same interview as before: 49 lines read", str(len(prompts)))
t.contains(out, "Recommendation:", "the interview reached its result")
t.contains(keys, "Type one of these, then press Enter:", "the keys are said at the start")
t.ok(n_prompts + len(keys) <= BEFORE // 2, "prompts and keys at most half of before: %d + %d"
     % (n_prompts, len(keys)))
t.ok(out.count("Type one of these") == 1, "the keys are said once")
print("%d checks passed, %d failed" % (t.passed, t.failed))
sys.exit(1 if t.failed else 0)
