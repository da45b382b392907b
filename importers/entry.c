/*
 * Time-tracker entries (Toggl, Clockify, Harvest, Watson, Timewarrior,
 * --map): a row's times become a day, a start and seconds; then the
 * shared rules of FORMATS.md 1.2 give it a topic, a kind, a project and
 * a note, and it becomes one session.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/date.h"
#include "core/duration.h"
#include "importers/importer.h"
#include "core/project.h"
#include "importers/values.h"

static struct error *entry_times(struct importer *imp,
    const struct csv_record *record, struct entry *e);

/* Splits the Tags cell ("django, video") into e->tags. */
static void
split_tags(struct importer *imp, const char *text, struct entry *e)
{
	char *p;

	buf_clear(&imp->tag_copy);
	buf_puts(&imp->tag_copy, text);
	e->tags_text = text;
	for (p = imp->tag_copy.data; *p && e->tag_count < TAGS_MAX;) {
		char *comma = strchr(p, ','), *end;

		if (comma != NULL)
			*comma = '\0';
		while (*p == ' ' || *p == '\t')
			p++;
		end = p + strlen(p);
		while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
			*--end = '\0';
		if (*p != '\0')
			e->tags[e->tag_count++] = p;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
}

struct error *
entry_from_record(struct importer *imp, const struct csv_record *record,
    struct entry *e)
{
	memset(e, 0, sizeof(*e));
	e->line = record->line;
	e->project = row_cell(imp, record, F_PROJECT);
	e->task = row_cell(imp, record, F_TASK);
	e->description = row_cell(imp, record, F_DESCRIPTION);
	e->id = row_cell(imp, record, F_ID);
	e->topic = row_cell(imp, record, F_TOPIC);
	e->kind = row_cell(imp, record, F_KIND);
	e->note = row_cell(imp, record, F_NOTE);
	split_tags(imp, row_cell(imp, record, F_TAGS), e);
	return entry_times(imp, record, e);
}

/* ---------------------------------------------------------------------
 * Times
 */

/*
 * Reads a start or end cell: a clock time on *day (when known) or a
 * date-time, which sets *day when it was unknown (DAY_NONE).
 */
static struct error *
read_instant(const struct importer *imp, const char *text, int *day,
    time_t *instant)
{
	const struct profile *p = imp->map.profile;
	struct error *err = NULL;
	struct when w;
	int seconds;

	/* A bare clock time on a known day; else a full date-time. */
	if (*day != DAY_NONE) {
		if ((err = value_clock(text, &seconds)) == NULL) {
			*instant = instant_of_local(*day, seconds / 3600,
			    seconds / 60 % 60, seconds % 60);
			return NULL;
		}
		error_free(err);
	}
	if ((err = value_when(text, imp->dates.syntax, p->zone, &w)) != NULL)
		return err;
	if (!w.has_time)
		return error_usage("invalid time '%s': give a time of day", text);
	if (*day == DAY_NONE)
		*day = w.day;
	*instant = w.instant;
	return NULL;
}

/* The end instant: End time on End date (else the start day). */
static struct error *
read_end(const struct importer *imp, const struct csv_record *record,
    const struct entry *e, bool *has_end, time_t *end)
{
	const char *end_text = row_cell(imp, record, F_END);
	const char *end_date = row_cell(imp, record, F_END_DATE);
	struct error *err;
	int day = e->day;

	*has_end = !value_empty(end_text);
	if (!*has_end)
		return NULL;
	if (!value_empty(end_date) && (err = value_date(end_date,
	    imp->dates.syntax, &day)) != NULL)
		return err;
	if ((err = read_instant(imp, end_text, &day, end)) != NULL)
		return err;
	/*
	 * A clock end before the start without an end date: that clock on
	 * the next day (read again: a DST change at midnight makes that
	 * day 23 or 25 hours after this one).
	 */
	if (value_empty(end_date) && e->has_start && *end < e->start &&
	    day == e->day && strchr(end_text, '-') == NULL) {
		day = e->day + 1;
		return read_instant(imp, end_text, &day, end);
	}
	return NULL;
}

/* Digits with at most one decimal mark, and nothing else. */
static bool
bare_number(const char *text)
{
	int marks = 0, digits = 0;

	for (; *text; text++)
		if (*text >= '0' && *text <= '9')
			digits++;
		else if ((*text == '.' || *text == ',') && marks++ == 0)
			continue;
		else if (*text != ' ')
			return false;
	return digits > 0;
}

/*
 * A duration column the learner named with --map (or any column of a
 * --map on an unknown header) follows track's own rule: a bare number
 * says no unit, so it is refused rather than guessed.
 */
static struct error *
mapped_duration_check(const struct importer *imp, const char *duration)
{
	const char *column;

	if (!imp->map.mapped[F_DURATION] || !bare_number(duration))
		return NULL;
	column = imp->header[imp->map.column[F_DURATION]];
	return error_usage("duration '%s' has no unit: map the column as "
	    "minutes (--map '%s=minutes') or hours (--map '%s=hours')",
	    duration, column, column);
}

/* Frees err and returns instead: a refusal that takes err's place. */
static struct error *
error_instead(struct error *err, struct error *instead)
{
	error_free(err);
	return instead;
}

/* Seconds from Duration, else minutes, else hours; *found if any. */
static struct error *
read_length(const struct importer *imp, const struct csv_record *record,
    long *seconds, bool *found)
{
	const struct profile *p = imp->map.profile;
	const char *duration = row_cell(imp, record, F_DURATION);
	const char *minutes = row_cell(imp, record, F_MINUTES);
	const char *hours = row_cell(imp, record, F_HOURS);
	struct error *err = NULL, *cell_err;
	int track_minutes;

	*found = true;
	if (!value_empty(duration)) {
		struct error *track_err;

		if ((err = mapped_duration_check(imp, duration)) != NULL)
			return err;
		if ((err = value_duration(duration, p->numbers, seconds)) == NULL)
			return NULL;
		/* Only the export's own syntax's refusal is reported. */
		track_err = p->type == TYPE_TRACKER ? duration_parse_unbounded(
		    duration, &track_minutes) : NULL;
		if (p->type == TYPE_TRACKER && track_err == NULL) {
			error_free(err);
			*seconds = track_minutes * 60L;
			return NULL;
		}
		error_free(track_err);
	}
	cell_err = value_time_cells(minutes, hours, p->numbers, seconds, found);
	return *found ? error_instead(err, cell_err) : err;
}

static struct error *
entry_times(struct importer *imp, const struct csv_record *record,
    struct entry *e)
{
	const char *date = row_cell(imp, record, F_DATE);
	const char *start = row_cell(imp, record, F_START);
	struct error *err = NULL, *length_err;
	bool has_end, found;
	struct when w;
	time_t end;

	e->day = DAY_NONE;
	if (!value_empty(date)) {
		if ((err = value_when(date, imp->dates.syntax,
		    imp->map.profile->zone, &w)) != NULL)
			return err;
		e->day = w.day;
	}
	if (!value_empty(start)) {
		if ((err = read_instant(imp, start, &e->day, &e->start)) != NULL)
			return err;
		e->has_start = true;
	}
	if (e->day == DAY_NONE)
		return error_usage("no date: the row needs a date or a start");
	length_err = read_length(imp, record, &e->seconds, &found);
	if (found && length_err == NULL)
		return NULL;
	if ((err = read_end(imp, record, e, &has_end, &end)) == NULL &&
	    has_end && e->has_start) {
		error_free(length_err);
		e->seconds = (long)(end - e->start);
		return NULL;
	}
	if (err == NULL && length_err == NULL)
		err = error_usage("no duration: the row needs a duration or an "
		    "end");
	return length_err != NULL ? error_instead(err, length_err) : err;
}

/* ---------------------------------------------------------------------
 * The shared rules
 */

/* The topic a catalog name stands for, with its path. */
static struct error *
named_topic(struct importer *imp, const struct catalog_name *c,
    struct topic_ref *topic)
{
	bool created;

	return store_topic(&imp->store, c->topic, topic, &created);
}

/* The catalog name the entry's fields name first (FORMATS.md order). */
static const struct catalog_name *
entry_match(struct importer *imp, const struct entry *e)
{
	const struct catalog_name *c = NULL;

	if (e->tag_exact_topic)
		for (int i = 0; i < e->tag_count && c == NULL; i++)
			c = matcher_exact(imp->matcher, e->tags[i]);
	if (c == NULL && *e->topic)
		c = matcher_find(imp->matcher, e->topic);
	if (c == NULL && *e->project)
		c = matcher_find(imp->matcher, e->project);
	if (c == NULL && *e->tags_text)
		c = matcher_find(imp->matcher, e->tags_text);
	if (c == NULL && *e->description)
		c = matcher_find(imp->matcher, e->description);
	if (c == NULL && *e->task)
		c = matcher_find(imp->matcher, e->task);
	return c;
}

/*
 * --topic, else the catalog name the fields hold, else the topic column,
 * Project, first tag or "unmapped" stored unmapped. *fallback is the text
 * used that way (so that tag leaves the note).
 */
static struct error *
entry_topic(struct importer *imp, const struct entry *e,
    struct topic_ref *topic, const char **fallback)
{
	const struct catalog_name *c;

	*fallback = NULL;
	if (imp->o->topic != NULL)
		return row_topic_fallback(imp, imp->o->topic, topic);
	if ((c = entry_match(imp, e)) != NULL)
		return named_topic(imp, c, topic);
	*fallback = *e->topic ? e->topic : *e->project ? e->project :
	    e->tag_count > 0 ? e->tags[0] : "unmapped";
	return row_topic_fallback(imp, *fallback, topic);
}

/*
 * The kind words of a Project cell: the word "project" (or "projects")
 * there is part of a name ("Project A"), not a kind (FORMATS.md, shared
 * rules); other words count as in any field.
 */
static unsigned
project_kinds(struct importer *imp, const char *project)
{
	struct buf *b = &imp->scratch;
	const char *p = project;

	buf_clear(b);
	while (*p) {
		size_t n = 0;

		while (p[n] && (isalnum((unsigned char)p[n]) ||
		    (unsigned char)p[n] >= 0x80))
			n++;
		if (n == 0) {
			buf_append(b, p, 1);
			p++;
			continue;
		}
		if (!((n == 7 && strncasecmp(p, "project", 7) == 0) ||
		    (n == 8 && strncasecmp(p, "projects", 8) == 0)))
			buf_append(b, p, n);
		else
			buf_puts(b, " ");
		p += n;
	}
	return matcher_kinds(imp->matcher, b->data != NULL ? b->data : "");
}

/* The entry's kind; *inferred when words of its fields decided it. */
static enum kind
entry_kind(struct importer *imp, const struct entry *e, bool *inferred)
{
	const struct matcher *m = imp->matcher;
	unsigned bits;
	enum kind kind;

	*inferred = false;
	if (*e->kind) {
		struct error *err = kind_parse(e->kind, &kind);

		if (err == NULL)
			return kind;
		error_free(err);
	}
	bits = project_kinds(imp, e->project) | matcher_kinds(m, e->task) |
	    matcher_kinds(m, e->description) | matcher_kinds(m, e->tags_text);
	*inferred = (bits & (KIND_WORD_TUTORIAL | KIND_WORD_PROJECT)) != 0;
	if (bits & KIND_WORD_TUTORIAL)
		return KIND_TUTORIAL;
	if (bits & KIND_WORD_PROJECT)
		return KIND_PROJECT;
	return imp->default_kind;
}

/* Whether a tag is the topic (named it or stood in for it). */
static bool
tag_is_topic(struct importer *imp, const char *tag, int64_t topic_id,
    const char *fallback)
{
	const struct catalog_name *c;

	if (tag == fallback)
		return true;
	c = matcher_find(imp->matcher, tag);
	return c != NULL && c->topic_id == topic_id;
}

/* Description + note column + the tags that are not the topic, "; ". */
static void
entry_note(struct importer *imp, const struct entry *e, int64_t topic_id,
    const char *fallback, struct buf *note)
{
	buf_clear(note);
	if (*e->description)
		buf_puts(note, e->description);
	if (*e->note)
		buf_printf(note, "%s%s", note->len ? "; " : "", e->note);
	for (int i = 0; i < e->tag_count; i++)
		if (!tag_is_topic(imp, e->tags[i], topic_id, fallback))
			buf_printf(note, "%s%s", note->len ? "; " : "", e->tags[i]);
}

/*
 * The whole-row hash a track before schema 011 fingerprinted an entry
 * with: its sessions are still found by it (match.c).
 */
static uint64_t
entry_legacy_hash(struct importer *imp, const struct entry *e)
{
	struct store *s = &imp->store;

	store_key_reset(s, imp->map.profile->family, e->day,
	    e->has_start ? (long long)e->start : -1, e->seconds);
	store_key_add(s, e->project);
	store_key_add(s, e->task);
	store_key_add(s, e->description);
	store_key_add(s, e->tags_text);
	store_key_add(s, e->id);
	store_key_add(s, e->topic);
	store_key_add(s, e->note);
	return store_key_hash(s);
}

/*
 * The entry's keys (identity.h): its identity (the tool's id, else its
 * start and minutes, else its day, minutes, project, task and topic
 * column), the hash of what it says (for an id, its times too), and its
 * legacy hash while the database holds sessions of this family that an
 * older track imported.
 */
static struct error *
entry_keys(struct importer *imp, const struct entry *e, long minutes,
    struct entry_keys *k)
{
	struct store *s = &imp->store;
	const char *family = imp->map.profile->family;
	const char *names[] = { e->project, e->task, e->topic };
	long long start = e->has_start ? (long long)e->start : -1;
	struct error *err;
	bool legacy;

	k->family = family;
	identity_make(&k->identity, &s->key, family, e->id, e->has_start, start,
	    e->day, minutes, names, sizeof(names) / sizeof(names[0]));
	k->legacy_topic = k->identity.kind == IDENTITY_DAY;
	k->legacy_links = false;
	if (k->identity.kind == IDENTITY_ID)
		store_key_reset(s, family, e->day, start, minutes * 60);
	else
		store_key_reset(s, family, 0, -1, 0);
	store_key_add(s, e->project);
	store_key_add(s, e->task);
	store_key_add(s, e->description);
	store_key_add(s, e->tags_text);
	store_key_add(s, e->topic);
	store_key_add(s, e->kind);
	store_key_add(s, e->note);
	k->content = store_key_hash(s);
	k->legacy = 0;
	if ((err = store_legacy(s, family, &legacy)) != NULL || !legacy)
		return err;
	k->legacy = entry_legacy_hash(imp, e);
	return NULL;
}

/* Counts what became of the entry; a kept edit is said. */
static void
entry_count(struct importer *imp, const struct entry *e,
    enum store_outcome outcome, int64_t session_id, bool inferred,
    enum kind kind)
{
	struct import_result *r = imp->result;

	switch (outcome) {
	case STORE_ADDED:
		r->sessions_added++;
		if (inferred)
			r->kinds_inferred[kind]++;
		break;
	case STORE_UPDATED:
		r->sessions_updated++;
		break;
	case STORE_KEPT:
		row_warn(imp, e->line, "the entry changed since it was imported, "
		    "but session #%lld was edited by hand since: kept as edited",
		    (long long)session_id);
		r->duplicates++;
		break;
	case STORE_SAME:
		r->duplicates++;
		break;
	}
}

/* Checks the length; false (with the row counted) when it is skipped. */
static struct error *
entry_length(struct importer *imp, const struct entry *e, bool *keep)
{
	long minutes = value_minutes(e->seconds);
	char text[32];

	*keep = false;
	if (e->seconds < 0)
		return error_usage("entry ends before it starts");
	if (minutes == 0) {
		row_warn(imp, e->line, "entry lasts 0 min; skipped");
		imp->result->skipped++;
		return NULL;
	}
	value_format_minutes(minutes, text, sizeof(text));
	if (minutes > 1440)
		return error_usage("entry lasts %s; a session holds at most 24h",
		    text);
	*keep = true;
	return row_future_check(imp, e->day);
}

/* Names the project of a project entry: Project, else Description. */
static struct error *
entry_project(struct importer *imp, const struct entry *e,
    const struct topic_ref *topic, struct new_session *n)
{
	char *name;
	struct error *err;

	if (n->kind != KIND_PROJECT || (!*e->project && !*e->description))
		return NULL;
	name = row_clean_title(*e->project ? e->project : e->description);
	if ((err = title_check("project", name)) == NULL)
		err = store_project(&imp->store, name, topic, e->day,
		    &n->project_id);
	free(name);
	return err;
}

struct error *
entry_import(struct importer *imp, struct entry *e)
{
	struct new_session n = { .origin = "import" };
	struct topic_ref topic;
	struct entry_keys k;
	enum store_outcome outcome;
	const char *fallback;
	struct error *err;
	int64_t session_id;
	bool keep, inferred;

	if ((err = entry_length(imp, e, &keep)) != NULL || !keep)
		return err;
	if ((err = entry_topic(imp, e, &topic, &fallback)) != NULL)
		return err;
	n.day = e->day;
	n.has_start = e->has_start;
	n.start = e->start;
	n.minutes = (int)value_minutes(e->seconds);
	n.topic_id = topic.id;
	n.kind = entry_kind(imp, e, &inferred);
	if ((err = entry_project(imp, e, &topic, &n)) != NULL)
		return err;
	entry_note(imp, e, topic.id, fallback, &imp->scratch);
	if (imp->scratch.len > SESSION_NOTE_MAX)
		return error_usage("note of %zu bytes is too long: a note holds "
		    "at most %d", imp->scratch.len, SESSION_NOTE_MAX);
	n.note = imp->scratch.len ? imp->scratch.data : NULL;
	if ((err = entry_keys(imp, e, n.minutes, &k)) != NULL ||
	    (err = store_entry(&imp->store, &n, &k, &outcome,
	    &session_id)) != NULL)
		return err;
	entry_count(imp, e, outcome, session_id, inferred, n.kind);
	return NULL;
}
