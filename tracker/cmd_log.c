/*
 * track log DURATION TOPIC: the everyday command. It does a fixed amount
 * of work whatever the history holds: a few index lookups and one insert.
 */
#include <getopt.h>
#include <string.h>

#include "catalog.h"
#include "commands.h"
#include "describe.h"
#include "duration.h"
#include "project.h"
#include "session.h"
#include "text.h"

struct log_options {
	const char *date;
	const char *start;
	const char *kind;
	const char *project;
	const char *tutorial;
	const char *note;
};

static struct error *parse_options(int argc, char **argv,
    struct log_options *o);
static struct error *log_links(struct track *t, const struct log_options *o,
    const struct topic *topic, struct session *s);

struct error *
cmd_log(struct track *t, int argc, char **argv)
{
	struct log_options o = { 0 };
	struct session s;
	struct topic topic;
	struct error *err;

	if ((err = parse_options(argc, argv, &o)) != NULL)
		return err;
	if (argc - optind != 2)
		return usage_error("log");
	session_init(&s);
	topic_init(&topic);
	if ((err = duration_parse(argv[optind], &s.minutes)) != NULL ||
	    (err = session_when(t->today, t->now, o.date, o.start, &s)) != NULL ||
	    (o.note && (err = note_check(o.note, SESSION_NOTE_MAX)) != NULL) ||
	    (err = kind_decide(t->db, o.kind, o.project != NULL,
	    o.tutorial != NULL, &s.kind)) != NULL ||
	    (o.project && (err = project_name_check(t->db, o.project))) ||
	    (o.tutorial && (err = tutorial_title_check(t->db, o.tutorial))) ||
	    (err = topic_resolve(t->db, argv[optind + 1], t->err, &topic)) != NULL)
		goto done;
	s.topic_id = topic.id;
	s.note = xstrdup(o.note);
	if ((err = log_links(t, &o, &topic, &s)) != NULL ||
	    (err = session_insert(t->db, &s)) != NULL)
		goto done;
	/* The confirmation names the project or tutorial as typed. */
	s.topic = xstrdup(topic.name);
	s.path = xstrdup(topic.path);
	s.project = xstrdup(o.project);
	s.tutorial = xstrdup(o.tutorial);
	session_print_logged(t->out, &s);
done:
	topic_release(&topic);
	session_release(&s);
	return err;
}

static struct error *
parse_options(int argc, char **argv, struct log_options *o)
{
	static const struct option longopts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "start", required_argument, NULL, 's' },
		{ "kind", required_argument, NULL, 'k' },
		{ "project", required_argument, NULL, 'p' },
		{ "tutorial", required_argument, NULL, 't' },
		{ "note", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":d:s:k:p:t:n:", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'd': o->date = optarg; break;
		case 's': o->start = optarg; break;
		case 'k': o->kind = optarg; break;
		case 'p': o->project = optarg; break;
		case 't': o->tutorial = optarg; break;
		case 'n': o->note = optarg; break;
		default: return option_error("log", argv, c);
		}
	}
	return NULL;
}

/* Links the project or tutorial named by the options, creating it. */
static struct error *
log_links(struct track *t, const struct log_options *o,
    const struct topic *topic, struct session *s)
{
	bool created;

	if (o->project != NULL)
		return project_ensure(t->db, o->project, topic, s->day,
		    &s->project_id, &created);
	if (o->tutorial != NULL)
		return tutorial_ensure(t->db, o->tutorial, topic, s->day,
		    &s->tutorial_id, &created);
	return NULL;
}
