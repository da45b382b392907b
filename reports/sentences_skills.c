/*
 * The sentences of `track skills` and of the report's skills line (SPEC
 * §12): the analysis (reports/skills.c) returns codes and figures, every
 * format writes them through these.
 */
#include <string.h>

#include "core/buf.h"
#include "core/session.h"
#include "core/text.h"
#include "reports/sentences.h"
#include "reports/sentences_skills.h"

const char skills_horizon_text[] = "system design, performance tuning, "
    "mentoring juniors";

static const char *const ready_keys[READY_COUNT] = {
	"fundamentals", "unit-testing", "debugging-documentation",
	"projects", "linked", "core-skills",
};

const char *
ready_item_key(enum ready_item item)
{
	return ready_keys[item];
}

char *
ready_item_text(const struct skills *s, enum ready_item item)
{
	struct buf b;

	buf_init(&b);
	if (item == READY_FUNDAMENTALS)
		buf_puts(&b, "fundamentals complete (plan step 1)");
	else if (item == READY_TESTING)
		buf_puts(&b, "unit testing applied in a project");
	else if (item == READY_DEBUG_DOCS)
		buf_puts(&b, "debugging and documentation learned");
	else if (item == READY_PROJECTS)
		buf_printf(&b, "%d substantial projects in %s",
		    s->ready[item].need, s->path ? s->path : "your path");
	else if (item == READY_LINKED)
		buf_puts(&b, "every substantial project linked (URL)");
	else
		buf_printf(&b, "%d core-Python skill%s applied",
		    s->ready[item].need, s->ready[item].need == 1 ? "" : "s");
	return buf_detach(&b);
}

/* Step 1: the hours still to go, or the active share. */
static void
missing_fundamentals(struct buf *b, const struct ready_check *c)
{
	if (c->have > 0) {
		buf_put_duration(b, c->have);
		buf_puts(b, " more of fundamentals (track plan shows which "
		    "areas)");
	} else {
		buf_puts(b, "more study or project work on the fundamentals, "
		    "not only tutorials (track plan, step 1)");
	}
}

static void
missing_testing(struct buf *b, const struct skills *s,
    const struct ready_check *c)
{
	if (c->name == NULL) {
		buf_puts(b, "no unit-testing skill in the catalog (track skill "
		    "add unit-testing --topics testing)");
		return;
	}
	buf_printf(b, "%s is %s: write the tests of a project you build (",
	    c->name, skill_status_name(c->status));
	buf_put_duration(b, s->settings.applied_minutes);
	buf_puts(b, " of project work on its topics, or any in a substantial "
	    "project)");
}

static void
missing_debug_docs(struct buf *b, const struct skills *s,
    const struct ready_check *c)
{
	buf_printf(b, "%s%s%s %s untouched: ", c->name, c->other ? " and " :
	    "", c->other ? c->other : "", c->other ? "are" : "is");
	buf_put_duration(b, s->settings.learned_minutes);
	buf_puts(b, c->other ? " on each makes them learned" :
	    " on it makes it learned");
	if (c->have & READY_MISSING_DEBUGGING)
		buf_puts(b, c->have & READY_MISSING_DOCUMENTATION ?
		    " (debugging your own project and writing its README "
		    "count: log them)" : " (debugging your own project "
		    "counts: log it)");
	else
		buf_puts(b, " (writing your project's README and docstrings "
		    "counts: log it)");
}

static void
missing_projects(struct buf *b, const struct skills *s,
    const struct ready_check *c)
{
	if (s->path == NULL) {
		buf_puts(b, "choose a path first (track path set PATH)");
		return;
	}
	buf_printf(b, "%d of %d: %d more, each substantial (track plan, "
	    "step 3)", c->have, c->need, c->need - c->have);
}

static void
missing_linked(struct buf *b, const struct ready_check *c)
{
	if (c->need == 0) {
		buf_puts(b, "no substantial project completed yet");
		return;
	}
	buf_printf(b, "%d of %d linked: ", c->have, c->need);
	buf_put_command(b, "project done", &c->name, 1, "--url URL");
}

static void
missing_core(struct buf *b, const struct ready_check *c)
{
	buf_printf(b, "%d of %d applied: use %d more in a project of your "
	    "own", c->have, c->need, c->need - c->have);
}

char *
ready_missing_text(const struct skills *s, enum ready_item item)
{
	const struct ready_check *c = &s->ready[item];
	struct buf b;

	if (c->done)
		return NULL;
	buf_init(&b);
	if (item == READY_FUNDAMENTALS)
		missing_fundamentals(&b, c);
	else if (item == READY_TESTING)
		missing_testing(&b, s, c);
	else if (item == READY_DEBUG_DOCS)
		missing_debug_docs(&b, s, c);
	else if (item == READY_PROJECTS)
		missing_projects(&b, s, c);
	else if (item == READY_LINKED)
		missing_linked(&b, c);
	else
		missing_core(&b, c);
	return buf_detach(&b);
}

char *
skills_ready_text(const struct skills *s)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "junior-ready %d/%d", s->ready_count, READY_COUNT);
	return buf_detach(&b);
}

char *
skills_line_text(const struct skills *s)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s: %d applied, %d learned, %d untouched; "
	    "junior-ready %d/%d", s->path ? s->path : "no path",
	    s->counts[SKILL_APPLIED], s->counts[SKILL_LEARNED],
	    s->counts[SKILL_UNTOUCHED], s->ready_count, READY_COUNT);
	return buf_detach(&b);
}

char *
skill_pointer_text(const struct skill_item *item)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s (%s, ", item->title, skill_status_name(item->status));
	buf_put_duration(&b, skill_minutes(item));
	buf_putc(&b, ')');
	return buf_detach(&b);
}

/* The first untouched skill, professional ones first (the checklist
   names them), or NULL. */
static const struct skill_item *
first_untouched(const struct skills *s)
{
	const struct skill_item *first = NULL;

	for (size_t i = 0; i < s->count; i++) {
		const struct skill_item *item = &s->items[i];

		if (item->status != SKILL_UNTOUCHED)
			continue;
		if (item->area == SKILL_PROFESSIONAL)
			return item;
		if (first == NULL)
			first = item;
	}
	return first;
}

/* With no learned skill: what moves the list instead. */
static void
next_without_learned(struct buf *b, const struct skills *s)
{
	const struct skill_item *item = first_untouched(s);

	if (item == NULL)
		buf_puts(b, "every skill listed is applied: deepen your "
		    "projects, and look at the mid-level horizon");
	else if (!s->ready[READY_FUNDAMENTALS].done)
		buf_puts(b, "no skill is only learned, waiting to be applied: "
		    "the fundamentals come first (track plan, step 1)");
	else
		buf_printf(b, "no skill is only learned, waiting to be "
		    "applied: learn %s next, then use it in a project",
		    item->title);
}

char *
skills_next_text(const struct skills *s)
{
	const struct skill_item *item = skills_next(s);
	const char *topic;
	struct buf b;

	buf_init(&b);
	if (item == NULL) {
		next_without_learned(&b, s);
		return buf_detach(&b);
	}
	topic = item->top_topic ? item->top_topic : "TOPIC";
	buf_printf(&b, "apply %s next (learned, ", item->title);
	buf_put_duration(&b, skill_minutes(item));
	if (item->by_kind[KIND_PROJECT] > 0) {
		buf_puts(&b, ", ");
		buf_put_duration(&b, item->by_kind[KIND_PROJECT]);
		buf_puts(&b, " in projects");
	}
	if (s->open_project != NULL) {
		buf_printf(&b, "): use it in '%s': track log 2h ",
		    s->open_project);
		buf_put_shell_word(&b, topic);
		buf_puts(&b, " --project ");
		buf_put_shell_word(&b, s->open_project);
	} else {
		buf_puts(&b, "): use it in a project of your own, e.g. track log "
		    "2h ");
		buf_put_shell_word(&b, topic);
		buf_puts(&b, " --project NAME");
	}
	return buf_detach(&b);
}

char *
skills_legend_text(const struct skills *s)
{
	struct buf b;

	buf_init(&b);
	buf_puts(&b, "applied: ");
	buf_put_duration(&b, s->settings.applied_minutes);
	buf_puts(&b, " of project work on its topics, or used in a "
	    "substantial project; learned: ");
	buf_put_duration(&b, s->settings.learned_minutes);
	buf_puts(&b, " on its topics");
	return buf_detach(&b);
}
