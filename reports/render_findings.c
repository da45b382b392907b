/*
 * Rendering the anti-pattern findings (SPEC §5): the JSON array of §11
 * and the text blocks of `track check` and the report's findings section.
 */
#include <stdlib.h>
#include <string.h>

#include "core/jsonout.h"
#include "core/buf.h"
#include "core/date.h"
#include "reports/render.h"
#include "core/text.h"
#include "reports/sentences.h"

#define LINE_COLUMNS 80		/* text lines fit this */

#define ANSI_BOLD "\033[1m"
#define ANSI_WARNING "\033[33m"
#define ANSI_ALERT "\033[1;31m"
#define ANSI_INFO "\033[36m"
#define ANSI_RESET "\033[0m"

static void put_heading(FILE *out, const struct findings *f, bool color);
static void put_finding(FILE *out, const struct finding *item, bool color);

json_t *
findings_to_json(const struct findings *f)
{
	json_t *array = json_array();

	for (size_t i = 0; i < f->count; i++) {
		const struct finding *item = &f->items[i];
		char from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE];
		char *advice = finding_advice_text(&item->advice);
		char *evidence = finding_evidence_text(item);
		json_t *o = json_object();

		day_format(item->from, from);
		day_format(item->to, to);
		json_object_set_new(o, "id", json_text(item->name));
		json_object_set_new(o, "severity", json_text(item->severity));
		json_object_set_new(o, "from", json_text(from));
		json_object_set_new(o, "to", json_text(to));
		json_object_set_new(o, "evidence", json_text(evidence));
		json_object_set_new(o, "advice", json_text(advice));
		json_array_append_new(array, o);
		free(evidence);
		free(advice);
	}
	return array;
}

void
findings_render_text(FILE *out, const struct findings *f, bool color)
{
	char *looked_at = findings_looked_at_text(f);

	put_heading(out, f, color);
	if (looked_at != NULL) {
		fput_wrapped(out, "  ", looked_at, LINE_COLUMNS);
		free(looked_at);
		return;
	}
	for (size_t i = 0; i < f->count; i++) {
		fputc('\n', out);
		put_finding(out, &f->items[i], color);
	}
}

void
findings_render_welcome(FILE *out, const struct findings *f)
{
	char *welcome = findings_welcome_text(f);

	if (welcome == NULL)
		return;
	fput_terminal(out, welcome);
	fputc('\n', out);
	free(welcome);
}

void
findings_welcome_to_json(json_t *o, const struct findings *f)
{
	char *welcome = findings_welcome_text(f);

	if (welcome != NULL)
		json_object_set_new(o, "welcome_back", json_text(welcome));
	free(welcome);
}

/*
 * "2 anti-patterns found (as of DAY)", "No anti-patterns found (as of
 * DAY)", or with infos (stalled) "..., 1 note (as of DAY)": an info is a
 * note, not an anti-pattern.
 */
static void
put_heading(FILE *out, const struct findings *f, bool color)
{
	char at[DAY_TEXT_SIZE];
	size_t notes = 0, warnings;

	for (size_t i = 0; i < f->count; i++)
		notes += strcmp(f->items[i].severity, "info") == 0;
	warnings = f->count - notes;
	day_format(f->at, at);
	if (color)
		fputs(ANSI_BOLD, out);
	if (warnings == 0)
		fputs("No anti-patterns found", out);
	else
		fprintf(out, "%zu %s found", warnings,
		    warnings == 1 ? "anti-pattern" : "anti-patterns");
	if (notes > 0)
		fprintf(out, ", %zu %s", notes, notes == 1 ? "note" : "notes");
	if (color)
		fputs(ANSI_RESET, out);
	fprintf(out, " (as of %s)\n", at);
}

/* One finding: "id  severity  FROM to TO", its evidence and advice. */
static void
put_finding(FILE *out, const struct finding *item, bool color)
{
	char from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE];
	const char *tone = strcmp(item->severity, "alert") == 0 ? ANSI_ALERT :
	    strcmp(item->severity, "info") == 0 ? ANSI_INFO : ANSI_WARNING;
	char *evidence = finding_evidence_text(item), *advice;

	day_format(item->from, from);
	day_format(item->to, to);
	if (color)
		fprintf(out, ANSI_BOLD "%s" ANSI_RESET "  %s%s" ANSI_RESET,
		    item->name, tone, item->severity);
	else
		fprintf(out, "%s  %s", item->name, item->severity);
	fprintf(out, "  %s to %s\n", from, to);
	fput_wrapped(out, "  evidence: ", evidence, LINE_COLUMNS);
	free(evidence);
	advice = finding_advice_text(&item->advice);
	fput_wrapped(out, "  advice:   ", advice, LINE_COLUMNS);
	free(advice);
}

