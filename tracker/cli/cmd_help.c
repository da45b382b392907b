/*
 * track help [COMMAND] and `track COMMAND --help`: everything printed
 * comes from the command table (tracker/cli/commands.c): usage forms,
 * summary, options and examples.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "cli/commands.h"
#include "core/text.h"
#include "cli/options.h"

#define COLUMNS 80
#define SPELLING_WIDTH 20	/* the column of option spellings */

static void print_overview(struct track *t);
static void print_command(struct track *t, const struct command *cmd);

struct error *
cmd_help(struct track *t, int argc, char **argv)
{
	const struct command *cmd;

	if (argc > 2)
		return usage_error("help");
	if (argc == 1) {
		print_overview(t);
		return NULL;
	}
	if ((cmd = command_find(argv[1])) == NULL)
		return command_unknown(argv[1]);
	print_command(t, cmd);
	return NULL;
}

/* One global option as `track help` lists it. */
struct option_help {
	const char *spelling;	/* "--db FILE" */
	const char *help;	/* what it does: lowercase, no full stop */
};

/* The global options, described like a command's. */
static const struct option_help global_options[] = {
	{ "--db FILE", "the database (else $TRACK_DB, else "
	  "$XDG_DATA_HOME/track/track.db)" },
	{ "--help", "this help; after a command: that command's help" },
	{ "--version", "the versions of track, SQLite and libcsv" },
	{ NULL, NULL },
};

/* The width of the widest command name. */
static int
name_width(void)
{
	size_t width = 0;

	for (const struct command *c = commands; c->name; c++)
		if (strlen(c->name) > width)
			width = strlen(c->name);
	return (int)width;
}

/* Lists one option two columns wide: spelling, then the wrapped help. */
static void
print_option(FILE *out, const char *spelling, const char *help)
{
	char label[64];

	if (strlen(spelling) > SPELLING_WIDTH) {
		/* A long spelling gets a line of its own. */
		fprintf(out, "  %s\n", spelling);
		snprintf(label, sizeof(label), "  %-*s ", SPELLING_WIDTH, "");
	} else {
		snprintf(label, sizeof(label), "  %-*s ", SPELLING_WIDTH,
		    spelling);
	}
	fput_wrapped(out, label, help, COLUMNS);
}

/* Lists a command's options as print_option does. */
static void
print_options(FILE *out, const struct option_spec *options)
{
	struct buf spelling;

	buf_init(&spelling);
	for (const struct option_spec *o = options; o->name; o++) {
		buf_clear(&spelling);
		option_spelling(&spelling, o);
		print_option(out, spelling.data, o->help);
	}
	buf_release(&spelling);
}

static void
print_overview(struct track *t)
{
	int width = name_width();

	fputs("usage: track [--db FILE] COMMAND [ARGS]\n"
	    "       track --version | --help\n\ncommands:\n", t->out);
	for (const struct command *c = commands; c->name; c++)
		fprintf(t->out, "  %-*s  %s\n", width, c->name, c->summary);
	fputs("\noptions:\n", t->out);
	for (const struct option_help *o = global_options; o->spelling; o++)
		print_option(t->out, o->spelling, o->help);
	fputs("\n'track help COMMAND' or 'track COMMAND --help' shows a "
	    "command's usage,\noptions and examples; 'man track' has the "
	    "details.\n", t->out);
}

/* Where print_alternative writes, and whether it writes the first line. */
struct usage_lines {
	FILE *out;
	bool first;
};

/*
 * The length of the usage chunk at p: up to a space outside brackets, so
 * that "[--kind KIND]" stays on one line.
 */
static size_t
chunk_length(const char *p, size_t length)
{
	int depth = 0;
	size_t n;

	for (n = 0; n < length && (p[n] != ' ' || depth > 0); n++) {
		if (p[n] == '[')
			depth++;
		else if (p[n] == ']')
			depth--;
	}
	return n;
}

/*
 * Writes label and the usage text of length bytes, wrapped to COLUMNS
 * between chunks (a chunk wider than a line is wrapped between words),
 * continuation lines indented as wide as the label.
 */
static void
put_usage(FILE *out, const char *label, const char *text, size_t length)
{
	size_t indent = strlen(label), column = indent;

	fputs(label, out);
	while (length > 0) {
		size_t n = chunk_length(text, length);

		if (column + n + 1 > COLUMNS && indent + n > COLUMNS)
			n = strcspn(text, " ") < length ? strcspn(text, " ") :
			    length;
		if (column > indent && column + 1 + n > COLUMNS) {
			fprintf(out, "\n%*s", (int)indent, "");
			column = indent;
		} else if (column > indent) {
			fputc(' ', out);
			column++;
		}
		fprintf(out, "%.*s", (int)n, text);
		column += n;
		text += n;
		length -= n;
		while (length > 0 && *text == ' ') {
			text++;
			length--;
		}
	}
	fputc('\n', out);
}

/*
 * Prints one form's synopsis of length bytes as a line of its own,
 * wrapped under its first operand: "usage: track log DURATION TOPIC
 * [--date DATE]".
 */
static void
print_alternative(struct usage_lines *lines, const char *alternative,
    size_t length)
{
	size_t name = strcspn(alternative, " ");
	char label[64];

	if (name > length)
		name = length;
	snprintf(label, sizeof(label), "%s%.*s ", lines->first ?
	    "usage: track " : "       track ", (int)name, alternative);
	while (name < length && alternative[name] == ' ')
		name++;
	put_usage(lines->out, label, alternative + name, length - name);
	lines->first = false;
}

static void
print_examples(FILE *out, const struct example *examples)
{
	fputs("\nexamples:\n", out);
	for (const struct example *e = examples; e->line; e++)
		fprintf(out, "  %s\n      %s\n", e->line, e->what);
}

static void
print_command(struct track *t, const struct command *cmd)
{
	struct usage_lines lines = { t->out, true };
	struct buf synopsis;

	buf_init(&synopsis);
	for (const struct form *f = cmd->forms; f->operands; f++) {
		buf_clear(&synopsis);
		form_synopsis(&synopsis, cmd, f);
		print_alternative(&lines, synopsis.data, synopsis.len);
	}
	buf_release(&synopsis);
	fprintf(t->out, "\n%c%s.\n", toupper((unsigned char)cmd->summary[0]),
	    cmd->summary + 1);
	if (cmd->options != NULL && cmd->options[0].name != NULL) {
		fputs("\noptions:\n", t->out);
		print_options(t->out, cmd->options);
	}
	if (cmd->examples != NULL)
		print_examples(t->out, cmd->examples);
}
