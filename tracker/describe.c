#include "date.h"
#include "describe.h"
#include "duration.h"
#include "text.h"

void
session_describe(struct buf *b, const struct session *s)
{
	char length[32], day[DAY_TEXT_SIZE];

	duration_format(s->minutes, length, sizeof(length));
	day_format(s->day, day);
	buf_printf(b, "%s ", length);
	buf_put_terminal(b, s->topic ? s->topic : "?");
	buf_puts(b, " (");
	buf_put_terminal(b, s->path ? s->path : "unmapped");
	buf_printf(b, ", %s", kind_name(s->kind));
	if (s->project != NULL || s->tutorial != NULL) {
		buf_printf(b, ", %s '", s->project ? "project" : "tutorial");
		buf_put_terminal(b, s->project ? s->project : s->tutorial);
		buf_putc(b, '\'');
	}
	buf_printf(b, ") on %s", day);
}
