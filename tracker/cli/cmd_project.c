/*
 * track project: the things the user builds. Add one by hand (with
 * --path its path for good, else its hours decide it), mark it done with the
 * URL that proves it, reopen it, list, show or remove it. Removing one
 * keeps its sessions, unlinked, with their kind.
 */
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "cli/commands.h"
#include "cli/items.h"
#include "cli/options.h"
#include "core/date.h"
#include "core/duration.h"
#include "reports/history.h"
#include "core/project.h"
#include "core/jsonout.h"
#include "core/text.h"

static struct error *project_add_command(struct track *t, int argc,
    char **argv);
static struct error *project_done(struct track *t, int argc, char **argv);
static struct error *project_reopen(struct track *t, int argc, char **argv);
static struct error *project_list(struct track *t, int argc, char **argv);
static struct error *project_show(struct track *t, int argc, char **argv);
static struct error *project_rm(struct track *t, int argc, char **argv);

static const struct subcommand subcommands[] = {
	{ "add", project_add_command, DB_WRITE },
	{ "done", project_done, DB_WRITE },
	{ "reopen", project_reopen, DB_WRITE },
	{ "list", project_list, DB_READ },
	{ "show", project_show, DB_READ },
	{ "rm", project_rm, DB_WRITE },
	{ NULL, NULL, DB_NONE },
};

struct error *
cmd_project(struct track *t, int argc, char **argv)
{
	return subcommand_run(subcommands, "project", t, argc, argv);
}

enum db_mode
cmd_project_db(int argc, char **argv)
{
	return subcommand_db(subcommands, argc, argv);
}

/* Every option of every subcommand; each accepts only its own. */
struct project_options {
	const char *path, *url, *date, *description, *format;
	const char *contribution;	/* --contribution: not NULL */
};


/*
 * The options of `track project SUB` (argv[0] is SUB) into *o, then
 * exactly operands operands (subcommand_options).
 */
static struct error *
parse_options(int argc, char **argv, int operands, struct project_options *o)
{
	const struct option_slot slots[] = { { 'p', &o->path },
	    { 'u', &o->url }, { 'd', &o->date }, { 'D', &o->description },
	    { 'f', &o->format }, { 'c', &o->contribution }, { 0, NULL } };

	memset(o, 0, sizeof(*o));
	return subcommand_options("project", argc, argv, operands, slots);
}

/* ---------------------------------------------------------------------
 * track project add
 */

static struct error *add_check(const struct project_options *o);
static struct error *add_path(struct track *t, const char *slug,
    struct project *p);
static void print_added(struct track *t, const struct project *p);

static struct error *
project_add_command(struct track *t, int argc, char **argv)
{
	char started[DAY_TEXT_SIZE];
	struct project_options o;
	struct project p;
	struct error *err;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	if ((err = title_check("project", argv[optind])) != NULL ||
	    (err = add_check(&o)) != NULL ||
	    (err = item_date(t, o.date, started)) != NULL)
		return err;
	project_init(&p);
	p.name = xstrdup(argv[optind]);
	p.started = xstrdup(started);
	p.url = xstrdup(o.url);
	p.description = xstrdup(o.description);
	p.contribution = o.contribution != NULL;
	if ((err = add_path(t, o.path, &p)) == NULL &&
	    (err = project_add(t->db, &p, t->now)) == NULL)
		print_added(t, &p);
	project_release(&p);
	return err;
}

/* Refuses a bad URL or description. */
static struct error *
add_check(const struct project_options *o)
{
	struct error *err;

	if (o->url != NULL && (err = url_check(o->url)) != NULL)
		return err;
	if (o->description != NULL && (!utf8_valid(o->description) ||
	    strlen(o->description) > PROJECT_DESCRIPTION_MAX))
		return error_usage("invalid project description: use UTF-8 "
		    "text of at most %d bytes", PROJECT_DESCRIPTION_MAX);
	return NULL;
}

/*
 * Sets p's path when --path gave one (a specialization; fundamentals are
 * refused). Without one the project records none: its hours decide.
 */
static struct error *
add_path(struct track *t, const char *slug, struct project *p)
{
	struct error *err;
	struct path path;

	if (slug == NULL)
		return NULL;
	path_init(&path);
	if ((err = project_path_require(t->db, slug, &path)) == NULL) {
		p->path_id = path.id;
		p->path = xstrdup(path.slug);
	}
	path_release(&path);
	return err;
}

/*
 * "added project 'NAME' (backend), started 2026-11-22", or "(path from
 * its hours)" without --path; then ", an open-source contribution" for
 * one.
 */
static void
print_added(struct track *t, const struct project *p)
{
	fputs("added ", t->out);
	item_put(t->out, "project", p->name, NULL);
	if (p->path != NULL)
		fprintf(t->out, " (%s)", p->path);
	else
		fputs(" (path from its hours)", t->out);
	fprintf(t->out, ", started %s%s\n", p->started, p->contribution ?
	    ", an open-source contribution" : "");
}

/* ---------------------------------------------------------------------
 * track project done
 */

static struct error *done_first(struct track *t, struct project *p,
    const char *completed, const char *url);
static struct error *done_again(struct track *t, struct project *p,
    const char *completed, const char *url, bool contribution);
static struct error *mark_contribution(struct track *t,
    const struct project *p);

static struct error *
project_done(struct track *t, int argc, char **argv)
{
	char completed[DAY_TEXT_SIZE];
	struct project_options o;
	struct project p;
	struct error *err;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	if ((o.url != NULL && (err = url_check(o.url)) != NULL) ||
	    (err = item_date(t, o.date, completed)) != NULL)
		return err;
	project_init(&p);
	if ((err = project_require(t->db, argv[optind], &p)) != NULL ||
	    (err = item_done_check(completed, p.name,
	    p.started)) != NULL)
		goto done;
	if (p.completed == NULL)
		err = done_first(t, &p, completed, o.url);
	else
		err = done_again(t, &p, o.date ? completed : NULL, o.url,
		    o.contribution != NULL);
	if (err == NULL && o.contribution != NULL)
		err = mark_contribution(t, &p);
done:
	project_release(&p);
	return err;
}

/* Completes an open project, says so, and asks for a URL if none. */
static struct error *
done_first(struct track *t, struct project *p, const char *completed,
    const char *url)
{
	char logged[32];
	struct error *err;

	if ((err = project_set_completed(t->db, p->id, completed)) != NULL ||
	    (url != NULL && (err = project_set_url(t->db, p->id, url)) != NULL))
		return err;
	duration_format(p->minutes, logged, sizeof(logged));
	fputs("completed ", t->out);
	item_put(t->out, "project", p->name, NULL);
	fprintf(t->out, " on %s (started %s, %s logged)\n", completed,
	    p->started, logged);
	if (url == NULL)
		url = p->url;
	if (url != NULL) {
		fputs("url: ", t->out);
		fput_terminal(t->out, url);
		fputc('\n', t->out);
	} else {
		fputs("no URL yet: add one with --url (substantial completed "
		    "projects with a URL count as evidence in 'track "
		    "portfolio')\n", t->out);
	}
	return NULL;
}

/*
 * A project already done: --date (completed not NULL) moves the day,
 * --url replaces the URL; with neither nothing changes (but what
 * --contribution, marked after, says). Says which.
 */
static struct error *
done_again(struct track *t, struct project *p, const char *completed,
    const char *url, bool contribution)
{
	struct error *err;

	if (completed == NULL && url == NULL && contribution)
		return NULL;
	item_put(t->out, "project", p->name, NULL);
	if (completed == NULL && url == NULL) {
		fprintf(t->out, " is already done (on %s): nothing changed; use "
		    "--date or --url to change it, or 'track project reopen'\n",
		    p->completed);
		return NULL;
	}
	if (completed != NULL && strcmp(completed, p->completed) != 0) {
		err = project_set_completed(t->db, p->id, completed);
		if (err != NULL)
			return err;
		fprintf(t->out, ": completed on %s (was %s)", completed,
		    p->completed);
	} else {
		fprintf(t->out, ": completed on %s", p->completed);
	}
	if (url != NULL) {
		if ((err = project_set_url(t->db, p->id, url)) != NULL)
			return err;
		fputs(", url ", t->out);
		fput_terminal(t->out, url);
		if (p->url != NULL && strcmp(p->url, url) != 0) {
			fputs(" (was ", t->out);
			fput_terminal(t->out, p->url);
			fputc(')', t->out);
		}
	}
	fputc('\n', t->out);
	return NULL;
}

/* `done --contribution`: marks p an open-source contribution, says so. */
static struct error *
mark_contribution(struct track *t, const struct project *p)
{
	struct error *err;

	if (!p->contribution &&
	    (err = project_set_contribution(t->db, p->id)) != NULL)
		return err;
	item_put(t->out, "project", p->name, NULL);
	fprintf(t->out, " %s an open-source contribution\n", p->contribution ?
	    "was already marked" : "is marked");
	return NULL;
}

/* ---------------------------------------------------------------------
 * track project reopen
 */

static struct error *
project_reopen(struct track *t, int argc, char **argv)
{
	struct project_options o;
	struct project p;
	struct error *err;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	project_init(&p);
	if ((err = project_require(t->db, argv[optind], &p)) != NULL)
		goto done;
	if (p.completed == NULL) {
		item_put(t->out, "project", p.name, NULL);
		fputs(" is already open: nothing changed\n", t->out);
	} else if ((err = project_set_completed(t->db, p.id, NULL)) == NULL) {
		fputs("reopened ", t->out);
		item_put(t->out, "project", p.name, NULL);
		fprintf(t->out, " (was completed on %s)\n", p.completed);
	}
done:
	project_release(&p);
	return err;
}

/* ---------------------------------------------------------------------
 * track project list
 */

#define NAME_COLUMNS 32		/* longer names are cut in the list */

static struct error *load_projects(struct track *t, struct item_list *l);

static const char *const list_header[] = {
	"NAME", "PATH", "STATUS", "STARTED", "LOGGED", "URL",
};
static const size_t list_max[] = { NAME_COLUMNS, 0, 0, 0, 0, 0 };
static const struct item_layout list_layout = {
	6, list_header, list_max,
	"no projects yet: add one with 'track project add NAME', or log time "
	"on one with 'track log 1h TOPIC --project NAME'",
};

static struct error *
project_list(struct track *t, int argc, char **argv)
{
	struct project_options o;
	struct error *err;

	if ((err = parse_options(argc, argv, 0, &o)) != NULL)
		return err;
	return item_list_run(t, o.format, &list_layout, load_projects);
}

/*
 * What list and show print for a project's path: the path the model
 * gives it (SPEC §5.1: given, else where most of its hours are, else the
 * path chosen when it started), so the list and the judgement agree.
 */
struct listing {
	struct history history;		/* projects and their paths, today */
	struct item_list *list;
};

static struct error *
listing_init(struct track *t, struct listing *l)
{
	memset(l, 0, sizeof(*l));
	return history_load_projects(t->db, t->today, &l->history);
}

/* The computed path's slug of p, NULL when it has none. */
static const char *
listing_path(const struct listing *l, const struct project *p)
{
	const struct history_project *hp = history_project_find(&l->history,
	    p->id);

	if (hp == NULL)
		return p->path;		/* started after today */
	return hp->path == PATH_UNMAPPED ? NULL :
	    history_path_slug(&l->history, hp->path);
}

/* One project as the object of SPEC §11. */
static json_t *
project_json(const struct project *p, const char *path)
{
	json_t *o = json_object();

	json_object_set_new(o, "name", json_text(p->name));
	json_object_set_new(o, "path", json_text(path));
	json_object_set_new(o, "platform", json_null());
	json_object_set_new(o, "progress", json_null());
	json_object_set_new(o, "started", json_text(p->started));
	json_object_set_new(o, "completed", json_text(p->completed));
	json_object_set_new(o, "url", json_text(p->url));
	json_object_set_new(o, "minutes", json_integer(p->minutes));
	json_object_set_new(o, "description", json_text(p->description));
	json_object_set_new(o, "contribution", json_boolean(p->contribution));
	return o;
}

/* Adds one project's row and object to the list. */
static struct error *
add_project(const struct project *p, void *arg)
{
	char status[DAY_TEXT_SIZE + 32], logged[32];
	struct listing *l = arg;
	const char *path = listing_path(l, p);
	const char *cells[] = { p->name, path, status, p->started, logged,
	    p->url };

	snprintf(status, sizeof(status), "%s%s%s", p->completed ? "done " :
	    "open", p->completed ? p->completed : "", p->contribution ?
	    " (contribution)" : "");
	duration_format(p->minutes, logged, sizeof(logged));
	item_list_add(l->list, cells, project_json(p, path));
	return NULL;
}

/* Every project, oldest start first, with the path the model gives it. */
static struct error *
load_projects(struct track *t, struct item_list *list)
{
	struct listing l;
	struct error *err;

	if ((err = listing_init(t, &l)) == NULL) {
		l.list = list;
		err = project_each(t->db, add_project, &l);
	}
	history_release(&l.history);
	return err;
}

/* ---------------------------------------------------------------------
 * track project show
 */

#define SHOW_LABEL_COLUMNS 13

static void print_show(FILE *out, const struct project *p,
    const char *path);
static struct error *print_topic(const char *topic, const char *path,
    int minutes, void *arg);

static struct error *
project_show(struct track *t, int argc, char **argv)
{
	struct project_options o;
	struct listing l;
	struct project p;
	struct error *err;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	project_init(&p);
	if ((err = listing_init(t, &l)) != NULL ||
	    (err = project_require(t->db, argv[optind], &p)) != NULL)
		goto done;
	print_show(t->out, &p, listing_path(&l, &p));
	if (p.sessions > 0) {
		fputs("topics:\n", t->out);
		err = project_topics(t->db, p.id, print_topic, t->out);
	}
done:
	project_release(&p);
	history_release(&l.history);
	return err;
}

/* Every field, one per line, then what was logged on it. */
static void
print_show(FILE *out, const struct project *p, const char *path)
{
	char status[DAY_TEXT_SIZE + 16], logged[64], minutes[32];
	struct item_field fields[8] = {
		{ "project:", p->name }, { "path:", path ? path : "none" },
		{ "status:", status }, { "started:", p->started },
		{ "url:", p->url ? p->url : "none" },
	};
	size_t n = 5;

	if (p->completed != NULL)
		snprintf(status, sizeof(status), "done on %s", p->completed);
	else
		snprintf(status, sizeof(status), "open");
	if (p->description != NULL)
		fields[n++] = (struct item_field){ "description:",
		    p->description };
	if (p->contribution)
		fields[n++] = (struct item_field){ "open source:",
		    "a contribution" };
	duration_format(p->minutes, minutes, sizeof(minutes));
	snprintf(logged, sizeof(logged), "%s in %d session%s", minutes,
	    p->sessions, p->sessions == 1 ? "" : "s");
	fields[n++] = (struct item_field){ "logged:", logged };
	item_render_fields(out, fields, n, SHOW_LABEL_COLUMNS);
}

/* "  django (backend)  15h" under topics:. */
static struct error *
print_topic(const char *topic, const char *path, int minutes, void *arg)
{
	FILE *out = arg;
	char logged[32];

	duration_format(minutes, logged, sizeof(logged));
	fprintf(out, "  %-7s  ", logged);
	fput_terminal(out, topic);
	fprintf(out, " (%s)\n", path ? path : "unmapped");
	return NULL;
}

/* ---------------------------------------------------------------------
 * track project rm
 */

static struct error *
project_rm(struct track *t, int argc, char **argv)
{
	struct project_options o;
	struct project p;
	struct error *err;
	int unlinked;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	project_init(&p);
	if ((err = project_require(t->db, argv[optind], &p)) != NULL ||
	    (err = project_delete(t->db, p.id, &unlinked)) != NULL)
		goto done;
	item_print_removed(t->out, "project", p.name, NULL, unlinked);
done:
	project_release(&p);
	return err;
}
