/*
 * track status: the running timer, if any, and today's logged total. Only
 * reads: on a missing database it says nothing runs and creates nothing.
 * --short is the prompt line (cli/prompt.c), which opens the database
 * itself only when its snapshot does not hold.
 */
#include <getopt.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/describe.h"
#include "cli/prompt.h"
#include "core/duration.h"
#include "core/session.h"
#include "core/text.h"
#include "core/timer.h"

static struct error *print_timer(struct track *t);
static void print_running(struct track *t, const struct timer *timer);
static struct error *print_today(struct track *t);

/*
 * The setup `track status` needs (argv[0] is "status"): none for
 * --short (or -s, or a prefix of --short), which locates the database
 * and opens it only when it must; a read transaction otherwise.
 */
enum db_mode
cmd_status_db(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "-s") == 0 || (strncmp(argv[i], "--s", 3) ==
		    0 && strncmp(argv[i], "--short", strlen(argv[i])) == 0))
			return DB_OWN;
	return DB_READ;
}

struct error *
cmd_status(struct track *t, int argc, char **argv)
{
	struct option_reader r;
	struct error *err;
	bool brief = false;
	int c;

	option_reader_init(&r, "status", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		if (c != 's')
			return option_error("status", argv, c);
		brief = true;
	}
	if (argc - optind != 0)
		return usage_error("status");
	if (brief)
		return prompt_line(t);
	if ((err = print_timer(t)) != NULL)
		return err;
	return print_today(t);
}

/* The first line: the running timer or "no timer running". */
static struct error *
print_timer(struct track *t)
{
	struct timer timer;
	struct error *err;
	bool running;

	timer_init(&timer);
	if ((err = timer_get(t->db, &timer, &running)) == NULL) {
		if (running)
			print_running(t, &timer);
		else
			fputs("no timer running\n", t->out);
	}
	timer_release(&timer);
	return err;
}

/*
 * "running: django (backend, study) since 09:30, 1h12m so far", with the
 * note when set; a timer over a day old also gets the hint on how to stop
 * it on t->err.
 */
static void
print_running(struct track *t, const struct timer *timer)
{
	char since[TIMER_CLOCK_SIZE], length[32];
	int minutes = timer_minutes(timer->started, t->now);

	timer_clock_format(timer->started, t->today, since);
	duration_format(minutes, length, sizeof(length));
	fputs("running: ", t->out);
	session_print_subject(t->out, timer->topic, timer->path, timer->kind,
	    timer->project, timer->tutorial);
	fprintf(t->out, " since %s, %s so far", since, length);
	if (timer->note != NULL) {
		fputs(", note '", t->out);
		fput_terminal(t->out, timer->note);
		fputc('\'', t->out);
	}
	fputc('\n', t->out);
	if (minutes > DURATION_MAX_MINUTES) {
		struct buf b;

		buf_init(&b);
		timer_overlong_message(&b, timer->started, t->now, t->today);
		fprintf(t->err, "track: %s\n", b.data);
		buf_release(&b);
	}
}

/* The second line: "today: 2h30m in 3 sessions" (logged sessions only). */
static struct error *
print_today(struct track *t)
{
	char length[32];
	struct error *err;
	int minutes = 0, count = 0;

	if ((err = session_day_totals(t->db, t->today, t->today, &minutes,
	    &count)) != NULL)
		return err;
	duration_format(minutes, length, sizeof(length));
	fprintf(t->out, "today: %s in %d session%s\n", length, count,
	    count == 1 ? "" : "s");
	return NULL;
}
