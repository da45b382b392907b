/*
 * Value parsers for import cells. Each is strict about its syntax and
 * tolerant of surrounding spaces; none consults the locale.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/date.h"
#include "core/text.h"
#include "importers/values.h"

/* The length of text without trailing spaces. */
static size_t
trimmed_length(const char *text)
{
	size_t n = strlen(text);

	while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t'))
		n--;
	return n;
}

/* What import files write beyond track's own date and time forms. */
#define IMPORT_FORMS (DATE_FORM_SHORT_PARTS | DATE_FORM_FRACTION | \
	DATE_FORM_12_HOUR | DATE_FORM_UTC_WORDS | DATE_FORM_OFFSET_HOURS)

bool
value_empty(const char *text)
{
	const char *p = skip_blanks(text);
	size_t n = trimmed_length(p);

	return n == 0 || (n == 3 && strncasecmp(p, "n/a", 3) == 0);
}

/* ---------------------------------------------------------------------
 * Dates
 */

/* A date of years 1..9999 (year 0 is no year in an export). */
static bool
valid_civil(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && civil_date_valid(y, m, d);
}

/* YYYY-MM-DD at *p, advancing it. */
static bool
read_iso_date(const char **p, int *day)
{
	const char *s = *p;
	long y;
	int m, d;

	if (!date_read_iso(&s, IMPORT_FORMS, &y, &m, &d) || y < 1)
		return false;
	*day = day_from_civil((int)y, m, d);
	*p = s;
	return true;
}

enum slash_order
value_slash_order(const char *text)
{
	return date_slash_order(skip_blanks(text));
}

/* The syntaxes syntax accepts, for messages. */
static const char *
date_forms(enum date_syntax syntax)
{
	switch (syntax) {
	case DATE_US: return "MM/DD/YYYY or YYYY-MM-DD";
	case DATE_DMY: return "DD/MM/YYYY or YYYY-MM-DD";
	default: return "YYYY-MM-DD";
	}
}

/* Reads a date per syntax at *p. */
static struct error *
read_date(const char **p, const char *text, enum date_syntax syntax, int *day)
{
	if (read_iso_date(p, day))
		return NULL;
	if (syntax != DATE_ISO && date_read_slash(p, syntax == DATE_DMY, day))
		return NULL;
	return error_usage("invalid date '%s': use %s", text,
	    date_forms(syntax));
}

struct error *
value_date(const char *text, enum date_syntax syntax, int *day)
{
	const char *p = skip_blanks(text);
	struct error *err;

	if ((err = read_date(&p, text, syntax, day)) != NULL)
		return err;
	if (*skip_blanks(p) != '\0')
		return error_usage("invalid date '%s': use %s", text,
		    date_forms(syntax));
	if (!day_in_range(*day))
		return day_range_error("date", text);
	return NULL;
}

/* ---------------------------------------------------------------------
 * Clock times
 */

struct error *
value_clock(const char *text, int *seconds)
{
	const char *p = skip_blanks(text);

	if (!clock_read(&p, IMPORT_FORMS, seconds) || *skip_blanks(p) != '\0')
		return error_usage("invalid time '%s': use HH:MM:SS or hh:mm "
		    "AM/PM", text);
	return NULL;
}

/* ---------------------------------------------------------------------
 * Date-times
 */

/*
 * What follows a time: nothing (no offset: *has_offset false), Z, UTC,
 * or +HH:MM / +HHMM / +HH. False for anything else.
 */
static bool
read_offset(const char *p, bool *has_offset, long *offset)
{
	p = skip_blanks(p);
	*has_offset = *p != '\0';
	*offset = 0;
	return *p == '\0' || offset_parse(p, IMPORT_FORMS, offset);
}

/* Basic ISO 8601 UTC: YYYYMMDDTHHMMSSZ (Timewarrior); *written: its date. */
static bool
read_basic(const char *p, struct when *w, int *written)
{
	int y, mo, d, h, mi, s;

	if (strlen(p) != 16 || p[8] != 'T' || p[15] != 'Z' ||
	    sscanf(p, "%4d%2d%2dT%2d%2d%2dZ", &y, &mo, &d, &h, &mi, &s) != 6 ||
	    !valid_civil(y, mo, d) || h > 23 || mi > 59 || s > 59)
		return false;
	for (int i = 0; i < 15; i++)
		if (i != 8 && !isdigit((unsigned char)p[i]))
			return false;
	*written = day_from_civil(y, mo, d);
	w->has_time = true;
	w->instant = (time_t)*written * 86400 + h * 3600 + mi * 60 + s;
	w->day = day_of_instant(w->instant);
	return true;
}

/*
 * value_when before the check of the day's range; *written is the date as
 * written, which an offset may move to another local day.
 */
static struct error *
when_read(const char *text, enum date_syntax syntax, enum zone zone,
    struct when *w, int *written)
{
	const char *p = skip_blanks(text);
	struct error *err;
	bool has_offset;
	long offset;
	int day, seconds;

	w->has_time = false;
	if (read_basic(p, w, written))
		return NULL;
	if ((err = read_date(&p, text, syntax, &day)) != NULL)
		return err;
	w->day = *written = day;
	if (*skip_blanks(p) == '\0')
		return NULL;
	if (*p == 'T' || *p == ' ')
		p = skip_blanks(p + 1);
	if (!clock_read(&p, IMPORT_FORMS, &seconds) ||
	    !read_offset(p, &has_offset, &offset))
		return error_usage("invalid date and time '%s': use "
		    "YYYY-MM-DD HH:MM:SS, with Z or an offset for UTC", text);
	w->has_time = true;
	if (!has_offset && zone == ZONE_LOCAL) {
		w->instant = instant_of_local(day, seconds / 3600,
		    seconds / 60 % 60, seconds % 60);
		return NULL;
	}
	w->instant = (time_t)day * 86400 + seconds - offset;
	w->day = day_of_instant(w->instant);
	return NULL;
}

struct error *
value_when(const char *text, enum date_syntax syntax, enum zone zone,
    struct when *w)
{
	char local[DAY_TEXT_SIZE];
	struct error *err;
	int written;

	if ((err = when_read(text, syntax, zone, w, &written)) != NULL)
		return err;
	if (day_in_range(w->day))
		return NULL;
	if (written == w->day || !day_in_range(written))
		return day_range_error("date", text);
	day_format(w->day, local);
	return error_usage("invalid date '%s': it is %s in this time zone; use "
	    "a day from %s", text, local, DAY_RANGE_TEXT);
}

/* ---------------------------------------------------------------------
 * Numbers and durations
 */

struct error *
value_number(const char *text, enum number_style style, double *value)
{
	const char *p = skip_blanks(text), *dot, *comma;
	size_t n = trimmed_length(p);
	char decimal = '.', copy[64], *end;
	size_t k = 0;

	if (n > 0 && p[n - 1] == '%')
		n--;
	dot = memchr(p, '.', n);
	comma = memchr(p, ',', n);
	if (style == NUMBER_AUTO && comma != NULL &&
	    (dot == NULL || dot < comma))
		decimal = ',';
	for (size_t i = 0; i < n && k + 1 < sizeof(copy); i++) {
		if (p[i] == decimal)
			copy[k++] = '.';
		else if (isdigit((unsigned char)p[i]))
			copy[k++] = p[i];
		else if (p[i] != (decimal == '.' ? ',' : '.'))
			goto bad;
	}
	copy[k] = '\0';
	if (k == 0 || k + 1 >= sizeof(copy) || copy[0] == '.')
		goto bad;
	*value = strtod(copy, &end);
	if (*end == '\0' && isfinite(*value))
		return NULL;
bad:
	return error_usage("invalid number '%s': use digits with a decimal "
	    "point, e.g. 1.25", text);
}

/* Colon-separated whole numbers ("1:05:00"): up to 3, counted in *n. */
static bool
read_colon_parts(const char *p, size_t len, long parts[3], int *n)
{
	const char *end = p + len;

	*n = 0;
	while (p < end && *n < 3) {
		long v = 0;
		int digits = 0;

		while (p < end && isdigit((unsigned char)*p) && digits < 9) {
			v = v * 10 + (*p++ - '0');
			digits++;
		}
		if (digits == 0 || (*n > 0 && (digits != 2 || v > 59)))
			return false;
		parts[(*n)++] = v;
		if (p < end && *p++ != ':')
			return false;
	}
	return p == end && *n >= 2;
}

static struct error *
duration_error(const char *text)
{
	return error_usage("invalid duration '%s': use HH:MM:SS, MM:SS min or "
	    "decimal hours", text);
}

struct error *
value_duration(const char *text, enum number_style style, long *seconds)
{
	const char *p = skip_blanks(text);
	size_t n = trimmed_length(p);
	struct error *err;
	char copy[64];
	long parts[3];
	double hours;
	int count;

	if (n > 3 && strncasecmp(p + n - 3, "min", 3) == 0) {
		n = n - 3;
		while (n > 0 && p[n - 1] == ' ')
			n--;
		if (!read_colon_parts(p, n, parts, &count))
			return duration_error(text);
		*seconds = count == 3 ?
		    parts[0] * 3600 + parts[1] * 60 + parts[2] :
		    parts[0] * 60 + parts[1];
		return NULL;
	}
	if (memchr(p, ':', n) != NULL) {
		if (!read_colon_parts(p, n, parts, &count))
			return duration_error(text);
		*seconds = parts[0] * 3600 + parts[1] * 60 +
		    (count == 3 ? parts[2] : 0);
		return NULL;
	}
	if (n > 1 && tolower((unsigned char)p[n - 1]) == 'h')
		n--;
	snprintf(copy, sizeof(copy), "%.*s", (int)n, p);
	if ((err = value_number(copy, style, &hours)) != NULL ||
	    hours > VALUE_MAX_HOURS) {
		error_free(err);
		return duration_error(text);
	}
	*seconds = lround(hours * 3600);
	return NULL;
}

struct error *
value_time_cells(const char *minutes, const char *hours,
    enum number_style style, long *seconds, bool *present)
{
	const char *text = !value_empty(minutes) ? minutes : hours;
	int unit = text == minutes ? 60 : 3600;
	struct error *err;
	double value;

	if (!(*present = !value_empty(text)))
		return NULL;
	if ((err = value_number(text, style, &value)) != NULL)
		return err;
	if (value * unit > VALUE_MAX_HOURS * 3600)
		return error_usage("invalid %s '%s': use at most %.0f",
		    unit == 60 ? "minutes" : "hours", text,
		    VALUE_MAX_HOURS * 3600 / unit);
	*seconds = lround(value * unit);
	return NULL;
}

bool
value_bool(const char *text, bool *value)
{
	static const char *const yes[] = { "yes", "true", "1", "y" };
	static const char *const no[] = { "no", "false", "0", "n" };
	const char *p = skip_blanks(text);
	size_t n = trimmed_length(p);

	for (size_t i = 0; i < 4; i++) {
		if (strlen(yes[i]) == n && strncasecmp(p, yes[i], n) == 0)
			return *value = true, true;
		if (strlen(no[i]) == n && strncasecmp(p, no[i], n) == 0)
			return *value = false, true;
	}
	return false;
}

long
value_minutes(long seconds)
{
	return (seconds + 30) / 60;
}

void
value_format_minutes(long minutes, char *out, size_t size)
{
	if (minutes >= 60 && minutes % 60)
		snprintf(out, size, "%ldh%02ldm", minutes / 60, minutes % 60);
	else if (minutes >= 60)
		snprintf(out, size, "%ldh", minutes / 60);
	else
		snprintf(out, size, "%ldm", minutes);
}
