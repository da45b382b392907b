/*
 * Atomic file output: temporary file in the same directory + fsync +
 * rename, then an fsync of the directory so the rename itself is durable.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "buf.h"

/* The directory part of path ("." for a bare name), as a heap string. */
static char *
directory_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	char *dir = xstrdup(path);
	dir[slash - path] = '\0';
	return dir;
}

/* Refuses an empty path, a missing directory and a directory as target. */
static struct error *
check_target(const char *path, const char *dir)
{
	struct stat st;

	if (*path == '\0')
		return error_usage("empty output file: name the file to write");
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		return error_runtime("cannot write '%s': directory '%s' does not "
		    "exist", path, dir);
	if (path[strlen(path) - 1] == '/' ||
	    (stat(path, &st) == 0 && S_ISDIR(st.st_mode)))
		return error_runtime("cannot write '%s': it is a directory",
		    path);
	return NULL;
}

struct error *
atomic_file_open(const char *path, struct atomic_file *a)
{
	char *dir = directory_of(path);
	struct error *err;
	struct buf temp;
	int fd;

	memset(a, 0, sizeof(*a));
	if ((err = check_target(path, dir)) != NULL) {
		free(dir);
		return err;
	}
	buf_init(&temp);
	buf_printf(&temp, "%s/.track-XXXXXX", dir);
	free(dir);
	if ((fd = mkstemp(temp.data)) < 0 || (a->f = fdopen(fd, "w")) == NULL) {
		err = error_runtime("cannot write '%s': %s", path,
		    strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(temp.data);
		}
		buf_release(&temp);
		return err;
	}
	a->temp = buf_detach(&temp);
	a->path = xstrdup(path);
	return NULL;
}

static void
atomic_file_release(struct atomic_file *a)
{
	free(a->path);
	free(a->temp);
	memset(a, 0, sizeof(*a));
}

/* Makes the rename durable; a failure here only costs durability. */
static void
sync_directory(const char *path)
{
	char *dir = directory_of(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

struct error *
atomic_file_commit(struct atomic_file *a)
{
	mode_t mask = umask(0);
	struct error *err = NULL;
	int fd = fileno(a->f);

	umask(mask);
	errno = 0;
	if (fflush(a->f) != 0 || ferror(a->f) ||
	    fchmod(fd, 0666 & ~mask) != 0 || fsync(fd) != 0)
		err = error_runtime("cannot write '%s': %s", a->path,
		    strerror(errno ? errno : EIO));
	if (fclose(a->f) != 0 && err == NULL)
		err = error_runtime("cannot write '%s': %s", a->path,
		    strerror(errno));
	a->f = NULL;
	if (err == NULL && rename(a->temp, a->path) != 0)
		err = error_runtime("cannot write '%s': %s", a->path,
		    strerror(errno));
	if (err != NULL)
		unlink(a->temp);
	else
		sync_directory(a->path);
	atomic_file_release(a);
	return err;
}

void
atomic_file_abort(struct atomic_file *a)
{
	if (a->f != NULL)
		fclose(a->f);
	if (a->temp != NULL)
		unlink(a->temp);
	atomic_file_release(a);
}
