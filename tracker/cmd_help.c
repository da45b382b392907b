#include <csv.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"

#define TRACK_VERSION "0.1.0"

struct error *
cmd_help(struct track *t, int argc, char **argv)
{
	const struct command *cmd;

	if (argc > 2)
		return usage_error("help");
	if (argc == 2) {
		if ((cmd = command_find(argv[1])) == NULL)
			return command_unknown(argv[1]);
		fprintf(t->out, "usage: track %s\n\n%s.\n", cmd->usage,
		    cmd->summary);
		return NULL;
	}
	fputs("usage: track [--db FILE] COMMAND [ARGS]\n\ncommands:\n", t->out);
	for (cmd = commands; cmd->name; cmd++)
		fprintf(t->out, "  %-8s %s\n", cmd->name, cmd->summary);
	fputs("\n'track help COMMAND' shows one command's usage.\n", t->out);
	return NULL;
}

struct error *
cmd_version(struct track *t, int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		return usage_error("version");
	fprintf(t->out, "track %s (SQLite %s, libcsv %d.%d.%d)\n",
	    TRACK_VERSION, sqlite3_libversion(), CSV_MAJOR, CSV_MINOR,
	    CSV_RELEASE);
	return NULL;
}
