#ifndef TRACK_CSVREAD_H
#define TRACK_CSVREAD_H

/*
 * The one CSV driver of track: streams a file through libcsv with a
 * fixed-size read buffer, so memory does not grow with the file. Never
 * call this header csv.h: libcsv owns that name.
 */

#include <stddef.h>

#include "core/error.h"
#include "importers/instream.h"

/* One record: its cells (trimmed, NUL-terminated, valid UTF-8). */
struct csv_record {
	char **cells;		/* count cells; the driver owns them */
	size_t count;
	long line;		/* physical line where the record starts */
	const char *problem;	/* NULL, or why the record is bad: "unterminated
				   quoted cell: ..." (cells: its first lines) */
};

/*
 * Called for every record, the header included (line 1 unless blank
 * lines precede it). A non-NULL return stops the reading and is
 * returned by csv_read.
 */
typedef struct error *(*csv_record_fn)(const struct csv_record *record,
    void *arg);

#define CSV_RECORD_MAX (1 << 20)	/* bytes in one record */
#define CSV_CELLS_MAX 1000		/* cells in one record */
/*
 * Bytes in a quoted cell that spans lines: beyond them the cell is taken
 * as a quote left open. A note holds at most 4000 bytes in track
 * (SESSION_NOTE_MAX), so its own export stays 16 times below.
 */
#define CSV_QUOTED_CELL_MAX (64 << 10)

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Reads the CSV in `in` (name is the file name for messages) to its end:
 * a UTF-8 BOM is skipped, the delimiter (`,` `;` or TAB) is the one the
 * header line holds most of outside quotes (`,` on a tie), CRLF and LF
 * both end records, quoted cells may hold delimiters, `""` and newlines,
 * blank lines are skipped. Text that is not UTF-8 is a usage error
 * "NAME:LINE: ..." (UTF-16 is named as such).
 *
 * A quoted cell left open is found when it runs to the end of the
 * input, or spans lines and grows over CSV_QUOTED_CELL_MAX, or a later
 * line holds a quote followed by text in it. Its record goes to fn with
 * a problem, holding the cells of its lines up to the one where the
 * quote opened (the open cell closed at that line's end); the lines after
 * that one are then read again, as records. A quote inside a bare cell
 * (5" screen) is kept as text, as is a quote followed by text inside a
 * quoted cell that closes on its own line ("a"b" reads a"b).
 */
struct error *csv_read(struct instream *in, const char *name,
    csv_record_fn fn, void *arg);

/* The delimiter the header line of text suggests (for tests). */
char csv_sniff_delimiter(const char *text, size_t len);

#ifdef __cplusplus
}
#endif
#endif
