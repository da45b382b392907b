/*
 * The input of one import, read once from its start (see instream.h).
 */
#include <string.h>

#include "core/progress.h"
#include "importers/instream.h"

void
instream_init(struct instream *s, FILE *file)
{
	s->file = file;
	s->head_len = 0;
	s->head_pos = 0;
	s->head_read = false;
}

const char *
instream_head(struct instream *s, size_t *len)
{
	if (!s->head_read) {
		s->head_len = fread(s->head, 1, sizeof(s->head), s->file);
		progress_work((long)s->head_len);
		s->head_read = true;
	}
	*len = s->head_len;
	return s->head;
}

size_t
instream_read(struct instream *s, void *out, size_t n)
{
	size_t kept = s->head_len - s->head_pos;

	if (kept > n)
		kept = n;
	memcpy(out, s->head + s->head_pos, kept);
	s->head_pos += kept;
	s->head_read = true;
	if (kept == n || ferror(s->file))
		return kept;
	n = fread((char *)out + kept, 1, n - kept, s->file);
	progress_work((long)n);
	return kept + n;
}

bool
instream_error(const struct instream *s)
{
	return ferror(s->file) != 0;
}
