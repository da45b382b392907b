/*
 * Portfolio depth (SPEC §6 and §5.1): four parts computed from a history,
 * each rounded half up, and the one action that would raise the score
 * most, found by scoring every candidate action on the same numbers.
 */
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "buf.h"
#include "date.h"
#include "duration.h"
#include "text.h"

#define PROJECTS_MAX 50		/* the Projects part is capped here */
#define EVIDENCE_MAX 15
#define FOCUS_MAX 20
#define PERSISTENCE_MAX 15
#define PROJECT_BASE 10		/* a completed project in the chosen path */
#define PROJECT_BONUS_MAX 5	/* plus one per PROJECT_BONUS_MINUTES logged */
#define PROJECT_BONUS_MINUTES 240
#define OTHER_PATH_SHARE 0.25	/* a project in another path counts this */
#define MASTERY_MONTHS 12	/* persistence is full at this streak */

/*
 * The numbers the score is made of. Candidate actions change a copy and
 * score it again, so the gain they report is exactly the score's change.
 */
struct depth {
	int path;		/* the chosen path, PATH_UNMAPPED: none */
	double points;		/* project points before the cap */
	int completed;		/* completed projects */
	int with_url;		/* completed projects with a URL */
	int focus_on;		/* focus-window minutes on path */
	int focus_all;		/* focus-window specialization minutes */
	int streak;		/* consecutive focused months on path */
};

struct parts {
	int projects, evidence, focus, persistence;
};

/* The best action found so far. */
struct candidate {
	char *action;		/* owned; NULL until one is considered */
	int gain;
};

static void depth_of(const struct history *h, const struct thresholds *th,
    int path, struct depth *d);
static int depth_score(const struct depth *d, struct parts *parts);
static void portfolio_items(const struct history *h, struct portfolio *p);
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
	p->grade = portfolio_grade(p->score);
	p->projects = parts.projects;
	p->evidence = parts.evidence;
	p->focus = parts.focus;
	p->persistence = parts.persistence;
	p->focused_months = d.streak;
	portfolio_items(h, p);
	next_action(h, th, &d, p);
}

void
portfolio_release(struct portfolio *p)
{
	for (size_t i = 0; i < p->item_count; i++) {
		free(p->items[i].name);
		free(p->items[i].url);
	}
	free(p->items);
	free(p->next_action);
	memset(p, 0, sizeof(*p));
}

const char *
portfolio_grade(int score)
{
	if (score >= 80)
		return "deep";
	if (score >= 60)
		return "solid";
	if (score >= 30)
		return "developing";
	return "scattered";
}

/* ---------------------------------------------------------------------
 * The score
 */

/*
 * What a project adds to the Projects part: nothing while open; once
 * completed 10 plus one per 4 hours logged on it (at most 5 more), a
 * quarter of that unless its path is the chosen one. With no path chosen
 * every project is in another path.
 */
static double
project_points(const struct history_project *p, int path)
{
	int bonus = p->minutes / PROJECT_BONUS_MINUTES;
	double points;

	if (p->completed == DAY_NONE)
		return 0;
	points = PROJECT_BASE + (bonus < PROJECT_BONUS_MAX ? bonus :
	    PROJECT_BONUS_MAX);
	if (path == PATH_UNMAPPED || p->path != path)
		points *= OTHER_PATH_SHARE;
	return points;
}

/* The numbers of h as they would be with path chosen. */
static void
depth_of(const struct history *h, const struct thresholds *th, int path,
    struct depth *d)
{
	struct history chosen = *h;	/* shallow: only current differs */

	memset(d, 0, sizeof(*d));
	d->path = path;
	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *p = &h->projects[i];

		d->points += project_points(p, path);
		if (p->completed != DAY_NONE) {
			d->completed++;
			d->with_url += p->url != NULL && *p->url != '\0';
		}
	}
	if (path == PATH_UNMAPPED)
		return;
	d->focus_on = span_path_minutes(&h->focus_window, path);
	d->focus_all = span_specialization(&h->focus_window);
	chosen.current = path;
	d->streak = focus_streak(&chosen, th);
}

/* Rounds each part half up; the score is the sum of the rounded parts. */
static int
depth_score(const struct depth *d, struct parts *parts)
{
	int months = d->streak < MASTERY_MONTHS ? d->streak : MASTERY_MONTHS;

	parts->projects = round_half_up(d->points < PROJECTS_MAX ? d->points :
	    PROJECTS_MAX);
	parts->evidence = d->completed == 0 ? 0 :
	    round_half_up((double)EVIDENCE_MAX * d->with_url / d->completed);
	parts->focus = d->path == PATH_UNMAPPED || d->focus_all <= 0 ? 0 :
	    round_half_up((double)FOCUS_MAX * d->focus_on / d->focus_all);
	parts->persistence = round_half_up((double)PERSISTENCE_MAX * months /
	    MASTERY_MONTHS);
	return parts->projects + parts->evidence + parts->focus +
	    parts->persistence;
}

/* Every project, completed and open, with the points it adds. */
static void
portfolio_items(const struct history *h, struct portfolio *p)
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
		item->started = hp->started;
		item->completed = hp->completed;
		item->url = hp->url != NULL && *hp->url != '\0' ?
		    xstrdup(hp->url) : NULL;
		item->topics = hp->topics;
		item->topic_count = hp->topic_count;
		item->points = project_points(hp, h->current);
	}
}

/* ---------------------------------------------------------------------
 * What would raise the score most
 */

/* Keeps the action of b when its gain beats the best so far; clears b. */
static void
consider(struct candidate *best, int gain, struct buf *b)
{
	if (best->action == NULL || gain > best->gain) {
		free(best->action);
		best->action = buf_detach(b);
		best->gain = gain;
	}
	buf_clear(b);
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
 * most; with nothing to tell them apart, no path is named.
 */
static void
try_choose_path(const struct history *h, const struct thresholds *th,
    int score, struct candidate *best, struct buf *b)
{
	int chosen = plan_suggested_path(h), top = 0;
	bool suggested = chosen != PATH_UNMAPPED;
	struct depth d;

	for (size_t i = 0; i < h->path_count && !suggested; i++) {
		if (h->paths[i].fundamentals)
			continue;
		depth_of(h, th, (int)i, &d);
		if (gain_of(&d, score) > top) {
			top = gain_of(&d, score);
			chosen = (int)i;
		}
	}
	if (chosen == PATH_UNMAPPED) {
		buf_puts(b, "choose a path: track path set PATH (track path "
		    "list shows them)");
		consider(best, 0, b);
		return;
	}
	depth_of(h, th, chosen, &d);
	buf_puts(b, suggested ? "choose your most-logged specialization of "
	    "the last 90 days: track path set " : "choose the path that "
	    "raises the score most: track path set ");
	buf_put_shell_word(b, history_path_slug(h, chosen));
	consider(best, gain_of(&d, score), b);
}

/* Adding a URL to a completed project that has none. */
static void
try_add_url(const struct history *h, const struct depth *d, int score,
    struct candidate *best, struct buf *b)
{
	struct depth changed = *d;

	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *p = &h->projects[i];

		if (p->completed == DAY_NONE || (p->url != NULL && *p->url != '\0'))
			continue;
		changed.with_url++;
		buf_printf(b, "add a URL to '%s': track project done ", p->name);
		buf_put_shell_word(b, p->name);
		buf_puts(b, " --url URL");
		consider(best, gain_of(&changed, score), b);
		return;
	}
}

/* Finishing an open project, with a URL: the one that gains most. */
static void
try_finish_open(const struct history *h, const struct depth *d, int score,
    struct candidate *best, struct buf *b)
{
	for (size_t i = 0; i < h->project_count; i++) {
		struct history_project done = h->projects[i];
		struct depth changed = *d;

		if (done.completed != DAY_NONE)
			continue;
		done.completed = h->at;
		changed.points += project_points(&done, d->path);
		changed.completed++;
		changed.with_url++;
		buf_printf(b, "finish the open project '%s'%s: track project "
		    "done ", done.name, d->path != PATH_UNMAPPED &&
		    done.path == d->path ? " in your path" : "");
		buf_put_shell_word(b, done.name);
		buf_puts(b, " --url URL");
		consider(best, gain_of(&changed, score), b);
	}
}

/* Building and finishing a new project in the chosen path. */
static void
try_new_project(const struct history *h, const struct depth *d, int score,
    struct candidate *best, struct buf *b)
{
	struct depth changed = *d;

	changed.points += PROJECT_BASE;
	changed.completed++;
	changed.with_url++;
	buf_printf(b, "start and finish another %s project: track project add "
	    "NAME, then track project done NAME --url URL",
	    history_path_slug(h, d->path));
	consider(best, gain_of(&changed, score), b);
}

/* Appends how to log on the chosen path: its top topic when known. */
static void
put_log_hint(struct buf *b, const struct history *h, int path)
{
	const struct span *windows[] = { &h->focus_window, &h->recent_window };

	for (size_t w = 0; w < 2; w++)
		for (size_t i = 0; i < windows[w]->path_count; i++)
			if (windows[w]->paths[i].path == path &&
			    windows[w]->paths[i].top_topic != NULL) {
				buf_puts(b, "track log 1h ");
				buf_put_shell_word(b, windows[w]->paths[i].top_topic);
				return;
			}
	buf_puts(b, "track log 1h TOPIC (track topic list --path ");
	buf_put_shell_word(b, history_path_slug(h, path));
	buf_putc(b, ')');
}

/* Spending the next focus-month-hours on the chosen path (Focus). */
static void
try_focus_hours(const struct history *h, const struct thresholds *th,
    const struct depth *d, int score, struct candidate *best, struct buf *b)
{
	int hours = th->focus_month_hours > 0 ? th->focus_month_hours : 1;
	struct depth changed = *d;
	char on[32];

	changed.focus_on += hours * 60;
	changed.focus_all += hours * 60;
	duration_format(d->focus_on, on, sizeof(on));
	buf_printf(b, "spend your next %dh of specialization on %s (%s of the "
	    "last 182 days so far): ", hours, history_path_slug(h, d->path), on);
	put_log_hint(b, h, d->path);
	consider(best, gain_of(&changed, score), b);
}

/* One more focused month on the chosen path (Persistence). */
static void
try_focused_month(const struct history *h, const struct thresholds *th,
    const struct depth *d, int score, struct candidate *best, struct buf *b)
{
	struct depth changed = *d;

	if (d->streak >= MASTERY_MONTHS)
		return;
	changed.streak++;
	buf_printf(b, "keep the next month focused on %s (%dh or more, at "
	    "least %d%% of your specialization hours): ",
	    history_path_slug(h, d->path), th->focus_month_hours,
	    th->focus_share);
	put_log_hint(b, h, d->path);
	consider(best, gain_of(&changed, score), b);
}

/*
 * Scores every candidate action and keeps the one that gains most; on a
 * tie the one tried first (the cheaper kind of action) stays.
 */
static void
next_action(const struct history *h, const struct thresholds *th,
    const struct depth *d, struct portfolio *p)
{
	struct candidate best = { NULL, 0 };
	struct buf b;

	buf_init(&b);
	if (d->path == PATH_UNMAPPED)
		try_choose_path(h, th, p->score, &best, &b);
	try_add_url(h, d, p->score, &best, &b);
	try_finish_open(h, d, p->score, &best, &b);
	if (d->path != PATH_UNMAPPED) {
		try_focus_hours(h, th, d, p->score, &best, &b);
		try_focused_month(h, th, d, p->score, &best, &b);
		try_new_project(h, d, p->score, &best, &b);
	}
	/* With no path, choosing one stays the advice even when it gains 0. */
	if (best.action == NULL || (best.gain <= 0 &&
	    d->path != PATH_UNMAPPED)) {
		free(best.action);
		buf_puts(&b, "nothing left to gain: keep your portfolio up to "
		    "date");
		best.action = buf_detach(&b);
		best.gain = 0;
	}
	buf_release(&b);
	p->next_action = best.action;
	p->next_gain = best.gain;
}
