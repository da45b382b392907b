#include <gtest/gtest.h>

#include <string>

extern "C" {
#include "core/duration.h"
}

static int
minutes_of(const char *text)
{
	int minutes = -1;
	struct error *err = duration_parse(text, &minutes);
	if (err != nullptr) {
		error_free(err);
		return -1;
	}
	return minutes;
}

static std::string
refusal(const char *text)
{
	int minutes = 0;
	struct error *err = duration_parse(text, &minutes);
	if (err == nullptr)
		return "";
	std::string m = err->message;
	EXPECT_EQ(err->status, 2);
	error_free(err);
	return m;
}

TEST(duration, every_form_of_the_spec)
{
	EXPECT_EQ(minutes_of("2h"), 120);
	EXPECT_EQ(minutes_of("45m"), 45);
	EXPECT_EQ(minutes_of("1h30m"), 90);
	EXPECT_EQ(minutes_of("1h 30m"), 90);
	EXPECT_EQ(minutes_of("1.5h"), 90);
	EXPECT_EQ(minutes_of("90min"), 90);
	EXPECT_EQ(minutes_of("2hrs"), 120);
	EXPECT_EQ(minutes_of("1:30"), 90);
}

TEST(duration, more_spellings)
{
	EXPECT_EQ(minutes_of("0:45"), 45);
	EXPECT_EQ(minutes_of("24h"), 1440);
	EXPECT_EQ(minutes_of("23h59m"), 1439);
	EXPECT_EQ(minutes_of("1H30M"), 90);
	EXPECT_EQ(minutes_of("2 hours"), 120);
	EXPECT_EQ(minutes_of("30 mins"), 30);
	EXPECT_EQ(minutes_of(".5h"), 30);
	EXPECT_EQ(minutes_of("1.25h"), 75);
	// 1.33h is 79.8 minutes: rounded half up to 80.
	EXPECT_EQ(minutes_of("1.33h"), 80);
	EXPECT_EQ(minutes_of("1hr"), 60);
}

TEST(duration, m_always_means_minutes)
{
	EXPECT_EQ(minutes_of("90m"), 90);
	EXPECT_EQ(minutes_of("1m"), 1);
}

TEST(duration, refusals)
{
	EXPECT_NE(refusal("90").find("ambiguous duration '90'"), std::string::npos);
	EXPECT_NE(refusal("0m").find("at least one minute"), std::string::npos);
	EXPECT_NE(refusal("0").find("duration '0'"), std::string::npos);
	EXPECT_NE(refusal("-1h").find("positive"), std::string::npos);
	EXPECT_NE(refusal("25h").find("split it into days"), std::string::npos);
	EXPECT_NE(refusal("24h1m").find("split it into days"), std::string::npos);
	EXPECT_NE(refusal("2x").find("invalid duration '2x'"), std::string::npos);
	EXPECT_NE(refusal("").find("missing duration"), std::string::npos);
	EXPECT_NE(refusal("h").find("invalid duration"), std::string::npos);
	EXPECT_NE(refusal("30m1h").find("invalid duration"), std::string::npos);
	EXPECT_NE(refusal("1:75").find("invalid duration"), std::string::npos);
	EXPECT_NE(refusal("1h h").find("invalid duration"), std::string::npos);
}

TEST(duration, format_reads_back)
{
	char out[32];
	duration_format(90, out, sizeof(out));
	EXPECT_STREQ(out, "1h30m");
	duration_format(120, out, sizeof(out));
	EXPECT_STREQ(out, "2h");
	duration_format(5, out, sizeof(out));
	EXPECT_STREQ(out, "5m");
	duration_format(65, out, sizeof(out));
	EXPECT_STREQ(out, "1h05m");
	EXPECT_EQ(minutes_of("1h05m"), 65);
}

static int
unbounded_minutes_of(const char *text)
{
	int minutes = -1;
	struct error *err = duration_parse_unbounded(text, &minutes);
	if (err != nullptr) {
		error_free(err);
		return -1;
	}
	return minutes;
}

TEST(duration, spaces_around_and_between)
{
	EXPECT_EQ(minutes_of(" 2h"), 120);
	EXPECT_EQ(minutes_of("2h "), 120);
	EXPECT_EQ(minutes_of("\t1h"), 60);
	EXPECT_EQ(minutes_of("1 h"), 60);
	EXPECT_EQ(minutes_of("1h  30m"), 90);
	EXPECT_EQ(minutes_of("1.5 hours"), 90);
	EXPECT_EQ(minutes_of("1 minute"), 1);
	EXPECT_EQ(minutes_of("2 hrs"), 120);
	EXPECT_EQ(minutes_of("1hour"), 60);
}

TEST(duration, clock_form_limits)
{
	EXPECT_EQ(minutes_of("01:30"), 90);
	EXPECT_EQ(minutes_of("24:00"), 1440);
	EXPECT_NE(refusal("24:01").find("split it into days"), std::string::npos);
	EXPECT_NE(refusal("0:00").find("at least one minute"), std::string::npos);
	EXPECT_NE(refusal("1:3").find("invalid duration '1:3'"), std::string::npos);
	EXPECT_NE(refusal("1:30:00").find("invalid duration"), std::string::npos);
	EXPECT_NE(refusal("1:30m").find("invalid duration"), std::string::npos);
	EXPECT_NE(refusal(":30").find("invalid duration"), std::string::npos);
}

TEST(duration, rounding_to_whole_minutes)
{
	EXPECT_EQ(minutes_of("0.5m"), 1);	// 30 s rounds half up
	EXPECT_EQ(minutes_of("1.5m"), 2);
	EXPECT_EQ(minutes_of("0.01h"), 1);	// 36 s
	EXPECT_NE(refusal("0.4m").find("at least one minute"), std::string::npos);
	EXPECT_NE(refusal("0.001h").find("at least one minute"), std::string::npos);
	EXPECT_EQ(minutes_of("23.99h"), 1439);	// 1439.4 minutes
	EXPECT_EQ(minutes_of("23.995h"), 1440);	// 1439.7 minutes
	EXPECT_EQ(minutes_of("24.005h"), 1440);	// 1440.3 minutes
	EXPECT_NE(refusal("24.01h").find("split it into days"), std::string::npos);
}

TEST(duration, exact_refusal_messages)
{
	EXPECT_EQ(refusal("2x"),
	    "invalid duration '2x': use 45m, 2h, 1h30m, 1.5h, 90min or 1:30");
	EXPECT_EQ(refusal("90"),
	    "ambiguous duration '90': add a unit, e.g. '90m' for minutes");
	EXPECT_EQ(refusal("2"), "ambiguous duration '2': add a unit, e.g. "
	    "'2m' for minutes or '2h' for hours");
	EXPECT_EQ(refusal("25h"),
	    "duration '25h' is over 24 hours: split it into days");
	EXPECT_EQ(refusal("0m"),
	    "invalid duration '0m': a session lasts at least one minute");
	EXPECT_EQ(refusal("-1h"), "invalid duration '-1h': a duration must be "
	    "positive; use 45m, 2h, 1h30m, 1.5h, 90min or 1:30");
	EXPECT_EQ(refusal(""),
	    "missing duration: use 45m, 2h, 1h30m, 1.5h, 90min or 1:30");
	EXPECT_EQ(refusal("   "),
	    "missing duration: use 45m, 2h, 1h30m, 1.5h, 90min or 1:30");
}

TEST(duration, zero_is_refused_as_zero_not_as_ambiguous)
{
	// Suggesting '0m' or '0h' would point at another refusal.
	EXPECT_EQ(refusal("0"),
	    "invalid duration '0': a session lasts at least one minute");
	EXPECT_EQ(refusal("0.0"),
	    "invalid duration '0.0': a session lasts at least one minute");
	EXPECT_NE(refusal("-0m").find("positive"), std::string::npos);
}

TEST(duration, garbage_is_refused)
{
	const char *bad[] = {
		"1.5.5h", "1..5h", "1.h", "1h30", "90s", "1e3m", "nan", "inf",
		"1h30m30m", "m", "1 2h", "h1", "+1h", "1h-30m", "１h", "1h\n",
		"1234567890123h",
	};
	for (const char *text : bad)
		EXPECT_NE(refusal(text).find("duration '"), std::string::npos)
		    << text << ": " << refusal(text);
	EXPECT_EQ(minutes_of(nullptr), -1);
}

TEST(duration, huge_values_stay_defined)
{
	EXPECT_NE(refusal("99999999999h").find("over 24 hours"),
	    std::string::npos);
	EXPECT_NE(refusal("999999:00").find("over 24 hours"), std::string::npos);
	EXPECT_EQ(unbounded_minutes_of("48h"), 2880);
	EXPECT_EQ(unbounded_minutes_of("999999:00"), 59999940);
	EXPECT_EQ(unbounded_minutes_of("99999999999h"), -1);	// too long
	EXPECT_EQ(unbounded_minutes_of("0m"), -1);
	EXPECT_EQ(unbounded_minutes_of("90"), -1);
}

TEST(duration, format_edges)
{
	char out[32];
	duration_format(0, out, sizeof(out));
	EXPECT_STREQ(out, "0m");
	duration_format(1440, out, sizeof(out));
	EXPECT_STREQ(out, "24h");
	duration_format(1439, out, sizeof(out));
	EXPECT_STREQ(out, "23h59m");
	duration_format(-90, out, sizeof(out));
	EXPECT_STREQ(out, "-1h30m");
	duration_format(59999940, out, sizeof(out));
	EXPECT_STREQ(out, "999999h");
	for (int m : { 1, 59, 60, 61, 119, 600, 1439, 1440 }) {
		duration_format(m, out, sizeof(out));
		EXPECT_EQ(minutes_of(out), m) << out;
	}
}
