/*
 * Reading TZ as glibc does, to say when it cannot be used: glibc itself
 * falls back to UTC without a word (tzset has no error).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/buf.h"
#include "core/zone.h"

#define ZONE_DIR "/usr/share/zoneinfo"	/* glibc's TZDIR when unset */
#define ZONE_NAME_MIN 3		/* letters in a POSIX zone abbreviation */
#define OFFSET_HOURS_MAX 24	/* POSIX: an offset's hours are 0..24 */
#define RULE_HOURS_MAX 167	/* and a change's time -167..167 */

/* Whether path is a regular file starting with the TZif magic. */
static bool
zone_file_at(const char *path)
{
	struct stat st;
	char magic[4];
	bool found;
	FILE *f;

	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    (f = fopen(path, "rb")) == NULL)
		return false;
	found = fread(magic, 1, sizeof(magic), f) == sizeof(magic) &&
	    memcmp(magic, "TZif", sizeof(magic)) == 0;
	fclose(f);
	return found;
}

/* Whether name is a zone file, where glibc looks for it. */
static bool
zone_file(const char *name)
{
	const char *dir = getenv("TZDIR");
	struct buf path;
	bool found;

	if (name[0] == '/')
		return zone_file_at(name);
	if (dir == NULL || *dir == '\0')
		dir = ZONE_DIR;
	buf_init(&path);
	buf_printf(&path, "%s/%s", dir, name);
	found = zone_file_at(path.data);
	buf_release(&path);
	return found;
}

/* ---------------------------------------------------------------------
 * POSIX rules: std offset [dst [offset] [,start[/time],end[/time]]]
 */

/* ASCII only: glibc reads the names without the locale. */
static bool
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* 1..max digits at *p (no more), advancing *p. */
static bool
read_number(const char **p, int max, int *value)
{
	int n = 0;

	*value = 0;
	while (is_digit(**p) && n < max) {
		*value = *value * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n > 0 && !is_digit(**p);
}

/* An abbreviation: 3+ letters, or <3+ letters, digits, '+' or '-'>. */
static bool
read_zone_name(const char **p)
{
	const char *s = *p;
	size_t n = 0;

	if (*s == '<') {
		s++;
		while (is_letter(s[n]) || is_digit(s[n]) || s[n] == '+' ||
		    s[n] == '-')
			n++;
		if (s[n] != '>' || n < ZONE_NAME_MIN)
			return false;
		*p = s + n + 1;
		return true;
	}
	while (is_letter(s[n]))
		n++;
	if (n < ZONE_NAME_MIN)
		return false;
	*p = s + n;
	return true;
}

/*
 * [+|-]h[:mm[:ss]] with up to hour_digits digits of hours, advancing *p;
 * false when it is not that form or its hours exceed max_hours.
 */
static bool
read_hours(const char **p, int hour_digits, int max_hours)
{
	const char *s = *p;
	int h, m = 0, sec = 0;

	if (*s == '+' || *s == '-')
		s++;
	if (!read_number(&s, hour_digits, &h))
		return false;
	if (*s == ':' && (s++, !read_number(&s, 2, &m)))
		return false;
	if (*s == ':' && (s++, !read_number(&s, 2, &sec)))
		return false;
	*p = s;
	return h <= max_hours && m <= 59 && sec <= 59;
}

/* Jn (1..365), n (0..365) or Mm.w.d, then an optional /time. */
static bool
read_change(const char **p)
{
	int n, m, w, d;

	if (**p == 'J') {
		(*p)++;
		if (!read_number(p, 3, &n) || n < 1 || n > 365)
			return false;
	} else if (**p == 'M') {
		(*p)++;
		if (!read_number(p, 2, &m) || m < 1 || m > 12 || *(*p) != '.')
			return false;
		(*p)++;
		if (!read_number(p, 1, &w) || w < 1 || w > 5 || *(*p) != '.')
			return false;
		(*p)++;
		if (!read_number(p, 1, &d) || d > 6)
			return false;
	} else if (!read_number(p, 3, &n) || n > 365) {
		return false;
	}
	if (**p != '/')
		return true;
	(*p)++;
	return read_hours(p, 3, RULE_HOURS_MAX);
}

/* What follows the standard offset: [dst [offset] [,start,end]]. */
static bool
read_daylight(const char *p)
{
	if (*p == '\0')
		return true;
	if (!read_zone_name(&p))
		return false;
	if ((*p == '+' || *p == '-' || is_digit(*p)) &&
	    !read_hours(&p, 2, OFFSET_HOURS_MAX))
		return false;
	if (*p == '\0')
		return true;
	if (*p != ',')
		return false;
	p++;
	if (!read_change(&p) || *p != ',')
		return false;
	p++;
	return read_change(&p) && *p == '\0';
}

/*
 * glibc takes the standard name and the hours of its offset, or nothing
 * and UTC; what comes after them it reads as far as it can.
 */
static enum zone_state
rule_check(const char *p)
{
	const char *hours;

	if (!read_zone_name(&p))
		return ZONE_UNKNOWN;
	hours = p + (*p == '+' || *p == '-');
	if (!is_digit(*hours))
		return ZONE_UNKNOWN;
	if (!read_hours(&p, 2, OFFSET_HOURS_MAX))
		return ZONE_BAD_RULE;
	return read_daylight(p) ? ZONE_OK : ZONE_BAD_RULE;
}

enum zone_state
zone_check(const char *tz)
{
	if (tz == NULL)
		return ZONE_OK;
	if (*tz == ':')
		tz++;
	if (*tz == '\0' || strcmp(tz, "UTC") == 0 || strcmp(tz, "GMT") == 0 ||
	    zone_file(tz))
		return ZONE_OK;
	return rule_check(tz);
}
