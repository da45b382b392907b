// track_main and track_exit_status called in-process, as a library
// caller (and tests/support.cc's run_track) calls them: the exit status
// and error line are main's, and a second call sees its own environment.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "cli/track.h"
}

namespace {

// Sets name to value for a scope, then puts the old value back (and the
// C library's idea of TZ with it).
class ScopedEnv {
public:
	ScopedEnv(const char *name, const char *value) : name_(name)
	{
		const char *old = getenv(name);
		had_ = old != nullptr;
		old_ = old ? old : "";
		setenv(name, value, 1);
	}
	~ScopedEnv()
	{
		if (had_)
			setenv(name_, old_.c_str(), 1);
		else
			unsetenv(name_);
		tzset();
	}

private:
	const char *name_;
	bool had_;
	std::string old_;
};

// glibc's localtime_r reads TZ once; track_main reads it on every call,
// so a caller changing TZ between calls gets each call's own day.
TEST(track_main, a_second_call_reads_its_own_time_zone)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	ScopedEnv now("TRACK_NOW", "2026-11-22T23:30:00Z");
	ScopedEnv utc("TZ", "UTC");
	tzset();
	RunResult first = run_track_main({ "--db", db, "log", "1h", "django" });
	EXPECT_EQ(first.out, "logged 1h django (backend, study) on 2026-11-22 "
	    "as #1\n") << first.err;
	ScopedEnv tokyo("TZ", "Asia/Tokyo");	// no tzset here: track's own
	RunResult second = run_track_main({ "--db", db, "log", "1h", "django" });
	EXPECT_EQ(second.out, "logged 1h django (backend, study) on 2026-11-23 "
	    "as #2\n") << second.err;
}

TEST(track_exit_status, success_is_zero_and_says_nothing)
{
	EXPECT_EQ(run_track_main({ "--version" }).status, 0);
	FILE *out = tmpfile(), *err = tmpfile();
	ASSERT_NE(out, nullptr);
	ASSERT_NE(err, nullptr);
	fputs("done\n", out);
	EXPECT_EQ(track_exit_status(nullptr, out, err), EXIT_OK);
	EXPECT_EQ(ftell(err), 0L);
	fclose(out);
	fclose(err);
}

TEST(track_exit_status, an_error_is_one_line_and_its_status)
{
	RunResult c = run_track_main({ "no-such-command" });
	EXPECT_EQ(c.status, EXIT_USAGE);
	EXPECT_EQ(c.err.rfind("track: unknown command 'no-such-command'", 0),
	    0u) << c.err;
	EXPECT_EQ(c.err.find('\n'), c.err.size() - 1) << c.err;
}

// An empty message only carries its status (check --strict).
TEST(track_exit_status, an_empty_message_prints_nothing)
{
	char *text = nullptr;
	size_t len = 0;
	FILE *err = open_memstream(&text, &len);
	FILE *out = tmpfile();
	ASSERT_NE(out, nullptr);
	EXPECT_EQ(track_exit_status(error_new(EXIT_FINDINGS, "%s", ""), out,
	    err), EXIT_FINDINGS);
	fclose(err);
	EXPECT_EQ(std::string(text, len), "");
	free(text);
	fclose(out);
}

// Output that cannot be written fails a command that succeeded, and
// leaves a failed one's status and line alone.
TEST(track_exit_status, unwritable_output_fails)
{
	for (bool failed : { false, true }) {
		char *text = nullptr;
		size_t len = 0;
		FILE *err = open_memstream(&text, &len);
		FILE *out = fopen("/dev/full", "w");
		ASSERT_NE(out, nullptr);
		fputs("the output\n", out);
		int status = track_exit_status(failed ? error_usage("bad") :
		    nullptr, out, err);
		fclose(err);
		EXPECT_EQ(status, failed ? EXIT_USAGE : EXIT_RUNTIME);
		EXPECT_EQ(std::string(text, len), failed ? "track: bad\n" :
		    "track: cannot write the output: No space left on device\n");
		free(text);
		fclose(out);
	}
}

} // namespace
