// End-to-end: where the database lives, how it is created, and which
// files are refused, through the built binary.
#include <gtest/gtest.h>

#include <dirent.h>
#include <sys/stat.h>

#include <set>
#include <string>
#include <thread>
#include <vector>

#include "support.h"

// Note: support's query() opens the file read-only, which leaves -wal and
// -shm files behind; the tests look at the directory before querying.

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

const char kLogged[] =
    "logged 2h django (backend, study) on 2026-11-22 as #1\n";

std::map<std::string, std::string>
env_with(std::map<std::string, std::string> extra)
{
	std::map<std::string, std::string> env = kEnv;
	for (const auto &kv : extra)
		env[kv.first] = kv.second;
	return env;
}

int
mode_of(const std::string &path)
{
	struct stat st;
	if (stat(path.c_str(), &st) != 0)
		return -1;
	return st.st_mode & 07777;
}

// Every path under dir, relative to it, directories ending in '/'.
std::set<std::string>
tree(const std::string &dir, const std::string &prefix = "")
{
	std::set<std::string> names;
	DIR *d = opendir((dir + "/" + prefix).c_str());
	if (d == nullptr)
		return names;
	while (struct dirent *e = readdir(d)) {
		std::string name = e->d_name;
		if (name == "." || name == "..")
			continue;
		std::string rel = prefix + name;
		struct stat st;
		if (stat((dir + "/" + rel).c_str(), &st) == 0 &&
		    S_ISDIR(st.st_mode)) {
			names.insert(rel + "/");
			for (const auto &n : tree(dir, rel + "/"))
				names.insert(n);
		} else {
			names.insert(rel);
		}
	}
	closedir(d);
	return names;
}

// tree(dir) without the prompt line's snapshots ("track.db.status"), each
// checked to be private: a write leaves one beside its database when the
// clock tick of its commit has passed by then (cli/prompt.h), so whether
// one is there is up to the clock.
std::set<std::string>
tree_without_snapshots(const std::string &dir)
{
	std::set<std::string> names = tree(dir), kept;
	for (const std::string &name : names) {
		if (name.size() > 10 &&
		    name.compare(name.size() - 10, 10, ".db.status") == 0)
			EXPECT_EQ(mode_of(dir + "/" + name), 0600) << name;
		else
			kept.insert(name);
	}
	return kept;
}

void
sqlite_exec(const std::string &path, const std::string &sql)
{
	sqlite3 *db = nullptr;
	ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
	char *message = nullptr;
	int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
	EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
	sqlite3_free(message);
	sqlite3_close(db);
}

class ScopedUmask {
public:
	explicit ScopedUmask(mode_t mask) : old_(umask(mask)) {}
	~ScopedUmask() { umask(old_); }

private:
	mode_t old_;
};

TEST(cli_database, first_log_creates_a_private_file_even_under_umask_0)
{
	TempDir dir;
	std::string db = dir.file("sub/track.db");
	RunResult r;
	{
		ScopedUmask mask(0);	// the process's, which track runs in
		r = run_track({ "--db", db, "log", "2h", "django" }, kEnv);
	}
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, kLogged);
	EXPECT_EQ(r.err, "");
	EXPECT_EQ(mode_of(dir.file("sub")), 0700);
	EXPECT_EQ(mode_of(db), 0600);
	// The first write is in rollback-journal mode, then switches to
	// WAL: no -wal or -shm yet.
	EXPECT_EQ(tree(dir.path()),
	    (std::set<std::string>{ "sub/", "sub/track.db" }));
	EXPECT_EQ(query(db, "PRAGMA journal_mode"), "wal\n");
	EXPECT_EQ(query(db, "PRAGMA application_id"), "1414677323\n");
	EXPECT_EQ(query(db, "PRAGMA user_version"),
	    std::to_string(migration_count()) + "\n");
	EXPECT_EQ(query(db, "SELECT count(*) FROM session"), "1\n");
}

TEST(cli_database, track_db_names_the_file)
{
	TempDir dir;
	std::string env_db = dir.file("env.db");
	RunResult r = run_track({ "log", "2h", "django" },
	    env_with({ { "TRACK_DB", env_db } }));
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, kLogged);
	EXPECT_EQ(tree(dir.path()), std::set<std::string>{ "env.db" });
	EXPECT_EQ(query(env_db, "SELECT count(*) FROM session"), "1\n");
}

TEST(cli_database, db_option_beats_track_db)
{
	TempDir dir;
	std::string option_db = dir.file("option.db");
	RunResult r = run_track({ "log", "2h", "django", "--db", option_db },
	    env_with({ { "TRACK_DB", dir.file("env.db") } }));
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(tree(dir.path()), std::set<std::string>{ "option.db" });
	r = run_track({ "--db=" + option_db, "log", "1h", "django" },
	    env_with({ { "TRACK_DB", dir.file("env.db") } }));
	EXPECT_EQ(r.status, 0) << r.err;
	// The second write keeps its WAL between commands.
	EXPECT_EQ(tree_without_snapshots(dir.path()),
	    (std::set<std::string>{ "option.db",
	    "option.db-shm", "option.db-wal" }));
	EXPECT_EQ(query(option_db, "SELECT count(*) FROM session"), "2\n");
}

TEST(cli_database, xdg_data_home_comes_next)
{
	TempDir dir;
	RunResult r = run_track({ "log", "2h", "django" },
	    env_with({ { "XDG_DATA_HOME", dir.file("xdg") },
	    { "HOME", dir.file("home") } }));
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, kLogged);
	EXPECT_EQ(tree(dir.path()), (std::set<std::string>{ "xdg/",
	    "xdg/track/", "xdg/track/track.db" }));
	EXPECT_EQ(mode_of(dir.file("xdg/track")), 0700);
	EXPECT_EQ(mode_of(dir.file("xdg/track/track.db")), 0600);
}

TEST(cli_database, home_is_the_last_resort)
{
	TempDir dir;
	for (const std::string &xdg : { std::string(""), std::string("rel") }) {
		// An empty or relative XDG_DATA_HOME is ignored, as XDG says.
		RunResult r = run_track({ "log", "2h", "django" },
		    env_with({ { "XDG_DATA_HOME", xdg },
		    { "HOME", dir.path() } }));
		EXPECT_EQ(r.status, 0) << r.err;
	}
	EXPECT_EQ(tree_without_snapshots(dir.path()),
	    (std::set<std::string>{ ".local/", ".local/share/",
	    ".local/share/track/",
	    ".local/share/track/track.db", ".local/share/track/track.db-shm",
	    ".local/share/track/track.db-wal" }));
	EXPECT_EQ(query(dir.file(".local/share/track/track.db"),
	    "SELECT count(*) FROM session"), "2\n");
	EXPECT_EQ(mode_of(dir.file(".local/share/track")), 0700);
}

TEST(cli_database, no_location_at_all_is_a_runtime_error)
{
	RunResult r = run_track({ "log", "2h", "django" },
	    env_with({ { "XDG_DATA_HOME", "" }, { "HOME", "" } }));
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: cannot find a place for the database: set "
	    "TRACK_DB, XDG_DATA_HOME or HOME, or use --db FILE\n");
}

TEST(cli_database, a_failed_first_log_leaves_nothing_behind)
{
	TempDir dir;
	std::string db = dir.file("sub/deeper/track.db");
	// Refused before the file is touched, and refused after it was
	// created (an over-long topic is checked once the database is open).
	RunResult r = run_track({ "--db", db, "log", "2x", "django" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: invalid duration '2x': use 45m, 2h, 1h30m, "
	    "1.5h, 90min or 1:30\n");
	EXPECT_EQ(tree(dir.path()), std::set<std::string>());
	r = run_track({ "--db", db, "log", "2h", std::string(81, 't') }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(tree(dir.path()), std::set<std::string>());
}

TEST(cli_database, a_failed_log_keeps_directories_that_existed)
{
	TempDir dir;
	ASSERT_EQ(mkdir(dir.file("kept").c_str(), 0755), 0);
	RunResult r = run_track({ "--db", dir.file("kept/new/track.db"), "log",
	    "90", "django" }, kEnv);
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(tree(dir.path()), std::set<std::string>{ "kept/" });
}

TEST(cli_database, a_read_command_on_a_missing_file_creates_nothing)
{
	TempDir dir;
	// Whatever `ls` prints (it may not be built yet), it writes nothing.
	run_track({ "--db", dir.file("sub/track.db"), "ls" }, kEnv);
	run_track({ "--db", dir.file("track.db"), "status" }, kEnv);
	EXPECT_EQ(tree(dir.path()), std::set<std::string>());
}

// Several tracks start on a missing database at once; some fail after
// creating it. Whoever created the file, every reported session is in it:
// a failing first command never removes a file another track writes to.
TEST(cli_database, racing_first_commands_lose_nothing)
{
	const std::string long_topic(81, 'x');
	for (int round = 0; round < 8; round++) {
		TempDir dir;
		std::string db = dir.file("sub/track.db");
		std::vector<RunResult> results(8);
		std::vector<std::thread> threads;
		for (size_t i = 0; i < results.size(); i++)
			threads.emplace_back([&, i] {
				results[i] = run_track_process({ "--db", db, "log",
				    "10m", i % 3 == 0 ? long_topic : "django" }, kEnv);
			});
		for (auto &t : threads)
			t.join();
		int logged = 0;
		for (size_t i = 0; i < results.size(); i++) {
			if (i % 3 == 0) {
				EXPECT_EQ(results[i].status, 2) << results[i].err;
				continue;
			}
			EXPECT_EQ(results[i].status, 0) << results[i].err;
			logged += results[i].status == 0;
		}
		EXPECT_EQ(query(db, "SELECT count(*) FROM session"),
		    std::to_string(logged) + "\n");
		EXPECT_EQ(query(db, "PRAGMA journal_mode"), "wal\n");
	}
}

// Racing failures leave no file. (An empty directory may stay: a track
// that finds the directory made by another cannot tell it from the user's.)
TEST(cli_database, racing_failures_leave_no_file_behind)
{
	for (int round = 0; round < 4; round++) {
		TempDir dir;
		std::vector<std::thread> threads;
		for (int i = 0; i < 4; i++)
			threads.emplace_back([&] {
				run_track_process({ "--db", dir.file("sub/track.db"),
				    "log", "2h", std::string(81, 'x') }, kEnv);
			});
		for (auto &t : threads)
			t.join();
		std::set<std::string> left = tree(dir.path());
		left.erase("sub/");
		EXPECT_EQ(left, std::set<std::string>());
	}
}

TEST(cli_database, a_newer_schema_is_refused_byte_identical)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	ASSERT_EQ(run_track({ "--db", db, "log", "2h", "django" }, kEnv).status, 0);
	sqlite_exec(db, "PRAGMA user_version = 99");
	std::string before = read_file(db);
	std::set<std::string> files = tree(dir.path());
	RunResult r = run_track({ "--db", db, "log", "1h", "flask" }, kEnv);
	EXPECT_EQ(r.status, 1);
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: '" + db + "' has schema version 99, newer "
	    "than this track supports (" + std::to_string(migration_count()) +
	    "): upgrade track\n");
	EXPECT_EQ(read_file(db), before);
	EXPECT_EQ(tree(dir.path()), files);
	EXPECT_EQ(query(db, "SELECT count(*) FROM session"), "1\n");
}

TEST(cli_database, a_second_log_reuses_the_file)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	ASSERT_EQ(run_track({ "--db", db, "log", "2h", "django" }, kEnv).status, 0);
	RunResult r;
	{
		ScopedUmask mask(0);	// SQLite takes the database's mode
		r = run_track({ "--db", db, "log", "45m", "flask" }, kEnv);
	}
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "logged 45m flask (backend, study) on 2026-11-22 as #2\n");
	EXPECT_EQ(mode_of(db), 0600);
	// The WAL stays between commands, private as the database is.
	EXPECT_EQ(tree_without_snapshots(dir.path()),
	    (std::set<std::string>{ "track.db", "track.db-shm",
	    "track.db-wal" }));
	EXPECT_EQ(mode_of(db + "-wal"), 0600);
	EXPECT_EQ(mode_of(db + "-shm"), 0600);
	EXPECT_EQ(query(db, "PRAGMA journal_mode"), "wal\n");
}

} // namespace
