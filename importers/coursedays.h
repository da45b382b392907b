#ifndef TRACK_COURSEDAYS_H
#define TRACK_COURSEDAYS_H

/*
 * The dates of a course row, settled (FORMATS.md 1.2 and 2.4-2.6, the
 * README's variants): pure rules of course.c, no database, no clock.
 */

#include <stdbool.h>

/* A course row's days (DAY_NONE when absent). */
struct course_days {
	int started;		/* start, else enrollment; settled below */
	int activity;		/* last activity */
	int completed;
	int begin;		/* set below: where the row's time may begin */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A course is never started after it was completed: a start after the
 * completion becomes the completion (LinkedIn's only other date is the
 * last viewing, after the completion for a course watched again). That
 * start, as the row gives it, is where its time's span may begin
 * (d->begin). A format with no start or enrollment column at all
 * (has_start_column false) starts a course on the earlier of its
 * activity and completion; that is no span's beginning.
 */
void course_days_settle(struct course_days *d, bool has_start_column);

/*
 * Whether title is a platform's placeholder for a course it removed:
 * it starts with prefix (case-insensitive; NULL: the platform has none),
 * as LinkedIn's "CONTENT METADATA NO LONGER EXISTS - urn:li:lyndaCourse:
 * 140777" does.
 */
bool course_removed(const char *title, const char *prefix);

#ifdef __cplusplus
}
#endif
#endif
