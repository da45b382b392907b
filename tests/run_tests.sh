#!/bin/sh
# Runs every test binary given as an argument and ends with one line
# "N passed, N failed" summed over all of them. Exits non-zero when a test
# failed, a binary crashed, or nothing ran.
#
# An argument may be a command rather than a binary ("valgrind -q
# build/unit_tests"): its words are run as they are. TEST_SHARDS=N runs
# each binary as N gtest shards side by side (for slow runs, e.g. under
# valgrind); a shard that fails without naming a failed test counts as
# one failure. A failed test's own output is shown below its name.
passed=0
failed=0
shards=${TEST_SHARDS:-1}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# Runs command $1 as shard $2 of $shards; its output goes to $dir/log.$2.
run_shard() {
	# shellcheck disable=SC2086 # the command's words are meant to split
	GTEST_TOTAL_SHARDS=$shards GTEST_SHARD_INDEX=$2 \
	    $1 --gtest_color=no >"$dir/log.$2" 2>&1
	echo $? >"$dir/status.$2"
}

for bin in "$@"; do
	echo "== $bin"
	rm -f "$dir"/log.* "$dir"/status.*
	i=0
	while [ "$i" -lt "$shards" ]; do
		run_shard "$bin" "$i" &
		i=$((i + 1))
	done
	wait
	cat "$dir"/log.* >"$dir/log"
	grep -E '^\[  (FAILED|     OK|  PASSED) ' "$dir/log" |
		grep -v '^\[  PASSED' | grep -E 'FAILED' | grep -v 'listed below' |
		sort -u
	# What each failed test printed (its assertions, its seed), so that a
	# CI log says why: at most 60 lines a test.
	for name in $(sed -n 's/^\[  FAILED  \] \([A-Za-z_0-9/.]*\) (.*/\1/p' \
	    "$dir/log" | sort -u); do
		awk -v t="$name" '$0 == "[ RUN      ] " t { p = 1; n = 0 }
		    p && n++ < 60 { print "   | " $0 }
		    p && index($0, "[  FAILED  ] " t " (") == 1 { p = 0 }' \
		    "$dir/log"
	done
	p=$(grep -c '^\[       OK \]' "$dir/log")
	f=$(grep '^\[  FAILED  \] [A-Za-z_0-9/.]*\.' "$dir/log" | sed 's/ (.*//' |
		sort -u | wc -l)
	for status_file in "$dir"/status.*; do
		shard=${status_file##*.}
		if [ "$(cat "$status_file")" -ne 0 ] &&
		    ! grep -q '^\[  FAILED  \] [A-Za-z_0-9/.]*\.' "$dir/log.$shard"
		then
			# Crashed or refused to run: show the end of its output.
			tail -n 20 "$dir/log.$shard"
			f=$((f + 1))
		fi
	done
	echo "   $p passed, $f failed"
	passed=$((passed + p))
	failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
