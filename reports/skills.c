/*
 * Skills and career readiness (SPEC §12). The loader reads the skill
 * catalog of schema 012 (a few dozen rows), the three settings and which
 * projects used the skills' topics; the hours and the contributions come
 * from the history already loaded from the summary tables, so the cost
 * does not grow with the sessions.
 */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/db.h"
#include "core/session.h"
#include "core/settings.h"
#include "core/stmt.h"
#include "reports/skills.h"

/* The professional skills the checklist names (catalog names). */
#define SKILL_TESTING "unit-testing"
#define SKILL_DEBUGGING "debugging"
#define SKILL_DOCUMENTATION "documentation"

static const char *const status_names[SKILL_STATUS_COUNT] = {
	"untouched", "learned", "applied",
};

static const char *const area_names[SKILL_AREA_COUNT] = {
	"core", "domain", "professional",
};

const char *
skill_status_name(enum skill_status status)
{
	return status_names[status];
}

const char *
skill_area_name(enum skill_area area)
{
	return area_names[area];
}

int
skill_minutes(const struct skill_item *item)
{
	return item->by_kind[KIND_TUTORIAL] + item->by_kind[KIND_STUDY] +
	    item->by_kind[KIND_PROJECT];
}

const struct skill_item *
skills_next(const struct skills *s)
{
	return s->next >= 0 && (size_t)s->next < s->count ?
	    &s->items[s->next] : NULL;
}

/* ---------------------------------------------------------------------
 * Loading
 */

static enum skill_area
area_of(const char *text)
{
	for (int a = 0; a < SKILL_AREA_COUNT; a++)
		if (text != NULL && strcmp(text, area_names[a]) == 0)
			return (enum skill_area)a;
	return SKILL_DOMAIN;
}

static struct error *
load_settings(sqlite3 *db, struct skills_settings *set)
{
	struct error *err;

	if ((err = setting_int(db, "skills.learned-minutes",
	    &set->learned_minutes)) != NULL ||
	    (err = setting_int(db, "skills.applied-minutes",
	    &set->applied_minutes)) != NULL)
		return err;
	return setting_int(db, "career.core-skills", &set->core_skills);
}

/* A new item for the row st is on (name, title, area in columns 1-3). */
static struct skill_item *
add_item(struct skills *s, struct stmt *st)
{
	struct skill_item *item;

	s->items = xrealloc(s->items, (s->count + 1) * sizeof(*s->items));
	item = &s->items[s->count++];
	memset(item, 0, sizeof(*item));
	item->name = db_column_strdup(st->handle, 1);
	item->title = db_column_strdup(st->handle, 2);
	item->area = area_of((const char *)sqlite3_column_text(st->handle, 3));
	return item;
}

/* Adds a topic id (column 4, NULL: a skill without topics) to item. */
static void
add_topic(const struct history *h, struct skill_item *item, struct stmt *st)
{
	int64_t id;
	int t;

	if (sqlite3_column_type(st->handle, 4) == SQLITE_NULL)
		return;
	id = sqlite3_column_int64(st->handle, 4);
	if (id < 0 || (uint64_t)id >= h->topic_index_size ||
	    (t = h->topic_index[id]) < 0)
		return;
	item->topics = xrealloc(item->topics, (item->topic_count + 1) *
	    sizeof(*item->topics));
	item->topics[item->topic_count].index = t;
	item->topics[item->topic_count++].name = h->topics[t].name;
}

/*
 * The skills of path_id (0: none) with their topics: core, then domain
 * (the path's, and a user's own without a path), then professional, each
 * in catalog position order.
 */
static struct error *
load_items(sqlite3 *db, const struct history *h, int64_t path_id,
    struct skills *s)
{
	struct stmt st;
	struct error *err;
	int64_t last = -1;

	if ((err = stmt_prepare(&st, db, "cannot read the skills",
	    "SELECT s.id, s.name, s.title, s.area, st.topic_id FROM skill s "
	    "LEFT JOIN skill_topic st ON st.skill_id = s.id "
	    "WHERE s.area <> 'domain' OR s.path_id IS NULL OR s.path_id = ?1 "
	    "ORDER BY CASE s.area WHEN 'core' THEN 0 WHEN 'domain' THEN 1 "
	    "ELSE 2 END, s.position, s.name, s.id, st.topic_id")) != NULL)
		return err;
	stmt_bind(&st, "i", path_id);
	while (stmt_step(&st) == STMT_ROW) {
		int64_t id = sqlite3_column_int64(st.handle, 0);

		if (id != last)
			add_item(s, &st);
		last = id;
		add_topic(h, &s->items[s->count - 1], &st);
	}
	return stmt_finish(&st);
}

/* The index in h->projects by project id (-1: none), room for max id. */
static int *
project_index(const struct history *h, int64_t *max_id)
{
	int *index;

	*max_id = 0;
	for (size_t i = 0; i < h->project_count; i++)
		if (h->projects[i].id > *max_id)
			*max_id = h->projects[i].id;
	index = xmalloc(((size_t)*max_id + 1) * sizeof(*index));
	for (int64_t id = 0; id <= *max_id; id++)
		index[id] = -1;
	for (size_t i = 0; i < h->project_count; i++)
		index[h->projects[i].id] = (int)i;
	return index;
}

/* Keeps the (project, topic) pairs with minutes up to the day. */
static void
keep_uses(const struct history *h, const int *minutes, struct skills *s)
{
	size_t cells = h->project_count * h->topic_count, count = 0;

	for (size_t i = 0; i < cells; i++)
		count += minutes[i] > 0;
	s->uses = xcalloc(count + 1, sizeof(*s->uses));
	for (size_t i = 0; i < cells; i++) {
		if (minutes[i] <= 0)
			continue;
		s->uses[s->use_count].project = (int)(i / h->topic_count);
		s->uses[s->use_count++].topic = (int)(i % h->topic_count);
	}
}

/* The project minutes of an item's topics up to the day. */
static int
item_project_minutes(const struct history *h, const struct skill_item *item)
{
	int minutes = 0;

	for (size_t k = 0; k < item->topic_count; k++)
		minutes += h->topics[item->topics[k].index].
		    total_by_kind[KIND_PROJECT];
	return minutes;
}

/*
 * The topic ids whose projects matter, as a JSON array: every skill's
 * with_projects (they are listed), else only those of the skills whose
 * status a substantial project could still change (some project time,
 * not enough to apply them). NULL: none.
 */
static char *
use_topic_ids(const struct history *h, const struct skills *s,
    bool with_projects)
{
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < s->count; i++) {
		const struct skill_item *item = &s->items[i];
		int minutes = item_project_minutes(h, item);

		if (!with_projects && (minutes <= 0 ||
		    minutes >= s->settings.applied_minutes))
			continue;
		for (size_t k = 0; k < item->topic_count; k++)
			buf_printf(&b, "%c%lld", b.len ? ',' : '[', (long long)
			    h->topics[item->topics[k].index].id);
	}
	if (b.len == 0) {
		buf_release(&b);
		return NULL;
	}
	buf_putc(&b, ']');
	return buf_detach(&b);
}

/*
 * Which projects used the topics of ids (a JSON array) up to the day:
 * the all-time project_topic_total (schema 005) less the sessions after
 * the day, summed by project and topic.
 */
static struct error *
load_uses(sqlite3 *db, const struct history *h, const char *ids,
    struct skills *s)
{
	char at[DAY_TEXT_SIZE];
	int64_t max_id, pid, tid;
	int *index = project_index(h, &max_id), p, t;
	int *minutes = xcalloc(h->project_count * h->topic_count + 1,
	    sizeof(*minutes));
	struct stmt st;
	struct error *err;

	day_format(h->at, at);
	if ((err = stmt_prepare(&st, db, "cannot read the projects' topics",
	    "SELECT project_id, topic_id, minutes FROM project_topic_total "
	    "WHERE topic_id IN (SELECT value FROM json_each(?2)) "
	    "UNION ALL "
	    "SELECT project_id, topic_id, -sum(minutes) FROM session "
	    "INDEXED BY session_day WHERE day > ?1 AND project_id IS NOT NULL "
	    "GROUP BY 1, 2")) == NULL) {
		stmt_bind(&st, "tt", at, ids);
		while (stmt_step(&st) == STMT_ROW) {
			pid = sqlite3_column_int64(st.handle, 0);
			tid = sqlite3_column_int64(st.handle, 1);
			p = pid >= 0 && pid <= max_id ? index[pid] : -1;
			t = tid >= 0 && (uint64_t)tid < h->topic_index_size ?
			    h->topic_index[tid] : -1;
			if (p >= 0 && t >= 0)
				minutes[(size_t)p * h->topic_count + (size_t)t] +=
				    sqlite3_column_int(st.handle, 2);
		}
		if ((err = stmt_finish(&st)) == NULL)
			keep_uses(h, minutes, s);
	}
	free(minutes);
	free(index);
	return err;
}

struct error *
skills_load(sqlite3 *db, const struct history *h, const char *path,
    bool with_projects, struct skills *s)
{
	int index = path ? history_path_index(h, path) : PATH_UNMAPPED;
	struct error *err;
	char *ids;

	memset(s, 0, sizeof(*s));
	s->at = h->at;
	s->next = -1;
	s->path = index == PATH_UNMAPPED ? NULL : h->paths[index].slug;
	s->path_chosen = index != PATH_UNMAPPED && index == h->current;
	if ((err = load_settings(db, &s->settings)) != NULL ||
	    (err = load_items(db, h, index == PATH_UNMAPPED ? 0 :
	    h->paths[index].id, s)) != NULL)
		return err;
	if (h->project_count == 0 ||
	    (ids = use_topic_ids(h, s, with_projects)) == NULL)
		return NULL;
	err = load_uses(db, h, ids, s);
	free(ids);
	return err;
}

void
skills_release(struct skills *s)
{
	for (size_t i = 0; i < s->count; i++) {
		free(s->items[i].name);
		free(s->items[i].title);
		free(s->items[i].topics);
		free(s->items[i].projects);
	}
	free(s->items);
	free(s->contributions);
	free(s->uses);
	memset(s, 0, sizeof(*s));
}

/* ---------------------------------------------------------------------
 * Each skill's status
 */

/* Whether topic (an index into history.topics) is one of item's. */
static bool
item_has_topic(const struct skill_item *item, int topic)
{
	for (size_t k = 0; k < item->topic_count; k++)
		if (item->topics[k].index == topic)
			return true;
	return false;
}

/*
 * The projects that used item's topics (in the history's order), and
 * whether one of them is substantial.
 */
static void
skill_projects(const struct history *h, const struct skills *s,
    struct skill_item *item)
{
	bool *used = xcalloc(h->project_count + 1, sizeof(*used));

	for (size_t i = 0; i < s->use_count; i++)
		if (item_has_topic(item, s->uses[i].topic))
			used[s->uses[i].project] = true;
	item->projects = xcalloc(h->project_count + 1,
	    sizeof(*item->projects));
	for (size_t i = 0; i < h->project_count; i++) {
		if (!used[i])
			continue;
		item->projects[item->project_count++] = h->projects[i].name;
		item->in_substantial |= h->projects[i].substantial;
	}
	free(used);
}

/*
 * SPEC §12, with the learned rule counting every kind: 90 minutes of
 * project work on a topic is at least learned, never untouched.
 */
static enum skill_status
skill_status(const struct skill_item *item, const struct skills_settings *set)
{
	if (item->by_kind[KIND_PROJECT] >= set->applied_minutes ||
	    item->in_substantial)
		return SKILL_APPLIED;
	if (skill_minutes(item) >= set->learned_minutes)
		return SKILL_LEARNED;
	return SKILL_UNTOUCHED;
}

static void
skill_compute(const struct history *h, const struct skills *s,
    struct skill_item *item)
{
	int top = 0;

	for (size_t k = 0; k < item->topic_count; k++) {
		struct skill_topic *t = &item->topics[k];
		int minutes = 0;

		for (int kind = 0; kind < KIND_COUNT; kind++) {
			t->by_kind[kind] = h->topics[t->index].total_by_kind[kind];
			item->by_kind[kind] += t->by_kind[kind];
			minutes += t->by_kind[kind];
		}
		if (item->top_topic == NULL || minutes > top) {
			item->top_topic = t->name;
			top = minutes;
		}
	}
	skill_projects(h, s, item);
	item->status = skill_status(item, &s->settings);
}

/* The learned skill with the most minutes (ties: the first listed). */
static int
next_skill(const struct skills *s)
{
	int best = -1;

	for (size_t i = 0; i < s->count; i++)
		if (s->items[i].status == SKILL_LEARNED && (best < 0 ||
		    skill_minutes(&s->items[i]) >
		    skill_minutes(&s->items[best])))
			best = (int)i;
	return best;
}

/* The open project of s's path with most minutes (ties: the first). */
static const char *
open_project(const struct history *h, const struct skills *s)
{
	int path = s->path ? history_path_index(h, s->path) : PATH_UNMAPPED;
	const struct history_project *best = NULL;

	for (size_t i = 0; path != PATH_UNMAPPED && i < h->project_count; i++)
		if (h->projects[i].path == path &&
		    h->projects[i].completed == DAY_NONE && (best == NULL ||
		    h->projects[i].minutes > best->minutes))
			best = &h->projects[i];
	return best ? best->name : NULL;
}

/* The projects marked as contributions, among the history's. */
static void
contributions(const struct history *h, struct skills *s)
{
	s->contributions = xcalloc(h->project_count + 1,
	    sizeof(*s->contributions));
	for (size_t i = 0; i < h->project_count; i++)
		if (h->projects[i].contribution)
			s->contributions[s->contribution_count++] =
			    h->projects[i].name;
}

/* ---------------------------------------------------------------------
 * Readiness
 */

static const struct skill_item *
item_named(const struct skills *s, const char *name)
{
	for (size_t i = 0; i < s->count; i++)
		if (strcmp(s->items[i].name, name) == 0)
			return &s->items[i];
	return NULL;
}

/* Step 1 of the plan: the minutes still to go. */
static void
ready_fundamentals(const struct plan *plan, struct ready_check *c)
{
	c->done = plan->steps[0].complete;
	c->have = plan->hints.to_go;
	c->need = (int)plan->steps[0].target * 60;
}

static void
ready_testing(const struct skills *s, struct ready_check *c)
{
	const struct skill_item *t = item_named(s, SKILL_TESTING);

	c->status = t ? t->status : SKILL_UNTOUCHED;
	c->name = t ? t->title : NULL;
	c->done = t != NULL && t->status == SKILL_APPLIED;
}

/* Debugging and documentation: name and other are those not learned. */
static void
ready_debug_docs(const struct skills *s, struct ready_check *c)
{
	const struct skill_item *d = item_named(s, SKILL_DEBUGGING);
	const struct skill_item *w = item_named(s, SKILL_DOCUMENTATION);
	bool d_ok = d != NULL && d->status != SKILL_UNTOUCHED;
	bool w_ok = w != NULL && w->status != SKILL_UNTOUCHED;

	c->done = d_ok && w_ok;
	c->have = (d_ok ? 0 : READY_MISSING_DEBUGGING) |
	    (w_ok ? 0 : READY_MISSING_DOCUMENTATION);
	c->name = !d_ok ? (d ? d->title : SKILL_DEBUGGING) : !w_ok ?
	    (w ? w->title : SKILL_DOCUMENTATION) : NULL;
	c->other = !d_ok && !w_ok ? (w ? w->title : SKILL_DOCUMENTATION) :
	    NULL;
}

/*
 * Substantial completed projects in the path: plan step 3's value for
 * the current path, the same rule for another.
 */
static void
ready_projects(const struct history *h, const struct thresholds *th,
    const struct plan *plan, const struct skills *s, struct ready_check *c)
{
	int path = s->path ? history_path_index(h, s->path) : PATH_UNMAPPED;

	c->need = th->plan_projects;
	if (s->path_chosen) {
		c->have = (int)plan->steps[2].value;
	} else {
		for (size_t i = 0; path != PATH_UNMAPPED &&
		    i < h->project_count; i++)
			c->have += h->projects[i].path == path &&
			    h->projects[i].completed != DAY_NONE &&
			    h->projects[i].substantial;
	}
	c->done = s->path != NULL && c->have >= c->need;
}

/* Every substantial completed project (any path) linked; one at least. */
static void
ready_linked(const struct history *h, struct ready_check *c)
{
	for (size_t i = 0; i < h->project_count; i++) {
		const struct history_project *p = &h->projects[i];

		if (p->completed == DAY_NONE || !p->substantial)
			continue;
		c->need++;
		if (p->url != NULL)
			c->have++;
		else if (c->name == NULL)
			c->name = p->name;
	}
	c->done = c->need > 0 && c->have == c->need;
}

static void
ready_core(const struct skills *s, struct ready_check *c)
{
	c->need = s->settings.core_skills;
	for (size_t i = 0; i < s->count; i++)
		c->have += s->items[i].area == SKILL_CORE &&
		    s->items[i].status == SKILL_APPLIED;
	c->done = c->have >= c->need;
}

static void
readiness(const struct history *h, const struct thresholds *th,
    const struct plan *plan, struct skills *s)
{
	ready_fundamentals(plan, &s->ready[READY_FUNDAMENTALS]);
	ready_testing(s, &s->ready[READY_TESTING]);
	ready_debug_docs(s, &s->ready[READY_DEBUG_DOCS]);
	ready_projects(h, th, plan, s, &s->ready[READY_PROJECTS]);
	ready_linked(h, &s->ready[READY_LINKED]);
	ready_core(s, &s->ready[READY_CORE]);
	for (int i = 0; i < READY_COUNT; i++)
		s->ready_count += s->ready[i].done;
}

void
skills_compute(const struct history *h, const struct thresholds *th,
    const struct plan *plan, struct skills *s)
{
	for (size_t i = 0; i < s->count; i++) {
		skill_compute(h, s, &s->items[i]);
		s->counts[s->items[i].status]++;
	}
	s->next = next_skill(s);
	s->open_project = open_project(h, s);
	contributions(h, s);
	readiness(h, th, plan, s);
}

/* ---------------------------------------------------------------------
 * What plan and portfolio take from the skills
 */

void
skills_point(const struct skills *s, struct plan *plan, struct portfolio *p)
{
	const struct skill_item *item = skills_next(s);
	struct skill_pointer k = { 0 };

	if (item == NULL || !s->path_chosen)
		return;
	k.title = item->title;
	k.status = skill_status_name(item->status);
	k.minutes = skill_minutes(item);
	k.topic = item->top_topic;
	if (plan != NULL && plan->path != NULL &&
	    !plan->steps[2].complete && plan->hints.build == BUILD_NEW)
		plan->hints.apply = k;
	if (p != NULL && (p->next.code == NEXT_FIRST_PROJECT ||
	    p->next.code == NEXT_ANOTHER_PROJECT))
		p->next.skill = k;
}

struct error *
skills_analyse(sqlite3 *db, const struct history *h,
    const struct thresholds *th, const char *path, const struct plan *plan,
    bool with_projects, struct skills *s)
{
	struct error *err;

	if ((err = skills_load(db, h, path, with_projects, s)) != NULL)
		return err;
	skills_compute(h, th, plan, s);
	return NULL;
}
