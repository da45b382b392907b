#ifndef TRACK_RENDER_ITEMS_H
#define TRACK_RENDER_ITEMS_H

/*
 * Projects and tutorials as `track project list|show` and `track
 * tutorial list|show` write them. The commands load the rows (each
 * kind's cells and JSON object, what differs between the kinds is data:
 * the layout below); these renderers write them and never run SQL.
 */

#include <jansson.h>
#include <stddef.h>
#include <stdio.h>

#include "core/error.h"
#include "core/table.h"

/* How one kind of item is listed. */
struct item_layout {
	size_t columns;
	const char *const *header;	/* the column names */
	const size_t *max;		/* per column, the most columns of
					   text shown (0: no limit) */
	const char *none;		/* the line when there is no item */
};

/* The items of a list, in list order: text cells and JSON objects. */
struct item_list {
	const struct item_layout *layout;
	struct table table;		/* the header, then each row */
	size_t count, cap;
	json_t **objects;
};

/* One line of `show`: "label:" padded to the value column, the value. */
struct item_field {
	const char *label;
	const char *value;		/* neutralised when written */
};

#ifdef __cplusplus
extern "C" {
#endif

void item_list_init(struct item_list *l, const struct item_layout *layout);
void item_list_release(struct item_list *l);
/*
 * Adds one item: its layout->columns text cells (NULL shows "-") and its
 * JSON object, whose reference the list takes.
 */
void item_list_add(struct item_list *l, const char *const *cells,
    json_t *object);

/* The items in aligned columns under the header, or layout->none. */
struct error *items_render_text(FILE *out, const struct item_list *l);
/* The items as a JSON array, one object a line. */
struct error *items_render_json(FILE *out, const struct item_list *l);

/*
 * The fields of `show`, one a line, each label padded to width columns
 * and each value neutralised for the terminal.
 */
void item_render_fields(FILE *out, const struct item_field *fields,
    size_t count, int width);

#ifdef __cplusplus
}
#endif
#endif
