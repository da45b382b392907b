/*
 * The installed man page (manpage.h): the hand-written page, completed
 * from the command table.
 */
#include <ctype.h>
#include <string.h>

#include "core/buf.h"
#include "cli/manpage.h"
#include "cli/options.h"

#define MAN_SECTION_AFTER "\n.Sh ENVIRONMENT\n"

/* Whether line (up to its newline) is ".It Cm NAME" or ".Cm NAME ...". */
static bool
head_names(const char *line, const char *prefix, const char *name)
{
	size_t n = strlen(prefix), len = strlen(name);

	return strncmp(line, prefix, n) == 0 &&
	    strncmp(line + n, name, len) == 0 &&
	    (line[n + len] == '\n' || line[n + len] == ' ');
}

bool
man_page_describes(const char *page, const char *name)
{
	const char *previous = NULL;

	for (const char *line = page; line != NULL && *line != '\0';) {
		if (head_names(line, ".It Cm ", name) || (previous != NULL &&
		    strncmp(previous, ".It Xo\n", 7) == 0 &&
		    head_names(line, ".Cm ", name)))
			return true;
		previous = line;
		line = strchr(line, '\n');
		line = line != NULL ? line + 1 : NULL;
	}
	return false;
}

/* ".It Fl -date Ar DATE" and its help, as one item of the options list. */
static void
put_option(struct buf *b, const struct option_spec *o)
{
	buf_printf(b, ".It Fl -%s", o->name);
	if (o->value != NULL)
		buf_printf(b, " Ar %s", o->value);
	buf_printf(b, "\n%s.\n", o->help);
}

/* One command's entry: its name, summary, synopses and options. */
static void
put_command(struct buf *b, const struct command *cmd)
{
	buf_printf(b, ".It Cm %s\n%c%s.\n", cmd->name,
	    toupper((unsigned char)cmd->summary[0]), cmd->summary + 1);
	for (const struct form *f = cmd->forms; f->operands != NULL; f++) {
		buf_puts(b, ".Dl track ");
		form_synopsis(b, cmd, f);
		buf_putc(b, '\n');
	}
	if (cmd->options[0].name == NULL)
		return;
	buf_puts(b, ".Bl -tag -width Ds\n");
	for (const struct option_spec *o = cmd->options; o->name; o++)
		put_option(b, o);
	buf_puts(b, ".El\n");
}

void
man_page_write(FILE *out, const char *page)
{
	const char *at = strstr(page, MAN_SECTION_AFTER);
	struct buf b;

	buf_init(&b);
	for (const struct command *c = commands; c->name; c++)
		if (!man_page_describes(page, c->name))
			put_command(&b, c);
	if (b.len == 0 || at == NULL) {
		fputs(page, out);
		buf_release(&b);
		return;
	}
	fwrite(page, 1, (size_t)(at - page) + 1, out);
	fprintf(out, ".Ss Further commands\n.Bl -tag -width Ds\n%s.El\n",
	    b.data);
	fputs(at + 1, out);
	buf_release(&b);
}
