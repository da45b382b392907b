// Reading usage strings: alternatives, and each one's operands and options.
#include <gtest/gtest.h>

#include <string>
#include <vector>

extern "C" {
#include "cli/usage.h"
}

namespace {

// Every alternative of usage, as strings.
void
collect(const char *alternative, size_t length, void *arg)
{
	static_cast<std::vector<std::string> *>(arg)->emplace_back(alternative,
	    length);
}

std::vector<std::string>
alternatives(const char *usage)
{
	std::vector<std::string> all;
	usage_each_alternative(usage, collect, &all);
	return all;
}

// A parsed form written back as "words | operands | --opt=VALUE --flag".
std::string
form(const std::string &text)
{
	struct usage_form f;
	usage_form_parse(&f, text.data(), text.size());
	std::string s = f.words;
	s += " |";
	for (size_t i = 0; i < f.operand_count; i++)
		s += std::string(" ") + f.operands[i];
	s += " |";
	for (size_t i = 0; i < f.option_count; i++) {
		s += std::string(" ") + f.options[i].name;
		if (f.options[i].value != nullptr)
			s += std::string("=") + f.options[i].value;
	}
	usage_form_release(&f);
	return s;
}

TEST(usage, alternatives_split_at_bars_outside_brackets)
{
	EXPECT_EQ(alternatives("path list [--names] | path set PATH [--date "
	    "DATE] | path show [PATH]"), (std::vector<std::string>{
	    "path list [--names]", "path set PATH [--date DATE]",
	    "path show [PATH]" }));
	EXPECT_EQ(alternatives("report [--week | --all] [--format text|json]"),
	    (std::vector<std::string>{
	    "report [--week | --all] [--format text|json]" }));
	EXPECT_EQ(alternatives("undo"), (std::vector<std::string>{ "undo" }));
}

TEST(usage, form_has_operands_and_options_with_their_values)
{
	EXPECT_EQ(form("log DURATION TOPIC [--date DATE] [--project NAME | "
	    "--tutorial TITLE] [--note TEXT]"), "log | DURATION TOPIC | "
	    "--date=DATE --project=NAME --tutorial=TITLE --note=TEXT");
	EXPECT_EQ(form("check [--at DATE] [--strict] [--format text|json]"),
	    "check | | --at=DATE --strict --format=text|json");
	EXPECT_EQ(form("rm ID..."), "rm | ID... |");
	EXPECT_EQ(form("completion bash|zsh"), "completion | bash|zsh |");
	EXPECT_EQ(form("help [COMMAND]"), "help | COMMAND |");
}

TEST(usage, form_names_the_subcommand)
{
	EXPECT_EQ(form("path set PATH [--date DATE]"),
	    "path set | PATH | --date=DATE");
	EXPECT_EQ(form("topic add NAME --path PATH"),
	    "topic add | NAME | --path=PATH");
	EXPECT_EQ(form("config list"), "config list | |");
	EXPECT_EQ(form("import undo [ID]"), "import undo | ID |");
}

TEST(usage, form_reads_nested_and_repeated_options)
{
	EXPECT_EQ(form("import FILE... [--from auto|FORMAT] [--dry-run] "
	    "[--skip-bad [--rejects FILE]] [--map COLUMN=FIELD]..."),
	    "import | FILE... | --from=auto|FORMAT --dry-run --skip-bad "
	    "--rejects=FILE --map=COLUMN=FIELD");
	EXPECT_EQ(form("report [--week | --last-week | --since DATE [--until "
	    "DATE] | --all] [--output FILE]"), "report | | --week --last-week "
	    "--since=DATE --until=DATE --all --output=FILE");
}

}  // namespace
