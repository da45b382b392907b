/*
 * `track skills` as JSON, as text (a table of skills, the entry-level
 * checklist, the horizon and the next skill) and as Markdown.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/duration.h"
#include "core/jsonout.h"
#include "core/session.h"
#include "core/table.h"
#include "core/text.h"
#include "reports/render_skills.h"
#include "reports/report.h"
#include "reports/sentences_skills.h"

#define COLOR_GOOD "\033[32m"
#define LINE_COLUMNS 80		/* the sentences wrap there */
#define COLOR_RESET "\033[0m"

/* ---------------------------------------------------------------------
 * JSON
 */

/* Sets o's "tutorial", "study" and "project" minutes; returns o. */
static json_t *
minutes_into(json_t *o, const int by_kind[3])
{
	json_object_set_new(o, "tutorial", json_integer(by_kind[KIND_TUTORIAL]));
	json_object_set_new(o, "study", json_integer(by_kind[KIND_STUDY]));
	json_object_set_new(o, "project", json_integer(by_kind[KIND_PROJECT]));
	return o;
}

static json_t *
skill_to_json(const struct skill_item *item)
{
	json_t *o = json_object(), *topics = json_array(),
	    *projects = json_array();

	for (size_t i = 0; i < item->topic_count; i++) {
		json_t *t = json_object();

		json_object_set_new(t, "topic", json_text(item->topics[i].name));
		minutes_into(t, item->topics[i].by_kind);
		json_array_append_new(topics, t);
	}
	for (size_t i = 0; i < item->project_count; i++)
		json_array_append_new(projects, json_text(item->projects[i]));
	json_object_set_new(o, "name", json_text(item->name));
	json_object_set_new(o, "title", json_text(item->title));
	json_object_set_new(o, "area", json_string(skill_area_name(item->area)));
	json_object_set_new(o, "status",
	    json_string(skill_status_name(item->status)));
	json_object_set_new(o, "minutes", minutes_into(json_object(), item->by_kind));
	json_object_set_new(o, "topics", topics);
	json_object_set_new(o, "projects", projects);
	return o;
}

/* A sentence from one of sentences_skills.h's functions, as JSON. */
static json_t *
json_sentence(char *text)
{
	json_t *j = json_text(text);

	free(text);
	return j;
}

static json_t *
readiness_to_json(const struct skills *s)
{
	json_t *o = json_object(), *items = json_array();

	for (int i = 0; i < READY_COUNT; i++) {
		json_t *item = json_object();

		json_object_set_new(item, "item",
		    json_string(ready_item_key((enum ready_item)i)));
		json_object_set_new(item, "text", json_sentence(
		    ready_item_text(s, (enum ready_item)i)));
		json_object_set_new(item, "done", json_boolean(s->ready[i].done));
		json_object_set_new(item, "missing", json_sentence(
		    ready_missing_text(s, (enum ready_item)i)));
		json_array_append_new(items, item);
	}
	json_object_set_new(o, "level", json_string("entry"));
	json_object_set_new(o, "ready", json_integer(s->ready_count));
	json_object_set_new(o, "of", json_integer(READY_COUNT));
	json_object_set_new(o, "items", items);
	return o;
}

static json_t *
next_to_json(const struct skills *s)
{
	const struct skill_item *item = skills_next(s);
	json_t *o = json_object();

	json_object_set_new(o, "skill", json_text(item ? item->name : NULL));
	json_object_set_new(o, "title", json_text(item ? item->title : NULL));
	json_object_set_new(o, "minutes", item ? json_integer(
	    skill_minutes(item)) : json_null());
	json_object_set_new(o, "action", json_sentence(skills_next_text(s)));
	return o;
}

static json_t *
counts_to_json(const struct skills *s, json_t *o)
{
	json_object_set_new(o, "applied",
	    json_integer(s->counts[SKILL_APPLIED]));
	json_object_set_new(o, "learned",
	    json_integer(s->counts[SKILL_LEARNED]));
	json_object_set_new(o, "untouched",
	    json_integer(s->counts[SKILL_UNTOUCHED]));
	return o;
}

json_t *
skills_to_json(const struct skills *s)
{
	json_t *o = json_object(), *skills = json_array(),
	    *contributions = json_array(), *horizon = json_object();

	for (size_t i = 0; i < s->count; i++)
		json_array_append_new(skills, skill_to_json(&s->items[i]));
	for (size_t i = 0; i < s->contribution_count; i++)
		json_array_append_new(contributions,
		    json_text(s->contributions[i]));
	json_object_set_new(horizon, "level", json_string("mid"));
	json_object_set_new(horizon, "focus", json_string(skills_horizon_text));
	json_object_set_new(o, "at", json_day(s->at));
	json_object_set_new(o, "path", json_text(s->path));
	json_object_set_new(o, "legend", json_sentence(skills_legend_text(s)));
	json_object_set_new(o, "skills", skills);
	json_object_set_new(o, "counts", counts_to_json(s, json_object()));
	json_object_set_new(o, "readiness", readiness_to_json(s));
	json_object_set_new(o, "horizon", horizon);
	json_object_set_new(o, "contributions", contributions);
	json_object_set_new(o, "next", next_to_json(s));
	return o;
}

json_t *
skills_summary_to_json(const struct skills *s)
{
	json_t *o = json_object();
	const struct skill_item *item = skills_next(s);

	json_object_set_new(o, "path", json_text(s->path));
	counts_to_json(s, o);
	json_object_set_new(o, "ready", json_integer(s->ready_count));
	json_object_set_new(o, "ready_of", json_integer(READY_COUNT));
	json_object_set_new(o, "next", json_text(item ? item->name : NULL));
	return o;
}

/* ---------------------------------------------------------------------
 * Text
 */

/* A cell of minutes: "-" for none. */
static void
add_minutes(struct table *t, int minutes)
{
	char text[32];

	duration_format(minutes, text, sizeof(text));
	table_add(t, minutes > 0 ? text : NULL);
}

/* The projects a text line or a Markdown cell names at most. */
#define PROJECTS_SHOWN 3

/*
 * The names of a skill's projects, "a, b, c and 4 more", NULL with none.
 */
static char *
project_list(const struct skill_item *item)
{
	struct buf b;

	if (item->project_count == 0)
		return NULL;
	buf_init(&b);
	for (size_t i = 0; i < item->project_count && i < PROJECTS_SHOWN; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", item->projects[i]);
	if (item->project_count > PROJECTS_SHOWN)
		buf_printf(&b, " and %zu more",
		    item->project_count - PROJECTS_SHOWN);
	return buf_detach(&b);
}

/* Appends text and frees it. */
static void
buf_put_owned(struct buf *b, char *text)
{
	buf_puts(b, text);
	free(text);
}

/* Prints t with the padding that ends a line (an area's row) cut. */
static void
print_trimmed(FILE *f, const struct table *t, const size_t *max)
{
	char *text = NULL;
	size_t size = 0;
	FILE *mem = open_memstream(&text, &size);

	if (mem == NULL) {
		table_print(t, f, max);
		return;
	}
	table_print(t, mem, max);
	fclose(mem);
	for (char *line = text, *end; *line; line = end + 1) {
		size_t n;

		end = strchr(line, '\n');
		if (end == NULL)
			end = line + strlen(line) - 1;
		n = (size_t)(end - line);
		while (n > 0 && line[n - 1] == ' ')
			n--;
		fprintf(f, "%.*s\n", (int)n, line);
	}
	free(text);
}

/* A row naming the area of the skills below it: "core Python". */
static void
area_row(struct table *t, const struct skills *s, enum skill_area area)
{
	struct buf b;

	buf_init(&b);
	if (area == SKILL_CORE)
		buf_puts(&b, "core Python");
	else if (area == SKILL_PROFESSIONAL)
		buf_puts(&b, "professional");
	else
		buf_printf(&b, "domain (%s)", s->path ? s->path : "no path");
	table_add(t, b.data);
	for (int i = 1; i < 6; i++)
		table_add(t, "");
	buf_release(&b);
}

/* The skills, under their areas, with hours by kind and projects. */
static void
skills_table(FILE *f, const struct skills *s)
{
	static const size_t max[] = { 34, 0, 0, 0, 0, 0 };
	static const char *const heads[] = { "skill", "status", "tutorial",
	    "study", "project", "projects" };
	struct table t;
	struct buf title;

	table_init(&t, 6);
	buf_init(&title);
	for (size_t i = 0; i < 6; i++)
		table_add(&t, heads[i]);
	for (size_t i = 0; i < s->count; i++) {
		const struct skill_item *item = &s->items[i];
		char *projects = project_list(item);

		if (i == 0 || s->items[i - 1].area != item->area)
			area_row(&t, s, item->area);
		buf_clear(&title);
		buf_printf(&title, "  %s", item->title);
		table_add(&t, title.data);
		table_add(&t, skill_status_name(item->status));
		add_minutes(&t, item->by_kind[KIND_TUTORIAL]);
		add_minutes(&t, item->by_kind[KIND_STUDY]);
		add_minutes(&t, item->by_kind[KIND_PROJECT]);
		table_add(&t, projects);
		free(projects);
	}
	print_trimmed(f, &t, max);
	table_release(&t);
	buf_release(&title);
}

/* "  [x] text" or "  [ ] text: what is missing". */
static void
checklist_text(FILE *f, const struct skills *s, bool color)
{
	char *ready = skills_ready_text(s);

	fprintf(f, "\n%s%s%s (entry level)\n", color ? COLOR_GOOD : "", ready,
	    color ? COLOR_RESET : "");
	free(ready);
	for (int i = 0; i < READY_COUNT; i++) {
		char *missing = ready_missing_text(s, (enum ready_item)i);
		struct buf b;

		buf_init(&b);
		buf_put_owned(&b, ready_item_text(s, (enum ready_item)i));
		if (missing != NULL)
			buf_printf(&b, ": %s", missing);
		fput_wrapped(f, s->ready[i].done ? "  [x] " : "  [ ] ", b.data,
		    LINE_COLUMNS);
		buf_release(&b);
		free(missing);
	}
}

static void
contributions_text(FILE *f, const struct skills *s)
{
	fputs("open-source contributions: ", f);
	if (s->contribution_count == 0)
		fputs("none yet (track project add NAME --contribution)", f);
	for (size_t i = 0; i < s->contribution_count; i++) {
		fputs(i ? ", " : "", f);
		fput_terminal(f, s->contributions[i]);
	}
	fputc('\n', f);
}

void
skills_render_text(FILE *f, const struct skills *s, bool color)
{
	char at[DAY_TEXT_SIZE];
	char *legend = skills_legend_text(s), *next = skills_next_text(s);

	legend[0] = (char)toupper((unsigned char)legend[0]);
	day_format(s->at, at);
	fputs("skills for ", f);
	fput_terminal(f, s->path ? s->path : "no path (core and professional "
	    "skills)");
	fprintf(f, " as of %s\n", at);
	fput_wrapped(f, "  ", legend, LINE_COLUMNS);
	skills_table(f, s);
	checklist_text(f, s, color);
	fprintf(f, "next horizon (mid-level): %s\n", skills_horizon_text);
	contributions_text(f, s);
	fput_wrapped(f, "next: ", next, LINE_COLUMNS);
	free(legend);
	free(next);
}

/* ---------------------------------------------------------------------
 * Markdown
 */

static void
md_minutes(FILE *f, int minutes)
{
	char text[32];

	duration_format(minutes, text, sizeof(text));
	fprintf(f, " %s |", minutes > 0 ? text : "-");
}

static void
md_table(FILE *f, const struct skills *s)
{
	fputs("| Skill | Area | Status | Tutorial | Study | Project | "
	    "Projects |\n|---|---|---|---|---|---|---|\n", f);
	for (size_t i = 0; i < s->count; i++) {
		const struct skill_item *item = &s->items[i];
		char *projects;

		fputs("| ", f);
		md_put_text(f, item->title);
		fprintf(f, " | %s | %s |", skill_area_name(item->area),
		    skill_status_name(item->status));
		md_minutes(f, item->by_kind[KIND_TUTORIAL]);
		md_minutes(f, item->by_kind[KIND_STUDY]);
		md_minutes(f, item->by_kind[KIND_PROJECT]);
		projects = project_list(item);
		fputc(' ', f);
		md_put_text(f, projects ? projects : "");
		fputs(" |\n", f);
		free(projects);
	}
}

static void
md_checklist(FILE *f, const struct skills *s)
{
	char *ready = skills_ready_text(s);

	fprintf(f, "\n### Career readiness: %s (entry level)\n\n", ready);
	free(ready);
	for (int i = 0; i < READY_COUNT; i++) {
		char *text = ready_item_text(s, (enum ready_item)i);
		char *missing = ready_missing_text(s, (enum ready_item)i);

		fprintf(f, "- [%c] ", s->ready[i].done ? 'x' : ' ');
		md_put_text(f, text);
		if (missing != NULL) {
			fputs(": ", f);
			md_put_text(f, missing);
		}
		fputc('\n', f);
		free(text);
		free(missing);
	}
}

void
skills_render_md(FILE *f, const struct skills *s)
{
	char at[DAY_TEXT_SIZE];
	char *next = skills_next_text(s);

	day_format(s->at, at);
	fputs("## Skills", f);
	if (s->path != NULL) {
		fputs(" (", f);
		md_put_text(f, s->path);
		fputc(')', f);
	}
	fprintf(f, "\n\nAs of %s.\n\n", at);
	md_table(f, s);
	md_checklist(f, s);
	fprintf(f, "\nNext horizon (mid-level): %s.\n", skills_horizon_text);
	if (s->contribution_count > 0) {
		fputs("\nOpen-source contributions: ", f);
		for (size_t i = 0; i < s->contribution_count; i++) {
			fputs(i ? ", " : "", f);
			md_put_text(f, s->contributions[i]);
		}
		fputs(".\n", f);
	}
	fputs("\nNext: ", f);
	md_put_text(f, next);
	fputc('\n', f);
	free(next);
}
