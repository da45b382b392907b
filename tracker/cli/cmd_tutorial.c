/*
 * track tutorial: the courses and tutorials being followed, hand-added
 * or imported from a platform. Add one, mark it done (100 %), list, show
 * or remove it. Removing one keeps its sessions, unlinked, as kind
 * tutorial. A title shared by tutorials of several platforms is picked
 * with --platform.
 */
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "cli/commands.h"
#include "cli/items.h"
#include "cli/options.h"
#include "core/date.h"
#include "core/duration.h"
#include "core/project.h"
#include "core/jsonout.h"
#include "core/text.h"

static struct error *tutorial_add_command(struct track *t, int argc,
    char **argv);
static struct error *tutorial_done(struct track *t, int argc, char **argv);
static struct error *tutorial_list(struct track *t, int argc, char **argv);
static struct error *tutorial_show(struct track *t, int argc, char **argv);
static struct error *tutorial_rm(struct track *t, int argc, char **argv);

static const struct subcommand subcommands[] = {
	{ "add", tutorial_add_command, DB_WRITE },
	{ "done", tutorial_done, DB_WRITE },
	{ "list", tutorial_list, DB_READ },
	{ "show", tutorial_show, DB_READ },
	{ "rm", tutorial_rm, DB_WRITE },
	{ NULL, NULL, DB_NONE },
};

struct error *
cmd_tutorial(struct track *t, int argc, char **argv)
{
	return subcommand_run(subcommands, "tutorial", t, argc, argv);
}

enum db_mode
cmd_tutorial_db(int argc, char **argv)
{
	return subcommand_db(subcommands, argc, argv);
}

/* Every option of every subcommand; each accepts only its own. */
struct tutorial_options {
	const char *topic, *url, *date, *platform, *format;
};


/*
 * The options of `track tutorial SUB` (argv[0] is SUB) into *o, then
 * exactly operands operands (subcommand_options).
 */
static struct error *
parse_options(int argc, char **argv, int operands, struct tutorial_options *o)
{
	const struct option_slot slots[] = { { 't', &o->topic },
	    { 'u', &o->url }, { 'd', &o->date }, { 'P', &o->platform },
	    { 'f', &o->format }, { 0, NULL } };

	memset(o, 0, sizeof(*o));
	return subcommand_options("tutorial", argc, argv, operands, slots);
}

/* "40%" or "37.5%" for a progress percent. */
static void
progress_format(double progress, char *out, size_t size)
{
	if (progress == floor(progress))
		snprintf(out, size, "%.0f%%", progress);
	else
		snprintf(out, size, "%.1f%%", progress);
}

/* ---------------------------------------------------------------------
 * track tutorial add
 */

static void print_added(struct track *t, const struct tutorial *tu,
    const struct topic *topic);

static struct error *
tutorial_add_command(struct track *t, int argc, char **argv)
{
	char started[DAY_TEXT_SIZE];
	struct tutorial_options o;
	struct tutorial tu;
	struct topic topic;
	struct error *err;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	if ((err = title_check("tutorial", argv[optind])) != NULL ||
	    (o.url != NULL && (err = url_check(o.url)) != NULL) ||
	    (err = item_date(t, o.date, started)) != NULL)
		return err;
	tutorial_init(&tu);
	topic_init(&topic);
	tu.title = xstrdup(argv[optind]);
	tu.url = xstrdup(o.url);
	tu.started = xstrdup(started);
	if (o.topic != NULL &&
	    (err = topic_resolve(t->db, o.topic, t->err, &topic)) != NULL)
		goto done;
	tu.topic_id = topic.id;
	if ((err = tutorial_add(t->db, &tu, t->now)) == NULL)
		print_added(t, &tu, &topic);
done:
	topic_release(&topic);
	tutorial_release(&tu);
	return err;
}

/* "added tutorial 'TITLE' (pandas, data-science), started 2026-11-22". */
static void
print_added(struct track *t, const struct tutorial *tu,
    const struct topic *topic)
{
	fputs("added ", t->out);
	item_put(t->out, "tutorial", tu->title, tu->platform);
	if (topic->id != 0) {
		fputs(" (", t->out);
		fput_terminal(t->out, topic->name);
		fprintf(t->out, ", %s)",
		    topic->path ? topic->path : "unmapped");
	} else {
		fputs(" (no topic)", t->out);
	}
	fprintf(t->out, ", started %s\n", tu->started);
}

/* ---------------------------------------------------------------------
 * track tutorial done
 */

static void print_done(struct track *t, const struct tutorial *tu,
    const char *completed);

static struct error *
tutorial_done(struct track *t, int argc, char **argv)
{
	char completed[DAY_TEXT_SIZE];
	struct tutorial_options o;
	struct tutorial tu;
	struct error *err;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	if ((err = item_date(t, o.date, completed)) != NULL)
		return err;
	tutorial_init(&tu);
	if ((err = tutorial_require(t->db, argv[optind], o.platform, &tu))
	    != NULL || (err = item_done_check(completed, tu.title,
	    tu.started)) != NULL)
		goto done;
	if (tu.completed != NULL && (o.date == NULL ||
	    strcmp(tu.completed, completed) == 0)) {
		item_put(t->out, "tutorial", tu.title, tu.platform);
		fprintf(t->out, " is already done (on %s): nothing changed\n",
		    tu.completed);
	} else if ((err = tutorial_complete(t->db, tu.id, completed)) == NULL) {
		print_done(t, &tu, completed);
	}
done:
	tutorial_release(&tu);
	return err;
}

/* "completed tutorial 'T' on D (started S, 2h logged)", or the move. */
static void
print_done(struct track *t, const struct tutorial *tu, const char *completed)
{
	char logged[32];

	if (tu->completed != NULL) {
		item_put(t->out, "tutorial", tu->title, tu->platform);
		fprintf(t->out, ": completed on %s (was %s)\n", completed,
		    tu->completed);
		return;
	}
	duration_format(tu->minutes, logged, sizeof(logged));
	fputs("completed ", t->out);
	item_put(t->out, "tutorial", tu->title, tu->platform);
	fprintf(t->out, " on %s (", completed);
	if (tu->started != NULL)
		fprintf(t->out, "started %s, ", tu->started);
	fprintf(t->out, "%s logged)\n", logged);
}

/* ---------------------------------------------------------------------
 * track tutorial list
 */

#define LIST_COLUMNS 8
#define TITLE_COLUMNS 40	/* longer titles are cut in the list */
#define TOPIC_COLUMNS 24	/* longer topics are cut in the list */

static struct error *load_tutorials(struct track *t, struct item_list *l);

static const char *const list_header[LIST_COLUMNS] = {
	"TITLE", "TOPIC", "PLATFORM", "PROGRESS", "STARTED", "COMPLETED",
	"LOGGED", "URL",
};
static const size_t list_max[LIST_COLUMNS] = {
	TITLE_COLUMNS, TOPIC_COLUMNS, TOPIC_COLUMNS, 0, 0, 0, 0, 0,
};
static const struct item_layout list_layout = {
	LIST_COLUMNS, list_header, list_max,
	"no tutorials yet: add one with 'track tutorial add TITLE', or log "
	"time on one with 'track log 1h TOPIC --tutorial TITLE'",
};

static struct error *
tutorial_list(struct track *t, int argc, char **argv)
{
	struct tutorial_options o;
	struct error *err;

	if ((err = parse_options(argc, argv, 0, &o)) != NULL)
		return err;
	return item_list_run(t, o.format, &list_layout, load_tutorials);
}

/* The progress percent: an integer when whole, null when unknown. */
static json_t *
json_progress(const struct tutorial *tu)
{
	if (!tu->has_progress)
		return json_null();
	if (tu->progress == floor(tu->progress))
		return json_integer((json_int_t)tu->progress);
	return json_real(tu->progress);
}

/* One tutorial as the object of SPEC §11. */
static json_t *
tutorial_json(const struct tutorial *tu)
{
	json_t *o = json_object();

	json_object_set_new(o, "title", json_text(tu->title));
	json_object_set_new(o, "topic", json_text(tu->topic));
	json_object_set_new(o, "platform", json_text(tu->platform));
	json_object_set_new(o, "progress", json_progress(tu));
	json_object_set_new(o, "started", json_text(tu->started));
	json_object_set_new(o, "completed", json_text(tu->completed));
	json_object_set_new(o, "url", json_text(tu->url));
	json_object_set_new(o, "minutes", json_integer(tu->minutes));
	return o;
}

/* Adds one tutorial's row and object to the list. */
static struct error *
add_tutorial(const struct tutorial *tu, void *arg)
{
	char progress[32], logged[32];
	const char *cells[LIST_COLUMNS] = { tu->title, tu->topic,
	    tu->platform, tu->has_progress ? progress : NULL, tu->started,
	    tu->completed, logged, tu->url };

	if (tu->has_progress)
		progress_format(tu->progress, progress, sizeof(progress));
	duration_format(tu->minutes, logged, sizeof(logged));
	item_list_add(arg, cells, tutorial_json(tu));
	return NULL;
}

/* Every tutorial, oldest start first. */
static struct error *
load_tutorials(struct track *t, struct item_list *l)
{
	return tutorial_each(t->db, add_tutorial, l);
}

/* ---------------------------------------------------------------------
 * track tutorial show
 */

#define SHOW_LABEL_COLUMNS 15

static void print_tutorial(FILE *out, const struct tutorial *tu);

static struct error *
tutorial_show(struct track *t, int argc, char **argv)
{
	struct tutorial_options o;
	struct tutorial tu;
	struct error *err;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	tutorial_init(&tu);
	if ((err = tutorial_require(t->db, argv[optind], o.platform, &tu))
	    == NULL)
		print_tutorial(t->out, &tu);
	tutorial_release(&tu);
	return err;
}

/* "pandas (data-science)", or "none" without a topic. */
static void
topic_text(const struct tutorial *tu, struct buf *b)
{
	if (tu->topic == NULL) {
		buf_puts(b, "none");
		return;
	}
	buf_printf(b, "%s (%s)", tu->topic, tu->path ? tu->path : "unmapped");
}

/* Every field, one per line, then what was logged on it. */
static void
print_tutorial(FILE *out, const struct tutorial *tu)
{
	char progress[32], logged[64], minutes[32];
	struct item_field fields[10];
	struct buf topic;
	size_t n = 0;

	buf_init(&topic);
	topic_text(tu, &topic);
	if (tu->has_progress)
		progress_format(tu->progress, progress, sizeof(progress));
	duration_format(tu->minutes, minutes, sizeof(minutes));
	snprintf(logged, sizeof(logged), "%s in %d session%s", minutes,
	    tu->sessions, tu->sessions == 1 ? "" : "s");
	fields[n++] = (struct item_field){ "tutorial:", tu->title };
	fields[n++] = (struct item_field){ "topic:", topic.data };
	fields[n++] = (struct item_field){ "platform:", tu->platform ?
	    tu->platform : "none (added by hand)" };
	if (tu->course_id != NULL)
		fields[n++] = (struct item_field){ "course id:", tu->course_id };
	fields[n++] = (struct item_field){ "progress:", tu->has_progress ?
	    progress : "unknown" };
	fields[n++] = (struct item_field){ "started:", tu->started ?
	    tu->started : "unknown" };
	fields[n++] = (struct item_field){ "completed:", tu->completed ?
	    tu->completed : "not yet" };
	if (tu->last_activity != NULL)
		fields[n++] = (struct item_field){ "last activity:",
		    tu->last_activity };
	fields[n++] = (struct item_field){ "url:", tu->url ? tu->url : "none" };
	fields[n++] = (struct item_field){ "logged:", logged };
	item_render_fields(out, fields, n, SHOW_LABEL_COLUMNS);
	buf_release(&topic);
}

/* ---------------------------------------------------------------------
 * track tutorial rm
 */

static struct error *
tutorial_rm(struct track *t, int argc, char **argv)
{
	struct tutorial_options o;
	struct tutorial tu;
	struct error *err;
	int unlinked;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	tutorial_init(&tu);
	if ((err = tutorial_require(t->db, argv[optind], o.platform, &tu))
	    != NULL || (err = tutorial_delete(t->db, tu.id, &unlinked)) != NULL)
		goto done;
	item_print_removed(t->out, "tutorial", tu.title, tu.platform,
	    unlinked);
done:
	tutorial_release(&tu);
	return err;
}
