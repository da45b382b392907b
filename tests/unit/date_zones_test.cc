// Local times the clocks skipped, in zones with unusual changes: Samoa's
// skipped day, Lord Howe's 30-minute DST, Havana's change at midnight.
#include <gtest/gtest.h>

#include <stdlib.h>
#include <time.h>

#include <string>

extern "C" {
#include "date.h"
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

} // namespace
