// End-to-end tests of `track skills` (SPEC §12): each status boundary,
// --at, custom skills, a learner with no path, the readiness checklist
// item by item, the memorization finding's topics, the pointers of plan
// and portfolio, the report's skills line and the bad input. Histories
// are built through the command line with TRACK_NOW fixed on Sunday
// 2026-11-22; everything is logged in November, so the pace of the six
// months before is 0 and a substantial project needs H = 4h over two
// ISO weeks (SPEC §4 step 3).
#include <gtest/gtest.h>
#include <jansson.h>

#include <map>
#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

class Learner {
public:
	RunResult track(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db_ });
		return run_track(args, kEnv);
	}

	void run(const std::vector<std::string> &args)
	{
		RunResult r = track(args);
		ASSERT_EQ(r.status, 0) << r.err;
	}

	void log(const std::string &duration, const std::string &topic,
	    const std::string &day, const std::vector<std::string> &extra = {})
	{
		std::vector<std::string> args = { "log", duration, topic,
		    "--date", day };
		args.insert(args.end(), extra.begin(), extra.end());
		run(args);
	}

	std::string sql(const std::string &text)
	{
		return query(db_, text);
	}

	// Writes to the database as another program would.
	void write_sql(const std::string &text)
	{
		sqlite3 *db = nullptr;
		ASSERT_EQ(sqlite3_open_v2(db_.c_str(), &db, SQLITE_OPEN_READWRITE,
		    nullptr), SQLITE_OK);
		query(db, text);
		sqlite3_close(db);
	}

	// A topic of the built-in skill name (the catalog decides which).
	std::string topic_of(const std::string &skill, int nth = 0)
	{
		std::string rows = sql("SELECT t.name FROM skill s JOIN "
		    "skill_topic st ON st.skill_id = s.id JOIN topic t ON t.id = "
		    "st.topic_id WHERE s.name = '" + skill + "' ORDER BY t.name "
		    "LIMIT 1 OFFSET " + std::to_string(nth));
		EXPECT_FALSE(rows.empty()) << skill;
		return rows.empty() ? "" : rows.substr(0, rows.size() - 1);
	}

	// A skill of the user's own on a new topic, as a row of the catalog.
	void custom_skill(const std::string &name, const std::string &topic,
	    const std::string &area, const std::string &path)
	{
		run({ "topic", "add", topic, "--path", "backend" });
		write_sql("INSERT INTO skill (name, title, area, path_id) VALUES ('" +
		    name + "', 'Skill " + name + "', '" + area + "', " +
		    (path.empty() ? "NULL" : "(SELECT id FROM path WHERE slug = '" +
		    path + "')") + ")");
		write_sql("INSERT INTO skill_topic SELECT s.id, t.id FROM skill s, "
		    "topic t WHERE s.name = '" + name + "' AND t.name = '" + topic +
		    "'");
	}

	// The parsed `track skills --format json` (extra options added).
	json_t *skills(const std::vector<std::string> &extra = {})
	{
		std::vector<std::string> args = { "skills", "--format", "json" };
		args.insert(args.end(), extra.begin(), extra.end());
		RunResult r = track(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		json_error_t error;
		json_t *root = json_loads(r.out.c_str(), 0, &error);
		EXPECT_NE(root, nullptr) << error.text << "\n" << r.out;
		if (root != nullptr)
			owned_.push_back(root);
		return root;
	}

	// The skill named name in a skills document, or nullptr.
	static json_t *skill(json_t *doc, const std::string &name)
	{
		json_t *list = json_object_get(doc, "skills");
		for (size_t i = 0; i < json_array_size(list); i++) {
			json_t *s = json_array_get(list, i);
			if (json_string_value(json_object_get(s, "name")) == name)
				return s;
		}
		return nullptr;
	}

	// "learned" (or "absent") for skill name, as of at when given.
	std::string status(const std::string &name,
	    const std::vector<std::string> &extra = {})
	{
		json_t *s = skill(skills(extra), name);
		return s ? json_string_value(json_object_get(s, "status")) :
		    "absent";
	}

	// The checklist as "110000 2/6": each item done or not, then count.
	std::string readiness()
	{
		json_t *r = json_object_get(skills(), "readiness");
		json_t *items = json_object_get(r, "items");
		std::string s;
		for (size_t i = 0; i < json_array_size(items); i++)
			s += json_is_true(json_object_get(json_array_get(items, i),
			    "done")) ? "1" : "0";
		return s + " " + std::to_string(json_integer_value(
		    json_object_get(r, "ready"))) + "/" + std::to_string(
		    json_integer_value(json_object_get(r, "of")));
	}

	~Learner()
	{
		for (json_t *o : owned_)
			json_decref(o);
	}

private:
	TempDir dir_;
	std::string db_ = dir_.file("track.db");
	std::vector<json_t *> owned_;
};

std::string
text_of(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "(null)";
}

long long
number_of(json_t *o, const char *key)
{
	return json_integer_value(json_object_get(o, key));
}

// ---------------------------------------------------------------------
// Status boundaries
// ---------------------------------------------------------------------

TEST(Skills, fiftynine_minutes_are_untouched_sixty_are_learned)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.custom_skill("widgetry", "widgets", "domain", "backend");
	a.log("59m", "widgets", "2026-11-02", { "--kind", "tutorial" });
	EXPECT_EQ(a.status("widgetry"), "untouched");
	a.log("1m", "widgets", "2026-11-03", { "--kind", "study" });
	EXPECT_EQ(a.status("widgetry"), "learned");
}

TEST(Skills, project_minutes_119_are_learned_120_are_applied)
{
	// One session a project, in one week: never substantial.
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.custom_skill("widgetry", "widgets", "domain", "backend");
	a.log("119m", "widgets", "2026-11-02", { "--project", "Gadget" });
	EXPECT_EQ(a.status("widgetry"), "learned");
	a.log("1m", "widgets", "2026-11-03", { "--project", "Other" });
	json_t *w = Learner::skill(a.skills(), "widgetry");
	EXPECT_EQ(text_of(w, "status"), "applied");
	EXPECT_EQ(number_of(json_object_get(w, "minutes"), "project"), 120);
	json_t *projects = json_object_get(w, "projects");
	ASSERT_EQ(json_array_size(projects), 2u);
	EXPECT_STREQ(json_string_value(json_array_get(projects, 0)), "Gadget");
	EXPECT_STREQ(json_string_value(json_array_get(projects, 1)), "Other");
}

TEST(Skills, ten_minutes_in_a_substantial_project_apply_a_skill)
{
	// Blog: 2h on 2026-11-03 (week 45) and 2h on 2026-11-10 (week 46)
	// of django, plus 10m of widgets: 4h10m over two weeks, substantial.
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.custom_skill("widgetry", "widgets", "domain", "backend");
	a.log("2h", "django", "2026-11-03", { "--project", "Blog" });
	a.log("10m", "widgets", "2026-11-04", { "--project", "Blog" });
	EXPECT_EQ(a.status("widgetry"), "untouched");	// 10m: not learned
	a.log("2h", "django", "2026-11-10", { "--project", "Blog" });
	EXPECT_EQ(a.status("widgetry"), "applied");
}

TEST(Skills, project_minutes_count_toward_learned)
{
	// 90 minutes of project work and no tutorial: not untouched.
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.custom_skill("widgetry", "widgets", "domain", "backend");
	a.log("90m", "widgets", "2026-11-02", { "--project", "Gadget" });
	EXPECT_EQ(a.status("widgetry"), "learned");
}

TEST(Skills, at_leaves_out_the_sessions_after_the_day)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.custom_skill("widgetry", "widgets", "domain", "backend");
	a.log("1h", "widgets", "2026-11-02", { "--project", "Gadget" });
	a.log("1h", "widgets", "2026-11-10", { "--project", "Gadget" });
	EXPECT_EQ(a.status("widgetry"), "applied");
	EXPECT_EQ(a.status("widgetry", { "--at", "2026-11-09" }), "learned");
	EXPECT_EQ(a.status("widgetry", { "--at", "2026-11-01" }), "untouched");
	json_t *doc = a.skills({ "--at", "2026-11-09" });
	EXPECT_EQ(text_of(doc, "at"), "2026-11-09");
	EXPECT_EQ(number_of(json_object_get(Learner::skill(doc, "widgetry"),
	    "minutes"), "project"), 60);
}

// ---------------------------------------------------------------------
// Which skills show
// ---------------------------------------------------------------------

TEST(Skills, no_path_shows_core_and_professional_skills_only)
{
	Learner a;
	a.custom_skill("widgetry", "widgets", "domain", "backend");
	a.log("10h", "python", "2026-11-02", { "--kind", "tutorial" });
	json_t *doc = a.skills();
	EXPECT_TRUE(json_is_null(json_object_get(doc, "path")));
	json_t *list = json_object_get(doc, "skills");
	ASSERT_GT(json_array_size(list), 4u);
	for (size_t i = 0; i < json_array_size(list); i++)
		EXPECT_NE(text_of(json_array_get(list, i), "area"), "domain");
	EXPECT_EQ(Learner::skill(doc, "widgetry"), nullptr);
	EXPECT_NE(Learner::skill(doc, "unit-testing"), nullptr);
	// The readiness asks for a path before projects in it.
	json_t *items = json_object_get(json_object_get(doc, "readiness"),
	    "items");
	EXPECT_EQ(text_of(json_array_get(items, 3), "missing"),
	    "choose a path first (track path set PATH)");
}

TEST(Skills, path_option_shows_that_paths_domain_skills)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.custom_skill("widgetry", "widgets", "domain", "backend");
	a.custom_skill("gizmos", "gizmo-topic", "domain", "ml");
	json_t *doc = a.skills();
	EXPECT_EQ(text_of(doc, "path"), "backend");
	EXPECT_NE(Learner::skill(doc, "widgetry"), nullptr);
	EXPECT_EQ(Learner::skill(doc, "gizmos"), nullptr);
	doc = a.skills({ "--path", "ml" });
	EXPECT_EQ(text_of(doc, "path"), "ml");
	EXPECT_EQ(Learner::skill(doc, "widgetry"), nullptr);
	EXPECT_NE(Learner::skill(doc, "gizmos"), nullptr);
}

TEST(Skills, next_is_the_learned_skill_with_most_hours)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.custom_skill("aaa", "aaa-topic", "domain", "backend");
	a.custom_skill("bbb", "bbb-topic", "domain", "backend");
	a.custom_skill("ccc", "ccc-topic", "domain", "backend");
	a.log("2h", "aaa-topic", "2026-11-02");
	a.log("3h", "bbb-topic", "2026-11-02");
	a.log("5h", "ccc-topic", "2026-11-02", { "--project", "C" });
	json_t *next = json_object_get(a.skills(), "next");
	EXPECT_EQ(text_of(next, "skill"), "bbb");	// ccc is applied
	EXPECT_EQ(number_of(next, "minutes"), 180);
	// C, open in the path, is where to apply it.
	EXPECT_EQ(text_of(next, "action"), "apply Skill bbb next (learned, "
	    "3h): use it in 'C': track log 2h bbb-topic --project C");
	a.run({ "project", "done", "C", "--date", "2026-11-03" });
	EXPECT_EQ(text_of(json_object_get(a.skills(), "next"), "action"),
	    "apply Skill bbb next (learned, 3h): use it in a project of your "
	    "own, e.g. track log 2h bbb-topic --project NAME");
}

// ---------------------------------------------------------------------
// Readiness, one item at a time
// ---------------------------------------------------------------------

TEST(Skills, readiness_items_flip_one_at_a_time)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	EXPECT_EQ(a.readiness(), "000000 0/6");

	// Debugging and documentation learned: 1h of study each.
	a.log("1h", a.topic_of("debugging"), "2026-11-02");
	EXPECT_EQ(a.readiness(), "000000 0/6");
	a.log("1h", a.topic_of("documentation"), "2026-11-02");
	EXPECT_EQ(a.readiness(), "001000 1/6");

	// Unit testing applied: 2h of project work on its topics.
	a.log("2h", a.topic_of("unit-testing"), "2026-11-03", { "--project",
	    "Tests" });
	EXPECT_EQ(a.readiness(), "011000 2/6");

	// Two core skills applied (career.core-skills): 2h each.
	std::string first = a.sql("SELECT name FROM skill WHERE area = 'core' "
	    "ORDER BY position LIMIT 1");
	std::string second = a.sql("SELECT name FROM skill WHERE area = "
	    "'core' ORDER BY position LIMIT 1 OFFSET 1");
	first.pop_back();
	second.pop_back();
	a.log("2h", a.topic_of(first), "2026-11-04", { "--project", "Core" });
	EXPECT_EQ(a.readiness(), "011000 2/6");
	a.log("2h", a.topic_of(second), "2026-11-04", { "--project", "Core" });
	EXPECT_EQ(a.readiness(), "011001 3/6");

	// Step 1: 40h of fundamentals, active (this history's 5h so far
	// count too; the last 5h complete it).
	for (const char *d : { "2026-11-05", "2026-11-06", "2026-11-07" })
		a.log("10h", "python", d);
	EXPECT_EQ(a.readiness(), "011001 3/6");
	a.log("10h", "python", "2026-11-08");
	EXPECT_EQ(a.readiness(), "111001 4/6");

	// Three substantial backend projects: 2h in week 45 and 2h in week
	// 46 each, then done, without a URL.
	for (const char *p : { "P1", "P2", "P3" }) {
		a.log("2h", "django", "2026-11-03", { "--project", p });
		a.log("2h", "django", "2026-11-10", { "--project", p });
		EXPECT_EQ(a.readiness()[3], '0');
		a.run({ "project", "done", p, "--date", "2026-11-12" });
	}
	EXPECT_EQ(a.readiness(), "111101 5/6");

	// Every substantial project linked: the last URL flips it.
	a.run({ "project", "done", "P1", "--url", "https://example.org/1" });
	a.run({ "project", "done", "P2", "--url", "https://example.org/2" });
	EXPECT_EQ(a.readiness(), "111101 5/6");
	a.run({ "project", "done", "P3", "--url", "https://example.org/3" });
	EXPECT_EQ(a.readiness(), "111111 6/6");
}

TEST(Skills, linked_needs_a_substantial_project)
{
	// With none, "every substantial project linked" is not yet true.
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	json_t *items = json_object_get(json_object_get(a.skills(),
	    "readiness"), "items");
	json_t *linked = json_array_get(items, 4);
	EXPECT_EQ(text_of(linked, "item"), "linked");
	EXPECT_FALSE(json_is_true(json_object_get(linked, "done")));
	EXPECT_EQ(text_of(linked, "missing"),
	    "no substantial project completed yet");
}

TEST(Skills, contributions_are_listed)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.run({ "project", "add", "Upstream fix", "--date", "2026-11-02" });
	a.run({ "project", "add", "Mine", "--date", "2026-11-02" });
	a.write_sql("UPDATE project SET contribution = 1 WHERE name = "
	    "'Upstream fix'");
	json_t *list = json_object_get(a.skills(), "contributions");
	ASSERT_EQ(json_array_size(list), 1u);
	EXPECT_STREQ(json_string_value(json_array_get(list, 0)),
	    "Upstream fix");
	// Not yet started on the --at day: not listed.
	EXPECT_EQ(json_array_size(json_object_get(a.skills({ "--at",
	    "2026-11-01" }), "contributions")), 0u);
}

// ---------------------------------------------------------------------
// Never contradicting the memorization finding (SPEC §5, §12)
// ---------------------------------------------------------------------

TEST(Skills, topics_memorization_names_show_no_project_minutes)
{
	// Fundamentals in June (before memorization's 90 days), then 20h of
	// study on web-framework topics in November and 2h of flask in a
	// project: memorization names the studied topics, not flask.
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-06-01" });
	a.log("10h", "python", "2026-06-01");
	a.log("10h", "python", "2026-06-02");
	for (const char *d : { "2026-11-02", "2026-11-03", "2026-11-09",
	    "2026-11-10" })
		a.log("5h", "django", d);
	a.log("2h", "flask", "2026-11-11", { "--project", "Tiny" });
	RunResult r = a.track({ "check", "--format", "json" });
	ASSERT_EQ(r.status, 0) << r.err;
	json_error_t error;
	json_t *check = json_loads(r.out.c_str(), 0, &error);
	ASSERT_NE(check, nullptr) << r.out;
	std::string evidence;
	json_t *findings = json_object_get(check, "findings");
	for (size_t i = 0; i < json_array_size(findings); i++)
		if (text_of(json_array_get(findings, i), "id") == "memorization")
			evidence = text_of(json_array_get(findings, i), "evidence");
	json_decref(check);
	ASSERT_NE(evidence, "") << r.out;
	EXPECT_NE(evidence.find("django"), std::string::npos) << evidence;

	// Every topic the evidence names shows 0 project minutes; flask,
	// used in a project, is not named.
	json_t *list = json_object_get(a.skills(), "skills");
	int named = 0;
	for (size_t i = 0; i < json_array_size(list); i++) {
		json_t *topics = json_object_get(json_array_get(list, i),
		    "topics");
		for (size_t k = 0; k < json_array_size(topics); k++) {
			json_t *t = json_array_get(topics, k);
			std::string name = text_of(t, "topic");
			if (name == "flask") {
				EXPECT_EQ(number_of(t, "project"), 120);
			}
			if (evidence.find(name + " ") == std::string::npos)
				continue;
			named++;
			EXPECT_EQ(number_of(t, "project"), 0) << name;
		}
	}
	EXPECT_GT(named, 0);
	EXPECT_EQ(evidence.find("flask"), std::string::npos) << evidence;
}

// ---------------------------------------------------------------------
// Plan, portfolio and report
// ---------------------------------------------------------------------

TEST(Skills, plan_step_3_with_nothing_to_build_on_names_the_skill)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.custom_skill("widgetry", "widgets", "domain", "backend");
	a.log("3h", "widgets", "2026-11-02", { "--kind", "tutorial" });
	RunResult r = a.track({ "plan", "--format", "json" });
	ASSERT_EQ(r.status, 0) << r.err;
	EXPECT_NE(r.out.find("build one that applies Skill widgetry (learned, "
	    "3h), 4h or more over two weeks or more (track log 2h widgets "
	    "--project NAME)"), std::string::npos) << r.out;
	r = a.track({ "portfolio" });
	EXPECT_NE(r.out.find("build and finish a first backend project that "
	    "applies Skill widgetry (learned, 3h): 4h or more over two weeks "
	    "or more, track log 2h widgets --project NAME"), std::string::npos)
	    << r.out;
	// An open project to build on: step 3 says keep building it.
	a.log("1h", "django", "2026-11-03", { "--project", "Blog" });
	r = a.track({ "plan" });
	EXPECT_EQ(r.out.find("that applies"), std::string::npos) << r.out;
}

TEST(Skills, plan_without_a_learned_skill_is_unchanged)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	RunResult r = a.track({ "plan" });
	EXPECT_NE(r.out.find("build one, 4h or more over two weeks or more "
	    "(track log 2h TOPIC --project NAME)"), std::string::npos) << r.out;
}

TEST(Skills, report_has_the_skills_line_in_every_format)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.custom_skill("widgetry", "widgets", "domain", "backend");
	a.log("3h", "widgets", "2026-11-16", { "--kind", "tutorial" });
	json_t *doc = a.skills();
	std::string line = "backend: " + std::to_string(number_of(
	    json_object_get(doc, "counts"), "applied")) + " applied, " +
	    std::to_string(number_of(json_object_get(doc, "counts"),
	    "learned")) + " learned, ";
	for (const char *format : { "text", "md", "csv", "html" }) {
		RunResult r = a.track({ "report", "--format", format });
		ASSERT_EQ(r.status, 0) << r.err;
		EXPECT_NE(r.out.find(line), std::string::npos) << format;
		EXPECT_NE(r.out.find("junior-ready 0/6"), std::string::npos)
		    << format;
	}
	RunResult r = a.track({ "report", "--format", "json" });
	json_error_t error;
	json_t *report = json_loads(r.out.c_str(), 0, &error);
	ASSERT_NE(report, nullptr);
	json_t *skills = json_object_get(report, "skills");
	const char *keys[] = { "path", "applied", "learned", "untouched",
	    "ready", "ready_of", "next" };
	EXPECT_EQ(json_object_size(skills), 7u);
	for (const char *key : keys)
		EXPECT_NE(json_object_get(skills, key), nullptr) << key;
	EXPECT_EQ(text_of(skills, "next"), "widgetry");
	EXPECT_EQ(number_of(skills, "ready_of"), 6);
	json_decref(report);
}

TEST(Skills, html_grid_writes_each_status_as_text)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.custom_skill("widgetry", "widgets", "domain", "backend");
	a.log("3h", "widgets", "2026-11-16", { "--kind", "tutorial" });
	RunResult r = a.track({ "report", "--format", "html" });
	EXPECT_NE(r.out.find("<table id=\"skills-grid\">\n<caption>backend: "),
	    std::string::npos);
	EXPECT_NE(r.out.find("<th scope=\"row\">Skill widgetry</th><td>domain"
	    "</td><td class=\"learned\">learned</td>"), std::string::npos);
}

// ---------------------------------------------------------------------
// Output formats and bad input
// ---------------------------------------------------------------------

TEST(Skills, json_keys_are_the_documented_ones)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.log("1h", "django", "2026-11-02", { "--project", "Blog" });
	json_t *doc = a.skills();
	std::string keys;
	const char *key;
	json_t *value;
	json_object_foreach(doc, key, value)
		keys += std::string(key) + " ";
	EXPECT_EQ(keys, "at path legend skills counts readiness horizon "
	    "contributions next ");
	json_t *web = nullptr;
	json_t *list = json_object_get(doc, "skills");
	for (size_t i = 0; i < json_array_size(list); i++)
		if (json_array_size(json_object_get(json_array_get(list, i),
		    "projects")) > 0)
			web = json_array_get(list, i);
	ASSERT_NE(web, nullptr);
	keys.clear();
	json_object_foreach(web, key, value)
		keys += std::string(key) + " ";
	EXPECT_EQ(keys, "name title area status minutes topics projects ");
	keys.clear();
	json_object_foreach(json_array_get(json_object_get(web, "topics"), 0),
	    key, value)
		keys += std::string(key) + " ";
	EXPECT_EQ(keys, "topic tutorial study project ");
	keys.clear();
	json_object_foreach(json_object_get(doc, "readiness"), key, value)
		keys += std::string(key) + " ";
	EXPECT_EQ(keys, "level ready of items ");
	keys.clear();
	json_object_foreach(json_array_get(json_object_get(json_object_get(
	    doc, "readiness"), "items"), 0), key, value)
		keys += std::string(key) + " ";
	EXPECT_EQ(keys, "item text done missing ");
	keys.clear();
	json_object_foreach(json_object_get(doc, "next"), key, value)
		keys += std::string(key) + " ";
	EXPECT_EQ(keys, "skill title minutes action ");
	keys.clear();
	json_object_foreach(json_object_get(doc, "horizon"), key, value)
		keys += std::string(key) + " ";
	EXPECT_EQ(keys, "level focus ");
}

TEST(Skills, text_and_md_show_the_table_and_the_checklist)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	a.custom_skill("widgetry", "widgets", "domain", "backend");
	a.log("3h", "widgets", "2026-11-02", { "--project", "Gadget" });
	RunResult r = a.track({ "skills" });
	ASSERT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out.rfind("skills for backend as of 2026-11-22\n", 0), 0u)
	    << r.out;
	EXPECT_NE(r.out.find("Skill widgetry"), std::string::npos);
	EXPECT_NE(r.out.find("applied    -         -      3h       Gadget"),
	    std::string::npos) << r.out;
	EXPECT_NE(r.out.find("junior-ready 0/6 (entry level)\n  [ ] "),
	    std::string::npos);
	EXPECT_NE(r.out.find("next horizon (mid-level): system design, "
	    "performance tuning, mentoring juniors\n"), std::string::npos);
	r = a.track({ "skills", "--format", "md" });
	EXPECT_EQ(r.out.rfind("## Skills (backend)\n", 0), 0u) << r.out;
	EXPECT_NE(r.out.find("| Skill widgetry | domain | applied | - | - | 3h "
	    "| Gadget |\n"), std::string::npos) << r.out;
}

TEST(Skills, bad_input_is_one_line_and_exit_2)
{
	Learner a;
	a.run({ "path", "set", "backend", "--date", "2026-11-01" });
	struct {
		std::vector<std::string> args;
		const char *names;
	} cases[] = {
		{ { "skills", "--path", "cobol" }, "'cobol'" },
		{ { "skills", "--path", "fundamentals" }, "'fundamentals'" },
		{ { "skills", "--at", "someday" }, "someday" },
		{ { "skills", "--at", "2027-01-01" }, "2027-01-01" },
		{ { "skills", "--format", "yaml" }, "'yaml'" },
		{ { "skills", "extra" }, "usage" },
	};
	for (auto &c : cases) {
		RunResult r = a.track(c.args);
		EXPECT_EQ(r.status, 2) << c.args[1];
		EXPECT_EQ(r.out, "");
		EXPECT_NE(r.err.find(c.names), std::string::npos) << r.err;
		EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
	}
}

TEST(Skills, a_missing_database_is_read_as_empty_and_not_created)
{
	TempDir dir;
	std::string db = dir.file("none.db");
	RunResult r = run_track({ "--db", db, "skills" }, kEnv);
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_NE(r.out.find("skills for no path"), std::string::npos);
	EXPECT_FALSE(file_exists(db));
}

}  // namespace
