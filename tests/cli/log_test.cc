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
// into a shell, whatever the name holds: logs `name`, checks the hint is
// `expected`, runs it with PATH filled in and checks the mapping.
void
expect_hint_works(const std::vector<std::string> &log_args,
    const std::string &name, const std::string &expected)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	std::vector<std::string> args = { "--db", db, "log", "1h" };
	args.insert(args.end(), log_args.begin(), log_args.end());
	RunResult r = run_track(args, kEnv);
	EXPECT_EQ(r.status, 0) << r.err;
	const std::string lead = "track: unknown topic '" + name + "' stored "
	    "unmapped: map it with '";
	ASSERT_EQ(r.err.rfind(lead, 0), 0u) << r.err;
	ASSERT_EQ(r.err.substr(r.err.size() - 2), "'\n");
	std::string command = r.err.substr(lead.size(),
	    r.err.size() - 2 - lead.size());
	EXPECT_EQ(command, expected);
	command.replace(command.rfind("PATH"), 4, "data-science");
	std::string bin = track_binary();
	std::map<std::string, std::string> env = kEnv;
	env["TRACK_DB"] = db;
	env["PATH"] = bin.substr(0, bin.rfind('/')) + ":/usr/bin:/bin";
	RunResult added = run_program({ "sh", "-c", command }, env);
	EXPECT_EQ(added.status, 0) << added.err;
	std::string quoted = name;
	for (size_t at = 0; (at = quoted.find('\'', at)) != std::string::npos;
	    at += 2)
		quoted.insert(at, "'");
	EXPECT_EQ(query(db, "SELECT t.name, p.slug FROM topic t JOIN path p ON "
	    "p.id = t.path_id WHERE t.name = '" + quoted + "'"),
	    name + "|data-science\n");
}

TEST(cli_log, unknown_topic_hint_is_a_working_command)
{
	expect_hint_works({ "it's $big data" }, "it's $big data",
	    "track topic add 'it'\\''s $big data' --path PATH");
}

// A topic that starts with '-' is put after "--" in the hint, or the
// pasted command would read it as an option.
TEST(cli_log, hint_for_a_dashed_topic_ends_the_options_first)
{
	expect_hint_works({ "--", "-x" }, "-x",
	    "track topic add --path PATH -- -x");
}

} // namespace
