#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/date.h"
#include "core/settings.h"
#include "core/text.h"
#include "core/timer.h"
#include "cli/options.h"
#include "cli/prompt.h"
#include "cli/track.h"
#include "core/zone.h"

static struct error *run_invocation(int argc, char **argv, FILE *out,
    FILE *errout);

/* ---------------------------------------------------------------------
 * Option errors shared by every command
 */

struct error *
usage_error(const char *name)
{
	const struct command *cmd = command_find(name);
	struct error *err;
	struct buf usage;

	buf_init(&usage);
	if (cmd != NULL)
		command_usage(&usage, cmd);
	else
		buf_puts(&usage, name);
	err = error_usage("usage: track %s", usage.data);
	buf_release(&usage);
	return err;
}

/*
 * The argument holding the option getopt_long refused: argv[optind - 1]
 * once getopt moved past it, or argv[optind] while it is still inside a
 * cluster of short options such as "-1h" (refused at its '1').
 */
static const char *
refused_argument(char **argv)
{
	const char *prev = optind > 0 ? argv[optind - 1] : NULL;
	const char *cur = argv[optind];

	if (optopt <= 0 || optopt > 127 || (prev != NULL && prev[0] == '-' &&
	    prev[1] != '-' && prev[1] != '\0' &&
	    prev[strlen(prev) - 1] == optopt))
		return prev;
	if (cur != NULL && cur[0] == '-' && cur[1] != '-' &&
	    strchr(cur + 1, optopt) != NULL)
		return cur;
	return prev;
}

struct error *
option_error(const char *name, char **argv, int c)
{
	const char *bad = refused_argument(argv);
	const char *equals;

	if (bad == NULL)
		bad = "?";
	equals = strchr(bad, '=');
	if (strncmp(bad, "--", 2) == 0 && optopt != 0 && equals == NULL)
		return error_usage("option '%s' for 'track %s' needs a value",
		    bad, name);
	if (strncmp(bad, "--", 2) == 0 && optopt != 0)
		return error_usage("option '%.*s' for 'track %s' takes no "
		    "value", (int)(equals - bad), bad, name);
	if (strncmp(bad, "--", 2) == 0 || optopt <= 0 || optopt > 127)
		return error_usage("unknown option '%s' for 'track %s': see "
		    "'track help %s'", bad, name, name);
	if (c == ':')
		return error_usage("option '-%c' for 'track %s' needs a value: "
		    "see 'track help %s'", optopt, name, name);
	if (strlen(bad) > 2)
		return error_usage("unknown option '-%c' in '%s' for 'track "
		    "%s': see 'track help %s'", optopt, bad, name, name);
	return error_usage("unknown option '-%c' for 'track %s': see 'track "
	    "help %s'", optopt, name, name);
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

/* The last second of 9999-12-31, where days stop being YYYY-MM-DD. */
#define NOW_MAX 253402300799LL

/*
 * The current instant: $TRACK_NOW (for tests and demos: an ISO instant or
 * epoch seconds up to year 9999) or the clock.
 */
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
	errno = 0;
	seconds = strtoll(fixed, &end, 10);
	if (isdigit((unsigned char)*fixed) && *end == '\0' && errno == 0 &&
	    seconds <= NOW_MAX) {
		*now = (time_t)seconds;
		return NULL;
	}
	if (instant_parse(fixed, now))
		return NULL;
	return error_usage("invalid TRACK_NOW '%s': use an instant such as "
	    "2026-11-22T10:00:00Z or epoch seconds", fixed);
}

/*
 * Says once on errout when TZ is no zone the C library can read (it
 * quietly uses UTC then) or a rule it reads only in part; the value is
 * quoted as terminal text.
 */
static void
warn_unusable_zone(FILE *errout)
{
	const char *tz = getenv("TZ");
	enum zone_state state = zone_check(tz);
	struct buf value;

	if (state == ZONE_OK)
		return;
	buf_init(&value);
	buf_put_terminal(&value, tz);
	if (state == ZONE_UNKNOWN)
		fprintf(errout, "track: warning: unknown time zone '%s' in TZ: "
		    "using UTC\n", value.data);
	else
		fprintf(errout, "track: warning: invalid time zone rule '%s' in "
		    "TZ: local times may be wrong\n", value.data);
	buf_release(&value);
}

/*
 * The current instant and its local day, which must be one track keeps:
 * every day it reads is checked against today.
 */
static struct error *
clock_today(struct track *t)
{
	const char *fixed = getenv("TRACK_NOW");
	struct error *err;

	if ((err = clock_now(&t->now)) != NULL)
		return err;
	t->today = day_of_instant(t->now);
	if (day_in_range(t->today))
		return NULL;
	if (fixed != NULL && *fixed != '\0')
		return error_usage("invalid TRACK_NOW '%s': use an instant on a "
		    "local day from %s", fixed, DAY_RANGE_TEXT);
	return error_runtime("the system clock is not on a day from %s: set "
	    "the date", DAY_RANGE_TEXT);
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

/*
 * The outermost directory above path that does not exist yet (a heap
 * string), or NULL when path's directory exists: what db_open would create.
 */
static char *
missing_parent(const char *path)
{
	char *dir = xstrdup(path), *slash, *missing = NULL;
	struct stat st;

	while ((slash = strrchr(dir, '/')) != NULL && slash != dir) {
		*slash = '\0';
		if (stat(dir, &st) == 0)
			break;
		free(missing);
		missing = xstrdup(dir);
	}
	free(dir);
	return missing;
}

/* Removes the directories above path up to top while they are empty. */
static void
remove_parents(const char *path, const char *top)
{
	char *dir = xstrdup(path), *slash;

	while ((slash = strrchr(dir, '/')) != NULL && slash != dir) {
		*slash = '\0';
		if (rmdir(dir) != 0 || strcmp(dir, top) == 0)
			break;
	}
	free(dir);
}

/*
 * A write command's output is held until the command has succeeded, then
 * written out and flushed before its transaction commits: a confirmation
 * that cannot be written (stdout closed or full, a file size limit) rolls
 * the change back. So exit 0 means printed and kept, and a failure means
 * nothing was changed. (import delivers each file's summary before that
 * file commits in the same way: cmd_import.c.)
 */
struct held_output {
	FILE *real;		/* where the output goes in the end */
	FILE *held;		/* what the command writes to meanwhile */
	char *data;
	size_t len;
};

static struct error *
output_hold(struct track *t, struct held_output *h)
{
	h->real = t->out;
	h->data = NULL;
	h->len = 0;
	if ((h->held = open_memstream(&h->data, &h->len)) == NULL)
		return error_runtime("cannot hold the output: %s",
		    strerror(errno));
	t->out = h->held;
	stream_stands_for(h->held, h->real);
	return NULL;
}

/* Closes the held stream; writes what it holds to the real one if write. */
static struct error *
output_release(struct track *t, struct held_output *h, bool write)
{
	struct error *err = NULL;

	if (h->held == NULL)
		return NULL;
	stream_stands_for(NULL, NULL);
	t->out = h->real;
	if (fclose(h->held) != 0 && write)
		err = error_runtime("cannot hold the output: %s",
		    strerror(errno));
	h->held = NULL;
	if (err == NULL && write && ((h->len > 0 && fwrite(h->data, 1, h->len,
	    h->real) != h->len) || fflush(h->real) != 0 || ferror(h->real)))
		err = error_runtime("cannot write the output (%s): nothing was "
		    "changed", strerror(errno));
	free(h->data);
	h->data = NULL;
	return err;
}

/*
 * SPEC §13: says once on t->err when the timer has run more than
 * timer.stale-hours, with how to end it. Not for the commands flagged
 * COMMAND_TIMER_QUIET in the table, which show or end the timer
 * themselves (status, and a prompt's status --short; stop, which refuses
 * over 24 hours with the same hint; cancel), nor for an import, which
 * migrates each file's transaction itself (the file may not hold the
 * timer table yet). With no timer running this reads the timer table's
 * one row and nothing more.
 */
static struct error *
warn_stale_timer(const struct command *cmd, struct track *t)
{
	struct error *err;
	struct buf hint;

	if (cmd->flags & COMMAND_TIMER_QUIET)
		return NULL;
	buf_init(&hint);
	if ((err = timer_stale_hint(t->db, t->now, t->today, &hint)) == NULL &&
	    hint.len > 0)
		fprintf(t->err, "track: warning: %s\n", hint.data);
	buf_release(&hint);
	return err;
}

/*
 * Opens the database in mode, runs the command inside one transaction
 * (BEGIN IMMEDIATE for writers, which also migrate inside it) and commits
 * only when it succeeded. DB_WRITE_EACH opens for writing and leaves the
 * transactions to the command; DB_OWN only locates the file. A failed
 * first command leaves no file and no directory behind (nor does one that
 * committed nothing). A writer that succeeded refreshes the status
 * snapshot of the prompt line (cli/prompt.h) once its commit is done.
 */
static struct error *
run_with_db(const struct command *cmd, enum db_mode mode, struct track *t,
    const char *db_path, int argc, char **argv)
{
	enum db_mode open_mode = mode == DB_WRITE_EACH ? DB_WRITE : mode;
	struct held_output held = { 0 };
	struct error *err;
	char *path = NULL, *new_dirs = NULL;
	bool created = false;

	if ((err = db_locate(db_path, &path)) != NULL)
		return err;
	t->db_path = path;
	if (mode == DB_OWN) {
		err = cmd->run(t, argc, argv);
		goto done;
	}
	if (open_mode == DB_WRITE)
		new_dirs = missing_parent(path);
	if ((err = db_open(path, open_mode, &t->db, &created)) != NULL ||
	    (mode != DB_WRITE_EACH &&
	    (err = db_begin(t->db, mode == DB_WRITE)) != NULL))
		goto done;
	if (mode == DB_WRITE && ((err = db_migrate(t->db)) != NULL ||
	    (err = output_hold(t, &held)) != NULL))
		goto done;
	if (mode != DB_WRITE_EACH && (err = warn_stale_timer(cmd, t)) != NULL)
		goto done;
	if ((err = cmd->run(t, argc, argv)) != NULL ||
	    (err = output_release(t, &held, true)) != NULL)
		goto done;
	if (mode == DB_WRITE_EACH)
		db_prefer_wal(t->db);
	else if ((err = db_commit(t->db)) == NULL && mode == DB_WRITE)
		db_prefer_wal(t->db);
	if (err == NULL && t->checkpoint)
		db_checkpoint(t->db);
	if (err == NULL && open_mode == DB_WRITE)
		prompt_snapshot_refresh(t);
done:
	error_free(output_release(t, &held, false));
	if (t->db != NULL)
		db_rollback(t->db);
	if (err != NULL && created && t->db != NULL)
		db_close_removing(t->db, path);
	else
		db_close(t->db);
	t->db = NULL;
	t->db_path = NULL;
	if (err != NULL && new_dirs != NULL)
		remove_parents(path, new_dirs);
	free(new_dirs);
	free(path);
	return err;
}

/*
 * Replaces control characters (a newline, an escape sequence) and invalid
 * UTF-8 in a message quoting user input, so it stays one harmless line.
 */
static struct error *
error_neutralise(struct error *err)
{
	struct buf b;

	if (err == NULL)
		return NULL;
	buf_init(&b);
	buf_put_terminal(&b, err->message);
	free(err->message);
	err->message = buf_detach(&b);
	return err;
}

struct error *
track_main(int argc, char **argv, FILE *out, FILE *errout)
{
	return error_neutralise(run_invocation(argc, argv, out, errout));
}

int
track_exit_status(struct error *err, FILE *out, FILE *errout)
{
	int status = EXIT_OK;

	if (err != NULL) {
		/* An empty message only carries a status (check --strict). */
		if (err->message[0] != '\0')
			fprintf(errout, "track: %s\n", err->message);
		status = err->status;
		error_free(err);
	}
	if ((fflush(out) != 0 || ferror(out)) && status == EXIT_OK) {
		fprintf(errout, "track: cannot write the output: %s\n",
		    strerror(errno));
		status = EXIT_RUNTIME;
	}
	return status;
}

/* Sets up the clock and global options, then dispatches argv[1]. */
static struct error *
run_invocation(int argc, char **argv, FILE *out, FILE *errout)
{
	const struct command *cmd;
	enum db_mode mode;
	const char *db_path = NULL;
	struct track t = { 0 };
	struct error *err;

	if ((err = take_db_option(&argc, argv, &db_path)) != NULL)
		return err;
	/* localtime_r reads TZ only once: this call's TZ, not the first's. */
	tzset();
	warn_unusable_zone(errout);
	if ((err = clock_today(&t)) != NULL)
		return err;
	t.out = out;
	t.err = errout;
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
