/*
 * Identities, contents and fingerprints of imported entries (identity.h).
 * These run for every imported row: no printf.
 */
#include <ctype.h>
#include <xxhash.h>

#include "core/date.h"
#include "core/text.h"
#include "importers/identity.h"

void
key_reset(struct buf *key, const char *family, int day, long long start,
    long seconds)
{
	uint64_t numbers[3] = { (uint64_t)(int64_t)day, (uint64_t)start,
		(uint64_t)(int64_t)seconds };
	char bytes[sizeof(numbers)];

	/* Little-endian whatever the machine, so fingerprints travel. */
	for (size_t i = 0; i < sizeof(bytes); i++)
		bytes[i] = (char)(numbers[i / 8] >> (8 * (i % 8)));
	buf_clear(key);
	buf_puts(key, family);
	buf_append(key, "\x1f", 1);
	buf_append(key, bytes, sizeof(bytes));
}

void
key_add(struct buf *key, const char *text)
{
	bool space = false;

	buf_putc(key, '\x1f');
	if (text == NULL)
		return;
	while (isspace((unsigned char)*text))
		text++;
	for (; *text; text++) {
		if (isspace((unsigned char)*text)) {
			space = true;
			continue;
		}
		if (space)
			buf_putc(key, ' ');
		space = false;
		buf_putc(key, (char)tolower((unsigned char)*text));
	}
}

uint64_t
key_hash(const struct buf *key)
{
	uint64_t h = XXH3_64bits(key->data, key->len);

	return h != 0 ? h : 1;	/* 0 means "no fingerprint" */
}

void
identity_make(struct identity *id, struct buf *key, const char *family,
    const char *source_id, bool has_start, long long start, int day,
    long minutes, const char *const *names, size_t count)
{
	/*
	 * A word after the numbers keeps each kind's material apart from
	 * the others' and from the whole-row material of schema 009.
	 */
	if (source_id != NULL && *source_id != '\0') {
		id->kind = IDENTITY_ID;
		id->day = IDENTITY_ID_DAY;
		key_reset(key, family, 0, -1, 0);
		key_add(key, "id");
		key_add(key, source_id);
	} else if (has_start) {
		id->kind = IDENTITY_START;
		id->day = day;
		key_reset(key, family, 0, start, minutes * 60);
		key_add(key, "start");
	} else {
		id->kind = IDENTITY_DAY;
		id->day = day;
		key_reset(key, family, day, -1, minutes * 60);
		key_add(key, "day");
		for (size_t i = 0; i < count; i++)
			key_add(key, names[i]);
	}
	id->base = key_hash(key);
}

/* The hash of the occurrence'th row with hash base. */
static uint64_t
occurrence_hash(uint64_t base, long occurrence)
{
	return occurrence == 0 ? base : XXH3_64bits_withSeed(&base,
	    sizeof(base), (uint64_t)occurrence);
}

void
fingerprint_text(int day, uint64_t base, long occurrence,
    char out[FINGERPRINT_SIZE])
{
	day_format(day, out);
	out[10] = '/';
	hex_put(out + 11, occurrence_hash(base, occurrence), 16);
	out[27] = '\0';
}

void
identity_fingerprint(const struct identity *id, long occurrence,
    char out[FINGERPRINT_SIZE])
{
	if (id->kind != IDENTITY_ID) {
		fingerprint_text(id->day, id->base, occurrence, out);
		return;
	}
	out[0] = 'i';
	out[1] = 'd';
	out[2] = '/';
	hex_put(out + 3, occurrence_hash(id->base, occurrence), 16);
	out[19] = '\0';
}

void
content_text(uint64_t content, char out[17])
{
	hex_put(out, content, 16);
	out[16] = '\0';
}
