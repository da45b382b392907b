/*
 * The table of import formats (FORMATS.md section 2) and the matching of
 * a header against it. Column names are compared trimmed and
 * case-insensitively; unknown columns are ignored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "importers/profiles.h"

/*
 * track's own export (`track export`). The contract, shared with the
 * exporter, is EXPORT_FORMAT.md; in short:
 *
 *   record,uuid,day,start,minutes,topic,topic_path,kind,project,
 *   project_path,project_started,project_completed,project_url,tutorial,
 *   tutorial_topic,tutorial_platform,tutorial_course_id,tutorial_progress,
 *   tutorial_started,tutorial_completed,tutorial_url,note,origin,
 *   fingerprint,name,value,estimated,contribution
 *
 * `record` is setting, path, topic, alias, skill, path_choice, project,
 * tutorial or session (absent: every row is a session), in that order in the
 * file. Sessions are keyed by uuid, so importing an export twice adds
 * nothing; a session row carries its project and tutorial, so a filtered
 * export still imports. `estimated` (true, false or empty: false) marks
 * course time an import placed by estimate, `contribution` (the same)
 * a project that is an open-source contribution. Days YYYY-MM-DD, start a
 * UTC instant, cells neutralised against formulas with a leading '
 * (stripped on import).
 */
#define TRACK_COLUMNS \
	{ F_RECORD, "record" }, { F_UUID, "uuid" }, { F_DATE, "day" }, \
	{ F_START, "start" }, { F_MINUTES, "minutes" }, { F_TOPIC, "topic" }, \
	{ F_TOPIC_PATH, "topic_path" }, { F_KIND, "kind" }, \
	{ F_PROJECT, "project" }, { F_PROJECT_PATH, "project_path" }, \
	{ F_PROJECT_STARTED, "project_started" }, \
	{ F_PROJECT_COMPLETED, "project_completed" }, \
	{ F_PROJECT_URL, "project_url" }, { F_TUTORIAL, "tutorial" }, \
	{ F_TUTORIAL_TOPIC, "tutorial_topic" }, \
	{ F_TUTORIAL_PLATFORM, "tutorial_platform" }, \
	{ F_TUTORIAL_COURSE_ID, "tutorial_course_id" }, \
	{ F_TUTORIAL_PROGRESS, "tutorial_progress" }, \
	{ F_TUTORIAL_STARTED, "tutorial_started" }, \
	{ F_TUTORIAL_COMPLETED, "tutorial_completed" }, \
	{ F_TUTORIAL_URL, "tutorial_url" }, { F_NOTE, "note" }, \
	{ F_ORIGIN, "origin" }, { F_FINGERPRINT, "fingerprint" }, \
	{ F_NAME, "name" }, { F_VALUE, "value" }, \
	{ F_ESTIMATED, "estimated" }, { F_CONTRIBUTION, "contribution" }

const struct profile profiles[] = {
	{ .name = "track", .family = "track", .type = TYPE_TRACK,
	  .title = "track's own export (track export)",
	  .detect = { "uuid", "day", "minutes", "topic", "kind" },
	  .columns = { TRACK_COLUMNS },
	  .required = { F_UUID, F_DATE, F_MINUTES, F_TOPIC },
	  .dates = DATE_ISO, .zone = ZONE_UTC, .numbers = NUMBER_DOT },
	/*
	 * The same records as one JSON document (`track export --format
	 * json`, a top-level object with "format": "track-export"): each
	 * element becomes the CSV record above (trackjson.c), read exactly
	 * (no formula guard to strip).
	 */
	{ .name = "track-json", .family = "track", .type = TYPE_TRACK_JSON,
	  .title = "track's own export as JSON (track export --format json)",
	  .columns = { TRACK_COLUMNS },
	  .dates = DATE_ISO, .zone = ZONE_UTC, .numbers = NUMBER_DOT },
	{ .name = "generic", .family = "generic", .type = TYPE_GENERIC,
	  .title = "date,duration,topic[,kind,project,tutorial,note]",
	  .detect = { "date", "duration", "topic" },
	  .columns = { { F_DATE, "date" }, { F_DURATION, "duration" },
	    { F_TOPIC, "topic" }, { F_KIND, "kind" }, { F_PROJECT, "project" },
	    { F_TUTORIAL, "tutorial" }, { F_NOTE, "note" } },
	  .required = { F_DATE, F_DURATION, F_TOPIC },
	  .dates = DATE_ISO, .zone = ZONE_LOCAL, .numbers = NUMBER_DOT },
	{ .name = "toggl", .family = "toggl", .type = TYPE_TRACKER,
	  .title = "Toggl Track detailed report",
	  .detect = { "Start date", "Start time", "Duration", "Description",
	    "Email" },
	  .columns = { { F_USER, "User|Member" }, { F_EMAIL, "Email" },
	    { F_PROJECT, "Project" }, { F_TASK, "Task" },
	    { F_DESCRIPTION, "Description" }, { F_DATE, "Start date" },
	    { F_START, "Start time" }, { F_END_DATE, "End date" },
	    { F_END, "End time" }, { F_DURATION, "Duration" },
	    { F_TAGS, "Tags" } },
	  .required = { F_DATE, F_DURATION },
	  .dates = DATE_ISO, .zone = ZONE_LOCAL, .numbers = NUMBER_DOT },
	{ .name = "clockify", .family = "clockify", .type = TYPE_TRACKER,
	  .title = "Clockify detailed report",
	  /*
	   * Clockify's Customize drops and moves columns: detected by what
	   * a row needs (a start date, and an end time or a duration), with
	   * Toggl's bare "Duration" ruling it out.
	   */
	  .detect = { "Start Date", "End Time|Duration (h)|Duration (decimal)" },
	  .absent = "Duration",
	  .columns = { { F_PROJECT, "Project" },
	    { F_DESCRIPTION, "Description" }, { F_TASK, "Task|Activity" },
	    { F_USER, "User" }, { F_EMAIL, "Email" }, { F_TAGS, "Tags" },
	    { F_DATE, "Start Date" }, { F_START, "Start Time" },
	    { F_END_DATE, "End Date" }, { F_END, "End Time" },
	    { F_DURATION, "Duration (h)" }, { F_HOURS, "Duration (decimal)" } },
	  .required = { F_DATE },
	  .dates = DATE_US, .dates_default = true, .zone = ZONE_LOCAL,
	  .numbers = NUMBER_DOT },
	{ .name = "harvest", .family = "harvest", .type = TYPE_TRACKER,
	  .title = "Harvest detailed time report",
	  .detect = { "Date", "Project", "Task", "Notes", "Hours" },
	  .columns = { { F_DATE, "Date" }, { F_PROJECT, "Project" },
	    { F_TASK, "Task" }, { F_DESCRIPTION, "Notes" },
	    { F_HOURS, "Hours" }, { F_FIRST_NAME, "First Name" },
	    { F_LAST_NAME, "Last Name" } },
	  .required = { F_DATE, F_HOURS },
	  .dates = DATE_ISO, .zone = ZONE_LOCAL, .numbers = NUMBER_AUTO },
	{ .name = "udemy", .family = "udemy", .type = TYPE_COURSE,
	  .title = "Udemy Business user course activity report",
	  .platform = "Udemy",
	  .detect = { "Course ID|강의 ID", "Course Title", "% Marked Completed",
	    "Minutes Video Consumed|사용한 동영상 시간" },
	  .columns = { { F_FIRST_NAME, "User First Name" },
	    { F_LAST_NAME, "User Last Name" },
	    { F_EMAIL, "User Email|사용자 이메일" },
	    { F_COURSE_ID, "Course ID|강의 ID" }, { F_TITLE, "Course Title" },
	    { F_PROGRESS, "% Marked Completed" },
	    { F_MINUTES, "Minutes Video Consumed|사용한 동영상 시간" },
	    { F_ENROLLED, "Date Enrolled" }, { F_STARTED, "Date Started" },
	    { F_COMPLETED, "First Date Completed" },
	    { F_COMPLETED_ALT, "Date Completed" },
	    { F_ACTIVITY, "Date Last Active|Date Last Accessed" } },
	  .required = { F_TITLE },
	  .dates = DATE_ISO, .zone = ZONE_UTC, .numbers = NUMBER_DOT },
	{ .name = "coursera", .family = "coursera", .type = TYPE_COURSE,
	  .title = "Coursera usage report / CourseActivity",
	  .platform = "Coursera",
	  .slug_url = "https://www.coursera.org/learn/",
	  .detect = { "Course", "Course Slug", "Overall Progress",
	    "Estimated Learning Hours|"
	    "Total Estimated Learning Hours (since enrolled)" },
	  .columns = { { F_USER, "Name" }, { F_EMAIL, "Email" },
	    { F_TITLE, "Course" }, { F_COURSE_ID, "Course ID" },
	    { F_SLUG, "Course Slug" }, { F_ENROLLED, "Enrollment Time" },
	    { F_ACTIVITY, "Last Course Activity Time" },
	    { F_PROGRESS, "Overall Progress" },
	    { F_HOURS, "Total Estimated Learning Hours (since enrolled)|"
	      "Estimated Learning Hours|Learning Hours" },
	    { F_COMPLETED_FLAG, "Completed" },
	    { F_COMPLETED, "Completion Time" }, { F_GRADE, "Course Grade" },
	    { F_CERTIFICATE, "Course Certificate URL" },
	    { F_COURSE_TYPE, "Course Type" } },
	  .required = { F_TITLE },
	  .dates = DATE_ISO, .zone = ZONE_UTC, .numbers = NUMBER_DOT },
	{ .name = "linkedin", .family = "linkedin", .type = TYPE_COURSE,
	  .title = "LinkedIn Learning archive (Learning.csv)",
	  .platform = "LinkedIn Learning",
	  .detect = { "Content Title", "Content Type",
	    "Content Completed At (if completed)" },
	  /*
	   * The archive's one other date is the last viewing, not the first:
	   * it is the course's activity, and it may be after the completion
	   * (a course watched again). With no start column, a course starts
	   * on the earlier of its two dates (course.c). Courses LinkedIn has
	   * removed stay in the archive as placeholder rows.
	   */
	  .columns = { { F_TITLE, "Content Title" },
	    { F_ACTIVITY, "Content Last Watched Date (if viewed)" },
	    { F_COMPLETED, "Content Completed At (if completed)" } },
	  .required = { F_TITLE },
	  .removed_title = "CONTENT METADATA NO LONGER EXISTS",
	  .dates = DATE_ISO, .zone = ZONE_UTC, .numbers = NUMBER_DOT },
	{ .name = "watson-report", .family = "watson", .type = TYPE_REFUSED,
	  .title = NULL, .exact = "from,to,project,tag,time",
	  .refusal = "%s: this is a Watson report (totals), not sessions; "
	    "export with 'watson log --csv'" },
	{ .name = "watson", .family = "watson", .type = TYPE_TRACKER,
	  .title = "Watson (watson log --csv)",
	  .exact = "id,start,stop,project,tags",
	  .columns = { { F_ID, "id" }, { F_START, "start" }, { F_END, "stop" },
	    { F_PROJECT, "project" }, { F_TAGS, "tags" } },
	  .required = { F_START, F_END },
	  .dates = DATE_ISO, .zone = ZONE_LOCAL, .numbers = NUMBER_DOT,
	  .json_twin = "watson-json" },
	{ .name = "watson-json", .family = "watson", .type = TYPE_JSON,
	  .title = "Watson (watson log --json)" },
	{ .name = "timew", .family = "timew", .type = TYPE_JSON,
	  .title = "Timewarrior (timew export, JSON)" },
	{ .name = NULL },
};

/* The starting point of --map on a header no profile knows. */
static const struct profile custom = {
	.name = "custom", .family = "custom", .type = TYPE_TRACKER,
	.title = "columns given with --map",
	.dates = DATE_US, .zone = ZONE_LOCAL, .numbers = NUMBER_AUTO,
};

static const char *const field_names[F_COUNT] = {
	[F_NONE] = "", [F_DATE] = "date", [F_START] = "start",
	[F_END_DATE] = "end_date", [F_END] = "end", [F_DURATION] = "duration",
	[F_MINUTES] = "minutes", [F_HOURS] = "hours", [F_TOPIC] = "topic",
	[F_KIND] = "kind", [F_PROJECT] = "project", [F_TUTORIAL] = "tutorial",
	[F_TASK] = "task", [F_DESCRIPTION] = "description", [F_TAGS] = "tags",
	[F_NOTE] = "note", [F_ID] = "id", [F_USER] = "user",
	[F_EMAIL] = "email", [F_FIRST_NAME] = "first_name",
	[F_LAST_NAME] = "last_name", [F_TITLE] = "title",
	[F_COURSE_ID] = "course_id", [F_URL] = "url", [F_SLUG] = "slug",
	[F_COURSE_TYPE] = "course_type", [F_PROGRESS] = "progress",
	[F_STARTED] = "started", [F_ENROLLED] = "enrolled",
	[F_COMPLETED] = "completed", [F_COMPLETED_ALT] = "completed_alt",
	[F_COMPLETED_FLAG] = "completed_flag", [F_ACTIVITY] = "activity",
	[F_GRADE] = "grade", [F_CERTIFICATE] = "certificate",
	[F_RECORD] = "record", [F_UUID] = "uuid", [F_TOPIC_PATH] = "topic_path",
	[F_PROJECT_PATH] = "project_path",
	[F_PROJECT_STARTED] = "project_started",
	[F_PROJECT_COMPLETED] = "project_completed",
	[F_PROJECT_URL] = "project_url", [F_TUTORIAL_TOPIC] = "tutorial_topic",
	[F_TUTORIAL_PLATFORM] = "tutorial_platform",
	[F_TUTORIAL_COURSE_ID] = "tutorial_course_id",
	[F_TUTORIAL_PROGRESS] = "tutorial_progress",
	[F_TUTORIAL_STARTED] = "tutorial_started",
	[F_TUTORIAL_COMPLETED] = "tutorial_completed",
	[F_TUTORIAL_URL] = "tutorial_url", [F_ORIGIN] = "origin",
	[F_FINGERPRINT] = "fingerprint", [F_NAME] = "name", [F_VALUE] = "value",
	[F_ESTIMATED] = "estimated", [F_CONTRIBUTION] = "contribution",
};

const char *
field_map_list(void)
{
	return "date, start, end, duration, minutes, hours, topic, kind, "
	    "project, tutorial, task, description, tags, note, user, email, "
	    "title, course_id, progress, started, completed, activity";
}

enum field
field_find(const char *name)
{
	for (int f = F_NONE + 1; f < F_COUNT; f++)
		if (strcasecmp(field_names[f], name) == 0)
			return (enum field)f;
	return F_NONE;
}

const char *
field_name(enum field field)
{
	return field > F_NONE && field < F_COUNT ? field_names[field] : "?";
}

const struct profile *
profile_find(const char *name)
{
	for (const struct profile *p = profiles; p->name; p++)
		if (strcasecmp(p->name, name) == 0 && p->title != NULL)
			return p;
	if (strcasecmp(name, "custom") == 0)
		return &custom;
	return NULL;
}

const struct profile *
profile_custom(void)
{
	return &custom;
}

char *
profile_names(void)
{
	struct buf b;

	buf_init(&b);
	for (const struct profile *p = profiles; p->name; p++)
		if (p->title != NULL)
			buf_printf(&b, "%s%s", b.len ? ", " : "", p->name);
	return buf_detach(&b);
}

/* The index of the cell equal to one of the |-separated names, or -1. */
static int
find_column(const char *names, char *const *cells, size_t count)
{
	while (names != NULL && *names != '\0') {
		const char *bar = strchr(names, '|');
		size_t n = bar ? (size_t)(bar - names) : strlen(names);

		for (size_t i = 0; i < count; i++)
			if (strlen(cells[i]) == n &&
			    strncasecmp(cells[i], names, n) == 0)
				return (int)i;
		names = bar ? bar + 1 : NULL;
	}
	return -1;
}

/* Whether the header is exactly the comma-joined text exact. */
static bool
header_is(const char *exact, char *const *cells, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		size_t n = strlen(cells[i]);

		if (strncasecmp(exact, cells[i], n) != 0)
			return false;
		exact += n;
		if (*exact != (i + 1 < count ? ',' : '\0'))
			return false;
		exact += *exact != '\0';
	}
	return *exact == '\0';
}

const struct profile *
profile_detect(char *const *cells, size_t count)
{
	for (const struct profile *p = profiles; p->name; p++) {
		bool all = p->detect[0] != NULL;

		if (p->exact != NULL && header_is(p->exact, cells, count))
			return p;
		for (int i = 0; i < PROFILE_DETECT && p->detect[i] && all; i++)
			all = find_column(p->detect[i], cells, count) >= 0;
		if (all && p->absent != NULL)
			all = find_column(p->absent, cells, count) < 0;
		if (all)
			return p;
	}
	return NULL;
}

const char *
profile_column_name(const struct profile *profile, enum field field)
{
	for (int i = 0; i < PROFILE_COLUMNS && profile->columns[i].names; i++)
		if (profile->columns[i].field == field) {
			static char first[128];
			const char *names = profile->columns[i].names;
			size_t n = strcspn(names, "|");

			snprintf(first, sizeof(first), "%.*s", (int)n, names);
			return first;
		}
	return field_name(field);
}

/* Applies one --map COL=FIELD to map. */
static struct error *
apply_map(struct header_map *map, const char *spec, char *const *cells,
    size_t count)
{
	const char *eq = strrchr(spec, '=');
	enum field field;
	char *column;
	int index;

	if (eq == NULL || eq == spec)
		return error_usage("invalid --map '%s': use --map COLUMN=FIELD, "
		    "e.g. --map Day=date; fields: %s", spec, field_map_list());
	if ((field = field_find(eq + 1)) == F_NONE)
		return error_usage("unknown field '%s' in --map '%s': use one of "
		    "%s", eq + 1, spec, field_map_list());
	column = xmalloc((size_t)(eq - spec) + 1);
	memcpy(column, spec, (size_t)(eq - spec));
	column[eq - spec] = '\0';
	index = find_column(column, cells, count);
	free(column);
	if (index < 0)
		return error_usage("--map '%s': the header has no column '%.*s'",
		    spec, (int)(eq - spec), spec);
	map->column[field] = index;
	map->mapped[field] = true;
	return NULL;
}

struct error *
header_map_build(struct header_map *map, const struct profile *profile,
    char *const *cells, size_t count, char *const *maps,
    enum field *missing)
{
	struct error *err;

	map->profile = profile;
	for (int f = 0; f < F_COUNT; f++) {
		map->column[f] = -1;
		map->mapped[f] = false;
	}
	for (int i = 0; i < PROFILE_COLUMNS && profile->columns[i].names; i++)
		if (map->column[profile->columns[i].field] < 0)
			map->column[profile->columns[i].field] = find_column(
			    profile->columns[i].names, cells, count);
	for (size_t i = 0; maps != NULL && maps[i] != NULL; i++)
		if ((err = apply_map(map, maps[i], cells, count)) != NULL)
			return err;
	*missing = F_NONE;
	for (int i = 0; i < 4 && profile->required[i] != F_NONE; i++)
		if (map->column[profile->required[i]] < 0) {
			*missing = profile->required[i];
			break;
		}
	return NULL;
}
