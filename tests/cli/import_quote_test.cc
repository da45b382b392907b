// End-to-end: a quote left open in a CSV import. It would make libcsv
// read every following row into one cell; instead its row is a bad row
// named by its line, and the rows after it are read as the rows they
// are: refused with the file, or imported under --skip-bad. Quotes
// opened in the first cell, the last cell and the header, in every kind
// of CSV, through a pipe, and the size a quoted cell may reach.
#include <gtest/gtest.h>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

const char kRefused[] = ": 1 bad row; nothing imported from it "
    "(--skip-bad imports the good rows)\n";

// The fixture's text (tests run from the top of the tree).
std::string
fixture(const std::string &name)
{
	std::string here = __FILE__;
	std::string root = here.substr(0, here.rfind("tests/cli/"));
	return read_file(root + "tests/fixtures/import/" + name);
}

// text with its first occurrence of from replaced by to (which must be
// there: a fixture that changed would make the test pass vacuously).
std::string
edited(std::string text, const std::string &from, const std::string &to)
{
	size_t at = text.find(from);
	EXPECT_NE(at, std::string::npos) << from;
	if (at != std::string::npos)
		text.replace(at, from.size(), to);
	return text;
}

// The problems csvread.c words.
std::string
never_closed(const std::string &where = "on this line")
{
	return "unterminated quoted cell: the quote opened " + where +
	    " is never closed (the cell runs to the end of the file)";
}

std::string
runs_into(long line, const std::string &where = "on this line")
{
	return "unterminated quoted cell: the quote opened " + where +
	    " runs into line " + std::to_string(line) + ", where a quote is "
	    "followed by text (a quote inside a quoted cell is written \"\")";
}

class Db : public TrackDb {
public:
	Db() : TrackDb(kEnv)
	{
		ok({ "log", "20m", "python", "--date", "2025-01-01" });
	}
	// day|minutes|topic|note of the imported sessions, oldest first.
	std::string sessions() const
	{
		return query(path_, "SELECT s.day, s.minutes, t.name, "
		    "ifnull(s.note, '') FROM session s JOIN topic t ON t.id = "
		    "s.topic_id WHERE s.origin = 'import' ORDER BY s.day, s.id");
	}
};

// Expects import args refused with status and stderr, nothing written.
void
expect_refused(const Db &db, const std::vector<std::string> &args,
    int status, const std::string &err)
{
	std::string before = read_file(db.path());
	RunResult r = db.run(args);
	EXPECT_EQ(r.status, status);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, err);
	EXPECT_TRUE(read_file(db.path()) == before) << "database changed";
}

// Four generic rows, the second with a note whose quote is left open.
const char kGeneric[] =
    "date,duration,topic,note\n"
    "2025-06-02,1h,django,first\n"
    "2025-06-03,45m,pandas,\"left open\n"
    "2025-06-04,30m,numpy,after it\n"
    "2025-06-05,1h,flask,last\n";

const char kGenericRest[] =
    "2025-06-02|60|django|first\n"
    "2025-06-04|30|numpy|after it\n"
    "2025-06-05|60|flask|last\n";

} // namespace

TEST(cli_import_quotes, open_quote_in_the_middle_refuses_the_file_at_its_line)
{
	Db db;
	std::string f = db.write("open.csv", kGeneric);
	expect_refused(db, { "import", f }, 1, f + ":3: " + never_closed() +
	    "\ntrack: " + f + kRefused);
}

TEST(cli_import_quotes, skip_bad_imports_the_rows_it_swallowed)
{
	Db db;
	std::string f = db.write("open.csv", kGeneric);
	std::string rejects = db.dir() + "/rejects.csv";
	RunResult r = db.run({ "import", f, "--skip-bad", "--rejects",
	    rejects });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 4 rows, 3 sessions added, 0 tutorials added, "
	    "0 duplicates skipped, 1 rejected\n");
	EXPECT_EQ(r.err, f + ":3: " + never_closed() + "\n");
	EXPECT_EQ(db.sessions(), kGenericRest);
	EXPECT_EQ(read_file(rejects), "date,duration,topic,note,error\n"
	    "2025-06-03,45m,pandas,left open,line 3: " + never_closed() + "\n");

	// With its quote closed, the file adds the row it lacked.
	f = db.write("closed.csv", edited(kGeneric, "\"left open",
	    "\"left open\""));
	EXPECT_EQ(db.ok({ "import", f }), f + ": 4 rows, 1 session added, 0 "
	    "tutorials added, 3 duplicates skipped\n");
}

TEST(cli_import_quotes, the_same_through_a_pipe)
{
	Db db;
	RunResult r = run_track_input({ "--db", db.path(), "import", "-",
	    "--skip-bad" }, kGeneric, kEnv);
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "(stdin): 4 rows, 3 sessions added, 0 tutorials "
	    "added, 0 duplicates skipped, 1 rejected\n");
	EXPECT_EQ(r.err, "(stdin):3: " + never_closed() + "\n");
	EXPECT_EQ(db.sessions(), kGenericRest);
}

TEST(cli_import_quotes, open_quote_on_the_last_row)
{
	for (std::string end : { "\n", "" }) {
		Db db;
		std::string f = db.write("last.csv", "date,duration,topic,note\n"
		    "2025-06-02,1h,django,first\n2025-06-03,45m,pandas,\"open" +
		    end);
		SCOPED_TRACE(end.empty() ? "no final newline" : "final newline");
		expect_refused(db, { "import", f }, 1, f + ":3: " +
		    never_closed() + "\ntrack: " + f + kRefused);
		RunResult r = db.run({ "import", f, "--skip-bad" });
		EXPECT_EQ(r.out, f + ": 2 rows, 1 session added, 0 tutorials "
		    "added, 0 duplicates skipped, 1 rejected\n");
		EXPECT_EQ(db.sessions(), "2025-06-02|60|django|first\n");
	}
}

TEST(cli_import_quotes, open_quote_in_the_first_cell)
{
	Db db;
	std::string f = db.write("first.csv", edited(kGeneric,
	    "2025-06-03,45m,pandas,\"left open", "\"2025-06-03,45m,pandas,x"));
	RunResult r = db.run({ "import", f, "--skip-bad" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, f + ":3: " + never_closed() + "\n");
	EXPECT_EQ(db.sessions(), kGenericRest);
}

TEST(cli_import_quotes, open_quote_in_the_last_cell_of_an_all_quoted_export)
{
	// Toggl's current export quotes every cell; the first record spans
	// lines 2 and 3, and its last cell loses its closing quote.
	Db db;
	std::string text = edited(fixture("toggl_current.csv"),
	    "\"numpy\"\n", "\"numpy\n");
	std::string f = db.write("toggl.csv", text);
	std::string problem = runs_into(4, "on line 3");
	expect_refused(db, { "import", f }, 1, f + ":2: " + problem +
	    "\ntrack: " + f + kRefused);
	RunResult r = db.run({ "import", f, "--skip-bad" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 2 rows, 1 session added, 0 tutorials added, 0 "
	    "duplicates skipped, 1 rejected\n");
	EXPECT_EQ(db.sessions(), "2025-05-06|13|flask|Blueprints\n");
}

TEST(cli_import_quotes, open_quote_that_runs_into_a_later_quoted_cell)
{
	// Toggl's classic export quotes where needed: the Tags of row 2 run
	// into the quoted Description of row 3.
	Db db;
	std::string f = db.write("toggl.csv", edited(
	    fixture("toggl_classic.csv"), "\"django, video\",",
	    "\"django, video,"));
	RunResult r = db.run({ "import", f, "--skip-bad" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 3 rows, 1 session added, 0 tutorials added, 0 "
	    "duplicates skipped, 2 rejected, kind from the entries' words: 1 "
	    "project\n");
	EXPECT_EQ(r.err, f + ":2: " + runs_into(3) + "\n" + f + ":4: entry "
	    "lasts 25h30m; a session holds at most 24h\n");
	EXPECT_EQ(db.sessions(), "2025-03-11|45|fastapi|Build the \"items\" "
	    "endpoint\n");
}

TEST(cli_import_quotes, course_export_with_a_quote_left_open)
{
	Db db;
	std::string f = db.write("udemy.csv", edited(fixture("udemy.csv"),
	    "\"1,318.5\"", "\"1,318.5"));
	RunResult r = db.run({ "import", f, "--skip-bad" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, f + ":2: " + never_closed() + "\n");
	EXPECT_EQ(r.out, f + ": 2 rows, 14 sessions added, 1 tutorial added, 0 "
	    "duplicates skipped, 1 rejected, 5h01m of course time spread over 14 "
	    "days (estimated)\n");
	EXPECT_EQ(query(db.path(), "SELECT title FROM tutorial"),
	    "Pandas in Practice\n");
}

TEST(cli_import_quotes, crlf_export_with_a_quote_left_open)
{
	Db db;
	std::string f = db.write("watson.csv", edited(fixture("watson.csv"),
	    "\"build, auth\"", "\"build, auth"));
	std::string rejects = db.dir() + "/rejects.csv";
	RunResult r = db.run({ "import", f, "--skip-bad", "--rejects",
	    rejects });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 3 rows, 2 sessions added, 0 tutorials added, 0 "
	    "duplicates skipped, 1 rejected, kind from the entries' words: 1 "
	    "tutorial\n");
	// Line 4 quotes its tags: the open quote runs into it.
	EXPECT_EQ(r.err, f + ":2: " + runs_into(4) + "\n");
	EXPECT_EQ(read_file(rejects), "id,start,stop,project,tags,error\n"
	    "4be91c0,2025-05-12 18:30:00,2025-05-12 19:45:00,django-blog,"
	    "\"build, auth\",\"line 2: unterminated quoted cell: the quote "
	    "opened on this line runs into line 4, where a quote is followed "
	    "by text (a quote inside a quoted cell is written \"\"\"\")\"\n");
}

TEST(cli_import_quotes, a_quoted_note_over_lines_still_imports)
{
	Db db;
	std::string f = db.write("notes.csv", "date,duration,topic,note\n"
	    "2025-06-02,1h,django,\"models, views\nand \"\"admin\"\"\n\"\n"
	    "2025-06-03,2h,pandas,\"5\"\" screen\"\n"
	    "2025-06-04,30m,numpy,5\" screen\n");
	EXPECT_EQ(db.ok({ "import", f }), f + ": 3 rows, 3 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped\n");
	EXPECT_EQ(db.sessions(),
	    "2025-06-02|60|django|models, views\nand \"admin\"\n\n"
	    "2025-06-03|120|pandas|5\" screen\n"
	    "2025-06-04|30|numpy|5\" screen\n");
}

// A generic file whose extra column (ignored) holds a quoted cell of
// bytes bytes over two lines, then a good row.
static std::string
long_cell_file(size_t bytes)
{
	return "date,duration,topic,extra\n2025-06-02,1h,django,\"first\n" +
	    std::string(bytes - 6, 'y') + "\"\n2025-06-03,2h,pandas,x\n";
}

TEST(cli_import_quotes, a_quoted_cell_over_lines_holds_at_most_64_kib)
{
	Db db;
	std::string f = db.write("max.csv", long_cell_file(64 << 10));
	EXPECT_EQ(db.ok({ "import", f }), f + ": 2 rows, 2 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped\n");

	Db over;
	f = over.write("over.csv", long_cell_file((64 << 10) + 1));
	RunResult r = over.run({ "import", f });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.err.substr(0, r.err.find('\n') + 1), f + ":2: unterminated "
	    "quoted cell: the quote opened on this line runs over 64 KiB, to "
	    "line 3 (a quoted cell holds at most 64 KiB)\n");
	// Its second line is read again, as the row it would be.
	EXPECT_NE(r.err.find("\n" + f + ":3: invalid date 'yyy"),
	    std::string::npos);
	r = over.run({ "import", f, "--skip-bad" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, f + ": 3 rows, 1 session added, 0 tutorials added, 0 "
	    "duplicates skipped, 2 rejected\n");
	EXPECT_EQ(over.sessions(), "2025-06-03|120|pandas|\n");
}

TEST(cli_import_quotes, quote_opened_in_the_header_refuses_the_file)
{
	Db db;
	std::string f = db.write("head.csv", "date,duration,\"topic,note\n"
	    "2025-06-02,1h,django,first\n");
	std::string err = "track: " + f + ":1: " + never_closed() + "\n";
	expect_refused(db, { "import", f }, 2, err);
	expect_refused(db, { "import", f, "--skip-bad" }, 2, err);
}
