// End-to-end: `track skill add|rm|list` (SPEC §12) and `--contribution`
// on `track project add|done`, through the built binary: output, exit
// status, the database afterwards, and refusals that change nothing.
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

class SkillCli : public ::testing::Test {
protected:
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

	// Runs a command that must succeed; returns its output.
	std::string run(const std::vector<std::string> &args)
	{
		RunResult r = track(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		return r.out;
	}

	// A command refused with status 2 and the one line err, printing
	// nothing and leaving the database byte-identical (or missing).
	void refused(const std::vector<std::string> &args,
	    const std::string &err)
	{
		bool existed = file_exists(db);
		std::string before = read_file(db);
		RunResult r = track(args);
		EXPECT_EQ(r.status, 2);
		EXPECT_EQ(r.out, "");
		EXPECT_EQ(r.err, "track: " + err + "\n");
		EXPECT_EQ(file_exists(db), existed);
		EXPECT_TRUE(read_file(db) == before) << "the database changed";
	}

	std::string sql(const std::string &q) { return query(db, q); }

	// The learner's skills: "name|title|path|topics" a line.
	std::string own_skills()
	{
		return sql("SELECT s.name, s.title, p.slug, (SELECT group_concat("
		    "t.name, ' ') FROM (SELECT t.name FROM skill_topic st JOIN "
		    "topic t ON t.id = st.topic_id WHERE st.skill_id = s.id "
		    "ORDER BY t.name) t) FROM skill s JOIN path p ON p.id = "
		    "s.path_id WHERE s.builtin = 0 ORDER BY s.id");
	}

	TempDir dir;
	std::string db = dir.file("track.db");
};

/* ---------------------------------------------------------------------
 * track skill add
 */

TEST_F(SkillCli, add_with_a_path_resolves_names_and_aliases)
{
	ok({ "skill", "add", "scraping-apis", "--topics",
	    "scraping, Requests,bs4", "--path", "automation" },
	    "added skill 'scraping-apis' (Scraping apis, automation): "
	    "web-scraping, requests\n");
	EXPECT_EQ(own_skills(), "scraping-apis|Scraping apis|automation|"
	    "requests web-scraping\n");
	EXPECT_EQ(sql("SELECT area, builtin, position FROM skill WHERE name = "
	    "'scraping-apis'"), "domain|0|1000\n");
}

TEST_F(SkillCli, add_defaults_to_the_current_path)
{
	run({ "path", "set", "backend" });
	ok({ "skill", "add", "htmx-ui", "--topics", "htmx,jinja2", "--title",
	    "HTMX interfaces" },
	    "added skill 'htmx-ui' (HTMX interfaces, backend): htmx, jinja\n");
	// A path chosen later does not move it.
	run({ "path", "set", "ml", "--date", "2026-11-22" });
	EXPECT_EQ(own_skills(), "htmx-ui|HTMX interfaces|backend|htmx jinja\n");
	// --path beats the current path; an unmapped topic of the learner's
	// is a topic like another.
	EXPECT_EQ(track({ "log", "1h", "blender" }).status, 0);
	ok({ "skill", "add", "blender-art", "--topics", "blender", "--path",
	    "automation" }, "added skill 'blender-art' (Blender art, "
	    "automation): blender\n");
}

TEST_F(SkillCli, add_refusals_change_nothing)
{
	// No path chosen and none given, on a missing database too.
	const std::string no_path = "no path chosen yet: give the skill's path "
	    "with --path PATH, or choose yours with 'track path set PATH'";
	refused({ "skill", "add", "mine", "--topics", "django" }, no_path);
	run({ "log", "1h", "python" });
	refused({ "skill", "add", "mine", "--topics", "django" }, no_path);
	refused({ "skill", "add", "mine", "--topics", "django", "--path",
	    "frontend" }, "unknown path 'frontend': use one of backend, ml, "
	    "data-science, automation, data-engineering, devops, or add it "
	    "with 'track path add SLUG NAME'");
	refused({ "skill", "add", "mine", "--topics", "django", "--path",
	    "fundamentals" }, "'fundamentals' has no skills of its own: the "
	    "core-Python skills are every path's; give a path with --path "
	    "PATH");
	run({ "path", "set", "backend" });
	refused({ "skill", "add", "mine", "--topics", "django,djnago" },
	    "unknown topic 'djnago': did you mean 'django'? (add a new one "
	    "with 'track topic add djnago --path PATH')");
	refused({ "skill", "add", "mine", "--topics", "qwxzv" },
	    "unknown topic 'qwxzv': add it first with 'track topic add qwxzv "
	    "--path PATH'");
	refused({ "skill", "add", "mine", "--topics", "django,,flask" },
	    "invalid --topics 'django,,flask': name topics separated by "
	    "commas, e.g. web-scraping,requests");
	refused({ "skill", "add", "mine", "--topics", "" },
	    "invalid --topics '': name topics separated by commas, e.g. "
	    "web-scraping,requests");
	const std::string eleven = "django,flask,fastapi,rest,sql,postgresql,"
	    "mysql,sqlite,auth,deployment,orm";
	refused({ "skill", "add", "mine", "--topics", eleven },
	    "invalid --topics '" + eleven + "': a skill has at most 10 topics");
	refused({ "skill", "add", "Web Stuff", "--topics", "django" },
	    "invalid skill name 'Web Stuff': use at most 40 lowercase letters, "
	    "digits and '-', starting with a letter (e.g. web-scraping)");
	refused({ "skill", "add", "mine", "--topics", "django", "--title", "" },
	    "invalid skill title: use UTF-8 text of 1 to 80 bytes");
	refused({ "skill", "add", "debugging", "--topics", "django" },
	    "skill 'debugging' already exists (Debugging): choose another name");
	refused({ "skill", "add", "web-apis", "--topics", "django" },
	    "skill 'web-apis' already exists (APIs: REST, gRPC, GraphQL, "
	    "backend): choose another name");
	refused({ "skill", "add", "mine" }, "usage: track skill add NAME "
	    "--topics TOPIC,... [--path PATH] [--title TEXT]");
	refused({ "skill", "add", "mine", "--topics", "django", "--names" },
	    "unknown option '--names' for 'track skill': see 'track help "
	    "skill'");
	EXPECT_EQ(own_skills(), "");
	// Ten topics, one named twice by an alias, are fine.
	ok({ "skill", "add", "mine", "--topics", "django,dj,flask,fastapi,rest,"
	    "sql,postgresql,mysql,sqlite,auth,deployment" },
	    "added skill 'mine' (Mine, backend): django, flask, fastapi, rest, "
	    "sql, postgresql, mysql, sqlite, auth, deployment\n");
	refused({ "skill", "add", "mine", "--topics", "django" },
	    "skill 'mine' already exists (Mine, backend): choose another name");
	// Names are typed in lowercase; lookups ignore case.
	refused({ "skill", "add", "MINE", "--topics", "django" },
	    "invalid skill name 'MINE': use at most 40 lowercase letters, "
	    "digits and '-', starting with a letter (e.g. web-scraping)");
}

/* ---------------------------------------------------------------------
 * track skill rm and list
 */

TEST_F(SkillCli, rm_removes_a_learners_skill_and_keeps_the_hours)
{
	run({ "log", "2h", "requests", "--project", "Scraper" });
	run({ "skill", "add", "scraping-apis", "--topics", "web-scraping,"
	    "requests", "--path", "automation" });
	std::string sessions = sql("SELECT * FROM session");
	ok({ "skill", "rm", "Scraping-APIs" }, "removed skill 'scraping-apis' "
	    "(Scraping apis, automation); its topics and hours stay\n");
	EXPECT_EQ(own_skills(), "");
	EXPECT_EQ(sql("SELECT count(*) FROM skill_topic WHERE skill_id NOT IN "
	    "(SELECT id FROM skill)"), "0\n");
	EXPECT_EQ(sql("SELECT * FROM session"), sessions);
	EXPECT_EQ(sql("SELECT count(*) FROM topic WHERE name IN "
	    "('web-scraping', 'requests')"), "2\n");
}

TEST_F(SkillCli, rm_refusals_change_nothing)
{
	run({ "log", "1h", "python" });
	refused({ "skill", "rm", "unit-testing" }, "skill 'unit-testing' is "
	    "built in: only skills added with 'track skill add' can be "
	    "removed");
	refused({ "skill", "rm", "unit-tesing" }, "unknown skill "
	    "'unit-tesing': did you mean 'unit-testing'?");
	refused({ "skill", "rm", "qwxzv" }, "unknown skill 'qwxzv': 'track "
	    "skill list' shows them all");
	refused({ "skill", "rm" }, "usage: track skill rm SKILL");
	EXPECT_EQ(sql("SELECT count(*) FROM skill"), "39\n");
}

TEST_F(SkillCli, list_shows_a_paths_skills_in_catalog_order)
{
	// A read: on a missing database it creates nothing.
	RunResult r = track({ "skill", "list", "--path", "devops" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_FALSE(file_exists(db));
	std::vector<std::string> lines;
	for (size_t start = 0, end; (end = r.out.find('\n', start)) !=
	    std::string::npos; start = end + 1)
		lines.push_back(r.out.substr(start, end - start));
	ASSERT_EQ(lines.size(), 16u) << r.out;
	EXPECT_EQ(lines[0].substr(0, 4), "NAME");
	EXPECT_EQ(lines[2].substr(0, 9), "concurren");
	EXPECT_NE(lines[2].find("core"), std::string::npos);
	EXPECT_NE(lines[2].find("asyncio, concurrency, multiprocessing, "
	    "threading"), std::string::npos);
	EXPECT_EQ(lines[15].substr(0, 16), "linux-operations");
	EXPECT_NE(lines[15].find("devops"), std::string::npos);
	ok({ "skill", "list", "--names", "--path", "ml" },
	    "data-structures-advanced\nconcurrency\nmemory-management\n"
	    "pythonic-idioms\ntype-hints\nunit-testing\ndebugging\n"
	    "documentation\nversion-control\ndeep-learning-frameworks\n"
	    "classical-ml\nnlp-models\nml-maths\nml-deployment\n");
}

TEST_F(SkillCli, list_as_json)
{
	run({ "skill", "add", "scraping-apis", "--topics", "requests,scraping",
	    "--path", "automation" });
	std::string out = run({ "skill", "list", "--format", "json" });
	json_error_t error;
	json_t *all = json_loads(out.c_str(), 0, &error);
	ASSERT_NE(all, nullptr) << error.text;
	ASSERT_EQ(json_array_size(all), 40u);
	json_t *first = json_array_get(all, 0), *mine = json_array_get(all, 39);
	EXPECT_STREQ(json_string_value(json_object_get(first, "name")),
	    "data-structures-advanced");
	EXPECT_STREQ(json_string_value(json_object_get(first, "area")), "core");
	EXPECT_TRUE(json_is_null(json_object_get(first, "path")));
	EXPECT_TRUE(json_is_true(json_object_get(first, "builtin")));
	EXPECT_STREQ(json_string_value(json_object_get(mine, "title")),
	    "Scraping apis");
	EXPECT_STREQ(json_string_value(json_object_get(mine, "path")),
	    "automation");
	EXPECT_TRUE(json_is_false(json_object_get(mine, "builtin")));
	json_t *topics = json_object_get(mine, "topics");
	ASSERT_EQ(json_array_size(topics), 2u);
	EXPECT_STREQ(json_string_value(json_array_get(topics, 0)), "requests");
	EXPECT_STREQ(json_string_value(json_array_get(topics, 1)),
	    "web-scraping");
	json_decref(all);
	refused({ "skill", "list", "--format", "csv" }, "invalid format "
	    "'csv': use text or json");
	refused({ "skill", "list", "--names", "--format", "json" },
	    "usage: track skill list [--path PATH] [--names] [--format "
	    "text|json]");
}

/* ---------------------------------------------------------------------
 * --contribution
 */

TEST_F(SkillCli, a_contribution_added_is_listed_and_shown_as_such)
{
	ok({ "project", "add", "Requests fix", "--contribution", "--url",
	    "https://github.com/psf/requests/pull/1" },
	    "added project 'Requests fix' (path from its hours), started "
	    "2026-11-22, an open-source contribution\n");
	ok({ "project", "add", "Blog" }, "added project 'Blog' (path from its "
	    "hours), started 2026-11-22\n");
	EXPECT_EQ(sql("SELECT name, contribution FROM project ORDER BY id"),
	    "Requests fix|1\nBlog|0\n");
	// The list is in name order: Blog first, unmarked.
	ok({ "project", "list" }, "NAME          PATH  STATUS               "
	    "STARTED     LOGGED  URL\n"
	    "Blog          -     open                 2026-11-22  0m      -\n"
	    "Requests fix  -     open (contribution)  2026-11-22  0m      "
	    "https://github.com/psf/requests/pull/1\n");
	json_error_t error;
	json_t *all = json_loads(run({ "project", "list", "--format", "json" })
	    .c_str(), 0, &error);
	ASSERT_NE(all, nullptr) << error.text;
	EXPECT_TRUE(json_is_false(json_object_get(json_array_get(all, 0),
	    "contribution")));
	EXPECT_TRUE(json_is_true(json_object_get(json_array_get(all, 1),
	    "contribution")));
	json_decref(all);
	std::string show = run({ "project", "show", "Requests fix" });
	EXPECT_NE(show.find("\nopen source: a contribution\n"),
	    std::string::npos) << show;
	EXPECT_EQ(run({ "project", "show", "Blog" }).find("open source"),
	    std::string::npos);
}

TEST_F(SkillCli, done_marks_a_contribution)
{
	run({ "project", "add", "Patch", "--date", "2026-11-01" });
	ok({ "project", "done", "Patch", "--contribution" },
	    "completed project 'Patch' on 2026-11-22 (started 2026-11-01, 0m "
	    "logged)\nno URL yet: add one with --url (substantial completed "
	    "projects with a URL count as evidence in 'track portfolio')\n"
	    "project 'Patch' is marked an open-source contribution\n");
	EXPECT_EQ(sql("SELECT completed, contribution FROM project"),
	    "2026-11-22|1\n");
	// Done already: --contribution alone says only that.
	ok({ "project", "done", "Patch", "--contribution" },
	    "project 'Patch' was already marked an open-source contribution\n");
	run({ "project", "add", "Other", "--date", "2026-11-01" });
	run({ "project", "done", "Other" });
	ok({ "project", "done", "Other", "--contribution" },
	    "project 'Other' is marked an open-source contribution\n");
	ok({ "project", "done", "Other", "--contribution", "--url",
	    "https://x.org/o" }, "project 'Other': completed on 2026-11-22, "
	    "url https://x.org/o\nproject 'Other' was already marked an "
	    "open-source contribution\n");
	EXPECT_EQ(sql("SELECT name, contribution, url FROM project ORDER BY id"),
	    "Patch|1|NULL\nOther|1|https://x.org/o\n");
	std::string list = run({ "project", "list" });
	EXPECT_NE(list.find("done 2026-11-22 (contribution)"),
	    std::string::npos) << list;
}

TEST_F(SkillCli, the_portfolio_lists_a_contribution)
{
	// Substantial at one hour in two weeks, so the README table lists it.
	run({ "config", "set", "project.min-hours", "1" });
	run({ "log", "1h", "requests", "--project", "Requests fix", "--date",
	    "2026-11-10" });
	run({ "log", "1h", "requests", "--project", "Requests fix", "--date",
	    "2026-11-20" });
	run({ "project", "done", "Requests fix", "--contribution" });
	run({ "log", "1h", "django", "--project", "Blog" });
	std::string text = run({ "portfolio" });
	EXPECT_NE(text.find("  Requests fix (open-source contribution)  ["),
	    std::string::npos) << text;
	EXPECT_EQ(text.find("Blog (open-source"), std::string::npos) << text;
	json_error_t error;
	json_t *p = json_loads(run({ "portfolio", "--format", "json" }).c_str(),
	    0, &error);
	ASSERT_NE(p, nullptr) << error.text;
	json_t *projects = json_object_get(p, "projects");
	ASSERT_EQ(json_array_size(projects), 2u);
	for (size_t i = 0; i < 2; i++) {
		json_t *o = json_array_get(projects, i);
		std::string name = json_string_value(json_object_get(o, "name"));
		EXPECT_EQ(json_is_true(json_object_get(o, "contribution")),
		    name == "Requests fix") << name;
		EXPECT_TRUE(json_is_boolean(json_object_get(o, "contribution")));
	}
	json_decref(p);
	std::string md = run({ "portfolio", "--format", "md" });
	EXPECT_NE(md.find("\n| Requests fix (open-source contribution) | "
	    "automation | 2h |"), std::string::npos) << md;
}

}  // namespace
