#ifndef TRACK_OPTIONS_H
#define TRACK_OPTIONS_H

#include <getopt.h>

#include "core/buf.h"
#include "cli/track.h"

/*
 * Options as data: each command's entry in the command table
 * (tracker/cli/commands.c) lists its options (struct option_spec) and its
 * usage forms (struct form). The getopt tables, `track help`, the usage
 * errors and the completion word lists are all made from them here.
 */

/* The most options one form takes (import's first form takes 11). */
#define FORM_OPTIONS_MAX 16

#ifdef __cplusplus
extern "C" {
#endif

/* The option of cmd called name ("date"), or NULL. */
const struct option_spec *option_find(const struct command *cmd,
    const char *name, size_t length);
/* The form of cmd for subcommand sub (NULL: the form without one). */
const struct form *form_find(const struct command *cmd, const char *sub);
/*
 * Calls fn with each option of form f in order; a name the table lacks is
 * skipped (a test holds every name to the table).
 */
void form_each_option(const struct command *cmd, const struct form *f,
    void (*fn)(const struct option_spec *o, void *arg), void *arg);
/* Appends "--date DATE" or "--names": the option as help spells it. */
void option_spelling(struct buf *b, const struct option_spec *o);
/* Appends the synopsis of form f: "path set PATH [--date DATE]". */
void form_synopsis(struct buf *b, const struct command *cmd,
    const struct form *f);
/* Appends cmd's usage: the synopses of its forms joined by " | ". */
void command_usage(struct buf *b, const struct command *cmd);

/*
 * getopt_long over one form's options: option_reader_init builds the
 * long options and the optstring (":" then the OPTION_SHORT letters) of
 * `track command [sub]` and resets getopt; option_next returns the next
 * option's key, '?' or ':' on a bad one (for option_error) and -1 at the
 * first operand (optind), as getopt_long does.
 */
struct option_reader {
	int argc;
	char **argv;
	struct option longopts[FORM_OPTIONS_MAX + 1];
	char optstring[2 * FORM_OPTIONS_MAX + 2];
};

void option_reader_init(struct option_reader *r, const char *command,
    const char *sub, int argc, char **argv);
int option_next(struct option_reader *r);

/*
 * The options of a command that only reads an analysis (plan,
 * portfolio): --at DATE into *at, and --format picked from formats (a
 * format table as core/format.h describes, entries of entry_size bytes)
 * into *format, refused when it is read, as every bad option is.
 */
struct error *option_at_and_format(const char *command, int argc,
    char **argv, const void *formats, size_t entry_size, const char **at,
    size_t *format);

#ifdef __cplusplus
}
#endif
#endif
