#!/bin/bash
# tipcheck check on a deliberately unsafe rules file (tests/fixtures/unsafe):
# exit 1, every safety property reported at the rule at fault with the
# answers that break it, and the reachability and signal warnings.
set -u
fail=0
data="$TIPCHECK_SRC/tests/fixtures/unsafe"
rules="$data/indicators/rules/unsafe.yaml"
work="$data/indicators/checklists/work.yaml"
out=$("$TIPCHECK" check --content "$data" 2>&1); rc=$?
[ $rc -eq 1 ] || { echo "FAIL: check exited $rc, expected 1"; fail=1; }
has() {	# has PATTERN WHAT
	grep -qF -- "$1" <<<"$out" || { echo "FAIL: $2: no '$1' in:"; echo "$out"; fail=1; }
}
# monotone: at the outcome that the extra yes loses, with the answers
has "$rules:41:5: error: safety: one more yes lowers the level from refer-further to inform (adult situation; checklists safety, work): with work.locked-in: no, a yes to work.beaten (weak, instead of unknown) loses outcome 'unsure'" monotone
# strong sign: at the all-clear outcome, naming the strong item
has "$rules:47:5: error: safety: a yes to the strong sign work.locked-in alone (every other graded sign no; adult situation; checklists safety, work) gives level inform with the all-clear outcome 'all-clear'" "strong sign"
# child: at the child outcome, naming the act and the exploitation items
has "$rules:25:5: error: safety: a child (child situation; checklists safety, work) with a yes to work.brought (act) and to work.long-hours (exploit), every other graded sign no, does not get outcome 'child-trafficking'" child
# reachability and signals: warnings at the section, the signal, the item
has "$work:9:5: warning: element 'recruitment' can never be positive from checklist 'work' alone" reachability
has "$work:9:5: warning: checklist 'work' has 1 graded item for element 'recruitment', fewer than its min_answered (2)" min_answered
has "$data/indicators/signals.yaml:9:5: warning: signal 'violence' is carried by no item" "unused signal"
has "$work:34:9: warning: item 'work.beaten' does not carry signal 'violence', but its sign (en) has the word 'hit'" "signal word"
grep -q "tipcheck check: OK" <<<"$out" && { echo "FAIL: an unsafe content said OK"; fail=1; }
exit $fail
