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

// The hint for an unknown topic is a command that works when pasted
// into a shell, whatever the name holds.
TEST(cli_log, unknown_topic_hint_is_a_working_command)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	const std::string name = "it's $big data";
	RunResult r = run_track({ "--db", db, "log", "1h", name }, kEnv);
	EXPECT_EQ(r.status, 0) << r.err;
	const std::string lead = "track: unknown topic '" + name + "' stored "
	    "unmapped: map it with '";
	ASSERT_EQ(r.err.rfind(lead, 0), 0u) << r.err;
	ASSERT_EQ(r.err.substr(r.err.size() - 2), "'\n");
	std::string command = r.err.substr(lead.size(),
	    r.err.size() - 2 - lead.size());
	EXPECT_EQ(command, "track topic add 'it'\\''s $big data' --path PATH");
	command.replace(command.rfind("PATH"), 4, "data-science");
	std::string bin = track_binary();
	std::map<std::string, std::string> env = kEnv;
	env["TRACK_DB"] = db;
	env["PATH"] = bin.substr(0, bin.rfind('/')) + ":/usr/bin:/bin";
	RunResult added = run_program({ "sh", "-c", command }, env);
	EXPECT_EQ(added.status, 0) << added.err;
	EXPECT_EQ(query(db, "SELECT t.name, p.slug FROM topic t JOIN path p ON "
	    "p.id = t.path_id WHERE t.name = 'it''s $big data'"),
	    "it's $big data|data-science\n");
}

} // namespace
