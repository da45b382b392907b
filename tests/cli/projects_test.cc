// End-to-end: `track project` and `track tutorial` through the built
// binary: output, exit status, the database afterwards, refusals that
// change nothing, JSON read back with jansson, and read-only subcommands
// that create no file.
#include <gtest/gtest.h>
#include <jansson.h>

#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

const char kProjectUsage[] = "usage: track project add NAME [--path PATH] "
    "[--url URL] [--date DATE] [--description TEXT] [--contribution] | "
    "project done NAME [--url URL] [--date DATE] [--contribution] | "
    "project reopen NAME | project list "
    "[--format text|json] | project show NAME | project rm NAME";

class ProjectsCli : public ::testing::Test {
protected:
	// Runs track on this test's database.
	RunResult track(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db });
		return run_track(args, kEnv);
	}

	// Runs a command that must succeed with exactly out on stdout.
	void ok(const std::vector<std::string> &args, const std::string &out)
	{
		RunResult r = track(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.out, out);
		EXPECT_EQ(r.err, "");
	}

	// Runs a command that must be refused with status and the one line
	// err, printing nothing and leaving the database byte-identical
	// (or still missing).
	void refused(const std::vector<std::string> &args, int status,
	    const std::string &err)
	{
		bool existed = file_exists(db);
		std::string before = read_file(db);
		RunResult r = track(args);
		EXPECT_EQ(r.status, status);
		EXPECT_EQ(r.out, "");
		EXPECT_EQ(r.err, "track: " + err + "\n");
		EXPECT_EQ(file_exists(db), existed);
		EXPECT_TRUE(read_file(db) == before) << "the database changed";
	}

	// Runs a read-only command on the missing database: it must succeed
	// and create nothing. Returns stdout.
	std::string read_missing(const std::vector<std::string> &args)
	{
		EXPECT_FALSE(file_exists(db));
		RunResult r = track(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		EXPECT_FALSE(file_exists(db));
		EXPECT_FALSE(file_exists(db + "-wal"));
		EXPECT_FALSE(file_exists(db + "-shm"));
		return r.out;
	}

	// Runs a command that must succeed; its output is not checked.
	void run(const std::vector<std::string> &args)
	{
		RunResult r = track(args);
		ASSERT_EQ(r.status, 0) << r.err;
	}

	std::string sql(const std::string &q) { return query(db, q); }

	// Runs sql that writes, for setting up rows no command makes yet.
	void write_sql(const std::string &q)
	{
		sqlite3 *handle = nullptr;
		ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
		query(handle, q);
		sqlite3_close(handle);
	}

	// Checks that args prints the JSON expected (compared as values).
	void json_equals(const std::vector<std::string> &args,
	    const std::string &expected)
	{
		RunResult r = track(args);
		ASSERT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		json_error_t error;
		json_t *got = json_loads(r.out.c_str(), 0, &error);
		json_t *want = json_loads(expected.c_str(), 0, &error);
		ASSERT_NE(got, nullptr) << r.out;
		ASSERT_NE(want, nullptr) << "bad expected JSON: " << error.text;
		EXPECT_TRUE(json_equal(got, want)) << r.out;
		json_decref(got);
		json_decref(want);
	}

	TempDir dir;
	std::string db = dir.file("track.db");
};

/* ---------------------------------------------------------------------
 * track project add
 */

// SPEC 5.1: `project add` records a path only when --path gives one;
// version 1 took the path chosen on its start day.
TEST_F(ProjectsCli, project_add_records_a_path_only_when_given)
{
	run({ "path", "set", "backend", "--date", "2026-09-01" });
	ok({ "project", "add", "Early", "--date", "2026-08-15" },
	    "added project 'Early' (path from its hours), started 2026-08-15\n");
	ok({ "project", "add", "Later", "--date", "2026-09-02" },
	    "added project 'Later' (path from its hours), started 2026-09-02\n");
	run({ "path", "set", "ml" });
	ok({ "project", "add", "Today", "--path", "devops" },
	    "added project 'Today' (devops), started 2026-11-22\n");
	EXPECT_EQ(sql("SELECT j.name, ifnull(p.slug, 'NULL'), j.path_given, "
	    "j.started, ifnull(j.completed, 'NULL'), ifnull(j.url, 'NULL'), "
	    "ifnull(j.description, 'NULL'), j.created FROM project j LEFT JOIN "
	    "path p ON p.id = j.path_id ORDER BY j.id"),
	    "Early|NULL|0|2026-08-15|NULL|NULL|NULL|2026-11-22T10:00:00Z\n"
	    "Later|NULL|0|2026-09-02|NULL|NULL|NULL|2026-11-22T10:00:00Z\n"
	    "Today|devops|1|2026-11-22|NULL|NULL|NULL|2026-11-22T10:00:00Z\n");
}

TEST_F(ProjectsCli, project_add_stores_every_option)
{
	ok({ "project", "add", "Todo API", "--path", "Backend", "--url",
	    "https://github.com/me/todo", "--date", "2026-10-01",
	    "--description", "FastAPI, SQLite and JWT auth" },
	    "added project 'Todo API' (backend), started 2026-10-01\n");
	EXPECT_EQ(sql("SELECT j.name, p.slug, j.started, j.url, j.description "
	    "FROM project j JOIN path p ON p.id = j.path_id"),
	    "Todo API|backend|2026-10-01|https://github.com/me/todo|FastAPI, "
	    "SQLite and JWT auth\n");
}

TEST_F(ProjectsCli, project_add_refuses_bad_input_and_changes_nothing)
{
	run({ "project", "add", "Django blog", "--date", "2026-08-01" });
	refused({ "project", "add", "django BLOG" }, 2,
	    "project 'django BLOG' already exists (started 2026-08-01)");
	refused({ "project", "add", "X", "--path", "fundamentals" }, 2,
	    "'fundamentals' is not a specialization: a project belongs to one "
	    "of backend, ml, data-science, automation, data-engineering, devops");
	refused({ "project", "add", "X", "--path", "web" }, 2,
	    "unknown path 'web': use one of backend, ml, data-science, "
	    "automation, data-engineering, devops, or add it with 'track path "
	    "add SLUG NAME'");
	refused({ "project", "add", "X", "--url", "github.com/me/x" }, 2,
	    "invalid URL 'github.com/me/x': use a web address starting with "
	    "http:// or https://, e.g. https://github.com/me/blog");
	refused({ "project", "add", "X", "--url", "https://a.org/x y" }, 2,
	    "invalid URL 'https://a.org/x y': spaces and control characters "
	    "are not allowed "
	    "(encode a space as %20)");
	refused({ "project", "add", "X", "--date", "2026-11-23" }, 2,
	    "date '2026-11-23' is in the future: today is 2026-11-22");
	refused({ "project", "add", "X", "--date", "soon" }, 2,
	    "invalid date 'soon': use today, yesterday, YYYY-MM-DD, -3d, '3 days "
	    "ago' or a weekday name");
	refused({ "project", "add", "  " }, 2,
	    "empty project name: give it a name");
	refused({ "project", "add", "X", "--description", "\xff" }, 2,
	    "invalid project description: use UTF-8 text of at most 1000 bytes");
	refused({ "project", "add" }, 2, "usage: track project add NAME [--path "
	    "PATH] [--url URL] [--date DATE] [--description TEXT] "
	    "[--contribution]");
	refused({ "project", "add", "X", "--format", "json" }, 2,
	    "unknown option '--format' for 'track project': see 'track help "
	    "project'");
	EXPECT_EQ(sql("SELECT name FROM project"), "Django blog\n");
}

TEST_F(ProjectsCli, project_add_of_a_bad_date_creates_no_database)
{
	refused({ "project", "add", "X", "--date", "2027-01-01" }, 2,
	    "date '2027-01-01' is in the future: today is 2026-11-22");
}

// SPEC 5.1: `log --project` records no path unless --path gives one;
// version 1 took the first session's topic's path (or the chosen one).
TEST_F(ProjectsCli, log_project_records_no_path_unless_given)
{
	run({ "path", "set", "ml", "--date", "2026-10-01" });
	run({ "log", "1h", "django", "--project", "Blog", "--date",
	    "2026-11-01" });
	run({ "log", "1h", "python", "--project", "Script", "--date",
	    "2026-11-02" });
	run({ "log", "30m", "pandas", "--project", "blog" });
	EXPECT_EQ(sql("SELECT name, ifnull(path_id, 'NULL'), path_given, "
	    "started FROM project ORDER BY id"),
	    "Blog|NULL|0|2026-11-01\nScript|NULL|0|2026-11-02\n");
	// Shown: the path their hours are on (Blog: django 1h for backend,
	// pandas 30m serving ml), else the path chosen when they started
	// (Script: python is fundamentals).
	ok({ "project", "list" },
	    "NAME    PATH     STATUS  STARTED     LOGGED  URL\n"
	    "Blog    backend  open    2026-11-01  1h30m   -\n"
	    "Script  ml       open    2026-11-02  1h      -\n");
}

// Issue 15 case 3: version 1 filed the project under devops for good
// from its first session's topic, whatever its 15 hours of Flask.
TEST_F(ProjectsCli, a_first_session_does_not_decide_the_projects_path)
{
	run({ "path", "set", "backend", "--date", "2026-10-01" });
	run({ "log", "1h", "docker", "--project", "Booking API", "--date",
	    "2026-11-02" });
	for (const char *day : { "2026-11-03", "2026-11-10", "2026-11-17" })
		run({ "log", "5h", "flask", "--project", "Booking API",
		    "--date", day });
	EXPECT_EQ(sql("SELECT name, ifnull(path_id, 'NULL'), path_given FROM "
	    "project"), "Booking API|NULL|0\n");
}

// --path with --project gives the project its path for good, and says so
// when that changes it; another --path moves it, none leaves it.
TEST_F(ProjectsCli, log_project_path_is_sticky)
{
	ok({ "log", "1h", "docker", "--project", "Booking API", "--path",
	    "backend", "--date", "2026-11-01" },
	    "logged 1h docker (devops, project, project 'Booking API') on "
	    "2026-11-01 as #1\n"
	    "project 'Booking API' on path backend from now on\n");
	ok({ "log", "1h", "docker", "--project", "Booking API", "--path",
	    "backend" }, "logged 1h docker (devops, project, project 'Booking "
	    "API') on 2026-11-22 as #2\n");
	ok({ "log", "1h", "pandas", "--project", "Booking API" },
	    "logged 1h pandas (data-science, project, project 'Booking API') "
	    "on 2026-11-22 as #3\n");
	EXPECT_EQ(sql("SELECT p.slug, j.path_given FROM project j JOIN path p "
	    "ON p.id = j.path_id"), "backend|1\n");
	ok({ "log", "1h", "docker", "--project", "booking api", "--path",
	    "devops" }, "logged 1h docker (devops, project, project 'booking "
	    "api') on 2026-11-22 as #4\n"
	    "project 'booking api' on path devops from now on (was backend)\n");
	ok({ "project", "add", "Todo", "--date", "2026-11-01" }, "added "
	    "project 'Todo' (path from its hours), started 2026-11-01\n");
	ok({ "log", "1h", "flask", "--project", "Todo", "--path", "backend" },
	    "logged 1h flask (backend, project, project 'Todo') on 2026-11-22 "
	    "as #5\nproject 'Todo' on path backend from now on (was from its "
	    "hours)\n");
	EXPECT_EQ(sql("SELECT j.name, p.slug, j.path_given FROM project j JOIN "
	    "path p ON p.id = j.path_id ORDER BY j.id"),
	    "Booking API|devops|1\nTodo|backend|1\n");
}

TEST_F(ProjectsCli, log_path_refusals_change_nothing)
{
	run({ "log", "1h", "flask", "--project", "Todo" });
	refused({ "log", "1h", "flask", "--path", "backend" }, 2, "--path "
	    "'backend' needs --project: it gives the project its path (a "
	    "session's path comes from its topic)");
	refused({ "log", "1h", "flask", "--tutorial", "Flask Mega", "--path",
	    "backend" }, 2, "--path 'backend' needs --project: it gives the "
	    "project its path (a session's path comes from its topic)");
	refused({ "log", "1h", "flask", "--project", "Todo", "--path",
	    "fundamentals" }, 2, "'fundamentals' is not a specialization: a "
	    "project belongs to one of backend, ml, data-science, automation, "
	    "data-engineering, devops");
	refused({ "log", "1h", "flask", "--project", "New", "--path", "web" },
	    2, "unknown path 'web': use one of backend, ml, data-science, "
	    "automation, data-engineering, devops, or add it with 'track path "
	    "add SLUG NAME'");
	refused({ "log", "1h", "flask", "--project", "Todo", "--path" }, 2,
	    "option '--path' for 'track log' needs a value");
	// --project and --tutorial exclude each other; --kind must agree.
	refused({ "log", "1h", "flask", "--project", "Todo", "--tutorial",
	    "Flask Mega" }, 2, "--project and --tutorial exclude each other: a "
	    "session is either building or following");
	refused({ "log", "1h", "flask", "--project", "Todo", "--kind",
	    "tutorial" }, 2, "--kind tutorial contradicts --project, which "
	    "means kind project");
	refused({ "log", "1h", "flask", "--tutorial", "Flask Mega", "--kind",
	    "study" }, 2, "--kind study contradicts --tutorial, which means "
	    "kind tutorial");
	EXPECT_EQ(sql("SELECT count(*), max(path_given) FROM project"), "1|0\n");
}

/* ---------------------------------------------------------------------
 * track project done and reopen
 */

TEST_F(ProjectsCli, project_done_completes_and_asks_for_a_url)
{
	run({ "log", "2h", "django", "--project", "Django blog", "--date",
	    "2026-11-01" });
	ok({ "project", "done", "django blog", "--date", "2026-11-20" },
	    "completed project 'Django blog' on 2026-11-20 (started 2026-11-01, "
	    "2h logged)\nno URL yet: add one with --url (substantial completed "
	    "projects with a URL count as evidence in 'track portfolio')\n");
	EXPECT_EQ(sql("SELECT completed, ifnull(url, 'NULL') FROM project"),
	    "2026-11-20|NULL\n");
}

TEST_F(ProjectsCli, project_done_with_a_url_keeps_it)
{
	run({ "project", "add", "Blog", "--date", "2026-11-01" });
	ok({ "project", "done", "Blog", "--url", "https://github.com/me/blog" },
	    "completed project 'Blog' on 2026-11-22 (started 2026-11-01, 0m "
	    "logged)\nurl: https://github.com/me/blog\n");
	EXPECT_EQ(sql("SELECT completed, url FROM project"),
	    "2026-11-22|https://github.com/me/blog\n");
}

TEST_F(ProjectsCli, project_done_again_changes_only_what_is_given)
{
	run({ "project", "add", "Blog", "--date", "2026-11-01", "--url",
	    "https://a.org" });
	run({ "project", "done", "Blog", "--date", "2026-11-10" });
	ok({ "project", "done", "Blog" }, "project 'Blog' is already done (on "
	    "2026-11-10): nothing changed; use --date or --url to change it, "
	    "or 'track project reopen'\n");
	EXPECT_EQ(sql("SELECT completed, url FROM project"),
	    "2026-11-10|https://a.org\n");
	ok({ "project", "done", "Blog", "--url", "https://b.org" },
	    "project 'Blog': completed on 2026-11-10, url https://b.org (was "
	    "https://a.org)\n");
	ok({ "project", "done", "Blog", "--date", "2026-11-12" },
	    "project 'Blog': completed on 2026-11-12 (was 2026-11-10)\n");
	EXPECT_EQ(sql("SELECT completed, url FROM project"),
	    "2026-11-12|https://b.org\n");
}

TEST_F(ProjectsCli, project_done_refuses_bad_input_and_changes_nothing)
{
	run({ "project", "add", "Django blog", "--date", "2026-11-01" });
	refused({ "project", "done", "Django blog", "--date", "2026-10-31" }, 2,
	    "invalid completion date '2026-10-31': 'Django blog' started on "
	    "2026-11-01; use that day or later");
	refused({ "project", "done", "Djngo blog" }, 2,
	    "unknown project 'Djngo blog': did you mean 'Django blog'?");
	refused({ "project", "done", "Weather app" }, 2,
	    "unknown project 'Weather app': 'track project list' shows them all");
	refused({ "project", "done", "Django blog", "--url", "mailto:me@x.org" },
	    2, "invalid URL 'mailto:me@x.org': use a web address starting with "
	    "http:// or https://, e.g. https://github.com/me/blog");
	refused({ "project", "done", "Django blog", "--date", "tomorrow" }, 2,
	    "invalid date 'tomorrow': use today, yesterday, YYYY-MM-DD, -3d, '3 days "
	    "ago' or a weekday name");
	refused({ "project", "done", "Django blog", "--path", "ml" }, 2,
	    "unknown option '--path' for 'track project': see 'track help "
	    "project'");
	refused({ "project", "done" }, 2, "usage: track project done NAME "
	    "[--url URL] [--date DATE] [--contribution]");
	EXPECT_EQ(sql("SELECT ifnull(completed, 'open') FROM project"), "open\n");
}

TEST_F(ProjectsCli, project_reopen_clears_the_completion)
{
	run({ "project", "add", "Blog", "--date", "2026-11-01" });
	run({ "project", "done", "Blog", "--date", "2026-11-05" });
	ok({ "project", "reopen", "BLOG" },
	    "reopened project 'Blog' (was completed on 2026-11-05)\n");
	EXPECT_EQ(sql("SELECT ifnull(completed, 'NULL') FROM project"), "NULL\n");
	ok({ "project", "reopen", "Blog" },
	    "project 'Blog' is already open: nothing changed\n");
	refused({ "project", "reopen", "Blgo" }, 2,
	    "unknown project 'Blgo': did you mean 'Blog'?");
	refused({ "project", "reopen" }, 2, "usage: track project reopen NAME");
}

/* ---------------------------------------------------------------------
 * track project list and show
 */

TEST_F(ProjectsCli, project_list_shows_status_hours_and_url)
{
	run({ "path", "set", "backend", "--date", "2026-08-01" });
	run({ "log", "2h", "django", "--project", "Django blog", "--path",
	    "backend", "--date", "2026-08-01" });
	run({ "log", "1h30m", "sql", "--project", "Django blog", "--date",
	    "2026-09-03" });
	run({ "log", "45m", "django", "--date", "2026-09-04" });
	run({ "project", "done", "Django blog", "--date", "2026-09-20", "--url",
	    "https://github.com/me/blog" });
	run({ "project", "add", "A project with a name longer than thirty-two "
	    "columns", "--path", "devops", "--date", "2026-10-01" });
	ok({ "project", "list" },
	    "NAME                              PATH     STATUS           "
	    "STARTED     LOGGED  URL\n"
	    "Django blog                       backend  done 2026-09-20  "
	    "2026-08-01  3h30m   https://github.com/me/blog\n"
	    "A project with a name longer ...  devops   open             "
	    "2026-10-01  0m      -\n");
	ok({ "project", "list", "--format", "text" },
	    track({ "project", "list" }).out);
}

TEST_F(ProjectsCli, project_list_json_has_the_spec_keys)
{
	run({ "path", "set", "backend", "--date", "2026-08-01" });
	run({ "log", "2h", "django", "--project", "Django blog", "--path",
	    "backend", "--date", "2026-08-01" });
	run({ "log", "1h30m", "sql", "--project", "Django blog", "--date",
	    "2026-09-03" });
	run({ "project", "done", "Django blog", "--date", "2026-09-20", "--url",
	    "https://github.com/me/blog" });
	run({ "project", "add", "Todo \"API\"", "--date", "2026-07-01",
	    "--description", "tabs\tand \xc3\xa9" });
	json_equals({ "project", "list", "--format", "json" }, R"([
	    {"name": "Todo \"API\"", "path": null, "platform": null,
	     "progress": null, "started": "2026-07-01", "completed": null,
	     "url": null, "minutes": 0, "description": "tabs\tand é",
	     "contribution": false},
	    {"name": "Django blog", "path": "backend", "platform": null,
	     "progress": null, "started": "2026-08-01",
	     "completed": "2026-09-20", "url": "https://github.com/me/blog",
	     "minutes": 210, "description": null, "contribution": false}
	])");
}

TEST_F(ProjectsCli, project_list_and_show_on_a_missing_database_create_nothing)
{
	EXPECT_EQ(read_missing({ "project", "list" }), "no projects yet: add "
	    "one with 'track project add NAME', or log time on one with 'track "
	    "log 1h TOPIC --project NAME'\n");
	EXPECT_EQ(read_missing({ "project", "list", "--format", "json" }), "[]\n");
	refused({ "project", "show", "Blog" }, 2,
	    "unknown project 'Blog': 'track project list' shows them all");
	refused({ "project", "list", "--format", "csv" }, 2,
	    "invalid format 'csv': use text or json");
	refused({ "project", "list", "extra" }, 2,
	    "usage: track project list [--format text|json]");
	refused({ "project", "lst" }, 2, "unknown subcommand 'lst' for 'track "
	    "project': did you mean 'list'? (use add, done, reopen, list, show "
	    "or rm)");
	refused({ "project" }, 2, kProjectUsage);
	EXPECT_FALSE(file_exists(db));
}

TEST_F(ProjectsCli, project_show_has_every_field_hours_and_topics)
{
	run({ "log", "2h", "django", "--project", "Django blog", "--path",
	    "backend", "--date", "2026-08-01" });
	run({ "log", "1h", "sql", "--project", "Django blog", "--date",
	    "2026-09-03" });
	run({ "log", "1h30m", "django", "--project", "Django blog", "--date",
	    "2026-09-04" });
	run({ "log", "20m", "zig", "--project", "Django blog", "--date",
	    "2026-09-05" });
	run({ "project", "done", "Django blog", "--date", "2026-09-20", "--url",
	    "https://github.com/me/blog" });
	write_sql("UPDATE project SET description = 'auth, posts, comments'");
	ok({ "project", "show", "DJANGO BLOG" },
	    "project:     Django blog\n"
	    "path:        backend\n"
	    "status:      done on 2026-09-20\n"
	    "started:     2026-08-01\n"
	    "url:         https://github.com/me/blog\n"
	    "description: auth, posts, comments\n"
	    "logged:      4h50m in 4 sessions\n"
	    "topics:\n"
	    "  3h30m    django (backend)\n"
	    "  1h       sql (backend)\n"
	    "  20m      zig (unmapped)\n");
}

TEST_F(ProjectsCli, project_show_of_an_empty_open_project)
{
	run({ "project", "add", "Weather app", "--date", "2026-11-01" });
	ok({ "project", "show", "weather app" },
	    "project:     Weather app\n"
	    "path:        none\n"
	    "status:      open\n"
	    "started:     2026-11-01\n"
	    "url:         none\n"
	    "logged:      0m in 0 sessions\n");
}

/* ---------------------------------------------------------------------
 * track project rm
 */

TEST_F(ProjectsCli, project_rm_leaves_its_sessions_unlinked)
{
	run({ "log", "2h", "django", "--project", "Django blog", "--date",
	    "2026-11-01" });
	run({ "log", "1h", "sql", "--project", "Django blog", "--date",
	    "2026-11-02" });
	run({ "log", "1h", "git", "--project", "Other", "--date",
	    "2026-11-02" });
	ok({ "project", "rm", "django blog" }, "removed project 'Django blog'; "
	    "its 2 sessions stay, unlinked, as kind project\n");
	EXPECT_EQ(sql("SELECT name FROM project"), "Other\n");
	EXPECT_EQ(sql("SELECT s.minutes, s.kind, ifnull(p.name, 'NULL') FROM "
	    "session s LEFT JOIN project p ON p.id = s.project_id ORDER BY s.id"),
	    "120|project|NULL\n60|project|NULL\n60|project|Other\n");
	EXPECT_EQ(sql("SELECT sum(minutes) FROM project_total WHERE project_id "
	    "= (SELECT id FROM project WHERE name = 'Other')"), "60\n");
	EXPECT_EQ(sql("SELECT count(*) FROM project_total WHERE project_id NOT "
	    "IN (SELECT id FROM project)"), "0\n");
	ok({ "project", "add", "New" }, "added project 'New' (path from its "
	    "hours), started 2026-11-22\n");
	ok({ "project", "list" },
	    "NAME   PATH  STATUS  STARTED     LOGGED  URL\n"
	    "Other  -     open    2026-11-02  1h      -\n"
	    "New    -     open    2026-11-22  0m      -\n");
	ok({ "project", "rm", "New" },
	    "removed project 'New' (no sessions were linked to it)\n");
	refused({ "project", "rm", "New" }, 2,
	    "unknown project 'New': 'track project list' shows them all");
	refused({ "project", "rm" }, 2, "usage: track project rm NAME");
}

/* ---------------------------------------------------------------------
 * track tutorial
 */

TEST_F(ProjectsCli, tutorial_add_resolves_its_topic)
{
	ok({ "tutorial", "add", "Pandas in 10 Minutes", "--topic", "Pandas",
	    "--date", "2026-11-01", "--url", "https://pandas.pydata.org/x" },
	    "added tutorial 'Pandas in 10 Minutes' (pandas, data-science), "
	    "started 2026-11-01\n");
	ok({ "tutorial", "add", "Notes" },
	    "added tutorial 'Notes' (no topic), started 2026-11-22\n");
	RunResult r = track({ "tutorial", "add", "Flask Mega", "--topic",
	    "flsk" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "added tutorial 'Flask Mega' (flsk, unmapped), started "
	    "2026-11-22\n");
	EXPECT_EQ(r.err, "track: unknown topic 'flsk' stored unmapped: did you "
	    "mean 'flask'? (map it with 'track topic alias flsk flask' or "
	    "'track topic add flsk --path PATH')\n");
	EXPECT_EQ(sql("SELECT t.title, ifnull(p.name, 'NULL'), "
	    "ifnull(t.platform, 'NULL'), ifnull(t.url, 'NULL'), t.started, "
	    "ifnull(t.completed, 'NULL'), ifnull(t.progress, 'NULL') FROM "
	    "tutorial t LEFT JOIN topic p ON p.id = t.topic_id ORDER BY t.id"),
	    "Pandas in 10 Minutes|pandas|NULL|https://pandas.pydata.org/x|"
	    "2026-11-01|NULL|NULL\n"
	    "Notes|NULL|NULL|NULL|2026-11-22|NULL|NULL\n"
	    "Flask Mega|flsk|NULL|NULL|2026-11-22|NULL|NULL\n");
}

TEST_F(ProjectsCli, tutorial_add_refuses_bad_input_and_changes_nothing)
{
	run({ "tutorial", "add", "Pandas in 10 Minutes" });
	refused({ "tutorial", "add", "PANDAS in 10 minutes" }, 2,
	    "tutorial 'PANDAS in 10 minutes' already exists (added by hand)");
	refused({ "tutorial", "add", "X", "--url", "www.x.org" }, 2,
	    "invalid URL 'www.x.org': use a web address starting with http:// "
	    "or https://, e.g. https://github.com/me/blog");
	refused({ "tutorial", "add", "X", "--date", "2026-12-01" }, 2,
	    "date '2026-12-01' is in the future: today is 2026-11-22");
	refused({ "tutorial", "add", "X", "--topic", "" }, 2,
	    "empty topic: name what the session is about, e.g. django");
	refused({ "tutorial", "add", "" }, 2,
	    "empty tutorial name: give it a name");
	refused({ "tutorial", "add", "X", "--path", "ml" }, 2,
	    "unknown option '--path' for 'track tutorial': see 'track help "
	    "tutorial'");
	EXPECT_EQ(sql("SELECT count(*) FROM tutorial"), "1\n");
}

TEST_F(ProjectsCli, tutorial_add_beside_an_imported_one_of_the_same_title)
{
	run({ "log", "1h", "python" });
	write_sql("INSERT INTO tutorial (title, platform, created) VALUES "
	    "('Python Bootcamp', 'udemy', 'x')");
	ok({ "tutorial", "add", "python bootcamp" }, "added tutorial 'python "
	    "bootcamp' (no topic), started 2026-11-22\n");
	EXPECT_EQ(sql("SELECT count(*) FROM tutorial"), "2\n");
}

TEST_F(ProjectsCli, tutorial_done_sets_completed_and_full_progress)
{
	run({ "log", "45m", "pandas", "--tutorial", "Pandas in 10 Minutes",
	    "--date", "2026-11-05" });
	ok({ "tutorial", "done", "pandas in 10 minutes", "--date", "2026-11-06" },
	    "completed tutorial 'Pandas in 10 Minutes' on 2026-11-06 (started "
	    "2026-11-05, 45m logged)\n");
	EXPECT_EQ(sql("SELECT completed, progress FROM tutorial"),
	    "2026-11-06|100.0\n");
	ok({ "tutorial", "done", "Pandas in 10 Minutes" }, "tutorial 'Pandas in "
	    "10 Minutes' is already done (on 2026-11-06): nothing changed\n");
	ok({ "tutorial", "done", "Pandas in 10 Minutes", "--date", "yesterday" },
	    "tutorial 'Pandas in 10 Minutes': completed on 2026-11-21 (was "
	    "2026-11-06)\n");
	EXPECT_EQ(sql("SELECT completed, progress FROM tutorial"),
	    "2026-11-21|100.0\n");
}

TEST_F(ProjectsCli, tutorial_done_refuses_bad_input_and_changes_nothing)
{
	run({ "tutorial", "add", "Flask Mega", "--date", "2026-11-01" });
	refused({ "tutorial", "done", "Flask Mega", "--date", "2026-10-01" }, 2,
	    "invalid completion date '2026-10-01': 'Flask Mega' started on "
	    "2026-11-01; use that day or later");
	refused({ "tutorial", "done", "Flask Mga" }, 2,
	    "unknown tutorial 'Flask Mga': did you mean 'Flask Mega'?");
	refused({ "tutorial", "done", "Flask Mega", "--url", "https://x.org" },
	    2, "unknown option '--url' for 'track tutorial': see 'track help "
	    "tutorial'");
	refused({ "tutorial", "done" }, 2, "usage: track tutorial done TITLE "
	    "[--date DATE] [--platform NAME]");
	EXPECT_EQ(sql("SELECT ifnull(completed, 'NULL') FROM tutorial"), "NULL\n");
}

TEST_F(ProjectsCli, tutorial_titles_on_several_platforms_need_a_platform)
{
	run({ "log", "1h", "python" });
	write_sql("INSERT INTO tutorial (title, platform, course_id, progress, "
	    "started, created) VALUES ('Python Bootcamp', 'udemy', '1', 37.5, "
	    "'2026-10-01', 'x'), ('Python Bootcamp', 'coursera', '2', 40, NULL, "
	    "'x')");
	refused({ "tutorial", "done", "python bootcamp" }, 2, "several tutorials "
	    "are titled 'python bootcamp' (on coursera, udemy): choose one with "
	    "--platform PLATFORM");
	refused({ "tutorial", "show", "python bootcamp", "--platform", "edx" },
	    2, "no tutorial 'python bootcamp' on platform 'edx': 'track "
	    "tutorial list' shows each one's platform");
	ok({ "tutorial", "done", "python bootcamp", "--platform", "Udemy" },
	    "completed tutorial 'Python Bootcamp' (udemy) on 2026-11-22 "
	    "(started 2026-10-01, 0m logged)\n");
	EXPECT_EQ(sql("SELECT platform, ifnull(completed, 'NULL'), progress FROM "
	    "tutorial ORDER BY id"), "udemy|2026-11-22|100.0\n"
	    "coursera|NULL|40.0\n");
	ok({ "tutorial", "rm", "python bootcamp", "--platform", "coursera" },
	    "removed tutorial 'Python Bootcamp' (coursera) (no sessions were "
	    "linked to it)\n");
	ok({ "tutorial", "show", "Python Bootcamp" },
	    "tutorial:      Python Bootcamp\n"
	    "topic:         none\n"
	    "platform:      udemy\n"
	    "course id:     1\n"
	    "progress:      100%\n"
	    "started:       2026-10-01\n"
	    "completed:     2026-11-22\n"
	    "url:           none\n"
	    "logged:        0m in 0 sessions\n");
}

// A CJK name takes two columns a character: the columns after it line up
// on a terminal (the widths are written out by hand, not measured).
TEST_F(ProjectsCli, project_list_aligns_columns_after_a_cjk_name)
{
	run({ "project", "add", "日本語の本", "--path", "backend", "--date",
	    "2026-10-01" });
	run({ "project", "add", "Django blog", "--date", "2026-10-02" });
	ok({ "project", "list" },
	    "NAME         PATH     STATUS  STARTED     LOGGED  URL\n"
	    "日本語の本   backend  open    2026-10-01  0m      -\n"
	    "Django blog  -        open    2026-10-02  0m      -\n");
}

// A long CJK title is cut after the whole characters that fit in 37
// columns (18 of them), then "...": the column is 39 columns wide.
TEST_F(ProjectsCli, tutorial_list_cuts_a_cjk_title_on_a_whole_character)
{
	run({ "tutorial", "add", "日本語の本を読むための非常に長いタイトルです",
	    "--date", "2026-10-01" });
	run({ "tutorial", "add", "SQL", "--date", "2026-10-02" });
	ok({ "tutorial", "list" },
	    "TITLE                                    TOPIC  PLATFORM  "
	    "PROGRESS  STARTED     COMPLETED  LOGGED  URL\n"
	    "日本語の本を読むための非常に長いタイ...  -      -         "
	    "-         2026-10-01  -          0m      -\n"
	    "SQL                                      -      -         "
	    "-         2026-10-02  -          0m      -\n");
}

TEST_F(ProjectsCli, tutorial_list_shows_every_field)
{
	run({ "log", "45m", "pandas", "--tutorial", "Pandas in 10 Minutes",
	    "--date", "2026-11-05" });
	run({ "log", "1h", "pandas", "--tutorial", "Pandas in 10 Minutes" });
	write_sql("INSERT INTO tutorial (title, topic_id, platform, course_id, "
	    "url, started, progress, last_activity, created) VALUES ('The "
	    "Complete Python Developer Course: Zero to Mastery', (SELECT id FROM "
	    "topic WHERE name = 'python'), 'udemy', '42', "
	    "'https://udemy.com/c/42', '2026-10-01', 37.5, '2026-11-20', 'x')");
	ok({ "tutorial", "list" },
	    "TITLE                                     TOPIC   PLATFORM  "
	    "PROGRESS  STARTED     COMPLETED  LOGGED  URL\n"
	    "The Complete Python Developer Course:...  python  udemy     "
	    "37.5%     2026-10-01  -          0m      https://udemy.com/c/42\n"
	    "Pandas in 10 Minutes                      pandas  -         "
	    "-         2026-11-05  -          1h45m   -\n");
	json_equals({ "tutorial", "list", "--format", "json" }, R"([
	    {"title": "The Complete Python Developer Course: Zero to Mastery",
	     "topic": "python", "platform": "udemy", "progress": 37.5,
	     "started": "2026-10-01", "completed": null,
	     "url": "https://udemy.com/c/42", "minutes": 0},
	    {"title": "Pandas in 10 Minutes", "topic": "pandas",
	     "platform": null, "progress": null, "started": "2026-11-05",
	     "completed": null, "url": null, "minutes": 105}
	])");
	ok({ "tutorial", "show", "the complete python developer course: zero "
	    "to mastery" },
	    "tutorial:      The Complete Python Developer Course: Zero to "
	    "Mastery\n"
	    "topic:         python (fundamentals)\n"
	    "platform:      udemy\n"
	    "course id:     42\n"
	    "progress:      37.5%\n"
	    "started:       2026-10-01\n"
	    "completed:     not yet\n"
	    "last activity: 2026-11-20\n"
	    "url:           https://udemy.com/c/42\n"
	    "logged:        0m in 0 sessions\n");
}

TEST_F(ProjectsCli, tutorial_show_of_a_hand_added_one)
{
	run({ "log", "45m", "pandas", "--tutorial", "Pandas in 10 Minutes",
	    "--date", "2026-11-05" });
	run({ "tutorial", "done", "Pandas in 10 Minutes" });
	ok({ "tutorial", "show", "PANDAS IN 10 MINUTES" },
	    "tutorial:      Pandas in 10 Minutes\n"
	    "topic:         pandas (data-science)\n"
	    "platform:      none (added by hand)\n"
	    "progress:      100%\n"
	    "started:       2026-11-05\n"
	    "completed:     2026-11-22\n"
	    "url:           none\n"
	    "logged:        45m in 1 session\n");
}

TEST_F(ProjectsCli, tutorial_list_and_show_on_a_missing_database_create_nothing)
{
	EXPECT_EQ(read_missing({ "tutorial", "list" }), "no tutorials yet: add "
	    "one with 'track tutorial add TITLE', or log time on one with "
	    "'track log 1h TOPIC --tutorial TITLE'\n");
	EXPECT_EQ(read_missing({ "tutorial", "list", "--format", "json" }),
	    "[]\n");
	refused({ "tutorial", "show", "X" }, 2,
	    "unknown tutorial 'X': 'track tutorial list' shows them all");
	refused({ "tutorial", "list", "--format", "md" }, 2,
	    "invalid format 'md': use text or json");
	refused({ "tutorial", "reopen", "X" }, 2, "unknown subcommand 'reopen' "
	    "for 'track tutorial': use add, done, list, show or rm");
	EXPECT_FALSE(file_exists(db));
}

TEST_F(ProjectsCli, tutorial_rm_leaves_its_sessions_unlinked)
{
	run({ "log", "45m", "pandas", "--tutorial", "Pandas in 10 Minutes",
	    "--date", "2026-11-05" });
	run({ "log", "1h", "pandas", "--tutorial", "Pandas in 10 Minutes" });
	run({ "log", "1h", "numpy", "--tutorial", "NumPy basics" });
	ok({ "tutorial", "rm", "pandas in 10 minutes" }, "removed tutorial "
	    "'Pandas in 10 Minutes'; its 2 sessions stay, unlinked, as kind "
	    "tutorial\n");
	EXPECT_EQ(sql("SELECT title FROM tutorial"), "NumPy basics\n");
	EXPECT_EQ(sql("SELECT s.minutes, s.kind, ifnull(t.title, 'NULL') FROM "
	    "session s LEFT JOIN tutorial t ON t.id = s.tutorial_id ORDER BY "
	    "s.id"), "45|tutorial|NULL\n60|tutorial|NULL\n"
	    "60|tutorial|NumPy basics\n");
	refused({ "tutorial", "rm", "Pandas in 10 Minutes" }, 2,
	    "unknown tutorial 'Pandas in 10 Minutes': 'track tutorial list' "
	    "shows them all");
	refused({ "tutorial", "rm" }, 2, "usage: track tutorial rm TITLE "
	    "[--platform NAME]");
}

} // namespace
