#ifndef TRACK_FORMAT_H
#define TRACK_FORMAT_H

#include <stddef.h>

#include "core/error.h"

/*
 * The --format option, for every command that has one. A command keeps
 * one table of its formats: an array of structs whose first member is
 * the format's name (const char *) and whose others say how to write it
 * (its renderer), ended by an entry with a NULL name. The first entry is
 * the default.
 */

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Sets *index to the entry of table (entries of entry_size bytes) named
 * name, or to 0 (the default) when name is NULL. Any other name is a
 * usage error listing the table's names: "invalid format 'x': use text,
 * json or csv".
 */
struct error *format_pick(const void *table, size_t entry_size,
    const char *name, size_t *index);

#ifdef __cplusplus
}
#endif
#endif
