/*
 * track ls: the sessions, oldest first, the newest 20 by default. A
 * session whose time an import estimated (course time spread over days,
 * FORMATS.md 1.2) shows "~" before its length in text and "estimated":
 * true in JSON and CSV. The command reads the options into a session
 * filter; the renderer its --format names (reports/render_sessions.c)
 * streams the sessions from the cursor.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "core/catalog.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/date.h"
#include "core/format.h"
#include "core/session.h"
#include "reports/render_sessions.h"

#define LS_DEFAULT_LIMIT 20

struct ls_options {
	const char *since, *until, *path, *topic, *kind, *limit, *format;
};

static struct error *parse_options(int argc, char **argv,
    struct ls_options *o);
static struct error *ls_filter(struct track *t, const struct ls_options *o,
    struct session_filter *f, struct topic *topic, struct path *path);

/* The formats, by name; the first one is the default. */
static const struct ls_format {
	const char *name;
	struct error *(*render)(FILE *out, sqlite3 *db,
	    const struct session_filter *f);
} formats[] = {
	{ "text", sessions_render_text },
	{ "json", sessions_render_json },
	{ "csv", sessions_render_csv },
	{ NULL, NULL },
};

struct error *
cmd_ls(struct track *t, int argc, char **argv)
{
	struct ls_options o = { 0 };
	struct session_filter filter;
	struct topic topic;
	struct path path;
	size_t format;
	struct error *err;

	if ((err = parse_options(argc, argv, &o)) != NULL)
		return err;
	if (optind != argc)
		return usage_error("ls");
	topic_init(&topic);
	path_init(&path);
	if ((err = format_pick(formats, sizeof(*formats), o.format, &format))
	    != NULL ||
	    (err = ls_filter(t, &o, &filter, &topic, &path)) != NULL)
		goto done;
	err = formats[format].render(t->out, t->db, &filter);
done:
	topic_release(&topic);
	path_release(&path);
	return err;
}

static struct error *
parse_options(int argc, char **argv, struct ls_options *o)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "ls", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 's': o->since = optarg; break;
		case 'u': o->until = optarg; break;
		case 'p': o->path = optarg; break;
		case 't': o->topic = optarg; break;
		case 'k': o->kind = optarg; break;
		case 'n': o->limit = optarg; break;
		case 'f': o->format = optarg; break;
		default: return option_error("ls", argv, c);
		}
	}
	return NULL;
}

/* ---------------------------------------------------------------------
 * The filter
 */

/* Reads --limit: a whole number >= 0 (0: all); absent means 20. */
static struct error *
limit_parse(const char *text, int *limit)
{
	char *end;
	long long v;

	*limit = LS_DEFAULT_LIMIT;
	if (text == NULL)
		return NULL;
	errno = 0;
	v = strtoll(text, &end, 10);
	if (*text < '0' || *text > '9' || *end != '\0')
		return error_usage("invalid limit '%s': use a whole number of "
		    "sessions, or 0 for all", text);
	*limit = errno == ERANGE || v > INT_MAX ? INT_MAX : (int)v;
	return NULL;
}

/* Reads --since and --until; since after until is a usage error. */
static struct error *
filter_days(struct track *t, const struct ls_options *o,
    struct session_filter *f)
{
	return date_range_parse(o->since, o->until, t->today, &f->has_since,
	    &f->since, &f->has_until, &f->until);
}

/*
 * Looks up --topic (name or alias; an unknown topic is a usage error and
 * is not created), suggesting the closest known name.
 */
static struct error *
filter_topic(struct track *t, const char *name, struct topic *topic)
{
	struct error *err;
	char *suggestion = NULL;
	bool found;

	if ((err = topic_find(t->db, name, topic, &found)) != NULL || found)
		return err;
	if ((err = topic_suggest(t->db, name, &suggestion)) != NULL)
		return err;
	if (suggestion != NULL)
		err = error_usage("unknown topic '%s': did you mean '%s'? "
		    "('track topic list' shows the topics)", name, suggestion);
	else
		err = error_usage("unknown topic '%s': 'track topic list' "
		    "shows the topics", name);
	free(suggestion);
	return err;
}

/* Fills f from the options; topic and path own the names f points to. */
static struct error *
ls_filter(struct track *t, const struct ls_options *o,
    struct session_filter *f, struct topic *topic, struct path *path)
{
	struct error *err;
	enum kind kind;

	memset(f, 0, sizeof(*f));
	f->kind = -1;
	if ((err = filter_days(t, o, f)) != NULL ||
	    (err = limit_parse(o->limit, &f->limit)) != NULL)
		return err;
	if (o->kind != NULL) {
		if ((err = kind_parse(o->kind, &kind)) != NULL)
			return err;
		f->kind = kind;
	}
	if (o->path != NULL && strcmp(o->path, "unmapped") == 0)
		f->path = "unmapped";
	else if (o->path != NULL) {
		if ((err = path_require(t->db, o->path, path)) != NULL)
			return err;
		f->path = path->slug;
	}
	if (o->topic != NULL) {
		if ((err = filter_topic(t, o->topic, topic)) != NULL)
			return err;
		f->topic_id = topic->id;
	}
	return NULL;
}
