/* The catalog and the path history as the commands list them. */
#include <stddef.h>

#include "core/date.h"
#include "core/db.h"
#include "core/listing.h"
#include "core/stmt.h"

struct error *
path_each(sqlite3 *db,
    struct error *(*fn)(const struct path_row *row, void *arg), void *arg)
{
	struct path_row row;
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read paths", "SELECT p.id, "
	    "p.slug, p.name, p.fundamentals, (SELECT count(*) FROM topic "
	    "WHERE path_id = p.id) FROM path p ORDER BY p.position, p.slug")))
		return err;
	while (stmt_step(&st) == STMT_ROW) {
		row.id = sqlite3_column_int64(st.handle, 0);
		row.slug = (const char *)sqlite3_column_text(st.handle, 1);
		row.name = (const char *)sqlite3_column_text(st.handle, 2);
		row.fundamentals = sqlite3_column_int(st.handle, 3) != 0;
		row.topics = sqlite3_column_int(st.handle, 4);
		stmt_fail(&st, fn(&row, arg));
	}
	return stmt_finish(&st);
}

struct error *
path_widths(sqlite3 *db, int64_t *slug, int64_t *name)
{
	struct error *err;

	if ((err = db_query_int(db, slug, 0, "SELECT max(length(slug)) FROM "
	    "path", NULL)) != NULL)
		return err;
	return db_query_int(db, name, 0, "SELECT max(length(name)) FROM path",
	    NULL);
}

struct error *
path_topic_count(sqlite3 *db, int64_t path_id, int64_t *count)
{
	return db_query_int(db, count, 0, "SELECT count(*) FROM topic WHERE "
	    "path_id IS nullif(?, 0)", "i", path_id);
}

struct error *
path_serving_count(sqlite3 *db, int64_t path_id, int64_t *count)
{
	return db_query_int(db, count, 0, "SELECT count(*) FROM topic_serves s "
	    "JOIN topic t ON t.id = s.topic_id WHERE s.path_id = ? AND "
	    "t.path_id IS NOT s.path_id", "i", path_id);
}

struct error *
topic_name_each(sqlite3 *db, int64_t path_id,
    struct error *(*fn)(const char *name, void *arg), void *arg)
{
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read topics", "SELECT name "
	    "FROM topic WHERE ?1 < 0 OR path_id IS nullif(?1, 0) UNION "
	    "SELECT a.alias FROM topic_alias a JOIN topic t ON t.id = "
	    "a.topic_id WHERE ?1 < 0 OR t.path_id IS nullif(?1, 0) "
	    "ORDER BY 1")) != NULL)
		return err;
	stmt_bind(&st, "i", path_id);
	while (stmt_step(&st) == STMT_ROW)
		stmt_fail(&st, fn((const char *)sqlite3_column_text(st.handle,
		    0), arg));
	return stmt_finish(&st);
}

struct error *
path_choice_each(sqlite3 *db,
    struct error *(*fn)(const char *day, const char *slug, void *arg),
    void *arg)
{
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read the path history",
	    "SELECT c.day, p.slug FROM path_choice c JOIN path p ON "
	    "p.id = c.path_id ORDER BY c.day, c.id")) != NULL)
		return err;
	while (stmt_step(&st) == STMT_ROW)
		stmt_fail(&st, fn((const char *)sqlite3_column_text(st.handle,
		    0), (const char *)sqlite3_column_text(st.handle, 1), arg));
	return stmt_finish(&st);
}

struct error *
path_choice_width(sqlite3 *db, int64_t *width)
{
	return db_query_int(db, width, 0, "SELECT max(length(p.slug)) FROM "
	    "path_choice c JOIN path p ON p.id = c.path_id", NULL);
}

struct error *
path_choices_after(sqlite3 *db, int day, int64_t *count)
{
	char text[DAY_TEXT_SIZE];

	day_format(day, text);
	return db_query_int(db, count, 0, "SELECT count(*) FROM path_choice "
	    "WHERE day > ?", "t", text);
}
