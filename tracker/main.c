/*
 * track: a daemonless learning-progress tracker. main only runs the
 * invocation, prints the one error line and exits with its status.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "track.h"

int
main(int argc, char **argv)
{
	struct error *err = track_main(argc, argv, stdout, stderr);
	int status = EXIT_OK;

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
