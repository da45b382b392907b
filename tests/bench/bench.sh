#!/bin/sh
# make bench: how fast is track, against what a user would otherwise run
# (Timewarrior, the sqlite3 shell), measured in one run as ratios of
# medians of interleaved runs. BENCHMARKS.md describes the method.
#
#   sh tests/bench/bench.sh /abs/path/to/track
#
# Environment:
#   BENCH_QUICK=1        small sizes (1k/10k) and few rounds: a smoke check
#   BENCH_DIR            default build/bench: tools, cached histories, copies
#   BENCH_ROUNDS         rounds of the fast cases (P1, P2 weekly, P4)
#   BENCH_SLOW_ROUNDS    rounds of report --all / timew summary and imports
#   BENCH_STRICT=1       exit 1 when a target is missed
#   BENCH_SYNC_RUNS      runs counted for the fdatasync row (default 40)
#   CC                   compiler for the two helpers (default cc)
#
# Needs sqlite3, timew and strace (`make bench` installs them).

# Bash for arrays and pipefail.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -euo pipefail

TRACK=${1:?usage: sh tests/bench/bench.sh /abs/path/to/track}
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${BENCH_DIR:-build/bench}
QUICK=${BENCH_QUICK:-0}
STRICT=${BENCH_STRICT:-0}
export TZ=UTC TRACK_NOW=2026-11-22T20:00:00Z LC_ALL=C
unset TRACK_DB TIMEWARRIORDB

if [ "$QUICK" = 1 ]; then
	SMALL=1000 MID=10000 LARGE=10000 IMPORT_SMALL=1000 IMPORT_LARGE=10000
	DENSE=2000
	ROUNDS=${BENCH_ROUNDS:-10} SLOW_ROUNDS=${BENCH_SLOW_ROUNDS:-2}
	WARMUP=1 ALL_PER_ROUND=3
else
	SMALL=1000 MID=100000 LARGE=1000000 IMPORT_SMALL=10000 IMPORT_LARGE=1000000
	# The last 13 months of a history as dense as LARGE's: the control
	# that tells the cost of the years from the cost of the density.
	DENSE=20000
	ROUNDS=${BENCH_ROUNDS:-50} SLOW_ROUNDS=${BENCH_SLOW_ROUNDS:-3}
	WARMUP=2 ALL_PER_ROUND=5
fi

die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }

[ -x "$TRACK" ] || die "'$TRACK' is not an executable track binary"
for tool in sqlite3 timew strace; do
	command -v "$tool" >/dev/null || die "'$tool' is missing: run 'make bench'"
done
# The bench removes files in its directory: a BENCH_DIR only if the bench
# made it (build/bench is the build's own).
if [ -n "${BENCH_DIR:-}" ] && [ -d "$DIR" ] && [ -n "$(ls -A "$DIR")" ] &&
    [ ! -f "$DIR/.bench-dir" ]; then
	die "BENCH_DIR '$DIR' is not empty and was not made by the bench"
fi
mkdir -p "$DIR/bin"
touch "$DIR/.bench-dir"
rm -f "$DIR"/history-*.db "$DIR"/history-*.db.tmp	# the old bench's cache
DIR=$(cd "$DIR" && pwd)
WORK=$DIR/work
rm -rf "$WORK"
mkdir "$WORK"

# 1000 -> 1k, 1000000 -> 1M.
size() {
	case $1 in
	*000000) echo "${1%000000}M" ;;
	*000) echo "${1%000}k" ;;
	*) echo "$1" ;;
	esac
}

# --------------------------------------------------------------------------
# The helpers: benchrun (interleaved timing) and gen_history (histories),
# rebuilt when their source changes.

helper() {
	local name=$1
	if [ ! -x "$DIR/bin/$name" ] || [ "$HERE/$name.c" -nt "$DIR/bin/$name" ]; then
		"${CC:-cc}" -O2 -std=c17 -Wall -Wextra -D_GNU_SOURCE \
		    -o "$DIR/bin/$name" "$HERE/$name.c" || die "cannot build $name"
	fi
}
helper benchrun
helper gen_history
BENCHRUN=$DIR/bin/benchrun
GEN=$DIR/bin/gen_history

# --------------------------------------------------------------------------
# Histories. Every database is created and migrated by track itself (its
# one session deleted), so the schema, catalog, settings and triggers are
# what users get; gen_history writes the sessions and load_history.sql
# inserts them through the session table. Cached under
# $DIR/cache-KEY/SIZE, KEY a checksum of both files, the catalog and the
# schema version: a change to any of them builds new histories.

BASE=$WORK/base.db
"$TRACK" --db "$BASE" log 1m python >/dev/null
# Ids are never reused (schema 006): the high-water mark goes too, so the
# history's sessions are numbered from 1.
sqlite3 "$BASE" "DELETE FROM undo_entry; DELETE FROM session;
    DELETE FROM sqlite_sequence;"
sqlite3 -separator "$(printf '\t')" "$BASE" "SELECT t.name, p.slug,
    p.fundamentals, coalesce((SELECT min(alias) FROM topic_alias a
    WHERE a.topic_id = t.id), '') FROM topic t JOIN path p ON p.id = t.path_id
    WHERE t.builtin = 1 ORDER BY p.position, t.id" > "$WORK/catalog.tsv"
KEY=$( { sqlite3 "$BASE" "PRAGMA user_version"; cat "$HERE/gen_history.c" \
    "$HERE/load_history.sql" "$WORK/catalog.tsv"; } | cksum | cut -d' ' -f1)
CACHE=$DIR/cache-$KEY

# Writes history $1 (sessions) into $CACHE/$1 (or $CACHE/$1-like-$4): the
# CSV always, the Timewarrior files when $2 is set, the database when $3
# is set; with $4, only the last $1 sessions of a history of $4.
build_history() {
	local n=$1 timew=$2 db=$3 like=${4:-} out=$CACHE/$1${4:+-like-$4}
	local start=$SECONDS
	[ -f "$out/done" ] && return
	say "building the $(size "$n")${like:+ (as dense as $(size "$like"))} history in $out (once per generator and schema)"
	rm -rf "$out"
	mkdir -p "$out"
	"$GEN" -n "$n" -c "$WORK/catalog.tsv" -o "$out" ${timew:+-t} ${like:+-m "$like"}
	if [ -n "$db" ]; then
		cp "$BASE" "$out/history.db.tmp"
		(cd "$out" && sqlite3 -bail history.db.tmp <"$HERE/load_history.sql" \
		    >/dev/null) || die "loading the $(size "$n") history failed"
		check_history "$out/history.db.tmp" "$out/stats.txt"
		mv "$out/history.db.tmp" "$out/history.db"
	fi
	rm -f "$out"/*.tsv
	touch "$out/done"
	say "built in $((SECONDS - start)) s"
}

# The value of key $2 in stats file $1.
stat_of() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }

# Dies unless database $1 holds the sessions and minutes of stats file $2,
# and the summary tables (filled by the triggers) add up to the same.
check_history() {
	local want got
	want="$(stat_of "$2" sessions) $(stat_of "$2" minutes)"
	got=$(sqlite3 "$1" "SELECT count(*), sum(minutes) FROM session")
	[ "$got" = "${want/ /|}" ] || die "$1: sessions and minutes '$got', expected '$want'"
	got=$(sqlite3 "$1" "SELECT (SELECT sum(minutes) FROM month_total) || ' ' ||
	    (SELECT sum(minutes) FROM day_total) || ' ' || (SELECT sum(sessions)
	    FROM month_total)")
	[ "$got" = "$(stat_of "$2" minutes) $(stat_of "$2" minutes) $(stat_of "$2" sessions)" ] ||
	    die "$1: the summary tables say '$got', expected '$want'"
}

for old in "$DIR"/cache-*; do
	[ "$old" = "$CACHE" ] || rm -rf "$old"
done
for n in $(printf '%s\n' "$SMALL" "$MID" "$LARGE" "$IMPORT_SMALL" \
    "$IMPORT_LARGE" | sort -nu); do
	timew="" db=""
	{ [ "$n" = "$SMALL" ] || [ "$n" = "$MID" ]; } && timew=1
	{ [ "$n" = "$SMALL" ] || [ "$n" = "$MID" ] || [ "$n" = "$LARGE" ]; } && db=1
	build_history "$n" "$timew" "$db"
done
build_history "$DENSE" "" 1 "$LARGE"

# The copies every run works on (commands that write accumulate: a few
# dozen sessions more on 1M change nothing); the cache stays untouched.
cp "$CACHE/$SMALL/history.db" "$WORK/small.db"
cp "$CACHE/$MID/history.db" "$WORK/mid.db"
cp "$CACHE/$LARGE/history.db" "$WORK/large.db"
cp "$CACHE/$DENSE-like-$LARGE/history.db" "$WORK/dense.db"
# The prompt's case (SPEC §13): a weekly goal and a timer running for 40
# minutes, on a copy of its own so the other cases run without them.
cp "$CACHE/$LARGE/history.db" "$WORK/status.db"
"$TRACK" --db "$WORK/status.db" goal set 6h >/dev/null
"$TRACK" --db "$WORK/status.db" start django --at 19:20 >/dev/null
mkdir -p "$WORK/timew-empty/data"
: > "$WORK/timew-empty/timewarrior.cfg"
cp -r "$CACHE/$MID/timew" "$WORK/timew-mid"
cp -r "$CACHE/$SMALL/timew" "$WORK/timew-small"
sqlite3 "$WORK/scratch.db" "PRAGMA journal_mode = WAL;
    CREATE TABLE scratch (x TEXT);" >/dev/null
# The bare insert with track's durable write path: synchronous = FULL,
# the WAL kept between processes and no checkpoint at close.
SQLITE_INSERT=(sqlite3 "$WORK/scratch.db" ".filectrl persist_wal 1"
    ".dbconfig no_ckpt_on_close on" "PRAGMA synchronous = FULL"
    "INSERT INTO scratch VALUES ('25m django')")

# Timewarrior holds the same history: same interval count, same total.
got=$(TIMEWARRIORDB=$WORK/timew-small timew export :all </dev/null |
    grep -c '"start"' || true)
[ "$got" = "$SMALL" ] || die "timew sees $got intervals in the $(size "$SMALL") history"

# --------------------------------------------------------------------------
# Timing: benchrun runs the cases of a group interleaved, warm-up rounds
# first, and prints per case: label runs median min max cpu-median rss-kb.

RESULTS=$WORK/results.tsv
: > "$RESULTS"

# case_line LABEL RUNS-PER-ROUND[,WARM-UP-RUNS] SETUP [NAME=VALUE...]
# PROGRAM [ARG...]: one line of the spec being built in $SPEC.
case_line() {
	local IFS=$'\t'
	echo "$*" >> "$SPEC"
}

# Runs the spec with $1 warm-up rounds and $2 rounds.
run_group() {
	say "timing: $(cut -f1 "$SPEC" | tr '\n' ' ')($1 warm-up + $2 rounds)"
	"$BENCHRUN" -w "$1" -r "$2" -s "$WORK" "$SPEC" >> "$RESULTS" ||
	    die "a timed command failed"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# P1, P2 weekly, P4: the everyday commands, milliseconds each.
SPEC=$WORK/fast.spec
: > "$SPEC"
TW_TRACK=(timew track 2026-11-22T19:35:00Z - 2026-11-22T20:00:00Z django study :yes)
case_line log_large 1 "" "$TRACK" --db "$WORK/large.db" log 25m django
case_line log_small 1 "" "$TRACK" --db "$WORK/small.db" log 25m django
case_line timew_track 1 "rm -f '$WORK/timew-empty/data/'*" \
    "TIMEWARRIORDB=$WORK/timew-empty" "${TW_TRACK[@]}"
case_line sqlite_insert 1 "" "${SQLITE_INSERT[@]}"
case_line version 1 "" "$TRACK" version
case_line check_large 1 "" "$TRACK" --db "$WORK/large.db" check
case_line plan_large 1 "" "$TRACK" --db "$WORK/large.db" plan
case_line skills_large 1 "" "$TRACK" --db "$WORK/large.db" skills
case_line goal_large 1 "" "$TRACK" --db "$WORK/large.db" goal
case_line status_short_large 1 "" "$TRACK" --db "$WORK/status.db" status --short
# The same prompt without its snapshot (it reads the database and writes
# the snapshot again): what a prompt right after another program's write
# costs. In the table of cases, not a row.
case_line status_short_db 1 "rm -f '$WORK/status.db.status'" \
    "$TRACK" --db "$WORK/status.db" status --short
case_line week_small 1 "" "$TRACK" --db "$WORK/small.db" report
case_line week_large 1 "" "$TRACK" --db "$WORK/large.db" report
case_line week_dense 1 "" "$TRACK" --db "$WORK/dense.db" report
run_group "$WARMUP" "$ROUNDS"

# P2: everything, over the same intervals (timew summary takes seconds).
SPEC=$WORK/all.spec
: > "$SPEC"
case_line all_mid "$ALL_PER_ROUND" "" "$TRACK" --db "$WORK/mid.db" report --all
# timew summary takes 25 s and more at 100k, all of it CPU on files that
# were just copied (in the page cache): no warm-up run.
case_line timew_summary_mid 1,0 "" "TIMEWARRIORDB=$WORK/timew-mid" timew summary :all
run_group 1 "$SLOW_ROUNDS"

# P3: each import into a fresh copy of the empty database / a new file.
SPEC=$WORK/import.spec
: > "$SPEC"
for n in "$IMPORT_SMALL" "$IMPORT_LARGE"; do
	db=$WORK/import-$n.db bare=$WORK/bare-$n.db csv=$CACHE/$n/history.csv
	case_line "import_$n" 1 "rm -f '$db' '$db-wal' '$db-shm' && cp '$BASE' '$db'" \
	    "$TRACK" --db "$db" import "$csv"
	case_line "sqlite_import_$n" 1 "rm -f '$bare'" sqlite3 "$bare" \
	    ".import --csv $csv t"
done
run_group 1 "$SLOW_ROUNDS"
for n in "$IMPORT_SMALL" "$IMPORT_LARGE"; do
	check_history "$WORK/import-$n.db" "$CACHE/$n/stats.txt"
done

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# P1's syncs: the fdatasync and fsync calls of each of SYNC_RUNS runs
# (strace -c, after the timing: strace slows what it watches), as
# "median (max)". A run that passes the WAL's checkpoint size syncs the
# WAL and the database too, and the next one the new WAL's header.
SYNC_RUNS=${BENCH_SYNC_RUNS:-40}
syncs() {
	local i n counts=()
	for i in $(seq "$SYNC_RUNS"); do
		n=$(env "$@" 2>&1 >/dev/null | awk '$NF == "fdatasync" ||
		    $NF == "fsync" { n += $4 } END { print n + 0 }')
		counts+=("$n")
	done
	printf '%s\n' "${counts[@]}" | sort -n | awk '{ v[NR] = $1 }
	    END { printf "%d (max %d)", v[int((NR + 1) / 2)], v[NR] }'
}
STRACE=(strace -f -c -e trace=fdatasync,fsync)
SYNCS_LOG=$(syncs "${STRACE[@]}" "$TRACK" --db "$WORK/large.db" log 25m django)
SYNCS_SQLITE=$(syncs "${STRACE[@]}" "${SQLITE_INSERT[@]}")
rm -f "$WORK/timew-empty/data/"*
SYNCS_TIMEW=$(syncs "TIMEWARRIORDB=$WORK/timew-empty" "${STRACE[@]}" \
    "${TW_TRACK[@]}")

# --------------------------------------------------------------------------
# The table.

# field LABEL N: column N of the label's result line (3 median, 4 min,
# 5 max, 6 cpu, 7 rss).
field() { awk -v l="$1" -v n="$2" '$1 == l { print $n }' "$RESULTS"; }
median() { field "$1" 3; }

# Milliseconds as "3.21 ms" or "6.36 s".
show_ms() {
	awk -v v="$1" 'BEGIN { if (v >= 1000) printf "%.2f s", v / 1000;
	    else printf "%.2f ms", v }'
}

MISSED=0
ROWS=()

# row ID WHAT LABEL VERSUS-WHAT VERSUS-LABEL OP LIMIT: the ratio of the
# medians, against LIMIT (OP "le": ratio <= LIMIT; "faster": versus /
# label >= LIMIT).
row() {
	local id=$1 what=$2 a b ratio met text target cpu
	a=$(median "$3") b=$(median "$5")
	if [ "$6" = faster ]; then
		ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.0f", b / a }')
		met=$(awk -v r="$ratio" -v l="$7" 'BEGIN { print (r >= l) }')
		text="${ratio}x faster" target=">= ${7}x faster"
		cpu="$(ratio_of "$(field "$5" 6)" "$(field "$3" 6)" %.0f)x faster"
	else
		ratio=$(ratio_of "$a" "$b" %.2f)
		met=$(awk -v r="$ratio" -v l="$7" 'BEGIN { print (r <= l) }')
		text="${ratio}x" target="<= ${7}x"
		cpu="$(ratio_of "$(field "$3" 6)" "$(field "$5" 6)" %.2f)x"
	fi
	add_row "$id" "$what" "$(show_ms "$a")" "$4" "$(show_ms "$b")" \
	    "$text" "$target" "$met" "$cpu"
}

# $1 / $2 printed with format $3 ("-" when $2 is 0).
ratio_of() {
	awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN {
	    if (b > 0) printf f, a / b; else printf "-" }'
}

# rss_row ID WHAT LABEL LIMIT-MB: the peak resident memory of a case.
rss_row() {
	local kb mb met
	kb=$(field "$3" 7)
	mb=$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')
	met=$(awk -v m="$mb" -v l="$4" 'BEGIN { print (m <= l) }')
	add_row "$1" "$2" "$mb MB" "" "" "" "<= $4 MB" "$met" ""
}

# add_row ID CASE MEDIAN VERSUS MEDIAN RATIO TARGET MET(1/0) CPU-RATIO
add_row() {
	local result=met
	[ "$8" = 1 ] || { result=MISSED; MISSED=$((MISSED + 1)); }
	ROWS+=("$1|$2|$3|$4|$5|$6|$7|$result|$9")
}

L=$(size "$LARGE") M=$(size "$MID") S=$(size "$SMALL") D=$(size "$DENSE")
IS=$(size "$IMPORT_SMALL") IL=$(size "$IMPORT_LARGE")
row P1 "track log, $L sessions" log_large "timew track, empty store" \
    timew_track le 1.0
row P1 "track log, $L sessions" log_large \
    "sqlite3 INSERT, bare table, same pragmas" sqlite_insert le 1.0
add_row P1 "track log, $L sessions: fdatasync a run" "$SYNCS_LOG" \
    "sqlite3 INSERT, same pragmas / timew track" \
    "$SYNCS_SQLITE / $SYNCS_TIMEW" "" "<= 2" \
    "$([ "${SYNCS_LOG%% *}" -le 2 ] && echo 1 || echo 0)" ""
row P1 "track log, $L sessions" log_large "track log, $S sessions" \
    log_small le 1.1
row P2 "track report --all, $M" all_mid "timew summary :all, $M" \
    timew_summary_mid faster 100
row P2 "track report (week), $L" week_large "track report (week), $S" \
    week_small le 1.2
# The control: the same density, 13 months instead of 56 years. Within
# 1.2x, the cost of the years is out of the weekly report; what is left
# against the small history is the density of the months the rules read.
row P2 "track report (week), $L" week_large \
    "same, last $D sessions alone" week_dense le 1.2
row P3 "track import, $IL-row CSV" "import_$IMPORT_LARGE" \
    "sqlite3 .import, same file" "sqlite_import_$IMPORT_LARGE" le 2.0
rss_row P3 "track import, $IS rows: peak RSS" "import_$IMPORT_SMALL" 32
rss_row P3 "track import, $IL rows: peak RSS" "import_$IMPORT_LARGE" 32
row P4 "track check, $L sessions" check_large "track log, $L sessions" \
    log_large le 10
row P4 "track plan, $L sessions" plan_large "track log, $L sessions" \
    log_large le 10
row P5 "track skills, $L sessions" skills_large "track plan, $L sessions" \
    plan_large le 2
row P4 "track goal, $L sessions" goal_large "track log, $L sessions" \
    log_large le 10
# SPEC §13: on every prompt, so against a process that opens no database.
row P6 "track status --short, $L" status_short_large "track version" \
    version le 1.2

HEADER="id|case|median|versus|median|ratio|target|result|cpu ratio"
print_table() {
	printf '%s\n' "$HEADER" "${ROWS[@]}" | awk -F'|' '
	{ for (i = 1; i <= NF; i++) { cell[NR, i] = $i
	      if (length($i) > w[i]) w[i] = length($i) } n = NR }
	END { for (r = 1; r <= n; r++) { line = ""
	      for (i = 1; i <= 9; i++) {
	          f = (i == 3 || i == 5 || i == 6 || i == 9) ? "%*s" : "%-*s"
	          line = line sprintf(f, w[i], cell[r, i]) (i < 9 ? "  " : "") }
	      sub(/ +$/, "", line); print line } }'
}

# Every case: runs, median, spread, CPU, memory.
print_cases() {
	printf '%-26s %5s %10s %10s %10s %10s %9s\n' case runs "median ms" \
	    "min ms" "max ms" "cpu ms" "rss MB"
	awk '{ printf "%-26s %5d %10.2f %10.2f %10.2f %10.2f %9.1f\n",
	    $1, $2, $3, $4, $5, $6, $7 / 1024 }' "$RESULTS"
}

SIZES="sizes $S/$M/$L"
[ "$QUICK" = 1 ] && SIZES="$SIZES (BENCH_QUICK: small sizes, the targets are for 1k/100k/1M)"
echo
echo "Every case ($SIZES; interleaved rounds after warm-up;"
echo "load average before $LOAD_BEFORE, after $LOAD_AFTER):"
echo
print_cases
echo
echo "Medians and ratios (ratio: of the wall-time medians, what the targets"
echo "judge; cpu ratio: of the user+sys CPU medians, for information: steadier"
echo "on a loaded machine, but blind to waiting for the disk):"
echo
print_table

# The same as Markdown, for BENCHMARKS.md.
{
	echo "<!-- make bench$([ "$QUICK" = 1 ] && echo " BENCH_QUICK=1"), $(date -u +%Y-%m-%dT%H:%MZ), load average $LOAD_BEFORE / $LOAD_AFTER -->"
	printf '%s\n' "$HEADER" "-|-|-:|-|-:|-:|-|-|-:" "${ROWS[@]}" |
	    sed 's/|/ | /g; s/^/| /; s/$/ |/'
	echo
	echo '```'
	print_cases
	echo '```'
} > "$DIR/results.md"
echo
echo "bench: the table as Markdown in $DIR/results.md"

# --------------------------------------------------------------------------
# Query plans: every statement `track log` prepares (as traced with gdb on
# sqlite3_prepare_v2), plus the lookups of --project, --tutorial and the
# current path, with the bound values written in. A plan that scans the
# session table fails the bench; the plans go to $DIR/plans.txt.

PLAN_FAILED=0
plan() {
	local title=$1 sql=$2 out
	out=$(sqlite3 "$WORK/large.db" "EXPLAIN QUERY PLAN $sql")
	{
		echo "-- $title"
		echo "$sql" | fold -s -w 76 | sed 's/^/   /'
		echo "${out:-(no plan: a plain insert)}" | sed 's/^/   /'
	} >> "$DIR/plans.txt"
	if echo "$out" | grep -Eq 'SCAN (session|s)( |$)'; then
		echo "bench: '$title' scans the session table" >&2
		PLAN_FAILED=1
	fi
}

: > "$DIR/plans.txt"
plan "settings: default-kind" "SELECT key, coalesce(value, default_value), \
default_value, value IS NULL, type, min, max, choices, description FROM \
setting WHERE key = 'default-kind'"
plan "catalog: topic_find" "SELECT coalesce((SELECT id FROM topic WHERE \
name = 'django'), (SELECT id FROM topic WHERE name = 'django'), \
(SELECT topic_id FROM topic_alias WHERE alias = 'django'), \
(SELECT topic_id FROM topic_alias WHERE alias = 'django'))"
plan "catalog: topic_find, the topic" "SELECT t.id, t.name, t.path_id, \
p.slug, ifnull(p.fundamentals, 0) FROM topic t LEFT JOIN path p ON \
p.id = t.path_id WHERE t.id = 21"
plan "session_insert" "INSERT INTO session (uuid, day, start, minutes, \
topic_id, kind, project_id, tutorial_id, note, origin, batch_id, \
fingerprint, created) VALUES ('00000000-0000-4000-8000-000000000000', \
'2026-11-22', NULL, 25, 21, 'study', nullif(0, 0), nullif(0, 0), NULL, \
'manual', nullif(0, 0), NULL, '2026-11-22T20:00:00Z')"
plan "session_insert: undo entry" "INSERT INTO undo_entry (session_id) \
VALUES (1000001)"
plan "--project: project_ensure lookup" "SELECT id FROM project WHERE \
name = 'Django blog' COLLATE NOCASE"
plan "--project --path: project_give_path" "SELECT path_given FROM \
project WHERE id = 1"
plan "--tutorial: tutorial_ensure lookup" "SELECT id FROM tutorial WHERE \
title = 'Django for Beginners' COLLATE NOCASE AND platform IS NULL ORDER BY \
id LIMIT 1"
plan "open: identity check" "SELECT count(*) FROM sqlite_master"
[ "$PLAN_FAILED" = 0 ] || die "a statement of 'track log' scans the session table"
echo "bench: no statement of 'track log' scans the session table ($DIR/plans.txt)"

rm -rf "${WORK:?}"/*.db "${WORK:?}"/*.db-* "${WORK:?}"/timew-*
if [ "$MISSED" -gt 0 ]; then
	echo "bench: $MISSED target(s) missed"
	[ "$STRICT" = 1 ] && exit 1
fi
exit 0
