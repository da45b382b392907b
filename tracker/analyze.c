#include "analyze.h"
#include "date.h"

struct error *
analysis_prepare(struct track *t, const char *at_text, struct thresholds *th,
    struct history *h)
{
	struct error *err;
	int at = t->today;

	history_init(h);
	if (at_text != NULL && (err = date_parse(at_text, t->today, &at)) != NULL)
		return err;
	if ((err = thresholds_load(t->db, th)) != NULL)
		return err;
	return history_load(t->db, at, th, h);
}
