// The corpus of nasty strings the escaping and terminal tests store as
// notes, names and file names, and the check that what reaches a
// terminal holds none of the controls they carry.
#ifndef TRACK_TESTS_CLI_NASTY_H
#define TRACK_TESTS_CLI_NASTY_H

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
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

// Whether s holds a character buf_put_terminal replaces (C0, DEL, C1,
// bidi controls, U+2028/9): what no new name may hold.
inline bool
has_control(const std::string &s)
{
	static const std::regex control(
	    "[\x01-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|"
	    "\xe2\x81[\xa6-\xa9]");
	return std::regex_search(s, control);
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

// The offset of the first byte of s that is not part of valid UTF-8
// (a raw 0x9b, the 8-bit CSI, is one), or npos.
inline size_t
invalid_utf8_at(const std::string &s)
{
	const unsigned char *p = (const unsigned char *)s.data();
	size_t i = 0, n = s.size();
	while (i < n) {
		size_t len = p[i] < 0x80 ? 1 : (p[i] >> 5) == 6 ? 2 :
		    (p[i] >> 4) == 14 ? 3 : (p[i] >> 3) == 30 ? 4 : 0;
		if (len == 0 || i + len > n || (len == 2 && p[i] < 0xc2))
			return i;
		for (size_t k = 1; k < len; k++)
			if ((p[i + k] & 0xc0) != 0x80)
				return i;
		i += len;
	}
	return std::string::npos;
}

// Fails when text, bound for a terminal, holds a control character (but
// the newlines ending lines) or a byte outside valid UTF-8; says where.
inline void
expect_terminal_safe(const std::string &what, const std::string &text)
{
	static const std::regex control(
	    "[\x01-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|"
	    "\xe2\x81[\xa6-\xa9]");
	std::smatch m;
	if (std::regex_search(text, m, control))
		ADD_FAILURE() << what << ": raw control " << escaped(m.str())
		    << " in: " << escaped(text.substr(std::max<long>(0,
		    m.position() - 40), 80));
	size_t bad = invalid_utf8_at(text);
	if (bad != std::string::npos)
		ADD_FAILURE() << what << ": byte outside UTF-8 in: " <<
		    escaped(text.substr(bad > 40 ? bad - 40 : 0, 80));
}

} // namespace nasty

#endif
