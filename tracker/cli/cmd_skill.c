/*
 * track skill: the skills `track skills` holds the history against
 * (SPEC §12). The catalog ships them; a learner adds skills of their own
 * to a path (add), removes those (rm) and lists them all (list).
 */
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "cli/commands.h"
#include "cli/items.h"
#include "cli/options.h"
#include "core/jsonout.h"
#include "core/project.h"
#include "core/skill.h"
#include "core/text.h"

static struct error *skill_add_command(struct track *t, int argc,
    char **argv);
static struct error *skill_rm(struct track *t, int argc, char **argv);
static struct error *skill_list(struct track *t, int argc, char **argv);

static const struct subcommand subcommands[] = {
	{ "add", skill_add_command, DB_WRITE },
	{ "rm", skill_rm, DB_WRITE },
	{ "list", skill_list, DB_READ },
	{ NULL, NULL, DB_NONE },
};

struct error *
cmd_skill(struct track *t, int argc, char **argv)
{
	return subcommand_run(subcommands, "skill", t, argc, argv);
}

enum db_mode
cmd_skill_db(int argc, char **argv)
{
	return subcommand_db(subcommands, argc, argv);
}

/* Every option of every subcommand; each accepts only its own. */
struct skill_options {
	const char *topics, *path, *title, *format;
	bool names;
};

/*
 * Parses the options of `track skill SUB` (argv[0] is SUB) that its form
 * in the command table takes into *o, then wants exactly operands
 * operands after them.
 */
static struct error *
parse_options(int argc, char **argv, int operands, struct skill_options *o)
{
	struct option_reader r;
	int c;

	memset(o, 0, sizeof(*o));
	option_reader_init(&r, "skill", argv[0], argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 't': o->topics = optarg; break;
		case 'p': o->path = optarg; break;
		case 'T': o->title = optarg; break;
		case 'f': o->format = optarg; break;
		case 'n': o->names = true; break;
		default: return option_error("skill", argv, c);
		}
	}
	if (argc - optind != operands)
		return subcommand_usage_error("skill", argv[0]);
	return NULL;
}

/* ---------------------------------------------------------------------
 * track skill add
 */

/* The topics of --topics, each found, in the order given. */
struct skill_topics {
	int64_t ids[SKILL_TOPICS_MAX];
	char *names[SKILL_TOPICS_MAX];	/* their catalog names */
	size_t count;
};

static struct error *topics_parse(sqlite3 *db, const char *list,
    struct skill_topics *topics);
static void topics_release(struct skill_topics *topics);
static struct error *skill_path(struct track *t, const char *slug,
    struct path *p);
static void print_added(FILE *out, const struct skill *s,
    const struct skill_topics *topics);

static struct error *
skill_add_command(struct track *t, int argc, char **argv)
{
	struct skill_options o;
	struct skill_topics topics = { 0 };
	struct skill s;
	struct path p;
	struct error *err;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	if (o.topics == NULL)
		return subcommand_usage_error("skill", "add");
	if ((err = skill_name_check(argv[optind])) != NULL ||
	    (o.title != NULL && (err = skill_title_check(o.title)) != NULL))
		return err;
	skill_init(&s);
	path_init(&p);
	if ((err = skill_path(t, o.path, &p)) != NULL ||
	    (err = topics_parse(t->db, o.topics, &topics)) != NULL)
		goto done;
	s.name = xstrdup(argv[optind]);
	s.title = o.title ? xstrdup(o.title) : skill_default_title(s.name);
	s.path_id = p.id;
	s.path = xstrdup(p.slug);
	if ((err = skill_add(t->db, &s, topics.ids, topics.count)) == NULL)
		print_added(t->out, &s, &topics);
done:
	topics_release(&topics);
	path_release(&p);
	skill_release(&s);
	return err;
}

/*
 * The path of a new skill: --path (a specialization), else the current
 * path; with neither, a usage error saying how to give one.
 */
static struct error *
skill_path(struct track *t, const char *slug, struct path *p)
{
	struct error *err;
	bool found;

	if (slug != NULL) {
		if ((err = path_require(t->db, slug, p)) != NULL ||
		    !p->fundamentals)
			return err;
		return error_usage("'fundamentals' has no skills of its own: "
		    "the core-Python skills are every path's; give a path "
		    "with --path PATH");
	}
	if ((err = path_current(t->db, t->today, p, &found)) != NULL || found)
		return err;
	return error_usage("no path chosen yet: give the skill's path with "
	    "--path PATH, or choose yours with 'track path set PATH'");
}

/* Refuses --topics naming nothing between two commas, or too many. */
static struct error *
topics_refuse(const char *list, const char *why)
{
	return error_usage("invalid --topics '%s': %s", list, why);
}

/*
 * Reads --topics: topic names or aliases separated by commas (blanks
 * around them are ignored), each known, at most SKILL_TOPICS_MAX; a
 * topic named twice (by two of its names) counts once.
 */
static struct error *
topics_parse(sqlite3 *db, const char *list, struct skill_topics *topics)
{
	char *copy = xstrdup(list), *item, *rest = copy;
	struct error *err = NULL;
	struct topic topic;

	topic_init(&topic);
	while (err == NULL && (item = strsep(&rest, ",")) != NULL) {
		bool seen = false;

		item += strspn(item, " \t");
		for (size_t n = strlen(item); n > 0 && strchr(" \t",
		    item[n - 1]); n--)
			item[n - 1] = '\0';
		if (*item == '\0')
			err = topics_refuse(list, "name topics separated by "
			    "commas, e.g. web-scraping,requests");
		else if ((err = topic_require(db, item, &topic)) != NULL)
			break;
		for (size_t i = 0; err == NULL && i < topics->count; i++)
			seen = seen || topics->ids[i] == topic.id;
		if (err != NULL || seen)
			continue;
		if (topics->count == SKILL_TOPICS_MAX)
			err = topics_refuse(list, "a skill has at most 10 topics");
		else {
			topics->ids[topics->count] = topic.id;
			topics->names[topics->count++] = xstrdup(topic.name);
		}
	}
	topic_release(&topic);
	free(copy);
	return err;
}

static void
topics_release(struct skill_topics *topics)
{
	for (size_t i = 0; i < topics->count; i++)
		free(topics->names[i]);
	topics->count = 0;
}

/* "added skill 'NAME' (TITLE, PATH): topic, topic". */
static void
print_added(FILE *out, const struct skill *s,
    const struct skill_topics *topics)
{
	fputs("added ", out);
	item_put(out, "skill", s->name, NULL);
	fputs(" (", out);
	fput_terminal(out, s->title);
	fprintf(out, ", %s): ", s->path);
	for (size_t i = 0; i < topics->count; i++) {
		if (i > 0)
			fputs(", ", out);
		fput_terminal(out, topics->names[i]);
	}
	fputc('\n', out);
}

/* ---------------------------------------------------------------------
 * track skill rm
 */

static struct error *
skill_rm(struct track *t, int argc, char **argv)
{
	struct skill_options o;
	struct skill s;
	struct error *err;

	if ((err = parse_options(argc, argv, 1, &o)) != NULL)
		return err;
	skill_init(&s);
	if ((err = skill_require(t->db, argv[optind], &s)) == NULL &&
	    (err = skill_remove(t->db, &s)) == NULL) {
		fputs("removed ", t->out);
		item_put(t->out, "skill", s.name, NULL);
		fputs(" (", t->out);
		fput_terminal(t->out, s.title);
		fprintf(t->out, ", %s); its topics and hours stay\n", s.path);
	}
	skill_release(&s);
	return err;
}

/* ---------------------------------------------------------------------
 * track skill list
 */

#define TITLE_COLUMNS 40	/* longer titles are cut in the list */

static const char *const list_header[] = {
	"NAME", "TITLE", "AREA", "TOPICS",
};
static const size_t list_max[] = { 0, TITLE_COLUMNS, 0, 0 };
static const struct item_layout list_layout = {
	4, list_header, list_max,
	"no skills: the catalog's are gone",
};

/* One skill as an object: name, title, area, path, builtin, topics. */
static json_t *
skill_json(const struct skill *s)
{
	json_t *o = json_object(), *topics = json_array();

	json_object_set_new(o, "name", json_text(s->name));
	json_object_set_new(o, "title", json_text(s->title));
	json_object_set_new(o, "area", json_text(s->area));
	json_object_set_new(o, "path", json_text(s->path));
	json_object_set_new(o, "builtin", json_boolean(s->builtin));
	for (size_t i = 0; i < s->topic_count; i++)
		json_array_append_new(topics, json_text(s->topics[i]));
	json_object_set_new(o, "topics", topics);
	return o;
}

/* Adds one skill's row (its path as its area when it has one). */
static struct error *
add_skill(const struct skill *s, void *arg)
{
	struct buf topics;
	const char *cells[] = { s->name, s->title,
	    s->path ? s->path : s->area, NULL };

	buf_init(&topics);
	for (size_t i = 0; i < s->topic_count; i++)
		buf_printf(&topics, "%s%s", i ? ", " : "", s->topics[i]);
	cells[3] = topics.data;
	item_list_add(arg, cells, skill_json(s));
	buf_release(&topics);
	return NULL;
}

/* The path of `list --path` (0: every skill). */
static struct error *
list_path(struct track *t, const char *slug, int64_t *path_id)
{
	struct path p;
	struct error *err;

	*path_id = 0;
	if (slug == NULL)
		return NULL;
	path_init(&p);
	if ((err = path_require(t->db, slug, &p)) == NULL)
		*path_id = p.id;
	path_release(&p);
	return err;
}

/* Every skill of the path named by arg (NULL: every skill). */
static struct error *
load_skills(struct track *t, struct item_list *l, void *arg)
{
	struct error *err;
	int64_t path_id;

	if ((err = list_path(t, arg, &path_id)) != NULL)
		return err;
	return skill_each(t->db, path_id, add_skill, l);
}

/* Writes a skill's name on a line of its own (for shell completion). */
static struct error *
print_name(const struct skill *s, void *arg)
{
	fprintf(arg, "%s\n", s->name);
	return NULL;
}

static struct error *
skill_list(struct track *t, int argc, char **argv)
{
	struct skill_options o;
	struct error *err;
	int64_t path_id;

	if ((err = parse_options(argc, argv, 0, &o)) != NULL)
		return err;
	if (o.names && o.format != NULL)
		return subcommand_usage_error("skill", "list");
	if (o.names)
		return (err = list_path(t, o.path, &path_id)) != NULL ? err :
		    skill_each(t->db, path_id, print_name, t->out);
	return item_list_run_with(t, o.format, &list_layout, load_skills,
	    (void *)o.path);
}
