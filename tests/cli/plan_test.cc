// End-to-end: `track plan` and `track portfolio` through the built binary
// on a history built with `track log` and `track path set` (projects are
// completed directly in the database until `track project done` exists):
// text, JSON, Markdown, --at time travel, refusals, and a database that
// reading commands never change.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// Runs sql on the database file, read-write (query() opens read-only).
void
exec(const std::string &db_path, const std::string &sql)
{
	sqlite3 *db = nullptr;
	char *message = nullptr;

	ASSERT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE,
	    nullptr), SQLITE_OK);
	EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message),
	    SQLITE_OK) << (message ? message : "");
	sqlite3_free(message);
	sqlite3_close(db);
}

class PlanCli : public ::testing::Test {
protected:
	RunResult track(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db });
		return run_track(args, kEnv);
	}

	// Runs a reading command that must succeed without a word on stderr
	// and leave the database byte-identical; returns stdout.
	std::string read(const std::vector<std::string> &args)
	{
		std::string before = read_file(db);
		RunResult r = track(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		EXPECT_TRUE(read_file(db) == before) << "the database changed";
		return r.out;
	}

	// Runs a command that must be refused with status and err, printing
	// nothing and changing nothing.
	void refused(const std::vector<std::string> &args, int status,
	    const std::string &err)
	{
		std::string before = read_file(db);
		RunResult r = track(args);
		EXPECT_EQ(r.status, status);
		EXPECT_EQ(r.out, "");
		EXPECT_EQ(r.err, "track: " + err + "\n");
		EXPECT_TRUE(read_file(db) == before) << "the database changed";
	}

	void run_ok(const std::vector<std::string> &args)
	{
		RunResult r = track(args);
		ASSERT_EQ(r.status, 0) << r.err;
	}

	// 40h of python in June; backend since June 1st with 10h of django
	// every month June to November; 'Django blog' (6h in each of two
	// weeks of August, completed 2026-09-20 with a URL) and 'Todo API'
	// (3h30m, open).
	//
	// The pace on 2026-11-22: June to October hold 50h, 10h, 22h, 10h
	// and 13h30m; the median is 13h30m, so F = H = 6h45m.
	void build_history()
	{
		run_ok({ "log", "20h", "python", "--date", "2026-06-01" });
		run_ok({ "log", "20h", "python", "--date", "2026-06-02" });
		run_ok({ "path", "set", "backend", "--date", "2026-06-01" });
		for (const char *day : { "2026-06-10", "2026-07-10", "2026-08-10",
		    "2026-09-10", "2026-10-10", "2026-11-10" })
			run_ok({ "log", "10h", "django", "--date", day });
		run_ok({ "log", "6h", "django", "--project", "Django blog",
		    "--date", "2026-08-05" });
		run_ok({ "log", "6h", "django", "--project", "Django blog",
		    "--date", "2026-08-12" });
		run_ok({ "log", "3h30m", "fastapi", "--project", "Todo API",
		    "--path", "backend", "--date", "2026-10-05" });
		exec(db, "UPDATE project SET completed = '2026-09-20', "
		    "url = 'https://github.com/me/blog' "
		    "WHERE name = 'Django blog'");
	}

	TempDir dir;
	std::string db = dir.file("track.db");
};

TEST_F(PlanCli, plan_shows_the_five_steps_and_the_current_one)
{
	build_history();
	// Step 3: Django blog (12h in two weeks) is substantial, Todo API
	// (3h30m in one week) lacks 3h15m and a second week. Step 4: every
	// month June to November has 10h or more of study on backend, F is
	// 6h45m: 6 focused months.
	// Portfolio: Django blog 12h of 30h = 6.67 -> 7, evidence 1 of 1 =
	// 15, focus all backend = 20, 6 focused months = 7.5 -> 8: 50.
	// Making Todo API substantial adds 6h45m of 30h = 3.75: 10.42 -> 10,
	// +3 (as much as deepening the blog or a new project; tried first).
	EXPECT_EQ(read({ "plan" }),
	    "path: backend\n"
	    "pace: 13h30m a month: a focused month needs 6h45m active (60% of "
	    "your specialization hours), a substantial project 6h45m over two "
	    "weeks\n"
	    "  1 Master fundamentals     [##########]  40.0/40h  40.0h of "
	    "fundamentals: done, keep practising them as you specialize; still "
	    "worth an hour: data structures, functions, classes, error "
	    "handling\n"
	    "  2 Pick one specialization [##########]       1/1  backend since "
	    "2026-06-01, no path change in the last 12 months: stay with it\n"
	    "> 3 Build real projects     [###.......]       1/3  1 of 3 "
	    "substantial projects in backend: keep building 'Todo API' (3h15m "
	    "more in a second week would make it substantial), then finish "
	    "it; open: 'Todo API' 3h30m in 1 week\n"
	    "  4 Deepen expertise        [##########]       6/6  6 of 6 focused "
	    "months (12 = mastery); this month 10h on backend (100%): focused\n"
	    "  5 Build a portfolio       [#######...]     50/70  portfolio depth "
	    "50/100 (developing), 70 needed; next: make 'Todo API' substantial "
	    "(3h15m more in a second week), then finish it: track log 1h "
	    "fastapi --project 'Todo API' (+3)\n");
}

TEST_F(PlanCli, plan_at_an_earlier_day_ignores_what_came_after)
{
	build_history();
	// On 2026-09-01 Django blog is still open (and substantial: 12h in
	// two weeks) and Todo API not started. The pace: June 50h, July
	// 10h, August 22h: median 22h, so F = H = 10h. June to August are
	// focused, September (nothing yet) does not break the streak.
	// Portfolio 0 (nothing completed); finishing Django blog: 7 + 15 +
	// focus 42h of max(42h, 60h) = 14 + 3 months 3.75 -> 4 = +40.
	// The last session (2026-08-12) is 20 days back, under stalled's 21:
	// no welcome back.
	EXPECT_EQ(read({ "plan", "--at", "2026-09-01", "--format", "json" }),
	    "{\n"
	    "  \"path\": \"backend\",\n"
	    "  \"current_step\": 3,\n"
	    "  \"steps\": [\n"
	    "    {\n"
	    "      \"step\": 1,\n"
	    "      \"title\": \"Master fundamentals\",\n"
	    "      \"complete\": true,\n"
	    "      \"value\": 40.0,\n"
	    "      \"target\": 40,\n"
	    "      \"detail\": \"40.0h of fundamentals: done, keep practising "
	    "them as you specialize; still worth an hour: data structures, "
	    "functions, classes, error handling\",\n"
	    "      \"areas\": [\n"
	    "        {\n"
	    "          \"area\": \"basics\",\n"
	    "          \"minutes\": 2400,\n"
	    "          \"complete\": true\n"
	    "        },\n"
	    "        {\n"
	    "          \"area\": \"data-structures\",\n"
	    "          \"minutes\": 0,\n"
	    "          \"complete\": false\n"
	    "        },\n"
	    "        {\n"
	    "          \"area\": \"functions\",\n"
	    "          \"minutes\": 0,\n"
	    "          \"complete\": false\n"
	    "        },\n"
	    "        {\n"
	    "          \"area\": \"classes\",\n"
	    "          \"minutes\": 0,\n"
	    "          \"complete\": false\n"
	    "        },\n"
	    "        {\n"
	    "          \"area\": \"error-handling\",\n"
	    "          \"minutes\": 0,\n"
	    "          \"complete\": false\n"
	    "        },\n"
	    "        {\n"
	    "          \"area\": \"further\",\n"
	    "          \"minutes\": 0,\n"
	    "          \"complete\": false\n"
	    "        }\n"
	    "      ],\n"
	    "      \"further_counted_minutes\": 0,\n"
	    "      \"active_share\": 100\n"
	    "    },\n"
	    "    {\n"
	    "      \"step\": 2,\n"
	    "      \"title\": \"Pick one specialization\",\n"
	    "      \"complete\": true,\n"
	    "      \"value\": 1,\n"
	    "      \"target\": 1,\n"
	    "      \"detail\": \"backend since 2026-06-01, no path change in "
	    "the last 12 months: stay with it\"\n"
	    "    },\n"
	    "    {\n"
	    "      \"step\": 3,\n"
	    "      \"title\": \"Build real projects\",\n"
	    "      \"complete\": false,\n"
	    "      \"value\": 0,\n"
	    "      \"target\": 3,\n"
	    "      \"detail\": \"0 of 3 substantial projects in backend: finish "
	    "'Django blog', it is substantial (track project done 'Django "
	    "blog' --url URL); open: 'Django blog' 12h in 2 weeks "
	    "(substantial)\",\n"
	    "      \"projects\": [\n"
	    "        {\n"
	    "          \"name\": \"Django blog\",\n"
	    "          \"minutes\": 720,\n"
	    "          \"weeks\": 2,\n"
	    "          \"completed\": false,\n"
	    "          \"substantial\": true\n"
	    "        }\n"
	    "      ]\n"
	    "    },\n"
	    "    {\n"
	    "      \"step\": 4,\n"
	    "      \"title\": \"Deepen expertise\",\n"
	    "      \"complete\": false,\n"
	    "      \"value\": 3,\n"
	    "      \"target\": 6,\n"
	    "      \"detail\": \"3 of 6 focused months (12 = mastery); this "
	    "month 0m on backend (0%): 10h more of study or project on "
	    "backend makes it a focused month\"\n"
	    "    },\n"
	    "    {\n"
	    "      \"step\": 5,\n"
	    "      \"title\": \"Build a portfolio\",\n"
	    "      \"complete\": false,\n"
	    "      \"value\": 0,\n"
	    "      \"target\": 70,\n"
	    "      \"detail\": \"portfolio depth 0/100 (early), 70 needed; "
	    "next: finish 'Django blog', it is substantial: track project "
	    "done 'Django blog' --url URL (+40)\"\n"
	    "    }\n"
	    "  ],\n"
	    "  \"suggested_path\": null,\n"
	    "  \"open_projects\": [\n"
	    "    \"Django blog\"\n"
	    "  ],\n"
	    "  \"pace\": {\n"
	    "    \"minutes\": 1320,\n"
	    "    \"focus_month_minutes\": 600,\n"
	    "    \"project_min_minutes\": 600\n"
	    "  }\n"
	    "}\n");
}

TEST_F(PlanCli, portfolio_json_lists_every_project)
{
	build_history();
	EXPECT_EQ(read({ "portfolio", "--format", "json" }),
	    "{\n"
	    "  \"path\": \"backend\",\n"
	    "  \"score\": 50,\n"
	    "  \"grade\": \"developing\",\n"
	    "  \"parts\": {\n"
	    "    \"projects\": 7,\n"
	    "    \"evidence\": 15,\n"
	    "    \"focus\": 20,\n"
	    "    \"persistence\": 8\n"
	    "  },\n"
	    "  \"focused_months\": 6,\n"
	    "  \"substantial_projects\": 1,\n"
	    "  \"thin_projects\": 0,\n"
	    "  \"projects\": [\n"
	    "    {\n"
	    "      \"name\": \"Django blog\",\n"
	    "      \"path\": \"backend\",\n"
	    "      \"minutes\": 720,\n"
	    "      \"weeks\": 2,\n"
	    "      \"substantial\": true,\n"
	    "      \"started\": \"2026-08-05\",\n"
	    "      \"completed\": \"2026-09-20\",\n"
	    "      \"url\": \"https://github.com/me/blog\",\n"
	    "      \"contribution\": false,\n"
	    "      \"topics\": [\n"
	    "        \"django\"\n"
	    "      ],\n"
	    "      \"points\": 6.67\n"
	    "    },\n"
	    "    {\n"
	    "      \"name\": \"Todo API\",\n"
	    "      \"path\": \"backend\",\n"
	    "      \"minutes\": 210,\n"
	    "      \"weeks\": 1,\n"
	    "      \"substantial\": false,\n"
	    "      \"started\": \"2026-10-05\",\n"
	    "      \"completed\": null,\n"
	    "      \"url\": null,\n"
	    "      \"contribution\": false,\n"
	    "      \"topics\": [\n"
	    "        \"fastapi\"\n"
	    "      ],\n"
	    "      \"points\": 0.0\n"
	    "    }\n"
	    "  ],\n"
	    "  \"next\": {\n"
	    "    \"action\": \"make 'Todo API' substantial (3h15m more in a "
	    "second week), then finish it: track log 1h fastapi --project "
	    "'Todo API'\",\n"
	    "    \"gain\": 3\n"
	    "  }\n"
	    "}\n");
}

TEST_F(PlanCli, portfolio_text_and_markdown)
{
	build_history();
	EXPECT_EQ(read({ "portfolio" }),
	    "portfolio depth: 50/100 (developing), path backend\n"
	    "  projects      7/50\n"
	    "  evidence     15/15\n"
	    "  focus        20/20\n"
	    "  persistence   8/15  (6 focused months)\n"
	    "projects:\n"
	    "  Django blog  [backend]  12h in 2 weeks  2026-08-05 to "
	    "2026-09-20, 6.7 points\n"
	    "    url: https://github.com/me/blog\n"
	    "    topics: django\n"
	    "  Todo API  [backend]  3h30m in 1 week  2026-10-05 to (open: 3h15m "
	    "more in a second week would make it substantial)\n"
	    "    url: none\n"
	    "    topics: fastapi\n"
	    "next: make 'Todo API' substantial (3h15m more in a second week), "
	    "then finish it: track log 1h fastapi --project 'Todo API' (+3)\n");
	EXPECT_EQ(read({ "portfolio", "--format", "md" }),
	    "## Portfolio\n"
	    "\n"
	    "Depth score **50/100** (developing) on the backend path: "
	    "projects 7/50, evidence 15/15, focus 20/20, persistence 8/15.\n"
	    "\n"
	    "| Project | Path | Time | Started | Completed | Topics |\n"
	    "|---|---|---|---|---|---|\n"
	    "| [Django blog](https://github.com/me/blog) | backend | 12h | "
	    "2026-08-05 | 2026-09-20 | django |\n");
}

TEST_F(PlanCli, portfolio_at_an_earlier_day)
{
	build_history();
	// On 2026-10-31 the pace is the median of June to September (50h,
	// 10h, 22h, 10h): 16h, so F = 8h. Todo API is open, June to October
	// are focused: 7 + 15 + 20 + 6.25 -> 6 = 48.
	std::string out = read({ "portfolio", "--at", "2026-10-31" });
	EXPECT_EQ(out.substr(0, out.find("projects:")),
	    "portfolio depth: 48/100 (developing), path backend\n"
	    "  projects      7/50\n"
	    "  evidence     15/15\n"
	    "  focus        20/20\n"
	    "  persistence   6/15  (5 focused months)\n");
}

TEST_F(PlanCli, without_a_path_the_plan_suggests_the_most_logged_one)
{
	run_ok({ "log", "2h", "pytorch", "--date", "2026-11-01" });
	run_ok({ "log", "1h", "django", "--date", "2026-11-02" });
	std::string out = read({ "plan" });
	EXPECT_EQ(out.substr(0, out.find("  2 Pick")),
	    "path: none chosen (suggested: ml)\n"
	    "pace: nothing logged in the six months before this one: a "
	    "focused month needs 3h active (60% of your specialization "
	    "hours), a substantial project 4h over two weeks\n"
	    "> 1 Master fundamentals     [..........]   0.0/40h  0.0h of "
	    "fundamentals, 40h to go; practise next: basics, data structures, "
	    "functions, classes, error handling (track log 1h control-flow)\n");
	EXPECT_NE(out.find("  2 Pick one specialization [..........]       0/1  "
	    "no path chosen: track path set ml (your most-logged "
	    "specialization of the last 90 days)\n"), std::string::npos) << out;
	std::string json = read({ "plan", "--format", "json" });
	EXPECT_NE(json.find("  \"path\": null,\n  \"current_step\": 1,\n"),
	    std::string::npos) << json;
	EXPECT_NE(json.find("  \"suggested_path\": \"ml\",\n"),
	    std::string::npos) << json;
	// Choosing ml adds nothing yet (focus counts once a substantial
	// project is completed), but it is the first thing to do.
	EXPECT_NE(read({ "portfolio", "--format", "json" }).find(
	    "  \"next\": {\n    \"action\": \"choose your most-logged "
	    "specialization of the last 90 days: track path set ml\",\n"
	    "    \"gain\": 0\n"), std::string::npos);
}

TEST_F(PlanCli, colour_follows_the_color_setting)
{
	build_history();
	EXPECT_EQ(read({ "plan" }).find('\x1b'), std::string::npos);
	run_ok({ "config", "set", "color", "always" });
	std::string out = read({ "plan" });
	EXPECT_NE(out.find("  1 Master fundamentals     [\x1b[32m##########"
	    "\x1b[0m]"), std::string::npos) << out;
	EXPECT_NE(out.find("> 3 Build real projects     [\x1b[33m###\x1b[0m"
	    ".......]"), std::string::npos) << out;
	EXPECT_NE(read({ "portfolio" }).find("portfolio depth: \x1b[33m50/100 "
	    "(developing)\x1b[0m, path backend\n"), std::string::npos);
}

TEST_F(PlanCli, reading_a_missing_database_creates_nothing)
{
	RunResult plan = track({ "plan" });
	RunResult portfolio = track({ "portfolio", "--format", "md" });

	EXPECT_EQ(plan.status, 0) << plan.err;
	EXPECT_EQ(plan.out.substr(0, plan.out.find('\n') + 1),
	    "path: none chosen\n");
	EXPECT_EQ(portfolio.status, 0) << portfolio.err;
	EXPECT_EQ(portfolio.out,
	    "## Portfolio\n"
	    "\n"
	    "Depth score **0/100** (getting started): projects 0/50, evidence "
	    "0/15, focus 0/20, persistence 0/15.\n"
	    "\n"
	    "_No substantial completed project yet._\n");
	EXPECT_FALSE(file_exists(db));
}

TEST_F(PlanCli, bad_options_are_refused)
{
	build_history();
	refused({ "plan", "--format", "xml" }, 2,
	    "invalid format 'xml': use text or json");
	refused({ "portfolio", "--format", "csv" }, 2,
	    "invalid format 'csv': use text, json or md");
	refused({ "plan", "extra" }, 2,
	    "usage: track plan [--at DATE] [--format text|json]");
	refused({ "portfolio", "--at", "2027-01-01" }, 2,
	    "date '2027-01-01' is in the future: today is 2026-11-22");
	refused({ "plan", "--at" }, 2,
	    "option '--at' for 'track plan' needs a value");
}

}  // namespace
