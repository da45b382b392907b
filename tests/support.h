// Test support: temporary directories, running the built binary, and
// reading a database back, shared by the unit and end-to-end tests.
#ifndef TRACK_TESTS_SUPPORT_H
#define TRACK_TESTS_SUPPORT_H

#include <sqlite3.h>

#include <atomic>
#include <map>
#include <string>
#include <thread>
#include <vector>

// A fresh directory under $TMPDIR, removed with everything in it.
class TempDir {
public:
	TempDir();
	~TempDir();
	TempDir(const TempDir &) = delete;
	TempDir &operator=(const TempDir &) = delete;
	const std::string &path() const { return path_; }
	std::string file(const std::string &name) const { return path_ + "/" + name; }

private:
	std::string path_;
};

struct RunResult {
	int status;		// exit status, or 128 + signal
	std::string out;	// everything written to stdout
	std::string err;	// everything written to stderr
};

// Runs track with args in this process, through track_main, as main
// would (track_exit_status gives the exit status): stdout and stderr
// into memory, stdin on /dev/null, the environment of the test plus env
// (an empty value unsets a variable) for the call and put back after.
// A run that leaves a descriptor open fails the test. One thread at a
// time (the environment is the process's): tests running tracks side by
// side, and tests needing a process of track's own (signals, locks,
// limits, a crash, descriptors, stdin) use run_track_process.
RunResult run_track(const std::vector<std::string> &args,
    const std::map<std::string, std::string> &env = {});

// The call at the heart of run_track: track_main on args in this process,
// stdout and stderr into memory, the exit status from track_exit_status;
// the environment and stdin as they are.
RunResult run_track_main(const std::vector<std::string> &args);

// Runs the built track ($TRACK_BIN, else build/track) as a process, with
// args, env as for run_track, and stdin from /dev/null. When
// $TRACK_VALGRIND holds a valgrind command ("valgrind -q
// --error-exitcode=99 ..."), track runs under it, with valgrind's report
// in a file of its own so stdout and stderr stay as the test expects,
// and a run that exits with valgrind's error status fails the test,
// showing the report. With $TRACK_VALGRIND_EVERY=N only every Nth run
// goes under valgrind.
RunResult run_track_process(const std::vector<std::string> &args,
    const std::map<std::string, std::string> &env = {});

// Which of track's output streams run_track_on_terminal puts on the
// terminal; the other goes to a file.
enum class OnTerminal { kStdout, kStderr, kBoth };

// Runs track as run_track_process does, but with stdout on a terminal
// (a pty in raw mode, so the bytes come back as track wrote them, "\n"
// not "\r\n"); stderr and stdin as for run_track_process. With on
// kStderr, stderr is the terminal and stdout a file; with kBoth both are
// the terminal, and r.out holds what they wrote, interleaved (r.err is
// empty).
RunResult run_track_on_terminal(const std::vector<std::string> &args,
    const std::map<std::string, std::string> &env = {},
    OnTerminal on = OnTerminal::kStdout);

// Runs track as run_track_process does, with input on its stdin through
// a pipe (as `producer | track ...` gives it: it cannot be rewound). A
// track that stops reading early leaves the rest unwritten.
RunResult run_track_input(const std::vector<std::string> &args,
    const std::string &input,
    const std::map<std::string, std::string> &env = {});

// Runs the program args[0] (looked up in PATH unless it has a '/') with
// the other args, env and stdin as run_track_process does.
RunResult run_program(const std::vector<std::string> &args,
    const std::map<std::string, std::string> &env = {});

// A FIFO made at path, into which a thread writes content once a reader
// opens it, as a program writing into a named pipe would. The destructor
// ends the writing (a reader that never came or stopped early) and waits
// for the thread; it leaves the FIFO in place.
class FifoWriter {
public:
	FifoWriter(const std::string &path, const std::string &content);
	~FifoWriter();
	FifoWriter(const FifoWriter &) = delete;
	FifoWriter &operator=(const FifoWriter &) = delete;

private:
	std::string path_;
	std::atomic<bool> done_{ false };
	std::thread writer_;
};

// The size of a soak test (kills, writers' runs): smoke in `make test`,
// full when $TRACK_TEST_LONG is set to anything but "" or "0" (as `make
// test-long` does). Either size tests the same thing; the full one
// reaches rarer interleavings.
int soak_size(int smoke, int full);

// The track binary the tests run: $TRACK_BIN, else build/track.
std::string track_binary();

// The whole content of a file ("" when missing).
std::string read_file(const std::string &path);
void write_file(const std::string &path, const std::string &content);
bool file_exists(const std::string &path);

// Runs sql on the database file and returns the rows, columns joined by
// '|' and rows ended by '\n' (NULL as "NULL").
std::string query(const std::string &db_path, const std::string &sql);
std::string query(sqlite3 *db, const std::string &sql);

// An in-memory database with every migration applied (unit tests).
sqlite3 *memory_db();

// Everything under dir, one line per entry ("./name TYPE MODE LINK", then
// "MD5  ./name" for regular files), sorted: two snapshots differ when a
// file was added, removed, changed, retyped or chmod'ed. The bytes of a
// -shm are left out: SQLite's shared-memory index of the -wal, which
// every opener rebuilds (it stays between commands with the -wal).
std::string tree_snapshot(const std::string &dir);

// Creates a database file at path as a track of schema version `version`
// made it: the first `version` migrations embedded from schema/*.sql,
// then sql (rows to migrate, say), with foreign keys on.
void make_db_at_version(const std::string &path, int version,
    const std::string &sql = "");

// The number of migrations: the .sql files in schema/ (tests run from
// the top of the tree), which is the user_version of a current database.
int migration_count();

// A database file in a directory of its own, and the built track run on
// it (--db PATH) in env: what the end-to-end tests of one database share.
// A test file adds what only it needs by deriving its Db from it.
class TrackDb {
public:
	explicit TrackDb(const std::map<std::string, std::string> &env)
	    : env_(env) {}
	TrackDb(const TrackDb &) = delete;
	TrackDb &operator=(const TrackDb &) = delete;
	std::string path() const { return path_; }
	std::string dir() const { return dir_.path(); }
	// Writes text into the directory as name; returns its path.
	std::string write(const std::string &name,
	    const std::string &text) const;
	// track --db PATH args, through run_track.
	RunResult run(std::vector<std::string> args) const;
	// run, expecting exit status 0; returns stdout.
	std::string ok(const std::vector<std::string> &args) const;
	// The rows of a read-only query (query()).
	std::string sql(const std::string &text) const;
	// Runs SQL that writes (what an older track left, a hand edit).
	void exec(const std::string &text) const;

protected:
	std::map<std::string, std::string> env_;
	TempDir dir_;
	std::string path_ = dir_.file("track.db");
};

// Expects every summary table of database db (schemas 003, 005) to
// hold what grouping its sessions gives (not the triggers that keep them).
void expect_summaries_match_sessions(const std::string &db);

#endif
