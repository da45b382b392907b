/*
 * Output files: atomic replacement of regular files (mkstemp beside the
 * target, fsync, rename, fsync of the directory so the rename itself
 * survives a crash), direct writes to everything else that can be
 * written, and the guard that keeps a mistyped path off the database and
 * the inputs.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/output.h"
#include "core/path.h"

/* Symbolic links followed before a path is called a loop (as Linux). */
#define LINKS_MAX 40

/* ---------------------------------------------------------------------
 * Names
 */

/*
 * The absolute name of path with every symbolic link resolved; for a path
 * that does not exist, its directory resolved and its last part kept.
 * NULL when not even the directory resolves. Caller frees.
 */
static char *
canonical_name(const char *path)
{
	char *real = realpath(path, NULL), *dir;
	struct buf b;

	if (real != NULL || errno != ENOENT)
		return real;
	dir = path_directory(path);
	real = realpath(dir, NULL);
	free(dir);
	if (real == NULL)
		return NULL;
	buf_init(&b);
	buf_printf(&b, "%s%s%s", real, strcmp(real, "/") == 0 ? "" : "/",
	    path_base(path));
	free(real);
	return buf_detach(&b);
}

/*
 * The descriptor named by /dev/stdin, /dev/stdout, /dev/stderr,
 * /dev/fd/N or /proc/self/fd/N (written through the descriptor itself,
 * so a shell's `>>` keeps appending), else -1.
 */
static int
descriptor_path(const char *path)
{
	static const char *const std[] = { "/dev/stdin", "/dev/stdout",
		"/dev/stderr" };
	const char *digits = NULL;
	char *end;
	long fd;

	for (int i = 0; i < 3; i++)
		if (strcmp(path, std[i]) == 0)
			return i;
	if (strncmp(path, "/dev/fd/", 8) == 0)
		digits = path + 8;
	else if (strncmp(path, "/proc/self/fd/", 14) == 0)
		digits = path + 14;
	if (digits == NULL || *digits < '0' || *digits > '9')
		return -1;
	errno = 0;
	fd = strtol(digits, &end, 10);
	return *end == '\0' && errno == 0 && fd <= INT_MAX ? (int)fd : -1;
}

/*
 * Follows path through symbolic links to what they name (which need not
 * exist: writing through a dangling link creates its target, as a shell
 * redirection does). *resolved is a heap string; *fd is the descriptor
 * when a link leads to one (/dev/stdout, /proc/self/fd/1), else -1.
 */
static struct error *
resolve_links(const char *path, char **resolved, int *fd)
{
	char *current = xstrdup(path), target[PATH_MAX];
	struct stat st;

	for (int links = 0; links <= LINKS_MAX; links++) {
		ssize_t n;
		struct buf b;
		char *dir;

		if ((*fd = descriptor_path(current)) >= 0 ||
		    lstat(current, &st) != 0 || !S_ISLNK(st.st_mode)) {
			*resolved = current;
			return NULL;
		}
		if ((n = readlink(current, target, sizeof(target) - 1)) < 0)
			break;
		target[n] = '\0';
		buf_init(&b);
		dir = path_directory(current);
		if (target[0] == '/')
			buf_puts(&b, target);
		else
			buf_printf(&b, "%s/%s", dir, target);
		free(dir);
		free(current);
		current = buf_detach(&b);
	}
	free(current);
	return error_runtime("cannot write '%s': too many symbolic links "
	    "(a loop?)", path);
}

/* ---------------------------------------------------------------------
 * The guard
 */

static const struct {
	const char *suffix;
	const char *what;
} database_files[] = {
	{ "", "the database" },
	{ "-wal", "the database's write-ahead log" },
	{ "-shm", "the database's shared-memory index" },
	{ "-journal", "the database's rollback journal" },
};

/*
 * Whether other names the target: the same name once links are resolved,
 * or (when the target exists, st) the same file under another name.
 */
static bool
names_target(const char *other, const char *target_name,
    const struct stat *st)
{
	char *name = canonical_name(other);
	bool same = name != NULL && target_name != NULL &&
	    strcmp(name, target_name) == 0;
	struct stat ost;

	free(name);
	if (!same && st != NULL && stat(other, &ost) == 0)
		same = ost.st_dev == st->st_dev && ost.st_ino == st->st_ino;
	return same;
}

/* The guard's refusal for a target (canonical name, stat or NULL). */
static struct error *
guard_refusal(const struct output_guard *guard, const char *shown,
    const char *target_name, const struct stat *st)
{
	struct buf name;
	struct error *err = NULL;

	if (guard == NULL)
		return NULL;
	buf_init(&name);
	for (size_t i = 0; guard->database != NULL && err == NULL &&
	    i < sizeof(database_files) / sizeof(database_files[0]); i++) {
		buf_clear(&name);
		buf_printf(&name, "%s%s", guard->database,
		    database_files[i].suffix);
		if (names_target(name.data, target_name, st))
			err = error_usage("refusing to write '%s': it is %s "
			    "'%s': give another file name", shown,
			    database_files[i].what, name.data);
	}
	buf_release(&name);
	for (int i = 0; err == NULL && i < guard->input_count; i++) {
		struct stat in;
		bool same = strcmp(guard->inputs[i], "-") == 0 ?
		    st != NULL && fstat(0, &in) == 0 &&
		    in.st_dev == st->st_dev && in.st_ino == st->st_ino :
		    names_target(guard->inputs[i], target_name, st);

		if (same)
			err = error_usage("refusing to write '%s': it is the "
			    "input file '%s': give another file name", shown,
			    guard->inputs[i]);
	}
	return err;
}

struct error *
output_guard_check(const struct output_guard *guard, const char *path)
{
	char *name = canonical_name(path);
	struct stat st;
	struct error *err = guard_refusal(guard, path, name,
	    stat(path, &st) == 0 ? &st : NULL);

	free(name);
	return err;
}

struct error *
input_guard_check(const char *database, const char *path)
{
	char *name;
	struct stat st;
	bool exists;
	struct error *err = NULL;
	struct buf b;

	if (strcmp(path, "-") == 0)
		return NULL;	/* stdin: whatever it is, track opened none */
	name = canonical_name(path);
	exists = stat(path, &st) == 0;
	buf_init(&b);
	for (size_t i = 0; database != NULL && err == NULL &&
	    i < sizeof(database_files) / sizeof(database_files[0]); i++) {
		buf_clear(&b);
		buf_printf(&b, "%s%s", database, database_files[i].suffix);
		if (names_target(b.data, name, exists ? &st : NULL))
			err = error_usage("cannot import '%s': it is %s '%s', "
			    "not an export: give an export file", path,
			    database_files[i].what, b.data);
	}
	buf_release(&b);
	free(name);
	return err;
}

/* ---------------------------------------------------------------------
 * Opening
 */

static struct error *
write_error(const char *shown)
{
	return error_runtime("cannot write '%s': %s", shown, strerror(errno));
}

/* f->stream on fd (taken over: closed on failure), writing path. */
static struct error *
stream_on(int fd, const char *shown, const char *path, struct output_file *f)
{
	struct error *err;

	if (fd < 0)
		return write_error(shown);
	if ((f->stream = fdopen(fd, "w")) == NULL) {
		err = write_error(shown);
		close(fd);
		return err;
	}
	f->path = xstrdup(path);
	return NULL;
}

/* Writes through descriptor fd (/dev/stdout and the like). */
static struct error *
open_descriptor(const char *shown, int fd, const struct output_guard *guard,
    struct output_file *f)
{
	struct stat st;
	struct error *err;

	if (fstat(fd, &st) != 0)
		return write_error(shown);
	if ((err = guard_refusal(guard, shown, NULL, &st)) != NULL)
		return err;
	if ((err = stream_on(fcntl(fd, F_DUPFD_CLOEXEC, 3), shown, shown,
	    f)) == NULL)
		f->regular = S_ISREG(st.st_mode);
	return err;
}

/* Writes directly into a terminal, a device such as /dev/null, a FIFO. */
static struct error *
open_direct(const char *shown, const char *path, const struct stat *st,
    const struct output_guard *guard, struct output_file *f)
{
	struct error *err;
	char *name = canonical_name(path);

	err = guard_refusal(guard, shown, name, st);
	free(name);
	if (err != NULL)
		return err;
	if (S_ISBLK(st->st_mode) || S_ISSOCK(st->st_mode))
		return error_runtime("cannot write '%s': it is a %s, not a file",
		    shown, S_ISBLK(st->st_mode) ? "block device" : "socket");
	return stream_on(open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC), shown,
	    path, f);
}

/* Refuses a new file's path whose directory is missing or not one. */
static struct error *
directory_check(const char *shown, const char *path)
{
	char *dir = path_directory(path);
	struct error *err = NULL;
	struct stat st;

	if (path[strlen(path) - 1] == '/')
		err = error_runtime("cannot write '%s': it names a directory, "
		    "give a file name", shown);
	else if (stat(dir, &st) != 0 && errno == ENOENT)
		err = error_runtime("cannot write '%s': directory '%s' does "
		    "not exist", shown, dir);
	else if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		err = error_runtime("cannot write '%s': '%s' is not a "
		    "directory", shown, dir);
	free(dir);
	return err;
}

/*
 * The temporary file beside path that will replace it, with mode (and,
 * when owner is not NULL, its owner: root keeps a user's file theirs).
 */
static struct error *
open_temporary(const char *shown, const char *path, mode_t mode,
    const struct stat *owner, struct output_file *f)
{
	char *dir = path_directory(path);
	struct error *err = NULL;
	struct buf temp;
	int fd;

	buf_init(&temp);
	buf_printf(&temp, "%s/.%s.tmp-XXXXXX", dir, path_base(path));
	if ((fd = mkostemp(temp.data, O_CLOEXEC)) < 0) {
		if (errno == EACCES || errno == EPERM || errno == EROFS)
			err = error_runtime("cannot write '%s': its directory "
			    "'%s' may not be written (%s), and a file is "
			    "replaced whole from beside it", shown, dir,
			    strerror(errno));
		else
			err = write_error(shown);
		free(dir);
		buf_release(&temp);
		return err;
	}
	free(dir);
	f->temp = buf_detach(&temp);
	f->path = xstrdup(path);
	f->regular = true;
	if (owner != NULL && geteuid() == 0)
		(void)fchown(fd, owner->st_uid, owner->st_gid);
	if (fchmod(fd, mode) != 0 || (f->stream = fdopen(fd, "w")) == NULL) {
		err = write_error(shown);
		close(fd);
		output_abort(f);
	}
	return err;
}

/* A regular file (existing, st; or new, st NULL) replaced atomically. */
static struct error *
open_regular(const char *shown, const char *path, const struct stat *st,
    const struct output_guard *guard, enum output_privacy privacy,
    struct output_file *f)
{
	char *name = canonical_name(path);
	struct error *err = NULL;
	mode_t mode, mask;

	if (st == NULL)
		err = directory_check(shown, path);
	else if (access(path, W_OK) != 0)
		err = write_error(shown);	/* as a shell's `>` would */
	if (err == NULL)
		err = guard_refusal(guard, shown, name, st);
	free(name);
	if (err != NULL)
		return err;
	mask = umask(0);
	umask(mask);
	if (st != NULL)
		mode = st->st_mode & 0777;
	else
		mode = privacy == OUTPUT_PRIVATE ? 0600 : 0666 & ~mask;
	return open_temporary(shown, path, mode, st, f);
}

struct error *
output_open(const char *path, const struct output_guard *guard,
    enum output_privacy privacy, struct output_file *f)
{
	struct error *err;
	struct stat st;
	char *target;
	int fd;

	memset(f, 0, sizeof(*f));
	if (*path == '\0')
		return error_usage("invalid output file '': give a file name");
	if ((err = resolve_links(path, &target, &fd)) != NULL)
		return err;
	if (fd >= 0)
		err = open_descriptor(path, fd, guard, f);
	else if (stat(target, &st) != 0)
		err = errno == ENOENT || errno == ENOTDIR ? open_regular(path,
		    target, NULL, guard, privacy, f) : write_error(path);
	else if (S_ISDIR(st.st_mode))
		err = error_runtime("cannot write '%s': it is a directory",
		    path);
	else if (S_ISREG(st.st_mode))
		err = open_regular(path, target, &st, guard, privacy, f);
	else
		err = open_direct(path, target, &st, guard, f);
	free(target);
	return err;
}

/* ---------------------------------------------------------------------
 * Finishing
 */

/* Syncs the directory holding path, so a rename in it is durable. */
static void
sync_directory(const char *path)
{
	char *dir = path_directory(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

struct error *
output_commit(struct output_file *f)
{
	struct error *err = NULL;
	FILE *stream = f->stream;

	f->stream = NULL;
	if (fflush(stream) != 0 || ferror(stream) ||
	    (f->regular && fsync(fileno(stream)) != 0))
		err = write_error(f->path);
	if (fclose(stream) != 0 && err == NULL)
		err = write_error(f->path);
	if (err == NULL && f->temp != NULL && rename(f->temp, f->path) != 0)
		err = write_error(f->path);
	if (err == NULL && f->temp != NULL) {
		sync_directory(f->path);
		free(f->temp);
		f->temp = NULL;
	}
	output_abort(f);
	return err;
}

void
output_abort(struct output_file *f)
{
	if (f->stream != NULL)
		fclose(f->stream);
	if (f->temp != NULL)
		unlink(f->temp);
	free(f->temp);
	free(f->path);
	memset(f, 0, sizeof(*f));
}
