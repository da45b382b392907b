/*
 * Loading a history: the only part of the analysis that runs SQL. Whole
 * months come from the month_total summary (kept by triggers), the ragged
 * edges of a range from the session_day index, so the cost follows the
 * number of months and topics, not the number of sessions.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/db.h"
#include "core/stmt.h"
#include "reports/history.h"
#include "reports/range.h"
#include "core/session.h"
#include "core/settings.h"

/* ---------------------------------------------------------------------
 * Thresholds
 */

static const struct threshold_key {
	const char *key;
	size_t offset;
} threshold_keys[] = {
#define T(key, field) { key, offsetof(struct thresholds, field) }
	T("plan.fundamentals-hours", fundamentals_hours),
	T("plan.projects", plan_projects),
	T("plan.focus-month-hours", focus_month_hours),
	T("plan.focus-share", focus_share),
	T("plan.focus-months", focus_months),
	T("plan.portfolio-score", portfolio_score),
	T("tutorial-hell.window-days", tutorial_window_days),
	T("tutorial-hell.min-hours", tutorial_min_hours),
	T("tutorial-hell.share", tutorial_share),
	T("tutorial-hell.project-share", tutorial_project_share),
	T("tutorial-hell.alert-hours", tutorial_alert_hours),
	T("path-hopping.month-hours", hopping_month_hours),
	T("path-hopping.months", hopping_months),
	T("path-hopping.changes", hopping_changes),
	T("path-hopping.set-window-days", hopping_set_window_days),
	T("ignoring-fundamentals.min-hours", fundamentals_min_hours),
	T("no-portfolio.total-hours", portfolio_total_hours),
	T("no-portfolio.weeks", portfolio_weeks),
	T("no-portfolio.window-days", portfolio_window_days),
	T("no-portfolio.window-hours", portfolio_window_hours),
	T("scattered.window-days", scattered_window_days),
	T("scattered.paths", scattered_paths),
	T("scattered.path-hours", scattered_path_hours),
	T("scattered.top-share", scattered_top_share),
	T("plan.fundamentals-area-hours", fundamentals_area_hours),
	T("plan.fundamentals-active-share", fundamentals_active_share),
	T("plan.fundamentals-further-share", fundamentals_further_share),
	T("project.min-hours", project_min_hours),
	T("tutorial-hell.min-history-days", tutorial_min_history_days),
	T("off-path.min-hours", off_path_min_hours),
	T("off-path.share", off_path_share),
	T("memorization.window-days", memorization_window_days),
	T("memorization.topic-hours", memorization_topic_hours),
	T("memorization.min-hours", memorization_min_hours),
	T("memorization.share", memorization_share),
	T("prerequisites.path-hours", prerequisites_path_hours),
	T("prerequisites.min-hours", prerequisites_min_hours),
	T("stalled.days", stalled_days),
	T("portfolio.deep-project-hours", deep_project_hours),
	T("goal.weekly-minutes", goal_weekly_minutes),
	T("stalled.min-hours", stalled_min_hours),
#undef T
};

#define THRESHOLD_COUNT (sizeof(threshold_keys) / sizeof(threshold_keys[0]))

struct error *
thresholds_load(sqlite3 *db, struct thresholds *th)
{
	struct error *err;

	for (size_t i = 0; i < THRESHOLD_COUNT; i++) {
		int *field = (int *)((char *)th + threshold_keys[i].offset);

		if ((err = setting_int(db, threshold_keys[i].key, field)) != NULL)
			return err;
	}
	return NULL;
}

void
thresholds_defaults(struct thresholds *th)
{
	/*
	 * The defaults live in the schema (001, 007) only: read them from a
	 * private in-memory database rather than repeating them here.
	 */
	sqlite3 *db;
	struct error *err;

	memset(th, 0, sizeof(*th));
	if (sqlite3_open(":memory:", &db) != SQLITE_OK)
		abort();
	if ((err = db_migrate(db)) != NULL || (err = thresholds_load(db, th)))
		abort();
	sqlite3_close(db);
}

/* ---------------------------------------------------------------------
 * Spans
 */

int
span_specialization(const struct span *s)
{
	return s->minutes - s->fundamentals;
}

int
span_path_minutes(const struct span *s, int path)
{
	for (size_t i = 0; i < s->path_count; i++)
		if (s->paths[i].path == path)
			return s->paths[i].minutes;
	return 0;
}

static void
span_init(struct span *s, int from, int to)
{
	memset(s, 0, sizeof(*s));
	s->from = from;
	s->to = to;
	s->dominant = PATH_UNMAPPED;
}

static void
span_release(struct span *s)
{
	for (size_t i = 0; i < s->path_count; i++)
		free(s->paths[i].top_topic);
	free(s->paths);
	memset(s, 0, sizeof(*s));
}

/* The index in h->paths of a path id; PATH_UNMAPPED for NULL/unknown. */
static int
path_index_of_id(const struct history *h, int64_t id)
{
	for (size_t i = 0; i < h->path_count; i++)
		if (h->paths[i].id == id)
			return (int)i;
	return PATH_UNMAPPED;
}

/* The position in h->topics of a topic id, or -1. */
static int
topic_index_of_id(const struct history *h, int64_t id)
{
	if (id < 0 || (uint64_t)id >= h->topic_index_size)
		return -1;
	return h->topic_index[id];
}

/* Whether path is a specialization (mapped, not fundamentals). */
static bool
is_specialization(const struct history *h, int path)
{
	return path != PATH_UNMAPPED && !h->paths[path].fundamentals;
}

/* The kind of a kind column (study when unreadable). */
static enum kind
kind_of(const char *text)
{
	enum kind k = KIND_STUDY;

	error_free(kind_parse(text ? text : "", &k));
	return k;
}

/* The entry of path in s, added when missing. */
static struct path_minutes *
span_path(struct span *s, int path)
{
	for (size_t i = 0; i < s->path_count; i++)
		if (s->paths[i].path == path)
			return &s->paths[i];
	s->paths = xrealloc(s->paths, (s->path_count + 1) * sizeof(*s->paths));
	memset(&s->paths[s->path_count], 0, sizeof(*s->paths));
	s->paths[s->path_count].path = path;
	return &s->paths[s->path_count++];
}

/*
 * Sums rows of (topic, kind, minutes, sessions) into a span. A topic's
 * minutes may come in several rows (kinds, the summary and the edges), so
 * they are counted per topic and the top topic of each path is settled in
 * span_finish.
 */
struct span_builder {
	struct span *span;
	int *topic_minutes;	/* by index into history.topics */
};

static void
span_builder_init(struct span_builder *b, const struct history *h,
    struct span *s)
{
	b->span = s;
	b->topic_minutes = xcalloc(h->topic_count + 1, sizeof(int));
}

/*
 * Adds a row to a span: fundamentals topics to its fundamentals, every
 * other topic to the path it counts for (history_topic.path).
 */
static void
span_add(struct span_builder *b, const struct history *h, int64_t topic_id,
    const char *kind, int minutes, int sessions)
{
	struct span *s = b->span;
	int topic = topic_index_of_id(h, topic_id);
	int path = topic < 0 ? PATH_UNMAPPED : h->topics[topic].path;
	enum kind k = kind_of(kind);
	struct path_minutes *p;

	s->minutes += minutes;
	s->by_kind[k] += minutes;
	if (k == KIND_PROJECT)
		s->project_sessions += sessions;
	if (path != PATH_UNMAPPED && h->paths[path].fundamentals) {
		s->fundamentals += minutes;
		return;
	}
	p = span_path(s, path);
	p->minutes += minutes;
	if (k != KIND_TUTORIAL)
		p->active += minutes;
	if (topic >= 0)
		b->topic_minutes[topic] += minutes;
}

static int
compare_path_minutes(const void *a, const void *b)
{
	const struct path_minutes *x = a, *y = b;

	if (x->minutes != y->minutes)
		return y->minutes > x->minutes ? 1 : -1;
	return x->path - y->path;
}

/* Settles top topics and the order of paths (the builder stays). */
static void
span_finish(struct span_builder *b, const struct history *h)
{
	struct span *s = b->span;
	size_t kept = 0;

	/* Topics are in name order, so the first of equal ones wins. */
	for (size_t i = 0; i < h->topic_count; i++) {
		int minutes = b->topic_minutes[i];
		struct path_minutes *p;

		if (minutes == 0)
			continue;
		p = span_path(s, h->topics[i].path);
		if (minutes > p->top_topic_minutes) {
			free(p->top_topic);
			p->top_topic = xstrdup(h->topics[i].name);
			p->top_topic_minutes = minutes;
		}
	}
	/* Paths whose minutes were all taken away again are dropped. */
	for (size_t i = 0; i < s->path_count; i++) {
		if (s->paths[i].minutes != 0)
			s->paths[kept++] = s->paths[i];
		else
			free(s->paths[i].top_topic);
	}
	s->path_count = kept;
	if (s->path_count > 1)
		qsort(s->paths, s->path_count, sizeof(*s->paths),
		    compare_path_minutes);
}

/* ---------------------------------------------------------------------
 * Queries
 */

/*
 * The path the first session of days [from, to] on one of the tied paths
 * counts for (tied[path] set), or PATH_UNMAPPED when none is found. The
 * read stops at that session.
 */
static struct error *
first_session_path(sqlite3 *db, const struct history *h, const char *sql,
    const char *types, int64_t id, int from, int to, const bool *tied,
    int *path)
{
	char first[DAY_TEXT_SIZE], last[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	*path = PATH_UNMAPPED;
	day_format(from, first);
	day_format(to, last);
	if ((err = stmt_prepare(&st, db, "cannot read the first sessions",
	    sql)) != NULL)
		return err;
	if (types[0] == 'i')
		stmt_bind(&st, types, id, first, last);
	else
		stmt_bind(&st, types, first, last);
	while (stmt_step(&st) == STMT_ROW) {
		int topic = topic_index_of_id(h,
		    sqlite3_column_int64(st.handle, 0));
		int candidate = topic < 0 ? PATH_UNMAPPED : h->topics[topic].path;

		if (candidate != PATH_UNMAPPED && tied[candidate]) {
			*path = candidate;
			break;
		}
	}
	return stmt_finish(&st);
}

/*
 * Of the paths with the most minutes in by_path (by path index, only
 * specializations counted), the one SPEC §5 and §5.1 pick: the only one;
 * on a tie the path chosen on day `chosen_on` when it is tied, else the
 * path the first session (of sql's rows) on a tied path counts for.
 */
static struct error *
most_assigned(sqlite3 *db, const struct history *h, const int *by_path,
    int chosen_on, const char *sql, const char *types, int64_t id,
    int from, int to, int *best)
{
	bool *tied = xcalloc(h->path_count + 1, sizeof(bool));
	struct error *err = NULL;
	int top = 0, count = 0, chosen = history_path_on(h, chosen_on);

	*best = PATH_UNMAPPED;
	for (size_t i = 0; i < h->path_count; i++)
		if (is_specialization(h, (int)i) && by_path[i] > top)
			top = by_path[i];
	for (size_t i = 0; i < h->path_count && top > 0; i++)
		if (is_specialization(h, (int)i) && by_path[i] == top) {
			tied[i] = true;
			*best = (int)i;
			count++;
		}
	if (count > 1 && chosen != PATH_UNMAPPED && tied[chosen])
		*best = chosen;
	else if (count > 1)
		err = first_session_path(db, h, sql, types, id, from, to, tied,
		    best);
	free(tied);
	return err;
}

/* The first sessions of a range of days, for ties of a span. */
static const char span_first_sql[] =
    "SELECT topic_id FROM session WHERE day BETWEEN ? AND ? "
    "ORDER BY day, start, id";

/* Picks a span's dominant specialization path (SPEC §5 path-hopping). */
static struct error *
span_dominant(sqlite3 *db, const struct history *h, struct span *s)
{
	int *by_path = xcalloc(h->path_count + 1, sizeof(int));
	struct error *err;

	for (size_t i = 0; i < s->path_count; i++)
		if (s->paths[i].path != PATH_UNMAPPED)
			by_path[s->paths[i].path] = s->paths[i].minutes;
	err = most_assigned(db, h, by_path, s->to, span_first_sql, "tt", 0,
	    s->from, s->to, &s->dominant);
	free(by_path);
	return err;
}

/*
 * Adds (sign 1) or takes away (sign -1) the rows of days [from, to] to or
 * from a builder with the shared range query, prepared once into
 * cache (the caller finishes it; its first error is returned again).
 */
static struct error *
span_query(sqlite3 *db, struct stmt *cache, const struct history *h,
    int from, int to, int sign, struct span_builder *b)
{
	struct error *err;

	if (to < from)
		return NULL;
	if (cache->handle == NULL &&
	    (err = range_prepare(db, "cannot sum the history", cache)) != NULL)
		return err;
	stmt_reset(cache);
	range_bind(cache, from, to);
	while (stmt_step(cache) == STMT_ROW)
		span_add(b, h, sqlite3_column_int64(cache->handle, 0),
		    (const char *)sqlite3_column_text(cache->handle, 1),
		    sign * sqlite3_column_int(cache->handle, 2),
		    sign * sqlite3_column_int(cache->handle, 3));
	return stmt_error(cache);
}

static struct error *
load_paths(sqlite3 *db, struct history *h)
{
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read the paths",
	    "SELECT id, slug, fundamentals FROM path "
	    "ORDER BY position, slug")) != NULL)
		return err;
	while (stmt_step(&st) == STMT_ROW) {
		struct history_path *p;

		h->paths = xrealloc(h->paths, (h->path_count + 1) *
		    sizeof(*h->paths));
		p = &h->paths[h->path_count++];
		p->id = sqlite3_column_int64(st.handle, 0);
		p->slug = db_column_strdup(st.handle, 1);
		p->fundamentals = sqlite3_column_int(st.handle, 2) != 0;
	}
	return stmt_finish(&st);
}

/*
 * Every path set up to at. A choice on the same day as the one before it
 * replaces it (SPEC §5.1: a mis-click is not a change), whatever older
 * databases hold.
 */
static struct error *
load_choices(sqlite3 *db, struct history *h)
{
	char at[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	day_format(h->at, at);
	if ((err = stmt_prepare(&st, db, "cannot read the path choices",
	    "SELECT day, path_id FROM path_choice "
	    "WHERE day <= ? ORDER BY day, id")) != NULL)
		return err;
	stmt_bind(&st, "t", at);
	while (stmt_step(&st) == STMT_ROW) {
		struct path_choice_entry c;

		day_parse_iso((const char *)sqlite3_column_text(st.handle, 0),
		    &c.day);
		c.path = path_index_of_id(h, sqlite3_column_int64(st.handle, 1));
		if (h->choice_count > 0 &&
		    h->choices[h->choice_count - 1].day == c.day) {
			h->choices[h->choice_count - 1] = c;
			continue;
		}
		h->choices = xrealloc(h->choices, (h->choice_count + 1) *
		    sizeof(*h->choices));
		h->choices[h->choice_count++] = c;
	}
	h->current = h->choice_count ?
	    h->choices[h->choice_count - 1].path : PATH_UNMAPPED;
	return stmt_finish(&st);
}

/* The area of a fundamentals topic's area column (NULL: further). */
static enum topic_area
area_of(const char *text)
{
	static const char *const names[] = { "", "basics", "data-structures",
	    "functions", "classes", "error-handling", "further" };

	for (int i = AREA_BASICS; text != NULL && i < AREA_COUNT; i++)
		if (strcmp(text, names[i]) == 0)
			return (enum topic_area)i;
	return AREA_FURTHER;
}

/*
 * Topics that serve the current path count for it (SPEC §4 "Topics serve
 * paths"); fundamentals topics stay fundamentals.
 */
static struct error *
assign_serving(sqlite3 *db, struct history *h)
{
	struct stmt st;
	struct error *err;

	if (h->current == PATH_UNMAPPED)
		return NULL;
	if ((err = stmt_prepare(&st, db, "cannot read what topics serve",
	    "SELECT topic_id FROM topic_serves "
	    "WHERE path_id = ?")) != NULL)
		return err;
	stmt_bind(&st, "i", h->paths[h->current].id);
	while (stmt_step(&st) == STMT_ROW) {
		int t = topic_index_of_id(h, sqlite3_column_int64(st.handle,
		    0));

		if (t >= 0 && (h->topics[t].home == PATH_UNMAPPED ||
		    !h->paths[h->topics[t].home].fundamentals))
			h->topics[t].path = h->current;
	}
	return stmt_finish(&st);
}

/*
 * Every topic with its home, area and the path it counts for, in name
 * order, and an index from topic id to position so the loaders map
 * summary rows without joins. Needs the paths and the current path.
 */
static struct error *
load_topics(sqlite3 *db, struct history *h)
{
	struct stmt st;
	struct error *err;
	int64_t max_id = 0;

	if ((err = stmt_prepare(&st, db, "cannot read the topics",
	    "SELECT id, name, path_id, area FROM topic "
	    "ORDER BY name")) != NULL)
		return err;
	while (stmt_step(&st) == STMT_ROW) {
		struct history_topic *t;

		h->topics = xrealloc(h->topics, (h->topic_count + 1) *
		    sizeof(*h->topics));
		t = &h->topics[h->topic_count++];
		memset(t, 0, sizeof(*t));
		t->id = sqlite3_column_int64(st.handle, 0);
		t->name = db_column_strdup(st.handle, 1);
		t->home = sqlite3_column_type(st.handle, 2) == SQLITE_NULL ?
		    PATH_UNMAPPED : path_index_of_id(h,
		    sqlite3_column_int64(st.handle, 2));
		t->path = t->home;
		t->area = t->home != PATH_UNMAPPED &&
		    h->paths[t->home].fundamentals ? area_of((const char *)
		    sqlite3_column_text(st.handle, 3)) : AREA_NONE;
		if (t->id > max_id)
			max_id = t->id;
	}
	if ((err = stmt_finish(&st)) != NULL)
		return err;
	h->topic_index_size = (size_t)max_id + 1;
	h->topic_index = xmalloc(h->topic_index_size * sizeof(int));
	for (size_t i = 0; i < h->topic_index_size; i++)
		h->topic_index[i] = -1;
	for (size_t i = 0; i < h->topic_count; i++)
		h->topic_index[h->topics[i].id] = (int)i;
	return assign_serving(db, h);
}

/*
 * The first and last sessions' days and the distinct ISO weeks with
 * sessions up to at: from day_total's ends and week_total's count
 * (schema 005), so the cost does not grow with the years of history.
 */
static struct error *
load_days(sqlite3 *db, struct history *h)
{
	static const char sql[] =
	    "SELECT (SELECT day FROM day_total WHERE day <= ?1 ORDER BY day "
	    "LIMIT 1), (SELECT count(*) FROM week_total WHERE week < ?2), "
	    "EXISTS (SELECT 1 FROM day_total WHERE day BETWEEN ?2 AND ?1), "
	    "(SELECT day FROM day_total WHERE day <= ?1 ORDER BY day DESC "
	    "LIMIT 1)";
	char at[DAY_TEXT_SIZE], week[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	day_format(h->at, at);
	day_format(day_week_start(h->at), week);
	if ((err = stmt_prepare(&st, db, "cannot read the days of the history",
	    sql)) != NULL)
		return err;
	stmt_bind(&st, "tt", at, week);
	if (stmt_step(&st) == STMT_ROW &&
	    sqlite3_column_type(st.handle, 0) != SQLITE_NULL) {
		day_parse_iso((const char *)sqlite3_column_text(st.handle, 0),
		    &h->first_day);
		day_parse_iso((const char *)sqlite3_column_text(st.handle, 3),
		    &h->last_day);
		h->active_weeks = sqlite3_column_int(st.handle, 1) +
		    sqlite3_column_int(st.handle, 2);
	}
	return stmt_finish(&st);
}

/* Each topic's minutes by kind, and the fundamentals by area. */
static void
add_topic_total(struct history *h, int64_t topic_id, const char *kind,
    int minutes)
{
	int t = topic_index_of_id(h, topic_id);
	enum kind k = kind_of(kind);
	struct history_topic *topic;

	if (t < 0)
		return;
	topic = &h->topics[t];
	topic->total_by_kind[k] += minutes;
	if (topic->area == AREA_NONE)
		return;
	h->areas[topic->area].minutes += minutes;
	if (k != KIND_TUTORIAL)
		h->areas[topic->area].active += minutes;
}

/*
 * The totals up to at: the all-time topic_total (schema 005) less what
 * lies after at, that is the months after at's from month_total and the
 * rest of at's month from the session index (nothing, as a rule, when at
 * is today).
 */
static struct error *
load_totals(sqlite3 *db, struct history *h)
{
	static const char sql[] =
	    "SELECT topic_id, kind, minutes, sessions, 1 FROM topic_total "
	    "UNION ALL "
	    "SELECT topic_id, kind, minutes, sessions, -1 FROM month_total "
	    "WHERE month > ?1 "
	    "UNION ALL "
	    "SELECT topic_id, kind, sum(minutes), count(*), -1 FROM session "
	    "WHERE day > ?2 AND day <= ?3 GROUP BY 1, 2";
	char month[8], at[DAY_TEXT_SIZE], month_end[DAY_TEXT_SIZE];
	struct span_builder b;
	struct span all;
	struct stmt st;
	struct error *err;

	if (h->first_day == DAY_NONE)
		return NULL;
	range_month_text(h->at, month);
	day_format(h->at, at);
	/* The month's last day: the next month's first may be 10000-01-01. */
	day_format(day_add_months(h->at, 1) - 1, month_end);
	if ((err = stmt_prepare(&st, db, "cannot sum the history",
	    sql)) != NULL)
		return err;
	span_init(&all, h->first_day, h->at);
	span_builder_init(&b, h, &all);
	stmt_bind(&st, "ttt", month, at, month_end);
	while (stmt_step(&st) == STMT_ROW) {
		int sign = sqlite3_column_int(st.handle, 4);
		int64_t topic = sqlite3_column_int64(st.handle, 0);
		const char *kind = (const char *)sqlite3_column_text(st.handle,
		    1);
		int minutes = sign * sqlite3_column_int(st.handle, 2);

		span_add(&b, h, topic, kind, minutes,
		    sign * sqlite3_column_int(st.handle, 3));
		add_topic_total(h, topic, kind, minutes);
	}
	err = stmt_finish(&st);
	h->total_minutes = all.minutes;
	h->fundamentals_minutes = all.fundamentals;
	h->tutorial_minutes = all.by_kind[KIND_TUTORIAL];
	h->project_sessions = all.project_sessions;
	free(b.topic_minutes);
	span_release(&all);
	return err;
}

/* Months counted from year 0, for indexing months by 'YYYY-MM'. */
static int
month_number(const char *text)
{
	return text && strlen(text) >= 7 ?
	    atoi(text) * 12 + atoi(text + 5) - 1 : -1;
}

/*
 * Whether at's month has no session after at, so that its month_total
 * rows are its sums up to at (as a rule: at is today).
 */
static struct error *
nothing_after(sqlite3 *db, int at, int *nothing)
{
	char day[DAY_TEXT_SIZE], month_end[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	*nothing = 0;
	day_format(at, day);
	day_format(day_add_months(at, 1) - 1, month_end);
	if ((err = stmt_prepare(&st, db, "cannot read the month's days",
	    "SELECT NOT EXISTS (SELECT 1 FROM day_total "
	    "WHERE day > ? AND day <= ?)")) != NULL)
		return err;
	stmt_bind(&st, "tt", day, month_end);
	if (stmt_step(&st) == STMT_ROW)
		*nothing = sqlite3_column_int(st.handle, 0);
	return stmt_finish(&st);
}

/* The widest window history_load builds, in days. */
static int
widest_window(const struct thresholds *th)
{
	const int days[] = { th->tutorial_window_days,
		th->scattered_window_days, th->portfolio_window_days,
		FOCUS_WINDOW_DAYS, RECENT_WINDOW_DAYS, OFF_PATH_WINDOW_DAYS };
	int widest = 1;

	for (size_t i = 0; i < sizeof(days) / sizeof(days[0]); i++)
		if (days[i] > widest)
			widest = days[i];
	return widest;
}

/*
 * The first month kept in detail: the HOPPING_MONTHS_LOOKED_AT calendar
 * months up to at's (which hold the pace's six too), earlier when a
 * window starts earlier, never before the first session's month.
 */
static int
first_kept_month(const struct history *h, const struct thresholds *th)
{
	int from = day_add_months(h->at, 1 - HOPPING_MONTHS_LOOKED_AT);
	int window = day_month_start(h->at - widest_window(th) + 1);
	int first = day_month_start(h->first_day);

	if (window < from)
		from = window;
	return from < first ? first : from;
}

/* Sums month rows into the builders of the kept months from base on. */
static struct error *
sum_months(struct stmt *st, struct history *h, struct span_builder *builders,
    int base)
{
	while (stmt_step(st) == STMT_ROW) {
		int i = month_number((const char *)
		    sqlite3_column_text(st->handle, 0)) - base;

		if (i >= 0 && (size_t)i < h->month_count)
			span_add(&builders[i], h,
			    sqlite3_column_int64(st->handle, 1),
			    (const char *)sqlite3_column_text(st->handle, 2),
			    sqlite3_column_int(st->handle, 3),
			    sqlite3_column_int(st->handle, 4));
	}
	return stmt_finish(st);
}

/*
 * The months kept in detail (first_kept_month to at's): one pass over
 * month_total in its key order (month, topic, kind) for the whole months,
 * the session index for at's own month.
 */
static struct error *
load_months(sqlite3 *db, struct history *h, const struct thresholds *th,
    struct span_builder **kept)
{
	static const char sql[] =
	    "SELECT month, topic_id, kind, minutes, sessions FROM month_total "
	    "WHERE month >= ?4 AND month < ?1 "
	    "UNION ALL "
	    "SELECT month, topic_id, kind, minutes, sessions FROM month_total "
	    "WHERE ?5 AND month = ?1 "
	    "UNION ALL "
	    "SELECT substr(day, 1, 7), topic_id, kind, sum(minutes), count(*) "
	    "FROM session WHERE NOT ?5 AND day BETWEEN ?2 AND ?3 GROUP BY 2, 3";
	char month[8], kept_from[8], first[DAY_TEXT_SIZE], at[DAY_TEXT_SIZE];
	struct span_builder *builders;
	struct error *err;
	struct stmt st;
	int start, nothing;

	*kept = NULL;
	if (h->first_day == DAY_NONE)
		return NULL;
	start = first_kept_month(h, th);
	for (int m = start; m <= h->at; m = day_add_months(m, 1))
		h->month_count++;
	h->months = xcalloc(h->month_count, sizeof(*h->months));
	builders = xcalloc(h->month_count, sizeof(*builders));
	*kept = builders;
	for (size_t i = 0; i < h->month_count; i++) {
		int from = day_add_months(start, (int)i);
		int end = day_add_months(from, 1) - 1;

		span_init(&h->months[i], from, end < h->at ? end : h->at);
		span_builder_init(&builders[i], h, &h->months[i]);
	}
	range_month_text(start, kept_from);
	range_month_text(h->at, month);
	day_format(day_month_start(h->at), first);
	day_format(h->at, at);
	if ((err = nothing_after(db, h->at, &nothing)) != NULL ||
	    (err = stmt_prepare(&st, db, "cannot sum the months", sql)))
		return err;
	stmt_bind(&st, "tttti", month, first, at, kept_from, nothing);
	err = sum_months(&st, h, builders, month_number(kept_from));
	for (size_t i = 0; i < h->month_count; i++) {
		span_finish(&builders[i], h);
		if (err == NULL)
			err = span_dominant(db, h, &h->months[i]);
	}
	return err;
}

/*
 * The pace (SPEC §4): the monthly minutes of the (at most) six months
 * before at's, all of them kept in detail unless before the first
 * session's month.
 */
static void
load_pace(struct history *h, const struct thresholds *th)
{
	int months[PACE_MONTHS];
	size_t count = 0;

	for (size_t i = h->month_count; i-- > 1 && count < PACE_MONTHS;)
		months[count++] = h->months[i - 1].minutes;
	history_set_pace(h, th, pace_median(months, count));
}

/* ---------------------------------------------------------------------
 * Projects
 */

/* Whether the project table has schema 008's path_given column. */
static struct error *
has_path_given(sqlite3 *db, bool *has)
{
	int64_t count = 0;
	struct error *err;

	err = db_query_int(db, &count, 0, "SELECT count(*) FROM "
	    "pragma_table_info('project') WHERE name = 'path_given'", "");
	*has = count > 0;
	return err;
}

/*
 * Projects started up to at, by id (load_all_projects puts them in
 * their order at the end). Before schema 008 a recorded path counts as
 * given; after it, path_given says.
 */
static struct error *
load_projects(sqlite3 *db, struct history *h, bool given)
{
	static const char sql_given[] = "SELECT id, name, path_id, started, "
	    "completed, url, path_given, contribution FROM project "
	    "WHERE started <= ? ORDER BY id";
	static const char sql_old[] = "SELECT id, name, path_id, started, "
	    "completed, url, path_id IS NOT NULL, 0 FROM project "
	    "WHERE started <= ? ORDER BY id";
	char at[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	day_format(h->at, at);
	if ((err = stmt_prepare(&st, db, "cannot read the projects",
	    given ? sql_given : sql_old)) != NULL)
		return err;
	stmt_bind(&st, "t", at);
	while (stmt_step(&st) == STMT_ROW) {
		struct history_project *p;
		const char *completed = (const char *)
		    sqlite3_column_text(st.handle, 4);

		h->projects = xrealloc(h->projects, (h->project_count + 1) *
		    sizeof(*h->projects));
		p = &h->projects[h->project_count++];
		memset(p, 0, sizeof(*p));
		p->id = sqlite3_column_int64(st.handle, 0);
		p->name = db_column_strdup(st.handle, 1);
		p->path = sqlite3_column_type(st.handle, 2) == SQLITE_NULL ?
		    PATH_UNMAPPED : path_index_of_id(h,
		    sqlite3_column_int64(st.handle, 2));
		p->path_given = sqlite3_column_int(st.handle, 6) != 0 &&
		    p->path != PATH_UNMAPPED;
		day_parse_iso((const char *)sqlite3_column_text(st.handle, 3),
		    &p->started);
		p->completed = DAY_NONE;
		if (completed && day_parse_iso(completed, &p->completed) &&
		    p->completed > h->at)
			p->completed = DAY_NONE;
		p->url = db_column_strdup(st.handle, 5);
		p->contribution = sqlite3_column_int(st.handle, 7) != 0;
	}
	return stmt_finish(&st);
}

/* The project with id while the projects are in id order, or NULL. */
static struct history_project *
project_by_id(struct history *h, int64_t id)
{
	size_t low = 0, high = h->project_count;

	while (low < high) {
		size_t mid = low + (high - low) / 2;

		if (h->projects[mid].id == id)
			return &h->projects[mid];
		if (h->projects[mid].id < id)
			low = mid + 1;
		else
			high = mid;
	}
	return NULL;
}

/*
 * Minutes of every project up to at: the all-time project_sum (schema
 * 005) less the sessions after at, read from the session index (none, as
 * a rule, when at is today).
 */
static struct error *
load_project_minutes(sqlite3 *db, struct history *h)
{
	static const char sql[] =
	    "SELECT project_id, minutes FROM project_sum "
	    "UNION ALL "
	    "SELECT project_id, -sum(minutes) FROM session "
	    "INDEXED BY session_day WHERE day > ?1 AND project_id IS NOT NULL "
	    "GROUP BY 1";
	char at[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	if (h->project_count == 0)
		return NULL;
	day_format(h->at, at);
	if ((err = stmt_prepare(&st, db, "cannot sum the projects",
	    sql)) != NULL)
		return err;
	stmt_bind(&st, "t", at);
	while (stmt_step(&st) == STMT_ROW) {
		struct history_project *p = project_by_id(h,
		    sqlite3_column_int64(st.handle, 0));

		if (p != NULL)
			p->minutes += sqlite3_column_int(st.handle, 1);
	}
	return stmt_finish(&st);
}

/*
 * The ISO weeks with sessions of every project up to at: project_week
 * (schema 007) before at's week, and at's week from the session index.
 */
static struct error *
load_project_weeks(sqlite3 *db, struct history *h)
{
	static const char sql[] =
	    "SELECT project_id, count(*) FROM project_week WHERE week < ?1 "
	    "GROUP BY 1 "
	    "UNION ALL "
	    "SELECT project_id, 1 FROM session INDEXED BY session_day "
	    "WHERE day BETWEEN ?1 AND ?2 AND project_id IS NOT NULL GROUP BY 1";
	char week[DAY_TEXT_SIZE], at[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	if (h->project_count == 0)
		return NULL;
	day_format(day_week_start(h->at), week);
	day_format(h->at, at);
	if ((err = stmt_prepare(&st, db, "cannot count the projects' weeks",
	    sql)) != NULL)
		return err;
	stmt_bind(&st, "tt", week, at);
	while (stmt_step(&st) == STMT_ROW) {
		struct history_project *p = project_by_id(h,
		    sqlite3_column_int64(st.handle, 0));

		if (p != NULL)
			p->weeks += sqlite3_column_int(st.handle, 1);
	}
	return stmt_finish(&st);
}

/* Topic minutes of a project while they are being summed. */
struct project_topic {
	int64_t project_id;
	int topic;		/* index into history.topics */
	int minutes;
};

static int
compare_project_topic_keys(const void *a, const void *b)
{
	const struct project_topic *x = a, *y = b;

	if (x->project_id != y->project_id)
		return x->project_id < y->project_id ? -1 : 1;
	return x->topic - y->topic;
}

/* By project, then most minutes first, then topic name order. */
static int
compare_project_topics(const void *a, const void *b)
{
	const struct project_topic *x = a, *y = b;

	if (x->project_id != y->project_id)
		return x->project_id < y->project_id ? -1 : 1;
	if (x->minutes != y->minutes)
		return y->minutes > x->minutes ? 1 : -1;
	return x->topic - y->topic;
}

/* The first sessions of a project up to a day, for ties of its path. */
static const char project_first_sql[] =
    "SELECT topic_id FROM session WHERE project_id = ? AND day BETWEEN ? "
    "AND ? ORDER BY day, start, id";

/*
 * A project's path when none was given (SPEC §5.1): the path its
 * specialization minutes (by_path) are assigned to most, else the path
 * chosen on its start day.
 */
static struct error *
project_path(sqlite3 *db, struct history *h, struct history_project *p,
    const int *by_path)
{
	struct error *err;

	if (p->path_given)
		return NULL;
	err = most_assigned(db, h, by_path, p->started, project_first_sql,
	    "itt", p->id, DAY_FIRST, h->at, &p->path);
	if (err == NULL && p->path == PATH_UNMAPPED)
		p->path = history_path_on(h, p->started);
	return err;
}

/*
 * Reads project_topic_total less the sessions after at into *rows, in
 * key order (project, topic): merged when some rows came after at or out
 * of that order (rare: --at in the past), else as read.
 */
static struct error *
read_project_topics(sqlite3 *db, const struct history *h,
    struct project_topic **rows, size_t *count)
{
	static const char sql[] =
	    "SELECT project_id, topic_id, minutes, 0 FROM project_topic_total "
	    "UNION ALL "
	    "SELECT project_id, topic_id, -sum(minutes), 1 FROM session "
	    "INDEXED BY session_day WHERE day > ?1 AND project_id IS NOT NULL "
	    "GROUP BY 1, 2";
	char at[DAY_TEXT_SIZE];
	size_t cap = 0, merged = 0;
	struct stmt st;
	struct error *err;
	bool merge = false;

	*rows = NULL;
	*count = 0;
	day_format(h->at, at);
	if ((err = stmt_prepare(&st, db, "cannot read the projects' topics",
	    sql)) != NULL)
		return err;
	stmt_bind(&st, "t", at);
	while (stmt_step(&st) == STMT_ROW) {
		struct project_topic *r;

		if (*count == cap) {
			cap = cap ? cap * 2 : 64;
			*rows = xrealloc(*rows, cap * sizeof(**rows));
		}
		r = &(*rows)[(*count)++];
		r->project_id = sqlite3_column_int64(st.handle, 0);
		r->topic = topic_index_of_id(h, sqlite3_column_int64(st.handle,
		    1));
		r->minutes = sqlite3_column_int(st.handle, 2);
		merge |= sqlite3_column_int(st.handle, 3) != 0 || (*count > 1 &&
		    compare_project_topic_keys(r - 1, r) >= 0);
	}
	if ((err = stmt_finish(&st)) != NULL || !merge)
		return err;
	if (*count > 1)
		qsort(*rows, *count, sizeof(**rows),
		    compare_project_topic_keys);
	for (size_t i = 0; i < *count; i++) {
		if (merged && compare_project_topic_keys(&(*rows)[merged - 1],
		    &(*rows)[i]) == 0)
			(*rows)[merged - 1].minutes += (*rows)[i].minutes;
		else
			(*rows)[merged++] = (*rows)[i];
	}
	*count = merged;
	return NULL;
}

/*
 * The paths of the projects whose path was not given (SPEC §5.1): one
 * pass over their rows of project_topic_total less the sessions after
 * at, summing each project's minutes by the path its topics count for.
 * Sums add up in any order, so nothing is sorted. Projects are in id
 * order.
 */
static struct error *
load_project_paths(sqlite3 *db, struct history *h, bool given_column)
{
	static const char sql_given[] =
	    "SELECT project_id, topic_id, minutes FROM project_topic_total "
	    "WHERE project_id IN (SELECT id FROM project WHERE NOT path_given "
	    "OR path_id IS NULL) "
	    "UNION ALL "
	    "SELECT project_id, topic_id, -sum(minutes) FROM session "
	    "INDEXED BY session_day WHERE day > ?1 AND project_id IS NOT NULL "
	    "GROUP BY 1, 2";
	static const char sql_old[] =
	    "SELECT project_id, topic_id, minutes FROM project_topic_total "
	    "WHERE project_id IN (SELECT id FROM project WHERE path_id IS NULL) "
	    "UNION ALL "
	    "SELECT project_id, topic_id, -sum(minutes) FROM session "
	    "INDEXED BY session_day WHERE day > ?1 AND project_id IS NOT NULL "
	    "GROUP BY 1, 2";
	size_t stride = h->path_count + 1;
	int *by_path = xcalloc(h->project_count * stride + 1, sizeof(int));
	char at[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	day_format(h->at, at);
	if ((err = stmt_prepare(&st, db, "cannot read the projects' topics",
	    given_column ? sql_given : sql_old)) != NULL) {
		free(by_path);
		return err;
	}
	stmt_bind(&st, "t", at);
	while (stmt_step(&st) == STMT_ROW) {
		struct history_project *p = project_by_id(h,
		    sqlite3_column_int64(st.handle, 0));
		int t = topic_index_of_id(h, sqlite3_column_int64(st.handle,
		    1));
		int path = t < 0 ? PATH_UNMAPPED : h->topics[t].path;

		if (p != NULL && !p->path_given && path != PATH_UNMAPPED)
			by_path[(size_t)(p - h->projects) * stride + path] +=
			    sqlite3_column_int(st.handle, 2);
	}
	err = stmt_finish(&st);
	for (size_t i = 0; i < h->project_count && err == NULL; i++)
		err = project_path(db, h, &h->projects[i], &by_path[i * stride]);
	free(by_path);
	return err;
}

/*
 * Each project's most-logged topic (the advice names it), with nothing
 * logged after at (as a rule: at is today): one grouped read of
 * project_topic_total, a row a project (ties: the first in its key
 * order, the lower topic id).
 */
static struct error *
tops_grouped(sqlite3 *db, struct history *h)
{
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read the projects' topics",
	    "SELECT project_id, topic_id, max(minutes) "
	    "FROM project_topic_total GROUP BY project_id")) != NULL)
		return err;
	while (stmt_step(&st) == STMT_ROW) {
		struct history_project *p = project_by_id(h,
		    sqlite3_column_int64(st.handle, 0));
		int t = topic_index_of_id(h, sqlite3_column_int64(st.handle,
		    1));

		if (p != NULL && t >= 0 && sqlite3_column_int(st.handle, 2) > 0)
			p->top_topic = h->topics[t].name;
	}
	return stmt_finish(&st);
}

/* The same as of an earlier at: every row read and merged. */
static struct error *
tops_merged(sqlite3 *db, struct history *h)
{
	int *tops = xcalloc(h->project_count + 1, sizeof(int));
	struct project_topic *rows;
	struct error *err;
	size_t count;

	if ((err = read_project_topics(db, h, &rows, &count)) == NULL) {
		for (size_t i = 0; i < count; i++) {
			struct history_project *p = project_by_id(h,
			    rows[i].project_id);
			int *top = p ? &tops[p - h->projects] : NULL;

			if (p == NULL || rows[i].topic < 0 ||
			    rows[i].minutes <= *top)
				continue;
			*top = rows[i].minutes;
			p->top_topic = h->topics[rows[i].topic].name;
		}
		free(rows);
	}
	free(tops);
	return err;
}

/* Each project's most-logged topic up to at. Projects are in id order. */
static struct error *
load_project_tops(sqlite3 *db, struct history *h)
{
	char at[DAY_TEXT_SIZE];
	struct error *err;
	int64_t after = 0;

	if (h->project_count == 0)
		return NULL;
	day_format(h->at, at);
	if ((err = db_query_int(db, &after, 0, "SELECT EXISTS (SELECT 1 FROM "
	    "day_total WHERE day > ?)", "t", at)) != NULL)
		return err;
	return after ? tops_merged(db, h) : tops_grouped(db, h);
}

static int
compare_projects_by_start(const void *a, const void *b)
{
	const struct history_project *x = a, *y = b;

	if (x->started != y->started)
		return x->started < y->started ? -1 : 1;
	return strcmp(x->name, y->name);
}

/*
 * Every project with its minutes, weeks and path, read in id order and
 * then put in the history's (start day, then name).
 */
static struct error *
load_all_projects(sqlite3 *db, struct history *h)
{
	struct error *err;
	bool given;

	if ((err = has_path_given(db, &given)) == NULL &&
	    (err = load_projects(db, h, given)) == NULL &&
	    (err = load_project_minutes(db, h)) == NULL &&
	    (err = load_project_weeks(db, h)) == NULL &&
	    (err = load_project_paths(db, h, given)) == NULL)
		err = load_project_tops(db, h);
	if (h->project_count > 0)	/* qsort of NULL is undefined */
		qsort(h->projects, h->project_count, sizeof(*h->projects),
		    compare_projects_by_start);
	return err;
}

/* The project with id in a loaded history (in its own order), or NULL. */
static struct history_project *
project_in_history(struct history *h, int64_t id)
{
	for (size_t i = 0; i < h->project_count; i++)
		if (h->projects[i].id == id)
			return &h->projects[i];
	return NULL;
}

/* Hands the merged rows (by project, most minutes first) to projects. */
static void
projects_set_topics(struct history *h, const struct project_topic *rows,
    size_t count)
{
	struct history_project *p = NULL;
	size_t group = 0;

	for (size_t i = 0; i < count; i++) {
		/* Rows come by project: look each project up once. */
		if (i == 0 || rows[i].project_id != rows[i - 1].project_id) {
			p = project_in_history(h, rows[i].project_id);
			group = i;
			while (group < count &&
			    rows[group].project_id == rows[i].project_id)
				group++;
			if (p != NULL)
				p->topics = xcalloc(group - i + 1,
				    sizeof(*p->topics));
		}
		if (p != NULL && rows[i].minutes > 0 && rows[i].topic >= 0)
			p->topics[p->topic_count++] =
			    h->topics[rows[i].topic].name;
	}
}

/*
 * The topics of every project up to at, most minutes first: the all-time
 * project_topic_total (schema 005, in its key order) less the sessions
 * after at.
 */
struct error *
history_load_project_topics(sqlite3 *db, struct history *h)
{
	struct project_topic *rows;
	struct error *err;
	size_t count, group = 0;

	if (h->project_count == 0)
		return NULL;
	if ((err = read_project_topics(db, h, &rows, &count)) != NULL)
		return err;
	/* Each project's topics, most minutes first, sorted on their own. */
	for (size_t i = 1; i <= count; i++)
		if (i == count || rows[i].project_id != rows[group].project_id) {
			qsort(rows + group, i - group, sizeof(*rows),
			    compare_project_topics);
			group = i;
		}
	projects_set_topics(h, rows, count);
	free(rows);
	return NULL;
}

/* Whether each project is substantial (SPEC §4 step 3), once H is known. */
static void
set_substantial(struct history *h)
{
	for (size_t i = 0; i < h->project_count; i++) {
		struct history_project *p = &h->projects[i];

		p->substantial = p->minutes >= h->project_min_minutes &&
		    p->weeks >= 2;
	}
}

/* Counts the projects completed within a span. */
static void
span_count_completed(const struct history *h, struct span *s)
{
	for (size_t i = 0; i < h->project_count; i++)
		if (h->projects[i].completed >= s->from &&
		    h->projects[i].completed <= s->to)
			s->projects_completed++;
}

/* ---------------------------------------------------------------------
 * Windows
 */

/* Adds month i's sums (kept by load_months) to a window's builder. */
static void
span_add_month(struct span_builder *b, const struct history *h,
    const struct span_builder *month)
{
	const struct span *m = month->span;
	struct span *s = b->span;

	s->minutes += m->minutes;
	s->fundamentals += m->fundamentals;
	s->project_sessions += m->project_sessions;
	for (int k = 0; k < KIND_COUNT; k++)
		s->by_kind[k] += m->by_kind[k];
	for (size_t p = 0; p < m->path_count; p++) {
		struct path_minutes *to = span_path(s, m->paths[p].path);

		to->minutes += m->paths[p].minutes;
		to->active += m->paths[p].active;
	}
	for (size_t t = 0; t < h->topic_count; t++)
		b->topic_minutes[t] += month->topic_minutes[t];
}

/*
 * A window of days days ending at at: the months it holds whole (at's
 * own month included) come from what load_months summed; of the month it
 * starts in, the session index gives its days in the window or, when
 * fewer, the days before it to take away from the month's sums.
 */
static struct error *
load_window(sqlite3 *db, struct stmt *stmt, struct history *h,
    const struct span_builder *months, int days, struct span *s)
{
	struct span_builder b;
	struct error *err = NULL;
	int from = h->at - days + 1;

	span_init(s, from, h->at);
	span_builder_init(&b, h, s);
	for (size_t i = 0; i < h->month_count && err == NULL; i++) {
		const struct span *m = &h->months[i];

		if (m->from >= from) {
			span_add_month(&b, h, &months[i]);
		} else if (m->to >= from && m->to - from < from - m->from) {
			err = span_query(db, stmt, h, from, m->to, 1, &b);
		} else if (m->to >= from) {
			/* The shorter read: the month less its days before. */
			span_add_month(&b, h, &months[i]);
			err = span_query(db, stmt, h, m->from, from - 1, -1, &b);
		}
	}
	span_finish(&b, h);
	free(b.topic_minutes);
	if (err == NULL)
		err = span_dominant(db, h, s);
	span_count_completed(h, s);
	return err;
}

/* A deep copy of a span (its paths and their top topics). */
static void
span_copy(struct span *dst, const struct span *src)
{
	*dst = *src;
	dst->paths = xcalloc(src->path_count ? src->path_count : 1,
	    sizeof(*dst->paths));
	for (size_t i = 0; i < src->path_count; i++) {
		dst->paths[i] = src->paths[i];
		if (src->paths[i].top_topic != NULL)
			dst->paths[i].top_topic = xstrdup(src->paths[i].top_topic);
	}
}

/* Every window the rules look at; windows of equal length are read once. */
static struct error *
load_windows(sqlite3 *db, struct stmt *stmt, struct history *h,
    const struct thresholds *th, const struct span_builder *months)
{
	struct {
		int days;
		struct span *span;
	} windows[] = {
		{ th->tutorial_window_days, &h->tutorial_window },
		{ th->scattered_window_days, &h->scattered_window },
		{ th->portfolio_window_days, &h->portfolio_window },
		{ FOCUS_WINDOW_DAYS, &h->focus_window },
		{ RECENT_WINDOW_DAYS, &h->recent_window },
		{ OFF_PATH_WINDOW_DAYS, &h->off_path_window },
	};
	const size_t count = sizeof(windows) / sizeof(windows[0]);
	struct error *err = NULL;

	for (size_t i = 0; i < count && err == NULL; i++) {
		size_t same = 0;

		while (same < i && windows[same].days != windows[i].days)
			same++;
		if (same < i)
			span_copy(windows[i].span, windows[same].span);
		else
			err = load_window(db, stmt, h, months, windows[i].days,
			    windows[i].span);
	}
	return err;
}

/* ---------------------------------------------------------------------
 * The focus streak before the kept months
 */

/* One month's numbers as month_focused_numbers reads them. */
struct month_focus {
	int number;		/* month_number(), -1: none yet */
	int on_path, active, specialization;
};

/* Adds a month_total row to the month being summed. */
static void
month_focus_add(const struct history *h, struct month_focus *m,
    int64_t topic_id, const char *kind, int minutes)
{
	int t = topic_index_of_id(h, topic_id);
	int path = t < 0 ? PATH_UNMAPPED : h->topics[t].path;

	if (path != PATH_UNMAPPED && h->paths[path].fundamentals)
		return;
	m->specialization += minutes;
	if (path != h->current)
		return;
	m->on_path += minutes;
	if (kind_of(kind) != KIND_TUTORIAL)
		m->active += minutes;
}

/*
 * streak_before, when the streak on the current path reaches months[0]:
 * walks month_total (schema 003, in its key order backwards) from the
 * month before it until an unfocused month or a month without sessions.
 * The cost is the length of the streak, not of the history.
 */
static struct error *
load_streak(sqlite3 *db, struct history *h, const struct thresholds *th)
{
	struct month_focus m = { .number = -1 };
	struct stmt st;
	struct error *err;
	char first[8];
	enum stmt_result r;
	int expect;

	if (h->current == PATH_UNMAPPED || h->month_count == 0)
		return NULL;
	for (size_t i = 0; i + 1 < h->month_count; i++)
		if (!month_focused(h, &h->months[i], th))
			return NULL;
	if ((err = stmt_prepare(&st, db, "cannot read the focused months",
	    "SELECT month, topic_id, kind, minutes "
	    "FROM month_total WHERE month < ? ORDER BY month DESC")))
		return err;
	range_month_text(h->months[0].from, first);
	stmt_bind(&st, "t", first);
	expect = month_number(first) - 1;
	while ((r = stmt_step(&st)) == STMT_ROW) {
		int number = month_number((const char *)
		    sqlite3_column_text(st.handle, 0));

		if (number != m.number && m.number >= 0) {
			if (!month_focused_numbers(h, th, m.on_path, m.active,
			    m.specialization))
				break;
			h->streak_before++;
			expect = m.number - 1;
			m = (struct month_focus){ .number = -1 };
		}
		/* A month without sessions breaks the streak. */
		if (m.number < 0 && number != expect)
			break;
		m.number = number;
		month_focus_add(h, &m, sqlite3_column_int64(st.handle, 1),
		    (const char *)sqlite3_column_text(st.handle, 2),
		    sqlite3_column_int(st.handle, 3));
	}
	if (r == STMT_DONE && m.number >= 0 && month_focused_numbers(h, th,
	    m.on_path, m.active, m.specialization))
		h->streak_before++;
	return stmt_finish(&st);
}

/* ---------------------------------------------------------------------
 * What only the findings read (SPEC §5), after the rest of the history:
 * they use the topics' homes, areas and totals by kind that load_topics
 * and load_totals filled. Every read is a summary table or a bounded
 * range of the session_day index, never all sessions.
 */

/*
 * The topic with most minutes on the last session's day (load_days
 * found the day; the session index of that one day).
 */
static struct error *
load_last_session(sqlite3 *db, struct history *h)
{
	char last[DAY_TEXT_SIZE];
	struct stmt st;
	struct error *err;

	h->last_topic = -1;
	if (h->last_day == DAY_NONE)
		return NULL;
	day_format(h->last_day, last);
	if ((err = stmt_prepare(&st, db, "cannot read the last session",
	    "SELECT topic_id FROM session "
	    "INDEXED BY session_day WHERE day = ? GROUP BY topic_id "
	    "ORDER BY sum(minutes) DESC, topic_id LIMIT 1")) != NULL)
		return err;
	stmt_bind(&st, "t", last);
	if (stmt_step(&st) == STMT_ROW)
		h->last_topic = topic_index_of_id(h,
		    sqlite3_column_int64(st.handle, 0));
	return stmt_finish(&st);
}

/*
 * The memorization window (memorization.window-days up to at): all its
 * minutes, and each topic's tutorial and study minutes, from the shared
 * range query (whole months from month_total, the edges from the index).
 */
static struct error *
load_memorization(sqlite3 *db, struct history *h,
    const struct thresholds *th)
{
	struct stmt st;
	struct error *err;

	h->memorization_from = h->at - (th->memorization_window_days - 1);
	h->memorization_minutes = 0;
	free(h->memorization_learning);
	h->memorization_learning = xcalloc(h->topic_count + 1, sizeof(int));
	if ((err = range_prepare(db, "cannot sum the memorization window",
	    &st)) != NULL)
		return err;
	range_bind(&st, h->memorization_from, h->at);
	while (stmt_step(&st) == STMT_ROW) {
		int t = topic_index_of_id(h, sqlite3_column_int64(st.handle,
		    0));
		int minutes = sqlite3_column_int(st.handle, 2);
		enum kind k = KIND_STUDY;

		error_free(kind_parse((const char *)
		    sqlite3_column_text(st.handle, 1), &k));
		h->memorization_minutes += minutes;
		if (t >= 0 && k != KIND_PROJECT)
			h->memorization_learning[t] += minutes;
	}
	return stmt_finish(&st);
}

/*
 * The current path's prerequisite topics, in name order, and which
 * topics are a prerequisite of any path (a few rows: the catalog's).
 */
static struct error *
load_prerequisites(sqlite3 *db, struct history *h)
{
	struct stmt st;
	struct error *err;

	h->prerequisite_count = 0;
	free(h->prerequisite_any);
	h->prerequisite_any = xcalloc(h->topic_count + 1, sizeof(bool));
	if ((err = stmt_prepare(&st, db, "cannot read the prerequisites",
	    "SELECT p.topic_id, p.path_id FROM "
	    "path_prerequisite p JOIN topic t ON t.id = p.topic_id "
	    "ORDER BY t.name")) != NULL)
		return err;
	while (stmt_step(&st) == STMT_ROW) {
		int t = topic_index_of_id(h, sqlite3_column_int64(st.handle,
		    0));

		if (t < 0)
			continue;
		h->prerequisite_any[t] = true;
		if (h->current == PATH_UNMAPPED || path_index_of_id(h,
		    sqlite3_column_int64(st.handle, 1)) != h->current)
			continue;
		h->prerequisites = xrealloc(h->prerequisites,
		    (h->prerequisite_count + 1) * sizeof(*h->prerequisites));
		h->prerequisites[h->prerequisite_count++] = t;
	}
	return stmt_finish(&st);
}

/* A day as text, and a month's first and last days within [.., at]. */
struct month_range {
	char from[DAY_TEXT_SIZE];
	char to[DAY_TEXT_SIZE];
};

static void
month_range_of(int month_start, int at, struct month_range *m)
{
	int end = day_add_months(month_start, 1) - 1;

	day_format(month_start, m->from);
	day_format(end < at ? end : at, m->to);
}

/*
 * Of the sessions of days [m->from, m->to] (the session_day index),
 * those of open work (sql: name and newest day, newest first, one row):
 * sets *r when there is one. *found says whether there was.
 */
static struct error *
resume_in_month(sqlite3 *db, const char *sql, const struct month_range *m,
    const char *at, bool project, struct history_resume *r, bool *found)
{
	struct stmt st;
	struct error *err;
	int day = DAY_NONE;

	*found = false;
	if ((err = stmt_prepare(&st, db, "cannot read the open work",
	    sql)) != NULL)
		return err;
	stmt_bind(&st, "ttt", m->from, m->to, at);
	if (stmt_step(&st) == STMT_ROW &&
	    day_parse_iso((const char *)sqlite3_column_text(st.handle, 1),
	    &day)) {
		free(r->name);
		r->name = db_column_strdup(st.handle, 0);
		r->project = project;
		r->day = day;
		*found = true;
	}
	return stmt_finish(&st);
}

/*
 * The newest month up to bound ('YYYY-MM') in which an open project has
 * sessions, from project_total; DAY_NONE (as *month) when none.
 */
static struct error *
open_project_month(sqlite3 *db, const char *at, const char *bound,
    int *month)
{
	struct stmt st;
	struct error *err;
	char text[DAY_TEXT_SIZE + 3];

	*month = DAY_NONE;
	if ((err = stmt_prepare(&st, db, "cannot read the projects",
	    "SELECT max(t.month) FROM project_total t "
	    "JOIN project p ON p.id = t.project_id WHERE p.started <= ?1 AND "
	    "(p.completed IS NULL OR p.completed > ?1) AND t.month <= ?2")))
		return err;
	stmt_bind(&st, "tt", at, bound);
	if (stmt_step(&st) == STMT_ROW &&
	    sqlite3_column_type(st.handle, 0) != SQLITE_NULL) {
		snprintf(text, sizeof(text), "%s-01",
		    (const char *)sqlite3_column_text(st.handle, 0));
		day_parse_iso(text, month);
	}
	return stmt_finish(&st);
}

/*
 * The open project last worked on up to at: project_total names the
 * newest month with such sessions, the session index of that month the
 * day (an earlier month when all of it lies after at).
 */
static struct error *
resume_project(sqlite3 *db, const struct history *h, const char *at,
    struct history_resume *r)
{
	static const char sql[] =
	    "SELECT p.name, max(s.day) AS last FROM session s "
	    "INDEXED BY session_day JOIN project p ON p.id = s.project_id "
	    "WHERE s.day BETWEEN ?1 AND ?2 AND p.started <= ?3 AND "
	    "(p.completed IS NULL OR p.completed > ?3) "
	    "GROUP BY p.id ORDER BY last DESC, p.name LIMIT 1";
	struct month_range m;
	struct error *err;
	char bound[8];
	bool found = false;
	int month;

	range_month_text(h->at, bound);
	while (!found) {
		if ((err = open_project_month(db, at, bound, &month)) != NULL ||
		    month == DAY_NONE)
			return err;
		month_range_of(month, h->at, &m);
		if ((err = resume_in_month(db, sql, &m, at, true, r, &found)))
			return err;
		range_month_text(month - 1, bound);
	}
	return NULL;
}

/* Whether an unfinished tutorial has a session up to at. */
static struct error *
open_tutorial_exists(sqlite3 *db, const char *at, bool *exists)
{
	struct stmt st;
	struct error *err;

	*exists = false;
	if ((err = stmt_prepare(&st, db, "cannot read the tutorials",
	    "SELECT EXISTS (SELECT 1 FROM tutorial t "
	    "WHERE (t.completed IS NULL OR t.completed > ?1) AND EXISTS "
	    "(SELECT 1 FROM session s WHERE s.tutorial_id = t.id AND "
	    "s.day <= ?1))")) != NULL)
		return err;
	stmt_bind(&st, "t", at);
	if (stmt_step(&st) == STMT_ROW)
		*exists = sqlite3_column_int(st.handle, 0) != 0;
	return stmt_finish(&st);
}

/*
 * The unfinished tutorial last worked on, when newer than *r's project:
 * the months from the last session's back to that project's, newest
 * first, through the session index; the first month with such a session
 * holds the answer. Tutorials have no summary by month, so this reads
 * the months between the two, and only when such a tutorial exists.
 */
static struct error *
resume_tutorial(sqlite3 *db, const struct history *h, const char *at,
    struct history_resume *r)
{
	static const char sql[] =
	    "SELECT t.title, max(s.day) AS last FROM session s "
	    "INDEXED BY session_day JOIN tutorial t ON t.id = s.tutorial_id "
	    "WHERE s.day BETWEEN ?1 AND ?2 AND (t.completed IS NULL OR "
	    "t.completed > ?3) "
	    "GROUP BY t.id ORDER BY last DESC, t.title LIMIT 1";
	struct history_resume tutorial = { .day = DAY_NONE };
	int stop = r->day != DAY_NONE ? r->day : h->first_day;
	struct month_range m;
	struct error *err;
	bool exists, found = false;

	if ((err = open_tutorial_exists(db, at, &exists)) != NULL || !exists)
		return err;
	for (int month = day_month_start(h->last_day); !found &&
	    day_add_months(month, 1) - 1 >= stop;
	    month = day_add_months(month, -1)) {
		month_range_of(month, h->last_day, &m);
		if ((err = resume_in_month(db, sql, &m, at, false, &tutorial,
		    &found)) != NULL)
			break;
	}
	if (found && (r->day == DAY_NONE || tutorial.day > r->day)) {
		free(r->name);
		*r = tutorial;
	} else {
		free(tutorial.name);
	}
	return err;
}

/*
 * stalled (SPEC §5): the open project or unfinished tutorial with the
 * most recent session (a tie goes to the project), read only while no
 * session falls in the last stalled.days days (the only time the finding
 * names it).
 */
static struct error *
load_resume(sqlite3 *db, struct history *h, const struct thresholds *th)
{
	char at[DAY_TEXT_SIZE];
	struct error *err;

	free(h->resume.name);
	memset(&h->resume, 0, sizeof(h->resume));
	h->resume.day = DAY_NONE;
	if (h->last_day == DAY_NONE ||
	    h->at - h->last_day < th->stalled_days)
		return NULL;
	day_format(h->at, at);
	if ((err = resume_project(db, h, at, &h->resume)) != NULL)
		return err;
	return resume_tutorial(db, h, at, &h->resume);
}

/* Everything above, after the rest of the history is loaded. */
static struct error *
load_findings_v2(sqlite3 *db, struct history *h, const struct thresholds *th)
{
	struct error *err;

	if ((err = load_prerequisites(db, h)) != NULL)
		return err;
	if (h->first_day == DAY_NONE)
		return NULL;
	if ((err = load_last_session(db, h)) != NULL ||
	    (err = load_memorization(db, h, th)) != NULL)
		return err;
	return load_resume(db, h, th);
}

/* ---------------------------------------------------------------------
 * The whole history
 */

void
history_init(struct history *h)
{
	memset(h, 0, sizeof(*h));
	h->first_day = DAY_NONE;
	h->last_day = DAY_NONE;
	h->current = PATH_UNMAPPED;
	h->memorization_from = DAY_NONE;
	h->last_topic = -1;
	h->resume.day = DAY_NONE;
}

/* Paths, path choices and topics: what every assignment needs. */
static struct error *
load_catalog(sqlite3 *db, struct history *h)
{
	struct error *err;

	if ((err = load_paths(db, h)) != NULL ||
	    (err = load_choices(db, h)) != NULL)
		return err;
	return load_topics(db, h);
}

struct error *
history_load(sqlite3 *db, int at, const struct thresholds *th,
    struct history *h)
{
	struct span_builder *months = NULL;
	struct stmt range = { .handle = NULL };
	struct error *err;

	history_init(h);
	h->at = at;
	if ((err = load_catalog(db, h)) != NULL ||
	    (err = load_days(db, h)) != NULL ||
	    (err = load_totals(db, h)) != NULL ||
	    (err = load_all_projects(db, h)) != NULL ||
	    (err = load_months(db, h, th, &months)) != NULL)
		goto done;
	load_pace(h, th);
	set_substantial(h);
	if ((err = load_streak(db, h, th)) != NULL)
		goto done;
	for (size_t i = 0; i < h->month_count; i++)
		span_count_completed(h, &h->months[i]);
	if ((err = load_windows(db, &range, h, th, months)) == NULL)
		err = load_findings_v2(db, h, th);
done:
	for (size_t i = 0; months != NULL && i < h->month_count; i++)
		free(months[i].topic_minutes);
	free(months);
	/* Its error, if any, came back from load_windows already. */
	error_free(stmt_finish(&range));
	if (err != NULL)
		history_release(h);
	return err;
}

struct error *
history_load_projects(sqlite3 *db, int at, struct history *h)
{
	struct error *err;

	history_init(h);
	h->at = at;
	if ((err = load_catalog(db, h)) != NULL ||
	    (err = load_all_projects(db, h)) != NULL)
		history_release(h);
	return err;
}

void
history_release(struct history *h)
{
	for (size_t i = 0; i < h->path_count; i++)
		free(h->paths[i].slug);
	free(h->paths);
	for (size_t i = 0; i < h->topic_count; i++)
		free(h->topics[i].name);
	free(h->topics);
	free(h->topic_index);
	for (size_t i = 0; i < h->month_count; i++)
		span_release(&h->months[i]);
	free(h->months);
	span_release(&h->tutorial_window);
	span_release(&h->scattered_window);
	span_release(&h->portfolio_window);
	span_release(&h->focus_window);
	span_release(&h->recent_window);
	span_release(&h->off_path_window);
	free(h->memorization_learning);
	free(h->prerequisites);
	free(h->prerequisite_any);
	free(h->resume.name);
	free(h->choices);
	for (size_t i = 0; i < h->project_count; i++) {
		struct history_project *p = &h->projects[i];

		free(p->name);
		free(p->url);
		free(p->topics);
	}
	free(h->projects);
	history_init(h);
}
