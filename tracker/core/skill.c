#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/db.h"
#include "core/skill.h"
#include "core/stmt.h"
#include "core/suggest.h"
#include "core/text.h"

/* A skill's columns, its path's slug and its topics' names. */
#define SKILL_SELECT "SELECT s.id, s.name, s.title, s.area, " \
	"ifnull(s.path_id, 0), p.slug, s.builtin, (SELECT group_concat(n, " \
	"char(31)) FROM (SELECT t.name AS n FROM skill_topic st JOIN topic t ON " \
	"t.id = st.topic_id WHERE st.skill_id = s.id ORDER BY t.name)) " \
	"FROM skill s LEFT JOIN path p ON p.id = s.path_id "

void
skill_init(struct skill *s)
{
	memset(s, 0, sizeof(*s));
}

void
skill_release(struct skill *s)
{
	free(s->name);
	free(s->title);
	free(s->area);
	free(s->path);
	for (size_t i = 0; i < s->topic_count; i++)
		free(s->topics[i]);
	free(s->topics);
	skill_init(s);
}

struct error *
skill_name_check(const char *name)
{
	size_t n = strlen(name);

	if (n == 0 || n > SKILL_NAME_MAX || !islower((unsigned char)name[0]))
		goto bad;
	for (size_t i = 0; i < n; i++)
		if (!islower((unsigned char)name[i]) &&
		    !isdigit((unsigned char)name[i]) && name[i] != '-')
			goto bad;
	return NULL;
bad:
	return error_usage("invalid skill name '%s': use at most %d lowercase "
	    "letters, digits and '-', starting with a letter (e.g. "
	    "web-scraping)", name, SKILL_NAME_MAX);
}

struct error *
skill_title_check(const char *title)
{
	if (*title == '\0' || strlen(title) > SKILL_TITLE_MAX ||
	    !utf8_valid(title))
		return error_usage("invalid skill title: use UTF-8 text of 1 to "
		    "%d bytes", SKILL_TITLE_MAX);
	return name_controls_check("skill title", title);
}

char *
skill_default_title(const char *name)
{
	char *title = xstrdup(name);

	for (char *p = title; *p != '\0'; p++)
		if (*p == '-')
			*p = ' ';
	title[0] = (char)toupper((unsigned char)title[0]);
	return title;
}

/*
 * Sets s's topics from names joined by the unit separator (0x1f, which
 * no topic name holds: topic_name_check refuses control characters).
 */
static void
skill_split_topics(struct skill *s, const char *joined)
{
	const char *p = joined;

	for (;;) {
		size_t n = strcspn(p, "\x1f");

		s->topics = xrealloc(s->topics, (s->topic_count + 1) *
		    sizeof(*s->topics));
		s->topics[s->topic_count] = xmalloc(n + 1);
		memcpy(s->topics[s->topic_count], p, n);
		s->topics[s->topic_count++][n] = '\0';
		if (p[n] == '\0')
			break;
		p += n + 1;
	}
}

/* Fills s from a row of SKILL_SELECT. */
static void
skill_from_row(sqlite3_stmt *row, struct skill *s)
{
	skill_release(s);
	s->id = sqlite3_column_int64(row, 0);
	s->name = db_column_strdup(row, 1);
	s->title = db_column_strdup(row, 2);
	s->area = db_column_strdup(row, 3);
	s->path_id = sqlite3_column_int64(row, 4);
	if (sqlite3_column_type(row, 5) != SQLITE_NULL)
		s->path = db_column_strdup(row, 5);
	s->builtin = sqlite3_column_int(row, 6) != 0;
	if (sqlite3_column_type(row, 7) != SQLITE_NULL)
		skill_split_topics(s, (const char *)sqlite3_column_text(row, 7));
}

struct error *
skill_find(sqlite3 *db, const char *name, struct skill *s, bool *found)
{
	struct stmt st;
	struct error *err;

	*found = false;
	if ((err = stmt_prepare(&st, db, "cannot read skills",
	    SKILL_SELECT "WHERE s.name = ?")) != NULL)
		return err;
	stmt_bind(&st, "t", name);
	if (stmt_step(&st) == STMT_ROW) {
		skill_from_row(st.handle, s);
		*found = true;
	}
	return stmt_finish(&st);
}

struct error *
skill_require(sqlite3 *db, const char *name, struct skill *s)
{
	struct error *err;
	char *best;
	bool found;

	if ((err = skill_find(db, name, s, &found)) != NULL || found)
		return err;
	if ((err = db_closest(db, "cannot read skills", "SELECT name FROM "
	    "skill ORDER BY position, name", &suggest_topics, name,
	    &best)) != NULL)
		return err;
	if (best == NULL)
		err = error_usage("unknown skill '%s': 'track skill list' shows "
		    "them all", name);
	else
		err = error_usage("unknown skill '%s': did you mean '%s'?", name,
		    best);
	free(best);
	return err;
}

/* Refuses name when a skill already has it (any case). */
static struct error *
skill_name_free(sqlite3 *db, const char *name)
{
	struct skill existing;
	struct error *err;
	bool found;

	skill_init(&existing);
	if ((err = skill_find(db, name, &existing, &found)) == NULL && found)
		err = error_usage("skill '%s' already exists (%s%s%s): choose "
		    "another name", existing.name, existing.title,
		    existing.path ? ", " : "", existing.path ? existing.path :
		    "");
	skill_release(&existing);
	return err;
}

struct error *
skill_add(sqlite3 *db, struct skill *s, const int64_t *topic_ids, size_t n)
{
	struct error *err;
	struct stmt st;

	if ((err = skill_name_free(db, s->name)) != NULL ||
	    (err = db_exec(db, "INSERT INTO skill (name, title, area, path_id) "
	    "VALUES (?, ?, 'domain', ?)", "tti", s->name, s->title,
	    s->path_id)) != NULL)
		return err;
	s->id = sqlite3_last_insert_rowid(db);
	if ((err = stmt_prepare(&st, db, "cannot add the skill",
	    "INSERT OR IGNORE INTO skill_topic (skill_id, topic_id) "
	    "VALUES (?, ?)")) != NULL)
		return err;
	for (size_t i = 0; i < n; i++) {
		stmt_reset(&st);
		stmt_bind(&st, "ii", s->id, topic_ids[i]);
		if (stmt_step(&st) == STMT_ERROR)
			break;
	}
	return stmt_finish(&st);
}

struct error *
skill_remove(sqlite3 *db, const struct skill *s)
{
	if (s->builtin)
		return error_usage("skill '%s' is built in: only skills added "
		    "with 'track skill add' can be removed", s->name);
	return db_exec(db, "DELETE FROM skill WHERE id = ?", "i", s->id);
}

struct error *
skill_each(sqlite3 *db, int64_t path_id,
    struct error *(*fn)(const struct skill *s, void *arg), void *arg)
{
	struct stmt st;
	struct error *err;
	struct skill s;

	if ((err = stmt_prepare(&st, db, "cannot read skills", SKILL_SELECT
	    "WHERE ?1 = 0 OR s.path_id IS NULL OR s.path_id = ?1 "
	    "ORDER BY s.position, s.name")) != NULL)
		return err;
	stmt_bind(&st, "i", path_id);
	skill_init(&s);
	while (stmt_step(&st) == STMT_ROW) {
		skill_from_row(st.handle, &s);
		stmt_fail(&st, fn(&s, arg));
	}
	skill_release(&s);
	return stmt_finish(&st);
}
