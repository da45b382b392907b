/*
 * The status snapshot beside the database (core/snapshot.h): its key,
 * and the file's format. The file is a few lines of text ending with a
 * checksum of everything before it, so a file cut short or garbled (it
 * is never synced) reads as no file at all:
 *
 *     track-status 1
 *     key CLOCK_SEC CLOCK_NSEC
 *     db EXISTS DEVICE INODE SIZE MTIME_SEC MTIME_NSEC
 *     wal EXISTS DEVICE INODE SIZE MTIME_SEC MTIME_NSEC
 *     day DAY
 *     goal GOAL_MINUTES WEEK_MINUTES
 *     timer RUNNING STARTED TOPIC_BYTES
 *     TOPIC
 *     sum FNV-1A-64 (16 hex digits)
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/snapshot.h"

#define SNAPSHOT_MAGIC "track-status 1\n"
#define SNAPSHOT_FILE_MAX 2048	/* a longer file is not one of ours */
#define SUM_LINE_SIZE 21	/* "sum " + 16 hex digits + "\n" */

/* ---------------------------------------------------------------------
 * The key
 */

static void
mark_from_stat(const struct stat *st, struct file_mark *m)
{
	m->exists = true;
	m->device = (uint64_t)st->st_dev;
	m->inode = (uint64_t)st->st_ino;
	m->size = (int64_t)st->st_size;
	m->mtime_sec = (int64_t)st->st_mtim.tv_sec;
	m->mtime_nsec = (int64_t)st->st_mtim.tv_nsec;
}

bool
snapshot_key_take(const char *db_path, struct snapshot_key *key)
{
	struct timespec clock;
	struct stat st;
	char wal[4096];

	memset(key, 0, sizeof(*key));
	if (snprintf(wal, sizeof(wal), "%s-wal", db_path) >= (int)sizeof(wal) ||
	    clock_gettime(CLOCK_REALTIME_COARSE, &clock) != 0)
		return false;
	key->clock_sec = (int64_t)clock.tv_sec;
	key->clock_nsec = (int64_t)clock.tv_nsec;
	if (lstat(db_path, &st) != 0 || !S_ISREG(st.st_mode))
		return false;
	mark_from_stat(&st, &key->db);
	if (stat(wal, &st) == 0)
		mark_from_stat(&st, &key->wal);
	else if (errno != ENOENT)
		return false;
	return true;
}

/* Whether m's mtime is strictly before the key's clock. */
static bool
mark_before(const struct file_mark *m, const struct snapshot_key *key)
{
	return m->mtime_sec < key->clock_sec || (m->mtime_sec ==
	    key->clock_sec && m->mtime_nsec < key->clock_nsec);
}

bool
snapshot_key_settled(const struct snapshot_key *key)
{
	return key->db.exists && mark_before(&key->db, key) &&
	    (!key->wal.exists || mark_before(&key->wal, key));
}

static bool
marks_equal(const struct file_mark *a, const struct file_mark *b)
{
	return a->exists == b->exists && a->device == b->device &&
	    a->inode == b->inode && a->size == b->size &&
	    a->mtime_sec == b->mtime_sec && a->mtime_nsec == b->mtime_nsec;
}

bool
snapshot_key_same_files(const struct snapshot_key *a,
    const struct snapshot_key *b)
{
	return marks_equal(&a->db, &b->db) && marks_equal(&a->wal, &b->wal);
}

/* ---------------------------------------------------------------------
 * The file
 */

/* FNV-1a, 64 bits: enough to tell a torn or garbled cache file. */
static uint64_t
checksum(const char *data, size_t len)
{
	uint64_t h = 14695981039346656037ULL;

	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)data[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static char *
snapshot_path(const char *db_path, const char *suffix)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s.status%s", db_path, suffix);
	return buf_detach(&b);
}

static void
put_mark(struct buf *b, const char *name, const struct file_mark *m)
{
	buf_printf(b, "%s %d %" PRIu64 " %" PRIu64 " %" PRId64 " %" PRId64
	    " %" PRId64 "\n", name, m->exists, m->device, m->inode, m->size,
	    m->mtime_sec, m->mtime_nsec);
}

/* The file's text for s, checksum line included. */
static void
snapshot_format(struct buf *b, const struct status_snapshot *s)
{
	size_t topic_len = s->running ? strlen(s->topic) : 0;

	buf_puts(b, SNAPSHOT_MAGIC);
	buf_printf(b, "key %" PRId64 " %" PRId64 "\n", s->key.clock_sec,
	    s->key.clock_nsec);
	put_mark(b, "db", &s->key.db);
	put_mark(b, "wal", &s->key.wal);
	buf_printf(b, "day %d\ngoal %d %d\ntimer %d %" PRId64 " %zu\n", s->day,
	    s->goal_minutes, s->week_minutes, s->running, s->started,
	    topic_len);
	buf_append(b, s->topic, topic_len);
	buf_putc(b, '\n');
	buf_printf(b, "sum %016" PRIx64 "\n", checksum(b->data, b->len));
}

/*
 * The temporary file has one name, not mkstemp's: a prompt interrupted
 * between writing it and renaming it (^C) leaves one file that the next
 * write reuses, not one more each time. Two processes writing it at once
 * can only make a file whose checksum fails, which reads as none.
 */
bool
snapshot_write(const char *db_path, const struct status_snapshot *s)
{
	char *path = snapshot_path(db_path, "");
	char *temp = snapshot_path(db_path, ".tmp");
	struct buf text;
	bool ok = false;
	int fd;

	buf_init(&text);
	snapshot_format(&text, s);
	if (access(db_path, W_OK) == 0 && (fd = open(temp, O_WRONLY | O_CREAT |
	    O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600)) >= 0) {
		ok = fchmod(fd, 0600) == 0 &&
		    write(fd, text.data, text.len) == (ssize_t)text.len;
		ok = close(fd) == 0 && ok && rename(temp, path) == 0;
		if (!ok)
			unlink(temp);
	}
	buf_release(&text);
	free(temp);
	free(path);
	return ok;
}

/*
 * Reads the file at path whole into data (size SNAPSHOT_FILE_MAX + 1);
 * returns its length, or 0 when it is missing, unreadable or too long.
 * O_NONBLOCK: a FIFO in its place reads as empty instead of holding the
 * prompt until something writes to it.
 */
static size_t
read_small_file(const char *path, char *data)
{
	size_t len = 0;
	ssize_t got = 0;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW |
	    O_NONBLOCK)) < 0)
		return 0;
	while (len <= SNAPSHOT_FILE_MAX && (got = read(fd, data + len,
	    SNAPSHOT_FILE_MAX + 1 - len)) > 0)
		len += (size_t)got;
	if (close(fd) != 0 || got < 0 || len > SNAPSHOT_FILE_MAX)
		return 0;
	data[len] = '\0';
	return len;
}

/* Whether data (len bytes) ends with the checksum of what precedes it. */
static bool
checksum_holds(const char *data, size_t len)
{
	char line[SUM_LINE_SIZE + 1];
	size_t body;

	if (len < SUM_LINE_SIZE || memchr(data, '\0', len) != NULL)
		return false;
	body = len - SUM_LINE_SIZE;
	snprintf(line, sizeof(line), "sum %016" PRIx64 "\n",
	    checksum(data, body));
	return memcmp(data + body, line, SUM_LINE_SIZE) == 0;
}

/*
 * The lines are read by hand, not by sscanf: the prompt line reads this
 * file on every prompt, and sscanf was most of its own instructions.
 */

/* Takes the text word at *p. */
static bool
take_word(const char **p, const char *word)
{
	size_t n = strlen(word);

	if (strncmp(*p, word, n) != 0)
		return false;
	*p += n;
	return true;
}

/* Takes a decimal number of at most 19 digits at *p followed by end. */
static bool
take_unsigned(const char **p, uint64_t *value, char end)
{
	const char *q = *p;
	uint64_t v = 0;
	int digits = 0;

	for (; *q >= '0' && *q <= '9' && digits < 19; q++, digits++)
		v = v * 10 + (uint64_t)(*q - '0');
	if (digits == 0 || *q != end)
		return false;
	*value = v;
	*p = q + 1;
	return true;
}

/* Takes a decimal number, a '-' sign allowed, followed by end. */
static bool
take_number(const char **p, int64_t *value, char end)
{
	bool negative = **p == '-';
	uint64_t v;

	*p += negative;
	if (!take_unsigned(p, &v, end) || v > INT64_MAX)
		return false;
	*value = negative ? -(int64_t)v : (int64_t)v;
	return true;
}

/* Takes a number from lowest to highest, followed by end, as an int. */
static bool
take_int(const char **p, int *value, int64_t lowest, int64_t highest,
    char end)
{
	int64_t v;

	if (!take_number(p, &v, end) || v < lowest || v > highest)
		return false;
	*value = (int)v;
	return true;
}

/* Takes "NAME EXISTS DEVICE INODE SIZE SEC NSEC\n" into m. */
static bool
take_mark(const char **p, const char *name, struct file_mark *m)
{
	int exists;

	if (!take_word(p, name) || !take_int(p, &exists, 0, 1, ' ') ||
	    !take_unsigned(p, &m->device, ' ') ||
	    !take_unsigned(p, &m->inode, ' ') ||
	    !take_number(p, &m->size, ' ') ||
	    !take_number(p, &m->mtime_sec, ' ') ||
	    !take_number(p, &m->mtime_nsec, '\n'))
		return false;
	m->exists = exists == 1;
	return true;
}

/* Takes the lines between the magic and the topic into s. */
static bool
take_figures(const char **p, struct status_snapshot *s, int *topic_len)
{
	int running;

	if (!take_word(p, "key ") || !take_number(p, &s->key.clock_sec, ' ') ||
	    !take_number(p, &s->key.clock_nsec, '\n') ||
	    !take_mark(p, "db ", &s->key.db) ||
	    !take_mark(p, "wal ", &s->key.wal) ||
	    !take_word(p, "day ") ||
	    !take_int(p, &s->day, INT_MIN, INT_MAX, '\n') ||
	    !take_word(p, "goal ") ||
	    !take_int(p, &s->goal_minutes, 0, INT_MAX, ' ') ||
	    !take_int(p, &s->week_minutes, 0, INT_MAX, '\n') ||
	    !take_word(p, "timer ") || !take_int(p, &running, 0, 1, ' ') ||
	    !take_number(p, &s->started, ' ') ||
	    !take_int(p, topic_len, 0, SNAPSHOT_TOPIC_MAX, '\n'))
		return false;
	s->running = running == 1;
	return true;
}

bool
snapshot_read(const char *db_path, struct status_snapshot *s)
{
	char data[SNAPSHOT_FILE_MAX + 1];
	char *path = snapshot_path(db_path, "");
	const char *p = data;
	size_t len = read_small_file(path, data);
	int topic_len = 0;

	free(path);
	memset(s, 0, sizeof(*s));
	if (len == 0 || !checksum_holds(data, len) ||
	    !take_word(&p, SNAPSHOT_MAGIC) ||
	    !take_figures(&p, s, &topic_len) ||
	    (size_t)(data + len - p) != (size_t)topic_len + 1 + SUM_LINE_SIZE ||
	    p[topic_len] != '\n')
		return false;
	memcpy(s->topic, p, topic_len);
	s->topic[topic_len] = '\0';
	return true;
}
