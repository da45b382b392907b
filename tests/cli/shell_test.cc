// End-to-end: track at home in the shell. Help from the command table,
// suggestions for unknown commands, --version, the completion scripts
// driven in a real bash (and checked by zsh), the man page linted by
// mandoc and held to the command table, and `make install` into a
// temporary DESTDIR.
#include <gtest/gtest.h>

#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csv.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "cli/track.h"
}

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// The top of the tree (tests run from there; __FILE__ is relative).
std::string
root()
{
	std::string here = __FILE__;
	return here.substr(0, here.rfind("tests/cli/"));
}

// The absolute directory holding the track binary under test.
std::string
track_dir()
{
	char real[PATH_MAX];
	std::string bin = track_binary();
	if (realpath(bin.c_str(), real) == nullptr)
		return ".";
	std::string path = real;
	return path.substr(0, path.rfind('/'));
}

// Whether a program can be found in PATH.
bool
have(const std::string &program)
{
	return run_program({ "sh", "-c", "command -v " + program }).status == 0;
}

std::vector<std::string>
words(const std::string &line)
{
	std::istringstream in(line);
	std::vector<std::string> all;
	for (std::string w; in >> w;)
		all.push_back(w);
	return all;
}

/* ---------------------------------------------------------------------
 * Help
 */

const char kHelpLog[] =
    "usage: track log DURATION TOPIC [--date DATE] [--start HH:MM] "
    "[--kind KIND]\n"
    "                 [--project NAME [--path PATH] | --tutorial TITLE] "
    "[--note TEXT]\n"
    "\n"
    "Log a study session.\n"
    "\n"
    "options:\n"
    "  --date DATE          the day of the session, if not today: today, "
    "yesterday,\n"
    "                       YYYY-MM-DD, -3d or a weekday\n"
    "  --start HH:MM        the local time the session started\n"
    "  --kind KIND          tutorial, study or project (default: the "
    "default-kind\n"
    "                       setting, study)\n"
    "  --project NAME       a session building NAME (created on first "
    "use); implies\n"
    "                       kind project\n"
    "  --path PATH          with --project: the project's path from now on "
    "(without\n"
    "                       it, its hours decide)\n"
    "  --tutorial TITLE     a session following TITLE (created on first "
    "use); implies\n"
    "                       kind tutorial\n"
    "  --note TEXT          a note kept with the session\n"
    "\n"
    "examples:\n"
    "  track log 2h django\n"
    "      two hours of Django, today\n"
    "  track log 45m pandas --tutorial \"Pandas in 10 Minutes\"\n"
    "      following a tutorial\n"
    "  track log 1h30m django --project \"Django blog\" --note \"auth "
    "views\"\n"
    "      building a project of your own\n"
    "  track log 1h docker --project \"Booking API\" --path backend\n"
    "      a project of your backend path, whatever its topics\n"
    "  track log 90m numpy --date yesterday --start 19:30\n"
    "      a session of yesterday evening\n";

TEST(shell, help_command_shows_usage_options_and_examples)
{
	RunResult r = run_track({ "help", "log" }, kEnv);
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, kHelpLog);
	EXPECT_EQ(r.err, "");
}

TEST(shell, command_help_option_is_the_same_and_opens_no_database)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	for (auto args : std::vector<std::vector<std::string>>{
	    { "log", "--help" }, { "log", "2h", "django", "-h" },
	    { "--db", db, "log", "--help" } }) {
		RunResult r = run_track(args, kEnv);
		EXPECT_EQ(r.status, 0);
		EXPECT_EQ(r.out, kHelpLog);
		EXPECT_EQ(r.err, "");
	}
	EXPECT_FALSE(file_exists(db));
}

TEST(shell, help_of_a_command_with_subcommands_has_a_line_for_each)
{
	RunResult r = run_track({ "help", "path" }, kEnv);
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out.substr(0, r.out.find("\n\n") + 2),
	    "usage: track path list [--names]\n"
	    "       track path set PATH [--date DATE]\n"
	    "       track path show [PATH]\n"
	    "       track path add SLUG NAME [--description TEXT]\n"
	    "       track path undo\n\n");
}

TEST(shell, help_wraps_long_usages_between_bracketed_groups)
{
	RunResult r = run_track({ "report", "--help" }, kEnv);
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out.substr(0, r.out.find("\n\n") + 2),
	    "usage: track report [--week | --last-week | --month | --last-month "
	    "| --year |\n"
	    "                    --since DATE [--until DATE] | --all]\n"
	    "                    [--format text|json|csv|md|html] "
	    "[--output FILE]\n\n");
	EXPECT_NE(r.out.find("\n  --format text|json|csv|md|html\n"
	    "                       the output format (default text)\n"),
	    std::string::npos);
}

TEST(shell, help_lists_every_command_with_its_summary)
{
	RunResult r = run_track({ "help" }, kEnv);
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out.substr(0, r.out.find("\n\n") + 2),
	    "usage: track [--db FILE] COMMAND [ARGS]\n"
	    "       track --version | --help\n\n");
	for (const char *line : {
	    "\n  log         log a study session\n",
	    "\n  report      the report of a week, a month, a year or any "
	    "period\n",
	    "\n  completion  print the bash or zsh completion script\n",
	    "\n  version     show the versions of track, SQLite and libcsv\n",
	    "\n  --db FILE            the database (else $TRACK_DB, else\n" })
		EXPECT_NE(r.out.find(line), std::string::npos) << line;
	for (const struct command *c = commands; c->name; c++)
		EXPECT_NE(r.out.find("\n  " + std::string(c->name) + " "),
		    std::string::npos) << c->name;
	EXPECT_EQ(run_track({ "--help" }, kEnv).out, r.out);
	EXPECT_EQ(run_track({}, kEnv).out, r.out);
}

TEST(shell, help_refuses_an_unknown_command_or_extra_arguments)
{
	RunResult r = run_track({ "help", "nosuch" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: unknown command 'nosuch': 'track help' lists "
	    "the commands\n");
	r = run_track({ "help", "lgo" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: unknown command 'lgo': did you mean 'log'? "
	    "('track help' lists the commands)\n");
	r = run_track({ "help", "log", "ls" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: usage: track help [COMMAND]\n");
}

/* ---------------------------------------------------------------------
 * Unknown commands
 */

TEST(shell, unknown_command_suggests_only_plausible_names)
{
	struct {
		const char *typed;
		const char *hint;	// "" for none
	} cases[] = {
		{ "lgo", "did you mean 'log'? " },
		{ "reprot", "did you mean 'report'? " },
		{ "Log", "did you mean 'log'? " },
		{ "st", "did you mean 'start', 'stop' or 'status'? " },
		{ "co", "did you mean 'config' or 'completion'? " },
		{ "im", "did you mean 'import'? " },
		{ "xy", "" },
		{ "ab", "" },
		{ "lx", "" },
		{ "q", "" },
		{ "frobnicate", "" },
	};
	TempDir dir;
	for (const auto &c : cases) {
		RunResult r = run_track({ "--db", dir.file("track.db"), c.typed,
		    "2h" }, kEnv);
		EXPECT_EQ(r.status, 2) << c.typed;
		EXPECT_EQ(r.out, "");
		std::string want = std::string("track: unknown command '") +
		    c.typed + "': " + (*c.hint ? std::string(c.hint) +
		    "('track help' lists the commands)" :
		    std::string("'track help' lists the commands")) + "\n";
		EXPECT_EQ(r.err, want);
	}
	EXPECT_FALSE(file_exists(dir.file("track.db")));
}

TEST(shell, unknown_subcommand_suggests_only_plausible_names)
{
	RunResult r = run_track({ "path", "ls" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: unknown subcommand 'ls' for 'track path': use "
	    "list, set, show, add or undo\n");
	r = run_track({ "project", "re" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: unknown subcommand 're' for 'track project': "
	    "did you mean 'reopen'? (use add, done, reopen, list, show or rm)\n");
}

/* ---------------------------------------------------------------------
 * --version
 */

TEST(shell, version_names_track_sqlite_and_libcsv)
{
	std::string want = "track 0.1.0\nSQLite " +
	    std::string(sqlite3_libversion()) + " (run time" +
	    (std::string(sqlite3_libversion()) == SQLITE_VERSION ? "" :
	    "; built with " SQLITE_VERSION) + ")\nlibcsv " +
	    std::to_string(CSV_MAJOR) + "." + std::to_string(CSV_MINOR) + "." +
	    std::to_string(CSV_RELEASE) + " (built with)\n";
	for (auto args : std::vector<std::vector<std::string>>{
	    { "--version" }, { "-V" }, { "version" } }) {
		RunResult r = run_track(args, kEnv);
		EXPECT_EQ(r.status, 0);
		EXPECT_EQ(r.out, want);
		EXPECT_EQ(r.err, "");
	}
	RunResult r = run_track({ "version", "--all" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: usage: track version\n");
}

/* ---------------------------------------------------------------------
 * Completion
 */

TEST(shell, path_list_names_prints_one_slug_a_line)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	ASSERT_EQ(run_track({ "--db", db, "path", "add", "game-dev", "Game "
	    "development" }, kEnv).status, 0);
	RunResult r = run_track({ "--db", db, "path", "list", "--names" },
	    kEnv);
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "fundamentals\nbackend\nml\ndata-science\n"
	    "automation\ndata-engineering\ndevops\ngame-dev\n");
	EXPECT_EQ(r.err, "");
	// On a missing database: the built-in paths, and no file.
	r = run_track({ "--db", dir.file("none.db"), "path", "list",
	    "--names" }, kEnv);
	EXPECT_EQ(r.out, "fundamentals\nbackend\nml\ndata-science\n"
	    "automation\ndata-engineering\ndevops\n");
	EXPECT_FALSE(file_exists(dir.file("none.db")));
}

TEST(shell, completion_refuses_an_unknown_shell)
{
	RunResult r = run_track({ "completion", "fish" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: unknown shell 'fish' for 'track completion': "
	    "use bash or zsh\n");
	r = run_track({ "completion" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: usage: track completion bash|zsh\n");
}

TEST(shell, completion_word_lists_come_from_the_command_table)
{
	std::string names;
	for (const struct command *c = commands; c->name; c++)
		names += (names.empty() ? "" : " ") + std::string(c->name);
	for (const char *shell : { "bash", "zsh" }) {
		RunResult r = run_track({ "completion", shell }, kEnv);
		EXPECT_EQ(r.status, 0);
		EXPECT_NE(r.out.find("\n_track_commands='" + names + "'\n"),
		    std::string::npos) << shell;
		EXPECT_NE(r.out.find("\n\t'log')\n\t\t_track_operands='DURATION "
		    "TOPIC'\n\t\t_track_options='--date=DATE --start=HH:MM "
		    "--kind=tutorial|study|project --project=NAME "
		    "--path=PATH --tutorial=TITLE --note=TEXT' ;;\n"),
		    std::string::npos);
		EXPECT_EQ(r.err, "");
	}
	EXPECT_EQ(run_track({ "completion", "zsh" }, kEnv).out.substr(0, 15),
	    "#compdef track\n");
}

// Drives the bash completion the way bash does: sources the script in a
// non-interactive bash, finds the function with `complete -p track`, and
// prints COMPREPLY for each command line given (completed at its end;
// "=" is a word of its own, as COMP_WORDBREAKS makes it).
const char kBashDriver[] = R"sh(
cd "$1" && shift
source <(track completion bash) || exit 1
spec=$(complete -p track) || exit 1
fn=${spec##*-F }
fn=${fn%% *}
for line in "$@"; do
	COMP_LINE=$line
	COMP_POINT=${#line}
	split=${line//=/ = }
	read -ra COMP_WORDS <<<"$split"
	[[ $split == *' ' ]] && COMP_WORDS+=('')
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	"$fn" track "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
	echo "${COMPREPLY[*]}"
done
)sh";

class BashCompletion : public ::testing::Test {
protected:
	void SetUp() override
	{
		db = dir.file("track.db");
		other = dir.file("other.db");
		ASSERT_EQ(run_track({ "--db", db, "path", "add", "game-dev",
		    "Game development" }, kEnv).status, 0);
		ASSERT_EQ(run_track({ "--db", other, "topic", "add", "mytopic",
		    "--path", "backend" }, kEnv).status, 0);
		write_file(dir.file("week.csv"), "date,duration,topic\n");
		write_file(dir.file("drive.sh"), kBashDriver);
	}

	// COMPREPLY for each line, one string each.
	std::vector<std::string> complete(const std::vector<std::string> &lines)
	{
		std::vector<std::string> args = { "bash", dir.file("drive.sh"),
			dir.path() };
		args.insert(args.end(), lines.begin(), lines.end());
		std::map<std::string, std::string> env = kEnv;
		env["TRACK_DB"] = db;
		env["PATH"] = track_dir() + ":" + getenv("PATH");
		RunResult r = run_program(args, env);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		std::vector<std::string> out;
		std::istringstream in(r.out);
		for (std::string line; std::getline(in, line);)
			out.push_back(line);
		EXPECT_EQ(out.size(), lines.size()) << r.out;
		out.resize(lines.size());
		return out;
	}

	TempDir dir;
	std::string db, other;
};

// A list being typed completes its last item; skill rm offers skills.
TEST_F(BashCompletion, completes_topic_lists_and_skills)
{
	EXPECT_EQ(complete({ "track skill add x --topics django,fla",
	    "track skill add x --topics fla", "track skill rm unit-",
	    "track skill rm version" }),
	    (std::vector<std::string>{ "django,flask", "flask", "unit-testing",
	    "version-control" }));
}

TEST_F(BashCompletion, completes_commands_and_global_options)
{
	std::string names;
	for (const struct command *c = commands; c->name; c++)
		names += (names.empty() ? "" : " ") + std::string(c->name);
	EXPECT_EQ(complete({ "track ", "track st", "track rep", "track --",
	    "track help pa", "track zz" }), (std::vector<std::string>{ names,
	    "start stop status", "report", "--db --help --version", "path",
	    "" }));
}

// --serves takes paths separated by commas: each is completed in turn.
TEST_F(BashCompletion, completes_each_path_of_a_list)
{
	EXPECT_EQ(complete({ "track topic add x --path ml --serves da",
	    "track topic add x --path ml --serves ml,data-",
	    "track topic add x --path ml --serves=backend,game",
	    "track topic serve pandas auto" }),
	    (std::vector<std::string>{ "data-science data-engineering",
	    "ml,data-science ml,data-engineering", "backend,game-dev",
	    "automation" }));
}

TEST_F(BashCompletion, completes_options_and_their_values)
{
	EXPECT_EQ(complete({ "track log --", "track log 2h django --kind ",
	    "track log 2h django --kind=p", "track report --format ",
	    "track ls --limit 5 --f", "track log 2h django --date ",
	    "track import list --", "track path set --", "track check --s" }),
	    (std::vector<std::string>{
	    "--date --start --kind --project --path --tutorial --note "
	    "--help",
	    "tutorial study project", "project", "text json csv md html",
	    "--format", "today yesterday", "--format --help", "--date --help",
	    "--strict" }));
	std::vector<std::string> from = words(complete({
	    "track import --from " })[0]);
	ASSERT_FALSE(from.empty());
	EXPECT_EQ(from[0], "auto");
	for (const char *format : { "toggl", "udemy", "timew", "custom" })
		EXPECT_NE(std::find(from.begin(), from.end(), format), from.end())
		    << format;
}

TEST_F(BashCompletion, completes_subcommands_and_operands)
{
	EXPECT_EQ(complete({ "track path ", "track project d", "track completion ",
	    "track help rep", "track rm 1 ", "track import w",
	    "track report --output w", "track config " }),
	    (std::vector<std::string>{ "list set show add undo", "done",
	    "bash zsh", "report", "", "week.csv", "week.csv",
	    "list get set unset" }));
}

TEST_F(BashCompletion, completes_topics_and_paths_from_the_database)
{
	std::vector<std::string> out = complete({ "track log 2h dj",
	    "track path set ", "track path set d", "track ls --path g",
	    "track log 2h my", "track --db " + other + " log 2h my",
	    "track start my --db " + other + " --kind " });
	std::vector<std::string> topics = words(out[0]);
	EXPECT_NE(std::find(topics.begin(), topics.end(), "django"),
	    topics.end()) << out[0];
	for (const std::string &t : topics)
		EXPECT_EQ(t.substr(0, 2), "dj");
	// game-dev was added to this database: read at completion time.
	EXPECT_EQ(out[1], "fundamentals backend ml data-science automation "
	    "data-engineering devops game-dev");
	EXPECT_EQ(out[2], "data-science data-engineering devops");
	EXPECT_EQ(out[3], "game-dev");
	// mytopic is only in the database named by --db on the line.
	EXPECT_EQ(out[4], "mypy mysql");
	EXPECT_EQ(out[5], "mypy mysql mytopic");
	EXPECT_EQ(out[6], "tutorial study project");
}

TEST_F(BashCompletion, never_runs_the_text_of_a_topic)
{
	ASSERT_EQ(run_track({ "--db", db, "log", "1h", "$(touch pwned)" },
	    kEnv).status, 0);
	EXPECT_EQ(complete({ "track log 1h $" }), (std::vector<std::string>{
	    "\\$\\(touch\\ pwned\\)" }));
	EXPECT_FALSE(file_exists(dir.file("pwned")));
}

// Runs the zsh completion with compadd and friends replaced by functions
// that print what they were given.
const char kZshDriver[] = R"sh(
compdef() { :; }
source <(track completion zsh) || exit 1
compadd() { [[ $1 == -- ]] && shift; print -r -- "$*"; }
_describe() { print -r -- "${(j: :)${(@)${(P)4}%%:*}}"; }
_files() { print -r -- files; }
compset() { PREFIX=${PREFIX#*=}; }
for line in "$@"; do
	words=(${(z)line})
	[[ $line == *' ' ]] && words+=('')
	CURRENT=$#words
	PREFIX=$words[CURRENT]
	_track
	print -- --
done
)sh";

TEST(shell, zsh_completion_parses_and_completes)
{
	if (!have("zsh"))
		GTEST_SKIP() << "zsh is not installed (make deps installs it)";
	TempDir dir;
	std::string script = dir.file("_track");
	write_file(script, run_track({ "completion", "zsh" }, kEnv).out);
	RunResult r = run_program({ "zsh", "-n", script });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.err, "");
	write_file(dir.file("drive.zsh"), kZshDriver);
	std::map<std::string, std::string> env = kEnv;
	env["TRACK_DB"] = dir.file("track.db");
	env["PATH"] = track_dir() + ":" + getenv("PATH");
	r = run_program({ "zsh", "-f", dir.file("drive.zsh"), "track st",
	    "track log --", "track log 2h django --kind=", "track path ",
	    "track import " }, env);
	EXPECT_EQ(r.status, 0) << r.err;
	std::string names;
	for (const struct command *c = commands; c->name; c++)
		names += (names.empty() ? "" : " ") + std::string(c->name);
	EXPECT_EQ(r.out, names + "\n--\n"
	    "--date\n--start\n--kind\n--project\n--path\n--tutorial\n--note\n"
	    "--help\n--\n"
	    "tutorial study project\n--\n"
	    "list set show add undo\n--\n"
	    "list undo\nfiles\n--\n");
	EXPECT_EQ(r.err, "");
}

/* ---------------------------------------------------------------------
 * The man page
 */

// The man page make installs: tracker/track.1 completed from the command
// table (tracker/cli/manpage.h), built beside the binary under test.
std::string
built_man_page()
{
	return track_dir() + "/track.1";
}

TEST(shell, man_page_passes_mandoc_lint)
{
	if (!have("mandoc"))
		GTEST_SKIP() << "mandoc is not installed (make deps installs it)";
	for (const std::string &page : { root() + "tracker/track.1",
	    built_man_page() }) {
		SCOPED_TRACE(page);
		RunResult r = run_program({ "mandoc", "-T", "lint", "-W",
		    "warning", page });
		EXPECT_EQ(r.status, 0);
		EXPECT_EQ(r.out, "");
		EXPECT_EQ(r.err, "");
	}
}

// The man page's entries for command name: every ".It Cm NAME ..." item
// (or ".It Xo" followed by ".Cm NAME ..."), up to the next item.
std::string
man_entries(const std::string &page, const std::string &name)
{
	std::istringstream in(page);
	std::string entries, line, previous;
	bool inside = false;
	for (; std::getline(in, line); previous = line) {
		bool item = line.rfind(".It ", 0) == 0;
		bool head = line.rfind(".It Cm " + name + " ", 0) == 0 ||
		    line == ".It Cm " + name ||
		    (previous == ".It Xo" && (line == ".Cm " + name ||
		    line.rfind(".Cm " + name + " ", 0) == 0));
		if (item || head || line.rfind(".El", 0) == 0)
			inside = head;
		if (inside)
			entries += line + "\n";
	}
	return entries;
}

TEST(shell, man_page_documents_every_command_and_its_options)
{
	std::string page = read_file(built_man_page());
	ASSERT_FALSE(page.empty());
	for (const struct command *c = commands; c->name; c++) {
		SCOPED_TRACE(c->name);
		std::string entries = man_entries(page, c->name);
		EXPECT_NE(entries, "") << "no '.It Cm " << c->name << "'";
		for (const struct option_spec *o = c->options; o->name; o++) {
			std::string name = std::string("--") + o->name;
			std::string mdoc = "Fl -" + name.substr(2);
			size_t at = entries.find(mdoc);
			while (at != std::string::npos && at + mdoc.size() <
			    entries.size() && (isalnum((unsigned char)
			    entries[at + mdoc.size()]) ||
			    entries[at + mdoc.size()] == '-'))
				at = entries.find(mdoc, at + 1);
			EXPECT_NE(at, std::string::npos) << name;
		}
	}
}

TEST(shell, man_page_documents_environment_files_and_exit_status)
{
	std::string page = read_file(root() + "tracker/track.1");
	for (const char *line : { ".Sh ENVIRONMENT\n", ".It Ev TRACK_DB\n",
	    ".It Ev XDG_DATA_HOME\n", ".It Ev NO_COLOR\n", ".It Ev TZ\n",
	    ".Sh FILES\n", ".It Pa ~/.local/share/track/track.db\n",
	    ".Sh EXIT STATUS\n", ".It 0\n", ".It 1\n", ".It 2\n", ".It 3\n",
	    ".Sh EXAMPLES\n" })
		EXPECT_NE(page.find(line), std::string::npos) << line;
}

/* ---------------------------------------------------------------------
 * make install
 */

// The build directory of the binary under test, relative to the top of
// the tree when inside it.
std::string
build_dir()
{
	char cwd[PATH_MAX];
	std::string dir = track_dir();
	if (getcwd(cwd, sizeof(cwd)) != nullptr &&
	    dir.rfind(std::string(cwd) + "/", 0) == 0)
		dir = dir.substr(strlen(cwd) + 1);
	return dir;
}

// Runs make in the top of the tree with args, outside any make that runs
// the tests (their jobserver and flags are not passed on).
RunResult
make(const std::vector<std::string> &args)
{
	std::string build = build_dir();
	bool sanitize = build.size() >= 9 &&
	    build.compare(build.size() - 9, 9, "/sanitize") == 0;
	std::vector<std::string> argv = { "make", "-s", "--no-print-directory",
		"-C", root().empty() ? "." : root(), "BUILD=" + build,
		std::string("SANITIZE=") + (sanitize ? "1" : "") };
	argv.insert(argv.end(), args.begin(), args.end());
	return run_program(argv, { { "MAKEFLAGS", "" }, { "MFLAGS", "" },
	    { "MAKELEVEL", "" } });
}

TEST(shell, make_install_and_uninstall_in_a_destdir)
{
	TempDir dest;
	std::string usr = dest.path() + "/usr";
	RunResult r = make({ "install", "DESTDIR=" + dest.path(),
	    "PREFIX=/usr" });
	ASSERT_EQ(r.status, 0) << r.out << r.err;
	const std::string files[] = { usr + "/bin/track",
		usr + "/share/man/man1/track.1",
		usr + "/share/bash-completion/completions/track",
		usr + "/share/zsh/site-functions/_track" };
	for (const std::string &f : files)
		EXPECT_TRUE(file_exists(f)) << f;
	struct stat st;
	ASSERT_EQ(stat(files[0].c_str(), &st), 0);
	EXPECT_EQ(st.st_mode & 0777, 0755u);
	ASSERT_EQ(stat(files[1].c_str(), &st), 0);
	EXPECT_EQ(st.st_mode & 0777, 0644u);

	r = run_program({ files[0], "--version" }, kEnv);
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out.substr(0, 12), "track 0.1.0\n");
	EXPECT_EQ(read_file(files[1]), read_file(built_man_page()));
	EXPECT_EQ(read_file(files[2]),
	    run_track({ "completion", "bash" }, kEnv).out);
	EXPECT_EQ(read_file(files[3]),
	    run_track({ "completion", "zsh" }, kEnv).out);

	r = make({ "uninstall", "DESTDIR=" + dest.path(), "PREFIX=/usr" });
	EXPECT_EQ(r.status, 0) << r.out << r.err;
	for (const std::string &f : files)
		EXPECT_FALSE(file_exists(f)) << f;
}

}  // namespace
