#ifndef TRACK_INFER_H
#define TRACK_INFER_H

/*
 * Inference over imported text (FORMATS.md 1.2): the topic a text names
 * (the longest catalog name or alias in it, as whole words, with `-` `_`
 * and spaces alike; a common word such as "functions" only when it is the
 * whole text) and the kind its words suggest (the kind_word table).
 * Both load the catalog once per file (once per connection while the
 * catalog stays as it is, when the connection is kept: matcher_get) and
 * then work in memory.
 */

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"

/* One catalog name or alias, normalised. */
struct catalog_name {
	char *text;		/* normalised: "scikit learn" */
	size_t len;
	int64_t topic_id;
	char *topic;		/* the canonical topic name */
	bool generic;		/* a common word (generic_word): it decides
				   only a text that is just this name */
};

struct matcher;

/* Bits of matcher_kinds. */
#define KIND_WORD_TUTORIAL 1
#define KIND_WORD_PROJECT 2

#ifdef __cplusplus
extern "C" {
#endif

/* Loads the mapped topics, their aliases and the kind words of db. */
struct error *matcher_load(sqlite3 *db, struct matcher **matcher);
void matcher_free(struct matcher *matcher);

/*
 * The matcher of db's catalog as it stands: on a kept connection
 * (db_keep) the one kept there, loaded again only when the catalog may
 * have changed since (a topic or alias row changed through db, another
 * connection's commit); else a new one (matcher_load). Hand it back with
 * matcher_put. The connection's update hook is the kept matcher's. What
 * it cannot see: a catalog change made before a load and rolled back
 * after it; so do not get a matcher between changing the catalog and
 * rolling the change back (import_file gets it first thing in its own
 * transaction or savepoint).
 */
struct error *matcher_get(sqlite3 *db, struct matcher **matcher);
/* Frees a matcher of its own, forgets a kept one's answers; accepts NULL. */
void matcher_put(sqlite3 *db, struct matcher *matcher);

/*
 * The longest catalog name or alias found in text as whole words, or
 * NULL. The answer for the same text is cached.
 */
const struct catalog_name *matcher_find(struct matcher *matcher,
    const char *text);
/* The catalog name or alias text is exactly (normalised), or NULL. */
const struct catalog_name *matcher_exact(struct matcher *matcher,
    const char *text);
/* KIND_WORD_* bits for the kind words text holds as whole words. */
unsigned matcher_kinds(const struct matcher *matcher, const char *text);

/*
 * The normalised form of text into out (at least strlen(text) + 1
 * bytes): topic_fold's, the one every topic lookup uses, with words
 * separated by one space (ASCII lowercase, runs of `-` `_` and spaces as
 * one space, trimmed).
 */
void infer_normalize(const char *text, char *out);

#ifdef __cplusplus
}
#endif
#endif
