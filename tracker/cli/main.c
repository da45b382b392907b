/*
 * track: a daemonless learning-progress tracker. main only readies the
 * process, runs the invocation and exits with its status.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include "cli/track.h"

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

int
main(int argc, char **argv)
{
	plug_closed_descriptors();
	/* Past a file size limit, a write fails (EFBIG) instead of killing. */
	signal(SIGXFSZ, SIG_IGN);
	return track_exit_status(track_main(argc, argv, stdout, stderr),
	    stdout, stderr);
}
