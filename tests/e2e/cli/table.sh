#!/bin/bash
# The command line built from one table: global options before or after the
# command, -v, one error prefix, "did you mean", help and errors in the
# worker's language. Runs on the shipped content ($TIPCHECK_CONTENT).
set -u
fail=0
out=""
# run ARGS...: sets out (stdout and stderr) and rc; stdin is empty.
run() { out=$("$TIPCHECK" "$@" 2>&1 </dev/null); rc=$?; }
t() {	# t WANT_STATUS PATTERN ARGS...
	local want=$1 pat=$2; shift 2
	run "$@"
	if [ $rc -ne "$want" ]; then echo "FAIL: tipcheck $* exited $rc, expected $want: $out"; fail=1; fi
	if ! grep -q -- "$pat" <<<"$out"; then echo "FAIL: tipcheck $*: no '$pat' in: $out"; fail=1; fi
}
lacks() {	# lacks PATTERN ARGS...: the output of the last run must not match
	if grep -q -- "$1" <<<"$out"; then echo "FAIL: '$1' in: $out"; fail=1; fi
}
same() {	# same A B: two commands print the same (stdout only)
	local a b
	a=$(eval "\"\$TIPCHECK\" $1" 2>/dev/null </dev/null)
	b=$(eval "\"\$TIPCHECK\" $2" 2>/dev/null </dev/null)
	[ "$a" = "$b" ] && [ -n "$a" ] || { echo "FAIL: '$1' and '$2' differ"; fail=1; }
}
src=$TIPCHECK_SRC

# Global options before or after the command.
t 0 '^Listes de contrôle$' --lang fr list
same "--lang fr list" "list --lang fr"
t 0 "^tipcheck check: OK:" --content "$src" check
t 0 "^tipcheck check: OK:" --content="$src" check
same "--region uk print labour-adult" "print labour-adult --region uk"
t 0 "^Usage: tipcheck list" --help list
t 0 "^Usage: tipcheck list" list -h
# -v is --version, anywhere; -V still works.
t 0 '^tipcheck [0-9]' -v
t 0 '^tipcheck [0-9]' -V
t 0 '^tipcheck [0-9]' list --version
# GNU style: --opt=value, unique prefixes, -- ends the options.
t 0 '^Usage: tipcheck print' print --he
t 0 "Safety and needs" print --format=markdown --all
t 2 "^tipcheck print: --page-length: expected 0" print --p 5 labour-adult
t 2 "^tipcheck print: option '--r' is ambiguous: --region --role-card$" print --r x labour-adult
t 2 "^tipcheck list: option '--help' takes no argument" list --help=yes
t 2 "^tipcheck print: no checklist '--all'" print -- --all

# One prefix: "tipcheck COMMAND:", or "tipcheck:" before a command is known.
t 2 "^tipcheck: unknown command 'frobnicate'" frobnicate
t 2 "^Try 'tipcheck --help'.$" frobnicate
t 2 "^tipcheck print: unknown option '--bogus'" print --bogus labour-adult
t 2 "^Try 'tipcheck print --help'.$" print --bogus labour-adult
t 2 "^tipcheck assess: option '--format' needs an argument" assess labour-adult --format
t 2 "^tipcheck train: unexpected argument 'b'" train a b
t 2 "^tipcheck: unknown option '--frob'" --frob
# Without a command and without a terminal: what it needs.
# Two whole lines, in every language that has them: no escaped newline
# (<U+000A>) from a message holding one.
t 2 "^tipcheck: the full-screen interview needs a terminal on stdin and stdout.$" --lang en
t 2 "^tipcheck: for a line-by-line interview (screen readers, scripts), use 'tipcheck screen --plain'.$" --lang en
lacks "<U+"
t 2 "^tipcheck screen: the full-screen interview needs a terminal on stdin and stdout.$" screen labour-adult
t 2 "^tipcheck screen: for a line-by-line interview .*, use 'tipcheck screen --plain'.$" screen labour-adult
lacks "<U+"
t 2 "^tipcheck screen: para una entrevista línea por línea .*, use 'tipcheck screen --plain'.$" --lang es screen
lacks "<U+"
for lang in fr ru; do
	t 2 "^tipcheck: .*'tipcheck screen --plain'.$" --lang $lang
	lacks "<U+"
	[ "$(wc -l <<<"$out")" -eq 2 ] || { echo "FAIL: --lang $lang without a terminal: not two lines: $out"; fail=1; }
done

# Did you mean: commands, checklists, scenarios, regions, languages, option
# names and values. Exit 2 every time.
t 2 "^tipcheck print: no checklist 'labor-adult'; did you mean 'labour-adult'?$" print labor-adult
t 2 "^tipcheck: unknown command 'lsit'; did you mean 'list'?$" lsit
t 2 "^tipcheck: unknown command 'prnt'; did you mean 'print'?$" prnt labour-adult
t 2 "^tipcheck train: no scenario 'scam-compund'; did you mean 'scam-compound'?$" train scam-compund
t 2 "^tipcheck print: no scenario 'scam-compund'; did you mean 'scam-compound'?$" print --role-card scam-compund
t 2 "^tipcheck print: --region: no referral directory 'ukk'; did you mean 'uk'?$" print --region ukk labour-adult
t 2 "^tipcheck list: --lang: no translation 'frr'; did you mean 'fr'?$" list --lang frr
t 2 "^tipcheck check: --missing: no translation 'ess'; did you mean 'es'?$" check --missing ess
t 2 "^tipcheck screen: unknown option '--pain'; did you mean '--plain'?$" screen --pain
t 2 "^tipcheck print: --format: expected text, markdown or html, not 'htm'; did you mean 'html'?$" print --format htm labour-adult
t 2 "^tipcheck assess: no checklist 'labor-adult'; did you mean 'labour-adult'?$" assess labor-adult
# The values of a global option are checked as a command's are: before
# any command runs (without one, the full screen would start).
t 2 "^tipcheck list: --colour: expected auto, always or never, not 'sometimes'$" --colour sometimes list
t 2 "^Try 'tipcheck list --help'.$" --colour sometimes list
t 2 "^tipcheck list: --colour: expected auto, always or never, not 'nevr'; did you mean 'never'?$" list --colour nevr
t 2 "^tipcheck print: --color: expected auto, always or never, not 'alway'; did you mean 'always'?$" print --color=alway labour-adult
t 2 "^tipcheck: --colour: expected auto, always or never, not 'sometimes'$" --colour sometimes
lacks "needs a terminal"
t 2 "^tipcheck list: --colour: se esperaba auto, always o never, no 'x'$" --lang es list --colour x
for when in auto always never; do t 0 "^Checklists$" list --colour $when; done
# Nothing close: the ids there are.
t 2 "^tipcheck print: no checklist 'zzz'; available: safety-and-needs " print zzz
lacks "did you mean"
t 2 "^tipcheck: unknown command 'frobnicate'; available: screen assess print train list check compile$" frobnicate

# --help and --version answer even after an option the command lacks; an
# error before them is reported.
t 0 "^Usage: tipcheck check" check --help --frob
lacks "unknown option"
t 0 "^Utilisation : tipcheck print" print --help --lang fr
t 2 "^tipcheck check: unknown option '--frob'" check --frob --help

# Help is generated from the table: every command's options are in it.
for cmd in screen assess print train list check; do
	t 0 "^Usage: tipcheck $cmd" $cmd --help
	t 0 "^  -v, --version" $cmd --help
	t 0 "^      --lang LANG" $cmd --help
	t 0 "^  $cmd  " --help
done
t 0 "^      --page-length N" print --help
t 0 "^      --missing LANG" check --help

# The worker's language: --lang, else the locale; English per string.
t 0 "^Utilisation : tipcheck \[OPTION\]..." --lang fr --help
t 0 "^Commandes :" --lang fr --help
t 0 "^  list     affiche les listes" --lang fr --help
t 0 "^Uso: tipcheck print" print --help --lang es
t 0 "^Использование: tipcheck check" check --help --lang ru
out=$(LC_ALL= LANG=fr_FR.UTF-8 "$TIPCHECK" --help 2>&1); grep -q "^Utilisation :" <<<"$out" || { echo "FAIL: LANG=fr: $out"; fail=1; }
out=$(LC_ALL= LANG=fr_FR.UTF-8 "$TIPCHECK" --lang en --help 2>&1); grep -q "^Usage:" <<<"$out" || { echo "FAIL: --lang en over LANG=fr"; fail=1; }
t 2 "^tipcheck print: aucune liste 'labor-adult'; vouliez-vous dire 'labour-adult' ?$" --lang fr print labor-adult
t 2 "^Essayez 'tipcheck print --help'.$" --lang fr print labor-adult
t 2 "^tipcheck print: no hay ninguna lista 'labor-adult'; ¿quiso decir 'labour-adult'?$" print labor-adult --lang es
t 2 "^tipcheck: неизвестная команда 'lsit'; возможно, имелось в виду 'list'?$" --lang ru lsit
# An unknown --lang is said in the locale's language.
out=$(LC_ALL= LANG=fr_FR.UTF-8 "$TIPCHECK" list --lang xx 2>&1)
grep -q "^tipcheck list: --lang : aucune traduction 'xx'" <<<"$out" || { echo "FAIL: --lang xx under LANG=fr: $out"; fail=1; }
# list: audiences and statuses through the catalog.
t 0 "^  safety-and-needs .* tous  " --lang fr list
t 0 "^  fr  *Français  *brouillon  " --lang fr list
t 0 "^  safety-and-needs .* todos  " --lang es list
run --lang fr list; lacks " any "; lacks " draft "
# A content directory without the words of the command line: the English
# built into the program, never a key.
base=$src/tests/malformed/base
t 2 "^tipcheck list: unknown option '--frob'" list --content "$base" --frob
t 0 "^Checklists$" list --content "$base"
lacks "ui\.list\."
t 0 "^Usage: tipcheck check" check --content "$base" --help
lacks "ui\.cli\."
# ... and one that does not load: still words, and the usage error wins.
t 0 "^Usage: tipcheck check" check --content /nonexistent --help
t 2 "^tipcheck check: unknown option '--frob'" check --content /nonexistent --frob
lacks "ui\.cli\."
exit $fail
