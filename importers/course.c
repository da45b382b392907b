/*
 * Course rows (Udemy, Coursera, LinkedIn Learning): each becomes a
 * tutorial, created or updated, and the growth of its cumulative time
 * since the last import becomes tutorial sessions (FORMATS.md 1.2).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "importers/coursedays.h"
#include "core/date.h"
#include "core/db.h"
#include "core/stmt.h"
#include "importers/importer.h"
#include "core/project.h"
#include "importers/spread.h"
#include "importers/values.h"

/* One course row, read. Days are DAY_NONE when absent. */
struct course {
	long line;
	char *title;		/* cleaned */
	const char *course_id;	/* NULL: none */
	const char *platform;
	double progress;	/* percent; -1: unknown */
	int started, completed, activity;
	int begin;		/* where its time may begin: the start or
				   enrollment date the row gives */
	bool removed;		/* a placeholder of a removed course */
	bool has_time;
	long seconds;		/* cumulative */
	char *url;		/* NULL: none */
	struct buf note;	/* grade, certificate */
};

/* The tutorial as the database has it. */
struct tutorial_state {
	int64_t id;
	int64_t topic_id;
	int64_t batch_id;
	int started, completed, last_activity;
	double progress;	/* -1: NULL */
	bool has_url;
};

static struct error *course_read(struct importer *imp,
    const struct csv_record *record, struct course *c);
static struct error *course_store(struct importer *imp, struct course *c);

struct error *
course_row(struct importer *imp, const struct csv_record *record)
{
	struct course c;
	struct error *err;

	memset(&c, 0, sizeof(c));
	buf_init(&c.note);
	if ((err = course_read(imp, record, &c)) == NULL)
		err = course_store(imp, &c);
	free(c.url);
	free(c.title);
	buf_release(&c.note);
	return err;
}

/* ---------------------------------------------------------------------
 * Reading the row
 */

static int
later(int a, int b)
{
	return a > b ? a : b;
}

/* The earlier of two days, either DAY_NONE. */
static int
earlier(int a, int b)
{
	return a == DAY_NONE ? b : b == DAY_NONE ? a : a < b ? a : b;
}

/*
 * Whether a date cell holds 1970-01-01, the Unix epoch: what an export
 * writes for a timestamp it does not have. It is read as no date, so a
 * course is never spread back to 1970 (in a zone west of UTC it would
 * not even be a day track keeps).
 */
static bool
placeholder_date(const char *text)
{
	while (*text == ' ' || *text == '\t')
		text++;
	return strncmp(text, "1970-01-01", 10) == 0;
}

static struct error *
cell_day(const struct importer *imp, const struct csv_record *record,
    enum field field, int *day)
{
	const char *text = row_cell(imp, record, field);
	struct error *err;
	struct when w;

	*day = DAY_NONE;
	if (value_empty(text) || placeholder_date(text))
		return NULL;
	if ((err = value_when(text, imp->dates.syntax,
	    imp->map.profile->zone, &w)) != NULL)
		return err;
	*day = w.day;
	return NULL;
}

static struct error *
cell_number(const struct importer *imp, const struct csv_record *record,
    enum field field, double *value, bool *present)
{
	const char *text = row_cell(imp, record, field);

	*present = !value_empty(text);
	*value = 0;
	if (!*present)
		return NULL;
	return value_number(text, imp->map.profile->numbers, value);
}

/* Completion: a Completed Yes/No column, else the completion dates. */
static struct error *
read_completion(const struct importer *imp, const struct csv_record *record,
    struct course *c)
{
	const char *flag = row_cell(imp, record, F_COMPLETED_FLAG);
	struct error *err;
	bool done;

	if (imp->map.column[F_COMPLETED_FLAG] >= 0 && value_bool(flag, &done)) {
		if (!done)
			return NULL;
		if ((err = cell_day(imp, record, F_COMPLETED,
		    &c->completed)) != NULL)
			return err;
		if (c->completed == DAY_NONE)
			c->completed = c->activity;
		return NULL;
	}
	if ((err = cell_day(imp, record, F_COMPLETED, &c->completed)) != NULL)
		return err;
	if (c->completed == DAY_NONE)
		return cell_day(imp, record, F_COMPLETED_ALT, &c->completed);
	return NULL;
}

void
course_days_settle(struct course_days *d, bool has_start_column)
{
	if (d->started != DAY_NONE && d->completed != DAY_NONE &&
	    d->started > d->completed)
		d->started = d->completed;
	d->begin = d->started;
	if (d->started == DAY_NONE && !has_start_column)
		d->started = earlier(d->activity, d->completed);
}

bool
course_removed(const char *title, const char *prefix)
{
	return prefix != NULL && strncasecmp(title, prefix, strlen(prefix)) == 0;
}

/* The row's days settled (course_days_settle). */
static void
course_start(const struct importer *imp, struct course *c)
{
	struct course_days d = { .started = c->started, .activity =
		c->activity, .completed = c->completed };

	course_days_settle(&d, imp->map.column[F_STARTED] >= 0 ||
	    imp->map.column[F_ENROLLED] >= 0);
	c->started = d.started;
	c->begin = d.begin;
}

static struct error *
read_days(const struct importer *imp, const struct csv_record *record,
    struct course *c)
{
	struct error *err;

	if ((err = cell_day(imp, record, F_ACTIVITY, &c->activity)) != NULL ||
	    (err = cell_day(imp, record, F_STARTED, &c->started)) != NULL)
		return err;
	if (c->started == DAY_NONE && (err = cell_day(imp, record, F_ENROLLED,
	    &c->started)) != NULL)
		return err;
	if ((err = read_completion(imp, record, c)) != NULL)
		return err;
	if (c->completed == DAY_NONE && c->progress >= 100)
		c->completed = c->activity != DAY_NONE ? c->activity :
		    c->started;
	if (c->completed != DAY_NONE && c->progress < 0)
		c->progress = 100;
	course_start(imp, c);
	return NULL;
}

/* URL, grade and certificate. */
static void
read_extras(const struct importer *imp, const struct csv_record *record,
    struct course *c)
{
	const char *slug = row_cell(imp, record, F_SLUG);
	const char *type = row_cell(imp, record, F_COURSE_TYPE);
	const char *url = row_cell(imp, record, F_URL);
	const char *grade = row_cell(imp, record, F_GRADE);
	const char *certificate = row_cell(imp, record, F_CERTIFICATE);

	if (!value_empty(url)) {
		c->url = xstrdup(url);
	} else if (imp->map.profile->slug_url && !value_empty(slug) &&
	    (value_empty(type) || strcasecmp(type, "Course") == 0)) {
		struct buf b;

		buf_init(&b);
		buf_printf(&b, "%s%s", imp->map.profile->slug_url, slug);
		c->url = buf_detach(&b);
	}
	if (!value_empty(grade))
		buf_printf(&c->note, "grade %s%%", grade);
	if (!value_empty(certificate))
		buf_printf(&c->note, "%s%s", c->note.len ? "; " : "", certificate);
}

static struct error *
course_read(struct importer *imp, const struct csv_record *record,
    struct course *c)
{
	const char *id = row_cell(imp, record, F_COURSE_ID);
	struct error *err;
	bool present;

	c->line = record->line;
	c->started = c->completed = c->activity = c->begin = DAY_NONE;
	c->title = row_clean_title(row_cell(imp, record, F_TITLE));
	c->course_id = value_empty(id) ? NULL : id;
	c->platform = imp->map.profile->platform ? imp->map.profile->platform :
	    "import";
	if (value_empty(c->title))
		return error_usage("no course title");
	/* A removed course's placeholder: never a tutorial, whatever it says. */
	if (course_removed(c->title, imp->map.profile->removed_title)) {
		c->removed = true;
		return NULL;
	}
	if ((err = cell_number(imp, record, F_PROGRESS, &c->progress,
	    &present)) != NULL)
		return err;
	if (!present)
		c->progress = -1;
	c->seconds = 0;
	if ((err = value_time_cells(row_cell(imp, record, F_MINUTES),
	    row_cell(imp, record, F_HOURS), imp->map.profile->numbers,
	    &c->seconds, &c->has_time)) != NULL)
		return err;
	if ((err = read_days(imp, record, c)) != NULL)
		return err;
	read_extras(imp, record, c);
	return NULL;
}

/* ---------------------------------------------------------------------
 * The tutorial
 */

static int
column_day(sqlite3_stmt *stmt, int column)
{
	const char *text = (const char *)sqlite3_column_text(stmt, column);
	int day;

	return text != NULL && day_parse_iso(text, &day) ? day : DAY_NONE;
}

/* Finds the course's tutorial: platform + course id, else title. */
static struct error *
course_tutorial_find(struct importer *imp, const struct course *c,
    struct tutorial_state *t)
{
	static const char sql[] = "SELECT id, ifnull(topic_id, 0), "
	    "ifnull(batch_id, 0), started, completed, last_activity, "
	    "ifnull(progress, -1), url IS NOT NULL FROM tutorial WHERE "
	    "platform = ?1 AND (course_id = ?2 OR (?2 IS NULL OR course_id IS "
	    "NULL) AND title = ?3 COLLATE NOCASE) ORDER BY course_id = ?2 "
	    "DESC, id LIMIT 1";
	struct stmt st;
	sqlite3_stmt *row;
	struct error *err;

	*t = (struct tutorial_state){ .started = DAY_NONE, .completed =
	    DAY_NONE, .last_activity = DAY_NONE, .progress = -1 };
	if ((err = stmt_prepare(&st, imp->db, "cannot read the tutorials",
	    sql)) != NULL)
		return err;
	stmt_bind(&st, "ttt", c->platform, c->course_id, c->title);
	if (stmt_step(&st) == STMT_ROW) {
		row = st.handle;
		t->id = sqlite3_column_int64(row, 0);
		t->topic_id = sqlite3_column_int64(row, 1);
		t->batch_id = sqlite3_column_int64(row, 2);
		t->started = column_day(row, 3);
		t->completed = column_day(row, 4);
		t->last_activity = column_day(row, 5);
		t->progress = sqlite3_column_double(row, 6);
		t->has_url = sqlite3_column_int(row, 7) != 0;
	}
	return stmt_finish(&st);
}

/* A day as text for binding, or NULL for DAY_NONE (buffer per call). */
static const char *
day_text(int day, char out[DAY_TEXT_SIZE])
{
	if (day == DAY_NONE)
		return NULL;
	day_format(day, out);
	return out;
}

/* --topic, else the longest catalog name in the title, else unmapped. */
static struct error *
course_topic(struct importer *imp, const struct course *c,
    struct topic_ref *topic)
{
	const struct catalog_name *name;
	bool created;

	if (imp->o->topic != NULL)
		return row_topic_fallback(imp, imp->o->topic, topic);
	if ((name = matcher_find(imp->matcher, c->title)) != NULL)
		return store_topic(&imp->store, name->topic, topic, &created);
	return row_topic_fallback(imp, "unmapped", topic);
}

static struct error *
tutorial_create(struct importer *imp, const struct course *c,
    struct tutorial_state *t)
{
	char started[DAY_TEXT_SIZE], completed[DAY_TEXT_SIZE],
	    activity[DAY_TEXT_SIZE];
	struct topic_ref topic;
	struct error *err;

	if ((err = course_topic(imp, c, &topic)) != NULL)
		return err;
	err = db_exec(imp->db, "INSERT INTO tutorial (title, topic_id, "
	    "platform, course_id, url, started, completed, progress, "
	    "last_activity, created, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
	    "nullif(?, -1.0), ?, ?, nullif(?, 0))", "titttttdtti", c->title,
	    topic.id, c->platform, c->course_id, c->url,
	    day_text(c->started, started), day_text(c->completed, completed),
	    c->progress, day_text(c->activity, activity), imp->store.created,
	    imp->store.batch_id);
	if (err != NULL)
		return err;
	t->id = sqlite3_last_insert_rowid(imp->db);
	t->topic_id = topic.id;
	t->batch_id = imp->store.batch_id;
	imp->result->tutorials_added++;
	return NULL;
}

/*
 * Records the tutorial's values before this batch first changes them,
 * so undo restores them; counts it as updated once.
 */
struct error *
tutorial_remember(struct importer *imp, int64_t id, int64_t batch_id)
{
	struct error *err;

	if (batch_id == imp->store.batch_id)
		return NULL;	/* created by this batch: undo removes it */
	if ((err = db_exec(imp->db, "INSERT OR IGNORE INTO tutorial_change "
	    "(batch_id, tutorial_id, started, completed, progress, "
	    "last_activity, url) SELECT ?1, id, started, completed, progress, "
	    "last_activity, url FROM tutorial WHERE id = ?2", "ii",
	    imp->store.batch_id, id)) != NULL)
		return err;
	if (sqlite3_changes(imp->db) > 0)
		imp->result->tutorials_updated++;
	return NULL;
}

/*
 * Brings the tutorial up to the row: never lowers progress, never clears
 * or moves back a completion, and a row older than the newest import
 * changes neither (FORMATS.md 1.2).
 */
static struct error *
tutorial_update(struct importer *imp, const struct course *c,
    const struct tutorial_state *t)
{
	char started[DAY_TEXT_SIZE], completed[DAY_TEXT_SIZE],
	    activity[DAY_TEXT_SIZE];
	bool older = c->activity != DAY_NONE &&
	    c->activity < t->last_activity;
	double progress = t->progress;
	int done = t->completed, first = earlier(t->started, c->started);
	int last = later(t->last_activity, c->activity);
	struct error *err;

	if (!older && c->progress > progress)
		progress = c->progress;
	if (!older && done == DAY_NONE)
		done = c->completed;
	if (progress == t->progress && done == t->completed &&
	    first == t->started && last == t->last_activity &&
	    (t->has_url || c->url == NULL))
		return NULL;
	if ((err = tutorial_remember(imp, t->id, t->batch_id)) != NULL)
		return err;
	return db_exec(imp->db, "UPDATE tutorial SET started = ?, completed = ?, "
	    "progress = nullif(?, -1.0), last_activity = ?, url = coalesce(url, "
	    "?) WHERE id = ?", "ttdtti", day_text(first, started),
	    day_text(done, completed), progress, day_text(last, activity),
	    c->url, t->id);
}

/* ---------------------------------------------------------------------
 * Cumulative time
 */

/* The tutorial's topic for its sessions (inferred when it has none). */
static struct error *
session_topic(struct importer *imp, const struct course *c,
    const struct tutorial_state *t, int64_t *topic_id)
{
	struct topic_ref topic;
	struct error *err;

	*topic_id = t->topic_id;
	if (*topic_id != 0 && imp->o->topic == NULL)
		return NULL;
	if ((err = course_topic(imp, c, &topic)) != NULL)
		return err;
	*topic_id = topic.id;
	return NULL;
}

/*
 * Adds the sessions of plan s: one estimated tutorial session on each day
 * s gives time to. The fingerprint names the course, the day, its minutes
 * and the cumulative time the row showed, so the same row read again is
 * a duplicate.
 */
static struct error *
add_spread(struct importer *imp, const struct course *c,
    const struct tutorial_state *t, const struct spread *s)
{
	struct new_session n = { .origin = "import", .kind = KIND_TUTORIAL,
		.estimated = true };
	struct error *err;
	bool added;

	if ((err = session_topic(imp, c, t, &n.topic_id)) != NULL)
		return err;
	n.tutorial_id = t->id;
	n.note = c->note.len ? c->note.data : NULL;
	for (int day = s->first; day <= s->last; day++) {
		if ((n.minutes = (int)spread_minutes(s, day)) == 0)
			continue;
		n.day = day;
		store_key_reset(&imp->store, imp->map.profile->family, n.day, -1,
		    n.minutes * 60L);
		store_key_add(&imp->store, c->title);
		store_key_add(&imp->store, c->course_id);
		buf_clear(&imp->scratch);
		buf_printf(&imp->scratch, "%ld", c->seconds);
		store_key_add(&imp->store, imp->scratch.data);
		if ((err = store_session(&imp->store, &n,
		    store_key_hash(&imp->store), &added)) != NULL)
			return err;
		if (added)
			imp->result->estimated_minutes += n.minutes;
		*(added ? &imp->result->sessions_added :
		    &imp->result->duplicates) += 1;
	}
	return NULL;
}

/*
 * Places minutes of new course time (FORMATS.md 1.2): over the days from
 * the day after the previous import's last activity to end; spread.h
 * says how. A tutorial that does not record its last activity (it came
 * from track's export) has it from its last imported session; one with
 * none starts on its start (or enrollment) day. Refused only when the
 * time cannot fit at 24h a day after 1970-01-01.
 */
static struct error *
add_time(struct importer *imp, const struct course *c,
    const struct tutorial_state *t, long minutes, int last_imported, int end)
{
	int previous = t->last_activity != DAY_NONE ? t->last_activity :
	    last_imported;
	int begin = previous != DAY_NONE ? previous + 1 : c->begin;
	struct spread s;
	char text[32], last[DAY_TEXT_SIZE];

	if (!spread_plan(minutes, begin, end, imp->course_day_minutes,
	    DAY_FIRST, &s)) {
		value_format_minutes(minutes, text, sizeof(text));
		day_format(end, last);
		return error_usage("'%s' adds %s up to %s: at most 24h a day, it "
		    "would begin before 1970-01-01", c->title, text, last);
	}
	return add_spread(imp, c, t, &s);
}

/*
 * What t holds already: the minutes of its imported sessions and the day
 * of the last one (DAY_NONE: none), and the count of the others (logged).
 */
static struct error *
tutorial_minutes(struct importer *imp, int64_t id, int64_t *imported,
    int *last_day, int64_t *logged)
{
	struct stmt st;
	struct error *err;
	const char *text;

	if ((err = stmt_prepare(&st, imp->db, "cannot sum the imported time",
	    "SELECT ifnull(sum(minutes), 0), max(day) FROM session WHERE "
	    "tutorial_id = ? AND origin = 'import'")) != NULL)
		return err;
	stmt_bind(&st, "i", id);
	*imported = 0;
	*last_day = DAY_NONE;
	if (stmt_step(&st) == STMT_ROW) {
		*imported = sqlite3_column_int64(st.handle, 0);
		text = (const char *)sqlite3_column_text(st.handle, 1);
		if (text == NULL || !day_parse_iso(text, last_day))
			*last_day = DAY_NONE;
	} else {
		stmt_fail(&st, db_error(imp->db, "cannot sum the imported "
		    "time"));
	}
	if ((err = stmt_finish(&st)) != NULL)
		return err;
	return db_query_int(imp->db, logged, 0, "SELECT count(*) FROM session "
	    "WHERE tutorial_id = ? AND origin <> 'import'", "i", id);
}

/* The growth of the cumulative time since the previous imports. */
static struct error *
course_time(struct importer *imp, const struct course *c,
    const struct tutorial_state *t)
{
	long total = value_minutes(c->seconds);
	int64_t imported = 0, logged = 0;
	int day = c->activity != DAY_NONE ? c->activity :
	    c->completed != DAY_NONE ? c->completed : c->started;
	int last_imported;
	struct error *err;

	if (!c->has_time || total == 0)
		return NULL;
	if ((err = tutorial_minutes(imp, t->id, &imported, &last_imported,
	    &logged)) != NULL)
		return err;
	if (logged > 0)
		row_warn(imp, c->line, "'%s' also has sessions logged by hand: "
		    "their time is not subtracted from the imported total",
		    c->title);
	if (total < imported)
		row_warn(imp, c->line, "'%s' shows %ld min, less than the %lld "
		    "min imported before; nothing added", c->title, total,
		    (long long)imported);
	if (total <= imported)
		return NULL;
	if (day == DAY_NONE) {
		row_warn(imp, c->line, "'%s' shows %ld min but no date to place "
		    "them (no last-activity, completion or enrollment date): "
		    "the tutorial is kept, its time is not imported", c->title,
		    total - imported);
		return NULL;
	}
	if ((err = row_future_check(imp, day)) != NULL)
		return err;
	return add_time(imp, c, t, total - imported, last_imported, day);
}

static struct error *
course_store(struct importer *imp, struct course *c)
{
	struct tutorial_state t;
	struct error *err;

	if (c->removed) {
		imp->result->skipped++;
		imp->result->removed_courses++;
		return NULL;
	}
	if (c->started == DAY_NONE && c->activity == DAY_NONE &&
	    c->completed == DAY_NONE &&
	    c->seconds == 0 && c->progress <= 0) {
		imp->result->skipped++;	/* not started */
		return NULL;
	}
	if ((err = title_check("tutorial", c->title)) != NULL ||
	    (err = course_tutorial_find(imp, c, &t)) != NULL)
		return err;
	if (t.id == 0)
		err = tutorial_create(imp, c, &t);
	else
		err = tutorial_update(imp, c, &t);
	if (err != NULL)
		return err;
	return course_time(imp, c, &t);
}
