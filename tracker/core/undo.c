/* The undo log (undo.h). */
#include <stddef.h>

#include "core/stmt.h"
#include "core/undo.h"

struct error *
undo_newest(sqlite3 *db, struct undo_entry *e)
{
	struct stmt st;
	struct error *err;

	*e = (struct undo_entry){ 0 };
	if ((err = stmt_prepare(&st, db, "cannot read the undo log", "SELECT "
	    "id, session_id, batch_id, path_choice_id FROM undo_entry "
	    "ORDER BY id DESC LIMIT 1")) != NULL)
		return err;
	if (stmt_step(&st) == STMT_ROW) {
		e->id = sqlite3_column_int64(st.handle, 0);
		e->session_id = sqlite3_column_int64(st.handle, 1);
		e->batch_id = sqlite3_column_int64(st.handle, 2);
		e->path_choice_id = sqlite3_column_int64(st.handle, 3);
	}
	return stmt_finish(&st);
}
