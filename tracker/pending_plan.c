/* Temporary: commands being written in parallel. Delete this file when they exist. */
#include "commands.h"

#define PENDING(name) struct error *cmd_##name(struct track *t, int argc, \
    char **argv) { (void)t; (void)argc; (void)argv; \
    return error_runtime("'%s' is not built yet", #name); }

PENDING(plan)
PENDING(portfolio)
