/*
 * track: a daemonless learning-progress tracker. main only readies the
 * process, runs the invocation and exits with its status.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <unistd.h>

#include "cli/track.h"
#include "core/sqlmem.h"

/*
 * A closed stdin, stdout or stderr is reopened on /dev/null the wrong way
 * round (stdout read-only), so no file track opens can take its number
 * (output meant for the terminal would land in it), and writing the
 * output still fails as it should.
 */
static void
plug_closed_descriptors(void)
{
	for (int fd = 0; fd <= 2; fd++) {
		int plug;

		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		plug = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
		if (plug >= 0 && plug != fd) {
			dup2(plug, fd);
			close(plug);
		}
	}
}

/*
 * SQLite without its mutexes and memory statistics: track runs one thread
 * and never asks how much memory SQLite holds. Every allocation took and
 * released a mutex and counted itself (callgrind of `track log`: 9% of
 * its instructions). Only the binary does this: the test programs share
 * libtrack with threads of their own. Before any other SQLite call; a
 * failure keeps SQLite's defaults.
 *
 * Then SQLite's small blocks come from sqlmem's lists (core/sqlmem.h:
 * 21% of a `track log` was glibc's malloc and free), except in the
 * AddressSanitizer build, whose malloc watches every block SQLite hands
 * track.
 */
static void
sqlite_single_thread(void)
{
	if (sqlite3_config(SQLITE_CONFIG_SINGLETHREAD) != SQLITE_OK)
		return;
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
#ifndef __SANITIZE_ADDRESS__
	sqlmem_use();
#endif
}

int
main(int argc, char **argv)
{
	plug_closed_descriptors();
	sqlite_single_thread();
	/* Past a file size limit, a write fails (EFBIG) instead of killing. */
	signal(SIGXFSZ, SIG_IGN);
	return track_exit_status(track_main(argc, argv, stdout, stderr),
	    stdout, stderr);
}
