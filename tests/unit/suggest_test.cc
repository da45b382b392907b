// "Did you mean": typo distance and when a name is close enough to offer.
#include <gtest/gtest.h>

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
	suggest_init(&s, typed);
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

TEST(suggest, typo_distance_counts_a_swap_of_neighbours_as_one)
{
	EXPECT_EQ(typo_distance("log", "log"), 0);
	EXPECT_EQ(typo_distance("lgo", "log"), 1);
	EXPECT_EQ(typo_distance("reprot", "report"), 1);
	EXPECT_EQ(typo_distance("LOG", "log"), 0);
	EXPECT_EQ(typo_distance("", "rm"), 2);
	EXPECT_EQ(typo_distance("xy", "ls"), 2);
	EXPECT_EQ(typo_distance("stats", "status"), 1);
	EXPECT_EQ(typo_distance("kitten", "sitting"), 3);
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
