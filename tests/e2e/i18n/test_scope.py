#!/usr/bin/env python3
"""Person-scope catalogs and stale translations, end to end.

A copy of the shipped content gets a small person-scope catalog (xx) and
source hashes in es.yaml: one matching the English now, one not. Checks that
`check` warns at the stale string only (FILE:LINE:COLUMN), `check --stale`
lists it, `list` shows the scope and a percentage of the scope, --lang
refuses the person catalog with a usage error and --ask-lang takes it.
Environment: TIPCHECK (the binary), TIPCHECK_SRC (the source tree).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

BIN = os.environ.get("TIPCHECK", "build/tipcheck")
SRC = os.environ.get("TIPCHECK_SRC", ".")


def fnv1a(text):
    h = 2166136261
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return "%08x" % h


def run(*args):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    p = subprocess.run([BIN] + list(args), capture_output=True, env=env, timeout=60)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def expect(cond, what, out=""):
    if not cond:
        print("FAIL:", what, "\n", out)
        sys.exit(1)


def main():
    tmp = tempfile.mkdtemp(prefix="tipcheck-scope-")
    try:
        for d in ("indicators", "translations"):
            shutil.copytree(os.path.join(SRC, d), os.path.join(tmp, d))
        tr = os.path.join(tmp, "translations")
        with open(os.path.join(tr, "xx.yaml"), "w", encoding="utf-8") as f:
            f.write("schema: 1\nscope: person\nlanguage: xx\nname: Xx\n"
                    "status: draft\nnote: test fixture\nstrings:\n"
                    "  safety-and-needs.immediate-danger.person_ask: \"XX danger?\"\n")
        es = os.path.join(tr, "es.yaml")
        with open(es, encoding="utf-8") as f:
            text = f.read()
        lines = text.split("\n")
        stale_line = next(i for i, l in enumerate(lines)
                          if l.startswith("  ui.list.rules:")) + 1
        # Two more hashes: in the file's block (it ends the file), or a new one.
        with open(es, "a", encoding="utf-8") as f:
            f.write("%s  ui.list.checklists: %s\n  ui.list.rules: 00000000\n"
                    % ("" if "\nsource_hashes:\n" in text else "source_hashes:\n",
                       fnv1a("Checklists")))

        rc, out, err = run("check", "--content", tmp)
        expect(rc == 0, "check passes with warnings", err)
        want = "translations/es.yaml:%d:3: warning: 'ui.list.rules': the English " \
               "changed" % stale_line
        expect(want in err, "stale warning at the string: " + want, err)
        expect("'ui.list.checklists': the English" not in err,
               "a string whose hash matches is not stale", err)

        rc, out, err = run("check", "--content", tmp, "--stale", "es")
        expect(rc == 0 and out.strip().endswith(":%d:3 ui.list.rules %s"
                                                % (stale_line, fnv1a("Rules")))
               and len(out.strip().split("\n")) == 1,
               "--stale lists the one string with the hash of its English now",
               out + err)
        expect(fnv1a("Rules") in err, "the warning names the hash to record", err)

        # --stamp: the block to keep in the file. A recorded hash stays (the
        # stale one too: only its translator may refresh it), a string never
        # stamped gets the hash of its English now.
        rc, out, err = run("check", "--content", tmp, "--stamp", "es")
        stamped = dict(re.findall(r'^  (\S+): "([0-9a-f]{8})"$', out, re.M))
        expect(rc == 0 and out.startswith("source_hashes:\n"), "--stamp prints a block",
               out + err)
        expect(stamped.get("ui.list.rules") == "00000000", "a stale hash is kept", out)
        expect(stamped.get("ui.list.checklists") == fnv1a("Checklists"),
               "a current hash is kept", out)
        expect(stamped.get("ui.list.languages") == fnv1a("Languages"),
               "a string never stamped gets the hash of its English now", out)
        with open(es, encoding="utf-8") as f:
            text = f.read()
        with open(es, "w", encoding="utf-8") as f:
            f.write(text[:text.index("\nsource_hashes:") + 1] + out)
        rc, out, err = run("check", "--content", tmp)
        expect(rc == 0 and err.count("the English changed") == 1,
               "the stamped file is valid and only the stale string warns", err)

        rc, out, err = run("list", "--content", tmp)
        row = re.search(r"^\s*xx\s+Xx\s+draft\s+person\s+(\d+)%", out, re.M)
        expect(row and int(row.group(1)) < 100, "list: xx person with a percentage",
               out)
        expect(re.search(r"^\s*es\s+\S+\s+draft\s+full\s+\d+%", out, re.M),
               "list: es full", out)

        rc, out, err = run("list", "--content", tmp, "--lang", "xx")
        expect(rc == 2 and "--ask-lang" in err and "xx" in err,
               "--lang refuses a person-scope catalog", err)

        rc, out, err = run("print", "--content", tmp, "--ask-lang", "xx",
                           "safety-and-needs")
        expect(rc == 0, "--ask-lang takes a person-scope catalog", err)
    finally:
        shutil.rmtree(tmp)
    print("ok")


if __name__ == "__main__":
    main()
