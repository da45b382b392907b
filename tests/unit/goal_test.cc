// The weekly goal's figures (reports/goal.c), from inputs filled by hand.
#include <gtest/gtest.h>

extern "C" {
#include "core/date.h"
#include "reports/goal.h"
}

namespace {

// Thursday 2026-11-19.
const int kThursday = day_from_civil(2026, 11, 19);

struct goal_status
status(int goal, int week, int recent, int week_start = 0)
{
	struct goal_status g = {};
	g.today = kThursday;
	g.week_start = week_start;
	g.goal_minutes = goal;
	g.daily_minutes = 1;
	g.week_minutes = week;
	g.recent_minutes = recent;
	goal_compute(&g);
	return g;
}

TEST(goal, behind_when_under_the_goal_of_the_whole_days_before_today)
{
	// 7h: 3 whole days (Mon-Wed) before Thursday need 3h; 1h is 2h short.
	struct goal_status g = status(420, 60, 60);
	EXPECT_EQ(g.week_from, day_from_civil(2026, 11, 16));
	EXPECT_EQ(g.week_to, day_from_civil(2026, 11, 22));
	EXPECT_EQ(g.days_left, 4);
	EXPECT_EQ(g.remaining, 360);
	EXPECT_EQ(g.per_day, 90);
	EXPECT_EQ(g.expected_minutes, 180);
	EXPECT_TRUE(g.behind);
	EXPECT_EQ(g.behind_minutes, 120);
	EXPECT_EQ(g.average_minutes, 15);
}

TEST(goal, exactly_on_the_pace_is_not_behind)
{
	// 6h x 3 / 7 = 154.29 minutes: 155 is on pace, 154 behind by 1m.
	EXPECT_FALSE(status(360, 155, 0).behind);
	struct goal_status g = status(360, 154, 0);
	EXPECT_TRUE(g.behind);
	EXPECT_EQ(g.expected_minutes, 155);
	EXPECT_EQ(g.behind_minutes, 1);
}

TEST(goal, sunday_weeks_hold_four_days_before_thursday)
{
	struct goal_status g = status(420, 180, 0, 6);
	EXPECT_EQ(g.week_from, day_from_civil(2026, 11, 15));
	EXPECT_EQ(g.days_left, 3);
	EXPECT_EQ(g.expected_minutes, 240);
	EXPECT_EQ(g.behind_minutes, 60);
	// 240 left over 3 days: 80 each.
	EXPECT_EQ(g.per_day, 80);
}

TEST(goal, a_reached_goal_needs_nothing_more_and_no_goal_judges_nothing)
{
	struct goal_status g = status(300, 400, 0);
	EXPECT_EQ(g.remaining, 0);
	EXPECT_EQ(g.per_day, 0);
	EXPECT_FALSE(g.behind);
	char verdict[64];
	goal_verdict(verdict, sizeof(verdict), &g);
	EXPECT_STREQ(verdict, "goal reached");
	g = status(0, 400, 0);
	EXPECT_FALSE(g.behind);
	goal_verdict(verdict, sizeof(verdict), &g);
	EXPECT_STREQ(verdict, "no weekly goal");
}

TEST(goal, the_average_is_the_28_days_over_4_rounded_half_up)
{
	EXPECT_EQ(status(0, 0, 425).average_minutes, 106);	// 106.25
	EXPECT_EQ(status(0, 0, 426).average_minutes, 107);	// 106.5
}

TEST(goal, bar_is_full_only_when_the_goal_is_reached)
{
	char bar[GOAL_BAR_SIZE];
	struct goal_status g = status(600, 599, 0);
	goal_bar(bar, &g);
	EXPECT_STREQ(bar, "[#########.]");
	g = status(600, 300, 0);
	goal_bar(bar, &g);
	EXPECT_STREQ(bar, "[#####.....]");
	g = status(600, 900, 0);
	goal_bar(bar, &g);
	EXPECT_STREQ(bar, "[##########]");
}

}  // namespace
