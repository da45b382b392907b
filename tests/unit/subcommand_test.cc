// Subcommand tables: finding the mode, running, and usage lines.
#include <gtest/gtest.h>

#include <string>

extern "C" {
#include "cli/track.h"
}

namespace {

std::string
message(struct error *err)
{
	if (err == nullptr)
		return "";
	std::string m = err->message;
	EXPECT_EQ(err->status, 2);
	error_free(err);
	return m;
}

int ran = 0;

struct error *
run_read(struct track *, int argc, char **argv)
{
	ran = argc * 10 + (std::string(argv[0]) == "show");
	return nullptr;
}

const struct subcommand table[] = {
	{ "show", run_read, DB_READ },
	{ "set", run_read, DB_WRITE },
	{ nullptr, nullptr, DB_NONE },
};

TEST(subcommand, db_is_the_entry_mode_and_read_when_unknown)
{
	const char *show[] = { "x", "show", nullptr };
	const char *set[] = { "x", "set", "a", nullptr };
	const char *bad[] = { "x", "sett", nullptr };
	const char *none[] = { "x", nullptr };
	EXPECT_EQ(subcommand_db(table, 2, const_cast<char **>(show)), DB_READ);
	EXPECT_EQ(subcommand_db(table, 3, const_cast<char **>(set)), DB_WRITE);
	EXPECT_EQ(subcommand_db(table, 2, const_cast<char **>(bad)), DB_READ);
	EXPECT_EQ(subcommand_db(table, 1, const_cast<char **>(none)), DB_READ);
}

TEST(subcommand, run_shifts_argv_to_the_subcommand)
{
	const char *show[] = { "x", "show", "a", "b", nullptr };
	struct track t = {};
	ran = 0;
	EXPECT_EQ(message(subcommand_run(table, "path", &t, 4,
	    const_cast<char **>(show))), "");
	EXPECT_EQ(ran, 31);
}

TEST(subcommand, run_refuses_an_unknown_or_missing_subcommand)
{
	const char *bad[] = { "x", "sho", nullptr };
	const char *far[] = { "x", "frobnicate", nullptr };
	const char *none[] = { "x", nullptr };
	struct track t = {};
	EXPECT_EQ(message(subcommand_run(table, "path", &t, 2,
	    const_cast<char **>(bad))), "unknown subcommand 'sho' for 'track "
	    "path': did you mean 'show'? (use show or set)");
	EXPECT_EQ(message(subcommand_run(table, "path", &t, 2,
	    const_cast<char **>(far))), "unknown subcommand 'frobnicate' for "
	    "'track path': use show or set");
	EXPECT_EQ(message(subcommand_run(table, "path", &t, 1,
	    const_cast<char **>(none))), "usage: track path list [--names] | "
	    "path set PATH [--date DATE] | path show [PATH] | path add SLUG "
	    "NAME [--description TEXT] | path undo");
}

TEST(subcommand, usage_error_shows_only_that_alternative)
{
	EXPECT_EQ(message(subcommand_usage_error("path", "set")),
	    "usage: track path set PATH [--date DATE]");
	EXPECT_EQ(message(subcommand_usage_error("path", "list")),
	    "usage: track path list [--names]");
	EXPECT_EQ(message(subcommand_usage_error("path", "add")),
	    "usage: track path add SLUG NAME [--description TEXT]");
	EXPECT_EQ(message(subcommand_usage_error("topic", "list")),
	    "usage: track topic list [--path PATH] [--names]");
	EXPECT_EQ(message(subcommand_usage_error("config", "unset")),
	    "usage: track config unset KEY");
}

TEST(subcommand, usage_error_keeps_bracketed_alternatives_together)
{
	// log's usage has " | " inside brackets, nested ones too: no
	// alternative starts there.
	EXPECT_EQ(message(subcommand_usage_error("log", "--tutorial")),
	    "usage: track log DURATION TOPIC [--date DATE] [--start HH:MM] "
	    "[--kind KIND] [--project NAME [--path PATH] | --tutorial TITLE] "
	    "[--note TEXT]");
}

TEST(subcommand, options_go_to_the_slot_of_their_key)
{
	const char *done[] = { "done", "--date", "2026-11-01", "--url", "U",
	    "Blog", nullptr };
	const char *url = nullptr, *date = nullptr, *never = nullptr;
	const struct option_slot slots[] = { { 'u', &url }, { 'd', &date },
	    { 'D', &never }, { 0, nullptr } };
	EXPECT_EQ(message(subcommand_options("project", 6,
	    const_cast<char **>(done), 1, slots)), "");
	EXPECT_STREQ(url, "U");
	EXPECT_STREQ(date, "2026-11-01");
	EXPECT_EQ(never, nullptr);
}

TEST(subcommand, options_refuse_another_form_s_option_and_a_wrong_count)
{
	const char *path[] = { "done", "--path", "ml", "Blog", nullptr };
	const char *two[] = { "done", "Blog", "Todo", nullptr };
	const char *url = nullptr;
	const struct option_slot slots[] = { { 'u', &url }, { 0, nullptr } };
	EXPECT_EQ(message(subcommand_options("project", 4,
	    const_cast<char **>(path), 1, slots)), "unknown option '--path' "
	    "for 'track project': see 'track help project'");
	EXPECT_EQ(message(subcommand_options("project", 3,
	    const_cast<char **>(two), 1, slots)), "usage: track project done "
	    "NAME [--url URL] [--date DATE] [--contribution]");
}

} // namespace
