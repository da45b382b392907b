/*
 * The code `track project` and `track tutorial` share (items.h).
 */
#include <string.h>

#include "core/buf.h"
#include "core/format.h"
#include "core/text.h"
#include "cli/items.h"

/* The list formats, by name; the first one is the default. */
static const struct item_format {
	const char *name;
	struct error *(*render)(FILE *out, const struct item_list *l);
} formats[] = {
	{ "text", items_render_text },
	{ "json", items_render_json },
	{ NULL, NULL },
};

void
item_put(FILE *out, const char *noun, const char *name, const char *platform)
{
	fprintf(out, "%s '", noun);
	fput_terminal(out, name);
	fputc('\'', out);
	if (platform != NULL) {
		fputs(" (", out);
		fput_terminal(out, platform);
		fputc(')', out);
	}
}

struct error *
item_done_check(const char *completed, const char *name, const char *started)
{
	struct buf clean;
	struct error *err;

	if (started == NULL || strcmp(completed, started) >= 0)
		return NULL;
	buf_init(&clean);
	buf_put_terminal(&clean, name);
	err = error_usage("invalid completion date '%s': '%s' started on %s; "
	    "use that day or later", completed, clean.data, started);
	buf_release(&clean);
	return err;
}

void
item_print_removed(FILE *out, const char *noun, const char *name,
    const char *platform, int unlinked)
{
	fputs("removed ", out);
	item_put(out, noun, name, platform);
	if (unlinked == 0)
		fputs(" (no sessions were linked to it)\n", out);
	else
		fprintf(out, "; its %d session%s stay%s, unlinked, as kind "
		    "%s\n", unlinked, unlinked == 1 ? "" : "s",
		    unlinked == 1 ? "s" : "", noun);
}

struct error *
item_date(const struct track *t, const char *date, char text[DAY_TEXT_SIZE])
{
	struct error *err;
	int day = t->today;

	if (date != NULL && (err = date_parse(date, t->today, &day)) != NULL)
		return err;
	day_format(day, text);
	return NULL;
}

struct error *
item_list_run_with(struct track *t, const char *format,
    const struct item_layout *layout,
    struct error *(*load)(struct track *t, struct item_list *l, void *arg),
    void *arg)
{
	struct item_list l;
	struct error *err;
	size_t i;

	if ((err = format_pick(formats, sizeof(*formats), format, &i)) != NULL)
		return err;
	item_list_init(&l, layout);
	if ((err = load(t, &l, arg)) == NULL)
		err = formats[i].render(t->out, &l);
	item_list_release(&l);
	return err;
}

/* item_list_run's loader, handed as a pointer to it in arg. */
typedef struct error *item_loader(struct track *t, struct item_list *l);

static struct error *
load_plain(struct track *t, struct item_list *l, void *arg)
{
	item_loader *const *load = arg;

	return (*load)(t, l);
}

struct error *
item_list_run(struct track *t, const char *format,
    const struct item_layout *layout,
    struct error *(*load)(struct track *t, struct item_list *l))
{
	return item_list_run_with(t, format, layout, load_plain, &load);
}
