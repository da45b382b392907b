#ifndef TRACK_RENDER_SKILLS_H
#define TRACK_RENDER_SKILLS_H

/*
 * Renderers of `track skills` (SPEC §12): each formats a computed struct
 * skills and never runs SQL.
 */

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "reports/skills.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * {"at", "path", "legend", "skills": [{"name", "title", "area", "status",
 * "minutes": {"tutorial", "study", "project"}, "topics": [{"topic",
 * "tutorial", "study", "project"}], "projects": [NAME]}], "counts":
 * {"applied", "learned", "untouched"}, "readiness": {"level", "ready",
 * "of", "items": [{"item", "text", "done", "missing"}]}, "horizon":
 * {"level", "focus"}, "contributions": [NAME], "next": {"skill",
 * "title", "minutes", "action"}}. The caller owns it.
 */
json_t *skills_to_json(const struct skills *s);
/* The report's {"path", "applied", "learned", "untouched", "ready",
   "ready_of", "next"}. */
json_t *skills_summary_to_json(const struct skills *s);
/* The table of skills, the checklist, the horizon and the next skill. */
void skills_render_text(FILE *f, const struct skills *s, bool color);
/* The same as a Markdown section. */
void skills_render_md(FILE *f, const struct skills *s);

#ifdef __cplusplus
}
#endif
#endif
