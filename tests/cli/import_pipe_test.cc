// End-to-end: `track import` from what cannot be rewound: `-` (stdin)
// fed through a pipe, a FIFO, /dev/stdin and process substitution. Each
// must import what the same file imports by name, whatever its kind and
// however its length compares with the bytes read to tell its kind.
#include <gtest/gtest.h>
#include <jansson.h>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// The fixture's text (tests run from the top of the tree).
std::string
fixture(const std::string &name)
{
	std::string here = __FILE__;
	std::string root = here.substr(0, here.rfind("tests/cli/"));
	return read_file(root + "tests/fixtures/import/" + name);
}

// text with every occurrence of from replaced by to.
std::string
replaced(std::string text, const std::string &from, const std::string &to)
{
	for (size_t at = text.find(from); at != std::string::npos;
	    at = text.find(from, at + to.size()))
		text.replace(at, from.size(), to);
	return text;
}

// Everything an import writes that does not depend on the clock or on
// chance (uuids, created instants) or on the file's name.
const char kContent[] =
    "SELECT 'session', s.day, ifnull(s.start, ''), s.minutes, t.name, "
    "s.kind, ifnull(p.name, ''), ifnull(tu.title, ''), ifnull(s.note, ''), "
    "ifnull(s.fingerprint, ''), s.origin FROM session s JOIN topic t ON "
    "t.id = s.topic_id LEFT JOIN project p ON p.id = s.project_id LEFT "
    "JOIN tutorial tu ON tu.id = s.tutorial_id "
    "UNION ALL SELECT 'tutorial', title, ifnull(platform, ''), "
    "ifnull(course_id, ''), ifnull(progress, ''), ifnull(started, ''), "
    "ifnull(completed, ''), ifnull(url, ''), ifnull(last_activity, ''), '', "
    "'' FROM tutorial "
    "UNION ALL SELECT 'project', name, ifnull(started, ''), "
    "ifnull(completed, ''), ifnull(url, ''), '', '', '', '', '', '' FROM "
    "project "
    "UNION ALL SELECT 'topic', t.name, ifnull(p.slug, ''), '', '', '', '', "
    "'', '', '', '' FROM topic t LEFT JOIN path p ON p.id = t.path_id "
    "UNION ALL SELECT 'batch', format, rows, sessions_added, "
    "tutorials_added, tutorials_updated, duplicates, rejected, skipped, '', "
    "'' FROM import_batch "
    "ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10";

class Db : public TrackDb {
public:
	Db() : TrackDb(kEnv) {}
	std::string file(const std::string &name) const { return dir_.file(name); }
	// track import args with input on its stdin, through a pipe.
	RunResult piped(std::vector<std::string> args,
	    const std::string &input) const
	{
		args.insert(args.begin(), { "--db", path_ });
		return run_track_input(args, input, kEnv);
	}
	std::string content() const { return sql(kContent); }
};

// What importing text by name gives: status, stdout and stderr (the
// name replaced by NAME) and the database's content.
struct Imported {
	int status;
	std::string out, err, content;
};

Imported
by_name(const std::string &text, const std::vector<std::string> &options)
{
	Db db;
	std::string f = db.write("input", text);
	std::vector<std::string> args = { "import", f };
	args.insert(args.end(), options.begin(), options.end());
	RunResult r = db.run(args);
	return { r.status, replaced(r.out, f, "NAME"), replaced(r.err, f,
	    "NAME"), db.content() };
}

// Expects r (its input shown as name) and db to be what by_name gives.
void
expect_same(const Imported &want, const RunResult &r, const Db &db,
    const std::string &name)
{
	EXPECT_EQ(r.status, want.status) << r.err;
	EXPECT_EQ(r.out, replaced(want.out, "NAME", name));
	EXPECT_EQ(r.err, replaced(want.err, "NAME", name));
	EXPECT_EQ(db.content(), want.content);
}

// One input of every kind (CSV of a time tracker, of a course platform,
// track's own CSV and JSON, Timewarrior's JSON), shorter and longer than
// the 512 bytes looked at to tell the kind; the options they need.
struct Input {
	const char *fixture;
	std::vector<std::string> options;
};

const Input kInputs[] = {
	{ "generic.csv", {} },			// 216 bytes
	{ "toggl_classic.csv", { "--skip-bad" } },	// 499, a BOM
	{ "toggl_current.csv", {} },		// every cell quoted
	{ "clockify.csv", {} },			// 685
	{ "harvest.csv", {} },
	{ "watson.csv", {} },			// CRLF
	{ "udemy.csv", {} },			// course CSV, 731
	{ "coursera.csv", {} },			// course CSV, 1113
	{ "coursera_activity.csv", {} },	// header over 512 bytes
	{ "linkedin.csv", {} },
	{ "track_export.csv", {} },		// 1206
	{ "timew.json", {} },			// 267
	{ "track_export.json", {} },		// 2077
};

// Names the parameter in gtest's messages.
void
PrintTo(const Input &in, std::ostream *os)
{
	*os << in.fixture;
}

class PipedInput : public ::testing::TestWithParam<Input> {};

} // namespace

TEST_P(PipedInput, stdin_imports_what_the_file_by_name_does)
{
	const Input &in = GetParam();
	std::string text = fixture(in.fixture);
	ASSERT_FALSE(text.empty()) << in.fixture;
	Imported want = by_name(text, in.options);
	ASSERT_EQ(want.status, 0) << want.err;

	Db db;
	std::vector<std::string> args = { "import", "-" };
	args.insert(args.end(), in.options.begin(), in.options.end());
	expect_same(want, db.piped(args, text), db, "(stdin)");
}

TEST_P(PipedInput, a_fifo_imports_what_the_file_by_name_does)
{
	const Input &in = GetParam();
	std::string text = fixture(in.fixture);
	Imported want = by_name(text, in.options);

	Db db;
	std::string fifo = db.file("fifo");
	FifoWriter writer(fifo, text);
	std::vector<std::string> args = { "import", fifo };
	args.insert(args.end(), in.options.begin(), in.options.end());
	expect_same(want, db.run(args), db, fifo);
}

INSTANTIATE_TEST_SUITE_P(cli_import_pipes, PipedInput,
    ::testing::ValuesIn(kInputs),
    [](const ::testing::TestParamInfo<Input> &info) {
	    std::string name = info.param.fixture;
	    for (char &c : name)
		    if (c == '.')
			    c = '_';
	    return name;
    });

// A generic CSV of exactly size bytes (at least 200), its last row's
// note padded to fit.
static std::string
generic_of_size(size_t size)
{
	std::string text = "date,duration,topic,kind,project,tutorial,note\n"
	    "2025-06-02,1h30m,django,project,Recipe site,,models and admin\n";
	std::string row = "2025-06-03,45m,pandas,,,,";
	for (int i = 0; text.size() + 2 * row.size() + 16 < size; i++)
		text += row + "note " + std::to_string(i) + "\n";
	text += row + std::string(size - text.size() - row.size() - 1, 'n') +
	    "\n";
	return text;
}

TEST(cli_import_pipes, lengths_around_the_bytes_read_to_tell_the_kind)
{
	for (size_t size : { 200u, 511u, 512u, 513u, 1024u, 65535u, 65536u,
	    65537u, 200000u }) {
		std::string text = generic_of_size(size);
		ASSERT_EQ(text.size(), size);
		Imported want = by_name(text, {});
		ASSERT_EQ(want.status, 0) << size << ": " << want.err;
		Db db;
		SCOPED_TRACE(size);
		expect_same(want, db.piped({ "import", "-" }, text), db,
		    "(stdin)");
	}
}

TEST(cli_import_pipes, dev_stdin_and_process_substitution)
{
	std::string text = fixture("toggl_current.csv");
	Imported want = by_name(text, {});
	ASSERT_EQ(want.status, 0);
	{
		Db db;
		expect_same(want, db.piped({ "import", "/dev/stdin" }, text), db,
		    "/dev/stdin");
	}
	{
		Db db;
		std::string f = db.write("toggl.csv", text);
		RunResult r = run_program({ "bash", "-c", "exec \"$0\" --db "
		    "\"$1\" import <(cat \"$2\")", track_binary(), db.path(), f },
		    kEnv);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_NE(r.out.find(": 2 rows, 2 sessions added, 0 tutorials "
		    "added, 0 duplicates skipped, kind from the entries' words: "
		    "1 tutorial\n"), std::string::npos) << r.out;
		EXPECT_EQ(db.content(), want.content);
	}
}

TEST(cli_import_pipes, stdin_is_named_stdin_in_messages_summary_and_list)
{
	Db db;
	RunResult r = db.piped({ "import", "-" }, fixture("generic_bad.csv"));
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err.rfind("(stdin):", 0), 0u) << r.err;
	EXPECT_NE(r.err.find("\n(stdin):4: date 2027-01-01 is in the "
	    "future\n"), std::string::npos) << r.err;
	EXPECT_NE(r.err.find("track: (stdin): 3 bad rows; nothing imported "
	    "from it"), std::string::npos) << r.err;

	r = db.piped({ "import", "-", "--format", "json" }, fixture("generic.csv"));
	EXPECT_EQ(r.status, 0) << r.err;
	json_error_t e;
	json_t *root = json_loads(r.out.c_str(), 0, &e);
	ASSERT_NE(root, nullptr) << r.out;
	EXPECT_STREQ(json_string_value(json_object_get(json_array_get(root, 0),
	    "file")), "(stdin)");
	json_decref(root);
	EXPECT_EQ(db.sql("SELECT file FROM import_batch"), "(stdin)\n");
	r = db.run({ "import", "list" });
	EXPECT_EQ(r.out, "#1  2026-11-22  generic   (stdin): 3 rows, 3 sessions "
	    "added, 1 tutorial added, 0 updated, 0 duplicates, 0 rejected\n");
}

TEST(cli_import_pipes, reimporting_the_same_content_adds_nothing)
{
	Db db;
	std::string text = fixture("generic.csv");
	std::string f = db.write("generic.csv", text);
	RunResult r = db.run({ "import", f });
	EXPECT_EQ(r.status, 0) << r.err;
	r = db.piped({ "import", "-" }, text);
	EXPECT_EQ(r.out, "(stdin): 3 rows, 0 sessions added, 0 tutorials "
	    "added, 3 duplicates skipped\n");
	r = db.piped({ "import", "-" }, text);
	EXPECT_EQ(r.out, "(stdin): 3 rows, 0 sessions added, 0 tutorials "
	    "added, 3 duplicates skipped\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM session"), "3\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM import_batch"), "1\n");
}
