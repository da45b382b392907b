/*
 * The anti-pattern findings of SPEC §5, version 2: nine rules, each a
 * pure function of a history and the thresholds. Every number a rule
 * compares comes from struct thresholds; hours are compared as minutes
 * (threshold * 60) and shares as cross products (part * 100 >= share *
 * whole), so no rounding ever decides a finding.
 *
 * Evidence shows durations the way `track log` reads them (14h, 9h30m,
 * 45m) and percentages truncated, so a shown share never contradicts the
 * threshold it was compared with (49.9% under 50% shows as 49%).
 *
 * Advice is one sentence from the table below, chosen for the learner's
 * path and state (an open project, the path's kind of first project, the
 * topics concerned) and filled in; no sentence names a project that does
 * not exist.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reports/analysis.h"
#include "core/buf.h"
#include "core/date.h"
#include "core/duration.h"
#include "core/session.h"

#define STALLED_MIN_HOURS 20	/* SPEC §5 stalled: "at least 20 hours
				   logged in total" (no setting names it) */
#define LIST_TOPICS 5		/* memorization: topics named in evidence */

static const char *const finding_names[FINDING_COUNT] = {
	"tutorial-hell", "path-hopping", "off-path", "ignoring-fundamentals",
	"no-portfolio", "scattered", "memorization", "skipped-prerequisites",
	"stalled",
};

/* ---------------------------------------------------------------------
 * Advice: one sentence for each rule and situation, in the spirit of the
 * seed articles. {path} is the chosen path, {other} the path that took
 * the time, {project} an open project (or tutorial), {hours} its hours,
 * {topic} a topic, {list} areas, topics or prerequisites, {example} a
 * first project for the path, {days} days since the last session. The
 * first entry of a rule whose situation matches is taken.
 */

struct advice_entry {
	enum finding_id id;
	const char *situation;
	const char *text;
};

static const struct advice_entry advice_table[] = {
	{ FINDING_TUTORIAL_HELL, "alert-project",
	  "Start on '{project}' today instead of the next video, however small "
	  "the first step, and go back to a tutorial only when something you "
	  "are building needs it." },
	{ FINDING_TUTORIAL_HELL, "alert",
	  "Start a project today, however small, and go back to a tutorial "
	  "only when something you are building needs it." },
	{ FINDING_TUTORIAL_HELL, "warning-project",
	  "Close the course and spend your next sessions on '{project}': you "
	  "learn more from being stuck on your own code than from the next "
	  "video." },
	{ FINDING_TUTORIAL_HELL, "warning-example",
	  "Close the course and build {example} with what you already know: "
	  "you learn more from being stuck on your own code than from the next "
	  "video." },
	{ FINDING_TUTORIAL_HELL, "warning",
	  "Close the course and build something small of your own with what "
	  "you already know: you learn more from being stuck on your own code "
	  "than from the next video." },

	{ FINDING_PATH_HOPPING, "path",
	  "Stay with {path} for the next 6 to 12 months, even when another "
	  "path looks more exciting: deep skill in one area beats a little of "
	  "everything." },
	{ FINDING_PATH_HOPPING, "none",
	  "Pick one path and stay with it for 6 to 12 months: deep skill in one "
	  "area beats a little of everything." },

	{ FINDING_OFF_PATH, "unmapped",
	  "Map the topics that took this time to a path (`track topic add NAME "
	  "--path P`) or come back to {path}: hours that count for no path do "
	  "not deepen the one you chose." },
	{ FINDING_OFF_PATH, "path",
	  "Either make {other} your path (`track path set {other}`) or come "
	  "back to {path}: hours spread elsewhere do not deepen the path you "
	  "chose." },

	{ FINDING_IGNORING_FUNDAMENTALS, "coverage",
	  "Practise {list} in small exercises of your own before going "
	  "further: libraries and frameworks change, the fundamentals don't." },
	{ FINDING_IGNORING_FUNDAMENTALS, "automation",
	  "Scripts are only as reliable as the Python under them: put in your "
	  "fundamentals hours (data structures, functions, error handling) "
	  "before automating bigger tasks." },
	{ FINDING_IGNORING_FUNDAMENTALS, "topic",
	  "Frameworks change but the language stays: put in your fundamentals "
	  "hours (data structures, functions, classes, error handling) before "
	  "going deeper into {topic}." },
	{ FINDING_IGNORING_FUNDAMENTALS, "hours",
	  "Frameworks change but the language stays: put in your fundamentals "
	  "hours (data structures, functions, classes, error handling) before "
	  "going deeper into a framework." },

	{ FINDING_NO_PORTFOLIO, "open",
	  "Finish '{project}' ({hours} so far), publish it and record it with "
	  "`track project done` and its URL: employers want to see what you "
	  "built, not which courses you finished." },
	{ FINDING_NO_PORTFOLIO, "open-new",
	  "Work on '{project}' over the next few weeks, logging it with "
	  "--project, then publish it: employers want to see what you built, "
	  "not which courses you finished." },
	{ FINDING_NO_PORTFOLIO, "recent",
	  "Start your next project and publish it within a few weeks: a "
	  "portfolio that stops growing stops showing what you can do." },
	{ FINDING_NO_PORTFOLIO, "example",
	  "Build {example} over a few weeks and publish it: employers want to "
	  "see what you built, not which courses you finished." },
	{ FINDING_NO_PORTFOLIO, "none",
	  "Employers want to see what you built, not which courses you "
	  "finished: finish one project, publish it and record it with `track "
	  "project done NAME --url URL`." },

	{ FINDING_SCATTERED, "path",
	  "Learn one thing at a time: keep {path}, the path you chose, and park "
	  "the others until you have built something real in it." },
	{ FINDING_SCATTERED, "none",
	  "Learn one thing at a time: keep the path that matters most to you "
	  "and park the others until you have built something real in it." },

	{ FINDING_MEMORIZATION, "project",
	  "Use {topic} in '{project}' this week: if you understand the core "
	  "concepts, you can always look up the rest." },
	{ FINDING_MEMORIZATION, "topic",
	  "Use {topic} in a small project this week: if you understand the "
	  "core concepts, you can always look up the rest." },

	{ FINDING_SKIPPED_PREREQUISITES, "path",
	  "Don't skip the math: put a few hours into {list} now, because "
	  "everything in {path} builds on them." },

	{ FINDING_STALLED, "project",
	  "Pick '{project}' up again with one short session today: a small "
	  "step back in beats planning a big restart." },
	{ FINDING_STALLED, "tutorial",
	  "Pick '{project}' up again with one short session today, then build "
	  "something small with what it teaches." },
	{ FINDING_STALLED, "build",
	  "Come back with something small of your own rather than the next "
	  "video: one short session today restarts the habit." },
	{ FINDING_STALLED, "topic",
	  "Log one short session on {topic} today: a small step back in beats "
	  "planning a big restart." },
	{ FINDING_STALLED, "none",
	  "Log one short session today: a small step back in beats planning a "
	  "big restart." },
	{ FINDING_STALLED, "welcome-project",
	  "Welcome back: {days} days since your last session; pick up "
	  "'{project}' again today." },
	{ FINDING_STALLED, "welcome-tutorial",
	  "Welcome back: {days} days since your last session; pick up "
	  "'{project}' again today." },
	{ FINDING_STALLED, "welcome-build",
	  "Welcome back: {days} days since your last session; come back with "
	  "something small of your own rather than the next video." },
	{ FINDING_STALLED, "welcome-topic",
	  "Welcome back: {days} days since your last session; one short "
	  "session on {topic} today restarts the habit." },
	{ FINDING_STALLED, "welcome-none",
	  "Welcome back: {days} days since your last session; one short "
	  "session today restarts the habit." },
};

/* A first project for each built-in path (article 1, step 3). */
static const struct {
	const char *path;
	const char *example;
} path_examples[] = {
	{ "backend", "a small Django or Flask app of your own" },
	{ "ml", "a small scikit-learn model on data you care about" },
	{ "data-science", "a Pandas analysis of your own data (your spending, "
	  "say)" },
	{ "automation", "a script that automates a chore of your own" },
	{ "data-engineering", "a small pipeline that loads a public dataset "
	  "into a database" },
	{ "devops", "a Dockerfile and a CI pipeline for a small app" },
};

/* What the placeholders of an advice text stand for. */
struct advice_values {
	const char *path;
	const char *other;
	const char *project;
	const char *topic;
	const char *list;
	const char *example;
	int minutes;		/* {hours} */
	int days;
};

/* ---------------------------------------------------------------------
 * The rules share one context while they run.
 */

struct rules {
	const struct history *h;
	const struct thresholds *th;
	struct findings *f;
	bool raised[FINDING_COUNT];
	bool portfolio_ever;	/* no-portfolio's form (a) was raised */
};

static void tutorial_hell(struct rules *r);
static void path_hopping(struct rules *r);
static void ignoring_fundamentals(struct rules *r);
static void no_portfolio(struct rules *r);
static void scattered(struct rules *r);
static void off_path(struct rules *r);
static void memorization(struct rules *r);
static void skipped_prerequisites(struct rules *r);
static void stalled(struct rules *r);
static char *looked_at(const struct history *h);
static int compare_findings(const void *a, const void *b);

/*
 * Runs every rule, those another one silences after it (off-path after
 * scattered; memorization after tutorial-hell, no-portfolio,
 * ignoring-fundamentals and off-path), then lists the findings by severity and, within
 * one, in the order of SPEC §5. A rule about hours needs something
 * logged, even with a threshold set to 0. With no finding, f->looked_at
 * says which numbers were looked at.
 */
void
findings_compute(const struct history *h, const struct thresholds *th,
    struct findings *f)
{
	struct rules r = { .h = h, .th = th, .f = f };

	memset(f, 0, sizeof(*f));
	f->at = h->at;
	tutorial_hell(&r);
	path_hopping(&r);
	ignoring_fundamentals(&r);
	no_portfolio(&r);
	scattered(&r);
	off_path(&r);
	memorization(&r);
	skipped_prerequisites(&r);
	stalled(&r);
	qsort(f->items, f->count, sizeof(*f->items), compare_findings);
	if (f->count == 0)
		f->looked_at = looked_at(h);
}

void
findings_release(struct findings *f)
{
	for (size_t i = 0; i < f->count; i++) {
		free(f->items[i].evidence);
		free(f->items[i].advice);
	}
	free(f->looked_at);
	free(f->welcome);
	memset(f, 0, sizeof(*f));
}

bool
findings_any_warning(const struct findings *f)
{
	for (size_t i = 0; i < f->count; i++)
		if (strcmp(f->items[i].severity, "info") != 0)
			return true;
	return false;
}

/* ---------------------------------------------------------------------
 * Helpers
 */

/* Appends minutes as 14h, 9h30m or 45m. */
static void
put_duration(struct buf *b, int minutes)
{
	char text[32];

	duration_format(minutes, text, sizeof(text));
	buf_puts(b, text);
}

/* part as a whole percentage of whole, truncated (0 when whole is 0). */
static int
percent(long long part, long long whole)
{
	return whole > 0 ? (int)(part * 100 / whole) : 0;
}

/* The number of days of a span. */
static int
span_days(const struct span *s)
{
	return s->to - s->from + 1;
}

/* 0 alert, 1 warning, 2 info. */
static int
severity_rank(const char *severity)
{
	return strcmp(severity, "alert") == 0 ? 0 :
	    strcmp(severity, "warning") == 0 ? 1 : 2;
}

static int
compare_findings(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	int rx = severity_rank(x->severity), ry = severity_rank(y->severity);

	if (rx != ry)
		return rx - ry;
	return (int)x->id - (int)y->id;
}

/* The chosen path's slug, NULL with none. */
static const char *
chosen_slug(const struct history *h)
{
	return h->current == PATH_UNMAPPED ? NULL :
	    history_path_slug(h, h->current);
}

/* The example first project of path, NULL for a path of the user's. */
static const char *
path_example(const struct history *h, int path)
{
	const char *slug = path == PATH_UNMAPPED ? NULL :
	    history_path_slug(h, path);

	for (size_t i = 0; slug != NULL &&
	    i < sizeof(path_examples) / sizeof(path_examples[0]); i++)
		if (strcmp(path_examples[i].path, slug) == 0)
			return path_examples[i].example;
	return NULL;
}

/*
 * The open project (as of at) with most minutes, in path when path is
 * not PATH_UNMAPPED; ties go to the one started later. NULL: none.
 */
static const struct history_project *
open_project(const struct history *h, int path)
{
	const struct history_project *best = NULL;

	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *p = &h->projects[i];

		if (p->completed != DAY_NONE ||
		    (path != PATH_UNMAPPED && p->path != path))
			continue;
		if (best == NULL || p->minutes >= best->minutes)
			best = p;
	}
	return best;
}

/* Minutes of a topic up to at, all kinds. */
static int
topic_minutes(const struct history_topic *t)
{
	return t->total_by_kind[KIND_TUTORIAL] + t->total_by_kind[KIND_STUDY] +
	    t->total_by_kind[KIND_PROJECT];
}

/* Whether topic t is a fundamentals topic (by its home). */
static bool
topic_fundamentals(const struct history *h, const struct history_topic *t)
{
	return t->home != PATH_UNMAPPED && (size_t)t->home < h->path_count &&
	    h->paths[t->home].fundamentals;
}

/* The advice text of rule id in situation, NULL when the table has none. */
static const char *
advice_find(enum finding_id id, const char *situation)
{
	for (size_t i = 0; i < sizeof(advice_table) / sizeof(advice_table[0]);
	    i++)
		if (advice_table[i].id == id &&
		    strcmp(advice_table[i].situation, situation) == 0)
			return advice_table[i].text;
	return NULL;
}

/* Appends the value of placeholder name (its length len) to b. */
static void
put_placeholder(struct buf *b, const char *name, size_t len,
    const struct advice_values *v)
{
	const struct {
		const char *name;
		const char *value;
	} texts[] = {
		{ "path", v->path }, { "other", v->other },
		{ "project", v->project }, { "topic", v->topic },
		{ "list", v->list }, { "example", v->example },
	};

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		if (strlen(texts[i].name) == len &&
		    strncmp(texts[i].name, name, len) == 0) {
			buf_puts(b, texts[i].value ? texts[i].value : "");
			return;
		}
	if (len == 5 && strncmp(name, "hours", 5) == 0)
		put_duration(b, v->minutes);
	else if (len == 4 && strncmp(name, "days", 4) == 0)
		buf_printf(b, "%d", v->days);
}

/* The advice of rule id in situation with its placeholders filled in. */
static char *
advice_text(enum finding_id id, const char *situation,
    const struct advice_values *v)
{
	const char *text = advice_find(id, situation);
	struct buf b;

	buf_init(&b);
	while (text != NULL && *text != '\0') {
		const char *end = *text == '{' ? strchr(text, '}') : NULL;

		if (end != NULL) {
			put_placeholder(&b, text + 1, (size_t)(end - text - 1), v);
			text = end + 1;
		} else {
			buf_putc(&b, *text++);
		}
	}
	return buf_detach(&b);
}

/*
 * Adds a finding whose period starts no earlier than the first session;
 * takes the evidence text out of b and owns advice.
 */
static void
finding_add(struct rules *r, enum finding_id id, const char *severity,
    int from, struct buf *evidence, char *advice)
{
	struct finding *item = &r->f->items[r->f->count++];

	if (r->h->first_day != DAY_NONE && from < r->h->first_day)
		from = r->h->first_day;
	item->id = id;
	item->name = finding_names[id];
	item->severity = severity;
	item->from = from;
	item->to = r->h->at;
	item->evidence = buf_detach(evidence);
	item->advice = advice;
	r->raised[id] = true;
}

/* ---------------------------------------------------------------------
 * tutorial-hell
 */

/*
 * The alert: alert-hours of tutorials ever and not one project session.
 * Appends its evidence to b when it holds.
 */
static bool
tutorial_alert(const struct history *h, const struct thresholds *th,
    struct buf *b)
{
	char first[DAY_TEXT_SIZE];

	if (h->tutorial_minutes <= 0 ||
	    h->tutorial_minutes < th->tutorial_alert_hours * 60LL ||
	    h->project_sessions != 0)
		return false;
	day_format(h->first_day, first);
	put_duration(b, h->tutorial_minutes);
	buf_printf(b, " of tutorials since %s and not a single project "
	    "session", first);
	return true;
}

/*
 * The warning over the window: enough tutorial hours making enough of
 * the window, too little project time and no project completed in it.
 */
static bool
tutorial_window(const struct span *w, const struct thresholds *th,
    struct buf *b)
{
	long long tutorial = w->by_kind[KIND_TUTORIAL];
	long long project = w->by_kind[KIND_PROJECT];
	long long all = w->minutes;

	if (tutorial <= 0 || tutorial < th->tutorial_min_hours * 60LL ||
	    tutorial * 100 < th->tutorial_share * all ||
	    project * 100 >= th->tutorial_project_share * all ||
	    w->projects_completed != 0)
		return false;
	put_duration(b, (int)tutorial);
	buf_puts(b, " of tutorials, ");
	put_duration(b, (int)project);
	buf_printf(b, " of projects in the last %d days (%d%% of ",
	    span_days(w), percent(tutorial, all));
	put_duration(b, (int)all);
	buf_putc(b, ')');
	return true;
}

/* Advice for tutorial-hell: the open project, else the path's example. */
static char *
tutorial_advice(const struct history *h, bool alert)
{
	const struct history_project *p = open_project(h, PATH_UNMAPPED);
	struct advice_values v = { .example = path_example(h, h->current) };

	if (p != NULL) {
		v.project = p->name;
		return advice_text(FINDING_TUTORIAL_HELL, alert ? "alert-project" :
		    "warning-project", &v);
	}
	return advice_text(FINDING_TUTORIAL_HELL, alert ? "alert" :
	    v.example ? "warning-example" : "warning", &v);
}

/*
 * One finding: the alert when it holds, else the warning. Neither before
 * tutorial-hell.min-history-days have passed since the first session.
 */
static void
tutorial_hell(struct rules *r)
{
	const struct history *h = r->h;
	struct buf b;

	if (h->first_day == DAY_NONE ||
	    (long long)h->at - h->first_day < r->th->tutorial_min_history_days)
		return;
	buf_init(&b);
	if (tutorial_alert(h, r->th, &b))
		finding_add(r, FINDING_TUTORIAL_HELL, "alert", h->first_day, &b,
		    tutorial_advice(h, true));
	else if (tutorial_window(&h->tutorial_window, r->th, &b))
		finding_add(r, FINDING_TUTORIAL_HELL, "warning",
		    h->tutorial_window.from, &b, tutorial_advice(h, false));
	r->f->holds[FINDING_TUTORIAL_HELL] = r->raised[FINDING_TUTORIAL_HELL];
	buf_release(&b);
}

/* ---------------------------------------------------------------------
 * path-hopping
 */

/* Appends "Sep backend (django 14h)" for month m. */
static void
put_month(struct buf *b, const struct history *h, const struct span *m)
{
	static const char *const names[12] = { "Jan", "Feb", "Mar", "Apr",
	    "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	int year, month, mday;

	day_to_civil(m->from, &year, &month, &mday);
	buf_printf(b, "%s %s (", names[month - 1],
	    history_path_slug(h, m->dominant));
	for (size_t i = 0; i < m->path_count; i++) {
		const struct path_minutes *p = &m->paths[i];

		if (p->path != m->dominant)
			continue;
		if (p->top_topic != NULL) {
			buf_printf(b, "%s ", p->top_topic);
			put_duration(b, p->top_topic_minutes);
		} else {
			put_duration(b, p->minutes);
		}
	}
	buf_putc(b, ')');
}

/*
 * By months (history_hopping_by_months, the condition step 2 reads too):
 * appends the months compared to b and sets *from to the first day of the
 * earliest one when it holds.
 */
static bool
hopping_by_months(const struct history *h, const struct thresholds *th,
    struct buf *b, int *from)
{
	size_t months[HOPPING_MONTHS_LOOKED_AT];
	size_t count;

	if (!history_hopping_by_months(h, th))
		return false;
	count = history_hopping_months(h, th, months);
	for (size_t i = 0; i < count; i++) {
		if (i > 0)
			buf_puts(b, " → ");
		put_month(b, h, &h->months[months[i]]);
	}
	*from = h->months[months[0]].from;
	return true;
}

/*
 * By `track path set` (history_hopping_by_choices; the model reads a
 * same-day choice as replacing the one before): appends the chain of
 * paths from the first change in the set window to b and sets *from to
 * the window's first day when it holds.
 */
static bool
hopping_by_choices(const struct history *h, const struct thresholds *th,
    struct buf *b, int *from)
{
	const struct path_choice_entry *c = h->choices;
	int window = h->at - (th->hopping_set_window_days - 1);
	int changes = history_choice_changes(h, window);
	size_t first = 1;
	char day[DAY_TEXT_SIZE];

	if (!history_hopping_by_choices(h, th))
		return false;
	while (c[first].day < window || c[first].path == c[first - 1].path)
		first++;
	buf_printf(b, "path set changed %d %s in %d days: %s", changes,
	    changes == 1 ? "time" : "times", th->hopping_set_window_days,
	    history_path_slug(h, c[first - 1].path));
	for (size_t i = first; i < h->choice_count; i++) {
		if (c[i].path == c[i - 1].path)
			continue;
		day_format(c[i].day, day);
		buf_printf(b, " → %s (%s)", history_path_slug(h, c[i].path),
		    day);
	}
	*from = window;
	return true;
}

/* By months or by path set (both: one finding, both evidences). */
static void
path_hopping(struct rules *r)
{
	const struct history *h = r->h;
	struct buf by_months, by_choices;
	int months_from = h->at, choices_from = h->at;
	bool months, choices;
	struct advice_values v = { .path = chosen_slug(h) };

	buf_init(&by_months);
	buf_init(&by_choices);
	months = hopping_by_months(h, r->th, &by_months, &months_from);
	choices = hopping_by_choices(h, r->th, &by_choices, &choices_from);
	if (months && choices)
		buf_puts(&by_months, "; ");
	buf_puts(&by_months, by_choices.data);
	if (months || choices)
		finding_add(r, FINDING_PATH_HOPPING, "warning",
		    months_from < choices_from ? months_from : choices_from,
		    &by_months, advice_text(FINDING_PATH_HOPPING,
		    v.path ? "path" : "none", &v));
	r->f->holds[FINDING_PATH_HOPPING] = months || choices;
	buf_release(&by_months);
	buf_release(&by_choices);
}

/* ---------------------------------------------------------------------
 * off-path
 */

/*
 * "backend 2h of 50h in the last 28 days (4%); the rest went to
 * data-science 48h": the chosen path against the paths that took the
 * time. Returns the path that took most of it.
 */
static int
off_path_evidence(const struct history *h, struct buf *b)
{
	const struct span *w = &h->off_path_window;
	int on_path = span_path_minutes(w, h->current), top = PATH_UNMAPPED;
	bool first = true;

	buf_printf(b, "%s ", history_path_slug(h, h->current));
	put_duration(b, on_path);
	buf_puts(b, " of ");
	put_duration(b, span_specialization(w));
	buf_printf(b, " in the last %d days (%d%%); the rest went to ",
	    span_days(w), percent(on_path, span_specialization(w)));
	for (size_t i = 0; i < w->path_count; i++) {
		const struct path_minutes *p = &w->paths[i];

		if (p->path == h->current || p->minutes <= 0)
			continue;
		if (first)
			top = p->path;
		buf_printf(b, "%s%s ", first ? "" : ", ",
		    history_path_slug(h, p->path));
		put_duration(b, p->minutes);
		first = false;
	}
	return top;
}

/* Not raised while scattered is (its advice covers it). */
static void
off_path(struct rules *r)
{
	const struct history *h = r->h;
	struct advice_values v = { .path = chosen_slug(h) };
	struct buf b;
	int top;

	r->f->holds[FINDING_OFF_PATH] = history_off_path(h, r->th);
	if (!r->f->holds[FINDING_OFF_PATH] || r->raised[FINDING_SCATTERED])
		return;
	buf_init(&b);
	top = off_path_evidence(h, &b);
	v.other = history_path_slug(h, top);
	finding_add(r, FINDING_OFF_PATH, "warning", h->off_path_window.from, &b,
	    advice_text(FINDING_OFF_PATH, top == PATH_UNMAPPED ? "unmapped" :
	    "path", &v));
	buf_release(&b);
}

/* ---------------------------------------------------------------------
 * ignoring-fundamentals
 */

/*
 * Appends the areas of step 1 with under plan.fundamentals-area-hours
 * ("functions, classes and error handling"); false when there are none
 * or the history has no topics to tell.
 */
static bool
put_missing_areas(struct buf *b, const struct history *h,
    const struct thresholds *th)
{
	static const char *const names[] = { "", "basics", "data structures",
	    "functions", "classes", "error handling" };
	int missing[AREA_FURTHER];
	int count = 0;

	if (h->topic_count == 0)
		return false;
	for (int a = AREA_BASICS; a < AREA_FURTHER; a++)
		if (h->areas[a].minutes <
		    th->fundamentals_area_hours * 60LL)
			missing[count++] = a;
	for (int i = 0; i < count; i++)
		buf_printf(b, "%s%s", i == 0 ? "" : i + 1 == count ? " and " :
		    ", ", names[missing[i]]);
	return count > 0;
}

/* The specialization topic with most minutes ever, NULL: none known. */
static const char *
top_specialization_topic(const struct history *h)
{
	const struct history_topic *best = NULL;

	for (size_t i = 0; i < h->topic_count; i++) {
		const struct history_topic *t = &h->topics[i];

		if (t->home == PATH_UNMAPPED || topic_fundamentals(h, t) ||
		    topic_minutes(t) <= 0)
			continue;
		if (best == NULL || topic_minutes(t) > topic_minutes(best))
			best = t;
	}
	return best ? best->name : NULL;
}

/*
 * Enough specialization while step 1's hours are under half its target
 * and specialization exceeds fundamentals. When the fundamentals hours
 * are there but step 1 does not count them (further topics past their
 * share), coverage is what is missing, and the evidence names the areas.
 */
static void
ignoring_fundamentals(struct rules *r)
{
	const struct history *h = r->h;
	const struct thresholds *th = r->th;
	long long specialization = h->total_minutes - h->fundamentals_minutes;
	long long target = th->fundamentals_hours * 60LL;
	int step = history_fundamentals_step_minutes(h, th);
	struct advice_values v = { .topic = top_specialization_topic(h) };
	struct buf b, areas;
	const char *situation;

	if (specialization <= 0 || specialization < th->fundamentals_min_hours *
	    60LL || step * 2LL >= target || specialization <=
	    h->fundamentals_minutes)
		return;
	buf_init(&b);
	buf_init(&areas);
	put_duration(&b, (int)specialization);
	if (h->fundamentals_minutes * 2LL >= target &&
	    put_missing_areas(&areas, h, th)) {
		buf_puts(&b, " of specialization; of ");
		put_duration(&b, h->fundamentals_minutes);
		buf_puts(&b, " of fundamentals only ");
		put_duration(&b, step);
		buf_printf(&b, " count for step 1 (further topics such as git "
		    "count for at most %d%% of its %dh); not practised yet: %s",
		    th->fundamentals_further_share, th->fundamentals_hours,
		    areas.data);
		v.list = areas.data;
		situation = "coverage";
	} else {
		buf_puts(&b, " of specialization but ");
		put_duration(&b, h->fundamentals_minutes);
		buf_printf(&b, " of fundamentals (step 1 asks for %dh first)",
		    th->fundamentals_hours);
		situation = h->current != PATH_UNMAPPED &&
		    strcmp(chosen_slug(h), "automation") == 0 ? "automation" :
		    v.topic ? "topic" : "hours";
	}
	finding_add(r, FINDING_IGNORING_FUNDAMENTALS, "warning", h->first_day,
	    &b, advice_text(FINDING_IGNORING_FUNDAMENTALS, situation, &v));
	r->f->holds[FINDING_IGNORING_FUNDAMENTALS] = true;
	buf_release(&areas);
	buf_release(&b);
}

/* ---------------------------------------------------------------------
 * no-portfolio
 */

/*
 * A completed project that is a start of a portfolio: substantial, or
 * worked on in two or more ISO weeks (a small shipped tool).
 */
static bool
project_shows_work(const struct history_project *p)
{
	return p->completed != DAY_NONE && (p->substantial || p->weeks >= 2);
}

/* The substantial project completed last before day, NULL: none. */
static const struct history_project *
substantial_before(const struct history *h, int day)
{
	const struct history_project *last = NULL;

	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *p = &h->projects[i];

		if (p->completed != DAY_NONE && p->completed < day &&
		    p->substantial && (last == NULL ||
		    p->completed >= last->completed))
			last = p;
	}
	return last;
}

/* Form (a): enough logged and no completed project showing work. */
static bool
portfolio_ever(const struct history *h, const struct thresholds *th,
    struct buf *b)
{
	int completed = 0;

	if (h->total_minutes <= 0 ||
	    (h->total_minutes < th->portfolio_total_hours * 60LL &&
	    h->active_weeks < th->portfolio_weeks))
		return false;
	for (size_t i = 0; i < h->project_count; i++) {
		if (project_shows_work(&h->projects[i]))
			return false;
		completed += h->projects[i].completed != DAY_NONE;
	}
	put_duration(b, h->total_minutes);
	buf_printf(b, " logged in %d %s", h->active_weeks,
	    h->active_weeks == 1 ? "week" : "weeks");
	if (completed == 0)
		buf_puts(b, " and no project completed");
	else
		buf_printf(b, "; %d completed %s, none with work in two or more "
		    "weeks", completed, completed == 1 ? "project" : "projects");
	return true;
}

/*
 * Form (b): the window holds window-hours and no project was completed
 * in it, while a substantial project was completed before it.
 */
static bool
portfolio_recent(const struct history *h, const struct thresholds *th,
    struct buf *b)
{
	const struct span *w = &h->portfolio_window;
	const struct history_project *last = substantial_before(h, w->from);
	char day[DAY_TEXT_SIZE];

	if (w->minutes <= 0 || w->minutes < th->portfolio_window_hours * 60LL ||
	    w->projects_completed != 0 || last == NULL)
		return false;
	day_format(last->completed, day);
	put_duration(b, w->minutes);
	buf_printf(b, " in the last %d days and no project completed in them "
	    "(the last substantial one, '%s', on %s)", span_days(w),
	    last->name, day);
	return true;
}

/* Advice: the open project with most hours, else a first project. */
static char *
portfolio_advice(const struct history *h, bool ever)
{
	const struct history_project *p = open_project(h, PATH_UNMAPPED);
	struct advice_values v = { .example = path_example(h, h->current) };

	if (p != NULL) {
		v.project = p->name;
		v.minutes = p->minutes;
		return advice_text(FINDING_NO_PORTFOLIO, p->minutes > 0 ? "open" :
		    "open-new", &v);
	}
	return advice_text(FINDING_NO_PORTFOLIO, !ever ? "recent" :
	    v.example ? "example" : "none", &v);
}

/* Form (a), form (b), or both as one finding with both evidences. */
static void
no_portfolio(struct rules *r)
{
	const struct history *h = r->h;
	struct buf ever_text, recent_text;
	bool ever, recent;
	int from = h->at;

	buf_init(&ever_text);
	buf_init(&recent_text);
	ever = portfolio_ever(h, r->th, &ever_text);
	recent = portfolio_recent(h, r->th, &recent_text);
	if (ever)
		from = h->first_day;
	if (recent && h->portfolio_window.from < from)
		from = h->portfolio_window.from;
	if (ever && recent)
		buf_puts(&ever_text, "; ");
	buf_puts(&ever_text, recent_text.data);
	if (ever || recent)
		finding_add(r, FINDING_NO_PORTFOLIO, "warning", from, &ever_text,
		    portfolio_advice(h, ever));
	r->portfolio_ever = ever;
	r->f->holds[FINDING_NO_PORTFOLIO] = ever || recent;
	buf_release(&ever_text);
	buf_release(&recent_text);
}

/* ---------------------------------------------------------------------
 * scattered
 */

/*
 * In the window: `scattered.paths` mapped paths with path-hours each,
 * and the largest under top-share of the specialization minutes. Hours
 * on a topic that serves the chosen path count for it (the history's
 * topic paths), so one stack is one path.
 */
static void
scattered(struct rules *r)
{
	const struct history *h = r->h;
	const struct thresholds *th = r->th;
	const struct span *w = &h->scattered_window;
	long long specialization = span_specialization(w);
	int count = 0, largest = 0;
	struct advice_values v = { .path = chosen_slug(h) };
	struct buf list, b;

	buf_init(&list);
	for (size_t i = 0; i < w->path_count; i++) {
		const struct path_minutes *p = &w->paths[i];

		if (p->path == PATH_UNMAPPED)
			continue;
		if (p->minutes > largest)
			largest = p->minutes;
		if (p->minutes <= 0 ||
		    p->minutes < th->scattered_path_hours * 60LL)
			continue;
		buf_printf(&list, "%s%s ", count++ ? ", " : "",
		    history_path_slug(h, p->path));
		put_duration(&list, p->minutes);
	}
	if (count >= th->scattered_paths && count > 0 &&
	    largest * 100LL < th->scattered_top_share * specialization) {
		buf_init(&b);
		buf_printf(&b, "%d paths in %d days: %s; the largest holds %d%%",
		    count, span_days(w), list.data,
		    percent(largest, specialization));
		finding_add(r, FINDING_SCATTERED, "warning", w->from, &b,
		    advice_text(FINDING_SCATTERED, v.path ? "path" : "none", &v));
		r->f->holds[FINDING_SCATTERED] = true;
		buf_release(&b);
	}
	buf_release(&list);
}

/* ---------------------------------------------------------------------
 * memorization
 */

/* The unapplied topics of the window, by learning minutes, most first. */
struct unapplied {
	int topic;		/* index into h->topics */
	int minutes;		/* tutorial and study minutes in the window */
};

static int
compare_unapplied(const void *a, const void *b)
{
	const struct unapplied *x = a, *y = b;

	if (x->minutes != y->minutes)
		return y->minutes > x->minutes ? 1 : -1;
	return x->topic - y->topic;
}

/*
 * Non-fundamentals topics with memorization.topic-hours of tutorial and
 * study in the window and no project session up to now. The maths (the
 * prerequisites of any path) are left out: they are learned by study and
 * exercises, and skipped-prerequisites asks for exactly that. Fills list
 * (room for every topic) and returns how many; *sum gets their minutes.
 */
static size_t
unapplied_topics(const struct history *h, const struct thresholds *th,
    struct unapplied *list, long long *sum)
{
	size_t count = 0;

	*sum = 0;
	for (size_t i = 0; h->memorization_learning != NULL &&
	    h->memorization_from != DAY_NONE && i < h->topic_count; i++) {
		const struct history_topic *t = &h->topics[i];
		int learning = h->memorization_learning[i];

		if (topic_fundamentals(h, t) || (h->prerequisite_any != NULL &&
		    h->prerequisite_any[i]) || learning <= 0 ||
		    learning < th->memorization_topic_hours * 60LL ||
		    t->total_by_kind[KIND_PROJECT] > 0)
			continue;
		list[count].topic = (int)i;
		list[count++].minutes = learning;
		*sum += learning;
	}
	if (count > 1)
		qsort(list, count, sizeof(*list), compare_unapplied);
	return count;
}

/* "pandas 20h, numpy 8h: 28h of tutorials and study in ..." */
static void
memorization_evidence(const struct history *h, struct buf *b,
    const struct unapplied *list, size_t count, long long sum)
{
	for (size_t i = 0; i < count && i < LIST_TOPICS; i++) {
		buf_printf(b, "%s%s ", i ? ", " : "", h->topics[list[i].topic].name);
		put_duration(b, list[i].minutes);
	}
	if (count > LIST_TOPICS)
		buf_printf(b, " and %zu more", count - LIST_TOPICS);
	buf_puts(b, ": ");
	put_duration(b, (int)sum);
	buf_printf(b, " of tutorials and study in the last %d days on topics "
	    "never used in a project (%d%% of ", h->at - h->memorization_from + 1,
	    percent(sum, h->memorization_minutes));
	put_duration(b, h->memorization_minutes);
	buf_putc(b, ')');
}

/*
 * The unapplied topics hold memorization.min-hours and memorization.share
 * % of the window. Not raised while tutorial-hell, no-portfolio's form
 * (a) or ignoring-fundamentals is: their advice comes first; nor while
 * off-path is, whose advice decides first whether those topics are the
 * learner's path at all.
 */
static void
memorization(struct rules *r)
{
	const struct history *h = r->h;
	const struct thresholds *th = r->th;
	struct unapplied *list = xcalloc(h->topic_count + 1, sizeof(*list));
	long long sum = 0;
	size_t count;
	struct advice_values v = { 0 };
	const struct history_project *p;
	struct buf b;

	count = unapplied_topics(h, th, list, &sum);
	r->f->holds[FINDING_MEMORIZATION] = count > 0 && sum > 0 &&
	    sum >= th->memorization_min_hours * 60LL &&
	    sum * 100 >= (long long)th->memorization_share *
	    h->memorization_minutes;
	if (r->f->holds[FINDING_MEMORIZATION] &&
	    !r->raised[FINDING_TUTORIAL_HELL] && !r->portfolio_ever &&
	    !r->raised[FINDING_IGNORING_FUNDAMENTALS] &&
	    !r->raised[FINDING_OFF_PATH]) {
		buf_init(&b);
		memorization_evidence(h, &b, list, count, sum);
		v.topic = h->topics[list[0].topic].name;
		p = h->topics[list[0].topic].path == PATH_UNMAPPED ? NULL :
		    open_project(h, h->topics[list[0].topic].path);
		v.project = p ? p->name : NULL;
		finding_add(r, FINDING_MEMORIZATION, "warning",
		    h->memorization_from, &b, advice_text(FINDING_MEMORIZATION,
		    p ? "project" : "topic", &v));
		buf_release(&b);
	}
	free(list);
}

/* ---------------------------------------------------------------------
 * skipped-prerequisites
 */

/* Whether topic index t is a prerequisite of the chosen path. */
static bool
is_prerequisite(const struct history *h, size_t t)
{
	for (size_t i = 0; i < h->prerequisite_count; i++)
		if ((size_t)h->prerequisites[i] == t)
			return true;
	return false;
}

/*
 * The chosen path declares prerequisites; the learner has
 * prerequisites.path-hours on topics that count for the path (home or
 * serving it), its prerequisites excepted, and under
 * prerequisites.min-hours on the prerequisites ever.
 */
static void
skipped_prerequisites(struct rules *r)
{
	const struct history *h = r->h;
	const struct thresholds *th = r->th;
	long long on_path = 0, prerequisites = 0;
	struct advice_values v = { .path = chosen_slug(h) };
	struct buf b, list;

	if (h->current == PATH_UNMAPPED || h->prerequisite_count == 0)
		return;
	for (size_t i = 0; i < h->topic_count; i++) {
		if (is_prerequisite(h, i))
			prerequisites += topic_minutes(&h->topics[i]);
		else if (h->topics[i].path == h->current)
			on_path += topic_minutes(&h->topics[i]);
	}
	if (on_path <= 0 || on_path < th->prerequisites_path_hours * 60LL ||
	    prerequisites >= th->prerequisites_min_hours * 60LL)
		return;
	buf_init(&b);
	buf_init(&list);
	put_duration(&b, (int)on_path);
	buf_printf(&b, " on %s but ", v.path);
	put_duration(&b, (int)prerequisites);
	buf_puts(&b, " on its prerequisites (");
	for (size_t i = 0; i < h->prerequisite_count; i++) {
		const struct history_topic *t = &h->topics[h->prerequisites[i]];

		buf_printf(&b, "%s%s ", i ? ", " : "", t->name);
		put_duration(&b, topic_minutes(t));
		buf_printf(&list, "%s%s", i == 0 ? "" :
		    i + 1 == h->prerequisite_count ? " and " : ", ", t->name);
	}
	buf_putc(&b, ')');
	v.list = list.data;
	finding_add(r, FINDING_SKIPPED_PREREQUISITES, "warning", h->first_day,
	    &b, advice_text(FINDING_SKIPPED_PREREQUISITES, "path", &v));
	r->f->holds[FINDING_SKIPPED_PREREQUISITES] = true;
	buf_release(&list);
	buf_release(&b);
}

/* ---------------------------------------------------------------------
 * stalled
 */

/*
 * What stalled's advice sends the learner back to: the open work last
 * worked on, else the last session's topic. While tutorial-hell is
 * raised a tutorial is no place to come back to: an open project (the
 * one with most hours) is, else something of the learner's own.
 */
static const char *
stalled_situation(const struct rules *r, struct advice_values *v)
{
	const struct history *h = r->h;
	const struct history_project *p;

	if (r->raised[FINDING_TUTORIAL_HELL] && !(h->resume.name != NULL &&
	    h->resume.project)) {
		p = open_project(h, PATH_UNMAPPED);
		v->project = p ? p->name : NULL;
		return p ? "project" : "build";
	}
	v->project = h->resume.name;
	if (h->resume.name != NULL)
		return h->resume.project ? "project" : "tutorial";
	return v->topic ? "topic" : "none";
}

/*
 * At least 20 hours logged and no session in the last stalled.days days
 * (severity info). Evidence: the last session and the open work last
 * worked on; advice: pick that up again. Plan and report open with
 * f->welcome, a shorter line of the same advice, while it holds.
 */
static void
stalled(struct rules *r)
{
	const struct history *h = r->h;
	const struct history_resume *w = &h->resume;
	struct advice_values v = { 0 };
	char last[DAY_TEXT_SIZE], day[DAY_TEXT_SIZE], welcome[32];
	const char *situation;
	struct buf b;
	char *advice;

	if (h->last_day == DAY_NONE || h->total_minutes <= 0 ||
	    h->total_minutes < STALLED_MIN_HOURS * 60LL ||
	    (long long)h->at - h->last_day < r->th->stalled_days)
		return;
	v.days = h->at - h->last_day;
	v.topic = h->last_topic >= 0 ? h->topics[h->last_topic].name : NULL;
	buf_init(&b);
	day_format(h->last_day, last);
	buf_printf(&b, "no session since %s (%d days)", last, v.days);
	if (v.topic != NULL)
		buf_printf(&b, ", on %s", v.topic);
	if (w->name != NULL) {
		day_format(w->day, day);
		buf_printf(&b, "; last worked on: %s '%s' on %s",
		    w->project ? "project" : "tutorial", w->name, day);
	}
	situation = stalled_situation(r, &v);
	advice = advice_text(FINDING_STALLED, situation, &v);
	snprintf(welcome, sizeof(welcome), "welcome-%s", situation);
	r->f->welcome = advice_text(FINDING_STALLED, welcome, &v);
	finding_add(r, FINDING_STALLED, "info", h->last_day + 1, &b, advice);
	r->f->holds[FINDING_STALLED] = true;
	buf_release(&b);
}

/* ---------------------------------------------------------------------
 * What was looked at
 */

/* The mapped specialization paths logged in a span. */
static int
mapped_paths(const struct span *s)
{
	int count = 0;

	for (size_t i = 0; i < s->path_count; i++)
		if (s->paths[i].path != PATH_UNMAPPED && s->paths[i].minutes > 0)
			count++;
	return count;
}

/* The projects completed up to at. */
static int
projects_completed(const struct history *h)
{
	int count = 0;

	for (size_t i = 0; i < h->project_count; i++)
		if (h->projects[i].completed != DAY_NONE)
			count++;
	return count;
}

/*
 * One line of the numbers the rules looked at: the tutorial window with
 * its kinds, the paths of the scattered window, and the totals.
 */
static char *
looked_at(const struct history *h)
{
	const struct span *w = &h->tutorial_window;
	const struct span *s = &h->scattered_window;
	int paths = mapped_paths(s), completed = projects_completed(h);
	struct buf b;

	buf_init(&b);
	if (h->first_day == DAY_NONE) {
		buf_puts(&b, "nothing logged yet");
		return buf_detach(&b);
	}
	buf_printf(&b, "last %d days: ", span_days(w));
	put_duration(&b, w->minutes);
	buf_printf(&b, " (tutorials %d%%, projects %d%%), %d %s",
	    percent(w->by_kind[KIND_TUTORIAL], w->minutes),
	    percent(w->by_kind[KIND_PROJECT], w->minutes), paths,
	    paths == 1 ? "path" : "paths");
	if (span_days(s) != span_days(w))
		buf_printf(&b, " in the last %d days", span_days(s));
	buf_puts(&b, "; overall ");
	put_duration(&b, h->total_minutes);
	buf_puts(&b, ", fundamentals ");
	put_duration(&b, h->fundamentals_minutes);
	buf_printf(&b, ", %d %s completed", completed,
	    completed == 1 ? "project" : "projects");
	return buf_detach(&b);
}
