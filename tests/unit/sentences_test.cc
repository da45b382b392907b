// The sentence functions every format shares (reports/sentences.h): each
// kind of sentence from hand-set codes and figures, with the expected
// text written out by hand, including the singular, plural and empty
// cases of what fills it in.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <string>

extern "C" {
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
