"""The privacy invariant, watched from outside: a whole --plain interview
and an assess run under strace write no file, open no socket and create
nothing in HOME or the working directory; core dumps are off; a signal in
the middle of an interview ends it without a core."""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "assess"))
sys.path.insert(0, os.path.join(HERE, "..", "plain"))
from alerts_fixture import make_alert_data  # noqa: E402
from engine_fixture import EPOCH, TIPCHECK, Checks, make_data, strace_unusable  # noqa: E402

t = Checks()
tmp, data = make_data()
D = ["--data", data]

why_not = strace_unusable()
if why_not:
    print("skipped: " + why_not)
    sys.exit(77)

WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND")
OPEN = re.compile(r'\b(open|openat|openat2|creat)\((?:[A-Z_0-9]+, )?"([^"]*)", ([^,)]*)')
ALLOWED = ("/dev/tty", "/dev/null", "/dev/stdin", "/dev/stdout", "/dev/stderr")
# File system calls that change something, whatever their flags.
CHANGES = re.compile(r"\b(mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|link|linkat|"
                     r"symlink|symlinkat|truncate|ftruncate|chmod|fchmodat|mknod|mknodat)\(")
NETWORK = re.compile(r"\b(socket|connect|bind|sendto|sendmsg|listen|accept4?)\(")


def traced(args, stdin, what):
    home = tempfile.mkdtemp(prefix="tipcheck-home-")
    cwd = tempfile.mkdtemp(prefix="tipcheck-cwd-")
    log = os.path.join(tmp, "strace.log")
    env = dict(os.environ, HOME=home, SOURCE_DATE_EPOCH=EPOCH)
    # LeakSanitizer cannot run under ptrace; the other suites check leaks.
    asan = env.get("ASAN_OPTIONS", "")
    env["ASAN_OPTIONS"] = (asan + ":" if asan else "") + "detect_leaks=0"
    r = subprocess.run(["strace", "-f", "-qq", "-e", "trace=%file,%network,%desc",
                        "-o", log, TIPCHECK] + args,
                       input=stdin.encode(), env=env, cwd=cwd, capture_output=True,
                       timeout=120)
    t.ok(r.returncode == 0, what + ": exits 0 under strace", r.stderr.decode())
    trace = open(log).read()
    t.ok("execve(" in trace, what + ": strace saw the run")
    for line in trace.splitlines():
        m = OPEN.search(line)
        if m and WRITE_FLAGS.search(m.group(3)) and m.group(2) not in ALLOWED:
            t.ok(False, what + ": opened for writing: " + line)
        if CHANGES.search(line):
            t.ok(False, what + ": changed the file system: " + line)
        if NETWORK.search(line):
            t.ok(False, what + ": network call: " + line)
    t.ok(os.listdir(home) == [], what + ": nothing created in HOME", str(os.listdir(home)))
    t.ok(os.listdir(cwd) == [], what + ": nothing created in the working directory",
         str(os.listdir(cwd)))
    shutil.rmtree(home)
    shutil.rmtree(cwd)
    return r


COMPLETE = "\n" + "n\nn\n" + "y\ny\nn\n" + "y\ny\ny\ny\n" + "n\nn\n" + "\n"
r = traced(["screen", "--plain", "labour"] + D, COMPLETE, "screen --plain")
t.contains(r.stdout.decode(), "Recommendation:", "screen --plain: the result was shown")
r = traced(["screen", "--plain", "--json", "labour"] + D, COMPLETE, "screen --plain --json")
r = traced(["assess", "labour"] + D, "debt: yes\nno-pay: yes\nhours: no\n", "assess")
t.contains(r.stdout.decode(), "Recommendation:", "assess: the result was shown")
r = traced(["assess", "--json", "labour"] + D, "debt: yes\n", "assess --json")
# Safety interrupts write nothing: continue at an emergency, then stop at
# a discreet alert.
atmp, adata = make_alert_data()
r = traced(["screen", "--plain", "labour", "--data", adata], "\n" + "y\n" + "c\n" + "n\n" + "s\n",
           "screen --plain, interrupts")
t.contains(r.stdout.decode(), "Stopped.", "screen --plain, interrupts: stopped")
shutil.rmtree(atmp, ignore_errors=True)


def started():
    """An interview waiting for its first answer."""
    p = subprocess.Popen([TIPCHECK, "screen", "--plain", "labour"] + D,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    p.stdin.write(b"\ny\n")
    p.stdin.flush()
    deadline = time.time() + 10
    seen = b""
    os.set_blocking(p.stdout.fileno(), False)
    while b"Item 2 of" not in seen and time.time() < deadline:
        try:
            seen += p.stdout.read() or b""
        except (BlockingIOError, TypeError):
            pass
        time.sleep(0.05)
    return p, seen


# Core dumps off and the process not dumpable, checked on a live interview.
p, seen = started()
t.ok(b"Item 2 of" in seen, "live interview reached item 2", seen.decode())
limits = open("/proc/%d/limits" % p.pid).read()
core = [l for l in limits.splitlines() if l.startswith("Max core file size")]
t.ok(core and core[0].split()[4:6] == ["0", "0"], "RLIMIT_CORE is 0 (soft and hard)",
     str(core))
if os.geteuid() != 0:
    # Root reads it anyway; test_harden checks PR_GET_DUMPABLE directly.
    try:
        open("/proc/%d/environ" % p.pid).read()
        readable = True
    except PermissionError:
        readable = False
    t.ok(not readable, "not dumpable: /proc/PID/environ closed to the same user")

# SIGTERM mid-interview: the default action after the wipe, no core file.
cwd_before = set(os.listdir(os.getcwd()))
p.send_signal(signal.SIGTERM)
rc = p.wait(timeout=10)
t.ok(rc == -signal.SIGTERM, "SIGTERM ends the interview by the signal", str(rc))
t.ok(set(os.listdir(os.getcwd())) == cwd_before, "no core file left")
p.stdout.close()
p.stdin.close()
p.stderr.close()

# SIGQUIT would dump core by default: with RLIMIT_CORE 0 it does not.
p, seen = started()
p.send_signal(signal.SIGQUIT)
rc = p.wait(timeout=10)
t.ok(rc == -signal.SIGQUIT, "SIGQUIT ends it", str(rc))
t.ok(set(os.listdir(os.getcwd())) == cwd_before, "no core file after SIGQUIT")
for f in (p.stdout, p.stdin, p.stderr):
    f.close()

t.finish(tmp)
