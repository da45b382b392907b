// End-to-end: `track report` through the built binary. Every format is
// compared with a golden file under tests/golden/ written by hand from
// the history below; then the periods (a week across a year, a DST week,
// week-start sunday, an empty period), refusals that change nothing,
// --output, colour and the escaping of user text in every format.
#include <gtest/gtest.h>
#include <jansson.h>
#include <sqlite3.h>

#include <dirent.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// tests/golden/, found from this file's own path.
std::string
golden(const std::string &name)
{
	std::string here = __FILE__;
	std::string dir = here.substr(0, here.rfind('/'));
	std::string path = dir + "/../golden/" + name;
	EXPECT_TRUE(file_exists(path)) << path;
	return read_file(path);
}

// The names in a directory, sorted, each followed by a space.
std::string
entries(const std::string &path)
{
	std::vector<std::string> names;
	DIR *d = opendir(path.c_str());
	struct dirent *e;

	while (d != nullptr && (e = readdir(d)) != nullptr)
		if (e->d_name[0] != '.' || (e->d_name[1] != '\0' &&
		    e->d_name[1] != '.'))
			names.push_back(e->d_name);
	if (d != nullptr)
		closedir(d);
	std::sort(names.begin(), names.end());
	std::string all;
	for (const auto &n : names)
		all += n + " ";
	return all;
}

class ReportCli : public ::testing::Test {
protected:
	// Runs track on this test's database at now (TZ=UTC unless tz).
	RunResult track(std::vector<std::string> args,
	    const std::string &now = "2026-11-22T10:00:00Z",
	    const std::string &tz = "UTC")
	{
		std::map<std::string, std::string> env = kEnv;
		env["TRACK_NOW"] = now;
		env["TZ"] = tz;
		args.insert(args.begin(), { "--db", db });
		return run_track(args, env);
	}

	// Runs a command that must succeed (its output is not checked).
	void run(const std::vector<std::string> &args, const std::string &now,
	    const std::string &tz = "UTC")
	{
		RunResult r = track(args, now, tz);
		ASSERT_EQ(r.status, 0) << r.err;
	}

	// A report that must succeed with nothing on stderr; returns stdout.
	std::string report(std::vector<std::string> args,
	    const std::string &now = "2026-11-22T10:00:00Z",
	    const std::string &tz = "UTC")
	{
		args.insert(args.begin(), "report");
		RunResult r = track(args, now, tz);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		return r.out;
	}

	// A report that must be refused with status and the one line err,
	// printing nothing and leaving the database byte-identical.
	void refused(std::vector<std::string> args, int status,
	    const std::string &err)
	{
		bool existed = file_exists(db);
		std::string before = read_file(db);
		args.insert(args.begin(), "report");
		RunResult r = track(args);
		EXPECT_EQ(r.status, status);
		EXPECT_EQ(r.out, "");
		EXPECT_EQ(r.err, "track: " + err + "\n");
		EXPECT_EQ(file_exists(db), existed);
		EXPECT_TRUE(read_file(db) == before) << "the database changed";
	}

	// The history of the golden files: the week 2026-11-16..22 holds
	// 6h05m over 6 sessions, the week before 1h; backend chosen on
	// 2026-11-01; "Todo API" open.
	void golden_history()
	{
		run({ "path", "set", "backend", "--date", "2026-11-01" },
		    "2026-11-01T12:00:00Z");
		run({ "log", "1h", "django" }, "2026-11-10T20:00:00Z");
		run({ "log", "1h", "django", "--tutorial",
		    "Django for Beginners" }, "2026-11-16T20:00:00Z");
		run({ "log", "45m", "python" }, "2026-11-17T20:00:00Z");
		run({ "log", "2h", "fastapi", "--project", "Todo API", "--path",
		    "backend" }, "2026-11-19T20:00:00Z");
		run({ "log", "30m", "pandas" }, "2026-11-20T20:00:00Z");
		run({ "log", "1h30m", "fastapi", "--project", "Todo API" },
		    "2026-11-21T20:00:00Z");
		run({ "log", "20m", "sql" }, "2026-11-22T09:00:00Z");
	}

	// The report as JSON, parsed (the caller decrefs).
	json_t *report_json(std::vector<std::string> args,
	    const std::string &now = "2026-11-22T10:00:00Z",
	    const std::string &tz = "UTC")
	{
		args.push_back("--format");
		args.push_back("json");
		std::string out = report(args, now, tz);
		json_error_t error;
		json_t *root = json_loads(out.c_str(), 0, &error);
		EXPECT_NE(root, nullptr) << error.text << "\n" << out;
		return root;
	}

	// "FROM..TO" of a JSON report.
	static std::string period(json_t *root)
	{
		json_t *p = json_object_get(root, "period");
		return std::string(json_string_value(json_object_get(p, "from"))) +
		    ".." + json_string_value(json_object_get(p, "to"));
	}

	static long long total(json_t *root, const char *key)
	{
		return json_integer_value(json_object_get(
		    json_object_get(root, "totals"), key));
	}

	TempDir dir;
	std::string db = dir.file("track.db");
};

// ---------------------------------------------------------------------
// Golden outputs

TEST_F(ReportCli, TextMatchesGolden)
{
	golden_history();
	EXPECT_EQ(report({}), golden("report_week.txt"));
	EXPECT_EQ(report({ "--week", "--format", "text" }),
	    golden("report_week.txt"));
}

TEST_F(ReportCli, JsonMatchesGolden)
{
	golden_history();
	EXPECT_EQ(report({ "--format", "json" }), golden("report_week.json"));
}

TEST_F(ReportCli, CsvMatchesGolden)
{
	golden_history();
	EXPECT_EQ(report({ "--format", "csv" }), golden("report_week.csv"));
}

TEST_F(ReportCli, MarkdownMatchesGolden)
{
	golden_history();
	EXPECT_EQ(report({ "--format", "md" }), golden("report_week.md"));
}

TEST_F(ReportCli, HtmlMatchesGolden)
{
	golden_history();
	std::string html = report({ "--format", "html" });
	EXPECT_EQ(html, golden("report_week.html"));
	// Self-contained: no script, no external resource.
	EXPECT_EQ(html.find("<script"), std::string::npos);
	EXPECT_EQ(html.find("http"), std::string::npos);
	EXPECT_EQ(html.find("src="), std::string::npos);
	EXPECT_NE(html.find("@media print"), std::string::npos);
}

// The plan, findings and portfolio objects are those of track plan,
// track check and track portfolio (without projects) at the same "now".
TEST_F(ReportCli, JsonEmbedsTheAnalysesUnchanged)
{
	golden_history();
	json_t *root = report_json({});
	json_error_t error;
	RunResult plan = track({ "plan", "--format", "json" });
	RunResult check = track({ "check", "--format", "json" });
	RunResult portfolio = track({ "portfolio", "--format", "json" });
	json_t *p = json_loads(plan.out.c_str(), 0, &error);
	json_t *c = json_loads(check.out.c_str(), 0, &error);
	json_t *f = json_loads(portfolio.out.c_str(), 0, &error);
	ASSERT_TRUE(p && c && f);
	json_object_del(f, "projects");
	EXPECT_TRUE(json_equal(json_object_get(root, "plan"), p));
	EXPECT_TRUE(json_equal(json_object_get(root, "findings"),
	    json_object_get(c, "findings")));
	EXPECT_TRUE(json_equal(json_object_get(root, "portfolio"), f));
	json_decref(p);
	json_decref(c);
	json_decref(f);
	json_decref(root);
}

// ---------------------------------------------------------------------
// Periods

TEST_F(ReportCli, NamedPeriods)
{
	golden_history();
	struct { std::vector<std::string> args; const char *period; } cases[] = {
		{ {}, "2026-11-16..2026-11-22" },
		{ { "--week" }, "2026-11-16..2026-11-22" },
		{ { "--last-week" }, "2026-11-09..2026-11-15" },
		{ { "--month" }, "2026-11-01..2026-11-30" },
		{ { "--last-month" }, "2026-10-01..2026-10-31" },
		{ { "--year" }, "2026-01-01..2026-12-31" },
		{ { "--all" }, "2026-11-10..2026-11-22" },
		{ { "--since", "2026-11-17" }, "2026-11-17..2026-11-22" },
		{ { "--since", "2026-11-17", "--until", "2026-11-19" },
		  "2026-11-17..2026-11-19" },
		{ { "--since", "yesterday", "--until", "yesterday" },
		  "2026-11-21..2026-11-21" },
	};
	for (const auto &c : cases) {
		json_t *root = report_json(c.args);
		EXPECT_EQ(period(root), c.period) << c.args.size();
		json_decref(root);
	}
}

TEST_F(ReportCli, PreviousPeriodHasTheSameLength)
{
	golden_history();
	json_t *root = report_json({ "--since", "2026-11-16", "--until",
	    "2026-11-19" });
	json_t *prev = json_object_get(root, "previous_period");
	EXPECT_STREQ(json_string_value(json_object_get(prev, "from")),
	    "2026-11-12");
	EXPECT_STREQ(json_string_value(json_object_get(prev, "to")),
	    "2026-11-15");
	EXPECT_EQ(total(root, "minutes"), 60 + 45 + 120);
	EXPECT_EQ(total(root, "previous_minutes"), 0);
	json_decref(root);
	root = report_json({ "--last-week" });
	EXPECT_EQ(total(root, "minutes"), 60);
	EXPECT_EQ(total(root, "sessions"), 1);
	json_decref(root);
}

TEST_F(ReportCli, WeekAcrossAYear)
{
	run({ "log", "1h", "django", "--date", "2026-12-28" },
	    "2026-12-31T12:00:00Z");
	run({ "log", "30m", "python" }, "2026-12-31T12:00:00Z");
	json_t *root = report_json({}, "2026-12-31T12:00:00Z");
	EXPECT_EQ(period(root), "2026-12-28..2027-01-03");
	// Thursday: the days of 2027 are still to come and not listed.
	json_t *days = json_object_get(root, "days");
	ASSERT_EQ(json_array_size(days), 4u);
	EXPECT_STREQ(json_string_value(json_object_get(
	    json_array_get(days, 3), "day")), "2026-12-31");
	EXPECT_EQ(json_integer_value(json_object_get(json_array_get(days, 0),
	    "minutes")), 60);
	EXPECT_EQ(json_integer_value(json_object_get(json_array_get(days, 3),
	    "minutes")), 30);
	EXPECT_EQ(total(root, "minutes"), 90);
	EXPECT_EQ(total(root, "active_days"), 2);
	EXPECT_EQ(total(root, "streak_current"), 1);
	json_decref(root);
	// A week later the same week is --last-week, and the new year's
	// week starts on Monday 2027-01-04.
	root = report_json({ "--last-week" }, "2027-01-05T12:00:00Z");
	EXPECT_EQ(period(root), "2026-12-28..2027-01-03");
	EXPECT_EQ(total(root, "minutes"), 90);
	json_decref(root);
	// The year on 5 January is compared with 1-5 January 2026, not with
	// all of 2026 (SPEC §7).
	root = report_json({ "--year" }, "2027-01-05T12:00:00Z");
	EXPECT_EQ(period(root), "2027-01-01..2027-12-31");
	EXPECT_EQ(total(root, "minutes"), 0);
	EXPECT_EQ(total(root, "previous_minutes"), 0);
	EXPECT_EQ(std::string(json_string_value(json_object_get(json_object_get(
	    root, "previous_period"), "to"))), "2026-01-05");
	json_decref(root);
}

// Europe/Berlin leaves summer time on Sunday 2026-10-25 (03:00 CEST ->
// 02:00 CET): that week still has seven days, and a session logged late
// that Sunday evening belongs to it.
TEST_F(ReportCli, DstWeekInBerlin)
{
	const std::string berlin = "Europe/Berlin";
	run({ "log", "1h", "django", "--date", "2026-10-25", "--start",
	    "22:30" }, "2026-10-25T22:45:00Z", berlin);
	run({ "log", "45m", "python", "--date", "2026-10-26", "--start",
	    "00:15" }, "2026-10-26T00:00:00Z", berlin);
	// 22:45Z is 23:45 CET on the 25th: still the week of 10-19.
	json_t *root = report_json({}, "2026-10-25T22:45:00Z", berlin);
	EXPECT_EQ(period(root), "2026-10-19..2026-10-25");
	EXPECT_EQ(json_array_size(json_object_get(root, "days")), 7u);
	EXPECT_EQ(total(root, "minutes"), 60);
	json_decref(root);
	// 23:30Z is 00:30 CET on the 26th: the week of 2026-10-26.
	root = report_json({}, "2026-10-26T00:00:00Z", berlin);
	EXPECT_EQ(period(root), "2026-10-26..2026-11-01");
	// Its Monday against the Monday before (SPEC §7): the Sunday's hour
	// is not compared; the other days are still to come.
	EXPECT_EQ(json_array_size(json_object_get(root, "days")), 1u);
	EXPECT_EQ(total(root, "minutes"), 45);
	EXPECT_EQ(total(root, "previous_minutes"), 0);
	EXPECT_EQ(total(root, "streak_current"), 2);
	json_decref(root);
}

TEST_F(ReportCli, WeekStartSunday)
{
	golden_history();
	run({ "config", "set", "week-start", "sunday" }, "2026-11-22T10:00:00Z");
	json_t *root = report_json({});
	EXPECT_EQ(period(root), "2026-11-22..2026-11-28");
	EXPECT_EQ(total(root, "minutes"), 20);
	json_decref(root);
	root = report_json({ "--last-week" });
	EXPECT_EQ(period(root), "2026-11-15..2026-11-21");
	EXPECT_EQ(total(root, "minutes"), 345);
	// The trend's weeks start on Sunday too.
	json_t *trend = json_object_get(root, "trend");
	EXPECT_STREQ(json_string_value(json_object_get(json_array_get(trend,
	    11), "week")), "2026-11-15");
	json_decref(root);
	std::string text = report({ "--last-week" });
	EXPECT_NE(text.find("              Sun Mon Tue Wed Thu Fri Sat   total\n"
	    "  2026-11-15   .   ▓   ▒   .   █   ▒   ▓    5h45m\n"),
	    std::string::npos) << text;
}

TEST_F(ReportCli, EmptyPeriodOnAMissingDatabase)
{
	std::string text = report({});
	EXPECT_FALSE(file_exists(db));
	EXPECT_NE(text.find("  time         0m (previous 7 days: 0m, +0m)\n"),
	    std::string::npos) << text;
	EXPECT_NE(text.find("By path\n  nothing logged\n"), std::string::npos);
	EXPECT_NE(text.find("  ............  nothing logged\n"),
	    std::string::npos);
	json_t *root = report_json({ "--all" });
	EXPECT_EQ(period(root), "2026-11-22..2026-11-22");
	EXPECT_EQ(total(root, "minutes"), 0);
	EXPECT_EQ(total(root, "streak_current"), 0);
	EXPECT_EQ(json_array_size(json_object_get(root, "by_path")), 0u);
	EXPECT_EQ(json_array_size(json_object_get(root, "days")), 1u);
	json_decref(root);
	for (const char *format : { "csv", "md", "html" })
		EXPECT_NE(report({ "--format", format }), "");
	EXPECT_FALSE(file_exists(db));
}

TEST_F(ReportCli, EmptyPeriodInAHistory)
{
	golden_history();
	json_t *root = report_json({ "--since", "2026-11-01", "--until",
	    "2026-11-05" });
	EXPECT_EQ(total(root, "minutes"), 0);
	EXPECT_EQ(total(root, "sessions"), 0);
	EXPECT_EQ(total(root, "active_days"), 0);
	EXPECT_EQ(total(root, "streak_longest"), 0);
	EXPECT_EQ(json_array_size(json_object_get(root, "by_topic")), 0u);
	json_decref(root);
}

// A long period shows its heatmap one column a week, the last 53 weeks.
TEST_F(ReportCli, LongPeriodHeatmapFitsEightyColumns)
{
	run({ "log", "2h", "django", "--date", "2025-01-06" },
	    "2026-11-22T10:00:00Z");
	golden_history();
	std::string text = report({ "--all" });
	EXPECT_NE(text.find("  one column a week from 2025-11-17 (the last 53 "
	    "weeks)\n"), std::string::npos) << text;
	size_t start = 0, end;
	while ((end = text.find('\n', start)) != std::string::npos) {
		std::string line = text.substr(start, end - start);
		size_t columns = 0;
		for (unsigned char ch : line)
			columns += (ch & 0xc0) != 0x80;
		EXPECT_LE(columns, 80u) << line;
		start = end + 1;
	}
}

// ---------------------------------------------------------------------
// Refusals

TEST_F(ReportCli, SinceAfterUntilRefused)
{
	golden_history();
	refused({ "--since", "2026-11-20", "--until", "2026-11-10" }, 2,
	    "--since 2026-11-20 is after --until 2026-11-10: give the earlier "
	    "day to --since");
}

TEST_F(ReportCli, BadOptionsRefused)
{
	golden_history();
	refused({ "--week", "--month" }, 2, "options '--week' and '--month' "
	    "both name the period: give one of --week, --last-week, --month, "
	    "--last-month, --year, --since DATE [--until DATE] or --all");
	refused({ "--all", "--since", "2026-11-01" }, 2, "options '--all' and "
	    "'--since' both name the period: give one of --week, --last-week, "
	    "--month, --last-month, --year, --since DATE [--until DATE] or "
	    "--all");
	refused({ "--until", "2026-11-10" }, 2, "--until needs --since: use "
	    "--since DATE --until DATE");
	refused({ "--format", "pdf" }, 2, "invalid format 'pdf': use text, "
	    "json, csv, md or html");
	refused({ "--since", "2026-12-01" }, 2,
	    "date '2026-12-01' is in the future: today is "
	    "2026-11-22");
	refused({ "extra" }, 2, "usage: track report [--week | --last-week | "
	    "--month | --last-month | --year | --since DATE [--until DATE] | "
	    "--all] [--format text|json|csv|md|html] [--output FILE]");
}

// ---------------------------------------------------------------------
// --output

TEST_F(ReportCli, OutputWritesTheFileAtomically)
{
	golden_history();
	std::string out = dir.file("week.html");
	write_file(out, "old content");
	EXPECT_EQ(report({ "--format", "html", "--output", out }), "");
	EXPECT_EQ(read_file(out), golden("report_week.html"));
	// Nothing else is left in the directory (no temporary file; the
	// WAL stays between commands, and the log before may have left the
	// prompt line's snapshot).
	std::string left = entries(dir.path());
	size_t snapshot = left.find("track.db.status ");
	if (snapshot != std::string::npos)
		left.erase(snapshot, 16);
	EXPECT_EQ(left, "track.db track.db-shm track.db-wal week.html ");
	// A relative name in the current directory works too: the text
	// report to a file carries no colour even with color always.
	run({ "config", "set", "color", "always" }, "2026-11-22T10:00:00Z");
	std::string txt = dir.file("week.txt");
	EXPECT_EQ(report({ "--output", txt }), "");
	EXPECT_EQ(read_file(txt), golden("report_week.txt"));
}

TEST_F(ReportCli, OutputIntoAMissingDirectoryRefused)
{
	golden_history();
	std::string out = dir.file("nowhere/week.html");
	refused({ "--format", "html", "--output", out }, 1,
	    "cannot write '" + out + "': directory '" + dir.file("nowhere") +
	    "' does not exist");
	EXPECT_FALSE(file_exists(out));
	refused({ "--output", dir.path() }, 1, "cannot write '" + dir.path() +
	    "': it is a directory");
}

// ---------------------------------------------------------------------
// Colour and escaping

TEST_F(ReportCli, ColourOnlyWhenAskedAndNeverWithNoColor)
{
	golden_history();
	EXPECT_EQ(report({}).find('\033'), std::string::npos);
	run({ "config", "set", "color", "always" }, "2026-11-22T10:00:00Z");
	std::string coloured = report({});
	EXPECT_NE(coloured.find("\033[1mBy path\033[0m"), std::string::npos);
	std::map<std::string, std::string> env = kEnv;
	env["NO_COLOR"] = "1";
	RunResult r = run_track({ "--db", db, "report" }, env);
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, golden("report_week.txt"));
}

class ReportEscaping : public ReportCli {
protected:
	// A topic with HTML, quotes and an ampersand; a project with a
	// script tag; then a control sequence written straight into the
	// topic's name, as a hostile import could leave it.
	void SetUp() override
	{
		run({ "path", "set", "backend", "--date", "2026-11-01" },
		    "2026-11-01T12:00:00Z");
		run({ "log", "1h", "a<b>&\"c\"|*x*", "--project",
		    "<script>alert('p')</script>", "--path", "backend" },
		    "2026-11-20T12:00:00Z");
		run({ "log", "30m", "evil" }, "2026-11-21T12:00:00Z");
		sqlite3 *handle = nullptr;
		ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
		ASSERT_EQ(sqlite3_exec(handle, "UPDATE topic SET name = 'ev' || "
		    "char(27) || '[31mil' || char(10) || 'x' WHERE name = 'evil'",
		    nullptr, nullptr, nullptr), SQLITE_OK);
		sqlite3_close(handle);
	}
};

TEST_F(ReportEscaping, Text)
{
	std::string text = report({});
	EXPECT_EQ(text.find('\033'), std::string::npos);
	EXPECT_NE(text.find("  ev?[31mil?x "), std::string::npos) << text;
	EXPECT_NE(text.find("  a<b>&\"c\"|*x* "), std::string::npos);
}

TEST_F(ReportEscaping, Html)
{
	std::string html = report({ "--format", "html" });
	EXPECT_EQ(html.find("<script"), std::string::npos);
	EXPECT_EQ(html.find('\033'), std::string::npos);
	EXPECT_NE(html.find("<td>a&lt;b&gt;&amp;&quot;c&quot;|*x*</td>"),
	    std::string::npos) << html;
	EXPECT_NE(html.find("&lt;script&gt;alert(&#39;p&#39;)&lt;/script&gt;"),
	    std::string::npos);
	EXPECT_NE(html.find("<td>ev?[31mil?x</td>"), std::string::npos);
}

TEST_F(ReportEscaping, Json)
{
	std::string out = report({ "--format", "json" });
	EXPECT_EQ(out.find('\033'), std::string::npos);
	EXPECT_NE(out.find("\"ev\\u001B[31mil\\nx\""), std::string::npos)
	    << out;
	json_t *root = json_loads(out.c_str(), 0, nullptr);
	ASSERT_NE(root, nullptr);
	json_t *topics = json_object_get(root, "by_topic");
	std::vector<std::string> names;
	for (size_t i = 0; i < json_array_size(topics); i++)
		names.push_back(json_string_value(json_object_get(
		    json_array_get(topics, i), "topic")));
	EXPECT_EQ(names, (std::vector<std::string>{ "a<b>&\"c\"|*x*",
	    "ev\033[31mil\nx" }));
	json_decref(root);
}

TEST_F(ReportEscaping, Csv)
{
	std::string csv = report({ "--format", "csv" });
	EXPECT_NE(csv.find("by_topic,\"a<b>&\"\"c\"\"|*x*\",unmapped,60,\n"),
	    std::string::npos) << csv;
	EXPECT_NE(csv.find("by_topic,\"ev\033[31mil\nx\",unmapped,30,\n"),
	    std::string::npos);
}

TEST_F(ReportEscaping, Markdown)
{
	std::string md = report({ "--format", "md" });
	EXPECT_EQ(md.find('\033'), std::string::npos);
	EXPECT_NE(md.find("| a\\<b\\>\\&\"c\"\\|\\*x\\* | unmapped | 1h | 67% |"),
	    std::string::npos) << md;
	EXPECT_NE(md.find("\\<script\\>alert('p')\\</script\\>"),
	    std::string::npos);
	EXPECT_NE(md.find("| ev?\\[31mil?x | unmapped | 30m | 33% |"),
	    std::string::npos);
}

}  // namespace
