// End-to-end: a TZ the C library cannot use (it would quietly take UTC)
// is named once on stderr, and the command goes on; stdout stays clean.
// A zone name, UTC, ':Zone', a POSIX rule, an empty or unset TZ say
// nothing.
#include <gtest/gtest.h>
#include <jansson.h>

#include <string>
#include <vector>

#include "support.h"

namespace {

const char kNow[] = "2026-11-22T10:00:00Z";

RunResult
run_in(const std::string &tz, const std::string &db,
    std::vector<std::string> args)
{
	args.insert(args.begin(), { "--db", db });
	return run_track(args, { { "TRACK_NOW", kNow }, { "TZ", tz },
	    { "TRACK_DB", "" }, { "NO_COLOR", "" } });
}

TEST(cli_zone, an_unknown_zone_is_named_once_and_utc_used)
{
	for (const char *tz : { "Mars/Olympus", "Nonsense", "Europe/Atlantis" }) {
		TempDir dir;
		std::string db = dir.file("track.db");
		std::string warning = std::string("track: warning: unknown time "
		    "zone '") + tz + "' in TZ: using UTC\n";
		// 23:30 UTC: already 2026-11-23 in any zone east of UTC.
		RunResult r = run_track({ "--db", db, "log", "1h", "django" },
		    { { "TRACK_NOW", "2026-11-22T23:30:00Z" }, { "TZ", tz },
		    { "TRACK_DB", "" } });
		EXPECT_EQ(r.status, 0) << tz;
		EXPECT_EQ(r.err, warning);
		EXPECT_EQ(r.out, "logged 1h django (backend, study) on 2026-11-22 "
		    "as #1\n") << tz;
		r = run_in(tz, db, { "ls", "--format", "json" });
		EXPECT_EQ(r.status, 0);
		EXPECT_EQ(r.err, warning);
		json_t *root = json_loads(r.out.c_str(), 0, nullptr);
		EXPECT_NE(root, nullptr) << "stdout is not JSON: " << r.out;
		EXPECT_EQ(json_array_size(root), 1u);
		json_decref(root);
		// A refused command: the warning, then its one error line.
		r = run_in(tz, db, { "log", "2x", "django" });
		EXPECT_EQ(r.status, 2);
		EXPECT_EQ(r.err, warning + "track: invalid duration '2x': use 45m, "
		    "2h, 1h30m, 1.5h, 90min or 1:30\n");
	}
}

TEST(cli_zone, a_rule_read_in_part_is_named)
{
	TempDir dir;
	RunResult r = run_in("EST5EDT,junk", dir.file("track.db"),
	    { "ls" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, "track: warning: invalid time zone rule "
	    "'EST5EDT,junk' in TZ: local times may be wrong\n");
}

TEST(cli_zone, the_value_is_quoted_as_harmless_text)
{
	TempDir dir;
	RunResult r = run_in("Mars\x1b[31m/Red", dir.file("track.db"), { "ls" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, "track: warning: unknown time zone 'Mars?[31m/Red' in "
	    "TZ: using UTC\n");
}

TEST(cli_zone, usable_zones_say_nothing)
{
	for (const char *tz : { "Europe/Berlin", "UTC", ":Europe/Berlin",
	    "CET-1CEST,M3.5.0,M10.5.0/3", "<+0545>-5:45", "Etc/GMT-3",
	    "" /* unset */ }) {
		TempDir dir;
		RunResult r = run_in(tz, dir.file("track.db"), { "log", "1h",
		    "django" });
		EXPECT_EQ(r.status, 0) << tz;
		EXPECT_EQ(r.err, "") << "'" << tz << "'";
	}
	// TZ set and empty (run_track unsets an empty value): UTC, no word.
	TempDir dir;
	RunResult r = run_program({ "env", "TZ=", "TRACK_NOW=" +
	    std::string(kNow), track_binary(), "--db", dir.file("track.db"),
	    "log", "1h", "django" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, "");
}

} // namespace
