#ifndef TRACK_DURATION_H
#define TRACK_DURATION_H

#include <stddef.h>

#include "core/error.h"

#define DURATION_MAX_MINUTES 1440	/* one session holds at most a day */

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Parses a session length as the user types it: 2h, 45m, 1h30m, "1h 30m",
 * 1.5h, 90min, 2hrs, 1:30 (h:mm). `m` always means minutes. A bare number
 * is refused as ambiguous, as are zero, negative, over 24 hours and
 * anything else. On success stores whole minutes (rounded half up) in
 * *minutes and returns NULL.
 */
struct error *duration_parse(const char *text, int *minutes);

/* Like duration_parse but without the 24-hour ceiling: any positive length. */
struct error *duration_parse_unbounded(const char *text, int *minutes);

/* Formats minutes the way duration_parse reads them: 2h, 45m, 1h30m. */
void duration_format(int minutes, char *out, size_t size);

#ifdef __cplusplus
}
#endif
#endif
