#!/usr/bin/env python3
"""The man page's SYNOPSIS says what the command table says: its lines are,
in order, the usage lines of 'tipcheck --help' and of every command's
--help (both generated from the table in src/frontend/commands.c)."""
import os
import re
import subprocess
import sys

BIN = os.environ["TIPCHECK"]
MAN = os.path.join(os.environ["TIPCHECK_SRC"], "doc", "tipcheck.1")


def man_synopsis():
    """The SYNOPSIS of the man page as plain lines, one per .br."""
    with open(MAN, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"^\.SH SYNOPSIS\n(.*?)^\.SH ", text, re.S | re.M)
    if not m:
        sys.exit("FAIL: no SYNOPSIS in %s" % MAN)
    lines = []
    for chunk in re.split(r"^\.br\n", m.group(1), flags=re.M):
        words = []
        for line in chunk.splitlines():
            line = re.sub(r"^\.(B|I|BR|IR|RB|BI)\s+", "", line)
            words.append(line)
        s = " ".join(words)
        s = re.sub(r"\\f[BIRP]", "", s).replace("\\-", "-").replace('"', "")
        lines.append(" ".join(s.split()))
    return [l for l in lines if l]


def usage_lines(args):
    """The 'Usage:' lines that --help prints (the first and those under it)."""
    r = subprocess.run([BIN] + args + ["--help", "--lang", "en"], capture_output=True,
                       text=True, env=dict(os.environ, LC_ALL="C.UTF-8"))
    if r.returncode != 0:
        sys.exit("FAIL: tipcheck %s --help exited %d" % (" ".join(args), r.returncode))
    out = []
    for i, line in enumerate(r.stdout.splitlines()):
        if i == 0 and line.startswith("Usage: "):
            out.append(line[len("Usage: "):].strip())
        elif i > 0 and out and line.startswith(" " * len("Usage: ") + "tipcheck"):
            out.append(line.strip())
        else:
            break
    return out, r.stdout


def main():
    program, text = usage_lines([])
    commands = re.search(r"^Commands:\n((?:  \S.*\n)+)", text, re.M)
    if not program or not commands:
        sys.exit("FAIL: no usage or command list in tipcheck --help:\n" + text)
    table = list(program)
    for line in commands.group(1).splitlines():
        lines, _ = usage_lines([line.split()[0]])
        table += lines
    man = man_synopsis()
    if man != table:
        print("FAIL: the man page's SYNOPSIS differs from the command table")
        print("man page:\n  " + "\n  ".join(man))
        print("table (--help):\n  " + "\n  ".join(table))
        return 1
    print("ok: %d synopsis lines agree" % len(man))
    return 0


if __name__ == "__main__":
    sys.exit(main())
