#include <string.h>

#include "catalog.h"
#include "commands.h"

/*
 * The one table of subcommands. The db column says what main sets up
 * before calling the command: nothing, a read transaction or a write
 * transaction.
 */
const struct command commands[] = {
	{ "log", cmd_log, DB_WRITE,
	  "log DURATION TOPIC [--date DATE] [--start HH:MM] [--kind KIND] "
	  "[--project NAME | --tutorial TITLE] [--note TEXT]",
	  "log a study session", NULL },
	{ "ls", cmd_ls, DB_READ,
	  "ls [--since DATE] [--until DATE] [--path PATH] [--topic TOPIC] "
	  "[--kind KIND] [--limit N] [--format text|json|csv]",
	  "list sessions, oldest first (the newest 20 by default)", NULL },
	{ "edit", cmd_edit, DB_WRITE,
	  "edit ID [--duration DURATION] [--date DATE] [--start HH:MM] "
	  "[--topic TOPIC] [--kind KIND] [--project NAME] [--tutorial TITLE] "
	  "[--note TEXT]",
	  "change a logged session", NULL },
	{ "rm", cmd_rm, DB_WRITE, "rm ID...", "remove sessions", NULL },
	{ "undo", cmd_undo, DB_WRITE, "undo",
	  "take back the newest logged session or import", NULL },
	{ "start", cmd_start, DB_WRITE,
	  "start TOPIC [--project NAME | --tutorial TITLE | --kind KIND] "
	  "[--note TEXT] [--at TIME]",
	  "start the timer", NULL },
	{ "stop", cmd_stop, DB_WRITE, "stop [--note TEXT] [--at TIME]",
	  "stop the timer and log its session", NULL },
	{ "status", cmd_status, DB_READ, "status",
	  "show the running timer and today's total", NULL },
	{ "cancel", cmd_cancel, DB_WRITE, "cancel",
	  "discard the running timer without logging it", NULL },
	{ "path", cmd_path, DB_WRITE,
	  "path list | path set PATH [--date DATE] | path show [PATH] | "
	  "path add SLUG NAME [--description TEXT]",
	  "list, choose, show or add career paths", cmd_path_db },
	{ "topic", cmd_topic, DB_WRITE,
	  "topic list [--path PATH] [--names] | topic add NAME --path PATH | "
	  "topic alias ALIAS TOPIC",
	  "list, add or alias topics", cmd_topic_db },
	{ "config", cmd_config, DB_WRITE,
	  "config list | config get KEY | config set KEY VALUE | "
	  "config unset KEY",
	  "show or change settings and thresholds", cmd_config_db },
	{ "import", cmd_import, DB_WRITE_EACH,
	  "import FILE... [--from auto|NAME] [--dry-run] [--skip-bad "
	  "[--rejects FILE]] [--topic TOPIC] [--path PATH] [--kind KIND] "
	  "[--user WHO] [--map COLUMN=FIELD]... [--format text|json] | "
	  "import list [--format text|json] | import undo [ID]",
	  "import course and time-tracker exports", cmd_import_db },
	{ "project", cmd_project, DB_WRITE,
	  "project add NAME [--path PATH] [--url URL] [--date DATE] "
	  "[--description TEXT] | project done NAME [--url URL] [--date DATE] | "
	  "project reopen NAME | project list [--format text|json] | "
	  "project show NAME | project rm NAME",
	  "add, complete, list, show or remove projects", cmd_project_db },
	{ "tutorial", cmd_tutorial, DB_WRITE,
	  "tutorial add TITLE [--topic TOPIC] [--url URL] [--date DATE] | "
	  "tutorial done TITLE [--date DATE] [--platform NAME] | tutorial list "
	  "[--format text|json] | tutorial show TITLE [--platform NAME] | "
	  "tutorial rm TITLE [--platform NAME]",
	  "add, complete, list, show or remove tutorials", cmd_tutorial_db },
	{ "plan", cmd_plan, DB_READ, "plan [--at DATE] [--format text|json]",
	  "the five-step plan for your path and where you are", NULL },
	{ "check", cmd_check, DB_READ,
	  "check [--at DATE] [--strict] [--format text|json]",
	  "look for the anti-patterns that stall learners", NULL },
	{ "portfolio", cmd_portfolio, DB_READ,
	  "portfolio [--at DATE] [--format text|json|md]",
	  "portfolio-depth score, its parts and how to raise it", NULL },
	{ "export", cmd_export, DB_READ,
	  "export [--format csv|json] [--since DATE] [--until DATE] "
	  "[--output FILE]",
	  "write everything needed to rebuild the database", NULL },
	{ "report", cmd_report, DB_READ,
	  "report [--week | --last-week | --month | --last-month | --year | "
	  "--since DATE [--until DATE] | --all] "
	  "[--format text|json|csv|md|html] [--output FILE]",
	  "the report of a week, a month, a year or any period", NULL },
	{ "help", cmd_help, DB_NONE, "help [COMMAND]",
	  "show the commands, or one command's usage", NULL },
	{ "version", cmd_version, DB_NONE, "version",
	  "show the versions of track, SQLite and libcsv", NULL },
	{ NULL, NULL, DB_NONE, NULL, NULL, NULL },
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
	const char *best = NULL;
	int best_distance = 3;

	for (const struct command *c = commands; c->name; c++) {
		int d = edit_distance(name, c->name);

		if (d < best_distance) {
			best_distance = d;
			best = c->name;
		}
	}
	if (best != NULL)
		return error_usage("unknown command '%s': did you mean '%s'? "
		    "('track help' lists the commands)", name, best);
	return error_usage("unknown command '%s': 'track help' lists the "
	    "commands", name);
}
