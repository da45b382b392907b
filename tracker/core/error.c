#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/buf.h"
#include "core/error.h"

static struct error *
error_vnew(int status, const char *fmt, va_list ap)
{
	struct error *err = xcalloc(1, sizeof(*err));
	struct buf b;

	buf_init(&b);
	buf_vprintf(&b, fmt, ap);
	err->status = status;
	err->message = buf_detach(&b);
	return err;
}

struct error *
error_new(int status, const char *fmt, ...)
{
	va_list ap;
	struct error *err;

	va_start(ap, fmt);
	err = error_vnew(status, fmt, ap);
	va_end(ap);
	return err;
}

struct error *
error_usage(const char *fmt, ...)
{
	va_list ap;
	struct error *err;

	va_start(ap, fmt);
	err = error_vnew(EXIT_USAGE, fmt, ap);
	va_end(ap);
	return err;
}

struct error *
error_runtime(const char *fmt, ...)
{
	va_list ap;
	struct error *err;

	va_start(ap, fmt);
	err = error_vnew(EXIT_RUNTIME, fmt, ap);
	va_end(ap);
	return err;
}

void
error_free(struct error *err)
{
	if (err == NULL)
		return;
	free(err->message);
	free(err);
}
