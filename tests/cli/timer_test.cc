// End-to-end: track start, stop, status and cancel through the built
// binary, with the clock (TRACK_NOW) moved between invocations.
#include <gtest/gtest.h>

#include "support.h"

namespace {

// Runs track on db with the clock at now (an ISO instant) in zone tz.
RunResult
run_at(const std::string &db, const std::string &now,
    std::vector<std::string> args, const std::string &tz = "UTC")
{
	args.insert(args.begin(), { "--db", db });
	return run_track(args, { { "TRACK_NOW", now }, { "TZ", tz },
	    { "TRACK_DB", "" }, { "NO_COLOR", "" } });
}

// The timer's session, as the tests read it back.
std::string
sessions(const std::string &db)
{
	return query(db, "SELECT s.id, s.day, s.start, s.minutes, t.name, "
	    "s.kind, pr.name, tu.title, s.note, s.origin FROM session s "
	    "JOIN topic t ON t.id = s.topic_id "
	    "LEFT JOIN project pr ON pr.id = s.project_id "
	    "LEFT JOIN tutorial tu ON tu.id = s.tutorial_id ORDER BY s.id");
}

std::string
timer_rows(const std::string &db)
{
	return query(db, "SELECT count(*) FROM timer");
}

TEST(cli_timer, start_then_stop_logs_one_timer_session)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	RunResult r = run_at(db, "2026-11-22T09:30:00Z", { "start", "django" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "started django (backend, study) at 09:30\n");
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(query(db, "SELECT tm.started, t.name, tm.kind, tm.project_id, "
	    "tm.note FROM timer tm JOIN topic t ON t.id = tm.topic_id"),
	    "2026-11-22T09:30:00Z|django|study|NULL|NULL\n");

	r = run_at(db, "2026-11-22T10:42:00Z", { "stop" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 1h12m django (backend, study) on 2026-11-22 "
	    "as #1\n");
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(sessions(db), "1|2026-11-22|2026-11-22T09:30:00Z|72|django|"
	    "study|NULL|NULL|NULL|timer\n");
	EXPECT_EQ(timer_rows(db), "0\n");
}

TEST(cli_timer, project_and_note_travel_to_the_session)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	RunResult r = run_at(db, "2026-11-22T08:00:00Z", { "start", "fastapi",
	    "--project", "Todo API", "--note", "models" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "started fastapi (backend, project, project 'Todo API') "
	    "at 08:00\n");
	EXPECT_EQ(query(db, "SELECT name, started FROM project"),
	    "Todo API|2026-11-22\n");

	r = run_at(db, "2026-11-22T09:00:00Z", { "stop", "--note", "auth views" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 1h fastapi (backend, project, project "
	    "'Todo API') on 2026-11-22 as #1\n");
	EXPECT_EQ(sessions(db), "1|2026-11-22|2026-11-22T08:00:00Z|60|fastapi|"
	    "project|Todo API|NULL|auth views|timer\n");
}

TEST(cli_timer, note_of_the_start_is_kept_without_stop_note)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-22T08:00:00Z", { "start", "pandas", "--tutorial",
	    "Pandas in 10 Minutes", "--note", "indexing" });
	RunResult r = run_at(db, "2026-11-22T08:25:00Z", { "stop" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 25m pandas (data-science, tutorial, tutorial "
	    "'Pandas in 10 Minutes') on 2026-11-22 as #1\n");
	EXPECT_EQ(sessions(db), "1|2026-11-22|2026-11-22T08:00:00Z|25|pandas|"
	    "tutorial|NULL|Pandas in 10 Minutes|indexing|timer\n");
}

TEST(cli_timer, log_and_stop_confirm_alike)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	RunResult r = run_at(db, "2026-11-22T10:00:00Z", { "log", "1h12m",
	    "fastapi", "--project", "Todo API" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 1h12m fastapi (backend, project, project "
	    "'Todo API') on 2026-11-22 as #1\n");
	run_at(db, "2026-11-22T10:00:00Z", { "start", "fastapi", "--project",
	    "Todo API" });
	r = run_at(db, "2026-11-22T11:12:00Z", { "stop" });
	EXPECT_EQ(r.out, "logged 1h12m fastapi (backend, project, project "
	    "'Todo API') on 2026-11-22 as #2\n");
}

TEST(cli_timer, unknown_topic_is_stored_unmapped_with_a_hint)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	RunResult r = run_at(db, "2026-11-22T09:30:00Z", { "start", "djangoo" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "started djangoo (unmapped, study) at 09:30\n");
	EXPECT_EQ(r.err, "track: unknown topic 'djangoo' stored unmapped: did "
	    "you mean 'django'? (map it with 'track topic alias djangoo django' "
	    "or 'track topic add djangoo --path PATH')\n");
	EXPECT_EQ(query(db, "SELECT t.name, t.path_id FROM timer tm JOIN topic t "
	    "ON t.id = tm.topic_id"), "djangoo|NULL\n");
}

TEST(cli_timer, start_at_an_earlier_time_and_day)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	RunResult r = run_at(db, "2026-11-22T10:00:00Z", { "start", "django",
	    "--project", "Django blog", "--at", "2026-11-21 23:30" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "started django (backend, project, project "
	    "'Django blog') at 2026-11-21 23:30\n");
	EXPECT_EQ(query(db, "SELECT started FROM timer"),
	    "2026-11-21T23:30:00Z\n");
	// The project starts on the --at day.
	EXPECT_EQ(query(db, "SELECT started FROM project"), "2026-11-21\n");
}

TEST(cli_timer, start_in_the_future_is_refused)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	RunResult r = run_at(db, "2026-11-22T10:00:00Z", { "start", "django",
	    "--at", "10:30" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: time '10:30' is in the future: it is 10:00 "
	    "now; for yesterday give the day, e.g. '2026-11-21 10:30'\n");
	EXPECT_FALSE(file_exists(db));
	r = run_at(db, "2026-11-22T10:00:00Z", { "start", "django", "--at",
	    "half past nine" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: invalid time 'half past nine': use HH:MM, "
	    "'YYYY-MM-DD HH:MM' or an instant such as 2026-11-22T09:30:00Z\n");
	EXPECT_FALSE(file_exists(db));
}

TEST(cli_timer, start_twice_is_refused_and_changes_nothing)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-22T09:30:00Z", { "start", "django" });
	std::string before = read_file(db);
	RunResult r = run_at(db, "2026-11-22T10:00:00Z", { "start", "numpyy" });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: a timer is already running: django since 09:30 "
	    "(stop it with 'track stop' or discard it with 'track cancel')\n");
	EXPECT_EQ(read_file(db), before);
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic WHERE name = 'numpyy'"),
	    "0\n");
}

TEST(cli_timer, start_with_bad_options_is_a_usage_error)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	RunResult r = run_at(db, "2026-11-22T09:30:00Z", { "start" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: usage: track start TOPIC [--project NAME | "
	    "--tutorial TITLE | --kind KIND] [--note TEXT] [--at TIME]\n");
	r = run_at(db, "2026-11-22T09:30:00Z", { "start", "django", "--project",
	    "Blog", "--kind", "study" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: --kind study contradicts --project, which "
	    "means kind project\n");
	r = run_at(db, "2026-11-22T09:30:00Z", { "start", "django", "--kind",
	    "reading" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: invalid kind 'reading': use tutorial, study or "
	    "project\n");
	EXPECT_FALSE(file_exists(db));
}

TEST(cli_timer, stop_crossing_midnight_counts_on_the_first_day)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-21T23:50:00Z", { "start", "django" });
	RunResult r = run_at(db, "2026-11-22T00:35:00Z", { "stop" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 45m django (backend, study) on 2026-11-21 "
	    "as #1\n");
	EXPECT_EQ(sessions(db), "1|2026-11-21|2026-11-21T23:50:00Z|45|django|"
	    "study|NULL|NULL|NULL|timer\n");
	EXPECT_EQ(timer_rows(db), "0\n");
}

TEST(cli_timer, stop_across_spring_forward_counts_real_minutes)
{
	// Berlin, 2026-03-29: 02:00 CET jumps to 03:00 CEST.
	TempDir dir;
	std::string db = dir.file("track.db");
	const std::string tz = "Europe/Berlin";
	RunResult r = run_at(db, "2026-03-29T00:30:00Z", { "start", "django" },
	    tz);
	EXPECT_EQ(r.out, "started django (backend, study) at 01:30\n");
	r = run_at(db, "2026-03-29T01:30:00Z", { "stop" }, tz);
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 1h django (backend, study) on 2026-03-29 as #1\n");

	// The same with local times typed by hand.
	r = run_at(db, "2026-03-29T08:00:00Z", { "start", "django", "--at",
	    "2026-03-29 01:30" }, tz);
	EXPECT_EQ(r.out, "started django (backend, study) at 01:30\n");
	r = run_at(db, "2026-03-29T08:00:00Z", { "stop", "--at", "03:30" }, tz);
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 1h django (backend, study) on 2026-03-29 as #2\n");
	EXPECT_EQ(query(db, "SELECT day, start, minutes FROM session"),
	    "2026-03-29|2026-03-29T00:30:00Z|60\n"
	    "2026-03-29|2026-03-29T00:30:00Z|60\n");
}

TEST(cli_timer, stop_across_fall_back_counts_real_minutes)
{
	// New York, 2026-11-01: 01:30 EDT, then an hour later 01:30 EST.
	TempDir dir;
	std::string db = dir.file("track.db");
	const std::string tz = "America/New_York";
	RunResult r = run_at(db, "2026-11-01T05:30:00Z", { "start", "django" },
	    tz);
	EXPECT_EQ(r.out, "started django (backend, study) at 01:30\n");
	r = run_at(db, "2026-11-01T06:30:00Z", { "status" }, tz);
	EXPECT_EQ(r.out, "running: django (backend, study) since 01:30, 1h so "
	    "far\ntoday: 0m in 0 sessions\n");
	r = run_at(db, "2026-11-01T06:30:00Z", { "stop" }, tz);
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 1h django (backend, study) on 2026-11-01 as #1\n");
	EXPECT_EQ(query(db, "SELECT day, start, minutes FROM session"),
	    "2026-11-01|2026-11-01T05:30:00Z|60\n");
}

TEST(cli_timer, stop_after_a_day_is_refused_until_an_end_is_given)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-20T09:00:00Z", { "start", "django" });
	std::string before = read_file(db);
	RunResult r = run_at(db, "2026-11-21T15:12:00Z", { "stop" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.out, "");
	// SPEC §13's hint: no session logged, so the typical one is 1h.
	EXPECT_EQ(r.err, "track: the django timer has run 30h12m: track stop "
	    "--at '2026-11-20 10:00', or track cancel\n");
	EXPECT_EQ(read_file(db), before);

	r = run_at(db, "2026-11-21T15:12:00Z", { "stop", "--at",
	    "2026-11-21 10:00" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: end '2026-11-21 10:00' is 25h after the timer's "
	    "start at 2026-11-20 09:00: a session holds at most 24h; give an end "
	    "within a day of the start\n");
	EXPECT_EQ(read_file(db), before);

	r = run_at(db, "2026-11-21T15:12:00Z", { "stop", "--at",
	    "2026-11-20 17:00" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 8h django (backend, study) on 2026-11-20 as #1\n");
	EXPECT_EQ(sessions(db), "1|2026-11-20|2026-11-20T09:00:00Z|480|django|"
	    "study|NULL|NULL|NULL|timer\n");
	EXPECT_EQ(timer_rows(db), "0\n");
}

TEST(cli_timer, stop_of_exactly_a_day_is_logged)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-20T09:00:00Z", { "start", "django" });
	RunResult r = run_at(db, "2026-11-21T09:00:00Z", { "stop" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 24h django (backend, study) on 2026-11-20 "
	    "as #1\n");
}

TEST(cli_timer, stop_at_before_the_start_or_in_the_future_is_refused)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-22T09:30:00Z", { "start", "django" });
	std::string before = read_file(db);
	RunResult r = run_at(db, "2026-11-22T10:00:00Z", { "stop", "--at",
	    "09:00" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: end '09:00' is before the timer's start at "
	    "09:30\n");
	EXPECT_EQ(read_file(db), before);
	r = run_at(db, "2026-11-22T10:00:00Z", { "stop", "--at",
	    "2026-11-22T10:05:00Z" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: time '2026-11-22T10:05:00Z' is in the future: "
	    "it is 10:00 now\n");
	EXPECT_EQ(read_file(db), before);

	r = run_at(db, "2026-11-22T10:00:00Z", { "stop", "--at", "09:50" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 20m django (backend, study) on 2026-11-22 "
	    "as #1\n");
}

TEST(cli_timer, stop_with_the_clock_before_the_start_is_refused)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-22T09:30:00Z", { "start", "django" });
	std::string before = read_file(db);
	RunResult r = run_at(db, "2026-11-22T09:00:00Z", { "stop" });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: the timer starts at 09:30, after the current "
	    "time: discard it with 'track cancel'\n");
	EXPECT_EQ(read_file(db), before);
}

TEST(cli_timer, stop_without_a_timer_is_a_runtime_error)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	RunResult r = run_at(db, "2026-11-22T10:00:00Z", { "stop" });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: no timer is running: start one with 'track "
	    "start TOPIC'\n");
	EXPECT_FALSE(file_exists(db));

	run_at(db, "2026-11-22T10:00:00Z", { "log", "1h", "django" });
	std::string before = read_file(db);
	r = run_at(db, "2026-11-22T10:00:00Z", { "stop" });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(read_file(db), before);
}

TEST(cli_timer, stop_under_a_minute_logs_nothing)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-22T10:00:00Z", { "start", "django" });
	RunResult r = run_at(db, "2026-11-22T10:00:29Z", { "stop" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "timer ran under a minute: nothing logged\n");
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(query(db, "SELECT count(*) FROM session"), "0\n");
	EXPECT_EQ(timer_rows(db), "0\n");

	// 30 seconds round up to a minute.
	run_at(db, "2026-11-22T10:01:00Z", { "start", "django" });
	r = run_at(db, "2026-11-22T10:01:30Z", { "stop" });
	EXPECT_EQ(r.out, "logged 1m django (backend, study) on 2026-11-22 as #1\n");
}

TEST(cli_timer, cancel_discards_without_logging)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-22T09:30:00Z", { "start", "django" });
	RunResult r = run_at(db, "2026-11-22T10:00:00Z", { "cancel" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "discarded the timer for django started at 09:30\n");
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(timer_rows(db), "0\n");
	EXPECT_EQ(query(db, "SELECT count(*) FROM session"), "0\n");

	std::string before = read_file(db);
	r = run_at(db, "2026-11-22T10:00:00Z", { "cancel" });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: no timer is running\n");
	EXPECT_EQ(read_file(db), before);

	r = run_at(db, "2026-11-22T10:00:00Z", { "cancel", "now" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: usage: track cancel\n");
}

TEST(cli_timer, status_on_a_missing_database_creates_nothing)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	RunResult r = run_at(db, "2026-11-22T10:00:00Z", { "status" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "no timer running\ntoday: 0m in 0 sessions\n");
	EXPECT_EQ(r.err, "");
	EXPECT_FALSE(file_exists(db));
}

TEST(cli_timer, status_shows_the_timer_and_today)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-21T10:00:00Z", { "log", "3h", "django" });
	run_at(db, "2026-11-22T07:00:00Z", { "log", "1h", "django" });
	run_at(db, "2026-11-22T07:00:00Z", { "log", "1h30m", "numpy" });
	RunResult r = run_at(db, "2026-11-22T10:00:00Z", { "status" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "no timer running\ntoday: 2h30m in 2 sessions\n");

	run_at(db, "2026-11-22T09:30:00Z", { "start", "fastapi", "--project",
	    "Todo API", "--note", "auth views" });
	std::string before = read_file(db);
	r = run_at(db, "2026-11-22T10:42:00Z", { "status" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "running: fastapi (backend, project, project 'Todo API') "
	    "since 09:30, 1h12m so far, note 'auth views'\n"
	    "today: 2h30m in 2 sessions\n");
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(read_file(db), before);
}

TEST(cli_timer, status_of_a_timer_from_another_day)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-21T23:50:00Z", { "start", "django" });
	RunResult r = run_at(db, "2026-11-22T00:20:00Z", { "status" });
	EXPECT_EQ(r.out, "running: django (backend, study) since 2026-11-21 "
	    "23:50, 30m so far\ntoday: 0m in 0 sessions\n");
	EXPECT_EQ(r.err, "");

	r = run_at(db, "2026-11-23T00:20:00Z", { "status" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "running: django (backend, study) since 2026-11-21 "
	    "23:50, 24h30m so far\ntoday: 0m in 0 sessions\n");
	EXPECT_EQ(r.err, "track: the timer has run for 24h30m since 2026-11-21 "
	    "23:50: a session holds at most 24h; stop it with an explicit end, "
	    "e.g. track stop --at '2026-11-22 07:50'\n");
}

TEST(cli_timer, stop_becomes_the_newest_undo_entry)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	run_at(db, "2026-11-22T08:00:00Z", { "log", "1h", "numpy" });
	run_at(db, "2026-11-22T09:00:00Z", { "start", "django" });
	run_at(db, "2026-11-22T10:00:00Z", { "stop" });
	EXPECT_EQ(query(db, "SELECT s.origin, s.minutes FROM undo_entry u JOIN "
	    "session s ON s.id = u.session_id ORDER BY u.id DESC LIMIT 1"),
	    "timer|60\n");

	RunResult r = run_at(db, "2026-11-22T10:00:00Z", { "undo" });
	if (r.err.find("not built yet") != std::string::npos)
		GTEST_SKIP() << "track undo is not in this build";
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(query(db, "SELECT origin, minutes FROM session"),
	    "manual|60\n");
}

} // namespace
