#!/bin/sh
# Runs every test binary given as an argument and ends with one line
# "N passed, N failed" summed over all of them. Exits non-zero when a test
# failed, a binary crashed, or nothing ran.
#
# The counts come from the JSON report each run writes
# (--gtest_output=json:FILE), read with jq, not from its printed output.
# An argument may be a command rather than a binary ("valgrind -q
# build/unit_tests"): its words are run as they are, and its last word
# names the binary (listed with --gtest_list_tests to plan the run). A
# last word --gtest_filter=F gives that binary filter F in place of
# $GTEST_FILTER.
#
# Scheduling: TEST_SHARDS=N workers run the jobs of every binary from one
# queue, the longest first, so that no worker is left finishing one long
# test while the others wait. A test expected to take at least half a job's
# share (the whole run's time over TEST_SPLIT jobs a worker, default 8) is
# a job of its own; the rest of each binary is cut into gtest shards of
# about that share. The expected times are the last run's, from
# TEST_DURATIONS (a file this run then rewrites, keeping the entries of
# tests it did not run), else from tests/test_durations (checked in), else
# a tenth of a second; a test the file does not name counts the mean of
# its binary's (its "*" line).
#
# A job that leaves no report, or one cut short (it crashed), or that
# exits non-zero though its report names no failed test (valgrind's
# verdict, say), counts as one failure, shown with the end of its output.
# Each failed test is shown with its assertions and its properties (a
# seed).
passed=0
failed=0
workers=${TEST_SHARDS:-1}
split=${TEST_SPLIT:-8}
fallback=$(dirname "$0")/test_durations
tab=$(printf '\t')
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

# From a report: "BINARY<TAB>TEST<TAB>SECONDS" for each test it ran.
timings='.testsuites[].testsuite[]
| select(.result == "COMPLETED" and (.time | type) == "string")
| [$bin, .classname + "." + .name, (.time | rtrimstr("s"))] | @tsv'

# The jobs, one a line: "SECONDS<TAB>K<TAB>test<TAB>NAME" for a test run
# alone, "SECONDS<TAB>K<TAB>shard<TAB>I/M<TAB>EXCLUDED" for gtest shard I of
# M of binary K's other tests (EXCLUDED: those run alone, joined by ':').
# Reads the expected times, then "K<TAB>BINARY<TAB>TEST" for every test.
plan='
BEGIN { FS = OFS = "\t" }
FILENAME == times { if (NF == 3) known[$1, $2] = $3 + 0; next }
{
	n++
	k[n] = $1
	name[n] = $3
	if (($2, $3) in known) est[n] = known[$2, $3]
	else if (($2, "*") in known) est[n] = known[$2, "*"]
	else est[n] = 0.1
	total += est[n]
}
END {
	share = total / (per * workers)
	for (i = 1; i <= n; i++) {
		if (est[i] > 0 && est[i] >= share / 2) {
			print est[i], k[i], "test", name[i]
			alone[k[i]] = alone[k[i]] (alone[k[i]] == "" ? "" : ":") \
			    name[i]
		} else {
			rest[k[i]] += est[i]
			count[k[i]]++
		}
	}
	for (b in count) {
		m = share > 0 ? int(rest[b] / share) + 1 : 1
		if (m > count[b])
			m = count[b]
		for (s = 0; s < m; s++)
			print rest[b] / m, b, "shard", s "/" m, alone[b]
	}
}'

# The tests binary $1 (a command's last word) would run with filter $2:
# "Suite.name" a line (GTEST_ALSO_RUN_DISABLED_TESTS lists those too).
list_tests() {
	# shellcheck disable=SC2086 # the command's words are meant to split
	set -- $1 "$2"
	eval "last=\${$(($# - 1))}"
	eval "filter=\${$#}"
	GTEST_FILTER=${filter:-*} "$last" --gtest_list_tests 2>/dev/null | awk '
	    /^[^ ]/ { suite = $1 }
	    /^  [^ ]/ { print suite $1 }'
}

# The filter $1 (GTEST_FILTER, "" for all) without the tests in $2
# (names joined by ':'; "" for none).
excluding() {
	if [ -z "$2" ]; then
		echo "${1:-*}"
		return
	fi
	case $1 in
	'') echo "*-$2" ;;
	*-*) echo "$1:$2" ;;
	*) echo "$1-$2" ;;
	esac
}

# Writes $dir/jobs, the longest first, from every binary's tests. A
# binary that lists no test is one job, run whole (its report says what
# ran: nothing, or a crash).
plan_jobs() {
	times=${TEST_DURATIONS:-}
	[ -n "$times" ] && [ -f "$times" ] || times=$fallback
	[ -f "$times" ] || times=/dev/null
	: >"$dir/tests"
	: >"$dir/whole"
	k=0
	for bin in "$@"; do
		filter=${GTEST_FILTER:-}
		case $bin in
		*" --gtest_filter="*)
			filter=${bin##* --gtest_filter=}
			bin=${bin% --gtest_filter=*}
			;;
		esac
		echo "$bin" >"$dir/cmd.$k"
		echo "$filter" >"$dir/filter.$k"
		name=$(basename "${bin##* }")
		echo "$name" >"$dir/name.$k"
		list_tests "$bin" "$filter" >"$dir/list.$k"
		if [ -s "$dir/list.$k" ]; then
			sed "s/^/$k$tab$name$tab/" "$dir/list.$k" >>"$dir/tests"
		else
			printf '0\t%s\tshard\t0/1\t\n' "$k" >>"$dir/whole"
		fi
		k=$((k + 1))
	done
	awk -v times="$times" -v per="$split" -v workers="$workers" \
	    "$plan" "$times" "$dir/tests" | cat - "$dir/whole" |
	    sort -t "$tab" -k1,1gr >"$dir/jobs"
}

# Runs job $1 (line $1 + 1 of $dir/jobs): its output goes to $dir/log.$1,
# its report to $dir/report.$1, its exit status to $dir/status.$1.
run_job() {
	line=$(sed -n "$(($1 + 1))p" "$dir/jobs")
	IFS=$tab read -r _ k kind what excluded <<EOF
$line
EOF
	if [ "$kind" = test ]; then
		filter=$what shard=0 shards=1
	else
		filter=$(excluding "$(cat "$dir/filter.$k")" "$excluded")
		shard=${what%/*} shards=${what#*/}
	fi
	# shellcheck disable=SC2046 # the command's words are meant to split
	GTEST_FILTER=$filter GTEST_TOTAL_SHARDS=$shards \
	    GTEST_SHARD_INDEX=$shard $(cat "$dir/cmd.$k") --gtest_color=no \
	    --gtest_output="json:$dir/report.$1" >"$dir/log.$1" 2>&1
	echo $? >"$dir/status.$1"
}

# A worker: takes the jobs in order, each one no other worker took
# (mkdir claims it), until none is left.
worker() {
	j=0
	while [ "$j" -lt "$jobs" ]; do
		if mkdir "$dir/claim.$j" 2>/dev/null; then
			run_job "$j"
		fi
		j=$((j + 1))
	done
}

# What job $1 ran, for a message: "test NAME" or "shard I/M of NAME".
job_name() {
	IFS=$tab read -r _ k kind what _ <<EOF
$(sed -n "$(($1 + 1))p" "$dir/jobs")
EOF
	if [ "$kind" = test ]; then
		echo "test $what"
	else
		echo "shard $what of $(cat "$dir/name.$k")"
	fi
}

# Reads job $1's report: prints its failed tests and adds to p, f and s;
# a job that crashed or failed outside its tests adds one to f.
read_job() {
	status=$(cat "$dir/status.$1")
	if ! jq -r -s "$summary" "$dir/report.$1" >"$dir/summary.$1" \
	    2>/dev/null
	then
		echo "[  CRASHED ] $(job_name "$1") left no complete report" \
		    "(exit status $status); its output ends:"
		tail -n 20 "$dir/log.$1" | sed 's/^/   | /'
		f=$((f + 1))
		return
	fi
	read -r sp sf ss <"$dir/summary.$1"
	tail -n +2 "$dir/summary.$1"
	if [ "$status" -ne 0 ] && [ "$sf" -eq 0 ]; then
		echo "[  FAILED  ] $(job_name "$1") exited with status $status" \
		    "though every test passed; its output ends:"
		tail -n 20 "$dir/log.$1" | sed 's/^/   | /'
		sf=1
	fi
	p=$((p + sp))
	f=$((f + sf))
	s=$((s + ss))
}

# Rewrites $TEST_DURATIONS: this run's time of each test it ran, the
# entries of the tests it did not run as they were, and each binary's
# mean as its "*" line.
record_durations() {
	[ -n "${TEST_DURATIONS:-}" ] || return 0
	: >"$dir/times"
	j=0
	while [ "$j" -lt "$jobs" ]; do
		k=$(sed -n "$((j + 1))p" "$dir/jobs" | cut -f 2)
		jq -r --arg bin "$(cat "$dir/name.$k")" "$timings" \
		    "$dir/report.$j" >>"$dir/times" 2>/dev/null
		j=$((j + 1))
	done
	[ -f "$TEST_DURATIONS" ] || : >"$TEST_DURATIONS"
	awk 'BEGIN { FS = OFS = "\t" }
	    FILENAME == ARGV[1] { new[$1, $2] = $3; order[++n] = $1 FS $2; next }
	    NF == 3 && $2 != "*" && !(($1, $2) in new) {
		new[$1, $2] = $3; order[++n] = $1 FS $2 }
	    END {
		for (i = 1; i <= n; i++) {
			split(order[i], key, FS)
			print key[1], key[2], new[key[1], key[2]]
			sum[key[1]] += new[key[1], key[2]]
			count[key[1]]++
		}
		for (b in sum)
			printf "%s\t*\t%.3f\n", b, sum[b] / count[b]
	    }' "$dir/times" "$TEST_DURATIONS" | sort >"$dir/durations" &&
	    cp "$dir/durations" "$TEST_DURATIONS"
}

plan_jobs "$@"
jobs=$(wc -l <"$dir/jobs")
i=0
while [ "$i" -lt "$workers" ]; do
	worker &
	i=$((i + 1))
done
wait

k=0
for bin in "$@"; do
	echo "== $bin"
	p=0 f=0 s=0
	j=0
	while [ "$j" -lt "$jobs" ]; do
		if [ "$(sed -n "$((j + 1))p" "$dir/jobs" | cut -f 2)" = "$k" ]; then
			read_job "$j"
		fi
		j=$((j + 1))
	done
	if [ "$s" -gt 0 ]; then
		echo "   $p passed, $f failed ($s skipped)"
	else
		echo "   $p passed, $f failed"
	fi
	passed=$((passed + p))
	failed=$((failed + f))
	k=$((k + 1))
done
record_durations
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
