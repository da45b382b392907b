#ifndef TRACK_TRACK_H
#define TRACK_TRACK_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "core/db.h"
#include "core/error.h"

/*
 * What every command is handed: the open database (per the command's
 * db_mode), where to write, and the clock. Commands write their output to
 * out and warnings to err, and never exit.
 */
struct track {
	sqlite3 *db;		/* open when the command's mode needs it */
	const char *db_path;	/* the database file (it may not exist);
				   NULL when the command needs none */
	FILE *out;		/* the command's output */
	FILE *err;		/* warnings and hints (not the final error) */
	time_t now;		/* the current instant ($TRACK_NOW in tests) */
	int today;		/* the local day of now */
	bool out_is_terminal;	/* out is a terminal (colour, sanitising) */
	bool checkpoint;	/* the command read or wrote everything:
				   db_checkpoint when it succeeded */
};

/* How an option shows in a usage synopsis (struct option_spec flags). */
enum {
	OPTION_SHORT = 1,	/* -KEY is accepted too (today's short options) */
	OPTION_OR = 2,		/* an alternative to the option before it:
				   "[--week | --month]" */
	OPTION_IN = 4,		/* only with the option before it:
				   "[--skip-bad [--rejects FILE]]" */
	OPTION_REPEATS = 8,	/* may be given again: "[--map C=F]..." */
};

/*
 * One option of a command: what getopt reads, what `track help COMMAND`
 * lists and what the completion offers.
 */
struct option_spec {
	const char *name;	/* "date" for --date */
	int key;		/* what the command's switch sees: 'd' */
	const char *value;	/* "DATE", "text|json", or NULL: a flag */
	unsigned flags;		/* OPTION_* */
	const char *help;	/* what it does: lowercase, no full stop */
};

/*
 * One usage form of a command: "track path set PATH [--date DATE]" is
 * { "set", "PATH", "date" }. A command without subcommands has one form
 * with sub NULL; the list ends with NULL operands.
 */
struct form {
	const char *sub;	/* "set", or NULL */
	const char *operands;	/* "PATH", "[ID]", "FILE...", or "" */
	const char *options;	/* the names of its options, in order,
				   space-separated: "date start kind" */
	const char *required;	/* NULL, or those of options given without
				   brackets: "path" */
};

/* One example of a command: what to type and what it does. */
struct example {
	const char *line;	/* "track log 2h django" */
	const char *what;	/* "two hours of Django, today" */
};

/*
 * One command: git's table of name, function, setup and usage, with its
 * options as data. The getopt tables, `track help`, `COMMAND --help`, the
 * usage errors, the completion scripts and the tests checking the man
 * page all read this table (cli/options.h), so they cannot drift apart.
 */
struct command {
	const char *name;
	struct error *(*run)(struct track *t, int argc, char **argv);
	enum db_mode db;
	const struct form *forms;	/* its usage forms */
	const char *summary;	/* one line for `track help` */
	/*
	 * NULL, or the mode this invocation needs, from the command's own
	 * arguments (argv[0] is the command name): it overrides db, so
	 * `track path list` reads where `track path set` writes.
	 */
	enum db_mode (*db_for)(int argc, char **argv);
	const struct option_spec *options;	/* every option of its forms;
						   ends with a NULL name */
	const struct example *examples;	/* NULL, or ends with a NULL line */
	unsigned flags;		/* COMMAND_* */
};

/* What a command is, beyond its setup (struct command flags). */
enum {
	COMMAND_TIMER_QUIET = 1,	/* no stale-timer warning (SPEC §13):
					   the command shows or ends the
					   timer itself */
};

/*
 * One entry of a command's own table of subcommands (`track path list`):
 * the name, the function (called with argv[0] = the subcommand name) and
 * what it needs of the database.
 */
struct subcommand {
	const char *name;
	struct error *(*run)(struct track *t, int argc, char **argv);
	enum db_mode db;	/* DB_READ for those that only read */
};

#ifdef __cplusplus
extern "C" {
#endif

/* The command table, NULL-terminated by name. */
extern const struct command commands[];
/* The command called name, or NULL. */
const struct command *command_find(const char *name);
/* The error for an unknown command, suggesting the closest one. */
struct error *command_unknown(const char *name);

/*
 * Runs a whole invocation: argv as main receives it (argv[0] is the
 * program). Writes output to out and warnings to err; returns the error
 * main prints, or NULL. Tests call it in-process.
 */
struct error *track_main(int argc, char **argv, FILE *out, FILE *err);

/*
 * What main does with track_main's result, so a caller in-process gets
 * what a shell would: prints err's message as the one "track: ..." line
 * on errout (an empty message only carries a status), frees err, flushes
 * out and returns the exit status: err's, else EXIT_RUNTIME with a line
 * saying so when out could not be written, else EXIT_OK.
 */
int track_exit_status(struct error *err, FILE *out, FILE *errout);

/*
 * The error for a bad option or a missing value after getopt_long
 * returned c ('?' or ':', the optstring starting with ':') for command
 * name (argv as the command got it).
 */
struct error *option_error(const char *name, char **argv, int c);
/* The usage error for a wrong number of arguments. */
struct error *usage_error(const char *name);

/*
 * Subcommand tables (NULL-terminated by name). subcommand_db is the mode
 * argv[1]'s subcommand needs; an unknown or missing one gets DB_READ, as
 * it only fails. subcommand_run runs it with argv shifted by one, or
 * returns the usage error listing the subcommands of command.
 */
enum db_mode subcommand_db(const struct subcommand *table, int argc,
    char **argv);
struct error *subcommand_run(const struct subcommand *table,
    const char *command, struct track *t, int argc, char **argv);
/* Where the value of a subcommand's option goes (subcommand_options). */
struct option_slot {
	int key;		/* the option's key in the command table */
	const char **value;	/* gets its value (optarg; "" for a flag) */
};
/*
 * Parses the options of `track command SUB` (argv[0] is SUB) that its
 * form in the command table takes, each into the slot of its key (slots
 * end with key 0), then wants exactly operands operands after them.
 */
struct error *subcommand_options(const char *command, int argc, char **argv,
    int operands, const struct option_slot *slots);
/*
 * The usage error for a wrong number of arguments to one subcommand: only
 * its alternative of the command's usage ("usage: track path set PATH
 * [--date DATE]").
 */
struct error *subcommand_usage_error(const char *command, const char *sub);

/* Whether colour may be used on t->out (terminal, NO_COLOR, setting). */
bool track_use_color(struct track *t);

#ifdef __cplusplus
}
#endif
#endif
