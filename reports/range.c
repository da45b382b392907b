/*
 * The range query shared by the history loader and the report: whole
 * months from month_total, the edges from the session_day index.
 */
#include <string.h>

#include "date.h"
#include "db.h"
#include "range.h"

/*
 * Rows of (path_id, topic, kind, minutes, sessions) for a range of days:
 * whole months [?1, ?2] from the summary, the edges [?3, ?4] and [?5, ?6]
 * from the session index.
 */
static const char range_sql[] =
    "SELECT t.path_id, t.name, m.kind, sum(m.minutes), sum(m.sessions) "
    "FROM month_total m JOIN topic t ON t.id = m.topic_id "
    "WHERE m.month BETWEEN ?1 AND ?2 GROUP BY 1, 2, 3 "
    "UNION ALL "
    "SELECT t.path_id, t.name, s.kind, sum(s.minutes), count(*) "
    "FROM session s JOIN topic t ON t.id = s.topic_id "
    "WHERE s.day BETWEEN ?3 AND ?4 GROUP BY 1, 2, 3 "
    "UNION ALL "
    "SELECT t.path_id, t.name, s.kind, sum(s.minutes), count(*) "
    "FROM session s JOIN topic t ON t.id = s.topic_id "
    "WHERE s.day BETWEEN ?5 AND ?6 GROUP BY 1, 2, 3";

static void
month_text(int day, char out[8])
{
	char text[DAY_TEXT_SIZE];

	day_format(day, text);
	memcpy(out, text, 7);
	out[7] = '\0';
}

/* Binds [from, to] as whole months plus at most two ragged edges. */
static void
bind_range(sqlite3_stmt *stmt, int from, int to)
{
	int first_full = day_month_start(from) == from ? from :
	    day_add_months(from, 1);
	int after_full = day_add_months(to + 1, 0) == to + 1 ? to + 1 :
	    day_month_start(to);
	char m1[8] = "9999-99", m2[8] = "0000-00";
	char d[4][DAY_TEXT_SIZE] = { "9999", "0000", "9999", "0000" };

	if (first_full < after_full) {
		month_text(first_full, m1);
		month_text(after_full - 1, m2);
		if (from < first_full) {
			day_format(from, d[0]);
			day_format(first_full - 1, d[1]);
		}
		if (after_full <= to) {
			day_format(after_full, d[2]);
			day_format(to, d[3]);
		}
	} else {
		day_format(from, d[0]);
		day_format(to, d[1]);
	}
	db_bind(stmt, "tttttt", m1, m2, d[0], d[1], d[2], d[3]);
}

struct error *
range_each(sqlite3 *db, sqlite3_stmt **cache, int from, int to, range_fn fn,
    void *arg)
{
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	if (to < from)
		return NULL;
	if (*cache == NULL && (err = db_prepare(db, range_sql, cache)) != NULL)
		return err;
	stmt = *cache;
	sqlite3_reset(stmt);
	bind_range(stmt, from, to);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct range_row row = {
			.mapped = sqlite3_column_type(stmt, 0) != SQLITE_NULL,
			.path_id = sqlite3_column_int64(stmt, 0),
			.topic = (const char *)sqlite3_column_text(stmt, 1),
			.kind = (const char *)sqlite3_column_text(stmt, 2),
			.minutes = sqlite3_column_int(stmt, 3),
			.sessions = sqlite3_column_int(stmt, 4),
		};

		fn(arg, &row);
	}
	if (rc != SQLITE_DONE)
		return db_error(db, "cannot sum the history");
	return NULL;
}
