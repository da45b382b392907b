// The one --format parser: the table's names pick an entry, NULL the
// first, and the refusal lists the names as the commands always did.
#include <gtest/gtest.h>

#include <string>

extern "C" {
#include "core/error.h"
#include "core/format.h"
}

namespace {

struct entry {
	const char *name;
	int value;
};

const entry three[] = { { "text", 1 }, { "json", 2 }, { "csv", 3 },
	{ nullptr, 0 } };
const entry two[] = { { "csv", 1 }, { "json", 2 }, { nullptr, 0 } };

// The message format_pick refuses name with ("" when it picks one).
std::string
refusal(const entry *table, const char *name)
{
	size_t index = 99;
	struct error *err = format_pick(table, sizeof(*table), name, &index);
	std::string message = err != nullptr ? err->message : "";
	if (err != nullptr) {
		EXPECT_EQ(err->status, 2);
		error_free(err);
	}
	return message;
}

TEST(format, picks_the_named_entry_and_the_first_by_default)
{
	size_t index = 99;
	ASSERT_EQ(format_pick(three, sizeof(*three), "csv", &index), nullptr);
	EXPECT_EQ(three[index].value, 3);
	ASSERT_EQ(format_pick(three, sizeof(*three), nullptr, &index), nullptr);
	EXPECT_EQ(three[index].value, 1);
	ASSERT_EQ(format_pick(two, sizeof(*two), "json", &index), nullptr);
	EXPECT_EQ(two[index].value, 2);
}

TEST(format, refuses_another_name_listing_the_tables_names)
{
	EXPECT_EQ(refusal(three, "xml"),
	    "invalid format 'xml': use text, json or csv");
	EXPECT_EQ(refusal(two, "text"), "invalid format 'text': use csv or "
	    "json");
	EXPECT_EQ(refusal(three, "TEXT"),
	    "invalid format 'TEXT': use text, json or csv");
	EXPECT_EQ(refusal(three, ""), "invalid format '': use text, json or "
	    "csv");
}

} // namespace
