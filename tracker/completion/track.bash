# The logic of track's bash completion. The word lists it reads
# (_track_commands, _track_subcommands, _track_form) are written above by
# `track completion bash` from track's command table; topics and paths
# are asked of track, from the database on the command line, as you type.

# _track_add WORDS CUR: adds each line of WORDS that starts with CUR.
# (Not compgen -W, which would expand $(...) inside an imported topic.)
_track_add() {
	local w
	while IFS= read -r w; do
		[[ -n $w && $w == "$2"* ]] && COMPREPLY+=("$w")
	done <<<"$1"
}

# _track_add_quoted WORDS CUR: the same, quoted for the command line.
_track_add_quoted() {
	local w q
	while IFS= read -r w; do
		[[ -n $w && $w == "$2"* ]] || continue
		printf -v q '%q' "$w"
		COMPREPLY+=("$q")
	done <<<"$1"
}

# _track_add_listed WORDS CUR: for a list being typed (--serves
# ml,data-science), adds each line of WORDS that completes the item after
# its last comma, the items before it kept.
_track_add_listed() {
	local head= w
	[[ $2 == *,* ]] && head=${2%,*},
	while IFS= read -r w; do
		[[ -n $w && $head$w == "$2"* ]] && COMPREPLY+=("$head$w")
	done <<<"$1"
}

# _track_values SPEC CUR: adds the values that SPEC stands for (a
# metavariable of the usage such as TOPIC, or choices a|b|c) and that
# start with CUR.
_track_values() {
	local spec=${1%...} cur=$2 w
	case $spec in
	TOPIC)
		_track_add_quoted "$("$_track_bin" "${_track_db[@]}" topic list \
		    --names 2>/dev/null)" "$cur" ;;
	PATH)
		_track_add_quoted "$("$_track_bin" "${_track_db[@]}" path list \
		    --names 2>/dev/null)" "$cur" ;;
	PATH,)
		_track_add_listed "$("$_track_bin" "${_track_db[@]}" path list \
		    --names 2>/dev/null)" "$cur" ;;
	TOPIC,)
		_track_add_listed "$("$_track_bin" "${_track_db[@]}" topic list \
		    --names 2>/dev/null)" "$cur" ;;
	SKILL)
		_track_add "$("$_track_bin" "${_track_db[@]}" skill list \
		    --names 2>/dev/null)" "$cur" ;;
	COMMAND)
		_track_add "${_track_commands// /$'\n'}" "$cur" ;;
	DATE)
		_track_add $'today\nyesterday' "$cur" ;;
	FILE)
		compopt -o filenames 2>/dev/null
		while IFS= read -r w; do
			COMPREPLY+=("$w")
		done < <(compgen -f -- "$cur") ;;
	*[[:lower:]]*)
		_track_add "${spec//|/$'\n'}" "$cur" ;;
	esac
}

# _track_takes_value OPTION: whether OPTION of the current form has a value.
_track_takes_value() {
	[[ " $_track_options " == *" $1="* ]]
}

# _track_operand_count WORDS...: how many operands WORDS hold, skipping
# options and their values ("--opt = value" is one option to bash).
_track_operand_count() {
	local -a w=("$@")
	local i n=0
	for ((i = 0; i < ${#w[@]}; i++)); do
		if [[ ${w[i+1]-} == = ]]; then
			((i += 2))
		elif [[ ${w[i]} == -- ]]; then
			((n += ${#w[@]} - i - 1))
			break
		elif [[ ${w[i]} == --* ]]; then
			_track_takes_value "${w[i]}" && ((i++))
		elif [[ ${w[i]} != -* ]]; then
			((n++))
		fi
	done
	echo "$n"
}

_track() {
	local _track_bin=${1:-track} cur=${COMP_WORDS[COMP_CWORD]}
	local prev=${COMP_WORDS[COMP_CWORD-1]} option= i w
	local -a ws=() _track_db=()
	local _track_reply _track_operands _track_options
	COMPREPLY=()
	# --db FILE may stand anywhere: kept for the queries, left out here.
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		if [[ $w == --db && ${COMP_WORDS[i+1]} == = ]]; then
			((i + 2 < COMP_CWORD)) && _track_db=("--db=${COMP_WORDS[i+2]}")
			((i += 2))
		elif [[ $w == --db ]]; then
			((i + 1 < COMP_CWORD)) && _track_db=(--db "${COMP_WORDS[i+1]}")
			((i++))
		elif [[ $w == --db=* ]]; then
			_track_db=("$w")
		else
			ws+=("$w")
		fi
	done
	# The option whose value is being completed: "--kind pr", "--kind=pr".
	if [[ $cur == = && $prev == --* ]]; then
		option=$prev cur=
	elif [[ $prev == = && $COMP_CWORD -ge 2 ]]; then
		option=${COMP_WORDS[COMP_CWORD-2]}
	elif [[ $prev == --* ]]; then
		option=$prev
	fi
	if [[ $option == --db ]]; then
		_track_values FILE "$cur"
		return 0
	fi
	if ((${#ws[@]} == 0)); then
		if [[ $cur == -* ]]; then
			_track_add $'--db\n--help\n--version' "$cur"
		else
			_track_add "${_track_commands// /$'\n'}" "$cur"
		fi
		return 0
	fi
	_track_complete_command "$cur" "$option" "${ws[@]}"
}

# _track_complete_command CUR OPTION COMMAND ARGS...: completes CUR after
# COMMAND and its ARGS, as the value of OPTION if that takes one.
_track_complete_command() {
	local cur=$1 option=$2 form=$3 first=4 spec w n
	shift 2
	_track_subcommands "$1"
	if [[ -n $_track_reply && $# -ge 2 && " $_track_reply " == *" $2 "* ]]
	then
		form="$1 $2"
		first=5
	fi
	_track_form "$form"
	for w in $_track_options; do
		if [[ -n $option && $w == "$option="* ]]; then
			_track_values "${w#*=}" "$cur"
			return 0
		fi
	done
	if [[ $cur == -* ]]; then
		for w in $_track_options --help; do
			_track_add "${w%%=*}" "$cur"
		done
		return 0
	fi
	shift $((first - 3))
	n=$(_track_operand_count "$@")
	local -a operands=($_track_operands)
	if ((first == 4 && n == 0)) && [[ -n $_track_reply ]]; then
		_track_add "${_track_reply// /$'\n'}" "$cur"
	fi
	if ((n < ${#operands[@]})); then
		spec=${operands[n]}
	elif ((${#operands[@]} > 0)) && [[ ${operands[-1]} == *... ]]; then
		spec=${operands[-1]}
	fi
	[[ -n $spec ]] && _track_values "$spec" "$cur"
	return 0
}

complete -F _track track
