// report_period and report_compute against histories built with plain SQL
// inserts (not through the code under test); expected numbers by hand.
#include <gtest/gtest.h>

#include <string>

#include "support.h"

extern "C" {
#include "core/date.h"
#include "reports/report.h"
}

namespace {

int
day(const char *text)
{
	int d = 0;
	EXPECT_TRUE(day_parse_iso(text, &d)) << text;
	return d;
}

std::string
text(int d)
{
	char out[DAY_TEXT_SIZE];
	day_format(d, out);
	return out;
}

// The period as "FROM..TO".
std::string
period(enum report_period p, const char *today, int week_start,
    int first_day = DAY_NONE)
{
	int from = 0, to = 0;
	report_period(p, day(today), week_start, first_day, &from, &to);
	return text(from) + ".." + text(to);
}

// Friday 9999-12-31: the week is cut at the last day track keeps, in
// numbers (the text of a later day would not show it).
TEST(report_period, periods_end_by_the_last_day)
{
	int from = 0, to = 0;
	report_period(PERIOD_WEEK, DAY_LAST, 0, DAY_NONE, &from, &to);
	EXPECT_EQ(from, DAY_LAST - 4);
	EXPECT_EQ(to, DAY_LAST);
	report_period(PERIOD_WEEK, DAY_LAST, 6, DAY_NONE, &from, &to);
	EXPECT_EQ(from, DAY_LAST - 5);
	EXPECT_EQ(to, DAY_LAST);
	report_period(PERIOD_MONTH, DAY_LAST, 0, DAY_NONE, &from, &to);
	EXPECT_EQ(to, DAY_LAST);
	report_period(PERIOD_YEAR, DAY_LAST - 40, 0, DAY_NONE, &from, &to);
	EXPECT_EQ(to, DAY_LAST);
	report_period(PERIOD_LAST_WEEK, DAY_LAST, 0, DAY_NONE, &from, &to);
	EXPECT_EQ(to, DAY_LAST - 5);
}

TEST(report_period, WeeksStartOnMondayOrSunday)
{
	EXPECT_EQ(period(PERIOD_WEEK, "2026-11-22", 0), "2026-11-16..2026-11-22");
	EXPECT_EQ(period(PERIOD_WEEK, "2026-11-16", 0), "2026-11-16..2026-11-22");
	EXPECT_EQ(period(PERIOD_LAST_WEEK, "2026-11-22", 0),
	    "2026-11-09..2026-11-15");
	EXPECT_EQ(period(PERIOD_WEEK, "2026-11-22", 6), "2026-11-22..2026-11-28");
	EXPECT_EQ(period(PERIOD_WEEK, "2026-11-21", 6), "2026-11-15..2026-11-21");
	EXPECT_EQ(period(PERIOD_LAST_WEEK, "2026-11-22", 6),
	    "2026-11-15..2026-11-21");
	EXPECT_EQ(period(PERIOD_WEEK, "2027-01-01", 0), "2026-12-28..2027-01-03");
	EXPECT_EQ(period(PERIOD_LAST_WEEK, "2027-01-04", 0),
	    "2026-12-28..2027-01-03");
}

TEST(report_period, CalendarMonthsAndYears)
{
	EXPECT_EQ(period(PERIOD_MONTH, "2026-11-22", 0), "2026-11-01..2026-11-30");
	EXPECT_EQ(period(PERIOD_MONTH, "2028-02-10", 0), "2028-02-01..2028-02-29");
	EXPECT_EQ(period(PERIOD_LAST_MONTH, "2026-01-31", 0),
	    "2025-12-01..2025-12-31");
	EXPECT_EQ(period(PERIOD_LAST_MONTH, "2026-03-31", 0),
	    "2026-02-01..2026-02-28");
	EXPECT_EQ(period(PERIOD_YEAR, "2026-11-22", 0), "2026-01-01..2026-12-31");
}

TEST(report_period, AllStartsAtTheFirstSession)
{
	EXPECT_EQ(period(PERIOD_ALL, "2026-11-22", 0, day("2024-02-29")),
	    "2024-02-29..2026-11-22");
	EXPECT_EQ(period(PERIOD_ALL, "2026-11-22", 0, DAY_NONE),
	    "2026-11-22..2026-11-22");
	// Day -1 is a day like any other, not "no session".
	EXPECT_EQ(period(PERIOD_ALL, "2026-11-22", 0, day("1969-12-31")),
	    "1969-12-31..2026-11-22");
}

// What a period is compared with, seen on today, as "FROM..TO".
std::string
previous(const char *from, const char *to, const char *today)
{
	int a = 0, z = 0;
	report_previous(day(from), day(to), day(today), &a, &z);
	return text(a) + ".." + text(z);
}

// SPEC §7: a period running past today is compared by its elapsed part.
TEST(report_previous, RunningPeriodsByTheirElapsedPart)
{
	// This month on 6 December: 1-6 November, not all of it.
	EXPECT_EQ(previous("2025-12-01", "2025-12-31", "2025-12-06"),
	    "2025-11-01..2025-11-06");
	// On its first day, the first day of the month before.
	EXPECT_EQ(previous("2025-12-01", "2025-12-31", "2025-12-01"),
	    "2025-11-01..2025-11-01");
	// 31 March against February to its end (28 days, 29 in a leap year).
	EXPECT_EQ(previous("2026-03-01", "2026-03-31", "2026-03-31"),
	    "2026-02-01..2026-02-28");
	EXPECT_EQ(previous("2028-03-01", "2028-03-31", "2028-03-30"),
	    "2028-02-01..2028-02-29");
	EXPECT_EQ(previous("2026-03-01", "2026-03-31", "2026-03-28"),
	    "2026-02-01..2026-02-28");
	// 31 October against 1-30 September.
	EXPECT_EQ(previous("2026-10-01", "2026-10-31", "2026-10-31"),
	    "2026-09-01..2026-09-30");
	// January against December of the year before.
	EXPECT_EQ(previous("2026-01-01", "2026-01-31", "2026-01-15"),
	    "2025-12-01..2025-12-15");
	// This year against the same days of last year; 29 February against
	// 28 February.
	EXPECT_EQ(previous("2025-01-01", "2025-12-31", "2025-12-06"),
	    "2024-01-01..2024-12-06");
	EXPECT_EQ(previous("2028-01-01", "2028-12-31", "2028-02-29"),
	    "2027-01-01..2027-02-28");
	// This week on its Saturday: Monday to Saturday of last week; a week
	// starting on Sunday alike.
	EXPECT_EQ(previous("2025-12-01", "2025-12-07", "2025-12-06"),
	    "2025-11-24..2025-11-29");
	EXPECT_EQ(previous("2025-11-30", "2025-12-06", "2025-12-02"),
	    "2025-11-23..2025-11-25");
}

// A period that has ended: the days of equal length just before.
TEST(report_previous, EndedPeriodsByTheDaysJustBefore)
{
	EXPECT_EQ(previous("2025-12-01", "2025-12-07", "2025-12-07"),
	    "2025-11-24..2025-11-30");
	EXPECT_EQ(previous("2025-11-01", "2025-11-30", "2025-12-06"),
	    "2025-10-02..2025-10-31");
	EXPECT_EQ(previous("2025-03-10", "2025-03-14", "2025-12-06"),
	    "2025-03-05..2025-03-09");
	EXPECT_EQ(previous("2025-12-06", "2025-12-06", "2025-12-06"),
	    "2025-12-05..2025-12-05");
}

class Report : public ::testing::Test {
protected:
	void SetUp() override
	{
		db_ = memory_db();
		report_init(&r_);
	}
	void TearDown() override
	{
		report_release(&r_);
		sqlite3_close(db_);
	}
	void add(const std::string &day, int minutes, const std::string &topic,
	    const std::string &kind = "study")
	{
		static int n = 0;
		query(db_, "INSERT INTO session (uuid, day, minutes, topic_id, kind, "
		    "origin, created) VALUES ('r" + std::to_string(++n) + "', '" +
		    day + "', " + std::to_string(minutes) + ", (SELECT id FROM "
		    "topic WHERE name = '" + topic + "'), '" + kind +
		    "', 'manual', '2026-01-01T00:00:00Z')");
	}
	void compute(const char *from, const char *to, const char *today,
	    int week_start = 0)
	{
		report_release(&r_);
		struct error *err = report_compute(db_, day(from), day(to),
		    day(today), week_start, &r_);
		ASSERT_EQ(err, nullptr) << err->message;
	}
	int topic(const char *name)
	{
		for (size_t i = 0; i < r_.topic_count; i++)
			if (std::string(r_.topics[i].topic) == name)
				return r_.topics[i].minutes;
		return -1;
	}

	sqlite3 *db_;
	struct report r_;
};

// Whole months come from month_total, the edges from the sessions: the
// sums must not depend on where the range cuts the months.
TEST_F(Report, RangeAcrossMonthsSumsTheEdgesAndTheWholeMonths)
{
	add("2026-08-31", 7, "django");		// before the range
	add("2026-09-01", 10, "django");
	add("2026-09-15", 20, "django", "tutorial");
	add("2026-10-01", 40, "django");	// a whole month
	add("2026-10-31", 80, "pandas");
	add("2026-11-10", 160, "django", "project");
	add("2026-11-11", 3, "django");		// after the range
	compute("2026-09-15", "2026-11-10", "2026-11-22");
	EXPECT_EQ(r_.minutes, 20 + 40 + 80 + 160);
	EXPECT_EQ(r_.sessions, 4);
	EXPECT_EQ(topic("django"), 20 + 40 + 160);
	EXPECT_EQ(topic("pandas"), 80);
	EXPECT_EQ(r_.by_kind[0], 20);
	EXPECT_EQ(r_.by_kind[1], 40 + 80);
	EXPECT_EQ(r_.by_kind[2], 160);
	ASSERT_EQ(r_.path_count, 2u);
	EXPECT_STREQ(r_.paths[0].path, "backend");
	EXPECT_EQ(r_.paths[0].minutes, 220);
	EXPECT_STREQ(r_.paths[1].path, "data-science");
	EXPECT_EQ(r_.previous_minutes, 10 + 7);	// 2026-07-20..2026-09-14
	EXPECT_EQ(text(r_.previous_from), "2026-07-20");
}

// The current streak may start before the period and still counts while
// "now" has no session yet; the longest stays within the period.
TEST_F(Report, Streaks)
{
	for (const char *d : { "2026-11-10", "2026-11-11", "2026-11-12",
	    "2026-11-13", "2026-11-14", "2026-11-15", "2026-11-16",
	    "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21" })
		add(d, 30, "python");
	compute("2026-11-16", "2026-11-22", "2026-11-22");
	EXPECT_EQ(r_.streak_current, 4);	// 18..21, today not yet
	EXPECT_EQ(r_.streak_longest, 4);
	EXPECT_EQ(r_.active_days, 5);
	compute("2026-11-09", "2026-11-15", "2026-11-22");
	EXPECT_EQ(r_.at, day("2026-11-15"));
	EXPECT_EQ(r_.streak_current, 6);	// 10..15
	EXPECT_EQ(r_.streak_longest, 6);
	compute("2026-11-16", "2026-11-16", "2026-11-22");
	EXPECT_EQ(r_.streak_current, 7);	// 10..16, reaching back
	EXPECT_EQ(r_.streak_longest, 1);
	add("2026-11-22", 5, "python");
	compute("2026-11-16", "2026-11-22", "2026-11-22");
	EXPECT_EQ(r_.streak_current, 5);
	compute("2026-11-16", "2026-11-22", "2026-11-24");
	EXPECT_EQ(r_.streak_current, 5);	// the period ends on the 22nd
}

// Twelve weeks ending with the week that holds the period's end; days
// after the end do not count, and a week starts on week-start.
TEST_F(Report, TrendEndsWithThePeriod)
{
	add("2026-08-30", 1000, "python");	// before the first week
	add("2026-08-31", 1, "python");
	add("2026-09-06", 2, "python");
	add("2026-11-18", 30, "python");
	add("2026-11-19", 60, "python");	// after the period's end
	compute("2026-11-01", "2026-11-18", "2026-11-22");
	EXPECT_EQ(text(r_.trend_from), "2026-08-31");
	EXPECT_EQ(r_.trend[0], 3);
	EXPECT_EQ(r_.trend[11], 30);
	EXPECT_EQ(report_trend_peak(&r_), 11);
	EXPECT_EQ(report_spark_level(&r_, 11), 8);
	EXPECT_EQ(report_spark_level(&r_, 0), 1);	// 3*8/30 rounds up
	EXPECT_EQ(report_spark_level(&r_, 5), 0);
	compute("2026-11-01", "2026-11-18", "2026-11-22", 6);
	EXPECT_EQ(text(r_.trend_from), "2026-08-30");
	EXPECT_EQ(r_.trend[0], 1001);
	EXPECT_EQ(r_.trend[1], 2);
}

// A week seen on its Wednesday holds Monday to Wednesday: the days to
// come are not days of it yet (-1, as days outside it), and a session
// dated after today (a clock moved back) is not counted.
TEST_F(Report, DaysCoverThePeriodUpToToday)
{
	add("2026-11-16", 25, "python");
	add("2026-11-16", 35, "django");
	add("2026-11-18", 10, "python");
	add("2026-11-19", 40, "python");
	compute("2026-11-16", "2026-11-22", "2026-11-18");
	EXPECT_TRUE(r_.running);
	ASSERT_EQ(r_.day_count, 3u);
	EXPECT_EQ(report_elapsed_days(&r_), 3);
	EXPECT_EQ(r_.days[0], 60);
	EXPECT_EQ(r_.days[1], 0);
	EXPECT_EQ(r_.days[2], 10);
	EXPECT_EQ(r_.minutes, 70);
	EXPECT_EQ(r_.sessions, 3);
	EXPECT_EQ(r_.active_days, 2);
	EXPECT_EQ(topic("python"), 35);
	EXPECT_EQ(r_.at, day("2026-11-18"));
	EXPECT_EQ(r_.history.at, day("2026-11-18"));
	EXPECT_EQ(report_day_minutes(&r_, day("2026-11-15")), -1);
	EXPECT_EQ(report_day_minutes(&r_, day("2026-11-18")), 10);
	EXPECT_EQ(report_day_minutes(&r_, day("2026-11-19")), -1);
	EXPECT_EQ(report_day_minutes(&r_, day("2026-11-22")), -1);
	EXPECT_EQ(report_heat_level(report_day_minutes(&r_, day("2026-11-16"))),
	    3);
	EXPECT_EQ(text(r_.previous_from), "2026-11-09");
	EXPECT_EQ(text(r_.previous_to), "2026-11-11");
}

// The month of 6 December against 1-6 November (SPEC §7): 25 days are
// still to come and count nowhere; the trend ends this week.
TEST_F(Report, RunningMonthIsComparedByItsElapsedPart)
{
	add("2025-11-03", 60, "python");	// 1-6 Nov
	add("2025-11-20", 600, "python");	// later in November
	add("2025-12-02", 30, "python");
	add("2025-12-06", 45, "django");
	compute("2025-12-01", "2025-12-31", "2025-12-06");
	EXPECT_TRUE(r_.running);
	EXPECT_EQ(text(r_.previous_from), "2025-11-01");
	EXPECT_EQ(text(r_.previous_to), "2025-11-06");
	EXPECT_EQ(r_.previous_minutes, 60);
	EXPECT_EQ(r_.minutes, 75);
	EXPECT_EQ(r_.active_days, 2);
	EXPECT_EQ(report_elapsed_days(&r_), 6);
	EXPECT_EQ(r_.day_count, 6u);
	EXPECT_EQ(text(r_.trend_from), "2025-09-15");
	EXPECT_EQ(r_.trend[11], 75);
	EXPECT_EQ(r_.streak_longest, 1);
}

// A period that has ended is compared with the one just before it.
TEST_F(Report, EndedPeriodIsComparedWithTheOneJustBefore)
{
	compute("2025-11-01", "2025-11-30", "2025-12-06");
	EXPECT_FALSE(r_.running);
	EXPECT_EQ(text(r_.previous_from), "2025-10-02");
	EXPECT_EQ(text(r_.previous_to), "2025-10-31");
	EXPECT_EQ(report_elapsed_days(&r_), 30);
	EXPECT_EQ(r_.day_count, 30u);
}

TEST(report_rules, HeatLevelsAndPercentages)
{
	EXPECT_EQ(report_heat_level(0), 0);
	EXPECT_EQ(report_heat_level(1), 1);
	EXPECT_EQ(report_heat_level(29), 1);
	EXPECT_EQ(report_heat_level(30), 2);
	EXPECT_EQ(report_heat_level(59), 2);
	EXPECT_EQ(report_heat_level(60), 3);
	EXPECT_EQ(report_heat_level(119), 3);
	EXPECT_EQ(report_heat_level(120), 4);
	EXPECT_EQ(report_percent(1, 8), 13);	// 12.5 rounds half up
	EXPECT_EQ(report_percent(1, 3), 33);
	EXPECT_EQ(report_percent(5, 0), 0);
}

}  // namespace
