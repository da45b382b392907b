/*
 * Computing a report: the period's totals, days, streaks and trend from
 * the day_total summary, its paths, topics and kinds from the shared
 * range query (whole months from month_total, the edges from the session
 * index), and the plan, findings and portfolio from the analysis modules
 * over the history as it stood at the report's "now". Nothing here reads
 * the session table beyond the edges of one range, so the cost follows
 * the number of days, months and topics, not the number of sessions.
 */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/db.h"
#include "core/stmt.h"
#include "reports/range.h"
#include "reports/report.h"
#include "core/session.h"
#include "core/settings.h"

static struct error *load_days(sqlite3 *db, struct report *r);
static struct error *load_previous(sqlite3 *db, struct report *r);
static struct error *load_streak_current(sqlite3 *db, struct report *r);
static struct error *load_trend(sqlite3 *db, struct report *r);
static struct error *load_topics(sqlite3 *db, struct report *r);
static struct error *load_analyses(sqlite3 *db, struct report *r);

struct error *
report_compute(sqlite3 *db, int from, int to, int today, int week_start,
    struct report *r)
{
	struct error *err;

	report_init(r);
	r->from = from;
	r->to = to;
	r->at = to < today ? to : today;
	r->running = to > today && from <= today;
	report_previous(from, to, today, &r->previous_from, &r->previous_to);
	r->week_start = week_start;
	if ((err = goal_load(db, r->at, &r->goal)) != NULL ||
	    (err = setting_int(db, "goal.daily-minutes",
	    &r->streak_minimum)) != NULL ||
	    (err = load_analyses(db, r)) != NULL ||
	    (err = load_days(db, r)) != NULL ||
	    (err = load_previous(db, r)) != NULL ||
	    (err = load_streak_current(db, r)) != NULL ||
	    (err = load_trend(db, r)) != NULL ||
	    (err = load_topics(db, r)) != NULL)
		report_release(r);
	return err;
}

void
report_init(struct report *r)
{
	memset(r, 0, sizeof(*r));
	history_init(&r->history);
}

void
report_release(struct report *r)
{
	for (size_t i = 0; i < r->topic_count; i++)
		free(r->topics[i].topic);
	free(r->topics);
	free(r->paths);
	free(r->days);
	plan_release(&r->plan);
	findings_release(&r->findings);
	portfolio_release(&r->portfolio);
	skills_release(&r->skills);
	history_release(&r->history);
	report_init(r);
}

/* ---------------------------------------------------------------------
 * Periods
 */

int
report_week_of(int day, int week_start)
{
	return day - (day_weekday(day) - week_start + 7) % 7;
}

void
report_period(enum report_period period, int today, int week_start,
    int first_day, int *from, int *to)
{
	int year, month, mday;

	day_to_civil(today, &year, &month, &mday);
	switch (period) {
	case PERIOD_WEEK:
	case PERIOD_LAST_WEEK:
		*from = report_week_of(today, week_start) -
		    (period == PERIOD_LAST_WEEK ? 7 : 0);
		*to = *from + 6;
		break;
	case PERIOD_MONTH:
	case PERIOD_LAST_MONTH:
		*from = day_add_months(today, period == PERIOD_LAST_MONTH ?
		    -1 : 0);
		*to = day_add_months(*from, 1) - 1;
		break;
	case PERIOD_YEAR:
		*from = day_from_civil(year, 1, 1);
		*to = day_from_civil(year, 12, 31);
		break;
	case PERIOD_ALL:
		*from = first_day != DAY_NONE && first_day < today ? first_day :
		    today;
		*to = today;
		break;
	}
	/* The week of 9999-12-31 runs into days track does not keep. */
	if (*to > DAY_LAST)
		*to = DAY_LAST;
}

/* Whether from..to is whole calendar months; *months says how many. */
static bool
whole_months(int from, int to, int *months)
{
	int y1, m1, d1, y2, m2, d2;

	if (day_month_start(from) != from || day_month_start(to + 1) != to + 1)
		return false;
	day_to_civil(from, &y1, &m1, &d1);
	day_to_civil(to + 1, &y2, &m2, &d2);
	*months = (y2 * 12 + m2) - (y1 * 12 + m1);
	return *months > 0;
}

/* The same date months earlier, clamped to that month's last day. */
static int
months_before(int day, int months)
{
	int first = day_add_months(day, -months);
	int length = day_add_months(first, 1) - first;
	int mday = day - day_month_start(day) + 1;

	return first + (mday < length ? mday : length) - 1;
}

void
report_previous(int from, int to, int today, int *previous_from,
    int *previous_to)
{
	int length = to - from + 1, months;

	if (to < today || today < from) {
		*previous_to = from - 1;
		*previous_from = from - length;
	} else if (whole_months(from, to, &months)) {
		*previous_from = day_add_months(from, -months);
		*previous_to = months_before(today, months);
	} else {
		*previous_from = from - length;
		*previous_to = today - length;
	}
}

bool
report_shows_goal(const struct report *r)
{
	return r->goal.goal_minutes > 0 && r->to - r->from == 6;
}

int
report_elapsed_days(const struct report *r)
{
	return r->at >= r->from ? r->at - r->from + 1 : 0;
}

struct error *
report_first_day(sqlite3 *db, int *day)
{
	struct stmt st;
	struct error *err;
	const char *text;

	*day = DAY_NONE;
	if ((err = stmt_prepare(&st, db, "cannot read the days",
	    "SELECT min(day) FROM day_total")) != NULL)
		return err;
	if (stmt_step(&st) == STMT_ROW &&
	    (text = (const char *)sqlite3_column_text(st.handle, 0)) != NULL &&
	    !day_parse_iso(text, day))
		*day = DAY_NONE;
	return stmt_finish(&st);
}

/* ---------------------------------------------------------------------
 * Days: totals, the heatmap, streaks and the trend from day_total
 */

/*
 * Calls fn(arg, day, minutes, sessions) for every day of [from, to] that
 * has sessions, oldest first (newest first when descending).
 */
typedef void (*day_fn)(void *arg, int day, int minutes, int sessions);

static struct error *
day_each(sqlite3 *db, const char *sql, int from, int to, day_fn fn,
    void *arg)
{
	char a[DAY_TEXT_SIZE], b[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;
	int day;

	day_format(from, a);
	day_format(to, b);
	if ((err = stmt_prepare(&st, db, "cannot read the days", sql)) != NULL)
		return err;
	stmt_bind(&st, "tt", a, b);
	while (stmt_step(&st) == STMT_ROW)
		if (day_parse_iso((const char *)sqlite3_column_text(st.handle,
		    0), &day))
			fn(arg, day, sqlite3_column_int(st.handle, 1),
			    sqlite3_column_int(st.handle, 2));
	return stmt_finish(&st);
}

static const char days_sql[] = "SELECT day, minutes, sessions FROM day_total "
    "WHERE day BETWEEN ? AND ? ORDER BY day";

static void
add_day(void *arg, int day, int minutes, int sessions)
{
	struct report *r = arg;

	r->days[day - r->from] = minutes;
	r->minutes += minutes;
	r->sessions += sessions;
	r->active_days++;
}

/*
 * The longest run within from..at of days reaching the streak minimum
 * (goal.daily-minutes; any logged day by default).
 */
static int
longest_run(const struct report *r)
{
	int longest = 0, run = 0;

	for (int day = r->from; day <= r->at; day++) {
		if (r->days[day - r->from] > 0 &&
		    r->days[day - r->from] >= r->streak_minimum)
			run++;
		else if (day_exists_locally(day))
			run = 0;
		if (run > longest)
			longest = run;
	}
	return longest;
}

static struct error *
load_days(sqlite3 *db, struct report *r)
{
	struct error *err;

	r->day_count = (size_t)report_elapsed_days(r);
	r->days = xcalloc(r->day_count + 1, sizeof(*r->days));
	if ((err = day_each(db, days_sql, r->from, r->at, add_day, r)) != NULL)
		return err;
	r->streak_longest = longest_run(r);
	return NULL;
}

static void
add_previous(void *arg, int day, int minutes, int sessions)
{
	(void)day;
	(void)sessions;
	*(int *)arg += minutes;
}

static struct error *
load_previous(sqlite3 *db, struct report *r)
{
	return day_each(db, days_sql, r->previous_from, r->previous_to,
	    add_previous, &r->previous_minutes);
}

/* Moves expected back over the days the zone skipped, down to day. */
static int
skip_missing_days(int expected, int day)
{
	while (expected > day && !day_exists_locally(expected))
		expected--;
	return expected;
}

/*
 * Consecutive days reaching the streak minimum ending at at, or ending
 * the day before while at has none yet (days the local zone skipped do
 * not count as gaps). Reads day_total newest first and stops at the first
 * gap, so the cost is the streak's length.
 */
static struct error *
load_streak_current(sqlite3 *db, struct report *r)
{
	struct stmt st;
	struct error *err;
	char at[DAY_TEXT_SIZE];
	int expected = r->at, day;

	day_format(r->at, at);
	if ((err = stmt_prepare(&st, db, "cannot read the days", "SELECT day "
	    "FROM day_total WHERE day <= ? AND minutes >= ? "
	    "ORDER BY day DESC")) != NULL)
		return err;
	stmt_bind(&st, "tn", at, r->streak_minimum);
	while (stmt_step(&st) == STMT_ROW) {
		if (!day_parse_iso((const char *)sqlite3_column_text(st.handle,
		    0), &day))
			continue;
		expected = skip_missing_days(expected, day);
		/* Today without a session yet: the streak may end yesterday. */
		if (r->streak_current == 0 && day < expected &&
		    expected == r->at)
			expected = skip_missing_days(expected - 1, day);
		if (day != expected)
			break;
		r->streak_current++;
		expected = day - 1;
	}
	return stmt_finish(&st);
}

static void
add_trend(void *arg, int day, int minutes, int sessions)
{
	struct report *r = arg;

	(void)sessions;
	r->trend[(day - r->trend_from) / 7] += minutes;
}

/*
 * Weekly minutes of the 12 weeks ending with the week that holds at (a
 * month or year still running ends its trend this week, not with weeks
 * to come).
 */
static struct error *
load_trend(sqlite3 *db, struct report *r)
{
	r->trend_from = report_week_of(r->at, r->week_start) -
	    7 * (REPORT_TREND_WEEKS - 1);
	return day_each(db, days_sql, r->trend_from, r->at, add_trend, r);
}

/* ---------------------------------------------------------------------
 * Paths, topics and kinds from the range query
 */

static struct report_topic *
topic_entry(struct report *r, const char *topic, const char *path)
{
	size_t i;

	for (i = 0; i < r->topic_count; i++)
		if (strcmp(r->topics[i].topic, topic) == 0)
			return &r->topics[i];
	r->topics = xrealloc(r->topics, (i + 1) * sizeof(*r->topics));
	r->topics[i].topic = xstrdup(topic);
	r->topics[i].path = path;
	r->topics[i].minutes = 0;
	r->topic_count++;
	return &r->topics[i];
}

static struct report_path *
path_entry(struct report *r, const char *path)
{
	size_t i;

	for (i = 0; i < r->path_count; i++)
		if (r->paths[i].path == path)
			return &r->paths[i];
	r->paths = xrealloc(r->paths, (i + 1) * sizeof(*r->paths));
	r->paths[i].path = path;
	r->paths[i].minutes = 0;
	r->path_count++;
	return &r->paths[i];
}

/* The slug of a path id, borrowed from the history ("unmapped": none). */
static const char *
path_slug(const struct history *h, const struct range_row *row)
{
	for (size_t i = 0; row->mapped && i < h->path_count; i++)
		if (h->paths[i].id == row->path_id)
			return h->paths[i].slug;
	return history_path_slug(h, PATH_UNMAPPED);
}

static void
add_topic_row(void *arg, const struct range_row *row)
{
	struct report *r = arg;
	const char *path = path_slug(&r->history, row);
	enum kind kind = KIND_STUDY;

	error_free(kind_parse(row->kind ? row->kind : "", &kind));
	r->by_kind[kind] += row->minutes;
	topic_entry(r, row->topic ? row->topic : "", path)->minutes +=
	    row->minutes;
	path_entry(r, path)->minutes += row->minutes;
}

static int
compare_topics(const void *a, const void *b)
{
	const struct report_topic *x = a, *y = b;

	if (x->minutes != y->minutes)
		return y->minutes > x->minutes ? 1 : -1;
	return strcmp(x->topic, y->topic);
}

static int
compare_paths(const void *a, const void *b)
{
	const struct report_path *x = a, *y = b;

	if (x->minutes != y->minutes)
		return y->minutes > x->minutes ? 1 : -1;
	return strcmp(x->path, y->path);
}

static struct error *
load_topics(sqlite3 *db, struct report *r)
{
	struct range_query range;
	struct error *err;

	range_init(&range);
	err = range_each(db, &range, r->from, r->at, add_topic_row, r);
	range_release(&range);
	if (r->topic_count > 1)
		qsort(r->topics, r->topic_count, sizeof(*r->topics),
		    compare_topics);
	if (r->path_count > 1)
		qsort(r->paths, r->path_count, sizeof(*r->paths),
		    compare_paths);
	return err;
}

/* ---------------------------------------------------------------------
 * The analyses, as of at
 */

static struct error *
load_analyses(sqlite3 *db, struct report *r)
{
	struct thresholds th;
	struct error *err;

	if ((err = thresholds_load(db, &th)) != NULL ||
	    (err = history_load(db, r->at, &th, &r->history)) != NULL)
		return err;
	portfolio_compute(&r->history, &th, &r->portfolio);
	plan_compute(&r->history, &th, &r->portfolio, &r->plan);
	findings_compute(&r->history, &th, &r->findings);
	if ((err = skills_analyse(db, &r->history, &th, r->plan.path,
	    &r->plan, false, &r->skills)) != NULL)
		return err;
	skills_point(&r->skills, &r->plan, &r->portfolio);
	return NULL;
}

/* ---------------------------------------------------------------------
 * Presentation rules the renderers share
 */

const char *const report_heat_legend[REPORT_HEAT_LEVELS] = {
	"none", "under 30m", "under 1h", "under 2h", "2h or more",
};

int
report_heat_level(int minutes)
{
	if (minutes <= 0)
		return 0;
	if (minutes < 30)
		return 1;
	if (minutes < 60)
		return 2;
	return minutes < 120 ? 3 : 4;
}

int
report_heat_from(const struct report *r)
{
	int first = report_week_of(r->from, r->week_start);
	int last = report_week_of(r->to, r->week_start);

	if ((last - first) / 7 + 1 > REPORT_HEAT_WEEKS)
		first = last - 7 * (REPORT_HEAT_WEEKS - 1);
	return first;
}

int
report_heat_weeks(const struct report *r)
{
	return (report_week_of(r->to, r->week_start) - report_heat_from(r)) /
	    7 + 1;
}

int
report_day_minutes(const struct report *r, int day)
{
	if (day < r->from || day > r->at)
		return -1;
	return r->days[day - r->from];
}

int
report_percent(int part, int whole)
{
	if (whole <= 0)
		return 0;
	return (int)(((long long)part * 200 + whole) / (2LL * whole));
}

int
report_trend_max(const struct report *r)
{
	int max = 0;

	for (int i = 0; i < REPORT_TREND_WEEKS; i++)
		if (r->trend[i] > max)
			max = r->trend[i];
	return max;
}

int
report_trend_peak(const struct report *r)
{
	int peak = 0;

	for (int i = 1; i < REPORT_TREND_WEEKS; i++)
		if (r->trend[i] > r->trend[peak])
			peak = i;
	return peak;
}

int
report_spark_level(const struct report *r, int week)
{
	int max = report_trend_max(r);

	if (r->trend[week] <= 0 || max <= 0)
		return 0;
	return (int)(((long long)r->trend[week] * 8 + max - 1) / max);
}
