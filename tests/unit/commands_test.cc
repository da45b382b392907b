// The command table is the one source of `track help`, the completion
// scripts and the man page's coverage: these tests hold it to the usage
// strings and to every command's own getopt table, so none can drift.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "support.h"

extern "C" {
#include "cli/track.h"
}

namespace {

// The top of the tree (tests run from there; __FILE__ is relative).
std::string
source(const std::string &path)
{
	std::string here = __FILE__;
	return read_file(here.substr(0, here.rfind("tests/unit/")) + path);
}

// The --options a usage string spells, with their value ("" for flags).
std::map<std::string, std::string>
usage_options(const std::string &usage)
{
	static const std::regex option(R"re((--[a-z-]+)(?: ([^ \[\]|-][^ \[\]]*))?)re");
	std::map<std::string, std::string> all;
	for (std::sregex_iterator m(usage.begin(), usage.end(), option), end;
	    m != end; ++m) {
		std::string value = (*m)[2];
		if (all.count((*m)[1]) && all[(*m)[1]] != value)
			ADD_FAILURE() << usage << ": " << (*m)[1]
			    << " has two values";
		all[(*m)[1]] = value;
	}
	return all;
}

// The options of a command's table entry, the same way.
std::map<std::string, std::string>
table_options(const struct command *c)
{
	std::map<std::string, std::string> all;
	for (const struct option_help *o = c->options; o && o->spelling; o++) {
		std::string s = o->spelling;
		size_t space = s.find(' ');
		all[s.substr(0, space)] = space == std::string::npos ? "" :
		    s.substr(space + 1);
	}
	return all;
}

// The long options of the getopt tables in tracker/cli/cmd_NAME.c, with
// whether they take a value ("" for flags, "value" otherwise).
std::map<std::string, std::string>
getopt_options(const std::string &name)
{
	static const std::regex entry(
	    R"re(\{ "([a-z-]+)", (required|no)_argument)re");
	std::string text = source("tracker/cli/cmd_" + name + ".c");
	std::map<std::string, std::string> all;
	EXPECT_FALSE(text.empty()) << "no tracker/cli/cmd_" << name << ".c";
	for (std::sregex_iterator m(text.begin(), text.end(), entry), end;
	    m != end; ++m)
		all["--" + (*m)[1].str()] = (*m)[2] == "required" ? "value" : "";
	return all;
}

TEST(commands, every_entry_has_usage_summary_and_options)
{
	int count = 0;
	for (const struct command *c = commands; c->name; c++, count++) {
		SCOPED_TRACE(c->name);
		ASSERT_NE(c->run, nullptr);
		ASSERT_NE(c->usage, nullptr);
		ASSERT_NE(c->summary, nullptr);
		ASSERT_NE(c->options, nullptr);
		EXPECT_EQ(std::string(c->usage).rfind(c->name, 0), 0u);
		EXPECT_TRUE(islower((unsigned char)c->summary[0]));
		EXPECT_NE(std::string(c->summary).back(), '.');
	}
	EXPECT_EQ(count, 23);
}

TEST(commands, options_are_exactly_those_of_the_usage)
{
	for (const struct command *c = commands; c->name; c++) {
		SCOPED_TRACE(c->name);
		EXPECT_EQ(table_options(c), usage_options(c->usage));
	}
}

TEST(commands, options_are_exactly_those_the_command_parses)
{
	for (const struct command *c = commands; c->name; c++) {
		SCOPED_TRACE(c->name);
		std::map<std::string, std::string> want;
		for (const auto &kv : table_options(c))
			want[kv.first] = kv.second.empty() ? "" : "value";
		EXPECT_EQ(getopt_options(c->name), want);
	}
}

TEST(commands, every_command_has_examples)
{
	for (const struct command *c = commands; c->name; c++) {
		ASSERT_NE(c->examples, nullptr) << c->name;
		EXPECT_NE(c->examples[0].line, nullptr) << c->name;
	}
}

TEST(commands, examples_use_only_options_of_their_command)
{
	for (const struct command *c = commands; c->name; c++) {
		std::map<std::string, std::string> options = table_options(c);
		for (const struct example *e = c->examples; e && e->line; e++) {
			SCOPED_TRACE(e->line);
			std::string line = e->line;
			EXPECT_NE(line.find("track "), std::string::npos);
			EXPECT_NE(std::string(e->what), "");
			if (line.rfind(std::string("track ") + c->name + " ", 0) != 0)
				continue;
			std::istringstream words(line);
			for (std::string w; words >> w;) {
				if (w.rfind("--", 0) == 0) {
					EXPECT_TRUE(options.count(w)) << w;
				}
			}
		}
	}
}

}  // namespace
