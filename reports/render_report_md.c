/*
 * The report as Markdown (CommonMark with GitHub tables) to paste into a
 * README, an issue or a journal: headings, bullet totals, tables by
 * path, topic and kind, a week-by-week table of the days, the trend as a
 * sparkline, then the plan, the findings and the portfolio. User text is
 * neutralised (control characters) and its Markdown punctuation
 * backslash-escaped, so a topic such as "<script>" or "a|b" stays text.
 */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/duration.h"
#include "reports/render_analysis.h"
#include "reports/report.h"
#include "core/session.h"
#include "core/text.h"
#include "reports/sentences.h"
#include "reports/sentences_skills.h"

static const char *const sparks[8] = {
	"\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587",
	"\u2588",
};

static void put_totals(FILE *out, const struct report *r);
static void put_breakdown(FILE *out, const struct report *r);
static void put_days(FILE *out, const struct report *r);
static void put_trend(FILE *out, const struct report *r);
static void put_plan(FILE *out, const struct plan *plan);
static void put_streak_goal(FILE *out, const struct report *r);
static void put_findings(FILE *out, const struct findings *f);
static void put_portfolio(FILE *out, const struct portfolio *p);
static void put_skills(FILE *out, const struct skills *s);

void
report_render_md(FILE *out, const struct report *r, bool color)
{
	char from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE];
	char *welcome;

	(void)color;
	day_format(r->from, from);
	day_format(r->to, to);
	fprintf(out, "# Learning report %s to %s\n", from, to);
	if (r->running)
		fprintf(out, "\nDay %d of %d: the days still to come are not "
		    "counted.\n", report_elapsed_days(r), r->to - r->from + 1);
	welcome = findings_welcome_text(&r->findings);
	if (welcome != NULL) {
		fputs("\n", out);
		md_put_text(out, welcome);
		fputs("\n", out);
	}
	free(welcome);
	put_totals(out, r);
	put_breakdown(out, r);
	put_days(out, r);
	put_trend(out, r);
	put_plan(out, &r->plan);
	put_findings(out, &r->findings);
	put_portfolio(out, &r->portfolio);
	put_skills(out, &r->skills);
}

/* ---------------------------------------------------------------------
 * Pieces
 */

void
md_put_text(FILE *out, const char *s)
{
	struct buf clean;

	buf_init(&clean);
	buf_put_terminal(&clean, s ? s : "");
	for (const char *p = clean.data; *p; p++) {
		if (strchr("\\`*_[]<>|#~&", *p) != NULL)
			fputc('\\', out);
		fputc(*p, out);
	}
	buf_release(&clean);
}

static const char *
duration(int minutes, char text[32])
{
	duration_format(minutes, text, 32);
	return text;
}

/* A table row "| NAME | TIME | PCT% |" for a path or a kind. */
static void
put_share_row(FILE *out, const char *name, int minutes, int total)
{
	char text[32];

	fputs("| ", out);
	md_put_text(out, name);
	fprintf(out, " | %s | %d%% |\n", duration(minutes, text),
	    report_percent(minutes, total));
}

/* ---------------------------------------------------------------------
 * Sections
 */

static void
put_totals(FILE *out, const struct report *r)
{
	char now[32], before[32], change[32], a[DAY_TEXT_SIZE], z[DAY_TEXT_SIZE];
	int delta = r->minutes - r->previous_minutes;
	int days = r->previous_to - r->previous_from + 1;

	fprintf(out, "\n## Totals\n\n");
	fprintf(out, "- **Time:** %s (", duration(r->minutes, now));
	day_format(r->previous_from, a);
	day_format(r->previous_to, z);
	if (r->running)
		fprintf(out, "%s to %s", a, z);
	else
		fprintf(out, "previous %d %s", days, days == 1 ? "day" : "days");
	fprintf(out, ": %s, %c%s)\n", duration(r->previous_minutes, before),
	    delta < 0 ? '-' : '+', duration(delta < 0 ? -delta : delta,
	    change));
	fprintf(out, "- **Sessions:** %d\n", r->sessions);
	fprintf(out, "- **Active days:** %d of %d\n", r->active_days,
	    report_elapsed_days(r));
	fprintf(out, "- **Streak:** %d %s now, longest %d in the period",
	    r->streak_current, r->streak_current == 1 ? "day" : "days",
	    r->streak_longest);
	put_streak_goal(out, r);
}

static void
put_breakdown(FILE *out, const struct report *r)
{
	char text[32];

	fprintf(out, "\n## By path\n\n| Path | Time | Share |\n|---|---:|---:|\n");
	for (size_t i = 0; i < r->path_count; i++)
		put_share_row(out, r->paths[i].path, r->paths[i].minutes,
		    r->minutes);
	fprintf(out, "\n## By topic\n\n| Topic | Path | Time | Share |\n"
	    "|---|---|---:|---:|\n");
	for (size_t i = 0; i < r->topic_count; i++) {
		fputs("| ", out);
		md_put_text(out, r->topics[i].topic);
		fputs(" | ", out);
		md_put_text(out, r->topics[i].path);
		fprintf(out, " | %s | %d%% |\n",
		    duration(r->topics[i].minutes, text),
		    report_percent(r->topics[i].minutes, r->minutes));
	}
	fprintf(out, "\n## By kind\n\n| Kind | Time | Share |\n|---|---:|---:|\n");
	for (int k = 0; k < KIND_COUNT; k++)
		put_share_row(out, kind_name((enum kind)k), r->by_kind[k],
		    r->minutes);
}

/*
 * One row a week (the last 53 at most): each day's time, the total; days
 * outside the period or still to come are empty cells.
 */
static void
put_days(FILE *out, const struct report *r)
{
	int first = report_heat_from(r), weeks = report_heat_weeks(r);
	char day[DAY_TEXT_SIZE], text[32];

	fprintf(out, "\n## Days\n\n| Week |");
	for (int i = 0; i < 7; i++)
		fprintf(out, " %.3s |", weekday_names[(r->week_start + i) % 7]);
	fprintf(out, " Total |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
	for (int w = 0; w < weeks; w++) {
		int week = first + 7 * w, total = 0;

		day_format(week, day);
		fprintf(out, "| %s |", day);
		for (int i = 0; i < 7; i++) {
			int minutes = report_day_minutes(r, week + i);

			if (minutes < 0)
				fputs(" |", out);
			else
				fprintf(out, " %s |", minutes ?
				    duration(minutes, text) : "\u00b7");
			total += minutes > 0 ? minutes : 0;
		}
		if (week > r->at)
			fputs(" |\n", out);
		else
			fprintf(out, " %s |\n", duration(total, text));
	}
}

static void
put_trend(FILE *out, const struct report *r)
{
	int peak = report_trend_peak(r);
	char from[DAY_TEXT_SIZE], day[DAY_TEXT_SIZE], text[32], last[32];

	day_format(r->trend_from, from);
	day_format(r->trend_from + 7 * peak, day);
	fprintf(out, "\n## Trend\n\n`");
	for (int i = 0; i < REPORT_TREND_WEEKS; i++) {
		int level = report_spark_level(r, i);

		fputs(level ? sparks[level - 1] : ".", out);
	}
	fprintf(out, "` 12 weeks from %s", from);
	if (r->trend[peak] > 0)
		fprintf(out, ", peak %s (week of %s), last %s",
		    duration(r->trend[peak], text), day,
		    duration(r->trend[REPORT_TREND_WEEKS - 1], last));
	fputs("\n", out);
}

/* SPEC §13: "Forecast at PACE:" and a bullet for each step's day. */
static void
put_plan_forecast(FILE *out, const struct plan *plan)
{
	char *pace, *text;

	if (!plan_forecast_any(plan))
		return;
	pace = plan_forecast_pace_text(plan);
	fputs("\nForecast ", out);
	md_put_text(out, pace);
	fputs(plan->forecast_pace.minutes > 0 ? ":\n\n" : ".\n", out);
	free(pace);
	for (int step = 1; step <= 5 && plan->forecast_pace.minutes > 0;
	    step++) {
		if ((text = plan_forecast_text(plan, step)) == NULL)
			continue;
		fprintf(out, "- Step %d: ", step);
		md_put_text(out, text);
		fputc('\n', out);
		free(text);
	}
}

static void
put_plan(FILE *out, const struct plan *plan)
{
	char *pace = plan_pace_text(plan);
	char *detail;

	fputs("\n## Plan\n\nPath: ", out);
	if (plan->path != NULL)
		md_put_text(out, plan->path);
	else
		fputs("none chosen", out);
	fputs(". Pace: ", out);
	md_put_text(out, pace);
	free(pace);
	fputs(".\n\n| Step | Status | Progress | Detail |\n|---|---|---:|---|\n",
	    out);
	for (int i = 0; i < 5; i++) {
		const struct plan_step *s = &plan->steps[i];

		fprintf(out, "| %d. %s | %s | ", s->step, s->title,
		    s->complete ? "complete" : plan->current_step == s->step ?
		    "**current**" : "open");
		if (s->step == 1)
			fprintf(out, "%.1f/%dh | ", s->value, (int)s->target);
		else
			fprintf(out, "%d/%d | ", (int)s->value, (int)s->target);
		detail = plan_step_text(plan, s->step);
		md_put_text(out, detail);
		free(detail);
		fputs(" |\n", out);
	}
	put_plan_forecast(out, plan);
}

static void
put_findings(FILE *out, const struct findings *f)
{
	char at[DAY_TEXT_SIZE], from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE];
	char *advice, *evidence;

	day_format(f->at, at);
	fputs("\n## Findings\n\n", out);
	if (f->count == 0) {
		fprintf(out, "No anti-patterns found (as of %s).\n", at);
		return;
	}
	for (size_t i = 0; i < f->count; i++) {
		day_format(f->items[i].from, from);
		day_format(f->items[i].to, to);
		fprintf(out, "- **%s** (%s, %s to %s): ", f->items[i].name,
		    f->items[i].severity, from, to);
		evidence = finding_evidence_text(&f->items[i]);
		md_put_text(out, evidence);
		free(evidence);
		fputs(" *", out);
		advice = finding_advice_text(&f->items[i].advice);
		md_put_text(out, advice);
		free(advice);
		fputs("*\n", out);
	}
}

static void
put_portfolio(FILE *out, const struct portfolio *p)
{
	char *projects = portfolio_projects_text(p);
	char *action;

	fprintf(out, "\n## Portfolio\n\n**%d/100 (%s)**: projects %d/50, "
	    "evidence %d/15, focus %d/20, persistence %d/15; %s", p->score,
	    p->grade, p->projects, p->evidence, p->focus, p->persistence,
	    projects);
	free(projects);
	if (!p->built)
		fprintf(out, " (%s)", portfolio_not_built_text);
	fputs(".\n", out);
	if (p->next_gain > 0) {
		action = portfolio_next_text(&p->next);
		fputs("\nNext: ", out);
		md_put_text(out, action);
		fprintf(out, " (+%d)\n", p->next_gain);
		free(action);
	}
}

/* The skills line (SPEC §12) and the skill to apply next. */
static void
put_skills(FILE *out, const struct skills *s)
{
	char *line = skills_line_text(s), *next = skills_next_text(s);

	fputs("\n## Skills\n\n", out);
	md_put_text(out, line);
	fputs(".\n\nNext: ", out);
	md_put_text(out, next);
	fputs("\n", out);
	free(line);
	free(next);
}

/*
 * The streak line's end: " (days of 30m or more)" when the minimum is
 * not any logged day; then SPEC §13's goal line with its bar.
 */
static void
put_streak_goal(FILE *out, const struct report *r)
{
	char least[32], bar[GOAL_BAR_SIZE], *text;

	if (r->streak_minimum > 1) {
		duration_format(r->streak_minimum, least, sizeof(least));
		fprintf(out, " (days of %s or more)", least);
	}
	fputc('\n', out);
	if (!report_shows_goal(r))
		return;
	goal_bar(bar, &r->goal);
	text = goal_line_text(&r->goal);
	fprintf(out, "- **Goal:** `%s` %s\n", bar, text);
	free(text);
}
