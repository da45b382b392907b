#ifndef TRACK_VALUES_H
#define TRACK_VALUES_H

/*
 * The value syntaxes of import files (FORMATS.md section 4): dates,
 * clock times, date-times, durations and numbers as exports write them.
 * Each parser returns NULL or a one-line error without the FILE:LINE
 * prefix (the importer adds it).
 */

#include <stdbool.h>
#include <time.h>

#include "core/date.h"
#include "core/error.h"

enum date_syntax {
	DATE_ISO,		/* YYYY-MM-DD only */
	DATE_US,		/* MM/DD/YYYY, or YYYY-MM-DD */
	DATE_DMY,		/* DD/MM/YYYY, or YYYY-MM-DD */
};

enum zone {
	ZONE_LOCAL,		/* date-times without an offset are local */
	ZONE_UTC,		/* ... are UTC */
};

enum number_style {
	NUMBER_DOT,		/* 1318.5, "1,318.5": a comma groups thousands */
	NUMBER_AUTO,		/* also "1,75", "1.250,0": comma decimal mark */
};

/* A point in time read from a cell: a day, and the instant when known. */
struct when {
	int day;		/* local day (as written when offset-less) */
	bool has_time;
	time_t instant;		/* when has_time */
};

#ifdef __cplusplus
extern "C" {
#endif

/* An empty cell or N/A (any case): no value. */
bool value_empty(const char *text);

/*
 * A date cell per syntax; a slash date that is not one in the syntax's
 * order, or a day outside DAY_FIRST..DAY_LAST (a spreadsheet's
 * 1900-01-01 for "none"), is refused.
 */
struct error *value_date(const char *text, enum date_syntax syntax, int *day);

/* The order a cell's slash date shows (A/B/YYYY at its start). */
enum slash_order value_slash_order(const char *text);

/*
 * A time of day: HH:MM[:SS] (24-hour) or hh:mm[:ss] AM/PM (12 AM = 00).
 * Stores seconds since midnight.
 */
struct error *value_clock(const char *text, int *seconds);

/*
 * A date or date-time: YYYY-MM-DD, YYYY-MM-DD[T ]HH:MM[:SS[.fff]] followed
 * by nothing, Z, " UTC" or an offset (+00:00, +0000), basic
 * YYYYMMDDTHHMMSSZ, or (DATE_US, DATE_DMY) a slash date in that order
 * followed by [hh:mm[:ss] [AM|PM]].
 * Offset-less times are taken in zone; the day is the local day of the
 * instant, or the day as written when it is local. A day outside
 * DAY_FIRST..DAY_LAST is refused.
 */
struct error *value_when(const char *text, enum date_syntax syntax,
    enum zone zone, struct when *w);

/*
 * The most hours a duration cell may hold before it is refused as it is
 * written (a session holds 24h; this bound only keeps the seconds a long).
 */
#define VALUE_MAX_HOURS 1e6

/*
 * A tracker duration: H:MM:SS (any number of hours), H:MM, "MM:SS min"
 * or "H:MM:SS min" (the last two parts are minutes and seconds), or
 * decimal hours with an optional " h". Stores whole seconds.
 */
struct error *value_duration(const char *text, enum number_style style,
    long *seconds);

/* A non-negative decimal number in style (quotes already removed). */
struct error *value_number(const char *text, enum number_style style,
    double *value);

/*
 * Whole seconds from a Minutes cell, else from an Hours cell: a number in
 * style up to VALUE_MAX_HOURS hours. *present is false, and *seconds left
 * as it is, when both cells are empty.
 */
struct error *value_time_cells(const char *minutes, const char *hours,
    enum number_style style, long *seconds, bool *present);

/* Yes/No, true/false, 1/0 (any case); false when neither. */
bool value_bool(const char *text, bool *value);

/* Whole seconds to minutes, rounding half up: (seconds + 30) div 60. */
long value_minutes(long seconds);

/* "25h30m" for a number of minutes (as in FORMATS.md messages). */
void value_format_minutes(long minutes, char *out, size_t size);

#ifdef __cplusplus
}
#endif
#endif
