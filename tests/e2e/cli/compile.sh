#!/bin/bash
# tipcheck compile (doc/tipcheck.1): the cache it writes changes nothing a
# worker sees (check, print and assess give the same bytes with and without
# it); a file edited after compiling is parsed and its error named at its
# line as without a cache, and check says the cache is behind after a
# valid edit; content with an error is not compiled and an
# older cache is left as it was; the interview only reads the cache.
set -u
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset TIPCHECK_DATA
c=$tmp/content
mkdir -p "$c"
cp -r "$TIPCHECK_SRC/indicators" "$TIPCHECK_SRC/translations" "$c/"
export TIPCHECK_CONTENT=$c
answers=$'general.violence-at-recruitment: yes\ngeneral.deceived-about-job: yes\n'

# Everything a worker can get from the content, as bytes.
outputs() {
	"$TIPCHECK" check >"$1.check" 2>&1
	"$TIPCHECK" print --all --format html >"$1.print" 2>&1
	"$TIPCHECK" print --guide child --lang ru --ask-lang ar >"$1.guide" 2>&1
	printf '%s' "$answers" | "$TIPCHECK" assess general --lang fr >"$1.assess" 2>&1
	"$TIPCHECK" list >"$1.list" 2>&1
}
same() {	# same A B: the outputs of two runs agree
	for k in check print guide assess list; do
		cmp -s "$1.$k" "$2.$k" || { echo "FAIL: $k differs with the cache:"; diff "$1.$k" "$2.$k" | head -20; fail=1; }
	done
}

outputs "$tmp/parsed"
out=$("$TIPCHECK" compile 2>&1); rc=$?
[ $rc -eq 0 ] || { echo "FAIL: compile exited $rc: $out"; fail=1; }
grep -qE "^tipcheck compile: $c/tipcheck.cache: [0-9]+ files, [0-9]+ bytes$" <<<"$out" ||
	{ echo "FAIL: compile said: $out"; fail=1; }
[ "$(stat -c %a "$c/tipcheck.cache")" = 644 ] ||
	{ echo "FAIL: the cache is not readable by all: $(stat -c %a "$c/tipcheck.cache")"; fail=1; }
[ -z "$(find "$c" -name '.tipcheck.cache-*')" ] || { echo "FAIL: a temporary file is left"; fail=1; }
outputs "$tmp/cached"
same "$tmp/parsed" "$tmp/cached"

# The interview reads the cache and writes nothing, into the content or
# anywhere (the privacy tests trace every system call; here the folder).
before=$(ls -la --time-style=full-iso "$c")
printf 'q\n' | "$TIPCHECK" screen --plain general >/dev/null 2>&1
[ "$before" = "$(ls -la --time-style=full-iso "$c")" ] ||
	{ echo "FAIL: the interview changed the content folder"; fail=1; }
if command -v strace >/dev/null; then
	strace -f -qq -e trace=openat -o "$tmp/trace" "$TIPCHECK" screen --plain general \
		</dev/null >/dev/null 2>&1
	grep -q 'tipcheck.cache", O_RDONLY' "$tmp/trace" ||
		{ echo "FAIL: the interview did not read the cache"; fail=1; }
	grep 'tipcheck.cache' "$tmp/trace" | grep -qE 'O_WRONLY|O_RDWR|O_CREAT' &&
		{ echo "FAIL: the interview opened the cache for writing"; fail=1; }
fi

# A valid edit after compiling: check still passes and says the cache is
# behind; compiling again brings it up to date and the note goes.
printf '# an edit\n' >>"$c/indicators/checklists/child.yaml"
out=$("$TIPCHECK" check 2>&1); rc=$?
[ $rc -eq 0 ] || { echo "FAIL: check after a valid edit exited $rc: $out"; fail=1; }
grep -qF "note: 1 file changed or added since $c/tipcheck.cache was written; 'tipcheck compile'" \
	<<<"$out" || { echo "FAIL: check did not say the cache is behind: $out"; fail=1; }
"$TIPCHECK" compile >/dev/null 2>&1
out=$("$TIPCHECK" check 2>&1)
grep -q "note:" <<<"$out" && { echo "FAIL: the note stays after compiling: $out"; fail=1; }
cp "$TIPCHECK_SRC/indicators/checklists/child.yaml" "$c/indicators/checklists/child.yaml"
"$TIPCHECK" compile >/dev/null 2>&1

# An edit after compiling: parsed, its error where it is, as without a cache.
f=$c/indicators/checklists/general.yaml
sed -i '0,/^title: .*/s//title: [unclosed/' "$f"
line=$(grep -n '^title: \[unclosed' "$f" | cut -d: -f1)
with=$("$TIPCHECK" check 2>&1); rc=$?
[ $rc -eq 1 ] || { echo "FAIL: check of an edited file exited $rc"; fail=1; }
grep -q "^$f:$((line + 1)):" <<<"$with" || grep -q "^$f:$line:" <<<"$with" ||
	{ echo "FAIL: the edit's error is not at line $line: $with"; fail=1; }
mv "$c/tipcheck.cache" "$tmp/saved.cache"
without=$("$TIPCHECK" check 2>&1)
[ "$with" = "$without" ] || { echo "FAIL: errors differ with the cache:"; diff <(echo "$with") <(echo "$without"); fail=1; }
mv "$tmp/saved.cache" "$c/tipcheck.cache"

# Content with an error is not compiled; the cache there stays as it was.
sum=$(md5sum <"$c/tipcheck.cache")
out=$("$TIPCHECK" compile 2>&1); rc=$?
[ $rc -eq 1 ] || { echo "FAIL: compile of broken content exited $rc"; fail=1; }
grep -q "nothing written" <<<"$out" || { echo "FAIL: compile said: $out"; fail=1; }
[ "$sum" = "$(md5sum <"$c/tipcheck.cache")" ] || { echo "FAIL: the cache changed"; fail=1; }

# A cache that is not one (cut short, or garbage) is no cache.
cp "$tmp/parsed.check" "$tmp/expect"
cp "$TIPCHECK_SRC/indicators/checklists/general.yaml" "$f"
head -c 3000 "$c/tipcheck.cache" >"$tmp/cut"
mv "$tmp/cut" "$c/tipcheck.cache"
"$TIPCHECK" check >"$tmp/short.check" 2>&1
cmp -s "$tmp/expect" "$tmp/short.check" || { echo "FAIL: a cut cache changes check:"; diff "$tmp/expect" "$tmp/short.check" | head; fail=1; }
head -c 100000 /dev/urandom >"$c/tipcheck.cache"
"$TIPCHECK" check >"$tmp/noise.check" 2>&1
cmp -s "$tmp/expect" "$tmp/noise.check" || { echo "FAIL: a garbage cache changes check"; fail=1; }

[ $fail -eq 0 ] && echo "compile: OK"
exit $fail
