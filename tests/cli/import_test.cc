// End-to-end: `track import` of every format of FORMATS.md through the
// built binary, the "Result" lines asserted on the database afterwards,
// plus idempotency, overlap, rollback, --skip-bad, --dry-run, --user,
// --map, the summary line and JSON, and import list/undo.
#include <gtest/gtest.h>
#include <jansson.h>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// The fixture's text (tests run from the top of the tree).
std::string
fixture(const std::string &name)
{
	std::string here = __FILE__;
	std::string root = here.substr(0, here.rfind("tests/cli/"));
	return read_file(root + "tests/fixtures/import/" + name);
}

class Db {
public:
	std::string path() const { return path_; }
	std::string dir() const { return dir_.path(); }

	// Copies fixture name into the directory; returns its path.
	std::string file(const std::string &name) const
	{
		std::string p = dir_.file(name);
		write_file(p, fixture(name));
		return p;
	}
	std::string write(const std::string &name, const std::string &text) const
	{
		std::string p = dir_.file(name);
		write_file(p, text);
		return p;
	}
	RunResult run(std::vector<std::string> args) const
	{
		args.insert(args.begin(), { "--db", path_ });
		return run_track(args, kEnv);
	}
	std::string ok(const std::vector<std::string> &args) const
	{
		RunResult r = run(args);
		EXPECT_EQ(r.status, 0) << r.err;
		return r.out;
	}
	std::string sql(const std::string &text) const
	{
		return query(path_, text);
	}
	// day|start|minutes|topic|kind|project|tutorial|note, oldest first.
	std::string sessions() const
	{
		return sql("SELECT s.day, ifnull(s.start, ''), s.minutes, t.name, "
		    "s.kind, ifnull(p.name, ''), ifnull(tu.title, ''), "
		    "ifnull(s.note, '') FROM session s JOIN topic t ON t.id = "
		    "s.topic_id LEFT JOIN project p ON p.id = s.project_id LEFT "
		    "JOIN tutorial tu ON tu.id = s.tutorial_id ORDER BY s.day, "
		    "s.start, s.id");
	}
	// title|topic|platform|progress|started|completed|url
	std::string tutorials() const
	{
		return sql("SELECT tu.title, ifnull(t.name, ''), ifnull(platform, "
		    "''), ifnull(progress, ''), ifnull(started, ''), "
		    "ifnull(completed, ''), ifnull(url, '') FROM tutorial tu LEFT "
		    "JOIN topic t ON t.id = tu.topic_id ORDER BY tu.id");
	}

private:
	TempDir dir_;
	std::string path_ = dir_.file("track.db");
};

// A database that exists (so refusals can be compared byte for byte).
void
seed(const Db &db)
{
	db.ok({ "log", "20m", "python", "--date", "2025-01-01" });
}

// Expects args refused with status and stderr, the database untouched.
void
expect_refused(const Db &db, const std::vector<std::string> &args,
    int status, const std::string &err)
{
	std::string before = read_file(db.path());
	RunResult r = db.run(args);
	EXPECT_EQ(r.status, status);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, err);
	EXPECT_TRUE(read_file(db.path()) == before) << "database changed";
}

} // namespace

// ---------------------------------------------------------------------
// Toggl

TEST(cli_import_toggl, classic_refuses_the_file_over_its_25_hour_entry)
{
	Db db;
	seed(db);
	std::string f = db.file("toggl_classic.csv");
	expect_refused(db, { "import", f }, 1,
	    f + ":4: entry lasts 25h30m; a session holds at most 24h\n"
	    "track: " + f + ": 1 bad row; nothing imported from it "
	    "(--skip-bad imports the good rows)\n");
}

TEST(cli_import_toggl, classic_with_skip_bad_imports_the_rest_and_rejects)
{
	Db db;
	std::string f = db.file("toggl_classic.csv");
	std::string rejects = db.dir() + "/rejects.csv";
	RunResult r = db.run({ "import", f, "--skip-bad", "--rejects",
	    rejects });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 3 rows, 2 sessions added, 0 tutorials added, "
	    "0 duplicates skipped, 1 rejected\n");
	EXPECT_EQ(r.err, f + ":4: entry lasts 25h30m; a session holds at most "
	    "24h\n");
	EXPECT_EQ(db.sessions(),
	    "2025-03-10|2025-03-10T19:05:00Z|75|django|tutorial|||"
	    "Views, URLs and templates; video\n"
	    "2025-03-11|2025-03-11T21:40:00Z|45|fastapi|project|Todo app||"
	    "Build the \"items\" endpoint\n");
	EXPECT_EQ(read_file(rejects),
	    "User,Email,Client,Project,Task,Description,Billable,Start date,"
	    "Start time,End date,End time,Duration,Tags,Amount (USD),error\n"
	    "Ada Example,ada@example.com,,Game jam,,Weekend jam,No,2025-03-15,"
	    "10:00:00,2025-03-16,11:30:00,25:30:00,,,line 4: entry lasts "
	    "25h30m; a session holds at most 24h\n");
	// An imported project records no path: its hours decide (SPEC 5.1).
	EXPECT_EQ(db.sql("SELECT name, path_id IS NULL, path_given FROM "
	    "project"), "Todo app|1|0\n");
}

TEST(cli_import_toggl, current_all_quoted_with_a_newline_and_min_duration)
{
	Db db;
	std::string f = db.file("toggl_current.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 2 rows, 2 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped\n");
	EXPECT_EQ(db.sessions(),
	    "2025-04-02|2025-04-02T23:50:00Z|45|numpy|tutorial|||"
	    "Broadcasting video\n(part 2)\n"
	    "2025-05-06|2025-05-06T18:02:10Z|13|flask|study|||Blueprints\n");
}

// ---------------------------------------------------------------------
// Clockify

TEST(cli_import_clockify, current_header_twelve_hour_clock_over_midnight)
{
	Db db;
	std::string f = db.file("clockify.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 2 rows, 2 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped\n");
	EXPECT_EQ(db.sessions(),
	    "2025-06-03|2025-06-03T20:15:00Z|45|matplotlib|tutorial|||"
	    "Subplots lecture\n"
	    "2025-06-04|2025-06-04T23:40:00Z|45|docker|project|Portfolio site||"
	    "Deploy with Docker; project\n");
}

TEST(cli_import_clockify, older_header_dedupes_with_the_current_one)
{
	Db db;
	db.ok({ "import", db.file("clockify.csv") });
	std::string f = db.file("clockify_old.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 1 row, 0 sessions added, 0 "
	    "tutorials added, 1 duplicate skipped\n");
}

TEST(cli_import_clockify, activity_column_iso_dates_and_12_am)
{
	Db db;
	db.ok({ "import", db.file("clockify_activity.csv") });
	EXPECT_EQ(db.sessions(), "2025-06-06|2025-06-06T00:05:00Z|30|sql|study"
	    "|||Window functions\n");
}

TEST(cli_import_clockify, day_first_dates_are_refused_with_a_hint)
{
	Db db;
	seed(db);
	std::string f = db.file("clockify_dmy.csv");
	expect_refused(db, { "import", f }, 1,
	    f + ":2: date '13/06/2025' is not MM/DD/YYYY (its first part is over "
	    "12): export with the MM/DD/YYYY date format\ntrack: " + f + ": 1 "
	    "bad row; nothing imported from it (--skip-bad imports the good "
	    "rows)\n");
}

// ---------------------------------------------------------------------
// Harvest

TEST(cli_import_harvest, hours_with_either_decimal_mark)
{
	Db db;
	db.ok({ "import", db.file("harvest.csv"), db.file("harvest_eu.csv") });
	EXPECT_EQ(db.sessions(),
	    "2025-02-17||75|sql|study|||Joins, subqueries\n"
	    "2025-02-18||30|flask|tutorial|||Routing basics\n"
	    "2025-02-19||105|pandas|study|||Reshaping data\n");
}

TEST(cli_import_harvest, identical_rows_are_both_kept_and_reimport_adds_none)
{
	Db db;
	std::string f = db.file("harvest_twins.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 3 rows, 3 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped\n");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 3 rows, 0 sessions added, 0 "
	    "tutorials added, 3 duplicates skipped\n");
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session ORDER BY id"),
	    "2025-02-20|90\n2025-02-21|30\n2025-02-21|30\n");
	// A later export with a third identical entry adds just that one.
	std::string later = db.write("later.csv", fixture("harvest_twins.csv") +
	    "2025-02-21,,SQL practice,,Exercises,Drills,0.5,Ada,Example\n");
	EXPECT_EQ(db.ok({ "import", later }), later + ": 4 rows, 1 session "
	    "added, 0 tutorials added, 3 duplicates skipped\n");
}

// ---------------------------------------------------------------------
// Udemy

TEST(cli_import_udemy, courses_become_tutorials_with_their_time)
{
	Db db;
	std::string f = db.file("udemy.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 2 rows, 2 sessions added, 2 "
	    "tutorials added, 0 duplicates skipped\n");
	EXPECT_EQ(db.tutorials(),
	    "Django 5: Build Web Apps, Step by Step|django|Udemy|100.0|"
	    "2025-01-06|2025-02-22|\n"
	    "Pandas in Practice|pandas|Udemy|35.0|2025-03-01||\n");
	EXPECT_EQ(db.sessions(),
	    "2025-02-23||1319|django|tutorial||Django 5: Build Web Apps, Step by "
	    "Step|\n"
	    "2025-03-14||301|pandas|tutorial||Pandas in Practice|\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM project"), "0\n");
}

TEST(cli_import_udemy, later_export_adds_only_the_new_time)
{
	Db db;
	db.ok({ "import", db.file("udemy.csv") });
	std::string f = db.file("udemy_later.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 2 rows, 1 session added, 0 "
	    "tutorials added, 0 duplicates skipped, 1 tutorial updated\n");
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session WHERE batch_id = 2"),
	    "2025-03-20|109\n");
	EXPECT_EQ(db.sql("SELECT progress, last_activity FROM tutorial WHERE "
	    "title = 'Pandas in Practice'"), "48.0|2025-03-20\n");
	// The older export again: nothing rolls back, nothing is added.
	EXPECT_EQ(db.ok({ "import", db.file("udemy.csv") }), db.dir() +
	    "/udemy.csv: 2 rows, 0 sessions added, 0 tutorials added, 0 "
	    "duplicates skipped\n");
	EXPECT_EQ(db.sql("SELECT progress FROM tutorial WHERE title = 'Pandas "
	    "in Practice'"), "48.0\n");
}

TEST(cli_import_udemy, older_header_date_last_accessed)
{
	Db db;
	db.ok({ "import", db.file("udemy_old.csv") });
	EXPECT_EQ(db.sessions(), "2025-04-05||90|flask|tutorial||Flask "
	    "Fundamentals|\n");
}

TEST(cli_import_udemy, several_learners_need_user)
{
	Db db;
	seed(db);
	std::string f = db.file("udemy_team.csv");
	expect_refused(db, { "import", f }, 2, "track: " + f + ": rows of 3 "
	    "people (ada@example.com, bob@example.com, cy@example.com): pick one "
	    "with --user WHO (an e-mail or a full name)\n");
	EXPECT_EQ(db.ok({ "import", f, "--user", "Bob Sample" }), f + ": 3 "
	    "rows, 1 session added, 1 tutorial added, 0 duplicates skipped, 2 "
	    "skipped\n");
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session WHERE batch_id IS "
	    "NOT NULL"), "2025-03-10|60\n");
}

TEST(cli_import_udemy, korean_header_is_unknown_until_mapped)
{
	Db db;
	seed(db);
	std::string f = db.file("udemy_korean.csv");
	RunResult r = db.run({ "import", f });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err.rfind("track: " + f + ": unknown header '사용자 "
	    "이메일,강의 ID,강의명", 0), 0u) << r.err;
	EXPECT_NE(r.err.find("--map COLUMN=FIELD"), std::string::npos);
	EXPECT_EQ(db.ok({ "import", f, "--from", "udemy", "--map", "강의명=title",
	    "--map", "최근 활동 날짜=activity" }), f + ": 1 row, 1 session "
	    "added, 1 tutorial added, 0 duplicates skipped\n");
	EXPECT_EQ(db.sql("SELECT title, course_id FROM tutorial"),
	    "Pandas in Practice|5120087\n");
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session WHERE batch_id = 1"),
	    "2025-03-14|120\n");
}

// ---------------------------------------------------------------------
// Coursera, LinkedIn

TEST(cli_import_coursera, usage_report)
{
	Db db;
	db.ok({ "import", db.file("coursera.csv") });
	EXPECT_EQ(db.tutorials(),
	    "Python Capstone: Web Data|python|Coursera|100.0|2025-01-13|"
	    "2025-02-09|https://www.coursera.org/learn/python-capstone-web-data\n"
	    "Hands-on NumPy Arrays|numpy|Coursera|41.67|2025-03-03||"
	    "https://www.coursera.org/learn/hands-on-numpy-arrays\n");
	EXPECT_EQ(db.sessions(),
	    "2025-02-09||1104|python|tutorial||Python Capstone: Web Data|grade "
	    "92.5%; https://coursera.org/verify/EXAMPLE0001\n"
	    "2025-03-20||375|numpy|tutorial||Hands-on NumPy Arrays|grade 38.0%\n");
}

TEST(cli_import_coursera, course_activity_bom_crlf_and_a_title_on_two_lines)
{
	Db db;
	db.ok({ "import", db.file("coursera_activity.csv") });
	EXPECT_EQ(db.tutorials(), "Machine Learning Specialization: Regression|"
	    "machine-learning|Coursera|12.5|2025-04-01||"
	    "https://www.coursera.org/learn/ml-regression\n");
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session"), "2025-04-22|210\n");
}

TEST(cli_import_linkedin, tutorials_only_and_not_started_skipped)
{
	Db db;
	std::string f = db.file("linkedin.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 3 rows, 0 sessions added, 2 "
	    "tutorials added, 0 duplicates skipped, 1 skipped\n");
	EXPECT_EQ(db.tutorials(),
	    "Python Data Structures in Depth|data-structures|LinkedIn Learning|"
	    "100.0|2025-01-19|2025-01-26|\n"
	    "Intro to FastAPI|fastapi|LinkedIn Learning||2025-02-08||\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM session"), "0\n");
	f = db.file("linkedin_nocomma.csv");
	db.ok({ "import", f });
	EXPECT_EQ(db.sql("SELECT title FROM tutorial WHERE id = 3"),
	    "Árvores e Grafos em Python — 第二版\n");
}

// ---------------------------------------------------------------------
// Watson, Timewarrior

TEST(cli_import_watson, log_csv_with_crlf)
{
	Db db;
	db.ok({ "import", db.file("watson.csv") });
	EXPECT_EQ(db.sessions(),
	    "2025-05-12|2025-05-12T18:30:00Z|75|django|project|django-blog||"
	    "build; auth\n"
	    "2025-05-13|2025-05-13T07:10:00Z|30|numpy|study|||\n"
	    "2025-05-13|2025-05-13T22:50:00Z|75|scikit-learn|tutorial|||course; "
	    "week-3\n");
}

TEST(cli_import_watson, report_is_refused)
{
	Db db;
	seed(db);
	std::string f = db.file("watson_report.csv");
	expect_refused(db, { "import", f }, 2, "track: " + f + ": this is a "
	    "Watson report (totals), not sessions; export with 'watson log "
	    "--csv'\n");
}

TEST(cli_import_timew, intervals_and_a_running_one)
{
	Db db;
	std::string f = db.file("timew.json");
	RunResult r = db.run({ "import", f });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 3 rows, 2 sessions added, 0 tutorials added, 0 "
	    "duplicates skipped, 1 skipped\n");
	EXPECT_EQ(r.err, f + ": interval starting 20250521T061500Z has no end "
	    "(still running); skipped\n");
	EXPECT_EQ(db.sessions(),
	    "2025-05-20|2025-05-20T06:30:00Z|45|pandas|tutorial|||merge and join; "
	    "video\n"
	    "2025-05-20|2025-05-20T19:00:00Z|90|flask|project|||side project\n");
	EXPECT_EQ(db.sql("SELECT format FROM import_batch"), "timew\n");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 3 rows, 0 sessions added, 0 "
	    "tutorials added, 2 duplicates skipped, 1 skipped\n");
}

TEST(cli_import_timew, empty_export_and_bare_intervals)
{
	Db db;
	std::string empty = db.file("timew_empty.json");
	EXPECT_EQ(db.ok({ "import", empty }), empty + ": 0 rows, 0 sessions "
	    "added, 0 tutorials added, 0 duplicates skipped\n");
	std::string bare = db.file("timew_bare.json");
	RunResult r = db.run({ "import", bare });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, bare + ": 1 topic stored unmapped ('unmapped'): map "
	    "them with 'track topic add NAME --path PATH' or 'track topic alias "
	    "NAME TOPIC'\n");
	EXPECT_EQ(db.sessions(), "2025-05-22|2025-05-22T06:15:00Z|30|unmapped|"
	    "study|||\n");
}

// ---------------------------------------------------------------------
// The generic format

TEST(cli_import_generic, the_example_of_formats_md)
{
	Db db;
	std::string f = db.file("generic.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 3 rows, 3 sessions added, 1 "
	    "tutorial added, 0 duplicates skipped\n");
	EXPECT_EQ(db.sessions(),
	    "2025-06-02||90|django|project|Recipe site||models and admin\n"
	    "2025-06-03||45|pandas|tutorial||Pandas in 10 Minutes|\n"
	    "2025-06-04||90|statistics|study|||chapter 2, exercises 1-8\n");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 3 rows, 0 sessions added, 0 "
	    "tutorials added, 3 duplicates skipped\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM session"), "3\n");
}

TEST(cli_import_generic, columns_by_name_semicolons_and_tabs)
{
	Db db;
	db.ok({ "import", db.file("generic_reordered.csv"),
	    db.file("generic_semicolon.csv"), db.file("generic_tab.csv") });
	EXPECT_EQ(db.sessions(),
	    "2025-06-05||120|flask|project|Blog API||\n"
	    "2025-06-06||90|numpy|study|||arrays; broadcasting\n"
	    "2025-06-07||120|numpy|study|||\n"
	    "2025-06-08||90|pandas|study|||\n"
	    "2025-06-09||90|pandas|study|||\n");
}

TEST(cli_import_generic, bad_last_row_leaves_the_database_as_it_was)
{
	Db db;
	seed(db);
	std::string f = db.file("generic_bad_last.csv");
	expect_refused(db, { "import", f }, 1, f + ":4: ambiguous duration "
	    "'90': add a unit, e.g. '90m' for minutes\ntrack: " + f + ": 1 bad "
	    "row; nothing imported from it (--skip-bad imports the good rows)\n");
}

TEST(cli_import_generic, every_problem_is_listed)
{
	Db db;
	seed(db);
	std::string f = db.file("generic_bad.csv");
	expect_refused(db, { "import", f }, 1,
	    f + ":3: duration '25h' is over 24 hours: split it into days\n" +
	    f + ":4: date 2027-01-01 is in the future\n" +
	    f + ":5: invalid duration '0m': a session lasts at least one minute\n"
	    "track: " + f + ": 3 bad rows; nothing imported from it (--skip-bad "
	    "imports the good rows)\n");
}

TEST(cli_import_generic, dry_run_writes_nothing)
{
	Db db;
	seed(db);
	std::string before = read_file(db.path());
	std::string f = db.file("generic.csv");
	RunResult r = db.run({ "import", f, "--dry-run" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 3 rows, 3 sessions added, 1 tutorial added, 0 "
	    "duplicates skipped (dry run: nothing written)\n");
	EXPECT_TRUE(read_file(db.path()) == before);
	// Nor on a database that does not exist yet.
	Db fresh;
	EXPECT_EQ(fresh.run({ "import", fresh.file("generic.csv"),
	    "--dry-run" }).status, 0);
	EXPECT_FALSE(file_exists(fresh.path()));
}

TEST(cli_import_generic, overlapping_later_export_adds_only_new_rows)
{
	Db db;
	std::string first = db.write("a.csv", "date,duration,topic\n"
	    "2025-06-02,1h,django\n2025-06-03,30m,flask\n");
	std::string later = db.write("b.csv", "date,duration,topic\n"
	    "2025-06-02,1h,django\n2025-06-03,30m,flask\n2025-06-04,2h,sql\n");
	db.ok({ "import", first });
	EXPECT_EQ(db.ok({ "import", later }), later + ": 3 rows, 1 session "
	    "added, 0 tutorials added, 2 duplicates skipped\n");
}

// ---------------------------------------------------------------------
// Refusals, --map, encodings

TEST(cli_import_refusals, unknown_header_lists_formats_and_map)
{
	Db db;
	seed(db);
	std::string f = db.file("unknown.csv");
	expect_refused(db, { "import", f }, 2, "track: " + f + ": unknown "
	    "header 'Day,Spent,Subject,Comment'; known formats: track, "
	    "track-json, generic, toggl, clockify, harvest, udemy, coursera, "
	    "linkedin, watson, timew "
	    "(force one with --from NAME); or name the columns with --map "
	    "COLUMN=FIELD, e.g. --map Day=date --map Time=duration --map "
	    "Subject=topic (fields: date, start, end, duration, minutes, hours, "
	    "topic, kind, project, tutorial, task, description, tags, note, "
	    "user, email, title, course_id, progress, started, completed, "
	    "activity)\n");
}

TEST(cli_import_refusals, map_imports_any_reasonable_csv)
{
	Db db;
	std::string f = db.file("unknown.csv");
	EXPECT_EQ(db.ok({ "import", f, "--map", "Day=date", "--map",
	    "Spent=duration", "--map", "Subject=topic", "--map",
	    "Comment=note" }), f + ": 2 rows, 2 sessions added, 0 tutorials "
	    "added, 0 duplicates skipped\n");
	EXPECT_EQ(db.sessions(), "2025-07-01||75|django|study|||views\n"
	    "2025-07-02||45|pandas|study|||groupby\n");
	EXPECT_EQ(db.sql("SELECT format FROM import_batch"), "custom\n");
}

TEST(cli_import_refusals, non_utf8_files)
{
	Db db;
	seed(db);
	std::string f = db.file("latin1.csv");
	expect_refused(db, { "import", f }, 2, "track: " + f + ":2: text is not "
	    "UTF-8: convert the file first, e.g. iconv -f WINDOWS-1252 -t UTF-8 '"
	    + f + "' > copy.csv\n");
	f = db.file("utf16.csv");
	expect_refused(db, { "import", f }, 2, "track: " + f + ": the file is "
	    "UTF-16, not UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8 '"
	    + f + "' > copy.csv\n");
}

TEST(cli_import_refusals, options)
{
	Db db;
	seed(db);
	std::string f = db.file("generic.csv");
	expect_refused(db, { "import", f, "--rejects", "x.csv" }, 2,
	    "track: --rejects needs --skip-bad: without it a bad row refuses the "
	    "whole file\n");
	expect_refused(db, { "import", f, "--from", "excel" }, 2,
	    "track: unknown format 'excel': use auto, track, track-json, "
	    "generic, toggl, clockify, harvest, udemy, coursera, linkedin, "
	    "watson, timew or "
	    "custom (with --map)\n");
	expect_refused(db, { "import", f, "--kind", "reading" }, 2,
	    "track: invalid kind 'reading': use tutorial, study or project\n");
	expect_refused(db, { "import", f, "--map", "Nope=date" }, 2,
	    "track: --map 'Nope=date': the header has no column 'Nope'\n");
	expect_refused(db, { "import", db.dir() + "/missing.csv" }, 1,
	    "track: cannot read '" + db.dir() + "/missing.csv': No such file or "
	    "directory\n");
}

TEST(cli_import_options, topic_and_kind)
{
	Db db;
	db.ok({ "import", db.file("harvest.csv"), "--topic", "django", "--kind",
	    "project" });
	EXPECT_EQ(db.sql("SELECT t.name, s.kind FROM session s JOIN topic t ON "
	    "t.id = s.topic_id ORDER BY s.id"), "django|project\n"
	    "django|tutorial\n");
}

// ---------------------------------------------------------------------
// Output, batches, undo

TEST(cli_import_output, json_has_the_keys_of_spec_11)
{
	Db db;
	std::string f = db.file("udemy.csv");
	std::string out = db.ok({ "import", f, "--format", "json" });
	json_error_t e;
	json_t *root = json_loads(out.c_str(), 0, &e);
	ASSERT_NE(root, nullptr) << out;
	ASSERT_EQ(json_array_size(root), 1u);
	json_t *o = json_array_get(root, 0);
	EXPECT_STREQ(json_string_value(json_object_get(o, "file")), f.c_str());
	EXPECT_STREQ(json_string_value(json_object_get(o, "format")), "udemy");
	EXPECT_EQ(json_integer_value(json_object_get(o, "rows")), 2);
	EXPECT_EQ(json_integer_value(json_object_get(o, "sessions_added")), 2);
	EXPECT_EQ(json_integer_value(json_object_get(o, "tutorials_added")), 2);
	EXPECT_EQ(json_integer_value(json_object_get(o, "tutorials_updated")), 0);
	EXPECT_EQ(json_integer_value(json_object_get(o, "duplicates")), 0);
	EXPECT_EQ(json_integer_value(json_object_get(o, "rejected")), 0);
	EXPECT_EQ(json_integer_value(json_object_get(o, "batch")), 1);
	json_decref(root);
	out = db.ok({ "import", f, "--format", "json" });
	root = json_loads(out.c_str(), 0, &e);
	ASSERT_NE(root, nullptr);
	EXPECT_TRUE(json_is_null(json_object_get(json_array_get(root, 0),
	    "batch")));
	json_decref(root);
}

TEST(cli_import_batches, list_and_undo)
{
	Db db;
	std::string a = db.file("udemy.csv");
	std::string b = db.file("udemy_later.csv");
	db.ok({ "import", a, b });
	EXPECT_EQ(db.ok({ "import", "list" }),
	    "#2  2026-11-22  udemy     " + b + ": 2 rows, 1 session added, 0 "
	    "tutorials added, 1 updated, 0 duplicates, 0 rejected\n"
	    "#1  2026-11-22  udemy     " + a + ": 2 rows, 2 sessions added, 2 "
	    "tutorials added, 0 updated, 0 duplicates, 0 rejected\n");
	std::string json = db.ok({ "import", "list", "--format", "json" });
	EXPECT_NE(json.find("\"sessions_added\": 1"), std::string::npos);
	EXPECT_EQ(db.ok({ "import", "undo" }), "undid import #2 of " + b +
	    ": 1 session removed, 1 tutorial restored\n");
	EXPECT_EQ(db.sql("SELECT progress, last_activity FROM tutorial WHERE "
	    "title = 'Pandas in Practice'"), "35.0|2025-03-14\n");
	EXPECT_EQ(db.ok({ "import", "undo", "1" }), "undid import #1 of " + a +
	    ": 2 sessions removed, 2 tutorials removed\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM session UNION ALL SELECT count(*) "
	    "FROM tutorial UNION ALL SELECT count(*) FROM month_total UNION ALL "
	    "SELECT count(*) FROM undo_entry"), "0\n0\n0\n0\n");
	RunResult r = db.run({ "import", "undo" });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.err, "track: no import to undo: 'track import list' shows "
	    "the imports\n");
}

TEST(cli_import_batches, track_undo_takes_back_the_newest_import)
{
	Db db;
	db.ok({ "log", "20m", "python", "--date", "2025-01-01" });
	std::string f = db.file("generic.csv");
	db.ok({ "import", f });
	EXPECT_EQ(db.ok({ "undo" }), "undid import #1 of " + f + ": 3 sessions "
	    "removed, 1 tutorial removed\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM session UNION ALL SELECT count(*) "
	    "FROM project"), "1\n0\n");
}

TEST(cli_import_batches, summaries_match_the_sessions)
{
	Db db;
	db.ok({ "import", db.file("generic.csv"), db.file("watson.csv") });
	EXPECT_EQ(db.sql("SELECT count(*) FROM (SELECT substr(day, 1, 7), "
	    "topic_id, kind, sum(minutes), count(*) FROM session GROUP BY 1, 2, "
	    "3 EXCEPT SELECT * FROM month_total)"), "0\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM (SELECT project_id, topic_id, "
	    "substr(day, 1, 7), sum(minutes), count(*) FROM session WHERE "
	    "project_id IS NOT NULL GROUP BY 1, 2, 3 EXCEPT SELECT * FROM "
	    "project_total)"), "0\n");
	EXPECT_EQ(db.sql("SELECT (SELECT count(*) FROM project_total) > 0, "
	    "(SELECT count(*) FROM month_total) = (SELECT count(*) FROM (SELECT "
	    "DISTINCT substr(day, 1, 7), topic_id, kind FROM session))"),
	    "1|1\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM (SELECT day, sum(minutes), "
	    "count(*) FROM session GROUP BY day EXCEPT SELECT * FROM day_total)"),
	    "0\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM sqlite_master WHERE name = "
	    "'session_total_insert'"), "1\n");
	// The all-time totals of schema 005 follow the bulk writes too.
	EXPECT_EQ(db.sql("SELECT count(*) FROM (SELECT topic_id, kind, "
	    "sum(minutes), count(*) FROM session GROUP BY 1, 2 EXCEPT SELECT * "
	    "FROM topic_total)"), "0\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM (SELECT project_id, topic_id, "
	    "sum(minutes), count(*) FROM session WHERE project_id IS NOT NULL "
	    "GROUP BY 1, 2 EXCEPT SELECT * FROM project_topic_total)"), "0\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM (SELECT substr(s.day, 1, 7), "
	    "ifnull(t.path_id, 0), sum(s.minutes), count(*) FROM session s JOIN "
	    "topic t ON t.id = s.topic_id GROUP BY 1, 2 EXCEPT SELECT * FROM "
	    "month_path_total)"), "0\n");
	EXPECT_EQ(db.sql("SELECT (SELECT count(*) FROM topic_total) > 0, "
	    "(SELECT sum(days) FROM week_total) = (SELECT count(DISTINCT day) "
	    "FROM session)"), "1|1\n");
}

// ---------------------------------------------------------------------
// track's own export

TEST(cli_import_track, export_rebuilds_every_record_and_reimports_nothing)
{
	Db db;
	std::string f = db.file("track_export.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 10 rows, 3 sessions added, 1 "
	    "tutorial added, 0 duplicates skipped\n");
	EXPECT_EQ(db.sql("SELECT value FROM setting WHERE key = 'default-kind'"),
	    "tutorial\n");
	EXPECT_EQ(db.sql("SELECT p.slug, p.name, p.description, t.name FROM "
	    "path p JOIN topic t ON t.path_id = p.id WHERE p.slug = 'game-dev'"),
	    "game-dev|Game development|Unity and Godot|godot\n");
	EXPECT_EQ(db.sql("SELECT t.name FROM topic_alias a JOIN topic t ON t.id "
	    "= a.topic_id WHERE alias = 'gd'"), "godot\n");
	EXPECT_EQ(db.sql("SELECT p.slug, c.day FROM path_choice c JOIN path p "
	    "ON p.id = c.path_id"), "backend|2025-01-02\n");
	EXPECT_EQ(db.sql("SELECT name, started, completed, url, description "
	    "FROM project"), "Django blog|2025-01-03|2025-02-01|"
	    "https://example.com/blog|a blog\n");
	EXPECT_EQ(db.tutorials(), "Pandas in Practice|pandas|Udemy|35.0|"
	    "2025-03-01||\n");
	EXPECT_EQ(db.sql("SELECT uuid, day, ifnull(start, ''), minutes, kind, "
	    "origin, ifnull(note, ''), ifnull(fingerprint, '') FROM session "
	    "ORDER BY day"),
	    "0190c2a0-0000-7000-8000-000000000001|2025-01-05|2025-01-05T18:30:00Z"
	    "|90|project|manual|=auth views|\n"
	    "0190c2a0-0000-7000-8000-000000000002|2025-03-14||301|tutorial|import"
	    "||2025-03-14/0123456789abcdef\n"
	    "0190c2a0-0000-7000-8000-000000000003|2025-03-15||45|study|timer||\n");
	EXPECT_EQ(db.sessions(),
	    "2025-01-05|2025-01-05T18:30:00Z|90|django|project|Django blog||"
	    "=auth views\n"
	    "2025-03-14||301|pandas|tutorial||Pandas in Practice|\n"
	    "2025-03-15||45|godot|study|||\n");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 10 rows, 0 sessions added, 0 "
	    "tutorials added, 3 duplicates skipped\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM path_choice UNION ALL SELECT "
	    "count(*) FROM project UNION ALL SELECT count(*) FROM tutorial"),
	    "1\n1\n1\n");
	// The Udemy report it came from dedupes against it by course.
	EXPECT_EQ(db.ok({ "import", db.file("udemy_later.csv") }), db.dir() +
	    "/udemy_later.csv: 2 rows, 2 sessions added, 1 tutorial added, 0 "
	    "duplicates skipped, 1 tutorial updated\n");
	EXPECT_EQ(db.sql("SELECT minutes FROM session WHERE batch_id = 2 AND "
	    "tutorial_id = 1"), "109\n");
}

TEST(cli_import_options, path_maps_new_topics_not_projects)
{
	Db db;
	std::string f = db.write("a.csv", "date,duration,topic,project\n"
	    "2025-06-02,1h,godot,Platformer\n");
	RunResult r = db.run({ "import", f, "--path", "devops" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(db.sql("SELECT t.name, p.slug FROM topic t JOIN path p ON "
	    "p.id = t.path_id WHERE t.name = 'godot'"), "godot|devops\n");
	// --path says where new topics go; a project's path is given with
	// `project add --path` or `log --project --path`, else its hours
	// decide (SPEC 5.1).
	EXPECT_EQ(db.sql("SELECT name, path_id IS NULL, path_given FROM "
	    "project"), "Platformer|1|0\n");
	expect_refused(db, { "import", f, "--path", "cooking" }, 2,
	    "track: unknown path 'cooking': use one of backend, ml, data-science, "
	    "automation, data-engineering, devops, or add it with 'track path "
	    "add SLUG NAME'\n");
}

TEST(cli_import_options, user_on_a_file_without_learners_takes_every_row)
{
	Db db;
	db.ok({ "import", db.file("generic.csv"), "--user", "ada@example.com" });
	EXPECT_EQ(db.sql("SELECT count(*) FROM session"), "3\n");
}

TEST(cli_import_files, the_first_refused_file_stops_the_rest)
{
	Db db;
	std::string good = db.file("generic.csv");
	std::string bad = db.file("generic_bad_last.csv");
	std::string later = db.file("watson.csv");
	RunResult r = db.run({ "import", good, bad, later });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.out, good + ": 3 rows, 3 sessions added, 1 tutorial added, "
	    "0 duplicates skipped\n");
	EXPECT_EQ(r.err, bad + ":4: ambiguous duration '90': add a unit, e.g. "
	    "'90m' for minutes\ntrack: " + bad + ": 1 bad row; nothing imported "
	    "from it (--skip-bad imports the good rows)\n");
	EXPECT_EQ(db.sql("SELECT count(*), count(DISTINCT batch_id) FROM "
	    "session"), "3|1\n");
}

TEST(cli_import_files, empty_and_header_only_files)
{
	Db db;
	seed(db);
	std::string empty = db.write("empty.csv", "");
	expect_refused(db, { "import", empty }, 2, "track: " + empty + ": the "
	    "file is empty: no header\n");
	std::string header = db.write("header.csv", "date,duration,topic\n");
	EXPECT_EQ(db.ok({ "import", header }), header + ": 0 rows, 0 sessions "
	    "added, 0 tutorials added, 0 duplicates skipped\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM import_batch"), "0\n");
}

TEST(cli_import_files, no_rejects_file_when_every_row_is_good)
{
	Db db;
	std::string rejects = db.dir() + "/rejects.csv";
	db.ok({ "import", db.file("generic.csv"), "--skip-bad", "--rejects",
	    rejects });
	EXPECT_FALSE(file_exists(rejects));
}

TEST(cli_import_files, skip_bad_rejects_list_every_bad_row)
{
	Db db;
	std::string f = db.file("generic_bad.csv");
	std::string rejects = db.dir() + "/rejects.csv";
	RunResult r = db.run({ "import", f, "--skip-bad", "--rejects",
	    rejects });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 5 rows, 2 sessions added, 0 tutorials added, 0 "
	    "duplicates skipped, 3 rejected\n");
	EXPECT_EQ(read_file(rejects), "date,duration,topic,note,error\n"
	    "2025-06-03,25h,pandas,too long,line 3: duration '25h' is over 24 "
	    "hours: split it into days\n"
	    "2027-01-01,45m,numpy,future,line 4: date 2027-01-01 is in the "
	    "future\n"
	    "2025-06-04,0m,flask,zero,line 5: invalid duration '0m': a session "
	    "lasts at least one minute\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM session"), "2\n");
}

TEST(cli_import_files, a_later_file_sees_the_topics_an_earlier_one_added)
{
	// One command, one connection: the catalog the second file's texts
	// are matched against holds what the first file added (track's
	// export: topic godot in game-dev, alias gd), and only when it was
	// kept. Neither text is a topic's name: only the matcher finds them.
	Db db;
	std::string export_json = db.file("track_export.json");
	std::string timew = db.write("timew.json", "[\n"
	    "{\"id\":2,\"start\":\"20250601T100000Z\",\"end\":"
	    "\"20250601T110000Z\",\"tags\":[\"godot-jam\"]},\n"
	    "{\"id\":1,\"start\":\"20250602T100000Z\",\"end\":"
	    "\"20250602T103000Z\",\"annotation\":\"gd shaders\"}\n]\n");
	db.ok({ "import", export_json, timew });
	EXPECT_EQ(db.sql("SELECT t.name FROM session s JOIN topic t ON t.id = "
	    "s.topic_id WHERE s.day >= '2025-06-01' ORDER BY s.day"),
	    "godot\ngodot\n");

	Db dry;
	RunResult r = dry.run({ "import", "--dry-run", dry.file(
	    "track_export.json"), dry.write("timew.json", read_file(timew)) });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_NE(r.err.find("2 topics stored unmapped ('godot-jam', "
	    "'unmapped')"), std::string::npos) << r.err;
}
