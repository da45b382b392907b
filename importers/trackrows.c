/*
 * track's own formats: the generic date,duration,topic file (track's
 * syntax, no inference) and the full export of `track export` (see
 * profiles.c and EXPORT_FORMAT.md), which rebuilds a database.
 */
#include <stdlib.h>
#include <string.h>

#include "core/catalog.h"
#include "core/date.h"
#include "core/db.h"
#include "core/duration.h"
#include "importers/importer.h"
#include "core/project.h"
#include "core/settings.h"
#include "core/skill.h"
#include "core/text.h"
#include "importers/values.h"

/* NULL for an empty cell (or N/A, or blanks): for dates and numbers. */
static const char *
or_null(const char *text)
{
	return value_empty(text) ? NULL : text;
}

/*
 * NULL for an empty cell, else the text as it is: for free text (notes,
 * URLs, names), where "N/A" or a blank is what the user wrote and the
 * export writes none as an empty cell.
 */
static const char *
text_or_null(const char *text)
{
	return *text == '\0' ? NULL : text;
}

/* A day cell of track's formats: YYYY-MM-DD, not in the future. */
static struct error *
track_day(const struct importer *imp, const char *text, int *day)
{
	struct error *err;

	if ((err = value_date(text, DATE_ISO, day)) != NULL)
		return err;
	return row_future_check(imp, *day);
}

/* An optional day cell: DAY_NONE when empty. */
static struct error *
optional_day(const char *text, int *day)
{
	*day = DAY_NONE;
	if (value_empty(text))
		return NULL;
	return value_date(text, DATE_ISO, day);
}

/*
 * The topic named in a cell: a name or alias, else created unmapped.
 * Control characters become spaces (name_clean), as in every name a
 * file gives.
 */
static struct error *
named_topic(struct importer *imp, const char *name, struct topic_ref *topic)
{
	struct error *err;
	char *clean;

	if (imp->o->topic != NULL)
		name = imp->o->topic;
	clean = name_clean(name);
	if ((err = topic_name_check(clean)) == NULL)
		err = row_topic_fallback(imp, clean, topic);
	free(clean);
	return err;
}

/*
 * named_topic, but a topic it creates goes straight to the path called
 * slug when that exists (and no --path says where new topics go), so a
 * topic the file maps is never reported as stored unmapped.
 */
static struct error *
named_topic_in(struct importer *imp, const char *name, const char *slug,
    struct topic_ref *topic)
{
	int64_t saved = imp->store.path_id, path_id = 0;
	struct error *err;

	if (saved == 0 && !value_empty(slug) && (err = db_query_int(imp->db,
	    &path_id, 0, "SELECT id FROM path WHERE slug = ?", "t",
	    slug)) != NULL)
		return err;
	imp->store.path_id = path_id != 0 ? path_id : saved;
	err = named_topic(imp, name, topic);
	imp->store.path_id = saved;
	return err;
}

/*
 * The hand-style tutorial (no platform) titled title, created for this
 * batch when missing.
 */
static struct error *
plain_tutorial(struct importer *imp, const char *title,
    const struct topic_ref *topic, int day, int64_t *id)
{
	char started[DAY_TEXT_SIZE];
	struct error *err;

	if ((err = title_check("tutorial", title)) != NULL ||
	    (err = store_tutorial_find(&imp->store, title, NULL, NULL,
	    id)) != NULL || *id != 0)
		return err;
	day_format(day, started);
	if ((err = db_exec(imp->db, "INSERT INTO tutorial (title, topic_id, "
	    "started, created, batch_id) VALUES (?, ?, ?, ?, nullif(?, 0))",
	    "titti", title, topic->id, started, imp->store.created,
	    imp->store.batch_id)) != NULL)
		return err;
	*id = sqlite3_last_insert_rowid(imp->db);
	imp->result->tutorials_added++;
	return NULL;
}

/* ---------------------------------------------------------------------
 * The generic format
 */

/* kind column, else implied by tutorial or project, else the default. */
static struct error *
generic_kind(struct importer *imp, const char *text, bool tutorial,
    bool project, enum kind *kind)
{
	if (!value_empty(text))
		return kind_parse(text, kind);
	*kind = tutorial ? KIND_TUTORIAL : project ? KIND_PROJECT :
	    imp->default_kind;
	return NULL;
}

/*
 * A generic row's keys (identity.h): it has no id and no start, so its
 * identity is its day, minutes, topic, project and tutorial (the
 * occurrence tells a day's rows of one identity apart); its content the
 * rest of the row, the kind and the note. The legacy hash (all of it),
 * while an older track's sessions of it wait: they stored all of the
 * identity (the topic, project and tutorial as links).
 */
static struct error *
generic_keys(struct importer *imp, const struct csv_record *record,
    const struct new_session *n, struct entry_keys *k)
{
	static const enum field texts[] = { F_TOPIC, F_KIND, F_PROJECT,
		F_TUTORIAL, F_NOTE };
	const char *names[] = { row_cell(imp, record, F_TOPIC),
		row_cell(imp, record, F_PROJECT), row_cell(imp, record,
		F_TUTORIAL) };
	struct store *s = &imp->store;
	struct error *err;
	bool legacy;

	k->family = "generic";
	identity_make(&k->identity, &s->key, "generic", NULL, false, -1, n->day,
	    n->minutes, names, sizeof(names) / sizeof(names[0]));
	k->legacy_topic = k->legacy_links = true;
	store_key_reset(s, "generic", 0, -1, 0);
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		store_key_add(s, row_cell(imp, record, texts[i]));
	k->content = store_key_hash(s);
	k->legacy = 0;
	if ((err = store_legacy(s, "generic", &legacy)) != NULL || !legacy)
		return err;
	store_key_reset(s, "generic", n->day, -1, n->minutes * 60L);
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		store_key_add(s, row_cell(imp, record, texts[i]));
	k->legacy = store_key_hash(s);
	return NULL;
}

/* Counts what became of the row (entry.c's entry_count, for generic). */
static void
generic_count(struct importer *imp, const struct csv_record *record,
    enum store_outcome outcome, int64_t session_id)
{
	struct import_result *r = imp->result;

	if (outcome == STORE_ADDED)
		r->sessions_added++;
	else if (outcome == STORE_UPDATED)
		r->sessions_updated++;
	else
		r->duplicates++;
	if (outcome == STORE_KEPT)
		row_warn(imp, record->line, "the row changed since it was "
		    "imported, but session #%lld was edited by hand since: kept "
		    "as edited", (long long)session_id);
}

struct error *
generic_row(struct importer *imp, const struct csv_record *record)
{
	const char *project = row_name(imp, record, F_PROJECT);
	const char *tutorial = row_name(imp, record, F_TUTORIAL);
	const char *note = row_cell(imp, record, F_NOTE);
	struct new_session n = { .origin = "import" };
	struct topic_ref topic;
	struct entry_keys k;
	enum store_outcome outcome;
	struct error *err;
	int64_t session_id;

	if ((err = track_day(imp, row_cell(imp, record, F_DATE), &n.day)) ||
	    (err = duration_parse(row_cell(imp, record, F_DURATION),
	    &n.minutes)) || (err = generic_kind(imp, row_cell(imp, record,
	    F_KIND), *tutorial, *project, &n.kind)) ||
	    (*note && (err = note_check(note, SESSION_NOTE_MAX))) ||
	    (*project && (err = title_check("project", project))) ||
	    (err = named_topic(imp, row_cell(imp, record, F_TOPIC), &topic)))
		return err;
	n.topic_id = topic.id;
	n.note = *note ? note : NULL;
	if ((*project && (err = store_project(&imp->store, project, &topic,
	    n.day, &n.project_id))) || (*tutorial && (err = plain_tutorial(imp,
	    tutorial, &topic, n.day, &n.tutorial_id))))
		return err;
	if ((err = generic_keys(imp, record, &n, &k)) != NULL ||
	    (err = store_entry(&imp->store, &n, &k, &outcome,
	    &session_id)) != NULL)
		return err;
	generic_count(imp, record, outcome, session_id);
	return NULL;
}

/* ---------------------------------------------------------------------
 * track's export: projects and tutorials
 */

/* The id of the path called slug (0 when empty), or a bad row. */
static struct error *
path_id_of(struct importer *imp, const char *slug, int64_t *id)
{
	struct error *err;

	*id = 0;
	if (value_empty(slug))
		return NULL;
	if ((err = db_query_int(imp->db, id, 0, "SELECT id FROM path WHERE "
	    "slug = ?", "t", slug)) != NULL || *id != 0)
		return err;
	return error_usage("unknown path '%s': a path row must come first",
	    slug);
}

/* The contribution cell: true or false (yes/no, 1/0); empty is false. */
static struct error *
project_contribution(const char *text, bool *contribution)
{
	*contribution = false;
	if (value_empty(text) || value_bool(text, contribution))
		return NULL;
	return error_usage("invalid contribution '%s': use true or false",
	    text);
}

/*
 * The export's project (by name), created or completed as the row says;
 * a contribution mark, like a completion, is added and never taken away.
 */
static struct error *
track_project(struct importer *imp, const struct csv_record *record,
    int day, int64_t *id)
{
	const char *name = row_name(imp, record, F_PROJECT);
	const char *completed = or_null(row_cell(imp, record,
	    F_PROJECT_COMPLETED));
	const char *url = text_or_null(row_cell(imp, record, F_PROJECT_URL));
	const char *started = or_null(row_cell(imp, record, F_PROJECT_STARTED));
	char fallback[DAY_TEXT_SIZE];
	int64_t path_id;
	struct error *err;
	bool contribution;
	int check;

	if ((err = title_check("project", name)) != NULL ||
	    (err = project_contribution(row_cell(imp, record, F_CONTRIBUTION),
	    &contribution)) != NULL ||
	    (err = store_project_find(&imp->store, name, id)) != NULL ||
	    (err = optional_day(completed ? completed : "", &check)) != NULL ||
	    (err = optional_day(started ? started : "", &check)) != NULL)
		return err;
	if (*id != 0)
		return db_exec(imp->db, "UPDATE project SET completed = "
		    "coalesce(completed, ?), url = coalesce(url, ?), "
		    "contribution = max(contribution, ?) WHERE id = ?", "ttii",
		    completed, url, (int64_t)contribution, *id);
	if ((err = path_id_of(imp, row_cell(imp, record, F_PROJECT_PATH),
	    &path_id)) != NULL)
		return err;
	day_format(day != DAY_NONE ? day : imp->o->today, fallback);
	/* An export names a project's path only when it was given. */
	if ((err = db_exec(imp->db, "INSERT INTO project (name, path_id, "
	    "path_given, started, completed, url, description, created, "
	    "batch_id, contribution) VALUES (?1, nullif(?2, 0), ?2 <> 0, ?3, "
	    "?4, ?5, ?6, ?7, nullif(?8, 0), ?9)", "titttttii", name,
	    path_id, started ? started : fallback, completed, url,
	    day == DAY_NONE ? text_or_null(row_cell(imp, record, F_NOTE)) :
	    NULL,
	    imp->store.created, imp->store.batch_id, (int64_t)contribution))
	    != NULL)
		return err;
	*id = sqlite3_last_insert_rowid(imp->db);
	return NULL;
}

/* The cells of the export's tutorial columns, checked. */
struct tutorial_cells {
	const char *title, *platform, *course_id, *url;
	const char *started, *completed;
	double progress;	/* -1: none */
};

static struct error *
tutorial_cells(struct importer *imp, const struct csv_record *record,
    struct tutorial_cells *c)
{
	const char *progress = row_cell(imp, record, F_TUTORIAL_PROGRESS);
	struct error *err;
	int check;

	c->title = row_name(imp, record, F_TUTORIAL);
	c->platform = text_or_null(row_cell(imp, record, F_TUTORIAL_PLATFORM));
	c->course_id = text_or_null(row_cell(imp, record, F_TUTORIAL_COURSE_ID));
	c->url = text_or_null(row_cell(imp, record, F_TUTORIAL_URL));
	c->started = or_null(row_cell(imp, record, F_TUTORIAL_STARTED));
	c->completed = or_null(row_cell(imp, record, F_TUTORIAL_COMPLETED));
	c->progress = -1;
	if ((err = title_check("tutorial", c->title)) != NULL ||
	    (err = optional_day(c->started ? c->started : "", &check)) ||
	    (err = optional_day(c->completed ? c->completed : "", &check)))
		return err;
	if (!value_empty(progress) && ((err = value_number(progress,
	    NUMBER_DOT, &c->progress)) != NULL))
		return err;
	return NULL;
}

/* Fills in what the existing tutorial lacks; progress only grows. */
static struct error *
tutorial_merge(struct importer *imp, const struct tutorial_cells *c,
    int64_t id)
{
	int64_t batch_id, differs;
	struct error *err;

	if ((err = db_query_int(imp->db, &differs, 0, "SELECT (completed IS "
	    "NULL AND ?1 IS NOT NULL) OR (url IS NULL AND ?2 IS NOT NULL) OR "
	    "ifnull(progress, -1) < ?3 FROM tutorial WHERE id = ?4", "ttdi",
	    c->completed, c->url, c->progress, id)) != NULL || !differs)
		return err;
	if ((err = db_query_int(imp->db, &batch_id, 0, "SELECT batch_id FROM "
	    "tutorial WHERE id = ?", "i", id)) != NULL ||
	    (err = tutorial_remember(imp, id, batch_id)) != NULL)
		return err;
	return db_exec(imp->db, "UPDATE tutorial SET completed = coalesce("
	    "completed, ?1), url = coalesce(url, ?2), progress = CASE WHEN "
	    "ifnull(progress, -1) < ?3 THEN ?3 ELSE progress END WHERE id = ?4",
	    "ttdi", c->completed, c->url, c->progress, id);
}

/* The export's tutorial, created or brought up to the row. */
static struct error *
track_tutorial(struct importer *imp, const struct csv_record *record,
    int day, int64_t *id)
{
	struct tutorial_cells c;
	struct topic_ref topic = { 0 };
	const char *topic_name = row_cell(imp, record, F_TUTORIAL_TOPIC);
	char fallback[DAY_TEXT_SIZE];
	struct error *err;

	if ((err = tutorial_cells(imp, record, &c)) != NULL ||
	    (err = store_tutorial_find(&imp->store, c.title, c.platform,
	    c.course_id, id)) != NULL)
		return err;
	if (*id != 0)
		return tutorial_merge(imp, &c, *id);
	if (!value_empty(topic_name) &&
	    (err = named_topic(imp, topic_name, &topic)) != NULL)
		return err;
	day_format(day != DAY_NONE ? day : imp->o->today, fallback);
	if ((err = db_exec(imp->db, "INSERT INTO tutorial (title, topic_id, "
	    "platform, course_id, url, started, completed, progress, created, "
	    "batch_id) VALUES (?, nullif(?, 0), ?, ?, ?, ?, ?, nullif(?, -1.0), "
	    "?, nullif(?, 0))", "titttttdti", c.title, topic.id, c.platform,
	    c.course_id, c.url, c.started ? c.started : fallback, c.completed,
	    c.progress, imp->store.created, imp->store.batch_id)) != NULL)
		return err;
	*id = sqlite3_last_insert_rowid(imp->db);
	imp->result->tutorials_added++;
	return NULL;
}

/* ---------------------------------------------------------------------
 * track's export: sessions
 */

static struct error *
session_times(struct importer *imp, const struct csv_record *record,
    struct new_session *n)
{
	const char *start = row_cell(imp, record, F_START);
	const char *minutes = row_cell(imp, record, F_MINUTES);
	struct error *err;
	char *end;
	long value;

	if ((err = track_day(imp, row_cell(imp, record, F_DATE), &n->day)))
		return err;
	n->has_start = !value_empty(start);
	if (n->has_start && !instant_parse(start, &n->start))
		return error_usage("invalid start '%s': use an instant such as "
		    "2026-11-22T09:30:00Z", start);
	value = strtol(minutes, &end, 10);
	if (end == minutes || *end != '\0' || value < 1 || value > 1440)
		return error_usage("invalid minutes '%s': use a whole number "
		    "from 1 to 1440", minutes);
	n->minutes = (int)value;
	return NULL;
}

/* The estimated cell: true or false (yes/no, 1/0); empty is false. */
static struct error *
session_estimated(const char *text, bool *estimated)
{
	*estimated = false;
	if (value_empty(text) || value_bool(text, estimated))
		return NULL;
	return error_usage("invalid estimated '%s': use true or false", text);
}

static struct error *
session_origin(const char *text, const char **origin)
{
	static const char *const origins[] = { "manual", "timer", "import" };

	*origin = "import";
	if (value_empty(text))
		return NULL;
	for (size_t i = 0; i < 3; i++)
		if (strcmp(text, origins[i]) == 0) {
			*origin = origins[i];
			return NULL;
		}
	return error_usage("invalid origin '%s': use manual, timer or import",
	    text);
}

/* Maps a topic this import created to the path its row names. */
static struct error *
map_new_topic(struct importer *imp, const struct topic_ref *topic,
    const char *slug)
{
	int64_t path_id;
	struct error *err;

	if (topic->path_id != 0 || value_empty(slug))
		return NULL;
	if ((err = path_id_of(imp, slug, &path_id)) != NULL)
		return err;
	return db_exec(imp->db, "UPDATE topic SET path_id = ? WHERE id = ? AND "
	    "path_id IS NULL", "ii", path_id, topic->id);
}

/*
 * An imported session of the export, with a fingerprint that may be one
 * of schema 009 (of the whole row): listed in import_legacy with no
 * family, so that the tool's export it came from, imported here, finds
 * it by that fingerprint (match.c). An id's fingerprint ("id/...") is
 * this version's; a session met by an entry leaves the list.
 */
static struct error *
fingerprint_keep(struct importer *imp, const struct new_session *n)
{
	if (n->fingerprint == NULL || n->estimated ||
	    strcmp(n->origin, "import") != 0 ||
	    strncmp(n->fingerprint, "id/", 3) == 0)
		return NULL;
	return db_exec(imp->db, "INSERT OR IGNORE INTO import_legacy "
	    "(session_id, family) VALUES (?, NULL)", "i",
	    sqlite3_last_insert_rowid(imp->db));
}

static struct error *
session_record(struct importer *imp, const struct csv_record *record)
{
	const char *uuid = row_cell(imp, record, F_UUID);
	const char *note = row_cell(imp, record, F_NOTE);
	struct new_session n = { 0 };
	struct topic_ref topic;
	struct error *err;
	bool added;

	if (strlen(uuid) != 36)
		return error_usage("invalid uuid '%s'", uuid);
	n.uuid = uuid;
	n.note = text_or_null(note);
	n.fingerprint = text_or_null(row_cell(imp, record, F_FINGERPRINT));
	if ((err = session_times(imp, record, &n)) ||
	    (err = kind_parse(row_cell(imp, record, F_KIND), &n.kind)) ||
	    (err = session_origin(row_cell(imp, record, F_ORIGIN), &n.origin)) ||
	    (err = session_estimated(row_cell(imp, record, F_ESTIMATED),
	    &n.estimated)) ||
	    (n.note && (err = note_check(n.note, SESSION_NOTE_MAX))) ||
	    (err = named_topic_in(imp, row_cell(imp, record, F_TOPIC),
	    row_cell(imp, record, F_TOPIC_PATH), &topic)) ||
	    (err = map_new_topic(imp, &topic, row_cell(imp, record,
	    F_TOPIC_PATH))))
		return err;
	n.topic_id = topic.id;
	if ((*row_cell(imp, record, F_PROJECT) && (err = track_project(imp,
	    record, n.day, &n.project_id))) || (*row_cell(imp, record,
	    F_TUTORIAL) && (err = track_tutorial(imp, record, n.day,
	    &n.tutorial_id))))
		return err;
	if ((err = store_session(&imp->store, &n, 0, &added)) != NULL ||
	    (added && (err = fingerprint_keep(imp, &n)) != NULL))
		return err;
	*(added ? &imp->result->sessions_added : &imp->result->duplicates) += 1;
	return NULL;
}

/* ---------------------------------------------------------------------
 * track's export: the other records
 */

static struct error *
setting_record(struct importer *imp, const struct csv_record *record)
{
	return setting_set(imp->db, row_cell(imp, record, F_NAME),
	    row_cell(imp, record, F_VALUE));
}

static struct error *
path_record(struct importer *imp, const struct csv_record *record)
{
	const char *slug = row_cell(imp, record, F_NAME);
	const char *name = row_name(imp, record, F_VALUE);
	struct error *err;
	int64_t id;

	if ((err = path_slug_check(slug)) != NULL ||
	    (err = db_query_int(imp->db, &id, 0, "SELECT id FROM path WHERE "
	    "slug = ?", "t", slug)) != NULL || id != 0)
		return err;
	return path_add(imp->db, slug, *name ? name : slug,
	    text_or_null(row_cell(imp, record, F_NOTE)));
}

static struct error *
topic_record(struct importer *imp, const struct csv_record *record)
{
	const char *slug = row_cell(imp, record, F_TOPIC_PATH);
	struct topic_ref topic;
	struct error *err;
	int64_t path_id;

	if ((err = named_topic_in(imp, row_cell(imp, record, F_TOPIC), slug,
	    &topic)) || value_empty(slug) ||
	    (err = path_id_of(imp, slug, &path_id)))
		return err;
	return db_exec(imp->db, "UPDATE topic SET path_id = ? WHERE id = ?",
	    "ii", path_id, topic.id);
}

static struct error *
alias_record(struct importer *imp, const struct csv_record *record)
{
	const char *alias = row_name(imp, record, F_NAME);
	const char *name = row_name(imp, record, F_TOPIC);
	struct topic found;
	struct error *err;
	bool exists;

	topic_init(&found);
	if ((err = topic_name_check(alias)) == NULL &&
	    (err = topic_find(imp->db, alias, &found, &exists)) == NULL &&
	    !exists && (err = topic_find(imp->db, name, &found, &exists)) == NULL)
		err = exists ? topic_alias_add(imp->db, alias, found.id) :
		    error_usage("unknown topic '%s' for alias '%s'", name, alias);
	topic_release(&found);
	return err;
}

/*
 * The topics of a skill row, "name,name" (names or aliases, each known,
 * at most SKILL_TOPICS_MAX), as ids into ids[*n].
 */
static struct error *
skill_topic_ids(struct importer *imp, const char *list, const char *skill,
    int64_t *ids, size_t *n)
{
	char *copy = xstrdup(list), *item, *rest = copy;
	struct error *err = NULL;
	struct topic found;
	bool exists;

	topic_init(&found);
	*n = 0;
	while (err == NULL && (item = strsep(&rest, ",")) != NULL) {
		if (*n == SKILL_TOPICS_MAX)
			err = error_usage("skill '%s' names more than %d topics",
			    skill, SKILL_TOPICS_MAX);
		else if ((err = topic_find(imp->db, item, &found,
		    &exists)) == NULL && !exists)
			err = error_usage("unknown topic '%s' for skill '%s': a "
			    "topic row must come first", item, skill);
		else if (err == NULL)
			ids[(*n)++] = found.id;
	}
	topic_release(&found);
	free(copy);
	return err;
}

/*
 * A learner's skill, added with its path and topics; a skill of that
 * name already here (the learner's or the catalog's) is left as it is.
 */
static struct error *
skill_record(struct importer *imp, const struct csv_record *record)
{
	const char *title = row_name(imp, record, F_VALUE);
	int64_t ids[SKILL_TOPICS_MAX];
	struct skill s;
	struct error *err;
	size_t n;
	bool exists;

	skill_init(&s);
	s.name = xstrdup(row_cell(imp, record, F_NAME));
	if ((err = skill_name_check(s.name)) != NULL ||
	    (*title && (err = skill_title_check(title)) != NULL) ||
	    (err = skill_find(imp->db, s.name, &s, &exists)) != NULL || exists)
		goto done;
	s.title = *title ? xstrdup(title) : skill_default_title(s.name);
	if ((err = path_id_of(imp, row_cell(imp, record, F_TOPIC_PATH),
	    &s.path_id)) == NULL && s.path_id == 0)
		err = error_usage("a skill needs its path in 'topic_path'");
	if (err == NULL && (err = skill_topic_ids(imp, row_cell(imp, record,
	    F_TOPIC), s.name, ids, &n)) == NULL)
		err = skill_add(imp->db, &s, ids, n);
done:
	skill_release(&s);
	return err;
}

static struct error *
path_choice_record(struct importer *imp, const struct csv_record *record)
{
	const char *slug = row_cell(imp, record, F_NAME);
	const char *day_text = row_cell(imp, record, F_DATE);
	struct error *err;
	int64_t path_id, exists;
	int day;

	if ((err = value_date(day_text, DATE_ISO, &day)) != NULL ||
	    (err = path_id_of(imp, slug, &path_id)) != NULL)
		return err;
	if (path_id == 0)
		return error_usage("a path choice needs a path in 'name'");
	/*
	 * The n-th choice of a path on a day in the file is a duplicate when
	 * the database already holds n of them: several `path set` on one day
	 * (backend, ml, backend) all come back, and a re-import adds none.
	 */
	if ((err = db_exec(imp->db, "INSERT INTO temp.import_choice VALUES "
	    "(?1, ?2, 1) ON CONFLICT DO UPDATE SET seen = seen + 1", "it",
	    path_id, day_text)) != NULL ||
	    (err = db_query_int(imp->db, &exists, 0, "SELECT (SELECT count(*) "
	    "FROM path_choice WHERE path_id = ?1 AND day = ?2) >= (SELECT seen "
	    "FROM temp.import_choice WHERE path_id = ?1 AND day = ?2)", "it",
	    path_id, day_text)) != NULL || exists)
		return err;
	return path_choose(imp->db, path_id, day, imp->o->now);
}

static struct error *
project_record(struct importer *imp, const struct csv_record *record)
{
	int64_t id;

	return track_project(imp, record, DAY_NONE, &id);
}

static struct error *
tutorial_record(struct importer *imp, const struct csv_record *record)
{
	int64_t id;

	return track_tutorial(imp, record, DAY_NONE, &id);
}

static const struct {
	const char *name;
	struct error *(*row)(struct importer *, const struct csv_record *);
} records[] = {
	{ "setting", setting_record }, { "path", path_record },
	{ "topic", topic_record }, { "alias", alias_record },
	{ "skill", skill_record },
	{ "path_choice", path_choice_record }, { "project", project_record },
	{ "tutorial", tutorial_record }, { "session", session_record },
};

struct error *
track_row(struct importer *imp, const struct csv_record *record)
{
	const char *name = row_cell(imp, record, F_RECORD);

	if (*name == '\0')
		name = "session";
	for (size_t i = 0; i < sizeof(records) / sizeof(records[0]); i++)
		if (strcmp(records[i].name, name) == 0)
			return records[i].row(imp, record);
	return error_usage("unknown record '%s': use setting, path, topic, "
	    "alias, skill, path_choice, project, tutorial or session", name);
}
