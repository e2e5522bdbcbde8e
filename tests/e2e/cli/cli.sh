#!/bin/bash
# Command-line contract: --help, --version, usage errors (exit 2, one line
# naming the problem, then a hint), for the program and for check and list.
set -u
fail=0
t() {	# t WANT_STATUS PATTERN_ON_STDOUT_OR_STDERR ARGS...
	local want=$1 pat=$2; shift 2
	local out rc
	out=$("$TIPCHECK" "$@" 2>&1); rc=$?
	if [ $rc -ne "$want" ]; then echo "FAIL: tipcheck $* exited $rc, expected $want"; fail=1; fi
	if ! grep -q -- "$pat" <<<"$out"; then echo "FAIL: tipcheck $*: no '$pat' in: $out"; fail=1; fi
}
first_line() { "$TIPCHECK" "$@" 2>&1 >/dev/null | head -1; }

t 0 '^Usage: tipcheck' --help
t 0 '^tipcheck [0-9]' --version
t 0 '^Usage: tipcheck check' check --help
t 0 '^Usage: tipcheck list' list --help
t 0 'missing LANG' check --help
t 2 "unknown command 'frobnicate'" frobnicate
t 2 "^tipcheck check: unknown option '--frob'" check --frob
t 2 "^tipcheck list: unknown option '--frob'" list --frob
t 2 "^tipcheck check: unknown option '-x'" check -x
t 2 "^tipcheck check: option '--data' needs an argument" check --data
t 2 "^tipcheck check: unexpected argument 'extra'" check extra
t 2 "^tipcheck list: --lang: no translation 'xx'" list --content "$TIPCHECK_SRC/tests/malformed/base" --lang xx
t 2 "^tipcheck check: --missing: no translation 'xx'" check --content "$TIPCHECK_SRC/tests/malformed/base" --missing xx
t 1 "error: not a content directory" check --content /nonexistent
t 1 "error: not a content directory" list --content /nonexistent
base=$TIPCHECK_SRC/tests/malformed/base
t 0 "^tipcheck check: OK: 2 checklists, 4 items, 1 rules file, 4 outcomes, 2 referral directories, 1 scenario, 2 languages$" check --content "$base"
t 0 "warning: 47 of 51 strings missing (7% translated); run 'tipcheck check --missing es'" check --content "$base"
t 0 "^work.lives-at-work.guidance$" check --content "$base" --missing es
[ "$("$TIPCHECK" check --content "$base" --missing es 2>/dev/null | wc -l)" -eq 47 ] || { echo "FAIL: --missing es is not 47 lines"; fail=1; }
t 0 "^  es  *Español  *draft  *full  *7%$" list --content "$base"
# The usage error is one line, then the hint.
[ "$(first_line check --frob)" = "tipcheck check: unknown option '--frob'" ] || { echo "FAIL: first line"; fail=1; }
[ "$("$TIPCHECK" check --frob 2>&1 | wc -l)" -eq 2 ] || { echo "FAIL: more than two lines"; fail=1; }
exit $fail
