/*
 * track goal [--format text|json] [--strict] | goal set DURATION[/week]
 * [--daily DURATION] | goal clear: the weekly goal of SPEC §13, kept in
 * the settings goal.weekly-minutes and goal.daily-minutes. Under
 * --strict a week behind its pace exits 3 with no error line (for cron):
 * the goal on stdout is the message.
 */
#include <getopt.h>
#include <stdbool.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/duration.h"
#include "core/format.h"
#include "core/jsonout.h"
#include "core/settings.h"
#include "reports/goal.h"

static struct error *goal_show(struct track *t, int argc, char **argv);
static struct error *goal_set(struct track *t, int argc, char **argv);
static struct error *goal_clear(struct track *t, int argc, char **argv);

static struct error *
render_text(FILE *out, const struct goal_status *g, bool color)
{
	goal_render_text(out, g, color);
	return NULL;
}

static struct error *
render_json(FILE *out, const struct goal_status *g, bool color)
{
	(void)color;
	return json_print(out, goal_to_json(g));
}

/* The formats, by name; the first one is the default. */
static const struct goal_format {
	const char *name;
	struct error *(*render)(FILE *out, const struct goal_status *g,
	    bool color);
} formats[] = {
	{ "text", render_text },
	{ "json", render_json },
	{ NULL, NULL },
};

struct error *
cmd_goal(struct track *t, int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "set") == 0)
		return goal_set(t, argc - 1, argv + 1);
	if (argc >= 2 && strcmp(argv[1], "clear") == 0)
		return goal_clear(t, argc - 1, argv + 1);
	return goal_show(t, argc, argv);
}

enum db_mode
cmd_goal_db(int argc, char **argv)
{
	if (argc >= 2 && (strcmp(argv[1], "set") == 0 ||
	    strcmp(argv[1], "clear") == 0))
		return DB_WRITE;
	return DB_READ;
}

/* track goal [--format F] [--strict]: the week against the goal. */
static struct error *
goal_show(struct track *t, int argc, char **argv)
{
	struct option_reader r;
	struct goal_status g;
	const char *format_name = NULL;
	bool strict = false;
	size_t format;
	struct error *err;
	int c;

	option_reader_init(&r, "goal", NULL, argc, argv);
	while ((c = option_next(&r)) != -1) {
		if (c == 'f')
			format_name = optarg;
		else if (c == 's')
			strict = true;
		else
			return option_error("goal", argv, c);
	}
	if (optind != argc)
		return usage_error("goal");
	if ((err = format_pick(formats, sizeof(*formats), format_name,
	    &format)) != NULL ||
	    (err = goal_load(t->db, t->today, &g)) != NULL ||
	    (err = formats[format].render(t->out, &g,
	    track_use_color(t))) != NULL)
		return err;
	if (strict && g.goal_minutes > 0 && g.behind)
		return error_new(EXIT_FINDINGS, "%s", "");
	return NULL;
}

/*
 * Reads a weekly goal: a duration up to 168h, with "/week" after it or
 * not.
 */
static struct error *
weekly_parse(const char *text, int *minutes)
{
	static const char suffix[] = "/week";
	size_t n = strlen(text), s = sizeof(suffix) - 1;
	char number[64];
	struct error *err;

	if (n > s && strcmp(text + n - s, suffix) == 0 && n - s < sizeof(number))
		n -= s;
	if (n < sizeof(number)) {
		memcpy(number, text, n);
		number[n] = '\0';
		if ((err = duration_parse_unbounded(number, minutes)) == NULL &&
		    *minutes <= GOAL_MAX_MINUTES)
			return NULL;
		error_free(err);
	}
	return error_usage("invalid weekly goal '%s': use a duration up to "
	    "168h, such as 6h, 5h30m or 6h/week", text);
}

/* Reads --daily: a duration up to 24h. */
static struct error *
daily_parse(const char *text, int *minutes)
{
	struct error *err;

	if ((err = duration_parse(text, minutes)) == NULL)
		return NULL;
	error_free(err);
	return error_usage("invalid daily minimum '%s': use a duration up to "
	    "24h, such as 30m or 1h", text);
}

/* The set form's options and operand, all checked before any write. */
static struct error *
set_arguments(int argc, char **argv, int *weekly, int *daily)
{
	struct option_reader r;
	struct error *err;
	const char *daily_text = NULL;
	int c;

	*daily = 0;
	option_reader_init(&r, "goal", "set", argc, argv);
	while ((c = option_next(&r)) != -1) {
		if (c != 'd')
			return option_error("goal", argv, c);
		daily_text = optarg;
	}
	if (argc - optind != 1)
		return subcommand_usage_error("goal", "set");
	if (daily_text != NULL && (err = daily_parse(daily_text, daily)) != NULL)
		return err;
	return weekly_parse(argv[optind], weekly);
}

/* Stores minutes as the integer setting key. */
static struct error *
set_minutes(sqlite3 *db, const char *key, int minutes)
{
	char value[16];

	snprintf(value, sizeof(value), "%d", minutes);
	return setting_set(db, key, value);
}

static struct error *
goal_set(struct track *t, int argc, char **argv)
{
	char weekly_text[32], daily_text[32];
	struct error *err;
	int weekly, daily;

	if ((err = set_arguments(argc, argv, &weekly, &daily)) != NULL ||
	    (err = set_minutes(t->db, "goal.weekly-minutes", weekly)) != NULL ||
	    (daily > 0 && (err = set_minutes(t->db, "goal.daily-minutes",
	    daily)) != NULL))
		return err;
	duration_format(weekly, weekly_text, sizeof(weekly_text));
	fprintf(t->out, "weekly goal: %s a week", weekly_text);
	if (daily > 0) {
		duration_format(daily, daily_text, sizeof(daily_text));
		fprintf(t->out, "; streaks count days of %s or more",
		    daily_text);
	}
	fputc('\n', t->out);
	return NULL;
}

/* track goal clear: no weekly goal (the streak minimum stays). */
static struct error *
goal_clear(struct track *t, int argc, char **argv)
{
	struct option_reader r;
	struct error *err;

	option_reader_init(&r, "goal", "clear", argc, argv);
	if (option_next(&r) != -1)
		return option_error("goal", argv, '?');
	if (argc - optind != 0)
		return subcommand_usage_error("goal", "clear");
	if ((err = setting_unset(t->db, "goal.weekly-minutes")) != NULL)
		return err;
	fputs("weekly goal cleared\n", t->out);
	return NULL;
}
