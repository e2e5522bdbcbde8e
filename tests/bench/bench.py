"""Benchmark (meson test --benchmark; never a test): ratios measured in
one run, each with its target and whether it is met.

Each is measured on a copy of the content in two states: compiled
(`tipcheck compile` made its tipcheck.cache, as scripts/setup.sh and the
Debian package leave it) and parsed (no cache: every file parsed, as after
an edit).

1. Load against a bare libyaml event parse of the same files (yaml_peer),
   on the shipped content: instructions under callgrind when valgrind is
   installed, else CPU time. `tipcheck check` against the same peer.
2. Start-up against `dialog --checklist` with the same 67 items of
   labour-adult (when dialog, tmux and valgrind are installed): the
   instructions from launch to the first screen, the start menu and
   `screen labour-adult`'s first question, in an 80x24 tmux pane; the key
   that ends each is sent once the screen shows.
3. Growth 1k -> 10k -> 100k items (the shipped content, every
   language, plus generated checklists; gen_content.py; compiled) of
   `check`, `assess` with every item answered, `print --format html` and a
   whole `screen --plain` interview: CPU time (user + system, best of 3)
   and peak memory of each command; and the CPU time per interview step
   in one process (bench_engine), which must not grow with the checklist.

Targets: load within 1.2x of the peer, compiled and parsed; check within
1.2x of the peer and start-up below dialog, compiled (as users run it:
setup.sh and the Debian package compile the content); the start menu
below dialog parsed too; each
command at 10k items under 100 ms CPU and 32 MiB, at 100k under 1 s; each
10x step grows the time at most 15x (linear, with some constant cost); the
time per interview step grows at most 2x from 1k to 100k.

Parsed, check and start-up are printed without a target, each beside the
floor that rules one out: check is the load plus the checks themselves
(the safety sampling is not parsing), and a bare libyaml parse of only
the files the first question needs is already more than dialog.

Usage: bench.py --tipcheck BIN --engine BIN --peer BIN [--sizes 1000,10000]
       [--only load,startup,growth]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_content  # noqa: E402

SRC = os.environ.get("TIPCHECK_SRC", os.path.dirname(os.path.dirname(HERE)))
results = []


def verdict(what, value, target, ok, how):
    results.append((what, ok))
    print("  %-58s %-22s target %-16s %s  (%s)" % (what, value, target,
                                                   "met" if ok else "NOT MET", how))


def information(what, value, why):
    print("  %-58s %-22s no target: %s" % (what, value, why))


def content_files(root):
    out = []
    for top in ("indicators", "translations"):
        for d, _, files in os.walk(os.path.join(root, top)):
            out += [os.path.join(d, f) for f in sorted(files) if f.endswith(".yaml")]
    return sorted(out)


def callgrind(argv, env=None, stdin=None):
    """Instructions of one run under callgrind (whole process)."""
    with tempfile.NamedTemporaryFile(suffix=".out") as out:
        r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out.name]
                           + argv, env=env, stdin=stdin, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        if r.returncode not in (0,):
            raise RuntimeError("%s failed: %s" % (argv[0], r.stderr.decode()[-500:]))
        return totals(out.name)


def totals(path):
    with open(path) as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError("no totals in " + path)


def cpu_run(argv, stdin_data=None, env=None, runs=3):
    """Best CPU seconds (user + system) of runs, and the peak RSS in KiB."""
    best, rss = None, 0
    for _ in range(runs):
        with tempfile.TemporaryFile() as inp:
            if stdin_data is not None:
                inp.write(stdin_data)
                inp.seek(0)
            p = subprocess.Popen(argv, stdin=inp if stdin_data is not None else subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            _, status, ru = os.wait4(p.pid, 0)
            err = p.stderr.read().decode(errors="replace")
            p.stderr.close()
            code = os.waitstatus_to_exitcode(status)
            if code not in (0,):
                raise RuntimeError("%s exit %d: %s" % (" ".join(argv[:3]), code, err[-400:]))
            t = ru.ru_utime + ru.ru_stime
            best = t if best is None or t < best else best
            rss = max(rss, ru.ru_maxrss)
    return best, rss


# --- 1. load and check against the bare parse ----------------------------

def copies(tipcheck, tmp):
    """Two copies of the shipped content: {"compiled": dir, "parsed": dir}."""
    out = {}
    for state in ("compiled", "parsed"):
        d = os.path.join(tmp, state)
        for top in ("indicators", "translations"):
            shutil.copytree(os.path.join(SRC, top), os.path.join(d, top))
        out[state] = d
    compile_content(tipcheck, out["compiled"])
    return out


def compile_content(tipcheck, d):
    subprocess.run([tipcheck, "compile"], env=dict(os.environ, TIPCHECK_CONTENT=d),
                   check=True, stdout=subprocess.DEVNULL)


def bench_load(a):
    print("\n1. Loading the shipped content against a bare libyaml parse of the same files")
    files = content_files(SRC)
    tmp = tempfile.mkdtemp(prefix="tipcheck-bench-")
    try:
        dirs = copies(a.tipcheck, tmp)
        if shutil.which("valgrind"):
            how = "instructions, callgrind"
            measure = callgrind
            fmt = lambda n: "%.1f M" % (n / 1e6)  # noqa: E731
        else:
            how = "CPU time, best of 5 (valgrind not installed)"
            measure = lambda argv, env=None: cpu_run(argv, env=env, runs=5)[0]  # noqa: E731
            fmt = lambda s: "%.1f ms" % (s * 1e3)  # noqa: E731
        peer = measure([a.peer] + files)
        print("  bare libyaml parse of %d files: %s" % (len(files), fmt(peer)))
        load, check = {}, {}
        for state in ("compiled", "parsed"):
            # The content itself (TIPCHECK_CONTENT), not a layer over it
            # (TIPCHECK_DATA, --data): one copy, as the bare parse reads it.
            env = dict(os.environ, TIPCHECK_CONTENT=dirs[state])
            load[state] = measure([a.engine, "load", dirs[state]])
            check[state] = measure([a.tipcheck, "check"], env=env)
            print("  content %s: load %s, check %s" % (state, fmt(load[state]),
                                                      fmt(check[state])))
            verdict("load / bare parse, content %s" % state, "%.2fx" % (load[state] / peer),
                    "<= 1.2x", load[state] <= 1.2 * peer, how)
        verdict("check / bare parse, content compiled", "%.2fx" % (check["compiled"] / peer),
                "<= 1.2x", check["compiled"] <= 1.2 * peer, how)
        checks = check["compiled"] - load["compiled"]
        information("check / bare parse, content parsed", "%.2fx" % (check["parsed"] / peer),
                    "the load (%.2fx) plus the checks themselves (%s, %.2fx)"
                    % (load["parsed"] / peer, fmt(checks), checks / peer))
    finally:
        shutil.rmtree(tmp)


# --- 2. start-up against dialog ----------------------------------------------

class Pane:
    def __init__(self, tmp):
        self.sock = "tipcheck-bench-%d" % os.getpid()
        self.conf = os.path.join(tmp, "tmux.conf")
        with open(self.conf, "w") as f:
            f.write("set -g status off\n")

    def tmux(self, *args):
        return subprocess.run(["tmux", "-L", self.sock, "-f", self.conf] + list(args),
                              capture_output=True, text=True, timeout=30).stdout

    def run(self, argv, marker, key, env):
        """Instructions of argv under callgrind until marker shows, then key."""
        out = tempfile.mktemp(suffix=".callgrind")
        quoted = " ".join("'" + x.replace("'", "'\\''") + "'" for x in argv)
        envs = " ".join("%s='%s'" % kv for kv in env.items())
        self.tmux("kill-server")
        self.tmux("new-session", "-d", "-s", "b", "-x", "80", "-y", "24", "sh", "-c",
                  "env %s valgrind --tool=callgrind --callgrind-out-file=%s %s 2>/dev/null;"
                  " echo BENCH-DONE; sleep 120" % (envs, out, quoted))
        try:
            end = time.time() + 120
            while marker not in self.tmux("capture-pane", "-p", "-t", "b"):
                if time.time() > end:
                    raise RuntimeError("no %r on the screen of %s" % (marker, argv[0]))
                time.sleep(0.1)
            self.tmux("send-keys", "-t", "b", key)
            while "BENCH-DONE" not in self.tmux("capture-pane", "-p", "-t", "b"):
                if time.time() > end:
                    raise RuntimeError("%s did not end" % argv[0])
                time.sleep(0.1)
            return totals(out)
        finally:
            self.tmux("kill-server")
            if os.path.exists(out):
                os.unlink(out)


def bench_startup(a):
    print("\n2. Start-up against dialog --checklist with the 67 items of labour-adult "
          "(target: fewer instructions than dialog, launch to first screen)")
    missing = [p for p in ("dialog", "tmux", "valgrind") if not shutil.which(p)]
    if missing:
        print("  skipped: %s not installed (scripts/setup.sh installs them)" % ", ".join(missing))
        return
    r = subprocess.run([a.engine, "items", SRC, "labour-adult"], capture_output=True,
                       text=True, check=True)
    args = []
    for line in r.stdout.splitlines():
        tag, text = line.split("\t", 1)
        args += [tag, text, "off"]
    tmp = tempfile.mkdtemp(prefix="tipcheck-bench-")
    try:
        dirs = copies(a.tipcheck, tmp)
        pane = Pane(tmp)
        env = {"TERM": "tmux-256color", "LC_ALL": "C.UTF-8", "HOME": tmp}
        dialog = pane.run(["dialog", "--checklist", "Labour", "0", "0", "0"] + args,
                          "Labour", "Escape", env)
        print("  dialog --checklist, %d items: %.1f M instructions" % (len(args) // 3,
                                                                      dialog / 1e6))
        menu = [a.tipcheck]
        screen = [a.tipcheck, "screen", "--lang", "en", "--ask-lang", "en", "--region",
                  "international", "labour-adult"]
        how = "instructions, callgrind"
        floor_files = first_question_files(SRC, "labour-adult")
        floor = callgrind([a.peer] + floor_files)
        for state in ("compiled", "parsed"):
            env["TIPCHECK_CONTENT"] = dirs[state]
            for what, argv in (("start menu", menu),
                               ("screen labour-adult, first question", screen)):
                n = pane.run(argv, "Quick exit", "C-x", env)
                value = "%.1f M = %.2fx" % (n / 1e6, n / dialog)
                if state == "parsed" and argv is screen:
                    information("%s / dialog, content %s" % (what, state), value,
                                "a bare parse of %s alone is %.1f M = %.2fx"
                                % (", ".join(os.path.relpath(f, SRC) for f in floor_files),
                                   floor / 1e6, floor / dialog))
                else:
                    verdict("%s / dialog, content %s" % (what, state), value, "< 1x",
                            n < dialog, how)
    finally:
        shutil.rmtree(tmp)


def top_value(path, key):
    """A top-level scalar of a content file (enough for `rules:`, `first:`)."""
    with open(path) as f:
        for line in f:
            if line.startswith(key + ":"):
                return line.split(":", 1)[1].split("#")[0].strip()
    return None


def first_question_files(root, checklist):
    """The least an interview must parse to ask its first question: the
    checklist, the checklists asked first, their rules, the English catalog."""
    lists = os.path.join(root, "indicators", "checklists")
    files = [os.path.join(lists, checklist + ".yaml")]
    files += [os.path.join(lists, f) for f in sorted(os.listdir(lists))
              if top_value(os.path.join(lists, f), "first") == "true"]
    rules = {top_value(f, "rules") for f in files} - {None}
    files += [os.path.join(root, "indicators", "rules", r + ".yaml") for r in sorted(rules)]
    return files + [os.path.join(root, "translations", "en.yaml")]


# --- 3. growth -----------------------------------------------------------------

def answers_for(ids, n):
    """Every generated item answered, yes and no in turn."""
    lines = []
    for k, cid in enumerate(ids):
        first = k * gen_content.PER_FILE
        for i in range(first, min(n, first + gen_content.PER_FILE)):
            lines.append("%s.i%d: %s\n" % (cid, i, "yes" if i % 2 else "no"))
    return "".join(lines).encode()


def plain_input(n):
    """A whole --plain interview: the shipped first checklist's steps with
    lines that answer an item, continue at an alert and pass an intro
    (whichever the step takes), then one answer per generated item."""
    return ("n\nc\n\n" * 40 + "".join("y\n" if i % 2 else "n\n" for i in range(n))).encode()


def bench_growth(a, sizes):
    print("\n3. Growth with the number of items (shipped content, every language, plus "
          "generated checklists; compiled)")
    table = {}
    step_ns = {}
    for n in sizes:
        tmp = tempfile.mkdtemp(prefix="tipcheck-bench-")
        try:
            data = os.path.join(tmp, "data")
            ids = gen_content.generate(SRC, data, n)
            compile_content(a.tipcheck, data)
            env = dict(os.environ, TIPCHECK_CONTENT=data)
            runs = {
                "check": ([a.tipcheck, "check"], None),
                "assess": ([a.tipcheck, "assess"] + ids, answers_for(ids, n)),
                "print --format html": ([a.tipcheck, "print", "--format", "html"] + ids, None),
                "screen --plain": ([a.tipcheck, "screen", "--plain"] + ids, plain_input(n)),
            }
            for name, (argv, stdin) in runs.items():
                try:
                    table[(name, n)] = cpu_run(argv, stdin, env)
                except (RuntimeError, subprocess.TimeoutExpired) as e:
                    print("  %s at %d items: %s" % (name, n, e))
            if a.engine:
                r = subprocess.run([a.engine, "engine", data], capture_output=True, text=True)
                if r.returncode == 0:
                    fig = dict(kv.split("=") for kv in r.stdout.split())
                    step_ns[n] = float(fig["step_ns"])
                    print("  %6d items, one process: load %s ms, %s interview steps at %s ns "
                          "each, evaluation %s ms, safety checks %s ms (%s evaluations), "
                          "content warnings %s ms" % (
                              n, fig["load_ms"], fig["steps"], fig["step_ns"],
                              fig["evaluate_ms"], fig["safety_ms"],
                              fig["safety_evaluations"], fig["lint_ms"]))
        finally:
            shutil.rmtree(tmp)
    print("  %-22s %s" % ("CPU ms / peak MiB", "".join("%14d" % n for n in sizes)))
    for name in ("check", "assess", "print --format html", "screen --plain"):
        row = "".join("%14s" % ("%.0f / %.1f" % (table[(name, n)][0] * 1e3,
                                                  table[(name, n)][1] / 1024)
                                if (name, n) in table else "-") for n in sizes)
        print("  %-22s %s" % (name, row))
    how = "CPU time, best of 3"
    for name in ("check", "assess", "print --format html", "screen --plain"):
        for lo, hi in zip(sizes, sizes[1:]):
            if (name, lo) in table and (name, hi) in table:
                g = table[(name, hi)][0] / max(table[(name, lo)][0], 1e-3)
                verdict("%s: growth %dk -> %dk" % (name, lo // 1000, hi // 1000), "%.1fx" % g,
                        "<= 15x", g <= 15, how)
            elif (name, lo) in table:
                verdict("%s: growth %dk -> %dk" % (name, lo // 1000, hi // 1000),
                        "did not finish", "<= 15x", False, how)
        if name == "screen --plain":
            continue
        if (name, 10000) in table:
            t, rss = table[(name, 10000)]
            verdict("%s at 10k items" % name, "%.0f ms, %.1f MiB" % (t * 1e3, rss / 1024),
                    "< 100 ms, 32 MiB", t < 0.1 and rss < 32 * 1024, how + ", peak RSS")
        if 100000 in sizes:
            t = table.get((name, 100000), (None, 0))[0]
            verdict("%s at 100k items" % name, "%.0f ms" % (t * 1e3) if t else "did not finish",
                    "< 1000 ms", bool(t) and t < 1, how)
    if len(step_ns) > 1:
        lo, hi = min(step_ns), max(step_ns)
        g = step_ns[hi] / max(step_ns[lo], 1)
        verdict("interview step cost %dk -> %dk" % (lo // 1000, hi // 1000),
                "%.0f -> %.0f ns = %.2fx" % (step_ns[lo], step_ns[hi], g), "<= 2x", g <= 2,
                "CPU time per step, one process")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tipcheck", required=True)
    p.add_argument("--engine")
    p.add_argument("--peer")
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--only", default="load,startup,growth")
    a = p.parse_args()
    only = a.only.split(",")
    if "load" in only:
        bench_load(a)
    if "startup" in only:
        bench_startup(a)
    if "growth" in only:
        bench_growth(a, [int(s) for s in a.sizes.split(",")])
    met = sum(1 for _, ok in results if ok)
    print("\n%d of %d targets met%s" % (met, len(results), "" if met == len(results) else
                                       "; not met: " + "; ".join(w for w, ok in results if not ok)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
