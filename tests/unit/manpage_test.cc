// cli/manpage.c: the installed man page, the hand-written one completed
// from the command table. Expected entries are written out by hand.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" {
#include "cli/manpage.h"
}

namespace {

std::string
written(const std::string &page)
{
	char *data = nullptr;
	size_t size = 0;
	FILE *out = open_memstream(&data, &size);
	man_page_write(out, page.c_str());
	fclose(out);
	std::string result(data, size);
	free(data);
	return result;
}

// A page describing every command of the table but those in left_out.
std::string
page_without(const std::string &left_out)
{
	std::string page = ".Sh COMMANDS\n.Bl -tag -width Ds\n";
	for (const struct command *c = commands; c->name; c++)
		if (left_out.find(std::string(" ") + c->name + " ") ==
		    std::string::npos)
			page += std::string(".It Cm ") + c->name + " Ar x\n";
	return page + ".El\n.Sh ENVIRONMENT\nnone\n";
}

TEST(manpage, an_entry_is_an_item_or_an_xo_item_naming_the_command)
{
	EXPECT_TRUE(man_page_describes(".It Cm plan\nx\n", "plan"));
	EXPECT_TRUE(man_page_describes("a\n.It Cm plan Op Fl -at\n", "plan"));
	EXPECT_TRUE(man_page_describes(".It Xo\n.Cm plan Op\n", "plan"));
	EXPECT_FALSE(man_page_describes(".It Cm planner\n", "plan"));
	EXPECT_FALSE(man_page_describes(".Cm plan\n", "plan"));
	EXPECT_FALSE(man_page_describes("see .It Cm plan\n", "plan"));
	EXPECT_FALSE(man_page_describes("", "plan"));
}

TEST(manpage, a_page_describing_every_command_is_written_as_it_is)
{
	std::string page = page_without("");
	EXPECT_EQ(written(page), page);
}

TEST(manpage, a_command_it_lacks_gets_an_entry_from_the_table)
{
	EXPECT_EQ(written(page_without(" version ")), page_without(" version ")
	    .substr(0, page_without(" version ").find(".Sh ENVIRONMENT")) +
	    ".Ss Further commands\n"
	    ".Bl -tag -width Ds\n"
	    ".It Cm version\n"
	    "Show the versions of track, SQLite and libcsv.\n"
	    ".Dl track version\n"
	    ".El\n"
	    ".Sh ENVIRONMENT\nnone\n");
}

TEST(manpage, the_entry_lists_each_form_and_option)
{
	std::string out = written(page_without(" plan rm "));
	std::string want = ".Ss Further commands\n"
	    ".Bl -tag -width Ds\n"
	    ".It Cm rm\n"
	    "Remove sessions.\n"
	    ".Dl track rm ID...\n"
	    ".It Cm plan\n"
	    "The five-step plan for your path and where you are.\n"
	    ".Dl track plan [--at DATE] [--format text|json]\n"
	    ".Bl -tag -width Ds\n"
	    ".It Fl -at Ar DATE\n"
	    "judge as of that day instead of today.\n"
	    ".It Fl -format Ar text|json\n"
	    "the output format (default text).\n"
	    ".El\n"
	    ".El\n"
	    ".Sh ENVIRONMENT\n";
	ASSERT_NE(out.find(want), std::string::npos) << out;
}

}  // namespace
