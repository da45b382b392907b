#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/db.h"
#include "core/duration.h"
#include "core/settings.h"
#include "core/stmt.h"
#include "core/text.h"
#include "core/timer.h"

#define TIME_FORMS "use HH:MM, 'YYYY-MM-DD HH:MM' or an instant such as " \
	"2026-11-22T09:30:00Z"
/* The example end the over-a-day message suggests: a working day. */
#define EXAMPLE_HOURS 8

void
timer_init(struct timer *timer)
{
	memset(timer, 0, sizeof(*timer));
	timer->kind = KIND_STUDY;
}

void
timer_release(struct timer *timer)
{
	free(timer->topic);
	free(timer->path);
	free(timer->project);
	free(timer->tutorial);
	free(timer->note);
	timer_init(timer);
}

/* ---------------------------------------------------------------------
 * The row
 */

static const char timer_select[] =
    "SELECT tm.started, tm.topic_id, t.name, p.slug, tm.kind, "
    "tm.project_id, pr.name, tm.tutorial_id, tu.title, tm.note "
    "FROM timer tm JOIN topic t ON t.id = tm.topic_id "
    "LEFT JOIN path p ON p.id = t.path_id "
    "LEFT JOIN project pr ON pr.id = tm.project_id "
    "LEFT JOIN tutorial tu ON tu.id = tm.tutorial_id WHERE tm.id = 1";

static void
timer_from_row(sqlite3_stmt *stmt, struct timer *timer)
{
	const char *kind = (const char *)sqlite3_column_text(stmt, 4);

	timer_release(timer);
	instant_parse((const char *)sqlite3_column_text(stmt, 0),
	    &timer->started);
	timer->topic_id = sqlite3_column_int64(stmt, 1);
	timer->topic = db_column_strdup(stmt, 2);
	timer->path = db_column_strdup(stmt, 3);
	error_free(kind_parse(kind ? kind : "", &timer->kind));
	timer->project_id = sqlite3_column_int64(stmt, 5);
	timer->project = db_column_strdup(stmt, 6);
	timer->tutorial_id = sqlite3_column_int64(stmt, 7);
	timer->tutorial = db_column_strdup(stmt, 8);
	timer->note = db_column_strdup(stmt, 9);
}

/*
 * When the running timer started (*running false when none runs), from
 * its row alone: every command asks (the stale-timer check, the prompt's
 * snapshot after every write), and compiling timer_get's join of five
 * tables cost 2.5% of a `track log` (callgrind, issue 20).
 */
static struct error *
timer_started(sqlite3 *db, time_t *started, bool *running)
{
	struct stmt st;
	struct error *err;

	*started = 0;
	if ((err = stmt_prepare(&st, db, "cannot read the timer",
	    "SELECT started FROM timer WHERE id = 1")) != NULL)
		return err;
	*running = stmt_step(&st) == STMT_ROW;
	if (*running)
		instant_parse((const char *)sqlite3_column_text(st.handle, 0),
		    started);
	return stmt_finish(&st);
}

/* The join of the timer's names is compiled only when a timer runs. */
struct error *
timer_get(sqlite3 *db, struct timer *timer, bool *running)
{
	struct stmt st;
	struct error *err;
	time_t started;

	if ((err = timer_started(db, &started, running)) != NULL || !*running)
		return err;
	if ((err = stmt_prepare(&st, db, "cannot read the timer",
	    timer_select)) != NULL)
		return err;
	*running = stmt_step(&st) == STMT_ROW;
	if (*running)
		timer_from_row(st.handle, timer);
	return stmt_finish(&st);
}

struct error *
timer_insert(sqlite3 *db, const struct timer *timer)
{
	char started[INSTANT_TEXT_SIZE];

	instant_format(timer->started, started);
	return db_exec(db, "INSERT INTO timer (id, started, topic_id, kind, "
	    "project_id, tutorial_id, note) VALUES (1, ?, ?, ?, nullif(?, 0), "
	    "nullif(?, 0), ?)", "titiit", started, timer->topic_id,
	    kind_name(timer->kind), timer->project_id, timer->tutorial_id,
	    timer->note);
}

struct error *
timer_discard(sqlite3 *db)
{
	return db_exec(db, "DELETE FROM timer", NULL);
}

/* ---------------------------------------------------------------------
 * Times
 */

int
timer_minutes(time_t start, time_t end)
{
	if (end <= start)
		return 0;
	return (int)((end - start + 30) / 60);
}

/* Formats t in local time as "YYYY-MM-DD HH:MM", or "HH:MM" alone. */
static void
local_format(time_t t, bool with_day, char out[TIMER_CLOCK_SIZE])
{
	struct tm tm;

	localtime_r(&t, &tm);
	strftime(out, TIMER_CLOCK_SIZE, with_day ? "%Y-%m-%d %H:%M" : "%H:%M",
	    &tm);
}

void
timer_clock_format(time_t t, int today, char out[TIMER_CLOCK_SIZE])
{
	local_format(t, day_of_instant(t) != today, out);
}

/* The refusal of a time after now; "HH:MM" probably meant yesterday. */
static struct error *
future_error(const char *text, bool clock_only, int today, time_t now)
{
	char clock[TIMER_CLOCK_SIZE], yesterday[DAY_TEXT_SIZE];

	local_format(now, false, clock);
	if (!clock_only)
		return error_usage("time '%s' is in the future: it is %s now",
		    text, clock);
	day_format(today - 1, yesterday);
	return error_usage("time '%s' is in the future: it is %s now; for "
	    "yesterday give the day, e.g. '%s %s'", text, clock, yesterday,
	    text);
}

struct error *
timer_time_parse(const char *text, int today, time_t now, time_t *at)
{
	int h, m, s;
	bool clock_only = clock_parse(text, &h, &m, &s);

	if (clock_only)
		*at = instant_of_local(today, h, m, s);
	else if (!instant_parse(text, at))
		return date_text_out_of_range(text) ?
		    day_range_error("time", text) :
		    error_usage("invalid time '%s': %s", text, TIME_FORMS);
	if (!day_in_range(day_of_instant(*at)))
		return day_range_error("time", text);
	if (*at > now)
		return future_error(text, clock_only, today, now);
	return NULL;
}

void
timer_overlong_message(struct buf *b, time_t started, time_t now, int today)
{
	char length[32], since[TIMER_CLOCK_SIZE], example[TIMER_CLOCK_SIZE];

	duration_format(timer_minutes(started, now), length, sizeof(length));
	timer_clock_format(started, today, since);
	local_format(started + EXAMPLE_HOURS * 3600, true, example);
	buf_printf(b, "the timer has run for %s since %s: a session holds at "
	    "most 24h; stop it with an explicit end, e.g. track stop --at "
	    "'%s'", length, since, example);
}

/* ---------------------------------------------------------------------
 * The session it becomes
 */

void
timer_session(const struct timer *timer, int minutes, struct session *s)
{
	s->day = day_of_instant(timer->started);
	s->has_start = true;
	s->start = timer->started;
	s->minutes = minutes;
	s->topic_id = timer->topic_id;
	s->kind = timer->kind;
	s->project_id = timer->project_id;
	s->tutorial_id = timer->tutorial_id;
	s->note = xstrdup(timer->note);
	s->origin = "timer";
	s->topic = xstrdup(timer->topic);
	s->path = xstrdup(timer->path);
	s->project = xstrdup(timer->project);
	s->tutorial = xstrdup(timer->tutorial);
}

/* ---------------------------------------------------------------------
 * A timer left running (SPEC §13)
 */

#define TYPICAL_SESSIONS 20	/* the newest sessions the hint looks at */
#define TYPICAL_DEFAULT 60	/* minutes, with no session yet */

static int
compare_ints(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

/* The median length of the newest sessions (the lower middle one). */
static struct error *
typical_minutes(sqlite3 *db, int *minutes)
{
	int lengths[TYPICAL_SESSIONS];
	size_t count = 0;
	struct stmt st;
	struct error *err;

	*minutes = TYPICAL_DEFAULT;
	if ((err = stmt_prepare(&st, db, "cannot read the sessions",
	    "SELECT minutes FROM session ORDER BY id DESC LIMIT ?")) != NULL)
		return err;
	stmt_bind(&st, "n", TYPICAL_SESSIONS);
	while (count < TYPICAL_SESSIONS && stmt_step(&st) == STMT_ROW)
		lengths[count++] = sqlite3_column_int(st.handle, 0);
	if ((err = stmt_finish(&st)) != NULL || count == 0)
		return err;
	qsort(lengths, count, sizeof(*lengths), compare_ints);
	*minutes = lengths[(count - 1) / 2];
	return NULL;
}

/* The end to suggest: start plus the typical session, at most now. */
static void
suggested_end(time_t started, time_t now, int typical, int today,
    char out[TIMER_CLOCK_SIZE + 2])
{
	char clock[TIMER_CLOCK_SIZE];
	time_t end = started + (time_t)typical * 60;

	if (end > now)
		end = now;
	timer_clock_format(end, today, clock);
	if (strchr(clock, ' ') != NULL)
		snprintf(out, TIMER_CLOCK_SIZE + 2, "'%s'", clock);
	else
		snprintf(out, TIMER_CLOCK_SIZE + 2, "%s", clock);
}


struct error *
timer_end_hint(sqlite3 *db, const struct timer *timer, time_t now, int today,
    struct buf *b)
{
	char length[32], end[TIMER_CLOCK_SIZE + 2];
	struct error *err;
	int typical;

	if ((err = typical_minutes(db, &typical)) != NULL)
		return err;
	duration_format(timer_minutes(timer->started, now), length,
	    sizeof(length));
	suggested_end(timer->started, now, typical, today, end);
	buf_puts(b, "the ");
	buf_put_terminal(b, timer->topic);
	buf_printf(b, " timer has run %s: track stop --at %s, or track cancel",
	    length, end);
	return NULL;
}

struct error *
timer_stale_hint(sqlite3 *db, time_t now, int today, struct buf *b)
{
	struct timer timer;
	struct error *err;
	bool running;
	int hours;
	time_t started;

	timer_init(&timer);
	if ((err = timer_started(db, &started, &running)) != NULL ||
	    !running ||
	    (err = setting_int(db, "timer.stale-hours", &hours)) != NULL ||
	    now - started <= (time_t)hours * 3600 ||
	    (err = timer_get(db, &timer, &running)) != NULL || !running)
		goto done;
	err = timer_end_hint(db, &timer, now, today, b);
done:
	timer_release(&timer);
	return err;
}
