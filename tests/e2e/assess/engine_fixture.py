"""Shared by the assess, plain and privacy end-to-end tests: the fixture
content (tests/fixtures/engine) with the shipped English interface words,
in a fresh temporary folder, and a way to run the real binary."""
import os
import shutil
import subprocess
import sys
import tempfile

TIPCHECK = os.environ["TIPCHECK"]
SRC = os.environ["TIPCHECK_SRC"]
# A fixed date keeps the output reproducible (2026-03-04 UTC).
EPOCH = "1772582400"


def make_data():
    """A temporary data folder; removed at exit by the caller's cleanup."""
    tmp = tempfile.mkdtemp(prefix="tipcheck-engine-")
    data = os.path.join(tmp, "data")
    shutil.copytree(os.path.join(SRC, "tests", "fixtures", "engine"), data)
    shutil.copy(os.path.join(SRC, "translations", "en.yaml"),
                os.path.join(data, "translations", "en.yaml"))
    return tmp, data


def strace_unusable():
    """Why strace cannot watch a run here (None when it can): not
    installed, or ptrace not permitted (some containers and build chroots
    forbid it). The caller skips its traced checks, saying why."""
    if not shutil.which("strace"):
        return "strace not installed"
    r = subprocess.run(["strace", "-f", "-qq", "-o", os.devnull, "true"],
                       capture_output=True, timeout=60)
    if r.returncode != 0:
        return "strace cannot trace here: " + r.stderr.decode(errors="replace").strip()
    return None


def run(args, stdin="", env_extra=None, cwd=None):
    env = dict(os.environ)
    env["SOURCE_DATE_EPOCH"] = EPOCH
    env.pop("TIPCHECK_DATA", None)
    if env_extra:
        env.update(env_extra)
    return subprocess.run([TIPCHECK] + args, input=stdin.encode(), env=env,
                          cwd=cwd, capture_output=True, timeout=60)


class Checks:
    """Counts failures and reports them all, like a tiny test runner."""

    def __init__(self):
        self.failed = 0
        self.passed = 0

    def ok(self, cond, what, detail=""):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: " + what, file=sys.stderr)
            if detail:
                print(detail, file=sys.stderr)

    def contains(self, text, needle, what):
        """needle in text, whatever the line breaks and indentation."""
        flat = " ".join(text.split())
        self.ok(" ".join(needle.split()) in flat, what + ": expected " + repr(needle), text)

    def lacks(self, text, needle, what):
        self.ok(needle not in text, what + ": unexpected " + repr(needle), text)

    def finish(self, tmp):
        shutil.rmtree(tmp, ignore_errors=True)
        print("%d checks passed, %d failed" % (self.passed, self.failed))
        sys.exit(1 if self.failed else 0)
