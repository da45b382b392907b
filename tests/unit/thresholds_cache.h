// The SPEC's default thresholds for the analysis tests. thresholds_defaults
// migrates a private in-memory database on every call, which most of
// these tests' time went to (and far more under valgrind): read once per
// test binary, then copied.
#ifndef TRACK_TESTS_THRESHOLDS_CACHE_H
#define TRACK_TESTS_THRESHOLDS_CACHE_H

extern "C" {
#include "reports/history.h"
}

// SPEC defaults, without a database.
inline struct thresholds
default_thresholds()
{
	static const struct thresholds defaults = [] {
		struct thresholds th;

		thresholds_defaults(&th);
		return th;
	}();
	return defaults;
}

#endif
