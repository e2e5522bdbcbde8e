#!/usr/bin/env python3
"""End-to-end tests of the translations on the shipped content.

Usage: test_i18n.py CASE (tui_person, tui_person_langs, plain_fr, plain_consent_es, print_fr, locale,
check).
Expected text is read from translations/LANG.yaml and the content files
(a small reader for the flat YAML they use), not copied here, so the tests
follow the translators' wording. Where a translation is still missing, the
program falls back to English string by string, and so does the expectation
(said on stdout as a NOTE).

Environment: TIPCHECK (the binary), TIPCHECK_SRC (the source tree, whose
content is used), and for tmux the ASAN_/UBSAN_ options are passed on.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

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
            # The hashes name the same keys: they are not the strings.
            if m.group(2) == "source_hashes" and not m.group(1):
                break
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

    def start(self, argv, **extra_env):
        env = {"LC_ALL": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": "1",
               "HOME": os.environ.get("HOME", "/tmp"),
               "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        env.update(extra_env)
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
        """Polls the screen until cond(screen) holds and two captures
        50 ms apart agree (a slow build can be caught mid-draw)."""
        end = time.time() + timeout
        last = None
        while True:
            screen = self.capture()
            if cond(screen):
                if screen == last:
                    return screen
                last = screen
            else:
                last = None
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
        tm.start([BIN, "screen", "--content", SRC, "--lang", "es", "--ask-lang", "ru",
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


def case_tui_person_langs():
    """Every shipped person-scope language on the person's screens: the
    consent text and the first question with its answers, in that language
    and not in English. Text is compared without spaces, since lines without
    spaces (Chinese, Thai) are broken anywhere; the answers stand in columns
    and may wrap in them, so each is found by its first word. Right-to-left
    languages are left to tui_rtl (the screen reorders them)."""
    if not shutil.which("tmux"):
        print("SKIP: no tmux")
        sys.exit(77)
    en = read_catalog("en")
    path, cl, item = first_item()
    key = "%s.%s.person_ask" % (cl, item)
    consent = "%s.consent.intro" % cl
    sign = item_field(path, item, "sign")
    en_q = item_field(path, item, "person_ask")
    langs = [l for l in shipped_langs() if read_catalog(l).get("scope") == "person"]
    if len(langs) < 12:
        raise Fail("only %d person-scope languages shipped: %s" % (len(langs), langs))

    def squeeze(t):
        return "".join(t.split())

    def shown(screen, t):
        return squeeze(t) in squeeze(screen)

    def first_word(t):
        return t.split()[0] if " " in t.strip() else t.strip()[:4]

    for lang in langs:
        cat = read_catalog(lang)
        if cat.get("rtl") == "true":
            print("NOTE: %s is right to left: not checked here" % lang)
            continue
        for k in (key, consent, "ui.person.consent.agree", "ui.person.yes",
                  "ui.person.no", "ui.person.rather-not", "ui.person.how"):
            if k not in cat:
                raise Fail("%s lacks %s: the person would read English" % (lang, k))
        answers = [first_word(cat[k]) for k in
                   ("ui.person.yes", "ui.person.no", "ui.person.rather-not")]
        tm = Tmux("person-" + lang)
        try:
            tm.start([BIN, "screen", "--content", SRC, "--lang", "en", "--ask-lang", lang,
                      "--region", "international", cl])
            tm.wait_for(sign, en["ui.tui.action.quick-exit"])
            tm.keys("p")
            s = tm.wait(lambda s: shown(s, cat[consent][:12]) and
                        shown(s, cat["ui.person.how"]) and
                        shown(s, first_word(cat["ui.person.consent.agree"])),
                        lang + ": consent screen")
            lacks(s, en["ui.person.how"], lang + ": consent screen")
            tm.keys("1")
            s = tm.wait(lambda s: shown(s, cat[key]) and all(shown(s, a) for a in answers),
                        "%s: person's question %r, answers %r" % (lang, cat[key], answers))
            for t in (en_q, en["ui.person.rather-not"], en["ui.person.how"], sign):
                lacks(s, t, lang + ": person's screen")
            tm.keys("C-x")
            tm.wait_for("TIPCHECK-EXIT=0")
        finally:
            tm.kill()
        print("ok %s" % lang)


def need_tmux():
    if not shutil.which("tmux"):
        print("SKIP: no tmux")
        sys.exit(77)


def squeeze(t):
    """Text without spaces: lines without spaces (Chinese, Thai) are
    broken anywhere, and right-to-left lines are padded."""
    return "".join(t.split())


def cell_width(ch):
    """Columns a character takes in the terminal."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def row_width(row):
    return sum(cell_width(c) for c in row.rstrip())


def yaml_str(s):
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(s, ensure_ascii=False)


def case_tui_rtl():
    """Arabic on the person's consent screen, right to left with a number
    inside: in display order the words run right to left while "18" keeps
    its digits' order, and the paragraph stands flush right. With
    TIPCHECK_BIDI=reorder (no shaping) the row is the logical text reversed
    word by word; by default Arabic letters take their joined forms. The
    question screen shows the person's question in Arabic, shaped, under
    "In Arabic:" (the English interface names the language in English)."""
    need_tmux()
    ar = read_catalog("ar")
    _, cl, _ = first_item()
    consent = ar["%s.consent.intro" % cl]
    m = re.search(r"(\S+) 18 (\S+)", consent)
    if not m:
        raise Fail("the Arabic consent has no '18' between two words: %r" % consent)
    # Right to left: the word after 18 shows on its left, reversed letter by
    # letter (no shaping), the word before it on its right.
    want = "%s 18 %s" % (m.group(2)[::-1], m.group(1)[::-1])
    args = [BIN, "screen", "--content", SRC, "--lang", "en", "--ask-lang", "ar",
            "--region", "international", cl]

    tm = Tmux("rtl-reorder")
    try:
        tm.start(args, TIPCHECK_BIDI="reorder")
        tm.wait_for(read_catalog("en")["ui.tui.action.quick-exit"])
        tm.keys("p")
        s = tm.wait(lambda s: "18" in s, "the consent with 18")
        rows = s.split("\n")
        i = next(k for k, r in enumerate(rows) if "18" in r)
        has(rows[i], want, "Arabic around a number in display order")
        # The consent's rows: most of their words, read back, are its words
        # (the hints around it are centred).
        words = set(consent.split())
        arabic = [r for r in rows if r.split() and
                  sum(w[::-1] in words for w in r.split()) * 2 > len(r.split())]
        ends = {row_width(r) for r in arabic}
        if len(arabic) < 3 or len(ends) != 1 or min(ends) < 60:
            raise Fail("the consent paragraph is not flush right (row ends %s):\n%s"
                       % (sorted(ends), s))
        tm.keys("C-x")
        tm.wait_for("TIPCHECK-EXIT=0")
    finally:
        tm.kill()

    tm = Tmux("rtl-shape")
    try:
        tm.start(args)
        s = tm.wait(lambda s: re.search("[\ufe70-\ufeff]", s), "the question in Arabic, shaped")
        # The English interface names the person's language in English.
        has(s, fmt(read_catalog("en")["ui.tui.question.in-language"],
                   language=ar["english_name"]), "the person's language named in English")
        tm.keys("p")
        s = tm.wait(lambda s: "18" in s and re.search("[\ufe70-\ufeff]", s),
                    "the consent, shaped, with 18")
        lacks(s, "81", "the number keeps its order")
        tm.keys("C-x")
        tm.wait_for("TIPCHECK-EXIT=0")
    finally:
        tm.kill()


def case_tui_scripts():
    """Chinese (wide characters: two columns each) and Thai (combining
    vowel and tone marks: none) on the person's screens at 80 columns: the
    consent and the question whole, no row wider than the screen, and in
    Thai no mark torn from its letter to the start of a row."""
    need_tmux()
    en = read_catalog("en")
    path, cl, item = first_item()
    for lang in ("zh-Hans", "th"):
        cat = read_catalog(lang)
        q = cat["%s.%s.person_ask" % (cl, item)]
        consent = cat["%s.consent.intro" % cl]
        tm = Tmux("scripts-" + lang)
        try:
            tm.start([BIN, "screen", "--content", SRC, "--lang", "en", "--ask-lang", lang,
                      "--region", "international", cl])
            tm.wait_for(en["ui.tui.action.quick-exit"])
            tm.keys("p")
            screens = [tm.wait(lambda s: squeeze(consent)[:20] in squeeze(s),
                               lang + ": consent")]
            tm.keys("1")
            screens.append(tm.wait(lambda s: squeeze(q) in squeeze(s),
                                   "%s: the question %r whole" % (lang, q)))
            for s in screens:
                for row in s.split("\n"):
                    if row_width(row) > 80:
                        raise Fail("%s: a row %d columns wide:\n%s" % (lang, row_width(row), s))
                    first = row.lstrip()[:1]
                    if first and cell_width(first) == 0:
                        raise Fail("%s: a row starts with a combining mark:\n%s" % (lang, s))
            tm.keys("C-x")
            tm.wait_for("TIPCHECK-EXIT=0")
        finally:
            tm.kill()
        print("ok %s" % lang)


def case_tui_plural_ru():
    """Cyrillic plural on the result screen: the fixture's labour checklist
    answered all no in Russian wants "2 сильных признака" (few), not the
    "many" form. The fixture content with the shipped Russian interface."""
    need_tmux()
    ru = read_catalog("ru")
    tmp = tempfile.mkdtemp(prefix="tipcheck-plural-")
    fixture = os.path.join(SRC, "tests", "fixtures", "tui")
    try:
        shutil.copytree(os.path.join(fixture, "indicators"), os.path.join(tmp, "indicators"))
        os.makedirs(os.path.join(tmp, "translations"))
        shutil.copy(os.path.join(SRC, "translations", "en.yaml"),
                    os.path.join(tmp, "translations", "en.yaml"))
        with open(os.path.join(tmp, "translations", "ru.yaml"), "w", encoding="utf-8") as f:
            f.write("schema: 1\nlanguage: ru\nname: %s\nstatus: draft\nstrings:\n"
                    % yaml_str(ru["name"]))
            for k, v in ru.items():
                if k.startswith("ui."):
                    f.write("  %s: %s\n" % (k, yaml_str(v)))
        few = fmt(ru["ui.result.more.strong.few"], count=2)
        many = fmt(ru["ui.result.more.strong.many"], count=2)
        tm = Tmux("plural-ru")
        try:
            tm.start([BIN, "screen", "--content", tmp, "--lang", "ru", "--ask-lang", "ru",
                      "--region", "testland",
                      "labour"])
            tm.wait_for(ru["ui.tui.action.quick-exit"])
            end = time.time() + TIMEOUT * 2
            # Enter past what is read out, 2 (no) to every question, f from
            # the review of the answers to the result, m down the result to
            # an element that needs 2 more strong signs.
            while few not in flat(tm.capture()):
                if time.time() > end:
                    raise Fail("no %r on the result; screen:\n%s" % (few, tm.capture()))
                s = flat(tm.capture())
                tm.keys("Enter" if flat(ru["ui.tui.question.continue"]) in s else
                        "f" if ru["ui.tui.review.title"] in s else
                        "m" if ru["ui.result.elements"] in s else "2")
                time.sleep(0.3)
            lacks(tm.capture(), many, "the many form for 2")
            tm.keys("C-x")
            tm.wait_for("TIPCHECK-EXIT=0")
        finally:
            tm.kill()
    finally:
        shutil.rmtree(tmp)


def case_plain_fr():
    """--plain --lang fr through a few items to the result."""
    fr = read_catalog("fr")
    en = read_catalog("en")
    path, cl, item = first_item()
    # Three answers (digits: 2 no, 1 yes, the same in every language), then
    # quit with the French word for it and confirm: the result so far.
    quit = fr.get("ui.plain.keys.quit", en["ui.plain.keys.quit"]).split()[0]
    rc, out, err = run(["screen", "--plain", "--content", SRC, "--lang", "fr",
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


def case_plain_consent_es():
    """--plain --ask-lang es: the consent read out in the worker's language,
    then under "In Spanish:" in the person's, as the full screen shows it."""
    es = read_catalog("es")
    en = read_catalog("en")
    path, cl, _ = first_item()
    with open(path, encoding="utf-8") as f:
        block = re.search(r"^  - id: consent\n.*?^    intro: \|\n((?:      [^\n]*\n|\n)+)",
                          f.read(), re.M | re.S)
    if not block:
        raise Fail("no consent intro in %s" % path)
    label = fmt(en["ui.tui.question.in-language"], language=es["english_name"])
    # Enter through the first checklist's items to its consent, then the
    # end of the input.
    rc, out, err = run(["screen", "--plain", "--content", SRC, "--lang", "en",
                        "--ask-lang", "es", "--region", "international", "general"],
                       b"\n" * 30)
    if rc != 0:
        raise Fail("exit %d: %s" % (rc, err))
    has(out, block.group(1) + label + " " + es["%s.consent.intro" % cl],
        "the consent in English, then in Spanish")


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
        rc, out, err = run(["print", "--content", SRC, "--lang", "fr", "--format", form, cl] +
                           (["--guide"] if guide else []))
        if rc != 0:
            raise Fail("print --format %s: exit %d: %s" % (form, rc, err))
        shown = visible_html(out) if form == "html" else out
        what = "print --format " + form + (" --guide" if guide else "")
        has(shown, fr[cl + ".title"], what + ": French checklist title")
        sign = fr["%s.%s.sign" % (cl, item)]
        if not guide:
            # The form's row gives the sign in short words where there are some.
            sign = fr.get("%s.%s.short" % (cl, item), sign)
        if form == "text" and not guide:
            # The form wraps the sign in a table column beside the boxes.
            sign = " ".join(sign.split()[:3])
        has(shown, sign, what + ": French sign")
        if guide:
            has(shown, fr["ui.print.sources"], what + ": sources heading")
        if fr.get("status") == "draft":
            # The form, kept to its page budget, says so without the note.
            has(shown, notice if guide else fmt(fr["ui.draft"], language=fr["name"]),
                what + ": draft notice")
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
    rc, out, err = run(["print", "--content", SRC, "--lang", "en", cl])
    lacks(out, fmt(en["ui.draft"], language="English"), "print in English")


def case_locale():
    """The interface language from the locale, as POSIX orders it."""
    cats = {l: read_catalog(l) for l in ("en", "es", "fr", "ru")}

    def lang_of(env, extra=()):
        rc, out, err = run(["screen", "--plain", "--content", SRC, "general"] + list(extra),
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
    rc, out, err = run(["screen", "--plain", "--content", SRC, "--lang", "de", "general"],
                       env=clean_env())
    if rc != 2 or "de" not in err:
        raise Fail("--lang de: exit %d, %r (expected 2 and a message)" % (rc, err))


def case_check():
    """tipcheck check: every shipped language consistent (no key that names
    nothing, no placeholder mismatch, no plural form the language lacks).
    Strings English has and a language lacks fall back to English, string
    by string, until a translator adds them: they are listed here, and
    counted by check and list, but are not a failure."""
    rc, out, err = run(["check", "--content", SRC])
    problems = [l for l in (out + err).splitlines() if "error:" in l]
    langs = [l for l in shipped_langs() if l != "en"]
    for l in langs:
        r, o, e = run(["check", "--content", SRC, "--missing", l])
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


def run_case(names, prog):
    """Runs the case named in argv among names' case_* functions: the
    main() of each test file of this folder."""
    cases = {n[5:]: f for n, f in names.items() if n.startswith("case_")}
    if len(sys.argv) != 2 or sys.argv[1] not in cases:
        print("usage: %s CASE (%s)" % (prog, ", ".join(sorted(cases))), file=sys.stderr)
        return 2
    try:
        cases[sys.argv[1]]()
    except Fail as e:
        print("FAIL %s: %s" % (sys.argv[1], e))
        return 1
    print("PASS %s" % sys.argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(run_case(globals(), "test_i18n.py"))
