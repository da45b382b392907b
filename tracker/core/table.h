#ifndef TRACK_TABLE_H
#define TRACK_TABLE_H

#include <stddef.h>
#include <stdio.h>

#include "core/buf.h"

/*
 * A text table for list commands: cells are added row by row (a row ends
 * after `columns` cells), then printed with aligned columns separated by
 * two spaces. Cells are neutralised for the terminal when added.
 */
struct table {
	size_t columns;
	size_t count;		/* cells added so far */
	size_t cap;
	char **cells;		/* row-major, heap copies */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Cells of a text column, measured in display columns (text_width):
 * table_put_cell appends text neutralised for the terminal and, when it
 * is wider than max columns and max >= 4, cut to its first max - 3
 * columns followed by "..." (max 0: never cut); it returns the columns
 * it appended, which table_cell_width gives without appending.
 * table_pad appends spaces from width up to columns.
 */
size_t table_put_cell(struct buf *b, const char *text, size_t max);
size_t table_cell_width(const char *text, size_t max);
void table_pad(struct buf *b, size_t width, size_t columns);

void table_init(struct table *t, size_t columns);
void table_release(struct table *t);
/* Adds the next cell: text neutralised, or "-" for NULL. */
void table_add(struct table *t, const char *text);
/*
 * Prints every row. max, when not NULL, holds per column the most
 * columns of text shown (0: no limit); longer cells end in "...". The
 * last column is not padded.
 */
void table_print(const struct table *t, FILE *out, const size_t *max);

#ifdef __cplusplus
}
#endif
#endif
