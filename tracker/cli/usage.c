/*
 * The usage strings of the command table, read as a small grammar so that
 * `track help` can print one alternative a line and `track completion`
 * knows every form's operands and options.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "cli/usage.h"

size_t
usage_alternative_length(const char *p)
{
	int depth = 0;
	size_t n;

	for (n = 0; p[n] != '\0'; n++) {
		if (depth == 0 && strncmp(p + n, " | ", 3) == 0)
			break;
		if (p[n] == '[')
			depth++;
		else if (p[n] == ']')
			depth--;
	}
	return n;
}

void
usage_each_alternative(const char *usage,
    void (*fn)(const char *alternative, size_t length, void *arg), void *arg)
{
	const char *p = usage;

	while (*p != '\0') {
		size_t n = usage_alternative_length(p);

		fn(p, n, arg);
		p += n;
		if (*p != '\0')
			p += 3;
	}
}

/* One space-separated token of an alternative, brackets taken off. */
struct token {
	char *text;		/* "--date", "DATE", "FILE" (heap) */
	bool opens;		/* started with '[' */
	bool closes;		/* ended with ']' */
	bool repeats;		/* ended with "..." */
	bool bar;		/* the token was "|" */
};

/* Reads the token of n bytes at p. */
static void
token_read(struct token *t, const char *p, size_t n)
{
	t->bar = n == 1 && *p == '|';
	t->opens = t->closes = t->repeats = false;
	while (n > 0 && *p == '[') {
		t->opens = true;
		p++, n--;
	}
	for (;;) {
		if (n >= 3 && strncmp(p + n - 3, "...", 3) == 0) {
			t->repeats = true;
			n -= 3;
		} else if (n > 0 && p[n - 1] == ']') {
			t->closes = true;
			n--;
		} else {
			break;
		}
	}
	t->text = xmalloc(n + 1);
	memcpy(t->text, p, n);
	t->text[n] = '\0';
}

/* Splits the alternative into tokens; returns how many (free each text). */
static size_t
tokenize(const char *text, size_t length, struct token **tokens)
{
	size_t count = 0, cap = 8, i = 0;

	*tokens = xmalloc(cap * sizeof(**tokens));
	while (i < length) {
		size_t start = i;

		while (i < length && text[i] != ' ')
			i++;
		if (i > start) {
			if (count == cap)
				*tokens = xrealloc(*tokens,
				    (cap *= 2) * sizeof(**tokens));
			token_read(&(*tokens)[count++], text + start, i - start);
		}
		while (i < length && text[i] == ' ')
			i++;
	}
	return count;
}

/* Whether a token names a subcommand: a plain lowercase word. */
static bool
is_subcommand(const struct token *t)
{
	if (t->opens || t->closes || t->repeats || t->text[0] == '\0')
		return false;
	for (const char *c = t->text; *c != '\0'; c++)
		if (!islower((unsigned char)*c) && *c != '-')
			return false;
	return true;
}

/* Whether token next is the value of the option token before it. */
static bool
is_option_value(const struct token *option, const struct token *next)
{
	return !option->closes && !next->opens && !next->bar &&
	    next->text[0] != '-';
}

static void
add_option(struct usage_form *form, const char *name, const char *value)
{
	form->options = xrealloc(form->options,
	    (form->option_count + 1) * sizeof(*form->options));
	form->options[form->option_count].name = xstrdup(name);
	form->options[form->option_count++].value = xstrdup(value);
}

static void
add_operand(struct usage_form *form, const struct token *t)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s%s", t->text, t->repeats ? "..." : "");
	form->operands = xrealloc(form->operands,
	    (form->operand_count + 1) * sizeof(*form->operands));
	form->operands[form->operand_count++] = buf_detach(&b);
}

void
usage_form_parse(struct usage_form *form, const char *text, size_t length)
{
	struct token *tokens;
	size_t count = tokenize(text, length, &tokens), i = 1;
	struct buf words;

	memset(form, 0, sizeof(*form));
	buf_init(&words);
	buf_puts(&words, count > 0 ? tokens[0].text : "");
	if (count > 1 && is_subcommand(&tokens[1]))
		buf_printf(&words, " %s", tokens[i++].text);
	form->words = buf_detach(&words);
	for (; i < count; i++) {
		if (tokens[i].bar)
			continue;
		if (strncmp(tokens[i].text, "--", 2) != 0)
			add_operand(form, &tokens[i]);
		else if (i + 1 < count && is_option_value(&tokens[i],
		    &tokens[i + 1])) {
			add_option(form, tokens[i].text, tokens[i + 1].text);
			i++;
		} else
			add_option(form, tokens[i].text, NULL);
	}
	for (i = 0; i < count; i++)
		free(tokens[i].text);
	free(tokens);
}

void
usage_form_release(struct usage_form *form)
{
	free(form->words);
	for (size_t i = 0; i < form->operand_count; i++)
		free(form->operands[i]);
	free(form->operands);
	for (size_t i = 0; i < form->option_count; i++) {
		free(form->options[i].name);
		free(form->options[i].value);
	}
	free(form->options);
	memset(form, 0, sizeof(*form));
}
