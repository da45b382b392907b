/*
 * The options and usage forms of the command table, turned into what
 * getopt_long reads and what `track help`, the usage errors and `track
 * completion` print: written once, in tracker/cli/commands.c.
 */
#include <string.h>

#include "cli/options.h"
#include "core/format.h"

const struct option_spec *
option_find(const struct command *cmd, const char *name, size_t length)
{
	for (const struct option_spec *o = cmd->options; o && o->name; o++)
		if (strlen(o->name) == length &&
		    strncmp(o->name, name, length) == 0)
			return o;
	return NULL;
}

const struct form *
form_find(const struct command *cmd, const char *sub)
{
	for (const struct form *f = cmd->forms; f && f->operands; f++) {
		if (f->sub == NULL ? sub == NULL :
		    sub != NULL && strcmp(f->sub, sub) == 0)
			return f;
	}
	return NULL;
}

/* Whether name is one of the space-separated names of list (or NULL). */
static bool
listed(const char *list, const char *name)
{
	size_t n = strlen(name);

	while (list != NULL && *list != '\0') {
		size_t length = strcspn(list, " ");

		if (length == n && strncmp(list, name, n) == 0)
			return true;
		list += length + strspn(list + length, " ");
	}
	return false;
}

void
form_each_option(const struct command *cmd, const struct form *f,
    void (*fn)(const struct option_spec *o, void *arg), void *arg)
{
	const char *p = f->options != NULL ? f->options : "";

	while (*p != '\0') {
		size_t length = strcspn(p, " ");
		const struct option_spec *o = option_find(cmd, p, length);

		if (o != NULL)
			fn(o, arg);
		p += length + strspn(p + length, " ");
	}
}

void
option_spelling(struct buf *b, const struct option_spec *o)
{
	buf_printf(b, "--%s", o->name);
	if (o->value != NULL)
		buf_printf(b, " %s", o->value);
}

/* A synopsis being written, with its open bracket group. */
struct synopsis {
	struct buf *b;
	const struct form *form;
	const struct option_spec *group;	/* heads the open '[', or NULL */
};

/* Closes the open bracket group, "..." after it when it repeats. */
static void
close_group(struct synopsis *s)
{
	if (s->group == NULL)
		return;
	buf_putc(s->b, ']');
	if (s->group->flags & OPTION_REPEATS)
		buf_puts(s->b, "...");
	s->group = NULL;
}

/*
 * Appends one option: " [--note TEXT" opening its group, " | --month"
 * inside the open one, " [--path PATH]" nested in it, or " --path PATH"
 * when the form requires it.
 */
static void
put_option(const struct option_spec *o, void *arg)
{
	struct synopsis *s = arg;

	if (o->flags & OPTION_OR) {
		buf_puts(s->b, " | ");
	} else if (o->flags & OPTION_IN) {
		buf_puts(s->b, " [");
	} else {
		close_group(s);
		buf_putc(s->b, ' ');
		if (!listed(s->form->required, o->name)) {
			buf_putc(s->b, '[');
			s->group = o;
		}
	}
	option_spelling(s->b, o);
	if (o->flags & OPTION_IN)
		buf_putc(s->b, ']');
}

void
form_synopsis(struct buf *b, const struct command *cmd, const struct form *f)
{
	struct synopsis s = { b, f, NULL };

	buf_puts(b, cmd->name);
	if (f->sub != NULL)
		buf_printf(b, " %s", f->sub);
	if (*f->operands != '\0')
		buf_printf(b, " %s", f->operands);
	form_each_option(cmd, f, put_option, &s);
	close_group(&s);
}

void
command_usage(struct buf *b, const struct command *cmd)
{
	for (const struct form *f = cmd->forms; f && f->operands; f++) {
		if (f != cmd->forms)
			buf_puts(b, " | ");
		form_synopsis(b, cmd, f);
	}
}

/* Adds one option to the reader's long options and optstring. */
static void
add_long_option(const struct option_spec *o, void *arg)
{
	struct option_reader *r = arg;
	struct option *l = r->longopts;
	size_t s = strlen(r->optstring);

	while (l->name != NULL)
		l++;
	if (l == r->longopts + FORM_OPTIONS_MAX)
		return;
	*l = (struct option){ o->name, o->value ? required_argument :
	    no_argument, NULL, o->key };
	if (o->flags & OPTION_SHORT) {
		r->optstring[s++] = (char)o->key;
		if (o->value != NULL)
			r->optstring[s++] = ':';
	}
}

void
option_reader_init(struct option_reader *r, const char *command,
    const char *sub, int argc, char **argv)
{
	const struct command *cmd = command_find(command);
	const struct form *f = cmd != NULL ? form_find(cmd, sub) : NULL;

	memset(r, 0, sizeof(*r));
	r->argc = argc;
	r->argv = argv;
	r->optstring[0] = ':';
	if (f != NULL)
		form_each_option(cmd, f, add_long_option, r);
	optind = 0;
	opterr = 0;
}

int
option_next(struct option_reader *r)
{
	return getopt_long(r->argc, r->argv, r->optstring, r->longopts, NULL);
}

struct error *
option_at_and_format(const char *command, int argc, char **argv,
    const void *formats, size_t entry_size, const char **at, size_t *format)
{
	struct option_reader r;
	struct error *err;
	int c;

	option_reader_init(&r, command, NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		if (c == 'a')
			*at = optarg;
		else if (c != 'f')
			return option_error(command, argv, c);
		else if ((err = format_pick(formats, entry_size, optarg,
		    format)) != NULL)
			return err;
	}
	return NULL;
}
