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

TEST(table, measures_wide_characters_in_display_columns)
{
	struct table t;
	table_init(&t, 3);
	// 日本語の本 takes ten columns (two a character), é one, a combining
	// acute accent none.
	const char *cells[] = { "NAME", "PATH", "URL", "日本語の本", "backend",
	    "-", "Django blog", "e\xcc\x81", "https://x.org" };
	for (const char *cell : cells)
		table_add(&t, cell);
	EXPECT_EQ(printed(&t, nullptr),
	    "NAME         PATH     URL\n"
	    "日本語の本   backend  -\n"
	    "Django blog  e\xcc\x81        https://x.org\n");
	table_release(&t);
}

TEST(table, cuts_wide_characters_whole_and_pads_what_a_half_leaves)
{
	static const size_t max[] = { 8, 0 };
	struct table t;
	table_init(&t, 2);
	// Five columns before "..." hold two wide characters (four columns):
	// the cut cell is seven columns wide, padded like the others.
	const char *cells[] = { "日本語の本", "a", "abcdefg", "b" };
	for (const char *cell : cells)
		table_add(&t, cell);
	EXPECT_EQ(printed(&t, max),
	    "日本...  a\n"
	    "abcdefg  b\n");
	table_release(&t);
}

TEST(table, cell_functions_cut_and_pad_for_streamed_columns)
{
	struct buf b;
	buf_init(&b);
	EXPECT_EQ(table_cell_width("日本語の本", 0), 10u);
	EXPECT_EQ(table_cell_width("日本語の本", 8), 7u);
	EXPECT_EQ(table_put_cell(&b, "ñandú\x1b", 0), 6u);
	table_pad(&b, 6, 8);
	EXPECT_EQ(std::string(b.data), "ñandú?  ");
	buf_release(&b);
}

TEST(table, prints_nothing_without_cells)
{
	struct table t;
	table_init(&t, 2);
	EXPECT_EQ(printed(&t, nullptr), "");
	table_release(&t);
}

} // namespace
