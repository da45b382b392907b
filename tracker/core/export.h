#ifndef TRACK_EXPORT_H
#define TRACK_EXPORT_H

/*
 * What `track export` writes: everything needed to rebuild the database,
 * as records of a few kinds (see /work/wt/EXPORT_FORMAT.md for the CSV
 * contract with `track import`). Each kind is one fixed query read
 * through a cursor, row by row, so memory does not grow with the history.
 */

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/error.h"

/*
 * The JSON export is one object {"format": EXPORT_JSON_FORMAT, "version":
 * EXPORT_JSON_VERSION, and an array per kind of record}; a reader refuses
 * another version.
 */
#define EXPORT_JSON_FORMAT "track-export"
#define EXPORT_JSON_VERSION 1

/* The kinds of records, in the order the CSV holds them. */
enum export_record {
	EXPORT_SETTING,		/* a setting that is not at its default */
	EXPORT_PATH,		/* a user-added path */
	EXPORT_TOPIC,		/* every topic, with its path */
	EXPORT_ALIAS,		/* every alias, with its topic */
	EXPORT_SKILL,		/* every skill of the learner's own */
	EXPORT_PATH_CHOICE,	/* every `track path set` */
	EXPORT_PROJECT,		/* every project */
	EXPORT_TUTORIAL,	/* every tutorial */
	EXPORT_SESSION,		/* the sessions of the range */
	EXPORT_RECORD_COUNT
};

/*
 * One field of a record: its key in the JSON export and its column in
 * the CSV export (NULL when the field is only in the other format).
 */
struct export_field {
	const char *key;
	const char *column;
};

/* What to select; zero values mean "all". */
struct export_filter {
	bool has_since, has_until;
	int since, until;	/* inclusive days of the sessions */
	const char *topic;	/* EXPORT_ALIAS: only this topic's aliases */
};

struct export_cursor;

#ifdef __cplusplus
extern "C" {
#endif

/* The CSV header: every column, in order. */
extern const char *const export_csv_columns[];
extern const size_t export_csv_column_count;

/*
 * Whether the CSV column holds a boolean: "true" or "false" in CSV (the
 * cursor's text), JSON true or false.
 */
bool export_column_boolean(const char *column);

/* The record's name in the CSV `record` column ("path_choice"). */
const char *export_record_name(enum export_record record);
/*
 * The key of the record's array in the JSON export ("path_choices");
 * for EXPORT_ALIAS, the array of names inside each topic ("aliases").
 */
const char *export_record_json(enum export_record record);
/* The record's fields, in the order a cursor returns them. */
const struct export_field *export_record_fields(enum export_record record,
    size_t *count);

/*
 * Opens a cursor over the records of one kind, in a stable order
 * (sessions by day, start, then id: the order they were logged in).
 * The filter's days only restrict sessions.
 */
struct error *export_cursor_open(sqlite3 *db, enum export_record record,
    const struct export_filter *filter, struct export_cursor **cursor);
/*
 * The records an export with filter holds, every kind (the total of its
 * progress line).
 */
struct error *export_count(sqlite3 *db, const struct export_filter *filter,
    long *count);
/*
 * Moves to the next row (a step of the progress line); *has is false at
 * the end.
 */
struct error *export_cursor_next(struct export_cursor *cursor, bool *has);
/*
 * Field i of the current row: SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT
 * or SQLITE_NULL. Ask the type before reading the value.
 */
int export_cursor_type(struct export_cursor *cursor, size_t i);
/* Field i as text (NULL when none), valid until the next row. */
const char *export_cursor_text(struct export_cursor *cursor, size_t i);
int64_t export_cursor_int(struct export_cursor *cursor, size_t i);
double export_cursor_double(struct export_cursor *cursor, size_t i);
/* Accepts NULL. */
void export_cursor_free(struct export_cursor *cursor);

#ifdef __cplusplus
}
#endif
#endif
