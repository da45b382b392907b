// The corpus of nasty strings the escaping and terminal tests store as
// notes, names and file names, and the check that what reaches a
// terminal holds none of the controls they carry.
#ifndef TRACK_TESTS_CLI_NASTY_H
#define TRACK_TESTS_CLI_NASTY_H

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace nasty {

struct Nasty {
	const char *name;
	std::string text;
	bool has_c0;	// C0 controls: no name ever held one (refused or
			// cleaned since the first version); notes keep them
};

const Nasty kStrings[] = {
	{ "clear_screen", "wipe\x1b[2J\x1b[Hall", true },
	{ "osc8_hyperlink", "\x1b]8;;https://evil.example/\x1b\\click me"
	  "\x1b]8;;\x1b\\", true },
	{ "title_change", "\x1b]0;owned\x07", true },
	{ "bell", "ding\x07", true },
	{ "carriage_return", "harmless\rEVIL", true },
	{ "backspace", "abc\b\b\bxyz", true },
	{ "tab_formula", "\t=1+1", true },
	{ "newline", "line one\nline two", true },
	{ "c1_csi", "c1 \xc2\x9b" "31m red", false },
	{ "c1_next_line", "next\xc2\x85line", false },
	{ "c1_osc", "\xc2\x9d" "0;title\xc2\x9c", false },
	{ "bidi_override", "invoice\xe2\x80\xae" "fdp.exe", false },
	{ "bidi_isolate", "\xe2\x81\xa6" "isolated\xe2\x81\xa9 text", false },
	{ "line_separator", "one\xe2\x80\xa8two", false },
	{ "script", "</script><script>alert(1)</script>", false },
	{ "img_onerror", "<img src=x onerror=alert(1)>", false },
	{ "quotes", "\"double\" and 'single'", false },
	{ "backslashes", "back\\slash \\n \\u0041 \\", false },
	{ "formula_equals", "=cmd|' /C calc'!A0", false },
	{ "formula_plus", "+1", false },
	{ "formula_minus", "-1", false },
	{ "formula_at", "@SUM(A1:A9)", false },
	{ "guard_itself", "'=already guarded", false },
	{ "csv_breakers", "a,b;c\"d", false },
	{ "entities", "&amp; &lt; &#x3c; %s %n", false },
	{ "unicode", "日本語 📚 café", false },
};

// The code point of the UTF-8 sequence at s[i] and its length, or 0
// when the bytes there are not valid UTF-8 (a raw 0x9b, the 8-bit CSI,
// is not).
inline size_t
utf8_at(const std::string &s, size_t i, unsigned *code)
{
	const unsigned char *p = (const unsigned char *)s.data() + i;
	size_t left = s.size() - i, len;
	unsigned c;

	if (p[0] < 0x80)
		len = 1, c = p[0];
	else if (p[0] >= 0xc2 && p[0] <= 0xdf)
		len = 2, c = p[0] & 0x1f;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		len = 3, c = p[0] & 0x0f;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		len = 4, c = p[0] & 0x07;
	else
		return 0;
	if (len > left)
		return 0;
	for (size_t k = 1; k < len; k++) {
		if ((p[k] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (p[k] & 0x3f);
	}
	*code = c;
	return len;
}

// What a terminal acts on: C0, DEL and C1 controls, the line and
// paragraph separators, bidi embeddings, overrides and isolates.
inline bool
is_control(unsigned code)
{
	return code < 0x20 || code == 0x7f || (code >= 0x80 && code <= 0x9f) ||
	    (code >= 0x2028 && code <= 0x202e) ||
	    (code >= 0x2066 && code <= 0x2069);
}

// Whether s holds such a character: what no new name may hold.
inline bool
has_control(const std::string &s)
{
	unsigned code;
	for (size_t i = 0, n; i < s.size(); i += n ? n : 1)
		if ((n = utf8_at(s, i, &code)) != 0 && is_control(code))
			return true;
	return false;
}

inline std::string
escaped(const std::string &s)
{
	std::string out;
	for (unsigned char c : s) {
		if (c < 0x20 || c >= 0x7f) {
			char hex[8];
			snprintf(hex, sizeof(hex), "\\x%02x", c);
			out += hex;
		} else {
			out += (char)c;
		}
	}
	return out;
}

// Fails when text, bound for a terminal, holds a control character (but
// the newlines ending lines) or a byte outside valid UTF-8; says where.
inline void
expect_terminal_safe(const std::string &what, const std::string &text)
{
	unsigned code;
	for (size_t i = 0, n; i < text.size(); i += n) {
		n = utf8_at(text, i, &code);
		if (n != 0 && (code == '\n' || !is_control(code)))
			continue;
		ADD_FAILURE() << what << ": " << (n ? "raw control " :
		    "byte outside UTF-8 ") << escaped(text.substr(i, n ? n : 1))
		    << " in: " << escaped(text.substr(i > 40 ? i - 40 : 0, 80));
		return;
	}
}

} // namespace nasty

#endif
