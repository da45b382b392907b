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
