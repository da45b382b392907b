/*
 * The one table of commands, with their options, usage forms and
 * examples as data: each command's getopt table, `track help`, `track
 * COMMAND --help`, the usage errors and `track completion` are made from
 * it (cli/options.c), and tests hold the man page to it.
 */
#include <string.h>

#include "core/buf.h"
#include "cli/commands.h"
#include "core/suggest.h"

/* ---------------------------------------------------------------------
 * Options, usage forms and examples, per command
 */

#define S OPTION_SHORT
#define OPTION_DATE(key, flags, what) { "date", key, "DATE", flags, what \
	": today, yesterday, YYYY-MM-DD, -3d or a weekday" }
#define OPTION_AT { "at", 'a', "DATE", S, "judge as of that day instead of " \
	"today" }
#define END_OPTIONS { NULL, 0, NULL, 0, NULL }
#define END_FORMS { NULL, NULL, NULL, NULL }
#define END_EXAMPLES { NULL, NULL }
/* The one form of a command without options or subcommands. */
#define PLAIN_FORM(operands) (const struct form[]){ { NULL, operands, NULL, \
	NULL }, END_FORMS }

static const struct option_spec log_options[] = {
	OPTION_DATE('d', S, "the day of the session, if not today"),
	{ "start", 's', "HH:MM", S, "the local time the session started" },
	{ "kind", 'k', "KIND", S, "tutorial, study or project (default: the "
	  "default-kind setting, study)" },
	{ "project", 'p', "NAME", S, "a session building NAME (created on "
	  "first use); implies kind project" },
	{ "path", 'P', "PATH", OPTION_IN, "with --project: the project's path "
	  "from now on (without it, its hours decide)" },
	{ "tutorial", 't', "TITLE", S | OPTION_OR, "a session following TITLE "
	  "(created on first use); implies kind tutorial" },
	{ "note", 'n', "TEXT", S, "a note kept with the session" },
	END_OPTIONS,
};
static const struct form log_forms[] = {
	{ NULL, "DURATION TOPIC", "date start kind project path tutorial note",
	  NULL },
	END_FORMS,
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

static const struct option_spec ls_options[] = {
	{ "since", 's', "DATE", S, "only sessions on or after DATE" },
	{ "until", 'u', "DATE", S, "only sessions on or before DATE" },
	{ "path", 'p', "PATH", S, "only topics of PATH (unmapped: the unmapped "
	  "topics)" },
	{ "topic", 't', "TOPIC", S, "only sessions of TOPIC" },
	{ "kind", 'k', "KIND", S, "only tutorial, study or project sessions" },
	{ "limit", 'n', "N", S, "the newest N sessions (default 20, 0 for "
	  "all)" },
	{ "format", 'f', "text|json|csv", S, "the output format (default "
	  "text)" },
	END_OPTIONS,
};
static const struct form ls_forms[] = {
	{ NULL, "", "since until path topic kind limit format", NULL },
	END_FORMS,
};
static const struct example ls_examples[] = {
	{ "track ls", "the newest 20 sessions" },
	{ "track ls --since monday --topic django", "this week's Django" },
	{ "track ls --limit 0 --format csv", "every session as CSV" },
	END_EXAMPLES,
};

static const struct option_spec edit_options[] = {
	{ "duration", 'l', "DURATION", S, "the new length" },
	OPTION_DATE('d', S, "the new day"),
	{ "start", 's', "HH:MM", S, "the new start time (\"\" clears it)" },
	{ "topic", 'o', "TOPIC", S, "the new topic" },
	{ "kind", 'k', "KIND", S, "tutorial, study or project" },
	{ "project", 'p', "NAME", S, "link to project NAME (\"\" unlinks)" },
	{ "tutorial", 't', "TITLE", S, "link to tutorial TITLE (\"\" "
	  "unlinks)" },
	{ "note", 'n', "TEXT", S, "the new note (\"\" clears it)" },
	END_OPTIONS,
};
static const struct form edit_forms[] = {
	{ NULL, "ID", "duration date start topic kind project tutorial note",
	  NULL },
	END_FORMS,
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

static const struct option_spec start_options[] = {
	{ "project", 'p', "NAME", S, "the timer is for building NAME" },
	{ "tutorial", 't', "TITLE", S | OPTION_OR, "the timer is for "
	  "following TITLE" },
	{ "kind", 'k', "KIND", S | OPTION_OR, "tutorial, study or project" },
	{ "note", 'n', "TEXT", S, "a note for the session" },
	{ "at", 'a', "TIME", S, "started earlier: HH:MM, YYYY-MM-DD HH:MM or an "
	  "ISO instant" },
	END_OPTIONS,
};
static const struct form start_forms[] = {
	{ NULL, "TOPIC", "project tutorial kind note at", NULL },
	END_FORMS,
};
static const struct example start_examples[] = {
	{ "track start fastapi --project \"Todo API\"", "start the timer" },
	{ "track start sql --at 9:15", "it started a while ago" },
	END_EXAMPLES,
};

static const struct option_spec stop_options[] = {
	{ "note", 'n', "TEXT", S, "the session's note (replaces the one given "
	  "at start)" },
	{ "at", 'a', "TIME", S, "stopped earlier: HH:MM, YYYY-MM-DD HH:MM or "
	  "an ISO instant" },
	END_OPTIONS,
};
static const struct form stop_forms[] = {
	{ NULL, "", "note at", NULL },
	END_FORMS,
};
static const struct example stop_examples[] = {
	{ "track stop", "stop the timer and log the session" },
	{ "track stop --at 12:30 --note \"routers done\"", "stopped at lunch" },
	END_EXAMPLES,
};

static const struct option_spec status_options[] = {
	{ "short", 's', NULL, S, "one line for a shell prompt or a status "
	  "bar: the timer and the week against the goal" },
	END_OPTIONS,
};
static const struct form status_forms[] = {
	{ NULL, "", "short", NULL },
	END_FORMS,
};
static const struct example status_examples[] = {
	{ "track status", "the running timer and today's total" },
	{ "PS1='$(track status --short) \\$ '", "the timer and the week in a "
	  "bash prompt" },
	END_EXAMPLES,
};

static const struct example cancel_examples[] = {
	{ "track cancel", "forget the timer you started by mistake" },
	END_EXAMPLES,
};

static const struct option_spec path_options[] = {
	{ "names", 'n', NULL, 0, "list: the slugs only, one a line (for "
	  "scripts)" },
	OPTION_DATE('d', 0, "set: when the choice was made, if not today"),
	{ "description", 'd', "TEXT", 0, "add: what the path covers" },
	END_OPTIONS,
};
static const struct form path_forms[] = {
	{ "list", "", "names", NULL },
	{ "set", "PATH", "date", NULL },
	{ "show", "[PATH]", NULL, NULL },
	{ "add", "SLUG NAME", "description", NULL },
	{ "undo", "", NULL, NULL },
	END_FORMS,
};
static const struct example path_examples[] = {
	{ "track path list", "the paths, '*' marking yours" },
	{ "track path set backend", "choose backend development (again the "
	  "same day: replaces that day's choice)" },
	{ "track path undo", "take back the newest choice" },
	{ "track path add game-dev \"Game development\"", "a path of your own" },
	END_EXAMPLES,
};

static const struct option_spec topic_options[] = {
	{ "path", 'p', "PATH", 0, "list: only the topics of PATH; add: the "
	  "path of the new topic" },
	{ "serves", 's', "PATH,...", 0, "add: further paths its hours count "
	  "for when chosen" },
	{ "names", 'n', NULL, 0, "list: names and aliases only, one a line "
	  "(for scripts)" },
	END_OPTIONS,
};
static const struct form topic_forms[] = {
	{ "list", "", "path names", NULL },
	{ "add", "NAME", "path serves", "path" },
	{ "alias", "ALIAS TOPIC", NULL, NULL },
	{ "serve", "TOPIC PATH", NULL, NULL },
	{ "unserve", "TOPIC PATH", NULL, NULL },
	END_FORMS,
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

static const struct form config_forms[] = {
	{ "list", "", NULL, NULL },
	{ "get", "KEY", NULL, NULL },
	{ "set", "KEY VALUE", NULL, NULL },
	{ "unset", "KEY", NULL, NULL },
	END_FORMS,
};
static const struct example config_examples[] = {
	{ "track config list", "every setting and its value" },
	{ "track config set week-start sunday", "weeks start on Sunday" },
	{ "track config unset week-start", "back to the default" },
	END_EXAMPLES,
};

static const struct option_spec import_options[] = {
	{ "from", 'f', "auto|FORMAT", S, "the file's format (default auto: "
	  "detected from its header)" },
	{ "dry-run", 'n', NULL, S, "say what would be imported, change "
	  "nothing" },
	{ "skip-bad", 's', NULL, S, "skip bad rows instead of refusing the "
	  "file" },
	{ "rejects", 'r', "FILE", S | OPTION_IN, "with --skip-bad: write the "
	  "skipped rows to FILE" },
	{ "topic", 't', "TOPIC", S, "the topic of rows that name none" },
	{ "path", 'p', "PATH", S, "infer topics of this path first" },
	{ "kind", 'k', "KIND", S, "the kind of rows that name none" },
	{ "user", 'u', "WHO", S, "only the rows of this user (team exports)" },
	{ "map", 'm', "COLUMN=FIELD", S | OPTION_REPEATS, "read column COLUMN "
	  "as FIELD (date, duration, topic, ...)" },
	{ "date-order", 'D', "dmy|mdy", S, "how to read slash dates like "
	  "05/04/2025 (default: from the file's dates)" },
	{ "format", 'F', "text|json", S, "the summary's format (default "
	  "text)" },
	END_OPTIONS,
};
static const struct form import_forms[] = {
	{ NULL, "FILE...", "from dry-run skip-bad rejects topic path kind user "
	  "map date-order format", NULL },
	{ "list", "", "format", NULL },
	{ "undo", "[ID]", NULL, NULL },
	END_FORMS,
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

static const struct option_spec project_options[] = {
	{ "path", 'p', "PATH", 0, "add: the project's path for good (without "
	  "it, its hours decide)" },
	{ "url", 'u', "URL", 0, "add, done: where the project can be seen" },
	OPTION_DATE('d', 0, "add: when it started; done: when it was "
	  "finished"),
	{ "description", 'D', "TEXT", 0, "add: what the project is" },
	{ "format", 'f', "text|json", 0, "list: the output format (default "
	  "text)" },
	{ "contribution", 'c', NULL, 0, "add, done: an open-source "
	  "contribution (shown as such)" },
	END_OPTIONS,
};
static const struct form project_forms[] = {
	{ "add", "NAME", "path url date description contribution", NULL },
	{ "done", "NAME", "url date contribution", NULL },
	{ "reopen", "NAME", NULL, NULL },
	{ "list", "", "format", NULL },
	{ "show", "NAME", NULL, NULL },
	{ "rm", "NAME", NULL, NULL },
	END_FORMS,
};
static const struct example project_examples[] = {
	{ "track project add \"Todo API\" --path backend", "a new project" },
	{ "track project done \"Django blog\" --url "
	  "https://github.com/me/blog", "finished, with its code" },
	{ "track project list", "every project and its hours" },
	END_EXAMPLES,
};

static const struct option_spec tutorial_options[] = {
	{ "topic", 't', "TOPIC", 0, "add: the tutorial's topic" },
	{ "url", 'u', "URL", 0, "add: where it is" },
	OPTION_DATE('d', 0, "add: when it started; done: when it was "
	  "finished"),
	{ "platform", 'P', "NAME", 0, "done, show, rm: the platform of an "
	  "imported title several platforms share" },
	{ "format", 'f', "text|json", 0, "list: the output format (default "
	  "text)" },
	END_OPTIONS,
};
static const struct form tutorial_forms[] = {
	{ "add", "TITLE", "topic url date", NULL },
	{ "done", "TITLE", "date platform", NULL },
	{ "list", "", "format", NULL },
	{ "show", "TITLE", "platform", NULL },
	{ "rm", "TITLE", "platform", NULL },
	END_FORMS,
};
static const struct example tutorial_examples[] = {
	{ "track tutorial add \"Django for Beginners\" --topic django",
	  "a course you follow" },
	{ "track tutorial done \"Django for Beginners\"", "finished it" },
	END_EXAMPLES,
};

static const struct option_spec plan_options[] = {
	OPTION_AT,
	{ "format", 'f', "text|json", S, "the output format (default text)" },
	END_OPTIONS,
};
/* plan's forms, and portfolio's. */
static const struct form plan_forms[] = {
	{ NULL, "", "at format", NULL },
	END_FORMS,
};
static const struct example plan_examples[] = {
	{ "track plan", "the five steps and where you are" },
	{ "track plan --at 2026-06-30 --format json", "as it stood in June" },
	END_EXAMPLES,
};

static const struct option_spec check_options[] = {
	OPTION_AT,
	{ "strict", 's', NULL, S, "exit with status 3 on a warning or an "
	  "alert" },
	{ "format", 'f', "text|json", S, "the output format (default text)" },
	END_OPTIONS,
};
static const struct form check_forms[] = {
	{ NULL, "", "at strict format", NULL },
	END_FORMS,
};
static const struct example check_examples[] = {
	{ "track check", "the anti-patterns found, with evidence and advice" },
	{ "track check --strict >/dev/null || echo \"time to build\"",
	  "for a shell prompt or cron" },
	END_EXAMPLES,
};

static const struct option_spec portfolio_options[] = {
	OPTION_AT,
	{ "format", 'f', "text|json|md", S, "the output format (md: a README "
	  "section)" },
	END_OPTIONS,
};
static const struct example portfolio_examples[] = {
	{ "track portfolio", "the score and what would raise it most" },
	{ "track portfolio --format md >> README.md", "projects for a README" },
	END_EXAMPLES,
};

static const struct option_spec skills_options[] = {
	{ "path", 'p', "PATH", S, "the skills of PATH (default: your current "
	  "path; with none, core and professional skills only)" },
	OPTION_AT,
	{ "format", 'f', "text|json|md", S, "the output format (default "
	  "text)" },
	END_OPTIONS,
};
static const struct form skills_forms[] = {
	{ NULL, "", "path at format", NULL },
	END_FORMS,
};
static const struct example skills_examples[] = {
	{ "track skills", "learned versus applied, and junior readiness" },
	{ "track skills --path ml --format md", "the ML skills as Markdown" },
	END_EXAMPLES,
};

static const struct option_spec export_options[] = {
	{ "format", 'f', "csv|json", S, "the output format (default csv)" },
	{ "since", 's', "DATE", S, "only sessions on or after DATE" },
	{ "until", 'u', "DATE", S, "only sessions on or before DATE" },
	{ "output", 'o', "FILE", S, "write FILE (atomically) instead of the "
	  "output" },
	END_OPTIONS,
};
static const struct form export_forms[] = {
	{ NULL, "", "format since until output", NULL },
	END_FORMS,
};
static const struct example export_examples[] = {
	{ "track export --output backup.csv", "everything, to rebuild from" },
	{ "track export --format json --since 2026-01-01", "this year as JSON" },
	{ "track --db new.db import backup.csv", "rebuild from an export" },
	END_EXAMPLES,
};

#define OR OPTION_OR
static const struct option_spec report_options[] = {
	{ "week", 'w', NULL, 0, "this week (the default)" },
	{ "last-week", 'W', NULL, OR, "the week before this one" },
	{ "month", 'm', NULL, OR, "this month" },
	{ "last-month", 'M', NULL, OR, "the month before this one" },
	{ "year", 'y', NULL, OR, "this year" },
	{ "since", 's', "DATE", S | OR, "from DATE to today, or to --until" },
	{ "until", 'u', "DATE", S | OPTION_IN, "with --since: the last day of "
	  "the period" },
	{ "all", 'a', NULL, OR, "everything logged" },
	{ "format", 'f', "text|json|csv|md|html", S, "the output format "
	  "(default text)" },
	{ "output", 'o', "FILE", S, "write FILE (atomically) instead of the "
	  "output" },
	END_OPTIONS,
};
#undef OR
static const struct form report_forms[] = {
	{ NULL, "", "week last-week month last-month year since until all "
	  "format output", NULL },
	END_FORMS,
};
static const struct example report_examples[] = {
	{ "track report", "this week" },
	{ "track report --last-week --format html --output week.html",
	  "last week as a web page" },
	{ "track report --since 2026-09-01 --until 2026-09-30 --format json",
	  "September for a script" },
	END_EXAMPLES,
};

static const struct option_spec skill_options[] = {
	{ "topics", 't', "TOPIC,...", 0, "add: the topics the skill is made of "
	  "(names or aliases, at most 10)" },
	{ "path", 'p', "PATH", 0, "add: the skill's path (default: yours); "
	  "list: only the skills of PATH" },
	{ "title", 'T', "TEXT", 0, "add: what output calls it (default: from "
	  "its name)" },
	{ "names", 'n', NULL, 0, "list: the names only, one a line (for "
	  "scripts)" },
	{ "format", 'f', "text|json", 0, "list: the output format (default "
	  "text)" },
	END_OPTIONS,
};
static const struct form skill_forms[] = {
	{ "add", "NAME", "topics path title", "topics" },
	{ "rm", "SKILL", NULL, NULL },
	{ "list", "", "path names format", NULL },
	END_FORMS,
};
static const struct example skill_examples[] = {
	{ "track skill add scraping-apis --topics web-scraping,requests "
	  "--path automation", "a skill of your own" },
	{ "track skill list --path backend", "the skills 'track skills' "
	  "looks at for backend" },
	{ "track skill rm scraping-apis", "remove a skill you added" },
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

static const struct option_spec no_options[] = { END_OPTIONS };
static const struct option_spec goal_options[] = {
	{ "format", 'f', "text|json", S, "the output format (default text)" },
	{ "strict", 's', NULL, S, "exit with status 3 when the week is behind "
	  "its pace" },
	{ "daily", 'd', "DURATION", 0, "set: the least time that makes a day "
	  "count for streaks (default 1m)" },
	END_OPTIONS,
};
static const struct form goal_forms[] = {
	{ NULL, "", "format strict", NULL },
	{ "set", "DURATION[/week]", "daily", NULL },
	{ "clear", "", NULL, NULL },
	END_FORMS,
};
static const struct example goal_examples[] = {
	{ "track goal set 6h --daily 30m", "six hours a week; a streak's "
	  "day needs 30 minutes" },
	{ "track goal", "this week against the goal, and the pace" },
	{ "track goal --strict >/dev/null || echo \"behind this week\"",
	  "for cron or a shell prompt" },
	END_EXAMPLES,
};

/* ---------------------------------------------------------------------
 * The table. The db column says what main sets up before calling the
 * command: nothing, a read transaction or a write transaction.
 */

const struct command commands[] = {
	{ "log", cmd_log, DB_WRITE, log_forms, "log a study session", NULL,
	  log_options, log_examples, 0 },
	{ "ls", cmd_ls, DB_READ, ls_forms,
	  "list sessions, oldest first (the newest 20 by default)", NULL,
	  ls_options, ls_examples, 0 },
	{ "edit", cmd_edit, DB_WRITE, edit_forms, "change a logged session",
	  NULL, edit_options, edit_examples, 0 },
	{ "rm", cmd_rm, DB_WRITE, PLAIN_FORM("ID..."), "remove sessions", NULL,
	  no_options, rm_examples, 0 },
	{ "undo", cmd_undo, DB_WRITE, PLAIN_FORM(""),
	  "take back the newest logged session, import or path choice", NULL,
	  no_options, undo_examples, 0 },
	{ "start", cmd_start, DB_WRITE, start_forms, "start the timer", NULL,
	  start_options, start_examples, 0 },
	{ "stop", cmd_stop, DB_WRITE, stop_forms,
	  "stop the timer and log its session", NULL, stop_options,
	  stop_examples, COMMAND_TIMER_QUIET },
	{ "status", cmd_status, DB_READ, status_forms,
	  "show the running timer and today's total", cmd_status_db,
	  status_options,
	  status_examples, COMMAND_TIMER_QUIET },
	{ "cancel", cmd_cancel, DB_WRITE, PLAIN_FORM(""),
	  "discard the running timer without logging it", NULL, no_options,
	  cancel_examples, COMMAND_TIMER_QUIET },
	{ "path", cmd_path, DB_WRITE, path_forms,
	  "list, choose, show, add career paths or take back a choice",
	  cmd_path_db, path_options, path_examples, 0 },
	{ "topic", cmd_topic, DB_WRITE, topic_forms,
	  "list, add or alias topics, or say which paths they serve",
	  cmd_topic_db, topic_options, topic_examples, 0 },
	{ "config", cmd_config, DB_WRITE, config_forms,
	  "show or change settings and thresholds", cmd_config_db, no_options,
	  config_examples, 0 },
	{ "import", cmd_import, DB_WRITE_EACH, import_forms,
	  "import course and time-tracker exports", cmd_import_db,
	  import_options, import_examples, 0 },
	{ "project", cmd_project, DB_WRITE, project_forms,
	  "add, complete, list, show or remove projects", cmd_project_db,
	  project_options, project_examples, 0 },
	{ "tutorial", cmd_tutorial, DB_WRITE, tutorial_forms,
	  "add, complete, list, show or remove tutorials", cmd_tutorial_db,
	  tutorial_options, tutorial_examples, 0 },
	{ "plan", cmd_plan, DB_READ, plan_forms,
	  "the five-step plan for your path and where you are", NULL,
	  plan_options, plan_examples, 0 },
	{ "check", cmd_check, DB_READ, check_forms,
	  "look for the anti-patterns that stall learners", NULL,
	  check_options, check_examples, 0 },
	{ "portfolio", cmd_portfolio, DB_READ, plan_forms,
	  "portfolio-depth score, its parts and how to raise it", NULL,
	  portfolio_options, portfolio_examples, 0 },
	{ "export", cmd_export, DB_READ, export_forms,
	  "write everything needed to rebuild the database", NULL,
	  export_options, export_examples, 0 },
	{ "report", cmd_report, DB_READ, report_forms,
	  "the report of a week, a month, a year or any period", NULL,
	  report_options, report_examples, 0 },
	{ "skill", cmd_skill, DB_WRITE, skill_forms,
	  "add, remove or list the skills employers look for", cmd_skill_db,
	  skill_options, skill_examples, 0 },
	{ "skills", cmd_skills, DB_READ, skills_forms,
	  "skills learned and applied, and career readiness", NULL,
	  skills_options, skills_examples, 0 },
	{ "help", cmd_help, DB_NONE, PLAIN_FORM("[COMMAND]"),
	  "show the commands, or one command's usage, options and examples",
	  NULL, no_options, help_examples, 0 },
	{ "completion", cmd_completion, DB_NONE, PLAIN_FORM("bash|zsh"),
	  "print the bash or zsh completion script", NULL, no_options,
	  completion_examples, 0 },
	{ "version", cmd_version, DB_NONE, PLAIN_FORM(""),
	  "show the versions of track, SQLite and libcsv", NULL, no_options,
	  version_examples, 0 },
	{ "goal", cmd_goal, DB_READ, goal_forms,
	  "set a weekly goal, or see this week against it and the pace",
	  cmd_goal_db, goal_options, goal_examples, 0 },
	{ NULL, NULL, DB_NONE, NULL, NULL, NULL, NULL, NULL, 0 },
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
