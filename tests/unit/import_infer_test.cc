// Topic and kind inference, and format detection by header.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "core/db.h"
#include "importers/infer.h"
#include "importers/profiles.h"
}

namespace {

class Matcher : public ::testing::Test {
protected:
	void SetUp() override
	{
		db_ = memory_db();
		ASSERT_EQ(matcher_load(db_, &m_), nullptr);
	}
	void TearDown() override
	{
		matcher_free(m_);
		sqlite3_close(db_);
	}
	std::string find(const char *text)
	{
		const struct catalog_name *c = matcher_find(m_, text);
		return c ? c->topic : "";
	}
	sqlite3 *db_ = nullptr;
	struct matcher *m_ = nullptr;
};

std::string
detect(std::vector<const char *> header)
{
	const struct profile *p = profile_detect(
	    const_cast<char *const *>(header.data()), header.size());
	return p ? p->name : "";
}

} // namespace

TEST(import_infer, normalises_dashes_underscores_and_spaces)
{
	char out[64];
	infer_normalize("  Django-Blog__API  v2 ", out);
	EXPECT_STREQ(out, "django blog api v2");
}

TEST_F(Matcher, longest_catalog_name_as_whole_words)
{
	EXPECT_EQ(find("django-blog"), "django");
	EXPECT_EQ(find("Django 5: Build Web Apps, Step by Step"), "django");
	EXPECT_EQ(find("Python Data Structures in Depth"), "data-structures");
	EXPECT_EQ(find("Scikit_Learn course"), "scikit-learn");
	EXPECT_EQ(find("sklearn"), "scikit-learn");
	EXPECT_EQ(find("Todo app"), "");
	EXPECT_EQ(find("djangonauts"), "");	// not a whole word
	EXPECT_EQ(find("django-blog"), "django");	// cached answer
}

TEST_F(Matcher, exact_names_and_aliases)
{
	const struct catalog_name *c = matcher_exact(m_, "PD");
	ASSERT_NE(c, nullptr);
	EXPECT_STREQ(c->topic, "pandas");
	EXPECT_EQ(matcher_exact(m_, "side project"), nullptr);
}

TEST_F(Matcher, kind_words_from_the_table)
{
	EXPECT_EQ(matcher_kinds(m_, "Broadcasting video (part 2)"),
	    (unsigned)KIND_WORD_TUTORIAL);
	EXPECT_EQ(matcher_kinds(m_, "Build the items endpoint"),
	    (unsigned)KIND_WORD_PROJECT);
	EXPECT_EQ(matcher_kinds(m_, "course, week-3"),
	    (unsigned)KIND_WORD_TUTORIAL);
	EXPECT_EQ(matcher_kinds(m_, "Lessons while building"),
	    (unsigned)(KIND_WORD_TUTORIAL | KIND_WORD_PROJECT));
	EXPECT_EQ(matcher_kinds(m_, "rebuild projector"), 0u);
}

TEST(import_profiles, detects_each_format_by_its_header)
{
	EXPECT_EQ(detect({ "date", "duration", "topic" }), "generic");
	EXPECT_EQ(detect({ "Date", "Duration", "Topic", "note" }), "generic");
	EXPECT_EQ(detect({ "User", "Email", "Project", "Description",
	    "Start date", "Start time", "Duration" }), "toggl");
	EXPECT_EQ(detect({ "Project", "Description", "Start Date",
	    "Start Time", "Duration (decimal)" }), "clockify");
	EXPECT_EQ(detect({ "Date", "Project", "Task", "Notes", "Hours" }),
	    "harvest");
	EXPECT_EQ(detect({ "Course ID", "Course Title", "% Marked Completed",
	    "Minutes Video Consumed" }), "udemy");
	EXPECT_EQ(detect({ "Course", "Course Slug", "Overall Progress",
	    "Total Estimated Learning Hours (since enrolled)" }), "coursera");
	EXPECT_EQ(detect({ "Content Title", "Content Type",
	    "Content Completed At (if completed)", "" }), "linkedin");
	EXPECT_EQ(detect({ "id", "start", "stop", "project", "tags" }), "watson");
	EXPECT_EQ(detect({ "from", "to", "project", "tag", "time" }),
	    "watson-report");
	EXPECT_EQ(detect({ "uuid", "day", "minutes", "topic", "kind" }), "track");
	EXPECT_EQ(detect({ "Day", "Spent", "Subject" }), "");
}

TEST(import_profiles, map_overrides_and_missing_columns)
{
	std::vector<const char *> header = { "Day", "Spent", "Subject" };
	char *maps[] = { const_cast<char *>("day=date"),
		const_cast<char *>("Spent=duration"), nullptr };
	struct header_map map;
	enum field missing;
	ASSERT_EQ(header_map_build(&map, profile_find("generic"),
	    const_cast<char *const *>(header.data()), header.size(), maps,
	    &missing), nullptr);
	EXPECT_EQ(map.column[F_DATE], 0);
	EXPECT_EQ(map.column[F_DURATION], 1);
	EXPECT_EQ(missing, F_TOPIC);
	char *bad[] = { const_cast<char *>("Spent=length"), nullptr };
	struct error *err = header_map_build(&map, profile_find("generic"),
	    const_cast<char *const *>(header.data()), header.size(), bad,
	    &missing);
	ASSERT_NE(err, nullptr);
	EXPECT_EQ(std::string(err->message).rfind("unknown field 'length' in "
	    "--map 'Spent=length': use one of date, start,", 0), 0u);
	error_free(err);
}

// ---------------------------------------------------------------------
// The matcher kept on a connection

namespace {

// How many times the catalog was loaded on kept connection db: the runs
// of its kept statement reading the catalog names.
int
loads(sqlite3 *db)
{
	for (sqlite3_stmt *s = sqlite3_next_stmt(db, nullptr); s != nullptr;
	    s = sqlite3_next_stmt(db, s))
		if (std::string(sqlite3_sql(s)).rfind("SELECT t.name, t.id", 0) ==
		    0)
			return sqlite3_stmt_status(s, SQLITE_STMTSTATUS_RUN, 0);
	return 0;
}

// The topic matcher_get's matcher finds in text ("" for none).
std::string
kept_find(sqlite3 *db, const char *text)
{
	struct matcher *m = nullptr;
	struct error *err = matcher_get(db, &m);
	EXPECT_EQ(err, nullptr) << (err ? err->message : "");
	error_free(err);
	if (m == nullptr)
		return "?";
	const struct catalog_name *c = matcher_find(m, text);
	std::string topic = c ? c->topic : "";
	matcher_put(db, m);
	return topic;
}

} // namespace

TEST(import_infer, a_kept_matcher_is_loaded_again_when_the_catalog_changes)
{
	sqlite3 *db = memory_db();
	db_keep(db);
	EXPECT_EQ(kept_find(db, "godot jam"), "");
	EXPECT_EQ(kept_find(db, "django blog"), "django");
	EXPECT_EQ(loads(db), 1) << "nothing changed: loaded once";

	// An unmapped topic is no catalog name: kept.
	ASSERT_EQ(db_exec(db, "INSERT INTO topic (name) VALUES ('godot')",
	    nullptr), nullptr);
	EXPECT_EQ(kept_find(db, "godot jam"), "");
	EXPECT_EQ(loads(db), 1);
	// Mapping it (an update) changes the catalog.
	ASSERT_EQ(db_exec(db, "UPDATE topic SET path_id = (SELECT id FROM path "
	    "WHERE slug = 'backend') WHERE name = 'godot'", nullptr), nullptr);
	EXPECT_EQ(kept_find(db, "godot jam"), "godot");
	EXPECT_EQ(loads(db), 2);
	// So does a mapped topic inserted, and an alias.
	ASSERT_EQ(db_exec(db, "INSERT INTO topic (name, path_id) SELECT "
	    "'bevy', id FROM path WHERE slug = 'backend'", nullptr), nullptr);
	EXPECT_EQ(kept_find(db, "bevy game"), "bevy");
	EXPECT_EQ(loads(db), 3);
	ASSERT_EQ(db_exec(db, "INSERT INTO topic_alias (alias, topic_id) SELECT "
	    "'gd', id FROM topic WHERE name = 'godot'", nullptr), nullptr);
	EXPECT_EQ(kept_find(db, "gd jam"), "godot");
	EXPECT_EQ(loads(db), 4);

	// A mapped topic inserted and rolled back: looked for, not found.
	ASSERT_EQ(db_begin(db, true), nullptr);
	ASSERT_EQ(db_exec(db, "INSERT INTO topic (name, path_id) SELECT "
	    "'love2d', id FROM path WHERE slug = 'backend'", nullptr), nullptr);
	db_rollback(db);
	EXPECT_EQ(kept_find(db, "love2d game"), "");
	EXPECT_EQ(loads(db), 4);

	db_unkeep(db);
	sqlite3_close(db);
}

TEST(import_infer, a_kept_matcher_sees_another_connections_commit)
{
	TempDir dir;
	std::string path = dir.file("track.db");
	sqlite3 *db = nullptr, *other = nullptr;
	bool created = false;
	ASSERT_EQ(db_open(path.c_str(), DB_WRITE, &db, &created), nullptr);
	ASSERT_EQ(db_migrate(db), nullptr);
	EXPECT_EQ(kept_find(db, "godot jam"), "");
	ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
	ASSERT_EQ(db_exec(other, "INSERT INTO topic (name, path_id) SELECT "
	    "'godot', id FROM path WHERE slug = 'backend'", nullptr), nullptr);
	sqlite3_close(other);
	EXPECT_EQ(kept_find(db, "godot jam"), "godot");
	EXPECT_EQ(loads(db), 2);
	db_close(db);
}

TEST(import_infer, a_matcher_of_a_connection_not_kept_is_its_own)
{
	sqlite3 *db = memory_db();
	struct matcher *a = nullptr, *b = nullptr;
	ASSERT_EQ(matcher_get(db, &a), nullptr);
	ASSERT_EQ(matcher_get(db, &b), nullptr);
	EXPECT_NE(a, b);
	matcher_put(db, a);
	matcher_put(db, b);
	sqlite3_close(db);
}
