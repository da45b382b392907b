#ifndef TRACK_SENTENCES_H
#define TRACK_SENTENCES_H

/*
 * The sentences of the judgement: the analyses (reports/analysis.h)
 * return codes and figures, and every format that shows one of them
 * (text, Markdown, HTML, CSV and the JSON's rendered fields) writes it
 * through the one function of its kind here, so all say the same words.
 * Each returns a string the caller frees.
 */

#include "core/buf.h"
#include "reports/analysis.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A finding's advice: one sentence for its code, filled in. */
char *finding_advice_text(const struct finding_advice *a);
/*
 * The "welcome back" line plan and report open with while stalled
 * holds: "Welcome back: 30 days since your last session; ...".
 */
char *finding_welcome_text(const struct finding_advice *a);
/* The welcome line of f while stalled holds, else NULL. */
char *findings_welcome_text(const struct findings *f);
/*
 * A finding's evidence: the sentence of each part of it, "; " between
 * ("10h of tutorials, 0m of projects in the last 28 days (83% of 12h)").
 */
char *finding_evidence_text(const struct finding *item);
/*
 * With no finding, the numbers looked at ("last 28 days: 12h (tutorials
 * 25%, ...); overall 80h, ..."), or "nothing logged yet"; NULL when a
 * finding was found.
 */
char *findings_looked_at_text(const struct findings *f);
/* "Jan" .. "Dec" (the evidence's and the plan's months). */
extern const char *const month_names[12];
/*
 * The portfolio's next action with the commands that do it: "finish
 * 'Todo API', it is substantial: track project done 'Todo API' --url
 * URL"; "nothing left to gain: ..." for NEXT_KEEP_UP.
 */
char *portfolio_next_text(const struct next_action *a);
/*
 * The line of plan step (1..5): its numbers and what to do next, for the
 * state and figures the plan computed ("3 of 12 focused months (12 =
 * mastery); this month 4h on backend (80%): 6h more of study or project
 * on backend makes it a focused month").
 */
char *plan_step_text(const struct plan *plan, int step);
/*
 * A first project for a built-in path ("a small Django or Flask app of
 * your own"), NULL for a path of the user's or none.
 */
const char *path_example(const char *slug);
/*
 * Appends the areas of areas (1 << enum topic_area each) as a list:
 * "functions, classes and error handling".
 */
void put_area_list(struct buf *b, unsigned areas);
/* Appends minutes the way `track log` reads them: 14h, 9h30m, 45m. */
void buf_put_duration(struct buf *b, int minutes);
/* Appends names as a list: "a", "a and b", "a, b and c". */
void put_name_list(struct buf *b, const char *const *names, size_t count);

#ifdef __cplusplus
}
#endif
#endif
