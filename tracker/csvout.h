#ifndef TRACK_CSVOUT_H
#define TRACK_CSVOUT_H

#include <stddef.h>

#include "buf.h"

/*
 * Writing CSV (reading is libcsv's job, in importers/). Never call this
 * header csv.h: libcsv owns that name.
 */

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Appends one cell (without separator): quoted per RFC 4180 when it holds
 * a comma, a double quote, CR or LF, and prefixed with a ' when it starts
 * with = + - @ TAB or CR, so a spreadsheet never runs it as a formula.
 * NULL is an empty cell.
 */
void csv_put_cell(struct buf *b, const char *cell);
/* Appends n cells separated by commas and ended by "\n". */
void csv_put_row(struct buf *b, const char *const *cells, size_t n);

#ifdef __cplusplus
}
#endif
#endif
