// End-to-end: `track export` in CSV and JSON on a hand-built history,
// --since/--until, --output and the formula guard.
#include <dirent.h>
#include <gtest/gtest.h>
#include <jansson.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <sstream>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// The CSV header of EXPORT_FORMAT.md, written out by hand.
const char kHeader[] =
    "record,uuid,day,start,minutes,topic,topic_path,kind,project,"
    "project_path,project_started,project_completed,project_url,tutorial,"
    "tutorial_topic,tutorial_platform,tutorial_course_id,tutorial_progress,"
    "tutorial_started,tutorial_completed,tutorial_url,note,origin,"
    "fingerprint,name,value,estimated,contribution\n";

// A temporary database and a way to run track on it.
class Db : public TrackDb {
public:
	Db() : TrackDb(kEnv) {}
	std::string file(const std::string &name) const
	{
		return dir_.file(name);
	}
	// Runs sql that writes: rows no command of this branch makes.
	void write_sql(const std::string &text) const { exec(text); }
};

// Expects args to be refused with status and message, leaving the
// database file byte-identical.
void
expect_refused(const Db &db, const std::vector<std::string> &args,
    int status, const std::string &message)
{
	std::string before = read_file(db.path());
	RunResult r = db.run(args);
	EXPECT_EQ(r.status, status) << args.back();
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: " + message + "\n");
	EXPECT_TRUE(read_file(db.path()) == before) << "database changed";
}

// The history every test exports: a custom path and topic, an alias, two
// path choices, a setting, a skill of the learner's, a project
// (completed, with a URL, an open-source contribution), a project
// with no path and no session, a platform tutorial, an unmapped topic,
// an imported session, a session an import estimated (the tutorial's:
// course time spread over days), and notes with commas, quotes, newlines and
// formula characters. Sessions get fixed uuids by id; the first one
// logged is the newest, so it is exported last.
void
build_history(const Db &db)
{
	db.ok({ "log", "30m", "python", "--note", "-dash" });
	db.ok({ "path", "add", "web3", "Web 3", "--description", "-chain" });
	db.ok({ "topic", "add", "solidity", "--path", "web3" });
	db.ok({ "topic", "alias", "dj2", "django" });
	db.ok({ "skill", "add", "dapps", "--topics", "solidity,dj2", "--path",
	    "web3", "--title", "Smart-contract apps" });
	db.ok({ "path", "set", "backend", "--date", "2026-11-01" });
	db.ok({ "path", "set", "web3", "--date", "2026-11-10" });
	db.ok({ "config", "set", "plan.projects", "4" });
	db.ok({ "log", "2h", "django", "--date", "2026-11-02", "--start",
	    "18:30", "--note", "plain" });
	db.ok({ "log", "45m", "pandas", "--tutorial", "Pandas in 10 Minutes",
	    "--date", "2026-11-03" });
	db.ok({ "log", "1h30m", "django", "--project", "Django blog", "--path",
	    "backend", "--date", "2026-11-05", "--note", "=1+2, "
	    "\"quoted\"\nsecond line" });
	db.run({ "log", "20m", "foobarz", "--date", "2026-11-10", "--note",
	    "@home" });
	db.ok({ "log", "1h", "solidity", "--date", "2026-11-21", "--note",
	    "+plus" });
	db.write_sql(
	    "UPDATE session SET uuid = printf("
	    "'00000000-0000-7000-8000-%012d', id);"
	    "UPDATE session SET origin = 'import', fingerprint = 'fp-5' "
	    "WHERE id = 5;"
	    "UPDATE session SET estimated = 1 WHERE id = 3;"
	    "UPDATE project SET completed = '2026-11-20', "
	    "url = 'https://github.com/me/blog', description = 'my blog', "
	    "contribution = 1;"
	    "INSERT INTO project (name, started, created) VALUES "
	    "('Side thing', '2026-10-01', '2026-10-01T08:00:00Z');"
	    "UPDATE tutorial SET platform = 'udemy', course_id = '123', "
	    "progress = 41.5, url = 'https://udemy.com/x';");
}

// One CSV row: record, then the given columns by header name; the cells
// are written exactly as given (already quoted where needed).
std::string
row(const std::string &record,
    const std::vector<std::pair<std::string, std::string>> &cells)
{
	std::vector<std::string> columns;
	std::istringstream header(std::string(kHeader, sizeof(kHeader) - 2));
	std::string name;
	while (std::getline(header, name, ','))
		columns.push_back(name);
	std::vector<std::string> values(columns.size());
	values[0] = record;
	for (const auto &cell : cells) {
		auto at = std::find(columns.begin(), columns.end(), cell.first);
		EXPECT_NE(at, columns.end()) << cell.first;
		if (at != columns.end())
			values[at - columns.begin()] = cell.second;
	}
	std::string line;
	for (size_t i = 0; i < values.size(); i++)
		line += (i ? "," : "") + values[i];
	return line + "\n";
}

// The export without its topic and alias rows (checked apart: the
// catalog is long).
std::string
without_catalog(const std::string &csv)
{
	std::string kept;
	size_t at = 0;
	while (at < csv.size()) {
		size_t end = csv.find('\n', at);
		std::string line = csv.substr(at, end - at + 1);
		// A quoted note spans lines; none starts with topic/alias.
		if (line.rfind("topic,", 0) != 0 &&
		    line.rfind("alias,", 0) != 0)
			kept += line;
		at = end + 1;
	}
	return kept;
}

// How many lines start with prefix.
int
count_lines(const std::string &text, const std::string &prefix)
{
	int n = 0;
	for (size_t at = 0; at < text.size();) {
		if (text.compare(at, prefix.size(), prefix) == 0)
			n++;
		size_t end = text.find('\n', at);
		at = end == std::string::npos ? text.size() : end + 1;
	}
	return n;
}

const std::string kSetting = row("setting", { { "name", "plan.projects" },
    { "value", "4" } });
const std::string kPath = row("path", { { "name", "web3" },
    { "value", "Web 3" }, { "note", "'-chain" } });
const std::string kSkill = row("skill", { { "name", "dapps" },
    { "value", "Smart-contract apps" }, { "topic_path", "web3" },
    { "topic", "\"django,solidity\"" } });
const std::string kChoices =
    row("path_choice", { { "name", "backend" }, { "day", "2026-11-01" } }) +
    row("path_choice", { { "name", "web3" }, { "day", "2026-11-10" } });
const std::string kProjects =
    row("project", { { "project", "Side thing" },
	{ "project_started", "2026-10-01" }, { "contribution", "false" } }) +
    row("project", { { "project", "Django blog" },
	{ "project_path", "backend" }, { "project_started", "2026-11-05" },
	{ "project_completed", "2026-11-20" },
	{ "project_url", "https://github.com/me/blog" },
	{ "note", "my blog" }, { "contribution", "true" } });
const std::string kTutorial = row("tutorial", {
    { "tutorial", "Pandas in 10 Minutes" }, { "tutorial_topic", "pandas" },
    { "tutorial_platform", "udemy" }, { "tutorial_course_id", "123" },
    { "tutorial_progress", "41.5" }, { "tutorial_started", "2026-11-03" },
    { "tutorial_url", "https://udemy.com/x" } });

// The sessions, oldest first, each a CSV row.
const std::string kSession[] = {
	row("session", { { "uuid", "00000000-0000-7000-8000-000000000002" },
	    { "day", "2026-11-02" }, { "start", "2026-11-02T18:30:00Z" },
	    { "minutes", "120" }, { "topic", "django" },
	    { "topic_path", "backend" }, { "kind", "study" },
	    { "note", "plain" }, { "origin", "manual" },
	    { "estimated", "false" } }),
	row("session", { { "uuid", "00000000-0000-7000-8000-000000000003" },
	    { "day", "2026-11-03" }, { "minutes", "45" },
	    { "topic", "pandas" }, { "topic_path", "data-science" },
	    { "kind", "tutorial" }, { "tutorial", "Pandas in 10 Minutes" },
	    { "tutorial_topic", "pandas" }, { "tutorial_platform", "udemy" },
	    { "tutorial_course_id", "123" }, { "tutorial_progress", "41.5" },
	    { "tutorial_started", "2026-11-03" },
	    { "tutorial_url", "https://udemy.com/x" },
	    { "origin", "manual" }, { "estimated", "true" } }),
	row("session", { { "uuid", "00000000-0000-7000-8000-000000000004" },
	    { "day", "2026-11-05" }, { "minutes", "90" },
	    { "topic", "django" }, { "topic_path", "backend" },
	    { "kind", "project" }, { "project", "Django blog" },
	    { "project_path", "backend" }, { "project_started", "2026-11-05" },
	    { "project_completed", "2026-11-20" },
	    { "project_url", "https://github.com/me/blog" },
	    { "note", "\"'=1+2, \"\"quoted\"\"\nsecond line\"" },
	    { "origin", "manual" }, { "estimated", "false" } }),
	row("session", { { "uuid", "00000000-0000-7000-8000-000000000005" },
	    { "day", "2026-11-10" }, { "minutes", "20" },
	    { "topic", "foobarz" }, { "kind", "study" }, { "note", "'@home" },
	    { "origin", "import" }, { "fingerprint", "fp-5" },
	    { "estimated", "false" } }),
	row("session", { { "uuid", "00000000-0000-7000-8000-000000000006" },
	    { "day", "2026-11-21" }, { "minutes", "60" },
	    { "topic", "solidity" }, { "topic_path", "web3" },
	    { "kind", "study" }, { "note", "'+plus" },
	    { "origin", "manual" }, { "estimated", "false" } }),
	row("session", { { "uuid", "00000000-0000-7000-8000-000000000001" },
	    { "day", "2026-11-22" }, { "minutes", "30" },
	    { "topic", "python" }, { "topic_path", "fundamentals" },
	    { "kind", "study" }, { "note", "'-dash" },
	    { "origin", "manual" }, { "estimated", "false" } }),
};

// Parses text as JSON, failing the test on an error.
json_t *
parse_json(const std::string &text)
{
	json_error_t error;
	json_t *value = json_loads(text.c_str(), 0, &error);
	EXPECT_NE(value, nullptr) << error.text << " at line " << error.line
	    << ": " << text;
	return value;
}

// Expects the JSON value to equal the JSON written in expected.
void
expect_json(json_t *value, const std::string &expected)
{
	json_t *want = parse_json(expected);
	char *got = json_dumps(value, JSON_SORT_KEYS);
	EXPECT_TRUE(json_equal(value, want)) << got;
	free(got);
	json_decref(want);
}

// The names of the files in dir, sorted.
std::vector<std::string>
dir_entries(const std::string &dir)
{
	std::vector<std::string> names;
	DIR *d = opendir(dir.c_str());
	if (d == nullptr)
		return names;
	while (struct dirent *e = readdir(d))
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			names.push_back(e->d_name);
	closedir(d);
	std::sort(names.begin(), names.end());
	return names;
}

// ---------------------------------------------------------------------
// CSV

TEST(cli_export, csv_holds_every_record_in_contract_order)
{
	Db db;
	build_history(db);
	RunResult r = db.run({ "export" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, "");
	std::string sessions;
	for (const auto &s : kSession)
		sessions += s;
	EXPECT_EQ(without_catalog(r.out), kHeader + kSetting + kPath + kSkill +
	    kChoices + kProjects + kTutorial + sessions);
}

TEST(cli_export, csv_holds_every_topic_and_alias_after_the_paths)
{
	Db db;
	build_history(db);
	std::string out = db.ok({ "export" });
	EXPECT_NE(out.find(kPath + row("topic", { { "topic", "airflow" },
	    { "topic_path", "data-engineering" } })), std::string::npos);
	EXPECT_NE(out.find(row("topic", { { "topic", "foobarz" } })),
	    std::string::npos);
	EXPECT_NE(out.find(row("topic", { { "topic", "solidity" },
	    { "topic_path", "web3" } })), std::string::npos);
	EXPECT_NE(out.find(row("alias", { { "name", "dj" },
	    { "topic", "django" } }) + row("alias", { { "name", "dj2" },
	    { "topic", "django" } })), std::string::npos);
	EXPECT_EQ(std::to_string(count_lines(out, "topic,")) + "\n",
	    db.sql("SELECT count(*) FROM topic"));
	EXPECT_EQ(std::to_string(count_lines(out, "alias,")) + "\n",
	    db.sql("SELECT count(*) FROM topic_alias"));
	size_t last_alias = out.rfind("\nalias,");
	EXPECT_LT(last_alias, out.find("\npath_choice,"));
}

TEST(cli_export, csv_guards_formula_cells_and_quotes_per_rfc4180)
{
	Db db;
	db.ok({ "log", "1h", "python", "--note", "=HYPERLINK(\"x\")" });
	db.ok({ "log", "1h", "python", "--note", "-1" });
	db.ok({ "log", "1h", "python", "--note", "\tindented" });
	db.ok({ "log", "1h", "python", "--note", "a,b" });
	db.ok({ "log", "1h", "python", "--note", "safe = yes" });
	std::string out = db.ok({ "export" });
	EXPECT_NE(out.find(",\"'=HYPERLINK(\"\"x\"\")\",manual,"),
	    std::string::npos);
	EXPECT_NE(out.find(",'-1,manual,"), std::string::npos);
	EXPECT_NE(out.find(",'\tindented,manual,"), std::string::npos);
	EXPECT_NE(out.find(",\"a,b\",manual,"), std::string::npos);
	EXPECT_NE(out.find(",safe = yes,manual,"), std::string::npos);
}

TEST(cli_export, missing_database_exports_the_catalog_and_creates_nothing)
{
	Db db;
	RunResult r = db.run({ "export" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(r.out.rfind(kHeader + row("topic", { { "topic",
	    "airflow" }, { "topic_path", "data-engineering" } }), 0), 0u);
	EXPECT_EQ(count_lines(r.out, "session,"), 0);
	EXPECT_EQ(count_lines(r.out, "setting,"), 0);
	EXPECT_EQ(count_lines(r.out, "path,"), 0);
	EXPECT_FALSE(file_exists(db.path()));
}

// ---------------------------------------------------------------------
// JSON

TEST(cli_export, json_holds_the_same_records_in_one_document)
{
	Db db;
	build_history(db);
	RunResult r = db.run({ "export", "--format", "json" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, "");
	json_t *doc = parse_json(r.out);
	ASSERT_NE(doc, nullptr);
	const char *keys[] = { "format", "version", "paths", "topics",
	    "path_choices", "projects", "tutorials", "sessions", "settings",
	    "skills" };
	EXPECT_EQ(json_object_size(doc), 10u);
	for (const char *key : keys)
		EXPECT_NE(json_object_get(doc, key), nullptr) << key;
	EXPECT_STREQ(json_string_value(json_object_get(doc, "format")),
	    "track-export");
	EXPECT_EQ(json_integer_value(json_object_get(doc, "version")), 1);
	expect_json(json_object_get(doc, "paths"),
	    R"([{"slug": "web3", "name": "Web 3", "description": "-chain"}])");
	expect_json(json_object_get(doc, "path_choices"),
	    R"([{"path": "backend", "day": "2026-11-01"},
	        {"path": "web3", "day": "2026-11-10"}])");
	expect_json(json_object_get(doc, "projects"),
	    R"([{"name": "Side thing", "path": null, "started": "2026-10-01",
	         "completed": null, "url": null, "description": null,
	         "contribution": false},
	        {"name": "Django blog", "path": "backend",
	         "started": "2026-11-05", "completed": "2026-11-20",
	         "url": "https://github.com/me/blog",
	         "description": "my blog", "contribution": true}])");
	expect_json(json_object_get(doc, "tutorials"),
	    R"([{"title": "Pandas in 10 Minutes", "topic": "pandas",
	         "platform": "udemy", "course_id": "123", "progress": 41.5,
	         "started": "2026-11-03", "completed": null,
	         "url": "https://udemy.com/x"}])");
	expect_json(json_object_get(doc, "settings"),
	    R"([{"key": "plan.projects", "value": "4"}])");
	expect_json(json_object_get(doc, "skills"),
	    R"([{"name": "dapps", "title": "Smart-contract apps",
	         "path": "web3", "topics": "django,solidity"}])");
	json_decref(doc);
}

TEST(cli_export, json_sessions_keep_text_exact_and_minutes_as_numbers)
{
	Db db;
	build_history(db);
	json_t *doc = parse_json(db.ok({ "export", "--format", "json" }));
	ASSERT_NE(doc, nullptr);
	expect_json(json_object_get(doc, "sessions"), R"([
	  {"uuid": "00000000-0000-7000-8000-000000000002", "day": "2026-11-02",
	   "start": "2026-11-02T18:30:00Z", "minutes": 120, "topic": "django",
	   "path": "backend", "kind": "study", "project": null,
	   "tutorial": null, "tutorial_platform": null,
	   "tutorial_course_id": null, "note": "plain", "origin": "manual",
	   "fingerprint": null, "estimated": false},
	  {"uuid": "00000000-0000-7000-8000-000000000003", "day": "2026-11-03",
	   "start": null, "minutes": 45, "topic": "pandas",
	   "path": "data-science", "kind": "tutorial", "project": null,
	   "tutorial": "Pandas in 10 Minutes", "tutorial_platform": "udemy",
	   "tutorial_course_id": "123", "note": null, "origin": "manual",
	   "fingerprint": null, "estimated": true},
	  {"uuid": "00000000-0000-7000-8000-000000000004", "day": "2026-11-05",
	   "start": null, "minutes": 90, "topic": "django", "path": "backend",
	   "kind": "project", "project": "Django blog", "tutorial": null,
	   "tutorial_platform": null, "tutorial_course_id": null,
	   "note": "=1+2, \"quoted\"\nsecond line", "origin": "manual",
	   "fingerprint": null, "estimated": false},
	  {"uuid": "00000000-0000-7000-8000-000000000005", "day": "2026-11-10",
	   "start": null, "minutes": 20, "topic": "foobarz", "path": null,
	   "kind": "study", "project": null, "tutorial": null,
	   "tutorial_platform": null, "tutorial_course_id": null,
	   "note": "@home", "origin": "import", "fingerprint": "fp-5",
	   "estimated": false},
	  {"uuid": "00000000-0000-7000-8000-000000000006", "day": "2026-11-21",
	   "start": null, "minutes": 60, "topic": "solidity", "path": "web3",
	   "kind": "study", "project": null, "tutorial": null,
	   "tutorial_platform": null, "tutorial_course_id": null,
	   "note": "+plus", "origin": "manual", "fingerprint": null,
	   "estimated": false},
	  {"uuid": "00000000-0000-7000-8000-000000000001", "day": "2026-11-22",
	   "start": null, "minutes": 30, "topic": "python",
	   "path": "fundamentals", "kind": "study", "project": null,
	   "tutorial": null, "tutorial_platform": null,
	   "tutorial_course_id": null, "note": "-dash", "origin": "manual",
	   "fingerprint": null, "estimated": false}])");
	json_decref(doc);
}

TEST(cli_export, json_topics_carry_their_path_and_aliases)
{
	Db db;
	build_history(db);
	json_t *doc = parse_json(db.ok({ "export", "--format", "json" }));
	ASSERT_NE(doc, nullptr);
	json_t *topics = json_object_get(doc, "topics");
	EXPECT_EQ(std::to_string(json_array_size(topics)) + "\n",
	    db.sql("SELECT count(*) FROM topic"));
	std::map<std::string, json_t *> by_name;
	size_t i;
	json_t *topic;
	json_array_foreach(topics, i, topic)
		by_name[json_string_value(json_object_get(topic, "name"))] =
		    topic;
	expect_json(by_name["django"],
	    R"({"name": "django", "path": "backend",
	        "aliases": ["dj", "dj2"]})");
	expect_json(by_name["foobarz"],
	    R"({"name": "foobarz", "path": null, "aliases": []})");
	expect_json(by_name["solidity"],
	    R"({"name": "solidity", "path": "web3", "aliases": []})");
	expect_json(json_array_get(topics, 0),
	    R"({"name": "airflow", "path": "data-engineering",
	        "aliases": []})");
	json_decref(doc);
}

TEST(cli_export, json_of_a_missing_database_is_a_valid_empty_history)
{
	Db db;
	json_t *doc = parse_json(db.ok({ "export", "--format", "json" }));
	ASSERT_NE(doc, nullptr);
	const char *empty[] = { "paths", "path_choices", "projects",
	    "tutorials", "sessions", "settings" };
	for (const char *key : empty)
		EXPECT_EQ(json_array_size(json_object_get(doc, key)), 0u)
		    << key;
	EXPECT_GT(json_array_size(json_object_get(doc, "topics")), 80u);
	json_decref(doc);
	EXPECT_FALSE(file_exists(db.path()));
}

// ---------------------------------------------------------------------
// --since and --until

TEST(cli_export, since_and_until_restrict_only_the_sessions)
{
	Db db;
	build_history(db);
	std::string out = db.ok({ "export", "--since", "2026-11-03",
	    "--until", "2026-11-10" });
	EXPECT_EQ(without_catalog(out), kHeader + kSetting + kPath + kSkill +
	    kChoices + kProjects + kTutorial + kSession[1] + kSession[2] +
	    kSession[3]);
	out = db.ok({ "export", "--since", "2026-11-21" });
	EXPECT_EQ(count_lines(out, "session,"), 2);
	EXPECT_NE(out.find(kSession[4] + kSession[5]), std::string::npos);
	out = db.ok({ "export", "--until", "2026-11-02" });
	EXPECT_EQ(count_lines(out, "session,"), 1);
	EXPECT_NE(out.find(kSession[0]), std::string::npos);
	json_t *doc = parse_json(db.ok({ "export", "--format", "json",
	    "--since", "yesterday" }));
	ASSERT_NE(doc, nullptr);
	EXPECT_EQ(json_array_size(json_object_get(doc, "sessions")), 2u);
	EXPECT_EQ(json_array_size(json_object_get(doc, "projects")), 2u);
	json_decref(doc);
}

TEST(cli_export, bad_options_are_refused_and_change_nothing)
{
	Db db;
	build_history(db);
	expect_refused(db, { "export", "--since", "2026-11-10", "--until",
	    "2026-11-03" }, 2, "--since 2026-11-10 is after --until "
	    "2026-11-03: give the earlier day to --since");
	expect_refused(db, { "export", "--format", "xml" }, 2,
	    "invalid format 'xml': use csv or json");
	expect_refused(db, { "export", "extra" }, 2, "usage: track export "
	    "[--format csv|json] [--since DATE] [--until DATE] "
	    "[--output FILE]");
	expect_refused(db, { "export", "--limit", "3" }, 2, "unknown option "
	    "'--limit' for 'track export': see 'track help export'");
	expect_refused(db, { "export", "--output" }, 2, "option '--output' "
	    "for 'track export' needs a value");
	RunResult r = db.run({ "export", "--since", "tomorrow" });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.out, "");
}

// ---------------------------------------------------------------------
// --output

TEST(cli_export, output_writes_the_file_and_leaves_no_temporary_file)
{
	Db db;
	build_history(db);
	std::string expected = db.ok({ "export" });
	std::vector<std::string> before = dir_entries(db.dir());
	RunResult r = db.run({ "export", "--output", db.file("backup.csv") });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(r.out, "exported 6 sessions to " + db.file("backup.csv") +
	    "\n");
	EXPECT_EQ(read_file(db.file("backup.csv")), expected);
	before.push_back("backup.csv");
	std::sort(before.begin(), before.end());
	EXPECT_EQ(dir_entries(db.dir()), before);
}

TEST(cli_export, output_replaces_an_existing_file_keeping_its_mode)
{
	Db db;
	build_history(db);
	write_file(db.file("backup.json"), "old content");
	chmod(db.file("backup.json").c_str(), 0640);
	RunResult r = db.run({ "export", "--format", "json", "--since",
	    "2026-11-22", "--output", db.file("backup.json") });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "exported 1 session to " + db.file("backup.json") +
	    "\n");
	json_t *doc = parse_json(read_file(db.file("backup.json")));
	ASSERT_NE(doc, nullptr);
	EXPECT_EQ(json_array_size(json_object_get(doc, "sessions")), 1u);
	json_decref(doc);
	struct stat st;
	ASSERT_EQ(stat(db.file("backup.json").c_str(), &st), 0);
	EXPECT_EQ(st.st_mode & 07777, 0640u);
}

TEST(cli_export, output_in_a_missing_directory_is_refused)
{
	Db db;
	build_history(db);
	std::vector<std::string> before = dir_entries(db.dir());
	expect_refused(db, { "export", "--output", db.file("nowhere/x.csv") },
	    1, "cannot write '" + db.file("nowhere/x.csv") + "': directory '" +
	    db.file("nowhere") + "' does not exist");
	expect_refused(db, { "export", "--output", db.dir() }, 1,
	    "cannot write '" + db.dir() + "': it is a directory");
	expect_refused(db, { "export", "--output", "" }, 2,
	    "invalid output file '': give a file name");
	EXPECT_EQ(dir_entries(db.dir()), before);
}

TEST(cli_export, output_refused_on_a_missing_database_creates_nothing)
{
	Db db;
	RunResult r = db.run({ "export", "--output", db.file("no/x.csv") });
	EXPECT_EQ(r.status, 1);
	EXPECT_TRUE(dir_entries(db.dir()).empty());
}

// What the learner sees of the things an export must carry besides the
// sessions: the projects (a contribution among them) and the skills.
std::vector<std::string>
catalog_views(const Db &db)
{
	return { db.ok({ "project", "list", "--format", "json" }),
		db.ok({ "skill", "list", "--format", "json" }),
		db.ok({ "skills", "--format", "json" }) };
}

TEST(cli_export, import_into_an_empty_database_keeps_contributions_and_skills)
{
	Db db;
	build_history(db);
	std::vector<std::string> want = catalog_views(db);
	// The views hold what is carried: not two empty lists compared.
	EXPECT_NE(want[0].find("\"contribution\": true"), std::string::npos)
	    << want[0];
	EXPECT_NE(want[1].find("\"dapps\""), std::string::npos) << want[1];
	for (const char *format : { "csv", "json" }) {
		std::string file = db.file(std::string("all.") + format);
		db.ok({ "export", "--format", format, "--output", file });
		Db fresh;
		fresh.ok({ "import", file });
		EXPECT_EQ(catalog_views(fresh), want) << format;
		EXPECT_EQ(fresh.sql("SELECT name, title, area, builtin, "
		    "(SELECT slug FROM path WHERE id = path_id) FROM skill "
		    "WHERE name = 'dapps'"),
		    "dapps|Smart-contract apps|domain|0|web3\n") << format;
	}
}

TEST(cli_export, import_leaves_a_skill_already_there_as_it_is)
{
	Db db;
	build_history(db);
	std::string file = db.file("all.csv");
	db.ok({ "export", "--output", file });
	Db other;
	other.ok({ "skill", "add", "dapps", "--topics", "python", "--path",
	    "backend" });
	other.ok({ "import", file });
	EXPECT_EQ(other.sql("SELECT s.title, p.slug, t.name FROM skill s "
	    "JOIN path p ON p.id = s.path_id JOIN skill_topic st ON "
	    "st.skill_id = s.id JOIN topic t ON t.id = st.topic_id "
	    "WHERE s.name = 'dapps'"), "Dapps|backend|python\n");
}

TEST(cli_export, an_export_without_contribution_or_skills_still_imports)
{
	// An export of the version before: no contribution column, no
	// skills array, no contribution key.
	Db csv;
	std::string old_header(kHeader, sizeof(kHeader) - 1);
	old_header.replace(old_header.find(",contribution"), 13, "");
	std::string f = csv.write("old.csv", old_header +
	    "project,,,,,,,,Old one,,2026-10-01,,,,,,,,,,,,,,,,\n");
	EXPECT_EQ(csv.ok({ "import", f }), f + ": 1 row, 0 sessions added, 0 "
	    "tutorials added, 0 duplicates skipped\n");
	EXPECT_EQ(csv.sql("SELECT name, contribution FROM project"),
	    "Old one|0\n");
	Db json;
	std::string j = json.write("old.json", R"({"format": "track-export",
	    "version": 1, "projects": [{"name": "Old one", "path": null,
	    "started": "2026-10-01", "completed": null, "url": null,
	    "description": null}]})");
	json.ok({ "import", j });
	EXPECT_EQ(json.sql("SELECT name, contribution FROM project"),
	    "Old one|0\n");
	EXPECT_EQ(json.sql("SELECT count(*) FROM skill WHERE builtin = 0"),
	    "0\n");
}

}  // namespace
