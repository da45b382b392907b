/*
 * track path: list the career paths, choose one (every choice is kept,
 * dated, so the plan and the path-hopping check can read the history),
 * show one, or add one of the user's own.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "core/choice.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/date.h"
#include "core/listing.h"
#include "cli/describe.h"
#include "core/project.h"
#include "core/text.h"

#define DESCRIPTION_MAX 500

static struct error *path_list(struct track *t, int argc, char **argv);
static struct error *path_set(struct track *t, int argc, char **argv);
static struct error *path_show(struct track *t, int argc, char **argv);
static struct error *path_add_command(struct track *t, int argc,
    char **argv);
static struct error *path_undo(struct track *t, int argc, char **argv);

static const struct subcommand subcommands[] = {
	{ "list", path_list, DB_READ },
	{ "set", path_set, DB_WRITE },
	{ "show", path_show, DB_READ },
	{ "add", path_add_command, DB_WRITE },
	{ "undo", path_undo, DB_WRITE },
	{ NULL, NULL, DB_NONE },
};

struct error *
cmd_path(struct track *t, int argc, char **argv)
{
	return subcommand_run(subcommands, "path", t, argc, argv);
}

enum db_mode
cmd_path_db(int argc, char **argv)
{
	return subcommand_db(subcommands, argc, argv);
}

/*
 * Parses the options of `track path SUB` (argv[0] is SUB): its form in
 * the command table has at most one option, whose value goes to *value.
 * Leaves optind at the first operand.
 */
static struct error *
parse_options(int argc, char **argv, const char **value)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "path", argv[0], argc, argv);
	while ((c = option_next(&r)) != -1) {
		if (c != 'd')
			return option_error("path", argv, c);
		*value = optarg;
	}
	return NULL;
}

/* ---------------------------------------------------------------------
 * track path list
 */

static struct error *print_paths(struct track *t, bool hint);
static struct error *print_path_names(struct track *t);

static struct error *
path_list(struct track *t, int argc, char **argv)
{
	struct option_reader r;
	bool names = false;
	int c;

	option_reader_init(&r, "path", "list", argc, argv);
	while ((c = option_next(&r)) != -1) {
		if (c != 'n')
			return option_error("path", argv, c);
		names = true;
	}
	if (argc != optind)
		return subcommand_usage_error("path", "list");
	return names ? print_path_names(t) : print_paths(t, true);
}

/* Writes row's slug on a line of its own to arg, a FILE *. */
static struct error *
print_path_name(const struct path_row *row, void *arg)
{
	FILE *out = arg;

	fput_terminal(out, row->slug);
	fputc('\n', out);
	return NULL;
}

/* Every path's slug, one a line, in list order (for shell completion). */
static struct error *
print_path_names(struct track *t)
{
	return path_each(t->db, print_path_name, t->out);
}

/* Writes s sanitised, then spaces up to width columns. */
static void
put_padded(FILE *f, const char *s, size_t width)
{
	fput_terminal(f, s);
	for (size_t n = text_width(s); n < width; n++)
		fputc(' ', f);
}

/* How print_path_row lays out the list. */
struct path_layout {
	FILE *out;
	int64_t current;	/* the current path's id */
	int64_t slug_width;
	int64_t name_width;
};

/* One line of the list. */
static struct error *
print_path_row(const struct path_row *row, void *arg)
{
	const struct path_layout *l = arg;

	fputs(row->id == l->current ? "* " : "  ", l->out);
	put_padded(l->out, row->slug, (size_t)l->slug_width + 2);
	put_padded(l->out, row->name, (size_t)l->name_width + 2);
	fprintf(l->out, "%3d topic%s", row->topics, row->topics == 1 ? "" :
	    "s");
	if (row->fundamentals)
		fputs("  (fundamentals: shared by every path)", l->out);
	fputc('\n', l->out);
	return NULL;
}

/*
 * Every path in position order with its topic count, '*' marking the
 * current one, and (with hint) how to choose one when none is chosen yet.
 */
static struct error *
print_paths(struct track *t, bool hint)
{
	struct path_layout layout = { .out = t->out };
	struct error *err;
	struct path current;
	bool found;

	path_init(&current);
	if ((err = path_current(t->db, t->today, &current, &found)) == NULL &&
	    (err = path_widths(t->db, &layout.slug_width,
	    &layout.name_width)) == NULL) {
		layout.current = current.id;
		err = path_each(t->db, print_path_row, &layout);
	}
	if (err == NULL && !found && hint)
		fputs("\nno path chosen yet: choose one with 'track path set "
		    "PATH'\n", t->out);
	path_release(&current);
	return err;
}

/* ---------------------------------------------------------------------
 * track path set
 */

static struct error *refuse_fundamentals(struct track *t);
static struct error *print_choice(struct track *t, const struct path *p,
    int day, enum path_set_outcome outcome, int64_t replaced,
    const struct path *before, bool had_before, int before_since);
static struct error *print_later_choices(struct track *t, int day);

static struct error *
path_set(struct track *t, int argc, char **argv)
{
	const char *date = NULL;
	struct path p, before;
	struct error *err;
	enum path_set_outcome outcome;
	int day = t->today, before_since;
	int64_t replaced;
	bool had_before;

	if ((err = parse_options(argc, argv, &date)) != NULL)
		return err;
	if (argc - optind != 1)
		return subcommand_usage_error("path", "set");
	if (date != NULL && (err = date_parse(date, t->today, &day)) != NULL)
		return err;
	path_init(&p);
	path_init(&before);
	if ((err = path_require(t->db, argv[optind], &p)) != NULL)
		goto done;
	if (p.fundamentals) {
		err = refuse_fundamentals(t);
		goto done;
	}
	if ((err = path_current(t->db, day, &before, &had_before)) != NULL ||
	    (err = path_chosen_since(t->db, day, &before_since)) != NULL ||
	    (err = path_choice_set(t->db, p.id, day, t->now, &outcome,
	    &replaced)) != NULL)
		goto done;
	err = print_choice(t, &p, day, outcome, replaced, &before, had_before,
	    before_since);
done:
	path_release(&p);
	path_release(&before);
	return err;
}

static struct error *
refuse_fundamentals(struct track *t)
{
	char *list;
	struct error *err;

	if ((err = path_slug_list(t->db, &list)) != NULL)
		return err;
	err = error_usage("'fundamentals' is not a specialization: "
	    "fundamentals are shared by every path; choose one of %s", list);
	free(list);
	return err;
}

/*
 * "path: backend (was ml)" and its variants for the choice of p on day;
 * before is the path that was current on day, chosen on before_since,
 * replaced the path of the choice of that day the new one replaced.
 */
static struct error *
print_choice(struct track *t, const struct path *p, int day,
    enum path_set_outcome outcome, int64_t replaced,
    const struct path *before, bool had_before, int before_since)
{
	char text[DAY_TEXT_SIZE];
	struct error *err;
	char *slug;

	fprintf(t->out, "path: %s", p->slug);
	if (day != t->today) {
		day_format(day, text);
		fprintf(t->out, " since %s", text);
	}
	if (outcome == PATH_SET_REPLACED) {
		/* A mis-click is not a change: the choice of the day goes. */
		if ((err = path_slug_of(t->db, replaced, &slug)) != NULL)
			return err;
		fprintf(t->out, " (replaces %s chosen %s)", slug,
		    day == t->today ? "today" : "that day");
		free(slug);
	} else if (!had_before) {
		fputs(" (first choice)", t->out);
	} else if (before->id != p->id) {
		fprintf(t->out, " (was %s)", before->slug);
	} else {
		day_format(before_since, text);
		fprintf(t->out, " (unchanged, chosen %s)", text);
	}
	return print_later_choices(t, day);
}

/*
 * Ends the line of a choice on day: when later choices exist (a
 * back-dated --date), it names the path that stays current.
 */
static struct error *
print_later_choices(struct track *t, int day)
{
	char text[DAY_TEXT_SIZE];
	struct path current;
	struct error *err;
	int64_t later;
	bool found;
	int since;

	path_init(&current);
	if ((err = path_choices_after(t->db, day, &later)) == NULL &&
	    later > 0 &&
	    (err = path_current(t->db, t->today, &current, &found)) == NULL &&
	    (err = path_chosen_since(t->db, t->today, &since)) == NULL) {
		day_format(since, text);
		fprintf(t->out, "; current path: %s (chosen %s)", current.slug,
		    text);
	}
	fputc('\n', t->out);
	path_release(&current);
	return err;
}

/* ---------------------------------------------------------------------
 * track path undo
 */

/*
 * Takes back the newest `path set` (as `track undo` would, whatever was
 * logged since) and says which path is current now. Nothing to undo is
 * a runtime error, as for `track undo`.
 */
static struct error *
path_undo(struct track *t, int argc, char **argv)
{
	struct path_undo u;
	struct error *err;
	bool found;

	if ((err = parse_options(argc, argv, NULL)) != NULL)
		return err;
	if (argc != optind)
		return subcommand_usage_error("path", "undo");
	path_undo_init(&u);
	if ((err = path_choice_undo_latest(t->db, t->today, &u, &found)) ==
	    NULL && !found)
		err = error_runtime("no path choice to undo: 'track path set "
		    "PATH' makes one");
	if (err == NULL)
		path_undo_print(t->out, &u);
	path_undo_release(&u);
	return err;
}

/* ---------------------------------------------------------------------
 * track path show
 */

static struct error *print_path(struct track *t, const struct path *p,
    bool is_current);

static struct error *
path_show(struct track *t, int argc, char **argv)
{
	struct path p, current;
	struct error *err;
	bool found;

	if ((err = parse_options(argc, argv, NULL)) != NULL)
		return err;
	if (argc - optind > 1)
		return subcommand_usage_error("path", "show");
	path_init(&p);
	path_init(&current);
	if ((err = path_current(t->db, t->today, &current, &found)) != NULL)
		goto done;
	if (argc - optind == 1) {
		if ((err = path_require(t->db, argv[optind], &p)) == NULL)
			err = print_path(t, &p, p.id == current.id);
	} else if (found) {
		err = print_path(t, &current, true);
	} else {
		fputs("no path chosen yet: choose one of these with 'track path "
		    "set PATH'\n\n", t->out);
		err = print_paths(t, false);
	}
done:
	path_release(&p);
	path_release(&current);
	return err;
}

static struct error *print_history(struct track *t);
static struct error *print_serving(struct track *t, const struct path *p);

/*
 * The header, description, topics with aliases, the topics serving it,
 * its prerequisites, and the choice history.
 */
static struct error *
print_path(struct track *t, const struct path *p, bool is_current)
{
	struct error *err;
	int64_t topics;

	fprintf(t->out, "%s: ", p->slug);
	fput_terminal(t->out, p->name);
	if (p->fundamentals)
		fputs(" (fundamentals: shared by every path)", t->out);
	else if (is_current)
		fputs(" (current path)", t->out);
	fputc('\n', t->out);
	if (*p->description != '\0') {
		fput_terminal(t->out, p->description);
		fputc('\n', t->out);
	}
	if ((err = path_topic_count(t->db, p->id, &topics)) != NULL)
		return err;
	if (topics == 0)
		fprintf(t->out, "\ntopics: none yet (add one with 'track topic "
		    "add NAME --path %s')\n", p->slug);
	else
		fprintf(t->out, "\ntopics (%lld):\n", (long long)topics);
	if ((err = topic_each(t->db, p->id, topic_row_print, t->out)) != NULL ||
	    (err = print_serving(t, p)) != NULL)
		return err;
	return print_history(t);
}

static struct error *
print_serving_line(const char *topic, const char *home, void *arg)
{
	FILE *out = arg;

	fputs("  ", out);
	fput_terminal(out, topic);
	fputs(" (", out);
	fput_terminal(out, home);
	fputs(")\n", out);
	return NULL;
}

/*
 * The topics of other paths that serve p (their hours count for p when
 * it is chosen) and p's prerequisites, each only when there are some.
 */
static struct error *
print_serving(struct track *t, const struct path *p)
{
	struct error *err;
	int64_t serving;
	char *prerequisites;

	if ((err = path_serving_count(t->db, p->id, &serving)) != NULL)
		return err;
	if (serving > 0) {
		fprintf(t->out, "\nserved by topics of other paths (%lld):\n",
		    (long long)serving);
		if ((err = topic_serving_each(t->db, p->id, print_serving_line,
		    t->out)) != NULL)
			return err;
	}
	if ((err = path_prerequisites(t->db, p->id, &prerequisites)) != NULL)
		return err;
	if (*prerequisites != '\0') {
		fputs("\nprerequisites: ", t->out);
		fput_terminal(t->out, prerequisites);
		fputc('\n', t->out);
	}
	free(prerequisites);
	return NULL;
}

/* How print_history_line writes the history. */
struct history_layout {
	FILE *out;
	int64_t width;		/* of the slugs */
	char *previous;		/* the slug of the line before, NULL */
};

/* One path set of the history, saying whether it changed the path. */
static struct error *
print_history_line(const char *day, const char *slug, void *arg)
{
	struct history_layout *l = arg;

	if (l->previous == NULL)
		fputs("\nhistory (oldest first):\n", l->out);
	fprintf(l->out, "  %s  %-*s  ", day, (int)l->width, slug);
	if (l->previous == NULL)
		fputs("first choice\n", l->out);
	else if (strcmp(l->previous, slug) != 0)
		fprintf(l->out, "changed from %s\n", l->previous);
	else
		fputs("unchanged\n", l->out);
	free(l->previous);
	l->previous = xstrdup(slug);
	return NULL;
}

/* Every path set, oldest first, each saying whether it changed the path. */
static struct error *
print_history(struct track *t)
{
	struct history_layout layout = { .out = t->out };
	struct error *err;

	if ((err = path_choice_width(t->db, &layout.width)) != NULL)
		return err;
	err = path_choice_each(t->db, print_history_line, &layout);
	if (err == NULL && layout.previous == NULL)
		fputs("\nhistory: no path chosen yet\n", t->out);
	free(layout.previous);
	return err;
}

/* ---------------------------------------------------------------------
 * track path add
 */

static struct error *path_add_check(sqlite3 *db, const char *slug,
    const char *name, const char *description);

static struct error *
path_add_command(struct track *t, int argc, char **argv)
{
	const char *description = NULL, *slug, *name;
	struct error *err;

	if ((err = parse_options(argc, argv, &description)) != NULL)
		return err;
	if (argc - optind != 2)
		return subcommand_usage_error("path", "add");
	slug = argv[optind];
	name = argv[optind + 1];
	if ((err = path_add_check(t->db, slug, name, description)) != NULL ||
	    (err = path_add(t->db, slug, name, description)) != NULL)
		return err;
	fprintf(t->out, "added path %s: ", slug);
	fput_terminal(t->out, name);
	fprintf(t->out, "\nmap topics to it with 'track topic add NAME --path "
	    "%s', choose it with 'track path set %s'\n", slug, slug);
	return NULL;
}

/* Refuses a bad or taken slug, a bad name or a bad description. */
static struct error *
path_add_check(sqlite3 *db, const char *slug, const char *name,
    const char *description)
{
	struct error *err;
	struct path existing;
	bool found;

	if ((err = path_slug_check(slug)) != NULL ||
	    (err = title_check("path", name)) != NULL)
		return err;
	if (strcmp(slug, "unmapped") == 0)
		return error_usage("path slug 'unmapped' is reserved for topics "
		    "without a path: choose another slug");
	if (description != NULL && (!utf8_valid(description) ||
	    strlen(description) > DESCRIPTION_MAX))
		return error_usage("invalid path description: use UTF-8 text of "
		    "at most %d bytes", DESCRIPTION_MAX);
	path_init(&existing);
	if ((err = path_find(db, slug, &existing, &found)) == NULL && found)
		err = error_usage("path '%s' already exists (%s): 'track path "
		    "list' shows every path", slug, existing.name);
	path_release(&existing);
	return err;
}
