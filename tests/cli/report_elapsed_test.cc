// End-to-end: a report period that runs past today is counted and
// compared by its elapsed part (SPEC §7, issue 15 case 14). `report
// --month` on Saturday 6 December 2025 holds 1..6 December, compares
// them with 1..6 November (not all of November), says "active days 4 of
// 6", leaves the 25 days still to come blank in the heatmap and out of
// JSON and CSV, in all five formats. Then the week, the year, and a month
// on its last day against a shorter one.
#include <gtest/gtest.h>
#include <jansson.h>

#include "support.h"

namespace {

const char kSaturday[] = "2025-12-06T12:00:00Z";

class ReportElapsed : public ::testing::Test {
protected:
	RunResult track(std::vector<std::string> args,
	    const std::string &now = kSaturday)
	{
		args.insert(args.begin(), { "--db", db_ });
		return run_track(args, { { "TRACK_NOW", now }, { "TZ", "UTC" },
		    { "TRACK_DB", "" }, { "NO_COLOR", "" } });
	}
	std::string report(std::vector<std::string> args,
	    const std::string &now = kSaturday)
	{
		args.insert(args.begin(), "report");
		RunResult r = track(args, now);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		return r.out;
	}
	json_t *report_json(std::vector<std::string> args,
	    const std::string &now = kSaturday)
	{
		args.push_back("--format");
		args.push_back("json");
		std::string out = report(args, now);
		json_t *root = json_loads(out.c_str(), 0, nullptr);
		EXPECT_NE(root, nullptr) << out;
		return root;
	}
	void log(const std::string &length, const std::string &topic,
	    const std::string &day, const std::string &now = kSaturday)
	{
		RunResult r = track({ "log", length, topic, "--date", day }, now);
		ASSERT_EQ(r.status, 0) << r.err;
	}

	// 1h on 3 November (one of 1..6 November), 5h on 20 November (later
	// in November: not compared), and 2h30m on four of 1..6 December.
	void history()
	{
		log("1h", "python", "2025-11-03");
		log("5h", "django", "2025-11-20");
		log("30m", "python", "2025-12-01");
		log("1h", "django", "2025-12-02");
		log("45m", "flask", "2025-12-04");
		log("15m", "sql", "2025-12-06");
	}

	static bool has_line(const std::string &text, const std::string &line)
	{
		return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
	}

	static std::string text_at(json_t *o, const char *a, const char *b)
	{
		const char *s = json_string_value(json_object_get(
		    json_object_get(o, a), b));
		return s ? s : "(none)";
	}
	static long long number_at(json_t *o, const char *a, const char *b)
	{
		return json_integer_value(json_object_get(json_object_get(o, a),
		    b));
	}

	TempDir dir_;
	std::string db_ = dir_.file("track.db");
};

} // namespace

TEST_F(ReportElapsed, MonthAsText)
{
	history();
	std::string out = report({ "--month" });
	EXPECT_EQ(out.substr(0, out.find('\n')),
	    "Report 2025-12-01 to 2025-12-31 (day 6 of 31)");
	EXPECT_TRUE(has_line(out, "  time         2h30m (2025-11-01 to "
	    "2025-11-06: 1h, +1h30m)")) << out;
	EXPECT_TRUE(has_line(out, "  sessions     4")) << out;
	EXPECT_TRUE(has_line(out, "  active days  4 of 6")) << out;
	// Sunday the 7th and the weeks after are blank: no shade, no total.
	EXPECT_NE(out.find(
	    "              Mon Tue Wed Thu Fri Sat Sun   total\n"
	    "  2025-12-01   \u2592   \u2593   .   \u2592   .   \u2591        "
	    "2h30m\n"
	    "  2025-12-08\n"
	    "  2025-12-15\n"
	    "  2025-12-22\n"
	    "  2025-12-29\n"), std::string::npos) << out;
	// The trend ends with this week, not with weeks to come.
	EXPECT_TRUE(has_line(out, "  12 weeks from 2025-09-15, one character "
	    "a week")) << out;
}

TEST_F(ReportElapsed, MonthAsJson)
{
	history();
	json_t *root = report_json({ "--month" });
	ASSERT_NE(root, nullptr);
	EXPECT_EQ(text_at(root, "period", "from"), "2025-12-01");
	EXPECT_EQ(text_at(root, "period", "to"), "2025-12-31");
	EXPECT_EQ(text_at(root, "period", "elapsed_to"), "2025-12-06");
	EXPECT_EQ(text_at(root, "previous_period", "from"), "2025-11-01");
	EXPECT_EQ(text_at(root, "previous_period", "to"), "2025-11-06");
	EXPECT_EQ(number_at(root, "totals", "minutes"), 150);
	EXPECT_EQ(number_at(root, "totals", "previous_minutes"), 60);
	EXPECT_EQ(number_at(root, "totals", "active_days"), 4);
	EXPECT_EQ(number_at(root, "totals", "elapsed_days"), 6);
	json_t *days = json_object_get(root, "days");
	ASSERT_EQ(json_array_size(days), 6u);
	const char *day[] = { "2025-12-01", "2025-12-02", "2025-12-03",
	    "2025-12-04", "2025-12-05", "2025-12-06" };
	const long long minutes[] = { 30, 60, 0, 45, 0, 15 };
	for (size_t i = 0; i < 6; i++) {
		json_t *d = json_array_get(days, i);
		EXPECT_STREQ(json_string_value(json_object_get(d, "day")), day[i]);
		EXPECT_EQ(json_integer_value(json_object_get(d, "minutes")),
		    minutes[i]);
	}
	json_t *trend = json_object_get(root, "trend");
	EXPECT_STREQ(json_string_value(json_object_get(json_array_get(trend,
	    11), "week")), "2025-12-01");
	json_decref(root);
}

TEST_F(ReportElapsed, MonthAsCsv)
{
	history();
	std::string out = report({ "--month", "--format", "csv" });
	EXPECT_NE(out.find("period,from,,2025-12-01,\n"
	    "period,to,,2025-12-31,\n"
	    "period,elapsed_to,,2025-12-06,\n"
	    "previous_period,from,,2025-11-01,\n"
	    "previous_period,to,,2025-11-06,\n"
	    "totals,minutes,,150,\n"
	    "totals,sessions,,4,\n"
	    "totals,active_days,,4,\n"
	    "totals,elapsed_days,,6,\n"), std::string::npos) << out;
	EXPECT_NE(out.find("totals,previous_minutes,,60,\n"), std::string::npos);
	EXPECT_NE(out.find("days,2025-12-01,,30,\n"
	    "days,2025-12-02,,60,\n"
	    "days,2025-12-03,,0,\n"
	    "days,2025-12-04,,45,\n"
	    "days,2025-12-05,,0,\n"
	    "days,2025-12-06,,15,\n"
	    "trend,"), std::string::npos) << out;
	EXPECT_EQ(out.find("days,2025-12-07"), std::string::npos);
}

TEST_F(ReportElapsed, MonthAsMarkdown)
{
	history();
	std::string out = report({ "--month", "--format", "md" });
	EXPECT_NE(out.find("# Learning report 2025-12-01 to 2025-12-31\n\n"
	    "Day 6 of 31: the days still to come are not counted.\n"),
	    std::string::npos) << out;
	EXPECT_TRUE(has_line(out, "- **Time:** 2h30m (2025-11-01 to "
	    "2025-11-06: 1h, +1h30m)")) << out;
	EXPECT_TRUE(has_line(out, "- **Active days:** 4 of 6")) << out;
	EXPECT_NE(out.find(
	    "| 2025-12-01 | 30m | 1h | \u00b7 | 45m | \u00b7 | 15m | | 2h30m |\n"
	    "| 2025-12-08 | | | | | | | | |\n"
	    "| 2025-12-15 | | | | | | | | |\n"
	    "| 2025-12-22 | | | | | | | | |\n"
	    "| 2025-12-29 | | | | | | | | |\n"), std::string::npos) << out;
}

TEST_F(ReportElapsed, MonthAsHtml)
{
	history();
	std::string out = report({ "--month", "--format", "html" });
	EXPECT_NE(out.find("<p id=\"elapsed\">Day 6 of 31: the days still to "
	    "come are not counted.</p>\n"), std::string::npos);
	EXPECT_NE(out.find("<dd id=\"total-active-days\">4 of 6</dd>"),
	    std::string::npos);
	EXPECT_NE(out.find("<dd id=\"total-previous\">1h (2025-11-01 to "
	    "2025-11-06)</dd>"), std::string::npos);
	// One cell for each day that happened; none for the days to come.
	std::string days = out.substr(out.find("<svg id=\"chart-days\""));
	days = days.substr(0, days.find("</svg>"));
	size_t cells = 0;
	for (size_t at = days.find("<rect class=\"h"); at != std::string::npos;
	    at = days.find("<rect class=\"h", at + 1))
		cells++;
	EXPECT_EQ(cells, 6u);
	EXPECT_NE(days.find("<title>2025-12-06: 15m</title>"),
	    std::string::npos);
	EXPECT_EQ(days.find("<title>2025-12-07"), std::string::npos);
}

// This week on its Saturday: Monday to Saturday against Monday to
// Saturday of last week; the year against 1 January .. 6 December 2024.
TEST_F(ReportElapsed, WeekAndYear)
{
	history();
	log("2h", "python", "2025-11-29");	// last week's Saturday
	log("3h", "python", "2025-11-30");	// last week's Sunday: not compared
	log("40m", "python", "2024-12-06");
	log("50m", "python", "2024-12-07");	// after 6 December 2024
	json_t *root = report_json({});
	EXPECT_EQ(text_at(root, "previous_period", "from"), "2025-11-24");
	EXPECT_EQ(text_at(root, "previous_period", "to"), "2025-11-29");
	EXPECT_EQ(number_at(root, "totals", "previous_minutes"), 120);
	EXPECT_EQ(number_at(root, "totals", "elapsed_days"), 6);
	EXPECT_EQ(json_array_size(json_object_get(root, "days")), 6u);
	json_decref(root);
	root = report_json({ "--year" });
	EXPECT_EQ(text_at(root, "previous_period", "from"), "2024-01-01");
	EXPECT_EQ(text_at(root, "previous_period", "to"), "2024-12-06");
	EXPECT_EQ(number_at(root, "totals", "previous_minutes"), 40);
	// 2025 is not a leap year: 1 January .. 6 December is 340 days.
	EXPECT_EQ(number_at(root, "totals", "elapsed_days"), 340);
	EXPECT_EQ(number_at(root, "totals", "minutes"), 60 + 300 + 150 + 120 +
	    180);
	json_decref(root);
	std::string out = report({ "--year" });
	EXPECT_EQ(out.substr(0, out.find('\n')),
	    "Report 2025-01-01 to 2025-12-31 (day 340 of 365)");
}

// On 31 March the whole month has happened and is compared with all of
// February (28 days), not with the 31 days just before it.
TEST_F(ReportElapsed, MonthOnItsLastDayAgainstAShorterMonth)
{
	const char *now = "2026-03-31T12:00:00Z";
	log("1h", "python", "2026-01-30", now);	// in the 31 days before
	log("2h", "python", "2026-02-01", now);
	log("30m", "python", "2026-03-31", now);
	json_t *root = report_json({ "--month" }, now);
	EXPECT_EQ(text_at(root, "previous_period", "from"), "2026-02-01");
	EXPECT_EQ(text_at(root, "previous_period", "to"), "2026-02-28");
	EXPECT_EQ(number_at(root, "totals", "previous_minutes"), 120);
	EXPECT_EQ(number_at(root, "totals", "elapsed_days"), 31);
	json_decref(root);
	std::string out = report({ "--month" }, now);
	EXPECT_EQ(out.substr(0, out.find('\n')),
	    "Report 2026-03-01 to 2026-03-31 (31 days)");
	EXPECT_TRUE(has_line(out, "  time         30m (previous 28 days: 2h, "
	    "-1h30m)")) << out;
}
