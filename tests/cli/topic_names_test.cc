// End-to-end: topic names (SPEC §5.1, issue 15 case 15). Case does not
// matter, and spaces, underscores and hyphens are the same character for
// every lookup: `track log`, `start`, `edit`, `ls --topic`, `tutorial
// add --topic`, `topic add|alias`, and the importer's inference. A new
// unmapped topic keeps the name as typed (lowercase), and is found again
// however its separators are typed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

class TopicNames : public ::testing::Test {
protected:
	RunResult track(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db });
		return run_track(args, kEnv);
	}

	// Runs a command that must succeed with exactly out and err.
	void ok(const std::vector<std::string> &args, const std::string &out,
	    const std::string &err = "")
	{
		RunResult r = track(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.out, out);
		EXPECT_EQ(r.err, err);
	}

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

	// Each session's topic and its path, in id order.
	std::string topics()
	{
		return query(db, "SELECT s.id, t.name, ifnull(p.slug, 'unmapped') "
		    "FROM session s JOIN topic t ON t.id = s.topic_id LEFT JOIN "
		    "path p ON p.id = t.path_id ORDER BY s.id");
	}

	TempDir dir;
	std::string db = dir.file("track.db");
};

// Issue 15 case 15: version 1 stored "machine learning" unmapped.
TEST_F(TopicNames, log_finds_the_catalog_topic_however_it_is_separated)
{
	ok({ "log", "30m", "machine learning" }, "logged 30m machine-learning "
	    "(ml, study) on 2026-11-22 as #1\n");
	ok({ "log", "30m", "Machine_Learning" }, "logged 30m machine-learning "
	    "(ml, study) on 2026-11-22 as #2\n");
	ok({ "log", "30m", " machine - learning " }, "logged 30m "
	    "machine-learning (ml, study) on 2026-11-22 as #3\n");
	ok({ "log", "30m", "SCIKIT LEARN" }, "logged 30m scikit-learn (ml, "
	    "study) on 2026-11-22 as #4\n");
	// Aliases too: data-structures-and-algorithms is one of algorithms.
	ok({ "log", "30m", "data structures and algorithms" }, "logged 30m "
	    "algorithms (fundamentals, study) on 2026-11-22 as #5\n");
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic WHERE path_id IS NULL"),
	    "0\n");
}

// The importer's inference and `track log` agree on the same words.
TEST_F(TopicNames, log_and_import_map_the_same_words_to_the_same_topic)
{
	std::string csv = dir.file("generic.csv");
	write_file(csv, "date,duration,topic\n2026-11-20,1h,machine learning\n"
	    "2026-11-21,1h,Deep_Learning\n");
	RunResult r = track({ "import", csv });
	ASSERT_EQ(r.status, 0) << r.err;
	ok({ "log", "1h", "deep learning" }, "logged 1h deep-learning (ml, "
	    "study) on 2026-11-22 as #3\n");
	ok({ "log", "1h", "Machine_learning" }, "logged 1h machine-learning "
	    "(ml, study) on 2026-11-22 as #4\n");
	EXPECT_EQ(topics(), "1|machine-learning|ml\n2|deep-learning|ml\n"
	    "3|deep-learning|ml\n4|machine-learning|ml\n");
}

// A new topic keeps the name as typed (lowercase); any other spelling
// of its words finds it again, quietly.
TEST_F(TopicNames, an_unmapped_topic_is_one_topic_however_it_is_separated)
{
	ok({ "log", "1h", "Web Scraping Stuff" }, "logged 1h web scraping "
	    "stuff (unmapped, study) on 2026-11-22 as #1\n", "track: unknown "
	    "topic 'web scraping stuff' stored unmapped: map it with 'track "
	    "topic add 'web scraping stuff' --path PATH'\n");
	ok({ "log", "1h", "web_scraping-stuff" }, "logged 1h web scraping "
	    "stuff (unmapped, study) on 2026-11-22 as #2\n");
	ok({ "start", "WEB-SCRAPING-STUFF" }, "started web scraping stuff "
	    "(unmapped, study) at 10:00\n");
	EXPECT_EQ(query(db, "SELECT name FROM topic WHERE path_id IS NULL"),
	    "web scraping stuff\n");
	ok({ "topic", "add", "web_scraping_stuff", "--path", "automation" },
	    "mapped 'web scraping stuff' to automation\n");
	EXPECT_EQ(topics(), "1|web scraping stuff|automation\n"
	    "2|web scraping stuff|automation\n");
}

// "Did you mean" compares the words, whatever separates them.
TEST_F(TopicNames, the_hint_still_names_the_closest_topic)
{
	ok({ "log", "1h", "machine lerning" }, "logged 1h machine lerning "
	    "(unmapped, study) on 2026-11-22 as #1\n", "track: unknown topic "
	    "'machine lerning' stored unmapped: did you mean "
	    "'machine-learning'? (map it with 'track topic alias 'machine "
	    "lerning' machine-learning' or 'track topic add 'machine lerning' "
	    "--path PATH')\n");
	refused({ "ls", "--topic", "djnago rest" }, 2, "unknown topic 'djnago "
	    "rest': 'track topic list' shows the topics");
	refused({ "ls", "--topic", "scikit lern" }, 2, "unknown topic 'scikit "
	    "lern': did you mean 'scikit-learn'? ('track topic list' shows the "
	    "topics)");
}

// Every other command that names a topic finds it the same way.
TEST_F(TopicNames, every_command_naming_a_topic_finds_it_the_same_way)
{
	ok({ "tutorial", "add", "Andrew Ng", "--topic", "Machine Learning" },
	    "added tutorial 'Andrew Ng' (machine-learning, ml), started "
	    "2026-11-22\n");
	ok({ "log", "1h", "flask" }, "logged 1h flask (backend, study) on "
	    "2026-11-22 as #1\n");
	ok({ "edit", "1", "--topic", "deep_learning" }, "updated #1: 1h "
	    "deep-learning (ml, study) on 2026-11-22\n");
	EXPECT_EQ(topics(), "1|deep-learning|ml\n");
	RunResult r = track({ "ls", "--topic", "Deep Learning", "--format",
	    "csv" });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_NE(r.out.find(",deep-learning,"), std::string::npos) << r.out;
	ok({ "topic", "alias", "neural nets", "deep learning" },
	    "added alias 'neural nets' for deep-learning\n");
	ok({ "log", "1h", "Neural-Nets" }, "logged 1h deep-learning (ml, "
	    "study) on 2026-11-22 as #2\n");
	ok({ "topic", "add", "Machine Learning", "--path", "ml" },
	    "'machine-learning' is already in ml: nothing changed\n");
	ok({ "topic", "add", "scikit_learn", "--path", "automation" },
	    "moved 'scikit-learn' from ml to automation\n");
	refused({ "topic", "alias", "machine learning", "machine-learning" }, 2,
	    "'machine learning' is the topic itself: an alias must be another "
	    "name");
	refused({ "topic", "alias", "Deep_Learning", "pytorch" }, 2,
	    "'deep_learning' is already a topic of ml: an alias must be a new "
	    "name (or an unmapped topic to merge)");
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic WHERE path_id IS NULL"),
	    "0\n");
}

// A name of separators only names nothing.
TEST_F(TopicNames, a_name_of_separators_only_is_refused)
{
	refused({ "log", "1h", "_" }, 2, "invalid topic '_': spaces, '-' and "
	    "'_' only separate words; name what the session is about, e.g. "
	    "django");
	refused({ "log", "1h", " - " }, 2, "invalid topic ' - ': spaces, '-' "
	    "and '_' only separate words; name what the session is about, e.g. "
	    "django");
}

/* ---------------------------------------------------------------------
 * A database of version 7, which kept other spellings as topics
 */

// Version 1 stored what the catalog did not find as it was typed: the
// same words became topics of their own beside the catalog's.
const char kVersion7Topics[] = R"(
INSERT INTO topic (id, name, path_id) VALUES
 (500, 'machine learning', NULL),
 (501, 'screen_printing', NULL),
 (502, 'screen printing', NULL),
 (503, 'deep learning', (SELECT id FROM path WHERE slug = 'data-science')),
 (504, 'data structures and algorithms', NULL),
 (505, 'dl stuff', (SELECT id FROM path WHERE slug = 'automation'));
INSERT INTO topic_alias (alias, topic_id) VALUES
 ('ml stuff', 500), ('dl_stuff', (SELECT id FROM topic WHERE name = 'django'));
INSERT INTO topic_serves (topic_id, path_id) VALUES
 (503, (SELECT id FROM path WHERE slug = 'backend'));
INSERT INTO project (id, name, started, created) VALUES
 (1, 'Recommender', '2026-10-01', 'x');
INSERT INTO tutorial (id, title, topic_id, created) VALUES
 (1, 'Andrew Ng', 500, 'x');
INSERT INTO session (id, uuid, day, minutes, topic_id, kind, project_id,
    tutorial_id, origin, created) VALUES
 (1, 'u1', '2026-10-01', 60, 500, 'project', 1, NULL, 'manual', 'x'),
 (2, 'u2', '2026-10-02', 30, 500, 'tutorial', NULL, 1, 'manual', 'x'),
 (3, 'u3', '2026-10-02', 45, 501, 'study', NULL, NULL, 'manual', 'x'),
 (4, 'u4', '2026-10-03', 20, 502, 'study', NULL, NULL, 'manual', 'x'),
 (5, 'u5', '2026-10-03', 90, 503, 'study', NULL, NULL, 'manual', 'x'),
 (6, 'u6', '2026-11-04', 15, 504, 'study', NULL, NULL, 'manual', 'x'),
 (7, 'u7', '2026-11-04', 10, 505, 'study', NULL, NULL, 'manual', 'x');
INSERT INTO timer (id, started, topic_id, kind) VALUES
 (1, '2026-11-22T09:00:00Z', 502, 'study');
)";

// Schema 008 makes topics of one key one topic: the catalog's when it has
// one (a name, else an alias), else the oldest; what was theirs follows.
TEST_F(TopicNames, a_version_7_database_merges_topics_of_one_key)
{
	make_db_at_version(db, 7, kVersion7Topics);
	ok({ "topic", "list", "--path", "unmapped" },
	    "unmapped:\n  screen_printing\n");
	EXPECT_EQ(topics(), "1|machine-learning|ml\n2|machine-learning|ml\n"
	    "3|screen_printing|unmapped\n4|screen_printing|unmapped\n"
	    "5|deep-learning|ml\n6|algorithms|fundamentals\n"
	    "7|dl stuff|automation\n");
	// (Schema 012's new catalog topics come after them.)
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic WHERE id BETWEEN 500 "
	    "AND 505"), "2\n");
	EXPECT_EQ(query(db, "SELECT u.title, t.name FROM tutorial u JOIN topic "
	    "t ON t.id = u.topic_id"), "Andrew Ng|machine-learning\n");
	EXPECT_EQ(query(db, "SELECT t.name FROM timer m JOIN topic t ON "
	    "t.id = m.topic_id"), "screen_printing\n");
	// The merged topic's alias and serving relation came along; the
	// alias 'dl_stuff' of django, shadowed by the topic 'dl stuff', went.
	EXPECT_EQ(query(db, "SELECT t.name FROM topic_alias a JOIN topic t ON "
	    "t.id = a.topic_id WHERE a.alias IN ('ml stuff', 'dl_stuff')"),
	    "machine-learning\n");
	EXPECT_EQ(query(db, "SELECT p.slug FROM topic_serves s JOIN path p ON "
	    "p.id = s.path_id JOIN topic t ON t.id = s.topic_id WHERE t.name = "
	    "'deep-learning' ORDER BY 1"), "backend\n");
	// The summaries follow the sessions.
	EXPECT_EQ(query(db, "SELECT t.name, m.kind, m.minutes, m.sessions FROM "
	    "topic_total m JOIN topic t ON t.id = m.topic_id WHERE t.id >= 500 "
	    "OR t.name IN ('machine-learning', 'deep-learning', 'algorithms') "
	    "ORDER BY 1, 2"), "algorithms|study|15|1\n"
	    "deep-learning|study|90|1\ndl stuff|study|10|1\n"
	    "machine-learning|project|60|1\nmachine-learning|tutorial|30|1\n"
	    "screen_printing|study|65|2\n");
	EXPECT_EQ(query(db, "SELECT month, path_id, minutes FROM "
	    "month_path_total WHERE month = '2026-10' ORDER BY 2"),
	    query(db, "SELECT '2026-10', 0, 65 UNION ALL SELECT '2026-10', id, "
	    "180 FROM path WHERE slug = 'ml'"));
	EXPECT_EQ(query(db, "SELECT t.name, p.minutes FROM project_topic_total "
	    "p JOIN topic t ON t.id = p.topic_id"), "machine-learning|60\n");
	EXPECT_EQ(query(db, "PRAGMA foreign_key_check"), "");
	// And each spelling now finds its one topic.
	ok({ "log", "1h", "Screen Printing" }, "logged 1h screen_printing (unmapped, "
	    "study) on 2026-11-22 as #8\n");
	ok({ "log", "1h", "dl_stuff" }, "logged 1h dl stuff (automation, "
	    "study) on 2026-11-22 as #9\n");
}

} // namespace
