// End-to-end: a corpus of nasty strings as notes, project names, tutorial
// titles and topics, through the CLI and through an import. Text output
// never carries a terminal control (escape sequences, C1, bidi overrides);
// JSON parses and gives every string back exactly; HTML holds no markup
// from the data; CSV cells are guarded against formulas and parse back to
// the original with the guard removed, and an export imports back exactly.
#include <gtest/gtest.h>
#include <csv.h>
#include <jansson.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "nasty.h"
#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "1" },
};

using nasty::escaped;
using nasty::expect_terminal_safe;
using nasty::Nasty;
const auto &kNasty = nasty::kStrings;

// A CSV field quoted per RFC 4180.
std::string
csv_field(const std::string &s)
{
	std::string out = "\"";
	for (char c : s) {
		if (c == '"')
			out += '"';
		out += c;
	}
	return out + "\"";
}

// What a formula-safe CSV cell holds for s: a leading ' when s starts
// with = + - @ TAB CR or the guard itself.
std::string
guarded(const std::string &s)
{
	if (!s.empty() && std::string("=+-@\t\r'").find(s[0]) !=
	    std::string::npos)
		return "'" + s;
	return s;
}

// Every field of a CSV text, read with libcsv.
std::vector<std::string>
csv_fields(const std::string &text)
{
	struct csv_parser p;
	std::vector<std::string> fields;
	EXPECT_EQ(csv_init(&p, CSV_APPEND_NULL), 0);
	auto on_field = [](void *data, size_t len, void *arg) {
		static_cast<std::vector<std::string> *>(arg)->emplace_back(
		    static_cast<const char *>(data), len);
	};
	EXPECT_EQ(csv_parse(&p, text.data(), text.size(), on_field, nullptr,
	    &fields), text.size()) << csv_strerror(csv_error(&p));
	csv_fini(&p, on_field, nullptr, &fields);
	csv_free(&p);
	return fields;
}

// The string values of key in each object of a JSON array.
std::multiset<std::string>
json_values(const std::string &text, const char *key, bool *parsed)
{
	std::multiset<std::string> values;
	json_error_t error;
	json_t *root = json_loads(text.c_str(), 0, &error);
	*parsed = root != nullptr;
	EXPECT_NE(root, nullptr) << error.text << " at " << error.position;
	size_t i;
	json_t *item;
	json_array_foreach(root, i, item) {
		const char *v = json_string_value(json_object_get(item, key));
		if (v != nullptr)
			values.insert(v);
	}
	json_decref(root);
	return values;
}

class Escaping : public ::testing::Test {
protected:
	RunResult run(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db });
		RunResult r = run_track(args, kEnv);
		// Whatever track says about the data is terminal text too.
		expect_terminal_safe("stderr of " + args[2], r.err);
		return r;
	}

	void ok(const std::vector<std::string> &args)
	{
		RunResult r = run(args);
		ASSERT_EQ(r.status, 0) << escaped(r.err);
		expect_terminal_safe("stdout of " + args[0], r.out);
	}

	// Logs every nasty string as a note, and those without controls as
	// a project, a tutorial and a topic (names refuse controls); imports
	// them all once more, those without C0 as tutorial titles too.
	void SetUp() override
	{
		for (const auto &n : kNasty) {
			ok({ "log", "10m", "django", "--note=" + n.text });
			if (nasty::has_control(n.text))
				continue;
			ok({ "log", "10m", "flask", "--project", n.text });
			ok({ "log", "10m", "pandas", "--tutorial", n.text });
			ok({ "log", "10m", "--", "x " + n.text });
		}
		std::string csv = "date,duration,topic,kind,project,tutorial,note\n";
		for (const auto &n : kNasty)
			csv += "2026-11-20,15m,numpy,,," + std::string(n.has_c0 ?
			    "" : csv_field("Course " + n.text)) + "," +
			    csv_field(n.text) + "\n";
		write_file(dir.file("nasty.csv"), csv);
		ok({ "import", dir.file("nasty.csv") });
	}

	TempDir dir;
	std::string db = dir.file("track.db");
};

// Every way a name is created refuses a control character (C0, DEL,
// C1, bidi controls, line separators) with one line, status 2, nothing
// written.
TEST_F(Escaping, names_with_controls_are_refused_in_one_line)
{
	ok({ "path", "set", "backend" });
	std::string before = read_file(db);
	for (const auto &n : kNasty) {
		if (!nasty::has_control(n.text))
			continue;
		// Inside the name: blanks at either end of a topic are trimmed.
		const std::string name = "x " + n.text + " y";
		for (const std::vector<std::string> &args :
		    std::vector<std::vector<std::string>>{
		    { "log", "10m", "flask", "--project", name },
		    { "log", "10m", "new-topic", "--tutorial", name },
		    { "log", "10m", name },
		    { "start", "--project", name, "sql" },
		    { "start", name },
		    { "edit", "1", "--topic", "new-topic", "--project", name },
		    { "edit", "1", "--tutorial", name },
		    { "edit", "1", "--topic", name },
		    { "topic", "add", name, "--path", "backend" },
		    { "topic", "alias", name, "django" },
		    { "project", "add", name },
		    { "tutorial", "add", name },
		    { "path", "add", "my-path", name },
		    { "import", dir.file("nasty.csv"), "--topic", name } }) {
			RunResult r = run(args);
			std::string what = n.name + std::string(": ") + args[0] +
			    " " + args[1];
			EXPECT_EQ(r.status, 2) << what << ": " << escaped(r.err);
			EXPECT_EQ(r.out, "") << what;
			EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1)
			    << what << ": " << escaped(r.err);
			EXPECT_NE(r.err.find("control characters are not allowed"),
			    std::string::npos) << what << ": " << escaped(r.err);
		}
	}
	EXPECT_TRUE(read_file(db) == before) << "the database changed";
	// The refusal names the character.
	RunResult r = run({ "project", "add", "a\xe2\x80\xae" "b" });
	EXPECT_EQ(r.err, "track: invalid project name 'a?b': control "
	    "characters are not allowed (U+202E is a bidi control)\n");
	r = run({ "log", "1h", "c1\xc2\x9b" });
	EXPECT_EQ(r.err, "track: invalid topic 'c1?': control characters are "
	    "not allowed (U+009B is a C1 control)\n");
}

// A name an older track accepted (or wrote into the database some other
// way) can still be named: shown, logged to and removed.
TEST_F(Escaping, a_name_made_before_the_check_can_still_be_named)
{
	const std::string old = "invoice\xe2\x80\xae" "fdp.exe";
	ok({ "project", "add", "legacy" });
	ok({ "tutorial", "add", "legacy course" });
	sqlite3 *handle = nullptr;
	ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
	query(handle, "UPDATE project SET name = 'invoice' || char(0x202e) || "
	    "'fdp.exe' WHERE name = 'legacy'; UPDATE tutorial SET title = "
	    "'course' || char(0x9b) WHERE title = 'legacy course'");
	sqlite3_close(handle);
	ok({ "project", "show", old });
	ok({ "log", "1h", "flask", "--project", old });
	ok({ "log", "1h", "flask", "--tutorial", "course\xc2\x9b" });
	ok({ "tutorial", "show", "course\xc2\x9b" });
	ok({ "project", "rm", old });
	EXPECT_EQ(query(db, "SELECT count(*) FROM project WHERE name LIKE "
	    "'invoice%'"), "0\n");
}

// Names from a file are other people's text: their control characters
// become spaces (the file is imported, not refused), in every format.
TEST_F(Escaping, imports_store_names_with_controls_as_spaces)
{
	std::string toggl = dir.file("toggl.csv");
	write_file(toggl, "User,Email,Client,Project,Task,Description,Billable,"
	    "Start date,Start time,End date,End time,Duration,Tags,Amount (USD)\n"
	    "Ada,ada@example.com,,\"Game\xe2\x80\xae" "jam project\",,build,No,"
	    "2026-11-15,10:00:00,2026-11-15,11:00:00,01:00:00,,\n");
	ok({ "import", toggl });
	std::string generic = dir.file("generic.csv");
	write_file(generic, "date,duration,topic,kind,project,tutorial,note\n"
	    "2026-11-16,1h,\"top\xc2\x9bic\",,\"Blog\xe2\x81\xa6" "x\",,"
	    "\"kept\xc2\x9b\"\n"
	    "2026-11-16,2h,numpy,,,\"Course\xe2\x80\xa8" "2\",\n");
	ok({ "import", generic });
	EXPECT_EQ(query(db, "SELECT name FROM project WHERE name LIKE 'Game%' "
	    "OR name LIKE 'Blog%' ORDER BY name"),
	    "Blog x\nGame jam project\n");
	EXPECT_EQ(query(db, "SELECT title FROM tutorial WHERE title LIKE "
	    "'Course_2' OR title = 'Course 2'"), "Course 2\n");
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic WHERE name = 'top ic'"),
	    "1\n");
	// Notes are text, not names: they stay exact.
	EXPECT_EQ(query(db, "SELECT count(*) FROM session WHERE note = 'kept' "
	    "|| char(0x9b)"), "1\n");
	// track's own export of a database an older track filled the same.
	std::string old = dir.file("old.db");
	RunResult r = run_track({ "--db", old, "log", "1h", "flask",
	    "--project", "p", "--note", "n\xe2\x80\xae" }, kEnv);
	ASSERT_EQ(r.status, 0) << r.err;
	sqlite3 *handle = nullptr;
	ASSERT_EQ(sqlite3_open(old.c_str(), &handle), SQLITE_OK);
	query(handle, "UPDATE project SET name = 'p' || char(0x202e) || 'q'");
	sqlite3_close(handle);
	for (const char *format : { "csv", "json" }) {
		std::string file = dir.file(std::string("old.") + format);
		write_file(file, run_track({ "--db", old, "export", "--format",
		    format }, kEnv).out);
		std::string copy = dir.file(std::string("copy-") + format);
		r = run_track({ "--db", copy, "import", file }, kEnv);
		ASSERT_EQ(r.status, 0) << escaped(r.err);
		EXPECT_EQ(query(copy, "SELECT p.name, s.note = 'n' || char(0x202e) "
		    "FROM session s JOIN project p ON p.id = s.project_id"),
		    "p q|1\n") << format;
	}
}

TEST_F(Escaping, text_output_carries_no_terminal_control)
{
	ok({ "start", "django", "--note", kNasty[0].text });
	for (const std::vector<std::string> &args :
	    std::vector<std::vector<std::string>>{
	    { "ls", "--limit", "0" }, { "report", "--all" }, { "report" },
	    { "project", "list" }, { "project", "show", kNasty[14].text },
	    { "tutorial", "list" }, { "tutorial", "show", kNasty[15].text },
	    { "portfolio" }, { "check" }, { "plan" }, { "topic", "list" },
	    { "status" }, { "import", "list" }, { "path", "show", "backend" } })
		ok(args);
	// The data is there, neutralised: '?' for each control.
	RunResult r = run({ "ls", "--limit", "0" });
	EXPECT_NE(r.out.find("wipe?[2J?[Hall"), std::string::npos) << r.out;
	EXPECT_NE(r.out.find("invoice?fdp.exe"), std::string::npos) << r.out;
}

// Refusals and warnings quote the file's name and cells: as harmless
// text, one line each.
TEST_F(Escaping, import_messages_quote_file_text_harmlessly)
{
	std::string evil = dir.file("ev\x1b[2Jil\xe2\x80\xae.csv");
	write_file(evil, "date,duration,topic\n"
	    "2026-11-20,\x1b]0;x\x07,numpy\n"
	    "2026-11-20,1h,\xc2\x9bunmapped\xe2\x80\xae\n");
	std::string before = read_file(db);
	RunResult r = run({ "import", evil });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 2)
	    << escaped(r.err);
	EXPECT_NE(r.err.find("ev?[2Jil?.csv:2: invalid duration '?]0;x?'"),
	    std::string::npos) << escaped(r.err);
	EXPECT_TRUE(read_file(db) == before) << "the database changed";
	r = run({ "import", evil, "--skip-bad" });
	EXPECT_EQ(r.status, 0) << escaped(r.err);
	expect_terminal_safe("stdout of import", r.out);
	// The file's topic had its controls replaced by spaces (trimmed).
	EXPECT_NE(r.err.find("1 topic stored unmapped ('unmapped')"),
	    std::string::npos) << escaped(r.err);
	ok({ "import", "list" });
	ok({ "undo" });
}

TEST_F(Escaping, json_gives_every_string_back_exactly)
{
	bool parsed = false;
	std::multiset<std::string> notes = json_values(run({ "ls", "--limit",
	    "0", "--format", "json" }).out, "note", &parsed);
	std::multiset<std::string> projects = json_values(run({ "project",
	    "list", "--format", "json" }).out, "name", &parsed);
	std::multiset<std::string> tutorials = json_values(run({ "tutorial",
	    "list", "--format", "json" }).out, "title", &parsed);
	for (const auto &n : kNasty) {
		EXPECT_EQ(notes.count(n.text), 2u) << n.name;
		if (nasty::has_control(n.text))
			continue;
		EXPECT_EQ(projects.count(n.text), 1u) << n.name;
		EXPECT_EQ(tutorials.count(n.text), 1u) << n.name;
		EXPECT_EQ(tutorials.count("Course " + n.text), 1u) << n.name;
	}
	// Imported titles with controls have spaces in their place.
	EXPECT_EQ(tutorials.count("Course invoice fdp.exe"), 1u);
	EXPECT_EQ(tutorials.count("Course c1  31m red"), 1u);
	EXPECT_EQ(tutorials.count("Course  0;title "), 1u);
	for (const auto &title : tutorials)
		EXPECT_FALSE(nasty::has_control(title)) << escaped(title);
	// The other JSON documents parse too.
	for (const std::vector<std::string> &args :
	    std::vector<std::vector<std::string>>{
	    { "report", "--all", "--format", "json" },
	    { "export", "--format", "json" }, { "import", "list", "--format",
	    "json" }, { "portfolio", "--format", "json" },
	    { "check", "--format", "json" } }) {
		RunResult r = run(args);
		EXPECT_EQ(r.status, 0) << args[0];
		json_error_t error;
		json_t *root = json_loads(r.out.c_str(), 0, &error);
		EXPECT_NE(root, nullptr) << args[0] << ": " << error.text;
		json_decref(root);
	}
}

TEST_F(Escaping, html_report_holds_no_markup_from_the_data)
{
	for (const char *period : { "--all", "--week" }) {
		RunResult r = run({ "report", period, "--format", "html" });
		ASSERT_EQ(r.status, 0) << r.err;
		std::string lower = r.out;
		std::transform(lower.begin(), lower.end(), lower.begin(),
		    [](unsigned char c) { return (char)std::tolower(c); });
		EXPECT_EQ(lower.find("<script"), std::string::npos);
		EXPECT_EQ(lower.find("</script"), std::string::npos);
		EXPECT_EQ(lower.find("<img"), std::string::npos);
		EXPECT_EQ(lower.find("onerror="), lower.find("onerror=alert"))
		    << "only as escaped text";
		EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
		// The names are there, escaped.
		EXPECT_NE(r.out.find("x &lt;img src=x onerror=alert(1)&gt;"),
		    std::string::npos);
	}
}

TEST_F(Escaping, csv_cells_are_guarded_and_parse_back)
{
	for (const std::vector<std::string> &args :
	    std::vector<std::vector<std::string>>{
	    { "export", "--format", "csv" },
	    { "ls", "--limit", "0", "--format", "csv" } }) {
		RunResult r = run(args);
		ASSERT_EQ(r.status, 0) << r.err;
		std::vector<std::string> fields = csv_fields(r.out);
		std::multiset<std::string> cells(fields.begin(), fields.end());
		for (const auto &n : kNasty) {
			EXPECT_GE(cells.count(guarded(n.text)), 2u) << args[0]
			    << " " << n.name;
			if (guarded(n.text) != n.text) {
				EXPECT_EQ(cells.count(n.text), 0u) << args[0] << " "
				    << n.name << " unguarded";
			}
		}
		for (const auto &f : fields)
			EXPECT_EQ(std::string("=+-@\t\r").find(f.empty() ? 'x' :
			    f[0]), std::string::npos) << args[0] << ": "
			    << escaped(f);
	}
}

TEST_F(Escaping, an_export_imports_back_exactly)
{
	RunResult r = run({ "export", "--format", "csv", "--output",
	    dir.file("export.csv") });
	ASSERT_EQ(r.status, 0) << r.err;
	std::string copy = dir.file("copy.db");
	r = run_track({ "--db", copy, "import", dir.file("export.csv") }, kEnv);
	ASSERT_EQ(r.status, 0) << escaped(r.err);
	const char *sql = "SELECT s.uuid, s.note, p.name, tu.title, t.name FROM "
	    "session s JOIN topic t ON t.id = s.topic_id LEFT JOIN project p "
	    "ON p.id = s.project_id LEFT JOIN tutorial tu ON tu.id = "
	    "s.tutorial_id ORDER BY s.uuid";
	EXPECT_TRUE(query(copy, sql) == query(db, sql))
	    << escaped(query(copy, sql));
}

} // namespace
