/*
 * Suggestions for mistyped names. A two-letter word is one typo away from
 * most short names, so closeness is judged against the typed word's
 * length: "lg" suggests nothing, "lgo" suggests 'log', "st" the commands
 * that start with it.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/suggest.h"

#define MIN_PREFIX 2

/* Fewer typos than half the word, at most two ("lg": none). */
static int
command_typos(size_t len)
{
	int half = len == 0 ? -1 : (int)(len - 1) / 2;

	return half < 2 ? half : 2;
}

/* One typo per four letters, at most two ("djnago": one). */
static int
topic_typos(size_t len)
{
	return len / 4 < 2 ? (int)(len / 4) : 2;
}

static int
setting_typos(size_t len)
{
	(void)len;
	return 3;
}

/* One edit per four letters, at least two. */
static int
title_typos(size_t len)
{
	return len / 4 > 2 ? (int)(len / 4) : 2;
}

const struct suggest_rule suggest_commands = {
	.measure = TYPO_SWAPS, .most_typos = command_typos, .same_name = true,
	.prefixed = true,
};
const struct suggest_rule suggest_topics = {
	.measure = TYPO_ONE_SWAP, .most_typos = topic_typos,
};
const struct suggest_rule suggest_settings = {
	.measure = TYPO_NO_SWAPS, .most_typos = setting_typos,
	.same_name = true, .contained = true,
};
const struct suggest_rule suggest_titles = {
	.measure = TYPO_NO_SWAPS, .most_typos = title_typos, .same_name = true,
};

void
suggest_init(struct suggest *s, const struct suggest_rule *rule,
    const char *typed)
{
	s->rule = rule;
	s->typed = typed;
	s->best = NULL;
	s->best_typos = rule->most_typos(strlen(typed)) + 1;
	s->prefixed = NULL;
	s->prefixed_count = 0;
}

void
suggest_release(struct suggest *s)
{
	free(s->best);
	s->best = NULL;
	free(s->prefixed);
	s->prefixed = NULL;
}

/* Keeps known when it starts with the typed word and is longer. */
static void
note_prefixed(struct suggest *s, const char *known)
{
	size_t len = strlen(s->typed);

	if (len >= MIN_PREFIX && len < strlen(known) &&
	    strncasecmp(s->typed, known, len) == 0) {
		s->prefixed = xrealloc(s->prefixed,
		    (s->prefixed_count + 1) * sizeof(*s->prefixed));
		s->prefixed[s->prefixed_count++] = known;
	}
}

bool
suggest_weigh(struct suggest *s, const char *known, const char *offered)
{
	int typos = typo_distance(s->typed, known, s->rule->measure);
	bool closer = typos < s->best_typos &&
	    (typos > 0 || s->rule->same_name);

	if (!closer && s->rule->contained && s->best == NULL)
		closer = strstr(known, s->typed) != NULL;
	if (s->rule->prefixed)
		note_prefixed(s, known);
	if (!closer)
		return false;
	free(s->best);
	s->best = xstrdup(offered);
	s->best_typos = typos;
	return true;
}

bool
suggest_consider(struct suggest *s, const char *known)
{
	return suggest_weigh(s, known, known);
}

bool
suggest_put(struct suggest *s, struct buf *out)
{
	const char **names = xmalloc((s->prefixed_count + 1) * sizeof(*names));
	size_t count = 0;

	if (s->best != NULL)
		names[count++] = s->best;
	for (size_t i = 0; i < s->prefixed_count; i++)
		if (s->best == NULL || strcmp(s->prefixed[i], s->best) != 0)
			names[count++] = s->prefixed[i];
	if (count > 0)
		buf_puts(out, "did you mean ");
	for (size_t i = 0; i < count; i++)
		buf_printf(out, "%s'%s'%s", i == 0 ? "" : i + 1 == count ?
		    " or " : ", ", names[i], i + 1 == count ? "?" : "");
	free(names);
	return count > 0;
}

char *
suggest_take(struct suggest *s)
{
	char *best = s->best;

	s->best = NULL;
	return best;
}

static int
min3(int a, int b, int c)
{
	int m = a < b ? a : b;

	return m < c ? m : c;
}

/*
 * Optimal string alignment distance (swaps allowed) or Levenshtein
 * distance, case-insensitive ASCII.
 */
static int
distance(const char *a, const char *b, bool swaps)
{
	size_t la = strlen(a), lb = strlen(b), w = lb + 1;
	int *d = xmalloc((la + 1) * w * sizeof(int)), result;

	for (size_t i = 0; i <= la; i++)
		d[i * w] = (int)i;
	for (size_t j = 0; j <= lb; j++)
		d[j] = (int)j;
	for (size_t i = 1; i <= la; i++) {
		for (size_t j = 1; j <= lb; j++) {
			int ca = tolower((unsigned char)a[i - 1]);
			int cb = tolower((unsigned char)b[j - 1]);
			int v = min3(d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1,
			    d[(i - 1) * w + j - 1] + (ca != cb));

			if (swaps && i > 1 && j > 1 &&
			    ca == tolower((unsigned char)b[j - 2]) &&
			    cb == tolower((unsigned char)a[i - 2]) &&
			    d[(i - 2) * w + j - 2] + 1 < v)
				v = d[(i - 2) * w + j - 2] + 1;
			d[i * w + j] = v;
		}
	}
	result = d[la * w + lb];
	free(d);
	return result;
}

int
typo_distance(const char *a, const char *b, enum typo_measure measure)
{
	int d;

	if (measure == TYPO_SWAPS)
		return distance(a, b, true);
	d = distance(a, b, false);
	if (measure == TYPO_ONE_SWAP && d == 2 && distance(a, b, true) == 1)
		return 1;
	return d;
}
