/*
 * The report as text for a terminal, fitting 80 columns: totals, bars by
 * path, topic and kind, a heatmap of the period's days, a 12-week trend
 * line, then the plan, the findings and the portfolio summary. User text
 * is neutralised (fput_terminal); colour only when asked for.
 */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/duration.h"
#include "reports/render.h"
#include "reports/render_analysis.h"
#include "reports/report.h"
#include "core/session.h"
#include "core/table.h"
#include "core/text.h"
#include "reports/sentences.h"
#include "reports/sentences_skills.h"

#define LINE_COLUMNS 80
#define NAME_COLUMNS 16		/* a path or a kind */
#define TOPIC_COLUMNS 18
#define PATH_BAR 30		/* bar width of the path and kind sections */
#define TOPIC_BAR 22		/* bar width of the topic section */
#define TEXT_TOPICS 10		/* topics listed; the rest are summed */
#define STEP_BAR 10		/* the plan's progress bars */

#define ANSI_BOLD "\033[1m"
#define ANSI_BAR "\033[36m"
#define ANSI_RESET "\033[0m"

static const char *const shades[REPORT_HEAT_LEVELS] = {
	".", "\u2591", "\u2592", "\u2593", "\u2588",
};
static const char *const sparks[8] = {
	"\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587",
	"\u2588",
};

static void put_heading(FILE *out, const char *title, bool color);
static void put_totals(FILE *out, const struct report *r);
static void put_paths(FILE *out, const struct report *r, bool color);
static void put_topics(FILE *out, const struct report *r, bool color);
static void put_kinds(FILE *out, const struct report *r, bool color);
static void put_days(FILE *out, const struct report *r);
static void put_trend(FILE *out, const struct report *r);
static void put_plan(FILE *out, const struct plan *plan);
static void put_streak_minimum(FILE *out, const struct report *r);
static void put_goal(FILE *out, const struct report *r);
static void put_portfolio(FILE *out, const struct portfolio *p);
static void put_skills(FILE *out, const struct skills *s);

void
report_render_text(FILE *out, const struct report *r, bool color)
{
	char from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE];
	int days = r->to - r->from + 1;

	day_format(r->from, from);
	day_format(r->to, to);
	findings_render_welcome(out, &r->findings);
	if (color)
		fputs(ANSI_BOLD, out);
	if (r->running)
		fprintf(out, "Report %s to %s (day %d of %d)", from, to,
		    report_elapsed_days(r), days);
	else
		fprintf(out, "Report %s to %s (%d %s)", from, to, days,
		    days == 1 ? "day" : "days");
	if (color)
		fputs(ANSI_RESET, out);
	fputc('\n', out);
	put_totals(out, r);
	put_paths(out, r, color);
	put_topics(out, r, color);
	put_kinds(out, r, color);
	put_heading(out, "Days", color);
	put_days(out, r);
	put_heading(out, "Trend", color);
	put_trend(out, r);
	put_heading(out, "Plan", color);
	put_plan(out, &r->plan);
	put_heading(out, "Findings", color);
	findings_render_text(out, &r->findings, color);
	put_heading(out, "Portfolio", color);
	put_portfolio(out, &r->portfolio);
	put_heading(out, "Skills", color);
	put_skills(out, &r->skills);
}

/* ---------------------------------------------------------------------
 * Small pieces
 */

static void
put_heading(FILE *out, const char *title, bool color)
{
	fprintf(out, color ? "\n" ANSI_BOLD "%s" ANSI_RESET "\n" : "\n%s\n",
	    title);
}

static const char *
duration(int minutes, char text[32])
{
	duration_format(minutes, text, 32);
	return text;
}

/* s neutralised for the terminal, cut to max columns with "...", padded. */
static void
put_name(FILE *out, const char *s, size_t max)
{
	struct buf cell;

	buf_init(&cell);
	table_pad(&cell, table_put_cell(&cell, s, max), max);
	fputs(cell.data, out);
	buf_release(&cell);
}

/* A bar of width cells for minutes against max: at least one cell. */
static void
put_bar(FILE *out, int minutes, int max, int width, bool color)
{
	int cells = max > 0 ? (int)(((long long)minutes * width * 2 + max) /
	    (2LL * max)) : 0;

	if (cells == 0 && minutes > 0)
		cells = 1;
	if (cells > 0) {
		fputs("  ", out);
		if (color)
			fputs(ANSI_BAR, out);
		for (int i = 0; i < cells; i++)
			fputs("\u2588", out);
		if (color)
			fputs(ANSI_RESET, out);
	}
	fputc('\n', out);
}

/* "  NAME  TIME  PCT%  BAR" for one path or kind. */
static void
put_share(FILE *out, const char *name, int minutes, int total, int max,
    bool color)
{
	char text[32];

	fputs("  ", out);
	put_name(out, name, NAME_COLUMNS);
	fprintf(out, " %7s %4d%%", duration(minutes, text),
	    report_percent(minutes, total));
	put_bar(out, minutes, max, PATH_BAR, color);
}

/* ---------------------------------------------------------------------
 * Sections
 */

/*
 * What the time is compared with: "previous 7 days" just before, or for a
 * running period the days it is compared by, "2026-11-01 to 2026-11-06".
 */
static void
put_previous(FILE *out, const struct report *r)
{
	char a[DAY_TEXT_SIZE], z[DAY_TEXT_SIZE];
	int days = r->previous_to - r->previous_from + 1;

	if (!r->running) {
		fprintf(out, "previous %d %s", days, days == 1 ? "day" : "days");
		return;
	}
	day_format(r->previous_from, a);
	day_format(r->previous_to, z);
	fprintf(out, "%s to %s", a, z);
}

static void
put_totals(FILE *out, const struct report *r)
{
	char now[32], before[32], change[32];
	int delta = r->minutes - r->previous_minutes;

	duration(r->minutes, now);
	duration(r->previous_minutes, before);
	duration(delta < 0 ? -delta : delta, change);
	fprintf(out, "\n  time         %s (", now);
	put_previous(out, r);
	fprintf(out, ": %s, %c%s)\n", before, delta < 0 ? '-' : '+', change);
	fprintf(out, "  sessions     %d\n", r->sessions);
	fprintf(out, "  active days  %d of %d\n", r->active_days,
	    report_elapsed_days(r));
	fprintf(out, "  streak       %d %s now, longest %d in the period",
	    r->streak_current, r->streak_current == 1 ? "day" : "days",
	    r->streak_longest);
	put_streak_minimum(out, r);
	fputc('\n', out);
	put_goal(out, r);
}

static void
put_paths(FILE *out, const struct report *r, bool color)
{
	put_heading(out, "By path", color);
	if (r->minutes == 0 || r->path_count == 0) {
		fputs("  nothing logged\n", out);
		return;
	}
	for (size_t i = 0; i < r->path_count; i++)
		put_share(out, r->paths[i].path, r->paths[i].minutes,
		    r->minutes, r->paths[0].minutes, color);
}

static void
put_topics(FILE *out, const struct report *r, bool color)
{
	int rest = 0;
	size_t i;
	char text[32];

	put_heading(out, "By topic", color);
	if (r->minutes == 0 || r->topic_count == 0) {
		fputs("  nothing logged\n", out);
		return;
	}
	for (i = 0; i < r->topic_count && i < TEXT_TOPICS; i++) {
		fputs("  ", out);
		put_name(out, r->topics[i].topic, TOPIC_COLUMNS);
		fputc(' ', out);
		put_name(out, r->topics[i].path, NAME_COLUMNS);
		fprintf(out, " %7s %4d%%", duration(r->topics[i].minutes, text),
		    report_percent(r->topics[i].minutes, r->minutes));
		put_bar(out, r->topics[i].minutes, r->topics[0].minutes,
		    TOPIC_BAR, color);
	}
	for (; i < r->topic_count; i++)
		rest += r->topics[i].minutes;
	if (i > TEXT_TOPICS)
		fprintf(out, "  and %zu more topics: %s\n",
		    r->topic_count - TEXT_TOPICS, duration(rest, text));
}

static void
put_kinds(FILE *out, const struct report *r, bool color)
{
	int max = 0;

	put_heading(out, "By kind", color);
	if (r->minutes == 0) {
		fputs("  nothing logged\n", out);
		return;
	}
	for (int k = 0; k < KIND_COUNT; k++)
		if (r->by_kind[k] > max)
			max = r->by_kind[k];
	for (int k = 0; k < KIND_COUNT; k++)
		put_share(out, kind_name((enum kind)k), r->by_kind[k],
		    r->minutes, max, color);
}

/* The heatmap's legend line. */
static void
put_legend(FILE *out)
{
	fputs("  ", out);
	for (int i = 0; i < REPORT_HEAT_LEVELS; i++)
		fprintf(out, "%s%s %s", i ? "  " : "", shades[i],
		    report_heat_legend[i]);
	fputc('\n', out);
}

/* The shade of one day; a blank outside the period. */
static const char *
shade(const struct report *r, int day)
{
	int minutes = report_day_minutes(r, day);

	return minutes < 0 ? " " : shades[report_heat_level(minutes)];
}

/*
 * Up to 13 weeks: one row a week, the weekdays across, the week's total
 * (none for a week whose days are all still to come).
 */
static void
put_calendar(FILE *out, const struct report *r)
{
	int first = report_heat_from(r), weeks = report_heat_weeks(r);
	char day[DAY_TEXT_SIZE], text[32];
	struct buf line;

	fprintf(out, "%14s", "");
	for (int i = 0; i < 7; i++)
		fprintf(out, "%.3s ", weekday_names[(r->week_start + i) % 7]);
	fprintf(out, "%7s\n", "total");
	buf_init(&line);
	for (int w = 0; w < weeks; w++) {
		int week = first + 7 * w, total = 0;

		day_format(week, day);
		buf_clear(&line);
		buf_printf(&line, "  %s  ", day);
		for (int i = 0; i < 7; i++) {
			int minutes = report_day_minutes(r, week + i);

			buf_printf(&line, " %s  ", shade(r, week + i));
			total += minutes > 0 ? minutes : 0;
		}
		if (week <= r->at)
			buf_printf(&line, "%7s", duration(total, text));
		while (line.len > 0 && line.data[line.len - 1] == ' ')
			line.data[--line.len] = '\0';
		fprintf(out, "%s\n", line.data);
	}
	buf_release(&line);
}

/* Longer periods: one row a weekday, one column a week (the last 53). */
static void
put_grid(FILE *out, const struct report *r)
{
	int first = report_heat_from(r), weeks = report_heat_weeks(r);
	char day[DAY_TEXT_SIZE];
	struct buf line;

	day_format(first, day);
	fprintf(out, "  one column a week from %s%s\n", day,
	    first > report_week_of(r->from, r->week_start) ?
	    " (the last 53 weeks)" : "");
	buf_init(&line);
	for (int i = 0; i < 7; i++) {
		buf_clear(&line);
		buf_printf(&line, "  %.3s  ",
		    weekday_names[(r->week_start + i) % 7]);
		for (int w = 0; w < weeks; w++)
			buf_puts(&line, shade(r, first + 7 * w + i));
		while (line.len > 0 && line.data[line.len - 1] == ' ')
			line.data[--line.len] = '\0';
		fprintf(out, "%s\n", line.data);
	}
	buf_release(&line);
}

static void
put_days(FILE *out, const struct report *r)
{
	put_legend(out);
	if (report_heat_weeks(r) <= REPORT_CALENDAR_WEEKS)
		put_calendar(out, r);
	else
		put_grid(out, r);
}

/* One sparkline character a week: '.' for none, else 1..8 eighths of max. */
static void
put_trend(FILE *out, const struct report *r)
{
	int peak = report_trend_peak(r);
	char from[DAY_TEXT_SIZE], day[DAY_TEXT_SIZE], text[32], last[32];

	day_format(r->trend_from, from);
	fprintf(out, "  12 weeks from %s, one character a week\n  ", from);
	for (int i = 0; i < REPORT_TREND_WEEKS; i++) {
		int level = report_spark_level(r, i);

		fputs(level ? sparks[level - 1] : ".", out);
	}
	day_format(r->trend_from + 7 * peak, day);
	duration(r->trend[REPORT_TREND_WEEKS - 1], last);
	if (r->trend[peak] == 0)
		fprintf(out, "  nothing logged\n");
	else
		fprintf(out, "  peak %s (week of %s), last %s\n",
		    duration(r->trend[peak], text), day, last);
}

/* "[#####.....]": the share of the target reached, full when complete. */
static void
put_step_bar(FILE *out, const struct plan_step *s)
{
	int filled = STEP_BAR;

	if (!s->complete && s->target > 0)
		filled = (int)(STEP_BAR * s->value / s->target);
	if (filled > STEP_BAR)
		filled = STEP_BAR;
	if (!s->complete && filled == STEP_BAR)
		filled = STEP_BAR - 1;
	fputc('[', out);
	for (int i = 0; i < STEP_BAR; i++)
		fputc(i < filled ? '#' : '.', out);
	fputc(']', out);
}

/*
 * SPEC §13: the pace the forecasts assume, then each incomplete step's
 * day ("step 3 by 2026-12-20 (10h to go)"), when a step has one.
 */
static void
put_plan_forecast(FILE *out, const struct plan *plan)
{
	char *pace, *text;

	if (!plan_forecast_any(plan))
		return;
	pace = plan_forecast_pace_text(plan);
	fput_wrapped(out, "  forecast: ", pace, LINE_COLUMNS);
	free(pace);
	for (int step = 1; step <= 5 && plan->forecast_pace.minutes > 0;
	    step++) {
		if ((text = plan_forecast_text(plan, step)) != NULL)
			fprintf(out, "    step %d %s\n", step, text);
		free(text);
	}
}

/*
 * The five steps one line each (title, bar, numbers), then what to do
 * next: the current step's detail, wrapped to 80 columns.
 */
static void
put_plan(FILE *out, const struct plan *plan)
{
	char numbers[48], *pace;

	fputs("  path: ", out);
	fput_terminal(out, plan->path ? plan->path : "none chosen");
	if (plan->path == NULL && plan->suggested_path != NULL) {
		fputs(" (suggested: ", out);
		fput_terminal(out, plan->suggested_path);
		fputc(')', out);
	}
	fputc('\n', out);
	pace = plan_pace_text(plan);
	fput_wrapped(out, "  pace: ", pace, LINE_COLUMNS);
	free(pace);
	for (int i = 0; i < 5; i++) {
		const struct plan_step *s = &plan->steps[i];

		if (s->step == 1)
			snprintf(numbers, sizeof(numbers), "%.1f/%dh", s->value,
			    (int)s->target);
		else
			snprintf(numbers, sizeof(numbers), "%d/%d",
			    (int)s->value, (int)s->target);
		fprintf(out, "%c %d %-23s ", plan->current_step == s->step ?
		    '>' : ' ', s->step, s->title);
		put_step_bar(out, s);
		fprintf(out, " %9s\n", numbers);
	}
	if (plan->current_step >= 1 && plan->current_step <= 5) {
		char *detail = plan_step_text(plan, plan->current_step);

		fput_wrapped(out, "  next: ", detail, LINE_COLUMNS);
		free(detail);
	}
	put_plan_forecast(out, plan);
}

static void
put_portfolio(FILE *out, const struct portfolio *p)
{
	char *projects = portfolio_projects_text(p);

	fprintf(out, "  score %d/100 (%s), %s\n", p->score, p->grade,
	    projects);
	free(projects);
	fprintf(out, "  projects %d/50, evidence %d/15, focus %d/20, "
	    "persistence %d/15\n", p->projects, p->evidence, p->focus,
	    p->persistence);
	if (!p->built)
		fprintf(out, "  (%s)\n", portfolio_not_built_text);
	if (p->next_gain > 0) {
		struct buf next;
		char *action = portfolio_next_text(&p->next);

		buf_init(&next);
		buf_printf(&next, "%s (+%d)", action, p->next_gain);
		fput_wrapped(out, "  next: ", next.data, LINE_COLUMNS);
		buf_release(&next);
		free(action);
	}
}

/* The skills line (SPEC §12) and the skill to apply next. */
static void
put_skills(FILE *out, const struct skills *s)
{
	char *line = skills_line_text(s), *next = skills_next_text(s);

	fputs("  ", out);
	fput_terminal(out, line);
	fputc('\n', out);
	fput_wrapped(out, "  next: ", next, LINE_COLUMNS);
	free(line);
	free(next);
}

/* " (days of 30m or more)" after the streak, when not any logged day. */
static void
put_streak_minimum(FILE *out, const struct report *r)
{
	char least[32];

	if (r->streak_minimum <= 1)
		return;
	duration_format(r->streak_minimum, least, sizeof(least));
	fprintf(out, " (days of %s or more)", least);
}

/* SPEC §13: "  goal         [#####.....] 3h of 6h (50%), on pace: ...". */
static void
put_goal(FILE *out, const struct report *r)
{
	char bar[GOAL_BAR_SIZE], *text;

	if (!report_shows_goal(r))
		return;
	goal_bar(bar, &r->goal);
	text = goal_line_text(&r->goal);
	fprintf(out, "  goal         %s %s\n", bar, text);
	free(text);
}
