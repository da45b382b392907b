/*
 * The weekly goal in words (SPEC §13): `track goal` as text and JSON,
 * and the verdict and bar the report's goal line shares.
 */
#include <stdio.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/duration.h"
#include "core/jsonout.h"
#include "reports/goal.h"

void
goal_verdict(char *out, size_t size, const struct goal_status *g)
{
	char behind[32];

	if (g->goal_minutes == 0) {
		snprintf(out, size, "no weekly goal");
	} else if (g->remaining == 0) {
		snprintf(out, size, "goal reached");
	} else if (g->behind) {
		duration_format(g->behind_minutes, behind, sizeof(behind));
		snprintf(out, size, "behind by %s", behind);
	} else {
		snprintf(out, size, "on pace");
	}
}

void
goal_bar(char out[GOAL_BAR_SIZE], const struct goal_status *g)
{
	int filled = 0, i = 0;

	if (g->goal_minutes > 0)
		filled = (int)((long long)GOAL_BAR_WIDTH * g->week_minutes /
		    g->goal_minutes);
	if (filled > GOAL_BAR_WIDTH)
		filled = GOAL_BAR_WIDTH;
	if (g->remaining > 0 && filled == GOAL_BAR_WIDTH)
		filled = GOAL_BAR_WIDTH - 1;
	out[i++] = '[';
	for (int k = 0; k < GOAL_BAR_WIDTH; k++)
		out[i++] = k < filled ? '#' : '.';
	out[i++] = ']';
	out[i] = '\0';
}

/* "this week (Mon 2026-11-16 to Sun 2026-11-22): 3h of 6h [#####.....]" */
static void
put_week(FILE *out, const struct goal_status *g)
{
	char from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE], done[32], goal[32];
	char bar[GOAL_BAR_SIZE];

	day_format(g->week_from, from);
	day_format(g->week_to, to);
	duration_format(g->week_minutes, done, sizeof(done));
	fprintf(out, "this week (%.3s %s to %.3s %s): %s",
	    weekday_names[day_weekday(g->week_from)], from,
	    weekday_names[day_weekday(g->week_to)], to, done);
	if (g->goal_minutes == 0) {
		fputs("; no weekly goal: set one with 'track goal set 6h'\n",
		    out);
		return;
	}
	duration_format(g->goal_minutes, goal, sizeof(goal));
	goal_bar(bar, g);
	fprintf(out, " of %s %s\n", goal, bar);
}

/* "4 days left counting today: 45m a day reaches the goal" */
static void
put_days_left(FILE *out, const struct goal_status *g)
{
	char each[32];

	fprintf(out, "%d day%s left counting today", g->days_left,
	    g->days_left == 1 ? "" : "s");
	if (g->remaining == 0) {
		fputs(": the goal is reached\n", out);
		return;
	}
	duration_format(g->per_day, each, sizeof(each));
	fprintf(out, ": %s a day reaches the goal\n", each);
}

void
goal_render_text(FILE *out, const struct goal_status *g, bool color)
{
	char average[32], verdict[64], expected[32], daily[32];

	(void)color;
	put_week(out, g);
	if (g->goal_minutes > 0)
		put_days_left(out, g);
	duration_format(g->average_minutes, average, sizeof(average));
	fprintf(out, "4-week average: %s a week\n", average);
	if (g->goal_minutes > 0) {
		goal_verdict(verdict, sizeof(verdict), g);
		fputs(verdict, out);
		duration_format(g->expected_minutes, expected,
		    sizeof(expected));
		if (g->behind)
			fprintf(out, " (the pace needs %s by the end of "
			    "yesterday)", expected);
		fputc('\n', out);
	}
	if (g->daily_minutes > 1) {
		duration_format(g->daily_minutes, daily, sizeof(daily));
		fprintf(out, "streaks count days of %s or more\n", daily);
	}
}

/* An integer, or null when there is no goal to measure it against. */
static json_t *
goal_figure(const struct goal_status *g, int value)
{
	return g->goal_minutes > 0 ? json_integer(value) : json_null();
}

json_t *
goal_to_json(const struct goal_status *g)
{
	json_t *o = json_object();
	char verdict[64];

	goal_verdict(verdict, sizeof(verdict), g);
	json_object_set_new(o, "week_from", json_day(g->week_from));
	json_object_set_new(o, "week_to", json_day(g->week_to));
	json_object_set_new(o, "goal_minutes", goal_figure(g, g->goal_minutes));
	json_object_set_new(o, "daily_minutes", json_integer(g->daily_minutes));
	json_object_set_new(o, "week_minutes", json_integer(g->week_minutes));
	json_object_set_new(o, "days_left", json_integer(g->days_left));
	json_object_set_new(o, "remaining_minutes",
	    goal_figure(g, g->remaining));
	json_object_set_new(o, "per_day_minutes", goal_figure(g, g->per_day));
	json_object_set_new(o, "average_minutes",
	    json_integer(g->average_minutes));
	json_object_set_new(o, "expected_minutes",
	    goal_figure(g, g->expected_minutes));
	json_object_set_new(o, "on_pace", g->goal_minutes > 0 ?
	    json_boolean(!g->behind) : json_null());
	json_object_set_new(o, "behind_minutes",
	    goal_figure(g, g->behind_minutes));
	json_object_set_new(o, "verdict", json_string(verdict));
	return o;
}

int
goal_percent(const struct goal_status *g)
{
	if (g->goal_minutes <= 0)
		return 0;
	return (int)((long long)g->week_minutes * 100 / g->goal_minutes);
}

char *
goal_line_text(const struct goal_status *g)
{
	char done[32], goal[32], verdict[64], each[32];
	struct buf b;

	duration_format(g->week_minutes, done, sizeof(done));
	duration_format(g->goal_minutes, goal, sizeof(goal));
	goal_verdict(verdict, sizeof(verdict), g);
	buf_init(&b);
	buf_printf(&b, "%s of %s (%d%%), %s", done, goal, goal_percent(g),
	    verdict);
	if (g->remaining > 0) {
		duration_format(g->per_day, each, sizeof(each));
		buf_printf(&b, ": %s a day over the %d day%s left", each,
		    g->days_left, g->days_left == 1 ? "" : "s");
	}
	return buf_detach(&b);
}

/* "3 hours 5 minutes", "1 hour", "0 minutes". */
static void
put_words(struct buf *b, int minutes)
{
	int hours = minutes / 60, rest = minutes % 60;

	if (hours > 0)
		buf_printf(b, "%d hour%s", hours, hours == 1 ? "" : "s");
	if (hours > 0 && rest > 0)
		buf_puts(b, " ");
	if (rest > 0 || hours == 0)
		buf_printf(b, "%d minute%s", rest, rest == 1 ? "" : "s");
}

char *
goal_words_text(const struct goal_status *g)
{
	char verdict[64];
	struct buf b;

	goal_verdict(verdict, sizeof(verdict), g);
	buf_init(&b);
	buf_puts(&b, "Weekly goal: ");
	put_words(&b, g->week_minutes);
	buf_puts(&b, " of ");
	put_words(&b, g->goal_minutes);
	buf_printf(&b, " this week, %d percent, ", goal_percent(g));
	if (g->behind) {
		buf_puts(&b, "behind by ");
		put_words(&b, g->behind_minutes);
	} else {
		buf_puts(&b, verdict);
	}
	return buf_detach(&b);
}
