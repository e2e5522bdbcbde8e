#!/bin/sh
# Runs the fuzz targets of a -Dfuzz=true build, two at a time.
#
#   tests/fuzz/run.sh BUILD SECONDS [TARGET...]   each target SECONDS long
#   tests/fuzz/run.sh --merge BUILD SEEDS         minimise SEEDS/TARGET into
#                                                 the corpora kept in the tree
#
# A run starts from the target's corpus in tests/fuzz/corpus/TARGET (read
# only: what it finds goes to a temporary folder) and fails on any crash,
# leak, sanitizer report or input slower than 10 s. Crashing inputs are
# kept in $FUZZ_ARTIFACTS (default: a temporary folder, printed).
# Reproduce one with: BUILD/tests/fuzz/fuzz_TARGET CRASH-FILE
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
TARGETS="checklist rules referrals scenario sources translation content_dir answers treecache"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

if [ "${1:-}" = "--merge" ]; then
	build=$2 seeds=$3
	for t in $TARGETS; do
		rm -rf "$here/corpus/$t"
		mkdir -p "$here/corpus/$t"
		"$build/tests/fuzz/fuzz_$t" -merge=1 -max_len=65536 "$here/corpus/$t" \
			"$seeds/$t" 2>/dev/null
		echo "corpus/$t: $(ls "$here/corpus/$t" | wc -l) files"
	done
	exit 0
fi

build=$1 seconds=$2
shift 2
[ $# -gt 0 ] && TARGETS="$*"
work=$(mktemp -d "${TMPDIR:-/tmp}/tipcheck-fuzz-XXXXXX")
artifacts=${FUZZ_ARTIFACTS:-$work/artifacts}
mkdir -p "$artifacts"

run_one() {
	t=$1
	mkdir -p "$work/$t"
	if "$build/tests/fuzz/fuzz_$t" "$work/$t" "$here/corpus/$t" \
		-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
		-print_final_stats=1 -artifact_prefix="$artifacts/$t-" \
		>"$work/$t.log" 2>&1; then
		echo "fuzz $t: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$t.log" |
			grep -o '[0-9]*$') executions in ${seconds}s, nothing found"
	else
		echo "fuzz $t: FAILED (log: $work/$t.log; inputs: $artifacts)"
		tail -n 60 "$work/$t.log"
		return 1
	fi
}

failed=0
set -- $TARGETS
while [ $# -gt 0 ]; do
	a=$1; shift
	run_one "$a" & pa=$!
	pb=
	if [ $# -gt 0 ]; then
		b=$1; shift
		run_one "$b" & pb=$!
	fi
	wait $pa || failed=1
	[ -z "$pb" ] || wait $pb || failed=1
done
if [ $failed -ne 0 ]; then
	echo "fuzz: failures; logs and inputs kept in $work"
	exit 1
fi
rm -rf "$work"
