"""Printing and saving the result at the end of `screen --plain`, and
`assess --format`: the file written is the one the worker named (mode
0600) and nothing else is written anywhere (strace); it holds the summary
and no answer text; an existing file is replaced only when confirmed; a
missing directory is a clear error and the interview still ends; the
printer command gets the paginated text."""
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assess"))
from engine_fixture import EPOCH, TIPCHECK, Checks, make_data, run, strace_unusable  # noqa: E402

t = Checks()
tmp, data = make_data()
D = ["--content", data]
SECRET = "Zorba-Quentin-1987-secret"

# Steps with labour: the consent intro, danger, may-be-child, false-promises,
# debt, fees, no-pay, hours, lives-at-work, cannot-leave, threats, the end.
# The secret is typed at the first item, where it is not a valid answer.
COMPLETE = "\n" + SECRET + "\n" + "n\nn\n" + "y\ny\nn\n" + "y\ny\nn\n" + "n\nn\n" + "\n"
ANSWERS = ("danger: no\nmay-be-child: no\nfalse-promises: yes\ndebt: yes\nfees: no\n"
           "no-pay: yes\nhours: yes\nlives-at-work: no\ncannot-leave: no\nthreats: no\n")
EXPORT = "Print or save this result? p print, s save, b back to the review, Enter to finish:"


def fresh():
    return tempfile.mkdtemp(prefix="out-", dir=tmp)


def assess(fmt):
    r = run(["assess", "--format", fmt, "labour"] + D, ANSWERS)
    t.ok(r.returncode == 0, "assess --format %s exits 0" % fmt, r.stderr.decode())
    return r.stdout


# --- assess --format ----------------------------------------------------
html = assess("html")
t.ok(html.startswith(b"<!DOCTYPE html>"), "assess --format html: a page")
if shutil.which("xmllint"):
    x = subprocess.run(["xmllint", "--noout", "-"], input=html, capture_output=True)
    t.ok(x.returncode == 0, "assess --format html is well-formed", x.stderr.decode())
t.ok(assess("markdown").startswith(b"# Screening result\n"), "assess --format markdown")
text = assess("text").decode()
t.ok(text.startswith("Screening result\n"), "assess --format text")
t.lacks(text, "\f", "text on stdout: no pages")
t.ok(run(["assess", "labour"] + D, ANSWERS).stdout.decode() == text, "text is the default")
for args, what in ((["--format", "pdf"], "--format: expected text, markdown or html"),
                   (["--format"], "tipcheck assess: option '--format' needs an argument"),
                   (["--format", "html", "--json"], "--json and --format exclude each other")):
    # The option last, so that a missing argument is missing.
    r = run(["assess", "labour"] + D + args, ANSWERS)
    t.ok(r.returncode == 2, "assess %s: exit 2" % " ".join(args), str(r.returncode))
    t.contains(r.stderr.decode(), what, "assess %s: says what was expected" % " ".join(args))
    t.ok(r.stdout == b"", "assess %s: no result" % " ".join(args))

# --- save, watched by strace ---------------------------------------------
WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND")
OPEN = re.compile(r'\b(open|openat|openat2|creat)\((?:[A-Z_0-9]+, )?"([^"]*)", ([^,)]*)')
ALLOWED = ("/dev/tty", "/dev/null", "/dev/stdin", "/dev/stdout", "/dev/stderr")
CHANGES = re.compile(r"\b(mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|link|linkat|"
                     r"symlink|symlinkat|truncate|ftruncate|chmod|fchmodat|mknod|mknodat)\(")

why_not = strace_unusable()
if not why_not:
    home, cwd, out = fresh(), fresh(), fresh()
    target = os.path.join(out, "result.html")
    log = os.path.join(tmp, "strace.log")
    env = dict(os.environ, HOME=home, SOURCE_DATE_EPOCH=EPOCH)
    env.pop("TIPCHECK_CONTENT", None)
    # LeakSanitizer cannot run under ptrace; the untraced runs check leaks.
    asan = env.get("ASAN_OPTIONS", "")
    env["ASAN_OPTIONS"] = (asan + ":" if asan else "") + "detect_leaks=0"
    r = subprocess.run(["strace", "-f", "-qq", "-e", "trace=%file,%network,%desc",
                        "-o", log, TIPCHECK, "screen", "--plain", "labour"] + D,
                       input=(COMPLETE + "s\n" + target + "\n\n\n").encode(), env=env,
                       cwd=cwd, capture_output=True, timeout=120)
    so = r.stdout.decode()
    t.ok(r.returncode == 0, "save under strace exits 0", r.stderr.decode())
    t.contains(so, EXPORT, "the result offers print and save")
    t.contains(so, "Format: t text, m markdown, h html; Enter for html:",
               "the format follows the file name")
    t.contains(so, "Done.", "success said")
    written = []
    for line in open(log).read().splitlines():
        m = OPEN.search(line)
        if m and WRITE_FLAGS.search(m.group(3)) and m.group(2) not in ALLOWED:
            written.append(m.group(2))
            t.ok("O_EXCL" in m.group(3) and "O_NOFOLLOW" in m.group(3),
                 "created exclusively, no symbolic link followed", line)
        t.ok(not CHANGES.search(line), "no other change to the file system", line)
        t.ok(not re.search(r"\b(socket|connect)\(", line), "no network", line)
    t.ok(written == [target], "the only file opened for writing is the one named",
         str(written))
    t.ok(os.listdir(home) == [] and os.listdir(cwd) == [], "nothing in HOME or cwd")
    t.ok(os.listdir(out) == ["result.html"], "only the named file in its folder",
         str(os.listdir(out)))
    if os.path.exists(target):
        st = os.stat(target)
        t.ok(stat.S_IMODE(st.st_mode) == 0o600, "mode 0600", oct(st.st_mode))
        saved = open(target, "rb").read()
        t.ok(saved == html, "the file is the summary (as assess --format html gives it)")
        t.lacks(saved.decode(), SECRET, "no answer text in the saved summary")
else:
    print("the traced save is skipped: " + why_not)

# --- save: formats, refusing to overwrite, a missing directory ----------
out = fresh()
path = os.path.join(out, "result.txt")
r = run(["screen", "--plain", "labour"] + D, COMPLETE + "s\n" + path + "\nm\n")
t.ok(r.returncode == 0, "save then end of input exits 0", r.stderr.decode())
t.contains(r.stdout.decode(), "Enter for text:", "other names default to text")
saved = open(path).read() if os.path.exists(path) else ""
t.ok(saved.startswith("# Screening result\n"), "m chose Markdown over the name", saved[:80])
t.lacks(saved, SECRET, "no answer text in Markdown")
t.contains(saved, "Answers: 4 yes, 6 no, 0 don't know, 0 not asked.", "counts only")

# The default from .md; an existing file is kept unless the worker confirms.
path = os.path.join(out, "kept.md")
with open(path, "w") as f:
    f.write("ORIGINAL\n")
r = run(["screen", "--plain", "labour"] + D, COMPLETE + "s\n" + path + "\n\nn\n\n")
so = r.stdout.decode()
t.contains(so, "Enter for markdown:", ".md defaults to Markdown")
t.contains(so, path + " exists already. Choose another name, or confirm to replace it.",
           "an existing file is said")
t.contains(so, "Replace it? Type y or n:", "asked to confirm")
t.ok(open(path).read() == "ORIGINAL\n", "not replaced without consent")
t.ok(r.returncode == 0, "refusal exits 0")
r = run(["screen", "--plain", "labour"] + D, COMPLETE + "s\n" + path + "\n\ny\n")
t.ok(open(path).read().startswith("# Screening result\n"), "replaced when confirmed")
t.ok(r.stdout.decode().count("Done.") == 1, "and said so")

missing = os.path.join(out, "no-such-folder", "result.txt")
r = run(["screen", "--plain", "labour"] + D, COMPLETE + "s\n" + missing + "\n\n\n")
so = r.stdout.decode()
t.contains(so, "Cannot create " + missing + ": No such file or directory",
           "a missing folder is a clear error")
t.ok(so.count(EXPORT) == 2, "the prompt comes back after the error")
t.ok(so.rstrip().endswith(EXPORT.rstrip()), "Enter then finishes")
t.ok(r.returncode == 0, "the interview still ends cleanly", r.stderr.decode())
t.ok(not os.path.exists(os.path.dirname(missing)), "no folder created")

# Cancel, invalid answers, nothing written.
before = sorted(os.listdir(out))
r = run(["screen", "--plain", "labour"] + D, COMPLETE + "x\ns\n\nzz\n")
so = r.stdout.decode()
t.contains(so, "Not understood. Type p, s or b, or press Enter to finish.", "invalid key said")
t.ok(so.count(EXPORT) == 4, "the prompt comes back after invalid keys and a cancel")
t.ok(sorted(os.listdir(out)) == before, "nothing written without a name")
r = run(["screen", "--plain", "labour"] + D, COMPLETE + "s\n" + os.path.join(out, "f.txt")
        + "\npdf\nh\n")
t.contains(r.stdout.decode(), "Not understood. Type t, m or h, or press Enter.",
           "invalid format said")
t.ok(open(os.path.join(out, "f.txt")).read().startswith("<!DOCTYPE html>"), "h chose HTML")

# --- print --------------------------------------------------------------
out = fresh()
printed = os.path.join(out, "printed.txt")
script = os.path.join(out, "printer.sh")
with open(script, "w") as f:
    f.write("#!/bin/sh\ncat > '%s'\n" % printed)
os.chmod(script, 0o700)
# p asks first, naming the command; n (or anything but yes) prints nothing.
r = run(["screen", "--plain", "--printer", script, "labour"] + D, COMPLETE + "p\nn\n\n")
so = r.stdout.decode()
t.contains(so, "Print the summary with: %s ? Type y or n:" % script, "p asks, naming the command")
t.ok(not os.path.exists(printed) and "Done." not in so, "n: nothing printed")
r = run(["screen", "--plain", "--printer", script, "labour"] + D, COMPLETE + "p\ny\n\n")
so = r.stdout.decode()
t.ok(r.returncode == 0, "print exits 0", r.stderr.decode())
t.contains(so, "Done.", "printing said")
p = open(printed).read() if os.path.exists(printed) else ""
t.ok(p.startswith("Screening result") and "page 1 of" in p, "paginated text to the printer",
     p[:200])
t.contains(p.split("\f")[0], "Recommendation: [!] Refer", "the level on the first page")
t.contains(p.split("\f")[0], "Whom to contact", "the contacts on the first page")
t.lacks(p, SECRET, "no answer text printed")
os.unlink(printed)
r = run(["screen", "--plain", "labour"] + D, COMPLETE + "p\ny\n",
        env_extra={"TIPCHECK_PRINTER": script})
t.ok(os.path.exists(printed), "TIPCHECK_PRINTER without --printer")
r = run(["screen", "--plain", "--printer", "exit 3", "labour"] + D, COMPLETE + "p\ny\n")
t.contains(r.stdout.decode(), "The printer command 'exit 3' failed (exit status 3).",
           "a failing printer is said")
t.ok(r.returncode == 0, "and the interview ends cleanly")

# --- not offered with --json; nothing without a request ------------------
out = fresh()
r = run(["screen", "--plain", "--json", "labour"] + D, COMPLETE + "s\nx.txt\n", cwd=out)
t.lacks(r.stdout.decode() + r.stderr.decode(), EXPORT, "--json: no print or save prompt")
t.ok(os.listdir(out) == [], "--json: nothing saved")
r = run(["screen", "--plain", "labour"] + D, COMPLETE, cwd=out)
t.ok(r.returncode == 0 and os.listdir(out) == [], "end of input: nothing saved")

t.finish(tmp)
