#ifndef TRACK_SENTENCES_SKILLS_H
#define TRACK_SENTENCES_SKILLS_H

/*
 * The words of `track skills` (SPEC §12), written once for every format
 * (text, Markdown, JSON, the report's five). Each returns a string the
 * caller frees.
 */

#include "reports/skills.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The key of a checklist item in JSON: "fundamentals", "unit-testing"... */
const char *ready_item_key(enum ready_item item);
/* What the item asks for: "plan step 1 (fundamentals) complete". */
char *ready_item_text(const struct skills *s, enum ready_item item);
/*
 * What the item still lacks, with the command that does it when there is
 * one: "add a URL to 'Todo API': track project done 'Todo API' --url
 * URL". NULL when the item is done.
 */
char *ready_missing_text(const struct skills *s, enum ready_item item);
/* "junior-ready 4/6". */
char *skills_ready_text(const struct skills *s);
/*
 * The report's skills line: "backend: 3 applied, 4 learned, 6
 * untouched; junior-ready 4/6" ("no path" with none).
 */
char *skills_line_text(const struct skills *s);
/* "system design, performance tuning, mentoring juniors". */
extern const char skills_horizon_text[];
/*
 * The single skill to apply next and how: "apply Concurrency next
 * (learned, 6h, never 2h in a project): track log 2h asyncio --project
 * NAME"; with none learned, what to do instead.
 */
char *skills_next_text(const struct skills *s);
/* "Concurrency (learned, 6h)": the skill plan and portfolio point at. */
char *skill_pointer_text(const struct skill_item *item);
/* What the statuses mean, with the settings: "applied: 2h of project
   work on its topics, or used in a substantial project; learned: 1h". */
char *skills_legend_text(const struct skills *s);

#ifdef __cplusplus
}
#endif
#endif
