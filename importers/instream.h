#ifndef TRACK_INSTREAM_H
#define TRACK_INSTREAM_H

/*
 * An import's input read once, from its start. Telling a Timewarrior
 * array from track's JSON export from a CSV file needs its first bytes,
 * and a pipe, a FIFO or stdin cannot be rewound to read them again: so
 * the bytes looked at are kept here and handed to the reader before the
 * rest of the stream.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define INSTREAM_HEAD_SIZE 512	/* bytes looked at before reading */

struct instream {
	FILE *file;			/* the caller's; never rewound */
	char head[INSTREAM_HEAD_SIZE];	/* the first bytes of file */
	size_t head_len;		/* bytes in head */
	size_t head_pos;		/* of them, already read */
	bool head_read;			/* head holds what file began with */
};

#ifdef __cplusplus
extern "C" {
#endif

/* Starts reading file (not closed by the stream). */
void instream_init(struct instream *s, FILE *file);

/*
 * The first bytes of the input (up to INSTREAM_HEAD_SIZE, fewer when the
 * input is shorter), without consuming them: instream_read returns them
 * again. Call it before the first instream_read.
 */
const char *instream_head(struct instream *s, size_t *len);

/*
 * Reads up to n bytes, the kept head first, then the file, as fread
 * does: fewer than n only at the end of the input or on an error.
 */
size_t instream_read(struct instream *s, void *out, size_t n);

/* Whether reading the file failed (as opposed to ending). */
bool instream_error(const struct instream *s);

#ifdef __cplusplus
}
#endif
#endif
