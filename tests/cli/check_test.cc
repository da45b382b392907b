// End-to-end: `track check` through the built binary on histories built
// with `track log --date`, `track path set --date`, `track path add` and
// `track config set`: the text and JSON output, --at time travel, the
// exit status under --strict, refusals that change nothing, and local
// days across a DST change.
#include <gtest/gtest.h>
#include <jansson.h>
#include <sqlite3.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

const char kTutorialAdvice[] =
    "  advice:   Close the course and build something small of your own "
    "with what you\n"
    "            already know: you learn more from being stuck on your own "
    "code than\n"
    "            from the next video.\n";

const char kTutorialAdviceJson[] =
    "Close the course and build something small of your own with what you "
    "already know: you learn more from being stuck on your own code than "
    "from the next video.";

class CheckCli : public ::testing::Test {
protected:
	RunResult track(std::vector<std::string> args,
	    const std::map<std::string, std::string> &env = kEnv)
	{
		args.insert(args.begin(), { "--db", db });
		return run_track(args, env);
	}

	// Runs a command that builds the history; it must succeed.
	void given(const std::vector<std::string> &args,
	    const std::map<std::string, std::string> &env = kEnv)
	{
		RunResult r = track(args, env);
		ASSERT_EQ(r.status, 0) << r.err;
	}

	// Logs duration on topic on each day, with extra options.
	void log_days(const std::string &duration, const std::string &topic,
	    const std::vector<std::string> &days,
	    const std::vector<std::string> &extra = {})
	{
		for (const std::string &d : days) {
			std::vector<std::string> args = { "log", duration, topic,
			    "--date", d };
			args.insert(args.end(), extra.begin(), extra.end());
			given(args);
		}
	}

	// Runs track check with args: it must exit with status, print
	// nothing on stderr and leave the database byte-identical. Returns
	// stdout.
	std::string check(const std::vector<std::string> &args, int status = 0,
	    const std::map<std::string, std::string> &env = kEnv)
	{
		std::string before = read_file(db);
		std::vector<std::string> all = { "check" };
		all.insert(all.end(), args.begin(), args.end());
		RunResult r = track(all, env);
		EXPECT_EQ(r.status, status) << r.err;
		EXPECT_EQ(r.err, "");
		EXPECT_TRUE(read_file(db) == before) << "the database changed";
		return r.out;
	}

	// A refused check: one line on stderr, nothing on stdout, the
	// database unchanged.
	void refused(const std::vector<std::string> &args, int status,
	    const std::string &err)
	{
		std::string before = read_file(db);
		std::vector<std::string> all = { "check" };
		all.insert(all.end(), args.begin(), args.end());
		RunResult r = track(all);
		EXPECT_EQ(r.status, status);
		EXPECT_EQ(r.out, "");
		EXPECT_EQ(r.err, "track: " + err + "\n");
		EXPECT_TRUE(read_file(db) == before) << "the database changed";
	}

	// `track check --format json` with args must equal expected (JSON
	// text written by hand), keys in the order of SPEC §11.
	void check_json(const std::vector<std::string> &args,
	    const std::string &expected)
	{
		std::vector<std::string> all = { "--format", "json" };
		all.insert(all.end(), args.begin(), args.end());
		std::string out = check(all);
		json_error_t error;
		json_t *got = json_loads(out.c_str(), 0, &error);
		json_t *want = json_loads(expected.c_str(), 0, &error);
		ASSERT_NE(want, nullptr) << "bad expected JSON: " << error.text;
		ASSERT_NE(got, nullptr) << "bad JSON output: " << out;
		EXPECT_TRUE(json_equal(got, want)) << out;
		EXPECT_EQ(key_order(got), key_order(want));
		json_decref(got);
		json_decref(want);
	}

	// The keys of every object, depth first, in the order they appear.
	static std::string key_order(json_t *value)
	{
		std::string keys;
		const char *key;
		json_t *member;
		size_t i;
		if (json_is_object(value)) {
			json_object_foreach(value, key, member) {
				keys += std::string(key) + ",";
				keys += key_order(member);
			}
		} else if (json_is_array(value)) {
			json_array_foreach(value, i, member)
				keys += key_order(member);
		}
		return keys;
	}

	TempDir dir;
	std::string db = dir.file("track.db");
};

}  // namespace

/* ---------------------------------------------------------------------
 * Nothing logged
 */

TEST_F(CheckCli, missing_database_finds_nothing_and_creates_nothing)
{
	RunResult r = track({ "check" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(r.out, "No anti-patterns found (as of 2026-11-22)\n"
	    "  nothing logged yet\n");
	r = track({ "check", "--strict" });
	EXPECT_EQ(r.status, 0);
	r = track({ "check", "--format", "json" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "{\n  \"at\": \"2026-11-22\",\n  \"findings\": []\n}\n");
	EXPECT_FALSE(file_exists(db));
}

/* ---------------------------------------------------------------------
 * tutorial-hell
 */

TEST_F(CheckCli, tutorial_hell_in_text_and_strict_exit_three)
{
	log_days("3h", "python", { "2026-11-02", "2026-11-09", "2026-11-16",
	    "2026-11-20" }, { "--tutorial", "Python Crash Course" });
	log_days("1h", "flask", { "2026-11-21" });
	// The 28 days start on 2026-10-26; the period, with the first
	// session (SPEC §5 v2).
	std::string expected =
	    "1 anti-pattern found (as of 2026-11-22)\n"
	    "\n"
	    "tutorial-hell  warning  2026-11-02 to 2026-11-22\n"
	    "  evidence: 12h of tutorials, 0m of projects in the last 28 days "
	    "(92% of 13h)\n" + std::string(kTutorialAdvice);
	EXPECT_EQ(check({}), expected);
	EXPECT_EQ(check({ "--strict" }, 3), expected);
	check_json({}, std::string("{\"at\": \"2026-11-22\", "
	    "\"findings\": [{\"id\": \"tutorial-hell\", \"severity\": "
	    "\"warning\", \"from\": \"2026-11-02\", \"to\": \"2026-11-22\", "
	    "\"evidence\": \"12h of tutorials, 0m of projects in the last 28 "
	    "days (92% of 13h)\", \"advice\": \"") + kTutorialAdviceJson +
	    "\"}]}");
}

TEST_F(CheckCli, strict_json_with_findings_exits_three_too)
{
	log_days("10h", "python", { "2026-08-01", "2026-08-02", "2026-08-03" },
	    { "--tutorial", "Python Bootcamp" });
	std::string out = check({ "--format", "json", "--strict" }, 3);
	EXPECT_NE(out.find("\"severity\": \"alert\""), std::string::npos);
}

TEST_F(CheckCli, tutorial_alert_after_thirty_hours_without_a_project_session)
{
	log_days("10h", "python", { "2026-08-01", "2026-08-02", "2026-08-03" },
	    { "--tutorial", "Python Bootcamp" });
	check_json({}, "{\"at\": \"2026-11-22\", \"findings\": [{"
	    "\"id\": \"tutorial-hell\", \"severity\": \"alert\", "
	    "\"from\": \"2026-08-01\", \"to\": \"2026-11-22\", "
	    "\"evidence\": \"30h of tutorials since 2026-08-01 and not a single "
	    "project session\", \"advice\": \"Start a project today, however "
	    "small, and go back to a tutorial only when something you are "
	    "building needs it.\"}, "
	    "{\"id\": \"stalled\", \"severity\": \"info\", "
	    "\"from\": \"2026-08-04\", \"to\": \"2026-11-22\", "
	    "\"evidence\": \"no session since 2026-08-03 (111 days), on python; "
	    "last worked on: tutorial 'Python Bootcamp' on 2026-08-03\", "
	    "\"advice\": \"Come back with something small of your own rather "
	    "than the next video: one short session today restarts the "
	    "habit.\"}]}");

	// One project session, even long ago, lifts the alert; the months
	// since the last session are still a note.
	log_days("30m", "flask", { "2026-07-01" }, { "--project", "Blog" });
	EXPECT_EQ(check({}), "No anti-patterns found, 1 note (as of "
	    "2026-11-22)\n\n"
	    "stalled  info  2026-08-04 to 2026-11-22\n"
	    "  evidence: no session since 2026-08-03 (111 days), on python; last "
	    "worked on:\n"
	    "            tutorial 'Python Bootcamp' on 2026-08-03\n"
	    "  advice:   Pick 'Python Bootcamp' up again with one short session "
	    "today, then\n"
	    "            build something small with what it teaches.\n");
}

TEST_F(CheckCli, at_travels_back_to_a_finding_gone_since)
{
	log_days("3h", "python", { "2026-10-05", "2026-10-12", "2026-10-19",
	    "2026-10-26" }, { "--tutorial", "Python Crash Course" });
	log_days("1h", "flask", { "2026-10-27" });

	// The 28 days start on 2026-10-04, the period on the first session.
	check_json({ "--at", "2026-10-31" }, std::string("{\"at\": "
	    "\"2026-10-31\", \"findings\": [{\"id\": \"tutorial-hell\", "
	    "\"severity\": \"warning\", \"from\": \"2026-10-05\", \"to\": "
	    "\"2026-10-31\", \"evidence\": \"12h of tutorials, 0m of projects "
	    "in the last 28 days (92% of 13h)\", \"advice\": \"") +
	    kTutorialAdviceJson + "\"}]}");
	EXPECT_EQ(check({ "--at", "2026-10-31", "--strict" }, 3).empty(), false);

	// Today the window starts on 2026-10-26: 3h of tutorials.
	EXPECT_EQ(check({ "--strict" }, 0),
	    "No anti-patterns found (as of 2026-11-22)\n"
	    "  last 28 days: 4h (tutorials 75%, projects 0%), 1 path; overall "
	    "13h,\n  fundamentals 12h, 0 projects completed\n");

	// Before the fourth tutorial, and blind to everything after it.
	EXPECT_EQ(check({ "--at", "2026-10-20" }),
	    "No anti-patterns found (as of 2026-10-20)\n"
	    "  last 28 days: 9h (tutorials 100%, projects 0%), 0 paths; overall "
	    "9h,\n  fundamentals 9h, 0 projects completed\n");
}

TEST_F(CheckCli, a_project_completed_in_the_window_ends_tutorial_hell)
{
	log_days("1h", "flask", { "2026-10-01" }, { "--project", "Blog" });
	log_days("3h", "python", { "2026-11-02", "2026-11-09", "2026-11-16",
	    "2026-11-20" }, { "--tutorial", "Python Crash Course" });
	const std::string none = "No anti-patterns found (as of 2026-11-22)\n";

	// The window is 2026-10-26 .. 2026-11-22.
	given({ "project", "done", "Blog", "--date", "2026-10-26" });
	EXPECT_EQ(check({}).substr(0, none.size()), none);
	given({ "project", "done", "Blog", "--date", "2026-11-22" });
	EXPECT_EQ(check({}).substr(0, none.size()), none);

	// Completed the day before the window: tutorial-hell.
	given({ "project", "done", "Blog", "--date", "2026-10-25" });
	EXPECT_EQ(check({}), "1 anti-pattern found (as of 2026-11-22)\n\n"
	    "tutorial-hell  warning  2026-10-26 to 2026-11-22\n"
	    "  evidence: 12h of tutorials, 0m of projects in the last 28 days "
	    "(100% of 12h)\n" + std::string(kTutorialAdvice));

	// --at ignores a completion after it: Blog was open then, and the
	// advice sends the learner back to it.
	given({ "project", "done", "Blog", "--date", "2026-11-22" });
	EXPECT_EQ(check({ "--at", "2026-11-21" }),
	    "1 anti-pattern found (as of 2026-11-21)\n\n"
	    "tutorial-hell  warning  2026-10-25 to 2026-11-21\n"
	    "  evidence: 12h of tutorials, 0m of projects in the last 28 days "
	    "(100% of 12h)\n"
	    "  advice:   Close the course and spend your next sessions on "
	    "'Blog': you learn\n"
	    "            more from being stuck on your own code than from the "
	    "next video.\n");
}

TEST_F(CheckCli, thresholds_set_with_config_apply)
{
	log_days("2h", "python", { "2026-11-18", "2026-11-19", "2026-11-20" },
	    { "--tutorial", "Python Crash Course" });
	log_days("1h", "flask", { "2026-11-01" });
	const std::string none = "No anti-patterns found (as of 2026-11-22)\n";
	EXPECT_EQ(check({}).substr(0, none.size()), none);

	given({ "config", "set", "tutorial-hell.min-hours", "5" });
	given({ "config", "set", "tutorial-hell.window-days", "7" });
	EXPECT_EQ(check({}), "1 anti-pattern found (as of 2026-11-22)\n\n"
	    "tutorial-hell  warning  2026-11-16 to 2026-11-22\n"
	    "  evidence: 6h of tutorials, 0m of projects in the last 7 days "
	    "(100% of 6h)\n" + std::string(kTutorialAdvice));

	// 28 days: the period starts with the first session (2026-11-01).
	given({ "config", "set", "tutorial-hell.window-days", "28" });
	EXPECT_EQ(check({}), "1 anti-pattern found (as of 2026-11-22)\n\n"
	    "tutorial-hell  warning  2026-11-01 to 2026-11-22\n"
	    "  evidence: 6h of tutorials, 0m of projects in the last 28 days "
	    "(85% of 7h)\n" + std::string(kTutorialAdvice));
	given({ "config", "set", "tutorial-hell.share", "86" });
	EXPECT_EQ(check({}).substr(0, none.size()), none);
}

/* ---------------------------------------------------------------------
 * path-hopping
 */

TEST_F(CheckCli, path_hopping_by_months_names_months_paths_and_topics)
{
	log_days("10h", "python", { "2026-08-01", "2026-08-08", "2026-08-15",
	    "2026-08-22" });
	// Blog has work in two ISO weeks: a small shipped tool, so
	// no-portfolio stays quiet (SPEC §5 v2).
	log_days("1h", "django", { "2026-08-22", "2026-08-29" },
	    { "--project", "Blog" });
	given({ "project", "done", "Blog", "--date", "2026-08-30" });
	log_days("8h", "django", { "2026-09-05" });
	log_days("6h", "django", { "2026-09-12" });
	log_days("2h", "flask", { "2026-09-19" });
	log_days("6h", "tensorflow", { "2026-10-10" });
	log_days("5h", "tensorflow", { "2026-10-17" });
	log_days("5h", "pandas", { "2026-11-07" });
	log_days("4h30m", "pandas", { "2026-11-14" });

	check_json({}, "{\"at\": \"2026-11-22\", \"findings\": [{"
	    "\"id\": \"path-hopping\", \"severity\": \"warning\", "
	    "\"from\": \"2026-09-01\", \"to\": \"2026-11-22\", "
	    "\"evidence\": \"Sep backend (django 14h) → Oct ml (tensorflow 11h) "
	    "→ Nov data-science (pandas 9h30m)\", \"advice\": \"Pick one path "
	    "and stay with it for 6 to 12 months: deep skill in one area beats "
	    "a little of everything.\"}]}");

	// At the end of October only Sep -> Oct had changed.
	check_json({ "--at", "2026-10-31" },
	    "{\"at\": \"2026-10-31\", \"findings\": []}");
}

TEST_F(CheckCli, path_hopping_by_path_set_counts_changes_not_repeats)
{
	given({ "path", "add", "web", "Web development" });
	given({ "path", "set", "backend", "--date", "2026-08-01" });
	given({ "path", "set", "web", "--date", "2026-10-02" });
	given({ "path", "set", "web", "--date", "2026-10-20" });
	given({ "path", "set", "data-science", "--date", "2026-11-01" });
	// The advice holds the learner to the path chosen last.
	std::string advice = "  advice:   Stay with data-science for the next "
	    "6 to 12 months, even when\n"
	    "            another path looks more exciting: deep skill in one "
	    "area beats a\n"
	    "            little of everything.\n";

	EXPECT_EQ(check({}), "1 anti-pattern found (as of 2026-11-22)\n\n"
	    "path-hopping  warning  2026-08-25 to 2026-11-22\n"
	    "  evidence: path set changed 2 times in 90 days: backend → web "
	    "(2026-10-02) →\n"
	    "            data-science (2026-11-01)\n" + advice);
	EXPECT_EQ(check({ "--at", "2026-10-31" }),
	    "No anti-patterns found (as of 2026-10-31)\n"
	    "  nothing logged yet\n");

	given({ "config", "set", "path-hopping.set-window-days", "30" });
	EXPECT_EQ(check({ "--strict" }),
	    "No anti-patterns found (as of 2026-11-22)\n"
	    "  nothing logged yet\n");
	given({ "config", "set", "path-hopping.changes", "1" });
	EXPECT_EQ(check({ "--strict" }, 3),
	    "1 anti-pattern found (as of 2026-11-22)\n\n"
	    "path-hopping  warning  2026-10-24 to 2026-11-22\n"
	    "  evidence: path set changed 1 time in 30 days: web → data-science "
	    "(2026-11-01)\n" + advice);
}

/* ---------------------------------------------------------------------
 * ignoring-fundamentals, no-portfolio, scattered
 */

TEST_F(CheckCli, ignoring_fundamentals_and_no_portfolio_together)
{
	log_days("5h", "django", { "2026-07-04", "2026-07-11", "2026-07-18",
	    "2026-07-25", "2026-08-01", "2026-08-08", "2026-08-15",
	    "2026-08-22", "2026-08-29", "2026-09-05", "2026-09-12",
	    "2026-09-19" });
	log_days("2h", "python", { "2026-09-20" });
	// The advice names the framework learnt (django); nothing since
	// 2026-09-20 is a note of its own (SPEC §5 v2 stalled).
	check_json({}, "{\"at\": \"2026-11-22\", \"findings\": ["
	    "{\"id\": \"ignoring-fundamentals\", \"severity\": \"warning\", "
	    "\"from\": \"2026-07-04\", \"to\": \"2026-11-22\", "
	    "\"evidence\": \"60h of specialization but 2h of fundamentals "
	    "(step 1 asks for 40h first)\", \"advice\": \"Frameworks change but "
	    "the language stays: put in your fundamentals hours (data "
	    "structures, functions, classes, error handling) before going "
	    "deeper into django.\"}, "
	    "{\"id\": \"no-portfolio\", \"severity\": \"warning\", "
	    "\"from\": \"2026-07-04\", \"to\": \"2026-11-22\", "
	    "\"evidence\": \"62h logged in 12 weeks and no project completed\", "
	    "\"advice\": \"Employers want to see what you built, not which "
	    "courses you finished: finish one project, publish it and record "
	    "it with `track project done NAME --url URL`.\"}, "
	    "{\"id\": \"stalled\", \"severity\": \"info\", "
	    "\"from\": \"2026-09-21\", \"to\": \"2026-11-22\", "
	    "\"evidence\": \"no session since 2026-09-20 (63 days), on "
	    "python\", \"advice\": \"Log one short session on python today: a "
	    "small step back in beats planning a big restart.\"}]}");

	// Back on 2026-08-22: 40h over 8 weeks, and fundamentals 0m. The
	// recent form of no-portfolio needs an earlier substantial project.
	check_json({ "--at", "2026-08-22" }, "{\"at\": \"2026-08-22\", "
	    "\"findings\": [{\"id\": \"ignoring-fundamentals\", \"severity\": "
	    "\"warning\", \"from\": \"2026-07-04\", \"to\": \"2026-08-22\", "
	    "\"evidence\": \"40h of specialization but 0m of fundamentals "
	    "(step 1 asks for 40h first)\", \"advice\": \"Frameworks change but "
	    "the language stays: put in your fundamentals hours (data "
	    "structures, functions, classes, error handling) before going "
	    "deeper into django.\"}, "
	    "{\"id\": \"no-portfolio\", \"severity\": \"warning\", "
	    "\"from\": \"2026-07-04\", \"to\": \"2026-08-22\", "
	    "\"evidence\": \"40h logged in 8 weeks and no project completed\", "
	    "\"advice\": \"Employers want to see what you built, not which "
	    "courses you finished: finish one project, publish it and record "
	    "it with `track project done NAME --url URL`.\"}]}");
}

TEST_F(CheckCli, scattered_across_four_paths_with_a_custom_one)
{
	given({ "path", "add", "web", "Web development" });
	given({ "topic", "add", "htmx", "--path", "web" });
	log_days("11h", "python", { "2026-11-01" });
	log_days("3h", "django", { "2026-11-10" });
	log_days("3h", "htmx", { "2026-11-11" });
	log_days("2h30m", "pandas", { "2026-11-12" });
	log_days("2h", "docker", { "2026-11-13" });
	// The 28 days start on 2026-10-26, the period with the first session.
	std::string expected =
	    "1 anti-pattern found (as of 2026-11-22)\n\n"
	    "scattered  warning  2026-11-01 to 2026-11-22\n"
	    "  evidence: 4 paths in 28 days: backend 3h, web 3h, data-science "
	    "2h30m, devops\n"
	    "            2h; the largest holds 28%\n"
	    "  advice:   Learn one thing at a time: keep the path that matters "
	    "most to you\n"
	    "            and park the others until you have built something "
	    "real in it.\n";
	EXPECT_EQ(check({ "--strict" }, 3), expected);

	given({ "config", "set", "scattered.paths", "5" });
	EXPECT_EQ(check({ "--strict" }, 0),
	    "No anti-patterns found (as of 2026-11-22)\n"
	    "  last 28 days: 21h30m (tutorials 0%, projects 0%), 4 paths; "
	    "overall 21h30m,\n  fundamentals 11h, 0 projects completed\n");
}

/* ---------------------------------------------------------------------
 * Local days across a DST change
 */

TEST_F(CheckCli, weeks_and_windows_follow_local_days_across_dst)
{
	// 2026-10-25 is the Sunday Berlin leaves summer time; the instant
	// below is 00:30 on Monday 2026-10-26 there, still Sunday in UTC.
	const std::map<std::string, std::string> berlin = {
		{ "TRACK_NOW", "2026-10-25T23:30:00Z" },
		{ "TZ", "Europe/Berlin" }, { "TRACK_DB", "" }, { "NO_COLOR", "" },
	};
	std::map<std::string, std::string> utc = berlin;
	utc["TZ"] = "UTC";
	for (const char *d : { "2026-09-13", "2026-09-20", "2026-09-27",
	    "2026-10-04", "2026-10-11", "2026-10-18", "2026-10-19",
	    "2026-10-25" })
		given({ "log", "1h", "django", "--date", d }, berlin);

	// Seven ISO weeks: Monday 10-19 and Sunday 10-25 share one.
	EXPECT_EQ(check({}, 0, berlin),
	    "No anti-patterns found (as of 2026-10-26)\n"
	    "  last 28 days: 5h (tutorials 0%, projects 0%), 1 path; overall "
	    "8h, fundamentals\n  0m, 0 projects completed\n");

	given({ "log", "1h", "django" }, berlin);
	EXPECT_EQ(query(db, "SELECT day FROM session ORDER BY id DESC LIMIT 1"),
	    "2026-10-26\n");
	EXPECT_EQ(check({ "--strict" }, 3, berlin),
	    "1 anti-pattern found (as of 2026-10-26)\n\n"
	    "no-portfolio  warning  2026-09-13 to 2026-10-26\n"
	    "  evidence: 9h logged in 8 weeks and no project completed\n"
	    "  advice:   Employers want to see what you built, not which "
	    "courses you\n"
	    "            finished: finish one project, publish it and record it "
	    "with `track\n"
	    "            project done NAME --url URL`.\n");

	// In UTC the same instant is still Sunday 10-25: Monday's session
	// is in the future and the eighth week not there yet.
	EXPECT_EQ(check({ "--strict" }, 0, utc),
	    "No anti-patterns found (as of 2026-10-25)\n"
	    "  last 28 days: 5h (tutorials 0%, projects 0%), 1 path; overall "
	    "8h, fundamentals\n  0m, 0 projects completed\n");
}

/* ---------------------------------------------------------------------
 * Output details and refusals
 */

TEST_F(CheckCli, colour_only_when_asked_and_never_with_no_color)
{
	log_days("3h", "python", { "2026-11-02", "2026-11-09", "2026-11-16",
	    "2026-11-20" }, { "--tutorial", "Python Crash Course" });
	given({ "config", "set", "color", "always" });
	std::string out = check({});
	std::string want = "\033[1m1 anti-pattern found\033[0m (as of "
	    "2026-11-22)\n\n\033[1mtutorial-hell\033[0m  \033[33mwarning\033[0m"
	    "  2026-11-02 to 2026-11-22\n";
	EXPECT_EQ(out.substr(0, want.size()), want);

	std::map<std::string, std::string> no_color = kEnv;
	no_color["NO_COLOR"] = "1";
	out = check({}, 0, no_color);
	EXPECT_EQ(out.find('\033'), std::string::npos);
	EXPECT_EQ(out.substr(0, 40), "1 anti-pattern found (as of 2026-11-22)\n");
}

TEST_F(CheckCli, bad_options_are_refused_and_change_nothing)
{
	log_days("1h", "django", { "2026-11-20" });
	refused({ "--format", "xml" }, 2,
	    "invalid format 'xml': use text or json");
	refused({ "--at", "2026-12-01" }, 2,
	    "date '2026-12-01' is in the future: today is 2026-11-22");
	refused({ "--at", "someday" }, 2, "invalid date 'someday': use today, "
	    "yesterday, YYYY-MM-DD, -3d, '3 days ago' or a weekday name");
	refused({ "--at" }, 2, "option '--at' for 'track check' needs a value");
	refused({ "--bogus" }, 2,
	    "unknown option '--bogus' for 'track check': see 'track help check'");
	refused({ "now" }, 2,
	    "usage: track check [--at DATE] [--strict] [--format text|json]");
}
