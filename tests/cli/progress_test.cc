// End-to-end: the progress line of import and export, with stderr on a
// real terminal (a pty) and TRACK_PROGRESS_DELAY=0, so that even a short
// run draws it. What is checked is what a person sees: the screen after
// the run (a small model of a terminal applies "\r", "\n" and the erase
// "\033[K") holds exactly what a pipe gets, and the data on stdout is
// byte for byte the same with the line as without it.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <string>
#include <vector>

#include "nasty.h"
#include "support.h"

namespace {

using nasty::escaped;

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" }, { "TERM", "xterm" },
	{ "TRACK_PROGRESS_DELAY", "0" },
};

std::map<std::string, std::string>
env_with(const std::string &key, const std::string &value)
{
	std::map<std::string, std::string> env = kEnv;
	env[key] = value;
	return env;
}

// A generic CSV of n distinct sessions (a day and a length each).
std::string
rows_csv(int n)
{
	std::string csv = "date,duration,topic\n";
	for (int i = 0; i < n; i++) {
		char row[64];
		snprintf(row, sizeof(row), "2025-%02d-%02d,%dm,django\n",
		    i % 12 + 1, i / 12 % 28 + 1, i / 336 + 1);
		csv += row;
	}
	return csv;
}

// The screen after bytes reach a terminal (lines as \r\n shows them):
// "\r" goes back to the line's start, "\033[K" erases to its end, any
// other byte is written over what is there. Any other escape fails.
std::string
screen(const std::string &bytes)
{
	std::vector<std::string> lines(1);
	size_t col = 0;
	for (size_t i = 0; i < bytes.size(); i++) {
		std::string &l = lines.back();
		if (bytes[i] == '\r') {
			col = 0;
		} else if (bytes[i] == '\n') {
			lines.emplace_back();
			col = 0;
		} else if (bytes.compare(i, 3, "\x1b[K") == 0) {
			l.resize(std::min(l.size(), col));
			i += 2;
		} else if (bytes[i] == '\x1b') {
			ADD_FAILURE() << "an escape other than the erase: "
			    << escaped(bytes.substr(i, 10));
			return "";
		} else {
			if (col >= l.size())
				l.resize(col + 1, ' ');
			l[col++] = bytes[i];
		}
	}
	std::string out;
	for (size_t i = 0; i < lines.size(); i++)
		out += lines[i] + (i + 1 < lines.size() ? "\n" : "");
	return out;
}

// Each drawing of the line in bytes: the text after a "\r" up to the
// erase that ends it.
std::vector<std::string>
drawings(const std::string &bytes)
{
	std::vector<std::string> found;
	for (size_t at = bytes.find('\r'); at != std::string::npos;
	    at = bytes.find('\r', at + 1)) {
		size_t end = bytes.find("\x1b[K", at);
		if (end != std::string::npos && end > at + 1)
			found.push_back(bytes.substr(at + 1, end - at - 1));
	}
	return found;
}

// Expects bytes to hold no terminal control but the line's "\r" and
// erase (and the newlines ending lines).
void
expect_only_line_controls(const std::string &what, std::string bytes)
{
	for (size_t at; (at = bytes.find("\x1b[K")) != std::string::npos;)
		bytes.erase(at, 3);
	for (size_t at; (at = bytes.find('\r')) != std::string::npos;)
		bytes.erase(at, 1);
	nasty::expect_terminal_safe(what, bytes);
}

class Progress : public ::testing::Test {
protected:
	std::vector<std::string> args(const std::string &db,
	    std::vector<std::string> rest)
	{
		rest.insert(rest.begin(), { "--db", db });
		return rest;
	}

	// Imports file into a fresh database with stderr on the terminal.
	RunResult import_on_terminal(const std::vector<std::string> &extra,
	    const std::map<std::string, std::string> &env = kEnv,
	    OnTerminal on = OnTerminal::kStderr)
	{
		std::vector<std::string> a = args(dir.file("t" +
		    std::to_string(runs++) + ".db"), { "import", file });
		a.insert(a.end(), extra.begin(), extra.end());
		return run_track_on_terminal(a, env, on);
	}

	// The same import in a pipe, into a fresh database.
	RunResult import_in_pipe(const std::vector<std::string> &extra,
	    const std::map<std::string, std::string> &env = kEnv)
	{
		std::vector<std::string> a = args(dir.file("t" +
		    std::to_string(runs++) + ".db"), { "import", file });
		a.insert(a.end(), extra.begin(), extra.end());
		return run_track_process(a, env);
	}

	// A database holding the file's sessions, for the exports.
	std::string imported()
	{
		std::string db = dir.file("full.db");
		RunResult r = run_track_process(args(db, { "import", file }),
		    kEnv);
		EXPECT_EQ(r.status, 0) << r.err;
		return db;
	}

	TempDir dir;
	std::string file = dir.file("rows.csv");
	int runs = 0;

	void SetUp() override { write_file(file, rows_csv(3000)); }
};

TEST_F(Progress, import_draws_the_line_on_a_terminal_and_erases_it)
{
	RunResult r = import_on_terminal({});
	RunResult pipe = import_in_pipe({});
	ASSERT_EQ(r.status, 0) << escaped(r.err);
	EXPECT_EQ(r.out, pipe.out);
	EXPECT_EQ(r.out, file + ": 3000 rows, 3000 sessions added, 0 tutorials "
	    "added, 0 duplicates skipped\n");
	std::vector<std::string> drawn = drawings(r.err);
	ASSERT_FALSE(drawn.empty()) << escaped(r.err);
	// The file's size is the total: its share read and the time left.
	std::regex shape("rows imported: [0-9]+(, [0-9]+/s)?"
	    "(, [0-9]{1,2}%)?(, [0-9:]+ left)?");
	for (const auto &d : drawn)
		EXPECT_TRUE(std::regex_match(d, shape)) << escaped(d);
	EXPECT_EQ(drawn.front().rfind("rows imported: 1", 0), 0u);
	// Erased at the end: nothing is left on the screen.
	EXPECT_EQ(r.err.substr(r.err.size() - 4), "\r\x1b[K");
	EXPECT_EQ(screen(r.err), pipe.err);
	expect_only_line_controls("import (stderr)", r.err);
}

TEST_F(Progress, import_summary_on_the_same_terminal_starts_on_a_clean_line)
{
	RunResult r = import_on_terminal({}, kEnv, OnTerminal::kBoth);
	RunResult pipe = import_in_pipe({});
	ASSERT_EQ(r.status, 0) << escaped(r.out);
	ASSERT_NE(r.out.find("rows imported: "), std::string::npos);
	EXPECT_EQ(screen(r.out), pipe.out);
}

TEST_F(Progress, warnings_start_on_a_clean_line)
{
	std::string csv = rows_csv(3000);
	csv.insert(csv.find('\n', 20000) + 1, "2025-13-40,1h,django\n");
	csv += "yesterday-ish,1h,django\n";
	write_file(file, csv);
	RunResult r = import_on_terminal({ "--skip-bad" });
	RunResult pipe = import_in_pipe({ "--skip-bad" });
	ASSERT_EQ(r.status, 0) << escaped(r.err);
	ASSERT_NE(pipe.err.find("2025-13-40"), std::string::npos) << pipe.err;
	ASSERT_FALSE(drawings(r.err).empty());
	EXPECT_EQ(screen(r.err), pipe.err);
	EXPECT_EQ(r.out, pipe.out);
}

TEST_F(Progress, json_input_read_whole_shows_no_share_or_time_left)
{
	std::string json = dir.file("export.json");
	RunResult exported = run_track_process(args(imported(), { "export",
	    "--format", "json", "--output", json }), kEnv);
	ASSERT_EQ(exported.status, 0) << exported.err;
	file = json;
	RunResult r = import_on_terminal({});
	ASSERT_EQ(r.status, 0) << escaped(r.err);
	std::vector<std::string> drawn = drawings(r.err);
	ASSERT_FALSE(drawn.empty()) << escaped(r.err);
	for (const auto &d : drawn)
		EXPECT_TRUE(std::regex_match(d, std::regex("rows imported: "
		    "[0-9]+(, [0-9]+/s)?"))) << escaped(d);
	EXPECT_EQ(screen(r.err), "");
}

TEST_F(Progress, no_line_in_a_pipe)
{
	RunResult r = import_in_pipe({});
	ASSERT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.err, "");
}

TEST_F(Progress, no_line_with_json_summaries)
{
	RunResult r = import_on_terminal({ "--format", "json" });
	RunResult pipe = import_in_pipe({ "--format", "json" });
	ASSERT_EQ(r.status, 0) << escaped(r.err);
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(r.out, pipe.out);
}

TEST_F(Progress, no_line_on_a_dumb_terminal_or_without_term)
{
	for (const char *term : { "dumb", "" }) {
		RunResult r = import_on_terminal({}, env_with("TERM", term));
		ASSERT_EQ(r.status, 0) << escaped(r.err);
		EXPECT_EQ(r.err, "") << "TERM=" << term;
	}
}

TEST_F(Progress, no_line_for_work_quicker_than_the_delay)
{
	// An hour: the import is over long before.
	RunResult r = import_on_terminal({}, env_with("TRACK_PROGRESS_DELAY",
	    "3600000"));
	ASSERT_EQ(r.status, 0) << escaped(r.err);
	EXPECT_EQ(r.err, "");
	// Unset: the default second. No run of a second is asserted here;
	// the value is only read.
	r = import_on_terminal({}, env_with("TRACK_PROGRESS_DELAY", ""));
	EXPECT_EQ(r.status, 0) << escaped(r.err);
}

TEST_F(Progress, a_bad_delay_is_refused_before_anything_is_written)
{
	std::string db = dir.file("bad.db");
	RunResult r = run_track_process(args(db, { "import", file }),
	    env_with("TRACK_PROGRESS_DELAY", "1s"));
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: invalid TRACK_PROGRESS_DELAY '1s': use "
	    "milliseconds from 0 to 86400000, e.g. 1000 (0: the progress line "
	    "at once)\n");
	EXPECT_FALSE(file_exists(db));
}

TEST_F(Progress, export_to_a_file_draws_the_line_with_the_time_left)
{
	std::string db = imported();
	RunResult r = run_track_on_terminal(args(db, { "export" }), kEnv,
	    OnTerminal::kStderr);
	RunResult pipe = run_track_process(args(db, { "export" }), kEnv);
	ASSERT_EQ(r.status, 0) << escaped(r.err);
	EXPECT_EQ(r.out, pipe.out);
	std::vector<std::string> drawn = drawings(r.err);
	ASSERT_FALSE(drawn.empty()) << escaped(r.err);
	// The first drawing, after one record: its share of every record
	// (3000 sessions and the catalog's topics) is under 1%; the rate
	// and the time left once a millisecond has passed.
	EXPECT_TRUE(std::regex_match(drawn.front(), std::regex("rows exported: "
	    "1(, 0%|, [0-9]+/s, 0%, [0-9:]+ left)"))) << escaped(drawn.front());
	EXPECT_EQ(screen(r.err), "");
	expect_only_line_controls("export (stderr)", r.err);
}

TEST_F(Progress, export_output_file_is_the_same_with_the_line)
{
	std::string db = imported();
	std::string with = dir.file("with.csv"), without = dir.file("w.csv");
	RunResult r = run_track_on_terminal(args(db, { "export", "--output",
	    with }), kEnv, OnTerminal::kBoth);
	ASSERT_EQ(r.status, 0) << escaped(r.out);
	EXPECT_NE(r.out.find("rows exported: "), std::string::npos);
	EXPECT_EQ(screen(r.out), "exported 3000 sessions to " + with + "\n");
	ASSERT_EQ(run_track_process(args(db, { "export", "--output", without }),
	    kEnv).status, 0);
	EXPECT_EQ(read_file(with), read_file(without));
}

TEST_F(Progress, no_export_line_for_json_or_rows_onto_the_terminal)
{
	std::string db = imported();
	RunResult json = run_track_on_terminal(args(db, { "export", "--format",
	    "json" }), kEnv, OnTerminal::kStderr);
	RunResult pipe = run_track_process(args(db, { "export", "--format",
	    "json" }), kEnv);
	ASSERT_EQ(json.status, 0);
	EXPECT_EQ(json.err, "");
	EXPECT_EQ(json.out, pipe.out);
	RunResult both = run_track_on_terminal(args(db, { "export" }), kEnv,
	    OnTerminal::kBoth);
	ASSERT_EQ(both.status, 0);
	EXPECT_EQ(both.out.find("rows exported"), std::string::npos);
	EXPECT_EQ(both.out.find('\r'), std::string::npos);
}

} // namespace
