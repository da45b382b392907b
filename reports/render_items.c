/*
 * The list and show renderers projects and tutorials share: a table of
 * text cells or a JSON array, and labelled fields.
 */
#include <stdlib.h>

#include "core/buf.h"
#include "core/jsonout.h"
#include "core/text.h"
#include "reports/render_items.h"

void
item_list_init(struct item_list *l, const struct item_layout *layout)
{
	l->layout = layout;
	l->count = l->cap = 0;
	l->objects = NULL;
	table_init(&l->table, layout->columns);
	for (size_t i = 0; i < layout->columns; i++)
		table_add(&l->table, layout->header[i]);
}

void
item_list_release(struct item_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		json_decref(l->objects[i]);
	free(l->objects);
	l->objects = NULL;
	l->count = l->cap = 0;
	table_release(&l->table);
}

void
item_list_add(struct item_list *l, const char *const *cells, json_t *object)
{
	if (l->count == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->objects = xrealloc(l->objects, l->cap * sizeof(*l->objects));
	}
	l->objects[l->count++] = object;
	for (size_t i = 0; i < l->layout->columns; i++)
		table_add(&l->table, cells[i]);
}

struct error *
items_render_text(FILE *out, const struct item_list *l)
{
	if (l->count == 0)
		fprintf(out, "%s\n", l->layout->none);
	else
		table_print(&l->table, out, l->layout->max);
	return NULL;
}

struct error *
items_render_json(FILE *out, const struct item_list *l)
{
	struct json_array_stream stream;
	struct error *err = NULL;

	json_array_begin(&stream, out);
	for (size_t i = 0; i < l->count && err == NULL; i++)
		err = json_array_add(&stream, json_incref(l->objects[i]));
	json_array_end(&stream);
	return err;
}

void
item_render_fields(FILE *out, const struct item_field *fields, size_t count,
    int width)
{
	for (size_t i = 0; i < count; i++) {
		fprintf(out, "%-*s", width, fields[i].label);
		fput_terminal(out, fields[i].value);
		fputc('\n', out);
	}
}
