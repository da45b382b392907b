/*
 * track start TOPIC: starts the timer, which is a database row, so no
 * daemon has to keep running. `track stop` turns it into a session.
 */
#include <getopt.h>

#include "core/catalog.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/describe.h"
#include "core/date.h"
#include "core/project.h"
#include "core/session.h"
#include "core/text.h"
#include "core/timer.h"

struct start_options {
	const char *kind;
	const char *project;
	const char *tutorial;
	const char *note;
	const char *at;
};

static struct error *parse_options(int argc, char **argv,
    struct start_options *o);
static struct error *check_options(struct track *t,
    const struct start_options *o, struct timer *timer);
static struct error *refuse_running(struct track *t);
static struct error *start_links(struct track *t,
    const struct start_options *o, const struct topic *topic,
    struct timer *timer);
static void print_started(struct track *t, const struct timer *timer,
    const struct start_options *o);

struct error *
cmd_start(struct track *t, int argc, char **argv)
{
	struct start_options o = { 0 };
	struct timer timer;
	struct topic topic;
	struct error *err;

	if ((err = parse_options(argc, argv, &o)) != NULL)
		return err;
	if (argc - optind != 1)
		return usage_error("start");
	timer_init(&timer);
	topic_init(&topic);
	if ((err = check_options(t, &o, &timer)) != NULL ||
	    (err = refuse_running(t)) != NULL ||
	    (err = topic_resolve(t->db, argv[optind], t->err, &topic)) != NULL)
		goto done;
	timer.topic_id = topic.id;
	timer.note = xstrdup(o.note);
	if ((err = start_links(t, &o, &topic, &timer)) != NULL ||
	    (err = timer_insert(t->db, &timer)) != NULL)
		goto done;
	timer.topic = xstrdup(topic.name);
	timer.path = xstrdup(topic.path);
	print_started(t, &timer, &o);
done:
	topic_release(&topic);
	timer_release(&timer);
	return err;
}

static struct error *
parse_options(int argc, char **argv, struct start_options *o)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "start", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 'k': o->kind = optarg; break;
		case 'p': o->project = optarg; break;
		case 't': o->tutorial = optarg; break;
		case 'n': o->note = optarg; break;
		case 'a': o->at = optarg; break;
		default: return option_error("start", argv, c);
		}
	}
	return NULL;
}

/*
 * Validates everything the user typed before anything is written, and
 * sets the timer's start and kind from it.
 */
static struct error *
check_options(struct track *t, const struct start_options *o,
    struct timer *timer)
{
	struct error *err;

	timer->started = t->now;
	if (o->at && (err = timer_time_parse(o->at, t->today, t->now,
	    &timer->started)) != NULL)
		return err;
	if (o->note && (err = note_check(o->note, SESSION_NOTE_MAX)) != NULL)
		return err;
	if ((err = kind_decide(t->db, o->kind, o->project != NULL,
	    o->tutorial != NULL, &timer->kind)) != NULL)
		return err;
	if (o->project && (err = project_name_check(t->db, o->project)) != NULL)
		return err;
	if (o->tutorial &&
	    (err = tutorial_title_check(t->db, o->tutorial)) != NULL)
		return err;
	return NULL;
}

/* The runtime error when a timer already runs, naming it; else NULL. */
static struct error *
refuse_running(struct track *t)
{
	char since[TIMER_CLOCK_SIZE];
	struct timer running;
	struct error *err;
	struct buf topic;
	bool found;

	timer_init(&running);
	buf_init(&topic);
	if ((err = timer_get(t->db, &running, &found)) == NULL && found) {
		timer_clock_format(running.started, t->today, since);
		buf_put_terminal(&topic, running.topic);
		err = error_runtime("a timer is already running: %s since %s "
		    "(stop it with 'track stop' or discard it with 'track "
		    "cancel')", topic.data, since);
	}
	buf_release(&topic);
	timer_release(&running);
	return err;
}

/* Links the project or tutorial named by the options on the start's day. */
static struct error *
start_links(struct track *t, const struct start_options *o,
    const struct topic *topic, struct timer *timer)
{
	int day = day_of_instant(timer->started);
	bool created;

	if (o->project != NULL)
		return project_ensure(t->db, o->project, day,
		    &timer->project_id, &created);
	if (o->tutorial != NULL)
		return tutorial_ensure(t->db, o->tutorial, topic, day,
		    &timer->tutorial_id, &created);
	return NULL;
}

/* "started django (backend, study) at 09:30", names as typed. */
static void
print_started(struct track *t, const struct timer *timer,
    const struct start_options *o)
{
	char at[TIMER_CLOCK_SIZE];

	timer_clock_format(timer->started, t->today, at);
	fputs("started ", t->out);
	session_print_subject(t->out, timer->topic, timer->path, timer->kind,
	    o->project, o->tutorial);
	fprintf(t->out, " at %s\n", at);
}
