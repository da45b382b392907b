/*
 * Loading a history: the only part of the analysis that runs SQL. Whole
 * months come from the month_total summary (kept by triggers), the ragged
 * edges of a range from the session_day index, so the cost follows the
 * number of months and topics, not the number of sessions.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "date.h"
#include "db.h"
#include "history.h"
#include "range.h"
#include "session.h"
#include "settings.h"

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
	 * The defaults live in schema/001_init.sql only: read them from a
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
 * Adds one aggregated row (minutes on a topic of a kind). Topics arrive
 * grouped, so a topic's minutes may come in several rows (kinds, the
 * summary and the edges): the top topic is settled in span_finish.
 */
struct topic_row {
	int path;
	char *topic;
	int minutes;
};

struct span_builder {
	struct span *span;
	struct topic_row *topics;
	size_t topic_count;
};

static void
span_add(struct span_builder *b, const struct history *h, int path,
    const char *topic, const char *kind, int minutes, int sessions)
{
	struct span *s = b->span;
	enum kind k = KIND_STUDY;
	size_t i;

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
	for (i = 0; i < b->topic_count; i++)
		if (b->topics[i].path == path &&
		    strcmp(b->topics[i].topic, topic) == 0)
			break;
	if (i == b->topic_count) {
		b->topics = xrealloc(b->topics, (i + 1) * sizeof(*b->topics));
		b->topics[i].path = path;
		b->topics[i].topic = xstrdup(topic);
		b->topics[i].minutes = 0;
		b->topic_count++;
	}
	b->topics[i].minutes += minutes;
}

static int
compare_path_minutes(const void *a, const void *b)
{
	const struct path_minutes *x = a, *y = b;

	if (x->minutes != y->minutes)
		return y->minutes > x->minutes ? 1 : -1;
	return x->path - y->path;
}

/* Settles top topics and the order of paths; frees the builder. */
static void
span_finish(struct span_builder *b)
{
	struct span *s = b->span;

	for (size_t i = 0; i < b->topic_count; i++) {
		struct path_minutes *p = span_path(s, b->topics[i].path);

		if (b->topics[i].minutes > p->top_topic_minutes ||
		    (b->topics[i].minutes == p->top_topic_minutes &&
		     p->top_topic != NULL &&
		     strcmp(b->topics[i].topic, p->top_topic) < 0)) {
			free(p->top_topic);
			p->top_topic = b->topics[i].topic;
			p->top_topic_minutes = b->topics[i].minutes;
		} else {
			free(b->topics[i].topic);
		}
	}
	free(b->topics);
	b->topics = NULL;
	b->topic_count = 0;
	if (s->path_count > 1)
		qsort(s->paths, s->path_count, sizeof(*s->paths),
		    compare_path_minutes);
}

/* ---------------------------------------------------------------------
 * Queries
 */

static void
month_text(int day, char out[8])
{
	char text[DAY_TEXT_SIZE];

	day_format(day, text);
	memcpy(out, text, 7);
	out[7] = '\0';
}

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

/* What span_load hands range_each: the builder and the history. */
struct span_loader {
	struct span_builder builder;
	const struct history *history;
};

static void
span_add_row(void *arg, const struct range_row *row)
{
	struct span_loader *l = arg;
	int path = row->mapped ? path_index_of_id(l->history, row->path_id) :
	    PATH_UNMAPPED;

	span_add(&l->builder, l->history, path, row->topic, row->kind,
	    row->minutes, row->sessions);
}

/*
 * Loads one span [from, to] with the shared range query (its statement
 * and topics kept in range between calls).
 */
static struct error *
span_load(sqlite3 *db, struct range_query *range, const struct history *h,
    int from, int to, struct span *s)
{
	struct span_loader l = { { s, NULL, 0 }, h };
	struct error *err;

	span_init(s, from, to);
	if (to < from)
		return NULL;
	err = range_each(db, range, from, to, span_add_row, &l);
	span_finish(&l.builder);
	return err ? err : span_dominant(db, h, s);
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

/* The first session's day and the distinct ISO weeks with sessions. */
static struct error *
load_days(sqlite3 *db, struct history *h)
{
	char at[DAY_TEXT_SIZE];
	sqlite3_stmt *stmt;
	struct error *err;
	int last_week = 0;

	day_format(h->at, at);
	if ((err = db_prepare(db, "SELECT day FROM day_total WHERE day <= ? "
	    "ORDER BY day", &stmt)) != NULL)
		return err;
	db_bind(stmt, "t", at);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		int day, week;

		if (!day_parse_iso((const char *)sqlite3_column_text(stmt, 0), &day))
			continue;
		if (h->first_day < 0)
			h->first_day = day;
		week = day_week_start(day);
		if (h->active_weeks == 0 || week != last_week)
			h->active_weeks++;
		last_week = week;
	}
	sqlite3_finalize(stmt);
	return NULL;
}

/* Every calendar month from the first session's to at's, and the totals. */
static struct error *
load_months(sqlite3 *db, struct range_query *range, struct history *h)
{
	struct error *err = NULL;
	int month;

	if (h->first_day < 0)
		return NULL;
	for (month = day_month_start(h->first_day); month <= h->at && !err;
	    month = day_add_months(month, 1)) {
		int end = day_add_months(month, 1) - 1;
		struct span *s;

		h->months = xrealloc(h->months, (h->month_count + 1) *
		    sizeof(*h->months));
		s = &h->months[h->month_count++];
		err = span_load(db, range, h, month, end < h->at ? end : h->at, s);
		h->total_minutes += s->minutes;
		h->fundamentals_minutes += s->fundamentals;
		h->tutorial_minutes += s->by_kind[KIND_TUTORIAL];
		h->project_sessions += s->project_sessions;
	}
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
		p->completed = -1;
		if (completed && day_parse_iso(completed, &p->completed) &&
		    p->completed > h->at)
			p->completed = -1;
		p->url = db_column_strdup(stmt, 5);
		p->id = sqlite3_column_int64(stmt, 0);
	}
	sqlite3_finalize(stmt);
	return NULL;
}

static struct history_project *
project_by_id(struct history *h, int64_t id)
{
	for (size_t i = 0; i < h->project_count; i++)
		if (h->projects[i].id == id)
			return &h->projects[i];
	return NULL;
}

/* Topic minutes of a project while they are being summed. */
struct project_topic {
	char *name;
	int minutes;
};

static int
compare_project_topics(const void *a, const void *b)
{
	const struct project_topic *x = a, *y = b;

	if (x->minutes != y->minutes)
		return y->minutes > x->minutes ? 1 : -1;
	return strcmp(x->name, y->name);
}

/* Orders one project's topics by minutes and stores their names. */
static void
project_set_topics(struct history_project *p, struct project_topic *topics,
    size_t count)
{
	qsort(topics, count, sizeof(*topics), compare_project_topics);
	p->topics = xcalloc(count ? count : 1, sizeof(*p->topics));
	for (size_t i = 0; i < count; i++) {
		p->minutes += topics[i].minutes;
		p->topics[p->topic_count++] = topics[i].name;
	}
	free(topics);
}

/*
 * Minutes and topics of every project up to at: whole months from the
 * summary, at's month from the session index. Rows come ordered by project.
 */
static struct error *
load_project_minutes(sqlite3 *db, struct range_query *range,
    struct history *h)
{
	static const char sql[] =
	    "SELECT project_id, topic_id, sum(minutes) FROM ("
	    " SELECT project_id, topic_id, minutes FROM month_total"
	    " WHERE project_id <> 0 AND month < ?1"
	    " UNION ALL"
	    " SELECT project_id, topic_id, minutes FROM session"
	    " WHERE project_id IS NOT NULL AND day BETWEEN ?2 AND ?3)"
	    " GROUP BY 1, 2 ORDER BY 1";
	char month[8], first[DAY_TEXT_SIZE], at[DAY_TEXT_SIZE];
	struct history_project *current = NULL;
	struct project_topic *topics = NULL;
	int64_t current_id = 0;
	size_t count = 0;
	sqlite3_stmt *stmt;
	struct error *err;

	month_text(h->at, month);
	day_format(day_month_start(h->at), first);
	day_format(h->at, at);
	if ((err = range_topics(db, range)) != NULL ||
	    (err = db_prepare(db, sql, &stmt)) != NULL)
		return err;
	db_bind(stmt, "ttt", month, first, at);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		const struct range_topic *t;

		if (sqlite3_column_int64(stmt, 0) != current_id) {
			if (current != NULL)
				project_set_topics(current, topics, count);
			topics = NULL;
			count = 0;
			current_id = sqlite3_column_int64(stmt, 0);
			current = project_by_id(h, current_id);
		}
		t = range_topic_find(range, sqlite3_column_int64(stmt, 1));
		if (current == NULL || t == NULL)
			continue;
		topics = xrealloc(topics, (count + 1) * sizeof(*topics));
		topics[count].name = xstrdup(t->name);
		topics[count++].minutes = sqlite3_column_int(stmt, 2);
	}
	if (current != NULL)
		project_set_topics(current, topics, count);
	else
		free(topics);
	sqlite3_finalize(stmt);
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

/* A window of days days ending at at. */
static struct error *
load_window(sqlite3 *db, struct range_query *range, struct history *h,
    int days, struct span *s)
{
	struct error *err = span_load(db, range, h, h->at - days + 1, h->at, s);

	span_count_completed(h, s);
	return err;
}

/* ---------------------------------------------------------------------
 * The whole history
 */

void
history_init(struct history *h)
{
	memset(h, 0, sizeof(*h));
	h->first_day = -1;
	h->current = PATH_UNMAPPED;
}

struct error *
history_load(sqlite3 *db, int at, const struct thresholds *th,
    struct history *h)
{
	struct range_query range;
	struct error *err;

	history_init(h);
	range_init(&range);
	h->at = at;
	if ((err = load_paths(db, h)) != NULL ||
	    (err = load_choices(db, h)) != NULL ||
	    (err = load_days(db, h)) != NULL ||
	    (err = load_projects(db, h)) != NULL ||
	    (err = load_project_minutes(db, &range, h)) != NULL ||
	    (err = load_months(db, &range, h)) != NULL ||
	    (err = load_window(db, &range, h, th->tutorial_window_days,
	    &h->tutorial_window)) != NULL ||
	    (err = load_window(db, &range, h, th->scattered_window_days,
	    &h->scattered_window)) != NULL ||
	    (err = load_window(db, &range, h, th->portfolio_window_days,
	    &h->portfolio_window)) != NULL ||
	    (err = load_window(db, &range, h, 182, &h->focus_window)) != NULL ||
	    (err = load_window(db, &range, h, 90, &h->recent_window)) != NULL)
		history_release(h);
	for (size_t i = 0; i < h->month_count; i++)
		span_count_completed(h, &h->months[i]);
	range_release(&range);
	return err;
}

void
history_release(struct history *h)
{
	for (size_t i = 0; i < h->path_count; i++)
		free(h->paths[i].slug);
	free(h->paths);
	for (size_t i = 0; i < h->month_count; i++)
		span_release(&h->months[i]);
	free(h->months);
	span_release(&h->tutorial_window);
	span_release(&h->scattered_window);
	span_release(&h->portfolio_window);
	span_release(&h->focus_window);
	span_release(&h->recent_window);
	free(h->choices);
	for (size_t i = 0; i < h->project_count; i++) {
		struct history_project *p = &h->projects[i];

		free(p->name);
		free(p->url);
		for (size_t j = 0; j < p->topic_count; j++)
			free(p->topics[j]);
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
			break;
	}
	return streak;
}
