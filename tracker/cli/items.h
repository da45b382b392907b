#ifndef TRACK_ITEMS_H
#define TRACK_ITEMS_H

/*
 * What `track project` and `track tutorial` share: how an item is named
 * in messages, the completion-day check, the removal message, the date
 * option, and list (formats, load, render). Each kind gives its noun,
 * its layout and its loader; the rest is here once.
 */

#include <stdio.h>

#include "core/date.h"
#include "cli/track.h"
#include "reports/render_items.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Writes "NOUN 'NAME'" with the name neutralised, then " (PLATFORM)"
 * when platform is not NULL.
 */
void item_put(FILE *out, const char *noun, const char *name,
    const char *platform);
/*
 * Refuses a completion day before started (NULL: unknown, anything
 * goes), naming the item.
 */
struct error *item_done_check(const char *completed, const char *name,
    const char *started);
/*
 * "removed NOUN 'NAME'; its N sessions stay, unlinked, as kind NOUN", or
 * "(no sessions were linked to it)".
 */
void item_print_removed(FILE *out, const char *noun, const char *name,
    const char *platform, int unlinked);
/* The --date option (NULL: today) as YYYY-MM-DD text. */
struct error *item_date(const struct track *t, const char *date,
    char text[DAY_TEXT_SIZE]);
/*
 * `list --format FORMAT` (NULL: text): picks the renderer (or refuses
 * the format before anything is read), has load add every item to a
 * list of layout, and renders it to t->out.
 */
struct error *item_list_run(struct track *t, const char *format,
    const struct item_layout *layout,
    struct error *(*load)(struct track *t, struct item_list *l));
/* item_list_run with a loader that is handed arg. */
struct error *item_list_run_with(struct track *t, const char *format,
    const struct item_layout *layout,
    struct error *(*load)(struct track *t, struct item_list *l, void *arg),
    void *arg);

#ifdef __cplusplus
}
#endif
#endif
