/*
 * The five-step plan (SPEC §4 and §5.1): each step's numbers against its
 * threshold, whether it is complete, and one line saying what to do next.
 * Computed from a history and the portfolio (step 5 is its score).
 */
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "buf.h"
#include "date.h"
#include "duration.h"
#include "text.h"

#define STEP_COUNT 5
#define MASTERY_MONTHS 12	/* step 4 shows this as mastery */
#define CHANGE_WINDOW_DAYS 365	/* step 2's "last 12 months" */
#define OPEN_NAMES_SHOWN 3	/* step 3 names at most this many */

static const char *const step_titles[STEP_COUNT] = {
	"Master fundamentals",
	"Pick one specialization",
	"Build real projects",
	"Deepen expertise",
	"Build a portfolio",
};

static void open_projects(const struct history *h, struct plan *plan);
static void step_fundamentals(const struct history *h,
    const struct thresholds *th, struct plan_step *s);
static void step_specialization(const struct history *h, struct plan_step *s);
static void step_projects(const struct history *h,
    const struct thresholds *th, const struct plan *plan,
    struct plan_step *s);
static void step_depth(const struct history *h, const struct thresholds *th,
    struct plan_step *s);
static void step_portfolio(const struct thresholds *th,
    const struct portfolio *p, struct plan_step *s);
static void steps_without_path(const struct thresholds *th,
    const struct portfolio *p, struct plan *plan);

void
plan_compute(const struct history *h, const struct thresholds *th,
    const struct portfolio *p, struct plan *plan)
{
	int suggested;

	memset(plan, 0, sizeof(*plan));
	if (h->current != PATH_UNMAPPED)
		plan->path = history_path_slug(h, h->current);
	else if ((suggested = plan_suggested_path(h)) != PATH_UNMAPPED)
		plan->suggested_path = history_path_slug(h, suggested);
	for (int i = 0; i < STEP_COUNT; i++) {
		plan->steps[i].step = i + 1;
		plan->steps[i].title = step_titles[i];
	}
	open_projects(h, plan);
	step_fundamentals(h, th, &plan->steps[0]);
	if (plan->path != NULL) {
		step_specialization(h, &plan->steps[1]);
		step_projects(h, th, plan, &plan->steps[2]);
		step_depth(h, th, &plan->steps[3]);
		step_portfolio(th, p, &plan->steps[4]);
	} else {
		steps_without_path(th, p, plan);
	}
	for (int i = STEP_COUNT; i-- > 0;)
		if (!plan->steps[i].complete)
			plan->current_step = i + 1;
}

void
plan_release(struct plan *plan)
{
	for (int i = 0; i < STEP_COUNT; i++)
		free(plan->steps[i].detail);
	for (size_t i = 0; i < plan->open_project_count; i++)
		free(plan->open_projects[i]);
	free(plan->open_projects);
	memset(plan, 0, sizeof(*plan));
}

int
plan_suggested_path(const struct history *h)
{
	const struct span *s = &h->recent_window;
	int best = PATH_UNMAPPED, best_minutes = 0;

	for (size_t i = 0; i < s->path_count; i++) {
		int path = s->paths[i].path;

		if (path == PATH_UNMAPPED || h->paths[path].fundamentals ||
		    s->paths[i].minutes < best_minutes ||
		    (s->paths[i].minutes == best_minutes &&
		    (best_minutes == 0 || path > best)))
			continue;
		best = path;
		best_minutes = s->paths[i].minutes;
	}
	return best;
}

/* Open projects in the chosen path, in the history's order. */
static void
open_projects(const struct history *h, struct plan *plan)
{
	plan->open_projects = xcalloc(h->project_count ? h->project_count : 1,
	    sizeof(*plan->open_projects));
	if (h->current == PATH_UNMAPPED)
		return;
	for (size_t i = 0; i < h->project_count; i++)
		if (h->projects[i].completed == DAY_NONE &&
		    h->projects[i].path == h->current)
			plan->open_projects[plan->open_project_count++] =
			    xstrdup(h->projects[i].name);
}

/* ---------------------------------------------------------------------
 * The steps
 */

/*
 * Step 1: fundamentals hours, shown with one decimal rounded down, so
 * 39h59m reads 39.9 and never looks complete before it is.
 */
static void
step_fundamentals(const struct history *h, const struct thresholds *th,
    struct plan_step *s)
{
	int needed = th->fundamentals_hours * 60;
	char left[32];
	struct buf b;

	s->value = (h->fundamentals_minutes / 6) / 10.0;
	s->target = th->fundamentals_hours;
	s->complete = h->fundamentals_minutes >= needed;
	buf_init(&b);
	buf_printf(&b, "%.1fh of fundamentals", s->value);
	if (s->complete) {
		buf_puts(&b, ": done, keep practising them as you specialize");
	} else {
		duration_format(needed - h->fundamentals_minutes, left,
		    sizeof(left));
		buf_printf(&b, ", %s to go: practise core Python (track log "
		    "1h python; track topic list --path fundamentals)", left);
	}
	s->detail = buf_detach(&b);
}

/* The first day of the current unbroken run of choices of the path. */
static int
path_since(const struct history *h)
{
	size_t i = h->choice_count;

	while (i > 1 && h->choices[i - 2].path == h->current)
		i--;
	return h->choices[i - 1].day;
}

/* Path changes dated from day from on; the first choice is no change. */
static int
path_changes(const struct history *h, int from)
{
	int changes = 0;

	for (size_t i = 1; i < h->choice_count; i++)
		if (h->choices[i].day >= from &&
		    h->choices[i].path != h->choices[i - 1].path)
			changes++;
	return changes;
}

/* Step 2, with a path chosen: since when, and the changes of a year. */
static void
step_specialization(const struct history *h, struct plan_step *s)
{
	int changes = path_changes(h, h->at - CHANGE_WINDOW_DAYS + 1);
	char since[DAY_TEXT_SIZE];
	struct buf b;

	day_format(path_since(h), since);
	s->value = 1;
	s->target = 1;
	s->complete = true;
	buf_init(&b);
	buf_printf(&b, "%s since %s, ", history_path_slug(h, h->current),
	    since);
	if (changes == 0)
		buf_puts(&b, "no path change in the last 12 months: stay "
		    "with it");
	else
		buf_printf(&b, "%d path change%s in the last 12 months: stay "
		    "with %s, depth takes months on one path", changes,
		    changes == 1 ? "" : "s", history_path_slug(h, h->current));
	s->detail = buf_detach(&b);
}

/* Appends the open projects' names, at most OPEN_NAMES_SHOWN of them. */
static void
put_open_names(struct buf *b, const struct plan *plan)
{
	size_t shown = plan->open_project_count < OPEN_NAMES_SHOWN ?
	    plan->open_project_count : OPEN_NAMES_SHOWN;

	buf_puts(b, ", open: ");
	for (size_t i = 0; i < shown; i++)
		buf_printf(b, "%s'%s'", i ? ", " : "", plan->open_projects[i]);
	if (shown < plan->open_project_count)
		buf_printf(b, " and %zu more", plan->open_project_count - shown);
}

/* Step 3: completed projects in the chosen path, and the open ones. */
static void
step_projects(const struct history *h, const struct thresholds *th,
    const struct plan *plan, struct plan_step *s)
{
	int completed = 0;
	struct buf b;

	for (size_t i = 0; i < h->project_count; i++)
		completed += h->projects[i].completed != DAY_NONE &&
		    h->projects[i].path == h->current;
	s->value = completed;
	s->target = th->plan_projects;
	s->complete = completed >= th->plan_projects;
	buf_init(&b);
	buf_printf(&b, "%d of %d completed in %s", completed,
	    th->plan_projects, plan->path);
	if (plan->open_project_count > 0)
		put_open_names(&b, plan);
	if (s->complete)
		buf_puts(&b, ": done, keep building");
	else if (plan->open_project_count == 1) {
		buf_puts(&b, ": finish it (");
		buf_put_command(&b, "project done",
		    (const char *const *)plan->open_projects, 1, "--url URL");
		buf_putc(&b, ')');
	}
	else if (plan->open_project_count > 1)
		buf_puts(&b, ": finish one (track project done NAME --url URL)");
	else
		buf_puts(&b, ": start one (track project add NAME, or track "
		    "log 2h TOPIC --project NAME)");
	s->detail = buf_detach(&b);
}

/* Appends where the current month stands against a focused month. */
static void
put_month(struct buf *b, const struct history *h, const struct thresholds *th)
{
	const struct span *m = &h->months[h->month_count - 1];
	int on = span_path_minutes(m, h->current);
	int specialization = span_specialization(m);
	int share = specialization ? (int)((long)on * 100 / specialization) : 0;
	char text[32];

	duration_format(on, text, sizeof(text));
	buf_printf(b, "; this month %s on %s (%d%%)", text,
	    history_path_slug(h, h->current), share);
	if (month_focused(m, h->current, th)) {
		buf_puts(b, ": focused");
	} else if (on < th->focus_month_hours * 60) {
		duration_format(th->focus_month_hours * 60 - on, text,
		    sizeof(text));
		buf_printf(b, ", %s more to make it a focused month", text);
	} else {
		buf_printf(b, ": needs %d%% of your specialization hours to "
		    "count", th->focus_share);
	}
}

/* Step 4: consecutive focused months, 12 shown as mastery. */
static void
step_depth(const struct history *h, const struct thresholds *th,
    struct plan_step *s)
{
	int streak = focus_streak(h, th);
	struct buf b;

	s->value = streak;
	s->target = th->focus_months;
	s->complete = streak >= th->focus_months;
	buf_init(&b);
	if (streak >= MASTERY_MONTHS)
		buf_printf(&b, "%d focused months: mastery (12), you can branch "
		    "out now", streak);
	else
		buf_printf(&b, "%d of %d focused months (12 = mastery)", streak,
		    th->focus_months);
	if (h->month_count > 0)
		put_month(&b, h, th);
	else
		buf_printf(&b, "; nothing logged yet: log %dh on %s this month",
		    th->focus_month_hours, history_path_slug(h, h->current));
	s->detail = buf_detach(&b);
}

/* Step 5: the portfolio-depth score and what would raise it most. */
static void
step_portfolio(const struct thresholds *th, const struct portfolio *p,
    struct plan_step *s)
{
	struct buf b;

	s->value = p->score;
	s->target = th->portfolio_score;
	s->complete = p->score >= th->portfolio_score;
	buf_init(&b);
	buf_printf(&b, "portfolio depth %d/100 (%s)", p->score, p->grade);
	if (s->complete)
		buf_puts(&b, ": done");
	else
		buf_printf(&b, ", %d needed", th->portfolio_score);
	if (p->next_gain > 0)
		buf_printf(&b, "; next: %s (+%d)", p->next_action, p->next_gain);
	s->detail = buf_detach(&b);
}

/*
 * Appends how to choose a path, naming the suggested one when known; with
 * why only when asked (step 2), the reason or the way to list the paths.
 */
static void
put_choose(struct buf *b, const struct plan *plan, bool why)
{
	if (plan->suggested_path != NULL)
		buf_printf(b, "track path set %s%s", plan->suggested_path,
		    why ? " (your most-logged specialization of the last 90 "
		    "days)" : "");
	else
		buf_printf(b, "track path set PATH%s", why ? " (no "
		    "specialization logged in the last 90 days to suggest one; "
		    "track path list shows them)" : "");
}

/* Steps 2-5 with no path chosen: incomplete, each saying how to choose. */
static void
steps_without_path(const struct thresholds *th, const struct portfolio *p,
    struct plan *plan)
{
	const int targets[STEP_COUNT] = { 0, 1, th->plan_projects,
	    th->focus_months, th->portfolio_score };
	struct buf b;

	buf_init(&b);
	for (int i = 1; i < STEP_COUNT; i++) {
		struct plan_step *s = &plan->steps[i];

		s->value = i == 4 ? p->score : 0;
		s->target = targets[i];
		s->complete = false;
		if (i == 1)
			buf_puts(&b, "no path chosen: ");
		else if (i == 4)
			buf_printf(&b, "portfolio depth %d/100 (%s) with no "
			    "path; choose one first: ", p->score, p->grade);
		else
			buf_puts(&b, "choose a path first: ");
		put_choose(&b, plan, i == 1);
		s->detail = buf_detach(&b);
	}
	buf_release(&b);
}
