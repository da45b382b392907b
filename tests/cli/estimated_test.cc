// End-to-end: course time placed by estimate (FORMATS.md 1.2, issue 15
// case 7). An imported course's time is spread over the days it was
// followed and its sessions are marked estimated: `ls` shows "~", JSON
// and CSV say "estimated", export and import keep the mark, `edit` takes
// it away, `import undo` removes the spread, a re-import adds nothing,
// and the cases FORMATS.md leaves open (1970 placeholders, no date at
// all, completion before enrolment, the day-minutes setting, a database
// from before schema 009) behave as the README says.
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

	// Copies fixture name (or writes text as name) into the directory;
	// returns its path.
	std::string file(const std::string &name,
	    const std::string &text = "") const
	{
		std::string p = dir_.file(name);
		write_file(p, text.empty() ? fixture(name) : text);
		return p;
	}
	RunResult run(std::vector<std::string> args,
	    const std::string &tz = "UTC") const
	{
		std::map<std::string, std::string> env = kEnv;
		env["TZ"] = tz;
		args.insert(args.begin(), { "--db", path_ });
		return run_track(args, env);
	}
	std::string ok(const std::vector<std::string> &args) const
	{
		RunResult r = run(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		return r.out;
	}
	std::string sql(const std::string &text) const
	{
		return query(path_, text);
	}
	// day|minutes|estimated of every session, oldest first.
	std::string days() const
	{
		return sql("SELECT day, minutes, estimated FROM session ORDER BY "
		    "day, id");
	}

private:
	TempDir dir_;
	std::string path_ = dir_.file("track.db");
};

json_t *
parse(const std::string &text)
{
	json_error_t error;
	json_t *root = json_loads(text.c_str(), 0, &error);
	EXPECT_NE(root, nullptr) << error.text << "\n" << text;
	return root;
}

} // namespace

// ---------------------------------------------------------------------
// ls, JSON, CSV

// The last three of Udemy's 63 spread sessions (12..14 March, 21 minutes
// each) and one logged by hand: "~" marks the estimates.
TEST(Estimated, ls_marks_estimated_sessions_with_a_tilde)
{
	Db db;
	db.ok({ "import", db.file("udemy.csv") });
	db.ok({ "log", "1h", "pandas", "--date", "2025-03-14" });
	EXPECT_EQ(db.ok({ "ls", "--since", "2025-03-12", "--until",
	    "2025-03-14" }),
	    "#61  2025-03-12  -----  ~21m  pandas  tutorial  tutorial: Pandas "
	    "in Practice\n"
	    "#62  2025-03-13  -----  ~21m  pandas  tutorial  tutorial: Pandas "
	    "in Practice\n"
	    "#63  2025-03-14  -----  ~21m  pandas  tutorial  tutorial: Pandas "
	    "in Practice\n"
	    "#64  2025-03-14  -----    1h  pandas  study\n");
}

TEST(Estimated, json_and_csv_say_estimated)
{
	Db db;
	db.ok({ "import", db.file("udemy.csv") });
	db.ok({ "log", "1h", "pandas", "--date", "2025-03-14" });
	json_t *root = parse(db.ok({ "ls", "--since", "2025-03-14", "--format",
	    "json" }));
	ASSERT_EQ(json_array_size(root), 2u);
	EXPECT_TRUE(json_is_true(json_object_get(json_array_get(root, 0),
	    "estimated")));
	EXPECT_EQ(json_integer_value(json_object_get(json_array_get(root, 0),
	    "minutes")), 21);
	EXPECT_TRUE(json_is_false(json_object_get(json_array_get(root, 1),
	    "estimated")));
	json_decref(root);
	std::string csv = db.ok({ "ls", "--since", "2025-03-14", "--format",
	    "csv" });
	EXPECT_EQ(csv.substr(0, csv.find('\n')), "id,uuid,day,start,minutes,"
	    "topic,path,kind,project,tutorial,note,origin,estimated");
	EXPECT_NE(csv.find(",21,pandas,data-science,tutorial,,Pandas in "
	    "Practice,,import,true\n"), std::string::npos) << csv;
	EXPECT_NE(csv.find(",60,pandas,data-science,study,,,,manual,false\n"),
	    std::string::npos) << csv;
}

// ---------------------------------------------------------------------
// Every course format (issue 16, defect 8)

// Each course format's time goes through the same spreading and is
// marked estimated: Udemy's minutes and Coursera's hours (usage report
// and CourseActivity) from the start or enrollment to the last activity;
// LinkedIn's archive has no time of its own, but a time column given to
// it with --map is spread too, back from the last viewing at 90 minutes
// a day (it has no start date). Worked by hand:
//   Udemy, Django: 6 Jan..23 Feb = 49 days, 1319 min = 45 x 27 + 4 x 26;
//     Pandas: 1..14 March = 14 days, 301 min = 7 x 22 + 7 x 21.
//   Coursera: 13 Jan..9 Feb = 28 days, 1104 = 12 x 40 + 16 x 39;
//     3..20 March = 18 days, 375 = 15 x 21 + 3 x 20.
//   CourseActivity: 1..22 April = 22 days, 210 = 12 x 10 + 10 x 9.
//   LinkedIn: Docker 150 min back from 5 March: 4 March 60, 5 March 90;
//     Git 60 min on 1 February (its last viewing).
struct CourseFormat {
	const char *name;
	std::string text;		/* the file, or "" for the fixture */
	std::vector<std::string> args;
	const char *spread;		/* first|last|sessions|minutes|max|min|
					   all estimated, per tutorial */
	const char *summary;		/* the summary line after "FILE: " */
};

TEST(Estimated, every_course_format_spreads_its_time)
{
	const std::string linkedin_hours =
	    "Content Title,Content Description,Content Type,Content Last "
	    "Watched Date (if viewed),Content Completed At (if completed),"
	    "Content Saved,Notes taken on videos (if taken),Hours Viewed,\n"
	    "Learning Docker,<p>Containers.</p>,Course,2025-03-05 18:12 UTC,"
	    "2025-01-26 21:03 UTC,false,N/A,2.5,\n"
	    "Git Essential Training,,Course,2025-02-01 07:40 UTC,2025-02-09 "
	    "20:15 UTC,false,N/A,1.0,\n";
	const CourseFormat formats[] = {
		{ "udemy.csv", "", {},
		  "Django 5: Build Web Apps, Step by Step|2025-01-06|2025-02-23|"
		  "49|1319|27|26|1\n"
		  "Pandas in Practice|2025-03-01|2025-03-14|14|301|22|21|1\n",
		  "2 rows, 63 sessions added, 2 tutorials added, 0 duplicates "
		  "skipped, 27h of course time spread over 63 days "
		  "(estimated)\n" },
		{ "coursera.csv", "", {},
		  "Python Capstone: Web Data|2025-01-13|2025-02-09|28|1104|40|39|"
		  "1\n"
		  "Hands-on NumPy Arrays|2025-03-03|2025-03-20|18|375|21|20|1\n",
		  "2 rows, 46 sessions added, 2 tutorials added, 0 duplicates "
		  "skipped, 24h39m of course time spread over 46 days "
		  "(estimated)\n" },
		{ "coursera_activity.csv", "", {},
		  "Machine Learning Specialization: Regression|2025-04-01|"
		  "2025-04-22|22|210|10|9|1\n",
		  "1 row, 22 sessions added, 1 tutorial added, 0 duplicates "
		  "skipped, 3h30m of course time spread over 22 days "
		  "(estimated)\n" },
		{ "linkedin_hours.csv", linkedin_hours,
		  { "--map", "Hours Viewed=hours" },
		  "Learning Docker|2025-03-04|2025-03-05|2|150|90|60|1\n"
		  "Git Essential Training|2025-02-01|2025-02-01|1|60|60|60|1\n",
		  "2 rows, 3 sessions added, 2 tutorials added, 0 duplicates "
		  "skipped, 3h30m of course time spread over 3 days "
		  "(estimated)\n" },
	};
	for (const CourseFormat &format : formats) {
		SCOPED_TRACE(format.name);
		Db db;
		std::string f = db.file(format.name, format.text);
		std::vector<std::string> args = { "import", f };
		args.insert(args.end(), format.args.begin(), format.args.end());
		EXPECT_EQ(db.ok(args), f + ": " + format.summary);
		EXPECT_EQ(db.sql("SELECT tu.title, min(s.day), max(s.day), "
		    "count(*), sum(s.minutes), max(s.minutes), min(s.minutes), "
		    "min(s.estimated) FROM session s JOIN tutorial tu ON tu.id = "
		    "s.tutorial_id GROUP BY tu.id ORDER BY tu.id"), format.spread);
	}
}

// ---------------------------------------------------------------------
// Re-imports, undo, edit, export

// The same export again adds nothing; so does a later one twice. And the
// fingerprints do not depend on when the import ran: undone and imported
// again, the file gives the same ones.
TEST(Estimated, reimports_add_nothing_and_fingerprints_are_stable)
{
	Db db;
	std::string a = db.file("udemy.csv"), b = db.file("udemy_later.csv");
	db.ok({ "import", a });
	std::string fingerprints = db.sql("SELECT group_concat(fingerprint) "
	    "FROM (SELECT fingerprint FROM session ORDER BY fingerprint)");
	EXPECT_EQ(db.ok({ "import", a }), a + ": 2 rows, 0 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped\n");
	db.ok({ "import", b });
	EXPECT_EQ(db.ok({ "import", b }), b + ": 2 rows, 0 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped\n");
	EXPECT_EQ(db.sql("SELECT count(*), sum(minutes) FROM session"),
	    "69|1729\n");
	db.ok({ "import", "undo" });
	db.ok({ "import", "undo" });
	EXPECT_EQ(db.sql("SELECT count(*) FROM session"), "0\n");
	db.ok({ "import", a });
	EXPECT_EQ(db.sql("SELECT group_concat(fingerprint) FROM (SELECT "
	    "fingerprint FROM session ORDER BY fingerprint)"), fingerprints);
}

// `import undo` and `track undo` take every spread session back, and the
// summaries with them.
TEST(Estimated, undo_removes_the_spread_sessions)
{
	Db db;
	db.ok({ "import", db.file("udemy.csv") });
	EXPECT_EQ(db.sql("SELECT count(*), sum(minutes) FROM day_total"),
	    "63|1620\n");
	EXPECT_EQ(db.ok({ "undo" }), "undid import #1 of " + db.dir() +
	    "/udemy.csv: 63 sessions removed, 2 tutorials removed\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM session UNION ALL SELECT "
	    "count(*) FROM day_total UNION ALL SELECT count(*) FROM "
	    "month_total"), "0\n0\n0\n");
}

// An edited session is the learner's: the mark goes, whatever was edited,
// and `ls` shows it without "~". The others keep theirs.
TEST(Estimated, edit_confirms_a_session)
{
	Db db;
	db.ok({ "import", db.file("udemy.csv") });
	EXPECT_EQ(db.ok({ "edit", "63", "--duration", "45m" }),
	    "updated #63: 45m pandas (data-science, tutorial, tutorial 'Pandas "
	    "in Practice') on 2025-03-14\n");
	EXPECT_EQ(db.ok({ "edit", "62", "--note", "chapter 3" }),
	    "updated #62: 21m pandas (data-science, tutorial, tutorial 'Pandas "
	    "in Practice') on 2025-03-13\n");
	EXPECT_EQ(db.sql("SELECT id, minutes, estimated FROM session WHERE id "
	    ">= 61"), "61|21|1\n62|21|0\n63|45|0\n");
	EXPECT_EQ(db.ok({ "ls", "--limit", "3" }),
	    "#61  2025-03-12  -----  ~21m  pandas  tutorial  tutorial: Pandas "
	    "in Practice\n"
	    "#62  2025-03-13  -----   21m  pandas  tutorial  tutorial: Pandas "
	    "in Practice  chapter 3\n"
	    "#63  2025-03-14  -----   45m  pandas  tutorial  tutorial: Pandas "
	    "in Practice\n");
	// rm names an estimate as ls does.
	EXPECT_EQ(db.ok({ "rm", "61" }), "removed #61: ~21m pandas "
	    "(data-science, tutorial, tutorial 'Pandas in Practice') on "
	    "2025-03-12\n");
}

// Both exports carry the mark and both imports keep it.
TEST(Estimated, export_and_import_keep_the_mark)
{
	Db db, csv_copy, json_copy;
	db.ok({ "import", db.file("udemy.csv") });
	db.ok({ "edit", "1", "--duration", "30m" });
	db.ok({ "export", "--output", db.dir() + "/all.csv" });
	db.ok({ "export", "--format", "json", "--output", db.dir() +
	    "/all.json" });
	std::string json = read_file(db.dir() + "/all.json");
	EXPECT_NE(json.find("\"origin\": \"import\", \"fingerprint\": "),
	    std::string::npos);
	EXPECT_NE(json.find(", \"estimated\": true}"), std::string::npos);
	EXPECT_NE(json.find(", \"estimated\": false}"), std::string::npos);
	csv_copy.ok({ "import", db.dir() + "/all.csv" });
	json_copy.ok({ "import", db.dir() + "/all.json" });
	const char *marks = "SELECT estimated, count(*), sum(minutes) FROM "
	    "session GROUP BY 1";
	EXPECT_EQ(db.sql(marks), "0|1|30\n1|62|1593\n");
	EXPECT_EQ(csv_copy.sql(marks), db.sql(marks));
	EXPECT_EQ(json_copy.sql(marks), db.sql(marks));
}

// A bad mark in track's own formats is refused, naming it.
TEST(Estimated, a_bad_mark_in_an_export_is_a_bad_row)
{
	Db db;
	std::string f = db.dir() + "/bad.csv";
	write_file(f, "uuid,day,minutes,topic,kind,estimated\n"
	    "0190c2a0-0000-7000-8000-000000000009,2025-03-14,30,python,study,"
	    "maybe\n");
	RunResult r = db.run({ "import", f });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.err, f + ":2: invalid estimated 'maybe': use true or "
	    "false\ntrack: " + f + ": 1 bad row; nothing imported from it "
	    "(--skip-bad imports the good rows)\n");
}

// ---------------------------------------------------------------------
// The cases FORMATS.md leaves open

// 1970-01-01 is what an export writes for a timestamp it lacks: no date.
// With no start known, 200 minutes go back from 14 March at 90 a day.
// West of UTC that instant is 31 December 1969, which is no day track
// keeps: still no date, not a refusal.
TEST(Estimated, placeholder_1970_dates_are_no_dates)
{
	for (const char *tz : { "UTC", "America/New_York" }) {
		Db db;
		RunResult r = db.run({ "import", db.file("udemy_placeholder.csv") },
		    tz);
		EXPECT_EQ(r.status, 0) << tz << ": " << r.err;
		EXPECT_EQ(db.days(), "2025-03-12|20|1\n2025-03-13|90|1\n"
		    "2025-03-14|90|1\n") << tz;
		EXPECT_EQ(db.sql("SELECT ifnull(started, '-'), last_activity FROM "
		    "tutorial"), "-|2025-03-14\n") << tz;
	}
}

// Time and no date at all: the tutorial is kept and the time waits, with
// one warning; the next export with dates places all of it.
TEST(Estimated, a_course_with_no_date_waits_for_one)
{
	Db db;
	std::string f = db.file("udemy_no_dates.csv");
	RunResult r = db.run({ "import", f });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 1 row, 0 sessions added, 1 tutorial added, 0 "
	    "duplicates skipped\n");
	EXPECT_EQ(r.err, f + ":2: 'SQL Basics' shows 120 min but no date to "
	    "place them (no last-activity, completion or enrollment date): the "
	    "tutorial is kept, its time is not imported\n");
	EXPECT_EQ(db.sql("SELECT title, progress FROM tutorial"),
	    "SQL Basics|10.0\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM session"), "0\n");
	// Started 1 April, last active 10 April: 150 = 10 x 15.
	f = db.file("udemy_no_dates_later.csv");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 1 row, 10 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped, 1 tutorial updated, 2h30m "
	    "of course time spread over 10 days (estimated)\n");
	EXPECT_EQ(db.sql("SELECT min(day), max(day), count(*), sum(minutes), "
	    "max(minutes), min(minutes) FROM session"),
	    "2025-04-01|2025-04-10|10|150|15|15\n");
}

// Completed on 10 March, enrolled on 20 March: a span that runs
// backwards is none, so 100 minutes go back from the completion day at
// 90 a day.
TEST(Estimated, completion_before_enrolment_goes_back_from_completion)
{
	Db db;
	db.ok({ "import", db.file("udemy_backwards.csv") });
	EXPECT_EQ(db.days(), "2025-03-09|10|1\n2025-03-10|90|1\n");
}

// import.course-day-minutes sets the pace of time whose days are not
// known; 1..1440.
TEST(Estimated, course_day_minutes_is_a_setting)
{
	Db db;
	EXPECT_EQ(db.ok({ "config", "set", "import.course-day-minutes",
	    "60" }), "import.course-day-minutes = 60\n");
	db.ok({ "import", db.file("udemy_placeholder.csv") });
	EXPECT_EQ(db.days(), "2025-03-11|20|1\n2025-03-12|60|1\n"
	    "2025-03-13|60|1\n2025-03-14|60|1\n");
	RunResult r = db.run({ "config", "set", "import.course-day-minutes",
	    "1441" });
	EXPECT_EQ(r.status, 2);
	EXPECT_NE(r.err.find("'1441'"), std::string::npos) << r.err;
}

// Time is never placed after today: a course last active tomorrow is a
// bad row, as every importer refuses a future date.
TEST(Estimated, a_course_active_after_today_is_a_bad_row)
{
	Db db;
	std::string f = db.dir() + "/future.csv";
	write_file(f, "Course ID,Course Title,% Marked Completed,Minutes Video "
	    "Consumed,Date Started,Date Last Active\n"
	    "9,Docker Deep Dive,10,100,2026-11-01,2026-11-23T08:00:00Z\n");
	RunResult r = db.run({ "import", f });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.err, f + ":2: date 2026-11-23 is in the future\ntrack: " +
	    f + ": 1 bad row; nothing imported from it (--skip-bad imports the "
	    "good rows)\n");
}

// ---------------------------------------------------------------------
// A database from before schema 009

// Sessions an older track imported from a course platform were estimates
// too: the migration marks them, and nothing else, and moves nothing.
TEST(Estimated, the_migration_marks_older_course_imports)
{
	Db db;
	make_db_at_version(db.path(), 8,
	    "INSERT INTO import_batch (id, file, format, created) VALUES "
	    " (1, 'udemy.csv', 'udemy', '2025-03-15T08:00:00Z'),"
	    " (2, 'toggl.csv', 'toggl', '2025-03-15T08:00:00Z');"
	    "INSERT INTO tutorial (id, title, topic_id, platform, course_id, "
	    " created, batch_id) SELECT 1, 'Pandas in Practice', id, 'Udemy', "
	    " '5120087', '2025-03-15T08:00:00Z', 1 FROM topic WHERE name = "
	    " 'pandas';"
	    "INSERT INTO session (id, uuid, day, minutes, topic_id, kind, "
	    " tutorial_id, origin, batch_id, fingerprint, created) SELECT 1, "
	    " 'u1', '2025-03-14', 1440, id, 'tutorial', 1, 'import', 1, 'f1', "
	    " '2025-03-15T08:00:00Z' FROM topic WHERE name = 'pandas';"
	    "INSERT INTO session (id, uuid, day, minutes, topic_id, kind, "
	    " origin, batch_id, fingerprint, created) SELECT 2, 'u2', "
	    " '2025-03-14', 45, id, 'study', 'import', 2, 'f2', "
	    " '2025-03-15T08:00:00Z' FROM topic WHERE name = 'flask';"
	    "INSERT INTO session (id, uuid, day, minutes, topic_id, kind, "
	    " tutorial_id, origin, created) SELECT 3, 'u3', '2025-03-15', 30, "
	    " id, 'tutorial', 1, 'manual', '2025-03-15T08:00:00Z' FROM topic "
	    " WHERE name = 'pandas'");
	EXPECT_EQ(db.ok({ "ls" }),
	    "#1  2025-03-14  -----  ~24h  pandas  tutorial  tutorial: Pandas in "
	    "Practice\n"
	    "#2  2025-03-14  -----   45m  flask   study\n"
	    "#3  2025-03-15  -----   30m  pandas  tutorial  tutorial: Pandas in "
	    "Practice\n");
	EXPECT_EQ(db.days(), "2025-03-14|1440|1\n2025-03-14|45|0\n"
	    "2025-03-15|30|0\n");
	EXPECT_EQ(db.sql("SELECT value IS NULL, default_value FROM setting "
	    "WHERE key = 'import.course-day-minutes'"), "1|90\n");
}
