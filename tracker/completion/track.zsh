# The logic of track's zsh completion. The word lists it reads
# (_track_commands, _track_descriptions, _track_subcommands, _track_form)
# are written above by `track completion zsh` from track's command table;
# topics and paths are asked of track, from the database on the command
# line, as you type.

# _track_values SPEC: offers the values SPEC stands for (a metavariable of
# the usage such as TOPIC, or choices a|b|c).
_track_values() {
	local spec=${1%...}
	case $spec in
	TOPIC)
		compadd -- ${(f)"$($_track_bin $_track_db topic list --names \
		    2>/dev/null)"} ;;
	PATH)
		compadd -- ${(f)"$($_track_bin $_track_db path list --names \
		    2>/dev/null)"} ;;
	PATH,)
		# A list (--serves ml,data-science): the path after its last comma.
		compset -P '*,'
		compadd -- ${(f)"$($_track_bin $_track_db path list --names \
		    2>/dev/null)"} ;;
	TOPIC,)
		# A list (--topics web-scraping,requests), likewise.
		compset -P '*,'
		compadd -- ${(f)"$($_track_bin $_track_db topic list --names \
		    2>/dev/null)"} ;;
	SKILL)
		compadd -- ${(f)"$($_track_bin $_track_db skill list --names \
		    2>/dev/null)"} ;;
	COMMAND)
		_describe -t commands 'track command' _track_descriptions ;;
	DATE)
		compadd -- today yesterday ;;
	FILE)
		_files ;;
	*[[:lower:]]*)
		compadd -- ${(s:|:)spec} ;;
	esac
}

# _track_takes_value OPTION: whether OPTION of the current form has a value.
_track_takes_value() {
	[[ " $_track_options " == *" $1="* ]]
}

_track() {
	local _track_bin=$words[1] cur=$words[CURRENT] prev=$words[CURRENT-1]
	local i w option
	local -a ws _track_db
	local _track_reply _track_operands _track_options
	# --db FILE may stand anywhere: kept for the queries, left out here.
	for ((i = 2; i < CURRENT; i++)); do
		w=$words[i]
		if [[ $w == --db ]]; then
			((i + 1 < CURRENT)) && _track_db=(--db $words[i+1])
			((i++))
		elif [[ $w == --db=* ]]; then
			_track_db=($w)
		else
			ws+=($w)
		fi
	done
	if [[ $prev == --db ]]; then
		_files
		return
	fi
	if [[ $cur == --*=* ]]; then
		option=${cur%%=*}
		compset -P '*='
	elif [[ $prev == --* ]]; then
		option=$prev
	fi
	if [[ $option == --db ]]; then
		_files
		return
	fi
	if (( $#ws == 0 )); then
		if [[ $cur == -* ]]; then
			compadd -- --db --help --version
		else
			_describe -t commands 'track command' _track_descriptions
		fi
		return
	fi
	_track_complete_command "$option" "${ws[@]}"
}

# _track_complete_command OPTION COMMAND ARGS...: completes the current
# word after COMMAND and its ARGS, as the value of OPTION if that takes one.
_track_complete_command() {
	local option=$1 form=$2 spec w n=0 i
	local -a args operands
	shift
	_track_subcommands $1
	args=("${(@)argv[2,-1]}")
	if [[ -n $_track_reply && $# -ge 2 && " $_track_reply " == *" $2 "* ]]
	then
		form="$1 $2"
		args=("${(@)argv[3,-1]}")
	fi
	_track_form $form
	for w in ${=_track_options}; do
		if [[ -n $option && $w == $option=* ]]; then
			_track_values ${w#*=}
			return
		fi
	done
	if [[ $PREFIX == -* ]]; then
		for w in ${=_track_options} --help; do
			compadd -- ${w%%=*}
		done
		return
	fi
	for ((i = 1; i <= $#args; i++)); do
		w=$args[i]
		if [[ $w == -- ]]; then
			((n += $#args - i))
			break
		elif [[ $w == --*=* ]]; then
			:
		elif [[ $w == --* ]]; then
			_track_takes_value $w && ((i++))
		elif [[ $w != -* ]]; then
			((n++))
		fi
	done
	operands=(${=_track_operands})
	if [[ $form != *' '* && $n -eq 0 && -n $_track_reply ]]; then
		compadd -- ${=_track_reply}
	fi
	if ((n < $#operands)); then
		spec=$operands[n+1]
	elif (($#operands > 0)) && [[ $operands[-1] == *... ]]; then
		spec=$operands[-1]
	fi
	[[ -n $spec ]] && _track_values $spec
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
	# Autoloaded from $fpath: complete the word now.
	_track "$@"
else
	# Sourced: register for later.
	compdef _track track
fi
