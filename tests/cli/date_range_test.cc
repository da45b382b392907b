// End-to-end: the days track keeps, 1970-01-01 to 9999-12-31. Days before
// 1970 are negative numbers, so none of them may stand for "no day": a
// database holding one (written before the range was enforced) still
// reports it.
#include <gtest/gtest.h>
#include <jansson.h>

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
	db.ok({ "log", "1h", "django", "--project", "Blog" });
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
	// Completed, so the plan does not ask to finish it.
	std::string plan = db.ok({ "plan" });
	EXPECT_NE(plan.find("1 of 3 completed in backend"), std::string::npos)
	    << plan;
	EXPECT_EQ(plan.find("finish"), std::string::npos) << plan;
}

} // namespace
