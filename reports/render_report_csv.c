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
 * against formula injection by csv_put_cell.
 */
#include <stdio.h>

#include "buf.h"
#include "csvout.h"
#include "date.h"
#include "report.h"
#include "session.h"

/* One row; any cell may be NULL (empty). */
static void
put_row(struct buf *b, const char *section, const char *key,
    const char *path, const char *value, const char *detail)
{
	const char *cells[] = { section, key, path, value, detail };

	csv_put_row(b, cells, 5);
}

/* A row whose value is a number. */
static void
put_number(struct buf *b, const char *section, const char *key,
    const char *path, long long value, const char *detail)
{
	char text[32];

	snprintf(text, sizeof(text), "%lld", value);
	put_row(b, section, key, path, text, detail);
}

static void
put_period(struct buf *b, const char *section, int from, int to)
{
	char a[DAY_TEXT_SIZE], z[DAY_TEXT_SIZE];

	day_format(from, a);
	day_format(to, z);
	put_row(b, section, "from", NULL, a, NULL);
	put_row(b, section, "to", NULL, z, NULL);
}

static void
put_totals(struct buf *b, const struct report *r)
{
	put_number(b, "totals", "minutes", NULL, r->minutes, NULL);
	put_number(b, "totals", "sessions", NULL, r->sessions, NULL);
	put_number(b, "totals", "active_days", NULL, r->active_days, NULL);
	put_number(b, "totals", "streak_current", NULL, r->streak_current,
	    NULL);
	put_number(b, "totals", "streak_longest", NULL, r->streak_longest,
	    NULL);
	put_number(b, "totals", "previous_minutes", NULL, r->previous_minutes,
	    NULL);
}

static void
put_breakdown(struct buf *b, const struct report *r)
{
	for (size_t i = 0; i < r->path_count; i++)
		put_number(b, "by_path", r->paths[i].path, NULL,
		    r->paths[i].minutes, NULL);
	for (size_t i = 0; i < r->topic_count; i++)
		put_number(b, "by_topic", r->topics[i].topic,
		    r->topics[i].path, r->topics[i].minutes, NULL);
	for (int k = 0; k < KIND_COUNT; k++)
		put_number(b, "by_kind", kind_name((enum kind)k), NULL,
		    r->by_kind[k], NULL);
}

/* Every day of the period, then the trend's weeks by their first day. */
static void
put_series(struct buf *b, const struct report *r)
{
	char day[DAY_TEXT_SIZE];

	for (size_t i = 0; i < r->day_count; i++) {
		day_format(r->from + (int)i, day);
		put_number(b, "days", day, NULL, r->days[i], NULL);
	}
	for (int i = 0; i < REPORT_TREND_WEEKS; i++) {
		day_format(r->trend_from + 7 * i, day);
		put_number(b, "trend", day, NULL, r->trend[i], NULL);
	}
}

/* path, current_step, then each step: complete|open, "TITLE: DETAIL". */
static void
put_plan(struct buf *b, const struct plan *plan)
{
	struct buf detail;
	char step[4];

	put_row(b, "plan", "path", NULL, plan->path, NULL);
	put_number(b, "plan", "current_step", NULL, plan->current_step, NULL);
	buf_init(&detail);
	for (int i = 0; i < 5; i++) {
		const struct plan_step *s = &plan->steps[i];

		buf_clear(&detail);
		buf_printf(&detail, "%s: %s", s->title, s->detail ?
		    s->detail : "");
		snprintf(step, sizeof(step), "%d", s->step);
		put_row(b, "plan", step, NULL, s->complete ? "complete" :
		    "open", detail.data);
	}
	buf_release(&detail);
}

/* One row a finding: severity, "FROM to TO: EVIDENCE; advice: ADVICE". */
static void
put_findings(struct buf *b, const struct findings *f)
{
	char from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE];
	struct buf detail;

	buf_init(&detail);
	for (size_t i = 0; i < f->count; i++) {
		const struct finding *item = &f->items[i];

		day_format(item->from, from);
		day_format(item->to, to);
		buf_clear(&detail);
		buf_printf(&detail, "%s to %s: %s; advice: %s", from, to,
		    item->evidence ? item->evidence : "",
		    item->advice ? item->advice : "");
		put_row(b, "findings", item->name, NULL, item->severity,
		    detail.data);
	}
	buf_release(&detail);
}

static void
put_portfolio(struct buf *b, const struct portfolio *p)
{
	put_row(b, "portfolio", "path", NULL, p->path, NULL);
	put_number(b, "portfolio", "score", NULL, p->score, p->grade);
	put_number(b, "portfolio", "projects", NULL, p->projects, "of 50");
	put_number(b, "portfolio", "evidence", NULL, p->evidence, "of 15");
	put_number(b, "portfolio", "focus", NULL, p->focus, "of 20");
	put_number(b, "portfolio", "persistence", NULL, p->persistence,
	    "of 15");
	if (p->next_action != NULL && p->next_gain > 0)
		put_number(b, "portfolio", "next", NULL, p->next_gain,
		    p->next_action);
}

void
report_render_csv(FILE *out, const struct report *r, bool color)
{
	struct buf b;

	(void)color;
	buf_init(&b);
	put_row(&b, "section", "key", "path", "value", "detail");
	put_period(&b, "period", r->from, r->to);
	put_period(&b, "previous_period", r->previous_from, r->previous_to);
	put_totals(&b, r);
	put_breakdown(&b, r);
	put_series(&b, r);
	put_plan(&b, &r->plan);
	put_findings(&b, &r->findings);
	put_portfolio(&b, &r->portfolio);
	fwrite(b.data, 1, b.len, out);
	buf_release(&b);
}
