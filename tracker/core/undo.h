#ifndef TRACK_UNDO_H
#define TRACK_UNDO_H

/*
 * The undo log (`track undo`): an entry per session logged by hand or by
 * the timer, per import batch and per `path set`, newest last.
 */

#include <sqlite3.h>
#include <stdint.h>

#include "core/error.h"

/* An entry of the undo log: what it names, the others 0. */
struct undo_entry {
	int64_t id;
	int64_t session_id;
	int64_t batch_id;
	int64_t path_choice_id;
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The newest entry of the undo log, read by its key (the same cost on
 * any history); all 0 when the log is empty.
 */
struct error *undo_newest(sqlite3 *db, struct undo_entry *e);

#ifdef __cplusplus
}
#endif
#endif
