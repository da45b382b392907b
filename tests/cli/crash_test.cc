// End-to-end: tracks killed with SIGKILL at random points. Afterwards the
// database passes PRAGMA integrity_check, every import is wholly present
// or wholly absent (with its batch, undo entry and summary rows), a killed
// log either logged its session or did nothing, and an --output file is
// either its old self or the complete new one.
//
// The kill points come from a seeded generator; the seed is printed, and
// TRACK_CRASH_SEED=N repeats a run. `make test` kills each command a few
// times on files of 10,000 rows (a smoke); `make test-long`
// (TRACK_TEST_LONG) twenty times on files of 40,000 rows.
#include <gtest/gtest.h>

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "spawn.h"
#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// The interrupted runs each test needs at least.
int
kills_wanted()
{
	return soak_size(4, 20);
}

// The runs it may take to get them (most runs are interrupted).
int
tries_allowed()
{
	return 4 * kills_wanted();
}

// The rows of the files imported and exported while being killed.
int
big_rows()
{
	return soak_size(10000, 40000);
}

unsigned
crash_seed(const char *test)
{
	const char *fixed = getenv("TRACK_CRASH_SEED");
	unsigned seed = fixed && *fixed ? (unsigned)strtoul(fixed, nullptr, 10)
	    : std::random_device{}();
	printf("[ seed     ] %s: TRACK_CRASH_SEED=%u\n", test, seed);
	// In the JSON report too, where tests/run_tests.sh shows it.
	::testing::Test::RecordProperty("TRACK_CRASH_SEED",
	    std::to_string(seed));
	return seed;
}

using Clock = std::chrono::steady_clock;

long
micros_since(Clock::time_point start)
{
	return (long)std::chrono::duration_cast<std::chrono::microseconds>(
	    Clock::now() - start).count();
}

// When to kill: a delay drawn uniformly up to 1.1 times a whole run. A
// first whole run sets the bound; a run that finishes before its kill
// lowers it to that delay, so that one slow measurement (the machine busy
// just then) cannot leave most kills too late to interrupt anything.
class KillDelays {
public:
	KillDelays(long full_us, std::mt19937 &rng) : bound_(full_us), rng_(rng)
	{
	}

	long next()
	{
		return std::uniform_int_distribution<long>(0, bound_ * 11 / 10)(
		    rng_);
	}

	// A run was not killed: it took at most delay.
	void finished_within(long delay)
	{
		if (delay < bound_)
			bound_ = std::max(delay, 1L);
	}

private:
	long bound_;
	std::mt19937 &rng_;
};

// Starts track, kills it with SIGKILL after delay_us, and returns its
// status: 128 + 9 when the kill interrupted it, its own status when it
// had finished first.
int
run_and_kill(const std::vector<std::string> &args,
    const std::vector<std::string> &envs, const std::string &out,
    const std::string &err, long delay_us)
{
	pid_t pid = spawn::start(args, envs, out, err);
	std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
	kill(pid, SIGKILL);
	return spawn::wait(pid);
}

// Runs sql on a read-write connection, as the next track would open it.
std::string
rows(const std::string &db, const std::string &sql)
{
	sqlite3 *handle = nullptr;
	if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READWRITE,
	    nullptr) != SQLITE_OK) {
		sqlite3_close(handle);
		return "cannot open";
	}
	std::string result;
	try {
		result = query(handle, sql);
	} catch (const std::exception &e) {
		result = e.what();
	}
	sqlite3_close(handle);
	return result;
}

// Everything that must hold after any crash: SQLite's own checks, every
// batch whole (its sessions, its undo entry), every manual session
// undoable, and the summary tables equal to the sessions they sum.
void
expect_consistent(const std::string &db)
{
	EXPECT_EQ(rows(db, "PRAGMA integrity_check"), "ok\n");
	EXPECT_EQ(rows(db, "PRAGMA foreign_key_check"), "");
	EXPECT_EQ(rows(db, "SELECT id, sessions_added FROM import_batch b "
	    "WHERE sessions_added <> (SELECT count(*) FROM session "
	    "WHERE batch_id = b.id) OR NOT EXISTS (SELECT 1 FROM undo_entry "
	    "WHERE batch_id = b.id)"), "");
	EXPECT_EQ(rows(db, "SELECT id FROM session WHERE origin = 'manual' AND "
	    "id NOT IN (SELECT session_id FROM undo_entry WHERE session_id IS "
	    "NOT NULL)"), "");
	EXPECT_EQ(rows(db, "SELECT day, sum(minutes), count(*) FROM session "
	    "GROUP BY day ORDER BY day"), rows(db, "SELECT day, minutes, "
	    "sessions FROM day_total WHERE sessions > 0 ORDER BY day"));
	EXPECT_EQ(rows(db, "SELECT substr(day, 1, 7), topic_id, kind, "
	    "sum(minutes) FROM session GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"),
	    rows(db, "SELECT month, topic_id, kind, minutes FROM month_total "
	    "WHERE sessions > 0 ORDER BY 1, 2, 3"));
}

long
count_of(const std::string &db, const std::string &table)
{
	return std::stol(rows(db, "SELECT count(*) FROM " + table));
}

// A generic CSV of rows sessions; tag makes its rows (and so their
// identities: the day, length and topic of a generic row) its own.
std::string
big_csv(int rows, const std::string &tag)
{
	std::string csv = "date,duration,topic,note\n";
	char line[96];
	for (int i = 0; i < rows; i++) {
		int day = i % 1800;
		snprintf(line, sizeof(line), "%04d-%02d-%02d,%dm,pandas-%s,%s %d\n",
		    2020 + day / 336, 1 + day % 336 / 28, 1 + day % 28,
		    10 + i % 50, tag.c_str(), tag.c_str(), i);
		csv += line;
	}
	return csv;
}

// Kills imports of large files at random points: each is afterwards
// wholly in the database or not at all, and the next track runs.
TEST(cli_crash, killed_imports_are_all_or_nothing)
{
	const int rows = big_rows();
	TempDir dir;
	std::string db = dir.file("track.db");
	std::vector<std::string> envs = spawn::environment(kEnv);
	std::mt19937 rng(crash_seed("killed_imports_are_all_or_nothing"));
	ASSERT_EQ(run_track({ "--db", db, "log", "1h", "django" }, kEnv).status,
	    0);
	// Half of each file row by row, half on the bulk path (importers/
	// bulk.h): a kill lands in either, or in the rebuild before commit.
	ASSERT_EQ(run_track({ "--db", db, "config", "set", "import.bulk-rows",
	    std::to_string(rows / 2) }, kEnv).status, 0);
	ASSERT_EQ(run_track({ "--db", db, "config", "set", "import.bulk-share",
	    "0" }, kEnv).status, 0);
	// One import run to its end tells how long the kills may wait.
	write_file(dir.file("f0.csv"), big_csv(rows, "f0"));
	Clock::time_point begun = Clock::now();
	ASSERT_EQ(spawn::run({ "--db", db, "import", dir.file("f0.csv") }, envs,
	    dir.file("out"), dir.file("err")), 0) << read_file(dir.file("err"));
	long full_us = micros_since(begun);
	ASSERT_EQ(count_of(db, "session"), rows + 1);

	KillDelays delays(full_us, rng);
	int kills = 0, completed = 0, tries = 0;
	for (; kills < kills_wanted() && tries < tries_allowed(); tries++) {
		std::string csv = dir.file("f" + std::to_string(tries + 1) +
		    ".csv");
		write_file(csv, big_csv(rows, "f" + std::to_string(tries + 1)));
		long before = count_of(db, "session");
		long batches = count_of(db, "import_batch");
		long delay = delays.next();
		int status = run_and_kill({ "--db", db, "import", csv }, envs,
		    dir.file("out"), dir.file("err"), delay);
		kills += status == 128 + SIGKILL;
		if (status == 0)
			delays.finished_within(delay);
		completed += status == 0;
		ASSERT_TRUE(status == 0 || status == 128 + SIGKILL)
		    << status << ": " << read_file(dir.file("err"));
		// The next track opens it as if nothing happened.
		RunResult next = run_track({ "--db", db, "import", "list" }, kEnv);
		EXPECT_EQ(next.status, 0) << next.err;
		expect_consistent(db);
		long after = count_of(db, "session");
		bool present = after == before + rows;
		EXPECT_TRUE(after == before || present)
		    << "kill after " << delay << " us: " << before << " -> "
		    << after;
		EXPECT_EQ(count_of(db, "import_batch"), batches + present);
		if (status == 0) {
			EXPECT_TRUE(present);
		}
		// Taking a whole import back keeps the file small and tests
		// undo after a crash.
		if (present) {
			next = run_track({ "--db", db, "import", "undo" }, kEnv);
			EXPECT_EQ(next.status, 0) << next.err;
			EXPECT_EQ(count_of(db, "session"), before);
		}
		unlink(csv.c_str());
	}
	EXPECT_GE(kills, kills_wanted()) << "in " << tries << " tries";
	printf("[ figures  ] imports of %d rows: %d killed mid-way, %d "
	    "finished first, %d tries\n", rows, kills, completed, tries);
}

// Kills `track log` at random points: the session is logged whole (with
// its undo entry and totals) or not at all.
TEST(cli_crash, killed_logs_log_all_or_nothing)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	std::vector<std::string> envs = spawn::environment(kEnv);
	std::mt19937 rng(crash_seed("killed_logs_log_all_or_nothing"));
	ASSERT_EQ(run_track({ "--db", db, "log", "1h", "django" }, kEnv).status,
	    0);
	Clock::time_point begun = Clock::now();
	ASSERT_EQ(spawn::run({ "--db", db, "log", "20m", "python" }, envs,
	    dir.file("out"), dir.file("err")), 0);
	long full_us = micros_since(begun);

	KillDelays delays(full_us, rng);
	int kills = 0, tries = 0;
	for (; kills < kills_wanted() && tries < tries_allowed(); tries++) {
		std::string note = "kill " + std::to_string(tries);
		long before = count_of(db, "session");
		long delay = delays.next();
		int status = run_and_kill({ "--db", db, "log", "25m", "numpy",
		    "--note", note }, envs, dir.file("out"), dir.file("err"),
		    delay);
		kills += status == 128 + SIGKILL;
		if (status == 0)
			delays.finished_within(delay);
		ASSERT_TRUE(status == 0 || status == 128 + SIGKILL) << status;
		RunResult next = run_track({ "--db", db, "status" }, kEnv);
		EXPECT_EQ(next.status, 0) << next.err;
		expect_consistent(db);
		long after = count_of(db, "session");
		EXPECT_TRUE(after == before || after == before + 1);
		EXPECT_EQ(rows(db, "SELECT count(*) FROM session WHERE note = '" +
		    note + "' AND minutes = 25"), std::to_string(after - before) +
		    "\n");
		if (status == 0) {
			EXPECT_EQ(after, before + 1);
		}
	}
	EXPECT_GE(kills, kills_wanted()) << "in " << tries << " tries";
	printf("[ figures  ] logs: %d killed mid-way in %d tries\n", kills,
	    tries);
}

// Kills the very first `track log`, which creates the file, migrates the
// schema and switches to WAL: the next log always works on what is left.
TEST(cli_crash, killed_first_log_leaves_a_usable_database)
{
	TempDir dir;
	std::vector<std::string> envs = spawn::environment(kEnv);
	std::mt19937 rng(crash_seed("killed_first_log_leaves_a_usable_database"));
	Clock::time_point begun = Clock::now();
	ASSERT_EQ(spawn::run({ "--db", dir.file("first.db"), "log", "20m",
	    "python" }, envs, dir.file("out"), dir.file("err")), 0);
	long full_us = micros_since(begun);

	KillDelays delays(full_us, rng);
	int kills = 0, tries = 0;
	for (; kills < kills_wanted() && tries < tries_allowed(); tries++) {
		std::string db = dir.file("sub" + std::to_string(tries) +
		    "/track.db");
		long delay = delays.next();
		int status = run_and_kill({ "--db", db, "log", "25m", "numpy" },
		    envs, dir.file("out"), dir.file("err"), delay);
		kills += status == 128 + SIGKILL;
		if (status == 0)
			delays.finished_within(delay);
		ASSERT_TRUE(status == 0 || status == 128 + SIGKILL) << status;
		bool logged = status == 0;
		RunResult next = run_track({ "--db", db, "log", "1h", "django" },
		    kEnv);
		EXPECT_EQ(next.status, 0) << "kill after " << delay << " us: "
		    << next.err;
		expect_consistent(db);
		std::string sessions = rows(db, "SELECT group_concat(minutes) "
		    "FROM (SELECT minutes FROM session ORDER BY id)");
		EXPECT_TRUE(sessions == "60\n" || sessions == "25,60\n")
		    << sessions;
		if (logged) {
			EXPECT_EQ(sessions, "25,60\n");
		}
		EXPECT_EQ(rows(db, "PRAGMA journal_mode"), "wal\n");
	}
	EXPECT_GE(kills, kills_wanted()) << "in " << tries << " tries";
	printf("[ figures  ] first logs: %d killed mid-way in %d tries\n",
	    kills, tries);
}

std::set<std::string>
entries(const std::string &dir)
{
	std::set<std::string> names;
	DIR *d = opendir(dir.c_str());
	while (d != nullptr) {
		struct dirent *e = readdir(d);
		if (e == nullptr)
			break;
		std::string name = e->d_name;
		if (name != "." && name != "..")
			names.insert(name);
	}
	if (d != nullptr)
		closedir(d);
	return names;
}

// Kills a command writing --output FILE over an existing file at random
// points, count times: FILE is always the old content or the whole new
// one. A kill may leave the hidden temporary file beside it (nothing runs
// after SIGKILL to remove it), never anything else. Returns the kills.
int
kill_output_writer(const std::vector<std::string> &args_before_output,
    const std::string &dir, const std::string &name, std::mt19937 &rng,
    int *tries_out)
{
	std::vector<std::string> envs = spawn::environment(kEnv);
	std::string out_dir = dir + "/out", target = out_dir + "/" + name;
	std::string reference = dir + "/reference";
	std::vector<std::string> args = args_before_output;
	args.push_back("--output");
	args.push_back(reference);
	Clock::time_point begun = Clock::now();
	EXPECT_EQ(spawn::run(args, envs, dir + "/o", dir + "/e"), 0)
	    << read_file(dir + "/e");
	long full_us = micros_since(begun);
	std::string complete = read_file(reference);
	EXPECT_GT(complete.size(), 20000u);
	args.back() = target;

	KillDelays delays(full_us, rng);
	int kills = 0, tries = 0;
	for (; kills < kills_wanted() && tries < tries_allowed(); tries++) {
		EXPECT_EQ(system(("rm -rf '" + out_dir + "'").c_str()), 0);
		mkdir(out_dir.c_str(), 0700);
		write_file(target, "old content\n");
		long delay = delays.next();
		int status = run_and_kill(args, envs, dir + "/o", dir + "/e",
		    delay);
		kills += status == 128 + SIGKILL;
		if (status == 0)
			delays.finished_within(delay);
		EXPECT_TRUE(status == 0 || status == 128 + SIGKILL) << status;
		std::string now = read_file(target);
		EXPECT_TRUE(now == "old content\n" || now == complete)
		    << name << " killed after " << delay << " us holds "
		    << now.size() << " bytes";
		if (status == 0) {
			EXPECT_EQ(now, complete);
		}
		for (const auto &e : entries(out_dir))
			EXPECT_TRUE(e == name || e.rfind("." + name + ".tmp-", 0) ==
			    0) << e;
	}
	*tries_out = tries;
	return kills;
}

TEST(cli_crash, killed_output_writers_never_leave_half_a_file)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	std::mt19937 rng(crash_seed(
	    "killed_output_writers_never_leave_half_a_file"));
	write_file(dir.file("big.csv"), big_csv(big_rows(), "out"));
	ASSERT_EQ(run_track({ "--db", db, "import", dir.file("big.csv") },
	    kEnv).status, 0);
	int tries = 0;
	int kills = kill_output_writer({ "--db", db, "export", "--format",
	    "json" }, dir.path(), "export.json", rng, &tries);
	EXPECT_GE(kills, kills_wanted()) << "in " << tries << " tries";
	printf("[ figures  ] export --output: %d killed mid-way in %d tries\n",
	    kills, tries);
	kills = kill_output_writer({ "--db", db, "report", "--all", "--format",
	    "html" }, dir.path(), "report.html", rng, &tries);
	printf("[ figures  ] report --output: %d killed mid-way in %d tries\n",
	    kills, tries);
	EXPECT_GE(kills, kills_wanted()) << "in " << tries << " tries";
}

} // namespace
