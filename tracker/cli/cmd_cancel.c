/*
 * track cancel: discards the running timer without logging anything.
 */
#include <getopt.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/text.h"
#include "core/timer.h"

static void print_discarded(struct track *t, const struct timer *timer);

struct error *
cmd_cancel(struct track *t, int argc, char **argv)
{
	struct option_reader r;
	struct timer timer;
	struct error *err;
	bool running;

	option_reader_init(&r, "cancel", NULL, argc, argv);
	if (option_next(&r) != -1)
		return option_error("cancel", argv, '?');
	if (argc - optind != 0)
		return usage_error("cancel");
	timer_init(&timer);
	if ((err = timer_get(t->db, &timer, &running)) != NULL)
		goto done;
	if (!running) {
		err = error_runtime("no timer is running");
		goto done;
	}
	if ((err = timer_discard(t->db)) == NULL)
		print_discarded(t, &timer);
done:
	timer_release(&timer);
	return err;
}

/* "discarded the timer for django started at 09:30" */
static void
print_discarded(struct track *t, const struct timer *timer)
{
	char at[TIMER_CLOCK_SIZE];

	timer_clock_format(timer->started, t->today, at);
	fputs("discarded the timer for ", t->out);
	fput_terminal(t->out, timer->topic);
	fprintf(t->out, " started at %s\n", at);
}
