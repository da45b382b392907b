#ifndef TRACK_USAGE_H
#define TRACK_USAGE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Reading the usage strings of the command table. A usage is one or more
 * alternatives joined by " | " outside brackets ("path list | path set
 * PATH [--date DATE]"); each alternative starts with the command's name
 * and, for commands with subcommands, the subcommand's.
 */

/* One --option of an alternative and the metavariable of its value. */
struct usage_option {
	char *name;		/* "--date" */
	char *value;		/* "DATE", "text|json", or NULL: a flag */
};

/* One alternative, parsed. */
struct usage_form {
	char *words;		/* "log" or "path set" */
	char **operands;	/* "DURATION", "TOPIC", "FILE..." */
	size_t operand_count;
	struct usage_option *options;
	size_t option_count;
};

#ifdef __cplusplus
extern "C" {
#endif

/* The length of the alternative at p: up to " | " outside brackets. */
size_t usage_alternative_length(const char *p);
/*
 * Calls fn with each alternative of usage (not NUL-terminated: start and
 * length) in order.
 */
void usage_each_alternative(const char *usage,
    void (*fn)(const char *alternative, size_t length, void *arg), void *arg);
/* Parses the alternative of length bytes at text into form. */
void usage_form_parse(struct usage_form *form, const char *text,
    size_t length);
/* Frees what usage_form_parse allocated. */
void usage_form_release(struct usage_form *form);

#ifdef __cplusplus
}
#endif
#endif
