/*
 * JSON text read one value at a time (see jsontext.h): Timewarrior's
 * export and track's own JSON export share it.
 */
#include <string.h>

#include "importers/jsontext.h"

struct error *
json_text_read(struct json_text *t, struct instream *in, const char *file,
    const char *what)
{
	char chunk[65536];
	size_t n;

	buf_init(&t->text);
	t->file = file;
	while ((n = instream_read(in, chunk, sizeof(chunk))) > 0) {
		buf_append(&t->text, chunk, n);
		if (t->text.len > JSON_TEXT_MAX_BYTES)
			return error_usage("%s: too large for %s", file, what);
	}
	if (instream_error(in))
		return error_runtime("cannot read '%s': read error", file);
	json_text_rewind(t);
	return NULL;
}

void
json_text_release(struct json_text *t)
{
	buf_release(&t->text);
}

void
json_text_rewind(struct json_text *t)
{
	t->pos = 0;
	t->line = 1;
	if (t->text.len >= 3 && memcmp(t->text.data, "\xEF\xBB\xBF", 3) == 0)
		t->pos = 3;
}

int
json_text_peek(struct json_text *t)
{
	const struct buf *b = &t->text;

	while (t->pos < b->len && b->data[t->pos] != '\0' &&
	    strchr(" \t\r\n", b->data[t->pos]) != NULL)
		t->line += b->data[t->pos++] == '\n';
	return t->pos < b->len ? (unsigned char)b->data[t->pos] : 0;
}

struct error *
json_text_value(struct json_text *t, json_t **value)
{
	const struct buf *b = &t->text;
	json_error_t jerr;
	size_t end;

	json_text_peek(t);
	*value = json_loadb(b->data + t->pos, b->len - t->pos,
	    JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, &jerr);
	if (*value == NULL)
		return error_usage("%s:%ld: invalid JSON: %s", t->file,
		    t->line + (jerr.line > 0 ? jerr.line - 1 : 0), jerr.text);
	for (end = t->pos + (size_t)jerr.position; t->pos < end; t->pos++)
		t->line += b->data[t->pos] == '\n';
	return NULL;
}

struct error *
json_text_expected(struct json_text *t, const char *expected)
{
	int c = json_text_peek(t);

	if (c == 0)
		return error_usage("%s:%ld: invalid JSON: the file ends before "
		    "the document does (is it truncated?)", t->file, t->line);
	return error_usage("%s:%ld: invalid JSON: expected %s, not '%c'",
	    t->file, t->line, expected, c >= 0x20 && c < 0x7f ? c : '?');
}
