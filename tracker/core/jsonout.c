#include <stdlib.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/jsonout.h"
#include "core/text.h"

json_t *
json_text(const char *s)
{
	struct buf clean;
	json_t *value;

	if (s == NULL)
		return json_null();
	if ((value = json_string(s)) != NULL)
		return value;
	buf_init(&clean);
	buf_put_utf8(&clean, s);
	value = json_string(clean.data);
	buf_release(&clean);
	return value ? value : json_null();
}

json_t *
json_day(int day)
{
	char text[DAY_TEXT_SIZE];

	if (day == DAY_NONE)
		return json_null();
	day_format(day, text);
	return json_string(text);
}

void
json_put(FILE *out, const char *text, bool terminal)
{
	struct buf clean;

	if (!terminal) {
		fputs(text, out);
		return;
	}
	buf_init(&clean);
	buf_put_json_terminal(&clean, text);
	fputs(clean.data, out);
	buf_release(&clean);
}

void
json_array_begin(struct json_array_stream *s, FILE *out)
{
	s->out = out;
	s->terminal = stream_is_terminal(out);
	s->rows = 0;
	fputc('[', out);
}

struct error *
json_array_add(struct json_array_stream *s, json_t *value)
{
	char *text = json_dumps(value, JSON_OUTPUT_FLAGS);

	json_decref(value);
	if (text == NULL)
		return error_runtime("cannot write JSON output");
	fputs(s->rows++ ? ",\n  " : "\n  ", s->out);
	json_put(s->out, text, s->terminal);
	free(text);
	return NULL;
}

void
json_array_end(struct json_array_stream *s)
{
	fputs(s->rows ? "\n]\n" : "]\n", s->out);
}

struct error *
json_print(FILE *out, json_t *value)
{
	char *text = json_dumps(value, JSON_OUTPUT_FLAGS | JSON_INDENT(2));

	json_decref(value);
	if (text == NULL)
		return error_runtime("cannot write JSON output");
	json_put(out, text, stream_is_terminal(out));
	fputc('\n', out);
	free(text);
	return NULL;
}
