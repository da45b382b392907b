// End-to-end: `track goal` (SPEC §13): setting, clearing and refusing a
// weekly goal, the week against it with week-start monday and sunday, a
// goal changed mid-week, a DST week, and --strict for cron.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support.h"

namespace {

// One database; every run at a fixed instant in zone tz.
class Learner {
public:
	explicit Learner(std::string tz = "UTC") : tz_(std::move(tz)) {}

	RunResult run(std::vector<std::string> args, const std::string &now)
	{
		args.insert(args.begin(), { "--db", db() });
		return run_track(args, { { "TRACK_NOW", now }, { "TZ", tz_ },
		    { "TRACK_DB", "" }, { "NO_COLOR", "" } });
	}

	std::string ok(const std::vector<std::string> &args,
	    const std::string &now)
	{
		RunResult r = run(args, now);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		return r.out;
	}

	std::string db() const { return dir_.file("track.db"); }

private:
	TempDir dir_;
	std::string tz_;
};

// Thursday 2026-11-19, noon.
const char kThursday[] = "2026-11-19T12:00:00Z";

TEST(cli_goal, set_show_and_clear)
{
	Learner l;
	l.ok({ "log", "2h", "django", "--date", "2026-11-16" }, kThursday);
	l.ok({ "log", "1h", "django", "--date", "2026-11-17" }, kThursday);
	EXPECT_EQ(l.ok({ "goal", "set", "6h", "--daily", "30m" }, kThursday),
	    "weekly goal: 6h a week; streaks count days of 30m or more\n");
	EXPECT_EQ(query(l.db(), "SELECT key, value FROM setting WHERE key "
	    "LIKE 'goal.%' ORDER BY key"),
	    "goal.daily-minutes|30\ngoal.weekly-minutes|360\n");
	// Thursday: 3 whole days before today; 6h x 3 / 7 = 2h34.3m, and 3h
	// is more: on pace. 3h left over Thursday..Sunday: 45m a day. The
	// 28 days up to today hold 3h: 45m a week.
	EXPECT_EQ(l.ok({ "goal" }, kThursday),
	    "this week (Mon 2026-11-16 to Sun 2026-11-22): 3h of 6h "
	    "[#####.....]\n"
	    "4 days left counting today: 45m a day reaches the goal\n"
	    "4-week average: 45m a week\n"
	    "on pace\n"
	    "streaks count days of 30m or more\n");
	EXPECT_EQ(l.ok({ "goal", "clear" }, kThursday), "weekly goal cleared\n");
	EXPECT_EQ(query(l.db(), "SELECT value IS NULL FROM setting WHERE key = "
	    "'goal.weekly-minutes'"), "1\n");
	EXPECT_EQ(l.ok({ "goal" }, kThursday),
	    "this week (Mon 2026-11-16 to Sun 2026-11-22): 3h; no weekly goal: "
	    "set one with 'track goal set 6h'\n"
	    "4-week average: 45m a week\n"
	    "streaks count days of 30m or more\n");
}

TEST(cli_goal, the_week_suffix_and_the_largest_goal_are_accepted)
{
	Learner l;
	EXPECT_EQ(l.ok({ "goal", "set", "5h30m/week" }, kThursday),
	    "weekly goal: 5h30m a week\n");
	EXPECT_EQ(l.ok({ "goal", "set", "168h" }, kThursday),
	    "weekly goal: 168h a week\n");
	EXPECT_EQ(query(l.db(), "SELECT value FROM setting WHERE key = "
	    "'goal.weekly-minutes'"), "10080\n");
}

TEST(cli_goal, bad_values_are_refused_and_nothing_is_written)
{
	Learner l;
	l.ok({ "goal", "set", "6h" }, kThursday);
	std::string before = read_file(l.db());
	const std::vector<std::pair<std::vector<std::string>, std::string>>
	    cases = {
		{ { "goal", "set", "169h" }, "track: invalid weekly goal '169h': "
		  "use a duration up to 168h, such as 6h, 5h30m or 6h/week\n" },
		{ { "goal", "set", "6h/month" }, "track: invalid weekly goal "
		  "'6h/month': use a duration up to 168h, such as 6h, 5h30m or "
		  "6h/week\n" },
		{ { "goal", "set", "0h" }, "track: invalid weekly goal '0h': use "
		  "a duration up to 168h, such as 6h, 5h30m or 6h/week\n" },
		{ { "goal", "set", "6" }, "track: invalid weekly goal '6': use "
		  "a duration up to 168h, such as 6h, 5h30m or 6h/week\n" },
		{ { "goal", "set", "8h", "--daily", "25h" }, "track: invalid "
		  "daily minimum '25h': use a duration up to 24h, such as 30m "
		  "or 1h\n" },
		{ { "goal", "set", "8h", "--daily", "x" }, "track: invalid "
		  "daily minimum 'x': use a duration up to 24h, such as 30m or "
		  "1h\n" },
		{ { "goal", "set" }, "track: usage: track goal set "
		  "DURATION[/week] [--daily DURATION]\n" },
		{ { "goal", "clear", "now" }, "track: usage: track goal "
		  "clear\n" },
		{ { "goal", "--format", "xml" }, "track: invalid format 'xml': "
		  "use text or json\n" },
		{ { "goal", "--daily", "1h" }, "track: unknown option '--daily' "
		  "for 'track goal': see 'track help goal'\n" },
	};
	for (const auto &c : cases) {
		RunResult r = l.run(c.first, kThursday);
		EXPECT_EQ(r.status, 2) << c.second;
		EXPECT_EQ(r.out, "");
		EXPECT_EQ(r.err, c.second);
	}
	EXPECT_EQ(read_file(l.db()), before);
}

TEST(cli_goal, strict_exits_3_only_when_behind)
{
	Learner l;
	l.ok({ "log", "1h", "sql", "--date", "2026-11-16" }, kThursday);
	l.ok({ "goal", "set", "7h" }, kThursday);
	// Thursday: 7h x 3 / 7 = 3h are the pace; 1h is 2h behind.
	RunResult r = l.run({ "goal", "--strict" }, kThursday);
	EXPECT_EQ(r.status, 3);
	EXPECT_EQ(r.err, "");
	EXPECT_NE(r.out.find("behind by 2h (the pace needs 3h by the end of "
	    "yesterday)\n"), std::string::npos) << r.out;
	// On Monday no whole day has passed: never behind.
	r = l.run({ "goal", "--strict" }, "2026-11-16T20:00:00Z");
	EXPECT_EQ(r.status, 0);
	EXPECT_NE(r.out.find("on pace\n"), std::string::npos) << r.out;
	// With no goal --strict never fails.
	l.ok({ "goal", "clear" }, kThursday);
	EXPECT_EQ(l.run({ "goal", "--strict" }, kThursday).status, 0);
}

TEST(cli_goal, week_start_sunday_moves_the_week)
{
	Learner l;
	// Sunday 2026-11-15 and Monday 2026-11-16.
	l.ok({ "log", "2h", "sql", "--date", "2026-11-15" }, kThursday);
	l.ok({ "log", "1h", "sql", "--date", "2026-11-16" }, kThursday);
	l.ok({ "goal", "set", "7h" }, kThursday);
	// Monday weeks: 1h this week; pace by Thursday 3h: behind by 2h.
	EXPECT_NE(l.ok({ "goal" }, kThursday).find("1h of 7h"),
	    std::string::npos);
	l.ok({ "config", "set", "week-start", "sunday" }, kThursday);
	// Sunday weeks: Sunday 15 to Saturday 21 holds 3h; 4 whole days
	// before Thursday: 7h x 4 / 7 = 4h, so 1h behind; 3 days left
	// (Thu, Fri, Sat) share 4h: 1h20m a day.
	EXPECT_EQ(l.ok({ "goal" }, kThursday),
	    "this week (Sun 2026-11-15 to Sat 2026-11-21): 3h of 7h "
	    "[####......]\n"
	    "3 days left counting today: 1h20m a day reaches the goal\n"
	    "4-week average: 45m a week\n"
	    "behind by 1h (the pace needs 4h by the end of yesterday)\n");
	// Saturday is the week's last day: one day left.
	EXPECT_NE(l.ok({ "goal" }, "2026-11-21T10:00:00Z").find(
	    "1 day left counting today: 4h a day"), std::string::npos);
	// Sunday 22 begins the next week: nothing logged in it.
	EXPECT_NE(l.ok({ "goal" }, "2026-11-22T10:00:00Z").find(
	    "(Sun 2026-11-22 to Sat 2026-11-28): 0m of 7h"), std::string::npos);
}

TEST(cli_goal, a_goal_changed_mid_week_judges_the_whole_week)
{
	Learner l;
	l.ok({ "log", "3h", "sql", "--date", "2026-11-16" }, kThursday);
	l.ok({ "goal", "set", "7h" }, "2026-11-17T09:00:00Z");
	// Tuesday, 7h: pace by Tuesday is 1h; 3h is ahead.
	EXPECT_NE(l.ok({ "goal" }, "2026-11-17T09:00:00Z").find("on pace\n"),
	    std::string::npos);
	// Raised on Thursday to 14h: the new goal applies to the whole week
	// (a goal is a setting, with no history); 14h x 3 / 7 = 6h: 3h
	// behind, 11h over 4 days: 2h45m a day.
	l.ok({ "goal", "set", "14h" }, kThursday);
	EXPECT_EQ(l.ok({ "goal" }, kThursday),
	    "this week (Mon 2026-11-16 to Sun 2026-11-22): 3h of 14h "
	    "[##........]\n"
	    "4 days left counting today: 2h45m a day reaches the goal\n"
	    "4-week average: 45m a week\n"
	    "behind by 3h (the pace needs 6h by the end of yesterday)\n");
}

TEST(cli_goal, a_dst_week_counts_local_days)
{
	// Europe/Berlin leaves summer time on Sunday 2026-10-25 at 03:00
	// (back to 02:00): that Sunday lasts 25 hours. The week of Monday
	// 2026-10-19 to Sunday 2026-10-25 holds both sessions below; 00:30
	// local on Monday 26 is still 23:30Z on the 25th, but its local day
	// is the next week's.
	Learner l("Europe/Berlin");
	l.ok({ "log", "2h", "sql", "--date", "2026-10-19" },
	    "2026-10-25T12:00:00Z");
	l.ok({ "log", "4h", "sql", "--date", "2026-10-25" },
	    "2026-10-25T12:00:00Z");
	l.ok({ "goal", "set", "6h" }, "2026-10-25T12:00:00Z");
	EXPECT_EQ(l.ok({ "goal" }, "2026-10-25T22:00:00Z"),
	    "this week (Mon 2026-10-19 to Sun 2026-10-25): 6h of 6h "
	    "[##########]\n"
	    "1 day left counting today: the goal is reached\n"
	    "4-week average: 1h30m a week\n"
	    "goal reached\n");
	EXPECT_NE(l.ok({ "goal" }, "2026-10-25T23:30:00Z").find(
	    "(Mon 2026-10-26 to Sun 2026-11-01): 0m of 6h"), std::string::npos);
	// Spring: Sunday 2026-03-29 lasts 23 hours; 23:30Z on the 29th is
	// already Monday 30 at 01:30 local, the next week.
	EXPECT_NE(l.ok({ "goal" }, "2026-03-29T21:30:00Z").find(
	    "(Mon 2026-03-23 to Sun 2026-03-29)"), std::string::npos);
	EXPECT_NE(l.ok({ "goal" }, "2026-03-29T22:30:00Z").find(
	    "(Mon 2026-03-30 to Sun 2026-04-05)"), std::string::npos);
}

TEST(cli_goal, json_keys)
{
	Learner l;
	l.ok({ "log", "1h", "sql", "--date", "2026-11-16" }, kThursday);
	EXPECT_EQ(l.ok({ "goal", "--format", "json" }, kThursday),
	    "{\n"
	    "  \"week_from\": \"2026-11-16\",\n"
	    "  \"week_to\": \"2026-11-22\",\n"
	    "  \"goal_minutes\": null,\n"
	    "  \"daily_minutes\": 1,\n"
	    "  \"week_minutes\": 60,\n"
	    "  \"days_left\": 4,\n"
	    "  \"remaining_minutes\": null,\n"
	    "  \"per_day_minutes\": null,\n"
	    "  \"average_minutes\": 15,\n"
	    "  \"expected_minutes\": null,\n"
	    "  \"on_pace\": null,\n"
	    "  \"behind_minutes\": null,\n"
	    "  \"verdict\": \"no weekly goal\"\n"
	    "}\n");
	l.ok({ "goal", "set", "7h" }, kThursday);
	std::string json = l.ok({ "goal", "--format", "json" }, kThursday);
	EXPECT_NE(json.find("\"goal_minutes\": 420,"), std::string::npos);
	EXPECT_NE(json.find("\"expected_minutes\": 180,"), std::string::npos);
	EXPECT_NE(json.find("\"behind_minutes\": 120,"), std::string::npos);
	EXPECT_NE(json.find("\"on_pace\": false,"), std::string::npos);
}

}  // namespace

namespace {

// The "eta" and "forecast" of step n in `track plan --format json`.
std::string
step_forecast(const std::string &json, int n)
{
	std::string key = "\"step\": " + std::to_string(n) + ",";
	size_t at = json.find(key);
	if (at == std::string::npos)
		return "no step " + std::to_string(n);
	size_t eta = json.find("\"eta\": ", at);
	size_t end = json.find('\n', json.find("\"forecast\": ", at));
	return json.substr(eta, end - eta);
}

TEST(cli_forecast, a_five_month_break_has_no_pace_until_a_goal)
{
	Learner l;
	const char now[] = "2026-08-20T12:00:00Z";
	l.ok({ "path", "set", "backend", "--date", "2026-01-05" }, now);
	l.ok({ "log", "4h", "python", "--date", "2026-03-02" }, now);
	l.ok({ "log", "4h", "python", "--date", "2026-03-03" }, now);
	// Nothing in the 28 days up to 2026-08-20: no pace, no date.
	std::string json = l.ok({ "plan", "--format", "json" }, now);
	EXPECT_EQ(step_forecast(json, 1), "\"eta\": null,\n      \"forecast\": "
	    "\"at no pace yet: log a session\"");
	EXPECT_EQ(step_forecast(json, 4), "\"eta\": null,\n      \"forecast\": "
	    "\"at no pace yet: log a session\"");
	std::string text = l.ok({ "plan" }, now);
	EXPECT_NE(text.find("\nforecast: at no pace yet: log a session\n"),
	    std::string::npos) << text;

	// A goal of 8h a week is the pace while the last 28 days are below
	// it. Step 1: 40h - 8h = 32h, 1920 x 7 / 480 = 28 days: 2026-09-17.
	// Step 3: no project open, 3 of H = 4h (the six months' median is
	// 0): 12h, 720 x 7 / 480 = 10.5 days: 2026-08-30. Step 4: nothing
	// in August yet, so August may be the first of 6 focused months:
	// August to January, 2027-01-31.
	l.ok({ "goal", "set", "8h" }, now);
	json = l.ok({ "plan", "--format", "json" }, now);
	EXPECT_EQ(step_forecast(json, 1), "\"eta\": \"2026-09-17\",\n      "
	    "\"forecast\": \"by 2026-09-17 (32h to go)\"");
	EXPECT_EQ(step_forecast(json, 3), "\"eta\": \"2026-08-30\",\n      "
	    "\"forecast\": \"by 2026-08-30 (12h to go)\"");
	EXPECT_EQ(step_forecast(json, 4), "\"eta\": \"2027-01-31\",\n      "
	    "\"forecast\": \"by 2027-01-31 if every month from now is focused "
	    "(6 more)\"");
	EXPECT_NE(json.find("\"forecast_pace\": {\n    \"minutes\": 480,\n    "
	    "\"recent_minutes\": 0,\n    \"from_goal\": true\n  }"),
	    std::string::npos) << json;
	text = l.ok({ "plan" }, now);
	EXPECT_NE(text.find("forecast: at 8h a week, your weekly goal (the last "
	    "28 days averaged 0m a week)\n  step 1 by 2026-09-17 (32h to go)\n"),
	    std::string::npos) << text;
}

TEST(cli_forecast, the_recent_pace_wins_over_a_lower_goal)
{
	Learner l;
	const char now[] = "2026-08-20T12:00:00Z";
	// 14h in the 28 days up to now: 3h30m a week, above a 2h goal.
	for (const char *day : { "2026-08-03", "2026-08-10", "2026-08-17" })
		l.ok({ "log", "4h", "python", "--date", day }, now);
	l.ok({ "log", "2h", "python", "--date", "2026-08-18" }, now);
	l.ok({ "goal", "set", "2h" }, now);
	// Step 1: 40h - 14h = 26h; 1560 x 7 / 210 = 52 days: 2026-10-11.
	std::string json = l.ok({ "plan", "--format", "json" }, now);
	EXPECT_EQ(step_forecast(json, 1), "\"eta\": \"2026-10-11\",\n      "
	    "\"forecast\": \"by 2026-10-11 (26h to go)\"");
	// With no path steps 2 to 5 have no forecast.
	EXPECT_EQ(step_forecast(json, 3), "\"eta\": null,\n      \"forecast\": "
	    "null");
}

}  // namespace

namespace {

// The report week of 2026-11-16 (Sunday 22 at 10:00): 1h Monday, 45m
// Tuesday, 20m Wednesday, 2h Friday; a goal of 8h and a streak day of
// 30m.
class ReportGoal : public ::testing::Test {
protected:
	void SetUp() override
	{
		for (const auto &s : std::vector<std::pair<const char *,
		    const char *>>{ { "1h", "2026-11-16" }, { "45m", "2026-11-17" },
		    { "20m", "2026-11-18" }, { "2h", "2026-11-20" } })
			l.ok({ "log", s.first, "sql", "--date", s.second }, kNow);
		l.ok({ "goal", "set", "8h", "--daily", "30m" }, kNow);
	}

	std::string report(const std::string &format)
	{
		return l.ok({ "report", "--format", format }, kNow);
	}

	static constexpr const char *kNow = "2026-11-22T10:00:00Z";
	Learner l;
};

// 4h05m of 8h: 51%. 6 whole days before Sunday: 8h x 6 / 7 = 411.4
// minutes, 412 needed; 245 is 167 short: 2h47m. 3h55m left for Sunday.
// Streaks of 30m days: Friday alone ended by Saturday's gap and Sunday
// has nothing: 0 now; the longest are Monday-Tuesday (Wednesday's 20m
// is under 30m): 2.
TEST_F(ReportGoal, text_has_the_goal_line_with_a_bar_and_the_minimum)
{
	std::string text = report("text");
	EXPECT_NE(text.find("  streak       0 days now, longest 2 in the period "
	    "(days of 30m or more)\n  goal         [#####.....] 4h05m of 8h "
	    "(51%), behind by 2h47m: 3h55m a day over the 1 day left\n"),
	    std::string::npos) << text;
}

TEST_F(ReportGoal, markdown_csv_and_json_carry_it_too)
{
	std::string md = report("md");
	EXPECT_NE(md.find("- **Streak:** 0 days now, longest 2 in the period "
	    "(days of 30m or more)\n- **Goal:** `[#####.....]` 4h05m of 8h "
	    "(51%), behind by 2h47m: 3h55m a day over the 1 day left\n"),
	    std::string::npos) << md;
	std::string csv = report("csv");
	EXPECT_NE(csv.find("totals,streak_minimum,,30,\ngoal,weekly_minutes,,"
	    "480,\"4h05m of 8h (51%), behind by 2h47m: 3h55m a day over the 1 "
	    "day left\"\ngoal,week_minutes,,245,\ngoal,behind_minutes,,167,\n"),
	    std::string::npos) << csv;
	std::string json = report("json");
	EXPECT_NE(json.find("\"streak_minimum\": 30"), std::string::npos);
	EXPECT_NE(json.find("\"goal\": {\n    \"week_from\": \"2026-11-16\","),
	    std::string::npos) << json;
	EXPECT_NE(json.find("\"behind_minutes\": 167,"), std::string::npos);
}

TEST_F(ReportGoal, html_has_a_gauge_named_in_words)
{
	std::string html = report("html");
	EXPECT_NE(html.find("<svg id=\"chart-goal\" width=\"120\" height=\"70\" "
	    "viewBox=\"0 0 120 70\" role=\"img\" aria-labelledby=\"goal-title\">"
	    "\n<title id=\"goal-title\">Weekly goal: 4 hours 5 minutes of 8 "
	    "hours this week, 51 percent, behind by 2 hours 47 minutes</title>"),
	    std::string::npos) << html;
	EXPECT_NE(html.find("stroke-dasharray=\"51 100\""), std::string::npos);
}

TEST_F(ReportGoal, only_a_week_shows_the_goal)
{
	EXPECT_EQ(l.ok({ "report", "--month" }, kNow).find("  goal "),
	    std::string::npos);
	EXPECT_NE(l.ok({ "report", "--month", "--format", "json" }, kNow).find(
	    "\"goal\": null"), std::string::npos);
	l.ok({ "goal", "clear" }, kNow);
	EXPECT_EQ(report("text").find("  goal "), std::string::npos);
}

}  // namespace

namespace {

// SPEC §13: a timer left running is said once on stderr by every command
// but those that show or end it, never on stdout.
TEST(cli_stale_timer, every_command_says_so_once_on_stderr)
{
	Learner l;
	l.ok({ "start", "django" }, "2026-11-19T08:00:00Z");
	// 8h is not more than timer.stale-hours (8): nothing said.
	RunResult r = l.run({ "ls" }, "2026-11-19T16:00:00Z");
	EXPECT_EQ(r.err, "");
	// No session logged yet: the typical session is 1h, so 09:00.
	r = l.run({ "ls", "--format", "json" }, "2026-11-19T16:01:00Z");
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "[]\n");
	EXPECT_EQ(r.err, "track: warning: the django timer has run 8h01m: "
	    "track stop --at 09:00, or track cancel\n");
	for (const char *quiet : { "status", "cancel" }) {
		r = l.run({ quiet }, "2026-11-19T18:00:00Z");
		EXPECT_EQ(r.err, "") << quiet;
	}
}

TEST(cli_stale_timer, the_suggested_end_is_the_typical_session)
{
	Learner l;
	const char now[] = "2026-11-18T09:00:00Z";
	// The newest sessions last 45m, 1h30m and 2h: the median is 1h30m.
	l.ok({ "log", "45m", "sql" }, now);
	l.ok({ "log", "1h30m", "sql", "--date", "yesterday" }, now);
	l.ok({ "log", "2h", "sql", "--date", "-2d" }, now);
	l.ok({ "start", "django" }, "2026-11-19T08:00:00Z");
	// The next day the end falls on another day: given with its day.
	RunResult r = l.run({ "goal" }, "2026-11-20T06:00:00Z");
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, "track: warning: the django timer has run 22h: "
	    "track stop --at '2026-11-19 09:30', or track cancel\n");
	// stop refuses over 24 hours with that hint, on one line, and says
	// nothing more.
	std::string before = read_file(l.db());
	r = l.run({ "stop" }, "2026-11-20T09:00:00Z");
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: the django timer has run 25h: track stop --at "
	    "'2026-11-19 09:30', or track cancel\n");
	EXPECT_EQ(read_file(l.db()), before);
	// The hint's end is accepted, and logs the typical session.
	r = l.run({ "stop", "--at", "2026-11-19 09:30" },
	    "2026-11-20T09:00:00Z");
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 1h30m django (backend, study) on 2026-11-19 "
	    "as #4\n");
}

TEST(cli_stale_timer, the_threshold_is_a_setting)
{
	Learner l;
	l.ok({ "config", "set", "timer.stale-hours", "2" },
	    "2026-11-19T08:00:00Z");
	l.ok({ "start", "django" }, "2026-11-19T08:00:00Z");
	RunResult r = l.run({ "report" }, "2026-11-19T10:30:00Z");
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.err, "track: warning: the django timer has run 2h30m: "
	    "track stop --at 09:00, or track cancel\n");
	RunResult bad = l.run({ "config", "set", "timer.stale-hours", "0" },
	    "2026-11-19T10:30:00Z");
	EXPECT_EQ(bad.status, 2);
	EXPECT_EQ(bad.err, "track: warning: the django timer has run 2h30m: "
	    "track stop --at 09:00, or track cancel\ntrack: invalid value '0' "
	    "for timer.stale-hours: use a whole number from 1 to 168\n");
}

}  // namespace

namespace {

// SPEC §13: one line for a prompt, empty with no timer and no goal.
TEST(cli_status_short, the_timer_and_the_week_against_the_goal)
{
	Learner l;
	EXPECT_EQ(l.ok({ "status", "--short" }, kThursday), "");
	l.ok({ "log", "3h", "sql", "--date", "2026-11-16" }, kThursday);
	// Last week's Sunday is not this week's.
	l.ok({ "log", "2h", "sql", "--date", "2026-11-15" }, kThursday);
	EXPECT_EQ(l.ok({ "status", "--short" }, kThursday), "");
	l.ok({ "goal", "set", "6h" }, kThursday);
	EXPECT_EQ(l.ok({ "status", "--short" }, kThursday), "week 3h/6h\n");
	l.ok({ "start", "django" }, kThursday);
	// The running timer is not in the week until it is stopped.
	EXPECT_EQ(l.ok({ "status", "-s" }, "2026-11-19T12:40:00Z"),
	    "django 40m \u00b7 week 3h/6h\n");
	l.ok({ "goal", "clear" }, kThursday);
	EXPECT_EQ(l.ok({ "status", "--short" }, "2026-11-19T12:40:00Z"),
	    "django 40m\n");
	// Even a stale timer says nothing on stderr: a prompt shows it.
	RunResult r = l.run({ "status", "--short" }, "2026-11-20T12:40:00Z");
	EXPECT_EQ(r.out, "django 24h40m\n");
	EXPECT_EQ(r.err, "");
}

TEST(cli_status_short, week_start_sunday_and_no_database)
{
	Learner l;
	l.ok({ "log", "2h", "sql", "--date", "2026-11-15" }, kThursday);
	l.ok({ "goal", "set", "6h" }, kThursday);
	l.ok({ "config", "set", "week-start", "sunday" }, kThursday);
	EXPECT_EQ(l.ok({ "status", "--short" }, kThursday), "week 2h/6h\n");
	TempDir dir;
	RunResult r = run_track({ "--db", dir.file("none/track.db"), "status",
	    "--short" }, { { "TRACK_NOW", kThursday } });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "");
	EXPECT_FALSE(file_exists(dir.file("none")));
	r = l.run({ "status", "--long" }, kThursday);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: unknown option '--long' for 'track status': "
	    "see 'track help status'\n");
}

}  // namespace
