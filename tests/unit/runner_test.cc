// tests/run_tests.sh, the runner of `make test`: a failed, crashed or
// missing test can never read as passing. It runs this very binary with
// a filter on the disabled tests below, which pass, fail, crash and exit
// badly on purpose, and fake binaries writing reports cut short.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "support.h"

namespace {

// Run only by the tests below (GTEST_ALSO_RUN_DISABLED_TESTS).
TEST(runner_fixture, DISABLED_passes)
{
	EXPECT_EQ(1 + 1, 2);
}

TEST(runner_fixture, DISABLED_fails)
{
	RecordProperty("seed", 4242);
	EXPECT_EQ(1 + 1, 3) << "fails on purpose";
}

TEST(runner_fixture, DISABLED_crashes)
{
	printf("about to crash\n");
	fflush(stdout);
	abort();
}

// Passes, but the binary then exits with status 7 (as valgrind exits
// with its error status when it found an error after the last test).
TEST(runner_fixture, DISABLED_passes_then_exits_badly)
{
	atexit([] { _exit(7); });
}

// This binary, as a path the runner can run.
std::string
self()
{
	char path[4096];
	ssize_t n = readlink("/proc/self/exe", path, sizeof(path) - 1);
	if (n <= 0)
		return "";
	return std::string(path, (size_t)n);
}

std::string
runner()
{
	std::string here = __FILE__;
	return here.substr(0, here.rfind("tests/unit/")) + "tests/run_tests.sh";
}

// Runs the runner on the binaries (or commands) bins with only the
// fixture tests matching filter, in shards shards.
RunResult
run_runner(const std::vector<std::string> &bins, const std::string &filter,
    int shards = 1)
{
	std::vector<std::string> args = { "sh", runner() };
	args.insert(args.end(), bins.begin(), bins.end());
	return run_program(args, { { "GTEST_FILTER", filter },
	    { "GTEST_ALSO_RUN_DISABLED_TESTS", "1" },
	    { "TEST_SHARDS", std::to_string(shards) } });
}

// The last line of the runner's output.
std::string
last_line(const std::string &out)
{
	size_t end = out.size() - (out.empty() || out.back() != '\n' ? 0 : 1);
	size_t start = out.rfind('\n', end == 0 ? 0 : end - 1);
	start = start == std::string::npos ? 0 : start + 1;
	return out.substr(start, end - start);
}

TEST(test_runner, counts_passing_tests)
{
	RunResult r = run_runner({ self() }, "runner_fixture.DISABLED_passes");
	EXPECT_EQ(r.status, 0) << r.out << r.err;
	EXPECT_EQ(last_line(r.out), "1 passed, 0 failed") << r.out;
}

TEST(test_runner, a_failed_test_fails_the_run_and_shows_why)
{
	RunResult r = run_runner({ self() }, "runner_fixture.DISABLED_passes:"
	    "runner_fixture.DISABLED_fails");
	EXPECT_NE(r.status, 0) << r.out;
	EXPECT_EQ(last_line(r.out), "1 passed, 1 failed") << r.out;
	EXPECT_NE(r.out.find("[  FAILED  ] runner_fixture.DISABLED_fails\n"),
	    std::string::npos) << r.out;
	EXPECT_NE(r.out.find("   | fails on purpose\n"), std::string::npos)
	    << r.out;
	EXPECT_NE(r.out.find("   | seed: 4242\n"), std::string::npos) << r.out;
}

TEST(test_runner, a_crash_is_a_failure_with_its_output)
{
	RunResult r = run_runner({ self() }, "runner_fixture.DISABLED_crashes");
	EXPECT_NE(r.status, 0) << r.out;
	EXPECT_EQ(last_line(r.out), "0 passed, 1 failed") << r.out;
	EXPECT_NE(r.out.find("left no complete report"), std::string::npos)
	    << r.out;
	EXPECT_NE(r.out.find("   | about to crash\n"), std::string::npos)
	    << r.out;
}

TEST(test_runner, a_bad_exit_status_after_passing_tests_is_a_failure)
{
	RunResult r = run_runner({ self() },
	    "runner_fixture.DISABLED_passes_then_exits_badly");
	EXPECT_NE(r.status, 0) << r.out;
	EXPECT_EQ(last_line(r.out), "1 passed, 1 failed") << r.out;
	EXPECT_NE(r.out.find("exited with status 7"), std::string::npos)
	    << r.out;
}

TEST(test_runner, nothing_run_is_a_failure)
{
	RunResult r = run_runner({ self() }, "runner_fixture.no_such_test");
	EXPECT_NE(r.status, 0) << r.out;
	EXPECT_EQ(last_line(r.out), "0 passed, 0 failed") << r.out;
}

// The counts are summed over the shards and over the binaries.
TEST(test_runner, sums_shards_and_binaries)
{
	RunResult r = run_runner({ self(), self() },
	    "runner_fixture.DISABLED_passes:runner_fixture.DISABLED_fails", 3);
	EXPECT_NE(r.status, 0) << r.out;
	EXPECT_EQ(last_line(r.out), "2 passed, 2 failed") << r.out;
}

// A binary whose report says something other than what it ran: written
// by a fake that passes its tests but leaves the report given.
TEST(test_runner, a_report_cut_short_is_a_failure)
{
	const std::string whole = "{\"tests\": 1, \"testsuites\": [{\"name\": "
	    "\"s\", \"testsuite\": [{\"name\": \"t\", \"classname\": \"s\", "
	    "\"status\": \"RUN\", \"result\": \"COMPLETED\"}]}]}";
	struct Case {
		std::string report;
		const char *last;
	} cases[] = {
		{ whole, "1 passed, 0 failed" },
		{ whole.substr(0, whole.size() / 2), "0 passed, 1 failed" },
		{ "{\"tests\": 2" + whole.substr(11), "0 passed, 1 failed" },
		{ "", "0 passed, 1 failed" },
	};
	for (const Case &c : cases) {
		TempDir dir;
		std::string fake = dir.file("fake_test");
		write_file(dir.file("report"), c.report);
		write_file(fake, "#!/bin/sh\nfor a; do case $a in "
		    "--gtest_output=json:*) cp '" + dir.file("report") +
		    "' \"${a#--gtest_output=json:}\";; esac; done\n"
		    "echo the fake ran\n");
		chmod(fake.c_str(), 0700);
		RunResult r = run_runner({ fake }, "*");
		EXPECT_EQ(last_line(r.out), c.last) << r.out;
		EXPECT_EQ(r.status != 0, std::string(c.last)[0] == '0') << r.out;
	}
}

}  // namespace
