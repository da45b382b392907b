/*
 * track edit ID: changes the given fields of one session and leaves the
 * others alone. Links follow the rules of track log: --project implies
 * kind project, --tutorial kind tutorial; "" unlinks.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/catalog.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/date.h"
#include "cli/describe.h"
#include "core/duration.h"
#include "core/project.h"
#include "core/session.h"
#include "core/text.h"

struct edit_options {
	const char *duration;
	const char *date;
	const char *start;	/* "" drops the start time */
	const char *topic;
	const char *kind;
	const char *project;	/* "" unlinks */
	const char *tutorial;	/* "" unlinks */
	const char *note;	/* "" clears */
	bool any;		/* at least one option was given */
};

static struct error *parse_options(int argc, char **argv,
    struct edit_options *o);
static struct error *edit_when(struct track *t, const struct edit_options *o,
    struct session *s);
static struct error *edit_names_check(struct track *t,
    const struct edit_options *o);
static struct error *edit_topic(struct track *t, const struct edit_options *o,
    struct session *s, struct topic *topic);
static struct error *edit_links(struct track *t, const struct edit_options *o,
    struct session *s, const struct topic *topic);
static struct error *edit_note(const struct edit_options *o,
    struct session *s);
static void print_updated(struct track *t, const struct session *s);

struct error *
cmd_edit(struct track *t, int argc, char **argv)
{
	struct edit_options o = { 0 };
	struct session s;
	struct topic topic;
	struct error *err;
	int64_t id;
	bool found;

	if ((err = parse_options(argc, argv, &o)) != NULL)
		return err;
	if (argc - optind != 1)
		return usage_error("edit");
	if (!o.any)
		return error_usage("nothing to change: give at least one of "
		    "--duration, --date, --start, --topic, --kind, --project, "
		    "--tutorial or --note");
	if ((err = session_id_parse(argv[optind], &id)) != NULL)
		return err;
	session_init(&s);
	topic_init(&topic);
	if ((err = session_get(t->db, id, &s, &found)) != NULL)
		goto done;
	if (!found) {
		err = error_usage("no session #%lld: 'track ls' shows the ids",
		    (long long)id);
		goto done;
	}
	if ((err = edit_when(t, &o, &s)) != NULL ||
	    (err = edit_names_check(t, &o)) != NULL ||
	    (err = edit_topic(t, &o, &s, &topic)) != NULL ||
	    (err = edit_links(t, &o, &s, &topic)) != NULL ||
	    (err = edit_note(&o, &s)) != NULL ||
	    (err = session_update(t->db, &s)) != NULL ||
	    (err = session_get(t->db, id, &s, &found)) != NULL)
		goto done;
	print_updated(t, &s);
done:
	topic_release(&topic);
	session_release(&s);
	return err;
}

static struct error *
parse_options(int argc, char **argv, struct edit_options *o)
{
	struct option_reader r;
	int c;

	option_reader_init(&r, "edit", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		switch (c) {
		case 'l': o->duration = optarg; break;
		case 'd': o->date = optarg; break;
		case 's': o->start = optarg; break;
		case 'o': o->topic = optarg; break;
		case 'k': o->kind = optarg; break;
		case 'p': o->project = optarg; break;
		case 't': o->tutorial = optarg; break;
		case 'n': o->note = optarg; break;
		default: return option_error("edit", argv, c);
		}
		o->any = true;
	}
	return NULL;
}

/*
 * Applies --duration, --date and --start. A new --date keeps the start's
 * local clock time on the new day; --start "" drops the start time. A
 * start that would lie in the future is refused, as in track log.
 */
static struct error *
edit_when(struct track *t, const struct edit_options *o, struct session *s)
{
	char day[DAY_TEXT_SIZE], clock[16];
	const char *start_text = o->start;
	struct error *err;
	struct tm tm;

	if (o->duration != NULL &&
	    (err = duration_parse(o->duration, &s->minutes)) != NULL)
		return err;
	if (o->date == NULL && o->start == NULL)
		return NULL;
	if (start_text == NULL && s->has_start &&
	    localtime_r(&s->start, &tm) != NULL) {
		strftime(clock, sizeof(clock), tm.tm_sec ? "%H:%M:%S" : "%H:%M",
		    &tm);
		start_text = clock;
	}
	if (start_text != NULL && *start_text == '\0')
		start_text = NULL;
	day_format(s->day, day);
	s->has_start = false;
	return session_when(t->today, t->now, o->date ? o->date : day,
	    start_text, s);
}

/*
 * Checks the project and tutorial names --project and --tutorial may
 * create before --topic says anything about its topic.
 */
static struct error *
edit_names_check(struct track *t, const struct edit_options *o)
{
	struct error *err;

	if (o->project != NULL && *o->project != '\0' &&
	    (err = project_name_check(t->db, o->project)) != NULL)
		return err;
	if (o->tutorial != NULL && *o->tutorial != '\0')
		return tutorial_title_check(t->db, o->tutorial);
	return NULL;
}

/*
 * Applies --topic (an unknown one is stored unmapped with a hint, as in
 * track log) and fills topic with the session's topic either way: a
 * tutorial created by --tutorial takes it.
 */
static struct error *
edit_topic(struct track *t, const struct edit_options *o, struct session *s,
    struct topic *topic)
{
	struct error *err;
	bool found;

	if (o->topic != NULL) {
		if ((err = topic_resolve(t->db, o->topic, t->err, topic)) != NULL)
			return err;
		s->topic_id = topic->id;
		return NULL;
	}
	if ((err = topic_find(t->db, s->topic, topic, &found)) != NULL)
		return err;
	if (!found)
		topic->id = s->topic_id;
	return NULL;
}

/*
 * A link the session keeps must agree with its kind: changing the kind
 * of a linked session needs the link dropped explicitly.
 */
static struct error *
link_conflict(const struct session *s)
{
	if (s->project_id != 0 && s->kind != KIND_PROJECT)
		return error_usage("session #%lld belongs to project '%s', so "
		    "its kind is project: add --project \"\" to unlink it",
		    (long long)s->id, s->project ? s->project : "?");
	if (s->tutorial_id != 0 && s->kind != KIND_TUTORIAL)
		return error_usage("session #%lld follows tutorial '%s', so "
		    "its kind is tutorial: add --tutorial \"\" to unlink it",
		    (long long)s->id, s->tutorial ? s->tutorial : "?");
	return NULL;
}

/*
 * Applies --kind, --project and --tutorial. Naming a project or tutorial
 * links it (creating it on first use), sets the implied kind and drops
 * the other kind of link; "" unlinks and keeps the kind.
 */
static struct error *
edit_links(struct track *t, const struct edit_options *o, struct session *s,
    const struct topic *topic)
{
	bool to_project = o->project != NULL && *o->project != '\0';
	bool to_tutorial = o->tutorial != NULL && *o->tutorial != '\0';
	struct error *err;
	bool created;

	if (to_project || to_tutorial || o->kind != NULL)
		if ((err = kind_decide(t->db, o->kind, to_project, to_tutorial,
		    &s->kind)) != NULL)
			return err;
	if (o->project != NULL || to_tutorial)
		s->project_id = 0;
	if (o->tutorial != NULL || to_project)
		s->tutorial_id = 0;
	if (to_project)
		return project_ensure(t->db, o->project, s->day,
		    &s->project_id, &created);
	if (to_tutorial)
		return tutorial_ensure(t->db, o->tutorial, topic, s->day,
		    &s->tutorial_id, &created);
	return link_conflict(s);
}

static struct error *
edit_note(const struct edit_options *o, struct session *s)
{
	struct error *err;

	if (o->note == NULL)
		return NULL;
	if (*o->note != '\0' &&
	    (err = note_check(o->note, SESSION_NOTE_MAX)) != NULL)
		return err;
	free(s->note);
	s->note = *o->note != '\0' ? xstrdup(o->note) : NULL;
	return NULL;
}

static void
print_updated(struct track *t, const struct session *s)
{
	struct buf b;

	buf_init(&b);
	session_describe(&b, s);
	fprintf(t->out, "updated #%lld: %s\n", (long long)s->id, b.data);
	buf_release(&b);
}
