/*
 * Loading a history: the only part of the analysis that runs SQL. Whole
 * months come from the month_total summary (kept by triggers), the ragged
 * edges of a range from the session_day index, so the cost follows the
 * number of months and topics, not the number of sessions.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "date.h"
#include "db.h"
#include "history.h"
#include "range.h"
#include "session.h"
#include "settings.h"

/* Calendar months up to at's always kept in detail: path-hopping's 12. */
#define RECENT_MONTHS 12
#define FOCUS_WINDOW_DAYS 182	/* portfolio Focus */
#define RECENT_WINDOW_DAYS 90	/* the suggested path */

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

static void
span_add(struct span_builder *b, const struct history *h, int64_t topic_id,
    const char *kind, int minutes, int sessions)
{
	struct span *s = b->span;
	int topic = topic_index_of_id(h, topic_id);
	int path = topic < 0 ? PATH_UNMAPPED : h->topics[topic].path;
	enum kind k = KIND_STUDY;

	error_free(kind_parse(kind ? kind : "", &k));
	s->minutes += minutes;
	s->by_kind[k] += minutes;
	if (k == KIND_PROJECT)
		s->project_sessions += sessions;
	if (path != PATH_UNMAPPED && h->paths[path].fundamentals) {
		s->fundamentals += minutes;
		return;
	}
	span_path(s, path)->minutes += minutes;
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
	for (size_t i = 0, kept = 0; i < s->path_count; i++) {
		if (s->paths[i].minutes != 0)
			s->paths[kept++] = s->paths[i];
		else
			free(s->paths[i].top_topic);
		if (i + 1 == s->path_count)
			s->path_count = kept;
	}
	if (s->path_count > 1)
		qsort(s->paths, s->path_count, sizeof(*s->paths),
		    compare_path_minutes);
}

/* ---------------------------------------------------------------------
 * Queries
 */

/* Picks the dominant specialization path; ties go to the one logged first. */
static struct error *
span_dominant(sqlite3 *db, const struct history *h, struct span *s)
{
	static const char sql[] =
	    "SELECT t.path_id FROM session s JOIN topic t ON t.id = s.topic_id "
	    "WHERE s.day BETWEEN ? AND ? AND t.path_id IS NOT NULL "
	    "ORDER BY s.day, s.start, s.id";
	char from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE];
	sqlite3_stmt *stmt;
	struct error *err;
	int best = -1, tied = 0;

	for (size_t i = 0; i < s->path_count; i++) {
		if (s->paths[i].path == PATH_UNMAPPED || s->paths[i].minutes == 0)
			continue;
		if (best < 0)
			best = (int)i;
		else if (s->paths[i].minutes == s->paths[best].minutes)
			tied++;
	}
	s->dominant = best < 0 ? PATH_UNMAPPED : s->paths[best].path;
	if (tied == 0)
		return NULL;
	day_format(s->from, from);
	day_format(s->to, to);
	if ((err = db_prepare(db, sql, &stmt)) != NULL)
		return err;
	db_bind(stmt, "tt", from, to);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		int path = path_index_of_id(h, sqlite3_column_int64(stmt, 0));

		if (path != PATH_UNMAPPED && !h->paths[path].fundamentals &&
		    span_path_minutes(s, path) == s->paths[best].minutes) {
			s->dominant = path;
			break;
		}
	}
	sqlite3_finalize(stmt);
	return NULL;
}

/*
 * Adds (sign 1) or takes away (sign -1) the rows of days [from, to] to or
 * from a builder with the shared range query, prepared once into
 * *stmt_cache (the caller finalizes it).
 */
static struct error *
span_query(sqlite3 *db, sqlite3_stmt **stmt_cache, const struct history *h,
    int from, int to, int sign, struct span_builder *b)
{
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	if (to < from)
		return NULL;
	if (*stmt_cache == NULL &&
	    (err = range_prepare(db, stmt_cache)) != NULL)
		return err;
	stmt = *stmt_cache;
	sqlite3_reset(stmt);
	range_bind(stmt, from, to);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		span_add(b, h, sqlite3_column_int64(stmt, 0),
		    (const char *)sqlite3_column_text(stmt, 1),
		    sign * sqlite3_column_int(stmt, 2),
		    sign * sqlite3_column_int(stmt, 3));
	if (rc != SQLITE_DONE)
		return db_error(db, "cannot sum the history");
	return NULL;
}

static struct error *
load_paths(sqlite3 *db, struct history *h)
{
	sqlite3_stmt *stmt;
	struct error *err;

	if ((err = db_prepare(db, "SELECT id, slug, fundamentals FROM path "
	    "ORDER BY position, slug", &stmt)) != NULL)
		return err;
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		struct history_path *p;

		h->paths = xrealloc(h->paths, (h->path_count + 1) *
		    sizeof(*h->paths));
		p = &h->paths[h->path_count++];
		p->id = sqlite3_column_int64(stmt, 0);
		p->slug = db_column_strdup(stmt, 1);
		p->fundamentals = sqlite3_column_int(stmt, 2) != 0;
	}
	sqlite3_finalize(stmt);
	return NULL;
}

/*
 * Every topic with its path, in name order, and an index from topic id
 * to position so the loaders map summary rows without joins.
 */
static struct error *
load_topics(sqlite3 *db, struct history *h)
{
	sqlite3_stmt *stmt;
	struct error *err;
	int64_t max_id = 0;

	if ((err = db_prepare(db, "SELECT id, name, path_id FROM topic "
	    "ORDER BY name", &stmt)) != NULL)
		return err;
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		struct history_topic *t;

		h->topics = xrealloc(h->topics, (h->topic_count + 1) *
		    sizeof(*h->topics));
		t = &h->topics[h->topic_count++];
		t->id = sqlite3_column_int64(stmt, 0);
		t->name = db_column_strdup(stmt, 1);
		t->path = sqlite3_column_type(stmt, 2) == SQLITE_NULL ?
		    PATH_UNMAPPED : path_index_of_id(h,
		    sqlite3_column_int64(stmt, 2));
		if (t->id > max_id)
			max_id = t->id;
	}
	sqlite3_finalize(stmt);
	h->topic_index_size = (size_t)max_id + 1;
	h->topic_index = xmalloc(h->topic_index_size * sizeof(int));
	for (size_t i = 0; i < h->topic_index_size; i++)
		h->topic_index[i] = -1;
	for (size_t i = 0; i < h->topic_count; i++)
		h->topic_index[h->topics[i].id] = (int)i;
	return NULL;
}

static struct error *
load_choices(sqlite3 *db, struct history *h)
{
	char at[DAY_TEXT_SIZE];
	sqlite3_stmt *stmt;
	struct error *err;

	day_format(h->at, at);
	if ((err = db_prepare(db, "SELECT day, path_id FROM path_choice "
	    "WHERE day <= ? ORDER BY day, id", &stmt)) != NULL)
		return err;
	db_bind(stmt, "t", at);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		struct path_choice_entry *c;

		h->choices = xrealloc(h->choices, (h->choice_count + 1) *
		    sizeof(*h->choices));
		c = &h->choices[h->choice_count++];
		day_parse_iso((const char *)sqlite3_column_text(stmt, 0), &c->day);
		c->path = path_index_of_id(h, sqlite3_column_int64(stmt, 1));
	}
	sqlite3_finalize(stmt);
	h->current = h->choice_count ?
	    h->choices[h->choice_count - 1].path : PATH_UNMAPPED;
	return NULL;
}

/*
 * The first session's day and the distinct ISO weeks with sessions up to
 * at: from day_total's first row and week_total's count (schema 005), so
 * the cost does not grow with the years of history.
 */
static struct error *
load_days(sqlite3 *db, struct history *h)
{
	static const char sql[] =
	    "SELECT (SELECT day FROM day_total WHERE day <= ?1 ORDER BY day "
	    "LIMIT 1), (SELECT count(*) FROM week_total WHERE week < ?2), "
	    "EXISTS (SELECT 1 FROM day_total WHERE day BETWEEN ?2 AND ?1)";
	char at[DAY_TEXT_SIZE], week[DAY_TEXT_SIZE];
	sqlite3_stmt *stmt;
	struct error *err;

	day_format(h->at, at);
	day_format(day_week_start(h->at), week);
	if ((err = db_prepare(db, sql, &stmt)) != NULL)
		return err;
	db_bind(stmt, "tt", at, week);
	if (sqlite3_step(stmt) == SQLITE_ROW &&
	    sqlite3_column_type(stmt, 0) != SQLITE_NULL) {
		day_parse_iso((const char *)sqlite3_column_text(stmt, 0),
		    &h->first_day);
		h->active_weeks = sqlite3_column_int(stmt, 1) +
		    sqlite3_column_int(stmt, 2);
	}
	sqlite3_finalize(stmt);
	return NULL;
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
	sqlite3_stmt *stmt;
	struct error *err;

	if (h->first_day == DAY_NONE)
		return NULL;
	range_month_text(h->at, month);
	day_format(h->at, at);
	/* The month's last day: the next month's first may be 10000-01-01. */
	day_format(day_add_months(h->at, 1) - 1, month_end);
	if ((err = db_prepare(db, sql, &stmt)) != NULL)
		return err;
	span_init(&all, h->first_day, h->at);
	span_builder_init(&b, h, &all);
	db_bind(stmt, "ttt", month, at, month_end);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		int sign = sqlite3_column_int(stmt, 4);

		span_add(&b, h, sqlite3_column_int64(stmt, 0),
		    (const char *)sqlite3_column_text(stmt, 1),
		    sign * sqlite3_column_int(stmt, 2),
		    sign * sqlite3_column_int(stmt, 3));
	}
	sqlite3_finalize(stmt);
	h->total_minutes = all.minutes;
	h->fundamentals_minutes = all.fundamentals;
	h->tutorial_minutes = all.by_kind[KIND_TUTORIAL];
	h->project_sessions = all.project_sessions;
	free(b.topic_minutes);
	span_release(&all);
	return NULL;
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
static int
nothing_after(sqlite3 *db, int at)
{
	char day[DAY_TEXT_SIZE], month_end[DAY_TEXT_SIZE];
	sqlite3_stmt *stmt;
	struct error *err;
	int nothing = 0;

	day_format(at, day);
	day_format(day_add_months(at, 1) - 1, month_end);
	if ((err = db_prepare(db, "SELECT NOT EXISTS (SELECT 1 FROM day_total "
	    "WHERE day > ? AND day <= ?)", &stmt)) != NULL) {
		error_free(err);
		return 0;
	}
	db_bind(stmt, "tt", day, month_end);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		nothing = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return nothing;
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
 * The first month kept in detail: RECENT_MONTHS calendar months up to
 * at's, earlier when a window starts earlier, never before the first
 * session's month.
 */
static int
first_kept_month(const struct history *h, const struct thresholds *th)
{
	int from = day_add_months(h->at, 1 - RECENT_MONTHS);
	int window = day_month_start(h->at - widest_window(th) + 1);
	int first = day_month_start(h->first_day);

	if (window < from)
		from = window;
	return from < first ? first : from;
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
	struct error *err = NULL;
	sqlite3_stmt *stmt;
	int base, start;

	*kept = NULL;
	if (h->first_day == DAY_NONE)
		return NULL;
	start = first_kept_month(h, th);
	for (int m = start; m <= h->at; m = day_add_months(m, 1))
		h->month_count++;
	h->months = xcalloc(h->month_count, sizeof(*h->months));
	builders = xcalloc(h->month_count, sizeof(*builders));
	for (size_t i = 0; i < h->month_count; i++) {
		int from = day_add_months(start, (int)i);
		int end = day_add_months(from, 1) - 1;

		span_init(&h->months[i], from, end < h->at ? end : h->at);
		span_builder_init(&builders[i], h, &h->months[i]);
	}
	range_month_text(start, kept_from);
	base = month_number(kept_from);
	range_month_text(h->at, month);
	day_format(day_month_start(h->at), first);
	day_format(h->at, at);
	if ((err = db_prepare(db, sql, &stmt)) == NULL) {
		db_bind(stmt, "tttti", month, first, at, kept_from,
		    nothing_after(db, h->at));
		while (sqlite3_step(stmt) == SQLITE_ROW) {
			int i = month_number((const char *)
			    sqlite3_column_text(stmt, 0)) - base;

			if (i >= 0 && (size_t)i < h->month_count)
				span_add(&builders[i], h,
				    sqlite3_column_int64(stmt, 1),
				    (const char *)sqlite3_column_text(stmt, 2),
				    sqlite3_column_int(stmt, 3),
				    sqlite3_column_int(stmt, 4));
		}
		sqlite3_finalize(stmt);
	}
	for (size_t i = 0; i < h->month_count; i++) {
		struct span *s = &h->months[i];

		span_finish(&builders[i], h);
		if (err == NULL)
			err = span_dominant(db, h, s);
	}
	*kept = builders;
	return err;
}

/* Projects started up to at, with their minutes and topics up to at. */
static struct error *
load_projects(sqlite3 *db, struct history *h)
{
	char at[DAY_TEXT_SIZE];
	sqlite3_stmt *stmt;
	struct error *err;

	day_format(h->at, at);
	if ((err = db_prepare(db, "SELECT id, name, path_id, started, "
	    "completed, url FROM project WHERE started <= ? "
	    "ORDER BY started, name", &stmt)) != NULL)
		return err;
	db_bind(stmt, "t", at);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		struct history_project *p;
		const char *completed = (const char *)sqlite3_column_text(stmt, 4);

		h->projects = xrealloc(h->projects, (h->project_count + 1) *
		    sizeof(*h->projects));
		p = &h->projects[h->project_count++];
		memset(p, 0, sizeof(*p));
		p->name = db_column_strdup(stmt, 1);
		p->path = sqlite3_column_type(stmt, 2) == SQLITE_NULL ?
		    PATH_UNMAPPED : path_index_of_id(h,
		    sqlite3_column_int64(stmt, 2));
		day_parse_iso((const char *)sqlite3_column_text(stmt, 3),
		    &p->started);
		p->completed = DAY_NONE;
		if (completed && day_parse_iso(completed, &p->completed) &&
		    p->completed > h->at)
			p->completed = DAY_NONE;
		p->url = db_column_strdup(stmt, 5);
		p->id = sqlite3_column_int64(stmt, 0);
	}
	sqlite3_finalize(stmt);
	return NULL;
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

static struct history_project *
project_by_id(struct history *h, int64_t id)
{
	for (size_t i = 0; i < h->project_count; i++)
		if (h->projects[i].id == id)
			return &h->projects[i];
	return NULL;
}

/*
 * Hands the summed rows to their projects. Rows come grouped by project
 * (the summary's key order) unless merge: the rows after at must then be
 * added to their project's topic first.
 */
static void
projects_set_topics(struct history *h, struct project_topic *rows,
    size_t count, bool merge)
{
	struct history_project *p = NULL;
	size_t merged = 0, group = 0;

	if (merge) {
		qsort(rows, count, sizeof(*rows), compare_project_topic_keys);
		for (size_t i = 0; i < count; i++) {
			if (merged && compare_project_topic_keys(
			    &rows[merged - 1], &rows[i]) == 0)
				rows[merged - 1].minutes += rows[i].minutes;
			else
				rows[merged++] = rows[i];
		}
		count = merged;
	}
	/* Each project's topics, most minutes first, sorted on their own. */
	for (size_t i = 1; i <= count; i++)
		if (i == count || rows[i].project_id != rows[group].project_id) {
			qsort(rows + group, i - group, sizeof(*rows),
			    compare_project_topics);
			group = i;
		}
	for (size_t i = 0; i < count; i++) {
		/* Rows come by project: look each project up once. */
		if (i == 0 || rows[i].project_id != rows[i - 1].project_id)
			p = project_by_id(h, rows[i].project_id);
		if (p == NULL || rows[i].minutes == 0)
			continue;
		if ((p->topic_count & (p->topic_count - 1)) == 0)
			p->topics = xrealloc(p->topics, (p->topic_count ?
			    p->topic_count * 2 : 1) * sizeof(*p->topics));
		p->topics[p->topic_count++] = rows[i].topic >= 0 ?
		    h->topics[rows[i].topic].name : "?";
	}
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
	sqlite3_stmt *stmt;
	struct error *err;

	if (h->project_count == 0)
		return NULL;
	day_format(h->at, at);
	if ((err = db_prepare(db, sql, &stmt)) != NULL)
		return err;
	db_bind(stmt, "t", at);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		struct history_project *p = project_by_id(h,
		    sqlite3_column_int64(stmt, 0));

		if (p != NULL)
			p->minutes += sqlite3_column_int(stmt, 1);
	}
	sqlite3_finalize(stmt);
	return NULL;
}

/*
 * The topics of every project up to at, most minutes first: the all-time
 * project_topic_total (schema 005, in its key order) less the sessions
 * after at.
 */
struct error *
history_load_project_topics(sqlite3 *db, struct history *h)
{
	static const char sql[] =
	    "SELECT project_id, topic_id, minutes, 0 FROM project_topic_total "
	    "UNION ALL "
	    "SELECT project_id, topic_id, -sum(minutes), 1 FROM session "
	    "INDEXED BY session_day WHERE day > ?1 AND project_id IS NOT NULL "
	    "GROUP BY 1, 2";
	char at[DAY_TEXT_SIZE];
	struct project_topic *rows = NULL;
	size_t count = 0, cap = 0;
	sqlite3_stmt *stmt;
	struct error *err;
	bool merge = false;

	if (h->project_count == 0)
		return NULL;
	day_format(h->at, at);
	if ((err = db_prepare(db, sql, &stmt)) != NULL)
		return err;
	db_bind(stmt, "t", at);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		if (count == cap) {
			cap = cap ? cap * 2 : 64;
			rows = xrealloc(rows, cap * sizeof(*rows));
		}
		rows[count].project_id = sqlite3_column_int64(stmt, 0);
		rows[count].topic = topic_index_of_id(h,
		    sqlite3_column_int64(stmt, 1));
		rows[count].minutes = sqlite3_column_int(stmt, 2);
		/* Rows after at, or out of project order, are merged. */
		merge |= sqlite3_column_int(stmt, 3) != 0 || (count > 0 &&
		    rows[count - 1].project_id > rows[count].project_id);
		count++;
	}
	sqlite3_finalize(stmt);
	projects_set_topics(h, rows, count, merge);
	free(rows);
	return NULL;
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
	for (size_t p = 0; p < m->path_count; p++)
		span_path(s, m->paths[p].path)->minutes += m->paths[p].minutes;
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
load_window(sqlite3 *db, sqlite3_stmt **stmt, struct history *h,
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

/*
 * Whether no month of months[0..count-2] breaks a streak on path (the
 * last, at's month, never does).
 */
static bool
kept_months_unbroken(const struct history *h, int path,
    const struct thresholds *th)
{
	for (size_t i = 0; i + 1 < h->month_count; i++)
		if (!month_focused(&h->months[i], path, th))
			return false;
	return true;
}

/* One month of month_path_total as focus needs it. */
struct month_paths {
	int number;		/* month_number() */
	int minutes, fundamentals;
	int *on_path;		/* by path index */
};

/* Counts month m for every path whose streak is alive; false: none is. */
static bool
streaks_step(struct history *h, const struct thresholds *th, bool *alive,
    const struct month_paths *m)
{
	bool any = false;

	for (size_t p = 0; p < h->path_count; p++) {
		int on = m->on_path[p];
		int specialization = m->minutes - m->fundamentals;

		if (!alive[p])
			continue;
		alive[p] = on >= th->focus_month_hours * 60 &&
		    (long)on * 100 >= (long)th->focus_share * specialization;
		h->streak_before[p] += alive[p];
		any |= alive[p];
	}
	return any;
}

/*
 * streak_before for every path whose streak reaches months[0]: walks
 * month_path_total (schema 005) back from the month before it, a few rows
 * a month, until every such streak is broken by an unfocused month or a
 * month without sessions. The cost is the longest streak, not the history.
 */
static struct error *
load_streaks(sqlite3 *db, struct history *h, const struct thresholds *th)
{
	bool *alive = xcalloc(h->path_count + 1, sizeof(bool));
	struct month_paths m = { .number = -1 };
	sqlite3_stmt *stmt;
	struct error *err;
	char first[8];
	bool any = false;
	int expect;

	h->streak_before = xcalloc(h->path_count + 1, sizeof(int));
	for (size_t p = 0; p < h->path_count && h->month_count > 0; p++)
		any |= alive[p] = !h->paths[p].fundamentals &&
		    kept_months_unbroken(h, (int)p, th);
	if (!any || (err = db_prepare(db, "SELECT month, path_id, minutes "
	    "FROM month_path_total WHERE month < ? ORDER BY month DESC",
	    &stmt)) != NULL) {
		free(alive);
		return any ? err : NULL;
	}
	m.on_path = xcalloc(h->path_count + 1, sizeof(int));
	range_month_text(h->months[0].from, first);
	db_bind(stmt, "t", first);
	expect = month_number(first) - 1;
	while (any && sqlite3_step(stmt) == SQLITE_ROW) {
		int number = month_number((const char *)
		    sqlite3_column_text(stmt, 0));
		int path = path_index_of_id(h, sqlite3_column_int64(stmt, 1));
		int minutes = sqlite3_column_int(stmt, 2);

		if (m.number >= 0 && number != m.number) {
			any = streaks_step(h, th, alive, &m);
			expect = m.number - 1;
			m.number = -1;
			m.minutes = m.fundamentals = 0;
			memset(m.on_path, 0, h->path_count * sizeof(int));
		}
		/* A month without sessions breaks every streak. */
		if (m.number < 0 && (!any || number != expect))
			break;
		m.number = number;
		m.minutes += minutes;
		if (path != PATH_UNMAPPED && h->paths[path].fundamentals)
			m.fundamentals += minutes;
		else if (path != PATH_UNMAPPED)
			m.on_path[path] += minutes;
	}
	if (any && m.number >= 0)
		streaks_step(h, th, alive, &m);
	sqlite3_finalize(stmt);
	free(m.on_path);
	free(alive);
	return NULL;
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
load_windows(sqlite3 *db, sqlite3_stmt **stmt, struct history *h,
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
 * findings v2: what only the findings read (SPEC §5). Each loader
 * assigns what it fills, so a field another loader fills as well
 * (history_topic.home, .area, .total_by_kind, history.last_day) ends up
 * the same, whichever runs first. Every read is a summary table or a
 * bounded range of the session_day index, never all sessions.
 */

/* The area of a fundamentals topic's area column (NULL: further). */
static enum topic_area
area_named(const char *text)
{
	static const char *const names[] = { "", "basics", "data-structures",
	    "functions", "classes", "error-handling", "further" };

	for (int i = AREA_BASICS; text != NULL && i <= AREA_FURTHER; i++)
		if (strcmp(text, names[i]) == 0)
			return (enum topic_area)i;
	return AREA_FURTHER;
}

/* Each topic's home path and area (topic.path_id, topic.area). */
static struct error *
load_topic_homes(sqlite3 *db, struct history *h)
{
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	if ((err = db_prepare(db, "SELECT id, path_id, area FROM topic",
	    &stmt)) != NULL)
		return err;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		int t = topic_index_of_id(h, sqlite3_column_int64(stmt, 0));
		struct history_topic *topic;

		if (t < 0)
			continue;
		topic = &h->topics[t];
		topic->home = sqlite3_column_type(stmt, 1) == SQLITE_NULL ?
		    PATH_UNMAPPED : path_index_of_id(h,
		    sqlite3_column_int64(stmt, 1));
		topic->area = topic->home != PATH_UNMAPPED &&
		    h->paths[topic->home].fundamentals ?
		    area_named((const char *)sqlite3_column_text(stmt, 2)) :
		    AREA_NONE;
	}
	err = rc == SQLITE_DONE ? NULL : db_error(db, "cannot read the topics");
	sqlite3_finalize(stmt);
	return err;
}

/*
 * Each topic's minutes by kind up to at: the all-time topic_total less
 * the months after at's (month_total) and the rest of at's month (the
 * session index: nothing, as a rule, when at is today).
 */
static struct error *
load_topic_totals(sqlite3 *db, struct history *h)
{
	static const char sql[] =
	    "SELECT topic_id, kind, minutes FROM topic_total "
	    "UNION ALL "
	    "SELECT topic_id, kind, -minutes FROM month_total WHERE month > ?1 "
	    "UNION ALL "
	    "SELECT topic_id, kind, -sum(minutes) FROM session "
	    "INDEXED BY session_day WHERE day > ?2 AND day <= ?3 GROUP BY 1, 2";
	char month[8], at[DAY_TEXT_SIZE], month_end[DAY_TEXT_SIZE];
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	for (size_t i = 0; i < h->topic_count; i++)
		memset(h->topics[i].total_by_kind, 0,
		    sizeof(h->topics[i].total_by_kind));
	range_month_text(h->at, month);
	day_format(h->at, at);
	day_format(day_add_months(h->at, 1) - 1, month_end);
	if ((err = db_prepare(db, sql, &stmt)) != NULL)
		return err;
	db_bind(stmt, "ttt", month, at, month_end);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		int t = topic_index_of_id(h, sqlite3_column_int64(stmt, 0));
		enum kind k = KIND_STUDY;

		error_free(kind_parse((const char *)sqlite3_column_text(stmt, 1),
		    &k));
		if (t >= 0)
			h->topics[t].total_by_kind[k] +=
			    sqlite3_column_int(stmt, 2);
	}
	err = rc == SQLITE_DONE ? NULL :
	    db_error(db, "cannot sum the topics' minutes");
	sqlite3_finalize(stmt);
	return err;
}

/*
 * The last session's day up to at (day_total's key) and the topic with
 * most minutes on it (the session index of that one day).
 */
static struct error *
load_last_session(sqlite3 *db, struct history *h)
{
	char at[DAY_TEXT_SIZE], last[DAY_TEXT_SIZE];
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	h->last_day = DAY_NONE;
	h->last_topic = -1;
	day_format(h->at, at);
	if ((err = db_prepare(db, "SELECT max(day) FROM day_total "
	    "WHERE day <= ?", &stmt)) != NULL)
		return err;
	db_bind(stmt, "t", at);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW &&
	    sqlite3_column_type(stmt, 0) != SQLITE_NULL)
		day_parse_iso((const char *)sqlite3_column_text(stmt, 0),
		    &h->last_day);
	err = rc == SQLITE_ROW ? NULL : db_error(db, "cannot read the days");
	sqlite3_finalize(stmt);
	if (err != NULL || h->last_day == DAY_NONE)
		return err;
	day_format(h->last_day, last);
	if ((err = db_prepare(db, "SELECT topic_id FROM session "
	    "INDEXED BY session_day WHERE day = ? GROUP BY topic_id "
	    "ORDER BY sum(minutes) DESC, topic_id LIMIT 1", &stmt)) != NULL)
		return err;
	db_bind(stmt, "t", last);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		h->last_topic = topic_index_of_id(h,
		    sqlite3_column_int64(stmt, 0));
	err = rc == SQLITE_ROW || rc == SQLITE_DONE ? NULL :
	    db_error(db, "cannot read the last session");
	sqlite3_finalize(stmt);
	return err;
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
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	h->memorization_from = h->at - (th->memorization_window_days - 1);
	h->memorization_minutes = 0;
	free(h->memorization_learning);
	h->memorization_learning = xcalloc(h->topic_count + 1, sizeof(int));
	if ((err = range_prepare(db, &stmt)) != NULL)
		return err;
	range_bind(stmt, h->memorization_from, h->at);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		int t = topic_index_of_id(h, sqlite3_column_int64(stmt, 0));
		int minutes = sqlite3_column_int(stmt, 2);
		enum kind k = KIND_STUDY;

		error_free(kind_parse((const char *)sqlite3_column_text(stmt, 1),
		    &k));
		h->memorization_minutes += minutes;
		if (t >= 0 && k != KIND_PROJECT)
			h->memorization_learning[t] += minutes;
	}
	err = rc == SQLITE_DONE ? NULL :
	    db_error(db, "cannot sum the memorization window");
	sqlite3_finalize(stmt);
	return err;
}

/*
 * The current path's prerequisite topics, in name order, and which
 * topics are a prerequisite of any path (a few rows: the catalog's).
 */
static struct error *
load_prerequisites(sqlite3 *db, struct history *h)
{
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	h->prerequisite_count = 0;
	free(h->prerequisite_any);
	h->prerequisite_any = xcalloc(h->topic_count + 1, sizeof(bool));
	if ((err = db_prepare(db, "SELECT p.topic_id, p.path_id FROM "
	    "path_prerequisite p JOIN topic t ON t.id = p.topic_id "
	    "ORDER BY t.name", &stmt)) != NULL)
		return err;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		int t = topic_index_of_id(h, sqlite3_column_int64(stmt, 0));

		if (t < 0)
			continue;
		h->prerequisite_any[t] = true;
		if (h->current == PATH_UNMAPPED || path_index_of_id(h,
		    sqlite3_column_int64(stmt, 1)) != h->current)
			continue;
		h->prerequisites = xrealloc(h->prerequisites,
		    (h->prerequisite_count + 1) * sizeof(*h->prerequisites));
		h->prerequisites[h->prerequisite_count++] = t;
	}
	err = rc == SQLITE_DONE ? NULL :
	    db_error(db, "cannot read the prerequisites");
	sqlite3_finalize(stmt);
	return err;
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
	sqlite3_stmt *stmt;
	struct error *err;
	int rc, day = DAY_NONE;

	*found = false;
	if ((err = db_prepare(db, sql, &stmt)) != NULL)
		return err;
	db_bind(stmt, "ttt", m->from, m->to, at);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW &&
	    day_parse_iso((const char *)sqlite3_column_text(stmt, 1), &day)) {
		free(r->name);
		r->name = db_column_strdup(stmt, 0);
		r->project = project;
		r->day = day;
		*found = true;
	}
	err = rc == SQLITE_ROW || rc == SQLITE_DONE ? NULL :
	    db_error(db, "cannot read the open work");
	sqlite3_finalize(stmt);
	return err;
}

/*
 * The newest month up to bound ('YYYY-MM') in which an open project has
 * sessions, from project_total; DAY_NONE (as *month) when none.
 */
static struct error *
open_project_month(sqlite3 *db, const char *at, const char *bound,
    int *month)
{
	sqlite3_stmt *stmt;
	struct error *err;
	char text[DAY_TEXT_SIZE + 3];
	int rc;

	*month = DAY_NONE;
	if ((err = db_prepare(db, "SELECT max(t.month) FROM project_total t "
	    "JOIN project p ON p.id = t.project_id WHERE p.started <= ?1 AND "
	    "(p.completed IS NULL OR p.completed > ?1) AND t.month <= ?2",
	    &stmt)) != NULL)
		return err;
	db_bind(stmt, "tt", at, bound);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW &&
	    sqlite3_column_type(stmt, 0) != SQLITE_NULL) {
		snprintf(text, sizeof(text), "%s-01",
		    (const char *)sqlite3_column_text(stmt, 0));
		day_parse_iso(text, month);
	}
	err = rc == SQLITE_ROW ? NULL : db_error(db, "cannot read the projects");
	sqlite3_finalize(stmt);
	return err;
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
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	*exists = false;
	if ((err = db_prepare(db, "SELECT EXISTS (SELECT 1 FROM tutorial t "
	    "WHERE (t.completed IS NULL OR t.completed > ?1) AND EXISTS "
	    "(SELECT 1 FROM session s WHERE s.tutorial_id = t.id AND "
	    "s.day <= ?1))", &stmt)) != NULL)
		return err;
	db_bind(stmt, "t", at);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		*exists = sqlite3_column_int(stmt, 0) != 0;
	err = rc == SQLITE_ROW ? NULL :
	    db_error(db, "cannot read the tutorials");
	sqlite3_finalize(stmt);
	return err;
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

/*
 * Provisional: the ISO weeks of each project's sessions up to at and
 * whether it is substantial (SPEC §4 step 3), with H the
 * project.min-hours setting, until the loader of the v2 model (which
 * sets history.project_min_minutes from the pace, with weeks and
 * substantial) is merged: it does nothing once H is set.
 */
static struct error *
load_project_weeks_provisional(sqlite3 *db, struct history *h,
    const struct thresholds *th)
{
	static const char sql[] =
	    "SELECT project_id, count(*) FROM project_week WHERE week < ?1 "
	    "GROUP BY 1 "
	    "UNION ALL "
	    "SELECT project_id, 1 FROM session INDEXED BY session_day "
	    "WHERE day BETWEEN ?1 AND ?2 AND project_id IS NOT NULL GROUP BY 1";
	char week[DAY_TEXT_SIZE], at[DAY_TEXT_SIZE];
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	if (h->project_min_minutes != 0 || h->project_count == 0)
		return NULL;
	for (size_t i = 0; i < h->project_count; i++)
		h->projects[i].weeks = 0;
	day_format(day_week_start(h->at), week);
	day_format(h->at, at);
	if ((err = db_prepare(db, sql, &stmt)) != NULL)
		return err;
	db_bind(stmt, "tt", week, at);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct history_project *p = project_by_id(h,
		    sqlite3_column_int64(stmt, 0));

		if (p != NULL)
			p->weeks += sqlite3_column_int(stmt, 1);
	}
	err = rc == SQLITE_DONE ? NULL :
	    db_error(db, "cannot count the projects' weeks");
	sqlite3_finalize(stmt);
	for (size_t i = 0; i < h->project_count; i++)
		h->projects[i].substantial = h->projects[i].weeks >= 2 &&
		    h->projects[i].minutes >= th->project_min_hours * 60LL;
	return err;
}

/* Everything above, after the rest of the history is loaded. */
static struct error *
load_findings_v2(sqlite3 *db, struct history *h, const struct thresholds *th)
{
	struct error *err;

	if ((err = load_topic_homes(db, h)) != NULL ||
	    (err = load_topic_totals(db, h)) != NULL ||
	    (err = load_prerequisites(db, h)) != NULL ||
	    (err = load_project_weeks_provisional(db, h, th)) != NULL)
		return err;
	if (h->first_day == DAY_NONE)
		return NULL;
	if ((err = load_last_session(db, h)) != NULL ||
	    (err = load_memorization(db, h, th)) != NULL)
		return err;
	return load_resume(db, h, th);
}

int
history_area_minutes(const struct history *h, enum topic_area area)
{
	long long minutes = 0;

	for (size_t i = 0; i < h->topic_count; i++) {
		const struct history_topic *t = &h->topics[i];

		if (t->area == area)
			minutes += t->total_by_kind[KIND_TUTORIAL] +
			    t->total_by_kind[KIND_STUDY] +
			    t->total_by_kind[KIND_PROJECT];
	}
	return (int)minutes;
}

int
history_fundamentals_step_minutes(const struct history *h,
    const struct thresholds *th)
{
	double cap = th->fundamentals_hours * 60.0 *
	    th->fundamentals_further_share / 100.0;
	double further;
	long long areas = 0;

	if (h->topic_count == 0)
		return h->fundamentals_minutes;
	for (int a = AREA_BASICS; a < AREA_FURTHER; a++)
		areas += history_area_minutes(h, (enum topic_area)a);
	further = history_area_minutes(h, AREA_FURTHER);
	if (further > cap)
		further = cap;
	return (int)(areas + further);
}

/* ---------------------------------------------------------------------
 * The whole history
 */

void
history_init(struct history *h)
{
	memset(h, 0, sizeof(*h));
	h->first_day = DAY_NONE;
	h->current = PATH_UNMAPPED;
	h->last_day = DAY_NONE;
	h->memorization_from = DAY_NONE;
	h->last_topic = -1;
	h->resume.day = DAY_NONE;
}

struct error *
history_load(sqlite3 *db, int at, const struct thresholds *th,
    struct history *h)
{
	struct span_builder *months = NULL;
	sqlite3_stmt *stmt = NULL;
	struct error *err;

	history_init(h);
	h->at = at;
	if ((err = load_paths(db, h)) != NULL ||
	    (err = load_topics(db, h)) != NULL ||
	    (err = load_choices(db, h)) != NULL ||
	    (err = load_days(db, h)) != NULL ||
	    (err = load_totals(db, h)) != NULL ||
	    (err = load_projects(db, h)) != NULL ||
	    (err = load_project_minutes(db, h)) != NULL ||
	    (err = load_months(db, h, th, &months)) != NULL ||
	    (err = load_streaks(db, h, th)) != NULL)
		goto done;
	for (size_t i = 0; i < h->month_count; i++)
		span_count_completed(h, &h->months[i]);
	if ((err = load_windows(db, &stmt, h, th, months)) == NULL)
		err = load_findings_v2(db, h, th);
done:
	for (size_t i = 0; months != NULL && i < h->month_count; i++)
		free(months[i].topic_minutes);
	free(months);
	sqlite3_finalize(stmt);
	if (err != NULL)
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
	free(h->streak_before);
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

int
history_path_index(const struct history *h, const char *slug)
{
	for (size_t i = 0; i < h->path_count; i++)
		if (strcmp(h->paths[i].slug, slug) == 0)
			return (int)i;
	return PATH_UNMAPPED;
}

const char *
history_path_slug(const struct history *h, int path)
{
	if (path < 0 || (size_t)path >= h->path_count)
		return "unmapped";
	return h->paths[path].slug;
}

/* ---------------------------------------------------------------------
 * Focus
 */

/* Whether month s is focused on path (SPEC §5.1). */
bool
month_focused(const struct span *s, int path, const struct thresholds *th)
{
	int on_path = span_path_minutes(s, path);
	int specialization = span_specialization(s);

	return on_path >= th->focus_month_hours * 60 &&
	    (long)on_path * 100 >= (long)th->focus_share * specialization;
}

int
focus_streak(const struct history *h, const struct thresholds *th)
{
	int streak = 0;

	if (h->current == PATH_UNMAPPED || h->month_count == 0)
		return 0;
	for (size_t i = h->month_count; i-- > 0;) {
		bool focused = month_focused(&h->months[i], h->current, th);

		if (focused)
			streak++;
		else if (i != h->month_count - 1)
			return streak;
	}
	return streak + (h->streak_before ? h->streak_before[h->current] : 0);
}
