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

class Db : public TrackDb {
public:
	Db() : TrackDb(kEnv) {}

	// Copies fixture name into the directory; returns its path.
	std::string file(const std::string &name) const
	{
		std::string p = dir_.file(name);
		write_file(p, fixture(name));
		return p;
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
	// How a tutorial's imported time is spread (FORMATS.md 1.2): first
	// day|last day|sessions|minutes|largest|smallest|all estimated (1),
	// over the sessions matching where.
	std::string spread(const std::string &title,
	    const std::string &where = "1") const
	{
		return sql("SELECT min(s.day), max(s.day), count(*), sum(s.minutes), "
		    "max(s.minutes), min(s.minutes), min(s.estimated) FROM session s "
		    "JOIN tutorial tu ON tu.id = s.tutorial_id WHERE tu.title = '" +
		    title + "' AND " + where);
	}
	// title|topic|platform|progress|started|completed|url
	std::string tutorials() const
	{
		return sql("SELECT tu.title, ifnull(t.name, ''), ifnull(platform, "
		    "''), ifnull(progress, ''), ifnull(started, ''), "
		    "ifnull(completed, ''), ifnull(url, '') FROM tutorial tu LEFT "
		    "JOIN topic t ON t.id = tu.topic_id ORDER BY tu.id");
	}
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
	    "0 duplicates skipped, 1 rejected, kind from the entries' words: 1 "
	    "tutorial, 1 project\n");
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
	    "tutorials added, 0 duplicates skipped, kind from the entries' "
	    "words: 1 tutorial\n");
	EXPECT_EQ(db.sessions(),
	    "2025-04-02|2025-04-02T23:50:00Z|45|numpy|tutorial|||"
	    "Broadcasting video\n(part 2)\n"
	    "2025-05-06|2025-05-06T18:02:10Z|13|flask|study|||Blueprints\n");
}

// ---------------------------------------------------------------------
// Clockify

// A tracker's project named "Project A" is a name, not a kind: only the
// words of Task, Description and Tags (and other words of Project) make
// a session a project; the summary says what words decided.
TEST(cli_import_toggl, a_project_named_project_is_not_a_kind)
{
	Db db;
	std::string f = db.write("t.csv", "User,Email,Client,Project,Task,"
	    "Description,Billable,Start date,Start time,End date,End time,"
	    "Duration,Tags\n"
	    "Ada,a@x.io,,Project A,,Django views,No,2025-03-10,09:00:00,"
	    "2025-03-10,10:00:00,01:00:00,\n"
	    "Ada,a@x.io,,Project A,,Build the blog,No,2025-03-11,09:00:00,"
	    "2025-03-11,09:30:00,00:30:00,django\n"
	    "Ada,a@x.io,,Client Projects,,Flask lecture,No,2025-03-12,09:00:00,"
	    "2025-03-12,09:45:00,00:45:00,\n");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 3 rows, 3 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped, kind from the entries' words: "
	    "1 tutorial, 1 project\n");
	EXPECT_EQ(db.sessions(),
	    "2025-03-10|2025-03-10T09:00:00Z|60|django|study|||Django views\n"
	    "2025-03-11|2025-03-11T09:00:00Z|30|django|project|Project A||"
	    "Build the blog\n"
	    "2025-03-12|2025-03-12T09:00:00Z|45|flask|tutorial|||Flask lecture\n");
	db.ok({ "undo" });
	json_error_t error;
	json_t *o = json_loads(db.ok({ "import", f, "--format", "json" }).c_str(),
	    0, &error);
	ASSERT_NE(o, nullptr) << error.text;
	char *inferred = json_dumps(json_object_get(json_array_get(o, 0),
	    "kinds_inferred"), JSON_SORT_KEYS | JSON_COMPACT);
	EXPECT_STREQ(inferred, "{\"project\":1,\"tutorial\":1}");
	free(inferred);
	json_decref(o);
}

TEST(cli_import_clockify, current_header_twelve_hour_clock_over_midnight)
{
	Db db;
	std::string f = db.file("clockify.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 2 rows, 2 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped, kind from the entries' "
	    "words: 1 tutorial, 1 project\n");
	EXPECT_EQ(db.sessions(),
	    "2025-06-03|2025-06-03T20:15:00Z|45|matplotlib|tutorial|||"
	    "Subplots lecture\n"
	    "2025-06-04|2025-06-04T23:40:00Z|45|docker|project|Portfolio site||"
	    "Deploy with Docker; project\n");
}

// Clockify's Customize drops the Duration columns, moves others and adds
// Approval ones: detected by the columns a row needs, and read as the
// full export is (start and end give the length).
TEST(cli_import_clockify, a_customized_export_without_durations)
{
	Db db;
	std::string f = db.file("clockify_customized.csv");
	RunResult r = db.run({ "import", f });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, f + ": 2 rows, 2 sessions added, 0 tutorials added, 0 "
	    "duplicates skipped, kind from the entries' words: 1 tutorial, 1 "
	    "project\n");
	EXPECT_EQ(db.sql("SELECT format FROM import_batch"), "clockify\n");
	EXPECT_EQ(db.sessions(),
	    "2025-06-03|2025-06-03T20:15:00Z|45|matplotlib|tutorial|||"
	    "Subplots lecture\n"
	    "2025-06-04|2025-06-04T23:40:00Z|45|docker|project|Portfolio site||"
	    "Deploy with Docker; project\n");
}

// Toggl's bare "Duration" rules Clockify out: a Toggl header missing the
// columns Toggl is known by stays unknown rather than read as Clockify.
TEST(cli_import_clockify, a_toggl_header_is_never_read_as_clockify)
{
	Db db;
	seed(db);
	std::string f = db.write("t.csv", "User,Project,Start date,Start time,"
	    "End date,End time,Duration\n"
	    "Ada,Flask,2025-06-03,20:15:00,2025-06-03,21:00:00,00:45:00\n");
	RunResult r = db.run({ "import", f });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err.find("track: " + f + ": unknown header 'User,Project,"),
	    0u) << r.err;
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

// Day-first or month-first is decided per file, from all its rows: one
// date with a part over 12 settles it, and the rows before it that read
// either way are read in that order too (never 05/04 as May 4th beside
// 29/04 as April 29th). Unpadded hours as real exports write them.
TEST(cli_import_clockify, the_file_settles_day_first)
{
	Db db;
	std::string f = db.write("dmy.csv", "\"Project\",\"Description\","
	    "\"Start Date\",\"Start Time\",\"End Date\",\"End Time\","
	    "\"Duration (h)\"\r\n"
	    "\"Pandas\",\"Merging\",\"05/04/2025\",\"9:00\",\"05/04/2025\","
	    "\"10:00\",\"01:00:00\"\r\n"
	    "\"Pandas\",\"Joins\",\"29/04/2025\",\"9:30 AM\",\"29/04/2025\","
	    "\"10:15 AM\",\"00:45:00\"\r\n"
	    "\"Pandas\",\"Pivot\",\"06/05/2025\",\"18:00\",\"06/05/2025\","
	    "\"18:30\",\"00:30:00\"\r\n");
	db.ok({ "import", f });
	EXPECT_EQ(db.sql("SELECT day, start, minutes FROM session ORDER BY day"),
	    "2025-04-05|2025-04-05T09:00:00Z|60\n"
	    "2025-04-29|2025-04-29T09:30:00Z|45\n"
	    "2025-05-06|2025-05-06T18:00:00Z|30\n");
	Db other;
	std::string g = other.file("clockify_dmy.csv");
	other.ok({ "import", g });
	EXPECT_EQ(other.sql("SELECT day FROM session"), "2025-06-13\n");
}

TEST(cli_import_clockify, a_file_contradicting_its_order_names_the_rows)
{
	Db db;
	seed(db);
	std::string f = db.write("mixed.csv", "Project,Start Date,Start Time,"
	    "End Time\n"
	    "Pandas,04/29/2025,09:00,10:00\n"
	    "Pandas,05/04/2025,09:00,10:00\n"
	    "Pandas,29/04/2025,09:00,10:00\n");
	expect_refused(db, { "import", f }, 1, f + ":4: date '29/04/2025' is "
	    "day-first, but this file's dates are month-first (MM/DD/YYYY) "
	    "('04/29/2025' on line 2): fix the row, or pass --date-order\n"
	    "track: " + f + ": 1 bad row; nothing imported from it (--skip-bad "
	    "imports the good rows)\n");
	expect_refused(db, { "import", f, "--date-order", "dmy" }, 1, f + ":2: "
	    "date '04/29/2025' is month-first, but --date-order dmy reads this "
	    "file as day-first (DD/MM/YYYY)\ntrack: " + f + ": 1 bad row; nothing "
	    "imported from it (--skip-bad imports the good rows)\n");
	expect_refused(db, { "import", f, "--date-order", "ymd" }, 2, "track: "
	    "invalid --date-order 'ymd': use dmy (29/04/2025) or mdy "
	    "(04/29/2025)\n");
}

// A file whose dates all read either way takes Clockify's documented
// default (MM/DD/YYYY) or --date-order; a --map of an unknown tool has no
// default and is refused with the hint.
TEST(cli_import_clockify, an_unsettled_file_takes_the_default_or_the_option)
{
	Db db;
	std::string f = db.write("same.csv", "Project,Start Date,Start Time,"
	    "End Time\nPandas,05/04/2025,09:00,10:00\n");
	db.ok({ "import", f });
	EXPECT_EQ(db.sql("SELECT day FROM session"), "2025-05-04\n");
	db.ok({ "undo" });
	db.ok({ "import", f, "--date-order", "dmy" });
	EXPECT_EQ(db.sql("SELECT day FROM session"), "2025-04-05\n");
	Db other;
	seed(other);
	std::string g = other.file("unknown.csv");
	std::vector<std::string> map = { "import", g, "--map", "Day=date",
	    "--map", "Spent=duration", "--map", "Subject=topic" };
	expect_refused(other, map, 2, "track: " + g + ": dates such as "
	    "'07/02/2025' (line 3) read as day-first or month-first, and no date "
	    "in the file settles it: pass --date-order dmy or --date-order mdy\n");
	map.push_back("--date-order");
	map.push_back("dmy");
	other.ok(map);
	EXPECT_EQ(other.sql("SELECT day FROM session ORDER BY day"),
	    "2025-01-01\n2025-02-07\n2025-07-01\n");
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

// Issue 15, case 7: a course's time is spread over the days it was
// followed, not put on its last day (FORMATS.md 1.2). Django: started
// 6 January, last active 23 February, 49 days; 1319 = 49 x 26 + 45, so
// 6 January .. 19 February take 27 minutes and 20 .. 23 February 26.
// Pandas: 1 .. 14 March, 14 days; 301 = 14 x 21 + 7: 22 minutes to
// 7 March, then 21. 49 + 14 = 63 days, 1620 minutes = 27h.
// Generic single words (functions, testing, scripts, monitoring, cli) do
// not decide a course title's topic on their own: such titles stay
// unmapped with the hint; a strong name beside them still decides, and
// a text that is just the word (a Toggl project, a tag) still maps.
TEST(cli_import_udemy, generic_words_do_not_decide_a_title)
{
	Db db;
	const std::string head = "User First Name,User Last Name,User Email,"
	    "Course ID,Course Title,Course Duration,% Marked Completed,"
	    "Minutes Video Consumed,Date Enrolled,Date Started,Date Completed,"
	    "Date Last Active\r\n";
	auto row = [](int id, const std::string &title) {
		return "Ada,Example,ada@example.com," + std::to_string(id) + ",\"" +
		    title + "\",60.0,10.0,6.0,2025-03-01T09:00:00Z,"
		    "2025-03-01T09:00:00Z,,2025-03-01T10:00:00Z\r\n";
	};
	std::string f = db.write("u.csv", head +
	    row(1, "Excel 2016: Financial Functions in Depth") +
	    row(2, "Penetration Testing: Advanced Web Attacks") +
	    row(3, "After Effects Scripts & Tips") +
	    row(4, "Raspberry Pi: Home Monitoring") +
	    row(5, "Learning Cisco CLI Switch Configuration") +
	    row(6, "Python Functions in Depth") +
	    row(7, "Unit Testing with pytest"));
	RunResult r = db.run({ "import", f });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(db.sql("SELECT tu.title, ifnull(t.name, '-'), "
	    "ifnull(t.path_id, 0) > 0 FROM tutorial tu LEFT JOIN topic t ON "
	    "t.id = tu.topic_id ORDER BY tu.course_id"),
	    "Excel 2016: Financial Functions in Depth|unmapped|0\n"
	    "Penetration Testing: Advanced Web Attacks|unmapped|0\n"
	    "After Effects Scripts & Tips|unmapped|0\n"
	    "Raspberry Pi: Home Monitoring|unmapped|0\n"
	    "Learning Cisco CLI Switch Configuration|unmapped|0\n"
	    "Python Functions in Depth|python|1\n"
	    "Unit Testing with pytest|testing-basics|1\n");
	EXPECT_NE(r.err.find("1 topic stored unmapped ('unmapped')"),
	    std::string::npos) << r.err;
	// Just the word: a tracker's project named "functions" is the topic.
	std::string g = db.write("t.csv", "User,Email,Client,Project,Task,"
	    "Description,Billable,Start date,Start time,End date,End time,"
	    "Duration,Tags\nAda,a@x.io,,Functions,,,No,2025-03-10,09:00:00,"
	    "2025-03-10,10:00:00,01:00:00,\n");
	db.ok({ "import", g });
	EXPECT_EQ(db.sql("SELECT t.name FROM session s JOIN topic t ON t.id = "
	    "s.topic_id WHERE s.day = '2025-03-10'"), "functions\n");
}

TEST(cli_import_udemy, courses_become_tutorials_with_their_time)
{
	Db db;
	std::string f = db.file("udemy.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 2 rows, 63 sessions added, 2 "
	    "tutorials added, 0 duplicates skipped, 27h of course time spread "
	    "over 63 days (estimated)\n");
	EXPECT_EQ(db.tutorials(),
	    "Django 5: Build Web Apps, Step by Step|django|Udemy|100.0|"
	    "2025-01-06|2025-02-22|\n"
	    "Pandas in Practice|pandas|Udemy|35.0|2025-03-01||\n");
	EXPECT_EQ(db.spread("Django 5: Build Web Apps, Step by Step"),
	    "2025-01-06|2025-02-23|49|1319|27|26|1\n");
	EXPECT_EQ(db.spread("Django 5: Build Web Apps, Step by Step",
	    "s.minutes = 27"), "2025-01-06|2025-02-19|45|1215|27|27|1\n");
	EXPECT_EQ(db.spread("Pandas in Practice"),
	    "2025-03-01|2025-03-14|14|301|22|21|1\n");
	EXPECT_EQ(db.spread("Pandas in Practice", "s.minutes = 22"),
	    "2025-03-01|2025-03-07|7|154|22|22|1\n");
	EXPECT_EQ(db.sql("SELECT DISTINCT kind, topic_id = (SELECT id FROM topic "
	    "WHERE name = 'django') FROM session WHERE day < '2025-03-01'"),
	    "tutorial|1\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM project"), "0\n");
}

// No day over 24h, no week of +60h: 60 hours watched since July, last
// active on 5 December, is 3600 minutes over 158 days (1 July .. 5
// December): 3600 = 158 x 22 + 124, 23 minutes to 1 November, then 22.
TEST(cli_import_udemy, sixty_hours_since_july_are_minutes_a_day)
{
	Db db;
	std::string f = db.write("course.csv", "Course ID,Course Title,"
	    "% Marked Completed,Minutes Video Consumed,Date Enrolled,"
	    "Date Started,Date Last Active\n"
	    "77,Python Bootcamp,80,3600,2026-06-20,2026-07-01T10:00:00Z,"
	    "2026-12-05T21:00:00Z\n");
	std::map<std::string, std::string> env = { { "TRACK_NOW",
	    "2026-12-06T10:00:00Z" }, { "TZ", "UTC" }, { "NO_COLOR", "" } };
	// A project session in August: not the alert of a learner who never
	// built anything.
	RunResult r = run_track({ "--db", db.path(), "log", "1h", "flask",
	    "--project", "Todo", "--date", "2026-08-01" }, env);
	ASSERT_EQ(r.status, 0) << r.err;
	r = run_track({ "--db", db.path(), "import", f }, env);
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, f + ": 1 row, 158 sessions added, 1 tutorial added, 0 "
	    "duplicates skipped, 60h of course time spread over 158 days "
	    "(estimated)\n");
	EXPECT_EQ(db.spread("Python Bootcamp"),
	    "2026-07-01|2026-12-05|158|3600|23|22|1\n");
	EXPECT_EQ(db.spread("Python Bootcamp", "s.day >= '2026-11-02'"),
	    "2026-11-02|2026-12-05|34|748|22|22|1\n");
	EXPECT_EQ(db.sql("SELECT max(minutes) FROM day_total WHERE day <> "
	    "'2026-08-01'"), "23\n");
	// This week (30 November .. 6 December) holds 6 x 22 minutes, not
	// +60h; the last 28 days (9 November .. 6 December) 27 x 22 = 594
	// minutes of tutorial, under tutorial-hell's 10 hours: the backlog
	// of a course is not a month of tutorials.
	r = run_track({ "--db", db.path(), "report", "--format", "json" }, env);
	json_t *root = json_loads(r.out.c_str(), 0, nullptr);
	ASSERT_NE(root, nullptr) << r.out;
	EXPECT_EQ(json_integer_value(json_object_get(json_object_get(root,
	    "totals"), "minutes")), 132);
	json_decref(root);
	r = run_track({ "--db", db.path(), "check", "--format", "json" }, env);
	EXPECT_EQ(r.out.find("tutorial-hell"), std::string::npos) << r.out;
}

TEST(cli_import_udemy, later_export_adds_only_the_new_time)
{
	Db db;
	db.ok({ "import", db.file("udemy.csv") });
	std::string f = db.file("udemy_later.csv");
	// 410 - 301 = 109 minutes over the days after the last import's
	// last activity (14 March) up to 20 March: 109 = 6 x 18 + 1.
	EXPECT_EQ(db.ok({ "import", f }), f + ": 2 rows, 6 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped, 1 tutorial updated, 1h49m "
	    "of course time spread over 6 days (estimated)\n");
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session WHERE batch_id = 2"),
	    "2025-03-15|19\n2025-03-16|18\n2025-03-17|18\n2025-03-18|18\n"
	    "2025-03-19|18\n2025-03-20|18\n");
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
	// Started 1 April, last accessed 5 April: 90 = 5 x 18.
	EXPECT_EQ(db.spread("Flask Fundamentals"),
	    "2025-04-01|2025-04-05|5|90|18|18|1\n");
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
	    "rows, 10 sessions added, 1 tutorial added, 0 duplicates skipped, 2 "
	    "skipped, 1h of course time spread over 10 days (estimated)\n");
	EXPECT_EQ(db.spread("Pandas in Practice", "s.batch_id IS NOT NULL"),
	    "2025-03-01|2025-03-10|10|60|6|6|1\n");
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
	// No start date: 90 minutes a day back from the last activity, the
	// earliest day taking the rest.
	EXPECT_EQ(db.ok({ "import", f, "--from", "udemy", "--map", "강의명=title",
	    "--map", "최근 활동 날짜=activity" }), f + ": 1 row, 2 sessions "
	    "added, 1 tutorial added, 0 duplicates skipped, 2h of course time "
	    "spread over 2 days (estimated)\n");
	EXPECT_EQ(db.sql("SELECT title, course_id FROM tutorial"),
	    "Pandas in Practice|5120087\n");
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session WHERE batch_id = 1"),
	    "2025-03-13|30\n2025-03-14|90\n");
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
	// Enrolled 13 January, last active 9 February: 28 days, 1104 = 28 x
	// 39 + 12. Enrolled 3 March, last active 20 March: 18 days, 375 = 18
	// x 20 + 15.
	EXPECT_EQ(db.spread("Python Capstone: Web Data"),
	    "2025-01-13|2025-02-09|28|1104|40|39|1\n");
	EXPECT_EQ(db.spread("Python Capstone: Web Data", "s.minutes = 40"),
	    "2025-01-13|2025-01-24|12|480|40|40|1\n");
	EXPECT_EQ(db.spread("Hands-on NumPy Arrays"),
	    "2025-03-03|2025-03-20|18|375|21|20|1\n");
	EXPECT_EQ(db.sql("SELECT DISTINCT note FROM session s JOIN tutorial tu "
	    "ON tu.id = s.tutorial_id WHERE tu.title = 'Python Capstone: Web "
	    "Data'"), "grade 92.5%; https://coursera.org/verify/EXAMPLE0001\n");
}

TEST(cli_import_coursera, course_activity_bom_crlf_and_a_title_on_two_lines)
{
	Db db;
	db.ok({ "import", db.file("coursera_activity.csv") });
	EXPECT_EQ(db.tutorials(), "Machine Learning Specialization: Regression|"
	    "machine-learning|Coursera|12.5|2025-04-01||"
	    "https://www.coursera.org/learn/ml-regression\n");
	// Enrolled 1 April, active 22 April: 22 days, 210 = 22 x 9 + 12.
	EXPECT_EQ(db.spread("Machine Learning Specialization: Regression"),
	    "2025-04-01|2025-04-22|22|210|10|9|1\n");
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

// A real archive (issue 16, defects 3 and 4): "Content Last Watched
// Date" is the last viewing, after the completion for a course watched
// again; a course is started on the earlier date, and the last viewing is
// its activity. Rows LinkedIn keeps for courses it removed are skipped
// and counted, never tutorials.
TEST(cli_import_linkedin, a_real_archive_rewatched_and_removed_courses)
{
	Db db;
	std::string f = db.file("linkedin_archive.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 6 rows, 0 sessions added, 3 "
	    "tutorials added, 0 duplicates skipped, 3 skipped (2 removed "
	    "courses)\n");
	EXPECT_EQ(db.tutorials(),
	    "Learning Docker|docker|LinkedIn Learning|100.0|2025-01-26|"
	    "2025-01-26|\n"
	    "Git Essential Training|git|LinkedIn Learning|100.0|2025-02-01|"
	    "2025-02-09|\n"
	    "Python Data Structures in Depth|data-structures|LinkedIn Learning||"
	    "2025-04-12||\n");
	EXPECT_EQ(db.sql("SELECT title, last_activity FROM tutorial ORDER BY "
	    "id"), "Learning Docker|2025-03-05\nGit Essential Training|"
	    "2025-02-01\nPython Data Structures in Depth|2025-04-12\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM tutorial WHERE started > "
	    "completed OR title LIKE 'CONTENT METADATA%'"), "0\n");
	json_error_t error;
	db.ok({ "undo" });
	json_t *o = json_loads(db.ok({ "import", f, "--format", "json" }).c_str(),
	    0, &error);
	ASSERT_NE(o, nullptr) << error.text;
	json_t *r = json_array_get(o, 0);
	EXPECT_EQ(json_integer_value(json_object_get(r, "skipped")), 3);
	EXPECT_EQ(json_integer_value(json_object_get(r, "removed_courses")), 2);
	EXPECT_EQ(json_integer_value(json_object_get(r, "tutorials_added")), 3);
	json_decref(o);
}

// A tutorial an older track started on the last viewing, after its
// completion, is started on its completion by the next import of the
// archive (the earlier date wins), and its activity is recorded.
TEST(cli_import_linkedin, a_reimport_moves_a_late_start_back)
{
	Db db;
	std::string f = db.file("linkedin_archive.csv");
	db.ok({ "import", f });
	db.exec("UPDATE tutorial SET started = '2025-03-05', last_activity = "
	    "NULL WHERE title = 'Learning Docker'");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 6 rows, 0 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped, 1 tutorial updated, 3 "
	    "skipped (2 removed courses)\n");
	EXPECT_EQ(db.sql("SELECT started, completed, last_activity FROM tutorial "
	    "WHERE title = 'Learning Docker'"), "2025-01-26|2025-01-26|"
	    "2025-03-05\n");
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

// Watson's `log --json` (full frame ids, ISO times with the offset) is
// Watson's, not Timewarrior's: the same sessions as its CSV, and the
// same fingerprints, so importing both adds each frame once.
TEST(cli_import_watson, log_json_is_the_same_sessions_as_the_csv)
{
	Db db;
	std::string json = db.file("watson_log.json");
	RunResult r = db.run({ "import", json });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, json + ": 3 rows, 3 sessions added, 0 tutorials added, "
	    "0 duplicates skipped, kind from the entries' words: 1 tutorial, 1 "
	    "project\n");
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(db.sessions(),
	    "2025-05-12|2025-05-12T18:30:00Z|75|django|project|django-blog||"
	    "build; auth\n"
	    "2025-05-13|2025-05-13T07:10:00Z|30|numpy|study|||\n"
	    "2025-05-13|2025-05-13T22:50:00Z|75|scikit-learn|tutorial|||course; "
	    "week-3\n");
	EXPECT_EQ(db.sql("SELECT format FROM import_batch"), "watson-json\n");
	std::string csv = db.file("watson.csv");
	EXPECT_EQ(db.ok({ "import", csv }), csv + ": 3 rows, 0 sessions added, "
	    "0 tutorials added, 3 duplicates skipped\n");
	EXPECT_EQ(db.sql("SELECT sum(minutes) FROM session"), "180\n");
}

TEST(cli_import_watson, from_watson_reads_its_json_too)
{
	Db db;
	std::string json = db.file("watson_log.json");
	db.ok({ "import", json, "--from", "watson" });
	EXPECT_EQ(db.sql("SELECT count(*), sum(minutes) FROM session"),
	    "3|180\n");
	std::string csv = db.file("watson.csv");
	EXPECT_EQ(db.ok({ "import", csv, "--from", "watson" }), csv + ": 3 rows, "
	    "0 sessions added, 0 tutorials added, 3 duplicates skipped\n");
}

TEST(cli_import_watson, one_tool_is_never_read_as_the_other)
{
	Db db;
	seed(db);
	std::string json = db.file("watson_log.json");
	expect_refused(db, { "import", json, "--from", "timew" }, 2, "track: " +
	    json + ": this is a Watson log (watson log --json), not a "
	    "Timewarrior export (timew export): drop --from or use --from "
	    "watson-json\n");
	std::string timew = db.file("timew.json");
	expect_refused(db, { "import", timew, "--from", "watson-json" }, 2,
	    "track: " + timew + ": this is a Timewarrior export (timew export), "
	    "not a Watson log (watson log --json): drop --from or use --from "
	    "timew\n");
	std::string csv = db.file("watson.csv");
	expect_refused(db, { "import", csv, "--from", "watson-json" }, 2,
	    "track: " + csv + ": --from watson-json reads a JSON array, and this "
	    "file does not start with '['\n");
}

// A frame without its stop is a bad row (Watson writes one only for the
// frame still running, with `log --current`), named with its line.
TEST(cli_import_watson, a_frame_without_a_stop_is_a_bad_row)
{
	Db db;
	seed(db);
	std::string f = db.write("w.json", "[\n  {\"id\": \"abc1234\", "
	    "\"project\": \"flask\", \"start\": \"2025-05-12T18:30:00+00:00\", "
	    "\"stop\": \"2025-05-12T19:00:00+00:00\", \"tags\": []},\n"
	    "  {\"id\": \"def5678\", \"project\": \"flask\", \"start\": "
	    "\"2025-05-13T18:30:00+00:00\", \"tags\": []}\n]\n");
	RunResult r = db.run({ "import", f });
	EXPECT_EQ(r.status, 1);
	EXPECT_NE(r.err.find(f + ":3: frame without a stop"), std::string::npos)
	    << r.err;
	EXPECT_EQ(db.ok({ "import", f, "--skip-bad" }), f + ": 2 rows, 1 session "
	    "added, 0 tutorials added, 0 duplicates skipped, 1 rejected\n");
}

TEST(cli_import_timew, intervals_and_a_running_one)
{
	Db db;
	std::string f = db.file("timew.json");
	RunResult r = db.run({ "import", f });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 3 rows, 2 sessions added, 0 tutorials added, 0 "
	    "duplicates skipped, 1 skipped, kind from the entries' words: 1 "
	    "tutorial, 1 project\n");
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
	    "linkedin, watson, watson-json, timew "
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
	    "Comment=note", "--date-order", "mdy" }), f + ": 2 rows, 2 sessions "
	    "added, 0 tutorials added, 0 duplicates skipped\n");
	EXPECT_EQ(db.sessions(), "2025-07-01||75|django|study|||views\n"
	    "2025-07-02||45|pandas|study|||groupby\n");
	EXPECT_EQ(db.sql("SELECT format FROM import_batch"), "custom\n");
}

// A duration column named with --map follows track's rule for a bare
// number (no unit: refused), as the generic CSV does; minutes and hours
// columns say the unit.
TEST(cli_import_refusals, a_mapped_duration_needs_a_unit)
{
	Db db;
	seed(db);
	std::string f = db.write("spent.csv", "Day,Spent,Subject\r\n"
	    "2025-07-01,10,django\r\n2025-07-02,1.5,pandas\r\n");
	std::vector<std::string> map = { "import", f, "--map", "Day=date",
	    "--map", "Subject=topic", "--map" };
	std::vector<std::string> as_duration = map;
	as_duration.push_back("Spent=duration");
	expect_refused(db, as_duration, 1, f + ":2: duration '10' has no unit: "
	    "map the column as minutes (--map 'Spent=minutes') or hours (--map "
	    "'Spent=hours')\n" + f + ":3: duration '1.5' has no unit: map the "
	    "column as minutes (--map 'Spent=minutes') or hours (--map "
	    "'Spent=hours')\ntrack: " + f + ": 2 bad rows; nothing imported from "
	    "it (--skip-bad imports the good rows)\n");
	std::vector<std::string> as_hours = map;
	as_hours.push_back("Spent=hours");
	db.ok(as_hours);
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session WHERE batch_id IS "
	    "NOT NULL ORDER BY day"), "2025-07-01|600\n2025-07-02|90\n");
	db.ok({ "undo" });
	std::vector<std::string> as_minutes = map;
	as_minutes.push_back("Spent=minutes");
	db.ok(as_minutes);
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session WHERE batch_id IS "
	    "NOT NULL ORDER BY day"), "2025-07-01|10\n2025-07-02|2\n");
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
	    "watson, watson-json, timew or "
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
	EXPECT_EQ(json_integer_value(json_object_get(o, "sessions_added")), 63);
	EXPECT_EQ(json_integer_value(json_object_get(o, "estimated_minutes")),
	    1620);
	EXPECT_EQ(json_integer_value(json_object_get(o, "estimated_days")), 63);
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
	    "#2  2026-11-22  udemy     " + b + ": 2 rows, 6 sessions added, 0 "
	    "tutorials added, 1 updated, 0 duplicates, 0 rejected\n"
	    "#1  2026-11-22  udemy     " + a + ": 2 rows, 63 sessions added, 2 "
	    "tutorials added, 0 updated, 0 duplicates, 0 rejected\n");
	std::string json = db.ok({ "import", "list", "--format", "json" });
	EXPECT_NE(json.find("\"sessions_added\": 6"), std::string::npos);
	// Undo takes back every spread session of the batch.
	EXPECT_EQ(db.ok({ "import", "undo" }), "undid import #2 of " + b +
	    ": 6 sessions removed, 1 tutorial restored\n");
	EXPECT_EQ(db.sql("SELECT progress, last_activity FROM tutorial WHERE "
	    "title = 'Pandas in Practice'"), "35.0|2025-03-14\n");
	EXPECT_EQ(db.spread("Pandas in Practice"),
	    "2025-03-01|2025-03-14|14|301|22|21|1\n");
	EXPECT_EQ(db.ok({ "import", "undo", "1" }), "undid import #1 of " + a +
	    ": 63 sessions removed, 2 tutorials removed\n");
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
	// The Udemy report it came from dedupes against it by course: the 109
	// new minutes go after its last imported session (14 March), to 20
	// March; Django, new here, is spread over its 49 days.
	EXPECT_EQ(db.ok({ "import", db.file("udemy_later.csv") }), db.dir() +
	    "/udemy_later.csv: 2 rows, 55 sessions added, 1 tutorial added, 0 "
	    "duplicates skipped, 1 tutorial updated, 23h48m of course time "
	    "spread over 55 days (estimated)\n");
	EXPECT_EQ(db.spread("Pandas in Practice", "s.batch_id = 2"),
	    "2025-03-15|2025-03-20|6|109|19|18|1\n");
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
