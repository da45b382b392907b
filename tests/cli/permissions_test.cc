// End-to-end: under a umask of 0 the database is still created 0600 and
// every directory track makes for it 0700, wherever the file lives; the
// -journal, -wal and -shm files SQLite makes beside it are 0600 too.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <set>
#include <string>
#include <thread>

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

// Sets the umask of the test process (so of the tracks it runs), and
// restores it.
class ScopedUmask {
public:
	explicit ScopedUmask(mode_t mask) : old_(umask(mask)) {}
	~ScopedUmask() { umask(old_); }
	ScopedUmask(const ScopedUmask &) = delete;
	ScopedUmask &operator=(const ScopedUmask &) = delete;

private:
	mode_t old_;
};

std::map<std::string, std::string>
env_with(std::map<std::string, std::string> extra)
{
	std::map<std::string, std::string> env = kEnv;
	for (const auto &kv : extra)
		env[kv.first] = kv.second;
	return env;
}

TEST(cli_permissions, every_new_directory_is_0700_and_the_file_0600)
{
	TempDir dir;
	ScopedUmask mask(0);
	// --db, $XDG_DATA_HOME and $HOME, each under missing directories.
	struct Where {
		std::map<std::string, std::string> env;
		std::vector<std::string> args;
		std::vector<std::string> dirs;
		std::string db;
	} places[] = {
		{ {}, { "--db", dir.file("a/b/c/track.db") },
		  { "a", "a/b", "a/b/c" }, "a/b/c/track.db" },
		{ { { "XDG_DATA_HOME", dir.file("xdg/data") } }, {},
		  { "xdg", "xdg/data", "xdg/data/track" },
		  "xdg/data/track/track.db" },
		{ { { "XDG_DATA_HOME", "" }, { "HOME", dir.file("home") } }, {},
		  { "home", "home/.local", "home/.local/share",
		    "home/.local/share/track" }, "home/.local/share/track/track.db" },
	};
	for (const auto &w : places) {
		std::vector<std::string> args = w.args;
		args.insert(args.end(), { "log", "2h", "django" });
		RunResult r = run_track(args, env_with(w.env));
		ASSERT_EQ(r.status, 0) << r.err;
		for (const auto &d : w.dirs)
			EXPECT_EQ(mode_of(dir.file(d)), 0700) << d;
		EXPECT_EQ(mode_of(dir.file(w.db)), 0600) << w.db;
	}
}

TEST(cli_permissions, an_existing_directory_keeps_its_mode)
{
	TempDir dir;
	ASSERT_EQ(mkdir(dir.file("shared").c_str(), 0755), 0);
	ASSERT_EQ(chmod(dir.file("shared").c_str(), 0755), 0);
	ScopedUmask mask(0);
	RunResult r = run_track({ "--db", dir.file("shared/track.db"), "log",
	    "2h", "django" }, kEnv);
	ASSERT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(mode_of(dir.file("shared")), 0755);
	EXPECT_EQ(mode_of(dir.file("shared/track.db")), 0600);
}

// Runs `track import FILE` on db under umask 0 and watches the files
// beside db while it runs: the modes seen for each suffix.
std::map<std::string, std::set<int>>
watch_import(const std::string &db, const std::string &csv,
    const std::string &dir)
{
	std::map<std::string, std::set<int>> seen;
	ScopedUmask mask(0);
	pid_t pid = spawn::start({ "--db", db, "import", csv },
	    spawn::environment(kEnv), dir + "/out", dir + "/err");
	for (int status = 0; waitpid(pid, &status, WNOHANG) == 0;) {
		for (const char *suffix : { "", "-journal", "-wal", "-shm" }) {
			int mode = mode_of(db + suffix);
			if (mode >= 0)
				seen[suffix].insert(mode);
		}
		std::this_thread::sleep_for(std::chrono::microseconds(200));
	}
	return seen;
}

std::string
big_csv()
{
	std::string csv = "date,duration,topic,note\n";
	for (int i = 0; i < 20000; i++)
		csv += "2025-0" + std::to_string(1 + i % 9) + "-1" +
		    std::to_string(i % 10) + ",25m,pandas,row " +
		    std::to_string(i) + "\n";
	return csv;
}

TEST(cli_permissions, journal_wal_and_shm_files_are_private_too)
{
	TempDir dir;
	std::string db = dir.file("new/track.db");
	write_file(dir.file("big.csv"), big_csv());
	// The first write, before WAL: a rollback journal.
	std::map<std::string, std::set<int>> seen = watch_import(db,
	    dir.file("big.csv"), dir.path());
	EXPECT_EQ(read_file(dir.file("err")), "");
	EXPECT_EQ(seen[""], std::set<int>{ 0600 });
	EXPECT_EQ(mode_of(dir.file("new")), 0700);
	for (const char *suffix : { "-journal", "-wal", "-shm" }) {
		if (!seen[suffix].empty()) {
			EXPECT_EQ(seen[suffix], std::set<int>{ 0600 }) << suffix;
		}
	}
	// From then on in WAL mode.
	write_file(dir.file("big.csv"), big_csv() + "2025-10-01,1h,numpy,x\n");
	seen = watch_import(db, dir.file("big.csv"), dir.path());
	EXPECT_EQ(read_file(dir.file("err")), "");
	EXPECT_EQ(seen["-wal"], std::set<int>{ 0600 });
	EXPECT_EQ(seen["-shm"], std::set<int>{ 0600 });
	EXPECT_EQ(query(db, "SELECT count(*) FROM session"), "20001\n");
}

} // namespace
