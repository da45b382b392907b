#include "core/date.h"
#include "cli/describe.h"
#include "core/duration.h"
#include "core/text.h"

void
session_subject(struct buf *b, const char *topic, const char *path,
    enum kind kind, const char *project, const char *tutorial)
{
	buf_put_terminal(b, topic ? topic : "?");
	buf_puts(b, " (");
	buf_put_terminal(b, path ? path : "unmapped");
	buf_printf(b, ", %s", kind_name(kind));
	if (project != NULL || tutorial != NULL) {
		buf_printf(b, ", %s '", project ? "project" : "tutorial");
		buf_put_terminal(b, project ? project : tutorial);
		buf_putc(b, '\'');
	}
	buf_putc(b, ')');
}

void
session_print_subject(FILE *out, const char *topic, const char *path,
    enum kind kind, const char *project, const char *tutorial)
{
	struct buf b;

	buf_init(&b);
	session_subject(&b, topic, path, kind, project, tutorial);
	fputs(b.data, out);
	buf_release(&b);
}

void
session_describe(struct buf *b, const struct session *s)
{
	char length[32], day[DAY_TEXT_SIZE];

	duration_format(s->minutes, length, sizeof(length));
	day_format(s->day, day);
	/* "~": course time placed by estimate, as track ls shows it. */
	buf_printf(b, "%s%s ", s->estimated ? "~" : "", length);
	session_subject(b, s->topic, s->path, s->kind, s->project, s->tutorial);
	buf_printf(b, " on %s", day);
}

void
session_print_logged(FILE *out, const struct session *s)
{
	struct buf b;

	buf_init(&b);
	session_describe(&b, s);
	fprintf(out, "logged %s as #%lld\n", b.data, (long long)s->id);
	buf_release(&b);
}

void
path_undo_print(FILE *out, const struct path_undo *u)
{
	char day[DAY_TEXT_SIZE];

	day_format(u->day, day);
	fprintf(out, "undid 'path set %s' of %s", u->path, day);
	if (u->restored != NULL)
		fprintf(out, ", which replaced %s", u->restored);
	if (u->current == NULL) {
		fputs("; no path chosen now\n", out);
		return;
	}
	day_format(u->since, day);
	fprintf(out, "; current path: %s (chosen %s)\n", u->current, day);
}

struct error *
topic_row_print(const struct topic_row *row, void *arg)
{
	FILE *out = arg;
	bool serves = *row->serves != '\0';

	fputs("  ", out);
	fput_terminal(out, row->name);
	if (*row->aliases != '\0') {
		fputs(" (", out);
		fput_terminal(out, row->aliases);
		fputc(')', out);
	}
	if (row->area != NULL || serves) {
		fputs("  [", out);
		if (row->area != NULL)
			fprintf(out, "area: %s%s", row->area, serves ? "; " : "");
		if (serves) {
			fputs("serves: ", out);
			fput_terminal(out, row->serves);
		}
		fputc(']', out);
	}
	fputc('\n', out);
	return NULL;
}
