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

#define MAX_TYPOS 2
#define MIN_PREFIX 2

void
suggest_init(struct suggest *s, const char *typed)
{
	s->typed = typed;
	s->best = NULL;
	s->best_typos = MAX_TYPOS + 1;
	s->prefixed = NULL;
	s->prefixed_count = 0;
}

void
suggest_release(struct suggest *s)
{
	free(s->prefixed);
	s->prefixed = NULL;
}

void
suggest_consider(struct suggest *s, const char *known)
{
	size_t len = strlen(s->typed);
	int typos = typo_distance(s->typed, known);

	if (typos < s->best_typos && 2 * (size_t)typos < len) {
		s->best = known;
		s->best_typos = typos;
	}
	if (len >= MIN_PREFIX && len < strlen(known) &&
	    strncasecmp(s->typed, known, len) == 0) {
		s->prefixed = xrealloc(s->prefixed,
		    (s->prefixed_count + 1) * sizeof(*s->prefixed));
		s->prefixed[s->prefixed_count++] = known;
	}
}

bool
suggest_put(struct suggest *s, struct buf *out)
{
	const char **names = xmalloc((s->prefixed_count + 1) * sizeof(*names));
	size_t count = 0;

	if (s->best != NULL)
		names[count++] = s->best;
	for (size_t i = 0; i < s->prefixed_count; i++)
		if (s->prefixed[i] != s->best)
			names[count++] = s->prefixed[i];
	if (count > 0)
		buf_puts(out, "did you mean ");
	for (size_t i = 0; i < count; i++)
		buf_printf(out, "%s'%s'%s", i == 0 ? "" : i + 1 == count ?
		    " or " : ", ", names[i], i + 1 == count ? "?" : "");
	free(names);
	return count > 0;
}

static int
min3(int a, int b, int c)
{
	int m = a < b ? a : b;

	return m < c ? m : c;
}

int
typo_distance(const char *a, const char *b)
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

			if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
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
