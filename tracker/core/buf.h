#ifndef TRACK_BUF_H
#define TRACK_BUF_H

#include <stdarg.h>
#include <stddef.h>

/*
 * One growable byte buffer, always NUL-terminated, used wherever text is
 * assembled. buf_init leaves it empty; buf_release frees its memory.
 */
struct buf {
	char *data;		/* NUL-terminated; never NULL after buf_init */
	size_t len;		/* bytes used, excluding the NUL */
	size_t cap;		/* bytes allocated */
};

#ifdef __cplusplus
extern "C" {
#endif

void buf_init(struct buf *b);
void buf_release(struct buf *b);
void buf_clear(struct buf *b);
void buf_append(struct buf *b, const char *data, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
/* Hands the string to the caller (free it) and leaves b empty. */
char *buf_detach(struct buf *b);

/* Allocation that aborts on out-of-memory: callers never check. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);	/* NULL stays NULL */

#ifdef __cplusplus
}
#endif
#endif
