#ifndef TRACK_COMMANDS_H
#define TRACK_COMMANDS_H

#include "cli/track.h"

/* Every command's entry point, one file each (tracker/cmd_NAME.c). */
struct error *cmd_log(struct track *t, int argc, char **argv);
struct error *cmd_ls(struct track *t, int argc, char **argv);
struct error *cmd_edit(struct track *t, int argc, char **argv);
struct error *cmd_rm(struct track *t, int argc, char **argv);
struct error *cmd_undo(struct track *t, int argc, char **argv);
struct error *cmd_start(struct track *t, int argc, char **argv);
struct error *cmd_stop(struct track *t, int argc, char **argv);
struct error *cmd_status(struct track *t, int argc, char **argv);
struct error *cmd_cancel(struct track *t, int argc, char **argv);
struct error *cmd_path(struct track *t, int argc, char **argv);
struct error *cmd_topic(struct track *t, int argc, char **argv);
struct error *cmd_config(struct track *t, int argc, char **argv);
struct error *cmd_import(struct track *t, int argc, char **argv);
enum db_mode cmd_import_db(int argc, char **argv);
/* The modes of the commands whose subcommands differ (list reads). */
enum db_mode cmd_path_db(int argc, char **argv);
enum db_mode cmd_topic_db(int argc, char **argv);
enum db_mode cmd_config_db(int argc, char **argv);
struct error *cmd_project(struct track *t, int argc, char **argv);
struct error *cmd_tutorial(struct track *t, int argc, char **argv);
struct error *cmd_plan(struct track *t, int argc, char **argv);
struct error *cmd_check(struct track *t, int argc, char **argv);
struct error *cmd_portfolio(struct track *t, int argc, char **argv);
struct error *cmd_export(struct track *t, int argc, char **argv);
struct error *cmd_report(struct track *t, int argc, char **argv);
struct error *cmd_skills(struct track *t, int argc, char **argv);
struct error *cmd_help(struct track *t, int argc, char **argv);
struct error *cmd_version(struct track *t, int argc, char **argv);
struct error *cmd_completion(struct track *t, int argc, char **argv);

struct error *cmd_skill(struct track *t, int argc, char **argv);
enum db_mode cmd_skill_db(int argc, char **argv);
enum db_mode cmd_project_db(int argc, char **argv);
enum db_mode cmd_tutorial_db(int argc, char **argv);

#endif
