#ifndef TRACK_ANALYZE_H
#define TRACK_ANALYZE_H

#include <sqlite3.h>

#include "reports/history.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * What plan, check, portfolio and report share: parses --at against
 * today (a local day number; NULL means today, a future date is refused),
 * reads the thresholds and loads the history as it stood on that day. On
 * success the caller releases h.
 */
struct error *analysis_prepare(sqlite3 *db, int today, const char *at_text,
    struct thresholds *th, struct history *h);

#ifdef __cplusplus
}
#endif
#endif
