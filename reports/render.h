#ifndef TRACK_RENDER_H
#define TRACK_RENDER_H

/*
 * Renderers: each formats one computed struct of analysis.h and never
 * runs SQL. Text renderers write to the FILE they are given, with user
 * text (topics, paths) neutralised for the terminal.
 */

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "reports/analysis.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Findings (SPEC §5, §11) ---- */

/*
 * The findings as the array of SPEC §11: one object per finding with the
 * keys id, severity, from, to, evidence, advice in that order. `track
 * check --format json` wraps it as {"at", "findings"}; the report embeds
 * it as its "findings". The caller owns the reference.
 */
json_t *findings_to_json(const struct findings *f);

/*
 * The findings as text fitting 80 columns: a heading line with the
 * count and the day, then one block per finding (id, severity, period,
 * evidence, advice), or "No anti-patterns found (as of DAY)" with the
 * numbers looked at. color adds ANSI bold and colours.
 */
void findings_render_text(FILE *out, const struct findings *f, bool color);
/*
 * The "welcome back" line plan and report open with while stalled holds
 * (findings_welcome), neutralised for a terminal, with its newline;
 * nothing otherwise.
 */
void findings_render_welcome(FILE *out, const struct findings *f);
/* Sets o's "welcome_back" to that line while stalled holds. */
void findings_welcome_to_json(json_t *o, const struct findings *f);

#ifdef __cplusplus
}
#endif
#endif
