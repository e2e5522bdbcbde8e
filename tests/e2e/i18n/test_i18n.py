#!/usr/bin/env python3
"""End-to-end tests of the translations on the shipped content.

Usage: test_i18n.py CASE (tui_person, plain_fr, print_fr, locale, check).
Expected text is read from translations/LANG.yaml and the content files
(a small reader for the flat YAML they use), not copied here, so the tests
follow the translators' wording. Where a translation is still missing, the
program falls back to English string by string, and so does the expectation
(said on stdout as a NOTE).

Environment: TIPCHECK (the binary), TIPCHECK_SRC (the source tree, whose
content is used), and for tmux the ASAN_/UBSAN_ options are passed on.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import time

BIN = os.environ.get("TIPCHECK", "build/tipcheck")
SRC = os.environ.get("TIPCHECK_SRC", ".")
TIMEOUT = float(os.environ.get("I18N_TIMEOUT", "20"))


class Fail(Exception):
    pass


# --- reading the YAML the content uses (no PyYAML in the stdlib) ----------

def _unquote(v):
    if v.startswith('"'):
        body = v[1:v.rindex('"')]
        return re.sub(r'\\(u[0-9a-fA-F]{4}|.)', lambda m: {
            "n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", " ": " "}.get(
                m.group(1), chr(int(m.group(1)[1:], 16)) if m.group(1)[0] == "u"
                else m.group(1)), body)
    if v.startswith("'"):
        return v[1:v.rindex("'")].replace("''", "'")
    return re.sub(r"\s+#.*$", "", v)


def _scalar(lines, i, indent):
    """The value of the `key: value` at lines[i] (key at column indent):
    quoted, plain, or a > / | block. Returns (text, next line index)."""
    v = lines[i].split(":", 1)[1].strip()
    i += 1
    if v[:1] in (">", "|"):
        block = []
        while i < len(lines) and (not lines[i].strip() or
                                  len(lines[i]) - len(lines[i].lstrip()) > indent):
            block.append(lines[i].strip())
            i += 1
        while block and not block[-1]:
            block.pop()
        return (" " if v[0] == ">" else "\n").join(block), i
    # A quoted or plain scalar may go on over more indented lines.
    while (i < len(lines) and lines[i].strip() and
           len(lines[i]) - len(lines[i].lstrip()) > indent and
           not re.match(r"\s*[\w.-]+:\s", lines[i])):
        v += " " + lines[i].strip()
        i += 1
    return _unquote(v), i


def read_catalog(lang):
    """{key: text} of translations/LANG.yaml, plus the header fields."""
    with open(os.path.join(SRC, "translations", lang + ".yaml"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, i = {}, 0
    while i < len(lines):
        m = re.match(r"^( *)([A-Za-z0-9_.-]+):(\s|$)", lines[i])
        if m and not lines[i].lstrip().startswith("#"):
            if m.group(2) == "strings" and not lines[i].split(":", 1)[1].strip():
                i += 1
                continue
            out[m.group(2)], i = _scalar(lines, i, len(m.group(1)))
        else:
            i += 1
    return out


def item_field(checklist_file, item_id, field):
    """The English text of one field of one item of a checklist file."""
    with open(checklist_file, encoding="utf-8") as f:
        lines = f.read().split("\n")
    inside, item_indent = False, 0
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)- id:\s*(\S+)", line)
        if m:
            inside = m.group(2) == item_id
            item_indent = len(m.group(1)) + 2
            continue
        if inside and re.match(r"^\s{%d}%s:" % (item_indent, field), line):
            return _scalar(lines, i, item_indent)[0]
    return None


def first_item():
    """(checklist file, checklist id, item id) of the first item asked: the
    first item of the first `first: true` checklist, by file name."""
    d = os.path.join(SRC, "indicators", "checklists")
    for name in sorted(os.listdir(d)):
        path = os.path.join(d, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if re.search(r"^first:\s*true\s*$", text, re.M):
            cl = re.search(r"^id:\s*(\S+)", text, re.M).group(1)
            item = re.search(r"^\s+items:\s*\n\s*- id:\s*(\S+)", text, re.M).group(1)
            return path, cl, item
    raise Fail("no checklist with first: true")


def flat(s):
    """Whitespace collapsed: the program wraps text to the screen."""
    return " ".join(s.split())


def fmt(tmpl, **values):
    """A catalog template with its placeholders filled ({{ is a brace)."""
    out = re.sub(r"\{([A-Za-z0-9_]+)\}",
                 lambda m: str(values.get(m.group(1), m.group(0))), tmpl.replace("{{", "\0"))
    return out.replace("\0", "{")


def pattern(tmpl):
    """A regex that matches a template with any value for each placeholder,
    on whitespace-collapsed text."""
    parts = re.split(r"\{[A-Za-z0-9_]+\}", flat(tmpl).replace("{{", "{"))
    return ".+?".join(re.escape(p) for p in parts)


def has(text, wanted, what):
    if flat(wanted) not in flat(text):
        raise Fail("%s: %r not found in:\n%s" % (what, flat(wanted), text))


def has_re(text, tmpl, what):
    if not re.search(pattern(tmpl), flat(text)):
        raise Fail("%s: %r not found in:\n%s" % (what, tmpl, text))


def lacks(text, unwanted, what):
    if flat(unwanted) and flat(unwanted) in flat(text):
        raise Fail("%s: %r shown in:\n%s" % (what, flat(unwanted), text))


def clean_env(**set_vars):
    """The test environment without any locale variable, then set_vars
    (None unsets)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")}
    for k, v in set_vars.items():
        if v is not None:
            env[k] = v
    return env


def run(args, stdin=b"", env=None):
    p = subprocess.run([BIN] + args, input=stdin, capture_output=True,
                       env=env if env is not None else os.environ, timeout=60)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def shipped_langs():
    d = os.path.join(SRC, "translations")
    return sorted(n[:-5] for n in os.listdir(d) if n.endswith(".yaml"))


# --- tmux -------------------------------------------------------------------

def sh_quote(s):
    return "'" + str(s).replace("'", "'\\''") + "'"


class Tmux:
    def __init__(self, name):
        self.sock = "tipcheck-i18n-%d-%s" % (os.getpid(), name)

    def tmux(self, *args, check=True):
        r = subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null"] + list(args),
                           capture_output=True, text=True, timeout=30)
        if check and r.returncode != 0:
            raise Fail("tmux %s: %s" % (" ".join(args), r.stderr.strip()))
        return r.stdout

    def start(self, argv):
        env = {"LC_ALL": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": "1",
               "HOME": os.environ.get("HOME", "/tmp"),
               "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if k in os.environ:
                env[k] = os.environ[k]
        line = "env -i %s %s; echo TIPCHECK-EXIT=$?; exec sleep 600" % (
            " ".join("%s=%s" % (k, sh_quote(v)) for k, v in env.items()),
            " ".join(sh_quote(a) for a in argv))
        self.tmux("new-session", "-d", "-s", "t", "-x", "80", "-y", "24", "sh", "-c", line)
        self.tmux("set-option", "-t", "t", "status", "off")

    def capture(self):
        return self.tmux("capture-pane", "-p", "-t", "t")

    def wait(self, cond, what, timeout=TIMEOUT):
        """Polls the screen until cond(screen) holds."""
        end = time.time() + timeout
        while True:
            screen = self.capture()
            if cond(screen):
                return screen
            if time.time() > end:
                raise Fail("timed out waiting for %s; screen:\n%s" % (what, screen))
            time.sleep(0.05)

    def wait_for(self, *texts):
        return self.wait(lambda s: all(flat(t) in flat(s) for t in texts), repr(texts))

    def keys(self, *keys):
        for k in keys:
            self.tmux("send-keys", "-t", "t", k)

    def kill(self):
        self.tmux("kill-server", check=False)


# --- cases ------------------------------------------------------------------

def case_tui_person():
    """--lang es --ask-lang ru: the worker's screen in Spanish with the
    question in both languages; the person's screen in Russian only."""
    if not shutil.which("tmux"):
        print("SKIP: no tmux")
        sys.exit(77)
    es, ru = read_catalog("es"), read_catalog("ru")
    path, cl, item = first_item()
    key = "%s.%s" % (cl, item)
    es_sign = es.get(key + ".sign") or item_field(path, item, "sign")
    es_ask = es.get(key + ".ask") or item_field(path, item, "ask")
    ru_ask = ru.get(key + ".ask") or item_field(path, item, "ask")
    person_q = ru.get(key + ".person_ask")
    if person_q is None:
        person_q = item_field(path, item, "person_ask")
        print("NOTE: ru has no %s.person_ask yet: expecting the English fallback" % key)
    if not person_q:
        raise Fail("%s has no person_ask: pick an item the person can answer" % key)
    # The Spanish interface of the worker's screen, none of it for the person.
    es_ui = [es[k] for k in ("ui.tui.question.sign", "ui.tui.question.ask",
                             "ui.tui.question.answer", "ui.tui.action.quick-exit",
                             "ui.tui.action.guidance", "ui.person.yes",
                             "ui.person.rather-not",
                             "ui.person.how")]

    tm = Tmux("person")
    try:
        tm.start([BIN, "screen", "--data", SRC, "--lang", "es", "--ask-lang", "ru",
                  "--region", "international", cl])
        # Wait for the whole screen (key bar included), not a part of a
        # redraw in progress.
        s = tm.wait_for(es_sign, es_ask, ru_ask, es["ui.tui.action.quick-exit"])
        for k in ("ui.tui.question.sign", "ui.tui.question.ask", "ui.tui.question.answer",
                  "ui.tui.action.person", "ui.tui.action.quick-exit"):
            has(s, es[k], "worker's screen, " + k)
        has(s, fmt(es["ui.tui.question.in-language"], language=ru["name"]),
            "the person's language named")
        has_re(s, fmt(es["ui.tui.question.progress"], n=1), "progress in Spanish")
        has(s, es_ask, "suggested question in Spanish")
        has(s, ru_ask, "suggested question in Russian")
        if es.get("status") == "draft":
            has(s, es["ui.tui.draft-tag"], "draft translation tagged on the title bar")
        read_en = read_catalog("en")
        lacks(s, read_en["ui.tui.question.ask"], "worker's screen (English label)")

        # The consent first, in Russian; the person agrees.
        tm.keys("p")
        consent = ru.get("safety-and-needs.consent.intro")
        if consent is None:
            raise Fail("ru has no safety-and-needs.consent.intro: the person's consent "
                       "would be in English")
        tm.wait_for(" ".join(consent.split()[:3]))
        tm.keys("1")
        s = tm.wait_for(person_q, ru["ui.person.rather-not"])
        for k in ("ui.person.yes", "ui.person.no", "ui.person.rather-not",
                  "ui.person.how"):
            has(s, ru[k], "person's screen, " + k)
        for t in es_ui + [es_sign, es_ask, ru_ask, item_field(path, item, "sign")]:
            lacks(s, t, "person's screen")

        tm.keys("Enter")
        s = tm.wait_for(es_sign, es["ui.tui.question.sign"])
        has(s, ru_ask, "back on the worker's screen")
        lacks(s, ru["ui.person.rather-not"], "worker's screen after Enter")

        tm.keys("C-x")
        s = tm.wait_for("TIPCHECK-EXIT=0")
        for t in (es_sign, ru_ask, es["ui.tui.question.sign"]):
            lacks(s, t, "terminal after the quick exit")
    finally:
        tm.kill()


def case_plain_fr():
    """--plain --lang fr through a few items to the result."""
    fr = read_catalog("fr")
    en = read_catalog("en")
    path, cl, item = first_item()
    # Three answers (digits: 2 no, 1 yes, the same in every language), then
    # quit with the French word for it and confirm: the result so far.
    quit = fr.get("ui.plain.keys.quit", en["ui.plain.keys.quit"]).split()[0]
    rc, out, err = run(["screen", "--plain", "--data", SRC, "--lang", "fr",
                        "--region", "international", "general"],
                       ("2\n2\n1\n%s\n1\n" % quit).encode("utf-8"))
    if rc != 0:
        raise Fail("exit %d: %s" % (rc, err))
    has(out, fr["ui.plain.start"], "start line")
    if fr.get("status") == "draft":
        has(out, fmt(fr["ui.draft-note"] if fr.get("note") else fr["ui.draft"],
                     language=fr["name"], note=fr.get("note", "")).split(":")[0],
            "draft translation said at the start")
    has(out, fr.get("ui.plain.item-prompt", en["ui.plain.item-prompt"]).strip(),
        "answer prompt")
    has(out, fr["ui.plain.quit.confirm"], "quit confirmation")
    with open(path, encoding="utf-8") as f:
        section = re.search(r"^sections:\s*\n\s*- id:\s*(\S+)", f.read(), re.M).group(1)
    has_re(out, fmt(fr["ui.plain.progress"], n=1, section=fr["%s.%s.title" % (cl, section)]),
           "progress with the French section title")
    has(out, fmt(fr["ui.plain.sign"], sign=fr["%s.%s.sign" % (cl, item)]), "sign")
    has(out, fmt(fr["ui.plain.ask"], question=fr["%s.%s.ask" % (cl, item)]), "question")
    for k in ("ui.result.title", "ui.result.referrals", "ui.result.outcomes",
              "ui.result.elements", "ui.result.about", "ui.result.reminder"):
        has(out, fr[k], "result, " + k)
    has_re(out, fr["ui.result.level-line"], "recommendation line")
    has_re(out, fmt(fr["ui.result.counts"], yes=1, no=2, unknown=0),
           "answer counts: the digits understood")
    for k in ("ui.result.title", "ui.result.referrals", "ui.result.reminder"):
        lacks(out, en[k], "French output (English %s)" % k)


def visible_html(doc):
    return html.unescape(re.sub(r"<[^>]*>", " ", re.sub(
        r"<style>.*?</style>", " ", doc, flags=re.S)))


def case_print_fr():
    """print --lang fr: the form and the guide, text and html, with the
    draft notice."""
    fr = read_catalog("fr")
    en = read_catalog("en")
    path, cl, item = first_item()
    if fr.get("status") != "draft":
        print("NOTE: fr is reviewed: no draft notice expected")
    notice = fmt(fr["ui.draft-note"] if fr.get("note") else fr["ui.draft"],
                 language=fr["name"], note=fr.get("note", ""))
    for form, guide in (("text", False), ("html", False), ("text", True), ("html", True)):
        rc, out, err = run(["print", "--data", SRC, "--lang", "fr", "--format", form, cl] +
                           (["--guide"] if guide else []))
        if rc != 0:
            raise Fail("print --format %s: exit %d: %s" % (form, rc, err))
        shown = visible_html(out) if form == "html" else out
        what = "print --format " + form + (" --guide" if guide else "")
        has(shown, fr[cl + ".title"], what + ": French checklist title")
        sign = fr["%s.%s.sign" % (cl, item)]
        if form == "text" and not guide:
            # The form wraps the sign in a table column beside the boxes.
            sign = " ".join(sign.split()[:3])
        has(shown, sign, what + ": French sign")
        if guide:
            has(shown, fr["ui.print.sources"], what + ": sources heading")
        if fr.get("status") == "draft":
            has(shown, notice, what + ": draft notice")
        lacks(shown, en["ui.print.sources"] + " ", what + " (English heading)")
        if form == "text":
            has_re(shown, fmt(fr["ui.print.page"], page=1), what + ": page header")
        else:
            key = "ui.print.guide.title" if guide else "ui.print.title"
            has(shown, fr.get(key, en[key]), what + ": document title")
            if not re.search(r'<html[^>]*\slang="fr"', out):
                raise Fail("html: no lang=\"fr\" on <html>:\n" + out[:400])
            p = subprocess.run(["xmllint", "--noout", "-"], input=out.encode("utf-8"),
                               capture_output=True)
            if p.returncode != 0:
                raise Fail("html not well-formed: " + p.stderr.decode()[:500])
    # A reviewed language has no notice: English never shows one.
    rc, out, err = run(["print", "--data", SRC, "--lang", "en", cl])
    lacks(out, fmt(en["ui.draft"], language="English"), "print in English")


def case_locale():
    """The interface language from the locale, as POSIX orders it."""
    cats = {l: read_catalog(l) for l in ("en", "es", "fr", "ru")}

    def lang_of(env, extra=()):
        rc, out, err = run(["screen", "--plain", "--data", SRC, "general"] + list(extra),
                           b"", env=env)
        if rc != 0:
            raise Fail("exit %d: %s" % (rc, err))
        for l, c in cats.items():
            if flat(out).startswith(flat(c["ui.plain.start"])):
                return l
        raise Fail("no known start line:\n" + out[:300])

    cases = [
        (dict(LANG="fr_FR.UTF-8"), (), "fr", "LANG alone"),
        (dict(LANG="fr_CA.UTF-8"), (), "fr", "LANG with another region: the language part"),
        (dict(LC_MESSAGES="ru_RU.UTF-8", LANG="fr_FR.UTF-8"), (), "ru",
         "LC_MESSAGES before LANG"),
        (dict(LC_ALL="es_ES.UTF-8", LC_MESSAGES="ru_RU.UTF-8", LANG="fr_FR.UTF-8"), (), "es",
         "LC_ALL before LC_MESSAGES"),
        (dict(LC_ALL="", LC_MESSAGES="", LANG="fr_FR.UTF-8"), (), "fr",
         "empty variables are unset"),
        (dict(LC_ALL="C.UTF-8", LANG="fr_FR.UTF-8"), (), "fr",
         "C names no language and is skipped (catalog.h)"),
        (dict(LANG="de_DE.UTF-8"), (), "en", "no such translation: English"),
        (dict(LANG="C"), (), "en", "C: English"),
        ({}, (), "en", "no locale at all: English"),
        (dict(LANG="fr_FR.UTF-8"), ("--lang", "ru"), "ru", "--lang over the locale"),
        (dict(LC_ALL="fr_FR.UTF-8"), ("--lang", "en"), "en", "--lang en over LC_ALL"),
    ]
    for env, extra, want, what in cases:
        got = lang_of(clean_env(**env), extra)
        if got != want:
            raise Fail("%s: %s %s gave %s, expected %s" % (
                what, " ".join("%s=%s" % kv for kv in env.items()), " ".join(extra), got, want))
        print("ok: %s -> %s (%s)" % (" ".join("%s=%s" % kv for kv in env.items()) or "(none)",
                                     want, what))
    # A language asked for by name that does not exist is a usage error.
    rc, out, err = run(["screen", "--plain", "--data", SRC, "--lang", "de", "general"],
                       env=clean_env())
    if rc != 2 or "de" not in err:
        raise Fail("--lang de: exit %d, %r (expected 2 and a message)" % (rc, err))


def case_check():
    """tipcheck check: every shipped language consistent (no key that names
    nothing, no placeholder mismatch, no plural form the language lacks).
    Strings English has and a language lacks fall back to English, string
    by string, until a translator adds them: they are listed here, and
    counted by check and list, but are not a failure."""
    rc, out, err = run(["check", "--data", SRC])
    problems = [l for l in (out + err).splitlines() if "error:" in l]
    langs = [l for l in shipped_langs() if l != "en"]
    for l in langs:
        r, o, e = run(["check", "--data", SRC, "--missing", l])
        keys = o.split()
        if keys:
            print("%s falls back to English for %d strings, for example %s"
                  % (l, len(keys), " ".join(keys[:5])))
    msgs = []
    if rc != 0:
        msgs.append("tipcheck check exit %d" % rc)
    msgs += problems
    if msgs:
        raise Fail("\n".join(msgs))
    print("languages checked: %s" % " ".join(langs))


CASES = {n[5:]: f for n, f in globals().items() if n.startswith("case_")}


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in CASES:
        print("usage: test_i18n.py CASE (%s)" % ", ".join(sorted(CASES)), file=sys.stderr)
        return 2
    try:
        CASES[sys.argv[1]]()
    except Fail as e:
        print("FAIL %s: %s" % (sys.argv[1], e))
        return 1
    print("PASS %s" % sys.argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
