// tests/run_tests.sh, the runner of `make test`: a failed, crashed or
// missing test can never read as passing. It runs this very binary with
// a filter on the disabled tests below, which pass, fail, crash and exit
// badly on purpose, and fake binaries writing reports cut short.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>
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

// Notes "NAME PID" in the file $RUNNER_TRACE as it starts: the order the
// tests ran in, and which ran in one process.
void
note_start()
{
	const char *trace = getenv("RUNNER_TRACE");
	FILE *f = trace ? fopen(trace, "a") : nullptr;
	if (f == nullptr)
		return;
	fprintf(f, "%s %d\n", ::testing::UnitTest::GetInstance()->
	    current_test_info()->name(), (int)getpid());
	fclose(f);
}

TEST(runner_order, DISABLED_a) { note_start(); }
TEST(runner_order, DISABLED_b) { note_start(); }
TEST(runner_order, DISABLED_c) { note_start(); }
TEST(runner_order, DISABLED_d) { note_start(); }

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
// fixture tests matching filter, on shards workers, with env besides.
RunResult
run_runner(const std::vector<std::string> &bins, const std::string &filter,
    int shards = 1, std::map<std::string, std::string> env = {})
{
	std::vector<std::string> args = { "sh", runner() };
	args.insert(args.end(), bins.begin(), bins.end());
	// Not the durations file or the split of the run running this test.
	env.insert({ { "GTEST_FILTER", filter },
	    { "GTEST_ALSO_RUN_DISABLED_TESTS", "1" },
	    { "TEST_SHARDS", std::to_string(shards) },
	    { "TEST_DURATIONS", "" }, { "TEST_SPLIT", "" } });
	return run_program(args, env);
}

// The name of this binary, as the durations file names it.
std::string
self_name()
{
	std::string path = self();
	return path.substr(path.rfind('/') + 1);
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

// A command ending in --gtest_filter=F runs that binary's tests matching
// F, whatever GTEST_FILTER says for the others.
TEST(test_runner, a_command_may_carry_its_own_filter)
{
	RunResult r = run_runner({ self(), self() +
	    " --gtest_filter=runner_fixture.DISABLED_passes" },
	    "runner_order.*");
	EXPECT_EQ(r.status, 0) << r.out << r.err;
	EXPECT_NE(r.out.find("   4 passed, 0 failed\n"), std::string::npos)
	    << r.out;
	EXPECT_EQ(last_line(r.out), "5 passed, 0 failed") << r.out;
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

// A test the last run found long runs first, in a process of its own,
// even on one worker; the short ones share one process after it.
TEST(test_runner, the_longest_test_runs_first_in_a_job_of_its_own)
{
	TempDir dir;
	write_file(dir.file("durations"), self_name() +
	    "\trunner_order.DISABLED_d\t100\n");
	RunResult r = run_runner({ self() }, "runner_order.*", 1, {
	    { "TEST_DURATIONS", dir.file("durations") },
	    { "RUNNER_TRACE", dir.file("trace") } });
	EXPECT_EQ(r.status, 0) << r.out << r.err;
	EXPECT_EQ(last_line(r.out), "4 passed, 0 failed") << r.out;
	std::map<std::string, std::string> pid;
	std::istringstream trace(read_file(dir.file("trace")));
	std::string first, name, id;
	while (trace >> name >> id) {
		if (first.empty())
			first = name;
		pid[name] = id;
	}
	EXPECT_EQ(first, "DISABLED_d") << read_file(dir.file("trace"));
	ASSERT_EQ(pid.size(), 4u) << read_file(dir.file("trace"));
	EXPECT_NE(pid["DISABLED_d"], pid["DISABLED_a"]);
	EXPECT_EQ(pid["DISABLED_a"], pid["DISABLED_b"]);
	EXPECT_EQ(pid["DISABLED_a"], pid["DISABLED_c"]);
}

// Every test of a run is in the durations file afterwards, with its time;
// a test the run did not run keeps its line; the binary's mean is its
// "*" line.
TEST(test_runner, a_run_records_the_durations_of_its_tests)
{
	TempDir dir;
	const std::string bin = self_name();
	write_file(dir.file("durations"), bin + "\tgone.test\t5\n" + bin +
	    "\trunner_order.DISABLED_a\t99\n");
	RunResult r = run_runner({ self() }, "runner_order.*", 2, {
	    { "TEST_DURATIONS", dir.file("durations") } });
	EXPECT_EQ(last_line(r.out), "4 passed, 0 failed") << r.out;
	std::string recorded = read_file(dir.file("durations"));
	EXPECT_NE(recorded.find(bin + "\tgone.test\t5\n"), std::string::npos)
	    << recorded;
	EXPECT_EQ(recorded.find("\t99\n"), std::string::npos) << recorded;
	for (const char *t : { "a", "b", "c", "d" }) {
		EXPECT_NE(recorded.find(bin + "\trunner_order.DISABLED_" + t +
		    "\t"), std::string::npos) << t << "\n" << recorded;
	}
	EXPECT_NE(recorded.find(bin + "\t*\t"), std::string::npos) << recorded;
	EXPECT_EQ(std::count(recorded.begin(), recorded.end(), '\n'), 6)
	    << recorded;
}

}  // namespace
