#ifndef TRACK_JSONTEXT_H
#define TRACK_JSONTEXT_H

/*
 * The JSON inputs of `track import` (Timewarrior's array, track's own
 * export object) read one value at a time: the file is held as text,
 * jansson decodes each value on its own (JSON_DISABLE_EOF_CHECK stops it
 * after one value), and only the blanks and punctuation between values
 * are looked at here. So the line of every value is known, and memory
 * holds the text plus one decoded value, never the whole tree.
 */

#include <jansson.h>
#include <stdio.h>

#include "core/buf.h"
#include "core/error.h"
#include "importers/instream.h"

#define JSON_TEXT_MAX_BYTES (256L << 20)

struct json_text {
	struct buf text;	/* the whole file */
	size_t pos;		/* the next byte to read */
	long line;		/* the line of pos, from 1 */
	const char *file;	/* as given, for messages */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Reads all of in (what names the format in the "too large" message) and
 * places pos after a UTF-8 BOM. Release t even when this fails.
 */
struct error *json_text_read(struct json_text *t, struct instream *in,
    const char *file, const char *what);
void json_text_release(struct json_text *t);

/* Back to the first byte (after a BOM), line 1. */
void json_text_rewind(struct json_text *t);

/* Skips blanks, counting lines; returns the next byte, 0 at the end. */
int json_text_peek(struct json_text *t);

/*
 * Decodes the value at pos (of any type) into *value (the caller's) and
 * moves past it. Invalid JSON is a usage error "FILE:LINE: invalid JSON:
 * ..." naming the line where jansson stopped.
 */
struct error *json_text_value(struct json_text *t, json_t **value);

/*
 * A usage error at pos: "FILE:LINE: invalid JSON: expected EXPECTED", or
 * that the file ends early when nothing is left.
 */
struct error *json_text_expected(struct json_text *t, const char *expected);

#ifdef __cplusplus
}
#endif
#endif
