/*
 * track topic: list the catalog, map a topic to a path (new, unmapped or
 * moved), or give a topic another name. Aliasing an unmapped topic (a
 * typo that got logged) merges it into the topic.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "catalog.h"
#include "commands.h"
#include "text.h"

struct topic_options {
	const char *path;	/* --path */
	bool names;		/* --names */
};

static struct error *topic_list(struct track *t, int argc, char **argv);
static struct error *topic_add_command(struct track *t, int argc,
    char **argv);
static struct error *topic_alias(struct track *t, int argc, char **argv);

static const struct subcommand subcommands[] = {
	{ "list", topic_list, DB_READ },
	{ "add", topic_add_command, DB_WRITE },
	{ "alias", topic_alias, DB_WRITE },
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

static const struct option list_options[] = {
	{ "path", required_argument, NULL, 'p' },
	{ "names", no_argument, NULL, 'n' },
	{ NULL, 0, NULL, 0 },
};
static const struct option add_options[] = {
	{ "path", required_argument, NULL, 'p' },
	{ NULL, 0, NULL, 0 },
};
static const struct option no_options[] = {
	{ NULL, 0, NULL, 0 },
};

/*
 * Parses the options of `track topic SUB` (argv[0] is SUB) that longopts
 * allows. Leaves optind at the first operand.
 */
static struct error *
parse_options(int argc, char **argv, const struct option *longopts,
    struct topic_options *o)
{
	int c;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		if (c == 'p')
			o->path = optarg;
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

	if ((err = parse_options(argc, argv, list_options, &o)) != NULL)
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

static struct error *
print_topic_line(const char *name, const char *aliases, void *arg)
{
	FILE *out = arg;

	fputs("  ", out);
	fput_terminal(out, name);
	if (*aliases != '\0') {
		fputs(" (", out);
		fput_terminal(out, aliases);
		fputc(')', out);
	}
	fputc('\n', out);
	return NULL;
}

/* "backend:" and its topics, or "(none)"; path_id 0 is the unmapped. */
static struct error *
print_group(struct track *t, int64_t path_id, const char *title)
{
	struct error *err;
	int64_t topics;

	if ((err = db_query_int(t->db, &topics, 0, "SELECT count(*) FROM topic "
	    "WHERE path_id IS nullif(?, 0)", "i", path_id)) != NULL)
		return err;
	fputs(title, t->out);
	fputs(":\n", t->out);
	if (topics == 0) {
		fputs("  (none)\n", t->out);
		return NULL;
	}
	return topic_each(t->db, path_id, print_topic_line, t->out);
}

/* Every path in position order, then the unmapped topics if any. */
static struct error *
print_groups(struct track *t)
{
	sqlite3_stmt *stmt;
	struct error *err = NULL;
	int64_t unmapped;
	bool first = true;

	if ((err = db_prepare(t->db, "SELECT id, slug FROM path "
	    "ORDER BY position, slug", &stmt)) != NULL)
		return err;
	while (err == NULL && sqlite3_step(stmt) == SQLITE_ROW) {
		if (!first)
			fputc('\n', t->out);
		first = false;
		err = print_group(t, sqlite3_column_int64(stmt, 0),
		    (const char *)sqlite3_column_text(stmt, 1));
	}
	sqlite3_finalize(stmt);
	if (err == NULL && (err = db_query_int(t->db, &unmapped, 0,
	    "SELECT count(*) FROM topic WHERE path_id IS NULL", NULL)) == NULL &&
	    unmapped > 0) {
		fputc('\n', t->out);
		err = print_group(t, 0, "unmapped");
	}
	return err;
}

/*
 * Every topic name and alias, one a line, sorted (for shell completion);
 * path_id -1 for all, 0 for the unmapped topics.
 */
static struct error *
print_names(struct track *t, int64_t path_id)
{
	static const char sql[] =
	    "SELECT name FROM topic WHERE ?1 < 0 OR path_id IS nullif(?1, 0) "
	    "UNION SELECT a.alias FROM topic_alias a JOIN topic t "
	    "ON t.id = a.topic_id WHERE ?1 < 0 OR t.path_id IS nullif(?1, 0) "
	    "ORDER BY 1";
	sqlite3_stmt *stmt;
	struct error *err;
	int rc;

	if ((err = db_prepare(t->db, sql, &stmt)) != NULL)
		return err;
	db_bind(stmt, "i", path_id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		fput_terminal(t->out, (const char *)sqlite3_column_text(stmt, 0));
		fputc('\n', t->out);
	}
	if (rc != SQLITE_DONE)
		err = db_error(t->db, "cannot read topics");
	sqlite3_finalize(stmt);
	return err;
}

/* ---------------------------------------------------------------------
 * track topic add
 */

static struct error *place_topic(struct track *t, const char *name,
    const struct path *p);

static struct error *
topic_add_command(struct track *t, int argc, char **argv)
{
	struct topic_options o = { 0 };
	struct error *err;
	struct path p;

	if ((err = parse_options(argc, argv, add_options, &o)) != NULL)
		return err;
	if (argc - optind != 1 || o.path == NULL)
		return subcommand_usage_error("topic", "add");
	if ((err = topic_name_check(argv[optind])) != NULL)
		return err;
	path_init(&p);
	if ((err = path_require(t->db, o.path, &p)) == NULL)
		err = place_topic(t, argv[optind], &p);
	path_release(&p);
	return err;
}

/*
 * Puts topic name into path p: adds it, maps it when unmapped, or moves
 * it from its path. A name that is an alias of a topic is refused.
 */
static struct error *
place_topic(struct track *t, const char *name, const struct path *p)
{
	char *norm = topic_normalize(name);
	struct topic topic;
	struct error *err;
	bool found;

	topic_init(&topic);
	if ((err = topic_find(t->db, norm, &topic, &found)) != NULL)
		goto done;
	if (!found) {
		if ((err = topic_add(t->db, norm, p->id)) == NULL)
			say(t->out, "added topic '%s' to %s\n", norm, p->slug);
	} else if (!topic_same(topic.name, norm)) {
		const char *name = topic.name;
		struct buf options;
		char *add;

		buf_init(&options);
		buf_puts(&options, "--path ");
		buf_put_shell_word(&options, p->slug);
		add = command_text("topic add", &name, 1, options.data);
		err = error_usage("'%s' is an alias of '%s': move that topic "
		    "with '%s'", norm, topic.name, add);
		free(add);
		buf_release(&options);
	} else if (topic.path_id == p->id) {
		say(t->out, "'%s' is already in %s: nothing changed\n",
		    topic.name, p->slug);
	} else if ((err = topic_map(t->db, topic.id, p->id)) == NULL) {
		if (topic.path == NULL)
			say(t->out, "mapped '%s' to %s\n", topic.name, p->slug);
		else
			say(t->out, "moved '%s' from %s to %s\n", topic.name,
			    topic.path, p->slug);
	}
done:
	topic_release(&topic);
	free(norm);
	return err;
}

/* ---------------------------------------------------------------------
 * track topic alias
 */

static struct error *require_topic(sqlite3 *db, const char *name,
    struct topic *topic);
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

	if ((err = parse_options(argc, argv, no_options,
	    &(struct topic_options){ 0 })) != NULL)
		return err;
	if (argc - optind != 2)
		return subcommand_usage_error("topic", "alias");
	if ((err = topic_name_check(argv[optind])) != NULL)
		return err;
	topic_init(&existing);
	topic_init(&target);
	alias = topic_normalize(argv[optind]);
	if ((err = require_topic(t->db, argv[optind + 1], &target)) != NULL ||
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

/* Finds the topic an alias is for; an unknown one is a usage error. */
static struct error *
require_topic(sqlite3 *db, const char *name, struct topic *topic)
{
	struct error *err;
	char *near = NULL, *add;
	bool found;

	if ((err = topic_find(db, name, topic, &found)) != NULL || found ||
	    (err = topic_suggest(db, name, &near)) != NULL)
		return err;
	add = command_text("topic add", &name, 1, "--path PATH");
	if (near != NULL)
		err = error_usage("unknown topic '%s': did you mean '%s'? (add a "
		    "new one with '%s')", name, near, add);
	else
		err = error_usage("unknown topic '%s': add it first with '%s'",
		    name, add);
	free(add);
	free(near);
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
