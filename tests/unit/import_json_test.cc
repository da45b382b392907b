// The JSON inputs of track import: reading JSON text a value at a time
// (jsontext.c) and track's own JSON export (trackjson.c) imported into an
// in-memory database.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "support.h"

extern "C" {
#include "core/date.h"
#include "importers/import.h"
#include "importers/jsontext.h"
}

namespace {

// ---------------------------------------------------------------------
// jsontext

class JsonText : public ::testing::Test {
protected:
	void TearDown() override { json_text_release(&t_); }
	// Reads text as the file "F".
	void read(const std::string &text)
	{
		FILE *in = fmemopen(const_cast<char *>(text.data()), text.size(),
		    "rb");
		ASSERT_NE(in, nullptr);
		struct instream stream;
		instream_init(&stream, in);
		struct error *err = json_text_read(&t_, &stream, "F", "a test");
		fclose(in);
		ASSERT_EQ(err, nullptr);
	}
	// The next value as compact JSON, or the error message.
	std::string value()
	{
		json_t *v = nullptr;
		struct error *err = json_text_value(&t_, &v);
		if (err != nullptr) {
			std::string m = err->message;
			error_free(err);
			return m;
		}
		char *text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
		std::string s = text;
		free(text);
		json_decref(v);
		return s;
	}
	std::string expected(const char *what)
	{
		struct error *err = json_text_expected(&t_, what);
		std::string m = err->message;
		error_free(err);
		return m;
	}
	struct json_text t_ = {};
};

TEST_F(JsonText, skips_a_bom_and_blanks_and_counts_lines)
{
	read("\xEF\xBB\xBF \n{\"a\":\n  [1,\r\n 2.5]}\n");
	EXPECT_EQ(json_text_peek(&t_), '{');
	EXPECT_EQ(t_.line, 2);
	t_.pos++;
	EXPECT_EQ(value(), "\"a\"");
	EXPECT_EQ(json_text_peek(&t_), ':');
	t_.pos++;
	EXPECT_EQ(value(), "[1,2.5]");
	EXPECT_EQ(t_.line, 4);
	EXPECT_EQ(json_text_peek(&t_), '}');
	t_.pos++;
	EXPECT_EQ(json_text_peek(&t_), 0);
	EXPECT_EQ(t_.line, 5);
}

TEST_F(JsonText, a_number_ends_where_its_digits_do)
{
	read("12,\"x\"]");
	EXPECT_EQ(value(), "12");
	EXPECT_EQ(json_text_peek(&t_), ',');
	t_.pos++;
	EXPECT_EQ(value(), "\"x\"");
	EXPECT_EQ(json_text_peek(&t_), ']');
}

TEST_F(JsonText, invalid_json_names_the_line_where_it_goes_wrong)
{
	read("\n\n{\"a\": 1,\n \"b\": tru}");
	EXPECT_EQ(value(), "F:4: invalid JSON: invalid token near 'tru'");
}

TEST_F(JsonText, rewind_goes_back_to_the_first_value)
{
	read("\xEF\xBB\xBF\n[1]");
	EXPECT_EQ(value(), "[1]");
	json_text_rewind(&t_);
	EXPECT_EQ(t_.line, 1);
	EXPECT_EQ(value(), "[1]");
}

TEST_F(JsonText, expected_says_what_and_where_or_that_the_file_ends)
{
	read("{\n\"a\" 1");
	t_.pos++;
	EXPECT_EQ(value(), "\"a\"");
	EXPECT_EQ(expected("':'"), "F:2: invalid JSON: expected ':', not '1'");
	t_.pos = t_.text.len;
	EXPECT_EQ(expected("':'"), "F:2: invalid JSON: the file ends before "
	    "the document does (is it truncated?)");
}

// ---------------------------------------------------------------------
// track's JSON export

const char kHead[] = "{\"format\": \"track-export\", \"version\": 1";

// A document of the head and the members given (", \"sessions\": [...]").
std::string
doc(const std::string &members)
{
	return kHead + members + "}\n";
}

// A session object with the given extra members (which may repeat a key:
// the last one wins).
std::string
session(int n, const std::string &extra = "")
{
	return "{\"uuid\": \"0190c2a0-0000-7000-8000-00000000000" +
	    std::to_string(n) + "\", \"day\": \"2025-01-0" + std::to_string(n) +
	    "\", \"start\": null, \"minutes\": 30, \"topic\": \"django\", "
	    "\"kind\": \"study\", \"origin\": \"manual\"" + extra + "}";
}

class TrackJson : public ::testing::Test {
protected:
	void SetUp() override { db_ = memory_db(); }
	void TearDown() override { sqlite3_close(db_); }

	// Imports text as a file; returns the error ("" when none) with the
	// file's path written as F. warn_ gets the warnings, likewise.
	std::string import(const std::string &text, const char *from = nullptr,
	    bool skip_bad = false)
	{
		std::string path = dir_.file("export.json");
		write_file(path, text);
		char *buf = nullptr;
		size_t len = 0;
		FILE *warn = open_memstream(&buf, &len);
		struct import_options o = {};
		o.from = from;
		o.skip_bad = skip_bad;
		o.warn = warn;
		instant_parse("2026-11-22T10:00:00Z", &o.now);
		o.today = day_from_civil(2026, 11, 22);
		struct error *err = import_file(db_, path.c_str(), &o, &r_);
		fclose(warn);
		warn_ = relative(std::string(buf, len), path);
		free(buf);
		std::string m = err ? relative(err->message, path) : "";
		error_free(err);
		return m;
	}
	std::string sql(const std::string &text) { return query(db_, text); }
	static std::string relative(std::string s, const std::string &path)
	{
		for (size_t at; (at = s.find(path)) != std::string::npos;)
			s.replace(at, path.size(), "F");
		return s;
	}

	TempDir dir_;
	sqlite3 *db_ = nullptr;
	struct import_result r_ = {};
	std::string warn_;
};

TEST_F(TrackJson, a_session_with_its_project_and_tutorial)
{
	EXPECT_EQ(import(doc(", \"projects\": [{\"name\": \"Blog\", \"path\": "
	    "\"backend\", \"started\": \"2025-01-01\", \"completed\": null, "
	    "\"url\": \"https://example.com\", \"description\": \"a blog\"}], "
	    "\"tutorials\": [{\"title\": \"Django Basics\", \"topic\": "
	    "\"django\", \"platform\": null, \"course_id\": null, \"progress\": "
	    "41.666666666666664, \"started\": \"2025-01-02\", \"completed\": "
	    "null, \"url\": null}], \"sessions\": [" + session(3, ", \"kind\": "
	    "\"project\", \"project\": \"Blog\", \"note\": \"N/A\"") + ", " +
	    session(4, ", \"kind\": \"tutorial\", \"tutorial\": \"Django "
	    "Basics\", \"note\": \"a, \\\"b\\\"\\nc \\u00e9\"") + "]")), "");
	EXPECT_EQ(warn_, "");
	EXPECT_EQ(r_.rows, 4);
	EXPECT_EQ(r_.sessions_added, 2);
	EXPECT_EQ(r_.tutorials_added, 1);
	EXPECT_STREQ(r_.format, "track-json");
	EXPECT_EQ(sql("SELECT s.uuid, s.day, s.minutes, s.kind, s.origin, "
	    "ifnull(p.name, ''), ifnull(tu.title, ''), s.note FROM session s "
	    "LEFT JOIN project p ON p.id = s.project_id LEFT JOIN tutorial tu ON "
	    "tu.id = s.tutorial_id ORDER BY s.day"),
	    "0190c2a0-0000-7000-8000-000000000003|2025-01-03|30|project|manual|"
	    "Blog||N/A\n"
	    "0190c2a0-0000-7000-8000-000000000004|2025-01-04|30|tutorial|manual|"
	    "|Django Basics|a, \"b\"\nc \xC3\xA9\n");
	EXPECT_EQ(sql("SELECT name, started, url, description FROM project"),
	    "Blog|2025-01-01|https://example.com|a blog\n");
	// The progress comes back as the very same double.
	EXPECT_EQ(sql("SELECT progress = 41.666666666666664 FROM tutorial"),
	    "1\n");
	EXPECT_EQ(sql("SELECT format FROM import_batch"), "track-json\n");
}

TEST_F(TrackJson, importing_it_again_adds_nothing)
{
	std::string text = doc(", \"sessions\": [" + session(1) + ", " +
	    session(2) + "]");
	EXPECT_EQ(import(text), "");
	EXPECT_EQ(r_.sessions_added, 2);
	EXPECT_EQ(import(text), "");
	EXPECT_EQ(r_.sessions_added, 0);
	EXPECT_EQ(r_.duplicates, 2);
	EXPECT_EQ(sql("SELECT count(*) FROM session UNION ALL SELECT count(*) "
	    "FROM import_batch"), "2\n1\n");
}

TEST_F(TrackJson, key_order_unknown_keys_and_absent_arrays_do_not_matter)
{
	EXPECT_EQ(import("{\"sessions\": [" + session(1, ", \"mood\": "
	    "\"great\", \"tags\": [1, 2]") + "], \"exported_by\": {\"v\": [1]}, "
	    "\"paths\": null, \"version\": 1, \"format\": \"track-export\"}"),
	    "");
	EXPECT_EQ(r_.sessions_added, 1);
	EXPECT_EQ(import(doc("")), "");
	EXPECT_EQ(r_.rows, 0);
}

TEST_F(TrackJson, arrays_import_in_the_csv_order_whatever_the_key_order)
{
	EXPECT_EQ(import(doc(", \"sessions\": [" + session(1, ", \"topic\": "
	    "\"gd\", \"kind\": \"project\", \"project\": \"Jam\"") + "], "
	    "\"projects\": [{\"name\": \"Jam\", \"path\": \"game-dev\", "
	    "\"started\": \"2025-01-01\"}], \"topics\": [{\"name\": \"godot\", "
	    "\"path\": \"game-dev\", \"aliases\": [\"gd\"]}], \"paths\": "
	    "[{\"slug\": \"game-dev\", \"name\": \"Game development\"}]")), "");
	EXPECT_EQ(warn_, "");
	EXPECT_EQ(sql("SELECT t.name, tp.slug, p.name, pp.slug FROM session s "
	    "JOIN topic t ON t.id = s.topic_id JOIN path tp ON tp.id = t.path_id "
	    "JOIN project p ON p.id = s.project_id JOIN path pp ON pp.id = "
	    "p.path_id"), "godot|game-dev|Jam|game-dev\n");
}

TEST_F(TrackJson, a_known_key_given_twice_is_refused)
{
	EXPECT_EQ(import(doc(", \"sessions\": [],\n \"sessions\": []")),
	    "F:2: invalid track export: \"sessions\" is given twice");
	EXPECT_EQ(import(doc(", \"version\": 1")), "F:1: invalid track "
	    "export: \"version\" is given twice");
}

TEST_F(TrackJson, numbers_where_numbers_belong)
{
	EXPECT_EQ(import(doc(", \"sessions\": [" + session(1, ", \"minutes\": "
	    "90.0") + "]")), "");
	EXPECT_EQ(sql("SELECT minutes FROM session"), "90\n");
}

TEST_F(TrackJson, every_bad_entry_is_named_and_nothing_is_written)
{
	EXPECT_EQ(import(doc(", \"paths\": [7], \"topics\": [{\"name\": "
	    "\"godot\", \"path\": null, \"aliases\": [\"gd\", 3]}, {\"name\": "
	    "\"bevy\", \"aliases\": \"bv\"}], \"sessions\": [" + session(1,
	    ", \"minutes\": \"30\"") + ", " + session(2, ", \"note\": 42") +
	    ", " + session(3, ", \"kind\": \"reading\"") + ", " + session(4) +
	    "]")), "F: 6 bad rows; nothing imported from it (--skip-bad imports "
	    "the good rows)");
	EXPECT_EQ(warn_,
	    "F:paths[0]: invalid entry 7: each element of \"paths\" is an "
	    "object\n"
	    "F:topics[0].aliases[1]: invalid alias 3: use a string or null\n"
	    "F:topics[1]: invalid \"aliases\": use an array of names\n"
	    "F:sessions[0]: invalid minutes \"30\": use a whole number from 1 "
	    "to 1440\n"
	    "F:sessions[1]: invalid note 42: use a string or null\n"
	    "F:sessions[2]: invalid kind 'reading': use tutorial, study or "
	    "project\n");
	EXPECT_EQ(sql("SELECT count(*) FROM session UNION ALL SELECT count(*) "
	    "FROM topic WHERE name IN ('godot', 'bevy') UNION ALL SELECT "
	    "count(*) FROM import_batch"), "0\n0\n0\n");
}

TEST_F(TrackJson, a_tutorial_progress_is_a_number)
{
	EXPECT_NE(import(doc(", \"tutorials\": [{\"title\": \"T\", "
	    "\"progress\": \"35\"}]")), "");
	EXPECT_EQ(warn_, "F:tutorials[0]: invalid progress \"35\": use a number "
	    "(a percentage) or null\n");
}

TEST_F(TrackJson, skip_bad_keeps_the_good_entries)
{
	EXPECT_EQ(import(doc(", \"sessions\": [" + session(1, ", \"minutes\": "
	    "0") + ", " + session(2) + "]"), nullptr, true), "");
	EXPECT_EQ(warn_, "F:sessions[0]: invalid minutes '0': use a whole "
	    "number from 1 to 1440\n");
	EXPECT_EQ(r_.rejected, 1);
	EXPECT_EQ(r_.sessions_added, 1);
	EXPECT_EQ(sql("SELECT day FROM session"), "2025-01-02\n");
}

TEST_F(TrackJson, a_long_bad_value_is_cut_in_the_message)
{
	import(doc(", \"sessions\": [" + session(1, ", \"note\": [\"" +
	    std::string(60, 'x') + "\"]") + "]"));
	EXPECT_EQ(warn_, "F:sessions[0]: invalid note [\"" + std::string(38,
	    'x') + "...: use a string or null\n");
}

TEST_F(TrackJson, documents_that_are_not_a_track_export_are_refused)
{
	EXPECT_EQ(import("{\"sessions\": []}"), "F: a JSON object without "
	    "\"format\": \"track-export\": track imports the JSON of 'track "
	    "export --format json' and of 'timew export' (an array); --from "
	    "track-json reads it as track's export");
	EXPECT_EQ(import("{\"format\": \"watson\", \"version\": 1}"), "F: JSON "
	    "of format \"watson\", not \"track-export\": track imports the JSON "
	    "of 'track export --format json' and of 'timew export' (an array)");
	EXPECT_EQ(import("{\"format\": \"track-export\"}"), "F: no \"version\" "
	    "in the track export: this track reads version 1");
	EXPECT_EQ(import("{\"format\": \"track-export\", \"version\": 2}"),
	    "F: track export version 2 is not supported: this track reads "
	    "version 1");
	EXPECT_EQ(import("{\"format\": \"track-export\", \"version\": \"1\"}"),
	    "F: track export version \"1\" is not supported: this track reads "
	    "version 1");
	EXPECT_EQ(sql("SELECT count(*) FROM import_batch"), "0\n");
}

TEST_F(TrackJson, from_track_json_reads_an_object_without_format_or_version)
{
	EXPECT_EQ(import("{\"sessions\": [" + session(1) + "]}", "track-json"),
	    "");
	EXPECT_EQ(r_.sessions_added, 1);
	EXPECT_EQ(import("{\"format\": \"watson\"}", "track-json"), "F: JSON of "
	    "format \"watson\", not \"track-export\": track imports the JSON of "
	    "'track export --format json' and of 'timew export' (an array)");
}

TEST_F(TrackJson, broken_documents_are_refused_before_any_entry)
{
	// A bad entry before the break is not reported: the document is
	// checked whole first.
	std::string good = doc(", \"sessions\": [" + session(1, ", \"kind\": "
	    "\"x\"") + ",\n" + session(2) + "]");
	EXPECT_EQ(import(good.substr(0, good.size() - 20)), "F:2: invalid "
	    "JSON: premature end of input near '\"o'");
	EXPECT_EQ(warn_, "");
	EXPECT_EQ(import(good.substr(0, good.size() - 3)), "F:2: invalid JSON: "
	    "the file ends before the document does (is it truncated?)");
	EXPECT_EQ(import(doc("") + "{}"), "F:2: invalid JSON: expected nothing "
	    "after the document, not '{'");
	EXPECT_EQ(import(doc(", \"sessions\": {}")), "F:1: invalid track "
	    "export: \"sessions\" must be an array");
	EXPECT_EQ(import(doc(", \"sessions\": [1 2]")), "F:1: invalid JSON: "
	    "expected ',' or ']', not '2'");
	EXPECT_EQ(import("{\"format\" \"track-export\"}"), "F:1: invalid JSON: "
	    "expected ':', not '\"'");
	EXPECT_EQ(import("{\"format\": \"track-export\", 1: 2}"), "F:1: invalid "
	    "JSON: expected a key in double quotes, not '1'");
	EXPECT_EQ(sql("SELECT count(*) FROM session"), "0\n");
}

} // namespace
