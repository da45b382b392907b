// The command table is the one source of every command's getopt table,
// `track help`, the usage errors and the completion scripts (the man page
// is held to it in tests/cli/shell_test.cc). These tests hold its promises
// from the table itself: every option of a form is accepted by the
// command, listed in its help and offered by the completion.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>


extern "C" {
#include "cli/options.h"
#include "cli/track.h"
}

namespace {

// The space-separated names of a form's list (NULL: none).
std::vector<std::string>
names(const char *list)
{
	std::vector<std::string> all;
	std::istringstream in(list != nullptr ? list : "");
	for (std::string w; in >> w;)
		all.push_back(w);
	return all;
}

// "log" or "path set": how the form is typed.
std::string
typed(const struct command *c, const struct form *f)
{
	return std::string(c->name) + (f->sub ? std::string(" ") + f->sub : "");
}

std::string
synopsis(const char *command, const char *sub)
{
	const struct command *c = command_find(command);
	const struct form *f = c ? form_find(c, sub) : nullptr;
	struct buf b;
	if (f == nullptr)
		return "(no form)";
	buf_init(&b);
	form_synopsis(&b, c, f);
	std::string s = b.data;
	buf_release(&b);
	return s;
}

TEST(commands, every_entry_has_forms_summary_and_options)
{
	int count = 0;
	for (const struct command *c = commands; c->name; c++, count++) {
		SCOPED_TRACE(c->name);
		ASSERT_NE(c->run, nullptr);
		ASSERT_NE(c->forms, nullptr);
		ASSERT_NE(c->forms[0].operands, nullptr);
		ASSERT_NE(c->summary, nullptr);
		ASSERT_NE(c->options, nullptr);
		EXPECT_TRUE(islower((unsigned char)c->summary[0]));
		EXPECT_NE(std::string(c->summary).back(), '.');
	}
	EXPECT_EQ(count, 25);
}

TEST(commands, forms_name_only_options_of_their_command)
{
	for (const struct command *c = commands; c->name; c++) {
		for (const struct form *f = c->forms; f->operands; f++) {
			SCOPED_TRACE(typed(c, f));
			std::vector<std::string> given = names(f->options);
			EXPECT_LE(given.size(), (size_t)FORM_OPTIONS_MAX);
			for (const std::string &n : given)
				EXPECT_NE(option_find(c, n.data(), n.size()),
				    nullptr) << n;
			for (const std::string &n : names(f->required))
				EXPECT_NE(std::find(given.begin(), given.end(), n),
				    given.end()) << n;
		}
	}
}

TEST(commands, every_option_is_taken_by_a_form_with_its_own_key)
{
	for (const struct command *c = commands; c->name; c++) {
		for (const struct option_spec *o = c->options; o->name; o++) {
			SCOPED_TRACE(std::string(c->name) + " --" + o->name);
			// option_error tells "needs a value" by a key of 0 < optopt.
			EXPECT_GT(o->key, 0);
			EXPECT_LT(o->key, 128);
			if (o->flags & OPTION_SHORT) {
				EXPECT_TRUE(isalpha(o->key));
			}
			bool taken = false;
			for (const struct form *f = c->forms; f->operands; f++) {
				std::vector<std::string> given = names(f->options);
				taken |= std::find(given.begin(), given.end(),
				    o->name) != given.end();
			}
			EXPECT_TRUE(taken);
		}
		for (const struct form *f = c->forms; f->operands; f++) {
			std::set<int> keys;
			for (const std::string &n : names(f->options)) {
				const struct option_spec *o = option_find(c, n.data(),
				    n.size());
				if (o != nullptr) {
					EXPECT_TRUE(keys.insert(o->key).second)
					    << typed(c, f) << ": " << n;
				}
			}
		}
	}
}

TEST(commands, synopses_bracket_group_nest_and_repeat_options)
{
	EXPECT_EQ(synopsis("log", nullptr), "log DURATION TOPIC [--date DATE] "
	    "[--start HH:MM] [--kind KIND] [--project NAME [--path PATH] | "
	    "--tutorial TITLE] [--note TEXT]");
	EXPECT_EQ(synopsis("report", nullptr), "report [--week | --last-week | "
	    "--month | --last-month | --year | --since DATE [--until DATE] | "
	    "--all] [--format text|json|csv|md|html] [--output FILE]");
	EXPECT_EQ(synopsis("import", nullptr), "import FILE... [--from "
	    "auto|FORMAT] [--dry-run] [--skip-bad [--rejects FILE]] [--topic "
	    "TOPIC] [--path PATH] [--kind KIND] [--user WHO] [--map "
	    "COLUMN=FIELD]... [--date-order dmy|mdy] [--format text|json]");
	EXPECT_EQ(synopsis("topic", "add"), "topic add NAME --path PATH "
	    "[--serves PATH,...]");
	EXPECT_EQ(synopsis("path", "show"), "path show [PATH]");
	EXPECT_EQ(synopsis("undo", nullptr), "undo");
	EXPECT_EQ(synopsis("path", "frobnicate"), "(no form)");
}

TEST(commands, reader_takes_only_the_options_of_the_form)
{
	char *argv[] = { (char *)"set", nullptr };
	struct option_reader r;
	option_reader_init(&r, "log", nullptr, 1, argv);
	EXPECT_STREQ(r.optstring, ":d:s:k:p:t:n:");
	EXPECT_STREQ(r.longopts[4].name, "path");
	EXPECT_STREQ(r.longopts[7].name, nullptr);
	option_reader_init(&r, "import", "list", 1, argv);
	EXPECT_STREQ(r.optstring, ":F:");
	option_reader_init(&r, "path", "set", 1, argv);
	EXPECT_STREQ(r.optstring, ":");
	EXPECT_STREQ(r.longopts[0].name, "date");
	EXPECT_EQ(r.longopts[0].has_arg, required_argument);
	EXPECT_EQ(r.longopts[1].name, nullptr);
	option_reader_init(&r, "path", "undo", 1, argv);
	EXPECT_EQ(r.longopts[0].name, nullptr);
}

// What running a command in this process gave: its output and its
// error's message ("" for none).
struct Outcome {
	std::string out, error;
};

// Runs command c on args (args[0] is its name) with no database: enough
// for help, completion and the errors of parsing options, which come
// before a command touches one.
Outcome
run_command(const struct command *c, std::vector<std::string> args)
{
	std::vector<char *> argv;
	char *text = nullptr;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);
	struct track t = {};

	t.out = t.err = out;
	for (auto &a : args)
		argv.push_back(&a[0]);
	argv.push_back(nullptr);
	struct error *e = c->run(&t, (int)args.size(), argv.data());
	fclose(out);
	Outcome o = { text, e != nullptr ? e->message : "" };
	error_free(e);
	free(text);
	return o;
}

// The error of parsing args as command c does.
std::string
parse_error(const struct command *c, const std::vector<std::string> &args)
{
	return run_command(c, args).error;
}

// A value the option takes: the first of its choices, else "x".
std::string
some_value(const struct option_spec *o)
{
	std::string first = std::string(o->value).substr(0,
	    std::string(o->value).find('|'));
	return islower((unsigned char)first[0]) ? first : "x";
}

// The arguments of `track FORM OPTION --zz-no-such-option`, the option
// written long (--name=VALUE) or short (-K VALUE).
std::vector<std::string>
with_option(const struct command *c, const struct form *f,
    const struct option_spec *o, bool short_option)
{
	std::vector<std::string> args = { c->name };
	if (f->sub != nullptr)
		args.push_back(f->sub);
	if (short_option)
		args.push_back(std::string("-") + (char)o->key);
	else
		args.push_back(std::string("--") + o->name + (o->value ? "=" +
		    some_value(o) : ""));
	if (short_option && o->value)
		args.push_back(some_value(o));
	args.push_back("--zz-no-such-option");
	return args;
}

// Each option of a form, long and short, gets past the command's own
// parsing: the option after it is the first one refused.
TEST(commands, every_option_of_a_form_is_accepted_by_its_command)
{
	for (const struct command *c = commands; c->name; c++) {
		std::string refused = std::string("unknown option "
		    "'--zz-no-such-option' for 'track ") + c->name + "': see "
		    "'track help " + c->name + "'";
		for (const struct form *f = c->forms; f->operands; f++) {
			for (const std::string &n : names(f->options)) {
				const struct option_spec *o = option_find(c,
				    n.data(), n.size());
				ASSERT_NE(o, nullptr);
				SCOPED_TRACE(typed(c, f) + " --" + n);
				EXPECT_EQ(parse_error(c, with_option(c, f, o, false)),
				    refused);
				if (o->flags & OPTION_SHORT) {
					EXPECT_EQ(parse_error(c, with_option(c, f, o,
					    true)), refused);
				}
			}
		}
	}
}

// And an option of another form of the same command is refused.
TEST(commands, an_option_of_another_form_is_refused)
{
	EXPECT_EQ(parse_error(command_find("path"), { "path", "set", "ml",
	    "--names" }), "unknown option '--names' for 'track path': see "
	    "'track help path'");
	EXPECT_EQ(parse_error(command_find("project"), { "project", "done", "X",
	    "--path=ml" }), "unknown option '--path=ml' for 'track project': "
	    "see 'track help project'");
	EXPECT_EQ(parse_error(command_find("report"), { "report", "-w" }),
	    "unknown option '-w' for 'track report': see 'track help report'");
}

TEST(commands, every_option_is_listed_in_its_help)
{
	for (const struct command *c = commands; c->name; c++) {
		Outcome help = run_command(command_find("help"), { "help",
		    c->name });
		ASSERT_EQ(help.error, "") << c->name;
		std::string options = help.out.substr(std::min(help.out.size(),
		    help.out.find("\noptions:\n")));
		for (const struct option_spec *o = c->options; o->name; o++) {
			SCOPED_TRACE(std::string(c->name) + " --" + o->name);
			std::string spelling = std::string("\n  --") + o->name +
			    (o->value ? std::string(" ") + o->value : "");
			EXPECT_NE(options.find(spelling), std::string::npos);
			std::string usage = help.out.substr(0, help.out.find(
			    "\n\n"));
			EXPECT_NE(usage.find(std::string("--") + o->name),
			    std::string::npos);
		}
	}
}

// The _track_options line of `'COMMAND [SUB]')` in the completion script.
std::string
completion_options(const std::string &script, const std::string &form)
{
	size_t at = script.find("\t'" + form + "')\n");
	if (at == std::string::npos)
		return "(no case)";
	at = script.find("_track_options='", at);
	size_t end = script.find('\'', at + 16);
	return " " + script.substr(at + 16, end - at - 16) + " ";
}

TEST(commands, every_option_of_a_form_is_offered_by_the_completion)
{
	for (const char *shell : { "bash", "zsh" }) {
		Outcome script = run_command(command_find("completion"),
		    { "completion", shell });
		ASSERT_EQ(script.error, "");
		for (const struct command *c = commands; c->name; c++) {
			for (const struct form *f = c->forms; f->operands; f++) {
				std::string offered = completion_options(script.out,
				    typed(c, f));
				for (const std::string &n : names(f->options)) {
					SCOPED_TRACE(std::string(shell) + ": " +
					    typed(c, f) + " --" + n);
					EXPECT_TRUE(offered.find(" --" + n + " ") !=
					    std::string::npos || offered.find(" --" + n +
					    "=") != std::string::npos) << offered;
				}
			}
		}
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
					EXPECT_NE(option_find(c, w.data() + 2,
					    w.size() - 2), nullptr) << w;
				}
			}
		}
	}
}

}  // namespace
