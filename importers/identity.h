#ifndef TRACK_IDENTITY_H
#define TRACK_IDENTITY_H

/*
 * Which imported session an entry is (issue 16, README "Which entry is
 * which"). An entry's identity is what its tool keeps when the learner
 * corrects it: the tool's own id where the export has one (Watson, a
 * --map'ped id column), else its start instant and length (Toggl,
 * Clockify, Timewarrior), else, with no start (Harvest, the generic
 * CSV), its day and length and the fields that name what the time went
 * to (Harvest's Project and Task; the generic CSV's topic, project and
 * tutorial): a day and a length alone would make two files' different
 * entries one. Everything else the row says is its content (a
 * description, notes, tags): a re-export with the same identity and
 * other content is a correction of the same session, not a new one.
 * Rows of one file with the same identity are told apart by their order
 * (the occurrence).
 *
 * Pure: material is built in a caller's buffer, no database.
 */

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"

enum identity_kind {
	IDENTITY_ID,		/* the tool's own id */
	IDENTITY_START,		/* start instant and minutes */
	IDENTITY_DAY,		/* day, minutes and names (no start) */
};

/* The day occurrence tables hold IDENTITY_ID entries under. */
#define IDENTITY_ID_DAY (INT_MIN + 1)

struct identity {
	enum identity_kind kind;
	int day;		/* the fingerprint's day; IDENTITY_ID_DAY
				   for an id, which no day is part of */
	uint64_t base;		/* the hash of the identifying fields */
};

#define FINGERPRINT_SIZE 32

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Fingerprint material in key: the format family, three numbers (a day,
 * a start or -1, seconds), then key_add for each text (trimmed,
 * lowercased, spaces collapsed; NULL as empty). key_hash is its xxHash,
 * never 0 (0 means "no fingerprint").
 */
void key_reset(struct buf *key, const char *family, int day,
    long long start, long seconds);
void key_add(struct buf *key, const char *text);
uint64_t key_hash(const struct buf *key);

/*
 * The identity of an entry of family: by source_id when it is neither
 * NULL nor empty, else by start (has_start) and minutes, else by day,
 * minutes and the count texts of names (normalised as key_add; NULL is
 * empty). day is the entry's local day (the fingerprint's). key is
 * scratch.
 */
void identity_make(struct identity *id, struct buf *key, const char *family,
    const char *source_id, bool has_start, long long start, int day,
    long minutes, const char *const *names, size_t count);

/*
 * The fingerprint stored for the occurrence'th entry with identity id:
 * "YYYY-MM-DD/<16 hex digits>" (the day first keeps the index appending
 * for chronological files), "id/<16 hex digits>" for a tool's id (which
 * stays the same when a correction moves the entry to another day).
 */
void identity_fingerprint(const struct identity *id, long occurrence,
    char out[FINGERPRINT_SIZE]);

/*
 * The fingerprint of the occurrence'th row with hash base on day, as
 * track wrote every fingerprint before schema 011 and still writes those
 * of course time: "YYYY-MM-DD/<16 hex digits>".
 */
void fingerprint_text(int day, uint64_t base, long occurrence,
    char out[FINGERPRINT_SIZE]);

/* A content hash as stored in session.content: 16 hex digits. */
void content_text(uint64_t content, char out[17]);

#ifdef __cplusplus
}
#endif
#endif
