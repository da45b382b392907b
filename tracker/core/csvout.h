#ifndef TRACK_CSVOUT_H
#define TRACK_CSVOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/buf.h"

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
/*
 * csv_put_row, for a terminal when terminal is true: every cell is
 * neutralised as text output is (buf_put_terminal) before it is quoted.
 */
void csv_put_row_as(struct buf *b, const char *const *cells, size_t n,
    bool terminal);

/*
 * Rows written to a stream: exactly to a file or a pipe (what `track
 * import` and spreadsheets read back), and on a terminal, where nobody
 * reads them back, neutralised (csv_put_row_as): CSV has no escape, so
 * an imported note's escape sequence or bidi override would otherwise
 * reach the terminal.
 */
struct csv_writer {
	FILE *out;
	bool terminal;		/* out is a terminal */
	struct buf line;	/* the row being written */
};

void csv_writer_init(struct csv_writer *w, FILE *out);
/* Writes one row of n cells (NULL: empty), as csv_put_row. */
void csv_write_row(struct csv_writer *w, const char *const *cells, size_t n);
void csv_writer_release(struct csv_writer *w);

#ifdef __cplusplus
}
#endif
#endif
