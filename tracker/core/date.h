#ifndef TRACK_DATE_H
#define TRACK_DATE_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "core/error.h"

/*
 * A day is a local calendar day counted from 1970-01-01 (day 0). Day
 * arithmetic is plain integer arithmetic, so it never meets a DST change;
 * only the conversions between instants and days consult TZ.
 */

/*
 * "No day" (an open project, a history without sessions): a value no
 * real day can have, since days before 1970 are negative.
 */
#define DAY_NONE INT_MIN

/*
 * The days track keeps: 1970-01-01 (day 0) to 9999-12-31, the last day
 * YYYY-MM-DD can write. Every date a user gives or a file holds is
 * refused outside them.
 */
#define DAY_FIRST 0
#define DAY_LAST 2932896
#define DAY_RANGE_TEXT "1970-01-01 to 9999-12-31"

#define DAY_TEXT_SIZE 11	/* "YYYY-MM-DD" + NUL */
#define INSTANT_TEXT_SIZE 21	/* "YYYY-MM-DDTHH:MM:SSZ" + NUL */

#ifdef __cplusplus
extern "C" {
#endif

int day_from_civil(int year, int month, int mday);
void day_to_civil(int day, int *year, int *month, int *mday);
/*
 * The weekdays' names by day_weekday, Monday first; their first three
 * letters are their short form ("Mon").
 */
extern const char *const weekday_names[7];

/* 0 = Monday … 6 = Sunday. */
int day_weekday(int day);
/* The ISO-8601 week (1..53) and its year. */
void day_iso_week(int day, int *year, int *week);
/* The Monday of the ISO week holding day. */
int day_week_start(int day);
int day_month_start(int day);
/* The first day of the month `months` months after day's month. */
int day_add_months(int day, int months);
/*
 * YYYY-MM-DD; a day before 0000-01-01 or after 9999-12-31 as the nearest
 * of those (never a day of another month).
 */
void day_format(int day, char out[DAY_TEXT_SIZE]);
/* An inclusive range of days as the text SQL's BETWEEN compares. */
struct day_span_text {
	char since[DAY_TEXT_SIZE], until[DAY_TEXT_SIZE];
};
/*
 * since..until as text; an open side (has_ false) is 0000-01-01 or
 * 9999-12-31, so the range holds every day a row can have.
 */
struct day_span_text day_span_format(bool has_since, int since,
    bool has_until, int until);
/* Strict YYYY-MM-DD with a real calendar date. */
bool day_parse_iso(const char *text, int *day);

/* Whether day is one track keeps (DAY_FIRST..DAY_LAST). */
bool day_in_range(int day);
/*
 * The refusal of a value outside the days track keeps, what being the
 * kind of value: "invalid date '1969-12-31': use a day from 1970-01-01 to
 * 9999-12-31".
 */
struct error *day_range_error(const char *what, const char *text);
/*
 * Whether text starts with a date YYYY-MM-DD (a year of 4 to 9 digits)
 * outside the days track keeps, so that a caller refusing text can say
 * so rather than call its form wrong.
 */
bool date_text_out_of_range(const char *text);

/* The local day an instant falls on (TZ applies; years 0..9999). */
int day_of_instant(time_t t);

/*
 * Reads a date as the user types it: today, yesterday, YYYY-MM-DD, -3d,
 * "3d ago", "3 days ago", a weekday name or its three-letter form (the most
 * recent one strictly before today). Dates after today, and days outside
 * DAY_FIRST..DAY_LAST, are refused.
 */
struct error *date_parse(const char *text, int today, int *day);

/*
 * Reads --since and --until as date_parse does (a NULL text: not given,
 * and the has_ flag stays false) and refuses a --since after --until,
 * naming both days.
 */
struct error *date_range_parse(const char *since_text, const char *until_text,
    int today, bool *has_since, int *since, bool *has_until, int *until);

/*
 * Formats an instant as UTC ISO-8601: 2026-11-22T09:30:00Z (instants
 * outside years 0..9999 as the nearest of those limits).
 */
void instant_format(time_t t, char out[INSTANT_TEXT_SIZE]);
/* Reads 2026-11-22T09:30:00Z (or a numeric offset, or none = local). */
bool instant_parse(const char *text, time_t *t);
/*
 * The instant of local time hh:mm on a local day. A time the clocks
 * skipped moves forward by the skip (02:30 on a spring-forward night is
 * 03:30); a repeated time (the clocks went back over it) is its first
 * occurrence, the earlier of its two instants.
 */
time_t instant_of_local(int day, int hour, int minute, int second);
/*
 * Whether the local zone had the day at all: false for a day it skipped
 * when it moved across the date line (Samoa's 2011-12-30), where every
 * local time falls into the next day.
 */
bool day_exists_locally(int day);
/* Reads "H:MM", "HH:MM", "H:MM:SS" or "HH:MM:SS" (24-hour, digits only). */
bool clock_parse(const char *text, int *hour, int *minute, int *second);

/*
 * The readers below are track's own forms (forms 0) and, with the forms
 * an import file may write, the importers' (importers/values.c). The
 * readers of a prefix advance *p past what they read, and leave it where
 * it was when they return false.
 */
enum date_form {
	/* One-digit months, days, minutes and seconds: 2025-1-5, 9:05:7. */
	DATE_FORM_SHORT_PARTS = 1 << 0,
	DATE_FORM_WIDE_YEAR = 1 << 1,	/* years of 4 to 9 digits */
	DATE_FORM_FRACTION = 1 << 2,	/* 09:30:15.250 (the fraction dropped) */
	DATE_FORM_12_HOUR = 1 << 3,	/* 9:30 PM, 12:05 am (12 AM = 00) */
	DATE_FORM_UTC_WORDS = 1 << 4,	/* UTC, GMT, z; spaces after */
	DATE_FORM_OFFSET_HOURS = 1 << 5,	/* +05: whole hours */
};

/* least to most digits at *p, not followed by another digit. */
bool date_read_number(const char **p, int least, int most, int *value);
/* Whether year-month-mday is a date of the (proleptic Gregorian) calendar. */
bool civil_date_valid(long year, int month, int mday);
/*
 * YYYY-MM-DD at *p, a real calendar date not followed by a digit: a year
 * of four digits, a month and day of two (forms: SHORT_PARTS, WIDE_YEAR).
 */
bool date_read_iso(const char **p, unsigned forms, long *year, int *month,
    int *mday);
/* What a date says about the order of day and month in slash dates. */
enum slash_order {
	SLASH_NONE,		/* not a slash date, or both orders agree */
	SLASH_AMBIGUOUS,	/* 05/04/2025: either order is a date */
	SLASH_MDY,		/* 04/29/2025: the second part is over 12 */
	SLASH_DMY,		/* 29/04/2025: the first part is over 12 */
};

/* The order the slash date A/B/YYYY at the start of text shows. */
enum slash_order date_slash_order(const char *text);
/*
 * A/B/YYYY at *p (one or two digits for A and B, years 1..9999): month
 * first, or day first when day_first (the order a file writes).
 */
bool date_read_slash(const char **p, bool day_first, int *day);
/*
 * H:MM or HH:MM, then :SS, at *p (forms: SHORT_PARTS, FRACTION, 12_HOUR):
 * seconds since midnight.
 */
bool clock_read(const char **p, unsigned forms, int *seconds);
/*
 * The whole of p as a UTC offset: Z, +HH:MM or +HHMM (hours 00..23,
 * minutes 00..59), in seconds east (forms: UTC_WORDS, OFFSET_HOURS).
 */
bool offset_parse(const char *p, unsigned forms, long *offset);

#ifdef __cplusplus
}
#endif
#endif
