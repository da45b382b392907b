/*
 * The streaming CSV driver. libcsv does all the splitting; this file
 * feeds it one physical line at a time from a fixed buffer, so it knows
 * on which line each record starts (libcsv counts no lines), collects a
 * record's cells in one reused buffer and hands the record over.
 *
 * A quote left open would make libcsv read every following line into
 * one cell: the rows after it lost without a word. libcsv's strict mode
 * and the lines of the record kept as read (raw) let this driver see it
 * and recover: the record is handed over as a bad one, and the lines
 * after the one where the quote opened are read again (replay).
 */
#include <csv.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "importers/csvread.h"
#include "core/text.h"

#define CHUNK_SIZE 65536
/* A record's lines kept beyond this (only lines ended by CR alone get
 * there) cannot be read again: a quote left open then refuses the file. */
#define RAW_MAX (CSV_RECORD_MAX + 2 * CHUNK_SIZE)
#define OPTIONS (CSV_APPEND_NULL | CSV_STRICT | CSV_STRICT_FINI)

/* libcsv's parser states (pstate, private to libcsv.c) read here. */
#define LIBCSV_ROW_NOT_BEGUN 0
#define LIBCSV_FIELD_BEGUN 2

/* How a quoted cell was found left open. */
enum runaway {
	RUNAWAY_NONE,
	RUNAWAY_END,		/* still open at the end of the input */
	RUNAWAY_LONG,		/* spans lines and holds over the limit */
	RUNAWAY_TEXT,		/* a later line's quote is followed by text */
};

struct reader {
	struct csv_parser parser;
	unsigned char delimiter;
	const char *name;
	csv_record_fn fn;
	void *arg;
	struct buf cells;	/* the record's cells, each NUL-ended */
	size_t *offsets;	/* where each cell starts in cells */
	char **pointers;	/* handed to fn */
	size_t count, cap;
	long line;		/* the physical line being fed */
	bool at_line_start;	/* the next byte fed starts a line */
	long record_line;	/* where the current record started */
	long cell_line;		/* where the current cell started */
	struct buf raw;		/* the current record's lines as read */
	bool raw_lost;		/* they grew over RAW_MAX: not kept */
	struct buf replay;	/* lines to read again before the input */
	size_t replay_pos;	/* the next of them */
	bool salvaging;		/* reading a bad record's first lines */
	enum runaway runaway;	/* a quoted cell found left open ... */
	long runaway_cell;	/* ... opened on this line ... */
	long runaway_line;	/* ... and found so on this one */
	struct error *err;	/* the first error: stops everything */
};

static void cell_end(void *data, size_t len, void *arg);
static void record_end(int terminator, void *arg);
static struct error *feed(struct reader *r, const char *p, size_t n);
static struct error *finish(struct reader *r);
static struct error *check_encoding(const char *name, const unsigned char *p,
    size_t n);

char
csv_sniff_delimiter(const char *text, size_t len)
{
	size_t counts[3] = { 0, 0, 0 };
	static const char delimiters[3] = { ',', ';', '\t' };
	bool quoted = false;

	for (size_t i = 0; i < len; i++) {
		if (text[i] == '"')
			quoted = !quoted;
		else if (!quoted && (text[i] == '\n' || text[i] == '\r'))
			break;
		else if (!quoted)
			for (int d = 0; d < 3; d++)
				counts[d] += text[i] == delimiters[d];
	}
	if (counts[1] > counts[0] && counts[1] >= counts[2])
		return ';';
	if (counts[2] > counts[0] && counts[2] > counts[1])
		return '\t';
	return ',';
}

static void
reader_release(struct reader *r)
{
	csv_free(&r->parser);
	buf_release(&r->cells);
	buf_release(&r->raw);
	buf_release(&r->replay);
	free(r->offsets);
	free(r->pointers);
}

struct error *
csv_read(struct instream *in, const char *name, csv_record_fn fn, void *arg)
{
	struct reader r = { .name = name, .fn = fn, .arg = arg, .line = 1,
		.at_line_start = true, .delimiter = ',' };
	char *chunk = xmalloc(CHUNK_SIZE);
	size_t n, skip;
	bool first = true;
	struct error *err = NULL;

	buf_init(&r.cells);
	buf_init(&r.raw);
	buf_init(&r.replay);
	if (csv_init(&r.parser, OPTIONS) != 0) {
		free(chunk);
		return error_runtime("%s: out of memory", name);
	}
	while (err == NULL && (n = instream_read(in, chunk, CHUNK_SIZE)) > 0) {
		skip = 0;
		if (first) {
			if ((err = check_encoding(name, (unsigned char *)chunk,
			    n)) != NULL)
				break;
			skip = n >= 3 && memcmp(chunk, "\xEF\xBB\xBF", 3) == 0 ?
			    3 : 0;
			r.delimiter = (unsigned char)csv_sniff_delimiter(chunk +
			    skip, n - skip);
			csv_set_delim(&r.parser, r.delimiter);
			first = false;
		}
		err = feed(&r, chunk + skip, n - skip);
	}
	if (err == NULL && instream_error(in))
		err = error_runtime("cannot read '%s': read error", name);
	if (err == NULL)
		err = finish(&r);
	free(chunk);
	reader_release(&r);
	return err;
}

/* ---------------------------------------------------------------------
 * Lines
 */

static void feed_line(struct reader *r, const char *p, size_t len);

/* Bytes up to and including the first newline of p, else n. */
static size_t
line_length(const char *p, size_t n)
{
	const char *nl = memchr(p, '\n', n);

	return nl != NULL ? (size_t)(nl - p) + 1 : n;
}

/* Feeds the next line waiting to be read again. */
static void
replay_line(struct reader *r)
{
	const char *p = r->replay.data + r->replay_pos;
	size_t len = line_length(p, r->replay.len - r->replay_pos);

	r->replay_pos += len;
	feed_line(r, p, len);
}

/*
 * Feeds n bytes of the input line by line, after the lines waiting to
 * be read again (they came before these bytes).
 */
static struct error *
feed(struct reader *r, const char *p, size_t n)
{
	size_t len;

	while (r->err == NULL && (n > 0 || r->replay_pos < r->replay.len)) {
		if (r->replay_pos < r->replay.len) {
			replay_line(r);
			continue;
		}
		len = line_length(p, n);
		feed_line(r, p, len);
		p += len;
		n -= len;
	}
	return r->err;
}

static void
runaway_found(struct reader *r, enum runaway how, long cell_line)
{
	r->runaway = how;
	r->runaway_cell = cell_line;
	r->runaway_line = r->line;
}

static void
too_large(struct reader *r)
{
	r->err = error_usage("%s:%ld: record too large (over %d cells or %d "
	    "bytes): is this a CSV file?", r->name, r->record_line,
	    CSV_CELLS_MAX, CSV_RECORD_MAX);
}

static void
parse_failed(struct reader *r)
{
	r->err = error_runtime("%s:%ld: %s", r->name, r->line,
	    csv_strerror(csv_error(&r->parser)));
}

/*
 * Parses a piece of one line in libcsv's strict mode, which stops at a
 * quote where none belongs. A quote inside a bare cell (5" screen), or
 * text right after the closing quote of a cell opened on this line, is
 * then read as libcsv reads it without strict mode, as before. After a
 * quoted cell that opened on an earlier line it means that the cell's
 * quote was left open and ran into this line, which stops the piece.
 */
static void
parse(struct reader *r, const char *p, size_t len)
{
	size_t done, lenient;

	while (len > 0) {
		done = csv_parse(&r->parser, p, len, cell_end, record_end, r);
		if (done == len || r->err != NULL ||
		    r->runaway != RUNAWAY_NONE)
			return;
		if (csv_error(&r->parser) != CSV_EPARSE) {
			parse_failed(r);
			return;
		}
		if (r->parser.quoted && r->cell_line < r->line) {
			runaway_found(r, RUNAWAY_TEXT, r->cell_line);
			return;
		}
		csv_set_opts(&r->parser, OPTIONS & ~CSV_STRICT);
		lenient = csv_parse(&r->parser, p + done, 1, cell_end,
		    record_end, r);
		csv_set_opts(&r->parser, OPTIONS);
		if (lenient != 1) {
			parse_failed(r);
			return;
		}
		p += done + 1;
		len -= done + 1;
	}
}

/*
 * Bounds the cell libcsv holds open: a quoted cell by the size of a
 * record, and, at the end of a line, by CSV_QUOTED_CELL_MAX (beyond it,
 * it is taken as a quote left open). Bare cells cannot span lines.
 */
static void
check_open_cell(struct reader *r, bool line_ends)
{
	size_t held = r->parser.entry_pos;

	if (r->parser.pstate != LIBCSV_FIELD_BEGUN || !r->parser.quoted)
		return;
	if (r->cells.len + held > CSV_RECORD_MAX)
		too_large(r);
	else if (line_ends && held > CSV_QUOTED_CELL_MAX)
		runaway_found(r, RUNAWAY_LONG, r->cell_line);
}

/* Keeps the record's lines as read, to read them again (replay). */
static void
raw_keep(struct reader *r, const char *p, size_t len)
{
	if (r->raw_lost)
		return;
	if (r->raw.len + len > RAW_MAX) {
		r->raw_lost = true;
		buf_clear(&r->raw);
		return;
	}
	buf_append(&r->raw, p, len);
}

static void runaway_recover(struct reader *r);

/*
 * Feeds one line, or the piece of it a chunk holds. A record begins at
 * the start of a line where libcsv stands outside any row.
 */
static void
feed_line(struct reader *r, const char *p, size_t len)
{
	bool line_ends = len > 0 && p[len - 1] == '\n';

	if (r->at_line_start && r->parser.pstate == LIBCSV_ROW_NOT_BEGUN) {
		r->record_line = r->cell_line = r->line;
		buf_clear(&r->raw);
		r->raw_lost = false;
	}
	raw_keep(r, p, len);
	parse(r, p, len);
	if (r->err == NULL && r->runaway == RUNAWAY_NONE)
		check_open_cell(r, line_ends);
	r->at_line_start = line_ends;
	r->line += line_ends;
	if (r->err == NULL && r->runaway != RUNAWAY_NONE)
		runaway_recover(r);
}

/*
 * The end of the input, after the lines waiting to be read again: a
 * quoted cell still open there (libcsv's CSV_STRICT_FINI) was left open.
 */
static struct error *
finish(struct reader *r)
{
	while (r->err == NULL && feed(r, NULL, 0) == NULL) {
		if (csv_fini(&r->parser, cell_end, record_end, r) != 0)
			runaway_found(r, RUNAWAY_END, r->cell_line);
		if (r->err != NULL || r->runaway == RUNAWAY_NONE)
			break;
		runaway_recover(r);
	}
	return r->err;
}

/* ---------------------------------------------------------------------
 * A quote left open
 */

/* What went wrong, for the record's problem. */
static void
runaway_problem(const struct reader *r, struct buf *b)
{
	buf_puts(b, "unterminated quoted cell: the quote opened ");
	if (r->runaway_cell == r->record_line)
		buf_puts(b, "on this line");
	else
		buf_printf(b, "on line %ld", r->runaway_cell);
	if (r->runaway == RUNAWAY_END)
		buf_puts(b, " is never closed (the cell runs to the end of "
		    "the file)");
	else if (r->runaway == RUNAWAY_LONG)
		buf_printf(b, " runs over %d KiB, to line %ld (a quoted cell "
		    "holds at most %d KiB)", CSV_QUOTED_CELL_MAX >> 10,
		    r->runaway_line, CSV_QUOTED_CELL_MAX >> 10);
	else
		buf_printf(b, " runs into line %ld, where a quote is followed "
		    "by text (a quote inside a quoted cell is written \"\")",
		    r->runaway_line);
}

/* Offset just after the first count lines of b (all of b when fewer). */
static size_t
lines_end(const struct buf *b, long count)
{
	size_t end = 0;

	while (count-- > 0 && end < b->len)
		end += line_length(b->data + end, b->len - end);
	return end;
}

static void
parser_reset(struct reader *r)
{
	csv_free(&r->parser);
	csv_init(&r->parser, OPTIONS);
	csv_set_delim(&r->parser, r->delimiter);
	r->count = 0;
	buf_clear(&r->cells);
}

static struct error *
deliver(struct reader *r, const char *problem)
{
	struct csv_record record;

	for (size_t i = 0; i < r->count; i++)
		r->pointers[i] = r->cells.data + r->offsets[i];
	record.cells = r->pointers;
	record.count = r->count;
	record.line = r->record_line;
	record.problem = problem;
	return r->fn(&record, r->arg);
}

/*
 * Hands over the record's first end bytes of raw (its lines up to the
 * one where the quote opened, without that line's end) as a bad record:
 * read alone, without strict mode, the open cell closes at their end.
 */
static void
salvage(struct reader *r, size_t end, const char *problem)
{
	size_t n = end;

	if (n > 0 && r->raw.data[n - 1] == '\n')
		n--;
	if (n > 0 && r->raw.data[n - 1] == '\r')
		n--;
	parser_reset(r);
	r->salvaging = true;
	csv_set_opts(&r->parser, OPTIONS & ~(CSV_STRICT | CSV_STRICT_FINI));
	if (csv_parse(&r->parser, r->raw.data, n, cell_end, NULL, r) != n)
		parse_failed(r);
	else
		csv_fini(&r->parser, cell_end, NULL, r);
	r->salvaging = false;
	if (r->err == NULL)
		r->err = deliver(r, problem);
	parser_reset(r);
}

/* Puts raw's bytes from offset from before the lines still to replay. */
static void
replay_push(struct reader *r, size_t from)
{
	struct buf next;

	buf_init(&next);
	buf_append(&next, r->raw.data + from, r->raw.len - from);
	buf_append(&next, r->replay.data + r->replay_pos,
	    r->replay.len - r->replay_pos);
	buf_release(&r->replay);
	r->replay = next;
	r->replay_pos = 0;
}

/*
 * After a quoted cell was found left open: the record's lines up to the
 * one where its quote opened become a bad record, and the lines after
 * that one, which the cell swallowed, are read again as the records
 * they are. One missing quote costs one row, not every row after it.
 */
static void
runaway_recover(struct reader *r)
{
	struct buf problem;
	size_t end;

	buf_init(&problem);
	runaway_problem(r, &problem);
	r->runaway = RUNAWAY_NONE;
	if (r->raw_lost) {
		r->err = error_usage("%s:%ld: %s", r->name, r->record_line,
		    problem.data);
	} else {
		end = lines_end(&r->raw, r->runaway_cell - r->record_line + 1);
		salvage(r, end, problem.data);
		replay_push(r, end);
		r->line = r->runaway_cell + 1;
		r->at_line_start = true;
	}
	buf_clear(&r->raw);
	buf_release(&problem);
}

/* ---------------------------------------------------------------------
 * Cells and records
 */

/* UTF-16 (a BOM or NULs) is named; other encodings fail cell by cell. */
static struct error *
check_encoding(const char *name, const unsigned char *p, size_t n)
{
	if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) ||
	    (p[0] == 0xFE && p[1] == 0xFF)))
		return error_usage("%s: the file is UTF-16, not UTF-8: convert "
		    "it first, e.g. iconv -f UTF-16 -t UTF-8 '%s' > copy.csv",
		    name, name);
	if (memchr(p, '\0', n) != NULL)
		return error_usage("%s: the file holds NUL bytes: it is not a "
		    "UTF-8 CSV file", name);
	return NULL;
}

static void
cell_end(void *data, size_t len, void *arg)
{
	struct reader *r = arg;
	long opened = r->cell_line;

	r->cell_line = r->line;
	if (r->err != NULL || r->runaway != RUNAWAY_NONE)
		return;
	if (!r->salvaging && opened < r->line && len > CSV_QUOTED_CELL_MAX) {
		runaway_found(r, RUNAWAY_LONG, opened);
		return;
	}
	if (r->count == CSV_CELLS_MAX || r->cells.len + len > CSV_RECORD_MAX) {
		too_large(r);
		return;
	}
	if (r->count == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 32;
		r->offsets = xrealloc(r->offsets, r->cap * sizeof(*r->offsets));
		r->pointers = xrealloc(r->pointers,
		    r->cap * sizeof(*r->pointers));
	}
	r->offsets[r->count++] = r->cells.len;
	buf_append(&r->cells, data ? data : "", data ? len : 0);
	buf_putc(&r->cells, '\0');
	if (data != NULL && !utf8_valid(r->cells.data + r->offsets[r->count - 1]))
		r->err = error_usage("%s:%ld: text is not UTF-8: convert the "
		    "file first, e.g. iconv -f WINDOWS-1252 -t UTF-8 '%s' > "
		    "copy.csv", r->name, r->record_line, r->name);
}

static void
record_end(int terminator, void *arg)
{
	struct reader *r = arg;

	(void)terminator;
	if (r->err == NULL && r->runaway == RUNAWAY_NONE)
		r->err = deliver(r, NULL);
	r->count = 0;
	buf_clear(&r->cells);
}
