#ifndef TRACK_SUGGEST_H
#define TRACK_SUGGEST_H

#include <stdbool.h>

#include "core/buf.h"

/*
 * "Did you mean" for mistyped command and subcommand names. A known name
 * is offered only when it is plausibly what was meant: the closest one
 * within two typos (an adjacent swap counts as one) and fewer typos than
 * half the typed word, and every name that starts with what was typed (at
 * least two letters).
 */
struct suggest {
	const char *typed;	/* the unknown word, borrowed */
	const char *best;	/* the closest name by typos, or NULL */
	int best_typos;		/* its typo count */
	const char **prefixed;	/* the names starting with typed, borrowed */
	size_t prefixed_count;
};

#ifdef __cplusplus
extern "C" {
#endif

void suggest_init(struct suggest *s, const char *typed);
void suggest_release(struct suggest *s);
/* Weighs one known name (borrowed until suggest_release). */
void suggest_consider(struct suggest *s, const char *known);
/*
 * Appends "did you mean 'x'?" (or "'a', 'b' or 'c'?": the closest first,
 * then those starting with the typed word) to out and returns true, or
 * returns false when no name was close.
 */
bool suggest_put(struct suggest *s, struct buf *out);

/*
 * Optimal string alignment distance, case-insensitive ASCII: insertions,
 * deletions, substitutions and swaps of neighbours count one each.
 */
int typo_distance(const char *a, const char *b);

#ifdef __cplusplus
}
#endif
#endif
