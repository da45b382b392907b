/*
 * track skills: the skills of SPEC §12 for a path, each untouched,
 * learned or applied with its hours by kind and the projects that used
 * it; the entry-level readiness checklist, the mid-level horizon and the
 * single skill to apply next. Only reads; --at shows them as they stood
 * on an earlier day.
 */
#include <getopt.h>
#include <stdlib.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/catalog.h"
#include "core/format.h"
#include "core/jsonout.h"
#include "reports/analyze.h"
#include "reports/render_skills.h"

typedef struct error *skills_writer(struct track *t, const struct skills *s);

static struct error *
write_text(struct track *t, const struct skills *s)
{
	skills_render_text(t->out, s, track_use_color(t));
	return NULL;
}

static struct error *
write_json(struct track *t, const struct skills *s)
{
	return json_print(t->out, skills_to_json(s));
}

static struct error *
write_md(struct track *t, const struct skills *s)
{
	skills_render_md(t->out, s);
	return NULL;
}

/* The formats, by name; the first one is the default. */
static const struct skills_format {
	const char *name;
	skills_writer *write;
} formats[] = {
	{ "text", write_text },
	{ "json", write_json },
	{ "md", write_md },
	{ NULL, NULL },
};

/* The options: --path, --at and --format (checked when read). */
struct skills_options {
	const char *path;
	const char *at;
	size_t format;
};

static struct error *
read_options(int argc, char **argv, struct skills_options *o)
{
	struct option_reader r;
	struct error *err;
	int c;

	option_reader_init(&r, "skills", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		if (c == 'p')
			o->path = optarg;
		else if (c == 'a')
			o->at = optarg;
		else if (c != 'f')
			return option_error("skills", argv, c);
		else if ((err = format_pick(formats, sizeof(*formats), optarg,
		    &o->format)) != NULL)
			return err;
	}
	return optind == argc ? NULL : usage_error("skills");
}

/* --path: a specialization of the catalog, its slug in *slug. */
static struct error *
check_path(sqlite3 *db, const char *given, char **slug)
{
	struct path p;
	struct error *err;
	char *list;

	path_init(&p);
	if ((err = path_require(db, given, &p)) == NULL && p.fundamentals &&
	    (err = path_slug_list(db, &list)) == NULL) {
		err = error_usage("'fundamentals' is not a path of its own: "
		    "its skills are the core ones every path shows; use one "
		    "of %s", list);
		free(list);
	}
	if (err == NULL) {
		*slug = p.slug;
		p.slug = NULL;
	}
	path_release(&p);
	return err;
}

/* The skills of path (NULL: the current one) as of the day at. */
static struct error *
skills_of(struct track *t, const struct skills_options *o, const char *path,
    struct skills *s)
{
	struct thresholds th;
	struct history h;
	struct portfolio p;
	struct plan plan;
	struct error *err;

	if ((err = analysis_prepare(t->db, t->today, o->at, &th, &h)) == NULL) {
		portfolio_compute(&h, &th, &p);
		plan_compute(&h, &th, &p, &plan);
		err = skills_analyse(t->db, &h, &th, path ? path :
		    plan.path, &plan, true, s);
		if (err == NULL)
			err = formats[o->format].write(t, s);
		plan_release(&plan);
		portfolio_release(&p);
	}
	history_release(&h);
	return err;
}

struct error *
cmd_skills(struct track *t, int argc, char **argv)
{
	struct skills_options o = { NULL, NULL, 0 };
	struct skills s = { 0 };
	struct error *err;
	char *path = NULL;

	if ((err = read_options(argc, argv, &o)) == NULL && (o.path == NULL ||
	    (err = check_path(t->db, o.path, &path)) == NULL))
		err = skills_of(t, &o, path, &s);
	skills_release(&s);
	free(path);
	return err;
}
