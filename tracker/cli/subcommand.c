/*
 * Commands with subcommands (`track path set`, `track config get`): each
 * keeps a small static table of them, and these helpers find, run and
 * describe an entry, and tell main which database mode it needs.
 */
#include <string.h>

#include "core/buf.h"
#include "core/suggest.h"
#include "cli/options.h"
#include "cli/track.h"

static const struct subcommand *
subcommand_find(const struct subcommand *table, int argc, char **argv)
{
	if (argc < 2)
		return NULL;
	for (const struct subcommand *s = table; s->name; s++)
		if (strcmp(s->name, argv[1]) == 0)
			return s;
	return NULL;
}

enum db_mode
subcommand_db(const struct subcommand *table, int argc, char **argv)
{
	const struct subcommand *s = subcommand_find(table, argc, argv);

	return s != NULL ? s->db : DB_READ;
}

/* The error for an unknown subcommand: the closest name, then all. */
static struct error *
subcommand_unknown(const struct subcommand *table, const char *command,
    const char *name)
{
	struct suggest suggest;
	struct buf names, message;
	struct error *err;

	suggest_init(&suggest, &suggest_commands, name);
	buf_init(&names);
	buf_init(&message);
	for (const struct subcommand *s = table; s->name; s++) {
		suggest_consider(&suggest, s->name);
		buf_printf(&names, "%s%s", names.len == 0 ? "" :
		    s[1].name == NULL ? " or " : ", ", s->name);
	}
	if (suggest_put(&suggest, &message))
		err = error_usage("unknown subcommand '%s' for 'track %s': %s "
		    "(use %s)", name, command, message.data, names.data);
	else
		err = error_usage("unknown subcommand '%s' for 'track %s': use "
		    "%s", name, command, names.data);
	buf_release(&message);
	buf_release(&names);
	suggest_release(&suggest);
	return err;
}

struct error *
subcommand_run(const struct subcommand *table, const char *command,
    struct track *t, int argc, char **argv)
{
	const struct subcommand *s;

	if (argc < 2)
		return usage_error(command);
	if ((s = subcommand_find(table, argc, argv)) == NULL)
		return subcommand_unknown(table, command, argv[1]);
	return s->run(t, argc - 1, argv + 1);
}

struct error *
subcommand_options(const char *command, int argc, char **argv, int operands,
    const struct option_slot *slots)
{
	struct option_reader r;
	const struct option_slot *s;
	int c;

	option_reader_init(&r, command, argv[0], argc, argv);
	while ((c = option_next(&r)) != -1) {
		for (s = slots; s->key != 0 && s->key != c; s++)
			;
		if (s->key == 0)
			return option_error(command, argv, c);
		*s->value = optarg != NULL ? optarg : "";
	}
	if (argc - optind != operands)
		return subcommand_usage_error(command, argv[0]);
	return NULL;
}

struct error *
subcommand_usage_error(const char *command, const char *sub)
{
	const struct command *cmd = command_find(command);
	const struct form *f = cmd != NULL ? form_find(cmd, sub) : NULL;
	struct error *err;
	struct buf synopsis;

	if (f == NULL)
		return usage_error(command);
	buf_init(&synopsis);
	form_synopsis(&synopsis, cmd, f);
	err = error_usage("usage: track %s", synopsis.data);
	buf_release(&synopsis);
	return err;
}
