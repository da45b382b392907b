#ifndef TRACK_PROGRESS_H
#define TRACK_PROGRESS_H

/*
 * The progress line of long work (import, export): one line on standard
 * error, redrawn in place, saying how many items are done, at what rate
 * and, when the total is known, how much is done and how long is left:
 *
 *     rows imported: 48213, 9642/s, 37%, 0:08 left
 *
 * It is drawn only on a terminal (not a pipe or a file, not TERM=dumb or
 * unset) and only once the work has lasted TRACK_PROGRESS_DELAY
 * milliseconds (default 1000), so quick work shows nothing. The clock is
 * CLOCK_MONOTONIC, never TRACK_NOW, and it is read every so many items
 * (more between readings while they come fast), never once per item.
 * What it writes to the terminal: printable ASCII, "\r" (back to the
 * line's start) and "\033[K" (erase to the end of the line), nothing
 * else; the line is erased at the end, so the output that follows starts
 * on a clean line.
 *
 * One line per process (there is one terminal): the state is global, so
 * a loop deep in the importer counts its rows with progress_step and no
 * pointer passed down. Outside progress_begin ... progress_end the calls
 * do nothing, at the cost of an addition and a comparison.
 */

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>

#include "core/error.h"

/* The state of the line (read through the functions below). */
struct progress {
	long done;		/* items done */
	long next;		/* done at which the clock is read next;
				   LONG_MAX while no line may be drawn */
	long every;		/* items between readings of the clock */
	long work;		/* work done toward total, when counted
				   apart from items (an import's bytes) */
	long total;		/* work (or items) in all; < 0: unknown */
	FILE *line;		/* where the line is drawn, or NULL */
	const char *what;	/* the items: "rows imported" */
	long delay_ms;		/* draw nothing before this */
	int columns;		/* the terminal's width */
	long start_ms;		/* the monotonic clock at the start */
	long sampled_ms;	/* ... at the last reading */
	long drawn_ms;		/* ... when the line was drawn last */
	bool shown;		/* a line is on the terminal now */
};

#define PROGRESS_DELAY_MS 1000	/* TRACK_PROGRESS_DELAY's default */

#ifdef __cplusplus
extern "C" {
#endif

extern struct progress progress_state;

/*
 * Starts the progress of some work: total is its size in items, or in
 * the units progress_work counts (-1: unknown); what names the items
 * done ("rows imported", plain ASCII, static). err NULL, or one that is
 * not a terminal, or TERM dumb or unset: no line is drawn (the calls
 * still count). A TRACK_PROGRESS_DELAY that is not a number of
 * milliseconds is a usage error, and nothing is started.
 */
struct error *progress_begin(FILE *err, const char *what, long total);

/* Whether progress_begin(err, ...) could draw a line on err. */
bool progress_possible(FILE *err);

/*
 * Starts the progress on line without asking whether it is a terminal:
 * drawn once delay_ms have passed, cut to columns - 1 characters. For
 * progress_begin and the tests.
 */
void progress_start(FILE *line, const char *what, long total,
    long delay_ms, int columns);

/* Reads the clock and maybe redraws (progress_step calls it). */
void progress_sample(void);

/* n more items are done. */
static inline void
progress_step(long n)
{
	progress_state.done += n;
	if (progress_state.done >= progress_state.next)
		progress_sample();
}

/*
 * n more units of the total are done, when the total is not counted in
 * items (an import's bytes read of its files' size).
 */
static inline void
progress_work(long n)
{
	progress_state.work += n;
}

/*
 * Erases the line if one is shown, before other text goes to the
 * terminal (a warning, a summary); the next reading draws it again.
 */
void progress_clear(void);

/* Ends the work: erases the line if one is shown. Safe to call twice. */
void progress_end(void);

/*
 * The text of the line (without "\r" and the erase), cut to width
 * characters, into text (size bytes): done items of what after
 * elapsed_ms: their rate once time has passed; the share done when 0 <
 * work < total (work 0: items are the work), and the time left too once
 * time has passed.
 */
void progress_format(char *text, size_t size, const char *what, long done,
    long work, long total, long elapsed_ms, int width);

#ifdef __cplusplus
}
#endif
#endif
