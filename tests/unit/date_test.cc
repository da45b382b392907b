// Days, weeks, user dates, instants and clock times (tracker/date.c).
// Every expected value is written out by hand (checked against a calendar),
// never computed with the code under test.
#include <gtest/gtest.h>

#include <stdlib.h>
#include <time.h>

#include <string>

extern "C" {
#include "core/date.h"
}

namespace {

// Sets TZ for one test and restores the previous value afterwards.
class ScopedTz {
public:
	explicit ScopedTz(const char *tz)
	{
		const char *old = getenv("TZ");
		had_ = old != nullptr;
		if (had_)
			old_ = old;
		setenv("TZ", tz, 1);
		tzset();
	}
	~ScopedTz()
	{
		if (had_)
			setenv("TZ", old_.c_str(), 1);
		else
			unsetenv("TZ");
		tzset();
	}
	ScopedTz(const ScopedTz &) = delete;
	ScopedTz &operator=(const ScopedTz &) = delete;

private:
	bool had_;
	std::string old_;
};

const int kSunday20261122 = 20779;	// 2026-11-22, a Sunday
const int kMonday20261123 = 20780;	// 2026-11-23, a Monday

std::string
civil(int day)
{
	int y = 0, m = 0, d = 0;
	day_to_civil(day, &y, &m, &d);
	char text[32];
	snprintf(text, sizeof(text), "%04d-%02d-%02d", y, m, d);
	return text;
}

std::string
formatted(int day)
{
	char out[DAY_TEXT_SIZE];
	day_format(day, out);
	return out;
}

std::string
instant_text(time_t t)
{
	char out[INSTANT_TEXT_SIZE];
	instant_format(t, out);
	return out;
}

// The day date_parse reads, or -99999 when it refuses.
int
parsed(const char *text, int today)
{
	int day = -99999;
	struct error *err = date_parse(text, today, &day);
	if (err != nullptr) {
		error_free(err);
		return -99999;
	}
	return day;
}

// date_parse's refusal: its status and message ("" when accepted).
std::string
refusal(const char *text, int today, int *status)
{
	int day = 0;
	struct error *err = date_parse(text, today, &day);
	if (err == nullptr)
		return "";
	std::string m = err->message;
	*status = err->status;
	error_free(err);
	return m;
}

// The instant instant_parse reads, or -1 when it refuses.
long long
instant_of(const char *text)
{
	time_t t = 0;
	return instant_parse(text, &t) ? (long long)t : -1;
}

std::string
clock_of(const char *text)
{
	int h = -1, m = -1, s = -1;
	if (!clock_parse(text, &h, &m, &s))
		return "refused";
	char out[32];
	snprintf(out, sizeof(out), "%d:%d:%d", h, m, s);
	return out;
}

TEST(date, civil_round_trips)
{
	EXPECT_EQ(day_from_civil(1970, 1, 1), 0);
	EXPECT_EQ(day_from_civil(1969, 12, 31), -1);
	EXPECT_EQ(day_from_civil(2000, 2, 29), 11016);
	EXPECT_EQ(day_from_civil(2024, 2, 29), 19782);
	EXPECT_EQ(day_from_civil(2100, 2, 28), 47540);
	EXPECT_EQ(day_from_civil(2100, 3, 1), 47541);	// 2100 is no leap year
	EXPECT_EQ(day_from_civil(1900, 1, 1), -25567);
	EXPECT_EQ(day_from_civil(2026, 11, 22), kSunday20261122);
	EXPECT_EQ(civil(0), "1970-01-01");
	EXPECT_EQ(civil(-1), "1969-12-31");
	EXPECT_EQ(civil(11016), "2000-02-29");
	EXPECT_EQ(civil(19782), "2024-02-29");
	EXPECT_EQ(civil(47540), "2100-02-28");
	EXPECT_EQ(civil(47541), "2100-03-01");
	EXPECT_EQ(civil(-25567), "1900-01-01");
	EXPECT_EQ(civil(2932896), "9999-12-31");
}

// Beyond what YYYY-MM-DD can write, the nearest day it can: never a day
// of another month (10000-01-02 was written 9999-01-02).
TEST(date, format_keeps_to_years_0_to_9999)
{
	EXPECT_EQ(formatted(2932897), "9999-12-31");	// 10000-01-01
	EXPECT_EQ(formatted(2932898), "9999-12-31");
	EXPECT_EQ(formatted(-719528), "0000-01-01");
	EXPECT_EQ(formatted(-719529), "0000-01-01");	// -0001-12-31
	EXPECT_EQ(formatted(INT_MAX), "9999-12-31");
	EXPECT_EQ(formatted(DAY_NONE), "0000-01-01");
}

// A range's open side reaches the first or last day a row can hold, so
// BETWEEN leaves no row out; a given side is that day.
TEST(date, span_format_opens_to_the_writable_ends)
{
	struct day_span_text open = day_span_format(false, 5, false, 5);
	struct day_span_text given = day_span_format(true, 0, true, 31);

	EXPECT_STREQ(open.since, "0000-01-01");
	EXPECT_STREQ(open.until, "9999-12-31");
	EXPECT_STREQ(given.since, "1970-01-01");
	EXPECT_STREQ(given.until, "1970-02-01");
}

TEST(date, weekdays_start_on_monday)
{
	EXPECT_EQ(day_weekday(0), 3);		// 1970-01-01, a Thursday
	EXPECT_EQ(day_weekday(-1), 2);		// 1969-12-31, a Wednesday
	EXPECT_EQ(day_weekday(kSunday20261122), 6);
	EXPECT_EQ(day_weekday(kMonday20261123), 0);
	EXPECT_EQ(day_weekday(11016), 1);	// 2000-02-29, a Tuesday
	EXPECT_EQ(day_week_start(kSunday20261122), 20773);	// 2026-11-16
	EXPECT_EQ(day_week_start(kMonday20261123), kMonday20261123);
	EXPECT_EQ(day_month_start(kSunday20261122), 20758);	// 2026-11-01
}

TEST(date, iso_weeks_at_year_edges)
{
	struct {
		int day, year, week;
	} cases[] = {
		{ 20818, 2026, 53 },	// 2026-12-31, a Thursday
		{ 20819, 2026, 53 },	// 2027-01-01 still belongs to 2026
		{ 18630, 2020, 53 },	// 2021-01-03, a Sunday
		{ 20087, 2025, 1 },	// 2024-12-30, a Monday
		{ 20454, 2026, 1 },	// 2026-01-01, a Thursday
		{ kSunday20261122, 2026, 47 },
		{ -1, 1970, 1 },	// 1969-12-31 is in 1970's first week
	};
	for (const auto &c : cases) {
		int year = 0, week = 0;
		day_iso_week(c.day, &year, &week);
		EXPECT_EQ(year, c.year) << civil(c.day);
		EXPECT_EQ(week, c.week) << civil(c.day);
	}
}

TEST(date, add_months_across_year_ends)
{
	EXPECT_EQ(day_add_months(kSunday20261122, 0), 20758);	// 2026-11-01
	EXPECT_EQ(day_add_months(kSunday20261122, 1), 20788);	// 2026-12-01
	EXPECT_EQ(day_add_months(kSunday20261122, 2), 20819);	// 2027-01-01
	EXPECT_EQ(day_add_months(kSunday20261122, 13), 21153);	// 2027-12-01
	EXPECT_EQ(day_add_months(kSunday20261122, -11), 20423);	// 2025-12-01
	EXPECT_EQ(day_add_months(kSunday20261122, -23), 20058);	// 2024-12-01
	EXPECT_EQ(day_add_months(20484, 1), 20485);		// 2026-01-31 + 1
	EXPECT_EQ(day_add_months(20484, -1), 20423);		// 2026-01-31 - 1
	EXPECT_EQ(day_add_months(19782, 1), 19782 + 1);		// 2024-03-01
	EXPECT_EQ(day_add_months(-1, 1), 0);			// to 1970-01-01
	EXPECT_EQ(day_add_months(-1, -1), -61);			// 1969-11-01
}

TEST(date, format_and_strict_iso)
{
	EXPECT_EQ(formatted(kSunday20261122), "2026-11-22");
	EXPECT_EQ(formatted(0), "1970-01-01");
	EXPECT_EQ(formatted(19782), "2024-02-29");
	int day = 0;
	EXPECT_TRUE(day_parse_iso("2024-02-29", &day));
	EXPECT_EQ(day, 19782);
	const char *bad[] = {
		"2026-02-29", "2026-13-01", "2026-00-10", "2026-11-31",
		"2026-1-22", "2026-11-2", "2026-11-22x", "2026/11/22",
		"+026-11-22", "1899-12-31", "", "2100-02-29",
	};
	for (const char *text : bad)
		EXPECT_FALSE(day_parse_iso(text, &day)) << text;
	EXPECT_FALSE(day_parse_iso(nullptr, &day));
}

TEST(date, parse_words_and_relative_days)
{
	int today = kSunday20261122;
	EXPECT_EQ(parsed("today", today), today);
	EXPECT_EQ(parsed("Today", today), today);
	EXPECT_EQ(parsed("yesterday", today), 20778);
	EXPECT_EQ(parsed("2026-11-01", today), 20758);
	EXPECT_EQ(parsed("2026-11-22", today), today);
	EXPECT_EQ(parsed("2024-02-29", today), 19782);
	EXPECT_EQ(parsed("-3d", today), 20776);
	EXPECT_EQ(parsed("3d ago", today), 20776);
	EXPECT_EQ(parsed("3 days ago", today), 20776);
	EXPECT_EQ(parsed("1 day ago", today), 20778);
	EXPECT_EQ(parsed("0d ago", today), today);
	EXPECT_EQ(parsed("-10d", today), 20769);
	EXPECT_EQ(parsed("3 Days Ago", today), 20776);	// case as for "today"
	EXPECT_EQ(parsed("-3D", today), 20776);
}

TEST(date, weekday_names_follow_day_weekday)
{
	// 2026-11-23 is a Monday: the names run from it, a day each.
	EXPECT_STREQ(weekday_names[day_weekday(kMonday20261123)], "Monday");
	EXPECT_STREQ(weekday_names[day_weekday(kMonday20261123 + 3)],
	    "Thursday");
	EXPECT_STREQ(weekday_names[day_weekday(kSunday20261122)], "Sunday");
}

TEST(date, weekday_names_mean_the_last_one_before_today)
{
	// Today is a Sunday.
	EXPECT_EQ(parsed("monday", kSunday20261122), 20773);	// 2026-11-16
	EXPECT_EQ(parsed("mon", kSunday20261122), 20773);
	EXPECT_EQ(parsed("Saturday", kSunday20261122), 20778);
	EXPECT_EQ(parsed("fri", kSunday20261122), 20777);
	EXPECT_EQ(parsed("sunday", kSunday20261122), 20772);	// a week back
	EXPECT_EQ(parsed("SUN", kSunday20261122), 20772);
	// Today is a Monday: "monday" is seven days back, never today.
	EXPECT_EQ(parsed("monday", kMonday20261123), 20773);
	EXPECT_EQ(parsed("mon", kMonday20261123), 20773);
	EXPECT_EQ(parsed("sunday", kMonday20261123), kSunday20261122);
	EXPECT_EQ(parsed("tue", kMonday20261123), 20774);
}

TEST(date, parse_refusals_quote_the_value)
{
	int today = kSunday20261122;
	int status = 0;
	std::string m = refusal("2026-11-23", today, &status);
	EXPECT_EQ(status, 2);
	EXPECT_EQ(m, "date '2026-11-23' is in the future: today is 2026-11-22");
	const char *invalid[] = {
		"2026-02-29", "2026-13-01", "garbage", "next week", "-x d",
		"tomorrow", "3 weeks ago", "-3", "mond", "2026-11-22 ",
	};
	for (const char *text : invalid) {
		status = 0;
		m = refusal(text, today, &status);
		EXPECT_EQ(status, 2) << text;
		EXPECT_NE(m.find(std::string("invalid date '") + text + "'"),
		    std::string::npos) << m;
		EXPECT_NE(m.find("YYYY-MM-DD"), std::string::npos) << m;
	}
	status = 0;
	m = refusal("", today, &status);
	EXPECT_EQ(status, 2);
	EXPECT_EQ(m.rfind("missing date: ", 0), 0u) << m;
	status = 0;
	m = refusal("999999999d ago", today, &status);
	EXPECT_EQ(status, 2);
	EXPECT_NE(m.find("'999999999d ago'"), std::string::npos) << m;
}

TEST(date, parse_keeps_days_from_1970_to_9999)
{
	const std::string range = "use a day from 1970-01-01 to 9999-12-31";
	const int last = 2932896;	// 9999-12-31
	int status = 0;
	EXPECT_EQ(parsed("1970-01-01", kSunday20261122), 0);
	EXPECT_EQ(parsed("9999-12-31", last), last);
	EXPECT_EQ(parsed("yesterday", 1), 0);
	EXPECT_EQ(parsed("1d ago", 1), 0);
	EXPECT_EQ(DAY_FIRST, 0);
	EXPECT_EQ(DAY_LAST, last);
	const char *outside[] = {
		"1969-12-31", "1900-01-01", "1899-12-31", "0000-01-01",
		"10000-01-01", "123456789-01-01", "99999-12-31",
	};
	for (const char *text : outside) {
		status = 0;
		EXPECT_EQ(refusal(text, last, &status), std::string("invalid "
		    "date '") + text + "': " + range);
		EXPECT_EQ(status, 2) << text;
	}
	// Relative dates reaching before 1970.
	EXPECT_EQ(refusal("yesterday", 0, &status),
	    "invalid date 'yesterday': " + range);
	EXPECT_EQ(refusal("-1d", 0, &status), "invalid date '-1d': " + range);
	EXPECT_EQ(refusal("thursday", 0, &status),
	    "invalid date 'thursday': " + range);
	EXPECT_EQ(refusal("20780 days ago", kSunday20261122, &status),
	    "invalid date '20780 days ago': " + range);
	EXPECT_EQ(parsed("20779 days ago", kSunday20261122), 0);
	// Not a date at all, whatever the year's length.
	for (const char *text : { "10000-02-30", "10000-1-01", "1234567890-01-01",
	    "10000-01-01x" }) {
		EXPECT_NE(refusal(text, last, &status).find("YYYY-MM-DD"),
		    std::string::npos) << text;
	}
}

TEST(date, date_text_out_of_range_reads_any_year)
{
	EXPECT_TRUE(date_text_out_of_range("1969-12-31"));
	EXPECT_TRUE(date_text_out_of_range("1969-12-31 10:00"));
	EXPECT_TRUE(date_text_out_of_range("10000-01-01T10:00:00Z"));
	EXPECT_TRUE(date_text_out_of_range("0999-01-01"));
	EXPECT_FALSE(date_text_out_of_range("1970-01-01 10:00"));
	EXPECT_FALSE(date_text_out_of_range("9999-12-31"));
	EXPECT_FALSE(date_text_out_of_range("1969-02-30"));	// not a date
	EXPECT_FALSE(date_text_out_of_range("10:00"));
	EXPECT_FALSE(date_text_out_of_range(""));
	EXPECT_FALSE(date_text_out_of_range(nullptr));
}

TEST(date, instants_parse_with_offsets)
{
	const long long nine_thirty = 1795339800;	// 2026-11-22T09:30:00Z
	EXPECT_EQ(instant_of("2026-11-22T09:30:00Z"), nine_thirty);
	EXPECT_EQ(instant_of("2026-11-22T09:30:00z"), nine_thirty);
	EXPECT_EQ(instant_of("2026-11-22 09:30:00Z"), nine_thirty);
	EXPECT_EQ(instant_of("2026-11-22T09:30Z"), nine_thirty);
	EXPECT_EQ(instant_of("2026-11-22T10:30:00+01:00"), nine_thirty);
	EXPECT_EQ(instant_of("2026-11-22T04:00:00-0530"), nine_thirty);
	EXPECT_EQ(instant_of("2026-11-22T00:30:00-09:00"), nine_thirty);
	EXPECT_EQ(instant_of("1970-01-01T00:00:00Z"), 0);
	const char *bad[] = {
		"", "garbage", "2026-11-22", "2026-11-22T",
		"2026-02-30T09:30:00Z", "2026-11-22T24:00:00Z",
		"2026-11-22T09:60:00Z", "2026-11-22T09:30:00+1:00",
		"2026-11-22T09:30:00+01", "2026-11-22T09:30:00+01:60",
		"2026-11-22T09:30:00+-1:00", "2026-11-22T09:30:00+ 1:00",
		"2026-11-22T09:30:00+01:-5", "2026-11-22T09:30:00+0a:00",
		"2026-11-22T09:30:00Zjunk", "2026-11-22T09:30:00.5Z",
		"2026-11-22x09:30:00Z",
	};
	for (const char *text : bad)
		EXPECT_EQ(instant_of(text), -1) << text;
}

TEST(date, instants_without_offset_are_local)
{
	ScopedTz tz("Europe/Berlin");
	EXPECT_EQ(instant_of("2026-11-22T10:30:00"), 1795339800);
	EXPECT_EQ(instant_of("2026-11-22T10:30"), 1795339800);
	// 02:30 on 2026-03-29 does not exist in Berlin: it moves forward.
	EXPECT_EQ(instant_of("2026-03-29T02:30:00"), 1774747800);
}

TEST(date, instant_format_is_utc_iso)
{
	ScopedTz tz("America/New_York");
	EXPECT_EQ(instant_text(0), "1970-01-01T00:00:00Z");
	EXPECT_EQ(instant_text(1795339800), "2026-11-22T09:30:00Z");
	EXPECT_EQ(instant_text(1709204400), "2024-02-29T11:00:00Z");
	// Out of range instants still give a well-formed text.
	EXPECT_EQ(instant_text((time_t)253402300799LL), "9999-12-31T23:59:59Z");
	EXPECT_EQ(instant_text((time_t)999999999999999LL), "9999-12-31T23:59:59Z");
	EXPECT_EQ(instant_text((time_t)-99999999999999LL), "0000-01-01T00:00:00Z");
}

TEST(date, new_york_days_across_dst)
{
	ScopedTz tz("America/New_York");
	const int mar7 = 20519, mar8 = 20520, nov1 = 20758;
	EXPECT_EQ(instant_of_local(mar8, 0, 0, 0), 1772946000);	// 05:00Z
	EXPECT_EQ(instant_of_local(mar8 + 1, 0, 0, 0), 1773028800);	// 04:00Z
	EXPECT_EQ(instant_of_local(mar8 + 1, 0, 0, 0) -
	    instant_of_local(mar8, 0, 0, 0), 82800);
	EXPECT_EQ(instant_of_local(nov1 + 1, 0, 0, 0) -
	    instant_of_local(nov1, 0, 0, 0), 90000);
	EXPECT_EQ(instant_of_local(mar7 + 1, 0, 0, 0) -
	    instant_of_local(mar7, 0, 0, 0), 86400);
	// 02:30 does not exist on 2026-03-08: it becomes 03:30 EDT.
	time_t gap = instant_of_local(mar8, 2, 30, 0);
	EXPECT_EQ(instant_text(gap), "2026-03-08T07:30:00Z");
	EXPECT_EQ(day_of_instant(gap), mar8);
	// 23:30 local on 2026-03-07 is already 2026-03-08 in UTC.
	time_t late = instant_of_local(mar7, 23, 30, 0);
	EXPECT_EQ(instant_text(late), "2026-03-08T04:30:00Z");
	EXPECT_EQ(day_of_instant(late), mar7);
	// The repeated hour of 2026-11-01 maps to one of its two instants.
	time_t fold = instant_of_local(nov1, 1, 30, 0);
	EXPECT_TRUE(fold == 1793511000 || fold == 1793514600) << fold;
	EXPECT_EQ(day_of_instant(fold), nov1);
	EXPECT_EQ(day_of_instant(1793507400), nov1);		// 00:30 EDT
	EXPECT_EQ(day_of_instant(1793505599), nov1 - 1);	// 23:59:59 EDT
}

TEST(date, berlin_days_across_dst)
{
	ScopedTz tz("Europe/Berlin");
	const int mar29 = 20541, oct25 = 20751;
	EXPECT_EQ(instant_of_local(mar29 + 1, 0, 0, 0) -
	    instant_of_local(mar29, 0, 0, 0), 82800);
	EXPECT_EQ(instant_of_local(oct25 + 1, 0, 0, 0) -
	    instant_of_local(oct25, 0, 0, 0), 90000);
	time_t gap = instant_of_local(mar29, 2, 30, 0);
	EXPECT_EQ(instant_text(gap), "2026-03-29T01:30:00Z");
	EXPECT_EQ(day_of_instant(gap), mar29);
	EXPECT_EQ(day_of_instant(1795339800), kSunday20261122);
}

TEST(date, leap_days_in_local_time)
{
	ScopedTz tz("Europe/Berlin");
	time_t noon = instant_of_local(19782, 12, 0, 0);	// 2024-02-29
	EXPECT_EQ(instant_text(noon), "2024-02-29T11:00:00Z");
	EXPECT_EQ(day_of_instant(noon), 19782);
	ScopedTz ny("America/New_York");
	time_t late = instant_of_local(19782, 23, 30, 0);
	EXPECT_EQ(instant_text(late), "2024-03-01T04:30:00Z");
	EXPECT_EQ(day_of_instant(late), 19782);
	EXPECT_EQ(day_of_instant(late + 1800), 19783);		// 2024-03-01
}

TEST(date, day_of_instant_survives_absurd_instants)
{
	ScopedTz tz("UTC");
	EXPECT_EQ(day_of_instant(0), 0);
	EXPECT_EQ(day_of_instant(-1), -1);
	// Beyond year 9999 (or what localtime can represent): the last day.
	EXPECT_EQ(day_of_instant((time_t)0x7fffffffffffffffLL), 2932896);
	EXPECT_EQ(day_of_instant((time_t)60000000000000000LL), 2932896);
	EXPECT_EQ(day_of_instant((time_t)-0x7fffffffffffffffLL), -719528);
}

TEST(date, clock_times)
{
	EXPECT_EQ(clock_of("9:05"), "9:5:0");
	EXPECT_EQ(clock_of("09:05"), "9:5:0");
	EXPECT_EQ(clock_of("00:00"), "0:0:0");
	EXPECT_EQ(clock_of("23:59:59"), "23:59:59");
	EXPECT_EQ(clock_of("9:05:07"), "9:5:7");
	const char *bad[] = {
		"24:00", "12:60", "1:5", "", "12:-5", "12:-5:30", "12: 5",
		"12: 5:30", " 9:05", "9:05 ", "12:05:60", "123:00", "9:05:3",
		"9.05", "+9:05", "9:+5", "12:05:", "12", ":30", "1:2:3",
		"12:05:07:01",
	};
	for (const char *text : bad)
		EXPECT_EQ(clock_of(text), "refused") << "'" << text << "'";
	int h, m, s;
	EXPECT_FALSE(clock_parse(nullptr, &h, &m, &s));
}

// What clock_read reads of text with forms: seconds since midnight and
// the rest, or "refused".
std::string
clock_read_of(const char *text, unsigned forms)
{
	const char *p = text;
	int seconds = -1;
	if (!clock_read(&p, forms, &seconds))
		return p == text ? "refused" : "refused, moved";
	return std::to_string(seconds) + "|" + p;
}

TEST(date, clock_read_takes_the_forms_asked_for)
{
	const unsigned all = DATE_FORM_SHORT_PARTS | DATE_FORM_FRACTION |
	    DATE_FORM_12_HOUR;
	EXPECT_EQ(clock_read_of("9:05 rest", 0), "32700| rest");
	EXPECT_EQ(clock_read_of("9:5", 0), "refused");
	EXPECT_EQ(clock_read_of("9:5:7", DATE_FORM_SHORT_PARTS), "32707|");
	EXPECT_EQ(clock_read_of("09:05:07.250Z", 0), "32707|.250Z");
	EXPECT_EQ(clock_read_of("09:05:07.250Z", DATE_FORM_FRACTION),
	    "32707|Z");
	EXPECT_EQ(clock_read_of("9:30 PM", 0), "34200| PM");
	EXPECT_EQ(clock_read_of("9:30 PM", all), "77400|");
	EXPECT_EQ(clock_read_of("12:05 am", all), "300|");
	EXPECT_EQ(clock_read_of("12:05pm+01", all), "43500|+01");
	EXPECT_EQ(clock_read_of("13:05 PM", all), "refused");
	EXPECT_EQ(clock_read_of("0:05 AM", all), "refused");
	EXPECT_EQ(clock_read_of("9:05 AMX", all), "refused");
	EXPECT_EQ(clock_read_of("24:00", all), "refused");
}

// What date_read_iso reads: the date and the rest, or "refused".
std::string
iso_read_of(const char *text, unsigned forms)
{
	const char *p = text;
	long y = -1;
	int m = -1, d = -1;
	if (!date_read_iso(&p, forms, &y, &m, &d))
		return p == text ? "refused" : "refused, moved";
	return std::to_string(y) + "/" + std::to_string(m) + "/" +
	    std::to_string(d) + "|" + p;
}

TEST(date, date_read_iso_takes_the_forms_asked_for)
{
	EXPECT_EQ(iso_read_of("2025-01-05T09:00", 0), "2025/1/5|T09:00");
	EXPECT_EQ(iso_read_of("2025-1-5", 0), "refused");
	EXPECT_EQ(iso_read_of("2025-1-5 9:00", DATE_FORM_SHORT_PARTS),
	    "2025/1/5| 9:00");
	EXPECT_EQ(iso_read_of("2025-001-05", DATE_FORM_SHORT_PARTS), "refused");
	EXPECT_EQ(iso_read_of("12025-01-05", 0), "refused");
	EXPECT_EQ(iso_read_of("12025-01-05", DATE_FORM_WIDE_YEAR),
	    "12025/1/5|");
	EXPECT_EQ(iso_read_of("2024-02-29", 0), "2024/2/29|");
	EXPECT_EQ(iso_read_of("2025-02-29", 0), "refused");
	EXPECT_EQ(iso_read_of("2025-01-051", 0), "refused");
}

TEST(date, offset_parse_takes_the_forms_asked_for)
{
	const unsigned words = DATE_FORM_UTC_WORDS, hours =
	    DATE_FORM_OFFSET_HOURS;
	long off = 1;
	EXPECT_TRUE(offset_parse("Z", 0, &off));
	EXPECT_EQ(off, 0);
	EXPECT_TRUE(offset_parse("-05:30", 0, &off));
	EXPECT_EQ(off, -19800);
	EXPECT_TRUE(offset_parse("+0100", 0, &off));
	EXPECT_EQ(off, 3600);
	EXPECT_FALSE(offset_parse("UTC", 0, &off));
	EXPECT_FALSE(offset_parse("Z ", 0, &off));
	EXPECT_FALSE(offset_parse("+05", 0, &off));
	off = 1;
	EXPECT_TRUE(offset_parse("utc ", words, &off));
	EXPECT_EQ(off, 0);
	EXPECT_TRUE(offset_parse("GMT", words, &off));
	EXPECT_TRUE(offset_parse("+05", hours, &off));
	EXPECT_EQ(off, 18000);
	EXPECT_FALSE(offset_parse("+24:00", hours, &off));
	EXPECT_FALSE(offset_parse("+05:60", hours, &off));
	EXPECT_FALSE(offset_parse("+05:00 ", words | hours, &off));
}

TEST(date, slash_dates_read_in_the_order_asked_for)
{
	const char *text = "04/05/2025 9:00", *p = text;
	int day = -1;
	ASSERT_TRUE(date_read_slash(&p, false, &day));
	EXPECT_EQ(day, day_from_civil(2025, 4, 5));
	EXPECT_STREQ(p, " 9:00");
	p = text;
	ASSERT_TRUE(date_read_slash(&p, true, &day));
	EXPECT_EQ(day, day_from_civil(2025, 5, 4));
	p = "29/04/2025";
	EXPECT_FALSE(date_read_slash(&p, false, &day));
	EXPECT_TRUE(date_read_slash(&p, true, &day));
	for (const char *bad : { "1/1/0000", "1/1/202", "1/1/20250", "1//2025",
	    "001/1/2025", "2/30/2025" }) {
		p = bad;
		EXPECT_FALSE(date_read_slash(&p, false, &day)) << bad;
		EXPECT_EQ(p, bad);
	}
}

TEST(date, slash_order_is_what_a_part_over_12_shows)
{
	EXPECT_EQ(date_slash_order("29/04/2025"), SLASH_DMY);
	EXPECT_EQ(date_slash_order("04/29/2025"), SLASH_MDY);
	EXPECT_EQ(date_slash_order("05/04/2025"), SLASH_AMBIGUOUS);
	EXPECT_EQ(date_slash_order("04/04/2025"), SLASH_NONE);
	EXPECT_EQ(date_slash_order("29/30/2025"), SLASH_NONE);
	EXPECT_EQ(date_slash_order("2025-04-29"), SLASH_NONE);
}

} // namespace
