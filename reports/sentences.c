/*
 * The sentences of the judgement, one function a kind (sentences.h).
 * Advice texts are in the spirit of the seed articles; {path} is the
 * chosen path, {other} the path that took the time, {project} an open
 * project (or tutorial), {hours} its hours, {topic} a topic, {list}
 * areas or prerequisites, {example} a first project for the chosen path,
 * {days} days since the last session.
 */
#include <stdio.h>
#include <string.h>

#include "reports/sentences.h"
#include "core/date.h"
#include "core/duration.h"
#include "core/text.h"

/* The advice of each code (enum advice_code order). */
static const char *const advice_texts[ADVICE_COUNT] = {
	[ADVICE_TUTORIAL_ALERT_PROJECT] =
	  "Start on '{project}' today instead of the next video, however small "
	  "the first step, and go back to a tutorial only when something you "
	  "are building needs it.",
	[ADVICE_TUTORIAL_ALERT] =
	  "Start a project today, however small, and go back to a tutorial "
	  "only when something you are building needs it.",
	[ADVICE_TUTORIAL_PROJECT] =
	  "Close the course and spend your next sessions on '{project}': you "
	  "learn more from being stuck on your own code than from the next "
	  "video.",
	[ADVICE_TUTORIAL_EXAMPLE] =
	  "Close the course and build {example} with what you already know: "
	  "you learn more from being stuck on your own code than from the next "
	  "video.",
	[ADVICE_TUTORIAL_BUILD] =
	  "Close the course and build something small of your own with what "
	  "you already know: you learn more from being stuck on your own code "
	  "than from the next video.",
	[ADVICE_HOPPING_PATH] =
	  "Stay with {path} for the next 6 to 12 months, even when another "
	  "path looks more exciting: deep skill in one area beats a little of "
	  "everything.",
	[ADVICE_HOPPING_NONE] =
	  "Pick one path and stay with it for 6 to 12 months: deep skill in one "
	  "area beats a little of everything.",
	[ADVICE_OFF_PATH_UNMAPPED] =
	  "Map the topics that took this time to a path (`track topic add NAME "
	  "--path P`) or come back to {path}: hours that count for no path do "
	  "not deepen the one you chose.",
	[ADVICE_OFF_PATH_OTHER] =
	  "Either make {other} your path (`track path set {other}`) or come "
	  "back to {path}: hours spread elsewhere do not deepen the path you "
	  "chose.",
	[ADVICE_FUNDAMENTALS_COVERAGE] =
	  "Practise {list} in small exercises of your own before going "
	  "further: libraries and frameworks change, the fundamentals don't.",
	[ADVICE_FUNDAMENTALS_AUTOMATION] =
	  "Scripts are only as reliable as the Python under them: put in your "
	  "fundamentals hours (data structures, functions, error handling) "
	  "before automating bigger tasks.",
	[ADVICE_FUNDAMENTALS_TOPIC] =
	  "Frameworks change but the language stays: put in your fundamentals "
	  "hours (data structures, functions, classes, error handling) before "
	  "going deeper into {topic}.",
	[ADVICE_FUNDAMENTALS_HOURS] =
	  "Frameworks change but the language stays: put in your fundamentals "
	  "hours (data structures, functions, classes, error handling) before "
	  "going deeper into a framework.",
	[ADVICE_PORTFOLIO_OPEN] =
	  "Finish '{project}' ({hours} so far), publish it and record it with "
	  "`track project done` and its URL: employers want to see what you "
	  "built, not which courses you finished.",
	[ADVICE_PORTFOLIO_OPEN_NEW] =
	  "Work on '{project}' over the next few weeks, logging it with "
	  "--project, then publish it: employers want to see what you built, "
	  "not which courses you finished.",
	[ADVICE_PORTFOLIO_RECENT] =
	  "Start your next project and publish it within a few weeks: a "
	  "portfolio that stops growing stops showing what you can do.",
	[ADVICE_PORTFOLIO_EXAMPLE] =
	  "Build {example} over a few weeks and publish it: employers want to "
	  "see what you built, not which courses you finished.",
	[ADVICE_PORTFOLIO_NONE] =
	  "Employers want to see what you built, not which courses you "
	  "finished: finish one project, publish it and record it with `track "
	  "project done NAME --url URL`.",
	[ADVICE_SCATTERED_PATH] =
	  "Learn one thing at a time: keep {path}, the path you chose, and park "
	  "the others until you have built something real in it.",
	[ADVICE_SCATTERED_NONE] =
	  "Learn one thing at a time: keep the path that matters most to you "
	  "and park the others until you have built something real in it.",
	[ADVICE_MEMORIZATION_PROJECT] =
	  "Use {topic} in '{project}' this week: if you understand the core "
	  "concepts, you can always look up the rest.",
	[ADVICE_MEMORIZATION_TOPIC] =
	  "Use {topic} in a small project this week: if you understand the "
	  "core concepts, you can always look up the rest.",
	[ADVICE_PREREQUISITES] =
	  "Don't skip the math: put a few hours into {list} now, because "
	  "everything in {path} builds on them.",
	[ADVICE_STALLED_PROJECT] =
	  "Pick '{project}' up again with one short session today: a small "
	  "step back in beats planning a big restart.",
	[ADVICE_STALLED_TUTORIAL] =
	  "Pick '{project}' up again with one short session today, then build "
	  "something small with what it teaches.",
	[ADVICE_STALLED_BUILD] =
	  "Come back with something small of your own rather than the next "
	  "video: one short session today restarts the habit.",
	[ADVICE_STALLED_TOPIC] =
	  "Log one short session on {topic} today: a small step back in beats "
	  "planning a big restart.",
	[ADVICE_STALLED_NONE] =
	  "Log one short session today: a small step back in beats planning a "
	  "big restart.",
};

/* The welcome line of each stalled code (from ADVICE_STALLED_PROJECT). */
static const char *const welcome_texts[] = {
	"Welcome back: {days} days since your last session; pick up "
	"'{project}' again today.",
	"Welcome back: {days} days since your last session; pick up "
	"'{project}' again today.",
	"Welcome back: {days} days since your last session; come back with "
	"something small of your own rather than the next video.",
	"Welcome back: {days} days since your last session; one short "
	"session on {topic} today restarts the habit.",
	"Welcome back: {days} days since your last session; one short "
	"session today restarts the habit.",
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

const char *
path_example(const char *slug)
{
	for (size_t i = 0; slug != NULL &&
	    i < sizeof(path_examples) / sizeof(path_examples[0]); i++)
		if (strcmp(path_examples[i].path, slug) == 0)
			return path_examples[i].example;
	return NULL;
}

void
put_name_list(struct buf *b, const char *const *names, size_t count)
{
	for (size_t i = 0; i < count; i++)
		buf_printf(b, "%s%s", i == 0 ? "" : i + 1 == count ? " and " :
		    ", ", names[i]);
}

void
put_area_list(struct buf *b, unsigned areas)
{
	static const char *const names[AREA_COUNT] = { "", "basics",
	    "data structures", "functions", "classes", "error handling",
	    "further" };
	const char *listed[AREA_COUNT];
	size_t count = 0;

	for (int a = AREA_BASICS; a < AREA_COUNT; a++)
		if (areas & (1u << a))
			listed[count++] = names[a];
	put_name_list(b, listed, count);
}

void
buf_put_duration(struct buf *b, int minutes)
{
	char text[32];

	duration_format(minutes, text, sizeof(text));
	buf_puts(b, text);
}

/* Appends the value of placeholder name (its length len) to b. */
static void
put_placeholder(struct buf *b, const char *name, size_t len,
    const struct finding_advice *a)
{
	const struct {
		const char *name;
		const char *value;
	} texts[] = {
		{ "path", a->path }, { "other", a->other },
		{ "project", a->project }, { "topic", a->topic },
		{ "example", path_example(a->path) },
	};

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		if (strlen(texts[i].name) == len &&
		    strncmp(texts[i].name, name, len) == 0) {
			buf_puts(b, texts[i].value ? texts[i].value : "");
			return;
		}
	if (len == 4 && strncmp(name, "list", 4) == 0 && a->name_count > 0)
		put_name_list(b, a->names, a->name_count);
	else if (len == 4 && strncmp(name, "list", 4) == 0)
		put_area_list(b, a->areas);
	else if (len == 5 && strncmp(name, "hours", 5) == 0)
		buf_put_duration(b, a->minutes);
	else if (len == 4 && strncmp(name, "days", 4) == 0)
		buf_printf(b, "%d", a->days);
}

/* text with its placeholders filled in from a. */
static char *
fill(const char *text, const struct finding_advice *a)
{
	struct buf b;

	buf_init(&b);
	while (text != NULL && *text != '\0') {
		const char *end = *text == '{' ? strchr(text, '}') : NULL;

		if (end != NULL) {
			put_placeholder(&b, text + 1, (size_t)(end - text - 1), a);
			text = end + 1;
		} else {
			buf_putc(&b, *text++);
		}
	}
	return buf_detach(&b);
}

char *
finding_advice_text(const struct finding_advice *a)
{
	return fill((unsigned)a->code < ADVICE_COUNT ? advice_texts[a->code] :
	    NULL, a);
}

char *
finding_welcome_text(const struct finding_advice *a)
{
	size_t i = (size_t)a->code - ADVICE_STALLED_PROJECT;

	return fill(a->code >= ADVICE_STALLED_PROJECT &&
	    i < sizeof(welcome_texts) / sizeof(welcome_texts[0]) ?
	    welcome_texts[i] : NULL, a);
}

char *
findings_welcome_text(const struct findings *f)
{
	const struct finding *stalled = findings_welcome(f);

	return stalled ? finding_welcome_text(&stalled->advice) : NULL;
}

/* ---------------------------------------------------------------------
 * The evidence of a finding, and what was looked at with none
 */

const char *const month_names[12] = { "Jan", "Feb", "Mar", "Apr", "May",
    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* Appends "name 14h" for each item, separated by ", ". */
static void
put_items(struct buf *b, const struct finding_evidence *e)
{
	for (size_t i = 0; i < e->item_count; i++) {
		buf_printf(b, "%s%s ", i ? ", " : "", e->items[i].name);
		buf_put_duration(b, e->items[i].minutes);
	}
}

/* Appends day as YYYY-MM-DD. */
static void
put_day(struct buf *b, int day)
{
	char text[DAY_TEXT_SIZE];

	day_format(day, text);
	buf_puts(b, text);
}

/* "10h of tutorials, 0m of projects in the last 28 days (83% of 12h)" */
static void
put_tutorial(struct buf *b, const struct finding_evidence *e)
{
	buf_put_duration(b, e->minutes);
	if (e->kind == EVIDENCE_TUTORIAL_ALERT) {
		buf_puts(b, " of tutorials since ");
		put_day(b, e->day);
		buf_puts(b, " and not a single project session");
		return;
	}
	buf_puts(b, " of tutorials, ");
	buf_put_duration(b, e->other);
	buf_printf(b, " of projects in the last %d days (%d%% of ", e->days,
	    e->share);
	buf_put_duration(b, e->whole);
	buf_putc(b, ')');
}

/*
 * "Aug backend (flask 6h) → Sep ml (14h)", or "path set changed 2 times
 * in 90 days: web → backend (2026-10-01) → ml (2026-11-01)".
 */
static void
put_hopping(struct buf *b, const struct finding_evidence *e)
{
	int year, month, mday;

	if (e->kind == EVIDENCE_HOPPING_CHOICES)
		buf_printf(b, "path set changed %d %s in %d days: %s", e->count,
		    e->count == 1 ? "time" : "times", e->days, e->path);
	for (size_t i = 0; i < e->item_count; i++) {
		const struct evidence_item *m = &e->items[i];

		if (e->kind == EVIDENCE_HOPPING_CHOICES) {
			buf_printf(b, " → %s (", m->name);
			put_day(b, m->day);
			buf_putc(b, ')');
			continue;
		}
		day_to_civil(m->day, &year, &month, &mday);
		buf_printf(b, "%s%s %s (", i ? " → " : "", month_names[month - 1],
		    m->name);
		if (m->topic != NULL)
			buf_printf(b, "%s ", m->topic);
		buf_put_duration(b, m->minutes);
		buf_putc(b, ')');
	}
}

/* "backend 2h of 50h in the last 28 days (4%); the rest went to ..." */
static void
put_off_path(struct buf *b, const struct finding_evidence *e)
{
	buf_printf(b, "%s ", e->path);
	buf_put_duration(b, e->minutes);
	buf_puts(b, " of ");
	buf_put_duration(b, e->whole);
	buf_printf(b, " in the last %d days (%d%%); the rest went to ",
	    e->days, e->share);
	put_items(b, e);
}

/* "60h of specialization but 2h of fundamentals (...)", or coverage. */
static void
put_fundamentals(struct buf *b, const struct finding_evidence *e)
{
	buf_put_duration(b, e->minutes);
	if (e->kind == EVIDENCE_FUNDAMENTALS_HOURS) {
		buf_puts(b, " of specialization but ");
		buf_put_duration(b, e->other);
		buf_printf(b, " of fundamentals (step 1 asks for %dh first)",
		    e->hours);
		return;
	}
	buf_puts(b, " of specialization; of ");
	buf_put_duration(b, e->other);
	buf_puts(b, " of fundamentals only ");
	buf_put_duration(b, e->counted);
	buf_printf(b, " count for step 1 (further topics such as git count for "
	    "at most %d%% of its %dh); not practised yet: ", e->share, e->hours);
	put_area_list(b, e->areas);
}

/* "60h logged in 7 weeks and no project completed", or form (b). */
static void
put_portfolio(struct buf *b, const struct finding_evidence *e)
{
	buf_put_duration(b, e->minutes);
	if (e->kind == EVIDENCE_PORTFOLIO_RECENT) {
		buf_printf(b, " in the last %d days and no project completed in "
		    "them (the last substantial one, '%s', on ", e->days,
		    e->project);
		put_day(b, e->project_day);
		buf_putc(b, ')');
	} else if (e->count == 0) {
		buf_printf(b, " logged in %d %s and no project completed",
		    e->weeks, e->weeks == 1 ? "week" : "weeks");
	} else {
		buf_printf(b, " logged in %d %s; %d completed %s, none with work "
		    "in two or more weeks", e->weeks, e->weeks == 1 ? "week" :
		    "weeks", e->count, e->count == 1 ? "project" : "projects");
	}
}

/* "3 paths in 28 days: backend 6h, ml 5h, devops 4h; the largest ..." */
static void
put_scattered(struct buf *b, const struct finding_evidence *e)
{
	buf_printf(b, "%d paths in %d days: ", e->count, e->days);
	put_items(b, e);
	buf_printf(b, "; the largest holds %d%%", e->share);
}

/* "pandas 20h, numpy 8h: 28h of tutorials and study in the last ..." */
static void
put_memorization(struct buf *b, const struct finding_evidence *e)
{
	put_items(b, e);
	if ((size_t)e->count > e->item_count)
		buf_printf(b, " and %zu more", (size_t)e->count - e->item_count);
	buf_puts(b, ": ");
	buf_put_duration(b, e->minutes);
	buf_printf(b, " of tutorials and study in the last %d days on topics "
	    "never used in a project (%d%% of ", e->days, e->share);
	buf_put_duration(b, e->whole);
	buf_putc(b, ')');
}

/* "20h on ml but 0m on its prerequisites (linear-algebra 0m, ...)" */
static void
put_prerequisites(struct buf *b, const struct finding_evidence *e)
{
	buf_put_duration(b, e->minutes);
	buf_printf(b, " on %s but ", e->path);
	buf_put_duration(b, e->other);
	buf_puts(b, " on its prerequisites (");
	put_items(b, e);
	buf_putc(b, ')');
}

/* "no session since 2026-10-20 (33 days), on django; last worked ..." */
static void
put_stalled(struct buf *b, const struct finding_evidence *e)
{
	buf_puts(b, "no session since ");
	put_day(b, e->day);
	buf_printf(b, " (%d days)", e->days);
	if (e->topic != NULL)
		buf_printf(b, ", on %s", e->topic);
	if (e->project != NULL) {
		buf_printf(b, "; last worked on: %s '%s' on ", e->is_project ?
		    "project" : "tutorial", e->project);
		put_day(b, e->project_day);
	}
}

/* Appends one part of a finding's evidence. */
static void
put_evidence(struct buf *b, const struct finding_evidence *e)
{
	static void (*const writers[])(struct buf *,
	    const struct finding_evidence *) = {
		[EVIDENCE_TUTORIAL_ALERT] = put_tutorial,
		[EVIDENCE_TUTORIAL_WINDOW] = put_tutorial,
		[EVIDENCE_HOPPING_MONTHS] = put_hopping,
		[EVIDENCE_HOPPING_CHOICES] = put_hopping,
		[EVIDENCE_OFF_PATH] = put_off_path,
		[EVIDENCE_FUNDAMENTALS_COVERAGE] = put_fundamentals,
		[EVIDENCE_FUNDAMENTALS_HOURS] = put_fundamentals,
		[EVIDENCE_PORTFOLIO_EVER] = put_portfolio,
		[EVIDENCE_PORTFOLIO_RECENT] = put_portfolio,
		[EVIDENCE_SCATTERED] = put_scattered,
		[EVIDENCE_MEMORIZATION] = put_memorization,
		[EVIDENCE_PREREQUISITES] = put_prerequisites,
		[EVIDENCE_STALLED] = put_stalled,
	};

	if ((size_t)e->kind < sizeof(writers) / sizeof(writers[0]) &&
	    writers[e->kind] != NULL)
		writers[e->kind](b, e);
}

char *
finding_evidence_text(const struct finding *item)
{
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < item->evidence_count; i++) {
		if (i > 0)
			buf_puts(&b, "; ");
		put_evidence(&b, &item->evidence[i]);
	}
	return buf_detach(&b);
}

char *
findings_looked_at_text(const struct findings *f)
{
	const struct findings_summary *s = &f->looked_at;
	struct buf b;

	if (f->count > 0)
		return NULL;
	buf_init(&b);
	if (!s->logged) {
		buf_puts(&b, "nothing logged yet");
		return buf_detach(&b);
	}
	buf_printf(&b, "last %d days: ", s->days);
	buf_put_duration(&b, s->minutes);
	buf_printf(&b, " (tutorials %d%%, projects %d%%), %d %s",
	    s->tutorial_share, s->project_share, s->paths,
	    s->paths == 1 ? "path" : "paths");
	if (s->paths_days != s->days)
		buf_printf(&b, " in the last %d days", s->paths_days);
	buf_puts(&b, "; overall ");
	buf_put_duration(&b, s->total_minutes);
	buf_puts(&b, ", fundamentals ");
	buf_put_duration(&b, s->fundamentals_minutes);
	buf_printf(&b, ", %d %s completed", s->completed,
	    s->completed == 1 ? "project" : "projects");
	return buf_detach(&b);
}

/* ---------------------------------------------------------------------
 * The portfolio's next action
 */

/* Appends "track log 1h TOPIC --project 'NAME'" with its top topic. */
static void
put_log_project(struct buf *b, const struct next_action *a)
{
	buf_puts(b, "track log 1h ");
	if (a->topic != NULL)
		buf_put_shell_word(b, a->topic);
	else
		buf_puts(b, "TOPIC");
	buf_puts(b, " --project ");
	buf_put_shell_word(b, a->project);
}

/* Appends "1h more in a second week" (what makes a project substantial). */
static void
put_missing(struct buf *b, int minutes, int weeks)
{
	if (minutes > 0) {
		buf_put_duration(b, minutes);
		buf_puts(b, weeks >= 2 ? " over two weeks" : weeks == 1 ?
		    " more in a second week" : " more");
	} else {
		buf_puts(b, weeks >= 2 ? "sessions in two weeks" :
		    "a session in a second week");
	}
}

/* Appends how to log on the path: its top topic when known. */
static void
put_log_hint(struct buf *b, const struct next_action *a)
{
	buf_puts(b, "track log 1h ");
	if (a->topic != NULL) {
		buf_put_shell_word(b, a->topic);
		return;
	}
	buf_puts(b, "TOPIC (track topic list --path ");
	buf_put_shell_word(b, a->path);
	buf_putc(b, ')');
}

/*
 * A new project in the path, applying the skill to apply next when there
 * is one (SPEC §12).
 */
static void
put_new_project(struct buf *b, const struct next_action *a)
{
	const struct skill_pointer *k = &a->skill;

	buf_printf(b, "build and finish %s %s project",
	    a->code == NEXT_FIRST_PROJECT ? "a first" : "another", a->path);
	if (k->title != NULL) {
		buf_printf(b, " that applies %s (%s, ", k->title, k->status);
		buf_put_duration(b, k->minutes);
		buf_puts(b, "): ");
	} else {
		buf_puts(b, " (");
	}
	buf_put_duration(b, a->minutes);
	buf_puts(b, k->title != NULL ? " or more over two weeks or more, " :
	    " or more over two weeks or more): ");
	buf_puts(b, "track log 2h ");
	if (k->topic != NULL)
		buf_put_shell_word(b, k->topic);
	else
		buf_puts(b, "TOPIC");
	buf_puts(b, " --project NAME, then track project done NAME --url URL");
}

/* The actions about a path: choosing one, focus, a new project. */
static void
put_path_action(struct buf *b, const struct next_action *a)
{
	if (a->code == NEXT_CHOOSE_ANY) {
		buf_puts(b, "choose a path: track path set PATH (track path "
		    "list shows them)");
	} else if (a->code == NEXT_CHOOSE_SUGGESTED ||
	    a->code == NEXT_CHOOSE_BEST) {
		buf_puts(b, a->code == NEXT_CHOOSE_SUGGESTED ? "choose your "
		    "most-logged specialization of the last 90 days: track path "
		    "set " : "choose the path that raises the score most: track "
		    "path set ");
		buf_put_shell_word(b, a->path);
	} else if (a->code == NEXT_FOCUS_HOURS) {
		buf_puts(b, "spend your next ");
		buf_put_duration(b, a->minutes);
		buf_printf(b, " of specialization on %s (", a->path);
		buf_put_duration(b, a->so_far);
		buf_puts(b, " of the last 182 days so far): ");
		put_log_hint(b, a);
	} else if (a->code == NEXT_FOCUSED_MONTH) {
		buf_printf(b, "keep the next month focused on %s (", a->path);
		buf_put_duration(b, a->minutes);
		buf_printf(b, " or more of study or project, at least %d%% of "
		    "your specialization hours): ", a->share);
		put_log_hint(b, a);
	} else {
		put_new_project(b, a);
	}
}

/* The actions about one project. */
static void
put_project_action(struct buf *b, const struct next_action *a)
{
	if (a->code == NEXT_ADD_URL || a->code == NEXT_FINISH) {
		buf_printf(b, a->code == NEXT_ADD_URL ? "add a URL to '%s': " :
		    "finish '%s', it is substantial: ", a->project);
		buf_puts(b, "track project done ");
		buf_put_shell_word(b, a->project);
		buf_puts(b, " --url URL");
	} else if (a->code == NEXT_LOG_PAST) {
		buf_printf(b, "log the hours '%s' took (", a->project);
		put_missing(b, a->minutes, a->weeks);
		buf_puts(b, " would make it substantial): track log 2h TOPIC "
		    "--project ");
		buf_put_shell_word(b, a->project);
		buf_puts(b, " --date DAY");
	} else if (a->code == NEXT_DEEPEN) {
		buf_printf(b, "deepen '%s' with ", a->project);
		buf_put_duration(b, a->minutes);
		buf_puts(b, " more: ");
		put_log_project(b, a);
	} else {
		buf_printf(b, "%s '%s' substantial (", a->code == NEXT_MAKE_OPEN ?
		    "make" : "make the thin project", a->project);
		put_missing(b, a->minutes, a->weeks);
		buf_printf(b, ")%s: ", a->code == NEXT_MAKE_OPEN ?
		    ", then finish it" : "");
		put_log_project(b, a);
	}
}

char *
portfolio_next_text(const struct next_action *a)
{
	struct buf b;

	buf_init(&b);
	if (a->code == NEXT_KEEP_UP)
		buf_puts(&b, "nothing left to gain: keep your portfolio up to "
		    "date");
	else if (a->code >= NEXT_ADD_URL && a->code <= NEXT_DEEPEN)
		put_project_action(&b, a);
	else
		put_path_action(&b, a);
	return buf_detach(&b);
}
