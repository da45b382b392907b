// End-to-end: one table of bad invocations of every command and the
// global options, and hostile files given to `track import` or as the
// database. Each must fail with the exact status (SPEC §10), one "track: "
// line on stderr that names the bad value, nothing on stdout, and leave
// every file byte-identical and the directory as it was.
#include <gtest/gtest.h>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

#include <set>
#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// Placeholders in args and needles: @db is a good track database holding
// one session; @dir a directory; @text a text file; @foreign another
// program's SQLite file; @newer a track database of schema version 99;
// @empty an empty file (as `touch` leaves it, which track would adopt);
// @corrupt a file with SQLite's header and garbage after it; @torn a track
// database cut off after two pages; @rodb a track database and @rodir a
// directory that may not be written (chmod, or chattr +i for root);
// @fifo a named pipe. Files to import: @csv a good generic CSV; @bin
// binary bytes; @latin1 Windows-1252 text; @utf16 UTF-16 with a BOM;
// @huge a CSV with a line over 1 MB; @cut a Timewarrior export cut short;
// @quotehead a CSV whose header opens a quote it never closes.
struct BadCase {
	const char *name;
	std::vector<std::string> args;
	int status;
	std::string needle;	// must appear in the stderr line
	std::map<std::string, std::string> env = {};
};

// gtest prints a failing case by its name.
void
PrintTo(const BadCase &c, std::ostream *os)
{
	*os << c.name;
}

const std::string kLong(81, 'x');

const BadCase kCases[] = {
	// Durations.
	{ "bare_number", { "--db", "@db", "log", "90", "django" }, 2,
	  "ambiguous duration '90'" },
	{ "zero_minutes", { "--db", "@db", "log", "0m", "django" }, 2,
	  "invalid duration '0m'" },
	{ "bare_zero", { "--db", "@db", "log", "0", "django" }, 2,
	  "invalid duration '0'" },
	{ "negative", { "--db", "@db", "log", "--", "-1h", "django" }, 2,
	  "invalid duration '-1h'" },
	{ "negative_read_as_option", { "--db", "@db", "log", "-1h", "django" },
	  2, "'-1h'" },
	{ "over_a_day", { "--db", "@db", "log", "25h", "django" }, 2,
	  "duration '25h' is over 24 hours" },
	{ "garbage_duration", { "--db", "@db", "log", "2x", "django" }, 2,
	  "invalid duration '2x'" },
	{ "empty_duration", { "--db", "@db", "log", "", "django" }, 2,
	  "missing duration" },
	{ "minutes_over_59", { "--db", "@db", "log", "1:75", "django" }, 2,
	  "invalid duration '1:75'" },
	{ "newline_in_duration", { "--db", "@db", "log", "2\nx", "django" }, 2,
	  "invalid duration '2?x'" },
	// Dates and start times.
	{ "tomorrow", { "--db", "@db", "log", "2h", "django", "--date",
	  "2026-11-23" }, 2, "date '2026-11-23' is in the future" },
	{ "february_30", { "--db", "@db", "log", "2h", "django", "--date",
	  "2026-02-30" }, 2, "invalid date '2026-02-30'" },
	{ "month_13", { "--db", "@db", "log", "2h", "django",
	  "--date=2026-13-01" }, 2, "invalid date '2026-13-01'" },
	{ "next_week", { "--db", "@db", "log", "2h", "django", "--date",
	  "next week" }, 2, "invalid date 'next week'" },
	{ "dash_garbage_date", { "--db", "@db", "log", "2h", "django", "--date",
	  "-x d" }, 2, "invalid date '-x d'" },
	{ "empty_date", { "--db", "@db", "log", "2h", "django", "--date=" }, 2,
	  "missing date" },
	{ "start_24_00", { "--db", "@db", "log", "2h", "django", "--start",
	  "24:00" }, 2, "invalid start time '24:00'" },
	{ "start_negative_minutes", { "--db", "@db", "log", "2h", "django",
	  "--start", "12:-5:30" }, 2, "invalid start time '12:-5:30'" },
	{ "start_in_the_future", { "--db", "@db", "log", "2h", "django",
	  "--start", "11:00" }, 2, "start time '11:00' is in the future" },
	// Kinds, projects and tutorials.
	{ "unknown_kind", { "--db", "@db", "log", "2h", "django", "--kind",
	  "lecture" }, 2, "invalid kind 'lecture'" },
	{ "empty_kind", { "--db", "@db", "log", "2h", "django", "--kind=" }, 2,
	  "invalid kind ''" },
	{ "study_with_project", { "--db", "@db", "log", "2h", "django", "--kind",
	  "study", "--project", "Blog" }, 2, "--kind study contradicts --project" },
	{ "project_with_tutorial", { "--db", "@db", "log", "2h", "django",
	  "--project", "Blog", "--tutorial", "Course" }, 2,
	  "--project and --tutorial exclude each other" },
	{ "empty_project", { "--db", "@db", "log", "2h", "django", "--project",
	  "" }, 2, "empty project name" },
	// Arguments and options.
	{ "no_arguments", { "--db", "@db", "log" }, 2, "usage: track log DURATION "
	  "TOPIC" },
	{ "missing_topic", { "--db", "@db", "log", "2h" }, 2,
	  "usage: track log DURATION TOPIC" },
	{ "extra_argument", { "--db", "@db", "log", "2h", "django", "extra" }, 2,
	  "usage: track log DURATION TOPIC" },
	{ "unknown_option", { "--db", "@db", "log", "2h", "django",
	  "--frobnicate" }, 2, "unknown option '--frobnicate' for 'track log'" },
	{ "unknown_short_option", { "--db", "@db", "log", "2h", "django", "-q" },
	  2, "unknown option '-q' for 'track log'" },
	{ "option_missing_value", { "--db", "@db", "log", "2h", "django",
	  "--note" }, 2, "option '--note' for 'track log' needs a value" },
	{ "short_option_missing_value", { "--db", "@db", "log", "2h", "django",
	  "-d" }, 2, "option '-d' for 'track log' needs a value: see 'track "
	  "help log'" },
	{ "report_short_option_missing_value", { "--db", "@db", "report", "-s" },
	  2, "option '-s' for 'track report' needs a value" },
	{ "unknown_command", { "--db", "@db", "frobnicate", "2h" }, 2,
	  "unknown command 'frobnicate'" },
	{ "misspelt_command", { "--db", "@db", "lgo", "2h", "django" }, 2,
	  "unknown command 'lgo': did you mean 'log'?" },
	// Topics and notes.
	{ "topic_too_long", { "--db", "@db", "log", "2h", kLong }, 2,
	  "topic '" + kLong.substr(0, 20) },
	{ "empty_topic", { "--db", "@db", "log", "2h", " " }, 2, "empty topic" },
	{ "control_character_in_topic", { "--db", "@db", "log", "2h",
	  "dj\x1b[31mango" }, 2, "invalid topic 'dj?[31mango'" },
	{ "invalid_utf8_note", { "--db", "@db", "log", "2h", "django", "--note",
	  "caf\xe9" }, 2, "invalid note" },
	{ "note_too_long", { "--db", "@db", "log", "2h", "django", "--note",
	  std::string(4001, 'n') }, 2, "note too long (4001 bytes)" },
	// The database file.
	{ "db_missing_value", { "log", "2h", "django", "--db" }, 2,
	  "option '--db' needs a value" },
	{ "db_empty", { "--db=", "log", "2h", "django" }, 2,
	  "empty --db path" },
	{ "db_is_a_directory", { "--db", "@dir", "log", "2h", "django" }, 1,
	  "'@dir' is a directory" },
	{ "db_is_a_text_file", { "--db", "@text", "log", "2h", "django" }, 1,
	  "'@text' is not a track database" },
	{ "db_is_foreign_sqlite", { "--db", "@foreign", "log", "2h", "django" },
	  1, "'@foreign' is an SQLite database of another program" },
	{ "db_is_newer", { "--db", "@newer", "log", "2h", "django" }, 1,
	  "'@newer' has schema version 99, newer than this track supports" },
	{ "empty_file_bad_duration", { "--db", "@empty", "log", "90",
	  "django" }, 2, "ambiguous duration '90'" },
	{ "empty_file_refused_after_migrating", { "--db", "@empty", "log", "2h",
	  kLong }, 2, "topic '" + kLong.substr(0, 20) },
	{ "db_is_a_device", { "--db", "/dev/null", "log", "2h", "django" }, 1,
	  "'/dev/null' is not a regular file" },
	// Durations that look almost right.
	{ "duration_nan", { "--db", "@db", "log", "nan", "django" }, 2,
	  "invalid duration 'nan'" },
	{ "duration_exponent", { "--db", "@db", "log", "1e3h", "django" }, 2,
	  "invalid duration '1e3h'" },
	{ "duration_hex", { "--db", "@db", "log", "0x10m", "django" }, 2,
	  "invalid duration '0x10m'" },
	{ "duration_two_points", { "--db", "@db", "log", "1.5.5h", "django" },
	  2, "invalid duration '1.5.5h'" },
	{ "duration_inner_minus", { "--db", "@db", "log", "2h-30m", "django" },
	  2, "invalid duration '2h-30m'" },
	{ "duration_arabic_digit", { "--db", "@db", "log", "\u0661h", "django" },
	  2, "invalid duration '\u0661h'" },
	{ "duration_fullwidth_digit", { "--db", "@db", "log", "\uff12h",
	  "django" }, 2, "invalid duration '\uff12h'" },
	{ "duration_missing_unit_after_h", { "--db", "@db", "log", "1h30",
	  "django" }, 2, "invalid duration '1h30'" },
	{ "duration_huge", { "--db", "@db", "log", "99999999999h", "django" }, 2,
	  "duration '99999999999h' is over 24 hours" },
	// Dates at the edges.
	{ "date_before_1900", { "--db", "@db", "log", "2h", "django", "--date",
	  "1899-12-31" }, 2, "invalid date '1899-12-31'" },
	{ "date_too_far_back", { "--db", "@db", "log", "2h", "django", "--date",
	  "99999999 days ago" }, 2, "invalid date '99999999 days ago'" },
	{ "february_29_of_a_common_year", { "--db", "@db", "log", "2h", "django",
	  "--date", "2027-02-29" }, 2, "invalid date '2027-02-29'" },
	{ "leap_day_in_the_future", { "--db", "@db", "log", "2h", "django",
	  "--date", "2028-02-29" }, 2, "date '2028-02-29' is in the future" },
	{ "invalid_utf8_topic", { "--db", "@db", "log", "2h", "caf\xe9" }, 2,
	  "invalid topic 'caf\xef\xbf\xbd': it is not valid UTF-8 text" },
	{ "invalid_utf8_project", { "--db", "@db", "log", "2h", "django",
	  "--project", "caf\xe9" }, 2, "invalid project name 'caf\xef\xbf\xbd'" },
	// Other commands: ls, edit, rm, the timer.
	{ "ls_negative_limit", { "--db", "@db", "ls", "--limit", "-1" }, 2,
	  "invalid limit '-1'" },
	{ "ls_bad_format", { "--db", "@db", "ls", "--format", "xml" }, 2,
	  "invalid format 'xml'" },
	{ "ls_unknown_path", { "--db", "@db", "ls", "--path", "nosuch" }, 2,
	  "unknown path 'nosuch'" },
	{ "ls_unknown_topic", { "--db", "@db", "ls", "--topic", "nosuch" }, 2,
	  "unknown topic 'nosuch'" },
	{ "edit_bad_id", { "--db", "@db", "edit", "abc", "--duration", "1h" }, 2,
	  "invalid session id 'abc'" },
	{ "edit_unknown_id", { "--db", "@db", "edit", "999", "--duration",
	  "1h" }, 2, "no session #999" },
	{ "edit_bad_duration", { "--db", "@db", "edit", "1", "--duration",
	  "90" }, 2, "ambiguous duration '90'" },
	{ "rm_zero_id", { "--db", "@db", "rm", "0" }, 2,
	  "invalid session id '0'" },
	{ "stop_without_timer", { "--db", "@db", "stop" }, 1,
	  "no timer is running" },
	{ "cancel_without_timer", { "--db", "@db", "cancel" }, 1,
	  "no timer is running" },
	{ "timer_start_in_the_future", { "--db", "@db", "start", "django", "--at",
	  "23:00" }, 2, "time '23:00' is in the future" },
	// Settings, paths, topics, projects, tutorials.
	{ "config_unknown_key", { "--db", "@db", "config", "set", "nosuch",
	  "1" }, 2, "unknown setting 'nosuch'" },
	{ "config_bad_choice", { "--db", "@db", "config", "set", "week-start",
	  "friday" }, 2, "invalid value 'friday' for week-start" },
	{ "config_out_of_range", { "--db", "@db", "config", "set",
	  "tutorial-hell.share", "500" }, 2,
	  "invalid value '500' for tutorial-hell.share" },
	{ "path_unknown", { "--db", "@db", "path", "set", "nosuch" }, 2,
	  "unknown path 'nosuch'" },
	{ "path_fundamentals", { "--db", "@db", "path", "set",
	  "fundamentals" }, 2, "'fundamentals' is not a specialization" },
	{ "topic_alias_of_unknown", { "--db", "@db", "topic", "alias", "dj",
	  "nosuch" }, 2, "unknown topic 'nosuch'" },
	{ "project_done_unknown", { "--db", "@db", "project", "done",
	  "nosuch" }, 2, "unknown project 'nosuch'" },
	{ "project_url_with_spaces", { "--db", "@db", "project", "add", "Blog",
	  "--url", "not a url" }, 2, "invalid URL 'not a url'" },
	{ "project_in_the_future", { "--db", "@db", "project", "add", "Blog",
	  "--date", "2030-01-01" }, 2, "date '2030-01-01' is in the future" },
	{ "tutorial_bad_date", { "--db", "@db", "tutorial", "add", "Course",
	  "--date", "garbage" }, 2, "invalid date 'garbage'" },
	// Reading commands.
	{ "report_two_periods", { "--db", "@db", "report", "--week",
	  "--month" }, 2, "options '--week' and '--month' both name the period" },
	{ "report_bad_format", { "--db", "@db", "report", "--format", "pdf" }, 2,
	  "invalid format 'pdf'" },
	{ "report_bad_since", { "--db", "@db", "report", "--since", "garbage" },
	  2, "invalid date 'garbage'" },
	{ "report_since_after_until", { "--db", "@db", "report", "--since",
	  "2026-11-20", "--until", "2026-11-10" }, 2,
	  "--since 2026-11-20 is after --until 2026-11-10" },
	{ "report_output_in_a_missing_directory", { "--db", "@db", "report",
	  "--output", "@dir/no/week.html" }, 1,
	  "cannot write '@dir/no/week.html': directory '@dir/no' does not exist" },
	{ "report_output_is_a_directory", { "--db", "@db", "report", "--output",
	  "@dir" }, 1, "cannot write '@dir': it is a directory" },
	{ "plan_in_the_future", { "--db", "@db", "plan", "--at",
	  "2030-01-01" }, 2, "date '2030-01-01' is in the future" },
	{ "check_bad_format", { "--db", "@db", "check", "--format", "xml" }, 2,
	  "invalid format 'xml'" },
	{ "portfolio_bad_format", { "--db", "@db", "portfolio", "--format",
	  "csv" }, 2, "invalid format 'csv'" },
	{ "export_bad_format", { "--db", "@db", "export", "--format", "xml" }, 2,
	  "invalid format 'xml'" },
	{ "export_output_is_a_directory", { "--db", "@db", "export", "--output",
	  "@dir" }, 1, "cannot write '@dir': it is a directory" },
	{ "help_unknown_command", { "--db", "@db", "help", "nosuch" }, 2,
	  "unknown command 'nosuch'" },
	{ "undo_extra_argument", { "--db", "@db", "undo", "extra" }, 2,
	  "usage: track undo" },
	// Files given to import.
	{ "import_binary_file", { "--db", "@db", "import", "@bin" }, 2,
	  "@bin: the file holds NUL bytes" },
	{ "import_windows_1252", { "--db", "@db", "import", "@latin1" }, 2,
	  "@latin1:2: text is not UTF-8" },
	{ "import_utf16", { "--db", "@db", "import", "@utf16" }, 2,
	  "@utf16: the file is UTF-16, not UTF-8" },
	{ "import_empty_file", { "--db", "@db", "import", "@empty" }, 2,
	  "@empty: the file is empty" },
	{ "import_huge_line", { "--db", "@db", "import", "@huge" }, 2,
	  "@huge:2: record too large" },
	{ "import_cut_short_timew", { "--db", "@db", "import", "@cut" }, 2,
	  "@cut:3: invalid JSON: the array ends without ']'" },
	{ "import_header_opens_a_quote", { "--db", "@db", "import",
	  "@quotehead" }, 2, "@quotehead:1: unterminated quoted cell: the "
	  "quote opened on this line is never closed" },
	{ "import_header_opens_a_quote_skip_bad", { "--db", "@db", "import",
	  "@quotehead", "--skip-bad" }, 2, "@quotehead:1: unterminated quoted "
	  "cell" },
	{ "import_dev_zero", { "--db", "@db", "import", "/dev/zero" }, 2,
	  "/dev/zero: the file holds NUL bytes" },
	{ "import_unknown_header", { "--db", "@db", "import", "@text" }, 2,
	  "@text: unknown header 'groceries: milk,eggs'" },
	{ "import_missing_file", { "--db", "@db", "import", "@dir/gone.csv" }, 1,
	  "cannot read '@dir/gone.csv'" },
	{ "import_a_directory", { "--db", "@db", "import", "@dir" }, 2,
	  "'@dir' is a directory" },
	{ "import_no_file", { "--db", "@db", "import" }, 2,
	  "usage: track import FILE..." },
	{ "import_unknown_format", { "--db", "@db", "import", "@csv", "--from",
	  "excel" }, 2, "unknown format 'excel'" },
	{ "import_map_of_a_missing_column", { "--db", "@db", "import", "@csv",
	  "--map", "Nope=date" }, 2, "--map 'Nope=date'" },
	{ "import_rejects_without_skip_bad", { "--db", "@db", "import", "@csv",
	  "--rejects", "@dir/r.csv" }, 2, "--rejects needs --skip-bad" },
	{ "import_rejects_is_a_directory", { "--db", "@db", "import", "@csv",
	  "--skip-bad", "--rejects", "@dir" }, 1, "cannot write '@dir'" },
	{ "import_bad_kind", { "--db", "@db", "import", "@csv", "--kind",
	  "reading" }, 2, "invalid kind 'reading'" },
	{ "import_undo_bad_id", { "--db", "@db", "import", "undo", "abc" }, 2,
	  "invalid import id 'abc'" },
	{ "import_undo_unknown_id", { "--db", "@db", "import", "undo", "99" }, 2,
	  "no import #99" },
	// Databases that are not, or may not be written.
	{ "db_corrupt_for_log", { "--db", "@corrupt", "log", "2h", "django" }, 1,
	  "'@corrupt' is not a track database" },
	{ "db_corrupt_for_report", { "--db", "@corrupt", "report" }, 1,
	  "'@corrupt' is not a track database" },
	{ "db_torn_for_ls", { "--db", "@torn", "ls" }, 1,
	  "'@torn' is not a track database" },
	{ "db_torn_for_import", { "--db", "@torn", "import", "@csv" }, 1,
	  "'@torn' is not a track database" },
	{ "db_foreign_for_report", { "--db", "@foreign", "report" }, 1,
	  "'@foreign' is an SQLite database of another program" },
	{ "db_foreign_for_import", { "--db", "@foreign", "import", "@csv" }, 1,
	  "'@foreign' is an SQLite database of another program" },
	{ "db_newer_for_ls", { "--db", "@newer", "ls" }, 1,
	  "'@newer' has schema version 99" },
	{ "db_newer_for_config", { "--db", "@newer", "config", "set",
	  "week-start", "sunday" }, 1, "'@newer' has schema version 99" },
	{ "db_text_for_export", { "--db", "@text", "export" }, 1,
	  "'@text' is not a track database" },
	{ "db_directory_for_status", { "--db", "@dir", "status" }, 1,
	  "'@dir' is a directory" },
	{ "db_fifo", { "--db", "@fifo", "log", "2h", "django" }, 1,
	  "'@fifo' is not a regular file" },
	{ "db_under_a_file", { "--db", "@text/track.db", "log", "2h",
	  "django" }, 1, "cannot use database '@text/track.db'" },
	{ "db_read_only_for_log", { "--db", "@rodb", "log", "2h", "django" }, 1,
	  "cannot write to database '@rodb'" },
	{ "db_read_only_for_import", { "--db", "@rodb", "import", "@csv" }, 1,
	  "cannot write to database '@rodb'" },
	{ "db_in_a_read_only_directory", { "--db", "@rodir/track.db", "log",
	  "2h", "django" }, 1, "cannot create database '@rodir/track.db'" },
	// The clock.
	{ "track_now_garbage", { "--db", "@db", "log", "2h", "django" }, 2,
	  "invalid TRACK_NOW 'garbage'", { { "TRACK_NOW", "garbage" } } },
	{ "track_now_beyond_9999", { "--db", "@db", "log", "2h", "django" }, 2,
	  "invalid TRACK_NOW '99999999999999999'",
	  { { "TRACK_NOW", "99999999999999999" } } },
};

std::string
substitute(std::string text, const std::map<std::string, std::string> &paths)
{
	for (const auto &kv : paths)
		for (size_t at; (at = text.find(kv.first)) != std::string::npos;)
			text.replace(at, kv.first.size(), kv.second);
	return text;
}

std::set<std::string>
entries(const std::string &dir)
{
	std::set<std::string> names;
	DIR *d = opendir(dir.c_str());
	while (d != nullptr) {
		struct dirent *e = readdir(d);
		if (e == nullptr)
			break;
		std::string name = e->d_name;
		if (name != "." && name != "..")
			names.insert(name);
	}
	if (d != nullptr)
		closedir(d);
	return names;
}

// Runs sql with a read-write connection, which on close checkpoints and
// removes the -wal file; returns the rows like query().
std::string
sqlite_rows(const std::string &path, const std::string &sql)
{
	sqlite3 *db = nullptr;
	EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, nullptr), SQLITE_OK);
	std::string rows = query(db, sql);
	sqlite3_close(db);
	return rows;
}

// Every row a `track log` can touch, in a stable order.
std::string
logical_content(const std::string &db)
{
	return sqlite_rows(db, "SELECT 'session', id, uuid, day, start, minutes, "
	    "topic_id, kind, project_id, tutorial_id, note, origin FROM session;"
	    "SELECT 'topic', count(*), max(id) FROM topic;"
	    "SELECT 'project', count(*) FROM project;"
	    "SELECT 'tutorial', count(*) FROM tutorial;"
	    "SELECT 'undo', count(*) FROM undo_entry;"
	    "PRAGMA user_version;");
}

// Makes path unwritable: chmod for everyone, chattr +i for root (whom
// modes do not stop). False when neither works here.
bool
make_read_only(const std::string &path, mode_t mode)
{
	chmod(path.c_str(), mode);
	if (access(path.c_str(), W_OK) != 0)
		return true;
	std::string cmd = "chattr +i '" + path + "' 2>/dev/null";
	return system(cmd.c_str()) == 0 && access(path.c_str(), W_OK) != 0;
}

void
make_writable(const std::string &path, mode_t mode)
{
	if (geteuid() == 0) {
		std::string cmd = "chattr -i '" + path + "' 2>/dev/null";
		if (system(cmd.c_str()) != 0)
			fprintf(stderr, "cannot chattr -i %s\n", path.c_str());
	}
	chmod(path.c_str(), mode);
}

// Binary bytes: every byte value, NUL first, over and over.
std::string
binary_bytes()
{
	std::string bytes;
	for (int i = 0; i < 4096; i++)
		bytes += (char)(i % 256);
	return bytes;
}

// UTF-16LE with a BOM, as Excel's "Unicode text" saves it.
std::string
utf16(const std::string &ascii)
{
	std::string out = "\xff\xfe";
	for (char c : ascii) {
		out += c;
		out += '\0';
	}
	return out;
}

// The placeholders' files in dir.
std::map<std::string, std::string>
placeholders(const std::string &dir)
{
	return { { "@db", dir + "/track.db" }, { "@dir", dir + "/adir" },
	    { "@text", dir + "/notes.txt" }, { "@foreign", dir + "/contacts.db" },
	    { "@newer", dir + "/newer.db" }, { "@empty", dir + "/empty.db" },
	    { "@corrupt", dir + "/corrupt.db" }, { "@torn", dir + "/torn.db" },
	    { "@rodb", dir + "/readonly.db" }, { "@rodir", dir + "/readonly" },
	    { "@csv", dir + "/good.csv" }, { "@bin", dir + "/photo.jpg" },
	    { "@latin1", dir + "/latin1.csv" }, { "@utf16", dir + "/utf16.csv" },
	    { "@huge", dir + "/huge.csv" }, { "@cut", dir + "/cut.json" },
	    { "@quotehead", dir + "/quotehead.csv" } };
}

// Writes every placeholder's file into dir (all but the FIFO and the
// read-only marks, which a copy would not keep).
void
make_placeholders(const std::string &dir)
{
	std::map<std::string, std::string> p = placeholders(dir);
	for (const char *db : { "@db", "@newer", "@rodb" }) {
		RunResult r = run_track({ "--db", p[db], "log", "2h", "django" },
		    kEnv);
		ASSERT_EQ(r.status, 0) << r.err;
	}
	sqlite_rows(p["@newer"], "PRAGMA user_version = 99");
	ASSERT_EQ(mkdir(p["@dir"].c_str(), 0700), 0);
	ASSERT_EQ(mkdir(p["@rodir"].c_str(), 0700), 0);
	write_file(p["@text"], "groceries: milk, eggs\n");
	write_file(p["@empty"], "");
	sqlite_rows(p["@foreign"], "CREATE TABLE contact (name TEXT);"
	    "INSERT INTO contact VALUES ('ada')");
	for (const char *db : { "@db", "@newer", "@foreign", "@rodb" })
		sqlite_rows(p[db], "PRAGMA wal_checkpoint(TRUNCATE)");
	write_file(p["@corrupt"], std::string("SQLite format 3", 16) +
	    binary_bytes());
	write_file(p["@torn"], read_file(p["@db"]).substr(0, 8192));
	write_file(p["@csv"], "date,duration,topic\n2025-06-02,1h,django\n");
	write_file(p["@bin"], "\xff\xd8\xff\xe0" + binary_bytes());
	write_file(p["@latin1"], "date,duration,topic,note\n"
	    "2025-06-02,1h,django,caf\xe9 cr\xe8me\n");
	write_file(p["@utf16"], utf16("date,duration,topic\n"
	    "2025-06-02,1h,django\n"));
	write_file(p["@huge"], "date,duration,topic,note\n"
	    "2025-06-02,1h,django," + std::string(1100000, 'x') + "\n");
	write_file(p["@quotehead"], "date,duration,\"topic\n"
	    "2025-06-02,1h,django\n2025-06-03,2h,pandas\n");
	write_file(p["@cut"], "[\n{\"id\":1,\"start\":\"20251001T100000Z\","
	    "\"end\":\"20251001T110000Z\",\"tags\":[\"django\"]},\n");
}

class BadInput : public ::testing::TestWithParam<BadCase> {
protected:
	// The files are made once and copied for each case.
	static void SetUpTestSuite()
	{
		master_ = new TempDir;
		make_placeholders(master_->path());
	}

	static void TearDownTestSuite()
	{
		delete master_;
		master_ = nullptr;
	}

	void SetUp() override
	{
		ASSERT_NE(master_, nullptr);
		ASSERT_EQ(system(("cp -a '" + master_->path() + "/.' '" +
		    dir_.path() + "'").c_str()), 0);
		paths_ = placeholders(dir_.path());
		// Substituted but never read: opening a FIFO would block.
		unread_ = { { "@fifo", dir_.file("pipe.db") } };
		ASSERT_EQ(mkfifo(unread_["@fifo"].c_str(), 0600), 0);
		read_only_ = make_read_only(paths_["@rodb"], 0444) &&
		    make_read_only(paths_["@rodir"], 0555);
	}

	void TearDown() override
	{
		make_writable(paths_["@rodb"], 0600);
		make_writable(paths_["@rodir"], 0700);
	}

	static TempDir *master_;
	TempDir dir_;
	std::map<std::string, std::string> paths_, unread_;
	bool read_only_ = false;
};

TempDir *BadInput::master_ = nullptr;

TEST_P(BadInput, fails_cleanly_and_changes_nothing)
{
	const BadCase &c = GetParam();
	std::map<std::string, std::string> names = paths_;
	names.insert(unread_.begin(), unread_.end());
	std::vector<std::string> args;
	for (const auto &a : c.args)
		args.push_back(substitute(a, names));
	if (!read_only_ && substitute(c.needle, { { "@ro", "" } }) != c.needle)
		GTEST_SKIP() << "no way to make a file read-only here";
	std::map<std::string, std::string> env = kEnv;
	for (const auto &kv : c.env)
		env[kv.first] = kv.second;
	std::map<std::string, std::string> before;
	for (const auto &kv : paths_)
		before[kv.first] = read_file(kv.second);
	std::set<std::string> files = entries(dir_.path());
	std::string content = logical_content(paths_["@db"]);

	RunResult r = run_track(args, env);

	EXPECT_EQ(r.status, c.status) << r.err;
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err.rfind("track: ", 0), 0u) << r.err;
	EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
	EXPECT_NE(r.err.find(substitute(c.needle, names)), std::string::npos)
	    << r.err;
	EXPECT_EQ(entries(dir_.path()), files);
	EXPECT_EQ(entries(paths_["@dir"]), std::set<std::string>());
	EXPECT_EQ(entries(paths_["@rodir"]), std::set<std::string>());
	// (EXPECT_TRUE: a failure must not print a database's bytes.)
	for (const auto &kv : paths_)
		EXPECT_TRUE(read_file(kv.second) == before[kv.first])
		    << kv.first << " changed";
	EXPECT_EQ(logical_content(paths_["@db"]), content);
}

INSTANTIATE_TEST_SUITE_P(cli_bad_input, BadInput, ::testing::ValuesIn(kCases),
    [](const ::testing::TestParamInfo<BadCase> &info) {
	    return std::string(info.param.name);
    });

TEST(cli_bad_input, the_table_is_large_enough)
{
	size_t count = sizeof(kCases) / sizeof(kCases[0]);
	EXPECT_GE(count, 60u);
	std::set<std::string> names;
	for (const auto &c : kCases)
		names.insert(c.name);
	EXPECT_EQ(names.size(), count) << "every case has its own name";
	printf("[ figures  ] %zu bad inputs tried\n", count);
}

} // namespace
