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
#include "cli/options.h"
#include "importers/profiles.h"
#include "core/session.h"

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

/* Where put_option writes a form's options, and whether it is first. */
struct form_options {
	FILE *out;
	bool first;
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

/* _track_subcommands COMMAND: sets _track_reply to its subcommands. */
static void
print_subcommands(FILE *out)
{
	fputs("_track_subcommands() {\n\tcase $1 in\n", out);
	for (const struct command *c = commands; c->name; c++) {
		struct buf names;

		buf_init(&names);
		for (const struct form *f = c->forms; f->operands; f++)
			if (f->sub != NULL)
				buf_printf(&names, "%s%s", names.len ? " " : "",
				    f->sub);
		if (names.len > 0)
			fprintf(out, "\t%s) _track_reply='%s' ;;\n", c->name,
			    names.data);
		buf_release(&names);
	}
	fputs("\t*) _track_reply= ;;\n\tesac\n}\n", out);
}

/* Writes the operands of a form, brackets off: "[PATH]" is "PATH". */
static void
put_operands(FILE *out, const char *operands)
{
	struct buf word;

	buf_init(&word);
	while (*operands != '\0') {
		size_t n = strcspn(operands, " ");

		buf_clear(&word);
		for (size_t i = 0; i < n; i++)
			if (operands[i] != '[' && operands[i] != ']')
				buf_putc(&word, operands[i]);
		put_values(out, word.data);
		operands += n;
		if (*operands == ' ') {
			fputc(' ', out);
			operands++;
		}
	}
	buf_release(&word);
}

/*
 * Writes one option of a form: " --name" or " --name=VALUE", the value
 * without a trailing "..." ("PATH,..." is "PATH,": a list of paths).
 */
static void
put_option(const struct option_spec *o, void *arg)
{
	struct form_options *list = arg;
	struct buf value;
	size_t n;

	fprintf(list->out, "%s--%s", list->first ? "" : " ", o->name);
	if (o->value != NULL) {
		buf_init(&value);
		n = strlen(o->value);
		if (n >= 3 && strcmp(o->value + n - 3, "...") == 0)
			n -= 3;
		buf_append(&value, o->value, n);
		fputc('=', list->out);
		put_values(list->out, value.data);
		buf_release(&value);
	}
	list->first = false;
}

/* One case of _track_form: the operands and options of a form. */
static void
print_form(FILE *out, const struct command *c, const struct form *f)
{
	struct form_options list = { out, true };

	fprintf(out, "\t'%s%s%s')\n\t\t_track_operands='", c->name,
	    f->sub ? " " : "", f->sub ? f->sub : "");
	put_operands(out, f->operands);
	fputs("'\n\t\t_track_options='", out);
	form_each_option(c, f, put_option, &list);
	fputs("' ;;\n", out);
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
		for (const struct form *f = c->forms; f->operands; f++)
			print_form(out, c, f);
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
