// Text tables: aligned columns, cut cells, neutralised text.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" {
#include "core/table.h"
}

namespace {

// What table_print writes for t with max.
std::string
printed(const struct table *t, const size_t *max)
{
	char *data = nullptr;
	size_t size = 0;
	FILE *f = open_memstream(&data, &size);
	table_print(t, f, max);
	fclose(f);
	std::string out(data, size);
	free(data);
	return out;
}

TEST(table, aligns_columns_and_leaves_the_last_unpadded)
{
	struct table t;
	table_init(&t, 3);
	const char *cells[] = { "NAME", "PATH", "URL", "Django blog", "backend",
	    "https://x.org", "X", nullptr, nullptr };
	for (const char *cell : cells)
		table_add(&t, cell);
	EXPECT_EQ(printed(&t, nullptr),
	    "NAME         PATH     URL\n"
	    "Django blog  backend  https://x.org\n"
	    "X            -        -\n");
	table_release(&t);
}

TEST(table, cuts_long_cells_and_neutralises_control_characters)
{
	static const size_t max[] = { 8, 0 };
	struct table t;
	table_init(&t, 2);
	const char *cells[] = { "a very long title", "é\x1b[31m", "ñandú",
	    "b" };
	for (const char *cell : cells)
		table_add(&t, cell);
	EXPECT_EQ(printed(&t, max),
	    "a ver...  é?[31m\n"
	    "ñandú     b\n");
	table_release(&t);
}

TEST(table, prints_nothing_without_cells)
{
	struct table t;
	table_init(&t, 2);
	EXPECT_EQ(printed(&t, nullptr), "");
	table_release(&t);
}

} // namespace
