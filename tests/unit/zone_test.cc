// TZ as glibc reads it: zone_check against hand-made expectations and
// against what glibc itself then does with the value (UTC when it cannot
// read it), and the warning an invocation writes to its own error stream.
#include <gtest/gtest.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "cli/track.h"
#include "core/zone.h"
}

namespace {

// Sets an environment variable for a scope (nullptr: unset), and tzset.
class ScopedEnv {
public:
	ScopedEnv(const char *name, const char *value) : name_(name)
	{
		const char *old = getenv(name);
		had_ = old != nullptr;
		if (had_)
			old_ = old;
		if (value != nullptr)
			setenv(name, value, 1);
		else
			unsetenv(name);
		tzset();
	}
	~ScopedEnv()
	{
		if (had_)
			setenv(name_.c_str(), old_.c_str(), 1);
		else
			unsetenv(name_.c_str());
		tzset();
	}
	ScopedEnv(const ScopedEnv &) = delete;
	ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
	std::string name_, old_;
	bool had_ = false;
};

// glibc's UTC offset (seconds east) at instant t under TZ=tz.
long
glibc_offset(const char *tz, time_t t)
{
	ScopedEnv env("TZ", tz);
	struct tm tm;
	localtime_r(&t, &tm);
	return tm.tm_gmtoff;
}

const time_t kJanuary = 1768478400;	// 2026-01-15T12:00:00Z
const time_t kJuly = 1784116800;	// 2026-07-15T12:00:00Z

struct ZoneCase {
	const char *tz;
	enum zone_state state;
	long january, july;	// glibc's offsets with it, worked out by hand
};

const ZoneCase kZones[] = {
	// Zone files, by name, with ':' or by path.
	{ "Europe/Berlin", ZONE_OK, 3600, 7200 },
	{ ":Europe/Berlin", ZONE_OK, 3600, 7200 },
	{ "/usr/share/zoneinfo/Asia/Tokyo", ZONE_OK, 32400, 32400 },
	{ "America/New_York", ZONE_OK, -18000, -14400 },
	{ "UTC", ZONE_OK, 0, 0 },
	{ ":UTC", ZONE_OK, 0, 0 },
	{ "Etc/GMT-3", ZONE_OK, 10800, 10800 },
	// POSIX rules.
	{ "CET-1CEST,M3.5.0,M10.5.0/3", ZONE_OK, 3600, 7200 },
	{ "CET-1CEST", ZONE_OK, 3600, 7200 },
	{ "XYZ-3", ZONE_OK, 10800, 10800 },
	{ "XYZ-3:30", ZONE_OK, 12600, 12600 },
	{ "<+0545>-5:45", ZONE_OK, 20700, 20700 },
	{ "EST5EDT,J60,J300", ZONE_OK, -18000, -14400 },
	{ "EST5EDT,59,300/25:00", ZONE_OK, -18000, -14400 },
	{ "EST5EDT,M3.2.0/2,M11.1.0/2", ZONE_OK, -18000, -14400 },
	{ "Nonsense0", ZONE_OK, 0, 0 },
	// Neither: glibc quietly uses UTC.
	{ "Mars/Olympus", ZONE_UNKNOWN, 0, 0 },
	{ "Nonsense", ZONE_UNKNOWN, 0, 0 },
	{ "Europe", ZONE_UNKNOWN, 0, 0 },		// a directory
	{ "zone.tab", ZONE_UNKNOWN, 0, 0 },		// not a zone file
	{ "Europe/Berlin ", ZONE_UNKNOWN, 0, 0 },
	{ "utc", ZONE_UNKNOWN, 0, 0 },
	{ "AB-1", ZONE_UNKNOWN, 0, 0 },		// a name of 2 letters
	{ "<A>-1", ZONE_UNKNOWN, 0, 0 },
	{ "XYZ+", ZONE_UNKNOWN, 0, 0 },		// no hours
	{ "+0100", ZONE_UNKNOWN, 0, 0 },
};

TEST(zone, check_tells_what_glibc_makes_of_tz)
{
	for (const auto &c : kZones) {
		EXPECT_EQ(zone_check(c.tz), c.state) << "'" << c.tz << "'";
		EXPECT_EQ(glibc_offset(c.tz, kJanuary), c.january) << c.tz;
		EXPECT_EQ(glibc_offset(c.tz, kJuly), c.july) << c.tz;
	}
	EXPECT_EQ(zone_check(nullptr), ZONE_OK);
	EXPECT_EQ(zone_check(""), ZONE_OK);		// glibc: UTC
	EXPECT_EQ(zone_check(":"), ZONE_OK);	// glibc: the system zone
	EXPECT_EQ(zone_check("GMT"), ZONE_OK);
}

// Rules glibc reads only in part: their offsets or changes are not what
// was written.
TEST(zone, rules_read_in_part)
{
	const char *partial[] = {
		"EST5EDT,junk", "XYZ-3:", "XXX+25", "EST5EDT,M13.1.0,M11.1.0",
		"EST5EDT,M3.2.0", "EST5EDT,M3.2.0,M11.1.0,", "EST5EDT,J0,J300",
		"EST5EDT,M3.6.0,M11.1.0", "EST5EDT,M3.2.7,M11.1.0",
		"EST5EDT,M3.2.0/168,M11.1.0", "CET-1CEST!",
	};
	for (const char *tz : partial)
		EXPECT_EQ(zone_check(tz), ZONE_BAD_RULE) << tz;
	// glibc: no daylight saving at all for a month 13.
	EXPECT_EQ(glibc_offset("EST5EDT,M13.1.0,M11.1.0", kJuly), -18000);
}

// Names are looked up under $TZDIR when it is set, as glibc does.
TEST(zone, names_are_looked_up_under_tzdir)
{
	TempDir dir;
	ASSERT_EQ(system(("mkdir -p '" + dir.path() + "/Fake' && cp "
	    "/usr/share/zoneinfo/Asia/Tokyo '" + dir.path() +
	    "/Fake/Zone'").c_str()), 0);
	ScopedEnv tzdir("TZDIR", dir.path().c_str());
	EXPECT_EQ(zone_check("Fake/Zone"), ZONE_OK);
	EXPECT_EQ(glibc_offset("Fake/Zone", kJanuary), 32400);
	EXPECT_EQ(zone_check("Europe/Berlin"), ZONE_UNKNOWN);
	EXPECT_EQ(glibc_offset("Europe/Berlin", kJanuary), 0);
}

// What one invocation writes to the streams it is given.
struct Streams {
	std::string out, err;
};

Streams
invoke(std::vector<std::string> args)
{
	std::vector<char *> argv;
	char *out_text = nullptr, *err_text = nullptr;
	size_t out_size = 0, err_size = 0;
	FILE *out = open_memstream(&out_text, &out_size);
	FILE *err = open_memstream(&err_text, &err_size);

	args.insert(args.begin(), "track");
	for (auto &a : args)
		argv.push_back(&a[0]);
	argv.push_back(nullptr);
	error_free(track_main((int)args.size(), argv.data(), out, err));
	fclose(out);
	fclose(err);
	Streams s = { out_text, err_text };
	free(out_text);
	free(err_text);
	return s;
}

TEST(zone, an_invocation_warns_on_its_own_error_stream)
{
	ScopedEnv now("TRACK_NOW", "2026-11-22T10:00:00Z");
	{
		ScopedEnv tz("TZ", "Mars/Olympus");
		Streams s = invoke({ "--version" });
		EXPECT_EQ(s.err, "track: warning: unknown time zone "
		    "'Mars/Olympus' in TZ: using UTC\n");
		EXPECT_EQ(s.out.find("warning"), std::string::npos) << s.out;
		EXPECT_EQ(s.out.rfind("track ", 0), 0u) << s.out;
	}
	{
		ScopedEnv tz("TZ", "Europe/Berlin");
		EXPECT_EQ(invoke({ "--version" }).err, "");
	}
}

} // namespace
