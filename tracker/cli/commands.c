/*
 * The one table of commands, with their options and examples as data:
 * `track help`, `track COMMAND --help` and `track completion` print from
 * it, and tests hold the man page and every command's getopt table to it.
 */
#include <string.h>

#include "core/buf.h"
#include "cli/commands.h"
#include "core/suggest.h"

/* ---------------------------------------------------------------------
 * Options and examples, one pair of arrays per command
 */

#define OPTION_DATE(what) { "--date DATE", what ": today, yesterday, " \
	"YYYY-MM-DD, -3d or a weekday" }
#define OPTION_AT { "--at DATE", "judge as of that day instead of today" }
#define END_OPTIONS { NULL, NULL }
#define END_EXAMPLES { NULL, NULL }

static const struct option_help log_options[] = {
	OPTION_DATE("the day of the session, if not today"),
	{ "--start HH:MM", "the local time the session started" },
	{ "--kind KIND", "tutorial, study or project (default: the "
	  "default-kind setting, study)" },
	{ "--project NAME", "a session building NAME (created on first use); "
	  "implies kind project" },
	{ "--path PATH", "with --project: the project's path from now on "
	  "(without it, its hours decide)" },
	{ "--tutorial TITLE", "a session following TITLE (created on first "
	  "use); implies kind tutorial" },
	{ "--note TEXT", "a note kept with the session" },
	END_OPTIONS,
};
static const struct example log_examples[] = {
	{ "track log 2h django", "two hours of Django, today" },
	{ "track log 45m pandas --tutorial \"Pandas in 10 Minutes\"",
	  "following a tutorial" },
	{ "track log 1h30m django --project \"Django blog\" --note \"auth "
	  "views\"", "building a project of your own" },
	{ "track log 1h docker --project \"Booking API\" --path backend",
	  "a project of your backend path, whatever its topics" },
	{ "track log 90m numpy --date yesterday --start 19:30",
	  "a session of yesterday evening" },
	END_EXAMPLES,
};

static const struct option_help ls_options[] = {
	{ "--since DATE", "only sessions on or after DATE" },
	{ "--until DATE", "only sessions on or before DATE" },
	{ "--path PATH", "only topics of PATH (unmapped: the unmapped topics)" },
	{ "--topic TOPIC", "only sessions of TOPIC" },
	{ "--kind KIND", "only tutorial, study or project sessions" },
	{ "--limit N", "the newest N sessions (default 20, 0 for all)" },
	{ "--format text|json|csv", "the output format (default text)" },
	END_OPTIONS,
};
static const struct example ls_examples[] = {
	{ "track ls", "the newest 20 sessions" },
	{ "track ls --since monday --topic django", "this week's Django" },
	{ "track ls --limit 0 --format csv", "every session as CSV" },
	END_EXAMPLES,
};

static const struct option_help edit_options[] = {
	{ "--duration DURATION", "the new length" },
	OPTION_DATE("the new day"),
	{ "--start HH:MM", "the new start time (\"\" clears it)" },
	{ "--topic TOPIC", "the new topic" },
	{ "--kind KIND", "tutorial, study or project" },
	{ "--project NAME", "link to project NAME (\"\" unlinks)" },
	{ "--tutorial TITLE", "link to tutorial TITLE (\"\" unlinks)" },
	{ "--note TEXT", "the new note (\"\" clears it)" },
	END_OPTIONS,
};
static const struct example edit_examples[] = {
	{ "track edit 42 --duration 1h15m", "correct a length" },
	{ "track edit 42 --topic flask --note \"\"", "change the topic, drop "
	  "the note" },
	END_EXAMPLES,
};

static const struct example rm_examples[] = {
	{ "track rm 41 42", "remove two sessions" },
	END_EXAMPLES,
};

static const struct example undo_examples[] = {
	{ "track undo", "take back the last `track log`, import or `track "
	  "path set`" },
	END_EXAMPLES,
};

static const struct option_help start_options[] = {
	{ "--project NAME", "the timer is for building NAME" },
	{ "--tutorial TITLE", "the timer is for following TITLE" },
	{ "--kind KIND", "tutorial, study or project" },
	{ "--note TEXT", "a note for the session" },
	{ "--at TIME", "started earlier: HH:MM, YYYY-MM-DD HH:MM or an ISO "
	  "instant" },
	END_OPTIONS,
};
static const struct example start_examples[] = {
	{ "track start fastapi --project \"Todo API\"", "start the timer" },
	{ "track start sql --at 9:15", "it started a while ago" },
	END_EXAMPLES,
};

static const struct option_help stop_options[] = {
	{ "--note TEXT", "the session's note (replaces the one given at start)" },
	{ "--at TIME", "stopped earlier: HH:MM, YYYY-MM-DD HH:MM or an ISO "
	  "instant" },
	END_OPTIONS,
};
static const struct example stop_examples[] = {
	{ "track stop", "stop the timer and log the session" },
	{ "track stop --at 12:30 --note \"routers done\"", "stopped at lunch" },
	END_EXAMPLES,
};

static const struct example status_examples[] = {
	{ "track status", "the running timer and today's total" },
	END_EXAMPLES,
};

static const struct example cancel_examples[] = {
	{ "track cancel", "forget the timer you started by mistake" },
	END_EXAMPLES,
};

static const struct option_help path_options[] = {
	{ "--names", "list: the slugs only, one a line (for scripts)" },
	OPTION_DATE("set: when the choice was made, if not today"),
	{ "--description TEXT", "add: what the path covers" },
	END_OPTIONS,
};
static const struct example path_examples[] = {
	{ "track path list", "the paths, '*' marking yours" },
	{ "track path set backend", "choose backend development (again the "
	  "same day: replaces that day's choice)" },
	{ "track path undo", "take back the newest choice" },
	{ "track path add game-dev \"Game development\"", "a path of your own" },
	END_EXAMPLES,
};

static const struct option_help topic_options[] = {
	{ "--path PATH", "list: only the topics of PATH; add: the path of the "
	  "new topic" },
	{ "--serves PATH,...", "add: further paths its hours count for when "
	  "chosen" },
	{ "--names", "list: names and aliases only, one a line (for scripts)" },
	END_OPTIONS,
};
static const struct example topic_examples[] = {
	{ "track topic list --path ml", "the machine-learning topics" },
	{ "track topic add htmx --path backend", "a topic the catalog lacks" },
	{ "track topic add streamlit --path data-science --serves ml",
	  "a topic of several paths" },
	{ "track topic serve pandas automation", "pandas counts for "
	  "automation too" },
	{ "track topic alias dj django", "a shorter name for a topic" },
	END_EXAMPLES,
};

static const struct example config_examples[] = {
	{ "track config list", "every setting and its value" },
	{ "track config set week-start sunday", "weeks start on Sunday" },
	{ "track config unset week-start", "back to the default" },
	END_EXAMPLES,
};

static const struct option_help import_options[] = {
	{ "--from auto|FORMAT", "the file's format (default auto: detected "
	  "from its header)" },
	{ "--dry-run", "say what would be imported, change nothing" },
	{ "--skip-bad", "skip bad rows instead of refusing the file" },
	{ "--rejects FILE", "with --skip-bad: write the skipped rows to FILE" },
	{ "--topic TOPIC", "the topic of rows that name none" },
	{ "--path PATH", "infer topics of this path first" },
	{ "--kind KIND", "the kind of rows that name none" },
	{ "--user WHO", "only the rows of this user (team exports)" },
	{ "--map COLUMN=FIELD", "read column COLUMN as FIELD (date, duration, "
	  "topic, ...)" },
	{ "--date-order dmy|mdy", "how to read slash dates like 05/04/2025 "
	  "(default: from the file's dates)" },
	{ "--format text|json", "the summary's format (default text)" },
	END_OPTIONS,
};
static const struct example import_examples[] = {
	{ "track import ~/Downloads/toggl.csv", "a Toggl export" },
	{ "track import udemy.csv --dry-run", "what an import would add" },
	{ "timew export | track import -", "from the standard input (shown "
	  "as (stdin))" },
	{ "track import log.csv --map Day=date --map Time=duration "
	  "--topic python", "a CSV of your own" },
	{ "track import list", "the imports made so far" },
	{ "track import undo", "take back the newest import" },
	END_EXAMPLES,
};

static const struct option_help project_options[] = {
	{ "--path PATH", "add: the project's path for good (without it, its "
	  "hours decide)" },
	{ "--url URL", "add, done: where the project can be seen" },
	OPTION_DATE("add: when it started; done: when it was finished"),
	{ "--description TEXT", "add: what the project is" },
	{ "--format text|json", "list: the output format (default text)" },
	END_OPTIONS,
};
static const struct example project_examples[] = {
	{ "track project add \"Todo API\" --path backend", "a new project" },
	{ "track project done \"Django blog\" --url "
	  "https://github.com/me/blog", "finished, with its code" },
	{ "track project list", "every project and its hours" },
	END_EXAMPLES,
};

static const struct option_help tutorial_options[] = {
	{ "--topic TOPIC", "add: the tutorial's topic" },
	{ "--url URL", "add: where it is" },
	OPTION_DATE("add: when it started; done: when it was finished"),
	{ "--platform NAME", "done, show, rm: the platform of an imported "
	  "title several platforms share" },
	{ "--format text|json", "list: the output format (default text)" },
	END_OPTIONS,
};
static const struct example tutorial_examples[] = {
	{ "track tutorial add \"Django for Beginners\" --topic django",
	  "a course you follow" },
	{ "track tutorial done \"Django for Beginners\"", "finished it" },
	END_EXAMPLES,
};

static const struct option_help plan_options[] = {
	OPTION_AT,
	{ "--format text|json", "the output format (default text)" },
	END_OPTIONS,
};
static const struct example plan_examples[] = {
	{ "track plan", "the five steps and where you are" },
	{ "track plan --at 2026-06-30 --format json", "as it stood in June" },
	END_EXAMPLES,
};

static const struct option_help check_options[] = {
	OPTION_AT,
	{ "--strict", "exit with status 3 on a warning or an alert" },
	{ "--format text|json", "the output format (default text)" },
	END_OPTIONS,
};
static const struct example check_examples[] = {
	{ "track check", "the anti-patterns found, with evidence and advice" },
	{ "track check --strict >/dev/null || echo \"time to build\"",
	  "for a shell prompt or cron" },
	END_EXAMPLES,
};

static const struct option_help portfolio_options[] = {
	OPTION_AT,
	{ "--format text|json|md", "the output format (md: a README section)" },
	END_OPTIONS,
};
static const struct example portfolio_examples[] = {
	{ "track portfolio", "the score and what would raise it most" },
	{ "track portfolio --format md >> README.md", "projects for a README" },
	END_EXAMPLES,
};

static const struct option_help export_options[] = {
	{ "--format csv|json", "the output format (default csv)" },
	{ "--since DATE", "only sessions on or after DATE" },
	{ "--until DATE", "only sessions on or before DATE" },
	{ "--output FILE", "write FILE (atomically) instead of the output" },
	END_OPTIONS,
};
static const struct example export_examples[] = {
	{ "track export --output backup.csv", "everything, to rebuild from" },
	{ "track export --format json --since 2026-01-01", "this year as JSON" },
	{ "track --db new.db import backup.csv", "rebuild from an export" },
	END_EXAMPLES,
};

static const struct option_help report_options[] = {
	{ "--week", "this week (the default)" },
	{ "--last-week", "the week before this one" },
	{ "--month", "this month" },
	{ "--last-month", "the month before this one" },
	{ "--year", "this year" },
	{ "--since DATE", "from DATE to today, or to --until" },
	{ "--until DATE", "with --since: the last day of the period" },
	{ "--all", "everything logged" },
	{ "--format text|json|csv|md|html", "the output format (default "
	  "text)" },
	{ "--output FILE", "write FILE (atomically) instead of the output" },
	END_OPTIONS,
};
static const struct example report_examples[] = {
	{ "track report", "this week" },
	{ "track report --last-week --format html --output week.html",
	  "last week as a web page" },
	{ "track report --since 2026-09-01 --until 2026-09-30 --format json",
	  "September for a script" },
	END_EXAMPLES,
};

static const struct example help_examples[] = {
	{ "track help log", "the usage, options and examples of log" },
	END_EXAMPLES,
};

static const struct example completion_examples[] = {
	{ "source <(track completion bash)", "completion in this bash" },
	{ "track completion zsh > ~/.zfunc/_track", "zsh, with ~/.zfunc in "
	  "fpath" },
	END_EXAMPLES,
};

static const struct example version_examples[] = {
	{ "track --version", "the versions, for a bug report" },
	END_EXAMPLES,
};

static const struct option_help no_options[] = { END_OPTIONS };

/* ---------------------------------------------------------------------
 * The table. The db column says what main sets up before calling the
 * command: nothing, a read transaction or a write transaction.
 */

const struct command commands[] = {
	{ "log", cmd_log, DB_WRITE,
	  "log DURATION TOPIC [--date DATE] [--start HH:MM] [--kind KIND] "
	  "[--project NAME [--path PATH] | --tutorial TITLE] [--note TEXT]",
	  "log a study session", NULL, log_options, log_examples },
	{ "ls", cmd_ls, DB_READ,
	  "ls [--since DATE] [--until DATE] [--path PATH] [--topic TOPIC] "
	  "[--kind KIND] [--limit N] [--format text|json|csv]",
	  "list sessions, oldest first (the newest 20 by default)", NULL,
	  ls_options, ls_examples },
	{ "edit", cmd_edit, DB_WRITE,
	  "edit ID [--duration DURATION] [--date DATE] [--start HH:MM] "
	  "[--topic TOPIC] [--kind KIND] [--project NAME] [--tutorial TITLE] "
	  "[--note TEXT]",
	  "change a logged session", NULL, edit_options, edit_examples },
	{ "rm", cmd_rm, DB_WRITE, "rm ID...", "remove sessions", NULL,
	  no_options, rm_examples },
	{ "undo", cmd_undo, DB_WRITE, "undo",
	  "take back the newest logged session, import or path choice", NULL,
	  no_options,
	  undo_examples },
	{ "start", cmd_start, DB_WRITE,
	  "start TOPIC [--project NAME | --tutorial TITLE | --kind KIND] "
	  "[--note TEXT] [--at TIME]",
	  "start the timer", NULL, start_options, start_examples },
	{ "stop", cmd_stop, DB_WRITE, "stop [--note TEXT] [--at TIME]",
	  "stop the timer and log its session", NULL, stop_options,
	  stop_examples },
	{ "status", cmd_status, DB_READ, "status",
	  "show the running timer and today's total", NULL, no_options,
	  status_examples },
	{ "cancel", cmd_cancel, DB_WRITE, "cancel",
	  "discard the running timer without logging it", NULL, no_options,
	  cancel_examples },
	{ "path", cmd_path, DB_WRITE,
	  "path list [--names] | path set PATH [--date DATE] | path show [PATH] "
	  "| path add SLUG NAME [--description TEXT] | path undo",
	  "list, choose, show, add career paths or take back a choice",
	  cmd_path_db, path_options, path_examples },
	{ "topic", cmd_topic, DB_WRITE,
	  "topic list [--path PATH] [--names] | topic add NAME --path PATH "
	  "[--serves PATH,...] | topic alias ALIAS TOPIC | topic serve TOPIC "
	  "PATH | topic unserve TOPIC PATH",
	  "list, add or alias topics, or say which paths they serve",
	  cmd_topic_db, topic_options, topic_examples },
	{ "config", cmd_config, DB_WRITE,
	  "config list | config get KEY | config set KEY VALUE | "
	  "config unset KEY",
	  "show or change settings and thresholds", cmd_config_db, no_options,
	  config_examples },
	{ "import", cmd_import, DB_WRITE_EACH,
	  "import FILE... [--from auto|FORMAT] [--dry-run] [--skip-bad "
	  "[--rejects FILE]] [--topic TOPIC] [--path PATH] [--kind KIND] "
	  "[--user WHO] [--map COLUMN=FIELD]... [--date-order dmy|mdy] "
	  "[--format text|json] | "
	  "import list [--format text|json] | import undo [ID]",
	  "import course and time-tracker exports", cmd_import_db,
	  import_options, import_examples },
	{ "project", cmd_project, DB_WRITE,
	  "project add NAME [--path PATH] [--url URL] [--date DATE] "
	  "[--description TEXT] | project done NAME [--url URL] [--date DATE] | "
	  "project reopen NAME | project list [--format text|json] | "
	  "project show NAME | project rm NAME",
	  "add, complete, list, show or remove projects", cmd_project_db,
	  project_options, project_examples },
	{ "tutorial", cmd_tutorial, DB_WRITE,
	  "tutorial add TITLE [--topic TOPIC] [--url URL] [--date DATE] | "
	  "tutorial done TITLE [--date DATE] [--platform NAME] | tutorial list "
	  "[--format text|json] | tutorial show TITLE [--platform NAME] | "
	  "tutorial rm TITLE [--platform NAME]",
	  "add, complete, list, show or remove tutorials", cmd_tutorial_db,
	  tutorial_options, tutorial_examples },
	{ "plan", cmd_plan, DB_READ, "plan [--at DATE] [--format text|json]",
	  "the five-step plan for your path and where you are", NULL,
	  plan_options, plan_examples },
	{ "check", cmd_check, DB_READ,
	  "check [--at DATE] [--strict] [--format text|json]",
	  "look for the anti-patterns that stall learners", NULL,
	  check_options, check_examples },
	{ "portfolio", cmd_portfolio, DB_READ,
	  "portfolio [--at DATE] [--format text|json|md]",
	  "portfolio-depth score, its parts and how to raise it", NULL,
	  portfolio_options, portfolio_examples },
	{ "export", cmd_export, DB_READ,
	  "export [--format csv|json] [--since DATE] [--until DATE] "
	  "[--output FILE]",
	  "write everything needed to rebuild the database", NULL,
	  export_options, export_examples },
	{ "report", cmd_report, DB_READ,
	  "report [--week | --last-week | --month | --last-month | --year | "
	  "--since DATE [--until DATE] | --all] "
	  "[--format text|json|csv|md|html] [--output FILE]",
	  "the report of a week, a month, a year or any period", NULL,
	  report_options, report_examples },
	{ "help", cmd_help, DB_NONE, "help [COMMAND]",
	  "show the commands, or one command's usage, options and examples",
	  NULL, no_options, help_examples },
	{ "completion", cmd_completion, DB_NONE, "completion bash|zsh",
	  "print the bash or zsh completion script", NULL, no_options,
	  completion_examples },
	{ "version", cmd_version, DB_NONE, "version",
	  "show the versions of track, SQLite and libcsv", NULL, no_options,
	  version_examples },
	{ NULL, NULL, DB_NONE, NULL, NULL, NULL, NULL, NULL },
};

const struct command *
command_find(const char *name)
{
	for (const struct command *c = commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

struct error *
command_unknown(const char *name)
{
	struct suggest suggest;
	struct buf message;
	struct error *err;

	suggest_init(&suggest, &suggest_commands, name);
	for (const struct command *c = commands; c->name; c++)
		suggest_consider(&suggest, c->name);
	buf_init(&message);
	if (suggest_put(&suggest, &message))
		err = error_usage("unknown command '%s': %s ('track help' "
		    "lists the commands)", name, message.data);
	else
		err = error_usage("unknown command '%s': 'track help' lists the "
		    "commands", name);
	buf_release(&message);
	suggest_release(&suggest);
	return err;
}
