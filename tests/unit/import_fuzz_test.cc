// Inputs the fuzz targets (tests/fuzz) found to crash or leak, imported
// the way the targets import them. Each passes in any build; under
// `make test SANITIZE=1` and `make test-valgrind` it failed before its fix.
#include <gtest/gtest.h>

#include <stdio.h>
#include <stdlib.h>

#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "fuzz/fuzz_import.h"
#include "importers/import.h"
}

namespace {

// What importing one file did: the error (exit status and message, or
// 0 and "") and everything written as warnings.
struct Imported {
	int status;
	std::string message;
	std::string warnings;
	long rows;
};

// Imports content as a file named in.csv (auto-detected) into a fresh
// in-memory database with the catalog; maps are --map arguments.
Imported
import_text(const std::string &content, std::vector<const char *> maps = {},
    bool skip_bad = false)
{
	TempDir dir;
	std::string path = dir.file("in.csv");
	write_file(path, content);
	sqlite3 *db = memory_db();
	char *warn_text = nullptr;
	size_t warn_size = 0;
	FILE *warn = open_memstream(&warn_text, &warn_size);
	maps.push_back(nullptr);
	struct import_options o = {};
	o.skip_bad = skip_bad;
	o.maps = maps.size() > 1 ? const_cast<char **>(maps.data()) : nullptr;
	o.warn = warn;
	o.now = 1795341600;	// 2026-11-22T10:00:00Z
	o.today = 20779;
	struct import_result result;
	struct error *err = import_file(db, path.c_str(), &o, &result);
	fclose(warn);
	Imported r = { err ? err->status : 0, err ? err->message : "",
		std::string(warn_text, warn_size), result.rows };
	free(warn_text);
	error_free(err);
	sqlite3_close(db);
	// The file name in messages is the temporary path: name it in.csv.
	for (std::string *s : { &r.message, &r.warnings })
		for (size_t at; (at = s->find(path)) != std::string::npos;)
			s->replace(at, path.size(), "in.csv");
	return r;
}

} // namespace

// A duration that neither the tracker syntax nor track's own reads: both
// refusals were made, and track's was leaked.
TEST(import_fuzz, custom_map_duration_neither_syntax_reads)
{
	Imported r = import_text("Day,Time,Subject\n"
	    "2025-06-02,1h3?m,django\n",
	    { "Day=date", "Time=duration", "Subject=topic" });
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.message, "in.csv: 1 bad row; nothing imported from it "
	    "(--skip-bad imports the good rows)");
	EXPECT_EQ(r.warnings, "in.csv:2: invalid duration '1h3?m': use HH:MM:SS, "
	    "MM:SS min or decimal hours\n");
	EXPECT_EQ(r.rows, 1);
}

// A "format" or "version" whose JSON text is just over the 40 bytes a
// message shows: the "..." that ends the cut text was written past the
// end of the dumped text (fuzz_json_import, a heap overflow under ASan).
TEST(import_fuzz, track_json_bad_value_just_over_the_shown_length)
{
	for (size_t extra = 1; extra <= 4; extra++) {
		std::string value(38 + extra, 'a');	// text: 40+extra bytes
		Imported r = import_text("{\"format\": \"" + value + "\", "
		    "\"version\": 1}\n");
		EXPECT_EQ(r.status, 2);
		EXPECT_EQ(r.message, "in.csv: JSON of format \"" +
		    value.substr(0, 39) + "..., not \"track-export\": track "
		    "imports the JSON of 'track export --format json' and of "
		    "'timew export' (an array)") << extra;
		r = import_text("{\"format\": \"track-export\", \"version\": "
		    "\"" + value + "\"}\n");
		EXPECT_EQ(r.status, 2);
		EXPECT_EQ(r.message, "in.csv: track export version \"" +
		    value.substr(0, 39) + "... is not supported: this track "
		    "reads version 1") << extra;
	}
	// A cut never splits a character: é is two bytes.
	Imported r = import_text("{\"format\": \"" + std::string(38, 'a') +
	    "\xc3\xa9" "b\", \"version\": 1}\n");
	EXPECT_EQ(r.message.substr(0, 66), "in.csv: JSON of format \"" +
	    std::string(38, 'a') + "...,");
}

// An Hours cell of 61 digits: multiplied into seconds it was converted to
// a long it does not fit (undefined; on x86 the row then "ended before it
// started"). Refused as written, like a tracker duration over 1e6 hours;
// 1e6 hours itself still reaches the 24h check.
TEST(import_fuzz, hours_cell_too_big_for_a_long)
{
	const std::string huge = "1" + std::string(60, '0');
	Imported r = import_text("Date,Client,Project,Project Code,Task,Notes,"
	    "Hours,First Name,Last Name\n"
	    "2025-02-20,,SQL practice,,Exercises,Drills," + huge + ",Ada,Ex\n"
	    "2025-02-21,,SQL practice,,Exercises,Drills,1000000,Ada,Ex\n");
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.warnings, "in.csv:2: invalid hours '" + huge + "': use at "
	    "most 1000000\n"
	    "in.csv:3: entry lasts 1000000h; a session holds at most 24h\n");
	EXPECT_EQ(r.rows, 2);
}

// The same conversion in a course export's cumulative minutes.
TEST(import_fuzz, course_minutes_too_big_for_a_long)
{
	Imported r = import_text("User First Name,User Last Name,User Email,"
	    "Course ID,Course Title,% Marked Completed,Minutes Video Consumed,"
	    "Date Enrolled,Date Started,Date Completed,Date Last Active\n"
	    "Ada,Ex,ada@example.com,4410021,Django,100.0,"
	    "\"1,318,000,000,000,000\",2025-01-06T18:00:00Z,"
	    "2025-01-06T18:04:12Z,2025-02-22T20:41:00Z,2025-02-23T08:15:30Z\n");
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.warnings, "in.csv:2: invalid minutes '1,318,000,000,000,000'"
	    ": use at most 60000000\n");
	EXPECT_EQ(r.rows, 1);
}

// ---------------------------------------------------------------------
// The harness itself (tests/fuzz/fuzz_import.c)

namespace {

std::string
fixture(const std::string &name)
{
	std::string here = __FILE__;
	std::string root = here.substr(0, here.rfind("tests/unit/"));
	return read_file(root + "tests/fixtures/import/" + name);
}

// Over db's statements: how often they were compiled again (expired by a
// schema change or a flag pragma), and how often the catalog was loaded.
// A PRAGMA that reads a value is compiled for each run by SQLite itself.
struct Compiled {
	int reprepares = 0, catalog_loads = 0;
};

Compiled
compiled(sqlite3 *db)
{
	Compiled c;
	for (sqlite3_stmt *s = sqlite3_next_stmt(db, nullptr); s != nullptr;
	    s = sqlite3_next_stmt(db, s)) {
		if (std::string(sqlite3_sql(s)).rfind("PRAGMA ", 0) != 0)
			c.reprepares += sqlite3_stmt_status(s,
			    SQLITE_STMTSTATUS_REPREPARE, 0);
		if (std::string(sqlite3_sql(s)).rfind("SELECT t.name, t.id", 0) ==
		    0)
			c.catalog_loads = sqlite3_stmt_status(s,
			    SQLITE_STMTSTATUS_RUN, 0);
	}
	return c;
}

} // namespace

// Each input used to compile some twenty statements and load the topic
// catalog: three quarters of its time. Now the catalog is loaded once, and
// after the second input (the first turns deferred foreign keys on for
// the harness's transaction, which expires what it compiled before) no
// statement is compiled again for inputs that leave the catalog alone.
TEST(import_fuzz, the_harness_compiles_and_loads_once)
{
	const char *tz = getenv("TZ");
	std::string saved = tz ? tz : "";
	std::vector<std::string> inputs;
	for (const char *name : { "generic.csv", "toggl_current.csv",
	    "udemy.csv", "timew.json", "watson.csv", "generic.csv" })
		inputs.push_back(fixture(name));
	for (size_t i = 0; i < 2; i++)
		fuzz_import((const uint8_t *)inputs[i].data(), inputs[i].size());
	sqlite3 *db = fuzz_import_db();
	ASSERT_NE(db, nullptr);
	Compiled first = compiled(db);
	for (size_t i = 2; i < inputs.size(); i++)
		fuzz_import((const uint8_t *)inputs[i].data(), inputs[i].size());
	Compiled after = compiled(db);
	EXPECT_EQ(after.reprepares, first.reprepares);
	EXPECT_EQ(first.catalog_loads, 1);
	EXPECT_EQ(after.catalog_loads, 1);
	EXPECT_EQ(query(db, "SELECT count(*) FROM session"), "0\n")
	    << "every input rolled back";
	if (tz)
		setenv("TZ", saved.c_str(), 1);
	else
		unsetenv("TZ");
	tzset();
}
