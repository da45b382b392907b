/*
 * The five-step plan (SPEC §4 and §5.1): each step's numbers against its
 * threshold, whether it is complete, and one line saying what to do next,
 * written for the learner's path and state. Computed from a history and
 * the portfolio (step 5 is its score).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "reports/analysis.h"
#include "core/buf.h"
#include "core/date.h"
#include "core/duration.h"
#include "core/text.h"
#include "reports/sentences.h"

#define STEP_COUNT 5
#define MASTERY_MONTHS 12	/* step 4 shows this as mastery */
#define CHANGE_WINDOW_DAYS 365	/* step 2's "last 12 months" */
#define NAMES_SHOWN 3		/* step 3 names at most this many */

static const char *const step_titles[STEP_COUNT] = {
	"Master fundamentals",
	"Pick one specialization",
	"Build real projects",
	"Deepen expertise",
	"Build a portfolio",
};

/* The areas of step 1 by enum topic_area: JSON names and words. */
static const char *const area_names[AREA_COUNT] = {
	NULL, "basics", "data-structures", "functions", "classes",
	"error-handling", "further",
};
static const char *const area_words[AREA_COUNT] = {
	NULL, "basics", "data structures", "functions", "classes",
	"error handling", "further topics",
};

static const char *const month_names[12] = { "Jan", "Feb", "Mar", "Apr",
    "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

static void plan_projects(const struct history *h, struct plan *plan);
static void step_fundamentals(const struct history *h,
    const struct thresholds *th, struct plan *plan);
static void step_specialization(const struct history *h,
    const struct thresholds *th, struct plan_step *s);
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
	plan->pace.minutes = round_half_up(h->pace_minutes);
	plan->pace.focus_month_minutes = h->focus_month_minutes;
	plan->pace.focus_share = th->focus_share;
	plan->pace.project_min_minutes = h->project_min_minutes;
	plan_projects(h, plan);
	step_fundamentals(h, th, plan);
	if (plan->path != NULL) {
		step_specialization(h, th, &plan->steps[1]);
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
	free(plan->projects);
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

/* The projects in the chosen path, in the history's order. */
static void
plan_projects(const struct history *h, struct plan *plan)
{
	size_t room = h->project_count ? h->project_count : 1;

	plan->open_projects = xcalloc(room, sizeof(*plan->open_projects));
	plan->projects = xcalloc(room, sizeof(*plan->projects));
	if (h->current == PATH_UNMAPPED)
		return;
	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *hp = &h->projects[i];
		struct plan_project *p;

		if (hp->path != h->current)
			continue;
		p = &plan->projects[plan->project_count++];
		p->name = hp->name;
		p->minutes = hp->minutes;
		p->weeks = hp->weeks;
		p->completed = hp->completed != DAY_NONE;
		p->substantial = hp->substantial;
		if (!p->completed)
			plan->open_projects[plan->open_project_count++] =
			    xstrdup(hp->name);
	}
}

/* Appends minutes as the log reads them: 14h, 9h30m, 45m. */
static void
put_duration(struct buf *b, int minutes)
{
	char text[32];

	duration_format(minutes, text, sizeof(text));
	buf_puts(b, text);
}

/* ---------------------------------------------------------------------
 * Step 1
 */

/* The first topic (name order) of an area, or NULL in a catalog without. */
static const char *
area_topic(const struct history *h, enum topic_area area)
{
	for (size_t i = 0; i < h->topic_count; i++)
		if (h->topics[i].area == area)
			return h->topics[i].name;
	return NULL;
}

/*
 * Appends the five areas under area-hours ("classes, error handling")
 * and returns the first of them, AREA_NONE when none is.
 */
static enum topic_area
put_missing_areas(struct buf *b, const struct plan *plan)
{
	enum topic_area first = AREA_NONE;

	for (int a = AREA_BASICS; a < AREA_FURTHER; a++) {
		if (plan->areas[a - 1].complete)
			continue;
		buf_printf(b, "%s%s", first == AREA_NONE ? "" : ", ",
		    area_words[a]);
		if (first == AREA_NONE)
			first = (enum topic_area)a;
	}
	return first;
}

/* What the incomplete step still needs, parts joined by "; ". */
static void
put_fundamentals_todo(struct buf *b, const struct history *h,
    const struct thresholds *th, const struct plan *plan, double minutes,
    bool share_ok)
{
	double needed = th->fundamentals_hours * 60.0;
	enum topic_area first;
	const char *topic;
	struct buf areas;

	if (minutes < needed) {
		buf_puts(b, ", ");
		put_duration(b, (int)ceil(needed - minutes));
		buf_puts(b, " to go");
	}
	buf_init(&areas);
	first = put_missing_areas(&areas, plan);
	if (first != AREA_NONE) {
		buf_printf(b, "; practise next: %s (", areas.data);
		if ((topic = area_topic(h, first)) != NULL) {
			buf_puts(b, "track log 1h ");
			buf_put_shell_word(b, topic);
		} else {
			buf_puts(b, "track topic list --path fundamentals");
		}
		buf_putc(b, ')');
	} else if (minutes < needed) {
		buf_puts(b, ": practise core Python (track log 1h python; track "
		    "topic list --path fundamentals)");
	}
	buf_release(&areas);
	if (!share_ok)
		buf_printf(b, "; only %d%% of it is active, %d%% needed: write "
		    "code (study or project sessions), not only watch",
		    plan->active_share, th->fundamentals_active_share);
}

/*
 * Step 1: the step's hours, shown with one decimal rounded down, so
 * 39h59m reads 39.9 and never looks complete before it is.
 */
static void
step_fundamentals(const struct history *h, const struct thresholds *th,
    struct plan *plan)
{
	struct plan_step *s = &plan->steps[0];
	double minutes, active, further;
	bool share_ok;
	struct buf b;

	history_fundamentals_step(h, th, &minutes, &active, &further);
	for (int a = AREA_BASICS; a < AREA_COUNT; a++) {
		plan->areas[a - 1].area = area_names[a];
		plan->areas[a - 1].minutes = h->areas[a].minutes;
		plan->areas[a - 1].complete = h->areas[a].minutes >=
		    th->fundamentals_area_hours * 60LL;
	}
	plan->further_counted = (int)further;
	plan->active_share = minutes > 0 ? (int)(active * 100 / minutes) : 0;
	share_ok = active * 100 >= th->fundamentals_active_share * minutes;
	s->value = floor(minutes / 6) / 10.0;
	s->target = th->fundamentals_hours;
	s->complete = minutes >= th->fundamentals_hours * 60.0 && share_ok;
	buf_init(&b);
	buf_printf(&b, "%.1fh of fundamentals", s->value);
	if (h->areas[AREA_FURTHER].minutes > further) {
		buf_puts(&b, " (further topics such as git count for ");
		put_duration(&b, (int)further);
		buf_puts(&b, " of their ");
		put_duration(&b, h->areas[AREA_FURTHER].minutes);
		buf_putc(&b, ')');
	}
	if (s->complete) {
		struct buf areas;

		buf_puts(&b, ": done, keep practising them as you specialize");
		buf_init(&areas);
		if (put_missing_areas(&areas, plan) != AREA_NONE)
			buf_printf(&b, "; still worth an hour: %s", areas.data);
		buf_release(&areas);
	} else {
		put_fundamentals_todo(&b, h, th, plan, minutes, share_ok);
	}
	s->detail = buf_detach(&b);
}

/* ---------------------------------------------------------------------
 * Step 2
 */

/* The first day of the current unbroken run of choices of the path. */
static int
path_since(const struct history *h)
{
	size_t i = h->choice_count;

	while (i > 1 && h->choices[i - 2].path == h->current)
		i--;
	return h->choices[i - 1].day;
}

/* "80% of the last 28 days went to data-science (backend 10%)". */
static void
put_off_path(struct buf *b, const struct history *h)
{
	const struct span *w = &h->off_path_window;
	long long specialization = span_specialization(w);
	const struct path_minutes *top = NULL;

	for (size_t i = 0; i < w->path_count; i++)
		if (w->paths[i].path != h->current && (top == NULL ||
		    (top->path == PATH_UNMAPPED &&
		    w->paths[i].path != PATH_UNMAPPED &&
		    w->paths[i].minutes == top->minutes)))
			top = &w->paths[i];
	if (top == NULL)
		return;
	buf_printf(b, "%lld%% of the last %d days' specialization hours went "
	    "to %s (%s %lld%%)", top->minutes * 100LL / specialization,
	    OFF_PATH_WINDOW_DAYS, top->path == PATH_UNMAPPED ?
	    "unmapped topics" : history_path_slug(h, top->path),
	    history_path_slug(h, h->current),
	    span_path_minutes(w, h->current) * 100LL / specialization);
	buf_printf(b, ": come back to %s", history_path_slug(h, h->current));
	if (top->path != PATH_UNMAPPED) {
		buf_puts(b, ", or choose that path (track path set ");
		buf_put_shell_word(b, history_path_slug(h, top->path));
		buf_putc(b, ')');
	}
}

/* "Apr ml → May data-science → Jun ml": the months path-hopping compares. */
static void
put_hopping_months(struct buf *b, const struct history *h,
    const struct thresholds *th)
{
	size_t months[HOPPING_MONTHS_LOOKED_AT];
	size_t count = history_hopping_months(h, th, months);

	for (size_t i = 0; i < count; i++) {
		const struct span *m = &h->months[months[i]];
		int year, month, mday;

		day_to_civil(m->from, &year, &month, &mday);
		buf_printf(b, "%s%s %s", i ? " → " : "", month_names[month - 1],
		    history_path_slug(h, m->dominant));
	}
}

/* Why a chosen path is not held yet (SPEC §4 step 2). */
static void
put_not_held(struct buf *b, const struct history *h,
    const struct thresholds *th)
{
	const char *slug = history_path_slug(h, h->current);

	buf_puts(b, ", but ");
	if (history_off_path(h, th)) {
		put_off_path(b, h);
	} else if (history_hopping_by_choices(h, th)) {
		buf_printf(b, "the path changed %d times in the last %d days: "
		    "stay with %s", history_choice_changes(h, h->at -
		    (th->hopping_set_window_days - 1)),
		    th->hopping_set_window_days, slug);
	} else {
		buf_puts(b, "your months hopped (");
		put_hopping_months(b, h, th);
		buf_printf(b, "): stay with %s for 6 to 12 months", slug);
	}
}

/* Step 2, with a path chosen: held, since when, the changes of a year. */
static void
step_specialization(const struct history *h, const struct thresholds *th,
    struct plan_step *s)
{
	int changes = history_choice_changes(h, h->at - CHANGE_WINDOW_DAYS + 1);
	const char *slug = history_path_slug(h, h->current);
	char since[DAY_TEXT_SIZE];
	struct buf b;

	day_format(path_since(h), since);
	s->complete = !history_off_path(h, th) &&
	    !history_hopping_by_choices(h, th) &&
	    !history_hopping_by_months(h, th);
	s->value = s->complete;
	s->target = 1;
	buf_init(&b);
	if (!s->complete) {
		buf_printf(&b, "%s chosen on %s", slug, since);
		put_not_held(&b, h, th);
	} else if (changes == 0) {
		buf_printf(&b, "%s since %s, no path change in the last 12 "
		    "months: stay with it", slug, since);
	} else {
		buf_printf(&b, "%s since %s, %d path change%s in the last 12 "
		    "months: stay with %s, depth takes months on one path",
		    slug, since, changes, changes == 1 ? "" : "s", slug);
	}
	if (strcmp(slug, "automation") == 0)
		buf_puts(&b, "; automation rarely stands alone as a career: it "
		    "is most valuable beside another path");
	s->detail = buf_detach(&b);
}

/* ---------------------------------------------------------------------
 * Step 3
 */

/*
 * Appends what would make a project substantial: "1h more", "a session
 * in a second week", "1h more in a second week", "4h over two weeks".
 */
static void
put_missing(struct buf *b, const struct history *h,
    const struct plan_project *p)
{
	int minutes = h->project_min_minutes - p->minutes;
	int weeks = 2 - p->weeks;

	if (minutes > 0) {
		put_duration(b, minutes);
		buf_puts(b, weeks >= 2 ? " over two weeks" : weeks == 1 ?
		    " more in a second week" : " more");
	} else if (weeks > 0) {
		buf_puts(b, weeks >= 2 ? "sessions in two weeks" :
		    "a session in a second week");
	}
}

/*
 * "'Todo API' 17h in 3 weeks", "'CLI' (nothing logged)"; with missing,
 * what would make it substantial too.
 */
static void
put_project(struct buf *b, const struct history *h,
    const struct plan_project *p, bool missing)
{
	buf_printf(b, "'%s' ", p->name);
	if (p->minutes > 0) {
		put_duration(b, p->minutes);
		buf_printf(b, " in %d week%s", p->weeks, p->weeks == 1 ? "" :
		    "s");
		if (missing)
			buf_puts(b, " (");
	} else {
		buf_puts(b, missing ? "(nothing logged: " : "(nothing logged)");
	}
	if (missing) {
		put_missing(b, h, p);
		buf_puts(b, " would make it substantial)");
	}
}

/*
 * Appends "; LABEL: 'a' 3h in 1 week (...), ..." for the projects that
 * match (open ones, or thin completed ones with what they lack), at most
 * NAMES_SHOWN.
 */
static void
put_projects(struct buf *b, const struct history *h, const struct plan *plan,
    bool open, const char *label)
{
	size_t shown = 0, more = 0;

	for (size_t i = 0; i < plan->project_count; i++) {
		const struct plan_project *p = &plan->projects[i];

		if (p->completed == open || (!open && p->substantial))
			continue;
		if (shown == NAMES_SHOWN) {
			more++;
			continue;
		}
		buf_printf(b, shown++ ? ", " : "; %s: ", label);
		put_project(b, h, p, !open);
		if (open && p->substantial)
			buf_puts(b, " (substantial)");
	}
	if (more)
		buf_printf(b, " and %zu more", more);
}

/* The open (or thin completed) project of the path with most minutes. */
static const struct plan_project *
project_to_work_on(const struct plan *plan, bool open, bool substantial)
{
	const struct plan_project *best = NULL;

	for (size_t i = 0; i < plan->project_count; i++) {
		const struct plan_project *p = &plan->projects[i];

		if (p->completed != open && p->substantial == substantial &&
		    (best == NULL || p->minutes > best->minutes))
			best = p;
	}
	return best;
}

/* What to do next for step 3, by the state of the path's projects. */
static void
put_projects_advice(struct buf *b, const struct history *h,
    const struct plan *plan)
{
	const struct plan_project *p;

	if ((p = project_to_work_on(plan, true, true)) != NULL) {
		const char *name = p->name;

		buf_printf(b, ": finish '%s', it is substantial (", p->name);
		buf_put_command(b, "project done", &name, 1, "--url URL");
		buf_putc(b, ')');
	} else if ((p = project_to_work_on(plan, true, false)) != NULL) {
		buf_printf(b, ": keep building '%s' (", p->name);
		put_missing(b, h, p);
		buf_puts(b, " would make it substantial), then finish it");
	} else if ((p = project_to_work_on(plan, false, false)) != NULL &&
	    p->minutes == 0) {
		/* Done with nothing logged: built before track, as a rule. */
		buf_puts(b, ": log the time they took (track log 2h TOPIC "
		    "--project NAME --date DAY), or build a new one");
	} else if (p != NULL) {
		buf_puts(b, ": make a thin one substantial, or build a new one");
	} else {
		buf_puts(b, ": build one, ");
		put_duration(b, h->project_min_minutes);
		buf_puts(b, " or more over two weeks or more (track log 2h "
		    "TOPIC --project NAME)");
	}
}

/* Step 3: substantial completed projects in the chosen path. */
static void
step_projects(const struct history *h, const struct thresholds *th,
    const struct plan *plan, struct plan_step *s)
{
	int substantial = 0;
	struct buf b;

	for (size_t i = 0; i < plan->project_count; i++)
		substantial += plan->projects[i].completed &&
		    plan->projects[i].substantial;
	s->value = substantial;
	s->target = th->plan_projects;
	s->complete = substantial >= th->plan_projects;
	buf_init(&b);
	buf_printf(&b, "%d of %d substantial projects in %s", substantial,
	    th->plan_projects, plan->path);
	if (s->complete)
		buf_puts(&b, ": done, keep building");
	else
		put_projects_advice(&b, h, plan);
	put_projects(&b, h, plan, true, "open");
	put_projects(&b, h, plan, false, "thin");
	s->detail = buf_detach(&b);
}

/* ---------------------------------------------------------------------
 * Step 4
 */

int
focus_minutes_needed(int active, int on_path, int specialization,
    double focus_minutes, int share)
{
	long long x = (long long)ceil(focus_minutes - active), y = 0;
	long long missing = (long long)share * specialization -
	    100LL * on_path;

	if (x < 0)
		x = 0;
	if (active + x <= 0)
		x = 1 - active;		/* a focused month holds some work */
	if (missing > 0 && share >= 100)
		return -1;
	if (missing > 0)
		y = (missing + (100 - share) - 1) / (100 - share);
	return (int)(x > y ? x : y);
}

/* Appends where the current month stands against a focused month. */
static void
put_month(struct buf *b, const struct history *h, const struct thresholds *th)
{
	const struct span *m = &h->months[h->month_count - 1];
	const char *slug = history_path_slug(h, h->current);
	int on = 0, active = 0, specialization = span_specialization(m);
	int needed;

	for (size_t i = 0; i < m->path_count; i++)
		if (m->paths[i].path == h->current) {
			on = m->paths[i].minutes;
			active = m->paths[i].active;
		}
	buf_puts(b, "; this month ");
	put_duration(b, on);
	buf_printf(b, " on %s (%lld%%)", slug, specialization ?
	    on * 100LL / specialization : 0);
	if (active != on) {
		buf_puts(b, ", ");
		put_duration(b, active);
		buf_puts(b, " of it active");
	}
	needed = focus_minutes_needed(active, on, specialization,
	    history_focus_month_exact(h, th), th->focus_share);
	if (month_focused(h, m, th)) {
		buf_puts(b, ": focused");
	} else if (needed < 0) {
		buf_printf(b, ": a focused month needs %d%% of your "
		    "specialization hours on %s", th->focus_share, slug);
	} else {
		buf_puts(b, ": ");
		put_duration(b, needed);
		buf_printf(b, " more of study or project on %s makes it a "
		    "focused month", slug);
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
	if (h->month_count > 0) {
		put_month(&b, h, th);
	} else {
		buf_puts(&b, "; nothing logged yet: ");
		put_duration(&b, h->focus_month_minutes);
		buf_printf(&b, " of study or project on %s this month make a "
		    "focused month", history_path_slug(h, h->current));
	}
	s->detail = buf_detach(&b);
}

/* ---------------------------------------------------------------------
 * Step 5, and the steps with no path
 */

/* Step 5: the portfolio-depth score and what would raise it most. */
static void
step_portfolio(const struct thresholds *th, const struct portfolio *p,
    struct plan_step *s)
{
	struct buf b;
	char *next;

	s->value = p->score;
	s->target = th->portfolio_score;
	s->complete = p->score >= th->portfolio_score;
	buf_init(&b);
	buf_printf(&b, "portfolio depth %d/100 (%s)", p->score, p->grade);
	if (s->complete)
		buf_puts(&b, ": done");
	else
		buf_printf(&b, ", %d needed", th->portfolio_score);
	if (p->next_gain > 0) {
		next = portfolio_next_text(&p->next);
		buf_printf(&b, "; next: %s (+%d)", next, p->next_gain);
		free(next);
	}
	s->detail = buf_detach(&b);
}

/*
 * Appends how to choose a path, naming the suggested one when known; with
 * why only when asked (step 2), the reason or the way to list the paths.
 */
static void
put_choose(struct buf *b, const struct plan *plan, bool why)
{
	if (plan->suggested_path != NULL) {
		buf_puts(b, "track path set ");
		buf_put_shell_word(b, plan->suggested_path);
		if (why)
			buf_puts(b, " (your most-logged specialization of the "
			    "last 90 days)");
	} else {
		buf_printf(b, "track path set PATH%s", why ? " (no "
		    "specialization logged in the last 90 days to suggest one; "
		    "track path list shows them)" : "");
	}
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
