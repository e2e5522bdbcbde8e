#!/bin/bash
# The shipped content is valid, and 'list' shows every checklist and language.
set -u
fail=0
out=$("$TIPCHECK" check --content "$TIPCHECK_CONTENT" 2>err.$$) || { echo "FAIL: check exited $?"; cat err.$$; fail=1; }
if grep -q ': error: ' err.$$; then echo "FAIL: errors:"; cat err.$$; fail=1; fi
case $out in "tipcheck check: OK: "*) ;; *) echo "FAIL: no summary: $out"; fail=1 ;; esac
rm -f err.$$
list=$("$TIPCHECK" list --content "$TIPCHECK_CONTENT") || { echo "FAIL: list exited $?"; fail=1; }
for f in "$TIPCHECK_CONTENT"/indicators/checklists/*.yaml "$TIPCHECK_CONTENT"/translations/*.yaml; do
	[ -e "$f" ] || continue
	if [[ $f == */translations/* ]]; then
		id=$(sed -n 's/^language: *//p' "$f")
	else
		id=$(sed -n 's/^id: *//p' "$f")
	fi
	grep -q "^  $id " <<<"$list" || { echo "FAIL: list does not show '$id'"; fail=1; }
done
exit $fail
