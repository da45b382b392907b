/* Temporary: commands being written in parallel. Delete this file when they exist. */
#include "commands.h"

#define PENDING(name) struct error *cmd_##name(struct track *t, int argc, \
    char **argv) { (void)t; (void)argc; (void)argv; \
    return error_runtime("'%s' is not built yet", #name); }

PENDING(project)
PENDING(tutorial)
enum db_mode cmd_project_db(int argc, char **argv) { (void)argc; (void)argv; return DB_READ; }
enum db_mode cmd_tutorial_db(int argc, char **argv) { (void)argc; (void)argv; return DB_READ; }
