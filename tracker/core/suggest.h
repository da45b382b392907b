#ifndef TRACK_SUGGEST_H
#define TRACK_SUGGEST_H

#include <stdbool.h>
#include <stddef.h>

#include "core/buf.h"

/*
 * "Did you mean" for every mistyped name: commands, subcommands, topics,
 * settings, projects and tutorials. Each kind of name has its rule (how
 * typos are counted, how many the typed word's length allows); the known
 * names are weighed one by one and the closest within the rule is kept,
 * the first of equals.
 */

/* How typos are counted; case never counts (ASCII). */
enum typo_measure {
	TYPO_SWAPS,		/* a swap of neighbours is one typo */
	TYPO_NO_SWAPS,		/* ... is two (Levenshtein distance) */
	TYPO_ONE_SWAP,		/* ... is one when it is the only typo */
};

/* Which known names are offered for a typed word. */
struct suggest_rule {
	enum typo_measure measure;
	/* The most typos a name may be away, by the typed word's length. */
	int (*most_typos)(size_t typed_length);
	bool same_name;		/* a name no typo away (another case) counts */
	/* While no name is close: the first name holding the typed word. */
	bool contained;
	/* Also every name that starts with the typed word (2+ letters). */
	bool prefixed;
};

/*
 * Commands and subcommands: the closest within two typos (a swap counts
 * one) and fewer than half the typed word, and the names it starts.
 */
extern const struct suggest_rule suggest_commands;
/* Topics, by their keys: one typo per four letters, at most two. */
extern const struct suggest_rule suggest_topics;
/* Setting keys: within three edits, else a key holding the typed word. */
extern const struct suggest_rule suggest_settings;
/* Project and tutorial names: one edit per four letters, at least two. */
extern const struct suggest_rule suggest_titles;

struct suggest {
	const struct suggest_rule *rule;
	const char *typed;	/* the unknown word, borrowed */
	char *best;		/* what to offer for the closest name, or NULL */
	int best_typos;		/* its typo count */
	const char **prefixed;	/* the names starting with typed, borrowed */
	size_t prefixed_count;
};

#ifdef __cplusplus
extern "C" {
#endif

void suggest_init(struct suggest *s, const struct suggest_rule *rule,
    const char *typed);
void suggest_release(struct suggest *s);
/*
 * Weighs the known name `known`, offered as `offered` (a topic's name for
 * its key; copied when it is the closest so far, so both may be gone on
 * return unless the rule gathers prefixed names, which are borrowed until
 * suggest_release). Returns whether it is now the closest.
 */
bool suggest_weigh(struct suggest *s, const char *known, const char *offered);
/* suggest_weigh offering the name itself. */
bool suggest_consider(struct suggest *s, const char *known);
/*
 * Appends "did you mean 'x'?" (or "'a', 'b' or 'c'?": the closest first,
 * then those starting with the typed word) to out and returns true, or
 * returns false when no name was close.
 */
bool suggest_put(struct suggest *s, struct buf *out);
/* The closest name's offer, now the caller's to free (NULL: none). */
char *suggest_take(struct suggest *s);

/* How many typos apart a and b are, as measure counts them. */
int typo_distance(const char *a, const char *b, enum typo_measure measure);

#ifdef __cplusplus
}
#endif
#endif
