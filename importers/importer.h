#ifndef TRACK_IMPORTER_H
#define TRACK_IMPORTER_H

/*
 * Inside the importer: the state of one file being imported, shared by
 * import.c (the file and its transaction), rows.c (cells, learners, bad
 * rows), entry.c (time-tracker entries), course.c (course rows),
 * trackrows.c (track's own formats), timew.c, trackjson.c and store.c
 * (the writes).
 */

#include <sqlite3.h>
#include <stdint.h>

#include "core/buf.h"
#include "importers/csvread.h"
#include "importers/import.h"
#include "importers/infer.h"
#include "importers/instream.h"
#include "importers/profiles.h"
#include "core/session.h"
#include "importers/store.h"

#define PEOPLE_MAX 8		/* learners named in the refusal */

/*
 * The order of day and month in a file's slash dates, decided once for
 * the whole file (dateorder.c): by --date-order, else by the first row
 * whose date has a part over 12; rows before it whose dates read either
 * way wait until then. A file that never settles it takes its format's
 * documented order, or is refused.
 */
struct date_order {
	enum date_syntax syntax;	/* what rows are read with */
	bool settled;
	const char *option;		/* --date-order, or NULL */
	long line;			/* the row that settled it, 0: none */
	char *evidence;			/* its date */
	struct csv_record *waiting;	/* rows held back, copies */
	size_t waiting_count, waiting_size;
};
#define TAGS_MAX 32

struct importer {
	sqlite3 *db;
	const struct import_options *o;
	const char *file;		/* as given, for messages */
	const char *where;		/* JSON: the entry read ("sessions[3]"),
					   named instead of a line; else NULL */
	struct import_result *result;
	struct header_map map;
	bool has_header;
	char **header;			/* copy of the header cells (rejects) */
	size_t header_count;
	bool rejects_header_written;
	struct matcher *matcher;
	struct store store;
	enum kind default_kind;
	int course_day_minutes;		/* import.course-day-minutes */
	long bad;			/* bad rows seen */
	char *people[PEOPLE_MAX];	/* distinct learners seen */
	int people_count;		/* may exceed PEOPLE_MAX */
	struct buf unmapped;		/* "a, b": topics stored unmapped */
	int unmapped_count;
	struct buf scratch;
	struct buf tag_copy;		/* the row's tags, split */
	struct buf id_copy;		/* the row's id, as fingerprinted */
	struct buf names[F_COUNT];	/* row_name's cleaned cells */
	int64_t session_seq, batch_seq;	/* id high-water marks before */
	struct date_order dates;	/* the file's slash-date order */
};

/* A time-tracker entry, whatever the format (FORMATS.md 1.2). */
struct entry {
	long line;
	int day;
	bool has_start;
	time_t start;
	long seconds;
	const char *project;
	const char *task;
	const char *description;	/* Description, Notes, annotation */
	const char *tags_text;		/* the tags as one text */
	const char *tags[TAGS_MAX];
	int tag_count;
	const char *id;			/* a stable id of the source, or NULL */
	const char *topic;		/* a topic column (custom maps) */
	const char *kind;		/* a kind column (custom maps) */
	const char *note;		/* a note column (custom maps) */
	bool tag_exact_topic;		/* timew: a tag naming a topic wins */
};

/* dateorder.c */
typedef struct error *(*row_fn)(struct importer *imp,
    const struct csv_record *record);
/* Starts a file's order from --date-order (NULL: none) and its format. */
void dates_start(struct importer *imp, const char *option);
/*
 * Before a data row is read: settles the order when the row shows it
 * (then reads the rows that waited, with read), or holds the row back
 * (*held) while its dates read either way; an error when the row's date
 * contradicts the settled order (a bad row).
 */
struct error *dates_row(struct importer *imp, const struct csv_record *record,
    row_fn read, bool *held);
/* At the end of the rows: reads the rows still waiting, or refuses. */
struct error *dates_finish(struct importer *imp, row_fn read);
void dates_release(struct importer *imp);

/* rows.c */
const char *row_cell(const struct importer *imp,
    const struct csv_record *record, enum field field);
struct error *row_person(struct importer *imp,
    const struct csv_record *record, bool *take);
struct error *row_bad(struct importer *imp, const struct csv_record *record,
    long line, struct error *problem);
void row_warn(struct importer *imp, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
struct error *row_topic_fallback(struct importer *imp, const char *name,
    struct topic_ref *topic);
struct error *row_future_check(const struct importer *imp, int day);
/*
 * text as a title: control characters (name_clean: C0, DEL, C1, bidi
 * controls, line separators) and space runs as one space.
 */
char *row_clean_title(const char *text);
/*
 * The cell of field (row_cell) as a name to store: every control
 * character a space (name_clean), so a file can never give track a name
 * that drives the terminal; valid until the next row_name of the field.
 */
const char *row_name(struct importer *imp, const struct csv_record *record,
    enum field field);

/* entry.c */
struct error *entry_from_record(struct importer *imp,
    const struct csv_record *record, struct entry *e);
struct error *entry_import(struct importer *imp, struct entry *e);

/* course.c */
struct error *course_row(struct importer *imp,
    const struct csv_record *record);
/* Keeps tutorial id's values before this batch changes them (undo). */
struct error *tutorial_remember(struct importer *imp, int64_t id,
    int64_t batch_id);

/* trackrows.c */
struct error *generic_row(struct importer *imp,
    const struct csv_record *record);
struct error *track_row(struct importer *imp, const struct csv_record *record);

/* import.c: names the format read in the result and the batch. */
struct error *importer_format(struct importer *imp, const char *name);

/*
 * timew.c: a JSON array of time entries, Timewarrior's intervals or
 * Watson's frames (decided from the first element; a --from naming the
 * other tool is refused).
 */
struct error *json_array_import(struct importer *imp, struct instream *in);

/*
 * trackjson.c: track's JSON export, each element as the CSV record of
 * track_row. forced: --from track-json (a missing "format" or "version"
 * is then taken as track-export version 1).
 */
struct error *trackjson_import(struct importer *imp, struct instream *in,
    bool forced);

#endif
