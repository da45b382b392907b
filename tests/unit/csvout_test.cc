#include <gtest/gtest.h>

#include <string>

extern "C" {
#include "core/csvout.h"
}

static std::string
cell(const char *text)
{
	struct buf b;
	buf_init(&b);
	csv_put_cell(&b, text);
	std::string s = b.data;
	buf_release(&b);
	return s;
}

TEST(csvout, plain_cells_stay_as_they_are)
{
	EXPECT_EQ(cell("django"), "django");
	EXPECT_EQ(cell("Pandas in 10 Minutes"), "Pandas in 10 Minutes");
	EXPECT_EQ(cell("a=b"), "a=b");
	EXPECT_EQ(cell("2026-11-22T08:00:00Z"), "2026-11-22T08:00:00Z");
	EXPECT_EQ(cell(""), "");
	EXPECT_EQ(cell(nullptr), "");
}

TEST(csvout, quotes_commas_quotes_and_line_breaks)
{
	EXPECT_EQ(cell("a,b"), "\"a,b\"");
	EXPECT_EQ(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
	EXPECT_EQ(cell("one\ntwo"), "\"one\ntwo\"");
	EXPECT_EQ(cell("one\r\ntwo"), "\"one\r\ntwo\"");
	EXPECT_EQ(cell("\""), "\"\"\"\"");
}

// A bare cell loses its blanks at either end in CSV readers: quoted, it
// keeps them.
TEST(csvout, quotes_blanks_at_either_end)
{
	EXPECT_EQ(cell("  two spaces  "), "\"  two spaces  \"");
	EXPECT_EQ(cell(" lead"), "\" lead\"");
	EXPECT_EQ(cell("trail\t"), "\"trail\t\"");
	EXPECT_EQ(cell(" "), "\" \"");
	EXPECT_EQ(cell("in between"), "in between");
	EXPECT_EQ(cell("\tx "), "\"'\tx \"");
}

TEST(csvout, neutralises_formula_starts)
{
	EXPECT_EQ(cell("=1+2"), "'=1+2");
	EXPECT_EQ(cell("+49 30"), "'+49 30");
	EXPECT_EQ(cell("-3"), "'-3");
	EXPECT_EQ(cell("@SUM(A1)"), "'@SUM(A1)");
	EXPECT_EQ(cell("\tx"), "'\tx");
	EXPECT_EQ(cell("=HYPERLINK(\"x\",\"y\")"),
	    "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
	// The guard is guarded too, so one stripped guard gives the text back.
	EXPECT_EQ(cell("'=already"), "''=already");
	EXPECT_EQ(cell("'quoted"), "''quoted");
}

TEST(csvout, rows_join_cells_and_end_with_a_newline)
{
	const char *cells[] = { "1", nullptr, "a,b", "=x" };
	struct buf b;
	buf_init(&b);
	csv_put_row(&b, cells, 4);
	EXPECT_EQ(std::string(b.data), "1,,\"a,b\",'=x\n");
	buf_release(&b);
}

// For a terminal every cell is neutralised before it is quoted and
// guarded; NULL stays an empty cell.
TEST(csvout, rows_for_a_terminal_neutralise_each_cell)
{
	const char *cells[] = { "wipe\x1b[2J", nullptr, "=1,\xe2\x80\xae" "2",
	    "a\nb" };
	struct buf b;
	buf_init(&b);
	csv_put_row_as(&b, cells, 4, true);
	EXPECT_EQ(std::string(b.data), "wipe?[2J,,\"'=1,?2\",a?b\n");
	buf_clear(&b);
	csv_put_row_as(&b, cells, 4, false);
	EXPECT_EQ(std::string(b.data), "wipe\x1b[2J,,\"'=1,\xe2\x80\xae" "2\","
	    "\"a\nb\"\n");
	buf_release(&b);
}
