// End-to-end: the history of path choices (SPEC §5.1) through the built
// binary: a `path set` on the day of the choice before it replaces it,
// `track path undo` takes back the newest choice, and `track undo` takes
// back path choices among sessions and imports, newest first. Each test
// starts on a fresh database; "today" is 2026-11-22.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

class Choices : public ::testing::Test {
protected:
	RunResult track(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db });
		return run_track(args, kEnv);
	}

	// Runs a command that must succeed with exactly out on stdout.
	void ok(const std::vector<std::string> &args, const std::string &out)
	{
		RunResult r = track(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.out, out);
		EXPECT_EQ(r.err, "");
	}

	// Runs a command that must be refused with status and the one line
	// err, leaving the database byte-identical (or still missing).
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

	// The history as "day|slug" lines, by day then entry.
	std::string history()
	{
		return query(db, "SELECT c.day, p.slug FROM path_choice c JOIN "
		    "path p ON p.id = c.path_id ORDER BY c.day, c.id");
	}

	// The history as `track path show` shows it (its last lines).
	std::string history_shown()
	{
		std::string out = track({ "path", "show" }).out;
		size_t at = out.find("history");
		return at == std::string::npos ? out : out.substr(at);
	}

	std::string sql(const std::string &q) { return query(db, q); }

	TempDir dir;
	std::string db = dir.file("track.db");
};

/* ---------------------------------------------------------------------
 * path set: a choice of the same day replaces it
 */

// Issue 15 case 4: a mis-click corrected the same day is not a change.
TEST_F(Choices, a_second_choice_the_same_day_replaces_the_first)
{
	ok({ "path", "set", "ml" }, "path: ml (first choice)\n");
	ok({ "path", "set", "backend" },
	    "path: backend (replaces ml chosen today)\n");
	EXPECT_EQ(history(), "2026-11-22|backend\n");
	EXPECT_EQ(history_shown(), "history (oldest first):\n"
	    "  2026-11-22  backend  first choice\n");
}

// Choosing the path the day already has writes nothing.
TEST_F(Choices, the_same_path_again_the_same_day_changes_nothing)
{
	ok({ "path", "set", "backend", "--date", "2026-09-01" },
	    "path: backend since 2026-09-01 (first choice)\n");
	ok({ "path", "set", "ml" }, "path: ml (was backend)\n");
	std::string before = read_file(db);
	ok({ "path", "set", "ml" }, "path: ml (unchanged, chosen 2026-11-22)\n");
	EXPECT_EQ(history(), "2026-09-01|backend\n2026-11-22|ml\n");
	EXPECT_EQ(sql("SELECT count(*) FROM undo_entry"), "2\n");
	// A choice of another day is recorded, unchanged or not.
	ok({ "path", "set", "ml", "--date", "yesterday" },
	    "path: ml since 2026-11-21 (was backend); current path: ml (chosen "
	    "2026-11-21)\n");
	EXPECT_EQ(history(), "2026-09-01|backend\n2026-11-21|ml\n"
	    "2026-11-22|ml\n");
}

// --date onto a day that has a choice replaces that day's choice, and
// says which path stays current when later choices exist.
TEST_F(Choices, a_back_dated_choice_replaces_the_choice_of_its_day)
{
	ok({ "path", "set", "backend", "--date", "2026-09-01" },
	    "path: backend since 2026-09-01 (first choice)\n");
	ok({ "path", "set", "ml", "--date", "2026-10-01" },
	    "path: ml since 2026-10-01 (was backend)\n");
	ok({ "path", "set", "devops", "--date", "2026-09-01" },
	    "path: devops since 2026-09-01 (replaces backend chosen that day); "
	    "current path: ml (chosen 2026-10-01)\n");
	EXPECT_EQ(history(), "2026-09-01|devops\n2026-10-01|ml\n");
}

/* ---------------------------------------------------------------------
 * path undo
 */

TEST_F(Choices, path_undo_takes_back_the_newest_choice_and_names_the_current)
{
	ok({ "path", "set", "backend", "--date", "2026-09-01" },
	    "path: backend since 2026-09-01 (first choice)\n");
	ok({ "log", "1h", "django" },
	    "logged 1h django (backend, study) on 2026-11-22 as #1\n");
	ok({ "path", "set", "ml" }, "path: ml (was backend)\n");
	ok({ "path", "undo" }, "undid 'path set ml' of 2026-11-22; current "
	    "path: backend (chosen 2026-09-01)\n");
	// The session logged in between is not a path choice: it stays.
	ok({ "path", "undo" }, "undid 'path set backend' of 2026-09-01; no "
	    "path chosen now\n");
	EXPECT_EQ(history(), "");
	EXPECT_EQ(sql("SELECT count(*) FROM session"), "1\n");
	EXPECT_EQ(sql("SELECT session_id FROM undo_entry"), "1\n");
	refused({ "path", "undo" }, 1, "no path choice to undo: 'track path set "
	    "PATH' makes one");
}

// Undoing a replacement puts the replaced path back, choice by choice.
TEST_F(Choices, path_undo_of_a_replacement_puts_the_replaced_path_back)
{
	ok({ "path", "set", "ml" }, "path: ml (first choice)\n");
	ok({ "path", "set", "backend" },
	    "path: backend (replaces ml chosen today)\n");
	ok({ "path", "set", "devops" },
	    "path: devops (replaces backend chosen today)\n");
	ok({ "path", "undo" }, "undid 'path set devops' of 2026-11-22, which "
	    "replaced backend; current path: backend (chosen 2026-11-22)\n");
	EXPECT_EQ(history(), "2026-11-22|backend\n");
	ok({ "path", "undo" }, "undid 'path set backend' of 2026-11-22, which "
	    "replaced ml; current path: ml (chosen 2026-11-22)\n");
	ok({ "path", "undo" }, "undid 'path set ml' of 2026-11-22; no path "
	    "chosen now\n");
	EXPECT_EQ(sql("SELECT count(*) FROM path_choice UNION ALL SELECT "
	    "count(*) FROM undo_entry"), "0\n0\n");
}

TEST_F(Choices, path_undo_refusals_change_nothing)
{
	refused({ "path", "undo" }, 1, "no path choice to undo: 'track path set "
	    "PATH' makes one");
	ok({ "path", "set", "ml" }, "path: ml (first choice)\n");
	refused({ "path", "undo", "ml" }, 2, "usage: track path undo");
	refused({ "path", "undo", "--date", "today" }, 2, "unknown option "
	    "'--date' for 'track path': see 'track help path'");
}

/* ---------------------------------------------------------------------
 * track undo
 */

// Issue 15 case 4: version 1 removed the session, not the choice.
TEST_F(Choices, undo_after_two_path_sets_takes_back_the_choice_not_a_session)
{
	ok({ "log", "2h", "django", "--date", "yesterday" },
	    "logged 2h django (backend, study) on 2026-11-21 as #1\n");
	ok({ "path", "set", "ml" }, "path: ml (first choice)\n");
	ok({ "path", "set", "backend" },
	    "path: backend (replaces ml chosen today)\n");
	ok({ "undo" }, "undid 'path set backend' of 2026-11-22, which "
	    "replaced ml; current path: ml (chosen 2026-11-22)\n");
	EXPECT_EQ(sql("SELECT id, minutes FROM session"), "1|120\n");
	ok({ "undo" }, "undid 'path set ml' of 2026-11-22; no path chosen "
	    "now\n");
	EXPECT_EQ(sql("SELECT count(*) FROM session"), "1\n");
	ok({ "undo" }, "undid #1: logged 2h django (backend, study) on "
	    "2026-11-21\n");
	refused({ "undo" }, 1, "nothing to undo");
}

// The undo log is in the order things were done, not by the days they
// name: a back-dated choice made last is taken back first.
TEST_F(Choices, undo_follows_the_order_of_the_commands_not_their_dates)
{
	ok({ "path", "set", "backend", "--date", "2026-11-01" },
	    "path: backend since 2026-11-01 (first choice)\n");
	ok({ "log", "1h", "flask" },
	    "logged 1h flask (backend, study) on 2026-11-22 as #1\n");
	ok({ "path", "set", "ml", "--date", "2026-10-01" },
	    "path: ml since 2026-10-01 (first choice); current path: backend "
	    "(chosen 2026-11-01)\n");
	ok({ "undo" }, "undid 'path set ml' of 2026-10-01; current path: "
	    "backend (chosen 2026-11-01)\n");
	ok({ "undo" }, "undid #1: logged 1h flask (backend, study) on "
	    "2026-11-22\n");
	ok({ "undo" }, "undid 'path set backend' of 2026-11-01; no path "
	    "chosen now\n");
}

// `path undo` of a choice removes its undo entries: `track undo` then
// takes back what came before it.
TEST_F(Choices, undo_after_path_undo_skips_the_choice_taken_back)
{
	ok({ "log", "1h", "flask" },
	    "logged 1h flask (backend, study) on 2026-11-22 as #1\n");
	ok({ "path", "set", "ml" }, "path: ml (first choice)\n");
	ok({ "path", "undo" }, "undid 'path set ml' of 2026-11-22; no path "
	    "chosen now\n");
	ok({ "undo" }, "undid #1: logged 1h flask (backend, study) on "
	    "2026-11-22\n");
}

/* ---------------------------------------------------------------------
 * A database of version 7 (before schema 008)
 */

const char kVersion7Choices[] = R"(
INSERT INTO path_choice (id, path_id, day, created) VALUES
 (1, (SELECT id FROM path WHERE slug = 'backend'), '2026-09-01', 'x'),
 (2, (SELECT id FROM path WHERE slug = 'ml'), '2026-10-01', 'x'),
 (3, (SELECT id FROM path WHERE slug = 'backend'), '2026-10-01', 'x'),
 (4, (SELECT id FROM path WHERE slug = 'devops'), '2026-11-05', 'x');
)";

// Version 1 kept every choice of a day; the last one stood. Schema 008
// keeps only it, so a mis-click of then is no change now either.
TEST_F(Choices, a_version_7_database_keeps_the_last_choice_of_each_day)
{
	make_db_at_version(db, 7, kVersion7Choices);
	EXPECT_EQ(history_shown(), "history (oldest first):\n"
	    "  2026-09-01  backend  first choice\n"
	    "  2026-10-01  backend  unchanged\n"
	    "  2026-11-05  devops   changed from backend\n");
	EXPECT_EQ(query(db, "PRAGMA user_version"),
	    std::to_string(migration_count()) + "\n");
	EXPECT_EQ(history(), "2026-09-01|backend\n2026-10-01|backend\n"
	    "2026-11-05|devops\n");
}

// Choices made before the undo log named them: `path undo` removes the
// newest; `track undo` does not see them.
TEST_F(Choices, path_undo_removes_the_newest_choice_of_an_older_database)
{
	make_db_at_version(db, 7, kVersion7Choices);
	history_shown();	// migrates it: a refusal changes nothing then
	refused({ "undo" }, 1, "nothing to undo");
	ok({ "path", "undo" }, "undid 'path set devops' of 2026-11-05; "
	    "current path: backend (chosen 2026-09-01)\n");
	ok({ "path", "set", "ml" }, "path: ml (was backend)\n");
	ok({ "undo" }, "undid 'path set ml' of 2026-11-22; current path: "
	    "backend (chosen 2026-09-01)\n");
	ok({ "path", "undo" }, "undid 'path set backend' of 2026-10-01; "
	    "current path: backend (chosen 2026-09-01)\n");
}

} // namespace
