/*
 * The report as one self-contained HTML file: inline CSS (with print
 * rules) and inline SVG charts (time by path, the heatmap of the days,
 * the 12-week trend), tables for the rest. No script, no external
 * resource: it opens offline and prints as it shows. Every piece of user
 * text is neutralised (control characters) and HTML-escaped.
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

#define BAR_LABEL 140		/* px: the path names left of the bars */
#define BAR_MAX 300		/* px: the longest bar */
#define BAR_ROW 22		/* px: one bar's row */
#define CELL 14			/* px: a heatmap cell and its gap (weeks across) */
#define CALENDAR_CELL 30	/* px: the same, with weekdays across */
#define TREND_STEP 30		/* px: one week of the trend */
#define TREND_HEIGHT 60		/* px: the largest week */

static const char style[] =
    "body{font-family:system-ui,sans-serif;color:#222;max-width:52rem;"
    "margin:2rem auto;padding:0 1rem}\n"
    "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.6rem;"
    "border-bottom:1px solid #ccc}\n"
    "table{border-collapse:collapse}th,td{padding:.15rem .6rem;"
    "text-align:left;vertical-align:top}td.n,th.n{text-align:right}\n"
    "dl.totals{display:flex;flex-wrap:wrap;gap:.5rem 2rem}"
    "dl.totals dt{font-size:.8rem;color:#555}"
    "dl.totals dd{margin:0;font-size:1.3rem;font-weight:600}\n"
    "svg text{font-size:12px;fill:#222}.bar{fill:#2a7ab0}"
    ".trend{fill:#2a7ab0}.axis{stroke:#999}\n"
    ".h0{fill:#e4e7eb}.h1{fill:#c6e48b}.h2{fill:#7bc96f}.h3{fill:#239a3b}"
    ".h4{fill:#196127}\n"
    "td.applied{background:#c6e48b}td.learned{background:#fff3b0}"
    "td.untouched{color:#555}\n"
    "@media print{body{margin:0;max-width:none}section{break-inside:avoid}"
    "h2{break-after:avoid}}\n";


static void put_text(FILE *out, const char *s);
static void put_totals(FILE *out, const struct report *r);
static void put_paths(FILE *out, const struct report *r);
static void put_tables(FILE *out, const struct report *r);
static void put_heatmap(FILE *out, const struct report *r);
static void put_trend(FILE *out, const struct report *r);
static void put_plan(FILE *out, const struct plan *plan);
static void put_findings(FILE *out, const struct findings *f);
static void put_portfolio(FILE *out, const struct portfolio *p);
static void put_skills(FILE *out, const struct skills *s);
static void put_goal(FILE *out, const struct report *r);

void
report_render_html(FILE *out, const struct report *r, bool color)
{
	char from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE];
	char *welcome;

	(void)color;
	day_format(r->from, from);
	day_format(r->to, to);
	fprintf(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width\">\n"
	    "<title>Learning report %s to %s</title>\n<style>\n%s</style>\n"
	    "</head>\n<body>\n<h1>Learning report %s to %s</h1>\n",
	    from, to, style, from, to);
	if (r->running)
		fprintf(out, "<p id=\"elapsed\">Day %d of %d: the days still to "
		    "come are not counted.</p>\n", report_elapsed_days(r),
		    r->to - r->from + 1);
	welcome = findings_welcome_text(&r->findings);
	if (welcome != NULL) {
		fputs("<p id=\"welcome\">", out);
		put_text(out, welcome);
		fputs("</p>\n", out);
	}
	free(welcome);
	put_totals(out, r);
	put_goal(out, r);
	put_paths(out, r);
	put_tables(out, r);
	put_heatmap(out, r);
	put_trend(out, r);
	put_plan(out, &r->plan);
	put_findings(out, &r->findings);
	put_portfolio(out, &r->portfolio);
	put_skills(out, &r->skills);
	fputs("</body>\n</html>\n", out);
}

/* ---------------------------------------------------------------------
 * Pieces
 */

/* Writes user text: control characters neutralised, then HTML-escaped. */
static void
put_text(FILE *out, const char *s)
{
	struct buf clean;

	buf_init(&clean);
	buf_put_terminal(&clean, s ? s : "");
	for (const char *p = clean.data; *p; p++) {
		switch (*p) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc(*p, out);
		}
	}
	buf_release(&clean);
}

static const char *
duration(int minutes, char text[32])
{
	duration_format(minutes, text, 32);
	return text;
}

/* Scales value against max to at most size px, rounded half up. */
static int
scale(int value, int max, int size)
{
	if (max <= 0)
		return 0;
	return (int)(((long long)value * size * 2 + max) / (2LL * max));
}

/* ---------------------------------------------------------------------
 * Sections
 */

static void
put_total(FILE *out, const char *id, const char *label, const char *value)
{
	fprintf(out, "<div><dt>%s</dt><dd id=\"%s\">%s</dd></div>\n", label,
	    id, value);
}

static void
put_totals(FILE *out, const struct report *r)
{
	char text[32], previous[32], value[96], a[DAY_TEXT_SIZE],
	    z[DAY_TEXT_SIZE];
	int days = r->previous_to - r->previous_from + 1;

	fputs("<section id=\"totals\">\n<h2>Totals</h2>\n<dl class=\"totals\">\n",
	    out);
	put_total(out, "total-time", "Time", duration(r->minutes, text));
	snprintf(value, sizeof(value), "%d", r->sessions);
	put_total(out, "total-sessions", "Sessions", value);
	snprintf(value, sizeof(value), "%d of %d", r->active_days,
	    report_elapsed_days(r));
	put_total(out, "total-active-days", "Active days", value);
	snprintf(value, sizeof(value), "%d now, longest %d", r->streak_current,
	    r->streak_longest);
	put_total(out, "total-streak", "Streak (days)", value);
	day_format(r->previous_from, a);
	day_format(r->previous_to, z);
	if (r->running)
		snprintf(value, sizeof(value), "%s (%s to %s)",
		    duration(r->previous_minutes, previous), a, z);
	else
		snprintf(value, sizeof(value), "%s (%d %s)",
		    duration(r->previous_minutes, previous), days,
		    days == 1 ? "day" : "days");
	put_total(out, "total-previous", "Previous period", value);
	fputs("</dl>\n</section>\n", out);
}

/* A horizontal bar chart: one row a path, the longest bar BAR_MAX px. */
static void
put_paths(FILE *out, const struct report *r)
{
	int height = BAR_ROW * (int)r->path_count + 4;
	int max = r->path_count ? r->paths[0].minutes : 0;
	char text[32];

	fputs("<section id=\"paths\">\n<h2>By path</h2>\n", out);
	if (r->path_count == 0) {
		fputs("<p>Nothing logged.</p>\n</section>\n", out);
		return;
	}
	fprintf(out, "<svg id=\"chart-paths\" width=\"%d\" height=\"%d\" "
	    "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Time by path\">\n",
	    BAR_LABEL + BAR_MAX + 120, height, BAR_LABEL + BAR_MAX + 120, height);
	for (size_t i = 0; i < r->path_count; i++) {
		int y = BAR_ROW * (int)i, width = scale(r->paths[i].minutes,
		    max, BAR_MAX);

		fprintf(out, "<text x=\"0\" y=\"%d\">", y + 15);
		put_text(out, r->paths[i].path);
		fprintf(out, "</text><rect class=\"bar\" x=\"%d\" y=\"%d\" "
		    "width=\"%d\" height=\"16\"/><text x=\"%d\" y=\"%d\">%s "
		    "(%d%%)</text>\n", BAR_LABEL, y + 3, width,
		    BAR_LABEL + width + 6, y + 15,
		    duration(r->paths[i].minutes, text),
		    report_percent(r->paths[i].minutes, r->minutes));
	}
	fputs("</svg>\n</section>\n", out);
}

static void
put_tables(FILE *out, const struct report *r)
{
	char text[32];

	fputs("<section id=\"topics\">\n<h2>By topic</h2>\n<table>\n"
	    "<tr><th>Topic</th><th>Path</th><th class=\"n\">Time</th>"
	    "<th class=\"n\">Share</th></tr>\n", out);
	for (size_t i = 0; i < r->topic_count; i++) {
		fputs("<tr><td>", out);
		put_text(out, r->topics[i].topic);
		fputs("</td><td>", out);
		put_text(out, r->topics[i].path);
		fprintf(out, "</td><td class=\"n\">%s</td><td class=\"n\">%d%%"
		    "</td></tr>\n", duration(r->topics[i].minutes, text),
		    report_percent(r->topics[i].minutes, r->minutes));
	}
	fputs("</table>\n</section>\n<section id=\"kinds\">\n<h2>By kind</h2>\n"
	    "<table>\n<tr><th>Kind</th><th class=\"n\">Time</th>"
	    "<th class=\"n\">Share</th></tr>\n", out);
	for (int k = 0; k < KIND_COUNT; k++)
		fprintf(out, "<tr><td>%s</td><td class=\"n\">%s</td>"
		    "<td class=\"n\">%d%%</td></tr>\n", kind_name((enum kind)k),
		    duration(r->by_kind[k], text),
		    report_percent(r->by_kind[k], r->minutes));
	fputs("</table>\n</section>\n", out);
}

/*
 * One cell a day of the period: weeks as rows and weekdays as columns up
 * to 13 weeks, weekdays as rows and weeks as columns (the last 53) beyond.
 */
static void
put_heatmap(FILE *out, const struct report *r)
{
	int first = report_heat_from(r), weeks = report_heat_weeks(r);
	bool calendar = weeks <= REPORT_CALENDAR_WEEKS;
	int step = calendar ? CALENDAR_CELL : CELL, size = step - 2;
	int left = calendar ? 80 : 34, top = calendar ? 16 : 0;
	int width = left + step * (calendar ? 7 : weeks);
	int height = top + step * (calendar ? weeks : 7);
	char day[DAY_TEXT_SIZE], text[32];

	fprintf(out, "<section id=\"days\">\n<h2>Days</h2>\n<svg id=\"chart-days\" "
	    "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
	    "aria-label=\"Time per day\">\n", width, height, width, height);
	for (int i = 0; i < 7; i++)
		fprintf(out, "<text x=\"%d\" y=\"%d\">%.3s</text>\n",
		    calendar ? left + step * i : 0,
		    calendar ? 12 : top + step * i + size / 2 + 4,
		    weekday_names[(r->week_start + i) % 7]);
	for (int w = 0; w < weeks; w++) {
		if (calendar) {
			day_format(first + 7 * w, day);
			fprintf(out, "<text x=\"0\" y=\"%d\">%s</text>\n",
			    top + step * w + size / 2 + 4, day);
		}
		for (int i = 0; i < 7; i++) {
			int d = first + 7 * w + i, m = report_day_minutes(r, d);

			if (m < 0)
				continue;
			day_format(d, day);
			fprintf(out, "<rect class=\"h%d\" x=\"%d\" y=\"%d\" "
			    "width=\"%d\" height=\"%d\"><title>%s: %s</title>"
			    "</rect>\n", report_heat_level(m),
			    left + step * (calendar ? i : w),
			    top + step * (calendar ? w : i), size, size, day,
			    duration(m, text));
		}
	}
	fputs("</svg>\n<p>", out);
	for (int i = 0; i < REPORT_HEAT_LEVELS; i++)
		fprintf(out, "%s<svg width=\"12\" height=\"12\"><rect class=\"h%d\" "
		    "width=\"12\" height=\"12\"/></svg> %s", i ? " " : "", i,
		    report_heat_legend[i]);
	fputs("</p>\n</section>\n", out);
}

/* One column a week, the largest TREND_HEIGHT px tall, over a baseline. */
static void
put_trend(FILE *out, const struct report *r)
{
	int max = report_trend_max(r), width = TREND_STEP * REPORT_TREND_WEEKS;
	char day[DAY_TEXT_SIZE], text[32], last[32];

	fprintf(out, "<section id=\"trend\">\n<h2>Trend: 12 weeks</h2>\n"
	    "<svg id=\"chart-trend\" width=\"%d\" height=\"%d\" viewBox=\"0 0 "
	    "%d %d\" role=\"img\" aria-label=\"Time per week\">\n", width,
	    TREND_HEIGHT + 26, width, TREND_HEIGHT + 26);
	for (int i = 0; i < REPORT_TREND_WEEKS; i++) {
		int h = scale(r->trend[i], max, TREND_HEIGHT);

		day_format(r->trend_from + 7 * i, day);
		fprintf(out, "<rect class=\"trend\" x=\"%d\" y=\"%d\" width=\"%d\" "
		    "height=\"%d\"><title>week of %s: %s</title></rect>\n",
		    TREND_STEP * i + 3, TREND_HEIGHT - h, TREND_STEP - 6, h, day,
		    duration(r->trend[i], text));
	}
	day_format(r->trend_from, day);
	fprintf(out, "<line class=\"axis\" x1=\"0\" y1=\"%d\" x2=\"%d\" "
	    "y2=\"%d\"/>\n<text x=\"0\" y=\"%d\">%s</text>\n", TREND_HEIGHT,
	    width, TREND_HEIGHT, TREND_HEIGHT + 16, day);
	fprintf(out, "</svg>\n<p>Peak %s a week, last week %s.</p>\n</section>\n",
	    duration(max, text),
	    duration(r->trend[REPORT_TREND_WEEKS - 1], last));
}

/* SPEC §13: the forecasts' pace, then a list of each step's day. */
static void
put_plan_forecast(FILE *out, const struct plan *plan)
{
	char *pace, *text;

	if (!plan_forecast_any(plan))
		return;
	pace = plan_forecast_pace_text(plan);
	fputs("<p class=\"forecast\">Forecast ", out);
	put_text(out, pace);
	fputs(".</p>\n", out);
	free(pace);
	if (plan->forecast_pace.minutes == 0)
		return;
	fputs("<ul class=\"forecast\">\n", out);
	for (int step = 1; step <= 5; step++) {
		if ((text = plan_forecast_text(plan, step)) == NULL)
			continue;
		fprintf(out, "<li>Step %d: ", step);
		put_text(out, text);
		fputs("</li>\n", out);
		free(text);
	}
	fputs("</ul>\n", out);
}

static void
put_plan(FILE *out, const struct plan *plan)
{
	char *pace = plan_pace_text(plan);
	char *detail;

	fputs("<section id=\"plan\">\n<h2>Plan</h2>\n<p>Path: ", out);
	if (plan->path != NULL)
		put_text(out, plan->path);
	else
		fputs("none chosen", out);
	fputs(". Pace: ", out);
	put_text(out, pace);
	free(pace);
	fputs(".</p>\n<table>\n<tr><th>Step</th><th>Status</th>"
	    "<th class=\"n\">Progress</th><th>Detail</th></tr>\n", out);
	for (int i = 0; i < 5; i++) {
		const struct plan_step *s = &plan->steps[i];

		fprintf(out, "<tr><td>%d. %s</td><td>%s</td><td class=\"n\">",
		    s->step, s->title, s->complete ? "complete" :
		    plan->current_step == s->step ? "<strong>current</strong>" :
		    "open");
		if (s->step == 1)
			fprintf(out, "%.1f/%dh", s->value, (int)s->target);
		else
			fprintf(out, "%d/%d", (int)s->value, (int)s->target);
		fputs("</td><td>", out);
		detail = plan_step_text(plan, s->step);
		put_text(out, detail);
		free(detail);
		fputs("</td></tr>\n", out);
	}
	fputs("</table>\n", out);
	put_plan_forecast(out, plan);
	fputs("</section>\n", out);
}

static void
put_findings(FILE *out, const struct findings *f)
{
	char at[DAY_TEXT_SIZE], from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE];
	char *advice, *evidence;

	day_format(f->at, at);
	fputs("<section id=\"findings\">\n<h2>Findings</h2>\n", out);
	if (f->count == 0) {
		fprintf(out, "<p>No anti-patterns found (as of %s).</p>\n"
		    "</section>\n", at);
		return;
	}
	fputs("<ul>\n", out);
	for (size_t i = 0; i < f->count; i++) {
		day_format(f->items[i].from, from);
		day_format(f->items[i].to, to);
		fprintf(out, "<li><strong>%s</strong> (%s, %s to %s): ",
		    f->items[i].name, f->items[i].severity, from, to);
		evidence = finding_evidence_text(&f->items[i]);
		put_text(out, evidence);
		free(evidence);
		fputs(" <em>", out);
		advice = finding_advice_text(&f->items[i].advice);
		put_text(out, advice);
		free(advice);
		fputs("</em></li>\n", out);
	}
	fputs("</ul>\n</section>\n", out);
}

static void
put_portfolio(FILE *out, const struct portfolio *p)
{
	char *projects = portfolio_projects_text(p);
	char *action;

	fprintf(out, "<section id=\"portfolio\">\n<h2>Portfolio</h2>\n"
	    "<p><strong id=\"portfolio-score\">%d/100 (%s)</strong>: projects "
	    "%d/50, evidence %d/15, focus %d/20, persistence %d/15; %s",
	    p->score, p->grade, p->projects, p->evidence, p->focus,
	    p->persistence, projects);
	free(projects);
	if (!p->built)
		fprintf(out, " (%s)", portfolio_not_built_text);
	fputs(".</p>\n", out);
	if (p->next_gain > 0) {
		action = portfolio_next_text(&p->next);
		fputs("<p>Next: ", out);
		put_text(out, action);
		fprintf(out, " (+%d)</p>\n", p->next_gain);
		free(action);
	}
	fputs("</section>\n", out);
}

/*
 * The skills grid (SPEC §12): a table whose caption is the skills line,
 * each status written out as text (the colour of its cell only repeats
 * it), so it reads the same printed in black and white and aloud.
 */
static void
put_skills(FILE *out, const struct skills *s)
{
	char *line = skills_line_text(s), *next = skills_next_text(s);
	char minutes[32];

	fputs("<section id=\"skills\">\n<h2>Skills</h2>\n<table id=\"skills-grid\">"
	    "\n<caption>", out);
	put_text(out, line);
	fputs("</caption>\n<tr><th scope=\"col\">Skill</th><th scope=\"col\">"
	    "Area</th><th scope=\"col\">Status</th><th scope=\"col\" "
	    "class=\"n\">Time</th></tr>\n", out);
	for (size_t i = 0; i < s->count; i++) {
		const struct skill_item *item = &s->items[i];
		const char *status = skill_status_name(item->status);

		duration_format(skill_minutes(item), minutes, sizeof(minutes));
		fputs("<tr><th scope=\"row\">", out);
		put_text(out, item->title);
		fprintf(out, "</th><td>%s</td><td class=\"%s\">%s</td>"
		    "<td class=\"n\">%s</td></tr>\n",
		    skill_area_name(item->area), status, status, minutes);
	}
	fputs("</table>\n<p>Next: ", out);
	put_text(out, next);
	fputs("</p>\n</section>\n", out);
	free(line);
	free(next);
}

/* The gauge's arc: a half circle of radius 50, its length counted 100. */
#define GAUGE_ARC "d=\"M10 60 A50 50 0 0 1 110 60\" pathLength=\"100\" " \
	"fill=\"none\" stroke-width=\"12\""

/*
 * SPEC §13: the weekly goal as a gauge (an SVG half circle filled to the
 * week's share of the goal) named in words for a screen reader, then
 * the goal line. Styled by attributes, so the page's style sheet stays.
 */
static void
put_goal(FILE *out, const struct report *r)
{
	int percent = goal_percent(&r->goal);
	char *words, *text;

	if (!report_shows_goal(r))
		return;
	words = goal_words_text(&r->goal);
	text = goal_line_text(&r->goal);
	fputs("<section id=\"goal\">\n<h2>Weekly goal</h2>\n<svg "
	    "id=\"chart-goal\" width=\"120\" height=\"70\" viewBox=\"0 0 "
	    "120 70\" role=\"img\" aria-labelledby=\"goal-title\">\n"
	    "<title id=\"goal-title\">", out);
	put_text(out, words);
	fputs("</title>\n<path class=\"gauge-track\" " GAUGE_ARC
	    " stroke=\"#e4e7eb\"/>\n", out);
	if (percent > 0)
		fprintf(out, "<path class=\"gauge\" " GAUGE_ARC " stroke=\""
		    "#2a7ab0\" stroke-dasharray=\"%d 100\"/>\n",
		    percent < 100 ? percent : 100);
	fprintf(out, "<text x=\"60\" y=\"56\" text-anchor=\"middle\">%d%%"
	    "</text>\n</svg>\n<p id=\"goal-line\">", percent);
	put_text(out, text);
	fputs("</p>\n</section>\n", out);
	free(words);
	free(text);
}
