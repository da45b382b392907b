/*
 * The lines of the five-step plan (sentences.h): each step's numbers and
 * what to do next, written from the state and figures of struct plan.
 */
#include <stdlib.h>
#include <string.h>

#include "reports/sentences.h"
#include "core/date.h"
#include "core/text.h"

#define MASTERY_MONTHS 12	/* step 4 shows this as mastery */
#define NAMES_SHOWN 3		/* step 3 names at most this many */

static const char *const area_words[AREA_COUNT] = {
	NULL, "basics", "data structures", "functions", "classes",
	"error handling", "further topics",
};

/* ---------------------------------------------------------------------
 * Step 1
 */

/*
 * Appends the five areas under area-hours ("classes, error handling");
 * false when none is.
 */
static bool
put_missing_areas(struct buf *b, const struct plan *plan)
{
	bool any = false;

	for (int a = AREA_BASICS; a < AREA_FURTHER; a++) {
		if (plan->areas[a - 1].complete)
			continue;
		buf_printf(b, "%s%s", any ? ", " : "", area_words[a]);
		any = true;
	}
	return any;
}

/* What the incomplete step still needs, parts joined by "; ". */
static void
put_fundamentals_todo(struct buf *b, const struct plan *plan)
{
	const struct plan_hints *hints = &plan->hints;
	struct buf areas;

	if (hints->to_go > 0) {
		buf_puts(b, ", ");
		buf_put_duration(b, hints->to_go);
		buf_puts(b, " to go");
	}
	buf_init(&areas);
	if (put_missing_areas(&areas, plan)) {
		buf_printf(b, "; practise next: %s (", areas.data);
		if (hints->area_topic != NULL) {
			buf_puts(b, "track log 1h ");
			buf_put_shell_word(b, hints->area_topic);
		} else {
			buf_puts(b, "track topic list --path fundamentals");
		}
		buf_putc(b, ')');
	} else if (hints->to_go > 0) {
		buf_puts(b, ": practise core Python (track log 1h python; track "
		    "topic list --path fundamentals)");
	}
	buf_release(&areas);
	if (!hints->share_ok)
		buf_printf(b, "; only %d%% of it is active, %d%% needed: write "
		    "code (study or project sessions), not only watch",
		    plan->active_share, hints->share_needed);
}

static void
put_fundamentals(struct buf *b, const struct plan *plan)
{
	const struct plan_step *s = &plan->steps[0];
	struct buf areas;

	buf_printf(b, "%.1fh of fundamentals", s->value);
	if (plan->hints.further_minutes > plan->further_counted) {
		buf_puts(b, " (further topics such as git count for ");
		buf_put_duration(b, plan->further_counted);
		buf_puts(b, " of their ");
		buf_put_duration(b, plan->hints.further_minutes);
		buf_putc(b, ')');
	}
	if (!s->complete) {
		put_fundamentals_todo(b, plan);
		return;
	}
	buf_puts(b, ": done, keep practising them as you specialize");
	buf_init(&areas);
	if (put_missing_areas(&areas, plan))
		buf_printf(b, "; still worth an hour: %s", areas.data);
	buf_release(&areas);
}

/* ---------------------------------------------------------------------
 * Step 2
 */

/* "80% of the last 28 days went to data-science (backend 10%)". */
static void
put_off_path(struct buf *b, const struct plan *plan)
{
	const struct plan_hints *hints = &plan->hints;

	if (hints->off_share < 0)
		return;
	buf_printf(b, "%d%% of the last %d days' specialization hours went "
	    "to %s (%s %d%%)", hints->off_share, OFF_PATH_WINDOW_DAYS,
	    hints->off_to ? hints->off_to : "unmapped topics", plan->path,
	    hints->on_share);
	buf_printf(b, ": come back to %s", plan->path);
	if (hints->off_to != NULL) {
		buf_puts(b, ", or choose that path (track path set ");
		buf_put_shell_word(b, hints->off_to);
		buf_putc(b, ')');
	}
}

/* Why the chosen path is not held yet (SPEC §4 step 2). */
static void
put_not_held(struct buf *b, const struct plan *plan)
{
	const struct plan_hints *hints = &plan->hints;

	buf_puts(b, ", but ");
	if (hints->hold == HOLD_OFF_PATH) {
		put_off_path(b, plan);
	} else if (hints->hold == HOLD_CHANGES) {
		buf_printf(b, "the path changed %d times in the last %d days: "
		    "stay with %s", hints->changes, hints->change_days,
		    plan->path);
	} else {
		buf_puts(b, "your months hopped (");
		for (size_t i = 0; i < hints->month_count; i++)
			buf_printf(b, "%s%s %s", i ? " → " : "",
			    month_names[hints->months[i] - 1],
			    hints->month_paths[i]);
		buf_printf(b, "): stay with %s for 6 to 12 months", plan->path);
	}
}

static void
put_specialization(struct buf *b, const struct plan *plan)
{
	const struct plan_hints *hints = &plan->hints;
	const char *slug = plan->path;
	int changes = hints->year_changes;
	char since[DAY_TEXT_SIZE];

	day_format(hints->since, since);
	if (hints->hold != HOLD_HELD) {
		buf_printf(b, "%s chosen on %s", slug, since);
		put_not_held(b, plan);
	} else if (changes == 0) {
		buf_printf(b, "%s since %s, no path change in the last 12 "
		    "months: stay with it", slug, since);
	} else {
		buf_printf(b, "%s since %s, %d path change%s in the last 12 "
		    "months: stay with %s, depth takes months on one path",
		    slug, since, changes, changes == 1 ? "" : "s", slug);
	}
	if (strcmp(slug, "automation") == 0)
		buf_puts(b, "; automation rarely stands alone as a career: it "
		    "is most valuable beside another path");
}

/* ---------------------------------------------------------------------
 * Step 3
 */

/*
 * Appends what would make a project substantial: "1h more", "a session
 * in a second week", "1h more in a second week", "4h over two weeks".
 */
static void
put_missing(struct buf *b, const struct plan *plan,
    const struct plan_project *p)
{
	int minutes = plan->pace.project_min_minutes - p->minutes;
	int weeks = 2 - p->weeks;

	if (minutes > 0) {
		buf_put_duration(b, minutes);
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
put_project(struct buf *b, const struct plan *plan,
    const struct plan_project *p, bool missing)
{
	buf_printf(b, "'%s' ", p->name);
	if (p->minutes > 0) {
		buf_put_duration(b, p->minutes);
		buf_printf(b, " in %d week%s", p->weeks, p->weeks == 1 ? "" :
		    "s");
		if (missing)
			buf_puts(b, " (");
	} else {
		buf_puts(b, missing ? "(nothing logged: " : "(nothing logged)");
	}
	if (missing) {
		put_missing(b, plan, p);
		buf_puts(b, " would make it substantial)");
	}
}

/*
 * Appends "; LABEL: 'a' 3h in 1 week (...), ..." for the projects that
 * match (open ones, or thin completed ones with what they lack), at most
 * NAMES_SHOWN.
 */
static void
put_projects(struct buf *b, const struct plan *plan, bool open,
    const char *label)
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
		put_project(b, plan, p, !open);
		if (open && p->substantial)
			buf_puts(b, " (substantial)");
	}
	if (more)
		buf_printf(b, " and %zu more", more);
}

/*
 * Step 3 with nothing to work on: build one, applying the skill to
 * apply next when there is one (SPEC §12).
 */
static void
put_build_new(struct buf *b, const struct plan *plan)
{
	const struct skill_pointer *k = &plan->hints.apply;

	buf_puts(b, ": build one");
	if (k->title != NULL) {
		buf_printf(b, " that applies %s (%s, ", k->title, k->status);
		buf_put_duration(b, k->minutes);
		buf_putc(b, ')');
	}
	buf_puts(b, ", ");
	buf_put_duration(b, plan->pace.project_min_minutes);
	buf_puts(b, " or more over two weeks or more (track log 2h ");
	if (k->title != NULL && k->topic != NULL)
		buf_put_shell_word(b, k->topic);
	else
		buf_puts(b, "TOPIC");
	buf_puts(b, " --project NAME)");
}

/* What to do next for step 3, by the state of the path's projects. */
static void
put_projects_advice(struct buf *b, const struct plan *plan)
{
	const struct plan_project *p = plan->project_count == 0 ? NULL :
	    &plan->projects[plan->hints.build_project];
	const char *name = p ? p->name : NULL;

	if (plan->hints.build == BUILD_DONE) {
		buf_puts(b, ": done, keep building");
	} else if (plan->hints.build == BUILD_FINISH) {
		buf_printf(b, ": finish '%s', it is substantial (", name);
		buf_put_command(b, "project done", &name, 1, "--url URL");
		buf_putc(b, ')');
	} else if (plan->hints.build == BUILD_KEEP_BUILDING) {
		buf_printf(b, ": keep building '%s' (", name);
		put_missing(b, plan, p);
		buf_puts(b, " would make it substantial), then finish it");
	} else if (plan->hints.build == BUILD_LOG_PAST) {
		/* Done with nothing logged: built before track, as a rule. */
		buf_puts(b, ": log the time they took (track log 2h TOPIC "
		    "--project NAME --date DAY), or build a new one");
	} else if (plan->hints.build == BUILD_MAKE_THIN) {
		buf_puts(b, ": make a thin one substantial, or build a new one");
	} else {
		put_build_new(b, plan);
	}
}

static void
put_building(struct buf *b, const struct plan *plan)
{
	buf_printf(b, "%d of %d substantial projects in %s",
	    (int)plan->steps[2].value, (int)plan->steps[2].target, plan->path);
	put_projects_advice(b, plan);
	put_projects(b, plan, true, "open");
	put_projects(b, plan, false, "thin");
}

/* ---------------------------------------------------------------------
 * Step 4
 */

/* Appends where the current month stands against a focused month. */
static void
put_month(struct buf *b, const struct plan *plan)
{
	const struct plan_hints *hints = &plan->hints;

	buf_puts(b, "; this month ");
	buf_put_duration(b, hints->month_on);
	buf_printf(b, " on %s (%d%%)", plan->path, hints->month_share);
	if (hints->month_active != hints->month_on) {
		buf_puts(b, ", ");
		buf_put_duration(b, hints->month_active);
		buf_puts(b, " of it active");
	}
	if (hints->month == MONTH_FOCUSED) {
		buf_puts(b, ": focused");
	} else if (hints->month == MONTH_OUT_OF_REACH) {
		buf_printf(b, ": a focused month needs %d%% of your "
		    "specialization hours on %s", plan->pace.focus_share,
		    plan->path);
	} else {
		buf_puts(b, ": ");
		buf_put_duration(b, hints->month_needed);
		buf_printf(b, " more of study or project on %s makes it a "
		    "focused month", plan->path);
	}
}

static void
put_depth(struct buf *b, const struct plan *plan)
{
	int streak = (int)plan->steps[3].value;

	if (streak >= MASTERY_MONTHS)
		buf_printf(b, "%d focused months: mastery (12), you can branch "
		    "out now", streak);
	else
		buf_printf(b, "%d of %d focused months (12 = mastery)", streak,
		    (int)plan->steps[3].target);
	if (plan->hints.month != MONTH_EMPTY) {
		put_month(b, plan);
		return;
	}
	buf_puts(b, "; nothing logged yet: ");
	buf_put_duration(b, plan->pace.focus_month_minutes);
	buf_printf(b, " of study or project on %s this month make a focused "
	    "month", plan->path);
}

/* ---------------------------------------------------------------------
 * Step 5, and the steps with no path
 */

static void
put_portfolio(struct buf *b, const struct plan *plan)
{
	const struct plan_step *s = &plan->steps[4];
	char *next;

	buf_printf(b, "portfolio depth %d/100 (%s)", (int)s->value,
	    plan->hints.grade);
	if (s->complete)
		buf_puts(b, ": done");
	else
		buf_printf(b, ", %d needed", (int)s->target);
	if (plan->hints.next_gain > 0) {
		next = portfolio_next_text(&plan->hints.next);
		buf_printf(b, "; next: %s (+%d)", next, plan->hints.next_gain);
		free(next);
	}
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

/* Steps 2-5 with no path chosen: each says how to choose one. */
static void
put_without_path(struct buf *b, const struct plan *plan, int step)
{
	if (step == 2)
		buf_puts(b, "no path chosen: ");
	else if (step == 5)
		buf_printf(b, "portfolio depth %d/100 (%s) with no path; choose "
		    "one first: ", (int)plan->steps[4].value, plan->hints.grade);
	else
		buf_puts(b, "choose a path first: ");
	put_choose(b, plan, step == 2);
}

char *
plan_step_text(const struct plan *plan, int step)
{
	static void (*const steps[])(struct buf *, const struct plan *) = {
		put_fundamentals, put_specialization, put_building, put_depth,
		put_portfolio,
	};
	struct buf b;

	buf_init(&b);
	if (step == 1 || (step > 1 && step <= 5 && plan->path != NULL))
		steps[step - 1](&b, plan);
	else if (step > 1 && step <= 5)
		put_without_path(&b, plan, step);
	return buf_detach(&b);
}
