/*
 * track rm ID...: removes sessions. Every id is checked before anything
 * is removed, so one unknown id removes nothing.
 */
#include <getopt.h>
#include <stdlib.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/describe.h"
#include "core/session.h"

static struct error *parse_options(int argc, char **argv);
static struct error *collect(struct track *t, char **ids, int n,
    struct session *sessions, int *count);
static struct error *remove_sessions(struct track *t,
    const struct session *sessions, int count);

struct error *
cmd_rm(struct track *t, int argc, char **argv)
{
	struct session *sessions;
	struct error *err;
	int n, count = 0;

	if ((err = parse_options(argc, argv)) != NULL)
		return err;
	if ((n = argc - optind) < 1)
		return usage_error("rm");
	sessions = xcalloc((size_t)n, sizeof(*sessions));
	for (int i = 0; i < n; i++)
		session_init(&sessions[i]);
	if ((err = collect(t, argv + optind, n, sessions, &count)) == NULL)
		err = remove_sessions(t, sessions, count);
	for (int i = 0; i < n; i++)
		session_release(&sessions[i]);
	free(sessions);
	return err;
}

/* rm takes no options; this turns a typo like --force into a clear error. */
static struct error *
parse_options(int argc, char **argv)
{
	struct option_reader r;

	option_reader_init(&r, "rm", NULL, argc, argv);
	if (option_next(&r) != -1)
		return option_error("rm", argv, '?');
	return NULL;
}

static bool
already_taken(const struct session *sessions, int count, int64_t id)
{
	for (int i = 0; i < count; i++)
		if (sessions[i].id == id)
			return true;
	return false;
}

/*
 * Reads the n sessions named by ids into sessions (a repeated id once),
 * setting *count. A malformed or unknown id is a usage error.
 */
static struct error *
collect(struct track *t, char **ids, int n, struct session *sessions,
    int *count)
{
	struct error *err;
	int64_t id;
	bool found;

	for (int i = 0; i < n; i++)
		if ((err = session_id_parse(ids[i], &id)) != NULL)
			return err;
	for (int i = 0; i < n; i++) {
		session_id_parse(ids[i], &id);
		if (already_taken(sessions, *count, id))
			continue;
		if ((err = session_get(t->db, id, &sessions[*count],
		    &found)) != NULL)
			return err;
		if (!found)
			return error_usage("no session #%lld: 'track ls' shows "
			    "the ids", (long long)id);
		(*count)++;
	}
	return NULL;
}

static struct error *
remove_sessions(struct track *t, const struct session *sessions, int count)
{
	struct error *err;
	struct buf b;

	buf_init(&b);
	for (int i = 0; i < count; i++) {
		if ((err = session_delete(t->db, sessions[i].id)) != NULL) {
			buf_release(&b);
			return err;
		}
		buf_clear(&b);
		session_describe(&b, &sessions[i]);
		fprintf(t->out, "removed #%lld: %s\n",
		    (long long)sessions[i].id, b.data);
	}
	buf_release(&b);
	return NULL;
}
