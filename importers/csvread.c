/*
 * The streaming CSV driver. libcsv does all the splitting; this file
 * feeds it one physical line at a time from a fixed buffer, so it knows
 * on which line each record starts (libcsv counts no lines), collects a
 * record's cells in one reused buffer and hands the record over.
 */
#include <csv.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "csvread.h"
#include "text.h"

#define CHUNK_SIZE 65536

struct reader {
	struct csv_parser parser;
	const char *name;
	csv_record_fn fn;
	void *arg;
	struct buf cells;	/* the record's cells, each NUL-ended */
	size_t *offsets;	/* where each cell starts in cells */
	char **pointers;	/* handed to fn */
	size_t count, cap;
	long line;		/* the physical line being fed */
	long record_line;	/* where the current record started */
	struct error *err;	/* the first error: stops everything */
};

static void cell_end(void *data, size_t len, void *arg);
static void record_end(int terminator, void *arg);
static struct error *feed(struct reader *r, const char *p, size_t n,
    bool *at_line_start);
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
	free(r->offsets);
	free(r->pointers);
}

struct error *
csv_read(struct instream *in, const char *name, csv_record_fn fn, void *arg)
{
	struct reader r = { .name = name, .fn = fn, .arg = arg, .line = 1 };
	char *chunk = xmalloc(CHUNK_SIZE);
	size_t n, skip = 0;
	bool first = true, at_line_start = true;
	struct error *err = NULL;

	buf_init(&r.cells);
	if (csv_init(&r.parser, CSV_APPEND_NULL) != 0) {
		free(chunk);
		return error_runtime("%s: out of memory", name);
	}
	while (err == NULL && (n = instream_read(in, chunk, CHUNK_SIZE)) > 0) {
		if (first) {
			if ((err = check_encoding(name, (unsigned char *)chunk,
			    n)) != NULL)
				break;
			skip = n >= 3 && memcmp(chunk, "\xEF\xBB\xBF", 3) == 0 ?
			    3 : 0;
			csv_set_delim(&r.parser, (unsigned char)
			    csv_sniff_delimiter(chunk + skip, n - skip));
			first = false;
		}
		err = feed(&r, chunk + skip, n - skip, &at_line_start);
		skip = 0;
	}
	if (err == NULL && instream_error(in))
		err = error_runtime("cannot read '%s': read error", name);
	if (err == NULL) {
		csv_fini(&r.parser, cell_end, record_end, &r);
		err = r.err;
	}
	free(chunk);
	reader_release(&r);
	return err;
}

/*
 * Feeds n bytes line by line: a record begins at the start of a line
 * where libcsv stands outside any row (pstate 0, ROW_NOT_BEGUN).
 */
static struct error *
feed(struct reader *r, const char *p, size_t n, bool *at_line_start)
{
	while (n > 0 && r->err == NULL) {
		const char *nl = memchr(p, '\n', n);
		size_t len = nl != NULL ? (size_t)(nl - p) + 1 : n;

		if (*at_line_start && r->parser.pstate == 0)
			r->record_line = r->line;
		if (csv_parse(&r->parser, p, len, cell_end, record_end, r) != len
		    && r->err == NULL)
			r->err = error_runtime("%s:%ld: %s", r->name, r->line,
			    csv_strerror(csv_error(&r->parser)));
		*at_line_start = nl != NULL;
		r->line += nl != NULL;
		p += len;
		n -= len;
	}
	return r->err;
}

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

	if (r->err != NULL)
		return;
	if (r->count == CSV_CELLS_MAX || r->cells.len + len > CSV_RECORD_MAX) {
		r->err = error_usage("%s:%ld: record too large (over %d cells "
		    "or %d bytes): is this a CSV file?", r->name,
		    r->record_line, CSV_CELLS_MAX, CSV_RECORD_MAX);
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
	struct csv_record record;

	(void)terminator;
	if (r->err == NULL) {
		for (size_t i = 0; i < r->count; i++)
			r->pointers[i] = r->cells.data + r->offsets[i];
		record.cells = r->pointers;
		record.count = r->count;
		record.line = r->record_line;
		r->err = r->fn(&record, r->arg);
	}
	r->count = 0;
	buf_clear(&r->cells);
}
