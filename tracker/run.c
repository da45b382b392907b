#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "date.h"
#include "settings.h"
#include "track.h"

/* ---------------------------------------------------------------------
 * Option errors shared by every command
 */

struct error *
usage_error(const char *name)
{
	const struct command *cmd = command_find(name);

	return error_usage("usage: track %s", cmd ? cmd->usage : name);
}

struct error *
option_error(const char *name, char **argv)
{
	const char *bad = argv[optind - 1];

	if (optopt != 0 && bad != NULL && strncmp(bad, "--", 2) != 0)
		return error_usage("unknown option '-%c' for 'track %s': see "
		    "'track help %s'", optopt, name, name);
	if (bad != NULL && strchr(bad, '=') == NULL && optopt != 0)
		return error_usage("option '%s' for 'track %s' needs a value",
		    bad, name);
	return error_usage("unknown option '%s' for 'track %s': see 'track "
	    "help %s'", bad ? bad : "?", name, name);
}

/* ---------------------------------------------------------------------
 * Global options and the clock
 */

/*
 * Takes --db PATH / --db=PATH out of argv wherever it stands before "--",
 * so `track --db x log ...` and `track log ... --db x` both work.
 */
static struct error *
take_db_option(int *argc, char **argv, const char **db_path)
{
	int out = 1;

	for (int i = 1; i < *argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			while (i < *argc)
				argv[out++] = argv[i++];
			break;
		}
		if (strcmp(argv[i], "--db") == 0) {
			if (i + 1 >= *argc)
				return error_usage("option '--db' needs a value: "
				    "the database file");
			*db_path = argv[++i];
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			*db_path = argv[i] + 5;
		} else {
			argv[out++] = argv[i];
		}
	}
	*argc = out;
	argv[out] = NULL;
	return NULL;
}

/* The current instant: $TRACK_NOW (for tests and demos) or the clock. */
static struct error *
clock_now(time_t *now)
{
	const char *fixed = getenv("TRACK_NOW");
	char *end;
	long long seconds;

	if (fixed == NULL || *fixed == '\0') {
		*now = time(NULL);
		return NULL;
	}
	seconds = strtoll(fixed, &end, 10);
	if (*end == '\0') {
		*now = (time_t)seconds;
		return NULL;
	}
	if (instant_parse(fixed, now))
		return NULL;
	return error_usage("invalid TRACK_NOW '%s': use an instant such as "
	    "2026-11-22T10:00:00Z", fixed);
}

bool
track_use_color(struct track *t)
{
	const char *no_color = getenv("NO_COLOR");
	char *mode = NULL;
	bool color;

	if (no_color != NULL && *no_color != '\0')
		return false;
	if (t->db == NULL || setting_text(t->db, "color", &mode) != NULL)
		return t->out_is_terminal;
	if (strcmp(mode, "always") == 0)
		color = true;
	else if (strcmp(mode, "never") == 0)
		color = false;
	else
		color = t->out_is_terminal;
	free(mode);
	return color;
}

/* ---------------------------------------------------------------------
 * Running one command
 */

/* Removes a database file this invocation created, with its companions. */
static void
remove_created(const char *path)
{
	struct buf b;

	buf_init(&b);
	unlink(path);
	buf_printf(&b, "%s-wal", path);
	unlink(b.data);
	buf_clear(&b);
	buf_printf(&b, "%s-shm", path);
	unlink(b.data);
	buf_release(&b);
}

/*
 * Opens the database in mode, runs the command inside one transaction
 * (BEGIN IMMEDIATE for writers, which also migrate inside it) and commits
 * only when it succeeded.
 */
static struct error *
run_with_db(const struct command *cmd, enum db_mode mode, struct track *t,
    const char *db_path, int argc, char **argv)
{
	struct error *err;
	char *path = NULL;
	bool created = false;

	if ((err = db_locate(db_path, &path)) != NULL)
		return err;
	if ((err = db_open(path, mode, &t->db, &created)) != NULL)
		goto done;
	if ((err = db_begin(t->db, mode == DB_WRITE)) != NULL)
		goto done;
	if (mode == DB_WRITE && (err = db_migrate(t->db)) != NULL)
		goto done;
	if ((err = cmd->run(t, argc, argv)) != NULL)
		goto done;
	err = db_commit(t->db);
done:
	if (t->db != NULL)
		db_rollback(t->db);
	db_close(t->db);
	t->db = NULL;
	if (err != NULL && created)
		remove_created(path);
	free(path);
	return err;
}

struct error *
track_main(int argc, char **argv, FILE *out, FILE *errout)
{
	const struct command *cmd;
	enum db_mode mode;
	const char *db_path = NULL;
	struct track t = { 0 };
	struct error *err;

	if ((err = take_db_option(&argc, argv, &db_path)) != NULL)
		return err;
	if ((err = clock_now(&t.now)) != NULL)
		return err;
	t.out = out;
	t.err = errout;
	t.today = day_of_instant(t.now);
	t.out_is_terminal = isatty(fileno(out));
	if (argc < 2)
		return command_find("help")->run(&t, 1, (char *[]){ "help", NULL });
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0)
		return command_find("version")->run(&t, argc - 1, argv + 1);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return command_find("help")->run(&t, 1, (char *[]){ "help", NULL });
	if ((cmd = command_find(argv[1])) == NULL)
		return command_unknown(argv[1]);
	for (int i = 2; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return command_find("help")->run(&t, 2,
			    (char *[]){ "help", argv[1], NULL });
	mode = cmd->db_for != NULL ? cmd->db_for(argc - 1, argv + 1) : cmd->db;
	if (mode == DB_NONE)
		return cmd->run(&t, argc - 1, argv + 1);
	return run_with_db(cmd, mode, &t, db_path, argc - 1, argv + 1);
}
