#ifndef TRACK_COMMANDS_H
#define TRACK_COMMANDS_H

#include "cli/track.h"

/*
 * Every command's entry point (tracker/cli/cmd_NAME.c: cmd_NAME, and
 * cmd_NAME_db for one whose subcommands differ in their database mode)
 * is declared from the command table itself: the build writes
 * cli/command_prototypes.h from the cmd_ names the table in commands.c
 * uses (scripts/command_prototypes.sh). A new command adds its entry
 * there, not a prototype here.
 */
#include "cli/command_prototypes.h"

#endif
