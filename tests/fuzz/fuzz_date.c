/*
 * libFuzzer target: the date and time readers on any text (date_parse,
 * date_range_parse on the text split at its first '|', day_parse_iso,
 * instant_parse, clock_parse), checking what they promise: a user date
 * is never after today, ISO days and instants read back the same after
 * formatting, a clock is within a day.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/date.h"

#define TODAY 20779	/* 2026-11-22 */
#define DAY_1900 (-25567)	/* 1900-01-01: the first day ISO dates read */
#define INSTANT_LAST 253402300799LL	/* 9999-12-31T23:59:59Z */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("TZ", "UTC", 1);
	tzset();
	return 0;
}

static void
check_user_date(const char *text)
{
	struct error *err;
	char formatted[DAY_TEXT_SIZE];
	int day, again;

	if ((err = date_parse(text, TODAY, &day)) != NULL) {
		error_free(err);
		return;
	}
	if (day > TODAY || !day_in_range(day))
		abort();
	day_format(day, formatted);
	if (day >= DAY_1900 && (!day_parse_iso(formatted, &again) ||
	    again != day))
		abort();
}

static void
check_range(const char *text)
{
	char *copy = strdup(text), *bar = strchr(copy, '|');
	bool has_since, has_until;
	int since = 0, until = 0;
	struct error *err;

	if (bar != NULL)
		*bar = '\0';
	err = date_range_parse(copy, bar != NULL ? bar + 1 : NULL, TODAY,
	    &has_since, &since, &has_until, &until);
	if (err == NULL && has_since && has_until && since > until)
		abort();
	error_free(err);
	free(copy);
}

static void
check_instant(const char *text)
{
	char formatted[INSTANT_TEXT_SIZE];
	time_t t, again;

	if (!instant_parse(text, &t))
		return;
	instant_format(t, formatted);
	if ((long long)t >= (long long)DAY_1900 * 86400 &&
	    (long long)t <= INSTANT_LAST &&
	    (!instant_parse(formatted, &again) || again != t))
		abort();
}

static void
check_clock(const char *text)
{
	int h = -1, m = -1, s = -1;

	if (clock_parse(text, &h, &m, &s) &&
	    (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	int day;

	memcpy(text, data, size);
	text[size] = '\0';
	check_user_date(text);
	check_range(text);
	if (day_parse_iso(text, &day) && day < DAY_1900)
		abort();
	check_instant(text);
	check_clock(text);
	free(text);
	return 0;
}
