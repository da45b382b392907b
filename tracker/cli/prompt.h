#ifndef TRACK_PROMPT_H
#define TRACK_PROMPT_H

#include "cli/track.h"

/*
 * The prompt line, `track status --short` (SPEC §13): "django 40m · week
 * 3h/6h", the timer's part only while one runs and the week's only with
 * a weekly goal; nothing at all when neither. It runs on every prompt, so
 * it prints from the status snapshot beside the database
 * (core/snapshot.h) when that still holds, and opens no database then.
 */

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Prints the prompt line on t->out. With t->db open (inside a read
 * transaction) it reads from it; with t->db NULL (DB_OWN: t->db_path
 * located) from the snapshot when the database and its -wal are as the
 * snapshot says and its day is today, else from the database, opened
 * here, refreshing the snapshot. The timer's length is always worked out
 * from its start and t->now.
 */
struct error *prompt_line(struct track *t);

/*
 * After a write command's commit (t->db open, outside any transaction):
 * writes the snapshot of the database as committed, when its files'
 * state can be trusted to show any later write. Failures are ignored:
 * the snapshot is a cache.
 */
void prompt_snapshot_refresh(struct track *t);

#ifdef __cplusplus
}
#endif
#endif
