#include <stdbool.h>
#include <string.h>

#include "core/csvout.h"
#include "core/text.h"

/*
 * Characters that make a spreadsheet read a cell as a formula, and the
 * guard itself, so that stripping one leading guard on import is lossless.
 */
static const char formula_starts[] = "=+-@\t\r'";

/*
 * Whether cell needs quotes: for its separators, quotes and line breaks,
 * and for blanks at either end, which CSV readers (libcsv among them)
 * trim from a bare cell (a leading tab gets the formula guard instead).
 */
static bool
needs_quotes(const char *cell)
{
	size_t n = strlen(cell);

	return strpbrk(cell, ",\"\r\n") != NULL || (n > 0 &&
	    (cell[0] == ' ' || cell[n - 1] == ' ' ||
	    cell[n - 1] == '\t'));
}

void
csv_put_cell(struct buf *b, const char *cell)
{
	bool quote;

	if (cell == NULL)
		return;
	quote = needs_quotes(cell);
	if (quote)
		buf_putc(b, '"');
	if (*cell != '\0' && strchr(formula_starts, *cell) != NULL)
		buf_putc(b, '\'');
	for (const char *p = cell; *p; p++) {
		if (*p == '"')
			buf_putc(b, '"');
		buf_putc(b, *p);
	}
	if (quote)
		buf_putc(b, '"');
}

void
csv_put_row(struct buf *b, const char *const *cells, size_t n)
{
	csv_put_row_as(b, cells, n, false);
}

void
csv_put_row_as(struct buf *b, const char *const *cells, size_t n,
    bool terminal)
{
	struct buf clean;

	buf_init(&clean);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(b, ',');
		if (!terminal || cells[i] == NULL) {
			csv_put_cell(b, cells[i]);
			continue;
		}
		buf_clear(&clean);
		buf_put_terminal(&clean, cells[i]);
		csv_put_cell(b, clean.data);
	}
	buf_putc(b, '\n');
	buf_release(&clean);
}

void
csv_writer_init(struct csv_writer *w, FILE *out)
{
	w->out = out;
	w->terminal = stream_is_terminal(out);
	buf_init(&w->line);
}

void
csv_write_row(struct csv_writer *w, const char *const *cells, size_t n)
{
	buf_clear(&w->line);
	csv_put_row_as(&w->line, cells, n, w->terminal);
	fwrite(w->line.data, 1, w->line.len, w->out);
}

void
csv_writer_release(struct csv_writer *w)
{
	buf_release(&w->line);
}
