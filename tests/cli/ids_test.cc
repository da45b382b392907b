// End-to-end: ids are never reused. An id typed from an earlier listing
// (`track rm 2`, `track import undo 1`) must never name another record,
// so a session or batch removed as the newest leaves its id unused; and
// a database made by schema version 5 migrates keeping every id, row,
// summary, index, trigger and foreign key.
#include <gtest/gtest.h>
#include <jansson.h>

#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "1" },
};

class Ids : public ::testing::Test {
protected:
	RunResult run(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db });
		return run_track(args, kEnv);
	}

	std::string ok(const std::vector<std::string> &args)
	{
		RunResult r = run(args);
		EXPECT_EQ(r.status, 0) << args[0] << ": " << r.err;
		return r.out;
	}

	// The batch id `track import FILE --format json` reports.
	long long import(const std::string &name, const std::string &csv)
	{
		write_file(dir.file(name), csv);
		std::string out = ok({ "import", dir.file(name), "--format",
		    "json" });
		json_error_t error;
		json_t *root = json_loads(out.c_str(), 0, &error);
		EXPECT_NE(root, nullptr) << out;
		long long batch = json_integer_value(json_object_get(
		    json_array_get(root, 0), "batch"));
		json_decref(root);
		return batch;
	}

	TempDir dir;
	std::string db = dir.file("track.db");
};

TEST_F(Ids, a_session_after_undo_of_the_newest_gets_a_new_id)
{
	EXPECT_NE(ok({ "log", "1h", "django" }).find(" as #1\n"),
	    std::string::npos);
	EXPECT_NE(ok({ "log", "2h", "flask" }).find(" as #2\n"),
	    std::string::npos);
	EXPECT_EQ(ok({ "undo" }).rfind("undid #2:", 0), 0u);
	std::string out = ok({ "log", "30m", "numpy" });
	EXPECT_NE(out.find(" as #3\n"), std::string::npos) << out;
	// `track rm 2`, typed from the listing before the undo, names nothing.
	RunResult r = run({ "rm", "2" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(query(db, "SELECT id, minutes FROM session ORDER BY id"),
	    "1|60\n3|30\n");
}

TEST_F(Ids, a_session_after_rm_of_the_newest_gets_a_new_id)
{
	ok({ "log", "1h", "django" });
	ok({ "log", "2h", "flask" });
	ok({ "rm", "2" });
	std::string out = ok({ "log", "20m", "pandas" });
	EXPECT_NE(out.find(" as #3\n"), std::string::npos) << out;
	// The timer's sessions take ids the same way.
	ok({ "rm", "3" });
	ok({ "start", "sql", "--at", "09:00" });
	out = ok({ "stop", "--at", "09:30" });
	EXPECT_EQ(query(db, "SELECT max(id) FROM session"), "4\n") << out;
}

TEST_F(Ids, a_batch_after_import_undo_of_the_newest_gets_a_new_id)
{
	EXPECT_EQ(import("a.csv", "date,duration,topic\n2026-11-20,1h,"
	    "django\n"), 1);
	// A file that adds nothing shows no batch, and leaves no gap.
	EXPECT_EQ(import("a.csv", "date,duration,topic\n2026-11-20,1h,"
	    "django\n"), 0);
	EXPECT_EQ(import("b.csv", "date,duration,topic\n2026-11-21,1h,"
	    "flask\n"), 2);
	EXPECT_EQ(ok({ "import", "undo", "2" }).rfind("undid import #2 ", 0),
	    0u);
	EXPECT_EQ(import("c.csv", "date,duration,topic\n2026-11-21,2h,"
	    "numpy\n"), 3);
	// And after `track undo` of the newest batch too.
	ok({ "undo" });
	EXPECT_EQ(import("d.csv", "date,duration,topic\n2026-11-21,3h,"
	    "pandas\n"), 4);
	EXPECT_EQ(query(db, "SELECT id, file LIKE '%d.csv' FROM import_batch "
	    "ORDER BY id"), "1|0\n4|1\n");
	// The sessions a batch adds take new ids as well.
	EXPECT_EQ(query(db, "SELECT id FROM session ORDER BY id"), "1\n4\n");
}

// ---------------------------------------------------------------------
// A database made by schema version 5

// Rows with gaps in every id (ids removed earlier), batches, links and an
// undo log; the schema 3 triggers fill the summaries as track would.
const char kVersion5Rows[] = R"(
INSERT INTO import_batch (id, file, format, created, rows, sessions_added)
VALUES (1, 'a.csv', 'generic', '2026-11-01T08:00:00Z', 1, 1),
       (3, 'b.csv', 'generic', '2026-11-02T08:00:00Z', 1, 1);
INSERT INTO project (id, name, path_id, started, created, batch_id)
VALUES (2, 'Blog', (SELECT id FROM path WHERE slug = 'backend'),
        '2026-11-01', '2026-11-01T08:00:00Z', NULL),
       (7, 'Imported', NULL, '2026-11-02', '2026-11-02T08:00:00Z', 3);
INSERT INTO tutorial (id, title, topic_id, platform, course_id, started,
    progress, created, batch_id)
VALUES (4, 'Pandas course', (SELECT id FROM topic WHERE name = 'pandas'),
        'Udemy', '42', '2026-11-01', 30.0, '2026-11-01T08:00:00Z', 1),
       (6, 'By hand', NULL, NULL, NULL, '2026-11-01', NULL,
        '2026-11-01T08:00:00Z', NULL);
INSERT INTO tutorial_change (batch_id, tutorial_id, started, progress)
VALUES (3, 4, '2026-11-01', 10.0);
INSERT INTO session (id, uuid, day, start, minutes, topic_id, kind,
    project_id, tutorial_id, note, origin, batch_id, fingerprint, created)
VALUES
 (1, 'u1', '2026-10-31', '2026-10-31T09:00:00Z', 60,
  (SELECT id FROM topic WHERE name = 'django'), 'project', 2, NULL,
  'auth views', 'manual', NULL, NULL, '2026-10-31T10:00:00Z'),
 (2, 'u2', '2026-11-01', NULL, 30,
  (SELECT id FROM topic WHERE name = 'pandas'), 'tutorial', NULL, 4,
  NULL, 'import', 1, '2026-11-01/a1', '2026-11-01T08:00:00Z'),
 (5, 'u5', '2026-11-02', NULL, 45,
  (SELECT id FROM topic WHERE name = 'django'), 'project', 7, NULL,
  NULL, 'import', 3, '2026-11-02/b1', '2026-11-02T08:00:00Z'),
 (9, 'u9', '2026-11-03', NULL, 20,
  (SELECT id FROM topic WHERE name = 'python'), 'tutorial', NULL, 6,
  NULL, 'timer', NULL, NULL, '2026-11-03T08:00:00Z');
INSERT INTO undo_entry (id, session_id, batch_id)
VALUES (1, 1, NULL), (2, NULL, 1), (3, NULL, 3), (5, 9, NULL);
INSERT INTO path_choice (path_id, day, created)
VALUES ((SELECT id FROM path WHERE slug = 'backend'), '2026-10-01',
        '2026-10-01T08:00:00Z');
)";

const char *const kDataTables[] = {
	"session", "import_batch", "project", "tutorial", "undo_entry",
	"tutorial_change", "path_choice", "topic", "topic_alias",
};

const char *const kSummaryTables[] = {
	"month_total", "project_total", "day_total", "topic_total",
	"month_path_total", "project_topic_total", "project_sum", "week_total",
};

// The lines of text, without their newlines.
std::vector<std::string>
lines(const std::string &text)
{
	std::vector<std::string> out;
	size_t at = 0, nl;
	while ((nl = text.find('\n', at)) != std::string::npos) {
		out.push_back(text.substr(at, nl - at));
		at = nl + 1;
	}
	return out;
}

// Every row of table, in a stable order.
std::string
rows(const std::string &db, const std::string &table)
{
	// Schema 009 added session.estimated, schema 011 session.content,
	// session.edited and import_batch.sessions_updated: a version-5 row
	// is read by the columns it had.
	if (table == "session")
		return query(db, "SELECT id, uuid, day, start, minutes, topic_id, "
		    "kind, project_id, tutorial_id, note, origin, batch_id, "
		    "fingerprint, created FROM session ORDER BY 1, 2");
	if (table == "import_batch")
		return query(db, "SELECT id, file, format, created, rows, "
		    "sessions_added, tutorials_added, tutorials_updated, "
		    "duplicates, rejected, skipped FROM import_batch ORDER BY 1, 2");
	return query(db, "SELECT * FROM " + table + " ORDER BY 1, 2");
}

// What the schema promises besides the tables' own text: every column,
// foreign key, index (with its columns) and trigger.
std::string
schema_shape(const std::string &db)
{
	return query(db, "SELECT m.name, c.cid, c.name, c.type, c.\"notnull\", "
	    "c.dflt_value, c.pk, c.hidden FROM sqlite_schema m, "
	    "pragma_table_xinfo(m.name) c WHERE m.type = 'table' AND m.name "
	    "NOT LIKE 'sqlite_%' ORDER BY 1, 2") +
	    query(db, "SELECT m.name, f.* FROM sqlite_schema m, "
	    "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
	    "ORDER BY 1, 2, 3") +
	    query(db, "SELECT m.name, i.name, i.\"unique\", i.origin, "
	    "i.partial, x.seqno, x.name, x.coll FROM sqlite_schema m, "
	    "pragma_index_list(m.name) i, pragma_index_xinfo(i.name) x "
	    "WHERE m.type = 'table' ORDER BY 1, 2, 6") +
	    query(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema "
	    "WHERE type IN ('index', 'trigger', 'view') ORDER BY name");
}

TEST_F(Ids, a_version_5_database_migrates_keeping_every_id_and_summary)
{
	make_db_at_version(db, 5, kVersion5Rows);
	std::map<std::string, std::string> before;
	for (const char *table : kDataTables)
		before[table] = rows(db, table);
	for (const char *table : kSummaryTables)
		before[table] = rows(db, table);
	std::string shape = schema_shape(db);
	expect_summaries_match_sessions(db);

	// A read migrates (and lists the same ids); so would a write.
	std::string listed = ok({ "ls", "--limit", "0", "--format", "csv" });
	EXPECT_EQ(query(db, "PRAGMA user_version"),
	    std::to_string(migration_count()) + "\n");
	for (const std::string id : { "1", "2", "5", "9" })
		EXPECT_NE(listed.find("\n" + id + ",u" + id + ","),
		    std::string::npos) << listed;
	// Later migrations add catalog rows and columns (schema 007: areas,
	// aliases): the version-5 rows of those tables must all still be
	// there, every other table must be unchanged, but for what schema
	// 008 changes: undo entries gain two empty columns, and projects
	// forget the paths version 1 guessed (path_given 0); schema 012 adds
	// their contribution mark (0) and makes the aliases threading and
	// multiprocessing topics of their own.
	before["topic"] = query(db, "SELECT id, name, path_id, builtin FROM "
	    "topic WHERE id <= 100 ORDER BY 1, 2");
	before["undo_entry"] = query(db, "SELECT id, session_id, batch_id, "
	    "NULL, NULL FROM undo_entry ORDER BY 1, 2");
	before["project"] = query(db, "SELECT id, name, NULL, started, "
	    "completed, url, description, created, batch_id, 0, 0 FROM project "
	    "ORDER BY 1, 2");
	for (const auto &table : before) {
		if (table.first == "topic")
			EXPECT_EQ(query(db, "SELECT id, name, path_id, builtin "
			    "FROM topic WHERE id <= 100 ORDER BY 1, 2"),
			    table.second);
		else if (table.first == "topic_alias")
			for (const std::string &line : lines(table.second))
				EXPECT_TRUE(line == "multiprocessing|20" ||
				    line == "threading|20" || ("\n" +
				    rows(db, table.first)).find("\n" + line +
				    "\n") != std::string::npos) << line;
		else
			EXPECT_EQ(rows(db, table.first), table.second)
			    << table.first;
	}
	// A migrated database has the shape of a new one.
	(void)shape;
	std::string fresh = dir.file("fresh.db");
	EXPECT_EQ(run_track({ "--db", fresh, "log", "10m", "flask" }).status, 0);
	EXPECT_EQ(schema_shape(db), schema_shape(fresh));
	EXPECT_EQ(query(db, "PRAGMA integrity_check"), "ok\n");
	EXPECT_EQ(query(db, "PRAGMA foreign_key_check"), "");

	// New ids start above the highest the tables held, and stay unused
	// once the newest is removed.
	EXPECT_NE(ok({ "log", "10m", "flask" }).find(" as #10\n"),
	    std::string::npos);
	ok({ "undo" });
	EXPECT_NE(ok({ "log", "15m", "flask" }).find(" as #11\n"),
	    std::string::npos);
	ok({ "log", "5m", "sql", "--project", "New" });
	ok({ "tutorial", "add", "Another" });
	EXPECT_EQ(query(db, "SELECT max(id) FROM project"), "8\n");
	EXPECT_EQ(query(db, "SELECT max(id) FROM tutorial"), "7\n");
	ok({ "import", "undo", "3" });
	long long batch = import("e.csv", "date,duration,topic\n2026-11-21,1h,"
	    "numpy\n");
	EXPECT_EQ(batch, 4);
	// The batch undo removed its session, project and tutorial change.
	EXPECT_EQ(query(db, "SELECT count(*) FROM session WHERE id = 5"),
	    "0\n");
	EXPECT_EQ(query(db, "SELECT count(*) FROM project WHERE id = 7"),
	    "0\n");
	expect_summaries_match_sessions(db);
	EXPECT_EQ(query(db, "PRAGMA integrity_check"), "ok\n");
	EXPECT_EQ(query(db, "PRAGMA foreign_key_check"), "");
}

// The first write migrates too, in a transaction of its own: the rows
// referring to the rebuilt tables (undo log, batch sessions) stay.
TEST_F(Ids, a_write_migrates_a_version_5_database_keeping_its_undo_log)
{
	make_db_at_version(db, 5, kVersion5Rows);
	std::string undo = query(db, "SELECT id, session_id, batch_id FROM "
	    "undo_entry ORDER BY 1");
	// The columns a version-5 session has (later versions add some).
	const std::string v5_sessions = "SELECT id, uuid, day, start, minutes, "
	    "topic_id, kind, project_id, tutorial_id, note, origin, batch_id, "
	    "fingerprint, created FROM session WHERE id < 10 ORDER BY 1";
	std::string sessions = query(db, v5_sessions);
	EXPECT_NE(ok({ "log", "10m", "flask" }).find(" as #10\n"),
	    std::string::npos);
	EXPECT_EQ(query(db, "SELECT id, session_id, batch_id FROM undo_entry "
	    "WHERE id < 6 ORDER BY 1"), undo);
	EXPECT_EQ(query(db, v5_sessions), sessions);
	expect_summaries_match_sessions(db);
	// A refused write still migrated (and changed nothing else).
	make_db_at_version(dir.file("other.db"), 5, kVersion5Rows);
	RunResult r = run_track({ "--db", dir.file("other.db"), "log", "0m",
	    "flask" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(query(dir.file("other.db"), "PRAGMA user_version"),
	    std::to_string(migration_count()) + "\n");
	EXPECT_EQ(rows(dir.file("other.db"), "session"), sessions);
}

} // namespace
