#!/bin/bash
# Content layers (indicators/README.md, "Layers"): a system layer adding one
# referral directory shows in list and --region and passes check; a --data
# layer replaces a checklist and removes one; an error in any layer refuses
# the interview and names the file in its layer. The base is the shipped
# content (the binary runs from its build directory).
set -u
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset TIPCHECK_CONTENT TIPCHECK_DATA
sys=$tmp/etc/tipcheck
mkdir -p "$sys/indicators/referrals"
cat >"$sys/indicators/referrals/acme.yaml" <<'YAML'
schema: 1
id: acme
region: Acme town
checked: { how: not-checked }
services:
  - id: hotline
    name: Acme outreach line
    contact: "0100 000"
YAML
export TIPCHECK_SYSTEM_LAYER=$sys
t() {	# t WANT_RC PATTERN ARGS...: the run's stdout and stderr match
	local want=$1 pat=$2 out rc
	shift 2
	out=$("$TIPCHECK" "$@" </dev/null 2>&1); rc=$?
	[ $rc -eq "$want" ] || { echo "FAIL: $* exited $rc, not $want"; echo "$out"; fail=1; }
	grep -qE -- "$pat" <<<"$out" || { echo "FAIL: $*: no /$pat/ in:"; echo "$out"; fail=1; }
}
t 0 "^  acme +Acme town +not-checked +$sys\$" list
t 0 "^  uk +United Kingdom .*$TIPCHECK_SRC\$" list
t 0 "tipcheck check: OK: .* 9 referral directories" check
t 0 "^acme\$" list --ids regions
out=$(printf 'general.violence-at-recruitment: yes\ngeneral.deceived-about-job: yes\n' |
	"$TIPCHECK" assess general --region acme 2>&1)
grep -q "Referral directory: Acme town" <<<"$out" ||
	{ echo "FAIL: --region acme is not used: $out"; fail=1; }
# --data: replace a checklist (same folder and name), remove another.
d=$tmp/local
mkdir -p "$d/indicators/checklists" "$d/indicators/scenarios"
sed 's/^title: .*/title: Our own general checklist/' \
	"$TIPCHECK_SRC/indicators/checklists/general.yaml" >"$d/indicators/checklists/general.yaml"
grep -q "^title: Our own general checklist" "$d/indicators/checklists/general.yaml" ||
	{ echo "FAIL: the fixture's title was not replaced"; fail=1; }
t 0 "^  general +Our own general checklist .*$d\$" list --data "$d"
printf 'remove: true\n' >"$d/indicators/checklists/sexual-adult.yaml"
printf 'remove: true\n' >"$d/indicators/scenarios/flat-above-salon.yaml"
t 0 "tipcheck check: OK: 7 checklists" check --data "$d"
out=$("$TIPCHECK" list --ids checklists --data "$d")
grep -qx sexual-adult <<<"$out" && { echo "FAIL: a removed checklist is listed"; fail=1; }
# A removal that removes nothing, or holds more, is an error at its file.
printf 'remove: true\n' >"$d/indicators/checklists/nothing.yaml"
t 1 "^$d/indicators/checklists/nothing.yaml: error: removes indicators/checklists/nothing.yaml, which no layer beneath holds" check --data "$d"
rm "$d/indicators/checklists/nothing.yaml"
printf 'remove: true\nid: x\n' >"$d/indicators/checklists/child.yaml"
t 1 "^$d/indicators/checklists/child.yaml:1:9: error: a file that removes another holds only 'remove: true'" check --data "$d"
rm "$d/indicators/checklists/child.yaml"
# An error in the system layer refuses the interview, naming its file.
printf 'schema: 1\nid: acme\nregion: [x]\n' >"$sys/indicators/referrals/acme.yaml"
t 1 "^$sys/indicators/referrals/acme.yaml:3:9: error" screen --plain general
# TIPCHECK_DATA is a colon-separated list of layers, under each --data.
rm "$sys/indicators/referrals/acme.yaml"
out=$(TIPCHECK_DATA="$tmp/none:$d" "$TIPCHECK" check 2>&1)
grep -q "$tmp/none: error: not a content directory" <<<"$out" ||
	{ echo "FAIL: TIPCHECK_DATA's missing layer not said: $out"; fail=1; }
exit $fail
