// End-to-end: one table of bad invocations of `track log` and the global
// options. Each must fail with the exact status, one "track: " line on
// stderr that names the bad value, nothing on stdout, and leave every
// database file byte-identical.
#include <gtest/gtest.h>

#include <dirent.h>
#include <sys/stat.h>

#include <set>
#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// Placeholders in args and needles: @db is a good track database holding
// one session; @dir a directory; @text a text file; @foreign another
// program's SQLite file; @newer a track database of schema version 99;
// @empty an empty file (as `touch` leaves it, which track would adopt).
struct BadCase {
	const char *name;
	std::vector<std::string> args;
	int status;
	std::string needle;	// must appear in the stderr line
	std::map<std::string, std::string> env = {};
};

// gtest prints a failing case by its name.
void
PrintTo(const BadCase &c, std::ostream *os)
{
	*os << c.name;
}

const std::string kLong(81, 'x');

const BadCase kCases[] = {
	// Durations.
	{ "bare_number", { "--db", "@db", "log", "90", "django" }, 2,
	  "ambiguous duration '90'" },
	{ "zero_minutes", { "--db", "@db", "log", "0m", "django" }, 2,
	  "invalid duration '0m'" },
	{ "bare_zero", { "--db", "@db", "log", "0", "django" }, 2,
	  "invalid duration '0'" },
	{ "negative", { "--db", "@db", "log", "--", "-1h", "django" }, 2,
	  "invalid duration '-1h'" },
	{ "negative_read_as_option", { "--db", "@db", "log", "-1h", "django" },
	  2, "'-1h'" },
	{ "over_a_day", { "--db", "@db", "log", "25h", "django" }, 2,
	  "duration '25h' is over 24 hours" },
	{ "garbage_duration", { "--db", "@db", "log", "2x", "django" }, 2,
	  "invalid duration '2x'" },
	{ "empty_duration", { "--db", "@db", "log", "", "django" }, 2,
	  "missing duration" },
	{ "minutes_over_59", { "--db", "@db", "log", "1:75", "django" }, 2,
	  "invalid duration '1:75'" },
	{ "newline_in_duration", { "--db", "@db", "log", "2\nx", "django" }, 2,
	  "invalid duration '2?x'" },
	// Dates and start times.
	{ "tomorrow", { "--db", "@db", "log", "2h", "django", "--date",
	  "2026-11-23" }, 2, "date '2026-11-23' is in the future" },
	{ "february_30", { "--db", "@db", "log", "2h", "django", "--date",
	  "2026-02-30" }, 2, "invalid date '2026-02-30'" },
	{ "month_13", { "--db", "@db", "log", "2h", "django",
	  "--date=2026-13-01" }, 2, "invalid date '2026-13-01'" },
	{ "next_week", { "--db", "@db", "log", "2h", "django", "--date",
	  "next week" }, 2, "invalid date 'next week'" },
	{ "dash_garbage_date", { "--db", "@db", "log", "2h", "django", "--date",
	  "-x d" }, 2, "invalid date '-x d'" },
	{ "empty_date", { "--db", "@db", "log", "2h", "django", "--date=" }, 2,
	  "missing date" },
	{ "start_24_00", { "--db", "@db", "log", "2h", "django", "--start",
	  "24:00" }, 2, "invalid start time '24:00'" },
	{ "start_negative_minutes", { "--db", "@db", "log", "2h", "django",
	  "--start", "12:-5:30" }, 2, "invalid start time '12:-5:30'" },
	{ "start_in_the_future", { "--db", "@db", "log", "2h", "django",
	  "--start", "11:00" }, 2, "start time '11:00' is in the future" },
	// Kinds, projects and tutorials.
	{ "unknown_kind", { "--db", "@db", "log", "2h", "django", "--kind",
	  "lecture" }, 2, "invalid kind 'lecture'" },
	{ "empty_kind", { "--db", "@db", "log", "2h", "django", "--kind=" }, 2,
	  "invalid kind ''" },
	{ "study_with_project", { "--db", "@db", "log", "2h", "django", "--kind",
	  "study", "--project", "Blog" }, 2, "--kind study contradicts --project" },
	{ "project_with_tutorial", { "--db", "@db", "log", "2h", "django",
	  "--project", "Blog", "--tutorial", "Course" }, 2,
	  "--project and --tutorial exclude each other" },
	{ "empty_project", { "--db", "@db", "log", "2h", "django", "--project",
	  "" }, 2, "empty project name" },
	// Arguments and options.
	{ "no_arguments", { "--db", "@db", "log" }, 2, "usage: track log DURATION "
	  "TOPIC" },
	{ "missing_topic", { "--db", "@db", "log", "2h" }, 2,
	  "usage: track log DURATION TOPIC" },
	{ "extra_argument", { "--db", "@db", "log", "2h", "django", "extra" }, 2,
	  "usage: track log DURATION TOPIC" },
	{ "unknown_option", { "--db", "@db", "log", "2h", "django",
	  "--frobnicate" }, 2, "unknown option '--frobnicate' for 'track log'" },
	{ "unknown_short_option", { "--db", "@db", "log", "2h", "django", "-q" },
	  2, "unknown option '-q' for 'track log'" },
	{ "option_missing_value", { "--db", "@db", "log", "2h", "django",
	  "--note" }, 2, "option '--note' for 'track log' needs a value" },
	{ "unknown_command", { "--db", "@db", "frobnicate", "2h" }, 2,
	  "unknown command 'frobnicate'" },
	{ "misspelt_command", { "--db", "@db", "lgo", "2h", "django" }, 2,
	  "unknown command 'lgo': did you mean 'log'?" },
	// Topics and notes.
	{ "topic_too_long", { "--db", "@db", "log", "2h", kLong }, 2,
	  "topic '" + kLong.substr(0, 20) },
	{ "empty_topic", { "--db", "@db", "log", "2h", " " }, 2, "empty topic" },
	{ "control_character_in_topic", { "--db", "@db", "log", "2h",
	  "dj\x1b[31mango" }, 2, "invalid topic 'dj?[31mango'" },
	{ "invalid_utf8_note", { "--db", "@db", "log", "2h", "django", "--note",
	  "caf\xe9" }, 2, "invalid note" },
	{ "note_too_long", { "--db", "@db", "log", "2h", "django", "--note",
	  std::string(4001, 'n') }, 2, "note too long (4001 bytes)" },
	// The database file.
	{ "db_missing_value", { "log", "2h", "django", "--db" }, 2,
	  "option '--db' needs a value" },
	{ "db_empty", { "--db=", "log", "2h", "django" }, 2,
	  "empty --db path" },
	{ "db_is_a_directory", { "--db", "@dir", "log", "2h", "django" }, 1,
	  "'@dir' is a directory" },
	{ "db_is_a_text_file", { "--db", "@text", "log", "2h", "django" }, 1,
	  "'@text' is not a track database" },
	{ "db_is_foreign_sqlite", { "--db", "@foreign", "log", "2h", "django" },
	  1, "'@foreign' is an SQLite database of another program" },
	{ "db_is_newer", { "--db", "@newer", "log", "2h", "django" }, 1,
	  "'@newer' has schema version 99, newer than this track supports" },
	{ "empty_file_bad_duration", { "--db", "@empty", "log", "90",
	  "django" }, 2, "ambiguous duration '90'" },
	{ "empty_file_refused_after_migrating", { "--db", "@empty", "log", "2h",
	  kLong }, 2, "topic '" + kLong.substr(0, 20) },
	{ "db_is_a_device", { "--db", "/dev/null", "log", "2h", "django" }, 1,
	  "'/dev/null' is not a regular file" },
	// The clock.
	{ "track_now_garbage", { "--db", "@db", "log", "2h", "django" }, 2,
	  "invalid TRACK_NOW 'garbage'", { { "TRACK_NOW", "garbage" } } },
	{ "track_now_beyond_9999", { "--db", "@db", "log", "2h", "django" }, 2,
	  "invalid TRACK_NOW '99999999999999999'",
	  { { "TRACK_NOW", "99999999999999999" } } },
};

std::string
substitute(std::string text, const std::map<std::string, std::string> &paths)
{
	for (const auto &kv : paths)
		for (size_t at; (at = text.find(kv.first)) != std::string::npos;)
			text.replace(at, kv.first.size(), kv.second);
	return text;
}

std::set<std::string>
entries(const std::string &dir)
{
	std::set<std::string> names;
	DIR *d = opendir(dir.c_str());
	while (d != nullptr) {
		struct dirent *e = readdir(d);
		if (e == nullptr)
			break;
		std::string name = e->d_name;
		if (name != "." && name != "..")
			names.insert(name);
	}
	if (d != nullptr)
		closedir(d);
	return names;
}

// Runs sql with a read-write connection, which on close checkpoints and
// removes the -wal file; returns the rows like query().
std::string
sqlite_rows(const std::string &path, const std::string &sql)
{
	sqlite3 *db = nullptr;
	EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, nullptr), SQLITE_OK);
	std::string rows = query(db, sql);
	sqlite3_close(db);
	return rows;
}

// Every row a `track log` can touch, in a stable order.
std::string
logical_content(const std::string &db)
{
	return sqlite_rows(db, "SELECT 'session', id, uuid, day, start, minutes, "
	    "topic_id, kind, project_id, tutorial_id, note, origin FROM session;"
	    "SELECT 'topic', count(*), max(id) FROM topic;"
	    "SELECT 'project', count(*) FROM project;"
	    "SELECT 'tutorial', count(*) FROM tutorial;"
	    "SELECT 'undo', count(*) FROM undo_entry;"
	    "PRAGMA user_version;");
}

class BadInput : public ::testing::TestWithParam<BadCase> {
protected:
	void SetUp() override
	{
		paths_ = { { "@db", dir_.file("track.db") },
		    { "@dir", dir_.file("adir") },
		    { "@text", dir_.file("notes.txt") },
		    { "@foreign", dir_.file("contacts.db") },
		    { "@newer", dir_.file("newer.db") },
		    { "@empty", dir_.file("empty.db") } };
		for (const char *db : { "@db", "@newer" }) {
			RunResult r = run_track({ "--db", paths_[db], "log", "2h",
			    "django" }, kEnv);
			ASSERT_EQ(r.status, 0) << r.err;
		}
		sqlite_rows(paths_["@newer"], "PRAGMA user_version = 99");
		ASSERT_EQ(mkdir(paths_["@dir"].c_str(), 0700), 0);
		write_file(paths_["@text"], "groceries: milk, eggs\n");
		write_file(paths_["@empty"], "");
		sqlite_rows(paths_["@foreign"], "CREATE TABLE contact (name TEXT);"
		    "INSERT INTO contact VALUES ('ada')");
		for (const char *db : { "@db", "@newer", "@foreign" })
			sqlite_rows(paths_[db], "PRAGMA wal_checkpoint(TRUNCATE)");
	}

	TempDir dir_;
	std::map<std::string, std::string> paths_;
};

TEST_P(BadInput, fails_cleanly_and_changes_nothing)
{
	const BadCase &c = GetParam();
	std::vector<std::string> args;
	for (const auto &a : c.args)
		args.push_back(substitute(a, paths_));
	std::map<std::string, std::string> env = kEnv;
	for (const auto &kv : c.env)
		env[kv.first] = kv.second;
	std::map<std::string, std::string> before;
	for (const auto &kv : paths_)
		before[kv.first] = read_file(kv.second);
	std::set<std::string> files = entries(dir_.path());
	std::string content = logical_content(paths_["@db"]);

	RunResult r = run_track(args, env);

	EXPECT_EQ(r.status, c.status) << r.err;
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err.rfind("track: ", 0), 0u) << r.err;
	EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
	EXPECT_NE(r.err.find(substitute(c.needle, paths_)), std::string::npos)
	    << r.err;
	EXPECT_EQ(entries(dir_.path()), files);
	for (const auto &kv : paths_)
		EXPECT_EQ(read_file(kv.second), before[kv.first]) << kv.first;
	EXPECT_EQ(logical_content(paths_["@db"]), content);
}

INSTANTIATE_TEST_SUITE_P(cli_bad_input, BadInput, ::testing::ValuesIn(kCases),
    [](const ::testing::TestParamInfo<BadCase> &info) {
	    return std::string(info.param.name);
    });

TEST(cli_bad_input, the_table_is_large_enough)
{
	EXPECT_GE(sizeof(kCases) / sizeof(kCases[0]), 25u);
}

} // namespace
