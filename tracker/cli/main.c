/*
 * track: a daemonless learning-progress tracker. main only runs the
 * invocation, prints the one error line and exits with its status.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
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
	struct error *err;
	int status = EXIT_OK;

	plug_closed_descriptors();
	/* Past a file size limit, a write fails (EFBIG) instead of killing. */
	signal(SIGXFSZ, SIG_IGN);
	err = track_main(argc, argv, stdout, stderr);

	if (err != NULL) {
		/* An empty message only carries a status (check --strict). */
		if (err->message[0] != '\0')
			fprintf(stderr, "track: %s\n", err->message);
		status = err->status;
		error_free(err);
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (status == EXIT_OK)
			fprintf(stderr, "track: cannot write the output: %s\n",
			    strerror(errno));
		if (status == EXIT_OK)
			status = EXIT_RUNTIME;
	}
	return status;
}
