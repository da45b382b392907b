// Neutralising text for the terminal: every control a terminal acts on
// becomes '?', invalid UTF-8 becomes U+FFFD, everything else is kept.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" {
#include "core/text.h"
}

namespace {

std::string
terminal(const std::string &s)
{
	struct buf b;
	buf_init(&b);
	buf_put_terminal(&b, s.c_str());
	std::string out = b.data;
	buf_release(&b);
	return out;
}

TEST(text, terminal_replaces_c0_del_and_c1_controls)
{
	EXPECT_EQ(terminal("a\x1b[2Jb"), "a?[2Jb");
	EXPECT_EQ(terminal("ding\x07 back\b cr\r nl\n tab\t del\x7f"),
	    "ding? back? cr? nl? tab? del?");
	EXPECT_EQ(terminal("csi\xc2\x9b" "31m nel\xc2\x85 osc\xc2\x9d"),
	    "csi?31m nel? osc?");
	// U+00A0, the first character after C1, is text.
	EXPECT_EQ(terminal("nbsp\xc2\xa0"), "nbsp\xc2\xa0");
}

TEST(text, terminal_replaces_bidi_controls_and_line_separators)
{
	EXPECT_EQ(terminal("invoice\xe2\x80\xae" "fdp.exe"), "invoice?fdp.exe");
	for (const char *bidi : { "\xe2\x80\xaa", "\xe2\x80\xab", "\xe2\x80\xac",
	    "\xe2\x80\xad", "\xe2\x80\xae", "\xe2\x81\xa6", "\xe2\x81\xa7",
	    "\xe2\x81\xa8", "\xe2\x81\xa9", "\xe2\x80\xa8", "\xe2\x80\xa9" })
		EXPECT_EQ(terminal(std::string("x") + bidi + "y"), "x?y") << bidi;
	// Their neighbours stay: LRM/RLM marks, U+2065, the zero-width joiner.
	for (const char *kept : { "\xe2\x80\x8e", "\xe2\x80\x8f", "\xe2\x81\xa5",
	    "\xe2\x80\x8d", "\xe2\x80\xaf" })
		EXPECT_EQ(terminal(std::string("x") + kept + "y"),
		    std::string("x") + kept + "y") << kept;
}

TEST(text, terminal_keeps_text_and_marks_invalid_utf8)
{
	EXPECT_EQ(terminal("日本語 📚 café <b>&amp;"), "日本語 📚 café <b>&amp;");
	EXPECT_EQ(terminal("caf\xe9"), "caf\xef\xbf\xbd");
	EXPECT_EQ(terminal("\xed\xa0\x80"),	// a UTF-16 surrogate
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
}

std::string
json_terminal(const std::string &s)
{
	struct buf b;
	buf_init(&b);
	buf_put_json_terminal(&b, s.c_str());
	std::string out = b.data;
	buf_release(&b);
	return out;
}

// JSON for a terminal: what buf_put_terminal replaces becomes a \u escape
// of the same character (jansson has escaped C0 already); the newlines
// between elements and all other text stay.
TEST(text, json_for_a_terminal_escapes_what_a_terminal_acts_on)
{
	EXPECT_EQ(json_terminal("{\"n\": \"c1 \xc2\x9b" "31m\"}"),
	    "{\"n\": \"c1 \\u009b31m\"}");
	EXPECT_EQ(json_terminal("[\n  \"invoice\xe2\x80\xae" "fdp\xe2\x81\xa6"
	    "\xe2\x80\xa8\x7f\"\n]"),
	    "[\n  \"invoice\\u202efdp\\u2066\\u2028\\u007f\"\n]");
	EXPECT_EQ(json_terminal("\"日本語 \\u001b café\xc2\xa0\""),
	    "\"日本語 \\u001b café\xc2\xa0\"");
}

// A name from a file: what a terminal acts on becomes a space, one per
// character; the rest (invalid UTF-8 too) is kept.
TEST(text, name_clean_makes_controls_spaces)
{
	char *clean = name_clean("a\x1b[2J\xc2\x9b" "b\xe2\x80\xae" "c\xe2\x80\xa8"
	    "d\x7f\tcaf\xc3\xa9 \xe9");
	EXPECT_STREQ(clean, "a [2J b c d  caf\xc3\xa9 \xe9");
	free(clean);
}

TEST(text, name_controls_check_names_the_first_control)
{
	struct error *err = name_controls_check("project name", "ok name 日本");
	EXPECT_EQ(err, nullptr);
	struct {
		const char *name, *message;
	} cases[] = {
		{ "a\tb", "invalid project name 'a\tb': control characters are "
		  "not allowed (U+0009 is a C0 control)" },
		{ "a\x7f", "invalid project name 'a\x7f': control characters are "
		  "not allowed (U+007F is DEL)" },
		{ "a\xc2\x85", "invalid project name 'a\xc2\x85': control "
		  "characters are not allowed (U+0085 is a C1 control)" },
		{ "a\xe2\x80\xa9", "invalid project name 'a\xe2\x80\xa9': control "
		  "characters are not allowed (U+2029 is a line separator)" },
		{ "a\xe2\x81\xa7", "invalid project name 'a\xe2\x81\xa7': control "
		  "characters are not allowed (U+2067 is a bidi control)" },
	};
	for (const auto &c : cases) {
		err = name_controls_check("project name", c.name);
		ASSERT_NE(err, nullptr) << c.name;
		EXPECT_STREQ(err->message, c.message);
		EXPECT_EQ(err->status, 2);
		error_free(err);
	}
}

TEST(text, print_line_neutralises_the_formatted_text)
{
	char *data = nullptr;
	size_t size = 0;
	FILE *f = open_memstream(&data, &size);
	ASSERT_NE(f, nullptr);
	fprint_line(f, "%s:%d: bad '%s'", "ev\x1b[2Jil.csv", 2, "a\nb\xe2\x80\xae");
	fclose(f);
	EXPECT_EQ(std::string(data, size), "ev?[2Jil.csv:2: bad 'a?b?'\n");
	free(data);
}

static std::string
word(const char *s)
{
	char *w = shell_word(s);
	std::string out = w;
	free(w);
	return out;
}

// Names in suggested commands come out as one shell word each.
TEST(text, shell_word_quotes_only_what_needs_it)
{
	EXPECT_EQ(word("django"), "django");
	EXPECT_EQ(word("scikit-learn"), "scikit-learn");
	EXPECT_EQ(word("c++/std_1.2@x%y:z"), "c++/std_1.2@x%y:z");
	EXPECT_EQ(word("django rest"), "'django rest'");
	EXPECT_EQ(word("café"), "'café'");
	EXPECT_EQ(word("a;b|c&d(e)<f>*?~#,="), "'a;b|c&d(e)<f>*?~#,='");
	EXPECT_EQ(word("x$y `z` \"q\" \\ !"), "'x$y `z` \"q\" \\ !'");
	EXPECT_EQ(word("it's"), "'it'\\''s'");
	EXPECT_EQ(word(""), "''");
}

static std::string
command(const char *words, std::vector<const char *> operands,
    const char *options)
{
	char *c = command_text(words, operands.data(), operands.size(),
	    options);
	std::string out = c;
	free(c);
	return out;
}

// A suggested command puts operands before options, unless one starts
// with '-': then the options come first and "--" ends them.
TEST(text, command_text_ends_options_before_a_dashed_operand)
{
	EXPECT_EQ(command("topic add", { "django rest" }, "--path PATH"),
	    "track topic add 'django rest' --path PATH");
	EXPECT_EQ(command("topic alias", { "djang", "django" }, nullptr),
	    "track topic alias djang django");
	EXPECT_EQ(command("topic add", { "-x" }, "--path PATH"),
	    "track topic add --path PATH -- -x");
	EXPECT_EQ(command("topic alias", { "djang", "-x y" }, nullptr),
	    "track topic alias -- djang '-x y'");
	EXPECT_EQ(command("project done", { "blog" }, "--url URL"),
	    "track project done blog --url URL");
}

TEST(text, skip_blanks_passes_spaces_and_tabs_only)
{
	EXPECT_STREQ(skip_blanks(" \t 9:30 "), "9:30 ");
	EXPECT_STREQ(skip_blanks("9:30"), "9:30");
	EXPECT_STREQ(skip_blanks("\n9:30"), "\n9:30");
	EXPECT_STREQ(skip_blanks("  "), "");
}

TEST(text, hex_put_writes_the_low_digits_without_a_nul)
{
	char out[] = "xxxxxxxxxxxxxxxxxxxx";
	hex_put(out, 0x0123456789abcdefULL, 16);
	EXPECT_STREQ(out, "0123456789abcdefxxxx");
	hex_put(out + 2, 0xfff0a, 3);
	EXPECT_STREQ(out, "01f0a56789abcdefxxxx");
	hex_put(out + 1, 0, 1);
	EXPECT_STREQ(out, "00f0a56789abcdefxxxx");
}

} // namespace
