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
#include "cli/options.h"
#include "core/date.h"
#include "core/duration.h"
#include "core/project.h"
#include "core/table.h"
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
 * Parses the options of `track tutorial SUB` (argv[0] is SUB) that its form
 * in the command table takes into *o, then wants exactly operands
 * operands after them.
 */
static struct error *
parse_options(int argc, char **argv, int operands, struct tutorial_options *o)
{
	struct option_reader r;
	int c;

	memset(o, 0, sizeof(*o));
	option_reader_init(&r, "tutorial", argv[0], argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 't': o->topic = optarg; break;
		case 'u': o->url = optarg; break;
		case 'd': o->date = optarg; break;
		case 'P': o->platform = optarg; break;
		case 'f': o->format = optarg; break;
		default: return option_error("tutorial", argv, c);
		}
	}
	if (argc - optind != operands)
		return subcommand_usage_error("tutorial", argv[0]);
	return NULL;
}

/* Writes "tutorial 'TITLE'" (neutralised), with its platform if any. */
static void
put_tutorial(FILE *out, const struct tutorial *t)
{
	fputs("tutorial '", out);
	fput_terminal(out, t->title);
	fputc('\'', out);
	if (t->platform != NULL) {
		fputs(" (", out);
		fput_terminal(out, t->platform);
		fputc(')', out);
	}
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
	int day = t->today;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	if ((err = title_check("tutorial", argv[optind])) != NULL ||
	    (o.url != NULL && (err = url_check(o.url)) != NULL) ||
	    (o.date != NULL && (err = date_parse(o.date, t->today, &day))
	    != NULL))
		return err;
	day_format(day, started);
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
	put_tutorial(t->out, tu);
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

static struct error *done_check(const struct tutorial *tu,
    const char *completed);
static void print_done(struct track *t, const struct tutorial *tu,
    const char *completed);

static struct error *
tutorial_done(struct track *t, int argc, char **argv)
{
	char completed[DAY_TEXT_SIZE];
	struct tutorial_options o;
	struct tutorial tu;
	struct error *err;
	int day = t->today;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	if (o.date != NULL &&
	    (err = date_parse(o.date, t->today, &day)) != NULL)
		return err;
	day_format(day, completed);
	tutorial_init(&tu);
	if ((err = tutorial_require(t->db, argv[optind], o.platform, &tu))
	    != NULL || (err = done_check(&tu, completed)) != NULL)
		goto done;
	if (tu.completed != NULL && (o.date == NULL ||
	    strcmp(tu.completed, completed) == 0)) {
		put_tutorial(t->out, &tu);
		fprintf(t->out, " is already done (on %s): nothing changed\n",
		    tu.completed);
	} else if ((err = tutorial_complete(t->db, tu.id, completed)) == NULL) {
		print_done(t, &tu, completed);
	}
done:
	tutorial_release(&tu);
	return err;
}

/* Refuses a completion day before the tutorial started. */
static struct error *
done_check(const struct tutorial *tu, const char *completed)
{
	struct buf title;
	struct error *err;

	if (tu->started == NULL || strcmp(completed, tu->started) >= 0)
		return NULL;
	buf_init(&title);
	buf_put_terminal(&title, tu->title);
	err = error_usage("invalid completion date '%s': '%s' started on %s; "
	    "use that day or later", completed, title.data, tu->started);
	buf_release(&title);
	return err;
}

/* "completed tutorial 'T' on D (started S, 2h logged)", or the move. */
static void
print_done(struct track *t, const struct tutorial *tu, const char *completed)
{
	char logged[32];

	if (tu->completed != NULL) {
		put_tutorial(t->out, tu);
		fprintf(t->out, ": completed on %s (was %s)\n", completed,
		    tu->completed);
		return;
	}
	duration_format(tu->minutes, logged, sizeof(logged));
	fputs("completed ", t->out);
	put_tutorial(t->out, tu);
	fprintf(t->out, " on %s (", completed);
	if (tu->started != NULL)
		fprintf(t->out, "started %s, ", tu->started);
	fprintf(t->out, "%s logged)\n", logged);
}

/* ---------------------------------------------------------------------
 * track tutorial list
 */

static struct error *list_text(struct track *t);
static struct error *list_json(struct track *t);

static struct error *
tutorial_list(struct track *t, int argc, char **argv)
{
	struct tutorial_options o;
	struct error *err;

	if ((err = parse_options(argc, argv, 0, &o)) != NULL)
		return err;
	if (o.format == NULL || strcmp(o.format, "text") == 0)
		return list_text(t);
	if (strcmp(o.format, "json") == 0)
		return list_json(t);
	return error_usage("invalid format '%s': use text or json", o.format);
}

#define LIST_COLUMNS 8
#define TITLE_COLUMNS 40	/* longer titles are cut in the list */
#define TOPIC_COLUMNS 24	/* longer topics are cut in the list */

/* Adds one tutorial's row to the table. */
static struct error *
add_row(const struct tutorial *tu, void *arg)
{
	char progress[32], logged[32];
	struct table *table = arg;

	if (tu->has_progress)
		progress_format(tu->progress, progress, sizeof(progress));
	duration_format(tu->minutes, logged, sizeof(logged));
	table_add(table, tu->title);
	table_add(table, tu->topic);
	table_add(table, tu->platform);
	table_add(table, tu->has_progress ? progress : NULL);
	table_add(table, tu->started);
	table_add(table, tu->completed);
	table_add(table, logged);
	table_add(table, tu->url);
	return NULL;
}

/* Every tutorial in aligned columns under a header, or how to add one. */
static struct error *
list_text(struct track *t)
{
	static const char *const header[LIST_COLUMNS] = {
		"TITLE", "TOPIC", "PLATFORM", "PROGRESS", "STARTED",
		"COMPLETED", "LOGGED", "URL",
	};
	static const size_t max[LIST_COLUMNS] = {
		TITLE_COLUMNS, TOPIC_COLUMNS, TOPIC_COLUMNS, 0, 0, 0, 0, 0,
	};
	struct table table;
	struct error *err;

	table_init(&table, LIST_COLUMNS);
	for (size_t i = 0; i < LIST_COLUMNS; i++)
		table_add(&table, header[i]);
	if ((err = tutorial_each(t->db, add_row, &table)) == NULL) {
		if (table.count == LIST_COLUMNS)
			fputs("no tutorials yet: add one with 'track tutorial "
			    "add TITLE', or log time on one with 'track log 1h "
			    "TOPIC --tutorial TITLE'\n", t->out);
		else
			table_print(&table, t->out, max);
	}
	table_release(&table);
	return err;
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


/* One tutorial as the object of SPEC §11, on its own line of the array. */
static struct error *
print_json(const struct tutorial *tu, void *arg)
{
	struct json_array_stream *stream = arg;
	json_t *o = json_object();

	json_object_set_new(o, "title", json_text(tu->title));
	json_object_set_new(o, "topic", json_text(tu->topic));
	json_object_set_new(o, "platform", json_text(tu->platform));
	json_object_set_new(o, "progress", json_progress(tu));
	json_object_set_new(o, "started", json_text(tu->started));
	json_object_set_new(o, "completed", json_text(tu->completed));
	json_object_set_new(o, "url", json_text(tu->url));
	json_object_set_new(o, "minutes", json_integer(tu->minutes));
	return json_array_add(stream, o);
}

static struct error *
list_json(struct track *t)
{
	struct json_array_stream stream;
	struct error *err;

	json_array_begin(&stream, t->out);
	err = tutorial_each(t->db, print_json, &stream);
	json_array_end(&stream);
	return err;
}

/* ---------------------------------------------------------------------
 * track tutorial show
 */

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

/* Writes "label:" padded to the value column, then value neutralised. */
static void
put_field(FILE *out, const char *label, const char *value)
{
	fprintf(out, "%-15s", label);
	fput_terminal(out, value);
	fputc('\n', out);
}

/* Every field, one per line, then what was logged on it. */
static void
print_tutorial(FILE *out, const struct tutorial *tu)
{
	char progress[32], logged[32];

	put_field(out, "tutorial:", tu->title);
	if (tu->topic != NULL) {
		fprintf(out, "%-15s", "topic:");
		fput_terminal(out, tu->topic);
		fprintf(out, " (%s)\n", tu->path ? tu->path : "unmapped");
	} else {
		put_field(out, "topic:", "none");
	}
	put_field(out, "platform:", tu->platform ? tu->platform :
	    "none (added by hand)");
	if (tu->course_id != NULL)
		put_field(out, "course id:", tu->course_id);
	if (tu->has_progress)
		progress_format(tu->progress, progress, sizeof(progress));
	put_field(out, "progress:", tu->has_progress ? progress : "unknown");
	put_field(out, "started:", tu->started ? tu->started : "unknown");
	put_field(out, "completed:", tu->completed ? tu->completed : "not yet");
	if (tu->last_activity != NULL)
		put_field(out, "last activity:", tu->last_activity);
	put_field(out, "url:", tu->url ? tu->url : "none");
	duration_format(tu->minutes, logged, sizeof(logged));
	fprintf(out, "%-15s%s in %d session%s\n", "logged:", logged,
	    tu->sessions, tu->sessions == 1 ? "" : "s");
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
	fputs("removed ", t->out);
	put_tutorial(t->out, &tu);
	if (unlinked == 0)
		fputs(" (no sessions were linked to it)\n", t->out);
	else
		fprintf(t->out, "; its %d session%s stay%s, unlinked, as kind "
		    "tutorial\n", unlinked, unlinked == 1 ? "" : "s",
		    unlinked == 1 ? "s" : "");
done:
	tutorial_release(&tu);
	return err;
}
