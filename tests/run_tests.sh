#!/bin/sh
# Runs every test binary given as an argument and ends with one line
# "N passed, N failed" summed over all of them. Exits non-zero when a test
# failed, a binary crashed, or nothing ran.
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for bin in "$@"; do
	echo "== $bin"
	"$bin" --gtest_color=no >"$log" 2>&1
	status=$?
	grep -E '^\[  (FAILED|     OK|  PASSED) ' "$log" | grep -v '^\[  PASSED' |
		grep -E 'FAILED' | grep -v 'listed below' | sort -u
	p=$(grep -c '^\[       OK \]' "$log")
	f=$(grep '^\[  FAILED  \] [A-Za-z_0-9/.]*\.' "$log" | sed 's/ (.*//' | sort -u | wc -l)
	if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
		# Crashed or refused to run: show the end of its output.
		tail -n 20 "$log"
		f=$((f + 1))
	fi
	echo "   $p passed, $f failed"
	passed=$((passed + p))
	failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
