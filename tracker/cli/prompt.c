/*
 * The prompt line and its snapshot (cli/prompt.h). The snapshot's key is
 * always taken before the database is read: a write that lands between
 * the key and the read changes the files after the key, so the snapshot
 * written from that read is never trusted (core/snapshot.h).
 */
#include <string.h>

#include "cli/prompt.h"
#include "core/db.h"
#include "core/duration.h"
#include "core/settings.h"
#include "core/snapshot.h"
#include "core/text.h"
#include "core/timer.h"
#include "reports/goal.h"

/*
 * Whether a snapshot may be written under key: its files settled, and a
 * -wal there. Without one (the first write of a new file, which switches
 * to WAL after it, or a sqlite3 shell that removed it on closing) the
 * read that follows the key would create it, changing the files after
 * the key: the snapshot could never be used, and the file set left by a
 * first write would change.
 */
static bool
prompt_key_usable(const struct snapshot_key *key)
{
	return key->wal.exists && snapshot_key_settled(key);
}

/*
 * Reads what the prompt line shows for t->today from t->db into s (its
 * key and topic untouched) and the running timer, if any, into timer.
 */
static struct error *
prompt_load(struct track *t, struct status_snapshot *s, struct timer *timer)
{
	struct error *err;
	bool running = false;

	s->day = t->today;
	s->goal_minutes = s->week_minutes = 0;
	if ((err = timer_get(t->db, timer, &running)) == NULL &&
	    (err = setting_int(t->db, "goal.weekly-minutes",
	    &s->goal_minutes)) == NULL && s->goal_minutes > 0)
		err = goal_week_minutes(t->db, t->today, &s->week_minutes);
	s->running = running;
	s->started = running ? (int64_t)timer->started : 0;
	return err;
}

/* Copies timer's topic into s; false when it is too long to keep. */
static bool
prompt_keep_topic(struct status_snapshot *s, const struct timer *timer)
{
	s->topic[0] = '\0';
	if (!s->running)
		return true;
	if (strlen(timer->topic) > SNAPSHOT_TOPIC_MAX)
		return false;
	strcpy(s->topic, timer->topic);
	return true;
}

/* The line itself: the timer's part with its length at t->now, the week's. */
static void
prompt_print(struct track *t, const struct status_snapshot *s,
    const char *topic)
{
	char length[32], week[32], goal[32];

	if (s->running) {
		duration_format(timer_minutes((time_t)s->started, t->now),
		    length, sizeof(length));
		fput_terminal(t->out, topic);
		fprintf(t->out, " %s%s", length,
		    s->goal_minutes > 0 ? " \u00b7 " : "\n");
	}
	if (s->goal_minutes > 0) {
		duration_format(s->week_minutes, week, sizeof(week));
		duration_format(s->goal_minutes, goal, sizeof(goal));
		fprintf(t->out, "week %s/%s\n", week, goal);
	}
}

/*
 * Loads from the open t->db and prints; writes the snapshot under key
 * (NULL: none) when key is usable and the topic fits.
 */
static struct error *
prompt_from_open(struct track *t, const struct snapshot_key *key)
{
	struct status_snapshot s;
	struct timer timer;
	struct error *err;

	memset(&s, 0, sizeof(s));
	timer_init(&timer);
	if ((err = prompt_load(t, &s, &timer)) == NULL) {
		prompt_print(t, &s, timer.topic);
		if (key != NULL && prompt_key_usable(key) &&
		    prompt_keep_topic(&s, &timer)) {
			s.key = *key;
			snapshot_write(t->db_path, &s);
		}
	}
	timer_release(&timer);
	return err;
}

/* Opens t->db_path to read, prints from it, closes it. */
static struct error *
prompt_from_database(struct track *t, const struct snapshot_key *key)
{
	struct error *err;
	bool created = false;

	if ((err = db_open(t->db_path, DB_READ, &t->db, &created)) == NULL &&
	    (err = db_begin(t->db, false)) == NULL)
		err = prompt_from_open(t, key);
	if (t->db != NULL)
		db_rollback(t->db);
	db_close(t->db);
	t->db = NULL;
	return err;
}

struct error *
prompt_line(struct track *t)
{
	struct status_snapshot kept;
	struct snapshot_key now;
	bool keyed;

	if (t->db != NULL)
		return prompt_from_open(t, NULL);
	keyed = snapshot_key_take(t->db_path, &now);
	if (keyed && snapshot_read(t->db_path, &kept) &&
	    kept.day == t->today && snapshot_key_settled(&kept.key) &&
	    snapshot_key_same_files(&kept.key, &now)) {
		prompt_print(t, &kept, kept.topic);
		return NULL;
	}
	return prompt_from_database(t, keyed ? &now : NULL);
}

void
prompt_snapshot_refresh(struct track *t)
{
	struct status_snapshot s;
	struct snapshot_key key;
	struct timer timer;
	struct error *err;

	if (t->db == NULL || t->db_path == NULL ||
	    !snapshot_key_take(t->db_path, &key) || !prompt_key_usable(&key))
		return;
	memset(&s, 0, sizeof(s));
	timer_init(&timer);
	if ((err = db_begin(t->db, false)) == NULL &&
	    (err = prompt_load(t, &s, &timer)) == NULL &&
	    prompt_keep_topic(&s, &timer)) {
		s.key = key;
		snapshot_write(t->db_path, &s);
	}
	timer_release(&timer);
	error_free(err);
	db_rollback(t->db);
}
