#include <stdbool.h>
#include <string.h>

#include "csvout.h"

/*
 * Characters that make a spreadsheet read a cell as a formula, and the
 * guard itself, so that stripping one leading guard on import is lossless.
 */
static const char formula_starts[] = "=+-@\t\r'";

void
csv_put_cell(struct buf *b, const char *cell)
{
	bool quote;

	if (cell == NULL)
		return;
	quote = strpbrk(cell, ",\"\r\n") != NULL;
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
