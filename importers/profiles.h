#ifndef TRACK_PROFILES_H
#define TRACK_PROFILES_H

/*
 * Import formats as data: each profile is a header signature, the column
 * (by name, with alternative names) behind each field, and the syntax of
 * its values. A new format is a table entry in profiles.c, plus a small
 * function only when its rows need one.
 */

#include <stdbool.h>
#include <stddef.h>

#include "importers/values.h"

/* What a column can mean. --map COL=FIELD uses these names. */
enum field {
	F_NONE,
	F_DATE, F_START, F_END_DATE, F_END, F_DURATION, F_MINUTES, F_HOURS,
	F_TOPIC, F_KIND, F_PROJECT, F_TUTORIAL, F_TASK, F_DESCRIPTION,
	F_TAGS, F_NOTE, F_ID, F_USER, F_EMAIL, F_FIRST_NAME, F_LAST_NAME,
	F_TITLE, F_COURSE_ID, F_URL, F_SLUG, F_COURSE_TYPE, F_PROGRESS,
	F_STARTED, F_ENROLLED, F_COMPLETED, F_COMPLETED_ALT, F_COMPLETED_FLAG,
	F_ACTIVITY, F_GRADE, F_CERTIFICATE,
	/* track's own export */
	F_RECORD, F_UUID, F_TOPIC_PATH, F_PROJECT_PATH, F_PROJECT_STARTED,
	F_PROJECT_COMPLETED, F_PROJECT_URL, F_TUTORIAL_TOPIC,
	F_TUTORIAL_PLATFORM, F_TUTORIAL_COURSE_ID, F_TUTORIAL_PROGRESS,
	F_TUTORIAL_STARTED, F_TUTORIAL_COMPLETED, F_TUTORIAL_URL, F_ORIGIN,
	F_FINGERPRINT, F_NAME, F_VALUE, F_ESTIMATED, F_CONTRIBUTION,
	F_COUNT
};

/* How a profile's rows become sessions and tutorials. */
enum profile_type {
	TYPE_TRACK,		/* track's own export */
	TYPE_GENERIC,		/* date,duration,topic: track's syntax */
	TYPE_TRACKER,		/* time-tracker entries: the shared rules */
	TYPE_COURSE,		/* course rows: tutorials, cumulative time */
	TYPE_REFUSED,		/* recognised, but not sessions */
	TYPE_JSON,		/* Timewarrior: not CSV */
	TYPE_TRACK_JSON,	/* track's own export as JSON: not CSV */
};

#define PROFILE_COLUMNS 32
#define PROFILE_DETECT 6

struct column {
	enum field field;
	const char *names;	/* "Task|Activity": first present wins */
};

struct profile {
	const char *name;	/* --from NAME */
	const char *family;	/* fingerprint family: toggl, clockify, ... */
	const char *title;	/* for the list of formats */
	enum profile_type type;
	const char *detect[PROFILE_DETECT];	/* all present ("A|B": either) */
	const char *exact;	/* or: the header is exactly this */
	const char *absent;	/* and none of these ("A|B"): another tool's */
	const char *refusal;	/* TYPE_REFUSED: "%s" is the file */
	struct column columns[PROFILE_COLUMNS];
	enum field required[4];	/* fields that must have a column */
	enum date_syntax dates;
	bool dates_default;	/* a file whose slash dates never show their
				   order is read in dates' (the tool's
				   documented default); else refused */
	enum zone zone;		/* offset-less date-times */
	enum number_style numbers;
	const char *platform;	/* course rows: "Udemy" */
	const char *slug_url;	/* course URL = this + the slug column */
	const char *json_twin;	/* the profile of the same tool's JSON */
	const char *removed_title;	/* course rows: a title starting with
					   this is a course the platform
					   removed (skipped, counted) */
};

/* A header matched to a profile: the cell index of each field, or -1. */
struct header_map {
	const struct profile *profile;
	int column[F_COUNT];
	bool mapped[F_COUNT];	/* the column was named with --map */
};

#ifdef __cplusplus
extern "C" {
#endif

/* Every profile, ending with a NULL name. */
extern const struct profile profiles[];

/* The profile called name (case-insensitive), or NULL. */
const struct profile *profile_find(const char *name);
/* The profile whose signature matches the header cells, or NULL. */
const struct profile *profile_detect(char *const *cells, size_t count);
/* The user-defined profile that --map starts from on an unknown header. */
const struct profile *profile_custom(void);
/* "toggl, clockify, ..." (caller frees). */
char *profile_names(void);

/* The field called name ("duration"), or F_NONE. */
enum field field_find(const char *name);
const char *field_name(enum field field);
/* The fields --map offers, for messages: "date, start, ..." */
const char *field_map_list(void);

/*
 * Resolves each field of profile to its header cell (case-insensitive,
 * trimmed); maps is a list of "COL=FIELD" overrides (NULL-terminated,
 * may be NULL). Returns the name of a required field left without a
 * column in *missing (NULL when complete), or an error for a bad --map.
 */
struct error *header_map_build(struct header_map *map,
    const struct profile *profile, char *const *cells, size_t count,
    char *const *maps, enum field *missing);

/* The header name of a profile's field, for messages ("Start date"). */
const char *profile_column_name(const struct profile *profile,
    enum field field);

#ifdef __cplusplus
}
#endif
#endif
