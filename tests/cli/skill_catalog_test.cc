// End-to-end: the skills catalog of schema 012 (SPEC §12): the built-in
// skills and the topics they need, checked for sanity, and a database of
// schema 11 brought to it with its data.
#include <gtest/gtest.h>

#include <string>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

class SkillCatalog : public ::testing::Test {
protected:
	RunResult track(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db });
		return run_track(args, kEnv);
	}
	std::string ok(const std::vector<std::string> &args)
	{
		RunResult r = track(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		return r.out;
	}
	std::string sql(const std::string &q) { return query(db, q); }

	TempDir dir;
	std::string db = dir.file("track.db");
};

// The key a lookup finds a name by (catalog.c's topic_key), for names
// made of lowercase words and hyphens as the catalog's are.
const char kKeyed[] =
    "CREATE TEMP VIEW keyed AS SELECT 0 AS alias, id AS topic_id, "
    "replace(replace(lower(name), ' ', '-'), '_', '-') AS key FROM topic "
    "UNION ALL SELECT 1, topic_id, replace(replace(lower(alias), ' ', '-'), "
    "'_', '-') FROM topic_alias;";

TEST_F(SkillCatalog, every_builtin_skill_has_catalog_topics)
{
	ok({ "log", "1h", "python" });
	// Names and titles the readiness checklist and output rely on.
	EXPECT_EQ(sql("SELECT name || '|' || title || '|' || area FROM skill "
	    "WHERE area <> 'domain' ORDER BY position"),
	    "data-structures-advanced|Advanced data structures|core\n"
	    "concurrency|Concurrency|core\n"
	    "memory-management|Memory management|core\n"
	    "pythonic-idioms|Pythonic idioms|core\n"
	    "type-hints|Type hints and static analysis|core\n"
	    "unit-testing|Unit testing|professional\n"
	    "debugging|Debugging|professional\n"
	    "documentation|Documentation|professional\n"
	    "version-control|Version control|professional\n");
	// Every built-in skill has 1 to 5 topics, all mapped built-in ones.
	EXPECT_EQ(sql("SELECT s.name FROM skill s LEFT JOIN skill_topic st "
	    "ON st.skill_id = s.id GROUP BY s.id HAVING count(st.topic_id) "
	    "NOT BETWEEN 1 AND 5"), "");
	EXPECT_EQ(sql("SELECT t.name FROM skill_topic st JOIN topic t ON "
	    "t.id = st.topic_id WHERE t.path_id IS NULL OR t.builtin = 0"), "");
	EXPECT_EQ(sql("SELECT count(*) FROM skill_topic WHERE topic_id NOT IN "
	    "(SELECT id FROM topic) OR skill_id NOT IN (SELECT id FROM skill)"),
	    "0\n");
	// Every built-in path has domain skills; fundamentals has none.
	EXPECT_EQ(sql("SELECT p.slug, count(s.id) FROM path p LEFT JOIN skill s "
	    "ON s.path_id = p.id GROUP BY p.id ORDER BY p.position"),
	    "fundamentals|0\nbackend|5\nml|5\ndata-science|5\nautomation|5\n"
	    "data-engineering|4\ndevops|6\n");
	EXPECT_EQ(sql("SELECT count(*) FROM skill WHERE builtin = 0 OR "
	    "(area = 'domain') <> (path_id IS NOT NULL)"), "0\n");
	// A topic may serve skills of several paths (pandas: data science and
	// data engineering).
	EXPECT_EQ(sql("SELECT group_concat(s.name, ' ') FROM skill s JOIN "
	    "skill_topic st ON st.skill_id = s.id JOIN topic t ON t.id = "
	    "st.topic_id WHERE t.name = 'pandas' ORDER BY s.position"),
	    "data-analysis dataframes\n");
}

TEST_F(SkillCatalog, the_new_topics_and_aliases_collide_with_nothing)
{
	ok({ "log", "1h", "python" });
	EXPECT_EQ(sql("SELECT t.name || '|' || p.slug || '|' || ifnull(t.area, "
	    "'') FROM topic t JOIN path p ON p.id = t.path_id WHERE t.name IN "
	    "('metaclasses', 'threading', 'multiprocessing', 'memory-management',"
	    " 'duck-typing', 'docstrings', 'readme', 'grpc') ORDER BY t.name"),
	    "docstrings|fundamentals|further\n"
	    "duck-typing|fundamentals|classes\n"
	    "grpc|backend|\n"
	    "memory-management|fundamentals|further\n"
	    "metaclasses|fundamentals|further\n"
	    "multiprocessing|fundamentals|further\n"
	    "readme|fundamentals|further\n"
	    "threading|fundamentals|further\n");
	// No two names or aliases share a key, so every one finds one topic.
	EXPECT_EQ(sql(std::string(kKeyed) + "SELECT key FROM keyed GROUP BY key "
	    "HAVING count(*) > 1"), "");
	const struct { const char *typed, *topic; } found[] = {
		{ "mypy", "type-hints" }, { "gc", "memory-management" },
		{ "Garbage Collection", "memory-management" },
		{ "threading", "threading" }, { "threads", "threading" },
		{ "multiprocessing", "multiprocessing" },
		{ "metaclass", "metaclasses" }, { "duck_typing", "duck-typing" },
		{ "docstring", "docstrings" }, { "READMEs", "readme" },
		{ "documentation", "readme" }, { "protobuf", "grpc" },
	};
	for (const auto &f : found) {
		RunResult r = track({ "log", "30m", f.typed });
		EXPECT_EQ(r.status, 0) << f.typed << ": " << r.err;
		EXPECT_EQ(r.err, "") << f.typed;
		EXPECT_EQ(r.out.find(std::string("logged 30m ") + f.topic + " "),
		    0u) << f.typed << ": " << r.out;
	}
	// The thresholds of `track skills`, as settings.
	EXPECT_EQ(ok({ "config", "get", "skills.learned-minutes" }), "60\n");
	EXPECT_EQ(ok({ "config", "get", "skills.applied-minutes" }), "120\n");
	EXPECT_EQ(ok({ "config", "get", "career.core-skills" }), "2\n");
}

// A database of schema 11 with a learner's data: a session logged under
// the old alias threading (it stays on concurrency), an unmapped topic
// of theirs spelled like a new one (it becomes that topic: mapped, in
// the skill), an alias of theirs with the name of a new alias (it stays
// theirs) and a project (not a contribution).
const char kVersion11[] =
    "INSERT INTO topic (id, name) VALUES (500, 'memory management'),"
    " (501, 'garbage');"
    "INSERT INTO topic_alias (alias, topic_id) VALUES ('gc', 501);"
    "INSERT INTO project (id, name, started, completed, url, created) "
    " VALUES (1, 'Blog', '2026-10-01', '2026-11-01', 'https://x.org/b', "
    " '2026-10-01T10:00:00Z');"
    "INSERT INTO session (id, uuid, day, minutes, topic_id, kind, "
    " project_id, origin, created) SELECT 1, 'u1', '2026-11-02', 90, id, "
    " 'study', NULL, 'manual', '2026-11-02T10:00:00Z' FROM topic WHERE "
    " name = 'concurrency';"
    "INSERT INTO session (id, uuid, day, minutes, topic_id, kind, "
    " project_id, origin, created) VALUES (2, 'u2', '2026-11-03', 45, 500, "
    " 'project', 1, 'manual', '2026-11-03T10:00:00Z'),"
    " (3, 'u3', '2026-11-04', 20, 501, 'study', NULL, 'manual', "
    " '2026-11-04T10:00:00Z');";

TEST_F(SkillCatalog, a_version_11_database_migrates_with_its_data)
{
	make_db_at_version(db, 11, kVersion11);
	EXPECT_EQ(sql("SELECT t.name FROM topic_alias a JOIN topic t ON t.id = "
	    "a.topic_id WHERE a.alias = 'threading'"), "concurrency\n");
	std::string sessions = sql("SELECT id, day, minutes, topic_id, kind, "
	    "ifnull(project_id, '') FROM session ORDER BY id");
	ok({ "ls" });	// migrates
	EXPECT_EQ(sql("PRAGMA user_version"), std::to_string(
	    migration_count()) + "\n");
	EXPECT_EQ(sql("SELECT id, day, minutes, topic_id, kind, "
	    "ifnull(project_id, '') FROM session ORDER BY id"), sessions);
	EXPECT_EQ(sql("SELECT name, contribution FROM project"), "Blog|0\n");
	// The learner's spelling is the new topic: mapped, in its skill.
	EXPECT_EQ(sql("SELECT t.id, t.name, p.slug, t.area FROM topic t JOIN "
	    "path p ON p.id = t.path_id WHERE t.id = 500"),
	    "500|memory management|fundamentals|further\n");
	EXPECT_EQ(sql("SELECT count(*) FROM topic WHERE name = "
	    "'memory-management'"), "0\n");
	EXPECT_EQ(sql("SELECT group_concat(st.topic_id) FROM skill_topic st "
	    "JOIN skill s ON s.id = st.skill_id WHERE s.name = "
	    "'memory-management'"), "500\n");
	EXPECT_EQ(sql("SELECT a.alias || '|' || a.topic_id FROM topic_alias a "
	    "WHERE a.alias IN ('gc', 'garbage-collection', 'threading') ORDER BY "
	    "1"), "garbage-collection|500\ngc|501\n");
	// The session logged as threading stays on concurrency; threading is
	// now a topic of its own.
	EXPECT_EQ(sql("SELECT t.name FROM session s JOIN topic t ON t.id = "
	    "s.topic_id WHERE s.id = 1"), "concurrency\n");
	EXPECT_EQ(ok({ "log", "1h", "threading" }).substr(0, 23),
	    "logged 1h threading (fu");
	expect_summaries_match_sessions(db);
}

}  // namespace
