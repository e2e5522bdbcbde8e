#!/bin/bash
# The bash completion (completion/tipcheck.bash) as bash-completion runs
# it: COMP_LINE, COMP_POINT, COMP_WORDS and COMP_CWORD set as bash sets
# them for a line with the cursor at its end, then _tipcheck called and
# COMPREPLY checked. Commands, options, checklists, scenarios, regions,
# languages, formats and situations; --data and --lang on the line;
# another content directory completes its own ids.
#
# COMPLETION=FILE tests another copy of the script (tests/deb/ runs it
# on the installed one with the installed binary as $TIPCHECK).
set -u
bc=$(pkg-config --variable=datadir bash-completion 2>/dev/null)/bash-completion/bash_completion
[ -f "$bc" ] || bc=/usr/share/bash-completion/bash_completion
if [ ! -f "$bc" ]; then
	echo "bash-completion is not installed (scripts/setup.sh installs it): skipped"
	exit 77
fi
# bash_completion reads the user's ~/.bash_completion: not ours.
export BASH_COMPLETION_USER_FILE=/dev/null HOME=$(mktemp -d)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" "$HOME"' EXIT
# shellcheck source=/dev/null
source "$bc"
# shellcheck source=/dev/null
source "${COMPLETION:-$TIPCHECK_SRC/completion/tipcheck.bash}"
fail=0

# comp LINE: completes LINE (after the program's name) with the cursor at
# its end; COMP_WORDS split as bash splits them (blanks outside quotes
# and not escaped; '=' a word of its own). Sets got: the candidates, sorted, one a line.
comp() {
	local w="" q="" c i
	line="tipcheck $1"
	COMP_WORDS=()
	for ((i = 0; i < ${#line}; i++)); do
		c=${line:i:1}
		if [[ $q ]]; then
			w+=$c
			[[ $c == "$q" ]] && q=""
		elif [[ $c == \\ ]]; then
			w+=$c${line:i+1:1}
			((i++))
		elif [[ $c == [\"\'] ]]; then
			w+=$c q=$c
		elif [[ $c == ' ' ]]; then
			[[ $w ]] && COMP_WORDS+=("$w")
			w=""
		elif [[ $c == '=' ]]; then
			[[ $w ]] && COMP_WORDS+=("$w")
			COMP_WORDS+=("=")
			w=""
		else
			w+=$c
		fi
	done
	COMP_WORDS+=("$w")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMP_WORDS[0]=$TIPCHECK
	COMP_LINE="$TIPCHECK $1"
	COMP_POINT=${#COMP_LINE}
	COMPREPLY=()
	_tipcheck "$TIPCHECK" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
	got=$(printf '%s\n' "${COMPREPLY[@]}" | sort)
}
want() {	# want LINE CANDIDATE...: exactly these
	comp "$1"; shift
	local w
	w=$(printf '%s\n' "$@" | sort)
	[[ $got == "$w" ]] || { echo "FAIL: '$line': got [${got//$'\n'/ }], want [${w//$'\n'/ }]"; fail=1; }
}
has() {		# has LINE CANDIDATE...: these among others
	comp "$1"; shift
	for w in "$@"; do
		grep -qxF -- "$w" <<<"$got" || { echo "FAIL: '$line': no '$w' in [${got//$'\n'/ }]"; fail=1; }
	done
}
lacks() {	# lacks CANDIDATE...: not in the last completion
	for w in "$@"; do
		! grep -qxF -- "$w" <<<"$got" || { echo "FAIL: '$line': '$w' offered"; fail=1; }
	done
}
ids() { "$TIPCHECK" list --ids "$@" | cut -d' ' -f1; }
line=""

# The function is what bash calls for tipcheck.
[[ $(complete -p tipcheck) == *"-F _tipcheck tipcheck" ]] || { echo "FAIL: not registered"; fail=1; }

# Commands, and options: the command's own and everyone's.
want "" screen assess print train list check compile
want "pr" print
has "print --" --all --role-card --trainer-sheet --format --width --data --content --lang --region --help
lacks --plain --json --situation
has "--" --plain --json --printer --data --content --lang --ask-lang --region
lacks --all --format
want "assess --s" --situation
has "--lang fr print --f" --format
# Checklist ids, everywhere a command takes them (and after --).
mapfile -t checklists < <(ids checklists)
[ "${#checklists[@]}" -ge 8 ] || { echo "FAIL: list --ids checklists: ${checklists[*]}"; fail=1; }
want "screen " "${checklists[@]}"
want "assess --json " "${checklists[@]}"
want "print --format html labour-adult " "${checklists[@]}"
want "print lab" labour-adult
want "print -- " "${checklists[@]}"
# Regions, as --region X, --region=X and a prefix of the option.
mapfile -t regions < <(ids regions)
want "screen --region " "${regions[@]}"
has "screen --region u" uk us
want "screen --region=in" international
want "print --reg u" uk us
# Languages for --lang, --ask-lang and check --missing.
want "--lang " en es fr ru
want "screen --ask-lang r" ro ru
want "check --missing f" fa fr
want "screen --ask-lang b" bg
want "print --ask-lang s" sq
want "check --missing p" pt
want "--ask-lang i" id
# Scenarios: train's operand, print --role-card and --trainer-sheet.
mapfile -t scenarios < <(ids scenarios)
[ "${#scenarios[@]}" -ge 5 ] || { echo "FAIL: list --ids scenarios: ${scenarios[*]}"; fail=1; }
want "train " "${scenarios[@]}"
want "print --role-card " "${scenarios[@]}"
want "print --role-card sc" scam-compound
want "print --trainer-sheet=sc" scam-compound
# The values an option accepts.
want "print --format " text markdown html
want "assess --situation " adult child unsure
want "list --ids reg" regions
# Nothing to offer: a number, a command that takes no operands, an
# unknown command.
want "print --width "
want "check "
want "frobnicate "
# --printer takes a shell command; --data a directory.
has "screen --printer l" ls
mkdir -p "$tmp/content-a" "$tmp/content-b"
want "--content $tmp/content-" "$tmp/content-a" "$tmp/content-b"

# Another content directory completes its own ids: --data, --content=,
# quoted with a blank in its name, and TIPCHECK_CONTENT.
base=$TIPCHECK_SRC/tests/malformed/base
mapfile -t base_lists < <("$TIPCHECK" --content "$base" list --ids checklists)
mapfile -t base_regions < <("$TIPCHECK" --content "$base" list --ids regions)
[[ ${#base_lists[@]} -ge 1 && "${base_lists[*]}" != "${checklists[*]}" ]] ||
	{ echo "FAIL: $base has the shipped checklists"; fail=1; }
want "--content $base screen " "${base_lists[@]}"
want "screen --content=$base " "${base_lists[@]}"
want "print --content $base --region " "${base_regions[@]}"
cp -r "$base" "$tmp/my content"
want "--content '$tmp/my content' assess " "${base_lists[@]}"
want "--content \"$tmp/my content\" assess " "${base_lists[@]}"
want "--content $tmp/my\\ content assess " "${base_lists[@]}"
TIPCHECK_CONTENT=$base want "screen " "${base_lists[@]}"
# --lang on the line is passed too: one the content lacks completes
# nothing (list --ids refuses it, as every command does).
want "--lang fr screen lab" labour-adult
want "--lang xx screen lab"

exit $fail
