#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "core/db.h"
#include "core/settings.h"
#include "core/stmt.h"
#include "core/suggest.h"

#define SETTING_COLUMNS "key, coalesce(value, default_value), " \
	"default_value, value IS NULL, type, min, max, choices, description"

void
setting_init(struct setting *s)
{
	memset(s, 0, sizeof(*s));
}

void
setting_release(struct setting *s)
{
	free(s->key);
	free(s->value);
	free(s->default_value);
	free(s->type);
	free(s->choices);
	free(s->description);
	setting_init(s);
}

static void
setting_from_row(sqlite3_stmt *stmt, struct setting *s)
{
	setting_release(s);
	s->key = db_column_strdup(stmt, 0);
	s->value = db_column_strdup(stmt, 1);
	s->default_value = db_column_strdup(stmt, 2);
	s->is_default = sqlite3_column_int(stmt, 3) != 0;
	s->type = db_column_strdup(stmt, 4);
	s->min = sqlite3_column_int(stmt, 5);
	s->max = sqlite3_column_int(stmt, 6);
	s->choices = db_column_strdup(stmt, 7);
	s->description = db_column_strdup(stmt, 8);
}

/* The refusal of key, which is not a setting. */
static struct error *
unknown_setting(sqlite3 *db, const char *key)
{
	struct error *err;
	char *near;

	if ((err = db_closest(db, "cannot read settings",
	    "SELECT key FROM setting", &suggest_settings, key, &near)) != NULL)
		return err;
	if (near)
		err = error_usage("unknown setting '%s': did you mean '%s'? "
		    "('track config list' shows them all)", key, near);
	else
		err = error_usage("unknown setting '%s': 'track config list' "
		    "shows them all", key);
	free(near);
	return err;
}

struct error *
setting_get(sqlite3 *db, const char *key, struct setting *s)
{
	struct stmt st;
	struct error *err;
	enum stmt_result r;

	if ((err = stmt_prepare(&st, db, "cannot read settings", "SELECT "
	    SETTING_COLUMNS " FROM setting WHERE key = ?")) != NULL)
		return err;
	stmt_bind(&st, "t", key);
	if ((r = stmt_step(&st)) == STMT_ROW)
		setting_from_row(st.handle, s);
	else if (r == STMT_DONE)
		stmt_fail(&st, unknown_setting(db, key));
	return stmt_finish(&st);
}

struct error *
setting_int(sqlite3 *db, const char *key, int *value)
{
	struct setting s;
	struct error *err;

	setting_init(&s);
	if ((err = setting_get(db, key, &s)) == NULL)
		*value = atoi(s.value);
	setting_release(&s);
	return err;
}

struct error *
setting_text(sqlite3 *db, const char *key, char **value)
{
	struct setting s;
	struct error *err;

	setting_init(&s);
	if ((err = setting_get(db, key, &s)) == NULL) {
		*value = s.value;
		s.value = NULL;
	}
	setting_release(&s);
	return err;
}

/* Whether value is one of the '|'-joined choices. */
static bool
is_choice(const char *choices, const char *value)
{
	size_t n = strlen(value);
	const char *p = choices;

	while (p && *p) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);

		if (len == n && strncmp(p, value, n) == 0)
			return true;
		p = bar ? bar + 1 : NULL;
	}
	return false;
}

static struct error *
setting_validate(const struct setting *s, const char *value)
{
	if (strcmp(s->type, "choice") == 0) {
		if (is_choice(s->choices, value))
			return NULL;
		return error_usage("invalid value '%s' for %s: use one of %s",
		    value, s->key, s->choices);
	}
	{
		char *end;
		long v;

		errno = 0;
		v = strtol(value, &end, 10);
		if (*value == '\0' || *end != '\0' || errno != 0 ||
		    isspace((unsigned char)*value) || v < s->min || v > s->max)
			return error_usage("invalid value '%s' for %s: use a "
			    "whole number from %d to %d", value, s->key, s->min,
			    s->max);
	}
	return NULL;
}

struct error *
setting_set(sqlite3 *db, const char *key, const char *value)
{
	struct setting s;
	struct error *err;

	setting_init(&s);
	if ((err = setting_get(db, key, &s)) == NULL &&
	    (err = setting_validate(&s, value)) == NULL)
		err = db_exec(db, "UPDATE setting SET value = ? WHERE key = ?",
		    "tt", value, s.key);
	setting_release(&s);
	return err;
}

struct error *
setting_unset(sqlite3 *db, const char *key)
{
	struct setting s;
	struct error *err;

	setting_init(&s);
	if ((err = setting_get(db, key, &s)) == NULL)
		err = db_exec(db, "UPDATE setting SET value = NULL WHERE key = ?",
		    "t", s.key);
	setting_release(&s);
	return err;
}

struct error *
setting_each(sqlite3 *db,
    struct error *(*fn)(const struct setting *s, void *arg), void *arg)
{
	struct stmt st;
	struct setting s;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read settings", "SELECT "
	    SETTING_COLUMNS " FROM setting ORDER BY key")) != NULL)
		return err;
	setting_init(&s);
	while (stmt_step(&st) == STMT_ROW) {
		setting_from_row(st.handle, &s);
		stmt_fail(&st, fn(&s, arg));
	}
	setting_release(&s);
	return stmt_finish(&st);
}
