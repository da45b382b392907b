// Which imported session an entry is (importers/identity.h) and the
// counting of a file's rows that share an identity (occurrence.h): the
// identity is the tool's id, else the start and minutes, else the day,
// minutes and the names of what the time went to, and nothing else; fingerprints keep their text form; the
// counters of a day spill only what holds a claim.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

extern "C" {
#include "core/date.h"
#include "importers/identity.h"
#include "importers/occurrence.h"
}

namespace {

int
day(int y, int m, int d)
{
	return day_from_civil(y, m, d);
}

struct Key {
	Key() { buf_init(&b); }
	~Key() { buf_release(&b); }
	struct identity make(const char *family, const char *id, bool has_start,
	    long long start, int d, long minutes,
	    const std::vector<const char *> &names = {})
	{
		struct identity i;
		identity_make(&i, &b, family, id, has_start, start, d, minutes,
		    names.data(), names.size());
		return i;
	}
	uint64_t hash(const std::vector<const char *> &texts)
	{
		key_reset(&b, "toggl", 0, -1, 0);
		for (const char *t : texts)
			key_add(&b, t);
		return key_hash(&b);
	}
	struct buf b;
};

const long long kStart = 1741633500;	// 2025-03-10T19:05:00Z

} // namespace

TEST(identity, a_tools_id_is_the_identity_whatever_the_times)
{
	Key k;
	struct identity a = k.make("watson", "4be91c0", true, kStart,
	    day(2025, 3, 10), 75);
	struct identity b = k.make("watson", "4be91c0", true, kStart + 3600,
	    day(2025, 3, 11), 30);
	EXPECT_EQ(a.kind, IDENTITY_ID);
	EXPECT_EQ(a.day, IDENTITY_ID_DAY);
	EXPECT_EQ(a.base, b.base);
	EXPECT_NE(a.base, k.make("watson", "d07a3f2", true, kStart,
	    day(2025, 3, 10), 75).base);
	EXPECT_NE(a.base, k.make("custom", "4be91c0", true, kStart,
	    day(2025, 3, 10), 75).base);
}

TEST(identity, else_the_start_and_the_minutes)
{
	Key k;
	struct identity a = k.make("toggl", "", true, kStart, day(2025, 3, 10),
	    75, { "Django course" });
	// The names are content when there is a start.
	EXPECT_EQ(a.base, k.make("toggl", "", true, kStart, day(2025, 3, 10),
	    75, { "Flask" }).base);
	EXPECT_EQ(a.kind, IDENTITY_START);
	EXPECT_EQ(a.day, day(2025, 3, 10));
	EXPECT_EQ(a.base, k.make("toggl", nullptr, true, kStart,
	    day(2025, 3, 10), 75).base);
	EXPECT_NE(a.base, k.make("toggl", "", true, kStart + 60,
	    day(2025, 3, 10), 75).base);
	EXPECT_NE(a.base, k.make("toggl", "", true, kStart, day(2025, 3, 10),
	    76).base);
	EXPECT_NE(a.base, k.make("clockify", "", true, kStart,
	    day(2025, 3, 10), 75).base);
}

// Harvest: the day, the minutes, Project and Task (normalised); not the
// notes, which are no part of it.
TEST(identity, else_the_day_the_minutes_and_the_names)
{
	Key k;
	std::vector<const char *> names = { "SQL practice", "Exercises", "" };
	struct identity a = k.make("harvest", "", false, -1, day(2025, 2, 17),
	    75, names);
	EXPECT_EQ(a.kind, IDENTITY_DAY);
	EXPECT_EQ(a.day, day(2025, 2, 17));
	EXPECT_EQ(a.base, k.make("harvest", nullptr, false, -1,
	    day(2025, 2, 17), 75, { " sql  PRACTICE", "exercises", nullptr }).base);
	EXPECT_NE(a.base, k.make("harvest", "", false, -1, day(2025, 2, 18),
	    75, names).base);
	EXPECT_NE(a.base, k.make("harvest", "", false, -1, day(2025, 2, 17),
	    30, names).base);
	EXPECT_NE(a.base, k.make("harvest", "", false, -1, day(2025, 2, 17),
	    75, { "SQL drills", "Exercises", "" }).base);
	EXPECT_NE(a.base, k.make("harvest", "", false, -1, day(2025, 2, 17),
	    75, { "SQL practice", "Reading", "" }).base);
	EXPECT_NE(a.base, k.make("generic", "", false, -1, day(2025, 2, 17),
	    75, names).base);
}

// Content: trimmed, lowercased, blank runs as one; the order of the
// fields counts, an empty field is not nothing.
TEST(identity, content_material_is_normalised_text)
{
	Key k;
	EXPECT_EQ(k.hash({ "Django course", "  Views,  URLs " }),
	    k.hash({ "django COURSE", "views, urls" }));
	EXPECT_NE(k.hash({ "Django course", "Views" }),
	    k.hash({ "Views", "Django course" }));
	EXPECT_NE(k.hash({ "a", "" }), k.hash({ "a" }));
	EXPECT_EQ(k.hash({ "a", nullptr }), k.hash({ "a", "" }));
	EXPECT_NE(k.hash({ "Blueprints" }), k.hash({ "Blueprints and views" }));
}

TEST(identity, fingerprint_texts)
{
	struct identity day_kind = { IDENTITY_DAY, day(2025, 2, 17),
		0x0123456789abcdefULL };
	struct identity id_kind = { IDENTITY_ID, IDENTITY_ID_DAY,
		0xfedcba9876543210ULL };
	char a[FINGERPRINT_SIZE], b[FINGERPRINT_SIZE];

	identity_fingerprint(&day_kind, 0, a);
	EXPECT_STREQ(a, "2025-02-17/0123456789abcdef");
	fingerprint_text(day(2025, 2, 17), 0x0123456789abcdefULL, 0, b);
	EXPECT_STREQ(a, b);
	identity_fingerprint(&day_kind, 1, b);
	EXPECT_EQ(std::string(b).substr(0, 11), "2025-02-17/");
	EXPECT_STRNE(a, b);
	identity_fingerprint(&id_kind, 0, a);
	EXPECT_STREQ(a, "id/fedcba9876543210");
	identity_fingerprint(&id_kind, 2, b);
	EXPECT_EQ(std::string(b).size(), 19u);
	EXPECT_STRNE(a, b);
	content_text(0xabcULL, a);
	EXPECT_STREQ(a, "0000000000000abc");
}

// ---------------------------------------------------------------------
// Occurrences

namespace {

struct Spilled {
	std::vector<std::pair<uint64_t, long>> got;
	static void take(void *arg, uint64_t base, long next)
	{
		static_cast<Spilled *>(arg)->got.push_back({ base, next });
	}
};

} // namespace

TEST(occurrences, a_day_counts_in_memory_and_forgets_unclaimed_counts)
{
	Spilled s;
	struct occurrences o;
	bool ask;

	occurrences_init(&o, 16, Spilled::take, &s);
	EXPECT_EQ(occurrences_get(&o, 100, 7, &ask), -1);
	EXPECT_FALSE(ask);
	occurrences_put(&o, 7, 1, false);
	EXPECT_EQ(occurrences_get(&o, 100, 7, &ask), 1);
	occurrences_put(&o, 7, 2, false);
	occurrences_put(&o, 8, 3, true);	// matched an older session
	EXPECT_EQ(occurrences_get(&o, 100, 8, &ask), 3);
	// The next day: only the claim goes to the spill store.
	EXPECT_EQ(occurrences_get(&o, 101, 7, &ask), -1);
	EXPECT_FALSE(ask);
	ASSERT_EQ(s.got.size(), 1u);
	EXPECT_EQ(s.got[0], std::make_pair(uint64_t(8), 3L));
	// Back to day 100: a miss must be asked for.
	EXPECT_EQ(occurrences_get(&o, 100, 7, &ask), -1);
	EXPECT_TRUE(ask);
	EXPECT_EQ(occurrences_get(&o, 102, 7, &ask), -1);
	EXPECT_FALSE(ask);
	occurrences_release(&o);
}

TEST(occurrences, a_claim_is_never_forgotten)
{
	Spilled s;
	struct occurrences o;
	bool ask;

	occurrences_init(&o, 16, Spilled::take, &s);
	occurrences_get(&o, 5, 9, &ask);
	occurrences_put(&o, 9, 1, true);
	occurrences_put(&o, 9, 2, false);	// a later row added
	occurrences_get(&o, 6, 9, &ask);
	ASSERT_EQ(s.got.size(), 1u);
	EXPECT_EQ(s.got[0], std::make_pair(uint64_t(9), 2L));
	occurrences_release(&o);
}

// A full table spills its claims and asks for every miss of its day.
TEST(occurrences, a_full_table_spills)
{
	Spilled s;
	struct occurrences o;
	bool ask;

	occurrences_init(&o, 16, Spilled::take, &s);
	EXPECT_EQ(o.cap, 16u);
	occurrences_get(&o, IDENTITY_ID_DAY, 1, &ask);
	for (uint64_t b = 1; b <= 12; b++)
		occurrences_put(&o, b, 1, b == 4);
	EXPECT_TRUE(s.got.empty());
	occurrences_put(&o, 13, 1, false);	// 13 of 16: over three quarters
	ASSERT_EQ(s.got.size(), 1u);
	EXPECT_EQ(s.got[0], std::make_pair(uint64_t(4), 1L));
	EXPECT_EQ(occurrences_get(&o, IDENTITY_ID_DAY, 13, &ask), 1);
	EXPECT_EQ(occurrences_get(&o, IDENTITY_ID_DAY, 2, &ask), -1);
	EXPECT_TRUE(ask);
	occurrences_release(&o);
}
