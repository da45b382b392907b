// The streaming CSV driver, fed from strings.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

extern "C" {
#include "importers/csvread.h"
}

namespace {

struct Record {
	long line;
	std::vector<std::string> cells;
	std::string problem = "";	// the record's problem, if any
};

struct error *
collect(const struct csv_record *r, void *arg)
{
	auto *records = static_cast<std::vector<Record> *>(arg);
	Record rec{ r->line, {}, r->problem ? r->problem : "" };
	for (size_t i = 0; i < r->count; i++)
		rec.cells.push_back(r->cells[i]);
	records->push_back(rec);
	return nullptr;
}

// The problems of a quote left open (csvread.c), as the driver words them.
std::string
never_closed(const std::string &where = "on this line")
{
	return "unterminated quoted cell: the quote opened " + where +
	    " is never closed (the cell runs to the end of the file)";
}

std::string
runs_into(long line, const std::string &where = "on this line")
{
	return "unterminated quoted cell: the quote opened " + where +
	    " runs into line " + std::to_string(line) + ", where a quote is "
	    "followed by text (a quote inside a quoted cell is written \"\")";
}

std::string
runs_over(long line)
{
	return "unterminated quoted cell: the quote opened on this line runs "
	    "over 64 KiB, to line " + std::to_string(line) + " (a quoted cell "
	    "holds at most 64 KiB)";
}

// Reads text; returns the records, or one record {-1, {message}}.
std::vector<Record>
read(const std::string &text)
{
	std::vector<Record> records;
	FILE *in = fmemopen(const_cast<char *>(text.data()), text.size(), "r");
	struct instream stream;
	instream_init(&stream, in);
	struct error *err = csv_read(&stream, "f.csv", collect, &records);
	fclose(in);
	if (err != nullptr) {
		records = { { -1, { err->message } } };
		error_free(err);
	}
	return records;
}

} // namespace

TEST(csvread, bom_quotes_and_embedded_newlines_keep_their_lines)
{
	auto r = read("\xEF\xBB\xBF\"a\",\"b\"\n\"1\",\"x, \"\"y\"\"\nz\"\n2,w\n");
	ASSERT_EQ(r.size(), 3u);
	EXPECT_EQ(r[0].line, 1);
	EXPECT_EQ(r[0].cells, (std::vector<std::string>{ "a", "b" }));
	EXPECT_EQ(r[1].line, 2);
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1", "x, \"y\"\nz" }));
	EXPECT_EQ(r[2].line, 4);
	EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "2", "w" }));
}

TEST(csvread, semicolon_and_tab_delimiters_are_sniffed_outside_quotes)
{
	auto r = read("date;\"a,b,c\";topic\r\n2025-01-01;1;x\r\n");
	ASSERT_EQ(r.size(), 2u);
	EXPECT_EQ(r[0].cells, (std::vector<std::string>{ "date", "a,b,c", "topic" }));
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "2025-01-01", "1", "x" }));
	r = read("a\tb\n1\t2 3\n");
	ASSERT_EQ(r.size(), 2u);
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1", "2 3" }));
	EXPECT_EQ(csv_sniff_delimiter("a,b;c", 5), ',');
	EXPECT_EQ(csv_sniff_delimiter("a;b;c,d", 7), ';');
}

TEST(csvread, trailing_empty_columns_and_blank_lines)
{
	auto r = read("a,b,\n1,2,\n\n3,4\n");
	ASSERT_EQ(r.size(), 3u);
	EXPECT_EQ(r[0].cells, (std::vector<std::string>{ "a", "b", "" }));
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1", "2", "" }));
	EXPECT_EQ(r[2].line, 4);
	EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "3", "4" }));
}

TEST(csvread, no_final_newline_and_crlf)
{
	auto r = read("a,b\r\n1,2");
	ASSERT_EQ(r.size(), 2u);
	EXPECT_EQ(r[1].line, 2);
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1", "2" }));
}

TEST(csvread, refuses_what_is_not_utf8)
{
	auto r = read("a,b\n1,caf\xe9\n");
	ASSERT_EQ(r.size(), 1u);
	EXPECT_EQ(r[0].cells[0], "f.csv:2: text is not UTF-8: convert the file "
	    "first, e.g. iconv -f WINDOWS-1252 -t UTF-8 'f.csv' > copy.csv");
	r = read(std::string("\xff\xfe" "a\0,\0", 6));
	EXPECT_EQ(r[0].cells[0], "f.csv: the file is UTF-16, not UTF-8: convert "
	    "it first, e.g. iconv -f UTF-16 -t UTF-8 'f.csv' > copy.csv");
}

TEST(csvread, lines_past_the_read_buffer)
{
	std::string text = "a,b\n";
	for (int i = 0; i < 20000; i++)
		text += "1,\"" + std::string(10, 'x') + "\"\n";
	text += "2,\"multi\nline\"\n3,z\n";
	auto r = read(text);
	ASSERT_EQ(r.size(), 20003u);
	EXPECT_EQ(r[20001].line, 20002);
	EXPECT_EQ(r[20002].line, 20004);
	EXPECT_EQ(r[20002].cells[1], "z");
}

// ---------------------------------------------------------------------
// A quote left open costs its row, not the rows after it

TEST(csvread, open_quote_in_the_middle_is_one_bad_record_and_the_rest_reads)
{
	auto r = read("a,b\n1,\"x\n2,y\n3,z\n");
	ASSERT_EQ(r.size(), 4u);
	EXPECT_EQ(r[1].line, 2);
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1", "x" }));
	EXPECT_EQ(r[1].problem, never_closed());
	EXPECT_EQ(r[2].line, 3);
	EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "2", "y" }));
	EXPECT_EQ(r[2].problem, "");
	EXPECT_EQ(r[3].line, 4);
	EXPECT_EQ(r[3].cells, (std::vector<std::string>{ "3", "z" }));
}

TEST(csvread, open_quote_on_the_last_row_with_and_without_a_newline)
{
	for (std::string end : { "\n", "", "\r\n" }) {
		auto r = read("a,b\n1,y\n2,\"z" + end);
		ASSERT_EQ(r.size(), 3u);
		EXPECT_EQ(r[2].line, 3);
		EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "2", "z" }));
		EXPECT_EQ(r[2].problem, never_closed());
	}
}

TEST(csvread, open_quote_in_the_first_cell_and_in_the_header)
{
	auto r = read("a,b\n\"1,x\n2,y\n");
	ASSERT_EQ(r.size(), 3u);
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1,x" }));
	EXPECT_EQ(r[1].problem, never_closed());
	EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "2", "y" }));
	r = read("a,\"b\n1,2\n");
	ASSERT_EQ(r.size(), 2u);
	EXPECT_EQ(r[0].line, 1);
	EXPECT_EQ(r[0].cells, (std::vector<std::string>{ "a", "b" }));
	EXPECT_EQ(r[0].problem, never_closed());
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1", "2" }));
}

TEST(csvread, open_quote_that_runs_into_a_later_quoted_cell)
{
	auto r = read("a,b\n1,\"x\n2,\"y, z\"\n3,w\n");
	ASSERT_EQ(r.size(), 4u);
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1", "x" }));
	EXPECT_EQ(r[1].problem, runs_into(3));
	EXPECT_EQ(r[2].line, 3);
	EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "2", "y, z" }));
	EXPECT_EQ(r[2].problem, "");
	EXPECT_EQ(r[3].line, 4);
	// Every cell quoted (Toggl, Clockify): the next row's first quote.
	r = read("\"a\",\"b\"\n\"1\",\"x\n\"2\",\"y\"\n");
	ASSERT_EQ(r.size(), 3u);
	EXPECT_EQ(r[1].problem, runs_into(3));
	EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "2", "y" }));
}

TEST(csvread, one_open_quote_after_another)
{
	auto r = read("a,b\n1,\"x\n2,\"y\n3,z\n");
	ASSERT_EQ(r.size(), 4u);
	EXPECT_EQ(r[1].problem, runs_into(3));
	EXPECT_EQ(r[2].line, 3);
	EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "2", "y" }));
	EXPECT_EQ(r[2].problem, never_closed());
	EXPECT_EQ(r[3].line, 4);
	EXPECT_EQ(r[3].cells, (std::vector<std::string>{ "3", "z" }));
}

TEST(csvread, open_quote_after_a_multi_line_cell_of_the_same_record)
{
	auto r = read("a,b,c\n1,\"multi\nline\",\"open\n2,y,z\n");
	ASSERT_EQ(r.size(), 3u);
	EXPECT_EQ(r[1].line, 2);
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1", "multi\nline",
	    "open" }));
	EXPECT_EQ(r[1].problem, never_closed("on line 3"));
	EXPECT_EQ(r[2].line, 4);
	EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "2", "y", "z" }));
}

TEST(csvread, stray_quotes_on_one_line_are_text_as_before)
{
	auto r = read("a,b\n1,5\" screen\n2,\"a\"b\"\n3,\"x\"\"y\"\n");
	ASSERT_EQ(r.size(), 4u);
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1", "5\" screen" }));
	EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "2", "a\"b" }));
	EXPECT_EQ(r[3].cells, (std::vector<std::string>{ "3", "x\"y" }));
	for (const auto &rec : r)
		EXPECT_EQ(rec.problem, "");
}

// A record whose second cell spans lines and holds bytes bytes, then
// a last row.
static std::string
long_cell_file(size_t bytes, bool closed)
{
	std::string cell = "first\n";
	while (cell.size() + 100 < bytes)
		cell += std::string(99, 'x') + "\n";
	cell += std::string(bytes - cell.size(), 'y');
	return "a,b\n1,\"" + cell + (closed ? "\"" : "") + "\n2,z\n";
}

TEST(csvread, a_quoted_cell_over_lines_holds_at_most_64_kib)
{
	auto r = read(long_cell_file(CSV_QUOTED_CELL_MAX, true));
	ASSERT_EQ(r.size(), 3u);
	EXPECT_EQ(r[1].cells[1].size(), (size_t)CSV_QUOTED_CELL_MAX);
	EXPECT_EQ(r[1].problem, "");
	EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "2", "z" }));

	// One byte more, closed: the lines after its first are read again.
	std::string text = long_cell_file(CSV_QUOTED_CELL_MAX + 1, true);
	long last = (long)std::count(text.begin(), text.end(), '\n');
	r = read(text);
	ASSERT_GE(r.size(), 4u);
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1", "first" }));
	EXPECT_EQ(r[1].problem, runs_over(last - 1));
	EXPECT_EQ(r[2].line, 3);
	EXPECT_EQ(r[2].cells[0], std::string(99, 'x'));
	EXPECT_EQ(r.back().line, last);
	EXPECT_EQ(r.back().cells, (std::vector<std::string>{ "2", "z" }));

	// Never closed: found at the first line end past the limit, the
	// line where the bytes after the quote, line ends included, exceed it.
	text = long_cell_file(CSV_QUOTED_CELL_MAX + 200, false);
	size_t held = 0;
	long line = 2;
	for (size_t i = text.find('"') + 1; i < text.size(); i++) {
		held++;
		if (text[i] == '\n' && held > CSV_QUOTED_CELL_MAX)
			break;
		line += text[i] == '\n';
	}
	r = read(text);
	ASSERT_GE(r.size(), 3u);
	EXPECT_EQ(r[1].problem, runs_over(line));
	EXPECT_EQ(r.back().cells, (std::vector<std::string>{ "2", "z" }));
}

TEST(csvread, open_quote_across_the_read_buffer_keeps_the_lines)
{
	// 13-byte rows: the quote opens before the first 64 KiB read ends
	// and the 39 kB it swallows run into the next.
	std::string text = "a,b\n";
	for (int i = 0; i < 4600; i++)
		text += "1," + std::string(10, 'x') + "\n";
	text += "2,\"open\n";
	for (int i = 0; i < 3000; i++)
		text += "3," + std::string(10, 'y') + "\n";
	auto r = read(text);
	ASSERT_EQ(r.size(), 7602u);
	EXPECT_EQ(r[4601].line, 4602);
	EXPECT_EQ(r[4601].cells, (std::vector<std::string>{ "2", "open" }));
	EXPECT_EQ(r[4601].problem, never_closed());
	EXPECT_EQ(r[4602].line, 4603);
	EXPECT_EQ(r[4602].cells, (std::vector<std::string>{ "3",
	    std::string(10, 'y') }));
	EXPECT_EQ(r[7601].line, 7602);
	EXPECT_EQ(r[7601].problem, "");
}

TEST(csvread, text_after_a_closing_quote_reopens_the_cell)
{
	// libcsv reads "a"b as a quoted cell still open (a"b...): on its
	// own line that is a quote left open too.
	auto r = read("a,b\n1,\"a\"b\n2,y\n");
	ASSERT_EQ(r.size(), 3u);
	EXPECT_EQ(r[1].cells, (std::vector<std::string>{ "1", "a\"b" }));
	EXPECT_EQ(r[1].problem, never_closed());
	EXPECT_EQ(r[2].cells, (std::vector<std::string>{ "2", "y" }));
}
