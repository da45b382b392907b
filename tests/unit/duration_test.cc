#include <gtest/gtest.h>

#include <string>

extern "C" {
#include "duration.h"
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
