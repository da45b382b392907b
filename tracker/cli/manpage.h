#ifndef TRACK_MANPAGE_H
#define TRACK_MANPAGE_H

/*
 * The man page as installed: tracker/track.1, written by hand, with an
 * entry made from the command table for each command it does not
 * describe, so a new command is documented (its synopses, summary and
 * options) from its entry alone until someone writes its prose.
 */

#include <stdbool.h>
#include <stdio.h>

#include "cli/track.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Whether page has an entry for command name: an ".It Cm NAME" item, or
 * ".It Xo" then ".Cm NAME".
 */
bool man_page_describes(const char *page, const char *name);
/*
 * Writes page to out with, before its ENVIRONMENT section, a "Further
 * commands" subsection holding the table's entry of every command the
 * page does not describe; page unchanged when it describes them all.
 */
void man_page_write(FILE *out, const char *page);

#ifdef __cplusplus
}
#endif
#endif
