#!/bin/sh
# Runs every test binary given as an argument and ends with one line
# "N passed, N failed" summed over all of them. Exits non-zero when a test
# failed, a binary crashed, or nothing ran.
#
# The counts come from the JSON report each binary writes
# (--gtest_output=json:FILE), read with jq, not from its printed output.
# An argument may be a command rather than a binary ("valgrind -q
# build/unit_tests"): its words are run as they are. TEST_SHARDS=N runs
# each binary as N gtest shards side by side. A shard that leaves no
# report, or one cut short (it crashed), or that exits non-zero though
# its report names no failed test (valgrind's verdict, say), counts as
# one failure, shown with the end of its output. Each failed test is
# shown with its assertions and its properties (a seed).
passed=0
failed=0
shards=${TEST_SHARDS:-1}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# From a report (read whole, -s): the line "PASSED FAILED SKIPPED", then
# each failed test as "[  FAILED  ] NAME" with its properties and at most
# 60 lines of its assertions. Fails on anything but one JSON document
# whose tests add up to its count.
summary='
def standard: ["name", "file", "line", "status", "result", "timestamp",
    "time", "classname", "failures", "value_param", "type_param"];
def failed: (.failures // []) | length > 0;
if length != 1 then error("not one report") else .[0] end
| [.testsuites[].testsuite[]] as $tests
| if ($tests | length) != .tests then error("cut short") else . end
| [$tests[] | select(failed)] as $failed
| ([$tests[] | select(.status == "RUN" and .result == "COMPLETED" and
    (failed | not))] | length) as $passed
| ([$tests[] | select(.result == "SKIPPED" and (failed | not))] | length)
    as $skipped
| "\($passed) \($failed | length) \($skipped)",
  ($failed[] | "[  FAILED  ] \(.classname).\(.name)",
    (to_entries[] | select(.key as $k | standard | all(. != $k))
        | "   | \(.key): \(.value)"),
    ([.failures[].failure | split("\n")[]] | .[:60][] | "   | " + .))'

# Runs command $1 as shard $2 of $shards: its output goes to $dir/log.$2,
# its report to $dir/report.$2, its exit status to $dir/status.$2.
run_shard() {
	# shellcheck disable=SC2086 # the command's words are meant to split
	GTEST_TOTAL_SHARDS=$shards GTEST_SHARD_INDEX=$2 \
	    $1 --gtest_color=no --gtest_output="json:$dir/report.$2" \
	    >"$dir/log.$2" 2>&1
	echo $? >"$dir/status.$2"
}

# Reads shard $1's report: prints its failed tests and adds to p, f and s;
# a shard that crashed or failed outside its tests adds one to f.
read_shard() {
	status=$(cat "$dir/status.$1")
	if ! jq -r -s "$summary" "$dir/report.$1" >"$dir/summary.$1" \
	    2>/dev/null
	then
		echo "[  CRASHED ] shard $1 left no complete report" \
		    "(exit status $status); its output ends:"
		tail -n 20 "$dir/log.$1" | sed 's/^/   | /'
		f=$((f + 1))
		return
	fi
	read -r sp sf ss <"$dir/summary.$1"
	tail -n +2 "$dir/summary.$1"
	if [ "$status" -ne 0 ] && [ "$sf" -eq 0 ]; then
		echo "[  FAILED  ] shard $1 exited with status $status" \
		    "though every test passed; its output ends:"
		tail -n 20 "$dir/log.$1" | sed 's/^/   | /'
		sf=1
	fi
	p=$((p + sp))
	f=$((f + sf))
	s=$((s + ss))
}

for bin in "$@"; do
	echo "== $bin"
	rm -f "$dir"/*
	i=0
	while [ "$i" -lt "$shards" ]; do
		run_shard "$bin" "$i" &
		i=$((i + 1))
	done
	wait
	p=0 f=0 s=0
	i=0
	while [ "$i" -lt "$shards" ]; do
		read_shard "$i"
		i=$((i + 1))
	done
	if [ "$s" -gt 0 ]; then
		echo "   $p passed, $f failed ($s skipped)"
	else
		echo "   $p passed, $f failed"
	fi
	passed=$((passed + p))
	failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
