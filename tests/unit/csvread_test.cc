// The streaming CSV driver, fed from strings.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

extern "C" {
#include "csvread.h"
}

namespace {

struct Record {
	long line;
	std::vector<std::string> cells;
};

struct error *
collect(const struct csv_record *r, void *arg)
{
	auto *records = static_cast<std::vector<Record> *>(arg);
	Record rec{ r->line, {} };
	for (size_t i = 0; i < r->count; i++)
		rec.cells.push_back(r->cells[i]);
	records->push_back(rec);
	return nullptr;
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
