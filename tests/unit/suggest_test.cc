// "Did you mean": typo distance and when a name is close enough to offer.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

extern "C" {
#include "core/suggest.h"
}

namespace {

// The suggestion for typed among known, or "" when none is close.
std::string
suggestion(const char *typed, const std::vector<const char *> &known)
{
	struct suggest s;
	struct buf out;
	suggest_init(&s, &suggest_commands, typed);
	buf_init(&out);
	for (const char *k : known)
		suggest_consider(&s, k);
	std::string result = suggest_put(&s, &out) ? out.data : "";
	buf_release(&out);
	suggest_release(&s);
	return result;
}

const std::vector<const char *> kCommands = { "log", "ls", "edit", "rm",
	"undo", "start", "stop", "status", "cancel", "path", "topic", "config",
	"import", "project", "tutorial", "plan", "check", "portfolio",
	"export", "report", "help", "completion", "version" };

// The name rule offers for typed among known ("" for none), weighing
// each known name as suggest_weigh does.
std::string
offer(const struct suggest_rule *rule, const char *typed,
    const std::vector<const char *> &known)
{
	struct suggest s;
	suggest_init(&s, rule, typed);
	for (const char *k : known)
		suggest_consider(&s, k);
	char *best = suggest_take(&s);
	std::string result = best ? best : "";
	free(best);
	suggest_release(&s);
	return result;
}

TEST(suggest, typo_distance_counts_a_swap_of_neighbours_as_one)
{
	EXPECT_EQ(typo_distance("log", "log", TYPO_SWAPS), 0);
	EXPECT_EQ(typo_distance("lgo", "log", TYPO_SWAPS), 1);
	EXPECT_EQ(typo_distance("reprot", "report", TYPO_SWAPS), 1);
	EXPECT_EQ(typo_distance("LOG", "log", TYPO_SWAPS), 0);
	EXPECT_EQ(typo_distance("", "rm", TYPO_SWAPS), 2);
	EXPECT_EQ(typo_distance("xy", "ls", TYPO_SWAPS), 2);
	EXPECT_EQ(typo_distance("stats", "status", TYPO_SWAPS), 1);
	EXPECT_EQ(typo_distance("kitten", "sitting", TYPO_SWAPS), 3);
	EXPECT_EQ(typo_distance("kubrenetse", "kubernetes", TYPO_SWAPS), 2);
}

TEST(suggest, typo_distance_without_swaps_is_levenshtein)
{
	EXPECT_EQ(typo_distance("kitten", "sitting", TYPO_NO_SWAPS), 3);
	EXPECT_EQ(typo_distance("", "abc", TYPO_NO_SWAPS), 3);
	EXPECT_EQ(typo_distance("abc", "", TYPO_NO_SWAPS), 3);
	EXPECT_EQ(typo_distance("django", "django", TYPO_NO_SWAPS), 0);
	EXPECT_EQ(typo_distance("Django", "dJANGO", TYPO_NO_SWAPS), 0);
	EXPECT_EQ(typo_distance("djnago", "django", TYPO_NO_SWAPS), 2);
	EXPECT_EQ(typo_distance("flask", "flasks", TYPO_NO_SWAPS), 1);
}

TEST(suggest, typo_distance_one_swap_counts_a_lone_swap_as_one)
{
	EXPECT_EQ(typo_distance("djnago", "django", TYPO_ONE_SWAP), 1);
	EXPECT_EQ(typo_distance("djang", "django", TYPO_ONE_SWAP), 1);
	// With another typo, or a second swap, swaps cost two each.
	EXPECT_EQ(typo_distance("kubernatse", "kubernetes", TYPO_ONE_SWAP), 3);
	EXPECT_EQ(typo_distance("kubrenetse", "kubernetes", TYPO_ONE_SWAP), 4);
}

TEST(suggest, topics_allow_a_typo_per_four_letters_and_never_the_same)
{
	const std::vector<const char *> topics = { "django", "kubernetes",
		"go", "pandas" };
	EXPECT_EQ(offer(&suggest_topics, "djnago", topics), "django");
	EXPECT_EQ(offer(&suggest_topics, "kubrenetes", topics), "kubernetes");
	EXPECT_EQ(offer(&suggest_topics, "kubernatse", topics), "");
	EXPECT_EQ(offer(&suggest_topics, "kubrenetse", topics), "");
	EXPECT_EQ(offer(&suggest_topics, "gi", topics), "");
	EXPECT_EQ(offer(&suggest_topics, "django", topics), "");
}

TEST(suggest, topics_offer_the_name_for_the_key)
{
	struct suggest s;
	suggest_init(&s, &suggest_topics, "machine-lerning");
	EXPECT_FALSE(suggest_weigh(&s, "deep-learning", "Deep Learning"));
	EXPECT_TRUE(suggest_weigh(&s, "machine-learning", "Machine Learning"));
	EXPECT_FALSE(suggest_weigh(&s, "machine-learnings", "ML plural"));
	char *best = suggest_take(&s);
	EXPECT_STREQ(best, "Machine Learning");
	free(best);
	suggest_release(&s);
}

TEST(suggest, settings_fall_back_to_a_key_holding_the_word)
{
	EXPECT_EQ(offer(&suggest_settings, "colour", { "color", "week-start" }),
	    "color");
	EXPECT_EQ(offer(&suggest_settings, "start", { "week-start", "color" }),
	    "week-start");
	// A close key still wins over one that only holds the word.
	EXPECT_EQ(offer(&suggest_settings, "start", { "week-start", "stars" }),
	    "stars");
	EXPECT_EQ(offer(&suggest_settings, "zzzzzzzz", { "week-start" }), "");
}

TEST(suggest, titles_allow_an_edit_per_four_letters_and_at_least_two)
{
	const std::vector<const char *> titles = { "Django blog", "Todo API",
		"abxy" };
	EXPECT_EQ(offer(&suggest_titles, "Djngo blog", titles), "Django blog");
	EXPECT_EQ(offer(&suggest_titles, "todo-api", titles), "Todo API");
	EXPECT_EQ(offer(&suggest_titles, "abc", titles), "abxy");
	EXPECT_EQ(offer(&suggest_titles, "Weather app", titles), "");
	// The first of equally close names.
	EXPECT_EQ(offer(&suggest_titles, "ab", { "abxy", "abyx" }), "abxy");
}

TEST(suggest, offers_a_name_within_two_typos_and_under_half_the_word)
{
	EXPECT_EQ(suggestion("lgo", kCommands), "did you mean 'log'?");
	EXPECT_EQ(suggestion("reprot", kCommands), "did you mean 'report'?");
	EXPECT_EQ(suggestion("improt", kCommands), "did you mean 'import'?");
	EXPECT_EQ(suggestion("tutorail", kCommands), "did you mean 'tutorial'?");
	EXPECT_EQ(suggestion("Log", kCommands), "did you mean 'log'?");
	EXPECT_EQ(suggestion("logs", kCommands), "did you mean 'log'?");
}

TEST(suggest, offers_nothing_for_short_words_far_from_every_name)
{
	// One or two typos turn any two letters into "ls" or "rm".
	EXPECT_EQ(suggestion("xy", kCommands), "");
	EXPECT_EQ(suggestion("ab", kCommands), "");
	EXPECT_EQ(suggestion("q", kCommands), "");
	EXPECT_EQ(suggestion("lx", kCommands), "");
	EXPECT_EQ(suggestion("frobnicate", kCommands), "");
	EXPECT_EQ(suggestion("xyz", kCommands), "");
}

TEST(suggest, offers_every_name_starting_with_two_or_more_letters)
{
	EXPECT_EQ(suggestion("st", kCommands),
	    "did you mean 'start', 'stop' or 'status'?");
	EXPECT_EQ(suggestion("im", kCommands), "did you mean 'import'?");
	EXPECT_EQ(suggestion("por", kCommands), "did you mean 'portfolio'?");
	EXPECT_EQ(suggestion("co", kCommands),
	    "did you mean 'config' or 'completion'?");
	EXPECT_EQ(suggestion("p", kCommands), "");
}

TEST(suggest, offers_the_closest_typo_first_then_the_prefixes)
{
	// "stat" is one typo from "start", and "status" starts with it.
	EXPECT_EQ(suggestion("stat", kCommands),
	    "did you mean 'start' or 'status'?");
	EXPECT_EQ(suggestion("sta", kCommands),
	    "did you mean 'start' or 'status'?");
	// A name both close and a prefix match is offered once.
	EXPECT_EQ(suggestion("impor", kCommands), "did you mean 'import'?");
}

}  // namespace
