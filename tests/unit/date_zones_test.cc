// Local times the clocks skipped or repeated, in zones with unusual
// changes: Samoa's skipped day, Lord Howe's 30-minute DST, Havana's change
// at midnight, Santiago's repeated hour before midnight.
#include <gtest/gtest.h>

#include <stdlib.h>
#include <time.h>

#include <string>

extern "C" {
#include "core/date.h"
}

namespace {

class Zone {
public:
	explicit Zone(const char *tz)
	{
		const char *old = getenv("TZ");
		had_ = old != nullptr;
		if (had_)
			old_ = old;
		setenv("TZ", tz, 1);
		tzset();
	}
	~Zone()
	{
		if (had_)
			setenv("TZ", old_.c_str(), 1);
		else
			unsetenv("TZ");
		tzset();
	}
	Zone(const Zone &) = delete;
	Zone &operator=(const Zone &) = delete;

private:
	bool had_;
	std::string old_;
};

const int k20111229 = 15337, k20111230 = 15338, k20111231 = 15339;
const int k20261004 = 20730, k20260308 = 20520;

TEST(date_zones, samoa_skipped_2011_12_30)
{
	Zone z("Pacific/Apia");
	EXPECT_TRUE(day_exists_locally(k20111229));
	EXPECT_FALSE(day_exists_locally(k20111230));
	EXPECT_TRUE(day_exists_locally(k20111231));
	// 10:00 that day moves forward by the skipped 24 hours: 10:00 on
	// 2011-12-31 at +14, 2011-12-30T20:00:00Z (glibc's mktime alone
	// goes back to 2011-12-29).
	EXPECT_EQ(instant_of_local(k20111230, 10, 0, 0), 1325275200);
	EXPECT_EQ(day_of_instant(1325275200), k20111231);
	// 23:59:59 on 12-29 at -10 is the last second before the jump.
	EXPECT_EQ(instant_of_local(k20111229, 23, 59, 59), 1325239199);
	EXPECT_EQ(instant_of_local(k20111231, 0, 0, 0), 1325239200);
}

TEST(date_zones, other_zones_have_every_day)
{
	Zone z("UTC");
	EXPECT_TRUE(day_exists_locally(k20111230));
	Zone ny("America/New_York");
	EXPECT_TRUE(day_exists_locally(k20260308));
	Zone havana("America/Havana");
	EXPECT_TRUE(day_exists_locally(k20260308));
}

TEST(date_zones, lord_howe_skips_half_an_hour)
{
	Zone z("Australia/Lord_Howe");
	// 02:00 +10:30 becomes 02:30 +11: 02:15 is read as 02:45 +11.
	EXPECT_EQ(instant_of_local(k20261004, 2, 15, 0), 1791042300);
	EXPECT_EQ(instant_of_local(k20261004, 2, 30, 0), 1791041400);	// exists
	EXPECT_EQ(instant_of_local(k20261004, 1, 59, 0), 1791041340);
	EXPECT_TRUE(day_exists_locally(k20261004));
}

TEST(date_zones, havana_skips_midnight)
{
	Zone z("America/Havana");
	// 00:00 CST becomes 01:00 CDT: 00:30 is 01:30 CDT, still that day.
	EXPECT_EQ(instant_of_local(k20260308, 0, 30, 0), 1772947800);
	EXPECT_EQ(day_of_instant(1772947800), k20260308);
	EXPECT_EQ(instant_of_local(k20260308, 0, 0, 0), 1772946000);
}

std::string
instant_text(time_t t)
{
	char out[INSTANT_TEXT_SIZE];
	instant_format(t, out);
	return out;
}

// A local time shown twice the day the clocks went back, and the UTC
// instant of its first showing, worked out from the zone's change.
struct Repeated {
	const char *tz;
	int day;
	int hour, minute;
	const char *first;
};

const int k20260404 = 20547, k20260405 = 20548, k20261025 = 20751,
    k20261101 = 20758;

const Repeated kRepeated[] = {
	// 03:00 CEST (+2) back to 02:00 CET (+1): 02:30 +2, not 01:30Z.
	{ "Europe/Berlin", k20261025, 2, 30, "2026-10-25T00:30:00Z" },
	{ "Europe/Berlin", k20261025, 2, 0, "2026-10-25T00:00:00Z" },
	{ "Europe/Berlin", k20261025, 2, 59, "2026-10-25T00:59:00Z" },
	// 02:00 BST (+1) back to 01:00 GMT: 01:30 +1, not 01:30Z.
	{ "Europe/London", k20261025, 1, 30, "2026-10-25T00:30:00Z" },
	// 03:00 AEDT (+11) back to 02:00 AEST (+10): 02:30 +11.
	{ "Australia/Sydney", k20260405, 2, 30, "2026-04-04T15:30:00Z" },
	// 02:00 +11 back to 01:30 +10:30: 01:45 +11, not 15:15Z.
	{ "Australia/Lord_Howe", k20260405, 1, 45, "2026-04-04T14:45:00Z" },
	{ "Australia/Lord_Howe", k20260405, 1, 30, "2026-04-04T14:30:00Z" },
	// 02:00 EDT (-4) back to 01:00 EST (-5): 01:30 -4, not 06:30Z.
	{ "America/New_York", k20261101, 1, 30, "2026-11-01T05:30:00Z" },
	// 24:00 -03 back to 23:00 -04 on Saturday 04-04: 23:30 -03.
	{ "America/Santiago", k20260404, 23, 30, "2026-04-05T02:30:00Z" },
};

TEST(date_zones, a_repeated_time_is_its_first_occurrence)
{
	for (const auto &c : kRepeated) {
		Zone z(c.tz);
		time_t t = instant_of_local(c.day, c.hour, c.minute, 0);
		EXPECT_EQ(instant_text(t), c.first) << c.tz << " " << c.hour
		    << ":" << c.minute;
		EXPECT_EQ(day_of_instant(t), c.day) << c.tz;
	}
}

// The times just outside the repeated hour have one instant each.
TEST(date_zones, times_around_a_repeated_hour)
{
	Zone z("Europe/Berlin");
	EXPECT_EQ(instant_text(instant_of_local(k20261025, 1, 59, 0)),
	    "2026-10-24T23:59:00Z");
	EXPECT_EQ(instant_text(instant_of_local(k20261025, 3, 0, 0)),
	    "2026-10-25T02:00:00Z");
	Zone lhi("Australia/Lord_Howe");
	EXPECT_EQ(instant_text(instant_of_local(k20260405, 1, 29, 0)),
	    "2026-04-04T14:29:00Z");
	EXPECT_EQ(instant_text(instant_of_local(k20260405, 2, 0, 0)),
	    "2026-04-04T15:30:00Z");
}

} // namespace
