/*
 * Portfolio depth (SPEC §6 and §5.1): four parts computed from a history,
 * each rounded half up, and the one action that would raise the score
 * most, found by scoring every candidate action on the same numbers.
 * Depth, not count: only substantial completed projects earn points, and
 * Focus and Persistence count once one of them exists.
 */
#include <stdlib.h>
#include <string.h>

#include "reports/analysis.h"
#include "core/buf.h"
#include "core/date.h"

#define PROJECTS_MAX 50		/* the Projects part */
#define PROJECTS_COUNTED 3	/* the three worth most count */
#define EVIDENCE_MAX 15
#define FOCUS_MAX 20
#define PERSISTENCE_MAX 15
#define OTHER_PATH_WEIGHT 1	/* a quarter of ... */
#define PATH_WEIGHT 4		/* ... a project in the chosen path */
#define MASTERY_MONTHS 12	/* persistence is full at this streak */
#define FOCUS_MONTHS 6		/* Focus divides by at least 6 x F */
#define GETTING_STARTED_MINUTES (20 * 60)	/* the grade's line */

/*
 * The numbers the score is made of. A project's value is kept as an
 * integer numerator over history-wide denominator (weight x 50 x minutes
 * over 4 x 3 x deep minutes), so the part is rounded exactly. Candidate
 * actions score a changed copy, so the gain they report is exactly the
 * score's change.
 */
struct depth {
	int path;		/* the chosen path, PATH_UNMAPPED: none */
	long long *values;	/* numerators of the substantial completed */
	size_t count;
	long long denominator;	/* 4 x 3 x deep-project minutes */
	int with_url;		/* substantial completed projects with a URL */
	int focus_on;		/* focus-window minutes on path */
	int focus_all;		/* focus-window specialization minutes */
	double focus_floor;	/* 6 x F in minutes */
	int streak;		/* consecutive focused months on path */
	/* The change a candidate makes. */
	long long changed_value;	/* a project's new numerator, or -1 */
	size_t changed;		/* which one, or count: a new one */
};

struct parts {
	int projects, evidence, focus, persistence;
};

/* The best action found so far. */
struct candidate {
	struct next_action action;
	bool found;		/* false until one is considered */
	int gain;
};

static void depth_of(const struct history *h, const struct thresholds *th,
    int path, struct depth *d);
static int depth_score(const struct depth *d, struct parts *parts);
static void portfolio_items(const struct history *h,
    const struct thresholds *th, const struct depth *d, struct portfolio *p);
static void next_action(const struct history *h, const struct thresholds *th,
    const struct depth *d, struct portfolio *p);

void
portfolio_compute(const struct history *h, const struct thresholds *th,
    struct portfolio *p)
{
	struct depth d;
	struct parts parts;

	memset(p, 0, sizeof(*p));
	p->path = h->current == PATH_UNMAPPED ? NULL :
	    history_path_slug(h, h->current);
	depth_of(h, th, h->current, &d);
	p->score = depth_score(&d, &parts);
	p->total_minutes = h->total_minutes;
	p->grade = portfolio_grade(p->score, h->total_minutes);
	p->projects = parts.projects;
	p->evidence = parts.evidence;
	p->focus = parts.focus;
	p->persistence = parts.persistence;
	p->focused_months = d.streak;
	p->built = d.count > 0;
	p->substantial = (int)d.count;
	for (size_t i = 0; i < h->project_count; i++)
		p->thin += h->projects[i].completed != DAY_NONE &&
		    !h->projects[i].substantial;
	portfolio_items(h, th, &d, p);
	next_action(h, th, &d, p);
	free(d.values);
}

void
portfolio_release(struct portfolio *p)
{
	for (size_t i = 0; i < p->item_count; i++) {
		free(p->items[i].name);
		free(p->items[i].url);
	}
	free(p->items);
	memset(p, 0, sizeof(*p));
}

const char *
portfolio_grade(int score, int total_minutes)
{
	if (total_minutes < GETTING_STARTED_MINUTES)
		return "getting started";
	if (score >= 80)
		return "deep";
	if (score >= 60)
		return "solid";
	if (score >= 30)
		return "developing";
	return "early";
}

/* ---------------------------------------------------------------------
 * The score
 */

static bool
has_url(const struct history_project *p)
{
	return p->url != NULL && *p->url != '\0';
}

/*
 * The numerator of a project's value with minutes logged: 50/3 x
 * min(minutes, deep) / deep, a quarter of it unless it is in path.
 */
static long long
project_value(const struct history_project *p, const struct thresholds *th,
    int path, int minutes)
{
	long long deep = th->deep_project_hours * 60LL;
	int weight = path != PATH_UNMAPPED && p->path == path ? PATH_WEIGHT :
	    OTHER_PATH_WEIGHT;

	return weight * (long long)PROJECTS_MAX *
	    (minutes < deep ? minutes : deep);
}

/* The numbers of h as they would be with path chosen. */
static void
depth_of(const struct history *h, const struct thresholds *th, int path,
    struct depth *d)
{
	struct history chosen = *h;	/* shallow: only current differs */

	memset(d, 0, sizeof(*d));
	d->path = path;
	d->denominator = PATH_WEIGHT * (long long)PROJECTS_COUNTED *
	    th->deep_project_hours * 60;
	d->values = xcalloc(h->project_count + 1, sizeof(*d->values));
	d->changed_value = -1;
	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *p = &h->projects[i];

		if (p->completed == DAY_NONE || !p->substantial)
			continue;
		d->values[d->count++] = project_value(p, th, path, p->minutes);
		d->with_url += has_url(p);
	}
	d->changed = d->count;
	if (path == PATH_UNMAPPED)
		return;
	d->focus_on = span_path_minutes(&h->focus_window, path);
	d->focus_all = span_specialization(&h->focus_window);
	d->focus_floor = FOCUS_MONTHS * history_focus_month_exact(h, th);
	chosen.current = path;
	d->streak = path == h->current ? focus_streak(&chosen, th) : 0;
}

/*
 * The sum of the PROJECTS_COUNTED largest numerators, with d's change
 * applied (a replaced value, or one more).
 */
static long long
top_values(const struct depth *d)
{
	long long top[PROJECTS_COUNTED] = { 0 }, sum = 0;
	size_t n = d->count + (d->changed_value >= 0 &&
	    d->changed == d->count);

	for (size_t i = 0; i < n; i++) {
		long long v = d->changed_value >= 0 && i == d->changed ?
		    d->changed_value : d->values[i];

		for (size_t k = 0; k < PROJECTS_COUNTED; k++)
			if (v > top[k]) {
				long long moved = top[k];

				top[k] = v;
				v = moved;
			}
	}
	for (size_t k = 0; k < PROJECTS_COUNTED; k++)
		sum += top[k];
	return sum;
}

/* Rounds each part half up; the score is the sum of the rounded parts. */
static int
depth_score(const struct depth *d, struct parts *parts)
{
	int months = d->streak < MASTERY_MONTHS ? d->streak : MASTERY_MONTHS;
	size_t count = d->count + (d->changed_value >= 0 &&
	    d->changed == d->count);
	double denominator = d->focus_all > d->focus_floor ? d->focus_all :
	    d->focus_floor;
	bool built = count > 0 && d->path != PATH_UNMAPPED;

	/* Half up, exactly: (2 x value + denominator) / (2 x denominator). */
	parts->projects = (int)((2 * top_values(d) + d->denominator) /
	    (2 * d->denominator));
	parts->evidence = count == 0 ? 0 :
	    round_half_up((double)EVIDENCE_MAX * d->with_url / count);
	parts->focus = !built || d->focus_all <= 0 ? 0 :
	    round_half_up(FOCUS_MAX * d->focus_on / denominator);
	parts->persistence = !built ? 0 :
	    round_half_up((double)PERSISTENCE_MAX * months / MASTERY_MONTHS);
	return parts->projects + parts->evidence + parts->focus +
	    parts->persistence;
}

/* ---------------------------------------------------------------------
 * The projects listed
 */

/* What a project still needs to be substantial. */
static void
missing_work(const struct history *h, const struct history_project *hp,
    struct portfolio_project *item)
{
	item->missing_minutes = hp->substantial ? 0 :
	    h->project_min_minutes - hp->minutes;
	if (item->missing_minutes < 0)
		item->missing_minutes = 0;
	item->missing_weeks = hp->substantial || hp->weeks >= 2 ? 0 :
	    2 - hp->weeks;
}

/*
 * The points each substantial completed project adds: its value when it
 * is among the PROJECTS_COUNTED worth most (ties: the earlier one).
 */
static void
set_points(const struct history *h, const struct thresholds *th,
    const struct depth *d, struct portfolio *p)
{
	size_t counted = 0;

	while (counted < PROJECTS_COUNTED) {
		long long best = 0;
		size_t best_item = p->item_count;

		for (size_t i = 0; i < p->item_count; i++) {
			const struct history_project *hp = &h->projects[i];
			long long v;

			if (hp->completed == DAY_NONE || !hp->substantial ||
			    p->items[i].points > 0)
				continue;
			v = project_value(hp, th, d->path, hp->minutes);
			if (v > best) {
				best = v;
				best_item = i;
			}
		}
		if (best_item == p->item_count)
			break;
		p->items[best_item].points = (double)best / d->denominator;
		counted++;
	}
}

/* Every project, completed and open, with the points it adds. */
static void
portfolio_items(const struct history *h, const struct thresholds *th,
    const struct depth *d, struct portfolio *p)
{
	p->items = xcalloc(h->project_count ? h->project_count : 1,
	    sizeof(*p->items));
	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *hp = &h->projects[i];
		struct portfolio_project *item = &p->items[p->item_count++];

		item->name = xstrdup(hp->name);
		item->path = hp->path == PATH_UNMAPPED ? NULL :
		    history_path_slug(h, hp->path);
		item->minutes = hp->minutes;
		item->weeks = hp->weeks;
		item->started = hp->started;
		item->completed = hp->completed;
		item->url = has_url(hp) ? xstrdup(hp->url) : NULL;
		item->topics = hp->topics;
		item->topic_count = hp->topic_count;
		item->substantial = hp->substantial;
		item->contribution = hp->contribution;
		missing_work(h, hp, item);
	}
	set_points(h, th, d, p);
}

/* ---------------------------------------------------------------------
 * What would raise the score most
 */

/* Keeps action when its gain beats the best so far. */
static void
consider(struct candidate *best, int gain, const struct next_action *action)
{
	if (!best->found || gain > best->gain) {
		best->action = *action;
		best->found = true;
		best->gain = gain;
	}
}

/* The gain of a changed depth over the score of the current one. */
static int
gain_of(const struct depth *changed, int score)
{
	struct parts parts;

	return depth_score(changed, &parts) - score;
}

/*
 * With no path chosen: choosing one. The suggested path (most logged in
 * the last 90 days) when there is one, else the path that would gain
 * most. The gain is scored without the focused months the path would
 * bring (they depend on what the path's topics serve), so it is the least
 * the choice adds.
 */
static void
try_choose_path(const struct history *h, const struct thresholds *th,
    int score, struct candidate *best)
{
	int chosen = plan_suggested_path(h), top = 0;
	bool suggested = chosen != PATH_UNMAPPED;
	struct next_action a = { .code = NEXT_CHOOSE_ANY };
	struct depth d;

	for (size_t i = 0; i < h->path_count && !suggested; i++) {
		if (h->paths[i].fundamentals)
			continue;
		depth_of(h, th, (int)i, &d);
		if (gain_of(&d, score) > top) {
			top = gain_of(&d, score);
			chosen = (int)i;
		}
		free(d.values);
	}
	if (chosen == PATH_UNMAPPED) {
		consider(best, 0, &a);
		return;
	}
	depth_of(h, th, chosen, &d);
	a.code = suggested ? NEXT_CHOOSE_SUGGESTED : NEXT_CHOOSE_BEST;
	a.path = history_path_slug(h, chosen);
	consider(best, gain_of(&d, score), &a);
	free(d.values);
}

/* Adding a URL to the substantial completed project worth most. */
static void
try_add_url(const struct history *h, const struct thresholds *th,
    const struct depth *d, int score, struct candidate *best)
{
	const struct history_project *found = NULL;
	struct depth changed = *d;
	struct next_action a = { .code = NEXT_ADD_URL };

	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *p = &h->projects[i];

		if (p->completed == DAY_NONE || !p->substantial || has_url(p))
			continue;
		if (found == NULL || project_value(p, th, d->path, p->minutes) >
		    project_value(found, th, d->path, found->minutes))
			found = p;
	}
	if (found == NULL)
		return;
	changed.with_url++;
	a.project = found->name;
	consider(best, gain_of(&changed, score), &a);
}

/* Finishing an open substantial project, with a URL. */
static void
try_finish_open(const struct history *h, const struct thresholds *th,
    const struct depth *d, int score, struct candidate *best)
{
	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *p = &h->projects[i];
		struct depth changed = *d;
		struct next_action a = { .code = NEXT_FINISH,
		    .project = p->name };

		if (p->completed != DAY_NONE || !p->substantial)
			continue;
		changed.changed_value = project_value(p, th, d->path,
		    p->minutes);
		changed.with_url++;
		consider(best, gain_of(&changed, score), &a);
	}
}

/*
 * Making a project substantial: an open one (then finishing it, with a
 * URL) or a thin completed one; a completed one with nothing logged was
 * built before track, and logging its hours is the action.
 */
static void
try_make_substantial(const struct history *h, const struct thresholds *th,
    const struct depth *d, int score, struct candidate *best)
{
	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *p = &h->projects[i];
		bool open = p->completed == DAY_NONE;
		struct next_action a = { .project = p->name,
		    .topic = p->top_topic,
		    .minutes = h->project_min_minutes - p->minutes,
		    .weeks = p->weeks >= 2 ? 0 : 2 - p->weeks };
		struct depth changed = *d;

		if (p->substantial)
			continue;
		changed.changed_value = project_value(p, th, d->path,
		    a.minutes > 0 ? h->project_min_minutes : p->minutes);
		changed.with_url += open || has_url(p);
		a.code = open ? NEXT_MAKE_OPEN : p->minutes == 0 ?
		    NEXT_LOG_PAST : NEXT_MAKE_THIN;
		if (a.code == NEXT_LOG_PAST)
			a.weeks = 2;
		consider(best, gain_of(&changed, score), &a);
	}
}

/* Deepening a substantial completed project by H more hours. */
static void
try_deepen(const struct history *h, const struct thresholds *th,
    const struct depth *d, int score, struct candidate *best)
{
	size_t index = 0;

	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *p = &h->projects[i];
		struct depth changed = *d;
		struct next_action a = { .code = NEXT_DEEPEN,
		    .project = p->name, .topic = p->top_topic,
		    .minutes = h->project_min_minutes };

		if (p->completed == DAY_NONE || !p->substantial)
			continue;
		changed.changed = index++;
		changed.changed_value = project_value(p, th, d->path,
		    p->minutes + h->project_min_minutes);
		consider(best, gain_of(&changed, score), &a);
	}
}

/* The chosen path's top topic in the focus or recent window, NULL: none. */
static const char *
path_top_topic(const struct history *h, int path)
{
	const struct span *windows[] = { &h->focus_window, &h->recent_window };

	for (size_t w = 0; w < 2; w++)
		for (size_t i = 0; i < windows[w]->path_count; i++)
			if (windows[w]->paths[i].path == path &&
			    windows[w]->paths[i].top_topic != NULL)
				return windows[w]->paths[i].top_topic;
	return NULL;
}

/* Spending the next F minutes of specialization on the path (Focus). */
static void
try_focus_hours(const struct history *h, const struct depth *d, int score,
    struct candidate *best)
{
	struct depth changed = *d;
	struct next_action a = { .code = NEXT_FOCUS_HOURS,
	    .path = history_path_slug(h, d->path),
	    .topic = path_top_topic(h, d->path),
	    .minutes = h->focus_month_minutes, .so_far = d->focus_on };

	changed.focus_on += h->focus_month_minutes;
	changed.focus_all += h->focus_month_minutes;
	consider(best, gain_of(&changed, score), &a);
}

/* One more focused month on the chosen path (Persistence). */
static void
try_focused_month(const struct history *h, const struct thresholds *th,
    const struct depth *d, int score, struct candidate *best)
{
	struct depth changed = *d;
	struct next_action a = { .code = NEXT_FOCUSED_MONTH,
	    .path = history_path_slug(h, d->path),
	    .topic = path_top_topic(h, d->path),
	    .minutes = h->focus_month_minutes, .share = th->focus_share };

	if (d->streak >= MASTERY_MONTHS)
		return;
	changed.streak++;
	consider(best, gain_of(&changed, score), &a);
}

/* Building and finishing a new substantial project in the chosen path. */
static void
try_new_project(const struct history *h, const struct thresholds *th,
    const struct depth *d, int score, struct candidate *best)
{
	struct history_project fresh = { .path = d->path };
	struct depth changed = *d;
	struct next_action a = { .code = NEXT_FIRST_PROJECT,
	    .path = history_path_slug(h, d->path),
	    .minutes = h->project_min_minutes };

	for (size_t i = 0; i < h->project_count; i++)
		if (h->projects[i].path == d->path)
			a.code = NEXT_ANOTHER_PROJECT;
	changed.changed_value = project_value(&fresh, th, d->path,
	    h->project_min_minutes);
	changed.with_url++;
	consider(best, gain_of(&changed, score), &a);
}

/*
 * Scores every candidate action and keeps the one that gains most; on a
 * tie the one tried first (the cheaper kind of action) stays. With no
 * path, choosing one is the action (SPEC §4: pick one first).
 */
static void
next_action(const struct history *h, const struct thresholds *th,
    const struct depth *d, struct portfolio *p)
{
	struct candidate best = { .found = false };

	if (d->path == PATH_UNMAPPED) {
		try_choose_path(h, th, p->score, &best);
	} else {
		try_add_url(h, th, d, p->score, &best);
		try_finish_open(h, th, d, p->score, &best);
		try_make_substantial(h, th, d, p->score, &best);
		try_deepen(h, th, d, p->score, &best);
		try_focus_hours(h, d, p->score, &best);
		try_focused_month(h, th, d, p->score, &best);
		try_new_project(h, th, d, p->score, &best);
	}
	if (!best.found || (best.gain <= 0 && d->path != PATH_UNMAPPED)) {
		memset(&best.action, 0, sizeof(best.action));
		best.action.code = NEXT_KEEP_UP;
		best.gain = 0;
	}
	p->next = best.action;
	p->next_gain = best.gain;
}
