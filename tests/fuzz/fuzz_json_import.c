/*
 * libFuzzer target: the JSON import path of `track import FILE`
 * (Timewarrior's export, and whatever else import_file recognises as
 * JSON). Inputs that do not start like JSON would only take the CSV
 * path, which fuzz_csv_import covers: they are skipped.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Whether the first byte after a BOM and blanks opens a JSON value. */
static int
starts_like_json(const uint8_t *data, size_t size)
{
	size_t i = 0;

	if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < size && (data[i] == ' ' || data[i] == '\t' ||
	    data[i] == '\r' || data[i] == '\n'))
		i++;
	return i < size && (data[i] == '[' || data[i] == '{');
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (starts_like_json(data, size))
		fuzz_import(data, size);
	return 0;
}
