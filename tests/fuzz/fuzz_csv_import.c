/*
 * libFuzzer target: the CSV import path of `track import FILE` (format
 * detection, every profile's rows, --skip-bad) on arbitrary bytes.
 */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_import(data, size);
	return 0;
}
