// End-to-end: a corrected re-export updates the session it made instead
// of adding its time again (issue 16, defect 9). An entry's identity is
// its tool's id, else its start and length, else its day and length; the
// rest is its content. One table changes one field of each format's
// export at a time and checks whether the entry is added, updated or
// skipped, that the summaries follow and that undo puts back exactly
// what was there. Then: a session edited by hand is kept, identical
// entries are told apart by their order, and sessions a track before
// schema 011 imported are recognised and corrected too.
#include <gtest/gtest.h>
#include <jansson.h>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

std::string
fixture(const std::string &name)
{
	std::string here = __FILE__;
	std::string root = here.substr(0, here.rfind("tests/cli/"));
	return read_file(root + "tests/fixtures/import/" + name);
}

// text with the first from replaced by to (the test fails if absent).
std::string
changed(const std::string &text, const std::string &from,
    const std::string &to)
{
	size_t at = text.find(from);
	EXPECT_NE(at, std::string::npos) << "'" << from << "' not in the file";
	if (at == std::string::npos)
		return text;
	return text.substr(0, at) + to + text.substr(at + from.size());
}

class Db : public TrackDb {
public:
	Db() : TrackDb(kEnv) {}
	// Every session as it reads: id|day|start|minutes|topic|kind|
	// project|tutorial|note|fingerprint|content|edited.
	std::string sessions() const
	{
		return sql("SELECT s.id, s.day, ifnull(s.start, ''), s.minutes, "
		    "t.name, s.kind, ifnull(p.name, ''), ifnull(tu.title, ''), "
		    "ifnull(s.note, ''), ifnull(s.fingerprint, ''), "
		    "ifnull(s.content, ''), s.edited FROM session s JOIN topic t "
		    "ON t.id = s.topic_id LEFT JOIN project p ON p.id = "
		    "s.project_id LEFT JOIN tutorial tu ON tu.id = s.tutorial_id "
		    "ORDER BY s.id");
	}
	// sessions() without fingerprint and content: what the learner sees.
	std::string visible() const
	{
		return sql("SELECT s.id, s.day, ifnull(s.start, ''), s.minutes, "
		    "t.name, s.kind, ifnull(p.name, ''), ifnull(tu.title, ''), "
		    "ifnull(s.note, ''), s.edited FROM session s JOIN topic t ON "
		    "t.id = s.topic_id LEFT JOIN project p ON p.id = s.project_id "
		    "LEFT JOIN tutorial tu ON tu.id = s.tutorial_id ORDER BY s.id");
	}
	// The summaries (schemas 003 and 005) against the sessions, and
	// month_path_total path by path.
	void expect_summaries() const
	{
		expect_summaries_match_sessions(path_);
		EXPECT_EQ(sql("SELECT * FROM month_path_total ORDER BY 1, 2"),
		    sql("SELECT substr(s.day, 1, 7), ifnull(t.path_id, 0), "
		    "sum(s.minutes), count(*) FROM session s JOIN topic t ON t.id "
		    "= s.topic_id GROUP BY 1, 2 ORDER BY 1, 2"));
	}
};

// sessions_added|sessions_updated|duplicates of an import's JSON result.
std::string
counts(const std::string &json)
{
	json_error_t error;
	json_t *root = json_loads(json.c_str(), 0, &error);
	EXPECT_NE(root, nullptr) << error.text << "\n" << json;
	if (root == nullptr)
		return "";
	json_t *r = json_array_get(root, 0);
	std::string out = std::to_string(json_integer_value(json_object_get(r,
	    "sessions_added"))) + "|" + std::to_string(json_integer_value(
	    json_object_get(r, "sessions_updated"))) + "|" + std::to_string(
	    json_integer_value(json_object_get(r, "duplicates")));
	json_decref(root);
	return out;
}

} // namespace

// ---------------------------------------------------------------------
// One field at a time

// A format's export, the field changed (one literal replaced), and what
// the re-export does: "added" (a new identity), "updated" (same identity,
// content that changes the session), "skipped" (a duplicate: nothing
// changed, or nothing track keeps).
struct Change {
	const char *file;	/* a fixture of the format's real shape */
	const char *field;
	const char *from, *to;
	const char *outcome;
};

const Change kChanges[] = {
	// Toggl: identity = start + minutes.
	{ "toggl_current.csv", "Description", "\"Blueprints\"",
	  "\"Blueprints and views\"", "updated" },
	{ "toggl_current.csv", "Tags", "\"12:40 min\",\"\"",
	  "\"12:40 min\",\"flask, video\"", "updated" },
	{ "toggl_current.csv", "Project", "\"NumPy\"", "\"Pandas\"", "updated" },
	{ "toggl_current.csv", "Task", "\"Flask\",\"\"",
	  "\"Flask\",\"Chapter 3\"", "skipped" },
	{ "toggl_current.csv", "Billable", "\"No\",\"2025-05-06\"",
	  "\"Yes\",\"2025-05-06\"", "skipped" },
	{ "toggl_current.csv", "Duration, same minute", "\"12:40 min\"",
	  "\"12:50 min\"", "skipped" },
	{ "toggl_current.csv", "Duration", "\"12:40 min\"", "\"15:00 min\"",
	  "added" },
	{ "toggl_current.csv", "Start time", "\"18:02:10\"", "\"18:05:10\"",
	  "added" },
	// Clockify: identity = start + minutes.
	{ "clockify.csv", "Description", "\"Subplots lecture\"",
	  "\"Subplots and axes lecture\"", "updated" },
	{ "clockify.csv", "Project", "\"Portfolio site\"", "\"Portfolio\"",
	  "updated" },
	{ "clockify.csv", "Task", "\"Week 4\"", "\"Week 5\"", "skipped" },
	{ "clockify.csv", "Start Time", "\"08:15:00 PM\"", "\"08:20:00 PM\"",
	  "added" },
	// Harvest: no start, so identity = day + minutes + Project + Task.
	{ "harvest.csv", "Notes", "\"Joins, subqueries\"",
	  "\"Joins and subqueries\"", "updated" },
	{ "harvest.csv", "Client", "Self-study", "Study", "skipped" },
	{ "harvest.csv", "Project", "SQL practice", "PostgreSQL practice",
	  "added" },
	{ "harvest.csv", "Task", "Exercises", "Reading", "added" },
	{ "harvest.csv", "Hours Rounded", "1.25,1.25,", "1.25,1.5,",
	  "skipped" },
	{ "harvest.csv", "Hours", "1.25,1.25,", "1.5,1.5,", "added" },
	{ "harvest.csv", "Date", "2025-02-18", "2025-02-19", "added" },
	// Watson: identity = its frame id; times are content.
	{ "watson.csv", "project", "django-blog", "django-site", "updated" },
	{ "watson.csv", "tags", "\"build, auth\"", "\"build, auth, jwt\"",
	  "updated" },
	{ "watson.csv", "start", "2025-05-13 07:10:00", "2025-05-13 07:05:00",
	  "updated" },
	{ "watson.csv", "id", "d07a3f2", "d07a3f3", "added" },
	// Timewarrior: its ids are renumbered, so identity = start + minutes.
	{ "timew.json", "annotation", "merge and join",
	  "merge, join and concat", "updated" },
	{ "timew.json", "tags", "\"side project\",\"flask\"",
	  "\"side project\",\"django\"", "updated" },
	{ "timew.json", "id", "\"id\":3", "\"id\":7", "skipped" },
	{ "timew.json", "end", "20250520T071500Z", "20250520T072000Z", "added" },
	// track's generic CSV: no start, so identity = day + minutes + topic
	// + project + tutorial.
	{ "generic.csv", "note", "models and admin", "models and the admin",
	  "updated" },
	{ "generic.csv", "kind", "statistics,study", "statistics,tutorial",
	  "updated" },
	{ "generic.csv", "topic", "statistics", "probability", "added" },
	{ "generic.csv", "project", "Recipe site", "Recipe app", "added" },
	{ "generic.csv", "duration", "45m", "50m", "added" },
};

TEST(cli_import_identity, one_field_changed_at_a_time)
{
	for (const Change &c : kChanges) {
		SCOPED_TRACE(std::string(c.file) + ": " + c.field);
		Db db;
		std::string text = fixture(c.file);
		std::string first = db.write(c.file, text);
		RunResult r = db.run({ "import", first });
		ASSERT_EQ(r.status, 0) << r.err;
		std::string before = db.sessions();
		long rows = std::stol(db.sql("SELECT count(*) FROM session"));
		std::string second = db.write(std::string("re-") + c.file,
		    changed(text, c.from, c.to));
		std::string outcome = c.outcome;
		std::string want = outcome == "added" ? "1|0|" :
		    outcome == "updated" ? "0|1|" : "0|0|";
		want += std::to_string(rows - (outcome == "skipped" ? 0 : 1));
		EXPECT_EQ(counts(db.ok({ "import", second, "--format", "json" })),
		    want);
		EXPECT_EQ(db.sql("SELECT count(*) FROM session"),
		    std::to_string(rows + (outcome == "added" ? 1 : 0)) + "\n");
		if (outcome == "skipped") {
			EXPECT_EQ(db.sql("SELECT count(*) FROM session WHERE "
			    "batch_id = 2"), "0\n");
		}
		db.expect_summaries();
		// Again: nothing more.
		EXPECT_EQ(counts(db.ok({ "import", second, "--format", "json" })),
		    "0|0|" + std::to_string(rows));
		// Undone, everything is as it was; the summaries too.
		if (outcome != "skipped") {
			db.ok({ "undo" });
			EXPECT_EQ(db.sessions(), before);
			db.expect_summaries();
		}
	}
}

// What an update changes, and the summary line and undo's.
TEST(cli_import_identity, a_corrected_description_updates_its_session)
{
	Db db;
	std::string text = fixture("toggl_current.csv");
	std::string a = db.write("a.csv", text);
	std::string b = db.write("b.csv", changed(text, "\"Blueprints\"",
	    "\"Blueprints and views\""));
	db.ok({ "import", a });
	EXPECT_EQ(db.ok({ "import", b }), b + ": 2 rows, 0 sessions added, 0 "
	    "tutorials added, 1 duplicate skipped, 1 session updated\n");
	EXPECT_EQ(db.ok({ "ls" }),
	    "#1  2025-04-02  23:50  45m  numpy  tutorial  Broadcasting "
	    "video?(part 2)\n"
	    "#2  2025-05-06  18:02  13m  flask  study     Blueprints and views\n");
	EXPECT_EQ(db.sql("SELECT sessions_added, sessions_updated FROM "
	    "import_batch WHERE id = 2"), "0|1\n");
	EXPECT_NE(db.ok({ "import", "list" }).find("b.csv: 2 rows, 0 sessions "
	    "added, 1 updated, 0 tutorials added, 0 updated, 1 duplicate, 0 "
	    "rejected\n"), std::string::npos);
	EXPECT_EQ(db.ok({ "import", "undo" }), "undid import #2 of " + b +
	    ": 0 sessions removed, 1 session restored\n");
	EXPECT_EQ(db.sql("SELECT note FROM session WHERE id = 2"),
	    "Blueprints\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM session_change"), "0\n");
}

// A correction that moves a Watson frame changes its day, minutes and
// kind: every summary follows, and undo (`track undo`) moves it back.
TEST(cli_import_identity, a_moved_frame_moves_its_minutes)
{
	Db db;
	std::string text = fixture("watson.csv");
	db.ok({ "import", db.write("w.csv", text) });
	std::string before = db.sessions();
	std::string b = db.write("w2.csv", changed(changed(text,
	    "d07a3f2,2025-05-13 07:10:00,2025-05-13 07:40:00,numpy,",
	    "d07a3f2,2025-05-14 07:10:00,2025-05-14 08:40:00,numpy,"),
	    "\"course, week-3\"", "\"week-3\""));
	EXPECT_EQ(db.ok({ "import", b }), b + ": 3 rows, 0 sessions added, 0 "
	    "tutorials added, 1 duplicate skipped, 2 sessions updated\n");
	EXPECT_EQ(db.sql("SELECT day, minutes, kind FROM session WHERE id IN "
	    "(2, 3) ORDER BY id"), "2025-05-14|90|study\n"
	    "2025-05-13|75|study\n");
	db.expect_summaries();
	EXPECT_EQ(db.ok({ "undo" }), "undid import #2 of " + b + ": 0 sessions "
	    "removed, 2 sessions restored\n");
	EXPECT_EQ(db.sessions(), before);
	db.expect_summaries();
}

// An update that makes a session a project creates the project for the
// batch; undo gives the session its old values and removes the project.
TEST(cli_import_identity, undo_removes_a_project_an_update_made)
{
	Db db;
	std::string text = fixture("harvest.csv");
	db.ok({ "import", db.write("h.csv", text) });
	std::string before = db.sessions();
	db.ok({ "import", db.write("h2.csv", changed(text, "Exercises",
	    "Build exercises")) });
	EXPECT_EQ(db.sql("SELECT s.kind, p.name, p.batch_id FROM session s "
	    "JOIN project p ON p.id = s.project_id"), "project|SQL practice|2\n");
	db.ok({ "undo" });
	EXPECT_EQ(db.sessions(), before);
	EXPECT_EQ(db.sql("SELECT count(*) FROM project"), "0\n");
	db.expect_summaries();
}

// --dry-run says what would be updated and changes nothing.
TEST(cli_import_identity, a_dry_run_updates_nothing)
{
	Db db;
	std::string text = fixture("generic.csv");
	db.ok({ "import", db.write("g.csv", text) });
	std::string before = db.sessions();
	std::string b = db.write("g2.csv", changed(text, "models and admin",
	    "models and the admin"));
	EXPECT_EQ(db.ok({ "import", b, "--dry-run" }), b + ": 3 rows, 0 "
	    "sessions added, 0 tutorials added, 2 duplicates skipped, 1 session "
	    "updated (dry run: nothing written)\n");
	EXPECT_EQ(db.sessions(), before);
}

// ---------------------------------------------------------------------
// Edited by hand

// The learner's edit wins over a corrected re-export, which is said once
// (the export's new content is then what the session is compared with);
// undo of an older correction leaves an edit alone too.
TEST(cli_import_identity, a_session_edited_by_hand_is_kept)
{
	Db db;
	std::string text = fixture("toggl_current.csv");
	db.ok({ "import", db.write("a.csv", text) });
	db.ok({ "edit", "2", "--note", "Blueprints (my notes)" });
	std::string b = db.write("b.csv", changed(text, "\"Blueprints\"",
	    "\"Blueprints and views\""));
	RunResult r = db.run({ "import", b });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, b + ": 2 rows, 0 sessions added, 0 tutorials added, 2 "
	    "duplicates skipped\n");
	EXPECT_EQ(r.err, b + ":4: the entry changed since it was imported, but "
	    "session #2 was edited by hand since: kept as edited\n");
	EXPECT_EQ(db.sql("SELECT note, edited FROM session WHERE id = 2"),
	    "Blueprints (my notes)|1\n");
	r = db.run({ "import", b });
	EXPECT_EQ(r.err, "");
	// Corrected, then edited: undoing the correction keeps the edit.
	db.ok({ "import", db.write("c.csv", changed(text, "\"NumPy\"",
	    "\"Pandas\"")) });
	EXPECT_EQ(db.sql("SELECT t.name FROM session s JOIN topic t ON t.id = "
	    "s.topic_id WHERE s.id = 1"), "pandas\n");
	db.ok({ "edit", "1", "--duration", "50m" });
	EXPECT_EQ(db.ok({ "import", "undo" }).find("restored"),
	    std::string::npos);
	EXPECT_EQ(db.sql("SELECT t.name, s.minutes FROM session s JOIN topic t "
	    "ON t.id = s.topic_id WHERE s.id = 1"), "pandas|50\n");
	db.expect_summaries();
}

// ---------------------------------------------------------------------
// Identical entries, and track's own export

// Harvest has no start: entries of one day, length, Project and Task are
// told apart by their order, so correcting the notes of the second
// updates the second (and identical ones both count).
TEST(cli_import_identity, entries_of_one_identity_are_told_apart_by_order)
{
	Db db;
	std::string text = "Date,Client,Project,Project Code,Task,Notes,Hours,"
	    "Billable?,Invoiced?,Approved?,First Name,Last Name,Roles,Employee?,"
	    "Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,"
	    "External Reference URL\n"
	    "2025-02-20,,Pandas,,,Reshaping,1.0,No,No,No,Ada,Example,,Yes,0,0,0,"
	    "0,US Dollar - USD,\n"
	    "2025-02-20,,Pandas,,,Merging,1.0,No,No,No,Ada,Example,,Yes,0,0,0,"
	    "0,US Dollar - USD,\n"
	    "2025-02-20,,Pandas,,,Merging,1.0,No,No,No,Ada,Example,,Yes,0,0,0,"
	    "0,US Dollar - USD,\n";
	EXPECT_EQ(counts(db.ok({ "import", db.write("h.csv", text), "--format",
	    "json" })), "3|0|0");
	std::string b = text;
	b.replace(b.find("Merging"), 7, "Merging and joining");
	EXPECT_EQ(counts(db.ok({ "import", db.write("h2.csv", b), "--format",
	    "json" })), "0|1|2");
	EXPECT_EQ(db.sql("SELECT id, note FROM session ORDER BY id"),
	    "1|Reshaping\n2|Merging and joining\n3|Merging\n");
}

// Sessions from track's export carry their fingerprint but no content:
// the tool's export recognises them and never changes them.
TEST(cli_import_identity, sessions_from_tracks_export_are_recognised)
{
	Db one, two;
	std::string text = fixture("toggl_current.csv");
	one.ok({ "import", one.write("a.csv", text) });
	std::string exported = one.write("export.csv", one.ok({ "export" }));
	two.ok({ "import", exported });
	EXPECT_EQ(two.sql("SELECT count(*) FROM import_legacy WHERE family IS "
	    "NULL"), "2\n");
	EXPECT_EQ(counts(two.ok({ "import", two.write("a.csv", text),
	    "--format", "json" })), "0|0|2");
	EXPECT_EQ(two.sql("SELECT count(*) FROM import_legacy"), "0\n");
	EXPECT_EQ(counts(two.ok({ "import", two.write("b.csv", changed(text,
	    "\"Blueprints\"", "\"Blueprints and views\"")), "--format",
	    "json" })), "0|0|2");
	EXPECT_EQ(two.sql("SELECT note FROM session WHERE note LIKE 'Blue%'"),
	    "Blueprints\n");
}

// ---------------------------------------------------------------------
// A database from before schema 011

namespace {

// What a track before schema 011 left after importing toggl_current.csv,
// harvest.csv, watson.csv and generic.csv (fingerprints of the whole row,
// as it computed them; topics by name).
const char kVersion9Imports[] =
    "INSERT INTO import_batch (id, file, format, created, rows, "
    " sessions_added, tutorials_added) VALUES "
    " (1, 'toggl_current.csv', 'toggl', '2026-11-22T10:00:00Z', 2, 2, 0),"
    " (2, 'harvest.csv', 'harvest', '2026-11-22T10:00:00Z', 2, 2, 0),"
    " (3, 'watson.csv', 'watson', '2026-11-22T10:00:00Z', 3, 3, 0),"
    " (4, 'generic.csv', 'generic', '2026-11-22T10:00:00Z', 3, 3, 1);"
    "INSERT INTO undo_entry (batch_id) VALUES (1), (2), (3), (4);"
    "INSERT INTO project (id, name, path_id, started, created, batch_id) "
    " SELECT 1, 'django-blog', id, '2025-05-12', '2026-11-22T10:00:00Z', 3 "
    " FROM path WHERE slug = 'backend';"
    "INSERT INTO project (id, name, path_id, started, created, batch_id) "
    " SELECT 2, 'Recipe site', id, '2025-06-02', '2026-11-22T10:00:00Z', 4 "
    " FROM path WHERE slug = 'backend';"
    "INSERT INTO tutorial (id, title, topic_id, started, created, batch_id) "
    " SELECT 1, 'Pandas in 10 Minutes', id, '2025-06-03', "
    " '2026-11-22T10:00:00Z', 4 FROM topic WHERE name = 'pandas';"
    "CREATE TEMP TABLE v9 (id, day, start, minutes, topic, kind, project_id, "
    " tutorial_id, note, batch_id, fingerprint);"
    "INSERT INTO v9 VALUES "
    " (1, '2025-04-02', '2025-04-02T23:50:00Z', 45, 'numpy', 'tutorial', "
    "  NULL, NULL, 'Broadcasting video' || char(10) || '(part 2)', 1, "
    "  '2025-04-02/4d71a84f324d862b'),"
    " (2, '2025-05-06', '2025-05-06T18:02:10Z', 13, 'flask', 'study', NULL, "
    "  NULL, 'Blueprints', 1, '2025-05-06/8bf7dff602198b9f'),"
    " (3, '2025-02-17', NULL, 75, 'sql', 'study', NULL, NULL, "
    "  'Joins, subqueries', 2, '2025-02-17/46cae11e9b1ce154'),"
    " (4, '2025-02-18', NULL, 30, 'flask', 'tutorial', NULL, NULL, "
    "  'Routing basics', 2, '2025-02-18/6f079a912a39ef35'),"
    " (5, '2025-05-12', '2025-05-12T18:30:00Z', 75, 'django', 'project', 1, "
    "  NULL, 'build; auth', 3, '2025-05-12/55bf07aeb64f3dd9'),"
    " (6, '2025-05-13', '2025-05-13T07:10:00Z', 30, 'numpy', 'study', NULL, "
    "  NULL, NULL, 3, '2025-05-13/df970830a3bd3b50'),"
    " (7, '2025-05-13', '2025-05-13T22:50:00Z', 75, 'scikit-learn', "
    "  'tutorial', NULL, NULL, 'course; week-3', 3, "
    "  '2025-05-13/afd41973d26b8eea'),"
    " (8, '2025-06-02', NULL, 90, 'django', 'project', 2, NULL, "
    "  'models and admin', 4, '2025-06-02/fa7c3dd3f1ebd3af'),"
    " (9, '2025-06-03', NULL, 45, 'pandas', 'tutorial', NULL, 1, NULL, 4, "
    "  '2025-06-03/70d8e082e7d7a754'),"
    " (10, '2025-06-04', NULL, 90, 'statistics', 'study', NULL, NULL, "
    "  'chapter 2, exercises 1-8', 4, '2025-06-04/e0d4adc8d1624a42');"
    "INSERT INTO session (id, uuid, day, start, minutes, topic_id, kind, "
    " project_id, tutorial_id, note, origin, batch_id, fingerprint, "
    " created) SELECT v.id, printf('00000000-0000-7000-8000-%012d', v.id), "
    " v.day, v.start, v.minutes, t.id, "
    " v.kind, v.project_id, v.tutorial_id, v.note, 'import', v.batch_id, "
    " v.fingerprint, '2026-11-22T10:00:00Z' FROM v9 v JOIN topic t ON "
    " t.name = v.topic ORDER BY v.id;"
    "DROP TABLE v9";

const char *const kV9Files[] = { "toggl_current.csv", "harvest.csv",
	"watson.csv", "generic.csv" };

} // namespace

// Re-importing the same old exports adds nothing (the fingerprints a
// track before schema 011 gave them still match), and the sessions take
// this version's fingerprints: then a correction is an update.
TEST(cli_import_identity, older_sessions_are_recognised)
{
	Db db;
	make_db_at_version(db.path(), 9, kVersion9Imports);
	for (const char *f : kV9Files)
		EXPECT_EQ(counts(db.ok({ "import", db.write(f, fixture(f)),
		    "--format", "json" })).substr(0, 4), "0|0|") << f;
	EXPECT_EQ(db.sql("SELECT count(*) FROM session UNION ALL SELECT count(*) "
	    "FROM import_legacy UNION ALL SELECT count(*) FROM session WHERE "
	    "content IS NULL OR fingerprint LIKE '%/4d71a84f324d862b'"),
	    "10\n0\n0\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM import_batch"), "4\n");
	EXPECT_EQ(counts(db.ok({ "import", db.write("b.csv", changed(fixture(
	    "toggl_current.csv"), "\"Blueprints\"", "\"Blueprints and "
	    "views\"")), "--format", "json" })), "0|1|1");
	db.expect_summaries();
}

// A corrected export straight after the migration: the older sessions
// are found by the day, start, minutes and family they stored and
// updated; undo puts back their values, their old fingerprint and their
// place among the older sessions, so the same export corrects them
// again. (The rows met unchanged keep this version's fingerprint and
// content: they are the same entries, and undo leaves them so.)
TEST(cli_import_identity, older_sessions_are_corrected)
{
	Db db;
	make_db_at_version(db.path(), 9, kVersion9Imports);
	db.ok({ "ls" });	// migrates
	EXPECT_EQ(db.sql("SELECT session_id, family FROM import_legacy ORDER BY "
	    "1"), "1|toggl\n2|toggl\n3|harvest\n4|harvest\n5|watson\n6|watson\n"
	    "7|watson\n8|generic\n9|generic\n10|generic\n");
	std::string before = db.visible();
	const struct {
		const char *file, *from, *to;
		int id;
		const char *note;
	} fixes[] = {
		{ "toggl_current.csv", "\"Blueprints\"", "\"Blueprints and views\"",
		  2, "Blueprints and views" },
		{ "harvest.csv", "\"Joins, subqueries\"", "\"Joins and subqueries\"",
		  3, "Joins and subqueries" },
		{ "watson.csv", "\"build, auth\"", "\"build, auth, jwt\"", 5,
		  "build; auth; jwt" },
		{ "generic.csv", "models and admin", "models and the admin", 8,
		  "models and the admin" },
	};
	for (const auto &fix : fixes) {
		SCOPED_TRACE(fix.file);
		std::string f = db.write(fix.file, changed(fixture(fix.file),
		    fix.from, fix.to));
		EXPECT_EQ(counts(db.ok({ "import", f, "--format", "json" })),
		    "0|1|" + std::to_string(fix.id == 2 || fix.id == 3 ? 1 : 2));
		EXPECT_EQ(db.sql("SELECT note FROM session WHERE id = " +
		    std::to_string(fix.id)), std::string(fix.note) + "\n");
	}
	EXPECT_EQ(db.sql("SELECT count(*) FROM session UNION ALL SELECT count(*) "
	    "FROM import_legacy"), "10\n0\n");
	db.expect_summaries();
	for (int i = 0; i < 4; i++)
		EXPECT_NE(db.ok({ "undo" }).find("1 session restored"),
		    std::string::npos);
	EXPECT_EQ(db.visible(), before);
	EXPECT_EQ(db.sql("SELECT group_concat(session_id || ':' || family || ':' "
	    "|| s.fingerprint, ' ') FROM import_legacy l JOIN session s ON s.id "
	    "= l.session_id"), "2:toggl:2025-05-06/8bf7dff602198b9f "
	    "3:harvest:2025-02-17/46cae11e9b1ce154 "
	    "5:watson:2025-05-12/55bf07aeb64f3dd9 "
	    "8:generic:2025-06-02/fa7c3dd3f1ebd3af\n");
	db.expect_summaries();
	std::string f = db.write("again.csv", changed(fixture(
	    "toggl_current.csv"), "\"Blueprints\"", "\"Blueprints and views\""));
	EXPECT_EQ(counts(db.ok({ "import", f, "--format", "json" })), "0|1|1");
}

// An older track's export, imported here, carries the fingerprints that
// track gave its sessions: the tool's export they came from adds nothing.
TEST(cli_import_identity, an_older_tracks_export_keeps_its_sessions_known)
{
	Db one, two;
	make_db_at_version(one.path(), 9, kVersion9Imports);
	std::string exported = two.write("export.csv", one.ok({ "export" }));
	EXPECT_EQ(counts(two.ok({ "import", exported, "--format", "json" })),
	    "10|0|0");
	for (const char *f : kV9Files)
		EXPECT_EQ(counts(two.ok({ "import", two.write(f, fixture(f)),
		    "--format", "json" })).substr(0, 4), "0|0|") << f;
	EXPECT_EQ(two.sql("SELECT count(*) FROM session UNION ALL SELECT "
	    "count(*) FROM import_legacy"), "10\n0\n");
}

// What the older sessions did not store cannot be matched: a Watson
// frame whose times were corrected (its id was never stored) comes in as
// a new session, as README says.
TEST(cli_import_identity, an_older_frame_with_new_times_is_new)
{
	Db db;
	make_db_at_version(db.path(), 9, kVersion9Imports);
	std::string f = db.write("w.csv", changed(fixture("watson.csv"),
	    "2025-05-13 07:40:00", "2025-05-13 07:45:00"));
	EXPECT_EQ(counts(db.ok({ "import", f, "--format", "json" })), "1|0|2");
}

// The migration: the older time-tracker sessions are listed with their
// family, course and hand-logged ones are not; LinkedIn starts after
// their completion move back.
TEST(cli_import_identity, the_migration_lists_the_older_sessions)
{
	Db db;
	make_db_at_version(db.path(), 9, std::string(kVersion9Imports) + ";"
	    "INSERT INTO import_batch (id, file, format, created) VALUES "
	    " (5, 'w.json', 'watson-json', '2026-11-22T10:00:00Z'),"
	    " (6, 'u.csv', 'udemy', '2026-11-22T10:00:00Z'),"
	    " (7, 'l.csv', 'linkedin', '2026-11-22T10:00:00Z');"
	    "INSERT INTO session (id, uuid, day, minutes, topic_id, kind, origin, "
	    " batch_id, fingerprint, created) SELECT 11, 'u11', '2025-05-20', "
	    " 30, id, 'study', 'import', 5, '2025-05-20/0000000000000001', "
	    " '2026-11-22T10:00:00Z' FROM topic WHERE name = 'numpy';"
	    "INSERT INTO session (id, uuid, day, minutes, topic_id, kind, origin, "
	    " batch_id, fingerprint, created) SELECT 12, 'u12', '2025-05-20', "
	    " 30, id, 'tutorial', 'import', 6, '2025-05-20/0000000000000002', "
	    " '2026-11-22T10:00:00Z' FROM topic WHERE name = 'numpy';"
	    "INSERT INTO session (id, uuid, day, minutes, topic_id, kind, origin, "
	    " created) SELECT 13, 'u13', '2025-05-20', 30, id, 'study', "
	    " 'manual', '2026-11-22T10:00:00Z' FROM topic WHERE name = 'numpy';"
	    "INSERT INTO tutorial (id, title, platform, started, completed, "
	    " progress, created, batch_id) VALUES "
	    " (2, 'Learning Docker', 'LinkedIn Learning', '2025-03-05', "
	    "  '2025-01-26', 100, '2026-11-22T10:00:00Z', 7),"
	    " (3, 'Git Essential Training', 'LinkedIn Learning', '2025-02-01', "
	    "  '2025-02-09', 100, '2026-11-22T10:00:00Z', 7)");
	db.ok({ "ls" });
	EXPECT_EQ(db.sql("SELECT group_concat(session_id || ':' || family, ' ') "
	    "FROM import_legacy WHERE session_id > 8"),
	    "9:generic 10:generic 11:watson\n");
	EXPECT_EQ(db.sql("SELECT title, started, completed, "
	    "ifnull(last_activity, '') FROM tutorial WHERE id > 1"),
	    "Learning Docker|2025-01-26|2025-01-26|2025-03-05\n"
	    "Git Essential Training|2025-02-01|2025-02-09|\n");
}
