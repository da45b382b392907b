// The value parsers of import files (FORMATS.md section 4).
#include <gtest/gtest.h>

#include <string>

extern "C" {
#include "core/date.h"
#include "importers/values.h"
}

namespace {

long
seconds_of(const char *text, enum number_style style = NUMBER_DOT)
{
	long seconds = -1;
	struct error *err = value_duration(text, style, &seconds);
	if (err != nullptr) {
		error_free(err);
		return -1;
	}
	return seconds;
}

double
number_of(const char *text, enum number_style style)
{
	double value = -1;
	struct error *err = value_number(text, style, &value);
	if (err != nullptr) {
		error_free(err);
		return -1;
	}
	return value;
}

std::string
message(struct error *err)
{
	if (err == nullptr)
		return "";
	std::string m = err->message;
	error_free(err);
	return m;
}

std::string
day_of(const char *text, enum date_syntax syntax)
{
	int day = 0;
	std::string m = message(value_date(text, syntax, &day));
	if (!m.empty())
		return m;
	char out[DAY_TEXT_SIZE];
	day_format(day, out);
	return out;
}

int
clock_of(const char *text)
{
	int seconds = -1;
	if (!message(value_clock(text, &seconds)).empty())
		return -1;
	return seconds;
}

// "DAY INSTANT" of a date-time read in zone (TZ=UTC in tests).
std::string
when_of(const char *text, enum date_syntax syntax, enum zone zone)
{
	struct when w;
	std::string m = message(value_when(text, syntax, zone, &w));
	if (!m.empty())
		return m;
	char day[DAY_TEXT_SIZE], instant[INSTANT_TEXT_SIZE] = "-";
	day_format(w.day, day);
	if (w.has_time)
		instant_format(w.instant, instant);
	return std::string(day) + " " + instant;
}

class UtcZone : public ::testing::Test {
protected:
	void SetUp() override
	{
		const char *tz = getenv("TZ");
		saved_ = tz ? tz : "";
		had_ = tz != nullptr;
		setenv("TZ", "UTC", 1);
		tzset();
	}
	void TearDown() override
	{
		if (had_)
			setenv("TZ", saved_.c_str(), 1);
		else
			unsetenv("TZ");
		tzset();
	}

private:
	std::string saved_;
	bool had_ = false;
};

} // namespace

TEST(import_values, durations_of_every_tracker_form)
{
	EXPECT_EQ(seconds_of("01:15:20"), 4520);
	EXPECT_EQ(seconds_of("26:05:00"), 93900);
	EXPECT_EQ(seconds_of("1:05:00"), 3900);
	EXPECT_EQ(seconds_of("00:45"), 2700);
	EXPECT_EQ(seconds_of("12:40 min"), 760);
	EXPECT_EQ(seconds_of("18:25 min"), 1105);
	EXPECT_EQ(seconds_of("5:00 min"), 300);
	EXPECT_EQ(seconds_of("1:05:00 min"), 3900);
	EXPECT_EQ(seconds_of("0.75"), 2700);
	EXPECT_EQ(seconds_of("1.5 h"), 5400);
	EXPECT_EQ(seconds_of("2h"), 7200);
	EXPECT_EQ(seconds_of("1,75", NUMBER_AUTO), 6300);
	EXPECT_EQ(seconds_of("12:75:00"), -1);
	EXPECT_EQ(seconds_of("abc"), -1);
	EXPECT_EQ(seconds_of("-1:00:00"), -1);
}

TEST(import_values, minutes_round_half_up_from_whole_seconds)
{
	EXPECT_EQ(value_minutes(29), 0);
	EXPECT_EQ(value_minutes(30), 1);
	EXPECT_EQ(value_minutes(760), 13);
	EXPECT_EQ(value_minutes(84150), 1403);	// 1402.5 min is 1403
	EXPECT_EQ(value_minutes(18075), 301);	// 301.25 min
}

TEST(import_values, numbers_with_either_decimal_mark)
{
	EXPECT_DOUBLE_EQ(number_of("1.25", NUMBER_AUTO), 1.25);
	EXPECT_DOUBLE_EQ(number_of("1,75", NUMBER_AUTO), 1.75);
	EXPECT_DOUBLE_EQ(number_of("1.250,0", NUMBER_AUTO), 1250.0);
	EXPECT_DOUBLE_EQ(number_of("1,318.5", NUMBER_AUTO), 1318.5);
	EXPECT_DOUBLE_EQ(number_of("1,318.5", NUMBER_DOT), 1318.5);
	EXPECT_DOUBLE_EQ(number_of("1,318", NUMBER_DOT), 1318.0);
	EXPECT_DOUBLE_EQ(number_of("41.67%", NUMBER_DOT), 41.67);
	EXPECT_DOUBLE_EQ(number_of(" 18.4 ", NUMBER_DOT), 18.4);
	EXPECT_EQ(number_of("", NUMBER_DOT), -1);
	EXPECT_EQ(number_of("1e5", NUMBER_DOT), -1);
	EXPECT_EQ(number_of("-3", NUMBER_DOT), -1);
}

TEST(import_values, dates_iso_and_us)
{
	EXPECT_EQ(day_of("2025-03-10", DATE_ISO), "2025-03-10");
	EXPECT_EQ(day_of("06/04/2025", DATE_US), "2025-06-04");
	EXPECT_EQ(day_of("2025-06-04", DATE_US), "2025-06-04");
	EXPECT_EQ(day_of("13/06/2025", DATE_US),
	    "invalid date '13/06/2025': use MM/DD/YYYY or YYYY-MM-DD");
	EXPECT_EQ(day_of("13/06/2025", DATE_DMY), "2025-06-13");
	EXPECT_EQ(day_of("5/4/2025", DATE_DMY), "2025-04-05");
	EXPECT_EQ(day_of("5/4/2025", DATE_US), "2025-05-04");
	EXPECT_EQ(day_of("06/13/2025", DATE_DMY),
	    "invalid date '06/13/2025': use DD/MM/YYYY or YYYY-MM-DD");
	EXPECT_EQ(day_of("06/04/2025", DATE_ISO),
	    "invalid date '06/04/2025': use YYYY-MM-DD");
	EXPECT_EQ(day_of("2025-02-30", DATE_ISO),
	    "invalid date '2025-02-30': use YYYY-MM-DD");
}

// What one slash date says about the order of day and month: only a
// part over 12 decides; equal parts read the same either way.
TEST(import_values, slash_order_of_a_cell)
{
	EXPECT_EQ(value_slash_order("29/04/2025"), SLASH_DMY);
	EXPECT_EQ(value_slash_order("04/29/2025 9:00 AM"), SLASH_MDY);
	EXPECT_EQ(value_slash_order("05/04/2025"), SLASH_AMBIGUOUS);
	EXPECT_EQ(value_slash_order("5/4/2025"), SLASH_AMBIGUOUS);
	EXPECT_EQ(value_slash_order("12/12/2025"), SLASH_NONE);
	EXPECT_EQ(value_slash_order("2025-04-29"), SLASH_NONE);
	EXPECT_EQ(value_slash_order("13/13/2025"), SLASH_NONE);
	EXPECT_EQ(value_slash_order(""), SLASH_NONE);
	EXPECT_EQ(value_slash_order("05/04/25"), SLASH_NONE);
}

TEST(import_values, clock_times_twelve_and_twenty_four_hours)
{
	EXPECT_EQ(clock_of("9:00"), 9 * 3600);
	EXPECT_EQ(clock_of("9:05 AM"), 9 * 3600 + 5 * 60);
	EXPECT_EQ(clock_of("19:05:00"), 19 * 3600 + 5 * 60);
	EXPECT_EQ(clock_of("08:15:00 PM"), 20 * 3600 + 15 * 60);
	EXPECT_EQ(clock_of("11:40 PM"), 23 * 3600 + 40 * 60);
	EXPECT_EQ(clock_of("12:25 AM"), 25 * 60);
	EXPECT_EQ(clock_of("12:05 pm"), 12 * 3600 + 5 * 60);
	EXPECT_EQ(clock_of("13:00 PM"), -1);
	EXPECT_EQ(clock_of("24:00"), -1);
}

TEST_F(UtcZone, date_times_of_every_export)
{
	EXPECT_EQ(when_of("2025-02-09T21:48:30.000Z", DATE_ISO, ZONE_UTC),
	    "2025-02-09 2025-02-09T21:48:30Z");
	EXPECT_EQ(when_of("2025-01-06 18:04:12+00:00", DATE_ISO, ZONE_UTC),
	    "2025-01-06 2025-01-06T18:04:12Z");
	EXPECT_EQ(when_of("2025-01-06 18:04:12+02:00", DATE_ISO, ZONE_UTC),
	    "2025-01-06 2025-01-06T16:04:12Z");
	EXPECT_EQ(when_of("2025-01-19 20:44 UTC", DATE_ISO, ZONE_UTC),
	    "2025-01-19 2025-01-19T20:44:00Z");
	EXPECT_EQ(when_of("20250520T063000Z", DATE_ISO, ZONE_UTC),
	    "2025-05-20 2025-05-20T06:30:00Z");
	EXPECT_EQ(when_of("2025-05-12 18:30:00", DATE_ISO, ZONE_LOCAL),
	    "2025-05-12 2025-05-12T18:30:00Z");
	EXPECT_EQ(when_of("2025-01-06", DATE_ISO, ZONE_UTC), "2025-01-06 -");
	EXPECT_EQ(when_of("06/05/2025 12:25 AM", DATE_US, ZONE_LOCAL),
	    "2025-06-05 2025-06-05T00:25:00Z");
	EXPECT_EQ(when_of("2025-01-06 18:04:12 tomorrow", DATE_ISO, ZONE_UTC),
	    "invalid date and time '2025-01-06 18:04:12 tomorrow': use "
	    "YYYY-MM-DD HH:MM:SS, with Z or an offset for UTC");
}

// Spreadsheets write 1900-01-01 (or 12/30/1899) for an empty date: a day
// track does not keep, refused like any day outside 1970..9999.
TEST_F(UtcZone, days_outside_1970_to_9999_are_refused)
{
	const std::string range = "use a day from 1970-01-01 to 9999-12-31";
	EXPECT_EQ(day_of("1900-01-01", DATE_ISO),
	    "invalid date '1900-01-01': " + range);
	EXPECT_EQ(day_of("1969-12-31", DATE_ISO),
	    "invalid date '1969-12-31': " + range);
	EXPECT_EQ(day_of("12/30/1899", DATE_US),
	    "invalid date '12/30/1899': " + range);
	EXPECT_EQ(day_of("0001-01-01", DATE_ISO),
	    "invalid date '0001-01-01': " + range);
	EXPECT_EQ(day_of("1970-01-01", DATE_ISO), "1970-01-01");
	EXPECT_EQ(day_of("9999-12-31", DATE_ISO), "9999-12-31");
	EXPECT_EQ(when_of("1969-12-31 23:00:00", DATE_ISO, ZONE_LOCAL),
	    "invalid date '1969-12-31 23:00:00': " + range);
	EXPECT_EQ(when_of("19691231T230000Z", DATE_ISO, ZONE_UTC),
	    "invalid date '19691231T230000Z': " + range);
	// An offset can carry a kept date out of the range, or into it.
	EXPECT_EQ(when_of("1970-01-01 00:30:00+01:00", DATE_ISO, ZONE_UTC),
	    "invalid date '1970-01-01 00:30:00+01:00': it is 1969-12-31 in "
	    "this time zone; " + range);
	EXPECT_EQ(when_of("1969-12-31 23:30:00-01:00", DATE_ISO, ZONE_UTC),
	    "1970-01-01 1970-01-01T00:30:00Z");
	EXPECT_EQ(when_of("1970-01-01 00:00:00Z", DATE_ISO, ZONE_UTC),
	    "1970-01-01 1970-01-01T00:00:00Z");
}

TEST(import_values, local_times_take_the_day_as_written)
{
	setenv("TZ", "America/New_York", 1);
	tzset();
	struct when w;
	ASSERT_EQ(value_when("2025-05-13 22:50:00", DATE_ISO, ZONE_LOCAL, &w),
	    nullptr);
	char day[DAY_TEXT_SIZE], instant[INSTANT_TEXT_SIZE];
	day_format(w.day, day);
	instant_format(w.instant, instant);
	EXPECT_STREQ(day, "2025-05-13");
	EXPECT_STREQ(instant, "2025-05-14T02:50:00Z");
	// A UTC instant late in the evening is the previous local day.
	ASSERT_EQ(value_when("2025-02-09T02:48:30Z", DATE_ISO, ZONE_UTC, &w),
	    nullptr);
	day_format(w.day, day);
	EXPECT_STREQ(day, "2025-02-08");
	setenv("TZ", "UTC", 1);
	tzset();
}

TEST(import_values, empty_and_booleans)
{
	EXPECT_TRUE(value_empty(""));
	EXPECT_TRUE(value_empty("  "));
	EXPECT_TRUE(value_empty("N/A"));
	EXPECT_TRUE(value_empty("n/a"));
	EXPECT_FALSE(value_empty("0"));
	bool b = false;
	EXPECT_TRUE(value_bool("Yes", &b));
	EXPECT_TRUE(b);
	EXPECT_TRUE(value_bool("false", &b));
	EXPECT_FALSE(b);
	EXPECT_FALSE(value_bool("maybe", &b));
	char text[16];
	value_format_minutes(1530, text, sizeof(text));
	EXPECT_STREQ(text, "25h30m");
	value_format_minutes(1500, text, sizeof(text));
	EXPECT_STREQ(text, "25h");
}
