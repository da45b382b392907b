// The catalog model: the built-in paths, topics and aliases, finding and
// resolving topics, suggestions, the path choice history and merging.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "support.h"

extern "C" {
#include "core/catalog.h"
#include "core/date.h"
}

namespace {

// An in-memory database with the catalog, closed at the end of the test.
class Catalog : public ::testing::Test {
protected:
	void SetUp() override { db = memory_db(); }
	void TearDown() override { sqlite3_close(db); }

	// Takes err's message (empty when NULL) and frees it.
	static std::string message(struct error *err)
	{
		if (err == nullptr)
			return "";
		std::string m = err->message;
		error_free(err);
		return m;
	}

	// The topic name (canonical) name resolves to, or "" if unknown.
	std::string find(const char *name, std::string *path = nullptr)
	{
		struct topic t;
		bool found = false;
		topic_init(&t);
		EXPECT_EQ(message(topic_find(db, name, &t, &found)), "");
		std::string result = found ? t.name : "";
		if (path != nullptr)
			*path = t.path ? t.path : "NULL";
		topic_release(&t);
		return result;
	}

	std::string suggest(const char *name)
	{
		char *s = nullptr;
		EXPECT_EQ(message(topic_suggest(db, name, &s)), "");
		std::string result = s ? s : "";
		free(s);
		return result;
	}

	void choose(const char *slug, const char *day)
	{
		struct path p;
		int d = 0;
		path_init(&p);
		ASSERT_TRUE(day_parse_iso(day, &d));
		ASSERT_EQ(message(path_require(db, slug, &p)), "");
		ASSERT_EQ(message(path_choose(db, p.id, d, 1795000000)), "");
		path_release(&p);
	}

	// The slug current on day, or "" when none was chosen.
	std::string current(const char *day)
	{
		struct path p;
		bool found = false;
		int d = 0;
		path_init(&p);
		EXPECT_TRUE(day_parse_iso(day, &d));
		EXPECT_EQ(message(path_current(db, d, &p, &found)), "");
		std::string slug = found ? p.slug : "";
		path_release(&p);
		return slug;
	}

	std::string since(const char *day)
	{
		char text[DAY_TEXT_SIZE];
		int d = 0, s = 0;
		EXPECT_TRUE(day_parse_iso(day, &d));
		EXPECT_EQ(message(path_chosen_since(db, d, &s)), "");
		if (s == DAY_NONE)
			return "none";
		day_format(s, text);
		return text;
	}

	sqlite3 *db = nullptr;
};

TEST_F(Catalog, ships_the_six_paths_and_fundamentals)
{
	EXPECT_EQ(query(db, "SELECT slug, fundamentals, builtin FROM path "
	    "ORDER BY position"),
	    "fundamentals|1|1\nbackend|0|1\nml|0|1\ndata-science|0|1\n"
	    "automation|0|1\ndata-engineering|0|1\ndevops|0|1\n");
}

TEST_F(Catalog, ships_at_least_80_topics_all_mapped)
{
	int topics = std::stoi(query(db, "SELECT count(*) FROM topic "
	    "WHERE builtin = 1"));
	EXPECT_GE(topics, 80);
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic WHERE builtin = 1 AND "
	    "path_id NOT IN (SELECT id FROM path)"), "0\n");
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic WHERE path_id IS NULL"),
	    "0\n");
	// Every path has topics of its own.
	EXPECT_EQ(query(db, "SELECT count(*) FROM path p WHERE NOT EXISTS "
	    "(SELECT 1 FROM topic t WHERE t.path_id = p.id)"), "0\n");
}

TEST_F(Catalog, every_alias_points_to_a_topic)
{
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic_alias WHERE topic_id "
	    "NOT IN (SELECT id FROM topic)"), "0\n");
	// No alias shadows a topic name (it would never be reached).
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic_alias a JOIN topic t "
	    "ON t.name = a.alias"), "0\n");
}

TEST_F(Catalog, ships_the_aliases_of_the_spec)
{
	EXPECT_EQ(query(db, "SELECT a.alias, t.name FROM topic_alias a JOIN "
	    "topic t ON t.id = a.topic_id WHERE a.alias IN ('sklearn', 'tf', "
	    "'py') ORDER BY a.alias"),
	    "py|python\nsklearn|scikit-learn\ntf|tensorflow\n");
}

TEST_F(Catalog, topic_find_by_name_alias_and_any_case)
{
	std::string path;
	EXPECT_EQ(find("django", &path), "django");
	EXPECT_EQ(path, "backend");
	EXPECT_EQ(find("Django"), "django");
	EXPECT_EQ(find("  DJANGO "), "django");
	EXPECT_EQ(find("sklearn", &path), "scikit-learn");
	EXPECT_EQ(path, "ml");
	EXPECT_EQ(find("SkLearn"), "scikit-learn");
	EXPECT_EQ(find("tf"), "tensorflow");
	EXPECT_EQ(find("py", &path), "python");
	EXPECT_EQ(path, "fundamentals");
	EXPECT_EQ(find("djnago"), "");
}

// One normalisation for every lookup (SPEC §5.1): ASCII case folded,
// runs of spaces, underscores, hyphens and line breaks one separator,
// none at either end; other bytes as they are.
TEST(topic_key, folds_case_and_every_run_of_separators)
{
	char out[64];
	auto key = [](const char *name) {
		char *k = topic_key(name);
		std::string s = k;
		free(k);
		return s;
	};
	EXPECT_EQ(key("machine learning"), "machine-learning");
	EXPECT_EQ(key("Machine_Learning"), "machine-learning");
	EXPECT_EQ(key("  machine - _ learning\t"), "machine-learning");
	EXPECT_EQ(key("--x--"), "x");
	EXPECT_EQ(key("C++"), "c++");
	EXPECT_EQ(key("Ünïcode ÄB"), "Ünïcode-Äb");
	EXPECT_EQ(key("_ -"), "");
	EXPECT_EQ(key(""), "");
	topic_fold("Web_Scraping - 101", ' ', out);
	EXPECT_STREQ(out, "web scraping 101");
	EXPECT_TRUE(topic_same("Machine Learning", "machine_learning"));
	EXPECT_FALSE(topic_same("machinelearning", "machine-learning"));
}

TEST_F(Catalog, topic_find_with_any_separators)
{
	std::string path;
	EXPECT_EQ(find("machine learning", &path), "machine-learning");
	EXPECT_EQ(path, "ml");
	EXPECT_EQ(find("MACHINE_LEARNING"), "machine-learning");
	EXPECT_EQ(find("scikit  learn"), "scikit-learn");
	// An alias by its key: 'data-structures-and-algorithms'.
	EXPECT_EQ(find("Data Structures And Algorithms"), "algorithms");
	// A stored name in another spelling is found by a scan of keys.
	query(db, "INSERT INTO topic (name) VALUES ('web scraping stuff')");
	EXPECT_EQ(find("web-scraping_stuff", &path), "web scraping stuff");
	EXPECT_EQ(path, "NULL");
	query(db, "INSERT INTO topic_alias (alias, topic_id) SELECT 'neural "
	    "nets', id FROM topic WHERE name = 'deep-learning'");
	EXPECT_EQ(find("neural_nets"), "deep-learning");
	EXPECT_EQ(find("machinelearning"), "");
	EXPECT_EQ(find("_"), "");
}

// The built-in catalog never gives two names one key: a lookup by key
// has one answer.
TEST_F(Catalog, every_builtin_name_and_alias_has_a_key_of_its_own)
{
	std::string names = query(db, "SELECT name FROM topic UNION ALL "
	    "SELECT alias FROM topic_alias");
	std::set<std::string> keys;
	size_t count = 0;
	for (size_t at = 0, nl; (nl = names.find('\n', at)) !=
	    std::string::npos; at = nl + 1, count++) {
		char *k = topic_key(names.substr(at, nl - at).c_str());
		EXPECT_TRUE(keys.insert(k).second) << k;
		free(k);
	}
	EXPECT_GT(count, 200u);
}

TEST_F(Catalog, topic_find_says_fundamentals)
{
	struct topic t;
	bool found = false;
	topic_init(&t);
	ASSERT_EQ(message(topic_find(db, "decorators", &t, &found)), "");
	EXPECT_TRUE(found);
	EXPECT_TRUE(t.fundamentals);
	ASSERT_EQ(message(topic_find(db, "pandas", &t, &found)), "");
	EXPECT_FALSE(t.fundamentals);
	topic_release(&t);
}

TEST_F(Catalog, topic_resolve_creates_an_unmapped_topic_with_a_hint)
{
	char *warning = nullptr;
	size_t size = 0;
	FILE *warn = open_memstream(&warning, &size);
	struct topic t;
	topic_init(&t);
	ASSERT_EQ(message(topic_resolve(db, " Djnago ", warn, &t)), "");
	fclose(warn);
	EXPECT_EQ(std::string(t.name), "djnago");
	EXPECT_EQ(t.path_id, 0);
	EXPECT_EQ(t.path, nullptr);
	EXPECT_EQ(std::string(warning), "track: unknown topic 'djnago' stored "
	    "unmapped: did you mean 'django'? (map it with 'track topic alias "
	    "djnago django' or 'track topic add djnago --path PATH')\n");
	free(warning);
	EXPECT_EQ(query(db, "SELECT name, path_id, builtin FROM topic "
	    "WHERE name = 'djnago'"), "djnago|NULL|0\n");
	topic_release(&t);
}

TEST_F(Catalog, topic_resolve_finds_the_unmapped_topic_again_quietly)
{
	char *warning = nullptr;
	size_t size = 0;
	struct topic t;
	topic_init(&t);
	ASSERT_EQ(message(topic_resolve(db, "qwertyuiop", nullptr, &t)), "");
	int64_t id = t.id;
	FILE *warn = open_memstream(&warning, &size);
	ASSERT_EQ(message(topic_resolve(db, "QWERTYUIOP", warn, &t)), "");
	fclose(warn);
	EXPECT_EQ(t.id, id);
	EXPECT_EQ(std::string(warning), "");
	free(warning);
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic WHERE name = "
	    "'qwertyuiop'"), "1\n");
	topic_release(&t);
}

TEST_F(Catalog, topic_resolve_refuses_an_empty_name)
{
	struct topic t;
	topic_init(&t);
	EXPECT_EQ(message(topic_resolve(db, "  ", nullptr, &t)),
	    "empty topic: name what the session is about, e.g. django");
	topic_release(&t);
}

TEST_F(Catalog, topic_suggest_did_you_mean)
{
	EXPECT_EQ(suggest("djnago"), "django");
	EXPECT_EQ(suggest("djang"), "django");
	EXPECT_EQ(suggest("pandaz"), "pandas");
	EXPECT_EQ(suggest("kubernets"), "kubernetes");
	// Through an alias, the topic itself is suggested.
	EXPECT_EQ(suggest("sklern"), "scikit-learn");
	EXPECT_EQ(suggest("pytorhc"), "pytorch");
	// Keys are compared: the separators are no typo.
	EXPECT_EQ(suggest("machine lerning"), "machine-learning");
	EXPECT_EQ(suggest("Djnago_Rest_Framework"), "django-rest-framework");
}

TEST_F(Catalog, topic_suggest_nothing_when_far_or_short)
{
	EXPECT_EQ(suggest("underwater-basket-weaving"), "");
	EXPECT_EQ(suggest("zz"), "");
	EXPECT_EQ(suggest("django"), "");	// an exact name needs no hint
}

TEST_F(Catalog, topic_suggest_ignores_unmapped_topics)
{
	query(db, "INSERT INTO topic (name) VALUES ('blender')");
	EXPECT_EQ(suggest("blendr"), "");
}

TEST_F(Catalog, path_current_is_the_latest_choice_on_or_before_the_day)
{
	EXPECT_EQ(current("2026-11-22"), "");
	choose("backend", "2026-09-01");
	choose("ml", "2026-10-01");
	EXPECT_EQ(current("2026-08-31"), "");
	EXPECT_EQ(current("2026-09-01"), "backend");
	EXPECT_EQ(current("2026-09-30"), "backend");
	EXPECT_EQ(current("2026-10-01"), "ml");
	EXPECT_EQ(current("2026-11-22"), "ml");
}

TEST_F(Catalog, path_current_ties_go_to_the_later_entry)
{
	choose("ml", "2026-10-01");
	choose("devops", "2026-10-01");
	EXPECT_EQ(current("2026-10-01"), "devops");
	choose("backend", "2026-10-01");
	EXPECT_EQ(current("2026-11-01"), "backend");
	// A back-dated choice does not beat a later day.
	choose("automation", "2026-09-01");
	EXPECT_EQ(current("2026-11-01"), "backend");
	EXPECT_EQ(current("2026-09-15"), "automation");
}

TEST_F(Catalog, path_chosen_since_ignores_repeated_choices)
{
	EXPECT_EQ(since("2026-11-22"), "none");
	choose("backend", "2026-09-01");
	choose("backend", "2026-09-15");
	EXPECT_EQ(since("2026-11-22"), "2026-09-01");
	choose("ml", "2026-10-01");
	choose("ml", "2026-11-01");
	EXPECT_EQ(since("2026-11-22"), "2026-10-01");
	EXPECT_EQ(since("2026-09-20"), "2026-09-01");
}

TEST_F(Catalog, path_require_lists_the_choosable_paths)
{
	struct path p;
	path_init(&p);
	EXPECT_EQ(message(path_require(db, "frontend", &p)), "unknown path "
	    "'frontend': use one of backend, ml, data-science, automation, "
	    "data-engineering, devops, or add it with 'track path add SLUG "
	    "NAME'");
	EXPECT_EQ(message(path_require(db, "BACKEND", &p)), "");
	EXPECT_EQ(std::string(p.slug), "backend");
	EXPECT_FALSE(p.fundamentals);
	path_release(&p);
}

TEST_F(Catalog, path_add_comes_after_the_builtin_paths)
{
	ASSERT_EQ(message(path_add(db, "game-dev", "Game development",
	    nullptr)), "");
	EXPECT_EQ(query(db, "SELECT slug, name, description, builtin FROM path "
	    "WHERE slug = 'game-dev'"), "game-dev|Game development||0\n");
	char *list = nullptr;
	ASSERT_EQ(message(path_slug_list(db, &list)), "");
	EXPECT_EQ(std::string(list), "backend, ml, data-science, automation, "
	    "data-engineering, devops, game-dev");
	free(list);
}

TEST_F(Catalog, path_slug_check_accepts_lowercase_digits_and_dashes)
{
	EXPECT_EQ(message(path_slug_check("game-dev")), "");
	EXPECT_EQ(message(path_slug_check("web3")), "");
	EXPECT_EQ(message(path_slug_check("Game")), "invalid path slug 'Game': "
	    "use lowercase letters, digits and '-', starting with a letter "
	    "(e.g. game-dev)");
	EXPECT_NE(message(path_slug_check("3d")), "");
	EXPECT_NE(message(path_slug_check("")), "");
	EXPECT_NE(message(path_slug_check("game dev")), "");
}

TEST_F(Catalog, topic_add_map_and_alias)
{
	ASSERT_EQ(message(topic_add(db, " Pygame ", 2, nullptr)), "");
	std::string path;
	EXPECT_EQ(find("pygame", &path), "pygame");
	EXPECT_EQ(path, "backend");
	int64_t id = std::stoll(query(db, "SELECT id FROM topic WHERE name = "
	    "'pygame'"));
	ASSERT_EQ(message(topic_map(db, id, 3)), "");
	EXPECT_EQ(find("pygame", &path), "pygame");
	EXPECT_EQ(path, "ml");
	ASSERT_EQ(message(topic_alias_add(db, "PG", id)), "");
	EXPECT_EQ(find("pg"), "pygame");
}

TEST_F(Catalog, topic_merge_moves_everything_and_deletes_the_topic)
{
	query(db, "INSERT INTO topic (id, name) VALUES (500, 'djnago');"
	    "INSERT INTO topic_alias (alias, topic_id) VALUES ('djnag', 500);"
	    "INSERT INTO session (uuid, day, minutes, topic_id, kind, origin, "
	    "created) VALUES ('u1', '2026-11-01', 60, 500, 'study', 'manual', "
	    "'x'), ('u2', '2026-11-02', 30, 500, 'study', 'manual', 'x');"
	    "INSERT INTO tutorial (title, topic_id, created) VALUES "
	    "('Django for beginners', 500, 'x');"
	    "INSERT INTO timer (id, started, topic_id, kind) VALUES "
	    "(1, '2026-11-22T09:00:00Z', 500, 'study')");
	int64_t django = std::stoll(query(db, "SELECT id FROM topic WHERE "
	    "name = 'django'"));
	int sessions = -1;
	ASSERT_EQ(message(topic_merge(db, 500, django, &sessions)), "");
	EXPECT_EQ(sessions, 2);
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic WHERE id = 500"), "0\n");
	EXPECT_EQ(query(db, "SELECT DISTINCT t.name FROM session s JOIN topic t "
	    "ON t.id = s.topic_id"), "django\n");
	EXPECT_EQ(query(db, "SELECT t.name FROM tutorial u JOIN topic t ON "
	    "t.id = u.topic_id"), "django\n");
	EXPECT_EQ(query(db, "SELECT t.name FROM timer m JOIN topic t ON "
	    "t.id = m.topic_id"), "django\n");
	EXPECT_EQ(find("djnag"), "django");
}

// Collects topic_each's rows as "name (aliases) [area] {serves}" lines.
static struct error *
collect_topic(const struct topic_row *row, void *arg)
{
	std::string *out = static_cast<std::string *>(arg);
	*out += row->name;
	if (*row->aliases)
		*out += std::string(" (") + row->aliases + ")";
	if (row->area)
		*out += std::string(" [") + row->area + "]";
	if (*row->serves)
		*out += std::string(" {") + row->serves + "}";
	*out += "\n";
	return nullptr;
}

TEST_F(Catalog, topic_each_lists_a_path_with_sorted_aliases)
{
	std::string out;
	int64_t data_engineering = std::stoll(query(db, "SELECT id FROM path "
	    "WHERE slug = 'data-engineering'"));
	ASSERT_EQ(message(topic_each(db, data_engineering, collect_topic,
	    &out)), "");
	EXPECT_EQ(out, "airflow\ndask\ndata-warehousing (bigquery, "
	    "data-warehouse, snowflake)\ndbt\nkafka\npipelines "
	    "(data-pipelines, etl)\nspark (pyspark)\nsqlalchemy {backend}\n");
}

TEST_F(Catalog, topic_each_with_path_zero_lists_the_unmapped)
{
	std::string out;
	query(db, "INSERT INTO topic (name) VALUES ('zig'), ('blender')");
	ASSERT_EQ(message(topic_each(db, 0, collect_topic, &out)), "");
	EXPECT_EQ(out, "blender\nzig\n");
}

} // namespace

namespace {

// A fundamentals topic carries its area ("further" when a user added it
// without one); the served paths come in path order.
TEST_F(Catalog, topic_each_gives_areas_and_served_paths)
{
	std::string out;
	query(db, "INSERT INTO topic (name, path_id) SELECT 'walrus', id FROM "
	    "path WHERE slug = 'fundamentals'");
	ASSERT_EQ(message(topic_each(db, std::stoll(query(db, "SELECT id FROM "
	    "path WHERE slug = 'fundamentals'")), collect_topic, &out)), "");
	EXPECT_NE(out.find("\npython (py, python-basics, python3) [basics]\n"),
	    std::string::npos) << out;
	EXPECT_NE(out.find("\nwalrus [further]\n"), std::string::npos) << out;
	out.clear();
	ASSERT_EQ(message(topic_each(db, std::stoll(query(db, "SELECT id FROM "
	    "path WHERE slug = 'backend'")), collect_topic, &out)), "");
	EXPECT_NE(out.find("\nsql {data-science, data-engineering}\n"),
	    std::string::npos) << out;
}

TEST_F(Catalog, topic_serve_and_unserve_say_what_they_did)
{
	int64_t pandas = std::stoll(query(db, "SELECT id FROM topic WHERE name "
	    "= 'pandas'"));
	int64_t automation = std::stoll(query(db, "SELECT id FROM path WHERE "
	    "slug = 'automation'"));
	int64_t ml = std::stoll(query(db, "SELECT id FROM path WHERE slug = "
	    "'ml'"));
	bool added = false, removed = false, builtin = false;
	ASSERT_EQ(message(topic_serve(db, pandas, automation, &added)), "");
	EXPECT_TRUE(added);
	ASSERT_EQ(message(topic_serve(db, pandas, automation, &added)), "");
	EXPECT_FALSE(added);
	ASSERT_EQ(message(topic_unserve(db, pandas, ml, &removed, &builtin)),
	    "");
	EXPECT_TRUE(removed);
	EXPECT_TRUE(builtin);
	ASSERT_EQ(message(topic_unserve(db, pandas, ml, &removed, &builtin)),
	    "");
	EXPECT_FALSE(removed);
	ASSERT_EQ(message(topic_unserve(db, pandas, automation, &removed,
	    &builtin)), "");
	EXPECT_TRUE(removed);
	EXPECT_FALSE(builtin);
	EXPECT_EQ(query(db, "SELECT p.slug, s.builtin FROM topic_serves s JOIN "
	    "path p ON p.id = s.path_id WHERE s.topic_id = " +
	    std::to_string(pandas)), "data-engineering|1\n");
}

static struct error *
collect_serving(const char *topic, const char *home, void *arg)
{
	*static_cast<std::string *>(arg) += std::string(topic) + "|" + home +
	    "\n";
	return nullptr;
}

TEST_F(Catalog, the_topics_serving_a_path_and_its_prerequisites)
{
	std::string out;
	int64_t ml = std::stoll(query(db, "SELECT id FROM path WHERE slug = "
	    "'ml'"));
	ASSERT_EQ(message(topic_serving_each(db, ml, collect_serving, &out)),
	    "");
	EXPECT_EQ(out, "docker|devops\njupyter|data-science\n"
	    "matplotlib|data-science\nnumpy|data-science\npandas|data-science\n"
	    "probability|data-science\nstatistics|data-science\n");
	char *list = nullptr;
	ASSERT_EQ(message(path_prerequisites(db, ml, &list)), "");
	EXPECT_STREQ(list, "calculus, linear-algebra, probability, statistics");
	free(list);
	ASSERT_EQ(message(path_prerequisites(db, std::stoll(query(db, "SELECT "
	    "id FROM path WHERE slug = 'backend'")), &list)), "");
	EXPECT_STREQ(list, "");
	free(list);
}

} // namespace
