/*
 * The range query shared by the history loader and the report: whole
 * months from month_total, the edges from the session_day index.
 */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

#include "core/date.h"
#include "core/db.h"
#include "core/stmt.h"
#include "reports/range.h"

/*
 * Rows of (topic_id, kind, minutes, sessions) for a range of days:
 * whole months [?1, ?2] from the summary, the edges [?3, ?4] and [?5, ?6]
 * from the session index.
 */
static const char range_sql[] =
    "SELECT topic_id, kind, sum(minutes), sum(sessions) FROM month_total "
    "WHERE month BETWEEN ?1 AND ?2 GROUP BY 1, 2 "
    "UNION ALL "
    "SELECT topic_id, kind, sum(minutes), count(*) FROM session "
    "WHERE day BETWEEN ?3 AND ?4 GROUP BY 1, 2 "
    "UNION ALL "
    "SELECT topic_id, kind, sum(minutes), count(*) FROM session "
    "WHERE day BETWEEN ?5 AND ?6 GROUP BY 1, 2";

void
range_month_text(int day, char out[8])
{
	char text[DAY_TEXT_SIZE];

	day_format(day, text);
	memcpy(out, text, 7);
	out[7] = '\0';
}

void
range_bind(struct stmt *st, int from, int to)
{
	int first_full = day_month_start(from) == from ? from :
	    day_add_months(from, 1);
	int after_full = day_add_months(to + 1, 0) == to + 1 ? to + 1 :
	    day_month_start(to);
	char m1[8] = "9999-99", m2[8] = "0000-00";
	char d[4][DAY_TEXT_SIZE] = { "9999", "0000", "9999", "0000" };

	if (first_full < after_full) {
		range_month_text(first_full, m1);
		range_month_text(after_full - 1, m2);
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
	stmt_bind(st, "tttttt", m1, m2, d[0], d[1], d[2], d[3]);
}

void
range_init(struct range_query *q)
{
	memset(q, 0, sizeof(*q));
}

void
range_release(struct range_query *q)
{
	/* Its error, if any, came back from range_each already. */
	error_free(stmt_finish(&q->st));
	for (size_t i = 0; i < q->topic_count; i++)
		free(q->topics[i].name);
	free(q->topics);
	range_init(q);
}

/* Reads every topic once, ordered by id for range_topic_find. */
static struct error *
load_topics(sqlite3 *db, struct range_query *q)
{
	struct stmt st;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read topics", "SELECT id, "
	    "name, path_id FROM topic ORDER BY id")) != NULL)
		return err;
	while (stmt_step(&st) == STMT_ROW) {
		struct range_topic *t;

		q->topics = xrealloc(q->topics, (q->topic_count + 1) *
		    sizeof(*q->topics));
		t = &q->topics[q->topic_count++];
		t->id = sqlite3_column_int64(st.handle, 0);
		t->name = db_column_strdup(st.handle, 1);
		t->mapped = sqlite3_column_type(st.handle, 2) != SQLITE_NULL;
		t->path_id = sqlite3_column_int64(st.handle, 2);
	}
	if ((err = stmt_finish(&st)) != NULL)
		return err;
	q->loaded = true;
	return NULL;
}

struct error *
range_topics(sqlite3 *db, struct range_query *q)
{
	return q->loaded ? NULL : load_topics(db, q);
}

const struct range_topic *
range_topic_find(const struct range_query *q, int64_t id)
{
	size_t low = 0, high = q->topic_count;

	while (low < high) {
		size_t mid = low + (high - low) / 2;

		if (q->topics[mid].id == id)
			return &q->topics[mid];
		if (q->topics[mid].id < id)
			low = mid + 1;
		else
			high = mid;
	}
	return NULL;
}

struct error *
range_each(sqlite3 *db, struct range_query *q, int from, int to, range_fn fn,
    void *arg)
{
	struct error *err;
	sqlite3_stmt *row_of;

	if (to < from)
		return NULL;
	if ((err = range_topics(db, q)) != NULL)
		return err;
	if (q->st.handle == NULL &&
	    (err = range_prepare(db, "cannot sum the history", &q->st)))
		return err;
	stmt_reset(&q->st);
	range_bind(&q->st, from, to);
	row_of = q->st.handle;
	while (stmt_step(&q->st) == STMT_ROW) {
		const struct range_topic *t = range_topic_find(q,
		    sqlite3_column_int64(row_of, 0));
		struct range_row row = {
			.mapped = t != NULL && t->mapped,
			.path_id = t != NULL ? t->path_id : 0,
			.topic = t != NULL ? t->name : "",
			.kind = (const char *)sqlite3_column_text(row_of, 1),
			.minutes = sqlite3_column_int(row_of, 2),
			.sessions = sqlite3_column_int(row_of, 3),
		};

		fn(arg, &row);
	}
	return stmt_error(&q->st);
}

struct error *
range_prepare(sqlite3 *db, const char *doing, struct stmt *st)
{
	return stmt_prepare(st, db, doing, range_sql);
}
