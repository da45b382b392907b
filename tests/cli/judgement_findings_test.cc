// The findings casebook (SPEC §5 version 2, issue 15): named learners
// whose histories are built through the command line (TRACK_NOW, --date,
// `check --at`), each asserting the whole outcome of `track check
// --format json` (every finding with its severity, in order) and the
// evidence and advice that matter for the case. Every expectation is
// worked out by hand from the history written above it; every case
// fails on the version-1 binary (TRACK_BIN=/work/v1/build/track).
#include <gtest/gtest.h>
#include <jansson.h>

#include <map>
#include <string>
#include <vector>

#include "support.h"

namespace {

const char kNow[] = "2026-11-22T10:00:00Z";

// What `track check --format json` said: "id:severity" in order, and
// each finding's keys by id.
struct Outcome {
	std::vector<std::string> findings;
	std::map<std::string, std::map<std::string, std::string>> by_id;

	const std::string &evidence(const std::string &id)
	{
		return by_id[id]["evidence"];
	}
	const std::string &advice(const std::string &id)
	{
		return by_id[id]["advice"];
	}
	std::string period(const std::string &id)
	{
		return by_id[id]["from"] + ".." + by_id[id]["to"];
	}
};

class Casebook : public ::testing::Test {
protected:
	std::map<std::string, std::string> env(const char *now = kNow)
	{
		return { { "TRACK_NOW", now }, { "TZ", "UTC" },
			{ "TRACK_DB", "" }, { "NO_COLOR", "" } };
	}

	RunResult track(std::vector<std::string> args, const char *now = kNow)
	{
		args.insert(args.begin(), { "--db", db });
		return run_track(args, env(now));
	}

	// A command that builds the history; it must succeed.
	void given(const std::vector<std::string> &args)
	{
		RunResult r = track(args);
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

	// Every second day from first to last (inclusive), "YYYY-MM-DD".
	static std::vector<std::string> every_other_day(int year, int month,
	    int day, int count)
	{
		static const int lengths[] = { 31, 28, 31, 30, 31, 30, 31, 31,
		    30, 31, 30, 31 };
		std::vector<std::string> days;
		char text[32];
		for (int i = 0; i < count; i++) {
			snprintf(text, sizeof(text), "%04d-%02d-%02d", year, month,
			    day);
			days.push_back(text);
			day += 2;
			if (day > lengths[month - 1]) {
				day -= lengths[month - 1];
				month++;
			}
		}
		return days;
	}

	// `track check --format json [args]` as of now: it must succeed
	// with nothing on stderr.
	Outcome check(const std::vector<std::string> &args = {},
	    const char *now = kNow)
	{
		std::vector<std::string> all = { "check", "--format", "json" };
		all.insert(all.end(), args.begin(), args.end());
		RunResult r = track(all, now);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		Outcome o;
		json_error_t error;
		json_t *root = json_loads(r.out.c_str(), 0, &error);
		EXPECT_NE(root, nullptr) << r.out;
		if (root == nullptr)
			return o;
		size_t i;
		json_t *item;
		json_array_foreach(json_object_get(root, "findings"), i, item) {
			std::string id = json_string_value(json_object_get(item,
			    "id"));
			o.findings.push_back(id + ":" + json_string_value(
			    json_object_get(item, "severity")));
			const char *key;
			json_t *value;
			json_object_foreach(item, key, value)
				o.by_id[id][key] = json_string_value(value);
		}
		json_decref(root);
		return o;
	}

	// Fundamentals first: 45h of python, 5h on each of nine June days.
	void python_in_june()
	{
		log_days("5h", "python", { "2026-06-01", "2026-06-03",
		    "2026-06-05", "2026-06-08", "2026-06-10", "2026-06-12",
		    "2026-06-15", "2026-06-17", "2026-06-19" });
	}

	// Backend since June: 24h of fundamentals over all five areas
	// (step 1 is over half its 40h), then two hours of Django a week
	// and a project finished every two months.
	void steady_backend_learner()
	{
		given({ "path", "set", "backend", "--date", "2026-06-01" });
		log_days("3h", "python", { "2026-06-01", "2026-06-03" });
		log_days("3h", "data-structures", { "2026-06-05",
		    "2026-06-08" });
		log_days("2h", "functions", { "2026-06-10", "2026-06-12" });
		log_days("2h", "oop", { "2026-06-15", "2026-06-17" });
		log_days("2h", "error-handling", { "2026-06-19",
		    "2026-06-22" });
		log_days("2h", "django", { "2026-07-06", "2026-07-13",
		    "2026-07-20", "2026-07-27", "2026-08-03" },
		    { "--project", "Blog" });
		given({ "project", "done", "Blog", "--date", "2026-08-05" });
		log_days("2h", "django", { "2026-09-07", "2026-09-14",
		    "2026-09-21", "2026-09-28", "2026-10-05", "2026-10-12" },
		    { "--project", "Todo API" });
		given({ "project", "done", "Todo API", "--date",
		    "2026-10-15" });
		log_days("2h", "django", { "2026-07-08", "2026-07-15",
		    "2026-07-22", "2026-07-29", "2026-08-10", "2026-08-17",
		    "2026-08-24", "2026-08-31", "2026-09-09", "2026-09-16",
		    "2026-09-23", "2026-09-30", "2026-10-07", "2026-10-14",
		    "2026-10-21", "2026-10-28", "2026-11-04", "2026-11-11",
		    "2026-11-18" });
		log_days("2h", "django", { "2026-10-26", "2026-11-02",
		    "2026-11-09", "2026-11-16" }, { "--project", "Shop" });
	}

	TempDir dir;
	std::string db = dir.file("track.db");
};

typedef std::vector<std::string> Findings;

}  // namespace

/* ---------------------------------------------------------------------
 * The ordinary learner every rule must leave alone
 */

TEST_F(Casebook, a_steady_backend_learner_gets_no_warning)
{
	steady_backend_learner();
	// Fundamentals 24h (v1 wanted 40h before anything else): step 1's
	// 24h is over half its target, so the basics were not skipped.
	// Blog and Todo API have work in 5 and 6 weeks; Todo API was
	// finished inside the last 90 days; django is used in projects;
	// every hour is backend; the last session is four days old.
	EXPECT_EQ(check().findings, Findings{});

	std::string text = track({ "check" }).out;
	EXPECT_EQ(text.substr(0, 42), "No anti-patterns found (as of 2026-11-22)\n");
}

TEST_F(Casebook, case_4_a_mis_click_on_path_set_is_not_path_hopping)
{
	steady_backend_learner();
	// ml by mistake, backend again the same day: one choice, no change.
	given({ "path", "set", "ml", "--date", "2026-11-10" });
	given({ "path", "set", "backend", "--date", "2026-11-10" });
	EXPECT_EQ(check().findings, Findings{});
}

/* ---------------------------------------------------------------------
 * Issue 15, case 2: topics serve paths
 */

TEST_F(Casebook, case_2_a_data_scientists_linear_algebra_is_not_path_hopping)
{
	given({ "path", "set", "data-science", "--date", "2026-03-01" });
	log_days("5h", "python", { "2026-03-02", "2026-03-04", "2026-03-06",
	    "2026-03-09", "2026-03-11", "2026-03-13", "2026-03-16",
	    "2026-03-18", "2026-03-20" });
	log_days("2h", "linear-algebra", { "2026-04-06", "2026-04-08",
	    "2026-04-13", "2026-04-15", "2026-04-20" });
	log_days("2h30m", "statistics", { "2026-04-22", "2026-04-27" });
	log_days("2h", "pandas", { "2026-05-04", "2026-05-06", "2026-05-11",
	    "2026-05-13", "2026-05-18" }, { "--project", "Spending analysis" });
	given({ "project", "done", "Spending analysis", "--date",
	    "2026-05-20" });
	log_days("2h", "linear-algebra", { "2026-06-01", "2026-06-03",
	    "2026-06-08", "2026-06-10" });

	// Linear algebra (home ml) serves data-science: April is 15h of
	// data-science, May 10h, June 8h; no month hops. Statistics 5h
	// covers the prerequisites; the maths are never "unapplied"; the
	// 90 days hold the finished project; June 10 is 20 days back.
	EXPECT_EQ(check({ "--at", "2026-06-30" }).findings, Findings{});
}

TEST_F(Casebook, case_2_flask_sqlalchemy_and_docker_are_one_backend_stack)
{
	given({ "path", "set", "backend", "--date", "2026-08-01" });
	log_days("5h", "python", { "2026-08-03", "2026-08-05", "2026-08-07",
	    "2026-08-10", "2026-08-12", "2026-08-14", "2026-08-17",
	    "2026-08-19", "2026-08-21" });
	log_days("2h", "flask", { "2026-10-05", "2026-10-07", "2026-10-12",
	    "2026-10-14" }, { "--project", "Todo API" });
	given({ "project", "done", "Todo API", "--date", "2026-10-15" });
	log_days("2h", "flask", { "2026-11-02" });
	log_days("3h", "flask", { "2026-11-09" });
	log_days("3h", "sqlalchemy", { "2026-11-04" });
	log_days("3h", "docker", { "2026-11-11" });

	// The last 28 days: flask 5h, sqlalchemy 3h, docker 3h, all
	// serving backend: one path, not three (v1: 45% each way).
	EXPECT_EQ(check().findings, Findings{});
}

/* ---------------------------------------------------------------------
 * Issue 15, case 5: off-path
 */

TEST_F(Casebook, case_5_backend_chosen_and_48h_of_pandas_in_four_weeks_is_off_path)
{
	given({ "path", "set", "backend", "--date", "2026-06-01" });
	python_in_june();
	log_days("1h30m", "flask", { "2026-07-06", "2026-07-13" },
	    { "--project", "Blog" });
	given({ "project", "done", "Blog", "--date", "2026-07-15" });
	log_days("4h", "pandas", { "2026-10-26", "2026-10-27", "2026-10-29",
	    "2026-11-01", "2026-11-03", "2026-11-05", "2026-11-08",
	    "2026-11-10", "2026-11-12", "2026-11-15", "2026-11-17",
	    "2026-11-19" });

	// 12 x 4h of pandas (data-science) in the last 28 days and nothing
	// on backend. Blog (3h over two weeks) is a small shipped tool, so
	// no-portfolio stays quiet, and it is not substantial, so the 90
	// days without a completion are no warning either. pandas is
	// unapplied, but memorization waits for off-path.
	Outcome o = check();
	EXPECT_EQ(o.findings, Findings{ "off-path:warning" });
	EXPECT_EQ(o.period("off-path"), "2026-10-26..2026-11-22");
	EXPECT_EQ(o.evidence("off-path"), "backend 0m of 48h in the last 28 "
	    "days (0%); the rest went to data-science 48h");
	EXPECT_EQ(o.advice("off-path"), "Either make data-science your path "
	    "(`track path set data-science`) or come back to backend: hours "
	    "spread elsewhere do not deepen the path you chose.");

	// Before the pandas: only the quiet months since July 13 (104 days).
	EXPECT_EQ(check({ "--at", "2026-10-25" }).findings,
	    Findings{ "stalled:info" });

	// Taking the advice: data-science it is. One path change in 90
	// days is no hopping; now the 48h of pandas never used in a
	// project and no statistics at all are what is left to say.
	given({ "path", "set", "data-science", "--date", "2026-11-20" });
	o = check();
	EXPECT_EQ(o.findings, (Findings{ "memorization:warning",
	    "skipped-prerequisites:warning" }));
	EXPECT_EQ(o.evidence("memorization"), "pandas 48h: 48h of tutorials "
	    "and study in the last 90 days on topics never used in a project "
	    "(100% of 48h)");
	EXPECT_EQ(o.evidence("skipped-prerequisites"), "48h on data-science "
	    "but 0m on its prerequisites (probability 0m, statistics 0m)");
}

/* ---------------------------------------------------------------------
 * Issue 15, case 9 (and case 1, the findings side): no-portfolio
 */

TEST_F(Casebook, case_9_no_portfolio_names_the_open_project_with_most_hours)
{
	given({ "path", "set", "backend", "--date", "2026-06-01" });
	python_in_june();
	log_days("2h", "flask", { "2026-09-07", "2026-09-14", "2026-09-21",
	    "2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19",
	    "2026-10-26" }, { "--project", "Todo API" });
	log_days("1h", "flask", { "2026-11-09" }, { "--project", "Todo API" });
	given({ "project", "add", "Notes", "--date", "2026-11-01" });

	// 45h + 17h = 62h in 3 June weeks and 9 weeks of Todo API, nothing
	// completed. The advice names Todo API (17h), not Notes (0h).
	Outcome o = check();
	EXPECT_EQ(o.findings, Findings{ "no-portfolio:warning" });
	EXPECT_EQ(o.period("no-portfolio"), "2026-06-01..2026-11-22");
	EXPECT_EQ(o.evidence("no-portfolio"), "62h logged in 12 weeks and no "
	    "project completed");
	EXPECT_EQ(o.advice("no-portfolio"), "Finish 'Todo API' (17h so far), "
	    "publish it and record it with `track project done` and its URL: "
	    "employers want to see what you built, not which courses you "
	    "finished.");

	given({ "project", "done", "Todo API", "--date", "2026-11-20" });
	EXPECT_EQ(check().findings, Findings{});
}

TEST_F(Casebook, case_9_after_a_substantial_project_the_next_one_is_named)
{
	given({ "path", "set", "backend", "--date", "2026-06-01" });
	python_in_june();
	log_days("2h", "django", { "2026-06-22", "2026-06-29", "2026-07-06",
	    "2026-07-13", "2026-07-20", "2026-07-27" },
	    { "--project", "Blog" });
	given({ "project", "done", "Blog", "--date", "2026-07-31" });
	log_days("2h", "django", { "2026-08-31", "2026-09-07", "2026-09-14",
	    "2026-09-21", "2026-09-28", "2026-10-05", "2026-10-12",
	    "2026-10-19", "2026-10-26", "2026-11-02" });
	log_days("2h", "flask", { "2026-10-13", "2026-10-20", "2026-10-27",
	    "2026-11-03", "2026-11-10", "2026-11-17" },
	    { "--project", "Booking API" });

	// Blog (12h over six weeks) is substantial and finished before the
	// 90 days (2026-08-25 on), which hold 20h + 12h and no completion.
	Outcome o = check();
	EXPECT_EQ(o.findings, Findings{ "no-portfolio:warning" });
	EXPECT_EQ(o.period("no-portfolio"), "2026-08-25..2026-11-22");
	EXPECT_EQ(o.evidence("no-portfolio"), "32h in the last 90 days and no "
	    "project completed in them (the last substantial one, 'Blog', on "
	    "2026-07-31)");
	EXPECT_EQ(o.advice("no-portfolio"), "Finish 'Booking API' (12h so "
	    "far), publish it and record it with `track project done` and its "
	    "URL: employers want to see what you built, not which courses you "
	    "finished.");

	given({ "project", "done", "Booking API", "--date", "2026-11-20" });
	EXPECT_EQ(check().findings, Findings{});
}

TEST_F(Casebook, case_1_five_projects_done_with_no_work_are_no_portfolio)
{
	given({ "path", "set", "backend", "--date", "2026-06-01" });
	python_in_june();
	log_days("2h", "django", { "2026-09-01", "2026-09-08", "2026-09-15",
	    "2026-09-22", "2026-09-29", "2026-10-06", "2026-10-13",
	    "2026-10-20", "2026-10-27", "2026-11-03" });
	for (const char *name : { "One", "Two", "Three", "Four", "Five" }) {
		given({ "project", "add", name, "--date", "2026-07-01" });
		given({ "project", "done", name, "--date", "2026-07-02" });
	}

	// 65h in 3 + 10 weeks; five completed projects without a single
	// session. No project is open, so the advice names none.
	Outcome o = check();
	EXPECT_EQ(o.findings, Findings{ "no-portfolio:warning" });
	EXPECT_EQ(o.evidence("no-portfolio"), "65h logged in 13 weeks; 5 "
	    "completed projects, none with work in two or more weeks");
	EXPECT_EQ(o.advice("no-portfolio"), "Build a small Django or Flask app "
	    "of your own over a few weeks and publish it: employers want to "
	    "see what you built, not which courses you finished.");
}

/* ---------------------------------------------------------------------
 * Issue 15, case 10: advice for the learner's path and state
 */

TEST_F(Casebook, case_10_an_automation_learner_is_not_sent_into_a_framework)
{
	given({ "path", "set", "automation", "--date", "2026-09-01" });
	log_days("2h", "python", { "2026-09-02" });
	log_days("3h", "web-scraping", { "2026-09-05", "2026-09-12",
	    "2026-09-19", "2026-09-26", "2026-10-03", "2026-10-10",
	    "2026-10-17", "2026-10-24", "2026-10-31", "2026-11-07" });
	log_days("2h", "file-handling", { "2026-09-06", "2026-09-13",
	    "2026-09-20", "2026-09-27", "2026-10-04" });

	// 40h of automation, 2h of python, 10 ISO weeks, no project.
	Outcome o = check();
	EXPECT_EQ(o.findings, (Findings{ "ignoring-fundamentals:warning",
	    "no-portfolio:warning" }));
	EXPECT_EQ(o.evidence("ignoring-fundamentals"), "40h of specialization "
	    "but 2h of fundamentals (step 1 asks for 40h first)");
	EXPECT_EQ(o.advice("ignoring-fundamentals"), "Scripts are only as "
	    "reliable as the Python under them: put in your fundamentals hours "
	    "(data structures, functions, error handling) before automating "
	    "bigger tasks.");
	EXPECT_EQ(o.evidence("no-portfolio"), "42h logged in 10 weeks and no "
	    "project completed");
	EXPECT_EQ(o.advice("no-portfolio"), "Build a script that automates a "
	    "chore of your own over a few weeks and publish it: employers want "
	    "to see what you built, not which courses you finished.");
	for (const char *id : { "ignoring-fundamentals", "no-portfolio" }) {
		EXPECT_EQ(o.advice(id).find("framework"), std::string::npos) << id;
		EXPECT_EQ(o.advice(id).find('\''), std::string::npos)
		    << id << ": names a project that does not exist";
	}
}

/* ---------------------------------------------------------------------
 * Issue 15, case 13, and article 1's three months of Django videos
 */

TEST_F(Casebook, case_13_tutorial_hell_waits_two_weeks_and_starts_with_the_first_session)
{
	log_days("2h", "python", { "2026-11-12", "2026-11-13", "2026-11-14",
	    "2026-11-15", "2026-11-16", "2026-11-17", "2026-11-18",
	    "2026-11-19", "2026-11-20", "2026-11-21" },
	    { "--tutorial", "Python for Everybody" });

	// Ten days in: 20h of videos is how everyone starts.
	EXPECT_EQ(check().findings, Findings{});
	EXPECT_EQ(check({}, "2026-11-25T10:00:00Z").findings, Findings{});

	// Fourteen days after the first session, with nothing built: the
	// period starts with that session, not 28 days back.
	Outcome o = check({}, "2026-11-26T10:00:00Z");
	EXPECT_EQ(o.findings, Findings{ "tutorial-hell:warning" });
	EXPECT_EQ(o.period("tutorial-hell"), "2026-11-12..2026-11-26");
	EXPECT_EQ(o.evidence("tutorial-hell"), "20h of tutorials, 0m of "
	    "projects in the last 28 days (100% of 20h)");
}

TEST_F(Casebook, article_three_months_of_django_videos_is_tutorial_hell)
{
	given({ "path", "set", "backend", "--date", "2026-08-01" });
	// 2h of Django videos every other day, 2026-08-01 .. 2026-10-30.
	log_days("2h", "django", every_other_day(2026, 8, 1, 46),
	    { "--tutorial", "Django for Beginners" });

	// Nine days in: 10h of Django and no fundamentals, and too early
	// to call it tutorial hell.
	Outcome early = check({ "--at", "2026-08-10" });
	EXPECT_EQ(early.findings, Findings{ "ignoring-fundamentals:warning" });
	EXPECT_EQ(early.advice("ignoring-fundamentals"), "Frameworks change but "
	    "the language stays: put in your fundamentals hours (data "
	    "structures, functions, classes, error handling) before going "
	    "deeper into django.");

	// Three months: 92h of videos in 14 weeks, not a line of own code.
	Outcome o = check({ "--at", "2026-10-31" });
	EXPECT_EQ(o.findings, (Findings{ "tutorial-hell:alert",
	    "ignoring-fundamentals:warning", "no-portfolio:warning" }));
	EXPECT_EQ(o.period("tutorial-hell"), "2026-08-01..2026-10-31");
	EXPECT_EQ(o.evidence("tutorial-hell"), "92h of tutorials since "
	    "2026-08-01 and not a single project session");
	EXPECT_EQ(o.advice("tutorial-hell"), "Start a project today, however "
	    "small, and go back to a tutorial only when something you are "
	    "building needs it.");
	EXPECT_EQ(o.evidence("no-portfolio"), "92h logged in 14 weeks and no "
	    "project completed");
	EXPECT_EQ(o.advice("no-portfolio"), "Build a small Django or Flask app "
	    "of your own over a few weeks and publish it: employers want to "
	    "see what you built, not which courses you finished.");
}

/* ---------------------------------------------------------------------
 * Article 1: Django → TensorFlow → data science, monthly
 */

TEST_F(Casebook, article_django_tensorflow_data_science_monthly_is_path_hopping)
{
	python_in_june();
	given({ "path", "set", "backend", "--date", "2026-09-01" });
	log_days("8h", "django", { "2026-09-05" });
	log_days("6h", "django", { "2026-09-12" });
	log_days("2h", "django", { "2026-09-15", "2026-09-22" },
	    { "--project", "Blog" });
	given({ "project", "done", "Blog", "--date", "2026-09-25" });
	given({ "path", "set", "ml", "--date", "2026-10-01" });
	log_days("6h", "tensorflow", { "2026-10-03" });
	log_days("5h", "tensorflow", { "2026-10-10" });
	given({ "path", "set", "data-science", "--date", "2026-11-01" });
	log_days("5h", "pandas", { "2026-11-07" });
	log_days("4h30m", "pandas", { "2026-11-14" });

	// Sep backend (django 14h + 4h of Blog), Oct ml, Nov data-science:
	// two changes by month and two by path set in 90 days. The
	// advice holds the learner to the path chosen last. Blog is a
	// small shipped tool (two weeks) finished in the 90 days;
	// tensorflow 11h and pandas 9h30m unapplied are 53% of 38h30m.
	Outcome o = check();
	EXPECT_EQ(o.findings, Findings{ "path-hopping:warning" });
	EXPECT_EQ(o.period("path-hopping"), "2026-08-25..2026-11-22");
	EXPECT_EQ(o.evidence("path-hopping"), "Sep backend (django 18h) → Oct "
	    "ml (tensorflow 11h) → Nov data-science (pandas 9h30m); path set "
	    "changed 2 times in 90 days: backend → ml (2026-10-01) → "
	    "data-science (2026-11-01)");
	EXPECT_EQ(o.advice("path-hopping"), "Stay with data-science for the "
	    "next 6 to 12 months, even when another path looks more exciting: "
	    "deep skill in one area beats a little of everything.");
}

/* ---------------------------------------------------------------------
 * memorization
 */

TEST_F(Casebook, a_data_scientist_who_studies_without_applying_gets_memorization)
{
	given({ "path", "set", "data-science", "--date", "2026-05-01" });
	log_days("5h", "python", { "2026-05-04", "2026-05-06", "2026-05-08",
	    "2026-05-11", "2026-05-13", "2026-05-15", "2026-05-18",
	    "2026-05-20", "2026-05-22" });
	log_days("2h", "jupyter", { "2026-06-01", "2026-06-08" },
	    { "--project", "Notebook tour" });
	given({ "project", "done", "Notebook tour", "--date", "2026-06-10" });
	log_days("3h", "statistics", { "2026-06-15", "2026-06-22" });
	log_days("3h", "pandas", { "2026-09-01", "2026-09-08" },
	    { "--tutorial", "Pandas course" });
	log_days("3h", "pandas", { "2026-09-15", "2026-09-22" });
	log_days("2h", "numpy", { "2026-10-01", "2026-10-06", "2026-10-13",
	    "2026-10-20" });
	log_days("2h30m", "matplotlib", { "2026-11-03", "2026-11-10" },
	    { "--tutorial", "Matplotlib basics" });

	// The 90 days (from 2026-08-25) hold 25h, all on three topics of
	// 5h or more that no project session ever used.
	Outcome o = check();
	EXPECT_EQ(o.findings, Findings{ "memorization:warning" });
	EXPECT_EQ(o.period("memorization"), "2026-08-25..2026-11-22");
	EXPECT_EQ(o.evidence("memorization"), "pandas 12h, numpy 8h, "
	    "matplotlib 5h: 25h of tutorials and study in the last 90 days on "
	    "topics never used in a project (100% of 25h)");
	EXPECT_EQ(o.advice("memorization"), "Use pandas in a small project "
	    "this week: if you understand the core concepts, you can always "
	    "look up the rest.");

	// Pandas put to use: numpy 8h and matplotlib 5h are under 15h.
	log_days("2h", "pandas", { "2026-11-20" },
	    { "--project", "Spending analysis" });
	EXPECT_EQ(check().findings, Findings{});
}

/* ---------------------------------------------------------------------
 * skipped-prerequisites
 */

TEST_F(Casebook, an_ml_learner_who_skips_the_math_gets_skipped_prerequisites)
{
	given({ "path", "set", "ml", "--date", "2026-07-01" });
	python_in_june();
	log_days("1h", "statistics", { "2026-07-02" });
	log_days("2h", "scikit-learn", { "2026-07-06", "2026-07-13",
	    "2026-07-20", "2026-07-27", "2026-08-03", "2026-08-10" });
	log_days("2h", "scikit-learn", { "2026-08-17", "2026-08-24",
	    "2026-08-31", "2026-09-07" }, { "--project", "Digit classifier" });
	given({ "project", "done", "Digit classifier", "--date", "2026-09-10" });
	log_days("2h", "pytorch", { "2026-10-12", "2026-10-19", "2026-10-26",
	    "2026-11-02", "2026-11-09", "2026-11-16" });

	// scikit-learn 20h and pytorch 12h count for ml; statistics (1h)
	// is a prerequisite and under 5h with the other three at 0.
	Outcome o = check();
	EXPECT_EQ(o.findings, Findings{ "skipped-prerequisites:warning" });
	EXPECT_EQ(o.period("skipped-prerequisites"), "2026-06-01..2026-11-22");
	EXPECT_EQ(o.evidence("skipped-prerequisites"), "32h on ml but 1h on "
	    "its prerequisites (calculus 0m, linear-algebra 0m, probability "
	    "0m, statistics 1h)");
	EXPECT_EQ(o.advice("skipped-prerequisites"), "Don't skip the math: put "
	    "a few hours into calculus, linear-algebra, probability and "
	    "statistics now, because everything in ml builds on them.");

	// Four more hours of statistics: 5h is enough.
	log_days("4h", "statistics", { "2026-11-20" });
	EXPECT_EQ(check().findings, Findings{});
}

/* ---------------------------------------------------------------------
 * stalled
 */

TEST_F(Casebook, a_learner_back_after_a_month_is_welcomed_back)
{
	given({ "path", "set", "backend", "--date", "2026-09-01" });
	log_days("5h", "python", { "2026-09-01", "2026-09-03", "2026-09-08",
	    "2026-09-10", "2026-09-15" });
	log_days("2h", "flask", { "2026-10-04", "2026-10-11", "2026-10-18" },
	    { "--project", "Todo API" });
	log_days("1h", "flask", { "2026-10-12" },
	    { "--tutorial", "Flask Mega-Tutorial" });
	log_days("2h", "django", { "2026-10-20" });

	// 34h, the last session 33 days ago; Todo API (10-18) was worked on
	// after the tutorial (10-12).
	Outcome o = check();
	EXPECT_EQ(o.findings, Findings{ "stalled:info" });
	EXPECT_EQ(o.period("stalled"), "2026-10-21..2026-11-22");
	EXPECT_EQ(o.evidence("stalled"), "no session since 2026-10-20 (33 "
	    "days), on django; last worked on: project 'Todo API' on "
	    "2026-10-18");
	EXPECT_EQ(o.advice("stalled"), "Pick 'Todo API' up again with one "
	    "short session today: a small step back in beats planning a big "
	    "restart.");

	// An info alone: --strict exits 0.
	RunResult strict = track({ "check", "--strict" });
	EXPECT_EQ(strict.status, 0);
	EXPECT_EQ(strict.out.substr(0, 51),
	    "No anti-patterns found, 1 note (as of 2026-11-22)\n\n");

	// Plan and report open with the welcome back.
	const std::string welcome = "Welcome back: 33 days since your last "
	    "session; pick up 'Todo API' again today.\n";
	EXPECT_EQ(track({ "plan" }).out.substr(0, welcome.size()), welcome);
	EXPECT_EQ(track({ "report" }).out.substr(0, welcome.size()), welcome);
	json_error_t error;
	json_t *report = json_loads(track({ "report", "--format", "json" })
	    .out.c_str(), 0, &error);
	ASSERT_NE(report, nullptr);
	EXPECT_STREQ(json_string_value(json_object_get(report, "welcome_back")),
	    "Welcome back: 33 days since your last session; pick up 'Todo API' "
	    "again today.");
	json_decref(report);

	// 20 days after the last session it is not stalled yet, and the
	// days are a setting.
	EXPECT_EQ(check({ "--at", "2026-11-09" }).findings, Findings{});
	EXPECT_EQ(track({ "plan", "--at", "2026-11-09" }).out.find("Welcome"),
	    std::string::npos);
	given({ "config", "set", "stalled.days", "34" });
	EXPECT_EQ(check().findings, Findings{});
	given({ "config", "set", "stalled.days", "33" });
	EXPECT_EQ(check().findings, Findings{ "stalled:info" });

	// So are the hours logged in total it needs (34h here).
	given({ "config", "set", "stalled.min-hours", "35" });
	EXPECT_EQ(check().findings, Findings{});
	given({ "config", "set", "stalled.min-hours", "34" });
	EXPECT_EQ(check().findings, Findings{ "stalled:info" });
}

TEST_F(Casebook, a_learner_quiet_since_a_tutorial_is_sent_back_to_it_as_it_stood)
{
	log_days("10h", "python", { "2026-09-01", "2026-09-02" });
	log_days("1h", "flask", { "2026-09-05" }, { "--project", "Blog" });
	log_days("1h", "flask", { "2026-09-20" },
	    { "--tutorial", "Flask course" });
	// Later work that --at 2026-10-15 must not see.
	log_days("1h", "flask", { "2026-10-20" }, { "--project", "Blog" });
	log_days("1h", "django", { "2026-11-20" });

	// On 2026-10-15: 22h, nothing for 25 days; the tutorial (09-20) came
	// after Blog's last session then (09-05).
	Outcome o = check({ "--at", "2026-10-15" });
	EXPECT_EQ(o.findings, Findings{ "stalled:info" });
	EXPECT_EQ(o.period("stalled"), "2026-09-21..2026-10-15");
	EXPECT_EQ(o.evidence("stalled"), "no session since 2026-09-20 (25 "
	    "days), on flask; last worked on: tutorial 'Flask course' on "
	    "2026-09-20");
	EXPECT_EQ(o.advice("stalled"), "Pick 'Flask course' up again with one "
	    "short session today, then build something small with what it "
	    "teaches.");

	// Today the last session is two days old.
	EXPECT_EQ(check().findings, Findings{});
}

TEST_F(Casebook, a_tied_month_goes_to_the_path_chosen_then_not_the_first_logged)
{
	given({ "path", "set", "ml", "--date", "2026-06-01" });
	python_in_june();
	log_days("5h", "statistics", { "2026-06-22" });
	log_days("2h", "scikit-learn", { "2026-08-03", "2026-08-10" },
	    { "--project", "Classifier" });
	given({ "project", "done", "Classifier", "--date", "2026-08-12" });
	log_days("6h", "scikit-learn", { "2026-08-05" });
	log_days("5h", "django", { "2026-09-02" });
	log_days("5h", "scikit-learn", { "2026-09-10" });
	log_days("5h", "pytorch", { "2026-10-06", "2026-10-13" },
	    { "--project", "Image model" });
	given({ "project", "done", "Image model", "--date", "2026-10-15" });
	log_days("5h", "django", { "2026-11-02" });
	log_days("5h", "pytorch", { "2026-11-09" });

	// September and November are 5h of django against 5h of ml, django
	// logged first; ml, chosen at their end, takes both: Aug, Sep, Oct
	// and Nov are all ml (v1: ml, backend, ml, backend).
	EXPECT_EQ(check().findings, Findings{});
}

TEST_F(Casebook, case_11_forty_hours_of_git_are_not_the_fundamentals)
{
	given({ "path", "set", "backend", "--date", "2026-06-01" });
	log_days("5h", "git", { "2026-06-01", "2026-06-03", "2026-06-05",
	    "2026-06-08", "2026-06-10", "2026-06-12", "2026-06-15",
	    "2026-06-17" });
	log_days("5h", "django", { "2026-07-01", "2026-07-08", "2026-07-15",
	    "2026-07-22", "2026-07-29", "2026-08-05", "2026-08-12",
	    "2026-08-19", "2026-08-26", "2026-09-02" });
	log_days("2h", "django", { "2026-11-09", "2026-11-16" },
	    { "--project", "Blog" });
	given({ "project", "done", "Blog", "--date", "2026-11-18" });

	// 40h of fundamentals, all of them git: a further topic counts for
	// at most 25% of step 1's 40h, so step 1 holds 10h, under half; the
	// hours are there, the coverage is not, and the evidence says which.
	Outcome o = check();
	EXPECT_EQ(o.findings, Findings{ "ignoring-fundamentals:warning" });
	EXPECT_EQ(o.evidence("ignoring-fundamentals"), "54h of specialization; "
	    "of 40h of fundamentals only 10h count for step 1 (further topics "
	    "such as git count for at most 25% of its 40h); not practised yet: "
	    "basics, data structures, functions, classes and error handling");
	EXPECT_EQ(o.advice("ignoring-fundamentals"), "Practise basics, data "
	    "structures, functions, classes and error handling in small "
	    "exercises of your own before going further: libraries and "
	    "frameworks change, the fundamentals don't.");

	// Ten hours of python (basics) bring step 1 to 20h: half its target.
	log_days("5h", "python", { "2026-11-19", "2026-11-20" });
	EXPECT_EQ(check().findings, Findings{});
}
