#ifndef TRACK_SNAPSHOT_H
#define TRACK_SNAPSHOT_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

/*
 * The status snapshot (SPEC §13): a small file beside the database,
 * "<db>.status", holding what `track status --short` prints from, so a
 * shell prompt need not open SQLite. It is a cache: written after a
 * commit or a read of the database, never synced (a torn or missing file
 * only means reading the database), and trusted only while the database
 * and its -wal are exactly as they were when it was written.
 */

/* One file's identity and state: what any write to it changes. */
struct file_mark {
	bool exists;		/* false: no such file (all else 0) */
	uint64_t device;
	uint64_t inode;
	int64_t size;
	int64_t mtime_sec;
	int64_t mtime_nsec;
};

/*
 * The state a snapshot stands for: the database file and its -wal, and
 * the coarse clock read just before they were looked at. A write after
 * that moment gives a file an mtime at or after the clock (file times
 * come from the same coarse clock, or a finer one); so when both files'
 * mtimes are strictly before it, any later write changes a mark. When
 * one is not (written in the same clock tick, as a commit just made
 * usually is), a second write in that tick could leave the marks as
 * they were: such a key is "racy" (git's racily clean index entries) and
 * no snapshot is trusted on it.
 */
struct snapshot_key {
	int64_t clock_sec;	/* CLOCK_REALTIME_COARSE before the marks */
	int64_t clock_nsec;
	struct file_mark db;	/* the database file */
	struct file_mark wal;	/* its -wal (often present, may not be) */
};

#define SNAPSHOT_TOPIC_MAX 256	/* longer topics are not kept: the
				   prompt reads the database */

/* What `track status --short` prints from, and when it holds. */
struct status_snapshot {
	struct snapshot_key key;	/* the files it was read from */
	int day;		/* the local day its week figures are for */
	bool running;		/* a timer runs */
	int64_t started;	/* when it started (epoch seconds) */
	char topic[SNAPSHOT_TOPIC_MAX + 1];	/* its topic, as stored */
	int goal_minutes;	/* the weekly goal (0: none) */
	int week_minutes;	/* logged this week up to day */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Takes the key of the database at db_path now. False when no snapshot
 * may stand for that path: the file is missing, not a regular file, or
 * a symbolic link (SQLite keeps the -wal beside the link's target, where
 * this would not look).
 */
bool snapshot_key_take(const char *db_path, struct snapshot_key *key);
/* Whether key's marks are all strictly before its clock (not racy). */
bool snapshot_key_settled(const struct snapshot_key *key);
/* Whether the files are as key says (the clock is not compared). */
bool snapshot_key_same_files(const struct snapshot_key *a,
    const struct snapshot_key *b);

/*
 * Reads "<db_path>.status" into s. False, s undefined, when it is
 * missing, unreadable, torn, of another version or not well formed.
 */
bool snapshot_read(const char *db_path, struct status_snapshot *s);
/*
 * Writes s as "<db_path>.status" (mode 0600) through a temporary file
 * renamed over it, without syncing. Returns false, leaving no temporary
 * file, when it cannot (a read-only directory, a full disk) and beside a
 * database this process may not write (nothing is created beside a
 * read-only database): the prompt then reads the database, as it would
 * without the file.
 */
bool snapshot_write(const char *db_path, const struct status_snapshot *s);

#ifdef __cplusplus
}
#endif
#endif
