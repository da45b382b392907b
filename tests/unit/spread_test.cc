// The placing of course time over days (importers/spread.c, FORMATS.md
// 1.2): the examples worked by hand, then the promises over many plans:
// the parts sum to the total, no day holds more than 24h, the span's
// first and last days both get time.
#include <gtest/gtest.h>

#include <string>
#include <vector>

extern "C" {
#include "core/date.h"
#include "importers/spread.h"
}

namespace {

int
day(int y, int m, int d)
{
	return day_from_civil(y, m, d);
}

// The minutes of every day of s, first to last.
std::vector<long>
parts(const struct spread &s)
{
	std::vector<long> out;
	for (int d = s.first; d <= s.last; d++)
		out.push_back(spread_minutes(&s, d));
	return out;
}

long
sum(const struct spread &s)
{
	long total = 0;
	for (long m : parts(s))
		total += m;
	return total;
}

} // namespace

// FORMATS.md's own case: 60h watched since July, last active 5 December.
// 1 July .. 5 December is 31 + 31 + 30 + 31 + 30 + 5 = 158 days; 3600 =
// 158 x 22 + 124, so the first 124 days (1 July .. 1 November) take 23
// minutes and the last 34 take 22.
TEST(spread, sixty_hours_since_july_is_about_twenty_minutes_a_day)
{
	struct spread s;
	ASSERT_TRUE(spread_plan(3600, day(2025, 7, 1), day(2025, 12, 5), 90,
	    DAY_FIRST, &s));
	EXPECT_EQ(s.first, day(2025, 7, 1));
	EXPECT_EQ(s.last, day(2025, 12, 5));
	EXPECT_EQ(spread_days(&s), 158);
	EXPECT_EQ(spread_minutes(&s, day(2025, 7, 1)), 23);
	EXPECT_EQ(spread_minutes(&s, day(2025, 11, 1)), 23);
	EXPECT_EQ(spread_minutes(&s, day(2025, 11, 2)), 22);
	EXPECT_EQ(spread_minutes(&s, day(2025, 12, 5)), 22);
	EXPECT_EQ(spread_minutes(&s, day(2025, 6, 30)), 0);
	EXPECT_EQ(spread_minutes(&s, day(2025, 12, 6)), 0);
	EXPECT_EQ(sum(s), 3600);
}

// Udemy's Django row: started 6 January, last active 23 February (49
// days); 1319 = 49 x 26 + 45: 27 minutes to 19 February, then 26.
TEST(spread, udemy_django_row)
{
	struct spread s;
	ASSERT_TRUE(spread_plan(1319, day(2025, 1, 6), day(2025, 2, 23), 90,
	    DAY_FIRST, &s));
	EXPECT_EQ(spread_days(&s), 49);
	EXPECT_EQ(spread_minutes(&s, day(2025, 1, 6)), 27);
	EXPECT_EQ(spread_minutes(&s, day(2025, 2, 19)), 27);
	EXPECT_EQ(spread_minutes(&s, day(2025, 2, 20)), 26);
	EXPECT_EQ(spread_minutes(&s, day(2025, 2, 23)), 26);
	EXPECT_EQ(sum(s), 1319);
}

// A span of two days is a span: shared, not pushed back at 90 a day.
TEST(spread, two_days_share_evenly)
{
	struct spread s;
	ASSERT_TRUE(spread_plan(301, day(2025, 3, 13), day(2025, 3, 14), 90,
	    DAY_FIRST, &s));
	EXPECT_EQ(parts(s), (std::vector<long>{ 151, 150 }));
}

// Fewer minutes than days: a minute on each of the first days.
TEST(spread, fewer_minutes_than_days)
{
	struct spread s;
	ASSERT_TRUE(spread_plan(3, day(2025, 3, 1), day(2025, 3, 10), 90,
	    DAY_FIRST, &s));
	EXPECT_EQ(parts(s), (std::vector<long>{ 1, 1, 1, 0, 0, 0, 0, 0, 0,
	    0 }));
	EXPECT_EQ(spread_days(&s), 3);
}

// A span of one day, or none: 90 a day backwards, the earliest the rest.
TEST(spread, one_day_or_none_goes_backwards_at_the_day_minutes)
{
	struct spread s;
	ASSERT_TRUE(spread_plan(200, day(2025, 3, 14), day(2025, 3, 14), 90,
	    DAY_FIRST, &s));
	EXPECT_EQ(s.first, day(2025, 3, 12));
	EXPECT_EQ(parts(s), (std::vector<long>{ 20, 90, 90 }));
	ASSERT_TRUE(spread_plan(200, DAY_NONE, day(2025, 3, 14), 90, DAY_FIRST,
	    &s));
	EXPECT_EQ(parts(s), (std::vector<long>{ 20, 90, 90 }));
	ASSERT_TRUE(spread_plan(90, DAY_NONE, day(2025, 3, 14), 90, DAY_FIRST,
	    &s));
	EXPECT_EQ(parts(s), (std::vector<long>{ 90 }));
	EXPECT_EQ(s.first, day(2025, 3, 14));
	ASSERT_TRUE(spread_plan(200, DAY_NONE, day(2025, 3, 14), 60, DAY_FIRST,
	    &s));
	EXPECT_EQ(parts(s), (std::vector<long>{ 20, 60, 60, 60 }));
}

// Completion before enrolment: a span that runs backwards is none.
TEST(spread, a_span_running_backwards_is_no_span)
{
	struct spread s;
	ASSERT_TRUE(spread_plan(100, day(2025, 3, 20), day(2025, 3, 14), 90,
	    DAY_FIRST, &s));
	EXPECT_EQ(s.first, day(2025, 3, 13));
	EXPECT_EQ(parts(s), (std::vector<long>{ 10, 90 }));
}

// More than 24h a day over the span: it reaches back until it fits.
TEST(spread, never_more_than_a_day_on_a_day)
{
	struct spread s;
	ASSERT_TRUE(spread_plan(3000, day(2025, 3, 13), day(2025, 3, 14), 90,
	    DAY_FIRST, &s));
	EXPECT_EQ(s.first, day(2025, 3, 12));
	EXPECT_EQ(parts(s), (std::vector<long>{ 1000, 1000, 1000 }));
	ASSERT_TRUE(spread_plan(2880, day(2025, 3, 13), day(2025, 3, 14), 90,
	    DAY_FIRST, &s));
	EXPECT_EQ(parts(s), (std::vector<long>{ 1440, 1440 }));
	// The setting cannot ask for more than a day a day.
	ASSERT_TRUE(spread_plan(3000, DAY_NONE, day(2025, 3, 14), 5000,
	    DAY_FIRST, &s));
	EXPECT_EQ(parts(s), (std::vector<long>{ 120, 1440, 1440 }));
}

// Near 1970-01-01 the plan squeezes into the days there are.
TEST(spread, never_before_the_floor)
{
	struct spread s;
	ASSERT_TRUE(spread_plan(500, DAY_NONE, 2, 90, DAY_FIRST, &s));
	EXPECT_EQ(s.first, 0);
	EXPECT_EQ(parts(s), (std::vector<long>{ 167, 167, 166 }));
	EXPECT_FALSE(spread_plan(3 * 1440 + 1, DAY_NONE, 2, 90, DAY_FIRST, &s));
	EXPECT_EQ(spread_days(&s), 0);
	EXPECT_TRUE(spread_plan(3 * 1440, DAY_NONE, 2, 90, DAY_FIRST, &s));
	EXPECT_EQ(parts(s), (std::vector<long>{ 1440, 1440, 1440 }));
	EXPECT_FALSE(spread_plan(0, DAY_NONE, 2, 90, DAY_FIRST, &s));
}

// Over many plans: the sum is exact, no day holds more than 1440 or less
// than nothing, and the span's ends are inclusive.
TEST(spread, sums_exact_days_bounded_ends_inclusive)
{
	const long totals[] = { 1, 2, 59, 89, 90, 91, 1319, 1440, 1441, 2881,
		3600, 10000, 100000 };
	const int spans[] = { -5, 0, 1, 2, 3, 7, 30, 158, 400 };
	const int per_day[] = { 1, 25, 90, 1440 };
	int end = day(2025, 12, 5);

	for (long total : totals)
		for (int span : spans)
			for (int d : per_day) {
				struct spread s;
				int begin = end - span + 1;
				SCOPED_TRACE(std::to_string(total) + " min, span " +
				    std::to_string(span) + ", " + std::to_string(d));
				ASSERT_TRUE(spread_plan(total, begin, end, d,
				    DAY_FIRST, &s));
				EXPECT_EQ(sum(s), total);
				EXPECT_EQ(s.last, end);
				for (long m : parts(s)) {
					EXPECT_LE(m, 1440);
					EXPECT_GE(m, 0);
				}
				EXPECT_GT(spread_minutes(&s, s.first), 0);
				if (s.base > 0) {
					EXPECT_GT(spread_minutes(&s, end), 0);
				}
				if (span >= 2 && total <= 1440L * span) {
					EXPECT_EQ(s.first, begin);
				}
			}
}
