#!/bin/sh
# Runs each libFuzzer target for SECONDS, one after another:
#
#   sh tests/fuzz/run_fuzz.sh SECONDS BUILD_DIR TARGET...
#
# With FUZZ_RUNS=N in the environment each target runs N executions
# instead (the long runs, make fuzz-long), logging to
# BUILD_DIR/fuzz_TARGET-runs.log so `make fuzz` does not overwrite it.
# A target TARGET is BUILD_DIR/fuzz_TARGET. Its seeds are
# tests/fuzz/corpus/TARGET (and the import fixtures for the import
# targets), its dictionary tests/fuzz/TARGET.dict when there is one. What
# it finds goes to a scratch corpus, BUILD_DIR/corpus/TARGET, kept between
# runs so the repository's seeds stay as they are; a crash is saved as
# BUILD_DIR/crashes/TARGET-*. Prints one line per target with the
# executions reached, and "fuzz: N passed, N failed" at the end; exits
# non-zero when a target crashed, leaked, timed out or did not run.
seconds=$1
build=$2
shift 2
here=$(dirname "$0")
passed=0
failed=0
mkdir -p "$build/crashes"

# The libFuzzer options of target $1.
options() {
	case $1 in
	*import) echo "-max_len=4096 -timeout=25" ;;
	*) echo "-max_len=128 -timeout=10" ;;
	esac
	[ -f "$here/$1.dict" ] && echo "-dict=$here/$1.dict"
}

# The read-only seed directories of target $1 (the first directory
# libFuzzer is given is the one it writes to: the scratch corpus).
seeds() {
	echo "$here/corpus/$1"
	case $1 in
	*import) echo "$here/../fixtures/import" ;;
	esac
}

# The value of libFuzzer's final statistic $1 in log $2.
stat() {
	sed -n "s/^stat::$1: *//p" "$2" | tail -n 1
}

if [ -n "$FUZZ_RUNS" ]; then
	limit="-runs=$FUZZ_RUNS"
	suffix=-runs
else
	limit="-max_total_time=$seconds"
	suffix=
fi

for target in "$@"; do
	log="$build/fuzz_$target$suffix.log"
	mkdir -p "$build/corpus/$target"
	start=$(date +%s)
	# shellcheck disable=SC2046 # options() and seeds() give separate words
	"$build/fuzz_$target" "$limit" -print_final_stats=1 \
	    -artifact_prefix="$build/crashes/$target-" $(options "$target") \
	    "$build/corpus/$target" $(seeds "$target") >"$log" 2>&1
	status=$?
	took=$(($(date +%s) - start))
	execs=$(stat number_of_executed_units "$log")
	rate=$(stat average_exec_per_sec "$log")
	if [ "$status" -eq 0 ] && [ -n "$execs" ]; then
		echo "fuzz_$target: ${execs} executions (${rate}/s) in ${took}s, no crash"
		passed=$((passed + 1))
	else
		echo "fuzz_$target: FAILED (exit status $status) after ${execs:-?} executions; log $log"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$log"
		tail -n 30 "$log"
		failed=$((failed + 1))
	fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
