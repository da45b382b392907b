#include <string.h>

#include "core/buf.h"
#include "core/path.h"

char *
path_directory(const char *path)
{
	const char *slash = strrchr(path, '/');
	struct buf b;

	if (slash == NULL)
		return xstrdup(".");
	buf_init(&b);
	buf_append(&b, path, slash == path ? 1 : (size_t)(slash - path));
	return buf_detach(&b);
}

const char *
path_base(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL ? slash + 1 : path;
}
