/*
 * Writes the man page make installs: the hand-written page named by the
 * argument, with an entry from the command table for every command it
 * does not describe (tracker/cli/manpage.h).
 */
#include <stdio.h>

#include "core/buf.h"
#include "cli/manpage.h"

int
main(int argc, char **argv)
{
	FILE *in = argc == 2 ? fopen(argv[1], "r") : NULL;
	char chunk[4096];
	size_t n;
	struct buf page;

	if (in == NULL) {
		fprintf(stderr, "usage: man_page tracker/track.1 (readable)\n");
		return 2;
	}
	buf_init(&page);
	while ((n = fread(chunk, 1, sizeof(chunk), in)) > 0)
		buf_append(&page, chunk, n);
	if (ferror(in) || fclose(in) != 0) {
		perror(argv[1]);
		return 1;
	}
	man_page_write(stdout, page.data != NULL ? page.data : "");
	buf_release(&page);
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}
