/*
 * Import batches: listing them and taking one back. A batch owns the
 * sessions it added (they cascade with it), the tutorials and projects
 * it created (batch_id) and the old values of the tutorials and
 * sessions it updated (tutorial_change, session_change).
 */
#include <stdlib.h>

#include "core/db.h"
#include "core/stmt.h"
#include "importers/import.h"
#include "core/text.h"

struct error *
import_batch_each(sqlite3 *db,
    struct error *(*fn)(const struct import_batch_info *b, void *arg),
    void *arg)
{
	struct stmt st;
	sqlite3_stmt *stmt;
	struct error *err;

	if ((err = stmt_prepare(&st, db, "cannot read the import batches",
	    "SELECT id, created, file, format, rows, sessions_added, "
	    "tutorials_added, tutorials_updated, duplicates, rejected, "
	    "skipped, sessions_updated FROM import_batch ORDER BY id DESC")))
		return err;
	stmt = st.handle;
	while (stmt_step(&st) == STMT_ROW) {
		struct import_batch_info b = {
			.id = sqlite3_column_int64(stmt, 0),
			.created = db_column_strdup(stmt, 1),
			.file = db_column_strdup(stmt, 2),
			.format = db_column_strdup(stmt, 3),
			.rows = sqlite3_column_int64(stmt, 4),
			.sessions_added = sqlite3_column_int64(stmt, 5),
			.tutorials_added = sqlite3_column_int64(stmt, 6),
			.tutorials_updated = sqlite3_column_int64(stmt, 7),
			.duplicates = sqlite3_column_int64(stmt, 8),
			.rejected = sqlite3_column_int64(stmt, 9),
			.skipped = sqlite3_column_int64(stmt, 10),
			.sessions_updated = sqlite3_column_int64(stmt, 11),
		};

		stmt_fail(&st, fn(&b, arg));
		free(b.created);
		free(b.file);
		free(b.format);
	}
	return stmt_finish(&st);
}

struct error *
import_batch_newest(sqlite3 *db, int64_t *id)
{
	return db_query_int(db, id, 0, "SELECT max(id) FROM import_batch",
	    NULL);
}

/*
 * Restores the tutorials the batch updated, unless a later batch changed
 * them again (its own undo restores those).
 */
static struct error *
restore_tutorials(sqlite3 *db, int64_t id)
{
	return db_exec(db, "UPDATE tutorial SET (started, completed, progress, "
	    "last_activity, url) = (SELECT c.started, c.completed, c.progress, "
	    "c.last_activity, c.url FROM tutorial_change c WHERE c.batch_id = ?1 "
	    "AND c.tutorial_id = tutorial.id) WHERE id IN (SELECT tutorial_id "
	    "FROM tutorial_change WHERE batch_id = ?1) AND NOT EXISTS (SELECT 1 "
	    "FROM tutorial_change l WHERE l.tutorial_id = tutorial.id AND "
	    "l.batch_id > ?1)", "i", id);
}

/*
 * The sessions the batch updated (session_change) that may be restored:
 * not changed again by a later batch (whose own undo restores them) nor
 * edited by hand since (the learner's values stay).
 */
#define RESTORABLE "SELECT c.session_id FROM session_change c JOIN session " \
	"s ON s.id = c.session_id WHERE c.batch_id = ?1 AND s.edited = 0 AND " \
	"NOT EXISTS (SELECT 1 FROM session_change l WHERE l.session_id = " \
	"c.session_id AND l.batch_id > ?1)"

/*
 * Puts back what the sessions the batch updated held before: their
 * values (a project or tutorial since removed stays unset, a topic since
 * removed stays as it is), their fingerprint and content, and their
 * place in import_legacy. The summary triggers follow the update.
 */
static struct error *
restore_sessions(sqlite3 *db, int64_t id, int64_t *restored)
{
	struct error *err;

	*restored = 0;
	if ((err = db_exec(db, "INSERT OR IGNORE INTO import_legacy (session_id, "
	    "family) SELECT session_id, legacy FROM session_change WHERE "
	    "batch_id = ?1 AND legacy IS NOT NULL AND session_id IN ("
	    RESTORABLE ")", "i", id)) != NULL ||
	    (err = db_exec(db, "UPDATE session SET (day, start, minutes, "
	    "topic_id, kind, project_id, tutorial_id, note, fingerprint, "
	    "content) = (SELECT c.day, c.start, c.minutes, coalesce((SELECT "
	    "t.id FROM topic t WHERE t.id = c.topic_id), session.topic_id), "
	    "c.kind, (SELECT p.id FROM project p WHERE p.id = c.project_id), "
	    "(SELECT u.id FROM tutorial u WHERE u.id = c.tutorial_id), c.note, "
	    "c.fingerprint, c.content FROM session_change c WHERE c.batch_id = "
	    "?1 AND c.session_id = session.id) WHERE id IN (" RESTORABLE ")",
	    "i", id)) != NULL)
		return err;
	*restored = sqlite3_changes(db);
	return NULL;
}

/*
 * Removes what the batch created that nothing else uses: its tutorials
 * and projects with no session of another batch or logged by hand.
 */
static struct error *
remove_created(sqlite3 *db, int64_t id, int64_t *tutorials)
{
	struct error *err;

	if ((err = db_exec(db, "DELETE FROM session WHERE batch_id = ?", "i",
	    id)) != NULL ||
	    (err = db_exec(db, "DELETE FROM tutorial WHERE batch_id = ?1 AND "
	    "NOT EXISTS (SELECT 1 FROM session s WHERE s.tutorial_id = "
	    "tutorial.id) AND NOT EXISTS (SELECT 1 FROM timer WHERE "
	    "timer.tutorial_id = tutorial.id)", "i", id)) != NULL)
		return err;
	*tutorials = sqlite3_changes(db);
	return db_exec(db, "DELETE FROM project WHERE batch_id = ?1 AND NOT "
	    "EXISTS (SELECT 1 FROM session s WHERE s.project_id = project.id) "
	    "AND NOT EXISTS (SELECT 1 FROM timer WHERE timer.project_id = "
	    "project.id)", "i", id);
}

struct error *
import_batch_undo(sqlite3 *db, int64_t id, FILE *out)
{
	struct error *err;
	int64_t sessions = 0, tutorials = 0, updated = 0, restored = 0;
	char *file = NULL;
	struct stmt st;

	if ((err = stmt_prepare(&st, db, "cannot read the import batches",
	    "SELECT file, (SELECT count(*) FROM session WHERE batch_id = ?1), "
	    "(SELECT count(*) FROM tutorial_change WHERE batch_id = ?1) FROM "
	    "import_batch WHERE id = ?1")) != NULL)
		return err;
	stmt_bind(&st, "i", id);
	if (stmt_step(&st) == STMT_ROW) {
		file = db_column_strdup(st.handle, 0);
		sessions = sqlite3_column_int64(st.handle, 1);
		updated = sqlite3_column_int64(st.handle, 2);
	}
	if ((err = stmt_finish(&st)) != NULL) {
		free(file);
		return err;
	}
	if (file == NULL)
		return error_usage("no import #%lld: 'track import list' shows "
		    "the imports", (long long)id);
	if ((err = restore_sessions(db, id, &restored)) == NULL &&
	    (err = restore_tutorials(db, id)) == NULL &&
	    (err = remove_created(db, id, &tutorials)) == NULL &&
	    (err = db_exec(db, "DELETE FROM import_batch WHERE id = ?", "i",
	    id)) == NULL) {
		fprintf(out, "undid import #%lld of ", (long long)id);
		fput_terminal(out, file);
		fprintf(out, ": %lld session%s removed", (long long)sessions,
		    sessions == 1 ? "" : "s");
		if (tutorials > 0)
			fprintf(out, ", %lld tutorial%s removed",
			    (long long)tutorials, tutorials == 1 ? "" : "s");
		if (restored > 0)
			fprintf(out, ", %lld session%s restored",
			    (long long)restored, restored == 1 ? "" : "s");
		if (updated > 0)
			fprintf(out, ", %lld tutorial%s restored",
			    (long long)updated, updated == 1 ? "" : "s");
		fputc('\n', out);
	}
	free(file);
	return err;
}
