/*
 * The anti-pattern findings of SPEC §5: five rules, each a pure function
 * of a history and the thresholds. Every number a rule compares comes from
 * struct thresholds; hours are compared as minutes (threshold * 60) and
 * shares as cross products (part * 100 >= share * whole), so no rounding
 * ever decides a finding.
 *
 * Evidence shows durations the way `track log` reads them (14h, 9h30m,
 * 45m) and percentages truncated, so a shown share never contradicts the
 * threshold it was compared with (49.9% under 50% shows as 49%).
 */
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "buf.h"
#include "date.h"
#include "duration.h"
#include "session.h"

#define MONTHS_LOOKED_AT 12	/* path-hopping: the last 12 calendar months */

static const char *const finding_names[FINDING_COUNT] = {
	"tutorial-hell", "path-hopping", "ignoring-fundamentals",
	"no-portfolio", "scattered",
};

/* One sentence each, in the spirit of the seed articles. */
static const char advice_tutorial_hell[] =
    "Close the course and build something small of your own with what you "
    "already know: you learn more from being stuck on your own code than "
    "from the next video.";
static const char advice_tutorial_alert[] =
    "Start a project today, however small, and go back to a tutorial only "
    "when something you are building needs it.";
static const char advice_path_hopping[] =
    "Pick one path and stay with it for 6 to 12 months: deep skill in one "
    "area beats a little of everything.";
static const char advice_ignoring_fundamentals[] =
    "Frameworks change but the language stays: put in your fundamentals "
    "hours (data structures, functions, classes, error handling) before "
    "going deeper into a framework.";
static const char advice_no_portfolio[] =
    "Employers want to see what you built, not which courses you finished: "
    "finish one project, publish it and record it with `track project done "
    "NAME --url URL`.";
static const char advice_scattered[] =
    "Learn one thing at a time: keep the path that matters most to you and "
    "park the others until you have built something real in it.";

static void tutorial_hell(const struct history *h,
    const struct thresholds *th, struct findings *f);
static void path_hopping(const struct history *h,
    const struct thresholds *th, struct findings *f);
static void ignoring_fundamentals(const struct history *h,
    const struct thresholds *th, struct findings *f);
static void no_portfolio(const struct history *h,
    const struct thresholds *th, struct findings *f);
static void scattered(const struct history *h, const struct thresholds *th,
    struct findings *f);
static char *looked_at(const struct history *h);

/*
 * Runs every rule in enum order. A rule about hours needs something
 * logged, even with a threshold set to 0 (so an empty history only ever
 * shows path-hopping by `track path set`). With no finding,
 * f->looked_at says which numbers were looked at.
 */
void
findings_compute(const struct history *h, const struct thresholds *th,
    struct findings *f)
{
	memset(f, 0, sizeof(*f));
	f->at = h->at;
	tutorial_hell(h, th, f);
	path_hopping(h, th, f);
	ignoring_fundamentals(h, th, f);
	no_portfolio(h, th, f);
	scattered(h, th, f);
	if (f->count == 0)
		f->looked_at = looked_at(h);
}

void
findings_release(struct findings *f)
{
	for (size_t i = 0; i < f->count; i++)
		free(f->items[i].evidence);
	free(f->looked_at);
	memset(f, 0, sizeof(*f));
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

/* Adds a finding; takes the evidence text out of b. */
static void
finding_add(struct findings *f, enum finding_id id, const char *severity,
    int from, int to, struct buf *evidence, const char *advice)
{
	struct finding *item = &f->items[f->count++];

	item->id = id;
	item->name = finding_names[id];
	item->severity = severity;
	item->from = from;
	item->to = to;
	item->evidence = buf_detach(evidence);
	item->advice = advice;
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

	if (h->first_day == DAY_NONE ||
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

	if (tutorial < th->tutorial_min_hours * 60LL ||
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

static void
tutorial_hell(const struct history *h, const struct thresholds *th,
    struct findings *f)
{
	struct buf b;

	buf_init(&b);
	if (tutorial_alert(h, th, &b))
		finding_add(f, FINDING_TUTORIAL_HELL, "alert", h->first_day,
		    h->at, &b, advice_tutorial_alert);
	else if (tutorial_window(&h->tutorial_window, th, &b))
		finding_add(f, FINDING_TUTORIAL_HELL, "warning",
		    h->tutorial_window.from, h->at, &b, advice_tutorial_hell);
	buf_release(&b);
}

/* ---------------------------------------------------------------------
 * path-hopping
 */

/*
 * Fills months (room for MONTHS_LOOKED_AT) with the indexes into h->months
 * of the months path-hopping compares: among the last 12 calendar months
 * (at's included), those with month-hours of specialization and a mapped
 * dominant path; only the last `path-hopping.months` of them. Returns how
 * many.
 */
static size_t
hopping_months(const struct history *h, const struct thresholds *th,
    size_t months[MONTHS_LOOKED_AT])
{
	int first = day_add_months(h->at, 1 - MONTHS_LOOKED_AT);
	size_t count = 0, keep;

	for (size_t i = 0; i < h->month_count; i++) {
		const struct span *m = &h->months[i];

		if (m->from < first || count == MONTHS_LOOKED_AT ||
		    span_specialization(m) < th->hopping_month_hours * 60LL ||
		    m->dominant == PATH_UNMAPPED)
			continue;
		months[count++] = i;
	}
	keep = th->hopping_months > 0 ? (size_t)th->hopping_months : 0;
	if (count > keep) {
		memmove(months, months + (count - keep), keep * sizeof(*months));
		count = keep;
	}
	return count;
}

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
 * By months: the dominant path changed path-hopping.changes times among
 * the months compared. Appends the months to b and sets *from to the
 * first day of the earliest one when it holds.
 */
static bool
hopping_by_months(const struct history *h, const struct thresholds *th,
    struct buf *b, int *from)
{
	size_t months[MONTHS_LOOKED_AT];
	size_t count = hopping_months(h, th, months);
	int changes = 0;

	for (size_t i = 1; i < count; i++)
		if (h->months[months[i]].dominant !=
		    h->months[months[i - 1]].dominant)
			changes++;
	if (count == 0 || changes < th->hopping_changes)
		return false;
	for (size_t i = 0; i < count; i++) {
		if (i > 0)
			buf_puts(b, " → ");
		put_month(b, h, &h->months[months[i]]);
	}
	*from = h->months[months[0]].from;
	return true;
}

/*
 * By `track path set`: choices within the set window that differ from
 * the choice before them (the first choice ever is not a change).
 * Appends the chain of paths to b and sets *from to the window's first
 * day when there are path-hopping.changes of them.
 */
static bool
hopping_by_choices(const struct history *h, const struct thresholds *th,
    struct buf *b, int *from)
{
	int window = h->at - (th->hopping_set_window_days - 1);
	size_t first = 0;
	int changes = 0;
	char day[DAY_TEXT_SIZE];

	for (size_t i = 1; i < h->choice_count; i++) {
		if (h->choices[i].day < window ||
		    h->choices[i].path == h->choices[i - 1].path)
			continue;
		if (changes++ == 0)
			first = i;
	}
	if (changes == 0 || changes < th->hopping_changes)
		return false;
	buf_printf(b, "path set changed %d %s in %d days: %s", changes,
	    changes == 1 ? "time" : "times", th->hopping_set_window_days,
	    history_path_slug(h, h->choices[first - 1].path));
	for (size_t i = first; i < h->choice_count; i++) {
		if (h->choices[i].path == h->choices[i - 1].path)
			continue;
		day_format(h->choices[i].day, day);
		buf_printf(b, " → %s (%s)",
		    history_path_slug(h, h->choices[i].path), day);
	}
	*from = window;
	return true;
}

static void
path_hopping(const struct history *h, const struct thresholds *th,
    struct findings *f)
{
	struct buf by_months, by_choices;
	int months_from = h->at, choices_from = h->at;
	bool months, choices;

	buf_init(&by_months);
	buf_init(&by_choices);
	months = hopping_by_months(h, th, &by_months, &months_from);
	choices = hopping_by_choices(h, th, &by_choices, &choices_from);
	if (months && choices)
		buf_puts(&by_months, "; ");
	buf_puts(&by_months, by_choices.data);
	if (months || choices)
		finding_add(f, FINDING_PATH_HOPPING, "warning",
		    months_from < choices_from ? months_from : choices_from,
		    h->at, &by_months, advice_path_hopping);
	buf_release(&by_months);
	buf_release(&by_choices);
}

/* ---------------------------------------------------------------------
 * ignoring-fundamentals
 */

/*
 * Enough specialization ever while the fundamentals step is incomplete
 * and specialization exceeds fundamentals.
 */
static void
ignoring_fundamentals(const struct history *h, const struct thresholds *th,
    struct findings *f)
{
	int specialization = h->total_minutes - h->fundamentals_minutes;
	struct buf b;

	if (specialization < th->fundamentals_min_hours * 60LL ||
	    h->fundamentals_minutes >= th->fundamentals_hours * 60LL ||
	    specialization <= h->fundamentals_minutes)
		return;
	buf_init(&b);
	put_duration(&b, specialization);
	buf_puts(&b, " of specialization but ");
	put_duration(&b, h->fundamentals_minutes);
	buf_printf(&b, " of fundamentals (step 1 asks for %dh first)",
	    th->fundamentals_hours);
	finding_add(f, FINDING_IGNORING_FUNDAMENTALS, "warning", h->first_day,
	    h->at, &b, advice_ignoring_fundamentals);
	buf_release(&b);
}

/* ---------------------------------------------------------------------
 * no-portfolio
 */

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
 * Ever: total-hours logged or sessions in `weeks` distinct weeks, and no
 * project completed; or recently: window-hours in the window and no
 * project completed in it. Both: one finding, both evidences.
 */
static void
no_portfolio(const struct history *h, const struct thresholds *th,
    struct findings *f)
{
	const struct span *w = &h->portfolio_window;
	bool ever = h->total_minutes > 0 &&
	    (h->total_minutes >= th->portfolio_total_hours * 60LL ||
	    h->active_weeks >= th->portfolio_weeks) && projects_completed(h) == 0;
	bool recent = w->minutes > 0 &&
	    w->minutes >= th->portfolio_window_hours * 60LL &&
	    w->projects_completed == 0;
	struct buf b;
	int from;

	if (!ever && !recent)
		return;
	buf_init(&b);
	if (ever) {
		put_duration(&b, h->total_minutes);
		buf_printf(&b, " logged in %d %s and no project completed",
		    h->active_weeks, h->active_weeks == 1 ? "week" : "weeks");
	}
	if (ever && recent)
		buf_puts(&b, "; ");
	if (recent) {
		put_duration(&b, w->minutes);
		buf_printf(&b, " in the last %d days and no project completed "
		    "in them", span_days(w));
	}
	from = recent ? w->from : h->at;
	if (ever && h->first_day < from)
		from = h->first_day;
	finding_add(f, FINDING_NO_PORTFOLIO, "warning", from, h->at, &b,
	    advice_no_portfolio);
	buf_release(&b);
}

/* ---------------------------------------------------------------------
 * scattered
 */

/*
 * In the window: `scattered.paths` mapped paths with path-hours each,
 * and the largest under top-share of the specialization minutes.
 */
static void
scattered(const struct history *h, const struct thresholds *th,
    struct findings *f)
{
	const struct span *w = &h->scattered_window;
	long long specialization = span_specialization(w);
	int count = 0, largest = 0;
	struct buf list, b;

	buf_init(&list);
	for (size_t i = 0; i < w->path_count; i++) {
		const struct path_minutes *p = &w->paths[i];

		if (p->path == PATH_UNMAPPED)
			continue;
		if (p->minutes > largest)
			largest = p->minutes;
		if (p->minutes < th->scattered_path_hours * 60LL)
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
		finding_add(f, FINDING_SCATTERED, "warning", w->from, h->at, &b,
		    advice_scattered);
		buf_release(&b);
	}
	buf_release(&list);
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
