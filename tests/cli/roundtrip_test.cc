// End-to-end: importing `track export` into an empty database rebuilds
// what the judgement and the lists show (SPEC §8).
#include <gtest/gtest.h>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T18:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

RunResult
on(const std::string &db, std::vector<std::string> args)
{
	args.insert(args.begin(), { "--db", db });
	return run_track(args, kEnv);
}

std::string
ok(const std::string &db, const std::vector<std::string> &args)
{
	RunResult r = on(db, args);
	EXPECT_EQ(r.status, 0) << args[0] << ": " << r.err;
	return r.out;
}

// A history with two hand-added tutorials, a finished project with a URL,
// an unmapped topic, a custom path and path changes.
void
build_history(const std::string &db)
{
	ok(db, { "path", "add", "game-dev", "Game development" });
	ok(db, { "topic", "add", "godot", "--path", "game-dev" });
	ok(db, { "path", "set", "backend", "--date", "2026-09-01" });
	ok(db, { "log", "1h", "django", "--date", "2026-09-02", "--tutorial",
	    "Django for Beginners" });
	ok(db, { "log", "2h", "python", "--date", "2026-09-03", "--tutorial",
	    "Python Crash Course" });
	ok(db, { "log", "45m", "django", "--date", "2026-09-04", "--tutorial",
	    "Django for Beginners", "--note", "views, \"urls\"" });
	ok(db, { "log", "3h", "django", "--date", "2026-09-10", "--project",
	    "Blog" });
	ok(db, { "project", "done", "Blog", "--date", "2026-09-20", "--url",
	    "https://example.com/blog" });
	// Three choices on one day: each replaces the one before it, so
	// the last one is the choice of that day.
	ok(db, { "path", "set", "game-dev", "--date", "2026-10-01" });
	ok(db, { "path", "set", "ml", "--date", "2026-10-01" });
	ok(db, { "path", "set", "game-dev", "--date", "2026-10-01" });
	ok(db, { "log", "90m", "godot", "--date", "2026-10-02" });
	ok(db, { "log", "30m", "rustlang", "--date", "2026-10-03", "--note",
	    "'=1+1 stays text" });
	ok(db, { "log", "20m", "rustlang", "--date", "2026-10-04", "--note",
	    "=SUM(A1)" });
	// Blanks at either end, which a bare CSV cell would lose.
	ok(db, { "log", "15m", "godot", "--date", "2026-10-05", "--note",
	    "  spaced out  " });
	ok(db, { "config", "set", "plan.projects", "2" });
}

// What must come back the same (ids are renumbered, so ls shows uuids).
const std::vector<std::vector<std::string>> kViews = {
	{ "check", "--format", "json" }, { "plan", "--format", "json" },
	{ "portfolio", "--format", "json" }, { "tutorial", "list" },
	{ "project", "list" }, { "path", "show" }, { "config", "get",
	"plan.projects" }, { "topic", "list", "--path", "game-dev" },
};

std::string
sessions_by_uuid(const std::string &db)
{
	return query(db, "SELECT s.uuid, s.day, s.minutes, t.name, s.kind, "
	    "ifnull(p.name, ''), ifnull(tu.title, ''), ifnull(s.note, '') FROM "
	    "session s JOIN topic t ON t.id = s.topic_id LEFT JOIN project p ON "
	    "p.id = s.project_id LEFT JOIN tutorial tu ON tu.id = s.tutorial_id "
	    "ORDER BY s.uuid");
}

TEST(cli_roundtrip, csv_export_rebuilds_the_history)
{
	TempDir dir;
	std::string a = dir.file("a.db"), b = dir.file("b.db");
	std::string csv = dir.file("export.csv");
	build_history(a);
	ok(a, { "export", "--format", "csv", "--output", csv });
	RunResult r = on(b, { "import", csv });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out.find(csv + ": "), 0u);
	// godot comes mapped to game-dev: only rustlang is reported unmapped.
	EXPECT_EQ(r.err, csv + ": 1 topic stored unmapped ('rustlang'): map "
	    "them with 'track topic add NAME --path PATH' or 'track topic alias "
	    "NAME TOPIC'\n");
	EXPECT_EQ(sessions_by_uuid(a), sessions_by_uuid(b));
	EXPECT_EQ(query(b, "SELECT p.slug, c.day FROM path_choice c JOIN path p "
	    "ON p.id = c.path_id ORDER BY c.day, c.id"), "backend|2026-09-01\n"
	    "game-dev|2026-10-01\n");
	for (const auto &view : kViews)
		EXPECT_EQ(ok(a, view), ok(b, view)) << view[0];
	// Each session keeps its own tutorial (a regression: all sessions of
	// an export once went to the first tutorial imported).
	EXPECT_EQ(query(b, "SELECT tu.title, count(*) FROM session s JOIN "
	    "tutorial tu ON tu.id = s.tutorial_id GROUP BY 1 ORDER BY 1"),
	    "Django for Beginners|2\nPython Crash Course|1\n");
}

TEST(cli_roundtrip, importing_the_export_again_adds_nothing)
{
	TempDir dir;
	std::string a = dir.file("a.db"), csv = dir.file("export.csv");
	build_history(a);
	ok(a, { "export", "--format", "csv", "--output", csv });
	std::string before = sessions_by_uuid(a);
	std::string out = ok(a, { "import", csv });
	EXPECT_NE(out.find("0 sessions added"), std::string::npos) << out;
	EXPECT_EQ(sessions_by_uuid(a), before);
	EXPECT_EQ(query(a, "SELECT count(*) FROM path_choice"), "2\n");
}

} // namespace
