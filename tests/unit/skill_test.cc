// The skill model (core/skill.c): names and titles checked, finding by
// name with the closest one offered, adding a learner's skill with its
// topics, removing it (built-in ones refused) and listing a path's
// skills in catalog order.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "core/skill.h"
}

namespace {

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

class Skill : public ::testing::Test {
protected:
	void SetUp() override { db = memory_db(); }
	void TearDown() override { sqlite3_close(db); }

	std::string sql(const std::string &q) { return query(db, q); }
	// The id of the topic called name, or of the path with that slug.
	int64_t id_of(const std::string &table, const std::string &name)
	{
		return std::stoll(sql("SELECT id FROM " + table + " WHERE " +
		    (table == "path" ? "slug" : "name") + " = '" + name + "'"));
	}

	sqlite3 *db = nullptr;
};

TEST_F(Skill, names_are_lowercase_words_and_hyphens)
{
	for (const char *good : { "a", "web-scraping", "ml2", "x-" })
		EXPECT_EQ(message(skill_name_check(good)), "") << good;
	const std::string rule = "': use at most 40 lowercase letters, digits "
	    "and '-', starting with a letter (e.g. web-scraping)";
	for (const char *bad : { "", "Web", "2fa", "-x", "web scraping",
	    "web_scraping", "caf\xc3\xa9" })
		EXPECT_EQ(message(skill_name_check(bad)),
		    std::string("invalid skill name '") + bad + rule) << bad;
	EXPECT_EQ(message(skill_name_check(std::string(40, 'a').c_str())), "");
	EXPECT_NE(message(skill_name_check(std::string(41, 'a').c_str())), "");
}

TEST_F(Skill, titles_are_short_printable_text)
{
	EXPECT_EQ(message(skill_title_check("Scraping APIs \xe2\x80\x94 fast")),
	    "");
	EXPECT_EQ(message(skill_title_check("")), "invalid skill title: use "
	    "UTF-8 text of 1 to 80 bytes");
	EXPECT_NE(message(skill_title_check(std::string(81, 'a').c_str())),
	    "");
	EXPECT_NE(message(skill_title_check("bad\xff")), "");
	EXPECT_NE(message(skill_title_check("a\x1b[31m")), "");
}

TEST_F(Skill, the_default_title_reads_the_name)
{
	const struct { const char *name, *title; } cases[] = {
		{ "unit-testing", "Unit testing" }, { "a", "A" },
		{ "ml2-ops", "Ml2 ops" },
	};
	for (const auto &c : cases) {
		char *title = skill_default_title(c.name);
		EXPECT_STREQ(title, c.title);
		free(title);
	}
}

TEST_F(Skill, find_reads_a_catalog_skill_with_its_topics)
{
	struct skill s;
	bool found = false;

	skill_init(&s);
	ASSERT_EQ(message(skill_find(db, "Concurrency", &s, &found)), "");
	ASSERT_TRUE(found);
	EXPECT_STREQ(s.name, "concurrency");
	EXPECT_STREQ(s.title, "Concurrency");
	EXPECT_STREQ(s.area, "core");
	EXPECT_EQ(s.path_id, 0);
	EXPECT_EQ(s.path, nullptr);
	EXPECT_TRUE(s.builtin);
	std::vector<std::string> topics(s.topics, s.topics + s.topic_count);
	EXPECT_EQ(topics, (std::vector<std::string>{ "asyncio", "concurrency",
	    "multiprocessing", "threading" }));
	ASSERT_EQ(message(skill_find(db, "web-apis", &s, &found)), "");
	EXPECT_STREQ(s.path, "backend");
	EXPECT_STREQ(s.area, "domain");
	ASSERT_EQ(message(skill_find(db, "nothing", &s, &found)), "");
	EXPECT_FALSE(found);
	skill_release(&s);
}

TEST_F(Skill, require_offers_the_closest_name)
{
	struct skill s;

	skill_init(&s);
	EXPECT_EQ(message(skill_require(db, "unit-tesing", &s)),
	    "unknown skill 'unit-tesing': did you mean 'unit-testing'?");
	EXPECT_EQ(message(skill_require(db, "zzzz", &s)),
	    "unknown skill 'zzzz': 'track skill list' shows them all");
	EXPECT_EQ(message(skill_require(db, "debugging", &s)), "");
	EXPECT_STREQ(s.title, "Debugging");
	skill_release(&s);
}

TEST_F(Skill, add_stores_a_domain_skill_with_its_topics_once)
{
	struct skill s;
	int64_t topics[] = { id_of("topic", "requests"),
	    id_of("topic", "web-scraping"), id_of("topic", "requests") };

	skill_init(&s);
	s.name = strdup("scraping-apis");
	s.title = strdup("Scraping APIs");
	s.path_id = id_of("path", "automation");
	ASSERT_EQ(message(skill_add(db, &s, topics, 3)), "");
	EXPECT_GT(s.id, 0);
	EXPECT_EQ(sql("SELECT name, title, area, path_id, builtin, position "
	    "FROM skill WHERE id = " + std::to_string(s.id)),
	    "scraping-apis|Scraping APIs|domain|" + std::to_string(s.path_id) +
	    "|0|1000\n");
	EXPECT_EQ(sql("SELECT group_concat(t.name, ' ') FROM (SELECT t.name "
	    "FROM skill_topic st JOIN topic t ON t.id = st.topic_id WHERE "
	    "st.skill_id = " + std::to_string(s.id) + " ORDER BY t.name) t"),
	    "requests web-scraping\n");
	// Another skill by the same name, in any case, is refused.
	free(s.name);
	s.name = strdup("Scraping-APIs");
	EXPECT_EQ(message(skill_add(db, &s, topics, 1)), "skill "
	    "'scraping-apis' already exists (Scraping APIs, automation): "
	    "choose another name");
	free(s.name);
	s.name = strdup("debugging");
	EXPECT_EQ(message(skill_add(db, &s, topics, 1)), "skill 'debugging' "
	    "already exists (Debugging): choose another name");
	skill_release(&s);
	EXPECT_EQ(sql("SELECT count(*) FROM skill WHERE builtin = 0"), "1\n");
}

TEST_F(Skill, remove_takes_a_learners_skill_and_refuses_the_catalogs)
{
	struct skill s;
	int64_t topic = id_of("topic", "requests");

	skill_init(&s);
	s.name = strdup("mine");
	s.title = strdup("Mine");
	s.path_id = id_of("path", "automation");
	ASSERT_EQ(message(skill_add(db, &s, &topic, 1)), "");
	skill_release(&s);
	ASSERT_EQ(message(skill_require(db, "mine", &s)), "");
	EXPECT_EQ(message(skill_remove(db, &s)), "");
	EXPECT_EQ(sql("SELECT count(*) FROM skill WHERE name = 'mine' UNION ALL "
	    "SELECT count(*) FROM skill_topic WHERE skill_id NOT IN (SELECT id "
	    "FROM skill)"), "0\n0\n");
	ASSERT_EQ(message(skill_require(db, "version-control", &s)), "");
	EXPECT_EQ(message(skill_remove(db, &s)), "skill 'version-control' is "
	    "built in: only skills added with 'track skill add' can be removed");
	EXPECT_EQ(sql("SELECT count(*) FROM skill WHERE name = "
	    "'version-control'"), "1\n");
	skill_release(&s);
}

// Collects "name:area" of each skill visited.
struct error *
collect(const struct skill *s, void *arg)
{
	auto *names = static_cast<std::vector<std::string> *>(arg);
	names->push_back(std::string(s->name) + ":" + (s->path ? s->path :
	    s->area));
	return nullptr;
}

TEST_F(Skill, each_lists_the_core_professional_then_the_paths_skills)
{
	std::vector<std::string> names;
	ASSERT_EQ(message(skill_each(db, id_of("path", "devops"), collect,
	    &names)), "");
	EXPECT_EQ(names, (std::vector<std::string>{
	    "data-structures-advanced:core", "concurrency:core",
	    "memory-management:core", "pythonic-idioms:core", "type-hints:core",
	    "unit-testing:professional", "debugging:professional",
	    "documentation:professional", "version-control:professional",
	    "containers:devops", "container-orchestration:devops",
	    "configuration-management:devops", "ci-cd-pipelines:devops",
	    "cloud-infrastructure:devops", "linux-operations:devops" }));
	names.clear();
	ASSERT_EQ(message(skill_each(db, 0, collect, &names)), "");
	EXPECT_EQ(names.size(), 39u);
}

// fn's error stops the walk and comes back.
TEST_F(Skill, each_stops_at_the_first_error)
{
	int calls = 0;
	EXPECT_EQ(message(skill_each(db, 0, [](const struct skill *,
	    void *arg) -> struct error * {
		++*static_cast<int *>(arg);
		return error_usage("stop");
	}, &calls)), "stop");
	EXPECT_EQ(calls, 1);
}

}  // namespace
