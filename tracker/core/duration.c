#include <ctype.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/duration.h"
#include "core/text.h"

#define DURATION_FORMS "use 45m, 2h, 1h30m, 1.5h, 90min or 1:30"

/* Unit words and how many seconds each stands for. */
static const struct unit {
	const char *name;
	int seconds;
} units[] = {
	{ "h", 3600 }, { "hr", 3600 }, { "hrs", 3600 }, { "hour", 3600 },
	{ "hours", 3600 }, { "m", 60 }, { "min", 60 }, { "mins", 60 },
	{ "minute", 60 }, { "minutes", 60 },
};

static int
unit_seconds(const char *word, size_t len)
{
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strlen(units[i].name) == len &&
		    strncasecmp(units[i].name, word, len) == 0)
			return units[i].seconds;
	return 0;
}

/* Reads an unsigned decimal number ("1", "1.5", ".5"); NULL if none. */
static const char *
read_number(const char *p, double *value)
{
	const char *start = p;
	double v = 0, scale = 1;
	bool digits = false;

	while (isdigit((unsigned char)*p)) {
		v = v * 10 + (*p++ - '0');
		digits = true;
	}
	if (*p == '.' && isdigit((unsigned char)p[1])) {
		p++;
		while (isdigit((unsigned char)*p)) {
			scale /= 10;
			v += (*p++ - '0') * scale;
			digits = true;
		}
	}
	if (!digits || p - start > 12)
		return NULL;
	*value = v;
	return p;
}

/* h:mm, with minutes 00..59; returns false when text is not that form. */
static bool
parse_clock_form(const char *text, double *seconds)
{
	char *end;
	long hours, mins;

	if (!isdigit((unsigned char)text[0]))
		return false;
	hours = strtol(text, &end, 10);
	if (*end != ':' || end - text > 6)
		return false;
	if (!isdigit((unsigned char)end[1]) || !isdigit((unsigned char)end[2]) ||
	    end[3] != '\0')
		return false;
	mins = (end[1] - '0') * 10 + (end[2] - '0');
	if (mins > 59)
		return false;
	*seconds = (double)hours * 3600 + (double)mins * 60;
	return true;
}

/*
 * Sums "number unit" pairs (1h30m, "1h 30m", 1.5h, 90min). Returns 0 on
 * success, 1 when a number lacks a unit (the ambiguous bare number), -1 on
 * anything else.
 */
static int
parse_unit_form(const char *text, double *seconds)
{
	const char *p = skip_blanks(text);
	int pairs = 0, last_unit = 0;

	*seconds = 0;
	while (*p) {
		double value;
		const char *word;
		int unit;

		p = read_number(p, &value);
		if (p == NULL)
			return -1;
		p = skip_blanks(p);
		word = p;
		while (isalpha((unsigned char)*p))
			p++;
		if (p == word && *p == '\0' && pairs == 0) {
			*seconds = value;	/* the bare number, unit unknown */
			return 1;
		}
		if (p == word)
			return -1;
		unit = unit_seconds(word, (size_t)(p - word));
		/* Units must shrink from left to right: 1h30m, not 30m1h. */
		if (unit == 0 || (last_unit && unit >= last_unit))
			return -1;
		last_unit = unit;
		*seconds += value * unit;
		pairs++;
		p = skip_blanks(p);
	}
	return pairs ? 0 : -1;
}

static struct error *
parse_minutes(const char *text, int *minutes, bool bounded)
{
	double seconds;
	long rounded;
	int form;

	if (text == NULL || *skip_blanks(text) == '\0')
		return error_usage("missing duration: " DURATION_FORMS);
	if (*skip_blanks(text) == '-')
		return error_usage("invalid duration '%s': a duration must be "
		    "positive; " DURATION_FORMS, text);
	if (parse_clock_form(text, &seconds))
		form = 0;
	else
		form = parse_unit_form(text, &seconds);
	if (form == 1 && seconds == 0)
		form = 0;	/* zero in any unit: refused below as zero */
	if (form == 1 && seconds <= DURATION_MAX_MINUTES / 60)
		return error_usage("ambiguous duration '%s': add a unit, e.g. "
		    "'%sm' for minutes or '%sh' for hours", text, text, text);
	if (form == 1)
		return error_usage("ambiguous duration '%s': add a unit, e.g. "
		    "'%sm' for minutes", text, text);
	if (form < 0)
		return error_usage("invalid duration '%s': " DURATION_FORMS, text);
	rounded = lround(floor(seconds / 60 + 0.5));
	if (rounded <= 0)
		return error_usage("invalid duration '%s': a session lasts at "
		    "least one minute", text);
	if (bounded && rounded > DURATION_MAX_MINUTES)
		return error_usage("duration '%s' is over 24 hours: split it "
		    "into days", text);
	if (rounded > 1000000000L)
		return error_usage("invalid duration '%s': too long", text);
	*minutes = (int)rounded;
	return NULL;
}

struct error *
duration_parse(const char *text, int *minutes)
{
	return parse_minutes(text, minutes, true);
}

struct error *
duration_parse_unbounded(const char *text, int *minutes)
{
	return parse_minutes(text, minutes, false);
}

void
duration_format(int minutes, char *out, size_t size)
{
	int h = minutes / 60, m = minutes % 60;

	if (minutes < 0) {
		char rest[32];

		duration_format(-minutes, rest, sizeof(rest));
		snprintf(out, size, "-%s", rest);
	} else if (h && m)
		snprintf(out, size, "%dh%02dm", h, m);
	else if (h)
		snprintf(out, size, "%dh", h);
	else
		snprintf(out, size, "%dm", m);
}
