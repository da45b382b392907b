/*
 * track stop: ends the running timer and logs its session, dated on the
 * local day it started, exactly as long as the instants say (DST changes
 * included).
 */
#include <getopt.h>
#include <stdlib.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/describe.h"
#include "core/duration.h"
#include "core/session.h"
#include "core/text.h"
#include "core/timer.h"

struct stop_options {
	const char *note;
	const char *at;
};

static struct error *parse_options(int argc, char **argv,
    struct stop_options *o);
static struct error *running_timer(struct track *t, struct timer *timer);
static struct error *check_end(struct track *t, const struct timer *timer,
    const char *at_text, time_t end, int *minutes);
static struct error *log_timer(struct track *t, struct timer *timer,
    const char *note, int minutes);

struct error *
cmd_stop(struct track *t, int argc, char **argv)
{
	struct stop_options o = { 0 };
	struct timer timer;
	struct error *err;
	time_t end = t->now;
	int minutes = 0;

	if ((err = parse_options(argc, argv, &o)) != NULL)
		return err;
	if (argc - optind != 0)
		return usage_error("stop");
	if ((o.at && (err = timer_time_parse(o.at, t->today, t->now,
	    &end)) != NULL) ||
	    (o.note && (err = note_check(o.note, SESSION_NOTE_MAX)) != NULL))
		return err;
	timer_init(&timer);
	if ((err = running_timer(t, &timer)) != NULL ||
	    (err = check_end(t, &timer, o.at, end, &minutes)) != NULL ||
	    (err = timer_discard(t->db)) != NULL)
		goto done;
	if (minutes == 0)
		fputs("timer ran under a minute: nothing logged\n", t->out);
	else
		err = log_timer(t, &timer, o.note, minutes);
done:
	timer_release(&timer);
	return err;
}

static struct error *
parse_options(int argc, char **argv, struct stop_options *o)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "stop", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 'n': o->note = optarg; break;
		case 'a': o->at = optarg; break;
		default: return option_error("stop", argv, c);
		}
	}
	return NULL;
}

/* Reads the running timer; with none, the runtime error saying so. */
static struct error *
running_timer(struct track *t, struct timer *timer)
{
	struct error *err;
	bool running;

	if ((err = timer_get(t->db, timer, &running)) != NULL)
		return err;
	if (!running)
		return error_runtime("no timer is running: start one with "
		    "'track start TOPIC'");
	return NULL;
}

/*
 * Checks that end (at_text as typed, or NULL for now) can close timer:
 * not before its start and at most a day after it. Stores the session's
 * minutes (0: under a minute). A timer over a day old stopped now is
 * refused with SPEC §13's hint: an end to give with --at, or cancel.
 */
static struct error *
check_end(struct track *t, const struct timer *timer, const char *at_text,
    time_t end, int *minutes)
{
	char start[TIMER_CLOCK_SIZE], length[32];
	struct error *err;
	struct buf b;

	timer_clock_format(timer->started, t->today, start);
	if (end < timer->started && at_text != NULL)
		return error_usage("end '%s' is before the timer's start at %s",
		    at_text, start);
	if (end < timer->started)
		return error_runtime("the timer starts at %s, after the "
		    "current time: discard it with 'track cancel'", start);
	*minutes = timer_minutes(timer->started, end);
	if (*minutes <= DURATION_MAX_MINUTES)
		return NULL;
	duration_format(*minutes, length, sizeof(length));
	if (at_text != NULL)
		return error_usage("end '%s' is %s after the timer's start at "
		    "%s: a session holds at most 24h; give an end within a day "
		    "of the start", at_text, length, start);
	buf_init(&b);
	if ((err = timer_end_hint(t->db, timer, end, t->today, &b)) == NULL)
		err = error_usage("%s", b.data);
	buf_release(&b);
	return err;
}

/* Logs the session timer makes (note replaced when given) and says so. */
static struct error *
log_timer(struct track *t, struct timer *timer, const char *note,
    int minutes)
{
	struct session s;
	struct error *err;

	if (note != NULL) {
		free(timer->note);
		timer->note = xstrdup(note);
	}
	session_init(&s);
	timer_session(timer, minutes, &s);
	if ((err = session_insert(t->db, &s)) == NULL)
		session_print_logged(t->out, &s);
	session_release(&s);
	return err;
}
