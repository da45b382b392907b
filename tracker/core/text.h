#ifndef TRACK_TEXT_H
#define TRACK_TEXT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "core/buf.h"
#include "core/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Appends s with every terminal control character (C0, DEL, C1, and so
 * escape sequences; the bidi controls U+202A..U+202E and U+2066..U+2069
 * that would reorder the line; U+2028 and U+2029) replaced by '?' and
 * invalid UTF-8 by U+FFFD, so text from the user or an import can never
 * drive the terminal or disguise what it shows.
 */
void buf_put_terminal(struct buf *b, const char *s);
/*
 * Whether f is a terminal: output formats meant to be exact (JSON, CSV)
 * neutralise the data only there, and stay byte-exact in a file or a
 * pipe. False for NULL and for streams without a descriptor, except a
 * stand-in: see stream_stands_for.
 */
bool stream_is_terminal(FILE *f);
/*
 * Makes stand (a memory stream holding a write command's output until it
 * commits: run.c) count as a terminal exactly when real is one; NULL,
 * NULL ends it.
 */
void stream_stands_for(FILE *stand, FILE *real);
/*
 * Appends JSON text (as jansson dumps it) for a terminal: every
 * character buf_put_terminal would replace, but the newlines between
 * elements, as a \uXXXX escape. JSON's structure is ASCII, so such a
 * character can only be inside a string, where the escape stands for
 * the same character: the document parses to the same values.
 */
void buf_put_json_terminal(struct buf *b, const char *json);
/*
 * A copy of s with every character buf_put_terminal would replace by '?'
 * replaced by a space instead: a name read from a file made fit to
 * store. Invalid UTF-8 is kept. The caller frees it.
 */
char *name_clean(const char *s);
/*
 * Refuses a new name (what: "project name", "topic") holding a character
 * buf_put_terminal would replace, naming the first one: names are shown
 * everywhere, so none may drive the terminal or reorder a line.
 */
struct error *name_controls_check(const char *what, const char *name);
/* Writes s to f the same way as buf_put_terminal. */
void fput_terminal(FILE *f, const char *s);
/*
 * Writes the printf-formatted text to f neutralised the same way, then a
 * newline: one harmless line, for warnings quoting user or file text.
 */
void fprint_line(FILE *f, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/*
 * Appends s with only invalid UTF-8 replaced by U+FFFD: control
 * characters are kept (for exact output such as JSON, never a terminal).
 */
void buf_put_utf8(struct buf *b, const char *s);
/* Whether s is valid UTF-8. */
int utf8_valid(const char *s);
/* Validates free text such as a note: valid UTF-8, at most max bytes. */
struct error *note_check(const char *text, size_t max);
/*
 * Writes label and text, neutralised for the terminal and wrapped at
 * spaces to columns; continuation lines are indented as wide as the label.
 * A word longer than a line stays whole. Ends with a newline.
 */
void fput_wrapped(FILE *out, const char *label, const char *text,
    size_t columns);
/*
 * Display width in columns of UTF-8 s on a terminal: wcwidth(3) of each
 * code point read as UTF-8 whatever the locale (a CJK ideograph takes
 * two, a combining mark none; one per code point where the system has no
 * UTF-8 locale). An invalid byte counts one.
 */
size_t text_width(const char *s);
/*
 * The width of s's longest prefix that fits in max columns, whole code
 * points only; *bytes (when not NULL) is that prefix's length in bytes.
 */
size_t text_width_prefix(const char *s, size_t max, size_t *bytes);
/*
 * Appends s as one word for a POSIX shell, for a command a message
 * suggests: as it is when made only of ASCII letters, digits and
 * ._/-+:@%, else in single quotes (a quote in it as '\'').
 */
void buf_put_shell_word(struct buf *b, const char *s);
/* The same word as a string; the caller frees it. */
char *shell_word(const char *s);
/*
 * Appends a command a message suggests: "track WORDS OPERANDS OPTIONS",
 * each operand one shell word; when an operand starts with '-' the
 * options come first and "--" ends them, so the operand is not read as
 * an option ("track topic add --path PATH -- -x").
 */
void buf_put_command(struct buf *b, const char *words,
    const char *const operands[], size_t n, const char *options);
/* The same command as a string; the caller frees it. */
char *command_text(const char *words, const char *const operands[],
    size_t n, const char *options);

/* p past its spaces and tabs. */
const char *skip_blanks(const char *p);
/*
 * The n low hex digits of value (lowercase) at out, without a NUL and
 * without printf: identifiers made for every imported row.
 */
void hex_put(char *out, uint64_t value, int n);

#ifdef __cplusplus
}
#endif
#endif
