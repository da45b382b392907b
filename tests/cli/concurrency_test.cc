// End-to-end: many tracks on one database at once. Every writer must
// succeed (the busy timeout waits out the others, "database is locked"
// never reaches the user), nothing may be lost or counted twice, and a
// reader never sees half an import.
#include <gtest/gtest.h>
#include <jansson.h>

#include <sys/stat.h>

#include <atomic>
#include <cstdio>
#include <set>
#include <sstream>
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

int
mode_of(const std::string &path)
{
	struct stat st;
	if (stat(path.c_str(), &st) != 0)
		return -1;
	return st.st_mode & 07777;
}

std::vector<std::string>
lines_of(const std::string &text)
{
	std::vector<std::string> lines;
	std::istringstream in(text);
	for (std::string line; std::getline(in, line);)
		lines.push_back(line);
	return lines;
}

// What one writer saw: the exit status of each of its runs, and its
// stdout and stderr files.
struct Writer {
	std::vector<int> statuses;
	std::string out, err;
};

// Runs `track log 10m django --note wW-I` count times in a row, as
// writer w; the note tells every session apart.
void
log_loop(const std::string &db, int w, int count,
    const std::vector<std::string> &envs, Writer *writer)
{
	for (int i = 0; i < count; i++)
		writer->statuses.push_back(spawn::run({ "--db", db, "log", "10m",
		    "django", "--note", "w" + std::to_string(w) + "-" +
		    std::to_string(i) }, envs, writer->out, writer->err));
}

// Checks a writer's runs: all exited 0, said "logged ..." once each and
// nothing on stderr. Collects the session ids they reported.
void
expect_all_logged(const Writer &w, size_t count, std::set<std::string> *ids)
{
	size_t failed = 0;
	for (int status : w.statuses)
		failed += status != 0;
	EXPECT_EQ(w.statuses.size(), count);
	EXPECT_EQ(failed, 0u);
	std::string err = read_file(w.err);
	EXPECT_EQ(err, "");
	EXPECT_EQ(err.find("locked"), std::string::npos);
	std::vector<std::string> lines = lines_of(read_file(w.out));
	EXPECT_EQ(lines.size(), count);
	for (const auto &line : lines) {
		EXPECT_EQ(line.rfind("logged 10m django (backend, study) on "
		    "2026-11-22 as #", 0), 0u) << line;
		ids->insert(line.substr(line.find('#')));
	}
}

// Eight writers, each logging `each` sessions in a row: 8 x 50 in `make
// test`, 8 x 500 in `make test-long` (TRACK_TEST_LONG).
TEST(cli_concurrency, eight_writers_log_many_sessions_and_lose_none)
{
	const int writers = 8, each = soak_size(50, 500);
	// Each session is 10 minutes.
	const std::string total = std::to_string(writers * each);
	const std::string minutes = std::to_string(writers * each * 10);
	TempDir dir;
	std::string db = dir.file("track.db");
	std::vector<std::string> envs = spawn::environment(kEnv);
	// Created first, so the writers race only on the writes.
	ASSERT_EQ(run_track({ "--db", db, "config", "set", "week-start",
	    "monday" }, kEnv).status, 0);

	std::vector<Writer> results(writers);
	std::vector<std::thread> threads;
	for (int w = 0; w < writers; w++) {
		results[w].out = dir.file("w" + std::to_string(w) + ".out");
		results[w].err = dir.file("w" + std::to_string(w) + ".err");
		threads.emplace_back(log_loop, db, w, each, envs, &results[w]);
	}
	for (auto &t : threads)
		t.join();

	std::set<std::string> ids;
	for (const auto &w : results)
		expect_all_logged(w, each, &ids);
	EXPECT_EQ(ids.size(), (size_t)(writers * each));
	EXPECT_EQ(query(db, "SELECT count(*), count(DISTINCT note), "
	    "count(DISTINCT uuid), sum(minutes) FROM session"),
	    total + "|" + total + "|" + total + "|" + minutes + "\n");
	EXPECT_EQ(query(db, "SELECT count(*) FROM session WHERE note LIKE "
	    "'w7-%'"), std::to_string(each) + "\n");
	EXPECT_EQ(query(db, "PRAGMA integrity_check"), "ok\n");
	// The summary tables the reports read agree with the sessions.
	RunResult r = run_track({ "--db", db, "report", "--all", "--format",
	    "json" }, kEnv);
	ASSERT_EQ(r.status, 0) << r.err;
	EXPECT_NE(r.out.find("\"minutes\": " + minutes), std::string::npos);
	EXPECT_NE(r.out.find("\"sessions\": " + total), std::string::npos);
	printf("[ figures  ] %d writers x %d logs: %zu sessions counted\n",
	    writers, each, ids.size());
}

// Runs read commands count times in a row; their statuses in *statuses.
void
read_loop(const std::string &db, int count,
    const std::vector<std::string> &envs, const std::string &out,
    const std::string &err, std::vector<int> *statuses)
{
	static const std::vector<std::vector<std::string>> commands = {
		{ "report", "--format", "json" }, { "ls" }, { "status" },
		{ "plan" }, { "export" },
	};
	for (int i = 0; i < count; i++) {
		std::vector<std::string> args = { "--db", db };
		const auto &c = commands[i % commands.size()];
		args.insert(args.end(), c.begin(), c.end());
		statuses->push_back(spawn::run(args, envs, out, err));
	}
}

// Eight tracks race to create a missing database in a missing directory,
// then keep logging, while three others read: every run succeeds, the
// file is private, and every session is there.
TEST(cli_concurrency, eight_writers_race_to_create_the_database)
{
	const int writers = 8, each = 20, readers = 3;
	for (int round = 0; round < 3; round++) {
		TempDir dir;
		std::string db = dir.file("data/track/track.db");
		std::vector<std::string> envs = spawn::environment(kEnv);
		std::vector<Writer> results(writers);
		std::vector<std::vector<int>> reads(readers);
		std::vector<std::thread> threads;
		for (int r = 0; r < readers; r++)
			threads.emplace_back(read_loop, db, each, envs,
			    dir.file("r.out"), dir.file("r.err"), &reads[r]);
		for (int w = 0; w < writers; w++) {
			results[w].out = dir.file("w" + std::to_string(w) + ".out");
			results[w].err = dir.file("w" + std::to_string(w) + ".err");
			threads.emplace_back(log_loop, db, w, each, envs,
			    &results[w]);
		}
		for (auto &t : threads)
			t.join();
		std::set<std::string> ids;
		for (const auto &w : results)
			expect_all_logged(w, each, &ids);
		for (const auto &statuses : reads)
			EXPECT_EQ(statuses, std::vector<int>(each, 0));
		EXPECT_EQ(read_file(dir.file("r.err")), "");
		EXPECT_EQ(ids.size(), 160u);
		EXPECT_EQ(mode_of(db), 0600);
		EXPECT_EQ(mode_of(dir.file("data")), 0700);
		EXPECT_EQ(mode_of(dir.file("data/track")), 0700);
		EXPECT_EQ(query(db, "SELECT count(*), count(DISTINCT note) FROM "
		    "session"), "160|160\n");
		EXPECT_EQ(query(db, "PRAGMA journal_mode"), "wal\n");
		EXPECT_EQ(query(db, "PRAGMA integrity_check"), "ok\n");
	}
}

// A generic CSV of rows sessions on days from 2020-01-01 on, 10..59
// minutes each; *minutes gets their sum.
std::string
big_csv(int rows, long *minutes)
{
	std::string csv = "date,duration,topic,note\n";
	*minutes = 0;
	char line[96];
	for (int i = 0; i < rows; i++) {
		int day = i % 1800, m = 10 + i % 50;
		// Months of 28 days are enough: the days only need to be
		// valid and past.
		int year = 2020 + day / 336, month = 1 + day % 336 / 28;
		int mday = 1 + day % 28;
		snprintf(line, sizeof(line), "%04d-%02d-%02d,%dm,pandas,row %d\n",
		    year, month, mday, m, i);
		csv += line;
		*minutes += m;
	}
	return csv;
}

// One `report --all --format json` taken while others write: its totals.
struct Snapshot {
	int status = -1;
	long minutes = -1, sessions = -1;
	std::string err;
};

// Reports until the imports are done and then count times more.
void
report_loop(const std::string &db, const std::string &dir, int count,
    const std::vector<std::string> &envs, const std::atomic<int> *imports,
    std::vector<Snapshot> *shots)
{
	for (int i = 0, after = 0; after < count; i++) {
		after += imports->load() == 0;
		std::string out = dir + "/report" + std::to_string(i) + ".json";
		std::string err = dir + "/report" + std::to_string(i) + ".err";
		Snapshot s;
		s.status = spawn::run({ "--db", db, "report", "--all", "--format",
		    "json" }, envs, out, err);
		s.err = read_file(err);
		json_t *root = json_loads(read_file(out).c_str(), 0, nullptr);
		json_t *totals = json_object_get(root, "totals");
		s.minutes = json_integer_value(json_object_get(totals, "minutes"));
		s.sessions = json_integer_value(json_object_get(totals,
		    "sessions"));
		json_decref(root);
		shots->push_back(s);
	}
}

// While one large import runs (and the same file is imported a second
// time), two tracks log and one reports: all succeed, the second import
// adds nothing, and every report sees the import wholly or not at all.
TEST(cli_concurrency, import_while_others_log_and_report)
{
	// The logs wait behind the import for the write lock, up to the busy
	// timeout (10 s): the import is sized to take well under a second
	// (a loaded machine has failed the test with 30000 rows), and a tenth
	// of that under ASan + UBSan, which run it about ten times slower.
#if defined(__SANITIZE_ADDRESS__)
	const int rows = 1000, logs = 100;
#else
	const int rows = 10000, logs = 100;
#endif
	const std::string n = std::to_string(rows);
	TempDir dir;
	std::string db = dir.file("track.db"), csv = dir.file("big.csv");
	long import_minutes = 0;
	write_file(csv, big_csv(rows, &import_minutes));
	std::vector<std::string> envs = spawn::environment(kEnv);
	ASSERT_EQ(run_track({ "--db", db, "config", "set", "week-start",
	    "monday" }, kEnv).status, 0);

	std::vector<int> imports(2, -1);
	std::atomic<int> running(2);
	std::vector<Writer> writers(2);
	std::vector<Snapshot> shots;
	std::vector<std::thread> threads;
	for (int i = 0; i < 2; i++) {
		writers[i].out = dir.file("w" + std::to_string(i) + ".out");
		writers[i].err = dir.file("w" + std::to_string(i) + ".err");
		threads.emplace_back(log_loop, db, i, logs, envs, &writers[i]);
	}
	threads.emplace_back(report_loop, db, dir.path(), 10, envs, &running,
	    &shots);
	for (int i = 0; i < 2; i++)
		threads.emplace_back([&, i] {
			usleep(i * 150000);
			imports[i] = spawn::run({ "--db", db, "import", csv }, envs,
			    dir.file("import.out"), dir.file("import.err"));
			running--;
		});
	for (auto &t : threads)
		t.join();

	std::set<std::string> ids;
	for (const auto &w : writers)
		expect_all_logged(w, logs, &ids);
	EXPECT_EQ(imports, (std::vector<int>{ 0, 0 }));
	EXPECT_EQ(read_file(dir.file("import.err")), "");
	std::vector<std::string> summaries = lines_of(read_file(
	    dir.file("import.out")));
	std::multiset<std::string> said(summaries.begin(), summaries.end());
	EXPECT_EQ(said, (std::multiset<std::string>{
	    csv + ": " + n + " rows, " + n + " sessions added, 0 tutorials "
	    "added, 0 duplicates skipped",
	    csv + ": " + n + " rows, 0 sessions added, 0 tutorials added, " +
	    n + " duplicates skipped" }));
	EXPECT_EQ(query(db, "SELECT count(*), sum(minutes) FROM session"),
	    std::to_string(rows + 2 * logs) + "|" +
	    std::to_string(import_minutes + 2 * logs * 10) + "\n");
	EXPECT_EQ(query(db, "SELECT count(*) FROM import_batch"), "1\n");
	EXPECT_EQ(query(db, "PRAGMA integrity_check"), "ok\n");
	int with_import = 0;
	for (const auto &s : shots) {
		EXPECT_EQ(s.status, 0) << s.err;
		EXPECT_EQ(s.err, "");
		bool seen = s.sessions >= rows;
		long logged = seen ? s.sessions - rows : s.sessions;
		EXPECT_EQ(s.minutes, logged * 10 + (seen ? import_minutes : 0))
		    << s.sessions << " sessions";
		EXPECT_LE(logged, 2 * logs);
		with_import += seen;
	}
	EXPECT_GE(with_import, 10);
	printf("[ figures  ] import of %d rows beside 2 x %d logs and %zu "
	    "reports (%d saw the import)\n", rows, logs, shots.size(),
	    with_import);
}

} // namespace
