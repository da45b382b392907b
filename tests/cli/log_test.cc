// End-to-end: `track log` through the built binary.
#include <gtest/gtest.h>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

TEST(cli_log, logs_a_session_today)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	RunResult r = run_track({ "--db", db, "log", "2h", "django" }, kEnv);
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 2h django (backend, study) on 2026-11-22 as #1\n");
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(query(db, "SELECT s.day, s.minutes, t.name, s.kind, s.origin "
	    "FROM session s JOIN topic t ON t.id = s.topic_id"),
	    "2026-11-22|120|django|study|manual\n");
}

TEST(cli_log, refuses_a_bare_number_and_creates_nothing)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	RunResult r = run_track({ "--db", db, "log", "90", "django" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: ambiguous duration '90': add a unit, e.g. "
	    "'90m' for minutes\n");
	EXPECT_FALSE(file_exists(db));
}

} // namespace
