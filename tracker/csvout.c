#include <stdbool.h>
#include <string.h>

#include "csvout.h"

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
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(b, ',');
		csv_put_cell(b, cells[i]);
	}
	buf_putc(b, '\n');
}
