// The dates of a course row settled (importers/coursedays.h): a start is
// never after the completion, an archive with no start column starts a
// course on its earlier date (which begins no span), and the platforms'
// placeholders for removed courses are recognised by their prefix.
#include <gtest/gtest.h>

extern "C" {
#include "importers/coursedays.h"
#include "core/date.h"
}

namespace {

int
day(int y, int m, int d)
{
	return day_from_civil(y, m, d);
}

struct course_days
settled(int started, int activity, int completed, bool start_column)
{
	struct course_days d = { started, activity, completed, 0 };
	course_days_settle(&d, start_column);
	return d;
}

} // namespace

// LinkedIn: watched again on 5 March after completing on 26 January.
TEST(coursedays, no_start_column_starts_on_the_earlier_date)
{
	struct course_days d = settled(DAY_NONE, day(2025, 3, 5),
	    day(2025, 1, 26), false);
	EXPECT_EQ(d.started, day(2025, 1, 26));
	EXPECT_EQ(d.activity, day(2025, 3, 5));
	EXPECT_EQ(d.begin, DAY_NONE);
	d = settled(DAY_NONE, day(2025, 2, 1), day(2025, 2, 9), false);
	EXPECT_EQ(d.started, day(2025, 2, 1));
	d = settled(DAY_NONE, day(2025, 4, 12), DAY_NONE, false);
	EXPECT_EQ(d.started, day(2025, 4, 12));
	d = settled(DAY_NONE, DAY_NONE, day(2025, 4, 12), false);
	EXPECT_EQ(d.started, day(2025, 4, 12));
	d = settled(DAY_NONE, DAY_NONE, DAY_NONE, false);
	EXPECT_EQ(d.started, DAY_NONE);
}

TEST(coursedays, a_start_after_the_completion_becomes_the_completion)
{
	struct course_days d = settled(day(2025, 3, 1), day(2025, 3, 14),
	    day(2025, 2, 20), true);
	EXPECT_EQ(d.started, day(2025, 2, 20));
	EXPECT_EQ(d.begin, day(2025, 2, 20));
	d = settled(day(2025, 1, 6), day(2025, 2, 23), day(2025, 2, 22), true);
	EXPECT_EQ(d.started, day(2025, 1, 6));
	EXPECT_EQ(d.begin, day(2025, 1, 6));
	d = settled(day(2025, 1, 6), DAY_NONE, DAY_NONE, true);
	EXPECT_EQ(d.started, day(2025, 1, 6));
	EXPECT_EQ(d.begin, day(2025, 1, 6));
}

// A format with a start column whose cells are empty keeps no start:
// only a format without any says nothing about it.
TEST(coursedays, an_empty_start_cell_is_not_filled_in)
{
	struct course_days d = settled(DAY_NONE, day(2025, 3, 14),
	    day(2025, 3, 1), true);
	EXPECT_EQ(d.started, DAY_NONE);
	EXPECT_EQ(d.begin, DAY_NONE);
}

TEST(coursedays, removed_course_placeholders)
{
	const char *prefix = "CONTENT METADATA NO LONGER EXISTS";
	EXPECT_TRUE(course_removed("CONTENT METADATA NO LONGER EXISTS - "
	    "urn:li:lyndaCourse:140777", prefix));
	EXPECT_TRUE(course_removed("Content metadata no longer exists - "
	    "urn:li:lyndaCourse:612170", prefix));
	EXPECT_TRUE(course_removed("CONTENT METADATA NO LONGER EXISTS", prefix));
	EXPECT_FALSE(course_removed("CONTENT METADATA", prefix));
	EXPECT_FALSE(course_removed("Learning Docker", prefix));
	EXPECT_FALSE(course_removed("Why CONTENT METADATA NO LONGER EXISTS",
	    prefix));
	EXPECT_FALSE(course_removed("CONTENT METADATA NO LONGER EXISTS - x",
	    nullptr));
}
