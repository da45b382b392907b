#include "date.h"
#include "describe.h"
#include "duration.h"
#include "text.h"

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
