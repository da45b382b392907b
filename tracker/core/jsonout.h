#ifndef TRACK_JSONOUT_H
#define TRACK_JSONOUT_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "core/error.h"

/*
 * JSON output shared by every command: values built with jansson, and
 * arrays streamed element by element so memory never grows with the
 * history ("[", one object per line, "]").
 */

/*
 * How every document is dumped: keys in the order they were set (the
 * SPEC's order), and reals short (39.9, not 39.899999999999999, which is
 * jansson's default precision).
 */
#define JSON_OUTPUT_FLAGS (JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

struct json_array_stream {
	FILE *out;
	bool terminal;		/* out is a terminal: see json_put */
	int rows;		/* elements written so far */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A JSON string, null for NULL; invalid UTF-8 (possible from imports) is
 * replaced by U+FFFD rather than lost. jansson escapes control characters.
 */
json_t *json_text(const char *s);
/* A day as "YYYY-MM-DD", null for DAY_NONE (absent). */
json_t *json_day(int day);

/*
 * Writes JSON text to out; for a terminal, with every character a
 * terminal acts on (C1 controls, bidi controls, U+2028/9, DEL: jansson
 * escapes only C0) as a \uXXXX escape, which parses to the same string,
 * so the data stays exact and cannot drive the terminal.
 */
void json_put(FILE *out, const char *text, bool terminal);

/* Writes "[" and readies s. */
void json_array_begin(struct json_array_stream *s, FILE *out);
/* Writes value (and takes its reference) as the next element. */
struct error *json_array_add(struct json_array_stream *s, json_t *value);
/* Writes the closing "]" and a newline. */
void json_array_end(struct json_array_stream *s);
/* Writes one whole document, indented, with a final newline (json_put). */
struct error *json_print(FILE *out, json_t *value);

#ifdef __cplusplus
}
#endif
#endif
