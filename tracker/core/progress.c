/*
 * The progress line of long work (see progress.h): the clock is read
 * every `every` items, a number that doubles while readings come closer
 * than READ_MIN_MS and halves while they are further apart than
 * READ_MAX_MS, so fast loops read it rarely and slow ones often enough;
 * the line is drawn at most once per DRAW_MS.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "core/progress.h"

#define READ_MIN_MS 50		/* closer readings: read half as often */
#define READ_MAX_MS 200		/* further apart: read twice as often */
#define EVERY_MAX (1L << 20)	/* items between readings, at most */
#define DRAW_MS 200		/* at most five drawings a second */
#define DELAY_MAX_MS 86400000L	/* TRACK_PROGRESS_DELAY: a day at most */
#define LINE_MAX_BYTES 160	/* the line's text, at most */

struct progress progress_state = { .next = LONG_MAX, .total = -1 };

/* The monotonic clock in milliseconds (never TRACK_NOW). */
static long
clock_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* $TRACK_PROGRESS_DELAY in milliseconds, or the default when unset. */
static struct error *
delay_read(long *delay_ms)
{
	const char *text = getenv("TRACK_PROGRESS_DELAY");
	char *end;

	*delay_ms = PROGRESS_DELAY_MS;
	if (text == NULL || *text == '\0')
		return NULL;
	errno = 0;
	*delay_ms = strtol(text, &end, 10);
	if (*text >= '0' && *text <= '9' && *end == '\0' && errno == 0 &&
	    *delay_ms <= DELAY_MAX_MS)
		return NULL;
	return error_usage("invalid TRACK_PROGRESS_DELAY '%s': use "
	    "milliseconds from 0 to %ld, e.g. 1000 (0: the progress line at "
	    "once)", text, DELAY_MAX_MS);
}

bool
progress_possible(FILE *err)
{
	const char *term = getenv("TERM");

	if (err == NULL || term == NULL || *term == '\0' ||
	    strcmp(term, "dumb") == 0)
		return false;
	return isatty(fileno(err)) == 1;
}

/* The width of the terminal on line (80 when it does not say). */
static int
terminal_columns(FILE *line)
{
	struct winsize size;

	if (ioctl(fileno(line), TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
		return size.ws_col;
	return 80;
}

struct error *
progress_begin(FILE *err, const char *what, long total)
{
	struct error *e;
	long delay_ms;

	progress_end();
	if ((e = delay_read(&delay_ms)) != NULL)
		return e;
	if (!progress_possible(err))
		return NULL;
	progress_start(err, what, total, delay_ms, terminal_columns(err));
	return NULL;
}

void
progress_start(FILE *line, const char *what, long total, long delay_ms,
    int columns)
{
	struct progress *p = &progress_state;

	progress_end();
	p->line = line;
	p->what = what;
	p->total = total;
	p->delay_ms = delay_ms;
	p->columns = columns;
	p->every = 1;
	p->next = 1;
	p->start_ms = p->sampled_ms = clock_ms();
	p->drawn_ms = p->start_ms - DRAW_MS;
}

/* Draws the line with the figures of now. */
static void
draw(struct progress *p, long now_ms)
{
	char text[LINE_MAX_BYTES];

	progress_format(text, sizeof(text), p->what, p->done, p->work,
	    p->total, now_ms - p->start_ms, p->columns - 1);
	fprintf(p->line, "\r%s\033[K", text);
	fflush(p->line);
	p->shown = true;
	p->drawn_ms = now_ms;
}

void
progress_sample(void)
{
	struct progress *p = &progress_state;
	long now_ms = clock_ms(), gap_ms = now_ms - p->sampled_ms;

	if (p->line == NULL) {
		p->next = LONG_MAX;
		return;
	}
	if (gap_ms < READ_MIN_MS && p->every < EVERY_MAX)
		p->every *= 2;
	else if (gap_ms > READ_MAX_MS && p->every > 1)
		p->every /= 2;
	p->sampled_ms = now_ms;
	p->next = p->done + p->every;
	if (now_ms - p->start_ms >= p->delay_ms &&
	    now_ms - p->drawn_ms >= DRAW_MS)
		draw(p, now_ms);
}

void
progress_clear(void)
{
	struct progress *p = &progress_state;

	if (!p->shown)
		return;
	fputs("\r\033[K", p->line);
	fflush(p->line);
	p->shown = false;
}

void
progress_end(void)
{
	progress_clear();
	progress_state = (struct progress){ .next = LONG_MAX, .total = -1 };
}

/* "M:SS", or "H:MM:SS" from an hour on. */
static void
format_left(char *text, size_t size, long ms)
{
	long s = (ms + 999) / 1000;

	if (s >= 3600)
		snprintf(text, size, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60,
		    s % 60);
	else
		snprintf(text, size, "%ld:%02ld", s / 60, s % 60);
}

void
progress_format(char *text, size_t size, const char *what, long done,
    long work, long total, long elapsed_ms, int width)
{
	long measure = work > 0 ? work : done;
	size_t len;
	char left[32];

	len = (size_t)snprintf(text, size, "%s: %ld", what, done);
	if (elapsed_ms > 0 && len < size)
		len += (size_t)snprintf(text + len, size - len, ", %.0f/s",
		    (double)done * 1000 / (double)elapsed_ms);
	if (total > 0 && measure > 0 && measure < total && len < size)
		len += (size_t)snprintf(text + len, size - len, ", %d%%",
		    (int)((double)measure * 100 / (double)total));
	if (total > 0 && measure > 0 && measure < total && elapsed_ms > 0 &&
	    len < size) {
		format_left(left, sizeof(left), (long)((double)elapsed_ms *
		    (double)(total - measure) / (double)measure));
		snprintf(text + len, size - len, ", %s left", left);
	}
	if (width > 0 && strlen(text) > (size_t)width)
		text[width] = '\0';
}
