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

#define STALLED_MIN_HOURS 20	/* SPEC §5 stalled: "at least 20 hours
				   logged in total" (no setting names it) */
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
		free(f->items[i].advice.names);
	}
	free(f->looked_at);
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

/*
 * Adds a finding whose period starts no earlier than the first session;
 * takes the evidence text out of b and the advice's names array.
 */
static void
finding_add(struct rules *r, enum finding_id id, const char *severity,
    int from, struct buf *evidence, const struct finding_advice *advice)
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
	item->advice = *advice;
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
	buf_put_duration(b, h->tutorial_minutes);
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
	buf_put_duration(b, (int)tutorial);
	buf_puts(b, " of tutorials, ");
	buf_put_duration(b, (int)project);
	buf_printf(b, " of projects in the last %d days (%d%% of ",
	    span_days(w), percent(tutorial, all));
	buf_put_duration(b, (int)all);
	buf_putc(b, ')');
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
	struct buf b;

	if (h->first_day == DAY_NONE ||
	    (long long)h->at - h->first_day < r->th->tutorial_min_history_days)
		return;
	buf_init(&b);
	if (tutorial_alert(h, r->th, &b))
		finding_add(r, FINDING_TUTORIAL_HELL, "alert", h->first_day, &b,
		    &alert);
	else if (tutorial_window(&h->tutorial_window, r->th, &b))
		finding_add(r, FINDING_TUTORIAL_HELL, "warning",
		    h->tutorial_window.from, &b, &warning);
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
			buf_put_duration(b, p->top_topic_minutes);
		} else {
			buf_put_duration(b, p->minutes);
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
	struct finding_advice a = { .path = chosen_slug(h) };

	a.code = a.path ? ADVICE_HOPPING_PATH : ADVICE_HOPPING_NONE;
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
		    &by_months, &a);
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
	buf_put_duration(b, on_path);
	buf_puts(b, " of ");
	buf_put_duration(b, span_specialization(w));
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
		buf_put_duration(b, p->minutes);
		first = false;
	}
	return top;
}

/* Not raised while scattered is (its advice covers it). */
static void
off_path(struct rules *r)
{
	const struct history *h = r->h;
	struct finding_advice a = { .path = chosen_slug(h) };
	struct buf b;
	int top;

	r->f->holds[FINDING_OFF_PATH] = history_off_path(h, r->th);
	if (!r->f->holds[FINDING_OFF_PATH] || r->raised[FINDING_SCATTERED])
		return;
	buf_init(&b);
	top = off_path_evidence(h, &b);
	a.other = history_path_slug(h, top);
	a.code = top == PATH_UNMAPPED ? ADVICE_OFF_PATH_UNMAPPED :
	    ADVICE_OFF_PATH_OTHER;
	finding_add(r, FINDING_OFF_PATH, "warning", h->off_path_window.from, &b,
	    &a);
	buf_release(&b);
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
	struct buf b;

	if (specialization <= 0 || specialization < th->fundamentals_min_hours *
	    60LL || step * 2LL >= target || specialization <=
	    h->fundamentals_minutes)
		return;
	buf_init(&b);
	buf_put_duration(&b, (int)specialization);
	if (h->fundamentals_minutes * 2LL >= target && a.areas != 0) {
		buf_puts(&b, " of specialization; of ");
		buf_put_duration(&b, h->fundamentals_minutes);
		buf_puts(&b, " of fundamentals only ");
		buf_put_duration(&b, step);
		buf_printf(&b, " count for step 1 (further topics such as git "
		    "count for at most %d%% of its %dh); not practised yet: ",
		    th->fundamentals_further_share, th->fundamentals_hours);
		put_area_list(&b, a.areas);
		a.code = ADVICE_FUNDAMENTALS_COVERAGE;
	} else {
		buf_puts(&b, " of specialization but ");
		buf_put_duration(&b, h->fundamentals_minutes);
		buf_printf(&b, " of fundamentals (step 1 asks for %dh first)",
		    th->fundamentals_hours);
		a.code = h->current != PATH_UNMAPPED &&
		    strcmp(chosen_slug(h), "automation") == 0 ?
		    ADVICE_FUNDAMENTALS_AUTOMATION : a.topic ?
		    ADVICE_FUNDAMENTALS_TOPIC : ADVICE_FUNDAMENTALS_HOURS;
		a.areas = 0;
	}
	finding_add(r, FINDING_IGNORING_FUNDAMENTALS, "warning", h->first_day,
	    &b, &a);
	r->f->holds[FINDING_IGNORING_FUNDAMENTALS] = true;
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
	buf_put_duration(b, h->total_minutes);
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
	buf_put_duration(b, w->minutes);
	buf_printf(b, " in the last %d days and no project completed in them "
	    "(the last substantial one, '%s', on %s)", span_days(w),
	    last->name, day);
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
	struct buf ever_text, recent_text;
	struct finding_advice a;
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
	a = portfolio_advice(h, ever);
	if (ever || recent)
		finding_add(r, FINDING_NO_PORTFOLIO, "warning", from, &ever_text,
		    &a);
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
	struct finding_advice a = { .path = chosen_slug(h) };
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
		buf_put_duration(&list, p->minutes);
	}
	if (count >= th->scattered_paths && count > 0 &&
	    largest * 100LL < th->scattered_top_share * specialization) {
		buf_init(&b);
		buf_printf(&b, "%d paths in %d days: %s; the largest holds %d%%",
		    count, span_days(w), list.data,
		    percent(largest, specialization));
		a.code = a.path ? ADVICE_SCATTERED_PATH : ADVICE_SCATTERED_NONE;
		finding_add(r, FINDING_SCATTERED, "warning", w->from, &b, &a);
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
		buf_put_duration(b, list[i].minutes);
	}
	if (count > LIST_TOPICS)
		buf_printf(b, " and %zu more", count - LIST_TOPICS);
	buf_puts(b, ": ");
	buf_put_duration(b, (int)sum);
	buf_printf(b, " of tutorials and study in the last %d days on topics "
	    "never used in a project (%d%% of ", h->at - h->memorization_from + 1,
	    percent(sum, h->memorization_minutes));
	buf_put_duration(b, h->memorization_minutes);
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
	struct finding_advice a = { 0 };
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
		a.topic = h->topics[list[0].topic].name;
		p = h->topics[list[0].topic].path == PATH_UNMAPPED ? NULL :
		    open_project(h, h->topics[list[0].topic].path);
		a.project = p ? p->name : NULL;
		a.code = p ? ADVICE_MEMORIZATION_PROJECT :
		    ADVICE_MEMORIZATION_TOPIC;
		finding_add(r, FINDING_MEMORIZATION, "warning",
		    h->memorization_from, &b, &a);
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
	struct finding_advice a = { .code = ADVICE_PREREQUISITES,
	    .path = chosen_slug(h) };
	struct buf b;

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
	a.names = xcalloc(h->prerequisite_count, sizeof(*a.names));
	a.name_count = h->prerequisite_count;
	buf_put_duration(&b, (int)on_path);
	buf_printf(&b, " on %s but ", a.path);
	buf_put_duration(&b, (int)prerequisites);
	buf_puts(&b, " on its prerequisites (");
	for (size_t i = 0; i < h->prerequisite_count; i++) {
		const struct history_topic *t = &h->topics[h->prerequisites[i]];

		buf_printf(&b, "%s%s ", i ? ", " : "", t->name);
		buf_put_duration(&b, topic_minutes(t));
		a.names[i] = t->name;
	}
	buf_putc(&b, ')');
	finding_add(r, FINDING_SKIPPED_PREREQUISITES, "warning", h->first_day,
	    &b, &a);
	r->f->holds[FINDING_SKIPPED_PREREQUISITES] = true;
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
 * At least 20 hours logged and no session in the last stalled.days days
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
	char last[DAY_TEXT_SIZE], day[DAY_TEXT_SIZE];
	struct buf b;

	if (h->last_day == DAY_NONE || h->total_minutes <= 0 ||
	    h->total_minutes < STALLED_MIN_HOURS * 60LL ||
	    (long long)h->at - h->last_day < r->th->stalled_days)
		return;
	a.days = h->at - h->last_day;
	a.topic = h->last_topic >= 0 ? h->topics[h->last_topic].name : NULL;
	buf_init(&b);
	day_format(h->last_day, last);
	buf_printf(&b, "no session since %s (%d days)", last, a.days);
	if (a.topic != NULL)
		buf_printf(&b, ", on %s", a.topic);
	if (w->name != NULL) {
		day_format(w->day, day);
		buf_printf(&b, "; last worked on: %s '%s' on %s",
		    w->project ? "project" : "tutorial", w->name, day);
	}
	a.code = stalled_situation(r, &a);
	finding_add(r, FINDING_STALLED, "info", h->last_day + 1, &b, &a);
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
	buf_put_duration(&b, w->minutes);
	buf_printf(&b, " (tutorials %d%%, projects %d%%), %d %s",
	    percent(w->by_kind[KIND_TUTORIAL], w->minutes),
	    percent(w->by_kind[KIND_PROJECT], w->minutes), paths,
	    paths == 1 ? "path" : "paths");
	if (span_days(s) != span_days(w))
		buf_printf(&b, " in the last %d days", span_days(s));
	buf_puts(&b, "; overall ");
	buf_put_duration(&b, h->total_minutes);
	buf_puts(&b, ", fundamentals ");
	buf_put_duration(&b, h->fundamentals_minutes);
	buf_printf(&b, ", %d %s completed", completed,
	    completed == 1 ? "project" : "projects");
	return buf_detach(&b);
}
