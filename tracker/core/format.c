/*
 * One parser for every command's --format: the command's table of
 * formats gives both the renderer and the names the refusal lists.
 */
#include <string.h>

#include "core/buf.h"
#include "core/format.h"

/* The name of entry i of table. */
static const char *
entry_name(const void *table, size_t entry_size, size_t i)
{
	const char *entry = (const char *)table + i * entry_size;
	const char *name;

	memcpy(&name, entry, sizeof(name));
	return name;
}

/* "invalid format 'x': use a, b or c" from the table's names. */
static struct error *
format_refusal(const void *table, size_t entry_size, const char *name)
{
	struct buf names;
	struct error *err;
	const char *n;

	buf_init(&names);
	for (size_t i = 0; (n = entry_name(table, entry_size, i)) != NULL;
	    i++)
		buf_printf(&names, "%s%s", i == 0 ? "" :
		    entry_name(table, entry_size, i + 1) ? ", " : " or ", n);
	err = error_usage("invalid format '%s': use %s", name, names.data);
	buf_release(&names);
	return err;
}

struct error *
format_pick(const void *table, size_t entry_size, const char *name,
    size_t *index)
{
	const char *n;

	*index = 0;
	if (name == NULL)
		return NULL;
	for (size_t i = 0; (n = entry_name(table, entry_size, i)) != NULL; i++)
		if (strcmp(n, name) == 0) {
			*index = i;
			return NULL;
		}
	return format_refusal(table, entry_size, name);
}
