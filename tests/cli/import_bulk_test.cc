// End-to-end: the import's bulk path (issue 20). Past import.bulk-rows
// sessions an import drops the project_week trigger and the secondary
// indexes of session inside its transaction and rebuilds every summary
// set-wise before it commits; the database must be the one the
// row-by-row path makes from the same file on the same history, table by
// table and row by row, schema text included, and `track import undo`
// must take a bulk import back to the summaries it found.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// A generic CSV of rows sessions from 2026-03-02 on (a few a day), with
// projects, tutorials, a topic outside the catalog, notes, and every
// seventh row written twice (two identical sessions, both imported).
std::string
bulk_csv(int rows)
{
	static const char *const topics[] = { "python", "django", "sql",
		"rust-embedded" };
	static const char *const kinds[] = { "study", "project", "tutorial" };
	static const char *const projects[] = { "Blog engine", "Chess bot" };
	std::string csv = "date,duration,topic,kind,project,tutorial,note\n";
	char line[200];

	for (int i = 0; i < rows; i++) {
		int day = i / 3, kind = i % 3;
		std::snprintf(line, sizeof(line), "2026-%02d-%02d,%dm,%s,%s,%s,%s,"
		    "%s\n", 3 + day / 28, 1 + day % 28, 20 + i % 97,
		    topics[i % 4], kinds[kind], kind == 1 ? projects[i % 2] : "",
		    kind == 2 ? (i % 2 ? "Flask Mega" : "SQL Basics") : "",
		    i % 11 == 0 ? "pair session" : "");
		csv += line;
		if (i % 7 == 0)
			csv += line;
	}
	return csv;
}

// Every table of the database at path, each row in a fixed order, after
// sqlite_schema's rows (type, name, table, SQL) by name. Session uuids
// are random per run: they read as '-' (their count is checked apart).
std::string
dump(const std::string &path)
{
	std::string out = query(path, "SELECT type, name, tbl_name, sql FROM "
	    "sqlite_schema ORDER BY type, name");
	std::string tables = query(path, "SELECT name FROM sqlite_schema WHERE "
	    "type = 'table' ORDER BY name");
	size_t at = 0, end;

	while ((end = tables.find('\n', at)) != std::string::npos) {
		std::string table = tables.substr(at, end - at);
		std::string columns = query(path, "SELECT group_concat(iif(name "
		    "= 'uuid', '''-''', '\"' || name || '\"'), ', ') FROM "
		    "pragma_table_info('" + table + "')");
		std::string order = query(path, "SELECT group_concat(cid + 1, "
		    "', ') FROM pragma_table_info('" + table + "')");
		columns.pop_back();
		order.pop_back();
		out += "== " + table + "\n" + query(path, "SELECT " + columns +
		    " FROM \"" + table + "\" ORDER BY " + order);
		at = end + 1;
	}
	return out;
}

void
copy(const std::string &from, const std::string &to)
{
	std::ifstream in(from, std::ios::binary);
	std::ofstream out(to, std::ios::binary);
	out << in.rdbuf();
}

// A history holding sessions in the months, days and projects of
// bulk_csv(rows) (by hand and by an import of its first rows, row by
// row), checkpointed into its file so that copies of the file are whole.
class Bulk : public TrackDb {
public:
	explicit Bulk(int rows) : TrackDb(kEnv), csv_(write("all.csv",
	    bulk_csv(rows)))
	{
		std::string all = bulk_csv(rows);
		size_t cut = 0;

		for (int i = 0; i < 41; i++)
			cut = all.find('\n', cut) + 1;
		ok({ "log", "45m", "python", "--date", "2026-03-03" });
		ok({ "project", "add", "Chess bot" });
		ok({ "log", "1h", "django", "--date", "2026-04-10", "--project",
		    "Chess bot" });
		ok({ "config", "set", "import.bulk-rows", "1000000000" });
		ok({ "import", write("first.csv", all.substr(0, cut)) });
		ok({ "config", "unset", "import.bulk-rows" });
		exec("PRAGMA wal_checkpoint(TRUNCATE)");
	}
	const std::string &csv() const { return csv_; }
	// A copy of the history at name, imported with settings set.
	std::string imported(const std::string &name,
	    const std::vector<std::pair<std::string, std::string>> &settings)
	{
		std::string copy_path = dir_.file(name);
		copy(path(), copy_path);
		for (const auto &s : settings)
			EXPECT_EQ(run_copy(copy_path, { "config", "set", s.first,
			    s.second }).status, 0);
		RunResult r = run_copy(copy_path, { "import", csv_ });
		EXPECT_EQ(r.status, 0) << r.err;
		for (const auto &s : settings)
			EXPECT_EQ(run_copy(copy_path, { "config", "unset",
			    s.first }).status, 0);
		return copy_path;
	}
	RunResult run_copy(const std::string &db,
	    std::vector<std::string> args) const
	{
		args.insert(args.begin(), { "--db", db });
		return run_track(args, env_);
	}

private:
	std::string csv_;
};

// Whether the bulk path ran on the database at db: what it made again
// comes after the objects of later migrations in sqlite_schema.
bool
rebuilt(const std::string &db)
{
	return query(db, "SELECT (SELECT rowid FROM sqlite_schema WHERE name = "
	    "'session_day') > (SELECT rowid FROM sqlite_schema WHERE name = "
	    "'import_legacy_family')") == "1\n";
}

}  // namespace

TEST(cli_import_bulk, same_database_as_row_by_row)
{
	Bulk history(600);
	std::string row = history.imported("row.db", {
	    { "import.bulk-rows", "1000000000" } });
	std::string bulk = history.imported("bulk.db", {
	    { "import.bulk-rows", "100" }, { "import.bulk-share", "0" } });

	ASSERT_FALSE(rebuilt(row));
	ASSERT_TRUE(rebuilt(bulk));
	// 600 rows and the 86 written twice (40 of these lines imported
	// before), and the 2 logged: every table holds the same rows, and
	// each session a uuid of its own.
	EXPECT_EQ(query(bulk, "SELECT count(*), count(DISTINCT uuid), "
	    "(SELECT sum(minutes) FROM day_total) = sum(minutes) FROM session"),
	    "688|688|1\n");
	EXPECT_EQ(dump(bulk), dump(row));
	expect_summaries_match_sessions(bulk);
	EXPECT_EQ(query(bulk, "PRAGMA integrity_check"), "ok\n");
}

// The file's duplicates and identical rows are told apart while the
// indexes are down: a second import of the same file adds nothing.
TEST(cli_import_bulk, duplicates_found_while_suspended)
{
	Bulk history(400);
	std::string bulk = history.imported("bulk.db", {
	    { "import.bulk-rows", "10" }, { "import.bulk-share", "0" } });
	std::string more = "date,duration,topic,kind,project,tutorial,note\n";

	ASSERT_TRUE(rebuilt(bulk));
	// 30 new sessions first, so the bulk path begins, then every row of
	// the file again.
	for (int day = 1; day <= 30; day++)
		more += "2025-01-" + std::string(day < 10 ? "0" : "") +
		    std::to_string(day) + ",30m,python,study,,,\n";
	more += read_file(history.csv()).substr(more.find('\n') + 1);
	ASSERT_EQ(history.run_copy(bulk, { "config", "set", "import.bulk-rows",
	    "10" }).status, 0);
	ASSERT_EQ(history.run_copy(bulk, { "config", "set",
	    "import.bulk-share", "0" }).status, 0);
	RunResult again = history.run_copy(bulk, { "import",
	    history.write("more.csv", more) });
	EXPECT_EQ(again.status, 0) << again.err;
	// 400 rows and 58 written twice: 458 duplicates.
	EXPECT_NE(again.out.find("488 rows, 30 sessions added, 0 tutorials "
	    "added, 458 duplicates skipped"), std::string::npos) << again.out;
	EXPECT_EQ(query(bulk, "SELECT count(*) FROM session"), "490\n");
	expect_summaries_match_sessions(bulk);
}

// The bulk path takes the summaries of a history that a large history
// leaves row by row: a file smaller than import.bulk-share percent of the
// sessions held is not worth rebuilding every index for.
TEST(cli_import_bulk, share_of_the_history_decides)
{
	Bulk history(300);
	std::string kept = history.imported("kept.db", {
	    { "import.bulk-rows", "10" }, { "import.bulk-share", "1000" } });
	std::string bulk = history.imported("bulk.db", {
	    { "import.bulk-rows", "10" }, { "import.bulk-share", "100" } });

	EXPECT_FALSE(rebuilt(kept));
	EXPECT_TRUE(rebuilt(bulk));
	EXPECT_EQ(dump(kept), dump(bulk));
}

// Undo of a bulk import: every summary, and the schema, as they were.
TEST(cli_import_bulk, undo_restores_the_summaries)
{
	Bulk history(600);
	std::string before = history.imported("before.db", {
	    { "import.bulk-rows", "1000000000" } });
	std::string bulk = history.imported("bulk.db", {
	    { "import.bulk-rows", "100" }, { "import.bulk-share", "0" } });
	const std::string summaries = "SELECT 'month', * FROM month_total "
	    "UNION ALL SELECT 'project', * FROM project_total UNION ALL SELECT "
	    "'day', *, NULL, NULL FROM day_total UNION ALL SELECT 'week', *, "
	    "NULL FROM project_week UNION ALL SELECT 'topic', *, NULL FROM "
	    "topic_total UNION ALL SELECT 'path', *, NULL FROM month_path_total "
	    "UNION ALL SELECT 'ptopic', *, NULL FROM project_topic_total UNION "
	    "ALL SELECT 'psum', *, NULL, NULL FROM project_sum UNION ALL SELECT "
	    "'weekdays', *, NULL, NULL, NULL FROM week_total ORDER BY 1, 2, 3, 4, "
	    "5, 6";
	const std::string schema = "SELECT type, name, tbl_name, sql FROM "
	    "sqlite_schema ORDER BY type, name";

	ASSERT_TRUE(rebuilt(bulk));
	// The history before either import: the row-by-row copy, undone.
	ASSERT_EQ(history.run_copy(before, { "import", "undo" }).status, 0);
	std::string want = query(before, summaries);
	ASSERT_NE(want, query(bulk, summaries));
	RunResult undo = history.run_copy(bulk, { "import", "undo" });
	EXPECT_EQ(undo.status, 0) << undo.err;
	EXPECT_EQ(query(bulk, summaries), want);
	EXPECT_EQ(query(bulk, schema), query(before, schema));
	EXPECT_EQ(query(bulk, "SELECT count(*) FROM session"), "42\n");
	expect_summaries_match_sessions(bulk);
}
