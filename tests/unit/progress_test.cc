// The progress line: its text from its figures (worked out by hand
// here), and what it writes to a stream while work goes on.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" {
#include "core/progress.h"
}

namespace {

std::string
line(long done, long work, long total, long elapsed_ms, int width = 79)
{
	char text[160];
	progress_format(text, sizeof(text), "rows imported", done, work, total,
	    elapsed_ms, width);
	return text;
}

// A stream in memory, read back as a string.
class Stream {
public:
	Stream() { f_ = open_memstream(&data_, &size_); }
	~Stream()
	{
		progress_end();
		fclose(f_);
		free(data_);
	}
	FILE *file() const { return f_; }
	std::string text()
	{
		fflush(f_);
		return std::string(data_, size_);
	}

private:
	char *data_ = nullptr;
	size_t size_ = 0;
	FILE *f_;
};

TEST(progress, without_a_total_says_items_and_rate)
{
	// 500 rows in 2 s: 250 a second.
	EXPECT_EQ(line(500, 0, -1, 2000), "rows imported: 500, 250/s");
}

TEST(progress, with_a_total_of_items_says_the_share_and_time_left)
{
	// 300 of 1200 in 3 s: 25%, the other 900 at 100/s take 9 s.
	EXPECT_EQ(line(300, 0, 1200, 3000),
	    "rows imported: 300, 100/s, 25%, 0:09 left");
}

TEST(progress, counted_work_measures_the_share_instead_of_items)
{
	// 250 kB of 1 MB read in 10 s: 25%, 750 kB more take 30 s; the
	// rate is of the 1000 rows.
	EXPECT_EQ(line(1000, 250000, 1000000, 10000),
	    "rows imported: 1000, 100/s, 25%, 0:30 left");
}

TEST(progress, time_left_from_an_hour_on_has_hours)
{
	// A third in an hour: two hours left.
	EXPECT_EQ(line(1, 0, 3, 3600000),
	    "rows imported: 1, 0/s, 33%, 2:00:00 left");
	// 0.5 s left shows as a second, not as nothing.
	EXPECT_EQ(line(2, 0, 3, 1000), "rows imported: 2, 2/s, 66%, 0:01 left");
}

TEST(progress, no_share_once_the_work_is_all_read_or_not_begun)
{
	// A JSON file is read whole before its rows are stored.
	EXPECT_EQ(line(40, 5000, 5000, 1000), "rows imported: 40, 40/s");
	EXPECT_EQ(line(0, 0, 5000, 1000), "rows imported: 0, 0/s");
}

TEST(progress, no_rate_or_time_left_before_a_millisecond_has_passed)
{
	EXPECT_EQ(line(1, 0, -1, 0), "rows imported: 1");
	EXPECT_EQ(line(1, 0, 200, 0), "rows imported: 1, 0%");
}

TEST(progress, is_cut_to_the_width_of_the_terminal)
{
	EXPECT_EQ(line(300, 0, 1200, 3000, 10), "rows impor");
}

TEST(progress, draws_with_a_carriage_return_and_erases_at_the_end)
{
	Stream s;
	progress_start(s.file(), "rows imported", -1, 0, 80);
	progress_step(1);
	std::string drawn = s.text();
	ASSERT_EQ(drawn.rfind("\rrows imported: 1", 0), 0u) << drawn;
	EXPECT_EQ(drawn.substr(drawn.size() - 3), "\x1b[K");
	progress_end();
	EXPECT_EQ(s.text().substr(drawn.size()), "\r\x1b[K");
}

TEST(progress, draws_nothing_before_the_delay)
{
	Stream s;
	progress_start(s.file(), "rows imported", 100, 3600000, 80);
	for (int i = 0; i < 100; i++)
		progress_step(1);
	progress_end();
	EXPECT_EQ(s.text(), "");
}

TEST(progress, clear_erases_a_shown_line_and_nothing_else)
{
	Stream s;
	progress_clear();	// nothing started
	progress_start(s.file(), "rows exported", 10, 0, 80);
	progress_clear();	// nothing shown yet
	EXPECT_EQ(s.text(), "");
	progress_step(1);
	size_t drawn = s.text().size();
	progress_clear();
	EXPECT_EQ(s.text().substr(drawn), "\r\x1b[K");
	progress_end();		// already erased
	EXPECT_EQ(s.text().size(), drawn + 4);
}

TEST(progress, steps_outside_begin_and_end_write_nothing)
{
	Stream s;
	progress_start(s.file(), "rows imported", -1, 0, 80);
	progress_end();
	for (int i = 0; i < 1000; i++)
		progress_step(1);
	progress_clear();
	EXPECT_EQ(s.text(), "");
}

TEST(progress, begin_draws_nothing_on_a_stream_that_is_no_terminal)
{
	Stream s;
	const char *term = getenv("TERM");
	std::string saved = term ? term : "";
	setenv("TERM", "xterm", 1);
	setenv("TRACK_PROGRESS_DELAY", "0", 1);
	struct error *err = progress_begin(s.file(), "rows imported", -1);
	EXPECT_EQ(err, nullptr);
	progress_step(5);
	progress_end();
	unsetenv("TRACK_PROGRESS_DELAY");
	if (term != nullptr)
		setenv("TERM", saved.c_str(), 1);
	else
		unsetenv("TERM");
	EXPECT_EQ(s.text(), "");
	EXPECT_FALSE(progress_possible(s.file()));
	EXPECT_FALSE(progress_possible(nullptr));
}

TEST(progress, a_bad_delay_is_a_usage_error_naming_it)
{
	for (const char *bad : { "1s", "-5", "1.5", "86400001", " 10" }) {
		setenv("TRACK_PROGRESS_DELAY", bad, 1);
		struct error *err = progress_begin(nullptr, "rows imported", -1);
		ASSERT_NE(err, nullptr) << bad;
		EXPECT_EQ(err->status, 2) << bad;
		EXPECT_EQ(std::string(err->message), std::string("invalid "
		    "TRACK_PROGRESS_DELAY '") + bad + "': use milliseconds from "
		    "0 to 86400000, e.g. 1000 (0: the progress line at once)");
		error_free(err);
	}
	setenv("TRACK_PROGRESS_DELAY", "86400000", 1);
	EXPECT_EQ(progress_begin(nullptr, "rows imported", -1), nullptr);
	progress_end();
	unsetenv("TRACK_PROGRESS_DELAY");
}

} // namespace
