/*
 * The report as one CSV table in long form, so any spreadsheet or script
 * reads it without knowing about sections: a header, then rows of
 *
 *     section,key,path,value,detail
 *
 * where section is the JSON key of the same data (period,
 * previous_period, totals, by_path, by_topic, by_kind, days, trend,
 * plan, findings, portfolio), key names the row within it (a total, a
 * path, a topic, a kind, a day, a week's first day, a step number, a
 * finding id, a portfolio part), path is a topic's path, value is the
 * number (minutes, a count, a day, a step's state, a severity) and detail
 * any text that goes with it. Cells are quoted per RFC 4180 and guarded
 * against formula injection by csv_put_cell, and neutralised on a
 * terminal by csv_writer.
 */
#include <stdio.h>
#include <stdlib.h>

#include "core/buf.h"
#include "core/csvout.h"
#include "core/date.h"
#include "reports/render_analysis.h"
#include "reports/report.h"
#include "core/session.h"
#include "reports/sentences.h"
#include "reports/sentences_skills.h"

static void put_streak_goal(struct csv_writer *w, const struct report *r);

/* One row; any cell may be NULL (empty). */
static void
put_row(struct csv_writer *w, const char *section, const char *key,
    const char *path, const char *value, const char *detail)
{
	const char *cells[] = { section, key, path, value, detail };

	csv_write_row(w, cells, 5);
}

/* A row whose value is a number. */
static void
put_number(struct csv_writer *w, const char *section, const char *key,
    const char *path, long long value, const char *detail)
{
	char text[32];

	snprintf(text, sizeof(text), "%lld", value);
	put_row(w, section, key, path, text, detail);
}

static void
put_period(struct csv_writer *w, const char *section, int from, int to)
{
	char a[DAY_TEXT_SIZE], z[DAY_TEXT_SIZE];

	day_format(from, a);
	day_format(to, z);
	put_row(w, section, "from", NULL, a, NULL);
	put_row(w, section, "to", NULL, z, NULL);
}

/* The last day of the period that happened. */
static void
put_elapsed(struct csv_writer *w, const struct report *r)
{
	char day[DAY_TEXT_SIZE];

	day_format(r->at, day);
	put_row(w, "period", "elapsed_to", NULL, day, NULL);
}

static void
put_totals(struct csv_writer *w, const struct report *r)
{
	put_number(w, "totals", "minutes", NULL, r->minutes, NULL);
	put_number(w, "totals", "sessions", NULL, r->sessions, NULL);
	put_number(w, "totals", "active_days", NULL, r->active_days, NULL);
	put_number(w, "totals", "elapsed_days", NULL, report_elapsed_days(r),
	    NULL);
	put_number(w, "totals", "streak_current", NULL, r->streak_current,
	    NULL);
	put_number(w, "totals", "streak_longest", NULL, r->streak_longest,
	    NULL);
	put_number(w, "totals", "previous_minutes", NULL, r->previous_minutes,
	    NULL);
	put_streak_goal(w, r);
}

static void
put_breakdown(struct csv_writer *w, const struct report *r)
{
	for (size_t i = 0; i < r->path_count; i++)
		put_number(w, "by_path", r->paths[i].path, NULL,
		    r->paths[i].minutes, NULL);
	for (size_t i = 0; i < r->topic_count; i++)
		put_number(w, "by_topic", r->topics[i].topic,
		    r->topics[i].path, r->topics[i].minutes, NULL);
	for (int k = 0; k < KIND_COUNT; k++)
		put_number(w, "by_kind", kind_name((enum kind)k), NULL,
		    r->by_kind[k], NULL);
}

/* Every day of the period that happened, then the trend's weeks. */
static void
put_series(struct csv_writer *w, const struct report *r)
{
	char day[DAY_TEXT_SIZE];

	for (size_t i = 0; i < r->day_count; i++) {
		day_format(r->from + (int)i, day);
		put_number(w, "days", day, NULL, r->days[i], NULL);
	}
	for (int i = 0; i < REPORT_TREND_WEEKS; i++) {
		day_format(r->trend_from + 7 * i, day);
		put_number(w, "trend", day, NULL, r->trend[i], NULL);
	}
}

/*
 * SPEC §13: "forecast_pace" (minutes a week, its words), then for each
 * step with a forecast "eta_N": its day (empty at no pace) and words.
 */
static void
put_plan_forecast(struct csv_writer *w, const struct plan *plan)
{
	char key[16], day[DAY_TEXT_SIZE];
	char *pace = plan_forecast_pace_text(plan), *text;

	put_number(w, "plan", "forecast_pace", NULL,
	    plan->forecast_pace.minutes, pace);
	free(pace);
	for (int step = 1; step <= 5; step++) {
		const struct plan_forecast *f = &plan->forecasts[step - 1];

		if ((text = plan_forecast_text(plan, step)) == NULL)
			continue;
		snprintf(key, sizeof(key), "eta_%d", step);
		if (f->eta != DAY_NONE)
			day_format(f->eta, day);
		put_row(w, "plan", key, NULL, f->eta != DAY_NONE ? day : NULL,
		    text);
		free(text);
	}
}

/*
 * SPEC §13: totals,streak_minimum; then for a weekly report with a goal
 * goal,weekly_minutes (the line in words), goal,week_minutes and
 * goal,behind_minutes.
 */
static void
put_streak_goal(struct csv_writer *w, const struct report *r)
{
	char *text;

	put_number(w, "totals", "streak_minimum", NULL, r->streak_minimum,
	    NULL);
	if (!report_shows_goal(r))
		return;
	text = goal_line_text(&r->goal);
	put_number(w, "goal", "weekly_minutes", NULL, r->goal.goal_minutes,
	    text);
	free(text);
	put_number(w, "goal", "week_minutes", NULL, r->goal.week_minutes, NULL);
	put_number(w, "goal", "behind_minutes", NULL, r->goal.behind_minutes,
	    NULL);
}

/* path, current_step, then each step: complete|open, "TITLE: DETAIL". */
static void
put_plan(struct csv_writer *w, const struct plan *plan)
{
	struct buf detail;
	char step[4];

	char *pace = plan_pace_text(plan);

	put_row(w, "plan", "path", NULL, plan->path, NULL);
	put_number(w, "plan", "current_step", NULL, plan->current_step, NULL);
	put_number(w, "plan", "pace", NULL, plan->pace.minutes, pace);
	free(pace);
	buf_init(&detail);
	for (int i = 0; i < 5; i++) {
		const struct plan_step *s = &plan->steps[i];
		char *text = plan_step_text(plan, s->step);

		buf_clear(&detail);
		buf_printf(&detail, "%s: %s", s->title, text);
		free(text);
		snprintf(step, sizeof(step), "%d", s->step);
		put_row(w, "plan", step, NULL, s->complete ? "complete" :
		    "open", detail.data);
	}
	buf_release(&detail);
	put_plan_forecast(w, plan);
}

/* One row a finding: severity, "FROM to TO: EVIDENCE; advice: ADVICE". */
static void
put_findings(struct csv_writer *w, const struct findings *f)
{
	char from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE];
	struct buf detail;

	buf_init(&detail);
	for (size_t i = 0; i < f->count; i++) {
		const struct finding *item = &f->items[i];
		char *advice = finding_advice_text(&item->advice);
		char *evidence = finding_evidence_text(item);

		day_format(item->from, from);
		day_format(item->to, to);
		buf_clear(&detail);
		buf_printf(&detail, "%s to %s: %s; advice: %s", from, to,
		    evidence, advice);
		put_row(w, "findings", item->name, NULL, item->severity,
		    detail.data);
		free(evidence);
		free(advice);
	}
	buf_release(&detail);
}

static void
put_portfolio(struct csv_writer *w, const struct portfolio *p)
{
	struct buf note;
	char *action;

	put_row(w, "portfolio", "path", NULL, p->path, NULL);
	put_number(w, "portfolio", "score", NULL, p->score, p->grade);
	put_number(w, "portfolio", "projects", NULL, p->projects, "of 50");
	put_number(w, "portfolio", "evidence", NULL, p->evidence, "of 15");
	put_number(w, "portfolio", "focus", NULL, p->focus, "of 20");
	buf_init(&note);
	buf_printf(&note, "of 15%s%s", p->built ? "" : "; ",
	    p->built ? "" : portfolio_not_built_text);
	put_number(w, "portfolio", "persistence", NULL, p->persistence,
	    note.data);
	buf_release(&note);
	put_number(w, "portfolio", "substantial_projects", NULL,
	    p->substantial, "completed");
	put_number(w, "portfolio", "thin_projects", NULL, p->thin,
	    "completed");
	if (p->next_gain > 0) {
		action = portfolio_next_text(&p->next);
		put_number(w, "portfolio", "next", NULL, p->next_gain, action);
		free(action);
	}
}

/* The skills counts and readiness (SPEC §12), one row each. */
static void
put_skills(struct csv_writer *w, const struct skills *s)
{
	char *line = skills_line_text(s), *next = skills_next_text(s);
	char of[16];

	snprintf(of, sizeof(of), "of %d", READY_COUNT);
	put_row(w, "skills", "path", NULL, s->path, line);
	put_number(w, "skills", "applied", NULL, s->counts[SKILL_APPLIED],
	    NULL);
	put_number(w, "skills", "learned", NULL, s->counts[SKILL_LEARNED],
	    NULL);
	put_number(w, "skills", "untouched", NULL, s->counts[SKILL_UNTOUCHED],
	    NULL);
	put_number(w, "skills", "ready", NULL, s->ready_count, of);
	put_row(w, "skills", "next", NULL, skills_next(s) ?
	    skills_next(s)->name : NULL, next);
	free(line);
	free(next);
}

void
report_render_csv(FILE *out, const struct report *r, bool color)
{
	struct csv_writer w;
	char *welcome = findings_welcome_text(&r->findings);

	(void)color;
	csv_writer_init(&w, out);
	put_row(&w, "section", "key", "path", "value", "detail");
	if (welcome != NULL)
		put_row(&w, "welcome_back", NULL, NULL, NULL, welcome);
	free(welcome);
	put_period(&w, "period", r->from, r->to);
	put_elapsed(&w, r);
	put_period(&w, "previous_period", r->previous_from, r->previous_to);
	put_totals(&w, r);
	put_breakdown(&w, r);
	put_series(&w, r);
	put_plan(&w, &r->plan);
	put_findings(&w, &r->findings);
	put_portfolio(&w, &r->portfolio);
	put_skills(&w, &r->skills);
	csv_writer_release(&w);
}
