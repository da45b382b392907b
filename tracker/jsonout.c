#include <stdlib.h>

#include "buf.h"
#include "date.h"
#include "jsonout.h"
#include "text.h"

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
json_array_begin(struct json_array_stream *s, FILE *out)
{
	s->out = out;
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
	fprintf(s->out, "%s  %s", s->rows++ ? ",\n" : "\n", text);
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
	int rc = json_dumpf(value, out, JSON_OUTPUT_FLAGS | JSON_INDENT(2));

	json_decref(value);
	if (rc != 0)
		return error_runtime("cannot write JSON output");
	fputc('\n', out);
	return NULL;
}
