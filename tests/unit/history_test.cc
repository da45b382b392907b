// history_load: what the analyses read, checked against histories built
// with plain SQL inserts (not through the code under test).
#include <gtest/gtest.h>

#include <string.h>

#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "core/date.h"
#include "reports/history.h"
}

#include "thresholds_cache.h"

namespace {

int
day(const char *text)
{
	int d = 0;
	EXPECT_TRUE(day_parse_iso(text, &d)) << text;
	return d;
}

class History : public ::testing::Test {
protected:
	void SetUp() override
	{
		db_ = memory_db();
		th_ = default_thresholds();
		history_init(&h_);
	}
	void TearDown() override
	{
		history_release(&h_);
		sqlite3_close(db_);
	}
	// A session of minutes on topic (by name) on day, of kind.
	void add(const std::string &day, int minutes, const std::string &topic,
	    const std::string &kind = "study", const std::string &project = "")
	{
		static int n = 0;
		std::string project_id = project.empty() ? "NULL" :
		    "(SELECT id FROM project WHERE name = '" + project + "')";
		query(db_, "INSERT INTO session (uuid, day, minutes, topic_id, kind, "
		    "project_id, origin, created) VALUES ('u" + std::to_string(++n) +
		    "', '" + day + "', " + std::to_string(minutes) +
		    ", (SELECT id FROM topic WHERE name = '" + topic + "'), '" + kind +
		    "', " + project_id + ", 'manual', '2026-01-01T00:00:00Z')");
	}
	void load(const char *at)
	{
		history_release(&h_);
		struct error *err = history_load(db_, day(at), &th_, &h_);
		ASSERT_EQ(err, nullptr) << err->message;
	}
	int path(const char *slug) { return history_path_index(&h_, slug); }
	// A path set on day (SQL, not `track path set`).
	void choose(const std::string &day, const std::string &slug)
	{
		query(db_, "INSERT INTO path_choice (path_id, day, created) "
		    "VALUES ((SELECT id FROM path WHERE slug = '" + slug + "'), '" +
		    day + "', 'x')");
	}
	// A project started on day, with a recorded path or none.
	void project(const std::string &name, const std::string &started,
	    const std::string &slug = "")
	{
		std::string path = slug.empty() ? "NULL" :
		    "(SELECT id FROM path WHERE slug = '" + slug + "')";
		query(db_, "INSERT INTO project (name, path_id, path_given, "
		    "started, created) VALUES ('" + name + "', " + path + ", " +
		    (slug.empty() ? "0" : "1") + ", '" + started + "', 'x')");
	}
	// The history's topic called name.
	const history_topic *topic(const char *name)
	{
		for (size_t i = 0; i < h_.topic_count; i++)
			if (strcmp(h_.topics[i].name, name) == 0)
				return &h_.topics[i];
		return nullptr;
	}
	const history_project *project_named(const char *name)
	{
		for (size_t i = 0; i < h_.project_count; i++)
			if (strcmp(h_.projects[i].name, name) == 0)
				return &h_.projects[i];
		return nullptr;
	}

	sqlite3 *db_;
	struct thresholds th_;
	struct history h_;
};

TEST_F(History, empty_database)
{
	load("2026-11-22");
	EXPECT_EQ(h_.first_day, DAY_NONE);
	EXPECT_EQ(h_.month_count, 0u);
	EXPECT_EQ(h_.total_minutes, 0);
	EXPECT_EQ(h_.current, PATH_UNMAPPED);
	EXPECT_EQ(h_.tutorial_window.minutes, 0);
	EXPECT_GE(h_.path_count, 7u);
}

TEST_F(History, totals_ignore_everything_after_at)
{
	add("2026-09-30", 60, "python");
	add("2026-10-01", 120, "django", "tutorial");
	add("2026-10-15", 30, "django", "project");
	add("2026-10-16", 45, "pandas");
	add("2026-11-02", 600, "django");
	load("2026-10-15");
	EXPECT_EQ(h_.first_day, day("2026-09-30"));
	EXPECT_EQ(h_.total_minutes, 210);
	EXPECT_EQ(h_.fundamentals_minutes, 60);
	EXPECT_EQ(h_.tutorial_minutes, 120);
	EXPECT_EQ(h_.project_sessions, 1);
	ASSERT_EQ(h_.month_count, 2u);
	EXPECT_EQ(h_.months[0].from, day("2026-09-01"));
	EXPECT_EQ(h_.months[0].to, day("2026-09-30"));
	EXPECT_EQ(h_.months[1].from, day("2026-10-01"));
	EXPECT_EQ(h_.months[1].to, day("2026-10-15"));
	EXPECT_EQ(h_.months[1].minutes, 150);
	EXPECT_EQ(span_path_minutes(&h_.months[1], path("backend")), 150);
	EXPECT_EQ(h_.months[1].dominant, path("backend"));
}

TEST_F(History, months_have_top_topics_and_dominant_paths)
{
	add("2026-09-02", 300, "django");
	add("2026-09-03", 240, "flask");
	add("2026-09-04", 400, "tensorflow");
	add("2026-09-05", 600, "python");
	load("2026-09-30");
	ASSERT_EQ(h_.month_count, 1u);
	const struct span &m = h_.months[0];
	EXPECT_EQ(m.minutes, 1540);
	EXPECT_EQ(m.fundamentals, 600);
	EXPECT_EQ(span_specialization(&m), 940);
	ASSERT_EQ(m.path_count, 2u);
	EXPECT_EQ(m.paths[0].path, path("backend"));
	EXPECT_EQ(m.paths[0].minutes, 540);
	EXPECT_STREQ(m.paths[0].top_topic, "django");
	EXPECT_EQ(m.paths[0].top_topic_minutes, 300);
	EXPECT_EQ(m.paths[1].path, path("ml"));
	EXPECT_EQ(m.dominant, path("backend"));
}

TEST_F(History, a_tie_goes_to_the_path_logged_first_that_month)
{
	add("2026-09-10", 300, "django");
	add("2026-09-03", 300, "tensorflow");
	load("2026-09-30");
	EXPECT_EQ(h_.months[0].dominant, path("ml"));
}

TEST_F(History, a_tie_goes_first_to_the_path_chosen_at_the_months_end)
{
	// SPEC §5: the path chosen at the month's end, then the first
	// session on a tied path. A choice after the month does not count.
	add("2026-09-10", 300, "django");
	add("2026-09-03", 300, "tensorflow");
	add("2026-10-03", 10, "python");
	choose("2026-09-30", "backend");
	load("2026-10-31");
	EXPECT_EQ(h_.months[0].dominant, path("backend"));
	query(db_, "UPDATE path_choice SET day = '2026-10-01'");
	load("2026-10-31");
	EXPECT_EQ(h_.months[0].dominant, path("ml"));
}

TEST_F(History, topics_serving_the_chosen_path_count_for_it)
{
	// docker's home is devops and it serves backend; pandas serves ml
	// and data-engineering, not backend; python stays fundamentals.
	add("2026-11-02", 60, "docker");
	add("2026-11-03", 120, "flask");
	add("2026-11-04", 30, "pandas");
	add("2026-11-05", 45, "python");
	load("2026-11-22");
	const struct span *m = &h_.months[0];
	EXPECT_EQ(span_path_minutes(m, path("devops")), 60);	// no path yet
	EXPECT_EQ(span_path_minutes(m, path("backend")), 120);
	choose("2026-11-01", "backend");
	load("2026-11-22");
	m = &h_.months[0];
	EXPECT_EQ(span_path_minutes(m, path("backend")), 180);
	EXPECT_EQ(span_path_minutes(m, path("devops")), 0);
	EXPECT_EQ(span_path_minutes(m, path("data-science")), 30);
	EXPECT_EQ(m->fundamentals, 45);
	EXPECT_EQ(topic("docker")->home, path("devops"));
	EXPECT_EQ(topic("docker")->path, path("backend"));
	EXPECT_EQ(topic("pandas")->path, path("data-science"));
	EXPECT_EQ(h_.off_path_window.from, day("2026-10-26"));
	EXPECT_EQ(span_path_minutes(&h_.off_path_window, path("backend")), 180);
	// With ml chosen, pandas counts for ml and docker for ml too.
	choose("2026-11-10", "ml");
	load("2026-11-22");
	EXPECT_EQ(span_path_minutes(&h_.months[0], path("ml")), 90);
	EXPECT_EQ(span_path_minutes(&h_.months[0], path("backend")), 120);
}

TEST_F(History, active_minutes_by_path)
{
	choose("2026-11-01", "backend");
	add("2026-11-02", 60, "django", "tutorial");
	add("2026-11-03", 20, "django", "study");
	add("2026-11-04", 30, "sqlalchemy", "project");
	load("2026-11-22");
	ASSERT_EQ(h_.months[0].path_count, 1u);
	EXPECT_EQ(h_.months[0].paths[0].minutes, 110);
	EXPECT_EQ(h_.months[0].paths[0].active, 50);
	EXPECT_EQ(h_.focus_window.paths[0].active, 50);
}

TEST_F(History, fundamentals_minutes_by_area)
{
	// A fundamentals topic without an area counts as further.
	query(db_, "INSERT INTO topic (name, path_id) VALUES ('idioms', "
	    "(SELECT id FROM path WHERE slug = 'fundamentals'))");
	add("2026-11-02", 60, "python", "study");
	add("2026-11-03", 30, "oop", "tutorial");
	add("2026-11-04", 45, "git", "project");
	add("2026-11-05", 15, "idioms", "tutorial");
	add("2026-11-06", 10, "comprehensions", "study");
	add("2026-11-23", 99, "functions", "study");	// after at
	load("2026-11-22");
	EXPECT_EQ(h_.areas[AREA_BASICS].minutes, 60);
	EXPECT_EQ(h_.areas[AREA_BASICS].active, 60);
	EXPECT_EQ(h_.areas[AREA_CLASSES].minutes, 30);
	EXPECT_EQ(h_.areas[AREA_CLASSES].active, 0);
	EXPECT_EQ(h_.areas[AREA_DATA_STRUCTURES].minutes, 10);
	EXPECT_EQ(h_.areas[AREA_FUNCTIONS].minutes, 0);
	EXPECT_EQ(h_.areas[AREA_FURTHER].minutes, 60);
	EXPECT_EQ(h_.areas[AREA_FURTHER].active, 45);
	EXPECT_EQ(h_.fundamentals_minutes, 160);
	EXPECT_EQ(topic("git")->total_by_kind[2], 45);
	EXPECT_EQ(topic("django")->area, AREA_NONE);
}

TEST_F(History, pace_is_the_median_of_the_six_months_before_now)
{
	// March and April are more than six months back; May and September
	// are empty (0); November is now's month and not counted. Sorted:
	// 0, 0, 300, 600, 900, 1200: (300 + 600) / 2 = 450. F = max(3h,
	// 225m) = 225m; H = max(4h, 225m) = 4h.
	add("2026-03-10", 1000, "django");
	add("2026-04-10", 1000, "django");
	add("2026-06-10", 600, "django");
	add("2026-07-10", 300, "python");
	add("2026-08-10", 900, "pandas", "tutorial");
	add("2026-10-10", 1200, "django");
	add("2026-11-10", 1000, "django");
	load("2026-11-22");
	EXPECT_DOUBLE_EQ(h_.pace_minutes, 450);
	EXPECT_EQ(h_.focus_month_minutes, 225);
	EXPECT_EQ(h_.project_min_minutes, 240);
	EXPECT_EQ(h_.last_day, day("2026-11-10"));
}

TEST_F(History, pace_leaves_out_months_before_the_first_session)
{
	// September and October only: (400 + 402) / 2 = 401; F = 200.5
	// minutes, which whole minutes reach from 201 on.
	add("2026-09-10", 400, "django");
	add("2026-10-10", 402, "django");
	load("2026-11-22");
	EXPECT_DOUBLE_EQ(h_.pace_minutes, 401);
	EXPECT_EQ(h_.focus_month_minutes, 201);
	EXPECT_DOUBLE_EQ(history_focus_month_exact(&h_, &th_), 200.5);
	// Nothing before now's month: pace 0, F = 3h, H = 4h.
	load("2026-09-30");
	EXPECT_DOUBLE_EQ(h_.pace_minutes, 0);
	EXPECT_EQ(h_.focus_month_minutes, 180);
	EXPECT_EQ(h_.project_min_minutes, 240);
	// A fast pace is capped by the settings: 10h each.
	add("2026-07-10", 1300, "django");
	add("2026-08-10", 1300, "django");
	add("2026-09-11", 1300, "django");
	add("2026-10-11", 1300, "django");
	load("2026-11-22");
	EXPECT_EQ(h_.focus_month_minutes, 600);
	EXPECT_EQ(h_.project_min_minutes, 600);
}

TEST_F(History, pace_median_of_months)
{
	int odd[] = { 300, 0, 900 }, even[] = { 5, 1, 2, 4 };

	EXPECT_DOUBLE_EQ(pace_median(odd, 3), 300);
	EXPECT_DOUBLE_EQ(pace_median(even, 4), 3);	// (2 + 4) / 2
	EXPECT_DOUBLE_EQ(pace_median(nullptr, 0), 0);
}

TEST_F(History, a_project_path_follows_its_hours)
{
	// Issue 15 case 3: 1h of docker then 15h of flask is a backend
	// project, whatever its first session was.
	project("Booking API", "2026-10-01");
	add("2026-10-01", 60, "docker", "project", "Booking API");
	add("2026-10-02", 900, "flask", "project", "Booking API");
	// A recorded path (before schema 008: given) stays.
	project("Given", "2026-10-01", "ml");
	add("2026-10-03", 600, "django", "project", "Given");
	load("2026-11-22");
	EXPECT_EQ(project_named("Booking API")->path, path("backend"));
	EXPECT_FALSE(project_named("Booking API")->path_given);
	EXPECT_EQ(project_named("Given")->path, path("ml"));
	EXPECT_TRUE(project_named("Given")->path_given);
	// As of 2026-10-01 only the docker hour was logged.
	load("2026-10-01");
	EXPECT_EQ(project_named("Booking API")->path, path("devops"));
}

TEST_F(History, a_project_path_counts_serving_topics_for_the_chosen_path)
{
	// 10h of docker (serves backend) and 5h of kubernetes (devops).
	project("Deploy", "2026-10-01");
	add("2026-10-01", 600, "docker", "project", "Deploy");
	add("2026-10-02", 300, "kubernetes", "project", "Deploy");
	load("2026-11-22");
	EXPECT_EQ(project_named("Deploy")->path, path("devops"));
	choose("2026-09-01", "backend");
	load("2026-11-22");
	EXPECT_EQ(project_named("Deploy")->path, path("backend"));
}

TEST_F(History, a_project_path_tie_and_no_specialization_hours)
{
	// A tie: the path chosen on the start day, else the first session's.
	project("Tie", "2026-10-01");
	add("2026-10-02", 60, "django", "project", "Tie");
	add("2026-10-01", 60, "tensorflow", "project", "Tie");
	// Only fundamentals: the path chosen on the start day.
	project("Basics", "2026-10-05");
	add("2026-10-05", 60, "python", "project", "Basics");
	project("Early", "2026-08-01");
	add("2026-10-05", 60, "python", "project", "Early");
	load("2026-11-22");
	EXPECT_EQ(project_named("Tie")->path, path("ml"));
	EXPECT_EQ(project_named("Basics")->path, PATH_UNMAPPED);
	choose("2026-09-01", "backend");
	load("2026-11-22");
	EXPECT_EQ(project_named("Tie")->path, path("backend"));
	EXPECT_EQ(project_named("Basics")->path, path("backend"));
	EXPECT_EQ(project_named("Early")->path, PATH_UNMAPPED);
}

TEST_F(History, project_weeks_and_substantial)
{
	// 2026-11-15 is a Sunday (week of 11-09), 11-16 a Monday. Pace 0:
	// H = 4h.
	project("Two weeks", "2026-11-10");
	add("2026-11-15", 200, "flask", "project", "Two weeks");
	add("2026-11-16", 40, "flask", "project", "Two weeks");
	project("Short", "2026-11-10");
	add("2026-11-11", 239, "flask", "project", "Short");
	add("2026-11-18", 0 + 1, "python", "study");
	load("2026-11-22");
	EXPECT_EQ(project_named("Two weeks")->weeks, 2);
	EXPECT_EQ(project_named("Two weeks")->minutes, 240);
	EXPECT_TRUE(project_named("Two weeks")->substantial);
	EXPECT_EQ(project_named("Short")->weeks, 1);
	EXPECT_FALSE(project_named("Short")->substantial);
	load("2026-11-15");
	EXPECT_EQ(project_named("Two weeks")->weeks, 1);
	EXPECT_EQ(project_named("Two weeks")->minutes, 200);
	EXPECT_FALSE(project_named("Two weeks")->substantial);
}

TEST_F(History, projects_know_their_most_logged_topic_as_of_at)
{
	project("Blog", "2026-10-01");
	add("2026-10-01", 60, "django", "project", "Blog");
	add("2026-10-02", 90, "postgresql", "project", "Blog");
	add("2026-11-10", 120, "django", "project", "Blog");
	load("2026-11-22");	// nothing after at: the grouped read
	EXPECT_STREQ(project_named("Blog")->top_topic, "django");
	load("2026-10-31");	// November's django is after at
	EXPECT_STREQ(project_named("Blog")->top_topic, "postgresql");
	EXPECT_EQ(project_named("Blog")->topic_count, 0u);
}

TEST_F(History, history_load_projects_gives_the_paths_alone)
{
	project("Booking API", "2026-10-01");
	add("2026-10-01", 60, "docker", "project", "Booking API");
	add("2026-10-02", 900, "flask", "project", "Booking API");
	history_release(&h_);
	ASSERT_EQ(history_load_projects(db_, day("2026-11-22"), &h_), nullptr);
	ASSERT_EQ(h_.project_count, 1u);
	EXPECT_EQ(h_.projects[0].path, path("backend"));
	EXPECT_EQ(h_.projects[0].weeks, 1);
	EXPECT_EQ(h_.month_count, 0u);
	const history_project *found = history_project_find(&h_,
	    h_.projects[0].id);
	EXPECT_EQ(found, &h_.projects[0]);
}

TEST_F(History, same_day_path_choices_replace_each_other)
{
	// SPEC §5.1: ml then backend on one day is one choice of backend.
	choose("2026-06-01", "data-science");
	choose("2026-11-02", "ml");
	choose("2026-11-02", "backend");
	load("2026-11-22");
	ASSERT_EQ(h_.choice_count, 2u);
	EXPECT_EQ(h_.choices[1].path, path("backend"));
	EXPECT_EQ(history_choice_changes(&h_, day("2026-01-01")), 1);
}

TEST_F(History, unmapped_hours_are_specialization_but_never_dominant)
{
	query(db_, "INSERT INTO topic (name) VALUES ('rust')");
	add("2026-09-10", 600, "rust");
	add("2026-09-11", 60, "flask");
	load("2026-09-30");
	EXPECT_EQ(span_specialization(&h_.months[0]), 660);
	EXPECT_EQ(span_path_minutes(&h_.months[0], PATH_UNMAPPED), 600);
	EXPECT_EQ(h_.months[0].dominant, path("backend"));
}

TEST_F(History, windows_end_at_at_and_mix_summary_and_edges)
{
	// The 28-day window up to 2026-11-22 is 2026-10-26 .. 2026-11-22.
	add("2026-10-25", 100, "django", "tutorial");
	add("2026-10-26", 60, "django", "tutorial");
	add("2026-11-01", 30, "django", "project");
	add("2026-11-22", 20, "python");
	add("2026-11-23", 999, "django");	// after at: never counted
	load("2026-11-22");
	EXPECT_EQ(h_.tutorial_window.from, day("2026-10-26"));
	EXPECT_EQ(h_.tutorial_window.to, day("2026-11-22"));
	EXPECT_EQ(h_.tutorial_window.minutes, 110);
	EXPECT_EQ(h_.tutorial_window.by_kind[0], 60);
	EXPECT_EQ(h_.tutorial_window.by_kind[2], 30);
	EXPECT_EQ(h_.tutorial_window.fundamentals, 20);
	// The 182-day focus window holds all but the day after at.
	EXPECT_EQ(h_.focus_window.minutes, 210);
}

TEST_F(History, a_window_of_whole_months)
{
	th_.tutorial_window_days = 61;	// 2026-09-01 .. 2026-10-31
	add("2026-08-31", 5, "django");
	add("2026-09-01", 7, "django");
	add("2026-10-31", 11, "django");
	load("2026-10-31");
	EXPECT_EQ(h_.tutorial_window.from, day("2026-09-01"));
	EXPECT_EQ(h_.tutorial_window.minutes, 18);
}

TEST_F(History, path_choices_and_projects_as_of_at)
{
	query(db_, "INSERT INTO path_choice (path_id, day, created) VALUES "
	    "((SELECT id FROM path WHERE slug = 'backend'), '2026-09-01', 'x'), "
	    "((SELECT id FROM path WHERE slug = 'ml'), '2026-10-01', 'x'), "
	    "((SELECT id FROM path WHERE slug = 'backend'), '2026-10-01', 'x')");
	query(db_, "INSERT INTO project (name, path_id, started, completed, url, "
	    "created) VALUES ('Blog', (SELECT id FROM path WHERE slug = "
	    "'backend'), '2026-09-02', '2026-10-20', 'https://x', 'x'), "
	    "('Later', NULL, '2026-11-01', NULL, NULL, 'x')");
	add("2026-09-05", 200, "django", "project", "Blog");
	add("2026-10-18", 100, "sql", "project", "Blog");
	add("2026-10-19", 50, "django", "project", "Blog");
	load("2026-10-18");
	// Same day: the later entry replaces the earlier (SPEC §5.1).
	ASSERT_EQ(h_.choice_count, 2u);
	EXPECT_EQ(h_.choices[1].path, path("backend"));
	EXPECT_EQ(h_.current, path("backend"));
	ASSERT_EQ(h_.project_count, 1u);	// 'Later' starts after at
	EXPECT_STREQ(h_.projects[0].name, "Blog");
	EXPECT_EQ(h_.projects[0].completed, DAY_NONE);	// completed after at
	EXPECT_EQ(h_.projects[0].minutes, 300);
	EXPECT_EQ(h_.projects[0].topic_count, 0u);	// on request only
	ASSERT_EQ(history_load_project_topics(db_, &h_), nullptr);
	EXPECT_EQ(h_.projects[0].minutes, 300);
	ASSERT_EQ(h_.projects[0].topic_count, 2u);
	EXPECT_STREQ(h_.projects[0].topics[0], "django");
	load("2026-10-20");
	EXPECT_EQ(h_.projects[0].completed, day("2026-10-20"));
	EXPECT_EQ(h_.projects[0].minutes, 350);
	EXPECT_EQ(h_.portfolio_window.projects_completed, 1);
}

TEST_F(History, active_weeks_are_iso_weeks)
{
	add("2026-11-15", 10, "python");	// a Sunday: ISO week 46
	add("2026-11-16", 10, "python");	// Monday: week 47
	add("2026-11-22", 10, "python");	// Sunday: week 47
	load("2026-11-22");
	EXPECT_EQ(h_.active_weeks, 2);
}

TEST_F(History, summaries_follow_updates_and_deletes)
{
	add("2026-09-05", 60, "django");
	add("2026-09-06", 30, "django");
	query(db_, "UPDATE session SET day = '2026-10-01', minutes = 45 "
	    "WHERE uuid = (SELECT max(uuid) FROM session)");
	EXPECT_EQ(query(db_, "SELECT month, minutes, sessions FROM month_total "
	    "ORDER BY month"), "2026-09|60|1\n2026-10|45|1\n");
	query(db_, "DELETE FROM session WHERE day = '2026-09-05'");
	EXPECT_EQ(query(db_, "SELECT month, minutes FROM month_total"),
	    "2026-10|45\n");
	EXPECT_EQ(query(db_, "SELECT day, minutes, sessions FROM day_total"),
	    "2026-10-01|45|1\n");
}

TEST_F(History, focus_streak_per_spec)
{
	query(db_, "INSERT INTO path_choice (path_id, day, created) VALUES "
	    "((SELECT id FROM path WHERE slug = 'backend'), '2026-06-01', 'x')");
	add("2026-07-10", 600, "django");	// focused
	add("2026-08-10", 600, "django");	// focused
	add("2026-09-10", 600, "django");	// 10h but only 50% of 20h
	add("2026-09-11", 600, "tensorflow");
	add("2026-10-10", 600, "django");	// focused
	add("2026-11-10", 299, "django");	// current month, unfocused
	load("2026-11-22");
	// The pace: July to October (June has no session yet) are 600, 600,
	// 1200, 600 minutes: the median is (600 + 600) / 2 = 600, so F is
	// max(3h, 5h) = 5h and 299 minutes fall short of it.
	EXPECT_DOUBLE_EQ(h_.pace_minutes, 600);
	EXPECT_EQ(h_.focus_month_minutes, 300);
	EXPECT_EQ(focus_streak(&h_, &th_), 1);
	th_.focus_share = 50;
	EXPECT_EQ(focus_streak(&h_, &th_), 4);
}

// The 10th of every month from from_year-from_month to to_year-to_month.
static std::vector<std::string>
months_between(int from_year, int from_month, int to_year, int to_month)
{
	std::vector<std::string> out;
	for (int y = from_year, m = from_month;
	    y < to_year || (y == to_year && m <= to_month);) {
		char text[32];
		snprintf(text, sizeof(text), "%04d-%02d-10", y, m);
		out.push_back(text);
		if (++m == 13) {
			m = 1;
			y++;
		}
	}
	return out;
}

TEST_F(History, focus_streak_needs_active_minutes_before_the_kept_months)
{
	// 2024-06 .. 2024-12 only tutorials, 2025-01 .. 2026-10 study: the
	// walk back through month_total stops at 2024-12. Pace 600: F = 5h.
	choose("2024-01-01", "backend");
	for (const std::string &d : months_between(2024, 6, 2024, 12))
		add(d, 600, "django", "tutorial");
	for (const std::string &d : months_between(2025, 1, 2026, 10))
		add(d, 600, "django");
	load("2026-11-22");
	EXPECT_EQ(h_.months[0].from, day("2025-12-01"));
	EXPECT_EQ(focus_streak(&h_, &th_), 22);
	EXPECT_EQ(h_.streak_before, 11);	// 2025-01 .. 2025-11
}

TEST_F(History, focus_streak_reaches_back_past_the_kept_months)
{
	query(db_, "INSERT INTO path_choice (path_id, day, created) VALUES "
	    "((SELECT id FROM path WHERE slug = 'backend'), '2024-01-01', 'x')");
	// 2024-03 .. 2026-10: 32 focused months; November has nothing yet.
	for (const std::string &d : months_between(2024, 3, 2026, 10))
		add(d, 600, "django");
	add("2024-03-11", 600, "python");	// fundamentals: no effect
	load("2026-11-22");
	// Kept in detail: the 12 months up to November (the widest window,
	// 182 days, starts in May).
	ASSERT_EQ(h_.month_count, 12u);
	EXPECT_EQ(h_.months[0].from, day("2025-12-01"));
	EXPECT_EQ(focus_streak(&h_, &th_), 32);
	EXPECT_EQ(h_.total_minutes, 33 * 600);
	EXPECT_EQ(h_.fundamentals_minutes, 600);
	EXPECT_EQ(h_.first_day, day("2024-03-10"));

	// A month at 50% breaks the streak: 2025-06 .. 2026-10 is 17 months.
	add("2025-05-12", 600, "tensorflow");
	load("2026-11-22");
	EXPECT_EQ(focus_streak(&h_, &th_), 17);

	// So does a month without sessions: 2025-03 .. 2025-04 left, 2025-02
	// emptied, and the 50% month mended by more django.
	add("2025-05-13", 600, "django");
	query(db_, "DELETE FROM session WHERE day = '2025-02-10'");
	load("2026-11-22");
	EXPECT_EQ(focus_streak(&h_, &th_), 20);
	// Judged against another path, nothing is focused.
	h_.current = path("data-science");
	EXPECT_EQ(focus_streak(&h_, &th_), 0);
}

TEST_F(History, a_topic_moved_to_another_path_takes_its_months_along)
{
	query(db_, "INSERT INTO topic (name) VALUES ('wasmcloud')");
	query(db_, "INSERT INTO path_choice (path_id, day, created) VALUES "
	    "((SELECT id FROM path WHERE slug = 'backend'), '2025-01-01', 'x')");
	for (const std::string &d : months_between(2025, 1, 2026, 10))
		add(d, 660, "wasmcloud");
	load("2026-11-22");
	EXPECT_EQ(focus_streak(&h_, &th_), 0);
	query(db_, "UPDATE topic SET path_id = (SELECT id FROM path WHERE "
	    "slug = 'backend') WHERE name = 'wasmcloud'");
	load("2026-11-22");
	EXPECT_EQ(focus_streak(&h_, &th_), 22);
	EXPECT_EQ(query(db_, "SELECT count(*), sum(minutes) FROM "
	    "month_path_total WHERE path_id = 0"), "0|NULL\n");
	query(db_, "UPDATE topic SET path_id = NULL WHERE name = 'wasmcloud'");
	load("2026-11-22");
	EXPECT_EQ(focus_streak(&h_, &th_), 0);
	EXPECT_EQ(query(db_, "SELECT count(*), sum(minutes) FROM "
	    "month_path_total WHERE path_id = 0"), "22|14520\n");
}

TEST_F(History, windows_wider_than_a_year_keep_their_months)
{
	th_.portfolio_window_days = 400;
	add("2025-10-20", 60, "django");
	add("2024-01-05", 60, "django");
	load("2026-11-22");
	// 400 days up to 2026-11-22 start on 2025-10-19.
	EXPECT_EQ(h_.months[0].from, day("2025-10-01"));
	EXPECT_EQ(h_.portfolio_window.minutes, 60);
	EXPECT_EQ(h_.total_minutes, 120);
}

TEST_F(History, all_time_summaries_match_the_sessions)
{
	query(db_, "INSERT INTO project (name, started, created) VALUES "
	    "('blog', '2026-01-01', 'x')");
	add("2026-01-05", 60, "django", "project", "blog");
	add("2026-01-06", 30, "flask", "project", "blog");
	add("2026-01-06", 45, "python", "tutorial");
	add("2026-02-01", 50, "django", "project", "blog");
	add("2026-03-02", 20, "pandas");
	query(db_, "UPDATE session SET day = '2026-02-03', topic_id = (SELECT id "
	    "FROM topic WHERE name = 'pandas') WHERE day = '2026-01-06' AND "
	    "kind = 'project'");
	query(db_, "DELETE FROM session WHERE day = '2026-03-02'");
	query(db_, "UPDATE session SET minutes = 75 WHERE day = '2026-01-05'");
	EXPECT_EQ(query(db_, "SELECT t.name, kind, minutes, sessions FROM "
	    "topic_total JOIN topic t ON t.id = topic_id ORDER BY 1, 2"),
	    "django|project|125|2\npandas|project|30|1\npython|tutorial|45|1\n");
	EXPECT_EQ(query(db_, "SELECT t.name, minutes, sessions FROM "
	    "project_topic_total JOIN topic t ON t.id = topic_id ORDER BY 1"),
	    "django|125|2\npandas|30|1\n");
	EXPECT_EQ(query(db_, "SELECT month, p.slug, minutes FROM "
	    "month_path_total LEFT JOIN path p ON p.id = path_id ORDER BY 1, 2"),
	    "2026-01|backend|75\n2026-01|fundamentals|45\n"
	    "2026-02|backend|50\n2026-02|data-science|30\n");
	// 2026-01-05 is a Monday; 2026-01-06 the same week; 2026-02-01 a
	// Sunday (week of 01-26); 2026-02-03 a Tuesday.
	EXPECT_EQ(query(db_, "SELECT week, days FROM week_total ORDER BY 1"),
	    "2026-01-05|2\n2026-01-26|1\n2026-02-02|1\n");
}

} // namespace
