// End-to-end: what track writes to a terminal. Notes, names and file
// names come from files other people made, and may carry escape
// sequences, C1 controls and bidi overrides. On a terminal (stdout on a
// pty) every format neutralises them: CSV as text output does ('?'),
// JSON as \u escapes that parse to the same string. In a pipe or a file
// the data stays exact, so `track export > f` imports back.
#include <gtest/gtest.h>
#include <csv.h>
#include <jansson.h>

#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "nasty.h"
#include "support.h"

namespace {

using nasty::escaped;
using nasty::expect_terminal_safe;

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "1" },
};

// Runs sql with text bound to ?1 on the database file.
void
sql_with(const std::string &db, const std::string &sql,
    const std::string &text)
{
	sqlite3 *handle = nullptr;
	ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
	sqlite3_stmt *stmt = nullptr;
	ASSERT_EQ(sqlite3_prepare_v2(handle, sql.c_str(), -1, &stmt, nullptr),
	    SQLITE_OK) << sqlite3_errmsg(handle);
	sqlite3_bind_text(stmt, 1, text.data(), (int)text.size(),
	    SQLITE_TRANSIENT);
	EXPECT_EQ(sqlite3_step(stmt), SQLITE_DONE) << sqlite3_errmsg(handle);
	sqlite3_finalize(stmt);
	sqlite3_close(handle);
}

// The string values of key anywhere in a JSON document.
void
collect(json_t *value, const char *key, std::multiset<std::string> *out)
{
	const char *k;
	json_t *v;
	size_t i;

	if (json_is_object(value)) {
		json_object_foreach(value, k, v) {
			if (strcmp(k, key) == 0 && json_is_string(v))
				out->insert(json_string_value(v));
			collect(v, key, out);
		}
	} else if (json_is_array(value)) {
		json_array_foreach(value, i, v)
			collect(v, key, out);
	}
}

std::multiset<std::string>
json_strings(const std::string &text, const char *key)
{
	std::multiset<std::string> values;
	json_error_t error;
	json_t *root = json_loads(text.c_str(), 0, &error);
	EXPECT_NE(root, nullptr) << error.text << ": " << escaped(text);
	collect(root, key, &values);
	json_decref(root);
	return values;
}

// Every field of a CSV text, read with libcsv.
std::multiset<std::string>
csv_fields(const std::string &text)
{
	struct csv_parser p;
	std::multiset<std::string> fields;
	EXPECT_EQ(csv_init(&p, CSV_APPEND_NULL), 0);
	auto on_field = [](void *data, size_t len, void *arg) {
		static_cast<std::multiset<std::string> *>(arg)->emplace(
		    static_cast<const char *>(data), len);
	};
	EXPECT_EQ(csv_parse(&p, text.data(), text.size(), on_field, nullptr,
	    &fields), text.size());
	csv_fini(&p, on_field, nullptr, &fields);
	csv_free(&p);
	return fields;
}

// What track's CSV holds for s: a leading ' when s starts with a
// character a spreadsheet reads as a formula, or with the guard itself.
std::string
guarded(const std::string &s)
{
	if (!s.empty() && std::string("=+-@\t\r'").find(s[0]) !=
	    std::string::npos)
		return "'" + s;
	return s;
}

class Terminal : public ::testing::Test {
protected:
	std::vector<std::string> with_db(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db });
		return args;
	}

	// Runs args with stdout on a terminal; it must succeed and write
	// nothing a terminal acts on, on stdout or stderr.
	std::string on_terminal(const std::vector<std::string> &args)
	{
		RunResult r = run_track_on_terminal(with_db(args), kEnv);
		std::string what = args[0] + (args.size() > 1 ? " " + args[1] :
		    "");
		EXPECT_EQ(r.status, 0) << what << ": " << escaped(r.err);
		expect_terminal_safe(what + " on a terminal", r.out);
		expect_terminal_safe(what + " (stderr)", r.err);
		return r.out;
	}

	std::string in_pipe(const std::vector<std::string> &args)
	{
		RunResult r = run_track(with_db(args), kEnv);
		EXPECT_EQ(r.status, 0) << args[0] << ": " << escaped(r.err);
		return r.out;
	}

	void ok(const std::vector<std::string> &args) { in_pipe(args); }

	// Every nasty string as a note.
	void log_notes()
	{
		for (const auto &n : nasty::kStrings)
			ok({ "log", "10m", "django", "--note=" + n.text });
	}

	TempDir dir;
	std::string db = dir.file("track.db");
};

TEST_F(Terminal, export_neutralises_notes_on_a_terminal_and_json_keeps_them)
{
	log_notes();
	std::string csv = on_terminal({ "export", "--format", "csv" });
	EXPECT_NE(csv.find("wipe?[2J?[Hall"), std::string::npos) << csv;
	EXPECT_NE(csv.find("invoice?fdp.exe"), std::string::npos) << csv;
	EXPECT_NE(csv.find("c1 ?31m red"), std::string::npos) << csv;
	// JSON stays the same data: \u009b, \u202e parse to the characters.
	std::string json = on_terminal({ "export", "--format", "json" });
	EXPECT_NE(json.find("c1 \\u009b31m red"), std::string::npos) << json;
	EXPECT_NE(json.find("invoice\\u202efdp.exe"), std::string::npos);
	std::multiset<std::string> notes = json_strings(json, "note");
	for (const auto &n : nasty::kStrings)
		EXPECT_EQ(notes.count(n.text), 1u) << n.name;
	EXPECT_EQ(json_strings(in_pipe({ "export", "--format", "json" }),
	    "note"), notes);
}

TEST_F(Terminal, export_to_a_pipe_stays_exact_and_imports_back)
{
	log_notes();
	for (const char *format : { "csv", "json" }) {
		std::string out = in_pipe({ "export", "--format", format });
		std::multiset<std::string> cells = std::string("csv") ==
		    format ? csv_fields(out) : json_strings(out, "note");
		for (const auto &n : nasty::kStrings)
			EXPECT_EQ(cells.count(std::string("csv") == format ?
			    guarded(n.text) : n.text), 1u) << format << " "
			    << n.name;
		std::string file = dir.file(std::string("export.") + format);
		write_file(file, out);
		std::string copy = dir.file(std::string("copy-") + format);
		RunResult r = run_track({ "--db", copy, "import", file }, kEnv);
		ASSERT_EQ(r.status, 0) << escaped(r.err);
		const char *sql = "SELECT uuid, note FROM session ORDER BY uuid";
		EXPECT_TRUE(query(copy, sql) == query(db, sql)) << format;
		// And exports the same bytes again.
		RunResult again = run_track({ "--db", copy, "export", "--format",
		    format }, kEnv);
		EXPECT_TRUE(again.out == out) << format;
	}
}

// Text the database holds as invalid UTF-8 (written by another program)
// may carry a raw 0x9b byte, the 8-bit CSI: it never reaches a terminal.
TEST_F(Terminal, a_raw_c1_byte_in_invalid_utf8_never_reaches_a_terminal)
{
	ok({ "log", "10m", "django", "--note", "placeholder" });
	sqlite3 *handle = nullptr;
	ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
	query(handle, "UPDATE session SET note = CAST(x'789b33316d79' AS TEXT)");
	sqlite3_close(handle);
	for (const std::vector<std::string> &args :
	    std::vector<std::vector<std::string>>{
	    { "export", "--format", "csv" }, { "export", "--format", "json" },
	    { "ls", "--format", "csv" }, { "ls", "--format", "json" },
	    { "ls" } })
		on_terminal(args);
	// A pipe gets the bytes as they are (CSV) or U+FFFD (JSON, which
	// must be UTF-8).
	EXPECT_NE(in_pipe({ "export" }).find("x\x9b" "31my"), std::string::npos);
}

// A database made before names were checked for controls: names hold C1
// and bidi controls and line separators (never C0: that was always
// refused). Every JSON document escapes them on a terminal and still
// parses to the same values as in a pipe.
TEST_F(Terminal, json_of_every_command_escapes_names_on_a_terminal)
{
	log_notes();
	ok({ "path", "set", "backend" });
	ok({ "path", "add", "my-path", "Mine" });
	ok({ "log", "1h", "flask", "--project", "project 0" });
	ok({ "project", "done", "project 0", "--url", "https://a.example" });
	int i = 0;
	for (const auto &n : nasty::kStrings) {
		if (n.has_c0 || !nasty::has_control(n.text))
			continue;
		std::string k = std::to_string(i++);
		ok({ "log", "1h", "flask", "--project", "project " + k });
		ok({ "log", "2h", "pandas", "--tutorial", "tutorial " + k });
		ok({ "log", "30m", "topic-" + k });
		sql_with(db, "UPDATE project SET name = ?1 || ' " + k + "' "
		    "WHERE name = 'project " + k + "'", n.text);
		sql_with(db, "UPDATE tutorial SET title = ?1 || ' " + k + "' "
		    "WHERE title = 'tutorial " + k + "'", n.text);
		sql_with(db, "UPDATE topic SET name = ?1 || ' " + k + "' "
		    "WHERE name = 'topic-" + k + "'", n.text);
	}
	sql_with(db, "UPDATE path SET name = ?1 WHERE slug = 'my-path'",
	    nasty::kStrings[11].text);
	// Names looked up still work; so do the files given to import.
	std::string file = dir.file("in " + nasty::kStrings[11].text + ".csv");
	write_file(file, "date,duration,topic,note\n2026-11-21,1h,sql," +
	    nasty::kStrings[8].text + "\n");
	ok({ "import", file });
	for (const std::vector<std::string> &args :
	    std::vector<std::vector<std::string>>{
	    { "ls", "--limit", "0", "--format", "json" },
	    { "report", "--all", "--format", "json" },
	    { "report", "--format", "json" },
	    { "export", "--format", "json" },
	    { "project", "list", "--format", "json" },
	    { "tutorial", "list", "--format", "json" },
	    { "import", "list", "--format", "json" },
	    { "import", file, "--dry-run", "--format", "json" },
	    { "plan", "--format", "json" }, { "check", "--format", "json" },
	    { "portfolio", "--format", "json" } }) {
		std::string terminal = on_terminal(args);
		json_error_t error;
		json_t *a = json_loads(terminal.c_str(), 0, &error);
		json_t *b = json_loads(in_pipe(args).c_str(), 0, &error);
		EXPECT_NE(a, nullptr) << args[0] << ": " << escaped(terminal);
		EXPECT_TRUE(a != nullptr && b != nullptr && json_equal(a, b))
		    << args[0] << " " << args[1];
		json_decref(a);
		json_decref(b);
	}
	std::string listed = on_terminal({ "project", "list", "--format",
	    "json" });
	EXPECT_NE(listed.find("\\u009b"), std::string::npos) << listed;
	EXPECT_EQ(json_strings(listed, "name").count(nasty::kStrings[8].text +
	    " 0"), 1u);
}

// CSV has no escape: on a terminal its cells are neutralised as text
// output is; in a pipe they are the data.
TEST_F(Terminal, csv_of_every_command_is_neutralised_on_a_terminal)
{
	log_notes();
	ok({ "log", "1h", "flask", "--project", "p" });
	ok({ "log", "1h", "topic-x" });
	sql_with(db, "UPDATE project SET name = ?1", nasty::kStrings[11].text);
	sql_with(db, "UPDATE topic SET name = ?1 WHERE name = 'topic-x'",
	    nasty::kStrings[11].text);
	for (const std::vector<std::string> &args :
	    std::vector<std::vector<std::string>>{
	    { "ls", "--limit", "0", "--format", "csv" },
	    { "report", "--all", "--format", "csv" },
	    { "export", "--format", "csv" } }) {
		std::multiset<std::string> terminal = csv_fields(on_terminal(args));
		std::multiset<std::string> pipe = csv_fields(in_pipe(args));
		EXPECT_EQ(terminal.size(), pipe.size()) << args[0];
		EXPECT_GE(pipe.count(nasty::kStrings[11].text), 1u) << args[0];
		EXPECT_EQ(terminal.count(nasty::kStrings[11].text), 0u)
		    << args[0];
	}
	// --rejects on the terminal itself: the rejected rows are data from
	// the file, and neutralised there too.
	std::string bad = dir.file("bad.csv");
	write_file(bad, "date,duration,topic,note\n2026-11-21,1x,sql,\"" +
	    nasty::kStrings[2].text + "\"\n2026-11-21,1h,sql,fine\n");
	std::string out = on_terminal({ "import", bad, "--skip-bad",
	    "--rejects", "/dev/tty" });
	EXPECT_NE(out.find("?]0;owned?"), std::string::npos) << escaped(out);
}

// ---------------------------------------------------------------------
// The hostile table: every command that writes output, in every format,
// on a terminal and in a pipe, over one database whose notes, names,
// descriptions, platforms, course ids and import file names hold the
// nasty strings (names as a database an older track filled: C1, bidi
// controls and line separators, never C0).

namespace hostile {

TempDir *dir;
std::string db;
std::string file;		// a file to import, nasty name and rows
std::string project, tutorial, topic, platform;	// names to look up

void
must(const std::vector<std::string> &args)
{
	std::vector<std::string> full = { "--db", db };
	full.insert(full.end(), args.begin(), args.end());
	RunResult r = run_track(full, kEnv);
	if (r.status != 0)
		throw std::runtime_error("setting up: " + args[0] + ": " +
		    escaped(r.err));
}

void
build()
{
	using nasty::kStrings;
	dir = new TempDir;
	db = dir->file("hostile.db");
	must({ "path", "set", "backend" });
	must({ "path", "add", "my-path", "Mine" });
	for (const auto &n : kStrings)
		must({ "log", "10m", "django", "--note=" + n.text, "--date",
		    "-1d" });
	must({ "log", "1h", "flask", "--project", "project-0", "--date",
	    "-2d" });
	must({ "project", "done", "project-0", "--url", "https://a.example" });
	int i = 0;
	for (const auto &n : kStrings) {
		if (n.has_c0)
			continue;
		std::string k = std::to_string(i++);
		must({ "log", "1h", "flask", "--project", "project-" + k });
		must({ "log", "2h", "pandas", "--tutorial", "tutorial-" + k });
		must({ "log", "30m", "topic-" + k, "--date", "-1d" });
		sql_with(db, "UPDATE project SET name = ?1 || ' p', description "
		    "= ?1 WHERE name = 'project-" + k + "'", n.text);
		sql_with(db, "UPDATE tutorial SET title = ?1 || ' c' WHERE "
		    "title = 'tutorial-" + k + "'", n.text);
		sql_with(db, "UPDATE topic SET name = ?1 || ' t' WHERE name = "
		    "'topic-" + k + "'", n.text);
	}
	const std::string &bidi = kStrings[11].text, &c1 = kStrings[8].text;
	project = bidi + " p";
	tutorial = c1 + " c";
	topic = kStrings[10].text + " t";
	platform = kStrings[12].text;
	sql_with(db, "UPDATE path SET name = ?1, description = ?1 WHERE slug "
	    "= 'my-path'", bidi);
	sql_with(db, "UPDATE tutorial SET platform = ?1, course_id = ?1 WHERE "
	    "title LIKE 'c1%'", platform);
	file = dir->file("in " + bidi + c1 + ".csv");
	std::string csv = "date,duration,topic,kind,project,tutorial,note\n";
	for (const auto &n : kStrings)
		csv += "2026-11-20,15m,numpy,,,,\"" + [&] {
			std::string q;
			for (char c : n.text)
				q += c == '"' ? std::string("\"\"") :
				    std::string(1, c);
			return q;
		}() + "\"\n";
	write_file(file, csv);
	must({ "import", file });
	sql_with(db, "UPDATE import_batch SET file = ?1", kStrings[0].text +
	    bidi + c1);
	must({ "start", "django", "--note=" + kStrings[1].text, "--at",
	    "09:00" });
}

} // namespace hostile

struct Case {
	std::vector<std::string> args;	// without --format
	const char *format;		// nullptr: the command has none
	bool writes;			// run on a copy of the database
};

// How GoogleTest shows a case (otherwise as its bytes, padding and all,
// which valgrind rightly calls a read of uninitialised memory).
void
PrintTo(const Case &c, std::ostream *os)
{
	for (const auto &a : c.args)
		*os << a << ' ';
	*os << (c.format ? c.format : "-") << (c.writes ? " writes" : "");
}

std::string
case_name(const Case &c, bool terminal)
{
	std::string name;
	for (const auto &a : c.args) {
		for (char ch : a)
			if (isalnum((unsigned char)ch))
				name += ch;
		name += '_';
	}
	return name + (c.format ? c.format : "default") +
	    (terminal ? "_on_a_terminal" : "_in_a_pipe");
}

std::vector<Case>
cases()
{
	std::vector<Case> all;
	auto add = [&](std::vector<std::string> args,
	    std::vector<const char *> formats, bool writes = false) {
		for (const char *f : formats)
			all.push_back({ args, f, writes });
	};
	add({ "ls", "--limit", "0" }, { "text", "json", "csv" });
	add({ "report", "--all" }, { "text", "json", "csv", "md", "html" });
	add({ "report", "--week" }, { "text", "json", "csv", "md", "html" });
	add({ "export" }, { "csv", "json" });
	add({ "plan" }, { "text", "json" });
	add({ "check" }, { "text", "json" });
	add({ "portfolio" }, { "text", "json", "md" });
	add({ "project", "list" }, { "text", "json" });
	add({ "tutorial", "list" }, { "text", "json" });
	add({ "import", "list" }, { "text", "json" });
	add({ "import", "@file", "--dry-run" }, { "text", "json" });
	add({ "project", "show", "@project" }, { nullptr });
	add({ "tutorial", "show", "@tutorial", "--platform", "@platform" },
	    { nullptr });
	add({ "topic", "list" }, { nullptr });
	add({ "topic", "list", "--names" }, { nullptr });
	add({ "path", "list" }, { nullptr });
	add({ "path", "show", "my-path" }, { nullptr });
	add({ "status" }, { nullptr });
	add({ "config", "list" }, { nullptr });
	// Writers echo what they did: each on a copy of the database.
	add({ "log", "10m", "@topic", "--project", "@project", "--note",
	    "\x1b]0;x\x07" }, { nullptr }, true);
	add({ "edit", "1", "--note", "\xc2\x9b" "2J" }, { nullptr }, true);
	add({ "rm", "27" }, { nullptr }, true);
	add({ "undo" }, { nullptr }, true);
	add({ "stop" }, { nullptr }, true);
	add({ "cancel" }, { nullptr }, true);
	add({ "project", "done", "@project" }, { nullptr }, true);
	add({ "tutorial", "done", "@tutorial" }, { nullptr }, true);
	add({ "project", "rm", "@project" }, { nullptr }, true);
	add({ "import", "@file", "--from", "generic" }, { "text", "json" },
	    true);
	add({ "import", "undo", "1" }, { nullptr }, true);
	add({ "path", "set", "my-path" }, { nullptr }, true);
	return all;
}

class HostileTable : public ::testing::TestWithParam<std::tuple<Case,
    bool>> {
protected:
	static void SetUpTestSuite() { hostile::build(); }
	static void TearDownTestSuite() { delete hostile::dir; }

	// The arguments of c with @names filled in and --format added.
	static std::vector<std::string> args_of(const Case &c,
	    const std::string &db)
	{
		std::vector<std::string> args = { "--db", db };
		for (const auto &a : c.args)
			args.push_back(a == "@file" ? hostile::file :
			    a == "@project" ? hostile::project :
			    a == "@tutorial" ? hostile::tutorial :
			    a == "@topic" ? hostile::topic :
			    a == "@platform" ? hostile::platform : a);
		if (c.format != nullptr) {
			args.push_back("--format");
			args.push_back(c.format);
		}
		return args;
	}

	// A copy of the database for a writer, or the database itself.
	std::string database(const Case &c)
	{
		if (!c.writes)
			return hostile::db;
		std::string copy = scratch.file("copy.db");
		write_file(copy, read_file(hostile::db));
		// The database is its file and its kept WAL (the timer the
		// table started may live only there).
		if (file_exists(hostile::db + "-wal"))
			write_file(copy + "-wal", read_file(hostile::db + "-wal"));
		return copy;
	}

	TempDir scratch;
};

TEST_P(HostileTable, writes_nothing_a_terminal_acts_on)
{
	const Case &c = std::get<0>(GetParam());
	bool terminal = std::get<1>(GetParam());
	std::vector<std::string> args = args_of(c, database(c));
	RunResult r = terminal ? run_track_on_terminal(args, kEnv) :
	    run_track(args, kEnv);
	std::string what = case_name(c, terminal);
	ASSERT_EQ(r.status, 0) << what << ": " << escaped(r.err);
	expect_terminal_safe(what + " (stderr)", r.err);
	std::string format = c.format ? c.format : "text";
	bool exact = format == "json" || format == "csv";
	// Text, Markdown and HTML are for people: neutralised everywhere.
	// JSON and CSV are data: neutralised on a terminal only.
	if (terminal || !exact)
		expect_terminal_safe(what, r.out);
	if (format == "json") {
		json_error_t error;
		json_t *root = json_loads(r.out.c_str(), 0, &error);
		EXPECT_NE(root, nullptr) << what << ": " << error.text;
		json_decref(root);
	}
	if (format == "csv") {
		EXPECT_FALSE(csv_fields(r.out).empty()) << what;
	}
	if (!terminal || !exact || c.writes)
		return;
	// On a terminal JSON is still the same data; CSV the same shape.
	RunResult pipe = run_track(args, kEnv);
	if (format == "json") {
		json_error_t error;
		json_t *a = json_loads(r.out.c_str(), 0, &error);
		json_t *b = json_loads(pipe.out.c_str(), 0, &error);
		EXPECT_TRUE(a && b && json_equal(a, b)) << what;
		json_decref(a);
		json_decref(b);
	} else {
		EXPECT_EQ(csv_fields(r.out).size(), csv_fields(pipe.out).size())
		    << what;
	}
}

INSTANTIATE_TEST_SUITE_P(every_command, HostileTable,
    ::testing::Combine(::testing::ValuesIn(cases()), ::testing::Bool()),
    [](const ::testing::TestParamInfo<HostileTable::ParamType> &info) {
	    return case_name(std::get<0>(info.param),
		std::get<1>(info.param)) + "_" + std::to_string(info.index);
    });

// In a pipe the export is the data, byte for byte: every note exactly
// as the database holds it, and it imports back (names an older track
// stored with controls come back with spaces in their place).
TEST(HostileExport, in_a_pipe_is_exact_and_imports_back)
{
	hostile::build();
	const std::string notes_sql = "SELECT uuid, note FROM session WHERE "
	    "note IS NOT NULL ORDER BY uuid";
	std::string notes = query(hostile::db, notes_sql);
	for (const char *format : { "csv", "json" }) {
		RunResult r = run_track({ "--db", hostile::db, "export",
		    "--format", format }, kEnv);
		ASSERT_EQ(r.status, 0) << escaped(r.err);
		std::multiset<std::string> values = std::string(format) == "csv"
		    ? csv_fields(r.out) : json_strings(r.out, "note");
		// Each note twice (logged, imported); in CSV the project
		// descriptions share the note column.
		for (const auto &n : nasty::kStrings)
			EXPECT_GE(values.count(std::string(format) == "csv" ?
			    guarded(n.text) : n.text), 2u) << format << " "
			    << n.name;
		std::string file = hostile::dir->file(std::string("x.") + format);
		write_file(file, r.out);
		std::string copy = hostile::dir->file(std::string("copy-") +
		    format + ".db");
		RunResult in = run_track({ "--db", copy, "import", file }, kEnv);
		ASSERT_EQ(in.status, 0) << escaped(in.err);
		EXPECT_TRUE(query(copy, notes_sql) == notes) << format;
		EXPECT_EQ(query(copy, "SELECT count(*) FROM project WHERE name = "
		    "'invoice fdp.exe p'"), "1\n") << format;
		EXPECT_EQ(query(copy, "SELECT count(*) FROM session"),
		    query(hostile::db, "SELECT count(*) FROM session")) << format;
	}
	delete hostile::dir;
	hostile::dir = nullptr;
}

} // namespace
