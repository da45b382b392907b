#include <locale.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "core/progress.h"
#include "core/text.h"

/* Length of the UTF-8 sequence at s, or 0 when it is invalid. */
static size_t
utf8_sequence(const unsigned char *s, unsigned *code)
{
	size_t n;
	unsigned c;

	if (s[0] < 0x80) {
		*code = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, c = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, c = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, c = s[0] & 0x07;
	else
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10ffff)) ||
	    (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*code = c;
	return n;
}

/*
 * Whether a terminal must not receive code: C0, DEL and C1 controls (so
 * escape sequences), the bidi embeddings, overrides and isolates that
 * reorder the rest of a line (U+202A..U+202E, U+2066..U+2069), and the
 * line and paragraph separators U+2028, U+2029.
 */
static bool
terminal_control(unsigned code)
{
	return code < 0x20 || code == 0x7f || (code >= 0x80 && code <= 0x9f) ||
	    (code >= 0x2028 && code <= 0x2029) ||
	    (code >= 0x202a && code <= 0x202e) ||
	    (code >= 0x2066 && code <= 0x2069);
}

/* What kind of terminal control code is, for messages: "a C1 control". */
static const char *
control_kind(unsigned code)
{
	if (code < 0x20)
		return "a C0 control";
	if (code == 0x7f)
		return "DEL";
	if (code <= 0x9f)
		return "a C1 control";
	if (code <= 0x2029)
		return "a line separator";
	return "a bidi control";
}

/* The stream held output is written to, and the one it stands for. */
static FILE *stand_in, *stood_for;

void
stream_stands_for(FILE *stand, FILE *real)
{
	stand_in = stand;
	stood_for = real;
}

bool
stream_is_terminal(FILE *f)
{
	int fd;

	if (f != NULL && f == stand_in)
		f = stood_for;
	fd = f != NULL ? fileno(f) : -1;

	return fd >= 0 && isatty(fd);
}

/* How put_text writes a terminal control character. */
enum control_as {
	CONTROL_KEPT,		/* as it is */
	CONTROL_QUESTION,	/* as '?' */
	CONTROL_ESCAPED		/* as a JSON \uXXXX escape, newlines kept */
};

/*
 * Appends the replacement for code when as replaces it, and says whether
 * it did.
 */
static bool
control_put(struct buf *b, unsigned code, enum control_as as)
{
	if (as == CONTROL_KEPT || !terminal_control(code))
		return false;
	if (as == CONTROL_QUESTION)
		buf_putc(b, '?');
	else if (code == '\n')
		return false;
	else
		buf_printf(b, "\\u%04x", code);
	return true;
}

/*
 * Appends s (NULL: nothing) with invalid UTF-8 replaced by U+FFFD and
 * terminal controls written as as says: the one walk behind
 * buf_put_terminal, buf_put_json_terminal and buf_put_utf8.
 */
static void
put_text(struct buf *b, const char *s, enum control_as as)
{
	const unsigned char *p = (const unsigned char *)s;

	while (p && *p) {
		unsigned code;
		size_t n = utf8_sequence(p, &code);

		if (n == 0) {
			buf_puts(b, "\xef\xbf\xbd");
			n = 1;
		} else if (!control_put(b, code, as))
			buf_append(b, (const char *)p, n);
		p += n;
	}
}

void
buf_put_terminal(struct buf *b, const char *s)
{
	put_text(b, s, CONTROL_QUESTION);
}

void
fput_terminal(FILE *f, const char *s)
{
	struct buf b;

	buf_init(&b);
	buf_put_terminal(&b, s);
	fputs(b.data, f);
	buf_release(&b);
}

void
fprint_line(FILE *f, const char *fmt, ...)
{
	struct buf text, clean;
	va_list ap;

	buf_init(&text);
	va_start(ap, fmt);
	buf_vprintf(&text, fmt, ap);
	va_end(ap);
	buf_init(&clean);
	buf_put_terminal(&clean, text.data);
	buf_putc(&clean, '\n');
	progress_clear();
	fputs(clean.data, f);
	buf_release(&clean);
	buf_release(&text);
}

void
buf_put_json_terminal(struct buf *b, const char *json)
{
	put_text(b, json, CONTROL_ESCAPED);
}

char *
name_clean(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	struct buf b;

	buf_init(&b);
	while (*p) {
		unsigned code;
		size_t n = utf8_sequence(p, &code);

		if (n == 0)
			n = 1;
		else if (terminal_control(code)) {
			buf_putc(&b, ' ');
			p += n;
			continue;
		}
		buf_append(&b, (const char *)p, n);
		p += n;
	}
	return buf_detach(&b);
}

struct error *
name_controls_check(const char *what, const char *name)
{
	const unsigned char *p = (const unsigned char *)name;

	while (*p) {
		unsigned code;
		size_t n = utf8_sequence(p, &code);

		if (n != 0 && terminal_control(code))
			return error_usage("invalid %s '%s': control characters "
			    "are not allowed (U+%04X is %s)", what, name, code,
			    control_kind(code));
		p += n ? n : 1;
	}
	return NULL;
}

void
buf_put_utf8(struct buf *b, const char *s)
{
	put_text(b, s, CONTROL_KEPT);
}

int
utf8_valid(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		unsigned code;
		size_t n = utf8_sequence(p, &code);

		if (n == 0)
			return 0;
		p += n;
	}
	return 1;
}

struct error *
note_check(const char *text, size_t max)
{
	if (!utf8_valid(text))
		return error_usage("invalid note: it is not valid UTF-8 text");
	if (strlen(text) > max)
		return error_usage("note too long (%zu bytes): use at most %zu",
		    strlen(text), max);
	return NULL;
}

/*
 * The UTF-8 locale wcwidth(3) reads widths in, whatever the user's
 * locale (track never calls setlocale: its text is UTF-8 in any locale);
 * (locale_t)0 where the system has none.
 */
static locale_t
utf8_locale(void)
{
	static locale_t utf8;
	static bool tried;

	if (!tried) {
		tried = true;
		utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	}
	return utf8;
}

/*
 * The columns code takes on a terminal: wcwidth's answer, 0 for a
 * combining mark, 1 where wcwidth knows none (or without a UTF-8 locale).
 */
static size_t
code_width(unsigned code, bool wide)
{
	int w;

	if (code < 0x80 || !wide)
		return 1;
	w = wcwidth((wchar_t)code);
	return w < 0 ? 1 : (size_t)w;
}

size_t
text_width_prefix(const char *s, size_t max, size_t *bytes)
{
	const unsigned char *p = (const unsigned char *)s;
	locale_t utf8 = utf8_locale(), was = (locale_t)0;
	size_t width = 0;

	if (utf8 != (locale_t)0)
		was = uselocale(utf8);
	while (*p) {
		unsigned code = *p;
		size_t n = utf8_sequence(p, &code), w;

		w = code_width(code, utf8 != (locale_t)0);
		if (width + w > max)
			break;
		width += w;
		p += n != 0 ? n : 1;
	}
	if (utf8 != (locale_t)0)
		uselocale(was);
	if (bytes != NULL)
		*bytes = (size_t)(p - (const unsigned char *)s);
	return width;
}

size_t
text_width(const char *s)
{
	return text_width_prefix(s, SIZE_MAX, NULL);
}

void
fput_wrapped(FILE *out, const char *label, const char *text, size_t columns)
{
	size_t indent = strlen(label), column = indent;
	struct buf clean;
	char *word, *rest;

	buf_init(&clean);
	buf_put_terminal(&clean, text);
	fputs(label, out);
	rest = clean.data;
	while ((word = strsep(&rest, " ")) != NULL) {
		size_t width = text_width(word);

		if (*word == '\0')
			continue;
		if (column > indent && column + 1 + width > columns) {
			fprintf(out, "\n%*s", (int)indent, "");
			column = indent;
		}
		if (column > indent) {
			fputc(' ', out);
			column++;
		}
		fputs(word, out);
		column += width;
	}
	fputc('\n', out);
	buf_release(&clean);
}

void
buf_put_shell_word(struct buf *b, const char *s)
{
	static const char plain[] = "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/-+:@%";
	const char *p;

	for (p = s; *p; p++)
		if (strchr(plain, *p) == NULL)
			break;
	if (*s != '\0' && *p == '\0') {
		buf_puts(b, s);
		return;
	}
	buf_putc(b, '\'');
	for (p = s; *p; p++) {
		if (*p == '\'')
			buf_puts(b, "'\\''");
		else
			buf_putc(b, *p);
	}
	buf_putc(b, '\'');
}

char *
shell_word(const char *s)
{
	struct buf b;

	buf_init(&b);
	buf_put_shell_word(&b, s);
	return buf_detach(&b);
}

void
buf_put_command(struct buf *b, const char *words,
    const char *const operands[], size_t n, const char *options)
{
	bool dashed = false;
	size_t i;

	for (i = 0; i < n; i++)
		if (operands[i][0] == '-')
			dashed = true;
	buf_printf(b, "track %s", words);
	if (dashed && options != NULL)
		buf_printf(b, " %s", options);
	if (dashed)
		buf_puts(b, " --");
	for (i = 0; i < n; i++) {
		buf_putc(b, ' ');
		buf_put_shell_word(b, operands[i]);
	}
	if (!dashed && options != NULL)
		buf_printf(b, " %s", options);
}

char *
command_text(const char *words, const char *const operands[], size_t n,
    const char *options)
{
	struct buf b;

	buf_init(&b);
	buf_put_command(&b, words, operands, n, options);
	return buf_detach(&b);
}

const char *
skip_blanks(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

void
hex_put(char *out, uint64_t value, int n)
{
	static const char hex[] = "0123456789abcdef";

	while (n-- > 0) {
		out[n] = hex[value & 15];
		value >>= 4;
	}
}
