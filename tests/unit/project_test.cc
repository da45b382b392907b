// The project and tutorial model: validating names and URLs, creating on
// first use, finding (case-insensitive, closest name, platforms), totals
// read from the summary tables, completing, listing and removing.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "support.h"

extern "C" {
#include "core/catalog.h"
#include "core/date.h"
#include "core/project.h"
}

namespace {

const time_t kNow = 1795341600;	// 2026-11-22T10:00:00Z

// Takes err's message (empty when NULL) and frees it.
std::string
message(struct error *err)
{
	if (err == nullptr)
		return "";
	std::string m = err->message;
	error_free(err);
	return m;
}

int
day(const char *text)
{
	int d = 0;
	EXPECT_TRUE(day_parse_iso(text, &d)) << text;
	return d;
}

// An in-memory database with the catalog, closed at the end of the test.
class Project : public ::testing::Test {
protected:
	void SetUp() override { db = memory_db(); }
	void TearDown() override { sqlite3_close(db); }

	std::string sql(const std::string &q) { return query(db, q); }

	// Runs a statement that must succeed.
	void exec(const std::string &q)
	{
		char *error = nullptr;
		ASSERT_EQ(sqlite3_exec(db, q.c_str(), nullptr, nullptr, &error),
		    SQLITE_OK) << error;
	}

	// Logs a session of minutes on topic (by name) on day, linked to
	// the project and tutorial ids given (0: none).
	void session(const std::string &topic, const std::string &on,
	    int minutes, const std::string &kind, int project, int tutorial)
	{
		static int n = 0;
		exec("INSERT INTO session (uuid, day, minutes, topic_id, kind, "
		    "project_id, tutorial_id, origin, created) VALUES ('u" +
		    std::to_string(++n) + "', '" + on + "', " +
		    std::to_string(minutes) + ", (SELECT id FROM topic WHERE "
		    "name = '" + topic + "'), '" + kind + "', nullif(" +
		    std::to_string(project) + ", 0), nullif(" +
		    std::to_string(tutorial) + ", 0), 'manual', 'x')");
	}

	// Adds a project by hand; returns its id.
	int64_t add(const char *name, const char *started, int64_t path_id = 0)
	{
		struct project p;
		project_init(&p);
		p.name = strdup(name);
		p.started = strdup(started);
		p.path_id = path_id;
		EXPECT_EQ(message(project_add(db, &p, kNow)), "");
		int64_t id = p.id;
		project_release(&p);
		return id;
	}

	// The id of the path slug.
	int64_t path_id(const std::string &slug)
	{
		return std::atoll(sql("SELECT id FROM path WHERE slug = '" + slug +
		    "'").c_str());
	}

	// The topic struct of a catalog topic.
	void topic(const char *name, struct topic *t)
	{
		bool found = false;
		topic_init(t);
		ASSERT_EQ(message(topic_find(db, name, t, &found)), "");
		ASSERT_TRUE(found) << name;
	}

	// project_ensure's project for name on day: "new|path|given".
	std::string ensure(const char *name, const char *on)
	{
		int64_t id = 0;
		bool created = false;
		EXPECT_EQ(message(project_ensure(db, name, day(on), &id,
		    &created)), "");
		std::string row = sql("SELECT ifnull(p.slug, 'NULL'), "
		    "j.path_given FROM project j LEFT JOIN path p ON p.id = "
		    "j.path_id WHERE j.id = " + std::to_string(id));
		return (created ? "new|" : "old|") + row.substr(0,
		    row.find('\n'));
	}

	// project_give_path of slug to project name: "changed|was".
	std::string give(const char *name, const char *slug)
	{
		struct path path;
		char *was = nullptr;
		bool changed = false;
		path_init(&path);
		EXPECT_EQ(message(project_path_require(db, slug, &path)), "");
		int64_t id = std::stoll(sql(std::string("SELECT id FROM project "
		    "WHERE name = '") + name + "'"));
		EXPECT_EQ(message(project_give_path(db, id, path.id, &was,
		    &changed)), "");
		std::string out = std::string(changed ? "changed|" : "same|") +
		    (was ? was : "NULL");
		free(was);
		path_release(&path);
		return out;
	}

	std::string require_error(const char *name)
	{
		struct project p;
		project_init(&p);
		std::string m = message(project_require(db, name, &p));
		project_release(&p);
		return m;
	}

	// tutorial_find's answer: "title|platform" or the error message.
	std::string find_tutorial(const char *title, const char *platform)
	{
		struct tutorial t;
		bool found = false;
		tutorial_init(&t);
		std::string m = message(tutorial_find(db, title, platform, &t,
		    &found));
		if (m.empty())
			m = found ? std::string(t.title) + "|" +
			    (t.platform ? t.platform : "NULL") : "none";
		tutorial_release(&t);
		return m;
	}

	sqlite3 *db = nullptr;
};

TEST(project, url_check_accepts_web_addresses)
{
	EXPECT_EQ(message(url_check("https://github.com/me/blog")), "");
	EXPECT_EQ(message(url_check("http://example.org")), "");
	EXPECT_EQ(message(url_check("HTTPS://example.org/a?b=c#d")), "");
	EXPECT_EQ(message(url_check("https://例え.jp/ページ")), "");
}

TEST(project, url_check_refuses_the_rest)
{
	const std::string web = "use a web address starting with http:// or "
	    "https://, e.g. https://github.com/me/blog";
	EXPECT_EQ(message(url_check("github.com/me")),
	    "invalid URL 'github.com/me': " + web);
	EXPECT_EQ(message(url_check("ftp://x.org")),
	    "invalid URL 'ftp://x.org': " + web);
	EXPECT_EQ(message(url_check("https://")), "invalid URL 'https://': " + web);
	EXPECT_EQ(message(url_check("https:///path")),
	    "invalid URL 'https:///path': " + web);
	EXPECT_EQ(message(url_check("")), "invalid URL '': " + web);
	EXPECT_EQ(message(url_check("https://a b.org")), "invalid URL "
	    "'https://a b.org': spaces and control characters are not allowed "
	    "(encode a space as %20)");
	// main neutralises the escape when it prints the message.
	EXPECT_EQ(message(url_check("https://a.org/\x1b[31m")), "invalid URL "
	    "'https://a.org/\x1b[31m': spaces and control characters are not "
	    "allowed (encode a space as %20)");
	EXPECT_EQ(message(url_check("https://a.org/\xff")),
	    "invalid URL 'https://a.org/\xff': it is not valid UTF-8 text");
	EXPECT_EQ(message(url_check(("https://a.org/" + std::string(2000, 'x'))
	    .c_str())), "URL too long (2014 bytes): use at most 2000");
}

TEST(project, title_check_refuses_empty_long_and_control_names)
{
	EXPECT_EQ(message(title_check("project", "Django blog")), "");
	EXPECT_EQ(message(title_check("project", " \t")),
	    "empty project name: give it a name");
	EXPECT_EQ(message(title_check("tutorial", "a\nb")),
	    "invalid tutorial name 'a\nb': control characters are not allowed");
	EXPECT_EQ(message(title_check("project", "caf\xe9")),
	    "invalid project name 'caf\xe9': it is not valid UTF-8 text");
	EXPECT_EQ(message(title_check("project", std::string(201, 'a').c_str())),
	    "project name 'aaaaaaaaaaaaaaaaaaaa...' is too long: use at most "
	    "200 characters");
}

// SPEC §5.1: a project's path is given (sticky) or follows its hours;
// version 1 took its first session's topic's path or the chosen one.
TEST_F(Project, ensure_records_no_path)
{
	exec("INSERT INTO path_choice (path_id, day, created) VALUES ((SELECT "
	    "id FROM path WHERE slug = 'ml'), '2026-09-01', 'x')");
	EXPECT_EQ(ensure("Django blog", "2026-11-01"), "new|NULL|0");
	EXPECT_EQ(ensure("django BLOG", "2026-11-02"), "old|NULL|0");
	EXPECT_EQ(sql("SELECT name, started FROM project"),
	    "Django blog|2026-11-01\n");
}

TEST_F(Project, a_given_path_sticks_and_says_what_it_was)
{
	ensure("Booking API", "2026-11-01");
	EXPECT_EQ(give("Booking API", "backend"), "changed|NULL");
	EXPECT_EQ(give("Booking API", "backend"), "same|NULL");
	EXPECT_EQ(give("Booking API", "devops"), "changed|backend");
	EXPECT_EQ(ensure("Booking API", "2026-11-03"), "old|devops|1");
}

TEST_F(Project, a_given_path_is_a_specialization)
{
	struct path path;
	path_init(&path);
	EXPECT_EQ(message(project_path_require(db, "fundamentals", &path)),
	    "'fundamentals' is not a specialization: a project belongs to one "
	    "of backend, ml, data-science, automation, data-engineering, "
	    "devops");
	EXPECT_EQ(message(project_path_require(db, "web", &path)),
	    "unknown path 'web': use one of backend, ml, data-science, "
	    "automation, data-engineering, devops, or add it with 'track path "
	    "add SLUG NAME'");
	path_release(&path);
}

TEST_F(Project, add_refuses_a_taken_name_whatever_its_case)
{
	add("Django blog", "2026-08-01");
	struct project p;
	project_init(&p);
	p.name = strdup("DJANGO blog");
	p.started = strdup("2026-11-22");
	EXPECT_EQ(message(project_add(db, &p, kNow)),
	    "project 'DJANGO blog' already exists (started 2026-08-01)");
	project_release(&p);
	EXPECT_EQ(sql("SELECT count(*) FROM project"), "1\n");
}

TEST_F(Project, find_reads_every_field_and_the_totals)
{
	int64_t backend = path_id("backend");
	int64_t id = add("Django blog", "2026-08-01", backend);
	exec("UPDATE project SET url = 'https://x.org', description = 'blog', "
	    "completed = '2026-09-20'");
	session("django", "2026-08-02", 90, "project", (int)id, 0);
	session("sql", "2026-09-03", 30, "project", (int)id, 0);
	session("django", "2026-09-04", 45, "study", 0, 0);

	struct project p;
	bool found = false;
	project_init(&p);
	ASSERT_EQ(message(project_find(db, "django BLOG", &p, &found)), "");
	ASSERT_TRUE(found);
	EXPECT_EQ(p.id, id);
	EXPECT_STREQ(p.name, "Django blog");
	EXPECT_EQ(p.path_id, backend);
	EXPECT_STREQ(p.path, "backend");
	EXPECT_STREQ(p.started, "2026-08-01");
	EXPECT_STREQ(p.completed, "2026-09-20");
	EXPECT_STREQ(p.url, "https://x.org");
	EXPECT_STREQ(p.description, "blog");
	EXPECT_EQ(p.minutes, 120);
	EXPECT_EQ(p.sessions, 2);
	ASSERT_EQ(message(project_find(db, "Django", &p, &found)), "");
	EXPECT_FALSE(found);
	project_release(&p);
}

TEST_F(Project, require_names_the_closest_project)
{
	add("Django blog", "2026-08-01");
	add("Todo API", "2026-09-01");
	EXPECT_EQ(require_error("Djngo blog"),
	    "unknown project 'Djngo blog': did you mean 'Django blog'?");
	EXPECT_EQ(require_error("todo-api"),
	    "unknown project 'todo-api': did you mean 'Todo API'?");
	EXPECT_EQ(require_error("Weather app"), "unknown project 'Weather app': "
	    "'track project list' shows them all");
	EXPECT_EQ(require_error(""), "empty project name: give it a name");
}

static struct error *
collect_project(const struct project *p, void *arg)
{
	std::string *out = static_cast<std::string *>(arg);
	*out += std::string(p->name) + "|" + (p->path ? p->path : "NULL") +
	    "|" + std::to_string(p->minutes) + "\n";
	return nullptr;
}

TEST_F(Project, each_lists_oldest_start_first_then_name)
{
	add("b", "2026-09-01");
	int64_t a = add("A", "2026-09-01", path_id("ml"));
	add("c", "2026-08-01");
	session("numpy", "2026-09-02", 60, "project", (int)a, 0);
	std::string out;
	ASSERT_EQ(message(project_each(db, collect_project, &out)), "");
	EXPECT_EQ(out, "c|NULL|0\nA|ml|60\nb|NULL|0\n");
}

static struct error *
collect_topic(const char *topic, const char *path, int minutes, void *arg)
{
	std::string *out = static_cast<std::string *>(arg);
	*out += std::string(topic) + "|" + (path ? path : "NULL") + "|" +
	    std::to_string(minutes) + "\n";
	return nullptr;
}

TEST_F(Project, topics_sum_every_month_most_minutes_first)
{
	int64_t id = add("Blog", "2026-08-01");
	int64_t other = add("Other", "2026-08-01");
	session("sql", "2026-08-02", 50, "project", (int)id, 0);
	session("django", "2026-08-03", 40, "project", (int)id, 0);
	session("django", "2026-09-03", 40, "project", (int)id, 0);
	session("git", "2026-09-04", 50, "project", (int)id, 0);
	session("pandas", "2026-09-04", 500, "project", (int)other, 0);
	std::string out;
	ASSERT_EQ(message(project_topics(db, id, collect_topic, &out)), "");
	EXPECT_EQ(out, "django|backend|80\ngit|fundamentals|50\n"
	    "sql|backend|50\n");
}

TEST_F(Project, delete_unlinks_sessions_and_moves_their_totals)
{
	int64_t id = add("Blog", "2026-08-01");
	session("django", "2026-08-02", 50, "project", (int)id, 0);
	session("django", "2026-08-03", 40, "project", (int)id, 0);
	session("django", "2026-08-03", 30, "study", 0, 0);
	int unlinked = -1;
	ASSERT_EQ(message(project_delete(db, id, &unlinked)), "");
	EXPECT_EQ(unlinked, 2);
	EXPECT_EQ(sql("SELECT count(*) FROM project"), "0\n");
	EXPECT_EQ(sql("SELECT minutes, kind, ifnull(project_id, 'NULL') FROM "
	    "session ORDER BY id"), "50|project|NULL\n40|project|NULL\n"
	    "30|study|NULL\n");
	EXPECT_EQ(sql("SELECT month, kind, minutes, sessions FROM "
	    "month_total ORDER BY kind"), "2026-08|project|90|2\n"
	    "2026-08|study|30|1\n");
	EXPECT_EQ(sql("SELECT count(*) FROM project_total"), "0\n");
}

TEST_F(Project, completed_and_url_are_set_and_cleared)
{
	int64_t id = add("Blog", "2026-08-01");
	ASSERT_EQ(message(project_set_completed(db, id, "2026-09-01")), "");
	ASSERT_EQ(message(project_set_url(db, id, "https://x.org")), "");
	EXPECT_EQ(sql("SELECT completed, url FROM project"),
	    "2026-09-01|https://x.org\n");
	ASSERT_EQ(message(project_set_completed(db, id, nullptr)), "");
	EXPECT_EQ(sql("SELECT ifnull(completed, 'NULL') FROM project"), "NULL\n");
}

TEST_F(Project, tutorial_find_prefers_the_hand_added_one)
{
	exec("INSERT INTO tutorial (title, platform, created) VALUES "
	    "('Bootcamp', 'udemy', 'x'), ('bootcamp', NULL, 'x'), "
	    "('Bootcamp', 'coursera', 'x'), ('Solo', 'edx', 'x')");
	EXPECT_EQ(find_tutorial("BOOTCAMP", nullptr), "bootcamp|NULL");
	EXPECT_EQ(find_tutorial("bootcamp", "Udemy"), "Bootcamp|udemy");
	EXPECT_EQ(find_tutorial("solo", nullptr), "Solo|edx");
	EXPECT_EQ(find_tutorial("solo", "udemy"), "none");
	EXPECT_EQ(find_tutorial("missing", nullptr), "none");
	exec("DELETE FROM tutorial WHERE platform IS NULL");
	EXPECT_EQ(find_tutorial("bootcamp", nullptr), "several tutorials are "
	    "titled 'bootcamp' (on coursera, udemy): choose one with "
	    "--platform PLATFORM");
}

TEST_F(Project, tutorial_require_explains_a_wrong_platform)
{
	exec("INSERT INTO tutorial (title, platform, created) VALUES "
	    "('Bootcamp', 'udemy', 'x')");
	struct tutorial t;
	tutorial_init(&t);
	EXPECT_EQ(message(tutorial_require(db, "bootcamp", "edx", &t)),
	    "no tutorial 'bootcamp' on platform 'edx': 'track tutorial list' "
	    "shows each one's platform");
	EXPECT_EQ(message(tutorial_require(db, "Botcamp", nullptr, &t)),
	    "unknown tutorial 'Botcamp': did you mean 'Bootcamp'?");
	tutorial_release(&t);
}

TEST_F(Project, tutorial_add_complete_and_delete)
{
	struct topic pandas;
	topic("pandas", &pandas);
	struct tutorial t;
	tutorial_init(&t);
	t.title = strdup("Pandas in 10 Minutes");
	t.topic_id = pandas.id;
	t.url = strdup("https://pandas.pydata.org");
	t.started = strdup("2026-11-01");
	ASSERT_EQ(message(tutorial_add(db, &t, kNow)), "");
	free(t.title);
	t.title = strdup("PANDAS in 10 minutes");
	EXPECT_EQ(message(tutorial_add(db, &t, kNow)), "tutorial 'PANDAS in 10 "
	    "minutes' already exists (added by hand)");
	session("pandas", "2026-11-02", 45, "tutorial", 0, 1);
	session("pandas", "2026-11-03", 15, "tutorial", 0, 1);
	bool found = false;
	ASSERT_EQ(message(tutorial_find(db, "pandas in 10 minutes", nullptr, &t,
	    &found)), "");
	ASSERT_TRUE(found);
	EXPECT_STREQ(t.topic, "pandas");
	EXPECT_STREQ(t.path, "data-science");
	EXPECT_EQ(t.platform, nullptr);
	EXPECT_FALSE(t.has_progress);
	EXPECT_EQ(t.minutes, 60);
	EXPECT_EQ(t.sessions, 2);
	ASSERT_EQ(message(tutorial_complete(db, t.id, "2026-11-05")), "");
	EXPECT_EQ(sql("SELECT completed, progress, created FROM tutorial"),
	    "2026-11-05|100.0|2026-11-22T10:00:00Z\n");
	int unlinked = -1;
	ASSERT_EQ(message(tutorial_delete(db, t.id, &unlinked)), "");
	EXPECT_EQ(unlinked, 2);
	EXPECT_EQ(sql("SELECT kind, ifnull(tutorial_id, 'NULL') FROM session"),
	    "tutorial|NULL\ntutorial|NULL\n");
	tutorial_release(&t);
	topic_release(&pandas);
}

static struct error *
collect_tutorial(const struct tutorial *t, void *arg)
{
	std::string *out = static_cast<std::string *>(arg);
	*out += std::string(t->title) + "|" + (t->started ? t->started :
	    "NULL") + "\n";
	return nullptr;
}

TEST_F(Project, tutorial_each_puts_unknown_starts_last)
{
	exec("INSERT INTO tutorial (title, started, created) VALUES "
	    "('b', '2026-09-01', 'x'), ('none', NULL, 'x'), "
	    "('A', '2026-09-01', 'x'), ('old', '2026-01-01', 'x')");
	std::string out;
	ASSERT_EQ(message(tutorial_each(db, collect_tutorial, &out)), "");
	EXPECT_EQ(out, "old|2026-01-01\nA|2026-09-01\nb|2026-09-01\n"
	    "none|NULL\n");
}

} // namespace
