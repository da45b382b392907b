#ifndef TRACK_ANALYZE_H
#define TRACK_ANALYZE_H

#include "history.h"
#include "track.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * What plan, check, portfolio and report share: parses --at (NULL means
 * today; a future date is refused), reads the thresholds and loads the
 * history as it stood on that day. On success the caller releases h.
 */
struct error *analysis_prepare(struct track *t, const char *at_text,
    struct thresholds *th, struct history *h);

#ifdef __cplusplus
}
#endif
#endif
