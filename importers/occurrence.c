/*
 * The per-day occurrence counters of one file (occurrence.h).
 */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/date.h"
#include "importers/occurrence.h"

/* A 64-bit hash spread over the table (bases are hashes already). */
static size_t
slot_index(const struct occurrences *o, uint64_t base)
{
	return (size_t)(base ^ base >> 29) & (o->cap - 1);
}

static struct occurrence_slot *
slot_find(struct occurrences *o, uint64_t base)
{
	size_t i = slot_index(o, base);

	while (o->slots[i].base != 0 && o->slots[i].base != base)
		i = (i + 1) & (o->cap - 1);
	return &o->slots[i];
}

void
occurrences_init(struct occurrences *o, size_t cap,
    occurrence_spill_fn spill, void *arg)
{
	size_t n = 16;

	while (n < cap)
		n *= 2;
	memset(o, 0, sizeof(*o));
	o->cap = n;
	o->slots = xcalloc(n, sizeof(*o->slots));
	o->held = xcalloc(n, sizeof(*o->held));
	o->day = DAY_NONE;
	o->spill = spill;
	o->arg = arg;
}

void
occurrences_release(struct occurrences *o)
{
	free(o->slots);
	free(o->held);
	free(o->days);
	memset(o, 0, sizeof(*o));
}

/*
 * Hands the claims to the spill store and empties the table: the slots
 * in use only (a day leaves a few in a table of thousands).
 */
static void
spill_all(struct occurrences *o)
{
	for (size_t i = 0; i < o->count; i++) {
		struct occurrence_slot *slot = &o->slots[o->held[i]];

		if (slot->claimed && o->spill != NULL)
			o->spill(o->arg, slot->base, slot->next);
		slot->base = 0;
	}
	o->count = 0;
}

/* The slot of day in the set of days held before (DAY_NONE: empty). */
static int *
day_slot(const struct occurrences *o, int day)
{
	size_t i = ((size_t)(unsigned)day * 2654435761u) & (o->days_cap - 1);

	while (o->days[i] != DAY_NONE && o->days[i] != day)
		i = (i + 1) & (o->days_cap - 1);
	return &o->days[i];
}

static bool
day_left(const struct occurrences *o, int day)
{
	return o->days_cap > 0 && *day_slot(o, day) == day;
}

/* Adds day to the set of days held before. */
static void
day_leave(struct occurrences *o, int day)
{
	int *slot;

	if ((o->days_count + 1) * 2 > o->days_cap) {
		int *old = o->days;
		size_t old_cap = o->days_cap;

		o->days_cap = old_cap ? old_cap * 2 : 64;
		o->days = xmalloc(o->days_cap * sizeof(*o->days));
		for (size_t i = 0; i < o->days_cap; i++)
			o->days[i] = DAY_NONE;
		for (size_t i = 0; i < old_cap; i++)
			if (old[i] != DAY_NONE)
				*day_slot(o, old[i]) = old[i];
		free(old);
	}
	slot = day_slot(o, day);
	if (*slot != day) {
		*slot = day;
		o->days_count++;
	}
}

/*
 * Holds day: the counters of the day held before are spilled. A day held
 * before may have left claims in the spill store.
 */
static void
hold_day(struct occurrences *o, int day)
{
	if (o->day != DAY_NONE) {
		spill_all(o);
		day_leave(o, o->day);
	}
	o->day = day;
	o->ask = day_left(o, day);
}

long
occurrences_get(struct occurrences *o, int day, uint64_t base, bool *ask)
{
	struct occurrence_slot *slot;

	if (day != o->day)
		hold_day(o, day);
	*ask = o->ask;
	slot = slot_find(o, base);
	return slot->base == base ? slot->next : -1;
}

void
occurrences_put(struct occurrences *o, uint64_t base, long next,
    bool claimed)
{
	struct occurrence_slot *slot = slot_find(o, base);

	if (slot->base != base) {
		if ((o->count + 1) * 4 > o->cap * 3) {
			/* Full: what it forgets is found again (occurrence.h). */
			spill_all(o);
			o->ask = true;
			slot = slot_find(o, base);
		}
		slot->base = base;
		slot->claimed = false;
		o->held[o->count++] = (size_t)(slot - o->slots);
	}
	slot->next = next;
	slot->claimed = slot->claimed || claimed;
}
