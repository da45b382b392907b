/*
 * What every row goes through, whatever its format: reading a cell by
 * field, the one-learner rule, bad rows (reported, rejected or fatal)
 * and the fallback topic of rows no catalog name matches.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/catalog.h"
#include "core/csvout.h"
#include "importers/importer.h"
#include "core/text.h"
#include "importers/values.h"

#define UNMAPPED_LISTED 5	/* names in the summary hint */
#define TOPIC_BYTES 80

const char *
row_cell(const struct importer *imp, const struct csv_record *record,
    enum field field)
{
	int column = imp->map.column[field];
	const char *cell;

	if (record == NULL || column < 0 || (size_t)column >= record->count)
		return "";
	cell = record->cells[column];
	/* track's export guards formulas (and the guard) with a leading '. */
	if (imp->map.profile->type == TYPE_TRACK && cell[0] == '\'' &&
	    cell[1] != '\0' && strchr("=+-@\t\r'", cell[1]) != NULL)
		cell++;
	return cell;
}

/* The row's full name: User/Name, else First Name + Last Name. */
static void
full_name(const struct importer *imp, const struct csv_record *record,
    struct buf *b)
{
	const char *first = row_cell(imp, record, F_FIRST_NAME);
	const char *last = row_cell(imp, record, F_LAST_NAME);

	buf_clear(b);
	buf_puts(b, row_cell(imp, record, F_USER));
	if (b->len == 0)
		buf_printf(b, "%s%s%s", first, *first && *last ? " " : "", last);
}

/* Remembers person among the distinct learners of the file. */
static void
person_seen(struct importer *imp, const char *person)
{
	int known = imp->people_count < PEOPLE_MAX ? imp->people_count :
	    PEOPLE_MAX;

	for (int i = 0; i < known; i++)
		if (strcasecmp(imp->people[i], person) == 0)
			return;
	if (imp->people_count < PEOPLE_MAX)
		imp->people[imp->people_count] = xstrdup(person);
	imp->people_count++;
}

struct error *
row_person(struct importer *imp, const struct csv_record *record, bool *take)
{
	const char *email = row_cell(imp, record, F_EMAIL);
	struct buf *name = &imp->scratch;

	full_name(imp, record, name);
	*take = true;
	if (*email == '\0' && name->len == 0)
		return NULL;	/* the format names no learner */
	if (imp->o->user != NULL) {
		*take = strcasecmp(imp->o->user, email) == 0 ||
		    strcasecmp(imp->o->user, name->data) == 0;
		if (!*take)
			imp->result->skipped++;
		return NULL;
	}
	person_seen(imp, *email != '\0' ? email : name->data);
	*take = imp->people_count <= 1;
	return NULL;
}

void
row_warn(struct importer *imp, long line, const char *fmt, ...)
{
	struct buf text;
	va_list ap;

	buf_init(&text);
	va_start(ap, fmt);
	buf_vprintf(&text, fmt, ap);
	va_end(ap);
	/* The file's text may hold escape sequences: one harmless line. */
	if (imp->where != NULL)
		fprint_line(imp->o->warn, "%s:%s: %s", imp->file, imp->where,
		    text.data);
	else
		fprint_line(imp->o->warn, "%s:%ld: %s", imp->file, line,
		    text.data);
	buf_release(&text);
}

/*
 * Appends cell and a comma; for a terminal (--rejects /dev/tty) with its
 * control characters neutralised, as csv_writer does.
 */
static void
reject_cell(struct buf *b, const char *cell, bool terminal)
{
	struct buf clean;

	if (!terminal) {
		csv_put_cell(b, cell);
		buf_putc(b, ',');
		return;
	}
	buf_init(&clean);
	buf_put_terminal(&clean, cell);
	csv_put_cell(b, clean.data);
	buf_putc(b, ',');
	buf_release(&clean);
}

/* Appends the record and its error to the --rejects file. */
static void
reject(struct importer *imp, const struct csv_record *record, long line,
    const char *message)
{
	bool terminal = stream_is_terminal(imp->o->rejects);
	struct buf b, cell;

	buf_init(&b);
	buf_init(&cell);
	if (!imp->rejects_header_written) {
		for (size_t i = 0; i < imp->header_count; i++)
			reject_cell(&b, imp->header[i], terminal);
		buf_puts(&b, "error\n");
		imp->rejects_header_written = true;
	}
	for (size_t i = 0; i < record->count; i++)
		reject_cell(&b, record->cells[i], terminal);
	for (size_t i = record->count; i < imp->header_count; i++)
		buf_putc(&b, ',');
	if (imp->where != NULL)
		buf_printf(&cell, "%s: %s", imp->where, message);
	else
		buf_printf(&cell, "line %ld: %s", line, message);
	reject_cell(&b, cell.data, terminal);
	b.data[b.len - 1] = '\n';	/* the last comma ends the row */
	fwrite(b.data, 1, b.len, imp->o->rejects);
	buf_release(&cell);
	buf_release(&b);
}

struct error *
row_bad(struct importer *imp, const struct csv_record *record, long line,
    struct error *problem)
{
	if (problem->status == EXIT_RUNTIME)
		return problem;
	row_warn(imp, line, "%s", problem->message);
	imp->bad++;
	if (imp->o->skip_bad) {
		imp->result->rejected++;
		if (imp->o->rejects != NULL && record != NULL && !imp->o->dry_run)
			reject(imp, record, line, problem->message);
	}
	error_free(problem);
	return NULL;
}

/*
 * name made fit for a topic: every control character a space
 * (name_clean), at most 80 bytes.
 */
static char *
topic_text(const char *name)
{
	size_t n = strlen(name);
	char *copy, *clean;

	if (n > TOPIC_BYTES) {
		n = TOPIC_BYTES;
		while (n > 0 && ((unsigned char)name[n] & 0xc0) == 0x80)
			n--;
	}
	copy = xmalloc(n + 1);
	memcpy(copy, name, n);
	copy[n] = '\0';
	clean = name_clean(copy);
	free(copy);
	return clean;
}

struct error *
row_topic_fallback(struct importer *imp, const char *name,
    struct topic_ref *topic)
{
	char *text = topic_text(value_empty(name) ? "unmapped" : name);
	struct error *err;
	bool created;

	err = store_topic(&imp->store, text, topic, &created);
	if (err == NULL && created && topic->path_id == 0) {
		char *norm = topic_normalize(text);

		if (imp->unmapped_count < UNMAPPED_LISTED)
			buf_printf(&imp->unmapped, "%s'%s'",
			    imp->unmapped.len ? ", " : "", norm);
		imp->unmapped_count++;
		free(norm);
	}
	free(text);
	return err;
}

struct error *
row_future_check(const struct importer *imp, int day)
{
	char text[DAY_TEXT_SIZE];

	if (day <= imp->o->today)
		return NULL;
	day_format(day, text);
	return error_usage("date %s is in the future", text);
}

const char *
row_name(struct importer *imp, const struct csv_record *record,
    enum field field)
{
	char *clean = name_clean(row_cell(imp, record, field));
	struct buf *b = &imp->names[field];

	buf_clear(b);
	buf_puts(b, clean);
	free(clean);
	return b->data;
}

char *
row_clean_title(const char *title)
{
	char *clean = name_clean(title), *copy = xmalloc(strlen(clean) + 1);
	char *out = copy;
	const char *text;
	bool space = false;

	for (text = clean; *text; text++) {
		if ((unsigned char)*text <= 0x20 || *text == 0x7f) {
			space = out != copy;
			continue;
		}
		if (space)
			*out++ = ' ';
		space = false;
		*out++ = *text;
	}
	*out = '\0';
	free(clean);
	return copy;
}
