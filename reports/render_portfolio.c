/*
 * The portfolio as JSON (SPEC §11), as text (score, parts, projects and
 * the next action) and as a Markdown section to paste into a README.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/jsonout.h"
#include "core/buf.h"
#include "core/date.h"
#include "core/duration.h"
#include "reports/render_analysis.h"
#include "core/text.h"
#include "reports/sentences.h"

#define COLOR_GOOD "\033[32m"	/* solid and deep */
#define COLOR_FAIR "\033[33m"	/* the grades before them */
#define COLOR_RESET "\033[0m"


const char portfolio_not_built_text[] = "focus and persistence count once "
    "a substantial project is completed";

char *
portfolio_projects_text(const struct portfolio *p)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%d substantial project%s completed", p->substantial,
	    p->substantial == 1 ? "" : "s");
	if (p->thin > 0)
		buf_printf(&b, ", %d thin", p->thin);
	return buf_detach(&b);
}

static json_t *
project_to_json(const struct portfolio_project *item)
{
	json_t *o = json_object(), *topics = json_array();

	for (size_t i = 0; i < item->topic_count; i++)
		json_array_append_new(topics,
		    json_text(item->topics[i]));
	json_object_set_new(o, "name", json_text(item->name));
	json_object_set_new(o, "path", json_text(item->path));
	json_object_set_new(o, "minutes", json_integer(item->minutes));
	json_object_set_new(o, "weeks", json_integer(item->weeks));
	json_object_set_new(o, "substantial", json_boolean(item->substantial));
	json_object_set_new(o, "started", json_day(item->started));
	json_object_set_new(o, "completed", json_day(item->completed));
	json_object_set_new(o, "url", json_text(item->url));
	json_object_set_new(o, "contribution",
	    json_boolean(item->contribution));
	json_object_set_new(o, "topics", topics);
	/* Two decimals: 50/3 is 16.67 points, not 16.6666666666667. */
	json_object_set_new(o, "points",
	    json_real(round(item->points * 100) / 100));
	return o;
}

json_t *
portfolio_to_json(const struct portfolio *p, bool with_projects)
{
	json_t *o = json_object(), *parts = json_object(), *next = json_object();
	char *action = portfolio_next_text(&p->next);

	json_object_set_new(parts, "projects", json_integer(p->projects));
	json_object_set_new(parts, "evidence", json_integer(p->evidence));
	json_object_set_new(parts, "focus", json_integer(p->focus));
	json_object_set_new(parts, "persistence", json_integer(p->persistence));
	json_object_set_new(next, "action", json_text(action));
	free(action);
	json_object_set_new(next, "gain", json_integer(p->next_gain));
	json_object_set_new(o, "path", json_text(p->path));
	json_object_set_new(o, "score", json_integer(p->score));
	json_object_set_new(o, "grade", json_string(p->grade));
	json_object_set_new(o, "parts", parts);
	json_object_set_new(o, "focused_months", json_integer(p->focused_months));
	json_object_set_new(o, "substantial_projects",
	    json_integer(p->substantial));
	json_object_set_new(o, "thin_projects", json_integer(p->thin));
	if (with_projects) {
		json_t *projects = json_array();

		for (size_t i = 0; i < p->item_count; i++)
			json_array_append_new(projects,
			    project_to_json(&p->items[i]));
		json_object_set_new(o, "projects", projects);
	}
	json_object_set_new(o, "next", next);
	return o;
}

/* ---------------------------------------------------------------------
 * Text
 */

static const char *
grade_color(const char *grade)
{
	return strcmp(grade, "solid") == 0 || strcmp(grade, "deep") == 0 ?
	    COLOR_GOOD : COLOR_FAIR;
}

/* "1h more in a second week would make it substantial". */
static void
put_missing(FILE *f, const struct portfolio_project *item)
{
	char minutes[32];

	if (item->missing_minutes > 0) {
		duration_format(item->missing_minutes, minutes,
		    sizeof(minutes));
		fprintf(f, "%s%s", minutes, item->missing_weeks >= 2 ?
		    " over two weeks" : item->missing_weeks == 1 ?
		    " more in a second week" : " more");
	} else {
		fputs(item->missing_weeks >= 2 ? "sessions in two weeks" :
		    "a session in a second week", f);
	}
	fputs(" would make it substantial", f);
}

/*
 * "  Django blog  [backend]  21h in 4 weeks  2026-08-01 to 2026-09-20,
 * 16.7 points", thin ones and open ones with what they lack.
 */
static void
project_render_text(FILE *f, const struct portfolio_project *item)
{
	char minutes[32], started[DAY_TEXT_SIZE], completed[DAY_TEXT_SIZE];

	duration_format(item->minutes, minutes, sizeof(minutes));
	day_format(item->started, started);
	fputs("  ", f);
	fput_terminal(f, item->name);
	if (item->contribution)
		fputs(" (open-source contribution)", f);
	fputs("  [", f);
	fput_terminal(f, item->path ? item->path : "no path");
	fprintf(f, "]  %s in %d week%s  %s to ", minutes, item->weeks,
	    item->weeks == 1 ? "" : "s", started);
	if (item->completed != DAY_NONE) {
		day_format(item->completed, completed);
		fprintf(f, "%s, ", completed);
		if (item->substantial) {
			fprintf(f, "%.1f points\n", item->points);
		} else {
			fputs("thin: ", f);
			put_missing(f, item);
			fputc('\n', f);
		}
	} else if (item->substantial) {
		fputs("(open, substantial: finish it)\n", f);
	} else {
		fputs("(open: ", f);
		put_missing(f, item);
		fputs(")\n", f);
	}
	fputs("    url: ", f);
	fput_terminal(f, item->url ? item->url : "none");
	fputc('\n', f);
	if (item->topic_count == 0)
		return;
	fputs("    topics: ", f);
	for (size_t i = 0; i < item->topic_count; i++) {
		if (i > 0)
			fputs(", ", f);
		fput_terminal(f, item->topics[i]);
	}
	fputc('\n', f);
}

void
portfolio_render_text(FILE *f, const struct portfolio *p, bool color)
{
	char *action;

	fprintf(f, "portfolio depth: %s%d/100 (%s)%s, ",
	    color ? grade_color(p->grade) : "", p->score, p->grade,
	    color ? COLOR_RESET : "");
	if (p->path != NULL) {
		fputs("path ", f);
		fput_terminal(f, p->path);
		fputc('\n', f);
	} else {
		fputs("no path chosen\n", f);
	}
	fprintf(f, "  projects     %2d/50\n", p->projects);
	fprintf(f, "  evidence     %2d/15\n", p->evidence);
	fprintf(f, "  focus        %2d/20\n", p->focus);
	fprintf(f, "  persistence  %2d/15  (%d focused month%s)\n",
	    p->persistence, p->focused_months,
	    p->focused_months == 1 ? "" : "s");
	if (!p->built)
		fprintf(f, "  (%s)\n", portfolio_not_built_text);
	fputs(p->item_count ? "projects:\n" : "projects: none yet\n", f);
	for (size_t i = 0; i < p->item_count; i++)
		project_render_text(f, &p->items[i]);
	fputs("next: ", f);
	action = portfolio_next_text(&p->next);
	fput_terminal(f, action);
	free(action);
	if (p->next_gain > 0)
		fprintf(f, " (+%d)", p->next_gain);
	fputc('\n', f);
}

/* ---------------------------------------------------------------------
 * Markdown
 */

/*
 * Appends text for a Markdown table cell: terminal controls neutralised,
 * and every character Markdown or a table would read as markup escaped.
 */
static void
put_md(struct buf *b, const char *text)
{
	struct buf clean;

	buf_init(&clean);
	buf_put_terminal(&clean, text);
	for (const char *c = clean.data; *c; c++) {
		if (strchr("\\`*_[]<>|~&#!()", *c))
			buf_putc(b, '\\');
		buf_putc(b, *c);
	}
	buf_release(&clean);
}

/*
 * Whether a URL gets linked: http and https only (no javascript: etc.);
 * any other is shown as plain text.
 */
static bool
url_linkable(const char *url)
{
	return url != NULL && (strncmp(url, "https://", 8) == 0 ||
	    strncmp(url, "http://", 7) == 0);
}

/*
 * Appends a URL as a link destination, percent-encoding the characters
 * that would end or break the link or the table.
 */
static void
put_md_url(struct buf *b, const char *url)
{
	for (const unsigned char *c = (const unsigned char *)url; *c; c++) {
		if (*c <= ' ' || *c == 0x7f || strchr("()<>|\"'`\\[]", *c))
			buf_printf(b, "%%%02X", *c);
		else
			buf_putc(b, (char)*c);
	}
}

/* One table row: the name linked to its URL, path, time, dates, topics. */
static void
md_row(struct buf *b, const struct portfolio_project *item)
{
	char minutes[32], started[DAY_TEXT_SIZE], completed[DAY_TEXT_SIZE];

	buf_puts(b, "| ");
	if (url_linkable(item->url)) {
		buf_putc(b, '[');
		put_md(b, item->name);
		buf_puts(b, "](");
		put_md_url(b, item->url);
		buf_putc(b, ')');
	} else {
		put_md(b, item->name);
		if (item->url != NULL) {
			buf_puts(b, " \\(");
			put_md(b, item->url);
			buf_puts(b, "\\)");
		}
	}
	if (item->contribution)
		buf_puts(b, " (open-source contribution)");
	duration_format(item->minutes, minutes, sizeof(minutes));
	day_format(item->started, started);
	day_format(item->completed, completed);
	buf_puts(b, " | ");
	put_md(b, item->path ? item->path : "-");
	buf_printf(b, " | %s | %s | %s | ", minutes, started, completed);
	for (size_t i = 0; i < item->topic_count; i++) {
		if (i > 0)
			buf_puts(b, ", ");
		put_md(b, item->topics[i]);
	}
	buf_puts(b, " |\n");
}

void
portfolio_render_md(FILE *f, const struct portfolio *p)
{
	struct buf b;
	size_t completed = 0;

	buf_init(&b);
	buf_printf(&b, "## Portfolio\n\nDepth score **%d/100** (%s)", p->score,
	    p->grade);
	if (p->path != NULL) {
		buf_puts(&b, " on the ");
		put_md(&b, p->path);
		buf_puts(&b, " path");
	}
	buf_printf(&b, ": projects %d/50, evidence %d/15, focus %d/20, "
	    "persistence %d/15.\n\n", p->projects, p->evidence, p->focus,
	    p->persistence);
	for (size_t i = 0; i < p->item_count; i++) {
		if (p->items[i].completed == DAY_NONE ||
		    !p->items[i].substantial)
			continue;
		if (completed++ == 0)
			buf_puts(&b, "| Project | Path | Time | Started | "
			    "Completed | Topics |\n|---|---|---|---|---|---|\n");
		md_row(&b, &p->items[i]);
	}
	if (completed == 0)
		buf_puts(&b, "_No substantial completed project yet._\n");
	fputs(b.data, f);
	buf_release(&b);
}
