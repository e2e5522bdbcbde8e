"""No cycles between modules (issue 12.7).

A module is a file stem: src/content/loader.c and include/tipcheck/loader.h
are the module `loader`. A module too large for one file is split into
parts, each saying so in its opening comment ("Part of the module doc."
in doc_html.c, or "part of the module explain" in the internal header
explain_build.h); a part counts as its module. Two graphs are checked:

  includes  module A -> B when a file of A includes a header of B
            (#include "..." in src/ and include/; system headers and the
            generated config.h are not modules);
  symbols   module A -> B when an object file of A uses a global symbol
            (a function or a table) that an object file of B defines,
            read with `nm` from the static libraries given.

Each strongly connected group of more than one module is a cycle, printed
as a path that closes on itself. The symbol graph is checked where calls
must go one way: the core library (util, content, assessment, output,
privacy). The front ends are left out of it: their dispatch tables (the
subcommands of commands.c, the screens of the full screen) hold pointers to
handlers that call back into the dispatcher's helpers, a cycle through data
that `nm` cannot tell from a call. Their includes are checked like the
core's.

Usage: cycles.py SRC_ROOT [LIBRARY.a...]; exit 1 when there is a cycle.
       cycles.py --self-test: the checker finds and names a planted cycle.
"""
import os
import re
import subprocess
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
PART = re.compile(r'\A/\*.*?\b[Pp]art of the module (\w+)\b.*?\*/', re.S)
NOT_MODULES = {"config"}


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


def sources(root):
    """(stem, text) of every .c and .h under src/ and include/."""
    for top in ("src", "include"):
        for d, _, files in os.walk(os.path.join(root, top)):
            for f in files:
                if f.endswith((".c", ".h")):
                    with open(os.path.join(d, f), encoding="utf-8") as fh:
                        yield stem(f), fh.read()


def parts(root):
    """The module of each file stem that declares itself a part of one."""
    out = {}
    for name, text in sources(root):
        m = PART.match(text)
        if m and m.group(1) != name:
            out[name] = m.group(1)
    return out


def include_graph(root):
    part_of = parts(root)
    graph = {}
    for name, text in sources(root):
        a = part_of.get(name, name)
        graph.setdefault(a, set())
        for inc in INCLUDE.findall(text):
            b = stem(inc)
            b = part_of.get(b, b)
            if b != a and b not in NOT_MODULES:
                graph[a].add(b)
    return graph


def object_module(member):
    """The module of an object file: meson names it after its source
    (src_content_loader.c.o is `loader`); None for anything else."""
    base = os.path.basename(member)
    base = base[:-len(".c.o")] if base.endswith(".c.o") else os.path.splitext(base)[0]
    for layer in ("util", "content", "assessment", "output", "privacy", "frontend"):
        prefix = "src_%s_" % layer
        if base.startswith(prefix):
            return base[len(prefix):]
    return None


def symbol_graph(archives, part_of):
    """Module graph of the global symbols used and defined in the members
    of static libraries (nm -P -A: "LIB[MEMBER]: NAME TYPE ...")."""
    defs, uses = {}, {}
    for lib in archives:
        out = subprocess.run(["nm", "-P", "-A", lib], capture_output=True, text=True,
                             check=True).stdout
        for line in out.splitlines():
            where, _, rest = line.partition(": ")
            parts = rest.split()
            if "[" not in where or len(parts) < 2:
                continue
            m = object_module(where[where.index("[") + 1:-1])
            if not m:
                continue
            m = part_of.get(m, m)
            uses.setdefault(m, set())
            if parts[1] == "U":
                uses[m].add(parts[0])
            elif parts[1] in "TDBRCGSV":
                defs[parts[0]] = m
    graph = {m: set() for m in uses}
    for m, syms in uses.items():
        for sym in syms:
            b = defs.get(sym)
            if b and b != m:
                graph[m].add(b)
    return graph


def cycles(graph):
    """Tarjan's strongly connected components of more than one node."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def one_cycle(graph, comp):
    """A path a -> b -> ... -> a inside the component, for the message."""
    members = set(comp)
    start = comp[0]
    prev, queue = {start: None}, [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph.get(v, ())):
            if w not in members:
                continue
            if w == start:
                path = [v]
                while prev[path[-1]] is not None:
                    path.append(prev[path[-1]])
                return " -> ".join(reversed(path)) + " -> " + start
            if w not in prev:
                prev[w] = v
                queue.append(w)
    return " <-> ".join(comp)


def report(what, graph):
    found = cycles(graph)
    for comp in found:
        print("%s cycle: %s" % (what, one_cycle(graph, comp)))
    print("%s: %d modules, %d edges, %d cycles" % (
        what, len(graph), sum(len(v) for v in graph.values()), len(found)))
    return not found


def self_test():
    """A tree where a.c includes b.h, b.c includes c.h and c.h includes
    a.h, and one without the last include: the first is a cycle named
    a -> b -> c -> a, the second none. Then a.c and a_part.h include
    each other: no cycle while a_part.h says it is a part of the module a,
    one when it does not."""
    import tempfile
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "src", "x"))
        os.makedirs(os.path.join(root, "include", "t"))
        files = {"src/x/a.c": '#include "t/b.h"\n#include "a.h"\n',
                 "src/x/b.c": '#include "t/c.h"\n', "include/t/b.h": "",
                 "include/t/c.h": '#include "t/a.h"\n', "src/x/a.h": "",
                 "include/t/a.h": ""}
        for name, text in files.items():
            with open(os.path.join(root, name), "w") as f:
                f.write(text)
        g = include_graph(root)
        found = cycles(g)
        ok = len(found) == 1 and one_cycle(g, found[0]) == "a -> b -> c -> a"
        with open(os.path.join(root, "include/t/c.h"), "w") as f:
            f.write("")
        ok &= not cycles(include_graph(root))
        with open(os.path.join(root, "src/x/a_part.h"), "w") as f:
            f.write("/*\n * Helpers. Part of the module a.\n */\n#include \"t/a.h\"\n")
        with open(os.path.join(root, "src/x/a.c"), "a") as f:
            f.write('#include "a_part.h"\n')
        ok &= not cycles(include_graph(root))
        with open(os.path.join(root, "src/x/a_part.h"), "w") as f:
            f.write('/* Helpers. */\n#include "t/a.h"\n')
        ok &= len(cycles(include_graph(root))) == 1
    print("self-test: %s" % ("ok" if ok else "FAILED"))
    return 0 if ok else 1


def main():
    if sys.argv[1] == "--self-test":
        return self_test()
    root = sys.argv[1]
    ok = report("include", include_graph(root))
    if len(sys.argv) > 2:
        ok &= report("symbol (core)", symbol_graph(sys.argv[2:], parts(root)))
    else:
        print("symbol graph: no library given, not checked")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
