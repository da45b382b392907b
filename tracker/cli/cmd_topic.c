/*
 * track topic: list the catalog, map a topic to a path (new, unmapped or
 * moved), give a topic another name, or say which further paths it
 * serves (SPEC §2). Aliasing an unmapped topic (a typo that got logged)
 * merges it into the topic. The catalog is the user's: built-in serving
 * relations may be ended too.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/describe.h"
#include "core/listing.h"
#include "core/text.h"

struct topic_options {
	const char *path;	/* --path */
	const char *serves;	/* --serves */
	bool names;		/* --names */
};

static struct error *topic_list(struct track *t, int argc, char **argv);
static struct error *topic_add_command(struct track *t, int argc,
    char **argv);
static struct error *topic_alias(struct track *t, int argc, char **argv);
static struct error *topic_serve_command(struct track *t, int argc,
    char **argv);
static struct error *topic_unserve_command(struct track *t, int argc,
    char **argv);

static const struct subcommand subcommands[] = {
	{ "list", topic_list, DB_READ },
	{ "add", topic_add_command, DB_WRITE },
	{ "alias", topic_alias, DB_WRITE },
	{ "serve", topic_serve_command, DB_WRITE },
	{ "unserve", topic_unserve_command, DB_WRITE },
	{ NULL, NULL, DB_NONE },
};

struct error *
cmd_topic(struct track *t, int argc, char **argv)
{
	return subcommand_run(subcommands, "topic", t, argc, argv);
}

enum db_mode
cmd_topic_db(int argc, char **argv)
{
	return subcommand_db(subcommands, argc, argv);
}


/*
 * Parses the options of `track topic SUB` (argv[0] is SUB) that its form
 * in the command table takes. Leaves optind at the first operand.
 */
static struct error *
parse_options(int argc, char **argv, struct topic_options *o)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "topic", argv[0], argc, argv);
	while ((c = option_next(&r)) != -1) {
		if (c == 'p')
			o->path = optarg;
		else if (c == 's')
			o->serves = optarg;
		else if (c == 'n')
			o->names = true;
		else
			return option_error("topic", argv, c);
	}
	return NULL;
}

/*
 * Writes fmt to out with each %s replaced by the next argument, with
 * terminal control characters neutralised (names come from the user).
 */
static void
say(FILE *out, const char *fmt, ...)
{
	struct buf b;
	va_list ap;

	buf_init(&b);
	va_start(ap, fmt);
	for (const char *p = fmt; *p != '\0'; p++) {
		if (p[0] == '%' && p[1] == 's') {
			buf_put_terminal(&b, va_arg(ap, const char *));
			p++;
		} else {
			buf_putc(&b, *p);
		}
	}
	va_end(ap);
	fputs(b.data, out);
	buf_release(&b);
}

/* ---------------------------------------------------------------------
 * track topic list
 */

static struct error *print_group(struct track *t, int64_t path_id,
    const char *title);
static struct error *print_groups(struct track *t);
static struct error *print_names(struct track *t, int64_t path_id);

static struct error *
topic_list(struct track *t, int argc, char **argv)
{
	struct topic_options o = { 0 };
	struct error *err;
	struct path p;
	int64_t path_id = -1;	/* every path */

	if ((err = parse_options(argc, argv, &o)) != NULL)
		return err;
	if (argc != optind)
		return subcommand_usage_error("topic", "list");
	path_init(&p);
	if (o.path != NULL && strcasecmp(o.path, "unmapped") == 0)
		path_id = 0;
	else if (o.path != NULL &&
	    (err = path_require(t->db, o.path, &p)) == NULL)
		path_id = p.id;
	if (err == NULL && o.names)
		err = print_names(t, path_id);
	else if (err == NULL && path_id >= 0)
		err = print_group(t, path_id, path_id ? p.slug : "unmapped");
	else if (err == NULL)
		err = print_groups(t);
	path_release(&p);
	return err;
}

/* "backend:" and its topics, or "(none)"; path_id 0 is the unmapped. */
static struct error *
print_group(struct track *t, int64_t path_id, const char *title)
{
	struct error *err;
	int64_t topics;

	if ((err = path_topic_count(t->db, path_id, &topics)) != NULL)
		return err;
	fputs(title, t->out);
	fputs(":\n", t->out);
	if (topics == 0) {
		fputs("  (none)\n", t->out);
		return NULL;
	}
	return topic_each(t->db, path_id, topic_row_print, t->out);
}

/* The groups written so far, for the lines between them. */
struct groups {
	struct track *t;
	bool first;
};

/* One path's group, after a blank line unless it is the first (arg). */
static struct error *
print_path_group(const struct path_row *row, void *arg)
{
	struct groups *g = arg;

	if (!g->first)
		fputc('\n', g->t->out);
	g->first = false;
	return print_group(g->t, row->id, row->slug);
}

/* Every path in position order, then the unmapped topics if any. */
static struct error *
print_groups(struct track *t)
{
	struct groups g = { t, true };
	struct error *err;
	int64_t unmapped;

	if ((err = path_each(t->db, print_path_group, &g)) == NULL &&
	    (err = path_topic_count(t->db, 0, &unmapped)) == NULL &&
	    unmapped > 0) {
		fputc('\n', t->out);
		err = print_group(t, 0, "unmapped");
	}
	return err;
}

/* Writes name on a line of its own to arg, a FILE *. */
static struct error *
print_name(const char *name, void *arg)
{
	FILE *out = arg;

	fput_terminal(out, name);
	fputc('\n', out);
	return NULL;
}

/*
 * Every topic name and alias, one a line, sorted (for shell completion);
 * path_id -1 for all, 0 for the unmapped topics.
 */
static struct error *
print_names(struct track *t, int64_t path_id)
{
	return topic_name_each(t->db, path_id, print_name, t->out);
}

/* ---------------------------------------------------------------------
 * track topic add
 */

/* The paths of --serves, checked before anything is written. */
struct served {
	struct path *paths;
	size_t count;
};

static struct error *served_parse(sqlite3 *db, const char *list,
    const struct path *home, struct served *served);
static void served_release(struct served *served);
static struct error *place_topic(struct track *t, const char *name,
    const struct path *p, bool serving, struct topic *placed);
static struct error *serve_all(struct track *t, const struct topic *topic,
    const struct served *served);

static struct error *
topic_add_command(struct track *t, int argc, char **argv)
{
	struct topic_options o = { 0 };
	struct served served = { 0 };
	struct topic placed;
	struct error *err;
	struct path p;

	if ((err = parse_options(argc, argv, &o)) != NULL)
		return err;
	if (argc - optind != 1 || o.path == NULL)
		return subcommand_usage_error("topic", "add");
	if ((err = topic_name_check(argv[optind])) != NULL)
		return err;
	path_init(&p);
	topic_init(&placed);
	if ((err = path_require(t->db, o.path, &p)) == NULL &&
	    (o.serves == NULL || (err = served_parse(t->db, o.serves, &p,
	    &served)) == NULL) &&
	    (err = place_topic(t, argv[optind], &p, o.serves != NULL,
	    &placed)) == NULL)
		err = serve_all(t, &placed, &served);
	topic_release(&placed);
	served_release(&served);
	path_release(&p);
	return err;
}

/* Refuses fundamentals and home (the topic's path) as a served path. */
static struct error *
serve_check(const struct path *path, const char *topic, const char *home)
{
	if (path->fundamentals)
		return error_usage("'fundamentals' cannot be served: the "
		    "fundamentals count for every path already");
	if (home != NULL && strcmp(path->slug, home) == 0)
		return error_usage("'%s' is a topic of %s: a topic serves "
		    "paths other than its home", topic, home);
	return NULL;
}

/*
 * Reads --serves: paths separated by commas (blanks around them are
 * ignored), each known, not fundamentals, not home, none twice.
 */
static struct error *
served_parse(sqlite3 *db, const char *list, const struct path *home,
    struct served *served)
{
	char *copy = xstrdup(list), *item, *rest = copy;
	struct error *err = NULL;

	while (err == NULL && (item = strsep(&rest, ",")) != NULL) {
		struct path *p;
		size_t n;

		item += strspn(item, " \t");
		for (n = strlen(item); n > 0 && strchr(" \t", item[n - 1]); n--)
			item[n - 1] = '\0';
		if (*item == '\0') {
			err = error_usage("invalid --serves '%s': name paths "
			    "separated by commas, e.g. ml,data-science", list);
			break;
		}
		served->paths = xrealloc(served->paths, (served->count + 1) *
		    sizeof(*served->paths));
		p = &served->paths[served->count++];
		path_init(p);
		if ((err = path_require(db, item, p)) == NULL &&
		    (err = serve_check(p, NULL, NULL)) == NULL &&
		    p->id == home->id)
			err = error_usage("invalid --serves '%s': %s is the "
			    "topic's home (--path); a topic serves only other "
			    "paths", list, p->slug);
		for (size_t i = 0; err == NULL && i + 1 < served->count; i++)
			if (served->paths[i].id == p->id)
				err = error_usage("invalid --serves '%s': %s is "
				    "named twice", list, p->slug);
	}
	free(copy);
	return err;
}

static void
served_release(struct served *served)
{
	for (size_t i = 0; i < served->count; i++)
		path_release(&served->paths[i]);
	free(served->paths);
	served->paths = NULL;
	served->count = 0;
}

/*
 * Serves each path of --serves, saying which are new ("'pygame' now
 * serves automation, ml") and which were served already.
 */
static struct error *
serve_all(struct track *t, const struct topic *topic,
    const struct served *served)
{
	struct buf added, already;
	struct error *err = NULL;
	bool new_one;

	if (served->count == 0)
		return NULL;
	buf_init(&added);
	buf_init(&already);
	for (size_t i = 0; err == NULL && i < served->count; i++) {
		const struct path *p = &served->paths[i];
		struct buf *list;

		if ((err = topic_serve(t->db, topic->id, p->id, &new_one))
		    != NULL)
			break;
		list = new_one ? &added : &already;
		buf_printf(list, "%s%s", list->len ? ", " : "", p->slug);
	}
	if (err == NULL && added.len > 0)
		say(t->out, "'%s' now serves %s\n", topic->name, added.data);
	if (err == NULL && already.len > 0)
		say(t->out, "'%s' already serves %s\n", topic->name,
		    already.data);
	buf_release(&added);
	buf_release(&already);
	return err;
}

/* The usage error for name, an alias of topic, given to `topic add`. */
static struct error *
alias_given(const char *name, const struct topic *topic,
    const struct path *p)
{
	const char *canonical = topic->name;
	struct buf options;
	struct error *err;
	char *add;

	buf_init(&options);
	buf_puts(&options, "--path ");
	buf_put_shell_word(&options, p->slug);
	add = command_text("topic add", &canonical, 1, options.data);
	err = error_usage("'%s' is an alias of '%s': move that topic with "
	    "'%s'", name, topic->name, add);
	free(add);
	buf_release(&options);
	return err;
}

/*
 * Maps or moves topic into p, saying so; a path it served becomes its
 * home, so it serves it no more.
 */
static struct error *
move_topic(struct track *t, const struct topic *topic, const struct path *p)
{
	struct error *err;
	bool served, builtin;

	if ((err = topic_unserve(t->db, topic->id, p->id, &served,
	    &builtin)) != NULL ||
	    (err = topic_map(t->db, topic->id, p->id)) != NULL)
		return err;
	if (topic->path == NULL)
		say(t->out, "mapped '%s' to %s", topic->name, p->slug);
	else
		say(t->out, "moved '%s' from %s to %s", topic->name,
		    topic->path, p->slug);
	say(t->out, served ? " (it served %s: its home now)\n" : "\n",
	    p->slug);
	return NULL;
}

/*
 * Puts topic name into path p: adds it, maps it when unmapped, or moves
 * it from its path; placed is the topic as it is now. A name that is an
 * alias of a topic is refused. serving: --serves follows, so "nothing
 * changed" is not said yet.
 */
static struct error *
place_topic(struct track *t, const char *name, const struct path *p,
    bool serving, struct topic *placed)
{
	char *norm = topic_normalize(name);
	struct error *err;
	bool found;

	if ((err = topic_find(t->db, norm, placed, &found)) != NULL)
		goto done;
	if (!found) {
		if ((err = topic_add(t->db, norm, p->id, &placed->id)) != NULL)
			goto done;
		placed->name = xstrdup(norm);
		say(t->out, "added topic '%s' to %s\n", norm, p->slug);
	} else if (!topic_same(placed->name, norm)) {
		err = alias_given(norm, placed, p);
	} else if (placed->path_id == p->id) {
		say(t->out, serving ? "'%s' is already in %s\n" :
		    "'%s' is already in %s: nothing changed\n", placed->name,
		    p->slug);
	} else {
		err = move_topic(t, placed, p);
	}
done:
	free(norm);
	return err;
}

/* ---------------------------------------------------------------------
 * track topic alias
 */

static struct error *alias_refusal(const char *alias,
    const struct topic *existing, const struct topic *target);
static struct error *merge_into(struct track *t, const char *alias,
    const struct topic *existing, const struct topic *target);

static struct error *
topic_alias(struct track *t, int argc, char **argv)
{
	struct topic existing, target;
	struct error *err;
	char *alias = NULL;
	bool found;

	if ((err = parse_options(argc, argv,
	    &(struct topic_options){ 0 })) != NULL)
		return err;
	if (argc - optind != 2)
		return subcommand_usage_error("topic", "alias");
	if ((err = topic_name_check(argv[optind])) != NULL)
		return err;
	topic_init(&existing);
	topic_init(&target);
	alias = topic_normalize(argv[optind]);
	if ((err = topic_require(t->db, argv[optind + 1], &target)) != NULL ||
	    (err = topic_find(t->db, alias, &existing, &found)) != NULL)
		goto done;
	if (!found) {
		if ((err = topic_alias_add(t->db, alias, target.id)) == NULL)
			say(t->out, "added alias '%s' for %s\n", alias,
			    target.name);
	} else if ((err = alias_refusal(alias, &existing, &target)) == NULL) {
		err = merge_into(t, alias, &existing, &target);
	}
done:
	free(alias);
	topic_release(&existing);
	topic_release(&target);
	return err;
}

/*
 * Why alias (found as existing) cannot become an alias of target, or
 * NULL when existing is an unmapped topic that can be merged.
 */
static struct error *
alias_refusal(const char *alias, const struct topic *existing,
    const struct topic *target)
{
	if (!topic_same(existing->name, alias))
		return error_usage("'%s' is already an alias of '%s': choose "
		    "another alias", alias, existing->name);
	if (existing->id == target->id)
		return error_usage("'%s' is the topic itself: an alias must be "
		    "another name", alias);
	if (existing->path != NULL)
		return error_usage("'%s' is already a topic of %s: an alias must "
		    "be a new name (or an unmapped topic to merge)", alias,
		    existing->path);
	return NULL;
}

/* Merges the unmapped topic existing into target under the alias. */
static struct error *
merge_into(struct track *t, const char *alias, const struct topic *existing,
    const struct topic *target)
{
	struct error *err;
	int sessions;

	if ((err = topic_merge(t->db, existing->id, target->id, &sessions))
	    != NULL ||
	    (err = topic_alias_add(t->db, alias, target->id)) != NULL)
		return err;
	say(t->out, "merged unmapped topic '%s' into %s: ", alias,
	    target->name);
	fprintf(t->out, "%d session%s moved; ", sessions,
	    sessions == 1 ? "" : "s");
	say(t->out, "'%s' is now an alias of %s\n", alias, target->name);
	return NULL;
}

/* ---------------------------------------------------------------------
 * track topic serve, track topic unserve
 */

/*
 * The topic and path of `topic serve|unserve TOPIC PATH`, checked: a
 * known topic with a home path, and a known path that is neither
 * fundamentals nor that home.
 */
static struct error *
serving_operands(struct track *t, int argc, char **argv, const char *sub,
    struct topic *topic, struct path *path)
{
	struct error *err;
	const char *name;
	char *add;

	if ((err = parse_options(argc, argv,
	    &(struct topic_options){ 0 })) != NULL)
		return err;
	if (argc - optind != 2)
		return subcommand_usage_error("topic", sub);
	if ((err = topic_name_check(argv[optind])) != NULL ||
	    (err = topic_require(t->db, argv[optind], topic)) != NULL ||
	    (err = path_require(t->db, argv[optind + 1], path)) != NULL)
		return err;
	if (topic->path != NULL)
		return serve_check(path, topic->name, topic->path);
	name = topic->name;
	add = command_text("topic add", &name, 1, "--path PATH");
	err = error_usage("'%s' is unmapped: give it a home path first with "
	    "'%s'", topic->name, add);
	free(add);
	return err;
}

/* Makes a topic serve a path; serving it already changes nothing. */
static struct error *
topic_serve_command(struct track *t, int argc, char **argv)
{
	struct topic topic;
	struct path path;
	struct error *err;
	bool added;

	topic_init(&topic);
	path_init(&path);
	if ((err = serving_operands(t, argc, argv, "serve", &topic, &path))
	    == NULL &&
	    (err = topic_serve(t->db, topic.id, path.id, &added)) == NULL)
		say(t->out, added ? "'%s' now serves %s\n" : "'%s' already "
		    "serves %s: nothing changed\n", topic.name, path.slug);
	topic_release(&topic);
	path_release(&path);
	return err;
}

/*
 * Ends a topic serving a path, a built-in relation too (the catalog is
 * the user's); not serving it changes nothing.
 */
static struct error *
topic_unserve_command(struct track *t, int argc, char **argv)
{
	struct topic topic;
	struct path path;
	struct error *err;
	bool removed, builtin;

	topic_init(&topic);
	path_init(&path);
	if ((err = serving_operands(t, argc, argv, "unserve", &topic, &path))
	    == NULL && (err = topic_unserve(t->db, topic.id, path.id,
	    &removed, &builtin)) == NULL) {
		if (!removed)
			say(t->out, "'%s' does not serve %s: nothing changed\n",
			    topic.name, path.slug);
		else
			say(t->out, builtin ? "'%s' no longer serves %s (a "
			    "relation of the built-in catalog)\n" : "'%s' no "
			    "longer serves %s\n", topic.name, path.slug);
	}
	topic_release(&topic);
	path_release(&path);
	return err;
}
