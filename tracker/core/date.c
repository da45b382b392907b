#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/date.h"
#include "core/text.h"

#define DATE_FORMS "use today, yesterday, YYYY-MM-DD, -3d, '3 days ago' " \
	"or a weekday name"

/* The instants of 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
#define INSTANT_MIN (-62167219200LL)
#define INSTANT_MAX 253402300799LL

/*
 * Keeps t within years 0..9999 (UTC), where every conversion here is
 * exact: beyond them gmtime_r and localtime_r fail or the day count would
 * overflow an int.
 */
static time_t
instant_clamp(time_t t)
{
	if ((long long)t < INSTANT_MIN)
		return (time_t)INSTANT_MIN;
	if ((long long)t > INSTANT_MAX)
		return (time_t)INSTANT_MAX;
	return t;
}

/*
 * Days from civil and back: Howard Hinnant's algorithms, exact for the
 * proleptic Gregorian calendar over any int range we use.
 */
int
day_from_civil(int year, int month, int mday)
{
	int y = year - (month <= 2);
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + mday - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void
day_to_civil(int day, int *year, int *month, int *mday)
{
	int z = day + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	int m = mp < 10 ? mp + 3 : mp - 9;

	*year = yoe + era * 400 + (m <= 2);
	*month = m;
	*mday = doy - (153 * mp + 2) / 5 + 1;
}

int
day_weekday(int day)
{
	/* 1970-01-01 was a Thursday (3). */
	int w = (day + 3) % 7;

	return w < 0 ? w + 7 : w;
}

int
day_week_start(int day)
{
	return day - day_weekday(day);
}

void
day_iso_week(int day, int *year, int *week)
{
	/* The ISO year is the year of the week's Thursday. */
	int thursday = day_week_start(day) + 3;
	int m, d;

	day_to_civil(thursday, year, &m, &d);
	*week = (thursday - day_from_civil(*year, 1, 1)) / 7 + 1;
}

int
day_month_start(int day)
{
	int y, m, d;

	day_to_civil(day, &y, &m, &d);
	return day_from_civil(y, m, 1);
}

int
day_add_months(int day, int months)
{
	int y, m, d, index;

	day_to_civil(day, &y, &m, &d);
	index = y * 12 + (m - 1) + months;
	y = index >= 0 ? index / 12 : -((11 - index) / 12);
	return day_from_civil(y, index - y * 12 + 1, 1);
}

/* The days of 0000-01-01 and 9999-12-31, the ones YYYY-MM-DD can write. */
#define DAY_WRITABLE_FIRST (-719528)
#define DAY_WRITABLE_LAST DAY_LAST

/* The n low decimal digits of value at out, without a NUL. */
static void
put_digits(char *out, unsigned value, int n)
{
	while (n-- > 0) {
		out[n] = (char)('0' + value % 10);
		value /= 10;
	}
}

/* Without printf: the importers format a day for every row. */
void
day_format(int day, char out[DAY_TEXT_SIZE])
{
	int y, m, d;

	if (day < DAY_WRITABLE_FIRST)
		day = DAY_WRITABLE_FIRST;
	if (day > DAY_WRITABLE_LAST)
		day = DAY_WRITABLE_LAST;
	day_to_civil(day, &y, &m, &d);
	put_digits(out, (unsigned)y, 4);
	out[4] = '-';
	put_digits(out + 5, (unsigned)m, 2);
	out[7] = '-';
	put_digits(out + 8, (unsigned)d, 2);
	out[10] = '\0';
}

struct day_span_text
day_span_format(bool has_since, int since, bool has_until, int until)
{
	struct day_span_text text;

	day_format(has_since ? since : DAY_WRITABLE_FIRST, text.since);
	day_format(has_until ? until : DAY_WRITABLE_LAST, text.until);
	return text;
}

/* Reads exactly n digits at text into *value; false otherwise. */
static bool
read_digits(const char *text, int n, int *value)
{
	*value = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)text[i]))
			return false;
		*value = *value * 10 + (text[i] - '0');
	}
	return true;
}

/* The length of a month of year (any year: the Gregorian leap rule). */
static int
month_length(long year, int month)
{
	static const int lengths[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
	};
	bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return lengths[month - 1] + (month == 2 && leap);
}

bool
date_read_number(const char **p, int least, int most, int *value)
{
	const char *s = *p;
	int n = 0;

	*value = 0;
	while (n < most && isdigit((unsigned char)*s)) {
		*value = *value * 10 + (*s++ - '0');
		n++;
	}
	if (n < least || isdigit((unsigned char)*s))
		return false;
	*p = s;
	return true;
}

bool
civil_date_valid(long year, int month, int mday)
{
	return month >= 1 && month <= 12 && mday >= 1 &&
	    mday <= month_length(year, month);
}

bool
date_read_iso(const char **p, unsigned forms, long *year, int *month,
    int *mday)
{
	const char *s = *p;
	int least = forms & DATE_FORM_SHORT_PARTS ? 1 : 2, m, d;
	size_t n = 0;
	long y = 0;

	while (n < 10 && isdigit((unsigned char)s[n]))
		y = y * 10 + (s[n++] - '0');
	if (n < 4 || n > (forms & DATE_FORM_WIDE_YEAR ? 9u : 4u) ||
	    s[n] != '-')
		return false;
	s += n + 1;
	if (!date_read_number(&s, least, 2, &m) || *s++ != '-' ||
	    !date_read_number(&s, least, 2, &d) || !civil_date_valid(y, m, d))
		return false;
	*year = y;
	*month = m;
	*mday = d;
	*p = s;
	return true;
}

/* A/B/YYYY at s (one or two digits each part); *end: after it. */
static bool
read_slash_parts(const char *s, int *a, int *b, int *y, const char **end)
{
	if (!date_read_number(&s, 1, 2, a) || *s++ != '/' ||
	    !date_read_number(&s, 1, 2, b) || *s++ != '/' ||
	    !date_read_number(&s, 4, 4, y))
		return false;
	*end = s;
	return true;
}

enum slash_order
date_slash_order(const char *text)
{
	int a, b, y;
	const char *end;

	if (!read_slash_parts(text, &a, &b, &y, &end) || a == b)
		return SLASH_NONE;
	if (a > 12 && b <= 12)
		return SLASH_DMY;
	if (b > 12 && a <= 12)
		return SLASH_MDY;
	return a <= 12 && b <= 12 ? SLASH_AMBIGUOUS : SLASH_NONE;
}

bool
date_read_slash(const char **p, bool day_first, int *day)
{
	int a, b, y;
	const char *end;

	if (!read_slash_parts(*p, &a, &b, &y, &end) || y < 1 ||
	    !civil_date_valid(y, day_first ? b : a, day_first ? a : b))
		return false;
	*day = day_first ? day_from_civil(y, b, a) : day_from_civil(y, a, b);
	*p = end;
	return true;
}

/*
 * A YYYY-MM-DD date at the start of text with a year of 4 to 9 digits
 * (so 10000-01-01 is read, to be refused for its year) and a real
 * calendar date: its length, or 0 when text does not start with one.
 */
static size_t
iso_date_prefix(const char *text, long *year, int *month, int *mday)
{
	const char *end = text;

	if (!date_read_iso(&end, DATE_FORM_WIDE_YEAR, year, month, mday))
		return 0;
	return (size_t)(end - text);
}

bool
day_parse_iso(const char *text, int *day)
{
	long year;
	int month, mday;

	if (text == NULL || iso_date_prefix(text, &year, &month, &mday) != 10 ||
	    text[10] != '\0' || year < 1900)
		return false;
	*day = day_from_civil((int)year, month, mday);
	return true;
}

/* Instants outside years 0..9999 count as the nearest of those limits. */
int
day_of_instant(time_t t)
{
	struct tm tm;

	t = instant_clamp(t);
	localtime_r(&t, &tm);
	return day_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

const char *const weekday_names[7] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday",
};

/* 0..6 for a weekday name or its three-letter form; -1 otherwise. */
static int
weekday_parse(const char *text)
{
	for (int i = 0; i < 7; i++)
		if (strcasecmp(text, weekday_names[i]) == 0 ||
		    (strlen(text) == 3 &&
		     strncasecmp(text, weekday_names[i], 3) == 0))
			return i;
	return -1;
}

/* What may follow the number of "3d ago" (any case). */
static const char *const ago_words[] = {
	"d ago", " d ago", " days ago", " day ago", "days ago",
};

/* "-3d", "3d ago", "3 days ago", "1 day ago"; -1 when not that form. */
static long
days_ago_parse(const char *text)
{
	const char *p = text;
	char *end;
	long n;

	if (*p == '-') {
		n = strtol(p + 1, &end, 10);
		if (end == p + 1 || !isdigit((unsigned char)p[1]))
			return -1;
		return strcasecmp(end, "d") == 0 ? n : -1;
	}
	if (!isdigit((unsigned char)*p))
		return -1;
	n = strtol(p, &end, 10);
	for (size_t i = 0; i < sizeof(ago_words) / sizeof(ago_words[0]); i++)
		if (strcasecmp(end, ago_words[i]) == 0)
			return n;
	return -1;
}

bool
day_in_range(int day)
{
	return day >= DAY_FIRST && day <= DAY_LAST;
}

struct error *
day_range_error(const char *what, const char *text)
{
	return error_usage("invalid %s '%s': use a day from %s", what, text,
	    DAY_RANGE_TEXT);
}

bool
date_text_out_of_range(const char *text)
{
	long year;
	int month, mday;

	if (text == NULL || iso_date_prefix(text, &year, &month, &mday) == 0)
		return false;
	return year > 9999 || !day_in_range(day_from_civil((int)year, month,
	    mday));
}

/* A whole-text YYYY-MM-DD for date_parse; its year may be any. */
static struct error *
read_iso_text(const char *text, int *day)
{
	long year;
	int month, mday;
	size_t n = iso_date_prefix(text, &year, &month, &mday);

	if (n == 0 || text[n] != '\0')
		return error_usage("invalid date '%s': %s", text, DATE_FORMS);
	if (year > 9999)
		return day_range_error("date", text);
	*day = day_from_civil((int)year, month, mday);
	return NULL;
}

/* Reads text as date_parse does, before the checks of range and future. */
static struct error *
date_read(const char *text, int today, int *day)
{
	long ago;
	int weekday;

	if (text == NULL || *text == '\0')
		return error_usage("missing date: " DATE_FORMS);
	if (strcasecmp(text, "today") == 0) {
		*day = today;
		return NULL;
	}
	if (strcasecmp(text, "yesterday") == 0) {
		*day = today - 1;
		return NULL;
	}
	if ((weekday = weekday_parse(text)) >= 0) {
		int back = (day_weekday(today) - weekday + 7) % 7;

		*day = today - (back ? back : 7);
		return NULL;
	}
	if ((ago = days_ago_parse(text)) >= 0) {
		/* Also keeps the subtraction within an int. */
		if (ago > (long)today - DAY_FIRST)
			return day_range_error("date", text);
		*day = today - (int)ago;
		return NULL;
	}
	return read_iso_text(text, day);
}

struct error *
date_parse(const char *text, int today, int *day)
{
	struct error *err;
	char t[DAY_TEXT_SIZE];

	if ((err = date_read(text, today, day)) != NULL)
		return err;
	if (!day_in_range(*day))
		return day_range_error("date", text);
	if (*day <= today)
		return NULL;
	day_format(today, t);
	return error_usage("date '%s' is in the future: today is %s", text, t);
}

/*
 * Instants outside years 0..9999 are clamped to them: their text would not
 * fit INSTANT_TEXT_SIZE.
 */
struct error *
date_range_parse(const char *since_text, const char *until_text, int today,
    bool *has_since, int *since, bool *has_until, int *until)
{
	char first[DAY_TEXT_SIZE], last[DAY_TEXT_SIZE];
	struct error *err;

	*has_since = since_text != NULL;
	*has_until = until_text != NULL;
	if ((*has_since && (err = date_parse(since_text, today, since))) ||
	    (*has_until && (err = date_parse(until_text, today, until))))
		return err;
	if (!*has_since || !*has_until || *since <= *until)
		return NULL;
	day_format(*since, first);
	day_format(*until, last);
	return error_usage("--since %s is after --until %s: give the earlier "
	    "day to --since", first, last);
}

void
instant_format(time_t t, char out[INSTANT_TEXT_SIZE])
{
	struct tm tm;

	t = instant_clamp(t);
	gmtime_r(&t, &tm);
	/* The moduli change nothing here; they show the compiler the widths. */
	snprintf(out, INSTANT_TEXT_SIZE, "%04u-%02u-%02uT%02u:%02u:%02uZ",
	    (unsigned)(tm.tm_year + 1900) % 10000u,
	    (unsigned)(tm.tm_mon + 1) % 100u, (unsigned)tm.tm_mday % 100u,
	    (unsigned)tm.tm_hour % 100u, (unsigned)tm.tm_min % 100u,
	    (unsigned)tm.tm_sec % 100u);
}

/* Whether instant t shows the local clock y-m-d h:mi:s. */
static bool
local_clock_is(time_t t, int y, int m, int d, int h, int mi, int s)
{
	struct tm tm;

	return localtime_r(&t, &tm) != NULL && tm.tm_year + 1900 == y &&
	    tm.tm_mon + 1 == m && tm.tm_mday == d && tm.tm_hour == h &&
	    tm.tm_min == mi && tm.tm_sec == s;
}

/* The UTC offset in force at instant t, in seconds east of UTC. */
static long
offset_at(time_t t)
{
	struct tm tm;

	t = instant_clamp(t);
	return localtime_r(&t, &tm) != NULL ? tm.tm_gmtoff : 0;
}

/*
 * A local time is the instant wall - offset for the offset in force then.
 * Zones change their offset at most once a day, so the offsets a day
 * before and a day after are the only two it can be read with. A time
 * both read back (the clocks went back over it) is its first occurrence,
 * the earlier instant; a time neither reads back (the clocks skipped it)
 * takes the offset before the skip, so it moves forward by the gap: 02:30
 * on a spring-forward night is 03:30. mktime is not asked: east of UTC
 * glibc gives the second occurrence of a repeated time, and it moves
 * Apia's skipped 2011-12-30 back a day.
 */
time_t
instant_of_local(int day, int hour, int minute, int second)
{
	time_t wall = (time_t)day * 86400 + hour * 3600 + minute * 60 + second;
	time_t before = wall - offset_at(wall - 86400);
	time_t after = wall - offset_at(wall + 86400);
	bool before_shows, after_shows;
	int y, m, d;

	day_to_civil(day, &y, &m, &d);
	before_shows = local_clock_is(before, y, m, d, hour, minute, second);
	after_shows = local_clock_is(after, y, m, d, hour, minute, second);
	if (before_shows && after_shows)
		return before < after ? before : after;
	return after_shows ? after : before;
}

bool
day_exists_locally(int day)
{
	return day_of_instant(instant_of_local(day, 0, 0, 0)) == day ||
	    day_of_instant(instant_of_local(day, 12, 0, 0)) == day ||
	    day_of_instant(instant_of_local(day, 23, 59, 59)) == day;
}

/*
 * AM or PM (any case, after any spaces) at *p, turning the 1..12 *hour
 * into 0..23 and advancing *p past it; nothing when neither follows.
 * False when one follows an hour outside 1..12 or runs into a word.
 */
static bool
read_meridiem(const char **p, int *hour)
{
	const char *after = skip_blanks(*p);

	if (strncasecmp(after, "am", 2) != 0 && strncasecmp(after, "pm", 2) != 0)
		return true;
	if (*hour < 1 || *hour > 12 || isalpha((unsigned char)after[2]))
		return false;
	*hour = *hour % 12 + (tolower((unsigned char)after[0]) == 'p' ? 12 : 0);
	*p = after + 2;
	return true;
}

bool
clock_read(const char **p, unsigned forms, int *seconds)
{
	const char *s = *p;
	int least = forms & DATE_FORM_SHORT_PARTS ? 1 : 2, h, m, sec = 0;

	if (!date_read_number(&s, 1, 2, &h) || *s++ != ':' ||
	    !date_read_number(&s, least, 2, &m) || m > 59)
		return false;
	if (*s == ':' && (s++, !date_read_number(&s, least, 2, &sec) ||
	    sec > 59))
		return false;
	if ((forms & DATE_FORM_FRACTION) && *s == '.')
		for (s++; isdigit((unsigned char)*s); s++)
			;
	if (((forms & DATE_FORM_12_HOUR) && !read_meridiem(&s, &h)) || h > 23)
		return false;
	*seconds = h * 3600 + m * 60 + sec;
	*p = s;
	return true;
}

/*
 * H:MM, HH:MM, H:MM:SS or HH:MM:SS, digits only: no signs or spaces, which
 * sscanf would have let in ("12:-5").
 */
bool
clock_parse(const char *text, int *hour, int *minute, int *second)
{
	int seconds;

	if (text == NULL || !clock_read(&text, 0, &seconds) || *text != '\0')
		return false;
	*hour = seconds / 3600;
	*minute = seconds / 60 % 60;
	*second = seconds % 60;
	return true;
}

/* Whether p is a name of UTC: Z, or with DATE_FORM_UTC_WORDS also UTC and
 * GMT, any case, spaces after. */
static bool
utc_word(const char *p, unsigned forms)
{
	size_t n = strlen(p);

	if (!(forms & DATE_FORM_UTC_WORDS))
		return strcmp(p, "Z") == 0 || strcmp(p, "z") == 0;
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	return (n == 1 && tolower((unsigned char)*p) == 'z') || (n == 3 &&
	    (strncasecmp(p, "utc", 3) == 0 || strncasecmp(p, "gmt", 3) == 0));
}

bool
offset_parse(const char *p, unsigned forms, long *offset)
{
	int sign = *p == '-' ? -1 : 1;
	int h, m = 0;

	if (utc_word(p, forms)) {
		*offset = 0;
		return true;
	}
	if (*p != '+' && *p != '-')
		return false;
	p++;
	if (!read_digits(p, 2, &h))
		return false;
	p += 2;
	if (*p == ':')
		p++;
	if ((*p != '\0' || !(forms & DATE_FORM_OFFSET_HOURS)) &&
	    (!read_digits(p, 2, &m) || p[2] != '\0'))
		return false;
	if (h > 23 || m > 59)
		return false;
	*offset = sign * (h * 3600L + m * 60L);
	return true;
}

bool
instant_parse(const char *text, time_t *t)
{
	char date[DAY_TEXT_SIZE];
	int day, h, m, s;
	long offset;
	const char *rest;
	char clock[9];
	size_t clock_len;

	if (text == NULL || strlen(text) < 16 ||
	    (text[10] != 'T' && text[10] != ' '))
		return false;
	memcpy(date, text, 10);
	date[10] = '\0';
	if (!day_parse_iso(date, &day))
		return false;
	rest = text + 11;
	clock_len = strcspn(rest, "Zz+-");
	if (clock_len > 8)
		return false;
	memcpy(clock, rest, clock_len);
	clock[clock_len] = '\0';
	if (!clock_parse(clock, &h, &m, &s))
		return false;
	rest += clock_len;
	if (*rest == '\0') {
		*t = instant_of_local(day, h, m, s);
		return true;
	}
	if (!offset_parse(rest, 0, &offset))
		return false;
	*t = (time_t)day * 86400 + h * 3600 + m * 60 + s - offset;
	return true;
}
