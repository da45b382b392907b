#!/bin/sh
# make test-browser: renders the HTML report of a fixed history in headless
# Chromium, to a PNG and to a DOM dump, and checks that the browser sees
# the three SVG charts and the totals. The files stay in build/browser/
# for a look (report.html, report.png, dom.html).
#
#   sh tests/browser/browser_test.sh /abs/path/to/track
#
# Chromium runs without network use (no first run, no background
# networking, no component updates, no sync) on a throw-away profile.
set -eu

TRACK=${1:?usage: sh tests/browser/browser_test.sh /abs/path/to/track}
OUT=${BROWSER_DIR:-build/browser}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
BROWSER=$(command -v chromium || command -v chromium-browser || true)
[ -n "$BROWSER" ] || { echo "test-browser: chromium is missing" >&2; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB=$TMP/track.db
export TZ=UTC NO_COLOR=1
unset TRACK_DB

# A week of 6h35m over 6 sessions on 6 days, the week before it 1h; a
# weekly goal of 8h: on Sunday 6 days of 8h / 7 = 6h51.4m are the pace,
# 6h35m is 17m behind, 1h25m is left for the day.
at() { when=$1; shift; TRACK_NOW=$when "$TRACK" --db "$DB" "$@" >/dev/null 2>&1; }
at 2026-11-01T12:00:00Z path set backend --date 2026-11-01
at 2026-11-10T20:00:00Z log 1h django
at 2026-11-16T20:00:00Z log 1h django --tutorial "Django for Beginners"
at 2026-11-17T20:00:00Z log 45m python
at 2026-11-19T20:00:00Z log 2h fastapi --project "Todo <API> & co"
at 2026-11-20T20:00:00Z log 30m pandas
at 2026-11-21T20:00:00Z log 1h30m fastapi --project "Todo <API> & co"
at 2026-11-22T09:00:00Z log 50m "<script>alert(1)</script>"
at 2026-11-22T09:00:00Z goal set 8h
TRACK_NOW=2026-11-22T10:00:00Z "$TRACK" --db "$DB" report --format html \
    --output "$OUT/report.html"

run_browser() {
	"$BROWSER" --headless --no-sandbox --disable-gpu --disable-quic \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$(mktemp -d "$TMP/profile.XXXXXX")" \
	    --window-size=1000,2400 "$@" 2>"$TMP/browser.log"
}
run_browser --screenshot="$OUT/report.png" "file://$OUT/report.html" >/dev/null ||
    { cat "$TMP/browser.log" >&2; exit 1; }
run_browser --dump-dom "file://$OUT/report.html" >"$OUT/dom.html" ||
    { cat "$TMP/browser.log" >&2; exit 1; }

passed=0
failed=0
check() {
	if grep -q -- "$2" "$OUT/dom.html"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "test-browser: FAILED: $1 (no '$2' in the DOM)"
	fi
}
check "the bar chart by path" '<svg id="chart-paths"'
check "a bar of the path chart" '<rect class="bar" x="140" y="3" width="300"'
check "the heatmap" '<svg id="chart-days"'
check "a heatmap cell" '<rect class="h4"'
check "the trend" '<svg id="chart-trend"'
check "the total time" '<dd id="total-time">6h35m</dd>'
check "the sessions" '<dd id="total-sessions">6</dd>'
check "the active days" '<dd id="total-active-days">6 of 7</dd>'
check "the portfolio score" '<strong id="portfolio-score">'
check "the topic escaped as text" '&lt;script&gt;alert(1)&lt;/script&gt;'
# The skills grid (SPEC §12): a table with a caption, each status in words
# (its colour only repeats it: printed in black and white, read aloud).
check "the skills grid" '<table id="skills-grid">'
check "the skills grid's caption" '<caption>backend: 1 applied, .* junior-ready 0/6</caption>'
check "an applied skill, in words" '<th scope="row">Web frameworks</th><td>domain</td><td class="applied">applied</td>'
check "an untouched skill, in words" '<td class="untouched">untouched</td>'
check "the goal gauge, an image" '<svg id="chart-goal" width="120" height="70" viewBox="0 0 120 70" role="img" aria-labelledby="goal-title"'
check "the gauge named in words" '<title id="goal-title">Weekly goal: 6 hours 35 minutes of 8 hours this week, 82 percent, behind by 17 minutes</title>'
check "the gauge filled to the share" 'stroke-dasharray="82 100"'
check "the goal line" '<p id="goal-line">6h35m of 8h (82%), behind by 17m: 1h25m a day over the 1 day left</p>'
if grep -q '<script' "$OUT/dom.html"; then
	failed=$((failed + 1))
	echo "test-browser: FAILED: a script element made it into the DOM"
else
	passed=$((passed + 1))
fi
# A PNG of some substance: the signature and more than a blank page.
if [ "$(head -c 8 "$OUT/report.png" | od -An -tx1 | tr -d ' \n')" = \
    89504e470d0a1a0a ] && [ "$(wc -c <"$OUT/report.png")" -gt 20000 ]; then
	passed=$((passed + 1))
else
	failed=$((failed + 1))
	echo "test-browser: FAILED: $OUT/report.png is not a rendered page"
fi
echo "test-browser: $passed checks passed, $failed failed ($OUT/report.png)"
[ "$failed" -eq 0 ]
