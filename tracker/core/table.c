/*
 * The one column layout of every text output: cells measured in display
 * columns (text_width: wcwidth, so a CJK title takes two a character),
 * cut with "..." and padded with spaces. struct table holds whole lists
 * and measures once all cells are in; streamed outputs (ls, report) use
 * the cell functions with widths they measured themselves.
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

/*
 * The bytes of clean (neutralised text) shown in max columns: all of it,
 * or (max >= 4, clean wider) the code points that fit in max - 3 columns
 * before "..." (*cut). *width is the columns shown, "..." included.
 */
static size_t
fit(const char *clean, size_t max, size_t *width, bool *cut)
{
	size_t bytes;

	*width = text_width(clean);
	*cut = max >= 4 && *width > max;
	if (!*cut)
		return strlen(clean);
	*width = text_width_prefix(clean, max - 3, &bytes) + 3;
	return bytes;
}

/* Appends clean as fit shows it in max columns; returns its width. */
static size_t
put_clean(struct buf *b, const char *clean, size_t max)
{
	size_t width;
	bool cut;

	buf_append(b, clean, fit(clean, max, &width, &cut));
	if (cut)
		buf_puts(b, "...");
	return width;
}

size_t
table_put_cell(struct buf *b, const char *text, size_t max)
{
	struct buf clean;
	size_t width;

	buf_init(&clean);
	buf_put_terminal(&clean, text);
	width = put_clean(b, clean.data, max);
	buf_release(&clean);
	return width;
}

size_t
table_cell_width(const char *text, size_t max)
{
	struct buf clean;
	size_t width;
	bool cut;

	buf_init(&clean);
	buf_put_terminal(&clean, text);
	fit(clean.data, max, &width, &cut);
	buf_release(&clean);
	return width;
}

void
table_pad(struct buf *b, size_t width, size_t columns)
{
	for (; width < columns; width++)
		buf_putc(b, ' ');
}

/* The width of column c: its widest cell as shown in max[c] columns. */
static size_t
column_width(const struct table *t, size_t c, const size_t *max)
{
	size_t width = 0, limit = max != NULL ? max[c] : 0;

	for (size_t i = c; i < t->count; i += t->columns) {
		size_t w;
		bool cut;

		fit(t->cells[i], limit, &w, &cut);
		if (w > width)
			width = w;
	}
	return width;
}

/* Writes row r: each cell cut and padded to its column, the last bare. */
static void
print_row(const struct table *t, size_t r, const size_t *widths,
    const size_t *max, struct buf *line)
{
	char *const *cells = t->cells + r * t->columns;

	buf_clear(line);
	for (size_t c = 0; c + 1 < t->columns; c++)
		table_pad(line, put_clean(line, cells[c], max ? max[c] : 0),
		    widths[c] + 2);
	put_clean(line, cells[t->columns - 1],
	    max ? max[t->columns - 1] : 0);
	buf_putc(line, '\n');
}

void
table_print(const struct table *t, FILE *out, const size_t *max)
{
	size_t *widths = xcalloc(t->columns, sizeof(*widths));
	struct buf line;

	buf_init(&line);
	for (size_t c = 0; c < t->columns; c++)
		widths[c] = column_width(t, c, max);
	for (size_t r = 0; r < t->count / t->columns; r++) {
		print_row(t, r, widths, max, &line);
		fwrite(line.data, 1, line.len, out);
	}
	buf_release(&line);
	free(widths);
}
