/*
 * track config: show and change the settings (thresholds of the plan and
 * the checks, default-kind, week-start, color). Values are validated by
 * the settings model against the type and range stored with each key.
 */
#include <getopt.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/settings.h"
#include "core/text.h"

static struct error *config_list(struct track *t, int argc, char **argv);
static struct error *config_get(struct track *t, int argc, char **argv);
static struct error *config_set(struct track *t, int argc, char **argv);
static struct error *config_unset(struct track *t, int argc, char **argv);

static const struct subcommand subcommands[] = {
	{ "list", config_list, DB_READ },
	{ "get", config_get, DB_READ },
	{ "set", config_set, DB_WRITE },
	{ "unset", config_unset, DB_WRITE },
	{ NULL, NULL, DB_NONE },
};

struct error *
cmd_config(struct track *t, int argc, char **argv)
{
	return subcommand_run(subcommands, "config", t, argc, argv);
}

enum db_mode
cmd_config_db(int argc, char **argv)
{
	return subcommand_db(subcommands, argc, argv);
}

/*
 * Refuses any option (none exists), lets "--" through, and checks that
 * `track config SUB` got exactly operands operands.
 */
static struct error *
check_arguments(const char *sub, int argc, char **argv, int operands)
{
	struct option_reader r;

	option_reader_init(&r, "config", sub, argc, argv);
	if (option_next(&r) != -1)
		return option_error("config", argv, '?');
	if (argc - optind != operands)
		return subcommand_usage_error("config", sub);
	return NULL;
}

/* "key = value", then "(default X)" when the value is set explicitly. */
static struct error *
print_setting(const struct setting *s, void *arg)
{
	FILE *out = arg;

	fprintf(out, "%s = ", s->key);
	fput_terminal(out, s->value);
	if (!s->is_default)
		fprintf(out, " (default %s)", s->default_value);
	fputc('\n', out);
	return NULL;
}

static struct error *
config_list(struct track *t, int argc, char **argv)
{
	struct error *err;

	if ((err = check_arguments("list", argc, argv, 0)) != NULL)
		return err;
	return setting_each(t->db, print_setting, t->out);
}

static struct error *
config_get(struct track *t, int argc, char **argv)
{
	struct setting s;
	struct error *err;

	if ((err = check_arguments("get", argc, argv, 1)) != NULL)
		return err;
	setting_init(&s);
	if ((err = setting_get(t->db, argv[optind], &s)) == NULL) {
		fput_terminal(t->out, s.value);
		fputc('\n', t->out);
	}
	setting_release(&s);
	return err;
}

static struct error *
config_set(struct track *t, int argc, char **argv)
{
	struct setting s;
	struct error *err;

	if ((err = check_arguments("set", argc, argv, 2)) != NULL)
		return err;
	setting_init(&s);
	if ((err = setting_set(t->db, argv[optind], argv[optind + 1])) == NULL &&
	    (err = setting_get(t->db, argv[optind], &s)) == NULL) {
		fprintf(t->out, "%s = ", s.key);
		fput_terminal(t->out, s.value);
		fputc('\n', t->out);
	}
	setting_release(&s);
	return err;
}

static struct error *
config_unset(struct track *t, int argc, char **argv)
{
	struct setting s;
	struct error *err;

	if ((err = check_arguments("unset", argc, argv, 1)) != NULL)
		return err;
	setting_init(&s);
	if ((err = setting_unset(t->db, argv[optind])) == NULL &&
	    (err = setting_get(t->db, argv[optind], &s)) == NULL)
		fprintf(t->out, "%s = %s (default)\n", s.key, s.value);
	setting_release(&s);
	return err;
}
