#include <string.h>
#include <time.h>

#include "date.h"
#include "db.h"
#include "project.h"

#define TITLE_MAX 200

struct error *
title_check(const char *what, const char *text)
{
	size_t n = strlen(text);

	if (n == 0 || strspn(text, " \t") == n)
		return error_usage("empty %s name: give it a name", what);
	if (n > TITLE_MAX)
		return error_usage("%s name '%.20s...' is too long: use at most "
		    "%d characters", what, text, TITLE_MAX);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)text[i] < 0x20 || text[i] == 0x7f)
			return error_usage("invalid %s name: control characters "
			    "are not allowed", what);
	return NULL;
}

struct error *
project_ensure(sqlite3 *db, const char *name, const struct topic *topic,
    int day, int64_t *id, bool *created)
{
	char started[DAY_TEXT_SIZE], now[INSTANT_TEXT_SIZE];
	int64_t path_id = 0;
	struct error *err;

	*created = false;
	if ((err = title_check("project", name)) != NULL)
		return err;
	if ((err = db_query_int(db, id, 0, "SELECT id FROM project WHERE "
	    "name = ? COLLATE NOCASE", "t", name)) != NULL || *id != 0)
		return err;
	day_format(day, started);
	if (topic != NULL && topic->path_id != 0 && !topic->fundamentals)
		path_id = topic->path_id;
	else if ((err = db_query_int(db, &path_id, 0, "SELECT path_id FROM "
	    "path_choice WHERE day <= ? ORDER BY day DESC, id DESC LIMIT 1",
	    "t", started)) != NULL)
		return err;
	instant_format(time(NULL), now);
	if ((err = db_exec(db, "INSERT INTO project (name, path_id, started, "
	    "created) VALUES (?, nullif(?, 0), ?, ?)", "titt", name, path_id,
	    started, now)) != NULL)
		return err;
	*id = sqlite3_last_insert_rowid(db);
	*created = true;
	return NULL;
}

struct error *
tutorial_ensure(sqlite3 *db, const char *title, const struct topic *topic,
    int day, int64_t *id, bool *created)
{
	char started[DAY_TEXT_SIZE], now[INSTANT_TEXT_SIZE];
	struct error *err;

	*created = false;
	if ((err = title_check("tutorial", title)) != NULL)
		return err;
	if ((err = db_query_int(db, id, 0, "SELECT id FROM tutorial WHERE "
	    "title = ? COLLATE NOCASE AND platform IS NULL ORDER BY id LIMIT 1",
	    "t", title)) != NULL || *id != 0)
		return err;
	day_format(day, started);
	instant_format(time(NULL), now);
	if ((err = db_exec(db, "INSERT INTO tutorial (title, topic_id, started, "
	    "created) VALUES (?, nullif(?, 0), ?, ?)", "titt", title,
	    topic ? topic->id : (int64_t)0, started, now)) != NULL)
		return err;
	*id = sqlite3_last_insert_rowid(db);
	*created = true;
	return NULL;
}
