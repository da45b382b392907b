#include "reports/analyze.h"
#include "core/date.h"

struct error *
analysis_prepare(sqlite3 *db, int today, const char *at_text,
    struct thresholds *th, struct history *h)
{
	struct error *err;
	int at = today;

	history_init(h);
	if (at_text != NULL && (err = date_parse(at_text, today, &at)) != NULL)
		return err;
	if ((err = thresholds_load(db, th)) != NULL)
		return err;
	return history_load(db, at, th, h);
}
