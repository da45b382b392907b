/*
 * track undo: takes back the newest entry of the undo log, a session
 * logged by hand or by the timer, a whole import batch, or a `path set`.
 * It reads the newest entry by its key, so it costs the same on any
 * history.
 */
#include <getopt.h>
#include <stdlib.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/describe.h"
#include "importers/import.h"
#include "core/session.h"
#include "core/text.h"
#include "core/undo.h"

static struct error *undo_session(struct track *t, int64_t id);
static struct error *undo_batch(struct track *t, int64_t id);
static struct error *undo_path_choice(struct track *t, int64_t entry);

struct error *
cmd_undo(struct track *t, int argc, char **argv)
{
	struct option_reader r;
	struct undo_entry e = { 0 };
	struct error *err;

	option_reader_init(&r, "undo", NULL, argc, argv);
	if (option_next(&r) != -1)
		return option_error("undo", argv, '?');
	if (optind != argc)
		return usage_error("undo");
	if ((err = undo_newest(t->db, &e)) != NULL)
		return err;
	if (e.session_id != 0)
		return undo_session(t, e.session_id);
	if (e.batch_id != 0)
		return undo_batch(t, e.batch_id);
	if (e.path_choice_id != 0)
		return undo_path_choice(t, e.id);
	return error_runtime("nothing to undo");
}

/* Removes the session (its undo entry goes with it) and says what it was. */
static struct error *
undo_session(struct track *t, int64_t id)
{
	struct session s;
	struct error *err;
	struct buf b;
	bool found;

	session_init(&s);
	if ((err = session_get(t->db, id, &s, &found)) != NULL ||
	    (!found && (err = error_runtime("the undo log names session "
	    "#%lld, which is gone", (long long)id)) != NULL) ||
	    (err = session_delete(t->db, id)) != NULL) {
		session_release(&s);
		return err;
	}
	buf_init(&b);
	session_describe(&b, &s);
	fprintf(t->out, "undid #%lld: logged %s\n", (long long)id, b.data);
	buf_release(&b);
	session_release(&s);
	return NULL;
}

/*
 * Takes back the import batch as `track import undo ID` does: its
 * sessions and the tutorials and projects it created go, the tutorials it
 * updated are restored.
 */
static struct error *
undo_batch(struct track *t, int64_t id)
{
	return import_batch_undo(t->db, id, t->out);
}

/* Takes back a `path set` as `track path undo` does. */
static struct error *
undo_path_choice(struct track *t, int64_t entry)
{
	struct path_undo u;
	struct error *err;

	path_undo_init(&u);
	if ((err = path_choice_undo(t->db, entry, t->today, &u)) == NULL)
		path_undo_print(t->out, &u);
	path_undo_release(&u);
	return err;
}
