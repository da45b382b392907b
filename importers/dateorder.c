/*
 * The order of day and month in a file's slash dates (05/04/2025), decided
 * once per file and never row by row: a file with 29/04/2025 on one line
 * and 05/04/2025 on another is day-first throughout. The order comes from
 * --date-order, else from the first row with a part over 12; rows before
 * it whose dates read either way are held back (copied) and read once the
 * order is known. A file that never shows it is read in its format's
 * documented order (Clockify's MM/DD/YYYY), or refused with the hint to
 * pass --date-order.
 */
#include <stdlib.h>
#include <string.h>

#include "importers/importer.h"
#include "core/buf.h"

/* The fields whose cells may hold dates. */
static const enum field date_fields[] = {
	F_DATE, F_START, F_END_DATE, F_END, F_STARTED, F_ENROLLED,
	F_COMPLETED, F_COMPLETED_ALT, F_ACTIVITY,
};

#define DATE_FIELD_COUNT (sizeof(date_fields) / sizeof(date_fields[0]))

void
dates_start(struct importer *imp, const char *option)
{
	struct date_order *d = &imp->dates;

	memset(d, 0, sizeof(*d));
	d->option = option;
	d->syntax = imp->map.profile != NULL ? imp->map.profile->dates :
	    DATE_ISO;
	if (d->syntax == DATE_ISO)
		d->settled = true;	/* no slash dates to read */
	else if (option != NULL) {
		d->syntax = strcmp(option, "dmy") == 0 ? DATE_DMY : DATE_US;
		d->settled = true;
	}
}

/* What the row's date cells say; *cell is the first that says it. */
static enum slash_order
row_order(const struct importer *imp, const struct csv_record *record,
    const char **cell)
{
	enum slash_order found = SLASH_NONE;

	*cell = NULL;
	for (size_t i = 0; i < DATE_FIELD_COUNT; i++) {
		const char *text = row_cell(imp, record, date_fields[i]);
		enum slash_order o = value_slash_order(text);

		if (o == SLASH_MDY || o == SLASH_DMY) {
			*cell = text;
			return o;
		}
		if (o == SLASH_AMBIGUOUS && found == SLASH_NONE) {
			found = o;
			*cell = text;
		}
	}
	return found;
}

static const char *
order_name(enum date_syntax syntax)
{
	return syntax == DATE_DMY ? "day-first (DD/MM/YYYY)" :
	    "month-first (MM/DD/YYYY)";
}

/* The row contradicts the settled order: say which row settled it. */
static struct error *
contradiction(const struct date_order *d, const char *cell)
{
	const char *other = d->syntax == DATE_DMY ? "month-first" : "day-first";

	if (d->line == 0)
		return error_usage("date '%s' is %s, but --date-order %s reads "
		    "this file as %s", cell, other, d->option,
		    order_name(d->syntax));
	return error_usage("date '%s' is %s, but this file's dates are %s "
	    "('%s' on line %ld): fix the row, or pass --date-order", cell,
	    other, order_name(d->syntax), d->evidence, d->line);
}

static void
hold(struct date_order *d, const struct csv_record *record)
{
	struct csv_record *copy;

	if (d->waiting_count == d->waiting_size) {
		d->waiting_size = d->waiting_size ? 2 * d->waiting_size : 16;
		d->waiting = xrealloc(d->waiting, d->waiting_size *
		    sizeof(*d->waiting));
	}
	copy = &d->waiting[d->waiting_count++];
	copy->count = record->count;
	copy->line = record->line;
	copy->problem = NULL;
	copy->cells = xmalloc((record->count ? record->count : 1) *
	    sizeof(*copy->cells));
	for (size_t i = 0; i < record->count; i++)
		copy->cells[i] = xstrdup(record->cells[i]);
}

static void
forget_waiting(struct date_order *d)
{
	for (size_t i = 0; i < d->waiting_count; i++) {
		for (size_t j = 0; j < d->waiting[i].count; j++)
			free(d->waiting[i].cells[j]);
		free(d->waiting[i].cells);
	}
	free(d->waiting);
	d->waiting = NULL;
	d->waiting_count = d->waiting_size = 0;
}

/* Reads the rows held back, in order, then forgets them. */
static struct error *
release_waiting(struct importer *imp, row_fn read)
{
	struct date_order *d = &imp->dates;
	struct error *err = NULL;

	for (size_t i = 0; i < d->waiting_count && err == NULL; i++)
		err = read(imp, &d->waiting[i]);
	forget_waiting(d);
	return err;
}

struct error *
dates_row(struct importer *imp, const struct csv_record *record,
    row_fn read, bool *held)
{
	struct date_order *d = &imp->dates;
	const char *cell;
	enum slash_order o;

	*held = false;
	if (d->syntax == DATE_ISO)
		return NULL;
	o = row_order(imp, record, &cell);
	if (d->settled) {
		if ((o == SLASH_DMY && d->syntax != DATE_DMY) ||
		    (o == SLASH_MDY && d->syntax != DATE_US))
			return contradiction(d, cell);
		return NULL;
	}
	if (o == SLASH_AMBIGUOUS) {
		if (d->waiting_count == 0) {
			free(d->evidence);
			d->evidence = xstrdup(cell);
			d->line = record->line;
		}
		hold(d, record);
		*held = true;
		return NULL;
	}
	if (o == SLASH_NONE)
		return NULL;
	d->syntax = o == SLASH_DMY ? DATE_DMY : DATE_US;
	d->settled = true;
	d->line = record->line;
	free(d->evidence);
	d->evidence = xstrdup(cell);
	return release_waiting(imp, read);
}

struct error *
dates_finish(struct importer *imp, row_fn read)
{
	struct date_order *d = &imp->dates;

	if (d->waiting_count == 0)
		return NULL;
	if (imp->map.profile->dates_default) {
		d->settled = true;
		return release_waiting(imp, read);
	}
	forget_waiting(d);
	return error_usage("%s: dates such as '%s' (line %ld) read as day-first "
	    "or month-first, and no date in the file settles it: pass "
	    "--date-order dmy or --date-order mdy", imp->file, d->evidence,
	    d->line);
}

void
dates_release(struct importer *imp)
{
	forget_waiting(&imp->dates);
	free(imp->dates.evidence);
	imp->dates.evidence = NULL;
}
