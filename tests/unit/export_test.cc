// The export model (its record cursors) on hand-inserted rows, and
// cmd_export run in-process: exact text on a terminal, invalid UTF-8.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "cli/commands.h"
#include "core/export.h"
}

namespace {

// A history inserted by hand: a user path, a topic mapped to it, an
// alias, a path choice, a project without a path, a tutorial with a
// platform, two sessions out of id order (the tutorial's one estimated,
// as an imported course's time is) and a setting.
const char kHistory[] =
    "INSERT INTO path (slug, name, description) VALUES ('web3', 'Web 3', '');"
    "INSERT INTO topic (name, path_id) "
    " SELECT 'solidity', id FROM path WHERE slug = 'web3';"
    "INSERT INTO topic_alias (alias, topic_id) "
    " SELECT 'sol', id FROM topic WHERE name = 'solidity';"
    "INSERT INTO path_choice (path_id, day, created) "
    " SELECT id, '2026-11-01', '2026-11-01T09:00:00Z' FROM path "
    " WHERE slug = 'backend';"
    "INSERT INTO project (name, started, created) "
    " VALUES ('Toy', '2026-11-02', '2026-11-02T09:00:00Z');"
    "INSERT INTO tutorial (title, topic_id, platform, course_id, progress, "
    " created) SELECT 'Django 5', id, 'udemy', '42', 125.0 / 3, "
    " '2026-11-03T09:00:00Z' FROM topic WHERE name = 'django';"
    "INSERT INTO session (uuid, day, start, minutes, topic_id, kind, "
    " tutorial_id, note, origin, created) SELECT 'u-1', '2026-11-05', NULL, "
    " 45, t.id, 'tutorial', 1, 'watch, then do', 'manual', "
    " '2026-11-05T10:00:00Z' FROM topic t WHERE t.name = 'django';"
    "INSERT INTO session (uuid, day, start, minutes, topic_id, kind, "
    " project_id, origin, created) SELECT 'u-2', '2026-11-04', "
    " '2026-11-04T08:00:00Z', 90, t.id, 'project', 1, 'timer', "
    " '2026-11-04T10:00:00Z' FROM topic t WHERE t.name = 'solidity';"
    "UPDATE session SET estimated = 1 WHERE uuid = 'u-1';"
    "UPDATE setting SET value = 'project' WHERE key = 'default-kind';";

class ExportModel : public ::testing::Test {
protected:
	void SetUp() override
	{
		db = memory_db();
		query(db, kHistory);
	}
	void TearDown() override { sqlite3_close(db); }

	// Every row of one kind, fields joined by '|' (NULL as "NULL").
	std::string rows(enum export_record record,
	    struct export_filter filter = {})
	{
		struct export_cursor *cursor = nullptr;
		struct error *err = export_cursor_open(db, record, &filter,
		    &cursor);
		EXPECT_EQ(err, nullptr);
		if (err != nullptr) {
			error_free(err);
			return "";
		}
		size_t count;
		export_record_fields(record, &count);
		std::string text;
		bool has;
		while ((err = export_cursor_next(cursor, &has)) == nullptr &&
		    has) {
			for (size_t i = 0; i < count; i++) {
				const char *v = export_cursor_text(cursor, i);
				text += (i ? "|" : "");
				text += v ? v : "NULL";
			}
			text += "\n";
		}
		EXPECT_EQ(err, nullptr);
		error_free(err);
		export_cursor_free(cursor);
		return text;
	}

	sqlite3 *db = nullptr;
};

TEST_F(ExportModel, settings_are_only_those_set)
{
	EXPECT_EQ(rows(EXPORT_SETTING), "default-kind|project\n");
}

TEST_F(ExportModel, paths_are_only_the_user_ones_with_null_descriptions)
{
	EXPECT_EQ(rows(EXPORT_PATH), "web3|Web 3|NULL\n");
}

TEST_F(ExportModel, topics_are_all_of_them_by_name)
{
	std::string topics = rows(EXPORT_TOPIC);
	EXPECT_EQ(topics.rfind("airflow|data-engineering\n", 0), 0u);
	EXPECT_NE(topics.find("\nsolidity|web3\nspark|data-engineering\n"),
	    std::string::npos);
	EXPECT_EQ(std::count(topics.begin(), topics.end(), '\n'),
	    std::stoi(query(db, "SELECT count(*) FROM topic")));
}

TEST_F(ExportModel, aliases_can_be_read_for_one_topic)
{
	struct export_filter filter = {};
	filter.topic = "solidity";
	EXPECT_EQ(rows(EXPORT_ALIAS, filter), "sol|solidity\n");
	filter.topic = "django";
	EXPECT_EQ(rows(EXPORT_ALIAS, filter), "dj|django\n");
	filter.topic = "nothing";
	EXPECT_EQ(rows(EXPORT_ALIAS, filter), "");
	EXPECT_NE(rows(EXPORT_ALIAS).find("sklearn|scikit-learn\n"),
	    std::string::npos);
}

TEST_F(ExportModel, choices_projects_and_tutorials_have_their_fields)
{
	EXPECT_EQ(rows(EXPORT_PATH_CHOICE), "backend|2026-11-01\n");
	EXPECT_EQ(rows(EXPORT_PROJECT),
	    "Toy|NULL|2026-11-02|NULL|NULL|NULL|false\n");
	EXPECT_EQ(rows(EXPORT_TUTORIAL), "Django 5|django|udemy|42|"
	    "41.6666666666667|NULL|NULL|NULL\n");
}

TEST_F(ExportModel, contributions_and_only_the_learners_skills_are_there)
{
	EXPECT_EQ(rows(EXPORT_SKILL), "");
	query(db, "UPDATE project SET contribution = 1;"
	    "INSERT INTO skill (name, title, area, path_id) SELECT 'dapps', "
	    "'Dapps', 'domain', id FROM path WHERE slug = 'web3';"
	    "INSERT INTO skill_topic SELECT s.id, t.id FROM skill s, topic t "
	    "WHERE s.name = 'dapps' AND t.name IN ('solidity', 'django');");
	EXPECT_EQ(rows(EXPORT_PROJECT),
	    "Toy|NULL|2026-11-02|NULL|NULL|NULL|true\n");
	EXPECT_EQ(rows(EXPORT_SKILL), "dapps|Dapps|web3|django,solidity\n");
	EXPECT_STREQ(export_record_name(EXPORT_SKILL), "skill");
	EXPECT_STREQ(export_record_json(EXPORT_SKILL), "skills");
}

TEST_F(ExportModel, sessions_come_by_day_with_project_and_tutorial_details)
{
	EXPECT_EQ(rows(EXPORT_SESSION),
	    "u-2|2026-11-04|2026-11-04T08:00:00Z|90|solidity|web3|project|"
	    "Toy|NULL|2026-11-02|NULL|NULL|"
	    "NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|"
	    "NULL|timer|NULL|false\n"
	    "u-1|2026-11-05|NULL|45|django|backend|tutorial|"
	    "NULL|NULL|NULL|NULL|NULL|"
	    "Django 5|django|udemy|42|41.6666666666667|NULL|NULL|NULL|"
	    "watch, then do|manual|NULL|true\n");
}

TEST_F(ExportModel, the_day_range_restricts_sessions_only)
{
	struct export_filter filter = {};
	filter.has_since = true;
	filter.since = 20762;	// 2026-11-05
	EXPECT_EQ(rows(EXPORT_SESSION, filter).substr(0, 4), "u-1|");
	EXPECT_EQ(rows(EXPORT_PROJECT, filter),
	    "Toy|NULL|2026-11-02|NULL|NULL|NULL|false\n");
	filter.has_since = false;
	filter.has_until = true;
	filter.until = 20761;	// 2026-11-04
	EXPECT_EQ(rows(EXPORT_SESSION, filter).substr(0, 4), "u-2|");
	filter.until = 20760;
	EXPECT_EQ(rows(EXPORT_SESSION, filter), "");
}

// The total of export's progress line: every record it writes.
TEST_F(ExportModel, count_is_every_record_and_the_range_takes_sessions)
{
	struct export_filter filter = {};
	long all = -1, lines = 0;
	ASSERT_EQ(export_count(db, &filter, &all), nullptr);
	for (int r = 0; r < EXPORT_RECORD_COUNT; r++) {
		std::string text = rows((enum export_record)r);
		lines += std::count(text.begin(), text.end(), '\n');
	}
	EXPECT_EQ(all, lines);
	// From 2026-11-05 one of the two sessions; up to 2026-11-03 none.
	long some = -1;
	filter.has_since = true;
	filter.since = 20762;
	ASSERT_EQ(export_count(db, &filter, &some), nullptr);
	EXPECT_EQ(some, all - 1);
	filter.has_since = false;
	filter.has_until = true;
	filter.until = 20760;
	ASSERT_EQ(export_count(db, &filter, &some), nullptr);
	EXPECT_EQ(some, all - 2);
}

TEST_F(ExportModel, numbers_keep_their_type)
{
	struct export_filter filter = {};
	struct export_cursor *cursor = nullptr;
	bool has = false;
	ASSERT_EQ(export_cursor_open(db, EXPORT_SESSION, &filter, &cursor),
	    nullptr);
	ASSERT_EQ(export_cursor_next(cursor, &has), nullptr);
	ASSERT_TRUE(has);
	EXPECT_EQ(export_cursor_type(cursor, 3), SQLITE_INTEGER);
	EXPECT_EQ(export_cursor_int(cursor, 3), 90);
	EXPECT_EQ(export_cursor_type(cursor, 2), SQLITE_TEXT);
	EXPECT_EQ(export_cursor_type(cursor, 8), SQLITE_NULL);
	ASSERT_EQ(export_cursor_next(cursor, &has), nullptr);
	EXPECT_EQ(export_cursor_type(cursor, 16), SQLITE_FLOAT);
	EXPECT_DOUBLE_EQ(export_cursor_double(cursor, 16), 125.0 / 3);
	export_cursor_free(cursor);
}

TEST(export_fields, every_csv_column_is_in_the_header)
{
	for (int r = 0; r < EXPORT_RECORD_COUNT; r++) {
		size_t count;
		const struct export_field *fields =
		    export_record_fields((enum export_record)r, &count);
		for (size_t i = 0; i < count; i++) {
			if (fields[i].column == nullptr)
				continue;
			bool found = false;
			for (size_t c = 1; c < export_csv_column_count; c++)
				found |= std::string(export_csv_columns[c]) ==
				    fields[i].column;
			EXPECT_TRUE(found) << fields[i].column;
		}
	}
	EXPECT_EQ(export_csv_column_count, 28u);
	EXPECT_STREQ(export_csv_columns[26], "estimated");
	EXPECT_STREQ(export_csv_columns[27], "contribution");
	EXPECT_TRUE(export_column_boolean("estimated"));
	EXPECT_TRUE(export_column_boolean("contribution"));
	EXPECT_FALSE(export_column_boolean("minutes"));
	EXPECT_STREQ(export_csv_columns[0], "record");
	EXPECT_STREQ(export_record_name(EXPORT_PATH_CHOICE), "path_choice");
}

// ---------------------------------------------------------------------
// cmd_export in-process

// Runs cmd_export on db with out flagged as a terminal; returns stdout
// and puts stderr in *warnings.
std::string
export_on_terminal(sqlite3 *db, std::vector<std::string> args,
    std::string *warnings)
{
	char *out_text = nullptr, *err_text = nullptr;
	size_t out_size = 0, err_size = 0;
	struct track t = {};
	t.db = db;
	t.out = open_memstream(&out_text, &out_size);
	t.err = open_memstream(&err_text, &err_size);
	t.today = 20780;	// 2026-11-23
	t.out_is_terminal = true;
	args.insert(args.begin(), "export");
	std::vector<char *> argv;
	for (auto &a : args)
		argv.push_back(&a[0]);
	argv.push_back(nullptr);
	struct error *err = cmd_export(&t, (int)args.size(), argv.data());
	EXPECT_EQ(err, nullptr) << (err ? err->message : "");
	error_free(err);
	fclose(t.out);
	fclose(t.err);
	std::string out(out_text, out_size);
	*warnings = std::string(err_text, err_size);
	free(out_text);
	free(err_text);
	return out;
}

TEST_F(ExportModel, a_terminal_gets_the_exact_text)
{
	query(db, "UPDATE session SET note = 'red \x1b[31m!' || char(7) "
	    "WHERE uuid = 'u-1'");
	std::string warnings;
	std::string csv = export_on_terminal(db, {}, &warnings);
	EXPECT_NE(csv.find(",red \x1b[31m!\x07,manual,"), std::string::npos);
	std::string json = export_on_terminal(db, { "--format", "json" },
	    &warnings);
	EXPECT_NE(json.find("\"note\": \"red \\u001B[31m!\\u0007\""),
	    std::string::npos);
	EXPECT_EQ(warnings, "");
}

TEST_F(ExportModel, json_replaces_invalid_utf8_and_says_so)
{
	query(db, "UPDATE session SET note = CAST(X'6F6BFF21' AS TEXT) "
	    "WHERE uuid = 'u-1'");
	std::string warnings;
	std::string csv = export_on_terminal(db, {}, &warnings);
	EXPECT_NE(csv.find(",ok\xff!,manual,"), std::string::npos);
	EXPECT_EQ(warnings, "");
	std::string json = export_on_terminal(db, { "--format", "json" },
	    &warnings);
	EXPECT_NE(json.find("\"note\": \"ok\xef\xbf\xbd!\""),
	    std::string::npos);
	EXPECT_EQ(warnings, "track: warning: 1 text was not valid UTF-8: the "
	    "JSON has U+FFFD in its place (--format csv keeps them exact)\n");
}

}  // namespace
