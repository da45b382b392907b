/*
 * track completion bash|zsh: prints a completion script. Its word lists
 * (commands, subcommands, operands, options and their values) are written
 * here from the command table, so they cannot drift from it; the logic
 * reading them is tracker/completion/track.{bash,zsh}, embedded at build
 * time. Topics and paths are asked of track as the user types.
 */
#include <string.h>

#include "core/buf.h"
#include "cli/commands.h"
#include "cli/completion.h"
#include "importers/profiles.h"
#include "core/session.h"
#include "cli/usage.h"

struct shell {
	const char *name;
	const char *first_line;	/* what must come first, or "" */
	const char *logic;	/* the embedded script */
};

static const struct shell shells[] = {
	{ "bash", "", completion_bash },
	{ "zsh", "#compdef track\n", completion_zsh },
	{ NULL, NULL, NULL },
};

static void print_word_lists(FILE *out);

struct error *
cmd_completion(struct track *t, int argc, char **argv)
{
	if (argc != 2)
		return usage_error("completion");
	for (const struct shell *s = shells; s->name; s++) {
		if (strcmp(s->name, argv[1]) != 0)
			continue;
		fprintf(t->out, "%s# track's %s completion, printed by `track "
		    "completion %s`.\n\n", s->first_line, s->name, s->name);
		print_word_lists(t->out);
		fputc('\n', t->out);
		fputs(s->logic, t->out);
		return NULL;
	}
	return error_usage("unknown shell '%s' for 'track completion': use "
	    "bash or zsh", argv[1]);
}

/* ---------------------------------------------------------------------
 * The word lists, as shell code both shells read
 */

/* Writes s single-quoted for the shell. */
static void
put_quoted(FILE *out, const char *s)
{
	fputc('\'', out);
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			fputs("'\\''", out);
		else
			fputc(*s, out);
	}
	fputc('\'', out);
}

/* Writes the values one |-separated part of a metavariable stands for. */
static void
put_part(FILE *out, const char *part, size_t n)
{
	const char *sep = "";

	if (n == 4 && strncmp(part, "KIND", n) == 0) {
		for (int k = 0; k < KIND_COUNT; k++, sep = "|")
			fprintf(out, "%s%s", sep, kind_name((enum kind)k));
	} else if (n == 6 && strncmp(part, "FORMAT", n) == 0) {
		for (const struct profile *p = profiles; p->name; p++)
			if (p->title != NULL) {
				fprintf(out, "%s%s", sep, p->name);
				sep = "|";
			}
		fprintf(out, "%s%s", sep, profile_custom()->name);
	} else {
		fprintf(out, "%.*s", (int)n, part);
	}
}

/*
 * Writes a metavariable of the usage with the lists only track knows
 * spelled out: KIND is tutorial|study|project, FORMAT the import formats.
 */
static void
put_values(FILE *out, const char *spec)
{
	for (;;) {
		size_t n = strcspn(spec, "|");

		put_part(out, spec, n);
		if (spec[n] == '\0')
			break;
		fputc('|', out);
		spec += n + 1;
	}
}

/* Every command's name on one line, and with its summary for zsh. */
static void
print_commands(FILE *out)
{
	fputs("_track_commands='", out);
	for (const struct command *c = commands; c->name; c++)
		fprintf(out, "%s%s", c == commands ? "" : " ", c->name);
	fputs("'\n_track_descriptions=(\n", out);
	for (const struct command *c = commands; c->name; c++) {
		struct buf b;

		buf_init(&b);
		buf_printf(&b, "%s:%s", c->name, c->summary);
		fputc('\t', out);
		put_quoted(out, b.data);
		fputc('\n', out);
		buf_release(&b);
	}
	fputs(")\n", out);
}

/* Appends the subcommand of one alternative to the buffer in arg. */
static void
add_subcommand(const char *alternative, size_t length, void *arg)
{
	struct buf *names = arg;
	struct usage_form form;
	const char *space;

	usage_form_parse(&form, alternative, length);
	if ((space = strchr(form.words, ' ')) != NULL)
		buf_printf(names, "%s%s", names->len ? " " : "", space + 1);
	usage_form_release(&form);
}

/* _track_subcommands COMMAND: sets _track_reply to its subcommands. */
static void
print_subcommands(FILE *out)
{
	fputs("_track_subcommands() {\n\tcase $1 in\n", out);
	for (const struct command *c = commands; c->name; c++) {
		struct buf names;

		buf_init(&names);
		usage_each_alternative(c->usage, add_subcommand, &names);
		if (names.len > 0)
			fprintf(out, "\t%s) _track_reply='%s' ;;\n", c->name,
			    names.data);
		buf_release(&names);
	}
	fputs("\t*) _track_reply= ;;\n\tesac\n}\n", out);
}

/* One case of _track_form: the operands and options of an alternative. */
static void
print_form(const char *alternative, size_t length, void *arg)
{
	FILE *out = arg;
	struct usage_form form;

	usage_form_parse(&form, alternative, length);
	fprintf(out, "\t'%s')\n\t\t_track_operands='", form.words);
	for (size_t i = 0; i < form.operand_count; i++) {
		fputs(i ? " " : "", out);
		put_values(out, form.operands[i]);
	}
	fputs("'\n\t\t_track_options='", out);
	for (size_t i = 0; i < form.option_count; i++) {
		fprintf(out, "%s%s", i ? " " : "", form.options[i].name);
		if (form.options[i].value != NULL) {
			fputc('=', out);
			put_values(out, form.options[i].value);
		}
	}
	fputs("' ;;\n", out);
	usage_form_release(&form);
}

/*
 * _track_form "COMMAND [SUBCOMMAND]": sets _track_operands (metavariables
 * or a|b choices, "..." when repeated) and _track_options (--name, or
 * --name=VALUE for those that take one).
 */
static void
print_forms(FILE *out)
{
	fputs("_track_form() {\n\tcase $1 in\n", out);
	for (const struct command *c = commands; c->name; c++)
		usage_each_alternative(c->usage, print_form, out);
	fputs("\t*)\n\t\t_track_operands=\n\t\t_track_options= ;;\n\tesac\n}\n",
	    out);
}

static void
print_word_lists(FILE *out)
{
	fputs("# The word lists, from track's command table.\n", out);
	print_commands(out);
	print_subcommands(out);
	print_forms(out);
}
