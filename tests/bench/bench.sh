#!/bin/sh
# make bench: times `track log 25m django` on an empty database, on one of
# 1,000 sessions and on one of 1,000,000 sessions, and checks with EXPLAIN
# QUERY PLAN that no statement of `track log` scans the session table.
#
#   sh tests/bench/bench.sh /abs/path/to/track
#
# Environment: BENCH_DIR (default build/bench: the cached 1M database and
# the scratch copies live there), BENCH_ROUNDS (interleaved timed runs per
# database, default 100), BENCH_SESSIONS (size of the large history,
# default 1000000).
#
# The large database is built once per schema version (and per version of
# make_history.sql) and reused; every run works on a copy of it.

# Bash only for $EPOCHREALTIME: timing without forking `date`.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -euo pipefail

TRACK=${1:?usage: sh tests/bench/bench.sh /abs/path/to/track}
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${BENCH_DIR:-build/bench}
ROUNDS=${BENCH_ROUNDS:-100}
WARMUP=3
BIG=${BENCH_SESSIONS:-1000000}
export TZ=UTC TRACK_NOW=2026-11-22T20:00:00Z LC_ALL=C
unset TRACK_DB

die() { echo "bench: $*" >&2; exit 1; }

[ -x "$TRACK" ] || die "'$TRACK' is not an executable track binary"
command -v sqlite3 >/dev/null || die "the sqlite3 command is missing: run 'make deps'"
mkdir -p "$DIR"

# --------------------------------------------------------------------------
# Databases

# A database created and migrated by track itself, with no session left.
make_base() {
	rm -f "$1" "$1-wal" "$1-shm"
	"$TRACK" --db "$1" log 1m python >/dev/null
	sqlite3 "$1" "DELETE FROM undo_entry; DELETE FROM session;"
}

# Appends $2 generated sessions to database $1 in one transaction.
fill() {
	{
		echo "CREATE TEMP TABLE bench_param (n INTEGER);"
		echo "INSERT INTO bench_param VALUES ($2);"
		cat "$HERE/make_history.sql"
	} | sqlite3 -bail "$1" >/dev/null
}

# Copies database $1 to $2 (no -wal/-shm: the source is checkpointed).
copy_db() {
	rm -f "$2" "$2-wal" "$2-shm"
	cp "$1" "$2"
}

BASE=$DIR/base.db
make_base "$BASE"
VERSION=$(sqlite3 "$BASE" "PRAGMA user_version")
KEY=$(cksum < "$HERE/make_history.sql" | cut -d' ' -f1)
CACHE=$DIR/history-$BIG-v$VERSION-$KEY.db

if [ ! -f "$CACHE" ]; then
	echo "bench: building $CACHE ($BIG sessions, once per schema version)"
	rm -f "$DIR"/history-"$BIG"-*.db
	start=$EPOCHREALTIME
	copy_db "$BASE" "$CACHE.tmp"
	fill "$CACHE.tmp" "$BIG"
	mv "$CACHE.tmp" "$CACHE"
	echo "bench: built in $(awk -v a="$start" -v b="$EPOCHREALTIME" \
	    'BEGIN { printf "%.1f s", b - a }')"
fi

EMPTY=$DIR/empty.db
SMALL=$DIR/1k.db
LARGE=$DIR/large.db
copy_db "$BASE" "$EMPTY"
copy_db "$BASE" "$SMALL"
fill "$SMALL" 1000
copy_db "$CACHE" "$LARGE"

SCRATCH=$DIR/scratch.db
rm -f "$SCRATCH" "$SCRATCH-wal" "$SCRATCH-shm"
sqlite3 "$SCRATCH" "PRAGMA journal_mode = WAL; CREATE TABLE scratch (x TEXT);" >/dev/null

# --------------------------------------------------------------------------
# Timing

# The copies go when the bench ends; only the cached history stays.
SAMPLES=$(mktemp -d)
cleanup() {
	rm -rf "$SAMPLES"
	for db in "$BASE" "$EMPTY" "$SMALL" "$LARGE" "$SCRATCH"; do
		rm -f "$db" "$db-wal" "$db-shm"
	done
}
trap cleanup EXIT

# Runs the command once and appends its wall time in microseconds to the
# samples of label $1. A failing command stops the benchmark.
measure() {
	local label=$1 t0 t1
	shift
	t0=$EPOCHREALTIME
	"$@" >/dev/null 2>"$SAMPLES/stderr" ||
	    die "'$*' failed: $(cat "$SAMPLES/stderr")"
	t1=$EPOCHREALTIME
	echo $(( ${t1//[.,]/} - ${t0//[.,]/} )) >> "$SAMPLES/$label"
}

run_once() {
	case $1 in
	empty) measure "$1" "$TRACK" --db "$EMPTY" log 25m django ;;
	1k) measure "$1" "$TRACK" --db "$SMALL" log 25m django ;;
	large) measure "$1" "$TRACK" --db "$LARGE" log 25m django ;;
	version) measure "$1" "$TRACK" version ;;
	check) measure "$1" "$TRACK" --db "$LARGE" check ;;
	plan) measure "$1" "$TRACK" --db "$LARGE" plan ;;
	portfolio) measure "$1" "$TRACK" --db "$LARGE" portfolio ;;
	check-1k) measure "$1" "$TRACK" --db "$SMALL" check ;;
	sqlite3) measure "$1" sqlite3 "$SCRATCH" \
	    "INSERT INTO scratch VALUES ('25m django')" ;;
	esac
}

LABELS="empty 1k large version sqlite3 check plan portfolio check-1k"
for label in $LABELS; do
	for _ in $(seq "$WARMUP"); do run_once "$label"; done
	rm -f "$SAMPLES/$label"
done
# Interleaved: each round runs every case once, so slow drifts of the
# machine (page cache, other load) touch every case alike.
for _ in $(seq "$ROUNDS"); do
	for label in $LABELS; do run_once "$label"; done
done

# Median, min and max of a label's samples, in ms.
stats() {
	sort -n "$SAMPLES/$1" | awk '{ v[NR] = $1 } END {
	    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
	    printf "%.2f %.2f %.2f\n", m / 1000, v[1] / 1000, v[NR] / 1000 }'
}

sessions() { sqlite3 "$1" "SELECT count(*) FROM session"; }
megabytes() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }

read -r EMPTY_MEDIAN _ _ <<EOF
$(stats empty)
EOF

echo
echo "track log 25m django: wall time of one process, $ROUNDS interleaved runs"
echo "per case after $WARMUP warm-up runs (TRACK_NOW fixed, TZ=UTC)"
echo
printf '%-34s %10s %8s %9s %8s %8s %9s\n' case sessions "file MB" "median ms" \
    "min ms" "max ms" "vs empty"
row() {
	local name=$1 label=$2 count=$3 size=$4 median min max
	read -r median min max <<EOF
$(stats "$label")
EOF
	printf '%-34s %10s %8s %9s %8s %8s %9s\n' "$name" "$count" "$size" \
	    "$median" "$min" "$max" \
	    "$(awk -v a="$median" -v b="$EMPTY_MEDIAN" 'BEGIN { printf "%.2fx", a / b }')"
}
row "log, empty database" empty "$(sessions "$EMPTY")" "$(megabytes "$EMPTY")"
row "log, 1k database" 1k "$(sessions "$SMALL")" "$(megabytes "$SMALL")"
row "log, ${BIG} database" large "$(sessions "$LARGE")" "$(megabytes "$LARGE")"
row "reference: track version (no db)" version - -
row "reference: sqlite3 CLI INSERT" sqlite3 "$(sqlite3 "$SCRATCH" \
    "SELECT count(*) FROM scratch")" "$(megabytes "$SCRATCH")"
echo "(sessions and sizes are counted after the runs)"

# P4: the judgement commands read the summary tables, not every session:
# target within 10x of `track log` on the same 1M database.
read -r LARGE_MEDIAN _ _ <<EOF
$(stats large)
EOF
echo
echo "P4: analysis commands on the ${BIG}-session database (target <= 10x log)"
printf '%-34s %9s %8s %8s %12s\n' case "median ms" "min ms" "max ms" "vs log at 1M"
analysis_row() {
	local name=$1 label=$2 median min max
	read -r median min max <<EOF
$(stats "$label")
EOF
	printf '%-34s %9s %8s %8s %12s\n' "$name" "$median" "$min" "$max" \
	    "$(awk -v a="$median" -v b="$LARGE_MEDIAN" 'BEGIN { printf "%.2fx", a / b }')"
}
analysis_row "check, ${BIG} database" check
analysis_row "plan, ${BIG} database" plan
analysis_row "portfolio, ${BIG} database" portfolio
analysis_row "check, 1k database" check-1k

# --------------------------------------------------------------------------
# Query plans: every statement `track log` prepares (as traced with gdb on
# sqlite3_prepare_v2), plus the lookups of --project, --tutorial and the
# current path, with the bound values written in. A plan that scans the
# session table (rather than searching it through an index) fails the bench.

plan() {
	local title=$1 sql=$2 out
	out=$(sqlite3 "$LARGE" "EXPLAIN QUERY PLAN $sql")
	echo "-- $title"
	echo "$sql" | fold -s -w 76 | sed 's/^/   /'
	if [ -z "$out" ]; then
		echo "   plan: (none: a plain insert; index and foreign-key lookups by key)"
	else
		echo "$out" | sed 's/^/   /'
	fi
	if echo "$out" | grep -Eq 'SCAN (session|s)( |$)'; then
		echo "   ^ SCANS THE SESSION TABLE"
		PLAN_FAILED=1
	fi
}

PLAN_FAILED=0
echo
echo "EXPLAIN QUERY PLAN on the ${BIG}-session database:"
plan "settings: default-kind" "SELECT key, coalesce(value, default_value), \
default_value, value IS NULL, type, min, max, choices, description FROM \
setting WHERE key = 'default-kind'"
plan "catalog: topic_find" "SELECT t.id, t.name, t.path_id, p.slug, \
ifnull(p.fundamentals, 0) FROM topic t LEFT JOIN path p ON p.id = t.path_id \
WHERE t.id = coalesce((SELECT id FROM topic WHERE name = 'django'), \
(SELECT topic_id FROM topic_alias WHERE alias = 'django'))"
plan "session_insert" "INSERT INTO session (uuid, day, start, minutes, \
topic_id, kind, project_id, tutorial_id, note, origin, batch_id, \
fingerprint, created) VALUES ('00000000-0000-4000-8000-000000000000', \
'2026-11-22', NULL, 25, 21, 'study', nullif(0, 0), nullif(0, 0), NULL, \
'manual', nullif(0, 0), NULL, '2026-11-22T20:00:00Z')"
plan "session_insert: undo entry" "INSERT INTO undo_entry (session_id) \
VALUES (1000001)"
plan "--project: project_ensure lookup" "SELECT id FROM project WHERE \
name = 'Django blog' COLLATE NOCASE"
plan "--project: current path" "SELECT path_id FROM path_choice WHERE \
day <= '2026-11-22' ORDER BY day DESC, id DESC LIMIT 1"
plan "--tutorial: tutorial_ensure lookup" "SELECT id FROM tutorial WHERE \
title = 'Django for Beginners' COLLATE NOCASE AND platform IS NULL ORDER BY \
id LIMIT 1"
plan "open: identity check" "SELECT count(*) FROM sqlite_master"

[ "$PLAN_FAILED" = 0 ] || die "a statement of 'track log' scans the session table"
echo
echo "bench: no statement of 'track log' scans the session table"

# --------------------------------------------------------------------------
# P3: `track import` of a generic CSV (date,duration,topic,kind,note) of
# 10,000 and BENCH_IMPORT_ROWS (default 1,000,000) rows into a fresh
# database, against sqlite3's own `.import --csv` of the same file into a
# bare table, with the peak resident memory of each (GNU time).
# Environment: BENCH_IMPORT_ROWS.

IMPORT_ROWS=${BENCH_IMPORT_ROWS:-1000000}
GNU_TIME=/usr/bin/time
if [ ! -x "$GNU_TIME" ]; then
	sh "$HERE/../../scripts/deps.sh" time || die "cannot install 'time'"
fi

# Writes a generic CSV of $2 rows to $1: days from 2010-01-01 on, five
# topics, durations of 5 to 180 minutes.
import_csv() {
	sqlite3 -csv -header :memory: "WITH RECURSIVE n(i) AS (SELECT 0 UNION
	    ALL SELECT i + 1 FROM n WHERE i < $2 - 1) SELECT date('2010-01-01',
	    '+' || (i * 5000 / $2) || ' days') AS date, (5 + i * 7 % 176) || 'm'
	    AS duration, CASE i % 5 WHEN 0 THEN 'django' WHEN 1 THEN 'pandas'
	    WHEN 2 THEN 'numpy' WHEN 3 THEN 'sql' ELSE 'flask' END AS topic,
	    CASE i % 3 WHEN 0 THEN 'study' WHEN 1 THEN 'tutorial' ELSE '' END
	    AS kind, CASE WHEN i % 4 = 0 THEN 'chapter ' || (i % 12) ELSE ''
	    END AS note FROM n" > "$1"
}

# Runs a command under GNU time; prints "seconds peak-MB".
timed() {
	"$GNU_TIME" -f '%e %M' -o "$SAMPLES/time" "$@" >/dev/null \
	    2>"$SAMPLES/stderr" || die "'$*' failed: $(cat "$SAMPLES/stderr")"
	awk '{ printf "%.2f %.1f\n", $1, $2 / 1024 }' "$SAMPLES/time"
}

echo
echo "track import of a generic CSV into a fresh database, against"
echo "sqlite3 .import --csv of the same file into a bare table (one run each)"
echo
printf '%-10s %8s %10s %10s %12s %12s %8s\n' rows "file MB" "track s" \
    "track MB" "sqlite3 s" "sqlite3 MB" ratio
for rows in 10000 "$IMPORT_ROWS"; do
	csv=$SAMPLES/import-$rows.csv
	import_csv "$csv" "$rows"
	copy_db "$BASE" "$SAMPLES/import.db"
	read -r track_s track_mb <<EOF2
$(timed "$TRACK" --db "$SAMPLES/import.db" import "$csv")
EOF2
	[ "$(sqlite3 "$SAMPLES/import.db" "SELECT count(*) FROM session")" = \
	    "$rows" ] || die "track import did not add $rows sessions"
	rm -f "$SAMPLES/bare.db"
	read -r sqlite_s sqlite_mb <<EOF2
$(timed sqlite3 "$SAMPLES/bare.db" ".import --csv $csv t")
EOF2
	printf '%-10s %8s %10s %10s %12s %12s %8s\n' "$rows" \
	    "$(megabytes "$csv")" "$track_s" "$track_mb" "$sqlite_s" \
	    "$sqlite_mb" "$(awk -v a="$track_s" -v b="$sqlite_s" \
	    'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }')"
	rm -f "$csv" "$SAMPLES/import.db" "$SAMPLES/bare.db"
done

# --------------------------------------------------------------------------
# track report (issue 4). Two targets:
#   - `track report --all` over 100,000 sessions at least 100x faster than
#     `timew summary` over the same 100,000 intervals (5.3 s measured), so
#     at most 53 ms;
#   - the weekly report on the 1,000,000-session history within 1.2x of the
#     weekly report on the 1,000-session one.
# The report reads the day and month summaries, and the session table only
# through the session_day index for the ragged edges of a range.

TIMEW_SUMMARY_MS=5300
REPORT_ROUNDS=${BENCH_REPORT_ROUNDS:-30}
MID=$DIR/history-100000-v$VERSION-$KEY.db
if [ ! -f "$MID" ]; then
	echo
	echo "bench: building $MID (100000 sessions, once per schema version)"
	rm -f "$DIR"/history-100000-*.db
	copy_db "$BASE" "$MID.tmp"
	fill "$MID.tmp" 100000
	mv "$MID.tmp" "$MID"
fi

run_report() {
	case $1 in
	all_100k) measure "$1" "$TRACK" --db "$MID" report --all ;;
	all_100k_html) measure "$1" "$TRACK" --db "$MID" report --all \
	    --format html ;;
	week_1k) measure "$1" "$TRACK" --db "$SMALL" report ;;
	week_large) measure "$1" "$TRACK" --db "$LARGE" report ;;
	esac
}

REPORT_LABELS="all_100k all_100k_html week_1k week_large"
for label in $REPORT_LABELS; do
	for _ in $(seq "$WARMUP"); do run_report "$label"; done
	rm -f "$SAMPLES/$label"
done
for _ in $(seq "$REPORT_ROUNDS"); do
	for label in $REPORT_LABELS; do run_report "$label"; done
done

median() { stats "$1" | cut -d' ' -f1; }
ALL_MS=$(median all_100k)
WEEK_1K_MS=$(median week_1k)
WEEK_LARGE_MS=$(median week_large)

echo
echo "track report: wall time of one process, $REPORT_ROUNDS interleaved runs"
echo "per case after $WARMUP warm-up runs"
echo
printf '%-40s %10s %9s %8s %8s\n' case sessions "median ms" "min ms" "max ms"
report_row() {
	local median min max
	read -r median min max <<EOF2
$(stats "$2")
EOF2
	printf '%-40s %10s %9s %8s %8s\n' "$1" "$3" "$median" "$min" "$max"
}
report_row "report --all, 100k database" all_100k "$(sessions "$MID")"
report_row "report --all --format html, 100k" all_100k_html "$(sessions "$MID")"
report_row "report (this week), 1k database" week_1k "$(sessions "$SMALL")"
report_row "report (this week), ${BIG} database" week_large "$(sessions "$LARGE")"

REPORT_FAILED=0
SPEEDUP=$(awk -v a="$TIMEW_SUMMARY_MS" -v b="$ALL_MS" 'BEGIN { printf "%.0f", a / b }')
echo
echo "report --all on 100k: ${ALL_MS} ms, ${SPEEDUP}x faster than timew summary (${TIMEW_SUMMARY_MS} ms)"
if awk -v a="$TIMEW_SUMMARY_MS" -v b="$ALL_MS" 'BEGIN { exit !(a / b >= 100) }'; then
	echo "  target (at least 100x): met"
else
	echo "  target (at least 100x): MISSED"
	REPORT_FAILED=1
fi
RATIO=$(awk -v a="$WEEK_LARGE_MS" -v b="$WEEK_1K_MS" 'BEGIN { printf "%.2f", a / b }')
echo "weekly report: ${WEEK_LARGE_MS} ms on ${BIG} sessions, ${WEEK_1K_MS} ms on 1k: ${RATIO}x"
if awk -v r="$RATIO" 'BEGIN { exit !(r <= 1.2) }'; then
	echo "  target (within 1.2x): met"
else
	echo "  target (within 1.2x): MISSED"
	REPORT_FAILED=1
fi
[ "$REPORT_FAILED" = 0 ] || echo "bench: a track report target was missed (see above)"
