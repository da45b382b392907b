// End-to-end: the days track keeps, 1970-01-01 to 9999-12-31. Every
// option and file cell that takes a date refuses a day outside them with
// one line naming the value and the range, and writes nothing; both edges
// are kept and reported. Days before 1970 are negative numbers, so none
// of them may stand for "no day": a database holding one (written before
// the range was enforced) still reports it.
#include <gtest/gtest.h>
#include <jansson.h>

#include <map>
#include <string>
#include <vector>

#include "support.h"

namespace {

// One database in UTC; every run gets the clock at now.
class Db {
public:
	RunResult run(std::vector<std::string> args,
	    const std::string &now = "2026-11-22T12:00:00Z")
	{
		args.insert(args.begin(), { "--db", path() });
		return run_track(args, { { "TRACK_NOW", now }, { "TZ", "UTC" },
		    { "TRACK_DB", "" }, { "NO_COLOR", "" } });
	}

	// Runs a command that must succeed; returns its stdout.
	std::string ok(const std::vector<std::string> &args,
	    const std::string &now = "2026-11-22T12:00:00Z")
	{
		RunResult r = run(args, now);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		return r.out;
	}

	// stdout of a command printing JSON, parsed; the caller decrefs it.
	json_t *json(const std::vector<std::string> &args,
	    const std::string &now = "2026-11-22T12:00:00Z")
	{
		json_t *root = json_loads(ok(args, now).c_str(), 0, nullptr);
		EXPECT_NE(root, nullptr);
		return root;
	}

	std::string sql(const std::string &q) { return query(path(), q); }
	void write_sql(const std::string &q)
	{
		sqlite3 *handle = nullptr;
		ASSERT_EQ(sqlite3_open(path().c_str(), &handle), SQLITE_OK);
		query(handle, q);
		sqlite3_close(handle);
	}
	std::string path() const { return dir_.file("track.db"); }

private:
	TempDir dir_;
};

std::string
first_line(const std::string &text)
{
	return text.substr(0, text.find('\n'));
}

std::string
string_at(json_t *object, const char *key)
{
	json_t *value = json_object_get(object, key);
	return json_is_string(value) ? json_string_value(value) : "(not a string)";
}

/* ---------------------------------------------------------------------
 * Day -1 is 1969-12-31, not "no day"
 */

TEST(cli_dates, a_stored_day_before_1970_is_a_day_not_none)
{
	Db db;
	db.ok({ "path", "set", "backend" });
	db.ok({ "log", "1h", "django", "--project", "Blog", "--path",
	    "backend" });
	db.ok({ "project", "done", "Blog" });
	// As a track that let such days in would have written them.
	db.write_sql("UPDATE session SET day = '1969-12-31';"
	    "UPDATE project SET started = '1969-12-30', completed = "
	    "'1969-12-31'");
	EXPECT_EQ(first_line(db.ok({ "report", "--all" })),
	    "Report 1969-12-31 to 2026-11-22 (20781 days)");
	json_t *root = db.json({ "report", "--all", "--format", "json" });
	json_t *days = json_object_get(root, "days");
	EXPECT_EQ(string_at(json_array_get(days, 0), "day"), "1969-12-31");
	EXPECT_EQ(json_integer_value(json_object_get(json_array_get(days, 0),
	    "minutes")), 60);
	json_decref(root);
	root = db.json({ "portfolio", "--format", "json" });
	json_t *project = json_array_get(json_object_get(root, "projects"), 0);
	EXPECT_EQ(string_at(project, "started"), "1969-12-30");
	EXPECT_EQ(string_at(project, "completed"), "1969-12-31");
	json_decref(root);
	// Completed (a thin one: 1h in one week), so the plan does not
	// list it as open.
	std::string plan = db.ok({ "plan" });
	EXPECT_NE(plan.find("thin: 'Blog' 1h in 1 week"), std::string::npos)
	    << plan;
	EXPECT_EQ(plan.find("open:"), std::string::npos) << plan;
}

/* ---------------------------------------------------------------------
 * Every date-taking option at both edges and one day beyond each
 */

const char kLastNoon[] = "9999-12-31T12:00:00Z";	// lets 9999-12-31 in

// One option taking a date: what to run first, the command ("{D}" is the
// date under test, "{S}" the nearest kept day, for a timer to stop), and
// for writers the SQL reading back the day stored.
struct DateOption {
	const char *name;
	std::vector<std::vector<std::string>> setup;
	std::vector<std::string> command;
	const char *stored;	// nullptr: a reader
	const char *what;	// "date", or "time" for --at
};

const DateOption kOptions[] = {
	{ "log --date", {}, { "log", "1h", "django", "--date", "{D}" },
	  "SELECT day FROM session ORDER BY id DESC LIMIT 1", "date" },
	{ "edit --date", { { "log", "1h", "django" } },
	  { "edit", "1", "--date", "{D}" },
	  "SELECT day FROM session WHERE id = 1", "date" },
	{ "start --at", {}, { "start", "django", "--at", "{D} 10:00" },
	  "SELECT substr(started, 1, 10) FROM timer", "time" },
	{ "stop --at", { { "start", "django", "--at", "{S} 09:00" } },
	  { "stop", "--at", "{D} 10:00" },
	  "SELECT day FROM session ORDER BY id DESC LIMIT 1", "time" },
	{ "ls --since", {}, { "ls", "--since", "{D}" }, nullptr, "date" },
	{ "ls --until", {}, { "ls", "--until", "{D}" }, nullptr, "date" },
	{ "report --since", {}, { "report", "--since", "{D}" }, nullptr,
	  "date" },
	{ "report --until", {}, { "report", "--since", "1970-01-01",
	  "--until", "{D}" }, nullptr, "date" },
	{ "export --since", {}, { "export", "--since", "{D}" }, nullptr,
	  "date" },
	{ "export --until", {}, { "export", "--until", "{D}" }, nullptr,
	  "date" },
	{ "project add --date", {}, { "project", "add", "Blog", "--date",
	  "{D}" }, "SELECT started FROM project", "date" },
	{ "project done --date", { { "project", "add", "Blog", "--date",
	  "1970-01-01" } }, { "project", "done", "Blog", "--date", "{D}" },
	  "SELECT completed FROM project", "date" },
	{ "tutorial add --date", {}, { "tutorial", "add", "Course", "--date",
	  "{D}" }, "SELECT started FROM tutorial", "date" },
	{ "tutorial done --date", { { "tutorial", "add", "Course", "--date",
	  "1970-01-01" } }, { "tutorial", "done", "Course", "--date", "{D}" },
	  "SELECT completed FROM tutorial", "date" },
	{ "path set --date", {}, { "path", "set", "backend", "--date", "{D}" },
	  "SELECT day FROM path_choice ORDER BY id DESC LIMIT 1", "date" },
	{ "plan --at", {}, { "plan", "--at", "{D}" }, nullptr, "date" },
	{ "check --at", {}, { "check", "--at", "{D}" }, nullptr, "date" },
	{ "portfolio --at", {}, { "portfolio", "--at", "{D}" }, nullptr,
	  "date" },
};

// args with {D} replaced by day and {S} by the nearest kept day.
std::vector<std::string>
with_day(std::vector<std::string> args, const std::string &day)
{
	static const std::map<std::string, std::string> nearest = {
		{ "1969-12-31", "1970-01-01" }, { "1970-01-01", "1970-01-01" },
		{ "9999-12-31", "9999-12-31" }, { "10000-01-01", "9999-12-31" },
	};
	for (auto &a : args) {
		size_t at;
		if ((at = a.find("{D}")) != std::string::npos)
			a.replace(at, 3, day);
		if ((at = a.find("{S}")) != std::string::npos)
			a.replace(at, 3, nearest.at(day));
	}
	return args;
}

TEST(cli_dates, every_date_option_keeps_1970_to_9999)
{
	for (const auto &o : kOptions) {
		for (const char *day : { "1970-01-01", "9999-12-31" }) {
			Db db;
			for (const auto &setup : o.setup)
				db.ok(with_day(setup, day), kLastNoon);
			RunResult r = db.run(with_day(o.command, day), kLastNoon);
			EXPECT_EQ(r.status, 0) << o.name << " " << day << ": "
			    << r.err;
			EXPECT_EQ(r.err, "") << o.name << " " << day;
			EXPECT_NE(r.out, "") << o.name << " " << day;
			if (o.stored != nullptr) {
				EXPECT_EQ(db.sql(o.stored), std::string(day) + "\n")
				    << o.name;
			}
		}
	}
}

TEST(cli_dates, every_date_option_refuses_1969_and_10000)
{
	for (const auto &o : kOptions) {
		for (const char *day : { "1969-12-31", "10000-01-01" }) {
			Db db;
			db.ok({ "log", "1h", "django" }, kLastNoon);
			for (const auto &setup : o.setup)
				db.ok(with_day(setup, day), kLastNoon);
			std::string before = read_file(db.path());
			std::vector<std::string> args = with_day(o.command, day);
			RunResult r = db.run(args, kLastNoon);
			std::string value = std::string(o.what) == "time" ?
			    std::string(day) + " 10:00" : day;
			EXPECT_EQ(r.status, 2) << o.name << " " << day;
			EXPECT_EQ(r.out, "") << o.name << " " << day;
			EXPECT_EQ(r.err, std::string("track: invalid ") + o.what +
			    " '" + value + "': use a day from 1970-01-01 to "
			    "9999-12-31\n") << o.name;
			EXPECT_TRUE(read_file(db.path()) == before)
			    << o.name << " " << day << ": the database changed";
		}
	}
}

// Relative dates that reach before 1970 are refused the same way.
TEST(cli_dates, relative_dates_before_1970_are_refused)
{
	Db db;
	const char *now = "1970-01-02T12:00:00Z";
	db.ok({ "log", "1h", "django", "--date", "yesterday" }, now);
	// 1970-01-02 was a Friday: "friday" is 1969-12-26.
	for (const char *text : { "-2d", "2 days ago", "3d ago", "friday",
	    "999999999 days ago" }) {
		RunResult r = db.run({ "log", "1h", "django", "--date", text },
		    now);
		EXPECT_EQ(r.status, 2) << text;
		EXPECT_EQ(r.err, std::string("track: invalid date '") + text +
		    "': use a day from 1970-01-01 to 9999-12-31\n");
	}
	EXPECT_EQ(db.sql("SELECT day FROM session"), "1970-01-01\n");
}

/* ---------------------------------------------------------------------
 * The edges, kept and reported
 */

TEST(cli_dates, the_first_day_is_reported_everywhere)
{
	Db db;
	const char *now = "1970-01-03T12:00:00Z";	// a Saturday
	db.ok({ "log", "1h", "python", "--date", "1970-01-01" }, now);
	EXPECT_EQ(first_line(db.ok({ "report", "--all" }, now)),
	    "Report 1970-01-01 to 1970-01-03 (3 days)");
	json_t *root = db.json({ "report", "--all", "--format", "json" }, now);
	json_t *days = json_object_get(root, "days");
	EXPECT_EQ(json_array_size(days), 3u);
	EXPECT_EQ(string_at(json_array_get(days, 0), "day"), "1970-01-01");
	EXPECT_EQ(json_integer_value(json_object_get(json_array_get(days, 0),
	    "minutes")), 60);
	EXPECT_EQ(json_integer_value(json_object_get(json_object_get(root,
	    "totals"), "minutes")), 60);
	json_decref(root);
	EXPECT_EQ(db.ok({ "ls" }, now),
	    "#1  1970-01-01  -----  1h  python  study\n");
	root = db.json({ "ls", "--format", "json" }, now);
	EXPECT_EQ(string_at(json_array_get(root, 0), "day"), "1970-01-01");
	json_decref(root);
	// The week of 1970-01-01 began on Monday 1969-12-29: its days before
	// 1970 are none of the history's, and hold nothing.
	root = db.json({ "report", "--format", "json" }, now);
	EXPECT_EQ(json_integer_value(json_object_get(json_object_get(root,
	    "totals"), "minutes")), 60);
	json_decref(root);
}

TEST(cli_dates, the_last_day_is_kept_when_the_clock_reaches_it)
{
	Db db;
	db.ok({ "log", "1h", "python", "--date", "9999-12-31" }, kLastNoon);
	db.ok({ "log", "30m", "python", "--date", "yesterday" }, kLastNoon);
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session ORDER BY id"),
	    "9999-12-31|60\n9999-12-30|30\n");
	json_t *root = db.json({ "ls", "--format", "json" }, kLastNoon);
	EXPECT_EQ(string_at(json_array_get(root, 1), "day"), "9999-12-31");
	json_decref(root);
	// Before the clock reaches it, it is in the future.
	RunResult r = db.run({ "log", "1h", "python", "--date", "9999-12-31" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: date '9999-12-31' is in the future: today is "
	    "2026-11-22\n");
}

// A clock whose local day is outside the range is refused as a whole.
TEST(cli_dates, track_now_outside_the_days_is_refused)
{
	Db db;
	const std::vector<std::pair<std::string, std::string>> cases = {
		{ "1969-12-31T12:00:00Z", "UTC" },
		// 00:00 UTC on 1970-01-01 is still 1969 in New York.
		{ "0", "America/New_York" },
		// 9999-12-31 noon UTC is 10000-01-01 at +14.
		{ "9999-12-31T12:00:00Z", "Pacific/Kiritimati" },
	};
	for (const auto &c : cases) {
		RunResult r = run_track({ "--db", db.path(), "log", "1h",
		    "django" }, { { "TRACK_NOW", c.first }, { "TZ", c.second },
		    { "TRACK_DB", "" } });
		EXPECT_EQ(r.status, 2) << c.first;
		EXPECT_EQ(r.err, "track: invalid TRACK_NOW '" + c.first + "': use "
		    "an instant on a local day from 1970-01-01 to 9999-12-31\n");
		EXPECT_FALSE(file_exists(db.path())) << c.first;
	}
}

/* ---------------------------------------------------------------------
 * Periods end by 9999-12-31
 */

std::string
period_of(json_t *root, const char *key)
{
	json_t *p = json_object_get(root, key);
	return string_at(p, "from") + ".." + string_at(p, "to");
}

// Friday 9999-12-31: its week would run into 10000; it is cut at the
// last day, and every report says so.
TEST(cli_dates, periods_end_by_9999_12_31)
{
	struct PeriodCase {
		const char *option;
		const char *text;	// the first line of the text report
		const char *period;	// JSON "period"
		const char *previous;	// JSON "previous_period"
		size_t days;
	};
	const PeriodCase cases[] = {
		{ "--week", "Report 9999-12-27 to 9999-12-31 (5 days)",
		  "9999-12-27..9999-12-31", "9999-12-22..9999-12-26", 5 },
		// On its last day a month is compared with all of the month
		// before (SPEC §7: the same days, clamped to its length).
		{ "--month", "Report 9999-12-01 to 9999-12-31 (31 days)",
		  "9999-12-01..9999-12-31", "9999-11-01..9999-11-30", 31 },
		{ "--year", "Report 9999-01-01 to 9999-12-31 (365 days)",
		  "9999-01-01..9999-12-31", "9998-01-01..9998-12-31", 365 },
		{ "--last-week", "Report 9999-12-20 to 9999-12-26 (7 days)",
		  "9999-12-20..9999-12-26", "9999-12-13..9999-12-19", 7 },
	};
	Db db;
	db.ok({ "log", "1h", "python", "--date", "9999-12-31" }, kLastNoon);
	db.ok({ "log", "2h", "python", "--date", "9999-12-27" }, kLastNoon);
	for (const auto &c : cases) {
		EXPECT_EQ(first_line(db.ok({ "report", c.option }, kLastNoon)),
		    c.text);
		json_t *root = db.json({ "report", c.option, "--format",
		    "json" }, kLastNoon);
		EXPECT_EQ(period_of(root, "period"), c.period) << c.option;
		EXPECT_EQ(period_of(root, "previous_period"), c.previous)
		    << c.option;
		json_t *days = json_object_get(root, "days");
		EXPECT_EQ(json_array_size(days), c.days) << c.option;
		EXPECT_EQ(string_at(json_array_get(days, c.days - 1), "day"),
		    std::string(c.period).substr(12)) << c.option;
		json_decref(root);
	}
	json_t *root = db.json({ "report", "--week", "--format", "json" },
	    kLastNoon);
	EXPECT_EQ(json_integer_value(json_object_get(json_object_get(root,
	    "totals"), "minutes")), 180);
	json_decref(root);
	// A week starting on Sunday is cut the same way.
	db.ok({ "config", "set", "week-start", "sunday" }, kLastNoon);
	EXPECT_EQ(first_line(db.ok({ "report" }, kLastNoon)),
	    "Report 9999-12-26 to 9999-12-31 (6 days)");
	// Every format names the cut period.
	std::string csv = db.ok({ "report", "--format", "csv" }, kLastNoon);
	EXPECT_EQ(csv.find("10000"), std::string::npos);
	EXPECT_EQ(csv.find("9999-01-0"), std::string::npos) << csv;
	std::string md = db.ok({ "report", "--format", "md" }, kLastNoon);
	EXPECT_NE(md.find("9999-12-26 to 9999-12-31"), std::string::npos)
	    << first_line(md);
}

// The history as it stood on a day of 9999-12 leaves out what came after
// it in that month (the month after it is not a day track can write).
TEST(cli_dates, the_history_of_a_day_in_9999_12_ends_there)
{
	Db db;
	db.ok({ "log", "1h", "python", "--date", "9999-12-10" }, kLastNoon);
	db.ok({ "log", "10h", "python", "--date", "9999-12-20" }, kLastNoon);
	json_t *root = db.json({ "plan", "--at", "9999-12-15", "--format",
	    "json" }, kLastNoon);
	json_t *step = json_array_get(json_object_get(root, "steps"), 0);
	EXPECT_EQ(json_number_value(json_object_get(step, "value")), 1.0)
	    << json_dumps(step, 0);
	json_decref(root);
	root = db.json({ "plan", "--format", "json" }, kLastNoon);
	step = json_array_get(json_object_get(root, "steps"), 0);
	EXPECT_EQ(json_number_value(json_object_get(step, "value")), 11.0)
	    << json_dumps(step, 0);
	json_decref(root);
}

/* ---------------------------------------------------------------------
 * Imports: a day outside the range is a bad row
 */

TEST(cli_dates, an_import_row_dated_1900_is_a_bad_row)
{
	Db db;
	TempDir files;
	std::string csv = files.file("sheet.csv");
	// Spreadsheets write 1900-01-01 for an empty date.
	write_file(csv, "date,duration,topic\n"
	    "2026-11-01,1h,django\n"
	    "1900-01-01,1h,flask\n"
	    "1970-01-01,30m,python\n");
	RunResult r = db.run({ "import", csv });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, csv + ":3: invalid date '1900-01-01': use a day from "
	    "1970-01-01 to 9999-12-31\ntrack: " + csv + ": 1 bad row; nothing "
	    "imported from it (--skip-bad imports the good rows)\n");
	EXPECT_FALSE(file_exists(db.path()));
	r = db.run({ "import", csv, "--skip-bad", "--format", "json" });
	EXPECT_EQ(r.status, 0) << r.err;
	json_t *root = json_loads(r.out.c_str(), 0, nullptr);
	json_t *file = json_array_get(root, 0);
	EXPECT_EQ(json_integer_value(json_object_get(file, "sessions_added")), 2)
	    << r.out;
	EXPECT_EQ(json_integer_value(json_object_get(file, "rejected")), 1)
	    << r.out;
	json_decref(root);
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session ORDER BY day"),
	    "1970-01-01|30\n2026-11-01|60\n");
}

const std::string kExportHeader = "record,uuid,day,start,minutes,topic,"
    "topic_path,kind,project,project_path,project_started,"
    "project_completed,project_url,tutorial,tutorial_topic,"
    "tutorial_platform,tutorial_course_id,tutorial_progress,"
    "tutorial_started,tutorial_completed,tutorial_url,note,origin,"
    "fingerprint,name,value\n";

// Every kind of date cell: time trackers' dates and date-times (with an
// offset moving the day out of range), course platforms' dates, and
// track's own export rows.
TEST(cli_dates, every_kind_of_import_date_refuses_days_before_1970)
{
	struct ImportCase {
		const char *name;
		std::string content;
		std::vector<std::string> options;
		std::string message;	// after "FILE:2: "
	};
	const ImportCase cases[] = {
		{ "toggl", "User,Email,Client,Project,Task,Description,Billable,"
		  "Start date,Start time,End date,End time,Duration,Tags\n"
		  "Ada,a@example.com,,Python,,Loops,No,1969-12-31,19:00:00,"
		  "1969-12-31,20:00:00,01:00:00,python\n", {},
		  "invalid date '1969-12-31': use a day from 1970-01-01 to "
		  "9999-12-31" },
		{ "us_date", "Date,Duration,Subject\n12/31/1969,1:00:00,django\n",
		  { "--map", "Date=date", "--map", "Duration=duration", "--map",
		    "Subject=topic" },
		  "invalid date '12/31/1969': use a day from 1970-01-01 to "
		  "9999-12-31" },
		{ "offset", "Start,Duration,Subject\n"
		  "1970-01-01 00:30:00+01:00,0:30:00,django\n",
		  { "--map", "Start=start", "--map", "Duration=duration", "--map",
		    "Subject=topic" },
		  "invalid date '1970-01-01 00:30:00+01:00': it is 1969-12-31 in "
		  "this time zone; use a day from 1970-01-01 to 9999-12-31" },
		{ "udemy", "User First Name,User Last Name,User Email,Course ID,"
		  "Course Title,Course Duration,% Marked Completed,Minutes Video "
		  "Consumed,Date Enrolled,Date Started,Date Completed,Date Last "
		  "Active\n"
		  "Ada,Example,a@example.com,1,Python Bootcamp,600,10,60,"
		  "1900-01-01,,,2026-07-01\n", {},
		  "invalid date '1900-01-01': use a day from 1970-01-01 to "
		  "9999-12-31" },
		{ "track_export", kExportHeader +
		  "session,00000000-0000-7000-8000-000000000001,1969-12-31,,60,"
		  "django,backend,study,,,,,,,,,,,,,,,manual,,,\n", {},
		  "invalid date '1969-12-31': use a day from 1970-01-01 to "
		  "9999-12-31" },
		{ "track_export_project", kExportHeader +
		  "session,00000000-0000-7000-8000-000000000001,2026-11-02,,60,"
		  "django,backend,project,Blog,backend,2026-11-01,1900-01-01,,,,,,"
		  ",,,,,manual,,,\n", {},
		  "invalid date '1900-01-01': use a day from 1970-01-01 to "
		  "9999-12-31" },
	};
	for (const auto &c : cases) {
		Db db;
		TempDir files;
		std::string csv = files.file(std::string(c.name) + ".csv");
		write_file(csv, c.content);
		std::vector<std::string> args = { "import", csv };
		args.insert(args.end(), c.options.begin(), c.options.end());
		RunResult r = db.run(args);
		EXPECT_EQ(r.status, 1) << c.name << ": " << r.err;
		EXPECT_EQ(r.err.substr(0, r.err.find('\n')), csv + ":2: " +
		    c.message) << c.name;
		EXPECT_FALSE(file_exists(db.path())) << c.name;
	}
}

// A course's cumulative time fills the days back from its date, at most
// 24h each: it may not reach back before 1970.
TEST(cli_dates, course_time_may_not_reach_back_before_1970)
{
	Db db;
	TempDir files;
	std::string csv = files.file("udemy.csv");
	write_file(csv, "User First Name,User Last Name,User Email,Course ID,"
	    "Course Title,Course Duration,% Marked Completed,Minutes Video "
	    "Consumed,Date Enrolled,Date Started,Date Completed,Date Last "
	    "Active\n"
	    "Ada,Example,a@example.com,1,Python Bootcamp,6000,50,3000,"
	    "1970-01-01,1970-01-01,,1970-01-02\n");
	RunResult r = db.run({ "import", csv });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.err.substr(0, r.err.find('\n')), csv + ":2: 'Python "
	    "Bootcamp' adds 50h up to 1970-01-02: at most 24h a day, it would "
	    "begin before 1970-01-01");
	// 48h fit in 1970-01-01 and 1970-01-02.
	write_file(csv, "User First Name,User Last Name,User Email,Course ID,"
	    "Course Title,Course Duration,% Marked Completed,Minutes Video "
	    "Consumed,Date Enrolled,Date Started,Date Completed,Date Last "
	    "Active\n"
	    "Ada,Example,a@example.com,1,Python Bootcamp,6000,50,2880,"
	    "1970-01-01,1970-01-01,,1970-01-02\n");
	db.ok({ "import", csv });
	EXPECT_EQ(db.sql("SELECT day, minutes FROM session ORDER BY day"),
	    "1970-01-01|1440\n1970-01-02|1440\n");
}

} // namespace
