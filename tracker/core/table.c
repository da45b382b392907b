/*
 * Aligned text tables for the list commands: measured once all cells are
 * in, so every column is as wide as its widest (possibly cut) cell.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/table.h"
#include "core/text.h"

void
table_init(struct table *t, size_t columns)
{
	memset(t, 0, sizeof(*t));
	t->columns = columns;
}

void
table_release(struct table *t)
{
	for (size_t i = 0; i < t->count; i++)
		free(t->cells[i]);
	free(t->cells);
	table_init(t, t->columns);
}

void
table_add(struct table *t, const char *text)
{
	struct buf clean;

	if (t->count == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 16;
		t->cells = xrealloc(t->cells, t->cap * sizeof(*t->cells));
	}
	buf_init(&clean);
	buf_put_terminal(&clean, text != NULL ? text : "-");
	t->cells[t->count++] = buf_detach(&clean);
}

/* The bytes of s that fit in max columns (0: all of it), "..." aside. */
static size_t
cut_length(const char *s, size_t max, bool *cut)
{
	size_t kept = 0;
	const char *p;

	*cut = max >= 4 && text_width(s) > max;
	if (!*cut)
		return strlen(s);
	for (p = s; *p; p++)
		if ((*p & 0xc0) != 0x80 && kept++ == max - 3)
			break;
	return (size_t)(p - s);
}

/* The width of column c: its widest cell, cut to max[c]. */
static size_t
column_width(const struct table *t, size_t c, const size_t *max)
{
	size_t width = 0, limit = max != NULL ? max[c] : 0;

	for (size_t i = c; i < t->count; i += t->columns) {
		size_t w = text_width(t->cells[i]);

		if (limit >= 4 && w > limit)
			w = limit;
		if (w > width)
			width = w;
	}
	return width;
}

/* Writes one cell, cut to limit and padded to width unless last. */
static void
print_cell(FILE *out, const char *s, size_t limit, size_t width, bool last)
{
	bool cut;
	size_t n = cut_length(s, limit, &cut), w;

	fwrite(s, 1, n, out);
	if (cut)
		fputs("...", out);
	w = cut ? limit : text_width(s);
	if (last)
		return;
	for (; w < width + 2; w++)
		fputc(' ', out);
}

void
table_print(const struct table *t, FILE *out, const size_t *max)
{
	size_t *widths = xcalloc(t->columns, sizeof(*widths));

	for (size_t c = 0; c < t->columns; c++)
		widths[c] = column_width(t, c, max);
	for (size_t i = 0; i < t->count; i++) {
		size_t c = i % t->columns;
		bool last = c + 1 == t->columns;

		print_cell(out, t->cells[i], max != NULL ? max[c] : 0,
		    widths[c], last);
		if (last)
			fputc('\n', out);
	}
	free(widths);
}
