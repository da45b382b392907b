// End-to-end: `track import` of the JSON that `track export --format json`
// writes rebuilds the database (SPEC §8): the same content, the same
// report, check, plan and portfolio; a re-import adds nothing; a bad or
// broken file changes nothing.
#include <gtest/gtest.h>

#include "support.h"

namespace {

const char kNow[] = "2026-11-22T18:00:00Z";

// The fixture's text (tests run from the top of the tree).
std::string
fixture(const std::string &name)
{
	std::string here = __FILE__;
	std::string root = here.substr(0, here.rfind("tests/cli/"));
	return read_file(root + "tests/fixtures/import/" + name);
}

RunResult
on(const std::string &db, std::vector<std::string> args,
    const std::string &now = kNow)
{
	args.insert(args.begin(), { "--db", db });
	return run_track(args, { { "TRACK_NOW", now }, { "TZ", "UTC" },
	    { "TRACK_DB", "" }, { "NO_COLOR", "" } });
}

std::string
ok(const std::string &db, const std::vector<std::string> &args,
    const std::string &now = kNow)
{
	RunResult r = on(db, args, now);
	EXPECT_EQ(r.status, 0) << args[0] << ": " << r.err;
	return r.out;
}

// Expects args refused with status and stderr, the database untouched.
void
expect_refused(const std::string &db, const std::vector<std::string> &args,
    int status, const std::string &err)
{
	std::string before = read_file(db);
	RunResult r = on(db, args);
	EXPECT_EQ(r.status, status);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, err);
	EXPECT_TRUE(read_file(db) == before) << "database changed";
}

// A varied history: a custom path, topic and alias, path choices (three
// on one day, each replacing the one before), every kind of session by hand, by the timer and by
// imports (with starts and fingerprints), tutorials by hand and from
// Udemy (progress, completion, URL; its 2 courses' time spread over 63
// estimated sessions, so 74 sessions in all), projects done and open
// with URLs, changed settings, and notes that are hard to carry.
void
build_history(const std::string &db, const TempDir &dir)
{
	ok(db, { "path", "add", "game-dev", "Game development",
	    "--description", "Unity, \"Godot\""});
	ok(db, { "topic", "add", "godot", "--path", "game-dev" });
	ok(db, { "topic", "alias", "gd", "godot" });
	ok(db, { "path", "set", "backend", "--date", "2026-09-01" });
	ok(db, { "tutorial", "add", "Fluent Python", "--topic", "python",
	    "--url", "https://example.com/fp", "--date", "2026-09-01" });
	ok(db, { "log", "1h", "django", "--date", "2026-09-02", "--tutorial",
	    "Django for Beginners" });
	ok(db, { "log", "2h", "python", "--date", "2026-09-03", "--start",
	    "07:15", "--tutorial", "Fluent Python", "--note",
	    "views, \"urls\"\nline two \xE2\x80\x94 caf\xC3\xA9 \xE2\x98\x95" });
	ok(db, { "tutorial", "done", "Django for Beginners", "--date",
	    "2026-09-20" });
	ok(db, { "log", "90m", "sql", "--date", "2026-09-04", "--kind", "study",
	    "--note", "N/A" });
	ok(db, { "log", "3h", "django", "--date", "2026-09-10", "--project",
	    "Blog", "--note", "  padded  " });
	ok(db, { "project", "done", "Blog", "--date", "2026-09-20", "--url",
	    "https://example.com/blog" });
	ok(db, { "project", "add", "Todo API", "--url",
	    "https://example.com/todo", "--date", "2026-10-01" });
	ok(db, { "log", "2h", "fastapi", "--date", "2026-10-05", "--project",
	    "Todo API" });
	ok(db, { "path", "set", "game-dev", "--date", "2026-10-01" });
	ok(db, { "path", "set", "ml", "--date", "2026-10-01" });
	ok(db, { "path", "set", "game-dev", "--date", "2026-10-01" });
	ok(db, { "log", "90m", "gd", "--date", "2026-10-02" });
	ok(db, { "log", "30m", "rustlang", "--date", "2026-10-03", "--note",
	    "'=1+1 stays text" });
	ok(db, { "log", "20m", "rustlang", "--date", "2026-10-04", "--note",
	    "=SUM(A1)" });
	ok(db, { "start", "numpy" }, "2026-11-20T09:00:00Z");
	ok(db, { "stop", "--note", "timer \xE2\x9C\x93" },
	    "2026-11-20T10:15:00Z");
	std::string udemy = dir.file("udemy.csv"), timew = dir.file("timew.json");
	write_file(udemy, fixture("udemy.csv"));
	write_file(timew, fixture("timew.json"));
	ok(db, { "import", udemy });
	ok(db, { "import", timew });
	ok(db, { "config", "set", "plan.projects", "2" });
	ok(db, { "config", "set", "default-kind", "project" });
}

// Everything export carries, table by table, in a stable order.
std::string
content(const std::string &db)
{
	return query(db, "SELECT s.uuid, s.day, ifnull(s.start, '-'), "
	    "s.minutes, t.name, s.kind, ifnull(p.name, '-'), ifnull(tu.title, "
	    "'-'), ifnull(tu.platform, '-'), quote(s.note), s.origin, "
	    "ifnull(s.fingerprint, '-'), s.estimated FROM session s JOIN topic "
	    "t ON t.id = "
	    "s.topic_id LEFT JOIN project p ON p.id = s.project_id LEFT JOIN "
	    "tutorial tu ON tu.id = s.tutorial_id ORDER BY s.uuid") +
	    query(db, "SELECT tu.title, ifnull(t.name, '-'), quote(platform), "
	    "quote(course_id), quote(progress), quote(started), "
	    "quote(completed), quote(url) FROM tutorial tu LEFT JOIN topic t ON "
	    "t.id = tu.topic_id ORDER BY title") +
	    query(db, "SELECT pr.name, ifnull(p.slug, '-'), started, "
	    "quote(completed), quote(url), quote(pr.description) FROM project "
	    "pr LEFT JOIN path p ON p.id = pr.path_id ORDER BY pr.name") +
	    query(db, "SELECT slug, name, description, position FROM path "
	    "ORDER BY slug") +
	    query(db, "SELECT t.name, ifnull(p.slug, '-') FROM topic t LEFT "
	    "JOIN path p ON p.id = t.path_id ORDER BY t.name") +
	    query(db, "SELECT alias, topic_id IN (SELECT id FROM topic WHERE "
	    "name = 'godot') FROM topic_alias ORDER BY alias") +
	    query(db, "SELECT p.slug, c.day FROM path_choice c JOIN path p ON "
	    "p.id = c.path_id ORDER BY c.day, c.id") +
	    query(db, "SELECT key, quote(value) FROM setting ORDER BY key");
}

// What must read the same (ids are renumbered, so not ls).
const std::vector<std::vector<std::string>> kViews = {
	{ "report", "--all", "--format", "json" },
	{ "check", "--format", "json" }, { "plan", "--format", "json" },
	{ "portfolio", "--format", "json" },
	{ "tutorial", "list", "--format", "json" },
	{ "project", "list", "--format", "json" }, { "path", "show" },
	{ "topic", "list" }, { "config", "list" },
};

const char kUnmappedHint[] = ": 1 topic stored unmapped ('rustlang'): map "
    "them with 'track topic add NAME --path PATH' or 'track topic alias NAME "
    "TOPIC'\n";

// The history (built once: it takes some thirty commands), copied into
// each test's directory as a.db, and its JSON export.
class JsonRoundtripCli : public ::testing::Test {
protected:
	static void SetUpTestSuite()
	{
		built_ = new TempDir;
		build_history(built_->file("a.db"), *built_);
	}
	static void TearDownTestSuite()
	{
		delete built_;
		built_ = nullptr;
	}
	void SetUp() override
	{
		write_file(a_, read_file(built_->file("a.db")));
		ok(a_, { "export", "--format", "json", "--output", json_ });
	}
	static TempDir *built_;
	TempDir dir_;
	std::string a_ = dir_.file("a.db"), b_ = dir_.file("b.db");
	std::string json_ = dir_.file("export.json");
};

TempDir *JsonRoundtripCli::built_ = nullptr;

TEST_F(JsonRoundtripCli, the_json_export_rebuilds_the_database)
{
	RunResult r = on(b_, { "import", json_ });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out.find(json_ + ": "), 0u) << r.out;
	EXPECT_NE(r.out.find(", 74 sessions added, 4 tutorials added, 0 "
	    "duplicates skipped\n"), std::string::npos) << r.out;
	EXPECT_EQ(r.err, json_ + kUnmappedHint);
	std::string before = content(a_);
	EXPECT_EQ(content(b_), before);
	EXPECT_NE(before.find("|'N/A'|"), std::string::npos);
	EXPECT_NE(before.find("|'  padded  '|"), std::string::npos);
	EXPECT_NE(before.find("|'views, \"urls\"\nline two"), std::string::npos);
	EXPECT_EQ(query(b_, "SELECT p.slug FROM path_choice c JOIN path p ON "
	    "p.id = c.path_id ORDER BY c.day, c.id"),
	    "backend\ngame-dev\n");
	for (const auto &view : kViews)
		EXPECT_EQ(ok(a_, view), ok(b_, view)) << view[0];
	// And the rebuilt database exports the same document.
	std::string again = dir_.file("again.json");
	ok(b_, { "export", "--format", "json", "--output", again });
	EXPECT_EQ(read_file(again), read_file(json_));
}

TEST_F(JsonRoundtripCli, importing_it_again_adds_nothing)
{
	std::string before = content(a_);
	std::string out = ok(a_, { "import", json_ });
	EXPECT_NE(out.find(", 0 sessions added, 0 tutorials added, 74 "
	    "duplicates skipped\n"), std::string::npos) << out;
	EXPECT_EQ(content(a_), before);

	ok(b_, { "import", json_ });
	out = ok(b_, { "import", json_ });
	EXPECT_NE(out.find(", 0 sessions added, 0 tutorials added, 74 "
	    "duplicates skipped\n"), std::string::npos) << out;
	EXPECT_EQ(content(b_), before);
	EXPECT_EQ(query(b_, "SELECT count(*) FROM import_batch"), "1\n");
}

TEST_F(JsonRoundtripCli, json_and_csv_exports_of_one_database_dedupe_each_other)
{
	std::string csv = dir_.file("export.csv"), c = dir_.file("c.db");
	ok(a_, { "export", "--format", "csv", "--output", csv });
	std::string before = content(a_);
	ok(b_, { "import", json_ });
	std::string out = ok(b_, { "import", csv });
	EXPECT_NE(out.find(", 0 sessions added, 0 tutorials added, 74 "
	    "duplicates skipped\n"), std::string::npos) << out;
	EXPECT_EQ(content(b_), before);
	// (CSV cells are trimmed, so the CSV-built database has "padded".)
	ok(c, { "import", csv });
	before = content(c);
	out = ok(c, { "import", json_ });
	EXPECT_NE(out.find(", 0 sessions added, 0 tutorials added, 74 "
	    "duplicates skipped\n"), std::string::npos) << out;
	EXPECT_EQ(content(c), before);
}

TEST_F(JsonRoundtripCli, dry_run_writes_nothing)
{
	ok(b_, { "log", "20m", "python", "--date", "2026-01-01" });
	std::string before = read_file(b_);
	RunResult r = on(b_, { "import", json_, "--dry-run" });
	EXPECT_EQ(r.status, 0);
	EXPECT_NE(r.out.find(", 74 sessions added, 4 tutorials added, 0 "
	    "duplicates skipped (dry run: nothing written)\n"), std::string::npos)
	    << r.out;
	EXPECT_TRUE(read_file(b_) == before) << "database changed";
	std::string missing = dir_.file("missing.db");
	EXPECT_EQ(on(missing, { "import", json_, "--dry-run" }).status, 0);
	EXPECT_FALSE(file_exists(missing));
}

TEST_F(JsonRoundtripCli, import_undo_takes_the_batch_back)
{
	ok(b_, { "import", json_ });
	EXPECT_EQ(query(b_, "SELECT format FROM import_batch"), "track-json\n");
	EXPECT_NE(ok(b_, { "import", "list" }).find("track-json"),
	    std::string::npos);
	ok(b_, { "import", "undo" });
	EXPECT_EQ(query(b_, "SELECT count(*) FROM session UNION ALL SELECT "
	    "count(*) FROM tutorial UNION ALL SELECT count(*) FROM project"),
	    "0\n0\n0\n");
}

// ---------------------------------------------------------------------
// The hand-written fixture

std::string
sessions(const std::string &db)
{
	return query(db, "SELECT s.uuid, s.day, ifnull(s.start, ''), s.minutes, "
	    "t.name, s.kind, ifnull(p.name, ''), ifnull(tu.title, ''), "
	    "ifnull(s.note, ''), s.origin, ifnull(s.fingerprint, '') FROM "
	    "session s JOIN topic t ON t.id = s.topic_id LEFT JOIN project p ON "
	    "p.id = s.project_id LEFT JOIN tutorial tu ON tu.id = s.tutorial_id "
	    "ORDER BY s.day");
}

TEST(cli_import_track_json, the_fixture_rebuilds_every_kind_of_record)
{
	TempDir dir;
	std::string db = dir.file("track.db"), f = dir.file("export.json");
	write_file(f, fixture("track_export.json"));
	RunResult r = on(db, { "import", f });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 11 rows, 4 sessions added, 1 tutorial added, 0 "
	    "duplicates skipped\n");
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(query(db, "SELECT value FROM setting WHERE key = "
	    "'default-kind'"), "tutorial\n");
	EXPECT_EQ(query(db, "SELECT p.slug, p.name, p.description, t.name FROM "
	    "path p JOIN topic t ON t.path_id = p.id WHERE p.slug = "
	    "'game-dev'"), "game-dev|Game development|Unity and Godot|godot\n");
	EXPECT_EQ(query(db, "SELECT t.name FROM topic_alias a JOIN topic t ON "
	    "t.id = a.topic_id WHERE alias = 'gd'"), "godot\n");
	EXPECT_EQ(query(db, "SELECT p.slug, c.day FROM path_choice c JOIN path "
	    "p ON p.id = c.path_id"), "backend|2025-01-02\n");
	EXPECT_EQ(query(db, "SELECT name, started, completed, url, description "
	    "FROM project"), "Django blog|2025-01-03|2025-02-01|"
	    "https://example.com/blog|a blog\n");
	EXPECT_EQ(query(db, "SELECT title, platform, course_id, progress, "
	    "started, ifnull(completed, '') FROM tutorial"),
	    "Pandas in Practice|Udemy|5120087|35.0|2025-03-01|\n");
	EXPECT_EQ(sessions(db),
	    "0190c2a0-0000-7000-8000-000000000001|2025-01-05|2025-01-05T18:30:"
	    "00Z|90|django|project|Django blog||=auth views|manual|\n"
	    "0190c2a0-0000-7000-8000-000000000002|2025-03-14||301|pandas|"
	    "tutorial||Pandas in Practice||import|2025-03-14/0123456789abcdef\n"
	    "0190c2a0-0000-7000-8000-000000000003|2025-03-15||45|godot|study|||"
	    "|timer|\n"
	    "0190c2a0-0000-7000-8000-000000000004|2025-03-16||20|godot|study|||"
	    "Kapitel 3, \"Knoten\"\nn\xC3\xA4" "chstes Mal: \xE4\xBF\xA1\xE5\x8F"
	    "\xB7 \xF0\x9F\x8E\xAE|manual|\n");
	EXPECT_EQ(ok(db, { "import", f }), f + ": 11 rows, 0 sessions added, 0 "
	    "tutorials added, 4 duplicates skipped\n");
}

TEST(cli_import_track_json, the_csv_fixture_and_the_json_fixture_agree)
{
	TempDir dir;
	std::string db = dir.file("track.db"), csv = dir.file("export.csv");
	std::string json = dir.file("export.json");
	write_file(csv, fixture("track_export.csv"));
	write_file(json, fixture("track_export.json"));
	ok(db, { "import", csv });
	// Only the fourth session is not in the CSV.
	EXPECT_EQ(ok(db, { "import", json }), json + ": 11 rows, 1 session "
	    "added, 0 tutorials added, 3 duplicates skipped\n");
	EXPECT_EQ(query(db, "SELECT count(*) FROM path_choice UNION ALL SELECT "
	    "count(*) FROM project UNION ALL SELECT count(*) FROM tutorial"),
	    "1\n1\n1\n");
}

// ---------------------------------------------------------------------
// Refusals: one line each (bad entries: one per entry), nothing written

class JsonRefusalCli : public ::testing::Test {
protected:
	void SetUp() override
	{
		ok(db_, { "log", "20m", "python", "--date", "2025-01-01" });
		text_ = fixture("track_export.json");
	}
	// Writes text as name in the directory; returns its path.
	std::string write(const std::string &name, const std::string &text)
	{
		std::string p = dir_.file(name);
		write_file(p, text);
		return p;
	}
	// The fixture with from replaced by to (once).
	std::string edited(const std::string &from, const std::string &to)
	{
		std::string s = text_;
		size_t at = s.find(from);
		EXPECT_NE(at, std::string::npos) << from;
		return s.replace(at, from.size(), to);
	}
	TempDir dir_;
	std::string db_ = dir_.file("track.db");
	std::string text_;
};

TEST_F(JsonRefusalCli, bad_sessions_are_named_and_nothing_is_written)
{
	std::string s = edited("\"minutes\": 301", "\"minutes\": \"x\"");
	text_ = s;
	std::string f = write("bad.json", edited("\"kind\": \"study\",\n"
	    "      \"origin\": \"timer\"", "\"kind\": \"reading\",\n"
	    "      \"origin\": \"timer\""));
	expect_refused(db_, { "import", f }, 1,
	    f + ":sessions[1]: invalid minutes \"x\": use a whole number from 1 "
	    "to 1440\n" +
	    f + ":sessions[2]: invalid kind 'reading': use tutorial, study or "
	    "project\n"
	    "track: " + f + ": 2 bad rows; nothing imported from it (--skip-bad "
	    "imports the good rows)\n");
}

TEST_F(JsonRefusalCli, skip_bad_imports_the_rest_and_rejects_as_track_csv)
{
	std::string f = write("bad.json", edited("\"minutes\": 301",
	    "\"minutes\": 1441"));
	std::string rejects = dir_.file("rejects.csv");
	RunResult r = on(db_, { "import", f, "--skip-bad", "--rejects",
	    rejects });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 11 rows, 3 sessions added, 1 tutorial added, 0 "
	    "duplicates skipped, 1 rejected\n");
	EXPECT_EQ(r.err, f + ":sessions[1]: invalid minutes '1441': use a whole "
	    "number from 1 to 1440\n");
	EXPECT_EQ(read_file(rejects),
	    "record,uuid,day,start,minutes,topic,topic_path,kind,project,"
	    "project_path,project_started,project_completed,project_url,"
	    "tutorial,tutorial_topic,tutorial_platform,tutorial_course_id,"
	    "tutorial_progress,tutorial_started,tutorial_completed,"
	    "tutorial_url,note,origin,fingerprint,name,value,estimated,"
	    "contribution,error\n"
	    "session,0190c2a0-0000-7000-8000-000000000002,2025-03-14,,1441,"
	    "pandas,,tutorial,,,,,,Pandas in Practice,,Udemy,5120087,,,,,,"
	    "import,2025-03-14/0123456789abcdef,,,,,sessions[1]: invalid minutes "
	    "'1441': use a whole number from 1 to 1440\n");
}

TEST_F(JsonRefusalCli, broken_json_is_refused_with_one_line)
{
	std::string f = write("cut.json", text_.substr(0, text_.find(
	    "\"minutes\": 301") + 12));
	expect_refused(db_, { "import", f }, 2, "track: " + f + ":56: invalid "
	    "JSON: '}' expected near end of file\n");
	f = write("cut2.json", text_.substr(0, text_.size() - 4));
	expect_refused(db_, { "import", f }, 2, "track: " + f + ":83: invalid "
	    "JSON: the file ends before the document does (is it truncated?)\n");
	f = write("garbage.json", edited("\"minutes\": 45,", "\"minutes\": 45"));
	expect_refused(db_, { "import", f }, 2, "track: " + f + ":69: invalid "
	    "JSON: '}' expected near '\"topic\"'\n");
}

TEST_F(JsonRefusalCli, other_json_and_other_versions)
{
	std::string f = write("other.json", "{\"intervals\": []}\n");
	expect_refused(db_, { "import", f }, 2, "track: " + f + ": a JSON object "
	    "without \"format\": \"track-export\": track imports the JSON of "
	    "'track export --format json' and of 'timew export' (an array); "
	    "--from track-json reads it as track's export\n");
	f = write("v2.json", edited("\"version\": 1", "\"version\": 2"));
	expect_refused(db_, { "import", f }, 2, "track: " + f + ": track export "
	    "version 2 is not supported: this track reads version 1\n");
}

TEST_F(JsonRefusalCli, from_must_name_the_kind_of_file_given)
{
	std::string f = write("export.json", text_);
	expect_refused(db_, { "import", f, "--from", "timew" }, 2, "track: " + f +
	    ": --from timew reads a JSON array, and this file does not start "
	    "with '['\n");
	expect_refused(db_, { "import", f, "--from", "track" }, 2, "track: " + f +
	    ": this is JSON, not CSV: drop --from or use --from track-json\n");
	std::string csv = write("export.csv", fixture("track_export.csv"));
	expect_refused(db_, { "import", csv, "--from", "track-json" }, 2,
	    "track: " + csv + ": this is not track's JSON export (it does not "
	    "start with '{')\n");
	std::string timew = write("timew.json", fixture("timew.json"));
	expect_refused(db_, { "import", timew, "--from", "track-json" }, 2,
	    "track: " + timew + ": this is not track's JSON export (it does not "
	    "start with '{')\n");
	EXPECT_EQ(ok(db_, { "import", f, "--from", "track-json" }), f + ": 11 "
	    "rows, 4 sessions added, 1 tutorial added, 0 duplicates skipped\n");
}

} // namespace
