/*
 * Atomic file replacement: mkstemp beside the target, fsync, rename, and
 * fsync of the directory so the rename itself survives a crash.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic.h"
#include "buf.h"

/* The directory part of path ("." when it has none; caller frees). */
static char *
directory_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	struct buf b;

	if (slash == NULL)
		return xstrdup(".");
	buf_init(&b);
	if (slash == path)
		buf_putc(&b, '/');
	else
		buf_append(&b, path, (size_t)(slash - path));
	return buf_detach(&b);
}

/*
 * Refuses an empty path, a path ending in '/', a directory, and a path
 * whose directory is missing or is not a directory; sets *mode to the
 * mode the new file gets.
 */
static struct error *
target_check(const char *path, mode_t *mode)
{
	char *dir;
	struct stat st;
	struct error *err = NULL;
	mode_t mask;

	if (*path == '\0')
		return error_usage("invalid output file '': give a file name");
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return error_runtime("cannot write '%s': it is a directory",
		    path);
	mask = umask(0);
	umask(mask);
	*mode = stat(path, &st) == 0 ? st.st_mode & 07777 : 0666 & ~mask;
	dir = directory_of(path);
	if (path[strlen(path) - 1] == '/')
		err = error_runtime("cannot write '%s': it names a directory, "
		    "give a file name", path);
	else if (stat(dir, &st) != 0 && errno == ENOENT)
		err = error_runtime("cannot write '%s': directory '%s' does "
		    "not exist", path, dir);
	else if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		err = error_runtime("cannot write '%s': '%s' is not a "
		    "directory", path, dir);
	free(dir);
	return err;
}

struct error *
atomic_open(const char *path, struct atomic_file *f)
{
	struct error *err;
	struct buf temp;
	mode_t mode = 0;
	char *dir, *base;
	int fd;

	memset(f, 0, sizeof(*f));
	if ((err = target_check(path, &mode)) != NULL)
		return err;
	dir = directory_of(path);
	base = strrchr(path, '/') ? strrchr(path, '/') + 1 : (char *)path;
	buf_init(&temp);
	buf_printf(&temp, "%s/.%s.tmp-XXXXXX", dir, base);
	free(dir);
	if ((fd = mkstemp(temp.data)) < 0) {
		err = error_runtime("cannot write '%s': %s", path,
		    strerror(errno));
		buf_release(&temp);
		return err;
	}
	f->temp = buf_detach(&temp);
	f->path = xstrdup(path);
	if (fchmod(fd, mode) != 0 || (f->stream = fdopen(fd, "w")) == NULL) {
		err = error_runtime("cannot write '%s': %s", path,
		    strerror(errno));
		close(fd);
		atomic_abort(f);
	}
	return err;
}

/* Syncs the directory holding path, so a rename in it is durable. */
static void
sync_directory(const char *path)
{
	char *dir = directory_of(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY);

	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

struct error *
atomic_commit(struct atomic_file *f)
{
	struct error *err = NULL;
	FILE *stream = f->stream;

	f->stream = NULL;
	if (fflush(stream) != 0 || ferror(stream) ||
	    fsync(fileno(stream)) != 0)
		err = error_runtime("cannot write '%s': %s", f->path,
		    strerror(errno));
	if (fclose(stream) != 0 && err == NULL)
		err = error_runtime("cannot write '%s': %s", f->path,
		    strerror(errno));
	if (err == NULL && rename(f->temp, f->path) != 0)
		err = error_runtime("cannot write '%s': %s", f->path,
		    strerror(errno));
	if (err == NULL) {
		sync_directory(f->path);
		free(f->temp);
		f->temp = NULL;
	}
	atomic_abort(f);
	return err;
}

void
atomic_abort(struct atomic_file *f)
{
	if (f->stream != NULL)
		fclose(f->stream);
	if (f->temp != NULL)
		unlink(f->temp);
	free(f->temp);
	free(f->path);
	memset(f, 0, sizeof(*f));
}
