// The timer model (tracker/timer.c) and the session helpers the timer
// commands share with `track log`.
#include <gtest/gtest.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <string>

#include "support.h"

extern "C" {
#include "core/buf.h"
#include "core/session.h"
#include "cli/describe.h"
#include "core/timer.h"
}

namespace {

// Hand-computed with `date -u -d ... +%s`.
const int kToday = 20779;			// 2026-11-22
const time_t kNow = 1795341600;			// 2026-11-22T10:00:00Z
const time_t k0930 = 1795339800;		// 2026-11-22T09:30:00Z
const time_t kYesterday2350 = 1795305000;	// 2026-11-21T23:50:00Z
const time_t kFriday0900 = 1795165200;		// 2026-11-20T09:00:00Z

void
utc()
{
	setenv("TZ", "UTC", 1);
	tzset();
}

int64_t
topic_id(sqlite3 *db, const std::string &name)
{
	return std::stoll(query(db, "SELECT id FROM topic WHERE name = '" +
	    name + "'"));
}

// The message of err (freed), or "" when it is NULL.
std::string
message_of(struct error *err, int *status = nullptr)
{
	if (err == nullptr)
		return "";
	std::string m = err->message;
	if (status != nullptr)
		*status = err->status;
	error_free(err);
	return m;
}

// What fn writes to a FILE *, as a string.
template <typename Fn>
std::string
captured(Fn fn)
{
	char *data = nullptr;
	size_t size = 0;
	FILE *f = open_memstream(&data, &size);
	fn(f);
	fclose(f);
	std::string s(data, size);
	free(data);
	return s;
}

TEST(timer, none_runs_in_a_new_database)
{
	sqlite3 *db = memory_db();
	struct timer timer;
	bool running = true;
	timer_init(&timer);
	EXPECT_EQ(message_of(timer_get(db, &timer, &running)), "");
	EXPECT_FALSE(running);
	timer_release(&timer);
	sqlite3_close(db);
}

TEST(timer, insert_get_and_discard)
{
	sqlite3 *db = memory_db();
	query(db, "INSERT INTO project (id, name, started, created) VALUES "
	    "(4, 'Todo API', '2026-11-22', '2026-11-22T09:30:00Z')");
	struct timer timer;
	timer_init(&timer);
	timer.started = k0930;
	timer.topic_id = topic_id(db, "fastapi");
	timer.kind = KIND_PROJECT;
	timer.project_id = 4;
	timer.note = strdup("auth views");
	EXPECT_EQ(message_of(timer_insert(db, &timer)), "");
	timer_release(&timer);
	EXPECT_EQ(query(db, "SELECT id, started, kind, project_id, tutorial_id, "
	    "note FROM timer"),
	    "1|2026-11-22T09:30:00Z|project|4|NULL|auth views\n");

	bool running = false;
	EXPECT_EQ(message_of(timer_get(db, &timer, &running)), "");
	ASSERT_TRUE(running);
	EXPECT_EQ(timer.started, k0930);
	EXPECT_STREQ(timer.topic, "fastapi");
	EXPECT_STREQ(timer.path, "backend");
	EXPECT_EQ(timer.kind, KIND_PROJECT);
	EXPECT_EQ(timer.project_id, 4);
	EXPECT_STREQ(timer.project, "Todo API");
	EXPECT_EQ(timer.tutorial_id, 0);
	EXPECT_EQ(timer.tutorial, nullptr);
	EXPECT_STREQ(timer.note, "auth views");
	timer_release(&timer);

	EXPECT_EQ(message_of(timer_discard(db)), "");
	EXPECT_EQ(query(db, "SELECT count(*) FROM timer"), "0\n");
	sqlite3_close(db);
}

TEST(timer, tutorial_link_and_no_note)
{
	sqlite3 *db = memory_db();
	query(db, "INSERT INTO tutorial (id, title, created) VALUES "
	    "(9, 'Pandas in 10 Minutes', '2026-11-22T09:30:00Z')");
	struct timer timer;
	timer_init(&timer);
	timer.started = k0930;
	timer.topic_id = topic_id(db, "pandas");
	timer.kind = KIND_TUTORIAL;
	timer.tutorial_id = 9;
	EXPECT_EQ(message_of(timer_insert(db, &timer)), "");
	EXPECT_EQ(query(db, "SELECT kind, project_id, tutorial_id, note "
	    "FROM timer"), "tutorial|NULL|9|NULL\n");
	bool running = false;
	EXPECT_EQ(message_of(timer_get(db, &timer, &running)), "");
	EXPECT_STREQ(timer.tutorial, "Pandas in 10 Minutes");
	EXPECT_STREQ(timer.path, "data-science");
	EXPECT_EQ(timer.project, nullptr);
	EXPECT_EQ(timer.note, nullptr);
	timer_release(&timer);
	sqlite3_close(db);
}

TEST(timer, a_second_timer_is_refused_by_the_table)
{
	sqlite3 *db = memory_db();
	struct timer timer;
	timer_init(&timer);
	timer.started = k0930;
	timer.topic_id = topic_id(db, "django");
	EXPECT_EQ(message_of(timer_insert(db, &timer)), "");
	EXPECT_NE(message_of(timer_insert(db, &timer)), "");
	EXPECT_EQ(query(db, "SELECT count(*) FROM timer"), "1\n");
	sqlite3_close(db);
}

TEST(timer, minutes_round_half_up)
{
	EXPECT_EQ(timer_minutes(k0930, k0930), 0);
	EXPECT_EQ(timer_minutes(k0930, k0930 + 29), 0);
	EXPECT_EQ(timer_minutes(k0930, k0930 + 30), 1);
	EXPECT_EQ(timer_minutes(k0930, k0930 + 89), 1);
	EXPECT_EQ(timer_minutes(k0930, k0930 + 90), 2);
	EXPECT_EQ(timer_minutes(k0930, k0930 + 72 * 60), 72);
	EXPECT_EQ(timer_minutes(k0930, k0930 + 86400), 1440);
	EXPECT_EQ(timer_minutes(k0930, k0930 + 86400 + 30), 1441);
	EXPECT_EQ(timer_minutes(k0930, k0930 - 600), 0);
}

TEST(timer, time_parse_reads_every_form)
{
	utc();
	time_t at = 0;
	EXPECT_EQ(message_of(timer_time_parse("09:30", kToday, kNow, &at)), "");
	EXPECT_EQ(at, k0930);
	EXPECT_EQ(message_of(timer_time_parse("2026-11-21 23:50", kToday, kNow,
	    &at)), "");
	EXPECT_EQ(at, kYesterday2350);
	EXPECT_EQ(message_of(timer_time_parse("2026-11-22T09:30:00Z", kToday,
	    kNow, &at)), "");
	EXPECT_EQ(at, k0930);
	EXPECT_EQ(message_of(timer_time_parse("2026-11-22T10:30:00+01:00",
	    kToday, kNow, &at)), "");
	EXPECT_EQ(at, k0930);
	EXPECT_EQ(message_of(timer_time_parse("10:00", kToday, kNow, &at)), "");
	EXPECT_EQ(at, kNow);
}

TEST(timer, time_parse_refuses_the_future_and_garbage)
{
	utc();
	time_t at = 0;
	int status = 0;
	EXPECT_EQ(message_of(timer_time_parse("10:01", kToday, kNow, &at),
	    &status), "time '10:01' is in the future: it is 10:00 now; for "
	    "yesterday give the day, e.g. '2026-11-21 10:01'");
	EXPECT_EQ(status, 2);
	EXPECT_EQ(message_of(timer_time_parse("2026-11-22 11:00", kToday, kNow,
	    &at)), "time '2026-11-22 11:00' is in the future: it is 10:00 now");
	const char *forms = ": use HH:MM, 'YYYY-MM-DD HH:MM' or an instant "
	    "such as 2026-11-22T09:30:00Z";
	EXPECT_EQ(message_of(timer_time_parse("9.30", kToday, kNow, &at)),
	    std::string("invalid time '9.30'") + forms);
	EXPECT_EQ(message_of(timer_time_parse("24:00", kToday, kNow, &at)),
	    std::string("invalid time '24:00'") + forms);
	EXPECT_EQ(message_of(timer_time_parse("", kToday, kNow, &at)),
	    std::string("invalid time ''") + forms);
}

TEST(timer, clock_format_adds_the_day_when_not_today)
{
	utc();
	char out[TIMER_CLOCK_SIZE];
	timer_clock_format(k0930, kToday, out);
	EXPECT_STREQ(out, "09:30");
	timer_clock_format(kYesterday2350, kToday, out);
	EXPECT_STREQ(out, "2026-11-21 23:50");
}

TEST(timer, overlong_message_suggests_an_explicit_end)
{
	utc();
	struct buf b;
	buf_init(&b);
	// 2026-11-20 09:00 to 2026-11-21 15:12: 30h12m.
	timer_overlong_message(&b, kFriday0900, 1795273920, kToday);
	EXPECT_STREQ(b.data, "the timer has run for 30h12m since 2026-11-20 "
	    "09:00: a session holds at most 24h; stop it with an explicit end, "
	    "e.g. track stop --at '2026-11-20 17:00'");
	buf_release(&b);
}

TEST(timer, session_takes_the_start_day_and_the_links)
{
	utc();
	struct timer timer;
	struct session s;
	timer_init(&timer);
	session_init(&s);
	timer.started = kYesterday2350;
	timer.topic_id = 7;
	timer.topic = strdup("django");
	timer.path = strdup("backend");
	timer.kind = KIND_TUTORIAL;
	timer.tutorial_id = 3;
	timer.tutorial = strdup("Django for Beginners");
	timer.note = strdup("chapter 2");
	timer_session(&timer, 45, &s);
	EXPECT_EQ(s.day, kToday - 1);
	EXPECT_TRUE(s.has_start);
	EXPECT_EQ(s.start, kYesterday2350);
	EXPECT_EQ(s.minutes, 45);
	EXPECT_EQ(s.topic_id, 7);
	EXPECT_EQ(s.kind, KIND_TUTORIAL);
	EXPECT_EQ(s.project_id, 0);
	EXPECT_EQ(s.tutorial_id, 3);
	EXPECT_STREQ(s.note, "chapter 2");
	EXPECT_STREQ(s.origin, "timer");
	EXPECT_STREQ(s.topic, "django");
	EXPECT_STREQ(s.tutorial, "Django for Beginners");
	session_release(&s);
	timer_release(&timer);
}

TEST(session_day_totals, sums_only_the_days_asked)
{
	sqlite3 *db = memory_db();
	query(db, "INSERT INTO session (uuid, day, minutes, topic_id, kind, "
	    "origin, created) VALUES "
	    "('u1', '2026-11-21', 60, 1, 'study', 'manual', '2026-11-22'), "
	    "('u2', '2026-11-22', 90, 1, 'study', 'manual', '2026-11-22'), "
	    "('u3', '2026-11-22', 60, 1, 'study', 'manual', '2026-11-22'), "
	    "('u4', '2026-11-23', 15, 1, 'study', 'manual', '2026-11-22')");
	int minutes = -1, count = -1;
	EXPECT_EQ(message_of(session_day_totals(db, kToday, kToday, &minutes,
	    &count)), "");
	EXPECT_EQ(minutes, 150);
	EXPECT_EQ(count, 2);
	EXPECT_EQ(message_of(session_day_totals(db, kToday + 5, kToday + 6,
	    &minutes, &count)), "");
	EXPECT_EQ(minutes, 0);
	EXPECT_EQ(count, 0);
	sqlite3_close(db);
}

TEST(session_print, subject_and_logged_line)
{
	EXPECT_EQ(captured([](FILE *f) { session_print_subject(f, "django",
	    "backend", KIND_STUDY, nullptr, nullptr); }),
	    "django (backend, study)");
	EXPECT_EQ(captured([](FILE *f) { session_print_subject(f, "rust",
	    nullptr, KIND_TUTORIAL, nullptr, "The\x1b[31mBook"); }),
	    "rust (unmapped, tutorial, tutorial 'The?[31mBook')");

	struct session s;
	session_init(&s);
	s.id = 7;
	s.day = kToday;
	s.minutes = 72;
	s.kind = KIND_PROJECT;
	s.topic = strdup("fastapi");
	s.path = strdup("backend");
	s.project = strdup("Todo API");
	EXPECT_EQ(captured([&](FILE *f) { session_print_logged(f, &s); }),
	    "logged 1h12m fastapi (backend, project, project 'Todo API') on "
	    "2026-11-22 as #7\n");
	session_release(&s);
}

} // namespace
