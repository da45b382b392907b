#ifndef TRACK_SETTINGS_H
#define TRACK_SETTINGS_H

#include <sqlite3.h>
#include <stdbool.h>

#include "core/error.h"

/* One row of the settings table, as `track config` shows it. */
struct setting {
	char *key;
	char *value;		/* the effective value */
	char *default_value;
	bool is_default;	/* no value set: the default applies */
	char *type;		/* "integer" or "choice" */
	int min, max;		/* for integers */
	char *choices;		/* for choices: "tutorial|study|project" */
	char *description;
};

#ifdef __cplusplus
extern "C" {
#endif

void setting_init(struct setting *s);
void setting_release(struct setting *s);

/* Reads one setting; an unknown key is a usage error naming the closest. */
struct error *setting_get(sqlite3 *db, const char *key, struct setting *s);
/* The effective integer value of an integer setting. */
struct error *setting_int(sqlite3 *db, const char *key, int *value);
/* The effective text value (caller frees). */
struct error *setting_text(sqlite3 *db, const char *key, char **value);
/* Validates value against the setting's type and stores it. */
struct error *setting_set(sqlite3 *db, const char *key, const char *value);
/* Returns the setting to its default. */
struct error *setting_unset(sqlite3 *db, const char *key);

/*
 * Calls fn for every setting in key order; stops at the first error fn
 * returns and returns it.
 */
struct error *setting_each(sqlite3 *db,
    struct error *(*fn)(const struct setting *s, void *arg), void *arg);

#ifdef __cplusplus
}
#endif
#endif
