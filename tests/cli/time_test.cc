// End-to-end: local days and real durations under several time zones:
// DST changes (a 30-minute one on Lord Howe Island), Samoa's skipped
// 2011-12-30, a +05:45 zone, leap day 2028-02-29 and weeks across a year
// boundary, for log, timers, imports, report periods and streaks.
#include <gtest/gtest.h>
#include <jansson.h>

#include <string>
#include <vector>

#include "support.h"

namespace {

// One database; every run gets the clock at now in zone tz.
class Zone {
public:
	explicit Zone(std::string tz) : tz_(std::move(tz))
	{
		// Without its file glibc would quietly use UTC (make deps
		// installs tzdata).
		if (tz_ != "UTC") {
			EXPECT_TRUE(file_exists("/usr/share/zoneinfo/" + tz_))
			    << tz_ << ": install tzdata";
		}
	}

	RunResult run(std::vector<std::string> args, const std::string &now)
	{
		args.insert(args.begin(), { "--db", db() });
		return run_track(args, { { "TRACK_NOW", now }, { "TZ", tz_ },
		    { "TRACK_DB", "" }, { "NO_COLOR", "" } });
	}

	// Runs a command that must succeed; returns its stdout.
	std::string ok(const std::vector<std::string> &args,
	    const std::string &now)
	{
		RunResult r = run(args, now);
		EXPECT_EQ(r.status, 0) << tz_ << ": " << r.err;
		EXPECT_EQ(r.err, "") << tz_;
		return r.out;
	}

	// report --format json with args; the caller json_decref()s it.
	json_t *report(std::vector<std::string> args, const std::string &now)
	{
		args.insert(args.begin(), "report");
		args.insert(args.end(), { "--format", "json" });
		json_t *root = json_loads(ok(args, now).c_str(), 0, nullptr);
		EXPECT_NE(root, nullptr) << tz_;
		return root;
	}

	std::string sql(const std::string &q) { return query(db(), q); }
	std::string db() const { return dir_.file("track.db"); }
	const std::string &tz() const { return tz_; }

private:
	TempDir dir_;
	std::string tz_;
};

std::string
period(json_t *root)
{
	json_t *p = json_object_get(root, "period");
	return std::string(json_string_value(json_object_get(p, "from"))) +
	    ".." + json_string_value(json_object_get(p, "to"));
}

long
total(json_t *root, const char *key)
{
	return (long)json_integer_value(json_object_get(json_object_get(root,
	    "totals"), key));
}

/* ---------------------------------------------------------------------
 * Logging on the days the clocks change
 */

struct ChangeDay {
	const char *tz;
	const char *day;	// a day the zone's offset changed
	const char *now;	// an instant on the next local day
	const char *week;	// the report week holding day
	bool last_week;		// whether now is already in the next week
	size_t days;		// the days of the week that happened by now
};

const ChangeDay kChangeDays[] = {
	{ "America/New_York", "2026-03-08", "2026-03-09T15:00:00Z",
	  "2026-03-02..2026-03-08", true, 7 },
	{ "America/New_York", "2026-11-01", "2026-11-02T15:00:00Z",
	  "2026-10-26..2026-11-01", true, 7 },
	{ "Europe/Berlin", "2026-03-29", "2026-03-30T10:00:00Z",
	  "2026-03-23..2026-03-29", true, 7 },
	{ "Europe/Berlin", "2026-10-25", "2026-10-26T10:00:00Z",
	  "2026-10-19..2026-10-25", true, 7 },
	{ "Australia/Lord_Howe", "2026-04-05", "2026-04-06T02:00:00Z",
	  "2026-03-30..2026-04-05", true, 7 },
	{ "Australia/Lord_Howe", "2026-10-04", "2026-10-05T02:00:00Z",
	  "2026-09-28..2026-10-04", true, 7 },
	// A Saturday; 22:00 UTC is noon on Sunday 09-25 at UTC-10.
	{ "Pacific/Apia", "2011-09-24", "2011-09-25T22:00:00Z",
	  "2011-09-19..2011-09-25", false, 7 },
	// Samoa went from UTC-10 to UTC+14 and skipped Friday 2011-12-30:
	// it is still a calendar day a session can be logged on. 22:00 UTC
	// is noon on 12-31 there.
	{ "Pacific/Apia", "2011-12-30", "2011-12-30T22:00:00Z",
	  "2011-12-26..2012-01-01", false, 6 },
	{ "Asia/Kathmandu", "2026-03-08", "2026-03-09T06:00:00Z",
	  "2026-03-02..2026-03-08", true, 7 },
	{ "UTC", "2026-03-08", "2026-03-09T06:00:00Z",
	  "2026-03-02..2026-03-08", true, 7 },
};

TEST(cli_time, log_on_the_days_the_clocks_change)
{
	for (const auto &c : kChangeDays) {
		Zone z(c.tz);
		EXPECT_EQ(z.ok({ "log", "2h", "django", "--date", c.day }, c.now),
		    std::string("logged 2h django (backend, study) on ") + c.day +
		    " as #1\n") << c.tz;
		EXPECT_EQ(z.ok({ "log", "30m", "python", "--date", "yesterday" },
		    c.now), std::string("logged 30m python (fundamentals, study) "
		    "on ") + c.day + " as #2\n") << c.tz;
		EXPECT_EQ(z.sql("SELECT day, minutes FROM session ORDER BY id"),
		    std::string(c.day) + "|120\n" + c.day + "|30\n") << c.tz;
		json_t *root = c.last_week ? z.report({ "--last-week" }, c.now)
		    : z.report({}, c.now);
		EXPECT_EQ(period(root), c.week) << c.tz;
		// Days still to come are not listed (SPEC §7).
		EXPECT_EQ(json_array_size(json_object_get(root, "days")), c.days)
		    << c.tz;
		EXPECT_EQ(total(root, "elapsed_days"), (long)c.days) << c.tz;
		EXPECT_EQ(total(root, "minutes"), 150) << c.tz;
		EXPECT_EQ(total(root, "active_days"), 1) << c.tz;
		json_decref(root);
	}
}

// The local day flips at local midnight: 18:15 UTC in Kathmandu (+05:45).
TEST(cli_time, kathmandu_days_start_at_18_15_utc)
{
	Zone z("Asia/Kathmandu");
	EXPECT_EQ(z.ok({ "log", "1h", "django" }, "2026-11-22T18:14:00Z"),
	    "logged 1h django (backend, study) on 2026-11-22 as #1\n");
	EXPECT_EQ(z.ok({ "log", "1h", "django" }, "2026-11-22T18:15:00Z"),
	    "logged 1h django (backend, study) on 2026-11-23 as #2\n");
	EXPECT_EQ(z.ok({ "log", "1h", "django", "--start", "00:10" },
	    "2026-11-22T18:30:00Z"),
	    "logged 1h django (backend, study) on 2026-11-23 as #3\n");
	EXPECT_EQ(z.sql("SELECT start FROM session WHERE id = 3"),
	    "2026-11-22T18:25:00Z\n");
	// 2026-11-23 is a Monday: a new week.
	json_t *root = z.report({}, "2026-11-22T18:15:00Z");
	EXPECT_EQ(period(root), "2026-11-23..2026-11-29");
	EXPECT_EQ(total(root, "minutes"), 120);
	EXPECT_EQ(total(root, "streak_current"), 2);
	json_decref(root);
	root = z.report({}, "2026-11-22T18:14:59Z");
	EXPECT_EQ(period(root), "2026-11-16..2026-11-22");
	json_decref(root);
}

/* ---------------------------------------------------------------------
 * Timers across the changes: real elapsed minutes
 */

struct TimerCase {
	const char *tz;
	const char *start, *stop;	// UTC instants
	int minutes;			// really elapsed
	const char *day;		// the local day it started
};

const TimerCase kTimers[] = {
	// 01:30 EST to 03:30 EDT: two hours on the clock, one elapsed.
	{ "America/New_York", "2026-03-08T06:30:00Z", "2026-03-08T07:30:00Z",
	  60, "2026-03-08" },
	// 01:30 EDT to 01:30 EST: no time on the clock, an hour elapsed.
	{ "America/New_York", "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z",
	  60, "2026-11-01" },
	{ "Europe/Berlin", "2026-10-25T00:15:00Z", "2026-10-25T01:45:00Z", 90,
	  "2026-10-25" },
	// Lord Howe moves by 30 minutes: 01:30 to 03:00 on the clock is 60.
	{ "Australia/Lord_Howe", "2026-10-03T15:00:00Z",
	  "2026-10-03T16:00:00Z", 60, "2026-10-04" },
	// 01:45 +11 to 01:45 +10:30: 30 minutes that the clock never shows.
	{ "Australia/Lord_Howe", "2026-04-04T14:45:00Z",
	  "2026-04-04T15:15:00Z", 30, "2026-04-05" },
	// 23:00 on 2011-12-29 to 00:30 on 2011-12-31 in Apia: 90 minutes.
	{ "Pacific/Apia", "2011-12-30T09:00:00Z", "2011-12-30T10:30:00Z", 90,
	  "2011-12-29" },
	{ "Asia/Kathmandu", "2026-11-22T18:00:00Z", "2026-11-22T18:30:00Z",
	  30, "2026-11-22" },
	{ "UTC", "2026-11-22T23:40:00Z", "2026-11-23T00:10:00Z", 30,
	  "2026-11-22" },
};

TEST(cli_time, timers_across_the_changes_count_real_minutes)
{
	for (const auto &c : kTimers) {
		Zone z(c.tz);
		z.ok({ "start", "django" }, c.start);
		std::string out = z.ok({ "stop" }, c.stop);
		EXPECT_NE(out.find(std::string(" on ") + c.day + " as #1"),
		    std::string::npos) << c.tz << ": " << out;
		EXPECT_EQ(z.sql("SELECT day, start, minutes FROM session"),
		    std::string(c.day) + "|" + c.start + "|" +
		    std::to_string(c.minutes) + "\n") << c.tz << " " << c.start;
	}
}

/* ---------------------------------------------------------------------
 * Start times the clocks skipped or repeated
 */

TEST(cli_time, a_skipped_start_time_moves_forward_by_the_gap)
{
	Zone ny("America/New_York");
	ny.ok({ "log", "1h", "django", "--date", "2026-03-08", "--start",
	    "02:30" }, "2026-03-08T20:00:00Z");
	// 02:30 never showed: it is read as 03:30 EDT.
	EXPECT_EQ(ny.sql("SELECT day, start FROM session"),
	    "2026-03-08|2026-03-08T07:30:00Z\n");
	Zone lhi("Australia/Lord_Howe");
	lhi.ok({ "log", "1h", "django", "--date", "2026-10-04", "--start",
	    "02:15" }, "2026-10-04T05:00:00Z");
	// 02:00 jumps to 02:30 there: 02:15 is 02:45 +11.
	EXPECT_EQ(lhi.sql("SELECT day, start FROM session"),
	    "2026-10-04|2026-10-03T15:45:00Z\n");
}

/*
 * A time the clocks showed twice is its first showing (the earlier
 * instant), whichever side of UTC the zone is, through every way a local
 * time comes in: log --start, edit --start, start --at, stop --at and an
 * imported start without an offset.
 */
struct RepeatedCase {
	const char *tz;
	const char *day;	// the day the clocks went back
	const char *clock;	// a time shown twice that day
	const char *first;	// its first showing in UTC, worked out by hand
	const char *early;	// an earlier time that day, shown once
	int minutes;		// from early to the first showing of clock
	const char *now;	// later, on that local day or the next
};

const RepeatedCase kRepeated[] = {
	// 03:00 CEST (+2) back to 02:00 CET (+1): 02:30 is 00:30Z before
	// 01:30Z; 01:00 CEST is 23:00Z.
	{ "Europe/Berlin", "2026-10-25", "02:30", "2026-10-25T00:30:00Z",
	  "01:00", 90, "2026-10-25T12:00:00Z" },
	// 02:00 BST (+1) back to 01:00 GMT: 01:30 is 00:30Z before 01:30Z;
	// 00:30 BST is 23:30Z.
	{ "Europe/London", "2026-10-25", "01:30", "2026-10-25T00:30:00Z",
	  "00:30", 60, "2026-10-25T12:00:00Z" },
	// 03:00 AEDT (+11) back to 02:00 AEST (+10): 02:30 is 15:30Z the day
	// before, then 16:30Z; 01:00 AEDT is 14:00Z.
	{ "Australia/Sydney", "2026-04-05", "02:30", "2026-04-04T15:30:00Z",
	  "01:00", 90, "2026-04-05T02:00:00Z" },
	// 02:00 +11 back to 01:30 +10:30: 01:45 is 14:45Z, then 15:15Z;
	// 01:00 +11 is 14:00Z.
	{ "Australia/Lord_Howe", "2026-04-05", "01:45", "2026-04-04T14:45:00Z",
	  "01:00", 45, "2026-04-05T02:00:00Z" },
	// 02:00 EDT (-4) back to 01:00 EST (-5): 01:30 is 05:30Z, then
	// 06:30Z; 00:30 EDT is 04:30Z.
	{ "America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z",
	  "00:30", 60, "2026-11-01T20:00:00Z" },
	// Santiago goes back at midnight, 24:00 -03 to 23:00 -04 on Saturday
	// 04-04: 23:30 is 02:30Z on 04-05, then 03:30Z; 22:30 -03 is 01:30Z.
	{ "America/Santiago", "2026-04-04", "23:30", "2026-04-05T02:30:00Z",
	  "22:30", 60, "2026-04-05T12:00:00Z" },
};

TEST(cli_time, a_repeated_time_is_its_first_occurrence_in_every_zone)
{
	for (const auto &c : kRepeated) {
		Zone z(c.tz);
		TempDir files;
		std::string at = std::string(c.day) + " " + c.clock;
		std::string csv = files.file("entries.csv");
		z.ok({ "log", "30m", "django", "--date", c.day, "--start",
		    c.clock }, c.now);
		z.ok({ "log", "30m", "django", "--date", c.day }, c.now);
		z.ok({ "edit", "2", "--start", c.clock }, c.now);
		z.ok({ "start", "django", "--at", at }, c.now);
		z.ok({ "stop" }, c.now);
		z.ok({ "start", "django", "--at", std::string(c.day) + " " +
		    c.early }, c.now);
		z.ok({ "stop", "--at", at }, c.now);
		write_file(csv, std::string("Start,Duration,Subject\n") + c.day +
		    " " + c.clock + ":00,0:30:00,django\n");
		z.ok({ "import", csv, "--map", "Start=start", "--map",
		    "Duration=duration", "--map", "Subject=topic" }, c.now);
		std::string first = std::string(c.day) + "|" + c.first + "\n";
		EXPECT_EQ(z.sql("SELECT day, start FROM session WHERE id IN "
		    "(1, 2, 3, 5) ORDER BY id"), first + first + first + first)
		    << c.tz;
		EXPECT_EQ(z.sql("SELECT day, minutes FROM session WHERE id = 4"),
		    std::string(c.day) + "|" + std::to_string(c.minutes) + "\n")
		    << c.tz;
	}
}

/*
 * A time the clocks skipped moves forward by the gap (it is read with the
 * offset before the change) in every zone, through log --start, edit
 * --start, start --at and stop --at alike.
 */
struct SkippedCase {
	const char *tz;
	const char *day;	// the day the clocks went forward
	const char *clock;	// a time they skipped
	const char *instant;	// that time with the offset before, in UTC
	const char *now;
};

const SkippedCase kSkipped[] = {
	// 02:00 CET (+1) to 03:00 CEST: 02:30 +1 is 01:30Z (03:30 CEST).
	{ "Europe/Berlin", "2026-03-29", "02:30", "2026-03-29T01:30:00Z",
	  "2026-03-29T12:00:00Z" },
	// 01:00 GMT to 02:00 BST: 01:30 +0 is 01:30Z (02:30 BST).
	{ "Europe/London", "2026-03-29", "01:30", "2026-03-29T01:30:00Z",
	  "2026-03-29T12:00:00Z" },
	// 02:00 AEST (+10) to 03:00 AEDT: 02:30 +10 is 16:30Z the day before.
	{ "Australia/Sydney", "2026-10-04", "02:30", "2026-10-03T16:30:00Z",
	  "2026-10-04T02:00:00Z" },
	// 02:00 +10:30 to 02:30 +11: 02:15 +10:30 is 15:45Z the day before.
	{ "Australia/Lord_Howe", "2026-10-04", "02:15", "2026-10-03T15:45:00Z",
	  "2026-10-04T02:00:00Z" },
	// 02:00 EST (-5) to 03:00 EDT: 02:30 -5 is 07:30Z.
	{ "America/New_York", "2026-03-08", "02:30", "2026-03-08T07:30:00Z",
	  "2026-03-08T20:00:00Z" },
	// Santiago at midnight, 00:00 -04 to 01:00 -03: 00:30 -4 is 04:30Z.
	{ "America/Santiago", "2026-09-06", "00:30", "2026-09-06T04:30:00Z",
	  "2026-09-06T20:00:00Z" },
};

TEST(cli_time, a_skipped_time_moves_forward_in_every_zone)
{
	for (const auto &c : kSkipped) {
		Zone z(c.tz);
		std::string at = std::string(c.day) + " " + c.clock;
		z.ok({ "log", "30m", "django", "--date", c.day, "--start",
		    c.clock }, c.now);
		z.ok({ "log", "30m", "django", "--date", c.day }, c.now);
		z.ok({ "edit", "2", "--start", c.clock }, c.now);
		z.ok({ "start", "django", "--at", at }, c.now);
		z.ok({ "stop" }, c.now);
		z.ok({ "start", "django", "--at", std::string(c.day) + " 00:00" },
		    c.now);
		z.ok({ "stop", "--at", at }, c.now);
		std::string row = std::string(c.day) + "|" + c.instant + "\n";
		EXPECT_EQ(z.sql("SELECT day, start FROM session WHERE id IN "
		    "(1, 2, 3) ORDER BY id"), row + row + row) << c.tz;
		// The timer stopped at the same instant: its end is it.
		EXPECT_EQ(z.sql("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', start, "
		    "'+' || minutes || ' minutes') FROM session WHERE id = 4"),
		    std::string(c.instant) + "\n") << c.tz;
	}
}

TEST(cli_time, a_start_time_on_the_skipped_samoan_day_is_refused)
{
	Zone z("Pacific/Apia");
	z.ok({ "log", "1h", "django", "--date", "2011-12-29" },
	    "2012-01-02T00:00:00Z");
	std::string before = read_file(z.db());
	RunResult r = z.run({ "log", "1h", "django", "--date", "2011-12-30",
	    "--start", "10:00" }, "2012-01-02T00:00:00Z");
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: start time '10:00' does not exist on 2011-12-30 "
	    "in this time zone: the clocks skipped it\n");
	EXPECT_TRUE(read_file(z.db()) == before) << "the database changed";
	// Without a start time the day takes sessions like any other.
	z.ok({ "log", "1h", "django", "--date", "2011-12-30" },
	    "2012-01-02T00:00:00Z");
	EXPECT_EQ(z.sql("SELECT count(*) FROM session"), "2\n");
}

/* ---------------------------------------------------------------------
 * Imports: an end clock after midnight is on the next day
 */

// Havana springs forward at midnight (00:00 CST -> 01:00 CDT): 23:30 to
// 01:30 is one hour, not two.
TEST(cli_time, an_imported_entry_over_a_midnight_dst_change)
{
	Zone z("America/Havana");
	TempDir files;
	std::string csv = files.file("entries.csv");
	write_file(csv, "Day,From,To,Subject\n"
	    "2026-03-07,23:30,01:30,django\n"
	    "2026-03-10,23:00,00:30,flask\n");
	z.ok({ "import", csv, "--map", "Day=date", "--map", "From=start",
	    "--map", "To=end", "--map", "Subject=topic" },
	    "2026-11-03T12:00:00Z");
	EXPECT_EQ(z.sql("SELECT day, start, minutes FROM session ORDER BY day"),
	    "2026-03-07|2026-03-08T04:30:00Z|60\n"
	    "2026-03-10|2026-03-11T03:00:00Z|90\n");
}

/* ---------------------------------------------------------------------
 * Leap day 2028-02-29
 */

const char *const kZones[] = {
	"UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe",
	"Pacific/Apia", "Asia/Kathmandu",
};

// 06:00 UTC on 2028-03-01 (a Wednesday) is 2028-03-01 in every zone above,
// from 01:00 in New York to 19:00 in Apia.
const char kMarch1[] = "2028-03-01T06:00:00Z";

TEST(cli_time, leap_day_2028_logs_lists_and_reports)
{
	for (const char *tz : kZones) {
		Zone z(tz);
		z.ok({ "log", "1h", "django", "--date", "2028-02-29" }, kMarch1);
		z.ok({ "log", "30m", "python", "--date", "yesterday" }, kMarch1);
		z.ok({ "log", "20m", "numpy", "--date", "tuesday" }, kMarch1);
		z.ok({ "log", "10m", "pandas", "--date", "3d ago" }, kMarch1);
		z.ok({ "log", "15m", "flask", "--date", "2028-02-28" }, kMarch1);
		z.ok({ "log", "25m", "sql" }, kMarch1);
		EXPECT_EQ(z.sql("SELECT day, minutes FROM session ORDER BY id"),
		    "2028-02-29|60\n2028-02-29|30\n2028-02-29|20\n"
		    "2028-02-27|10\n2028-02-28|15\n2028-03-01|25\n") << tz;
		RunResult r = z.run({ "log", "1h", "django", "--date",
		    "2027-02-29" }, kMarch1);
		EXPECT_EQ(r.status, 2) << tz;
		EXPECT_NE(r.err.find("invalid date '2027-02-29'"),
		    std::string::npos) << r.err;

		json_t *ls = json_loads(z.ok({ "ls", "--since", "2028-02-29",
		    "--until", "2028-02-29", "--format", "json" }, kMarch1).c_str(),
		    0, nullptr);
		EXPECT_EQ(json_array_size(ls), 3u) << tz;
		json_decref(ls);

		json_t *root = z.report({ "--last-month" }, kMarch1);
		EXPECT_EQ(period(root), "2028-02-01..2028-02-29") << tz;
		EXPECT_EQ(json_array_size(json_object_get(root, "days")), 29u);
		EXPECT_EQ(total(root, "minutes"), 60 + 30 + 20 + 10 + 15) << tz;
		json_decref(root);
		root = z.report({ "--month" }, "2028-02-29T06:00:00Z");
		EXPECT_EQ(period(root), "2028-02-01..2028-02-29") << tz;
		json_decref(root);
		root = z.report({}, kMarch1);
		EXPECT_EQ(period(root), "2028-02-28..2028-03-05") << tz;
		EXPECT_EQ(total(root, "minutes"), 60 + 30 + 20 + 15 + 25) << tz;
		EXPECT_EQ(total(root, "streak_current"), 4) << tz;
		// Monday to Wednesday against Monday to Wednesday 02-21..02-23:
		// the 10 minutes of Sunday 02-27 are not among them (SPEC §7).
		EXPECT_EQ(total(root, "previous_minutes"), 0) << tz;
		json_decref(root);
		root = z.report({ "--year" }, kMarch1);
		EXPECT_EQ(period(root), "2028-01-01..2028-12-31") << tz;
		// 1 January to 1 March of a leap year: 31 + 29 + 1 days.
		EXPECT_EQ(json_array_size(json_object_get(root, "days")), 61u);
		json_decref(root);
		root = z.report({ "--since", "2028-02-28", "--until",
		    "2028-03-01" }, kMarch1);
		EXPECT_EQ(json_array_size(json_object_get(root, "days")), 3u);
		EXPECT_EQ(total(root, "minutes"), 60 + 30 + 20 + 15 + 25) << tz;
		// The previous period of equal length: 02-25..02-27.
		EXPECT_EQ(total(root, "previous_minutes"), 10) << tz;
		json_decref(root);
	}
}

/* ---------------------------------------------------------------------
 * Weeks across a year boundary, Monday or Sunday first
 */

TEST(cli_time, weeks_across_a_year_boundary_in_every_zone)
{
	// 08:00 UTC on Friday 2027-01-01 is 2027-01-01 in every zone, from
	// 03:00 in New York to 21:00 in Apia.
	for (const char *tz : kZones) {
		Zone z(tz);
		const char *now = "2027-01-01T08:00:00Z";
		for (const char *d : { "2026-12-27", "2026-12-28", "2026-12-31",
		    "2027-01-01" })
			z.ok({ "log", "1h", "django", "--date", d }, now);
		json_t *root = z.report({}, now);
		EXPECT_EQ(period(root), "2026-12-28..2027-01-03") << tz;
		EXPECT_EQ(total(root, "minutes"), 180) << tz;
		// Monday to Friday against Monday to Friday of the week before,
		// 12-21..12-25: Sunday 12-27 is not among them (SPEC §7).
		EXPECT_EQ(total(root, "previous_minutes"), 0) << tz;
		json_decref(root);
		z.ok({ "config", "set", "week-start", "sunday" }, now);
		root = z.report({}, now);
		EXPECT_EQ(period(root), "2026-12-27..2027-01-02") << tz;
		EXPECT_EQ(total(root, "minutes"), 240) << tz;
		json_decref(root);
		root = z.report({ "--last-week" }, now);
		EXPECT_EQ(period(root), "2026-12-20..2026-12-26") << tz;
		json_decref(root);
		// A week later, Sunday 2027-01-03 starts the new week.
		root = z.report({}, "2027-01-03T08:00:00Z");
		EXPECT_EQ(period(root), "2027-01-03..2027-01-09") << tz;
		json_decref(root);
		z.ok({ "config", "unset", "week-start" }, now);
		root = z.report({}, "2027-01-03T08:00:00Z");
		EXPECT_EQ(period(root), "2026-12-28..2027-01-03") << tz;
		json_decref(root);
	}
}

/* ---------------------------------------------------------------------
 * Streaks across the changes
 */

struct StreakCase {
	const char *tz;
	const char *first;	// seven days from here, the change in the middle
	const char *now;	// an instant on the seventh local day
};

const StreakCase kStreaks[] = {
	{ "America/New_York", "2026-03-05", "2026-03-11T16:00:00Z" },
	{ "America/New_York", "2026-10-29", "2026-11-04T16:00:00Z" },
	{ "Europe/Berlin", "2026-03-26", "2026-04-01T10:00:00Z" },
	{ "Europe/Berlin", "2026-10-22", "2026-10-28T10:00:00Z" },
	{ "Australia/Lord_Howe", "2026-04-02", "2026-04-08T02:00:00Z" },
	{ "Australia/Lord_Howe", "2026-10-01", "2026-10-07T02:00:00Z" },
	{ "Pacific/Apia", "2011-09-21", "2011-09-27T22:00:00Z" },
	{ "Asia/Kathmandu", "2026-03-26", "2026-04-01T10:00:00Z" },
};

std::string
day_plus(const std::string &first, int n)
{
	// Within one month in every case above but two; spelled out.
	static const std::map<std::string, std::vector<std::string>> weeks = {
		{ "2026-03-05", { "2026-03-05", "2026-03-06", "2026-03-07",
		    "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11" } },
		{ "2026-10-29", { "2026-10-29", "2026-10-30", "2026-10-31",
		    "2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04" } },
		{ "2026-03-26", { "2026-03-26", "2026-03-27", "2026-03-28",
		    "2026-03-29", "2026-03-30", "2026-03-31", "2026-04-01" } },
		{ "2026-10-22", { "2026-10-22", "2026-10-23", "2026-10-24",
		    "2026-10-25", "2026-10-26", "2026-10-27", "2026-10-28" } },
		{ "2026-04-02", { "2026-04-02", "2026-04-03", "2026-04-04",
		    "2026-04-05", "2026-04-06", "2026-04-07", "2026-04-08" } },
		{ "2026-10-01", { "2026-10-01", "2026-10-02", "2026-10-03",
		    "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07" } },
		{ "2011-09-21", { "2011-09-21", "2011-09-22", "2011-09-23",
		    "2011-09-24", "2011-09-25", "2011-09-26", "2011-09-27" } },
	};
	return weeks.at(first).at(n);
}

TEST(cli_time, streaks_run_through_the_changes)
{
	for (const auto &c : kStreaks) {
		Zone z(c.tz);
		for (int i = 0; i < 7; i++)
			z.ok({ "log", "30m", "django", "--date", day_plus(c.first,
			    i) }, c.now);
		json_t *root = z.report({ "--since", c.first }, c.now);
		EXPECT_EQ(json_array_size(json_object_get(root, "days")), 7u)
		    << c.tz << " " << c.first;
		EXPECT_EQ(total(root, "active_days"), 7) << c.tz << " " << c.first;
		EXPECT_EQ(total(root, "streak_current"), 7) << c.tz << " "
		    << c.first;
		EXPECT_EQ(total(root, "streak_longest"), 7) << c.tz << " "
		    << c.first;
		json_decref(root);
	}
}

// Samoa skipped 2011-12-30: a learner who studied every day they had
// keeps the streak.
TEST(cli_time, a_skipped_day_breaks_no_streak)
{
	Zone z("Pacific/Apia");
	const char *now = "2012-01-01T00:00:00Z";	// 14:00 on 2012-01-01
	for (const char *d : { "2011-12-27", "2011-12-28", "2011-12-29",
	    "2011-12-31" })
		z.ok({ "log", "30m", "django", "--date", d }, now);
	json_t *root = z.report({ "--since", "2011-12-27" }, now);
	EXPECT_EQ(period(root), "2011-12-27..2012-01-01");
	// Nothing logged today yet: the streak ends yesterday, 12-31.
	EXPECT_EQ(total(root, "streak_current"), 4);
	EXPECT_EQ(total(root, "streak_longest"), 4);
	json_decref(root);
	// Elsewhere the same calendar days have a gap.
	Zone utc("UTC");
	for (const char *d : { "2011-12-27", "2011-12-28", "2011-12-29",
	    "2011-12-31" })
		utc.ok({ "log", "30m", "django", "--date", d }, now);
	root = utc.report({ "--since", "2011-12-27" }, now);
	EXPECT_EQ(total(root, "streak_current"), 1);
	EXPECT_EQ(total(root, "streak_longest"), 3);
	json_decref(root);
}

} // namespace
