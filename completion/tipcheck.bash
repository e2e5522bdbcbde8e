# bash completion for tipcheck                              -*- shell-script -*-
#
# Everything offered comes from the program: the commands, the options of
# each and what their arguments are from 'tipcheck list --ids commands' and
# '--ids options COMMAND'; checklists, scenarios, regions and languages from
# the content in use ('--ids KIND', with the --data and --lang already on
# the line, or TIPCHECK_DATA), so a local content directory completes its
# own ids. See tipcheck(1), list --ids.

# _tipcheck_unquote WORD: WORD as the shell will pass it, for the simple
# cases a path on a command line takes: surrounding quotes removed,
# backslash escapes undone, a leading ~/ expanded. Nothing is evaluated.
_tipcheck_unquote()
{
    local w=$1
    case $w in
        \'*\') w=${w:1:${#w}-2} ;;
        \"*\") w=${w:1:${#w}-2} ;;
        *) w=${w//\\/} ;;
    esac
    [[ $w == '~' || $w == '~/'* ]] && w=$HOME${w:1}
    printf '%s' "$w"
}

# _tipcheck_option NAME: sets opt to the option NAME names among the keys
# of kinds (NAME itself, else the one option it begins, as the program
# accepts --reg for --region); empty when none or several.
_tipcheck_option()
{
    local n found=""
    opt=""
    if [[ -v "kinds[$1]" ]]; then
        opt=$1
        return
    fi
    for n in "${!kinds[@]}"; do
        if [[ $n == "$1"* ]]; then
            [[ $found ]] && return
            found=$n
        fi
    done
    opt=$found
}

_tipcheck()
{
    local cur prev words cword split
    _init_completion -s || return

    local prog
    prog=$(_tipcheck_unquote "${words[0]}")
    # Options that tell 'tipcheck list --ids' which content to read.
    local -a ctx=()
    # kinds[--name]: what the option's argument is ("" for a flag).
    local -A kinds=()
    local cmd="" operands="" dashdash="" line name kind opt i w value

    while read -r name kind; do
        kinds[$name]=$kind
    done < <("$prog" list --ids options 2>/dev/null)
    [[ ${#kinds[@]} -eq 0 ]] && return

    # The command (the first word that is neither an option nor an
    # option's value), and the --data and --lang before the cursor.
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        if [[ $dashdash || $w != -?* ]]; then
            if [[ ! $cmd ]]; then
                cmd=$w
                while read -r name kind; do
                    [[ $name == "$cmd" ]] && operands=${kind:--}
                done < <("$prog" list --ids commands 2>/dev/null)
                [[ $operands ]] || return    # not a command: nothing to offer
                kinds=()
                while read -r name kind; do
                    kinds[$name]=$kind
                done < <("$prog" list --ids options "$cmd" 2>/dev/null)
            fi
            continue
        fi
        [[ $w == -- ]] && { dashdash=1; continue; }
        [[ $w == --* ]] || continue
        name=${w%%=*}
        _tipcheck_option "$name"
        [[ $opt && ${kinds[$opt]} ]] || continue
        if [[ $w == *=* ]]; then
            value=${w#*=}
        elif ((i + 1 < cword)); then
            value=${words[++i]}
        else
            continue
        fi
        case $opt in
            --data | --lang) ctx+=("$opt" "$(_tipcheck_unquote "$value")") ;;
        esac
    done

    kind=""
    # After an option that takes an argument: its value, whatever it
    # begins with (the program takes the next word as it is).
    if [[ ! $dashdash && $prev == --* ]]; then
        _tipcheck_option "$prev"
        [[ $opt ]] && kind=${kinds[$opt]}
    fi
    if [[ ! $kind ]]; then
        if [[ ! $dashdash && $cur == -* ]]; then
            COMPREPLY=($(compgen -W "${!kinds[*]}" -- "$cur"))
            return
        fi
        [[ $cmd ]] && kind=$operands || kind=commands
    fi

    case $kind in
        -) ;;
        dir) _filedir -d ;;
        command) COMPREPLY=($(compgen -c -- "$cur")) ;;
        *)
            local -a ids=()
            while read -r name line; do
                ids+=("$name")
            done < <("$prog" "${ctx[@]}" list --ids "$kind" 2>/dev/null)
            COMPREPLY=($(compgen -W "${ids[*]}" -- "$cur"))
            ;;
    esac
} &&
    complete -F _tipcheck tipcheck

# ex: filetype=sh
