#ifndef TRACK_RENDER_ANALYSIS_H
#define TRACK_RENDER_ANALYSIS_H

/*
 * Renderers of the plan and the portfolio: each formats a computed struct
 * (reports/analysis.h) and never runs SQL. Text output neutralises user
 * text with fput_terminal; JSON keeps SPEC §11's keys in order.
 */

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "reports/analysis.h"


#ifdef __cplusplus
extern "C" {
#endif


/*
 * {"path", "current_step", "steps": [{"step", "title", "complete",
 * "value", "target", "detail"}], "suggested_path", "open_projects",
 * "pace": {"minutes", "focus_month_minutes", "project_min_minutes"}};
 * step 1 adds "areas", "further_counted_minutes" and "active_share",
 * step 3 "projects".
 * The caller owns the object.
 */
json_t *plan_to_json(const struct plan *plan);
/* The path and pace lines, then one line per step with its progress bar. */
void plan_render_text(FILE *f, const struct plan *plan, bool color);
/*
 * The pace line every format shares: "5h30m a month: a focused month
 * needs 3h active (60% of your specialization hours), a substantial
 * project 4h over two weeks". The caller frees it.
 */
char *plan_pace_text(const struct plan *plan);
/* What every format says while Focus and Persistence do not count yet. */
extern const char portfolio_not_built_text[];
/* "1 substantial project completed, 2 thin". The caller frees it. */
char *portfolio_projects_text(const struct portfolio *p);

/*
 * {"path", "score", "grade", "parts": {"projects", "evidence", "focus",
 * "persistence"}, "focused_months", "substantial_projects",
 * "thin_projects", "projects": [...], "next": {"action", "gain"}};
 * "projects" only when with_projects. The caller owns it.
 */
json_t *portfolio_to_json(const struct portfolio *p, bool with_projects);
/* Score and grade, the four parts, every project, and the next action. */
void portfolio_render_text(FILE *f, const struct portfolio *p, bool color);
/* A Markdown section to paste into a README: the substantial completed
   projects. */
void portfolio_render_md(FILE *f, const struct portfolio *p);

/* ---- Forecasts (SPEC §13; reports/render_forecast.c) ---- */

/*
 * The pace the forecasts assume: "at 4h30m a week, the mean of the last
 * 28 days", "at 6h a week, your weekly goal (...)" or "at no pace yet:
 * log a session". The caller frees it.
 */
char *plan_forecast_pace_text(const struct plan *plan);
/*
 * Step's forecast: "by 2027-03-14 (12h30m to go)", step 4 "by 2027-05-31
 * if every month from now is focused (4 more)", "at no pace yet: log a
 * session"; NULL for a step without one. The caller frees it.
 */
char *plan_forecast_text(const struct plan *plan, int step);
/* Adds "eta" (a day or null) and "forecast" (the text or null) to step. */
void plan_forecast_to_json(json_t *step, const struct plan *plan,
    int step_number);
/* {"minutes", "recent_minutes", "from_goal"}. The caller owns it. */
json_t *plan_forecast_pace_to_json(const struct plan *plan);
/* Whether a step of plan has a forecast (a date or why there is none). */
bool plan_forecast_any(const struct plan *plan);
/*
 * "forecast: PACE" and a line per step with a date, when a step has a
 * forecast (at no pace, the pace line alone says so).
 */
void plan_forecast_render_text(FILE *f, const struct plan *plan);

#ifdef __cplusplus
}
#endif
#endif
