/*
 * The anti-pattern findings of SPEC §5, version 2: nine rules, each a
 * pure function of a history and the thresholds. Every number a rule
 * compares comes from struct thresholds; hours are compared as minutes
 * (threshold * 60) and shares as cross products (part * 100 >= share *
 * whole), so no rounding ever decides a finding.
 *
 * Evidence is the figures behind a finding (reports/sentences.c writes
 * them, durations the way `track log` reads them); percentages are
 * truncated, so a shown share never contradicts the threshold it was
 * compared with (49.9% under 50% shows as 49%).
 *
 * Advice is a code chosen for the learner's path and state (an open
 * project, the path's kind of first project, the topics concerned) with
 * what fills it in; reports/sentences.c writes its sentence. No advice
 * names a project that does not exist.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reports/analysis.h"
#include "core/buf.h"
#include "core/date.h"
#include "core/session.h"
#include "reports/sentences.h"

#define LIST_TOPICS 5		/* memorization: topics named in evidence */

static const char *const finding_names[FINDING_COUNT] = {
	"tutorial-hell", "path-hopping", "off-path", "ignoring-fundamentals",
	"no-portfolio", "scattered", "memorization", "skipped-prerequisites",
	"stalled",
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
static void looked_at(const struct history *h, struct findings_summary *s);
static int compare_findings(const void *a, const void *b);

/*
 * Runs every rule, those another one silences after it (off-path after
 * scattered; memorization after tutorial-hell, no-portfolio,
 * ignoring-fundamentals and off-path), then lists the findings by severity and, within
 * one, in the order of SPEC §5. A rule about hours needs something
 * logged, even with a threshold set to 0. With no finding, f->looked_at
 * holds the numbers that were looked at.
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
		looked_at(h, &f->looked_at);
}

void
findings_release(struct findings *f)
{
	for (size_t i = 0; i < f->count; i++) {
		for (size_t j = 0; j < f->items[i].evidence_count; j++)
			free(f->items[i].evidence[j].items);
		free(f->items[i].advice.names);
	}
	memset(f, 0, sizeof(*f));
}

const struct finding *
findings_welcome(const struct findings *f)
{
	for (size_t i = 0; i < f->count; i++)
		if (f->items[i].id == FINDING_STALLED)
			return &f->items[i];
	return NULL;
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

/* count items for an evidence list, owned by the finding. */
static struct evidence_item *
evidence_items(size_t count)
{
	return xcalloc(count + 1, sizeof(struct evidence_item));
}

/*
 * Adds a finding whose period starts no earlier than the first session;
 * takes the count parts of evidence (with their items) and the advice's
 * names array.
 */
static void
finding_add(struct rules *r, enum finding_id id, const char *severity,
    int from, const struct finding_evidence *evidence, size_t count,
    const struct finding_advice *advice)
{
	struct finding *item = &r->f->items[r->f->count++];

	if (r->h->first_day != DAY_NONE && from < r->h->first_day)
		from = r->h->first_day;
	item->id = id;
	item->name = finding_names[id];
	item->severity = severity;
	item->from = from;
	item->to = r->h->at;
	for (size_t i = 0; i < count; i++)
		item->evidence[i] = evidence[i];
	item->evidence_count = count;
	item->advice = *advice;
	r->raised[id] = true;
}

/* ---------------------------------------------------------------------
 * tutorial-hell
 */

/*
 * The alert: alert-hours of tutorials ever and not one project session.
 * Fills in its evidence e when it holds.
 */
static bool
tutorial_alert(const struct history *h, const struct thresholds *th,
    struct finding_evidence *e)
{
	if (h->tutorial_minutes <= 0 ||
	    h->tutorial_minutes < th->tutorial_alert_hours * 60LL ||
	    h->project_sessions != 0)
		return false;
	e->kind = EVIDENCE_TUTORIAL_ALERT;
	e->minutes = h->tutorial_minutes;
	e->day = h->first_day;
	return true;
}

/*
 * The warning over the window: enough tutorial hours making enough of
 * the window, too little project time and no project completed in it.
 */
static bool
tutorial_window(const struct span *w, const struct thresholds *th,
    struct finding_evidence *e)
{
	long long tutorial = w->by_kind[KIND_TUTORIAL];
	long long project = w->by_kind[KIND_PROJECT];
	long long all = w->minutes;

	if (tutorial <= 0 || tutorial < th->tutorial_min_hours * 60LL ||
	    tutorial * 100 < th->tutorial_share * all ||
	    project * 100 >= th->tutorial_project_share * all ||
	    w->projects_completed != 0)
		return false;
	e->kind = EVIDENCE_TUTORIAL_WINDOW;
	e->minutes = (int)tutorial;
	e->other = (int)project;
	e->days = span_days(w);
	e->share = percent(tutorial, all);
	e->whole = (int)all;
	return true;
}

/* Advice for tutorial-hell: the open project, else the path's example. */
static struct finding_advice
tutorial_advice(const struct history *h, bool alert)
{
	const struct history_project *p = open_project(h, PATH_UNMAPPED);
	struct finding_advice a = { .path = chosen_slug(h) };

	if (p != NULL) {
		a.project = p->name;
		a.code = alert ? ADVICE_TUTORIAL_ALERT_PROJECT :
		    ADVICE_TUTORIAL_PROJECT;
	} else {
		a.code = alert ? ADVICE_TUTORIAL_ALERT : path_example(a.path) ?
		    ADVICE_TUTORIAL_EXAMPLE : ADVICE_TUTORIAL_BUILD;
	}
	return a;
}

/*
 * One finding: the alert when it holds, else the warning. Neither before
 * tutorial-hell.min-history-days have passed since the first session.
 */
static void
tutorial_hell(struct rules *r)
{
	const struct history *h = r->h;
	struct finding_advice alert = tutorial_advice(h, true);
	struct finding_advice warning = tutorial_advice(h, false);
	struct finding_evidence e = { 0 };

	if (h->first_day == DAY_NONE ||
	    (long long)h->at - h->first_day < r->th->tutorial_min_history_days)
		return;
	if (tutorial_alert(h, r->th, &e))
		finding_add(r, FINDING_TUTORIAL_HELL, "alert", h->first_day, &e,
		    1, &alert);
	else if (tutorial_window(&h->tutorial_window, r->th, &e))
		finding_add(r, FINDING_TUTORIAL_HELL, "warning",
		    h->tutorial_window.from, &e, 1, &warning);
	r->f->holds[FINDING_TUTORIAL_HELL] = r->raised[FINDING_TUTORIAL_HELL];
}

/* ---------------------------------------------------------------------
 * path-hopping
 */

/*
 * Month m as an item: its first day, its dominant path and the top topic
 * there ("Sep backend (django 14h)").
 */
static void
month_item(const struct history *h, const struct span *m,
    struct evidence_item *item)
{
	item->day = m->from;
	item->name = history_path_slug(h, m->dominant);
	for (size_t i = 0; i < m->path_count; i++) {
		const struct path_minutes *p = &m->paths[i];

		if (p->path != m->dominant)
			continue;
		item->topic = p->top_topic;
		item->minutes = p->top_topic != NULL ? p->top_topic_minutes :
		    p->minutes;
	}
}

/*
 * By months (history_hopping_by_months, the condition step 2 reads too):
 * fills in e with the months compared and sets *from to the first day of
 * the earliest one when it holds.
 */
static bool
hopping_by_months(const struct history *h, const struct thresholds *th,
    struct finding_evidence *e, int *from)
{
	size_t months[HOPPING_MONTHS_LOOKED_AT];

	if (!history_hopping_by_months(h, th))
		return false;
	e->kind = EVIDENCE_HOPPING_MONTHS;
	e->item_count = history_hopping_months(h, th, months);
	e->items = evidence_items(e->item_count);
	for (size_t i = 0; i < e->item_count; i++)
		month_item(h, &h->months[months[i]], &e->items[i]);
	*from = h->months[months[0]].from;
	return true;
}

/*
 * By `track path set` (history_hopping_by_choices; the model reads a
 * same-day choice as replacing the one before): fills in e with the
 * chain of paths from the first change in the set window and sets *from
 * to the window's first day when it holds.
 */
static bool
hopping_by_choices(const struct history *h, const struct thresholds *th,
    struct finding_evidence *e, int *from)
{
	const struct path_choice_entry *c = h->choices;
	int window = h->at - (th->hopping_set_window_days - 1);
	size_t first = 1;

	if (!history_hopping_by_choices(h, th))
		return false;
	while (c[first].day < window || c[first].path == c[first - 1].path)
		first++;
	e->kind = EVIDENCE_HOPPING_CHOICES;
	e->count = history_choice_changes(h, window);
	e->days = th->hopping_set_window_days;
	e->path = history_path_slug(h, c[first - 1].path);
	e->items = evidence_items(h->choice_count);
	for (size_t i = first; i < h->choice_count; i++) {
		if (c[i].path == c[i - 1].path)
			continue;
		e->items[e->item_count].name = history_path_slug(h, c[i].path);
		e->items[e->item_count++].day = c[i].day;
	}
	*from = window;
	return true;
}

/* By months or by path set (both: one finding, both evidences). */
static void
path_hopping(struct rules *r)
{
	const struct history *h = r->h;
	struct finding_evidence e[EVIDENCE_PARTS] = { { 0 } };
	int months_from = h->at, choices_from = h->at;
	bool months, choices;
	struct finding_advice a = { .path = chosen_slug(h) };

	a.code = a.path ? ADVICE_HOPPING_PATH : ADVICE_HOPPING_NONE;
	months = hopping_by_months(h, r->th, &e[0], &months_from);
	choices = hopping_by_choices(h, r->th, &e[months], &choices_from);
	if (months || choices)
		finding_add(r, FINDING_PATH_HOPPING, "warning",
		    months_from < choices_from ? months_from : choices_from,
		    e, (size_t)months + choices, &a);
	r->f->holds[FINDING_PATH_HOPPING] = months || choices;
}

/* ---------------------------------------------------------------------
 * off-path
 */

/*
 * The chosen path against the paths that took the time ("backend 2h of
 * 50h in the last 28 days (4%); the rest went to data-science 48h").
 * Returns the path that took most of it.
 */
static int
off_path_evidence(const struct history *h, struct finding_evidence *e)
{
	const struct span *w = &h->off_path_window;
	int top = PATH_UNMAPPED;

	e->kind = EVIDENCE_OFF_PATH;
	e->path = history_path_slug(h, h->current);
	e->minutes = span_path_minutes(w, h->current);
	e->whole = span_specialization(w);
	e->days = span_days(w);
	e->share = percent(e->minutes, e->whole);
	e->items = evidence_items(w->path_count);
	for (size_t i = 0; i < w->path_count; i++) {
		const struct path_minutes *p = &w->paths[i];

		if (p->path == h->current || p->minutes <= 0)
			continue;
		if (e->item_count == 0)
			top = p->path;
		e->items[e->item_count].name = history_path_slug(h, p->path);
		e->items[e->item_count++].minutes = p->minutes;
	}
	return top;
}

/* Not raised while scattered is (its advice covers it). */
static void
off_path(struct rules *r)
{
	const struct history *h = r->h;
	struct finding_advice a = { .path = chosen_slug(h) };
	struct finding_evidence e = { 0 };
	int top;

	r->f->holds[FINDING_OFF_PATH] = history_off_path(h, r->th);
	if (!r->f->holds[FINDING_OFF_PATH] || r->raised[FINDING_SCATTERED])
		return;
	top = off_path_evidence(h, &e);
	a.other = history_path_slug(h, top);
	a.code = top == PATH_UNMAPPED ? ADVICE_OFF_PATH_UNMAPPED :
	    ADVICE_OFF_PATH_OTHER;
	finding_add(r, FINDING_OFF_PATH, "warning", h->off_path_window.from, &e,
	    1, &a);
}

/* ---------------------------------------------------------------------
 * ignoring-fundamentals
 */

/*
 * The areas of step 1 with under plan.fundamentals-area-hours (1 << area
 * each); 0 when there are none or the history has no topics to tell.
 */
static unsigned
missing_areas(const struct history *h, const struct thresholds *th)
{
	unsigned missing = 0;

	for (int a = AREA_BASICS; h->topic_count > 0 && a < AREA_FURTHER; a++)
		if (h->areas[a].minutes < th->fundamentals_area_hours * 60LL)
			missing |= 1u << a;
	return missing;
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
	struct finding_advice a = { .topic = top_specialization_topic(h),
	    .areas = missing_areas(h, th) };
	struct finding_evidence e = { .minutes = (int)specialization,
	    .other = h->fundamentals_minutes, .hours = th->fundamentals_hours };

	if (specialization <= 0 || specialization < th->fundamentals_min_hours *
	    60LL || step * 2LL >= target || specialization <=
	    h->fundamentals_minutes)
		return;
	if (h->fundamentals_minutes * 2LL >= target && a.areas != 0) {
		e.kind = EVIDENCE_FUNDAMENTALS_COVERAGE;
		e.counted = step;
		e.share = th->fundamentals_further_share;
		e.areas = a.areas;
		a.code = ADVICE_FUNDAMENTALS_COVERAGE;
	} else {
		e.kind = EVIDENCE_FUNDAMENTALS_HOURS;
		a.code = h->current != PATH_UNMAPPED &&
		    strcmp(chosen_slug(h), "automation") == 0 ?
		    ADVICE_FUNDAMENTALS_AUTOMATION : a.topic ?
		    ADVICE_FUNDAMENTALS_TOPIC : ADVICE_FUNDAMENTALS_HOURS;
		a.areas = 0;
	}
	finding_add(r, FINDING_IGNORING_FUNDAMENTALS, "warning", h->first_day,
	    &e, 1, &a);
	r->f->holds[FINDING_IGNORING_FUNDAMENTALS] = true;
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
    struct finding_evidence *e)
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
	e->kind = EVIDENCE_PORTFOLIO_EVER;
	e->minutes = h->total_minutes;
	e->weeks = h->active_weeks;
	e->count = completed;
	return true;
}

/*
 * Form (b): the window holds window-hours and no project was completed
 * in it, while a substantial project was completed before it.
 */
static bool
portfolio_recent(const struct history *h, const struct thresholds *th,
    struct finding_evidence *e)
{
	const struct span *w = &h->portfolio_window;
	const struct history_project *last = substantial_before(h, w->from);

	if (w->minutes <= 0 || w->minutes < th->portfolio_window_hours * 60LL ||
	    w->projects_completed != 0 || last == NULL)
		return false;
	e->kind = EVIDENCE_PORTFOLIO_RECENT;
	e->minutes = w->minutes;
	e->days = span_days(w);
	e->project = last->name;
	e->project_day = last->completed;
	return true;
}

/* Advice: the open project with most hours, else a first project. */
static struct finding_advice
portfolio_advice(const struct history *h, bool ever)
{
	const struct history_project *p = open_project(h, PATH_UNMAPPED);
	struct finding_advice a = { .path = chosen_slug(h) };

	if (p != NULL) {
		a.project = p->name;
		a.minutes = p->minutes;
		a.code = p->minutes > 0 ? ADVICE_PORTFOLIO_OPEN :
		    ADVICE_PORTFOLIO_OPEN_NEW;
	} else {
		a.code = !ever ? ADVICE_PORTFOLIO_RECENT : path_example(a.path) ?
		    ADVICE_PORTFOLIO_EXAMPLE : ADVICE_PORTFOLIO_NONE;
	}
	return a;
}

/* Form (a), form (b), or both as one finding with both evidences. */
static void
no_portfolio(struct rules *r)
{
	const struct history *h = r->h;
	struct finding_evidence e[EVIDENCE_PARTS] = { { 0 } };
	struct finding_advice a;
	bool ever, recent;
	int from = h->at;

	ever = portfolio_ever(h, r->th, &e[0]);
	recent = portfolio_recent(h, r->th, &e[ever]);
	if (ever)
		from = h->first_day;
	if (recent && h->portfolio_window.from < from)
		from = h->portfolio_window.from;
	a = portfolio_advice(h, ever);
	if (ever || recent)
		finding_add(r, FINDING_NO_PORTFOLIO, "warning", from, e,
		    (size_t)ever + recent, &a);
	r->portfolio_ever = ever;
	r->f->holds[FINDING_NO_PORTFOLIO] = ever || recent;
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
	int largest = 0;
	struct finding_advice a = { .path = chosen_slug(h) };
	struct finding_evidence e = { .kind = EVIDENCE_SCATTERED,
	    .days = span_days(w) };

	e.items = evidence_items(w->path_count);
	for (size_t i = 0; i < w->path_count; i++) {
		const struct path_minutes *p = &w->paths[i];

		if (p->path == PATH_UNMAPPED)
			continue;
		if (p->minutes > largest)
			largest = p->minutes;
		if (p->minutes <= 0 ||
		    p->minutes < th->scattered_path_hours * 60LL)
			continue;
		e.items[e.item_count].name = history_path_slug(h, p->path);
		e.items[e.item_count++].minutes = p->minutes;
	}
	e.count = (int)e.item_count;
	if (e.count >= th->scattered_paths && e.count > 0 &&
	    largest * 100LL < th->scattered_top_share * specialization) {
		e.share = percent(largest, specialization);
		a.code = a.path ? ADVICE_SCATTERED_PATH : ADVICE_SCATTERED_NONE;
		finding_add(r, FINDING_SCATTERED, "warning", w->from, &e, 1, &a);
		r->f->holds[FINDING_SCATTERED] = true;
	} else {
		free(e.items);
	}
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

/*
 * The evidence of count unapplied topics ("pandas 20h, numpy 8h: 28h of
 * tutorials and study in ..."): the first LIST_TOPICS of them by name.
 */
static void
memorization_evidence(const struct history *h, struct finding_evidence *e,
    const struct unapplied *list, size_t count, long long sum)
{
	e->kind = EVIDENCE_MEMORIZATION;
	e->items = evidence_items(LIST_TOPICS);
	e->item_count = count < LIST_TOPICS ? count : LIST_TOPICS;
	for (size_t i = 0; i < e->item_count; i++) {
		e->items[i].name = h->topics[list[i].topic].name;
		e->items[i].minutes = list[i].minutes;
	}
	e->count = (int)count;
	e->minutes = (int)sum;
	e->days = h->at - h->memorization_from + 1;
	e->share = percent(sum, h->memorization_minutes);
	e->whole = h->memorization_minutes;
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
	struct finding_advice a = { 0 };
	struct finding_evidence e = { 0 };
	const struct history_project *p;

	count = unapplied_topics(h, th, list, &sum);
	r->f->holds[FINDING_MEMORIZATION] = count > 0 && sum > 0 &&
	    sum >= th->memorization_min_hours * 60LL &&
	    sum * 100 >= (long long)th->memorization_share *
	    h->memorization_minutes;
	if (r->f->holds[FINDING_MEMORIZATION] &&
	    !r->raised[FINDING_TUTORIAL_HELL] && !r->portfolio_ever &&
	    !r->raised[FINDING_IGNORING_FUNDAMENTALS] &&
	    !r->raised[FINDING_OFF_PATH]) {
		memorization_evidence(h, &e, list, count, sum);
		a.topic = h->topics[list[0].topic].name;
		p = h->topics[list[0].topic].path == PATH_UNMAPPED ? NULL :
		    open_project(h, h->topics[list[0].topic].path);
		a.project = p ? p->name : NULL;
		a.code = p ? ADVICE_MEMORIZATION_PROJECT :
		    ADVICE_MEMORIZATION_TOPIC;
		finding_add(r, FINDING_MEMORIZATION, "warning",
		    h->memorization_from, &e, 1, &a);
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
	struct finding_advice a = { .code = ADVICE_PREREQUISITES,
	    .path = chosen_slug(h) };
	struct finding_evidence e = { .kind = EVIDENCE_PREREQUISITES };

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
	a.names = xcalloc(h->prerequisite_count, sizeof(*a.names));
	a.name_count = h->prerequisite_count;
	e.minutes = (int)on_path;
	e.path = a.path;
	e.other = (int)prerequisites;
	e.items = evidence_items(h->prerequisite_count);
	e.item_count = h->prerequisite_count;
	for (size_t i = 0; i < h->prerequisite_count; i++) {
		const struct history_topic *t = &h->topics[h->prerequisites[i]];

		e.items[i].name = t->name;
		e.items[i].minutes = topic_minutes(t);
		a.names[i] = t->name;
	}
	finding_add(r, FINDING_SKIPPED_PREREQUISITES, "warning", h->first_day,
	    &e, 1, &a);
	r->f->holds[FINDING_SKIPPED_PREREQUISITES] = true;
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
static enum advice_code
stalled_situation(const struct rules *r, struct finding_advice *a)
{
	const struct history *h = r->h;
	const struct history_project *p;

	if (r->raised[FINDING_TUTORIAL_HELL] && !(h->resume.name != NULL &&
	    h->resume.project)) {
		p = open_project(h, PATH_UNMAPPED);
		a->project = p ? p->name : NULL;
		return p ? ADVICE_STALLED_PROJECT : ADVICE_STALLED_BUILD;
	}
	a->project = h->resume.name;
	if (h->resume.name != NULL)
		return h->resume.project ? ADVICE_STALLED_PROJECT :
		    ADVICE_STALLED_TUTORIAL;
	return a->topic ? ADVICE_STALLED_TOPIC : ADVICE_STALLED_NONE;
}

/*
 * At least stalled.min-hours logged and no session in the last stalled.days days
 * (severity info). Evidence: the last session and the open work last
 * worked on; advice: pick that up again. Plan and report open with a
 * shorter line of the same advice (findings_welcome) while it holds.
 */
static void
stalled(struct rules *r)
{
	const struct history *h = r->h;
	const struct history_resume *w = &h->resume;
	struct finding_advice a = { 0 };
	struct finding_evidence e = { .kind = EVIDENCE_STALLED,
	    .day = h->last_day, .project = w->name, .is_project = w->project,
	    .project_day = w->day };

	if (h->last_day == DAY_NONE || h->total_minutes <= 0 ||
	    h->total_minutes < r->th->stalled_min_hours * 60LL ||
	    (long long)h->at - h->last_day < r->th->stalled_days)
		return;
	a.days = e.days = h->at - h->last_day;
	a.topic = e.topic = h->last_topic >= 0 ?
	    h->topics[h->last_topic].name : NULL;
	a.code = stalled_situation(r, &a);
	finding_add(r, FINDING_STALLED, "info", h->last_day + 1, &e, 1, &a);
	r->f->holds[FINDING_STALLED] = true;
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
 * The numbers the rules looked at: the tutorial window with its kinds,
 * the paths of the scattered window, and the totals.
 */
static void
looked_at(const struct history *h, struct findings_summary *s)
{
	const struct span *w = &h->tutorial_window;

	s->logged = h->first_day != DAY_NONE;
	s->days = span_days(w);
	s->minutes = w->minutes;
	s->tutorial_share = percent(w->by_kind[KIND_TUTORIAL], w->minutes);
	s->project_share = percent(w->by_kind[KIND_PROJECT], w->minutes);
	s->paths = mapped_paths(&h->scattered_window);
	s->paths_days = span_days(&h->scattered_window);
	s->total_minutes = h->total_minutes;
	s->fundamentals_minutes = h->fundamentals_minutes;
	s->completed = projects_completed(h);
}
