// End-to-end: `track ls`, `track edit`, `track rm` and `track undo`
// through the built binary, each on a fresh database.
#include <gtest/gtest.h>
#include <jansson.h>

#include <algorithm>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// A temporary database and a way to run track on it.
class Db : public TrackDb {
public:
	Db() : TrackDb(kEnv) {}
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

// Three sessions on two days, one with a start time, one in a project.
void
log_three(const Db &db)
{
	db.ok({ "log", "2h", "django", "--date", "2026-11-20", "--start",
	    "18:30" });
	db.ok({ "log", "45m", "pandas", "--tutorial", "Pandas in 10 Minutes",
	    "--date", "2026-11-21" });
	db.ok({ "log", "1h30m", "django", "--project", "Django blog",
	    "--note", "auth views", "--date", "2026-11-21" });
}

// ---------------------------------------------------------------------
// ls: text

TEST(cli_ls, lists_oldest_first_in_aligned_columns)
{
	Db db;
	log_three(db);
	db.ok({ "log", "20m", "python" });
	EXPECT_EQ(db.ok({ "ls" }),
	    "#1  2026-11-20  18:30     2h  django  study\n"
	    "#2  2026-11-21  -----    45m  pandas  tutorial  "
	    "tutorial: Pandas in 10 Minutes\n"
	    "#3  2026-11-21  -----  1h30m  django  project   "
	    "project: Django blog  auth views\n"
	    "#4  2026-11-22  -----    20m  python  study\n");
}

TEST(cli_ls, orders_a_day_by_start_then_id)
{
	Db db;
	db.ok({ "log", "1h", "django", "--start", "09:00" });
	db.ok({ "log", "1h", "flask", "--start", "07:00" });
	db.ok({ "log", "1h", "numpy" });
	EXPECT_EQ(db.ok({ "ls" }),
	    "#3  2026-11-22  -----  1h  numpy   study\n"
	    "#2  2026-11-22  07:00  1h  flask   study\n"
	    "#1  2026-11-22  09:00  1h  django  study\n");
}

TEST(cli_ls, shows_the_start_in_local_time)
{
	Db db;
	std::map<std::string, std::string> env = kEnv;
	env["TZ"] = "Europe/Berlin";
	RunResult r = run_track({ "--db", db.path(), "log", "1h", "django",
	    "--start", "09:30" }, env);
	ASSERT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(db.sql("SELECT start FROM session"), "2026-11-22T08:30:00Z\n");
	r = run_track({ "--db", db.path(), "ls" }, env);
	EXPECT_EQ(r.out, "#1  2026-11-22  09:30  1h  django  study\n");
}

TEST(cli_ls, empty_history_says_so_and_creates_nothing)
{
	Db db;
	RunResult r = db.run({ "ls" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "no sessions\n");
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(db.run({ "ls", "--format", "json" }).out, "[]\n");
	EXPECT_EQ(db.run({ "ls", "--format", "csv" }).out,
	    "id,uuid,day,start,minutes,topic,path,kind,project,tutorial,note,"
	    "origin,estimated\n");
	EXPECT_FALSE(file_exists(db.path()));
}

TEST(cli_ls, filter_matching_nothing_prints_no_sessions)
{
	Db db;
	log_three(db);
	EXPECT_EQ(db.ok({ "ls", "--kind", "study", "--topic", "pandas" }),
	    "no sessions\n");
}

TEST(cli_ls, neutralises_terminal_escapes_in_text)
{
	Db db;
	db.ok({ "log", "1h", "django", "--note", "\x1b[31mred\x1b[0m" });
	std::string out = db.ok({ "ls" });
	EXPECT_EQ(out, "#1  2026-11-22  -----  1h  django  study     "
	    "?[31mred?[0m\n");
	EXPECT_EQ(out.find('\x1b'), std::string::npos);
}

// A CJK topic takes two columns a character: the kind column after it
// lines up, and a note is cut to the 80 columns a terminal shows.
TEST(cli_ls, aligns_columns_after_a_cjk_topic_and_cuts_notes_by_width)
{
	Db db;
	db.ok({ "log", "1h", "日本語", "--date", "2026-11-20", "--note",
	    "漢字のノートはとても長いのでここで切られるべきです。さらに続きます" });
	db.ok({ "log", "30m", "sql", "--date", "2026-11-21" });
	EXPECT_EQ(db.ok({ "ls" }),
	    "#1  2026-11-20  -----   1h  日本語  study     "
	    "漢字のノートはとても長いのでこ...\n"
	    "#2  2026-11-21  -----  30m  sql     study\n");
}

TEST(cli_ls, cuts_long_notes_to_80_columns)
{
	Db db;
	std::string note(100, 'n');
	db.ok({ "log", "1h", "django", "--note", note });
	std::string out = db.ok({ "ls" });
	EXPECT_EQ(out, "#1  2026-11-22  -----  1h  django  study     " +
	    std::string(32, 'n') + "...\n");
	EXPECT_EQ(out.size(), 81u);	// 80 columns and the newline
	// The other formats keep the whole note.
	EXPECT_NE(db.ok({ "ls", "--format", "csv" }).find(note),
	    std::string::npos);
}

// ---------------------------------------------------------------------
// ls: limit

// Logs 25 sessions, one a day from 2026-10-29 to 2026-11-22.
void
log_25_days(const Db &db)
{
	for (int i = 0; i < 25; i++) {
		char day[16];
		snprintf(day, sizeof(day), "2026-%02d-%02d", i < 3 ? 10 : 11,
		    i < 3 ? 29 + i : i - 2);
		db.ok({ "log", "30m", "django", "--date", day });
	}
}

TEST(cli_ls, lists_the_newest_20_by_default_oldest_first)
{
	Db db;
	log_25_days(db);
	std::string out = db.ok({ "ls" });
	std::string expected;
	for (int id = 6; id <= 25; id++) {
		char line[80];
		snprintf(line, sizeof(line), "#%-2d  2026-11-%02d  -----  30m  "
		    "django  study\n", id, id - 3);
		expected += line;
	}
	EXPECT_EQ(out, expected);
}

TEST(cli_ls, limit_0_lists_everything_and_n_the_newest_n)
{
	Db db;
	log_25_days(db);
	std::string all = db.ok({ "ls", "--limit", "0" });
	EXPECT_EQ(std::count(all.begin(), all.end(), '\n'), 25);
	EXPECT_EQ(all.substr(0, all.find('\n')),
	    "#1   2026-10-29  -----  30m  django  study");
	EXPECT_EQ(db.ok({ "ls", "--limit", "2" }),
	    "#24  2026-11-21  -----  30m  django  study\n"
	    "#25  2026-11-22  -----  30m  django  study\n");
}

// ---------------------------------------------------------------------
// ls: filters

// Ids of the sessions `ls ARGS --format csv` lists, space-separated.
std::string
listed_ids(const Db &db, std::vector<std::string> args)
{
	args.insert(args.begin(), "ls");
	args.insert(args.end(), { "--format", "csv" });
	std::string out = db.ok(args), ids;
	size_t line = out.find('\n') + 1;
	while (line < out.size()) {
		ids += (ids.empty() ? "" : " ") +
		    out.substr(line, out.find(',', line) - line);
		line = out.find('\n', line) + 1;
	}
	return ids;
}

TEST(cli_ls, filters_by_day_path_topic_and_kind)
{
	Db db;
	log_three(db);
	db.ok({ "log", "1h", "scikit-learn", "--date", "2026-11-22" });
	db.ok({ "log", "1h", "knitting", "--date", "2026-11-22" });
	EXPECT_EQ(listed_ids(db, {}), "1 2 3 4 5");
	EXPECT_EQ(listed_ids(db, { "--since", "2026-11-21" }), "2 3 4 5");
	EXPECT_EQ(listed_ids(db, { "--until", "2026-11-21" }), "1 2 3");
	EXPECT_EQ(listed_ids(db, { "--since", "yesterday", "--until",
	    "yesterday" }), "2 3");
	EXPECT_EQ(listed_ids(db, { "--path", "backend" }), "1 3");
	EXPECT_EQ(listed_ids(db, { "--path", "ML" }), "4");
	EXPECT_EQ(listed_ids(db, { "--path", "unmapped" }), "5");
	EXPECT_EQ(listed_ids(db, { "--topic", "Django" }), "1 3");
	EXPECT_EQ(listed_ids(db, { "--topic", "sklearn" }), "4");
	EXPECT_EQ(listed_ids(db, { "--kind", "tutorial" }), "2");
	EXPECT_EQ(listed_ids(db, { "--kind", "study" }), "1 4 5");
	EXPECT_EQ(listed_ids(db, { "--path", "backend", "--kind", "project",
	    "--since", "2026-11-21" }), "3");
	EXPECT_EQ(listed_ids(db, { "--topic", "django", "--limit", "1" }), "3");
}

TEST(cli_ls, refuses_bad_filters)
{
	Db db;
	log_three(db);
	expect_refused(db, { "ls", "--topic", "djangoo" }, 2,
	    "unknown topic 'djangoo': did you mean 'django'? ('track topic "
	    "list' shows the topics)");
	expect_refused(db, { "ls", "--topic", "knitting" }, 2,
	    "unknown topic 'knitting': 'track topic list' shows the topics");
	EXPECT_EQ(db.sql("SELECT count(*) FROM topic WHERE name = 'knitting'"),
	    "0\n");
	expect_refused(db, { "ls", "--path", "frontend" }, 2,
	    "unknown path 'frontend': use one of backend, ml, data-science, "
	    "automation, data-engineering, devops, or add it with 'track path "
	    "add SLUG NAME'");
	expect_refused(db, { "ls", "--since", "2026-11-21", "--until",
	    "2026-11-20" }, 2, "--since 2026-11-21 is after --until "
	    "2026-11-20: give the earlier day to --since");
	expect_refused(db, { "ls", "--limit", "-1" }, 2, "invalid limit '-1': "
	    "use a whole number of sessions, or 0 for all");
	expect_refused(db, { "ls", "--limit", "ten" }, 2, "invalid limit "
	    "'ten': use a whole number of sessions, or 0 for all");
	expect_refused(db, { "ls", "--limit", "1.5" }, 2, "invalid limit "
	    "'1.5': use a whole number of sessions, or 0 for all");
	expect_refused(db, { "ls", "--kind", "video" }, 2,
	    "invalid kind 'video': use tutorial, study or project");
	expect_refused(db, { "ls", "--format", "xml" }, 2,
	    "invalid format 'xml': use text, json or csv");
	expect_refused(db, { "ls", "--since", "tomorrow" }, 2,
	    "invalid date 'tomorrow': use today, yesterday, YYYY-MM-DD, -3d, "
	    "'3 days ago' or a weekday name");
	expect_refused(db, { "ls", "django" }, 2, "usage: track ls [--since "
	    "DATE] [--until DATE] [--path PATH] [--topic TOPIC] [--kind KIND] "
	    "[--limit N] [--format text|json|csv]");
	expect_refused(db, { "ls", "--all" }, 2, "unknown option '--all' for "
	    "'track ls': see 'track help ls'");
}

// ---------------------------------------------------------------------
// ls: json and csv

// The JSON value of key in object o, as compact JSON text.
std::string
json_field(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (v == nullptr)
		return "(missing)";
	char *text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
	std::string s = text;
	free(text);
	return s;
}

TEST(cli_ls, json_has_the_spec_keys_and_values)
{
	Db db;
	log_three(db);
	db.ok({ "log", "10m", "knitting", "--note", "say \"hi\"\n" });
	std::string uuids = db.sql("SELECT group_concat(uuid, ' ') FROM "
	    "(SELECT uuid FROM session ORDER BY id)");
	std::string out = db.ok({ "ls", "--format", "json" });
	json_error_t error;
	json_t *root = json_loads(out.c_str(), 0, &error);
	ASSERT_NE(root, nullptr) << error.text << "\n" << out;
	ASSERT_TRUE(json_is_array(root));
	ASSERT_EQ(json_array_size(root), 4u);

	const char *keys[] = { "id", "uuid", "day", "start", "minutes", "topic",
	    "path", "kind", "project", "tutorial", "note", "origin",
	    "estimated" };
	const char *expected[4][13] = {
		{ "1", "", "\"2026-11-20\"", "\"2026-11-20T18:30:00Z\"", "120",
		  "\"django\"", "\"backend\"", "\"study\"", "null", "null",
		  "null", "\"manual\"", "false" },
		{ "2", "", "\"2026-11-21\"", "null", "45", "\"pandas\"",
		  "\"data-science\"", "\"tutorial\"", "null",
		  "\"Pandas in 10 Minutes\"", "null", "\"manual\"", "false" },
		{ "3", "", "\"2026-11-21\"", "null", "90", "\"django\"",
		  "\"backend\"", "\"project\"", "\"Django blog\"", "null",
		  "\"auth views\"", "\"manual\"", "false" },
		{ "4", "", "\"2026-11-22\"", "null", "10", "\"knitting\"",
		  "null", "\"study\"", "null", "null",
		  "\"say \\\"hi\\\"\\n\"", "\"manual\"", "false" },
	};
	for (size_t i = 0; i < 4; i++) {
		json_t *o = json_array_get(root, i);
		ASSERT_TRUE(json_is_object(o));
		EXPECT_EQ(json_object_size(o), 13u);
		std::string uuid = uuids.substr(i * 37, 36);
		for (size_t k = 0; k < 13; k++) {
			std::string want = k == 1 ? "\"" + uuid + "\"" :
			    expected[i][k];
			EXPECT_EQ(json_field(o, keys[k]), want)
			    << "session " << i + 1 << " key " << keys[k];
		}
	}
	json_decref(root);
	// Keys come in the documented order.
	EXPECT_EQ(out.substr(0, 12), "[\n  {\"id\": 1");
}

TEST(cli_ls, csv_quotes_and_neutralises_formulas)
{
	Db db;
	db.ok({ "log", "1h", "django", "--note",
	    "=HYPERLINK(\"x\"), a, b\nsecond line" });
	db.ok({ "log", "30m", "flask", "--project", "+plus", "--start",
	    "08:00" });
	std::string uuid1 = db.sql("SELECT uuid FROM session WHERE id = 1");
	std::string uuid2 = db.sql("SELECT uuid FROM session WHERE id = 2");
	uuid1.pop_back();
	uuid2.pop_back();
	EXPECT_EQ(db.ok({ "ls", "--format", "csv" }),
	    "id,uuid,day,start,minutes,topic,path,kind,project,tutorial,note,"
	    "origin,estimated\n"
	    "1," + uuid1 + ",2026-11-22,,60,django,backend,study,,,"
	    "\"'=HYPERLINK(\"\"x\"\"), a, b\nsecond line\",manual,false\n"
	    "2," + uuid2 + ",2026-11-22,2026-11-22T08:00:00Z,30,flask,backend,"
	    "project,'+plus,,,manual,false\n");
}

// ---------------------------------------------------------------------
// edit

TEST(cli_edit, changes_the_duration)
{
	Db db;
	log_three(db);
	EXPECT_EQ(db.ok({ "edit", "2", "--duration", "1h15m" }),
	    "updated #2: 1h15m pandas (data-science, tutorial, tutorial "
	    "'Pandas in 10 Minutes') on 2026-11-21\n");
	EXPECT_EQ(db.sql("SELECT minutes FROM session WHERE id = 2"), "75\n");
}

TEST(cli_edit, new_date_keeps_the_clock_time)
{
	Db db;
	log_three(db);
	EXPECT_EQ(db.ok({ "edit", "#1", "--date", "2026-11-15" }),
	    "updated #1: 2h django (backend, study) on 2026-11-15\n");
	EXPECT_EQ(db.sql("SELECT day, start FROM session WHERE id = 1"),
	    "2026-11-15|2026-11-15T18:30:00Z\n");
	db.ok({ "edit", "2", "--date", "yesterday" });
	EXPECT_EQ(db.sql("SELECT day, start FROM session WHERE id = 2"),
	    "2026-11-21|NULL\n");
}

TEST(cli_edit, sets_and_drops_the_start)
{
	Db db;
	log_three(db);
	db.ok({ "edit", "2", "--start", "07:45" });
	EXPECT_EQ(db.sql("SELECT day, start FROM session WHERE id = 2"),
	    "2026-11-21|2026-11-21T07:45:00Z\n");
	db.ok({ "edit", "2", "--date", "2026-11-10", "--start", "20:00" });
	EXPECT_EQ(db.sql("SELECT day, start FROM session WHERE id = 2"),
	    "2026-11-10|2026-11-10T20:00:00Z\n");
	db.ok({ "edit", "2", "--start", "" });
	EXPECT_EQ(db.sql("SELECT day, start FROM session WHERE id = 2"),
	    "2026-11-10|NULL\n");
}

TEST(cli_edit, changes_the_topic)
{
	Db db;
	log_three(db);
	EXPECT_EQ(db.ok({ "edit", "1", "--topic", "sklearn" }),
	    "updated #1: 2h scikit-learn (ml, study) on 2026-11-20\n");
	RunResult r = db.run({ "edit", "1", "--topic", "knitting" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "updated #1: 2h knitting (unmapped, study) on "
	    "2026-11-20\n");
	EXPECT_EQ(r.err, "track: unknown topic 'knitting' stored unmapped: map "
	    "it with 'track topic add knitting --path PATH'\n");
	EXPECT_EQ(db.sql("SELECT t.name, t.path_id FROM session s JOIN topic t "
	    "ON t.id = s.topic_id WHERE s.id = 1"), "knitting|NULL\n");
}

TEST(cli_edit, changes_the_kind)
{
	Db db;
	log_three(db);
	EXPECT_EQ(db.ok({ "edit", "1", "--kind", "tutorial" }),
	    "updated #1: 2h django (backend, tutorial) on 2026-11-20\n");
	EXPECT_EQ(db.sql("SELECT kind FROM session WHERE id = 1"),
	    "tutorial\n");
}

TEST(cli_edit, links_a_project_creating_it_and_unlinks_it)
{
	Db db;
	log_three(db);
	EXPECT_EQ(db.ok({ "edit", "1", "--project", "Todo API" }),
	    "updated #1: 2h django (backend, project, project 'Todo API') on "
	    "2026-11-20\n");
	// A new project records no path: its hours decide (SPEC 5.1).
	EXPECT_EQ(db.sql("SELECT s.kind, p.name, p.started, p.path_id, "
	    "p.path_given FROM session s JOIN project p ON p.id = s.project_id "
	    "WHERE s.id = 1"), "project|Todo API|2026-11-20|NULL|0\n");
	// An existing project is found case-insensitively, not duplicated.
	db.ok({ "edit", "1", "--project", "django BLOG" });
	EXPECT_EQ(db.sql("SELECT count(*) FROM project"), "2\n");
	EXPECT_EQ(db.sql("SELECT project_id FROM session WHERE id = 1"), "1\n");
	// "" unlinks and keeps the kind; the project itself stays.
	EXPECT_EQ(db.ok({ "edit", "1", "--project", "" }),
	    "updated #1: 2h django (backend, project) on 2026-11-20\n");
	EXPECT_EQ(db.sql("SELECT kind, project_id FROM session WHERE id = 1"),
	    "project|NULL\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM project"), "2\n");
}

TEST(cli_edit, links_a_tutorial_in_place_of_a_project)
{
	Db db;
	log_three(db);
	EXPECT_EQ(db.ok({ "edit", "3", "--tutorial", "Django Girls" }),
	    "updated #3: 1h30m django (backend, tutorial, tutorial 'Django "
	    "Girls') on 2026-11-21\n");
	EXPECT_EQ(db.sql("SELECT s.kind, s.project_id, t.title FROM session s "
	    "JOIN tutorial t ON t.id = s.tutorial_id WHERE s.id = 3"),
	    "tutorial|NULL|Django Girls\n");
	EXPECT_EQ(db.ok({ "edit", "3", "--tutorial", "", "--kind", "study" }),
	    "updated #3: 1h30m django (backend, study) on 2026-11-21\n");
	EXPECT_EQ(db.sql("SELECT kind, tutorial_id FROM session WHERE id = 3"),
	    "study|NULL\n");
}

TEST(cli_edit, sets_and_clears_the_note)
{
	Db db;
	log_three(db);
	db.ok({ "edit", "1", "--note", "models, views" });
	EXPECT_EQ(db.sql("SELECT note FROM session WHERE id = 1"),
	    "models, views\n");
	db.ok({ "edit", "3", "--note", "" });
	EXPECT_EQ(db.sql("SELECT note FROM session WHERE id = 3"), "NULL\n");
}

TEST(cli_edit, changes_several_fields_and_leaves_the_rest)
{
	Db db;
	log_three(db);
	std::string before = db.sql("SELECT uuid, origin, created FROM "
	    "session WHERE id = 3");
	db.ok({ "edit", "3", "--duration", "3h", "--topic", "flask", "--note",
	    "blueprints" });
	EXPECT_EQ(db.sql("SELECT s.day, s.start, s.minutes, t.name, s.kind, "
	    "s.project_id, s.note FROM session s JOIN topic t ON t.id = "
	    "s.topic_id WHERE s.id = 3"),
	    "2026-11-21|NULL|180|flask|project|1|blueprints\n");
	EXPECT_EQ(db.sql("SELECT uuid, origin, created FROM session WHERE "
	    "id = 3"), before);
	EXPECT_EQ(db.sql("SELECT count(*) FROM undo_entry"), "3\n");
}

TEST(cli_edit, refusals_leave_the_database_untouched)
{
	Db db;
	log_three(db);
	expect_refused(db, { "edit", "1" }, 2, "nothing to change: give at "
	    "least one of --duration, --date, --start, --topic, --kind, "
	    "--project, --tutorial or --note");
	expect_refused(db, { "edit", "12", "--note", "x" }, 2,
	    "no session #12: 'track ls' shows the ids");
	expect_refused(db, { "edit", "x1", "--note", "x" }, 2,
	    "invalid session id 'x1': use the number 'track ls' shows, e.g. "
	    "12");
	expect_refused(db, { "edit", "1", "--duration", "2x" }, 2,
	    "invalid duration '2x': use 45m, 2h, 1h30m, 1.5h, 90min or 1:30");
	expect_refused(db, { "edit", "1", "--date", "2026-11-25" }, 2,
	    "date '2026-11-25' is in the future: today is 2026-11-22");
	expect_refused(db, { "edit", "1", "--date", "today" }, 2,
	    "start time '18:30' is in the future");
	expect_refused(db, { "edit", "1", "--start", "25:00" }, 2,
	    "invalid start time '25:00': use HH:MM in 24-hour time, e.g. 19:30");
	expect_refused(db, { "edit", "1", "--kind", "video" }, 2,
	    "invalid kind 'video': use tutorial, study or project");
	expect_refused(db, { "edit", "1", "--project", "X", "--tutorial",
	    "Y" }, 2, "--project and --tutorial exclude each other: a session "
	    "is either building or following");
	expect_refused(db, { "edit", "1", "--project", "X", "--kind", "study" },
	    2, "--kind study contradicts --project, which means kind project");
	expect_refused(db, { "edit", "3", "--kind", "study" }, 2,
	    "session #3 belongs to project 'Django blog', so its kind is "
	    "project: add --project \"\" to unlink it");
	expect_refused(db, { "edit", "2", "--kind", "project" }, 2,
	    "session #2 follows tutorial 'Pandas in 10 Minutes', so its kind "
	    "is tutorial: add --tutorial \"\" to unlink it");
	expect_refused(db, { "edit", "1", "--topic", "" }, 2,
	    "empty topic: name what the session is about, e.g. django");
	expect_refused(db, { "edit", "1", "--note", "ok", "--project", "" ,
	    "--duration", "0m" }, 2, "invalid duration '0m': a session lasts "
	    "at least one minute");
	expect_refused(db, { "edit", "1", "2", "--note", "x" }, 2,
	    "usage: track edit ID [--duration DURATION] [--date DATE] [--start "
	    "HH:MM] [--topic TOPIC] [--kind KIND] [--project NAME] [--tutorial "
	    "TITLE] [--note TEXT]");
}

// ---------------------------------------------------------------------
// rm

TEST(cli_rm, removes_several_sessions)
{
	Db db;
	log_three(db);
	EXPECT_EQ(db.ok({ "rm", "3", "#1", "3" }),
	    "removed #3: 1h30m django (backend, project, project 'Django "
	    "blog') on 2026-11-21\n"
	    "removed #1: 2h django (backend, study) on 2026-11-20\n");
	EXPECT_EQ(db.sql("SELECT id FROM session"), "2\n");
	EXPECT_EQ(db.sql("SELECT session_id FROM undo_entry"), "2\n");
	// The project stays: only the session went.
	EXPECT_EQ(db.sql("SELECT name FROM project"), "Django blog\n");
}

TEST(cli_rm, one_unknown_id_removes_nothing)
{
	Db db;
	log_three(db);
	expect_refused(db, { "rm", "1", "7", "2" }, 2,
	    "no session #7: 'track ls' shows the ids");
	expect_refused(db, { "rm", "1", "two" }, 2,
	    "invalid session id 'two': use the number 'track ls' shows, e.g. 12");
	expect_refused(db, { "rm" }, 2, "usage: track rm ID...");
	expect_refused(db, { "rm", "--force", "1" }, 2,
	    "unknown option '--force' for 'track rm': see 'track help rm'");
	EXPECT_EQ(db.sql("SELECT count(*) FROM session"), "3\n");
}

// ---------------------------------------------------------------------
// undo

TEST(cli_undo, takes_back_the_newest_sessions_one_by_one)
{
	Db db;
	log_three(db);
	EXPECT_EQ(db.ok({ "undo" }), "undid #3: logged 1h30m django (backend, "
	    "project, project 'Django blog') on 2026-11-21\n");
	EXPECT_EQ(db.ok({ "undo" }), "undid #2: logged 45m pandas "
	    "(data-science, tutorial, tutorial 'Pandas in 10 Minutes') on "
	    "2026-11-21\n");
	EXPECT_EQ(db.sql("SELECT id FROM session"), "1\n");
	EXPECT_EQ(db.sql("SELECT session_id FROM undo_entry"), "1\n");
}

TEST(cli_undo, skips_a_removed_session)
{
	Db db;
	log_three(db);
	db.ok({ "rm", "3" });
	EXPECT_EQ(db.ok({ "undo" }), "undid #2: logged 45m pandas "
	    "(data-science, tutorial, tutorial 'Pandas in 10 Minutes') on "
	    "2026-11-21\n");
	EXPECT_EQ(db.sql("SELECT id FROM session"), "1\n");
}

TEST(cli_undo, says_nothing_to_undo_and_creates_nothing)
{
	Db db;
	RunResult r = db.run({ "undo" });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: nothing to undo\n");
	EXPECT_FALSE(file_exists(db.path()));

	db.ok({ "log", "1h", "django" });
	db.ok({ "undo" });
	expect_refused(db, { "undo" }, 1, "nothing to undo");
	expect_refused(db, { "undo", "1" }, 2, "usage: track undo");
}

TEST(cli_undo, takes_back_a_whole_import_batch)
{
	Db db;
	db.ok({ "log", "1h", "django" });
	// An import as the importer records it: a batch, its sessions and
	// one undo entry for the batch.
	sqlite3 *writer = nullptr;
	ASSERT_EQ(sqlite3_open(db.path().c_str(), &writer), SQLITE_OK);
	query(writer, "INSERT INTO import_batch (file, format, created) "
	    "VALUES ('toggl.csv', 'toggl', '2026-11-22T09:00:00Z');"
	    "INSERT INTO session (uuid, day, minutes, topic_id, kind, origin, "
	    "batch_id, fingerprint, created) SELECT 'u' || n, '2026-11-20', 30, "
	    "topic_id, 'study', 'import', 1, 'f' || n, created FROM session, "
	    "(SELECT 1 AS n UNION SELECT 2) WHERE id = 1;"
	    "INSERT INTO undo_entry (batch_id) VALUES (1);");
	sqlite3_close(writer);
	ASSERT_EQ(db.sql("SELECT count(*) FROM session"), "3\n");
	EXPECT_EQ(db.ok({ "undo" }),
	    "undid import #1 of toggl.csv: 2 sessions removed\n");
	EXPECT_EQ(db.sql("SELECT id FROM session"), "1\n");
	EXPECT_EQ(db.sql("SELECT count(*) FROM import_batch"), "0\n");
	EXPECT_EQ(db.sql("SELECT session_id FROM undo_entry"), "1\n");
	EXPECT_EQ(db.ok({ "undo" }), "undid #1: logged 1h django (backend, "
	    "study) on 2026-11-22\n");
}

} // namespace
