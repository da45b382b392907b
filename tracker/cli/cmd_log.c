/*
 * track log DURATION TOPIC: the everyday command. It does a fixed amount
 * of work whatever the history holds: a few index lookups and one insert.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "core/catalog.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/describe.h"
#include "core/duration.h"
#include "core/project.h"
#include "core/session.h"
#include "core/text.h"

struct log_options {
	const char *date;
	const char *start;
	const char *kind;
	const char *project;
	const char *tutorial;
	const char *note;
	const char *path;	/* --path: the project's, for good */
};

static struct error *parse_options(int argc, char **argv,
    struct log_options *o);
static struct error *path_check(struct track *t, const struct log_options *o,
    struct path *path);
static struct error *log_links(struct track *t, const struct log_options *o,
    const struct topic *topic, struct session *s);
static struct error *give_path(struct track *t, const struct log_options *o,
    const struct path *path, const struct session *s, bool created);

struct error *
cmd_log(struct track *t, int argc, char **argv)
{
	struct log_options o = { 0 };
	struct session s;
	struct topic topic;
	struct path path;
	struct error *err;
	bool created = false;

	if ((err = parse_options(argc, argv, &o)) != NULL)
		return err;
	if (argc - optind != 2)
		return usage_error("log");
	session_init(&s);
	topic_init(&topic);
	path_init(&path);
	if ((err = duration_parse(argv[optind], &s.minutes)) != NULL ||
	    (err = session_when(t->today, t->now, o.date, o.start, &s)) != NULL ||
	    (o.note && (err = note_check(o.note, SESSION_NOTE_MAX)) != NULL) ||
	    (err = kind_decide(t->db, o.kind, o.project != NULL,
	    o.tutorial != NULL, &s.kind)) != NULL ||
	    (err = path_check(t, &o, &path)) != NULL ||
	    (o.project && (err = project_name_check(t->db, o.project))) ||
	    (o.tutorial && (err = tutorial_title_check(t->db, o.tutorial))) ||
	    (err = topic_resolve(t->db, argv[optind + 1], t->err, &topic)) != NULL)
		goto done;
	s.topic_id = topic.id;
	s.note = xstrdup(o.note);
	if (o.project != NULL && (err = project_ensure(t->db, o.project, s.day,
	    &s.project_id, &created)) != NULL)
		goto done;
	if ((err = log_links(t, &o, &topic, &s)) != NULL ||
	    (err = session_insert(t->db, &s)) != NULL)
		goto done;
	/* The confirmation names the project or tutorial as typed. */
	s.topic = xstrdup(topic.name);
	s.path = xstrdup(topic.path);
	s.project = xstrdup(o.project);
	s.tutorial = xstrdup(o.tutorial);
	session_print_logged(t->out, &s);
	err = give_path(t, &o, &path, &s, created);
done:
	path_release(&path);
	topic_release(&topic);
	session_release(&s);
	return err;
}

static struct error *
parse_options(int argc, char **argv, struct log_options *o)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "log", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 'd': o->date = optarg; break;
		case 's': o->start = optarg; break;
		case 'k': o->kind = optarg; break;
		case 'p': o->project = optarg; break;
		case 't': o->tutorial = optarg; break;
		case 'n': o->note = optarg; break;
		case 'P': o->path = optarg; break;
		default: return option_error("log", argv, c);
		}
	}
	return NULL;
}

/*
 * --path gives the project of --project its path: without --project it
 * is a usage error; the path must be a specialization.
 */
static struct error *
path_check(struct track *t, const struct log_options *o, struct path *path)
{
	if (o->path == NULL)
		return NULL;
	if (o->project == NULL)
		return error_usage("--path '%s' needs --project: it gives the "
		    "project its path (a session's path comes from its topic)",
		    o->path);
	return project_path_require(t->db, o->path, path);
}

/* Links the tutorial named by the options, creating it. */
static struct error *
log_links(struct track *t, const struct log_options *o,
    const struct topic *topic, struct session *s)
{
	bool created;

	if (o->tutorial != NULL)
		return tutorial_ensure(t->db, o->tutorial, topic, s->day,
		    &s->tutorial_id, &created);
	return NULL;
}

/*
 * Gives the session's project the path of --path, and says so when that
 * changed it: "project 'Booking API' on path backend from now on (was
 * devops)".
 */
static struct error *
give_path(struct track *t, const struct log_options *o,
    const struct path *path, const struct session *s, bool created)
{
	struct error *err;
	bool changed;
	char *was;

	if (o->path == NULL)
		return NULL;
	if ((err = project_give_path(t->db, s->project_id, path->id, &was,
	    &changed)) != NULL || !changed)
		return err;
	fputs("project '", t->out);
	fput_terminal(t->out, o->project);
	fprintf(t->out, "' on path %s from now on", path->slug);
	if (!created)
		fprintf(t->out, " (was %s)", was ? was : "from its hours");
	fputc('\n', t->out);
	free(was);
	return NULL;
}
