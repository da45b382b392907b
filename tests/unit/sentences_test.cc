// The sentence functions every format shares (reports/sentences.h): each
// kind of sentence from hand-set codes and figures, with the expected
// text written out by hand, including the singular, plural and empty
// cases of what fills it in.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <string>

extern "C" {
#include "core/date.h"
#include "reports/sentences.h"
}

namespace {

finding_advice
advice(advice_code code)
{
	finding_advice a;
	memset(&a, 0, sizeof(a));
	a.code = code;
	return a;
}

std::string
taken(char *text)
{
	std::string result = text ? text : "(null)";
	free(text);
	return result;
}

std::string
advice_text(const finding_advice &a)
{
	return taken(finding_advice_text(&a));
}

std::string
welcome_text(const finding_advice &a)
{
	return taken(finding_welcome_text(&a));
}

std::string
areas(unsigned mask)
{
	buf b;
	buf_init(&b);
	put_area_list(&b, mask);
	std::string result = b.data ? b.data : "";
	buf_release(&b);
	return result;
}

}  // namespace

TEST(sentences, tutorial_hell_advice_names_the_project_or_the_example)
{
	finding_advice a = advice(ADVICE_TUTORIAL_ALERT_PROJECT);
	a.project = "Blog";
	EXPECT_EQ(advice_text(a), "Start on 'Blog' today instead of the next "
	    "video, however small the first step, and go back to a tutorial "
	    "only when something you are building needs it.");
	a = advice(ADVICE_TUTORIAL_EXAMPLE);
	a.path = "devops";
	EXPECT_EQ(advice_text(a), "Close the course and build a Dockerfile and "
	    "a CI pipeline for a small app with what you already know: you "
	    "learn more from being stuck on your own code than from the next "
	    "video.");
	EXPECT_EQ(advice_text(advice(ADVICE_TUTORIAL_BUILD)), "Close the course "
	    "and build something small of your own with what you already "
	    "know: you learn more from being stuck on your own code than from "
	    "the next video.");
}

TEST(sentences, off_path_advice_names_both_paths)
{
	finding_advice a = advice(ADVICE_OFF_PATH_OTHER);
	a.path = "backend";
	a.other = "ml";
	EXPECT_EQ(advice_text(a), "Either make ml your path (`track path set "
	    "ml`) or come back to backend: hours spread elsewhere do not "
	    "deepen the path you chose.");
}

TEST(sentences, no_portfolio_advice_shows_the_projects_hours)
{
	finding_advice a = advice(ADVICE_PORTFOLIO_OPEN);
	a.project = "Todo API";
	a.minutes = 90;
	EXPECT_EQ(advice_text(a), "Finish 'Todo API' (1h30m so far), publish "
	    "it and record it with `track project done` and its URL: employers "
	    "want to see what you built, not which courses you finished.");
	a.minutes = 0;
	EXPECT_EQ(advice_text(a).substr(0, 30), "Finish 'Todo API' (0m so far),");
	a = advice(ADVICE_PORTFOLIO_EXAMPLE);
	a.path = "ml";
	EXPECT_EQ(advice_text(a), "Build a small scikit-learn model on data "
	    "you care about over a few weeks and publish it: employers want to "
	    "see what you built, not which courses you finished.");
}

TEST(sentences, lists_of_one_two_three_and_none)
{
	finding_advice a = advice(ADVICE_PREREQUISITES);
	const char *names[] = { "linear algebra", "statistics", "calculus" };
	a.path = "ml";
	a.names = names;
	a.name_count = 1;
	EXPECT_EQ(advice_text(a), "Don't skip the math: put a few hours into "
	    "linear algebra now, because everything in ml builds on them.");
	a.name_count = 2;
	EXPECT_EQ(advice_text(a), "Don't skip the math: put a few hours into "
	    "linear algebra and statistics now, because everything in ml "
	    "builds on them.");
	a.name_count = 3;
	EXPECT_EQ(advice_text(a), "Don't skip the math: put a few hours into "
	    "linear algebra, statistics and calculus now, because everything "
	    "in ml builds on them.");

	EXPECT_EQ(areas(0), "");
	EXPECT_EQ(areas(1u << AREA_CLASSES), "classes");
	EXPECT_EQ(areas(1u << AREA_BASICS | 1u << AREA_ERROR_HANDLING),
	    "basics and error handling");
	a = advice(ADVICE_FUNDAMENTALS_COVERAGE);
	a.areas = 1u << AREA_DATA_STRUCTURES | 1u << AREA_FUNCTIONS |
	    1u << AREA_CLASSES;
	EXPECT_EQ(advice_text(a), "Practise data structures, functions and "
	    "classes in small exercises of your own before going further: "
	    "libraries and frameworks change, the fundamentals don't.");
}

TEST(sentences, memorization_advice_with_and_without_a_project)
{
	finding_advice a = advice(ADVICE_MEMORIZATION_PROJECT);
	a.topic = "pandas";
	a.project = "Spending";
	EXPECT_EQ(advice_text(a), "Use pandas in 'Spending' this week: if you "
	    "understand the core concepts, you can always look up the rest.");
	a.code = ADVICE_MEMORIZATION_TOPIC;
	EXPECT_EQ(advice_text(a), "Use pandas in a small project this week: if "
	    "you understand the core concepts, you can always look up the "
	    "rest.");
}

TEST(sentences, welcome_back_for_each_stalled_situation)
{
	finding_advice a = advice(ADVICE_STALLED_TUTORIAL);
	a.project = "Django for Everybody";
	a.days = 30;
	EXPECT_EQ(welcome_text(a), "Welcome back: 30 days since your last "
	    "session; pick up 'Django for Everybody' again today.");
	a.code = ADVICE_STALLED_BUILD;
	EXPECT_EQ(welcome_text(a), "Welcome back: 30 days since your last "
	    "session; come back with something small of your own rather than "
	    "the next video.");
	a.code = ADVICE_STALLED_TOPIC;
	a.topic = "flask";
	a.days = 0;
	EXPECT_EQ(welcome_text(a), "Welcome back: 0 days since your last "
	    "session; one short session on flask today restarts the habit.");
	a.code = ADVICE_STALLED_NONE;
	EXPECT_EQ(advice_text(a), "Log one short session today: a small step "
	    "back in beats planning a big restart.");
	// Only stalled's codes have a welcome line.
	a.code = ADVICE_SCATTERED_NONE;
	EXPECT_EQ(welcome_text(a), "");
}

TEST(sentences, every_code_has_a_sentence_with_no_placeholder_left)
{
	for (int code = 0; code < ADVICE_COUNT; code++) {
		finding_advice a = advice(static_cast<advice_code>(code));
		std::string text = advice_text(a);
		EXPECT_GT(text.size(), 40u) << code;
		EXPECT_EQ(text.find('{'), std::string::npos) << text;
		EXPECT_EQ(text.back(), '.') << text;
	}
}

TEST(sentences, path_examples_only_for_built_in_paths)
{
	EXPECT_STREQ(path_example("backend"), "a small Django or Flask app of "
	    "your own");
	EXPECT_EQ(path_example("web"), nullptr);
	EXPECT_EQ(path_example(nullptr), nullptr);
}

namespace {

next_action
next(next_code code, const char *project = nullptr, const char *path =
    nullptr, const char *topic = nullptr, int minutes = 0, int weeks = 0)
{
	next_action a;
	memset(&a, 0, sizeof(a));
	a.code = code;
	a.project = project;
	a.path = path;
	a.topic = topic;
	a.minutes = minutes;
	a.weeks = weeks;
	return a;
}

std::string
next_text(const next_action &a)
{
	return taken(portfolio_next_text(&a));
}

}  // namespace

TEST(sentences, next_actions_on_a_project_quote_it_for_the_shell)
{
	EXPECT_EQ(next_text(next(NEXT_ADD_URL, "Bob's blog")), "add a URL to "
	    "'Bob's blog': track project done 'Bob'\\''s blog' --url URL");
	EXPECT_EQ(next_text(next(NEXT_FINISH, "Todo API")), "finish 'Todo API', "
	    "it is substantial: track project done 'Todo API' --url URL");
	EXPECT_EQ(next_text(next(NEXT_LOG_PAST, "a", nullptr, nullptr, 600, 2)),
	    "log the hours 'a' took (10h over two weeks would make it "
	    "substantial): track log 2h TOPIC --project a --date DAY");
	EXPECT_EQ(next_text(next(NEXT_DEEPEN, "a", nullptr, "django", 600)),
	    "deepen 'a' with 10h more: track log 1h django --project a");
}

TEST(sentences, what_makes_a_project_substantial_in_hours_and_weeks)
{
	EXPECT_EQ(next_text(next(NEXT_MAKE_OPEN, "Todo API", nullptr,
	    "fastapi", 300, 1)), "make 'Todo API' substantial (5h more in a "
	    "second week), then finish it: track log 1h fastapi --project "
	    "'Todo API'");
	EXPECT_EQ(next_text(next(NEXT_MAKE_OPEN, "x", nullptr, nullptr, 390)),
	    "make 'x' substantial (6h30m more), then finish it: track log 1h "
	    "TOPIC --project x");
	// Enough hours: only the weeks are missing, one or two.
	EXPECT_EQ(next_text(next(NEXT_MAKE_THIN, "x", nullptr, "git", 0, 1)),
	    "make the thin project 'x' substantial (a session in a second "
	    "week): track log 1h git --project x");
	EXPECT_EQ(next_text(next(NEXT_MAKE_THIN, "x", nullptr, "git", -30, 2)),
	    "make the thin project 'x' substantial (sessions in two weeks): "
	    "track log 1h git --project x");
}

TEST(sentences, next_actions_on_a_path)
{
	next_action a = next(NEXT_FOCUS_HOURS, nullptr, "backend", nullptr, 600);
	EXPECT_EQ(next_text(a), "spend your next 10h of specialization on "
	    "backend (0m of the last 182 days so far): track log 1h TOPIC "
	    "(track topic list --path backend)");
	a.topic = "django";
	a.so_far = 45;
	EXPECT_EQ(next_text(a), "spend your next 10h of specialization on "
	    "backend (45m of the last 182 days so far): track log 1h django");
	a.code = NEXT_FOCUSED_MONTH;
	a.share = 60;
	EXPECT_EQ(next_text(a), "keep the next month focused on backend (10h "
	    "or more of study or project, at least 60% of your specialization "
	    "hours): track log 1h django");
	EXPECT_EQ(next_text(next(NEXT_FIRST_PROJECT, nullptr, "backend",
	    nullptr, 600)), "build and finish a first backend project (10h or "
	    "more over two weeks or more): track log 2h TOPIC --project NAME, "
	    "then track project done NAME --url URL");
	EXPECT_EQ(next_text(next(NEXT_ANOTHER_PROJECT, nullptr, "ml", nullptr,
	    90)).substr(0, 45), "build and finish another ml project (1h30m or");
}

TEST(sentences, choosing_a_path_and_nothing_left)
{
	EXPECT_EQ(next_text(next(NEXT_CHOOSE_SUGGESTED, nullptr, "backend")),
	    "choose your most-logged specialization of the last 90 days: track "
	    "path set backend");
	EXPECT_EQ(next_text(next(NEXT_CHOOSE_BEST, nullptr, "ml")), "choose the "
	    "path that raises the score most: track path set ml");
	EXPECT_EQ(next_text(next(NEXT_CHOOSE_ANY)), "choose a path: track path "
	    "set PATH (track path list shows them)");
	EXPECT_EQ(next_text(next(NEXT_KEEP_UP)), "nothing left to gain: keep "
	    "your portfolio up to date");
}

namespace {

// A plan on path with every figure zero; tests set what a line reads.
struct HandPlan {
	explicit HandPlan(const char *path)
	{
		memset(&plan, 0, sizeof(plan));
		plan.path = path;
		for (int i = 0; i < 5; i++)
			plan.steps[i].step = i + 1;
		plan.pace.project_min_minutes = 600;
		plan.pace.focus_month_minutes = 600;
		plan.pace.focus_share = 60;
	}
	std::string line(int step) const
	{
		return taken(plan_step_text(&plan, step));
	}
	struct plan plan;
};

}  // namespace

TEST(sentences, step_two_counts_path_changes_in_the_singular_and_plural)
{
	HandPlan p("backend");
	day_parse_iso("2026-03-01", &p.plan.hints.since);
	EXPECT_EQ(p.line(2), "backend since 2026-03-01, no path change in the "
	    "last 12 months: stay with it");
	p.plan.hints.year_changes = 1;
	EXPECT_EQ(p.line(2), "backend since 2026-03-01, 1 path change in the "
	    "last 12 months: stay with backend, depth takes months on one "
	    "path");
	p.plan.hints.year_changes = 3;
	EXPECT_EQ(p.line(2), "backend since 2026-03-01, 3 path changes in the "
	    "last 12 months: stay with backend, depth takes months on one "
	    "path");
}

TEST(sentences, step_two_off_path_to_unmapped_topics_names_no_path_to_set)
{
	HandPlan p("ml");
	day_parse_iso("2026-01-01", &p.plan.hints.since);
	p.plan.hints.hold = HOLD_OFF_PATH;
	p.plan.hints.off_share = 90;
	p.plan.hints.on_share = 10;
	EXPECT_EQ(p.line(2), "ml chosen on 2026-01-01, but 90% of the last 28 "
	    "days' specialization hours went to unmapped topics (ml 10%): come "
	    "back to ml");
	p.plan.hints.hold = HOLD_MONTHS;
	p.plan.hints.month_count = 2;
	p.plan.hints.months[0] = 12;
	p.plan.hints.months[1] = 1;
	p.plan.hints.month_paths[0] = "ml";
	p.plan.hints.month_paths[1] = "devops";
	EXPECT_EQ(p.line(2), "ml chosen on 2026-01-01, but your months hopped "
	    "(Dec ml → Jan devops): stay with ml for 6 to 12 months");
}

TEST(sentences, step_three_lists_projects_in_weeks_or_as_nothing_logged)
{
	HandPlan p("backend");
	plan_project projects[2];
	memset(projects, 0, sizeof(projects));
	projects[0].name = "CLI";
	projects[1].name = "Blog";
	projects[1].minutes = 540;
	projects[1].weeks = 1;
	projects[1].completed = true;
	p.plan.projects = projects;
	p.plan.project_count = 2;
	p.plan.steps[2].target = 3;
	p.plan.hints.build = BUILD_KEEP_BUILDING;
	EXPECT_EQ(p.line(3), "0 of 3 substantial projects in backend: keep "
	    "building 'CLI' (10h over two weeks would make it substantial), then "
	    "finish it; open: 'CLI' (nothing logged); thin: 'Blog' 9h in 1 week "
	    "(1h more in a second week would make it substantial)");
	projects[1].weeks = 2;
	p.plan.hints.build = BUILD_MAKE_THIN;
	EXPECT_EQ(p.line(3), "0 of 3 substantial projects in backend: make a "
	    "thin one substantial, or build a new one; open: 'CLI' (nothing "
	    "logged); thin: 'Blog' 9h in 2 weeks (1h more would make it "
	    "substantial)");
}

TEST(sentences, step_four_states_of_the_month)
{
	HandPlan p("backend");
	p.plan.steps[3].value = 1;
	p.plan.steps[3].target = 6;
	EXPECT_EQ(p.line(4), "1 of 6 focused months (12 = mastery); nothing "
	    "logged yet: 10h of study or project on backend this month make a "
	    "focused month");
	p.plan.hints.month = MONTH_NEEDS;
	p.plan.hints.month_on = 360;
	p.plan.hints.month_active = 240;
	p.plan.hints.month_share = 75;
	p.plan.hints.month_needed = 360;
	EXPECT_EQ(p.line(4), "1 of 6 focused months (12 = mastery); this month "
	    "6h on backend (75%), 4h of it active: 6h more of study or project "
	    "on backend makes it a focused month");
	p.plan.hints.month = MONTH_OUT_OF_REACH;
	p.plan.hints.month_active = 360;
	EXPECT_EQ(p.line(4), "1 of 6 focused months (12 = mastery); this month "
	    "6h on backend (75%): a focused month needs 60% of your "
	    "specialization hours on backend");
}

TEST(sentences, steps_without_a_path_say_how_to_choose_one)
{
	HandPlan p(nullptr);
	p.plan.suggested_path = "data-science";
	p.plan.steps[4].value = 0;
	p.plan.hints.grade = "getting started";
	EXPECT_EQ(p.line(2), "no path chosen: track path set data-science (your "
	    "most-logged specialization of the last 90 days)");
	EXPECT_EQ(p.line(3), "choose a path first: track path set "
	    "data-science");
	EXPECT_EQ(p.line(5), "portfolio depth 0/100 (getting started) with no "
	    "path; choose one first: track path set data-science");
	p.plan.suggested_path = nullptr;
	EXPECT_EQ(p.line(4), "choose a path first: track path set PATH");
}

TEST(sentences, step_one_and_five_with_zero_and_reached_figures)
{
	HandPlan p("backend");
	p.plan.steps[0].target = 40;
	p.plan.hints.to_go = 40 * 60;
	p.plan.hints.share_ok = true;
	for (int a = 0; a < 5; a++)
		p.plan.areas[a].complete = true;
	EXPECT_EQ(p.line(1), "0.0h of fundamentals, 40h to go: practise core "
	    "Python (track log 1h python; track topic list --path "
	    "fundamentals)");
	p.plan.steps[4].value = 70;
	p.plan.steps[4].target = 70;
	p.plan.steps[4].complete = true;
	p.plan.hints.grade = "solid";
	EXPECT_EQ(p.line(5), "portfolio depth 70/100 (solid): done");
	p.plan.hints.next.code = NEXT_ADD_URL;
	p.plan.hints.next.project = "Blog";
	p.plan.hints.next_gain = 1;
	EXPECT_EQ(p.line(5), "portfolio depth 70/100 (solid): done; next: add a "
	    "URL to 'Blog': track project done Blog --url URL (+1)");
}
