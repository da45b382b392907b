/*
 * libFuzzer target: duration_parse and duration_parse_unbounded on any
 * text, checking what they promise: an accepted length is 1..1440
 * minutes (unbounded: at least 1), and duration_format writes it back in
 * a form the parser reads as the same length.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/duration.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* text's length, formatted and read again, must not change. */
static void
check_round_trip(int minutes, int bounded)
{
	char text[32];
	int again = -1;
	struct error *err;

	duration_format(minutes, text, sizeof(text));
	err = bounded ? duration_parse(text, &again) :
	    duration_parse_unbounded(text, &again);
	if (err != NULL || again != minutes)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	struct error *err;
	int minutes = -1;

	memcpy(text, data, size);
	text[size] = '\0';
	if ((err = duration_parse(text, &minutes)) == NULL) {
		if (minutes < 1 || minutes > DURATION_MAX_MINUTES)
			abort();
		check_round_trip(minutes, 1);
	}
	error_free(err);
	minutes = -1;
	if ((err = duration_parse_unbounded(text, &minutes)) == NULL) {
		if (minutes < 1)
			abort();
		check_round_trip(minutes, 0);
	}
	error_free(err);
	free(text);
	return 0;
}
