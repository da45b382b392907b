// End-to-end: the data-safety contracts of issue 14. A mistyped path never
// destroys the database, an input or a device; a write command whose
// confirmation cannot be written keeps nothing; a read-only, locked or
// full database is read where it can be and named for what it is.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support.h"

extern char **environ;

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

const char kCsv[] = "date,duration,topic\n2026-11-20,1h,flask\n"
    "bad,1h,x\n2026-11-21,30m,numpy\n";

// How a test gives track its stdout.
enum class Stdout { full, closed, broken_pipe };

// Runs track as run_track does, but with stdout on /dev/full, closed, or
// a pipe nobody reads; stderr is returned in err.
RunResult
run_with_stdout(const std::vector<std::string> &args, Stdout kind)
{
	TempDir io;
	std::string err_path = io.file("err");
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDONLY);
		int err = open(err_path.c_str(), O_WRONLY | O_CREAT, 0600);
		dup2(null, 0);
		dup2(err, 2);
		if (kind == Stdout::full)
			dup2(open("/dev/full", O_WRONLY), 1);
		else if (kind == Stdout::closed)
			close(1);
		else {
			// The pipe is made here, so its read end is never open
			// in the test process: closed before track starts, every
			// write to stdout fails at once, whatever the scheduling.
			int pipe_fds[2];
			if (pipe(pipe_fds) != 0)
				_exit(126);
			dup2(pipe_fds[1], 1);
			close(pipe_fds[0]);
			close(pipe_fds[1]);
			signal(SIGPIPE, SIG_DFL);
		}
		for (const auto &kv : kEnv)
			if (kv.second.empty())
				unsetenv(kv.first.c_str());
			else
				setenv(kv.first.c_str(), kv.second.c_str(), 1);
		std::string bin = track_binary();
		std::vector<char *> argv = { const_cast<char *>(bin.c_str()) };
		for (const auto &a : args)
			argv.push_back(const_cast<char *>(a.c_str()));
		argv.push_back(nullptr);
		execve(bin.c_str(), argv.data(), environ);
		_exit(127);
	}
	int wstatus = 0;
	waitpid(pid, &wstatus, 0);
	RunResult r;
	r.status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus)
	    : 128 + WTERMSIG(wstatus);
	r.err = read_file(err_path);
	return r;
}

class Safety : public ::testing::Test {
protected:
	void SetUp() override
	{
		db_ = dir_.file("track.db");
		in_ = dir_.file("in.csv");
		write_file(in_, kCsv);
		ASSERT_EQ(track({ "log", "1h", "python" }).status, 0);
		ASSERT_EQ(track({ "log", "2h", "django", "--project",
		    "Blog" }).status, 0);
	}

	RunResult track(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db_ });
		return run_track(args, kEnv);
	}

	// As track, in a process of its own: for a run that writes to this
	// process's descriptors, or meets a lock this process holds.
	RunResult track_process(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db_ });
		return run_track_process(args, kEnv);
	}

	// Moves the WAL into the database and removes the -wal and -shm
	// (the sqlite3 shell, closing the last connection, does): the
	// database as a file alone, as before track kept its WAL.
	void fold_wal()
	{
		ASSERT_EQ(run_program({ "sqlite3", db_, "SELECT count(*) FROM "
		    "session" }).status, 0);
		ASSERT_FALSE(file_exists(db_ + "-wal"));
	}

	// Every session as ls lists them.
	std::string sessions()
	{
		return track({ "ls", "--limit", "0" }).out;
	}

	TempDir dir_;
	std::string db_, in_;
};

// ---------------------------------------------------------------------
// 1, 2, 11: --rejects and --output never write the database or an input

TEST_F(Safety, rejects_naming_the_database_is_refused_and_it_survives)
{
	ASSERT_EQ(symlink("track.db", dir_.file("link.db").c_str()), 0);
	ASSERT_EQ(link(db_.c_str(), dir_.file("hard.db").c_str()), 0);
	std::string before = tree_snapshot(dir_.path()), rows = sessions();
	for (const std::string &target : { db_, dir_.file("link.db"),
	    dir_.file("hard.db"), db_ + "-wal", db_ + "-shm",
	    db_ + "-journal" }) {
		RunResult r = track({ "import", in_, "--skip-bad", "--rejects",
		    target });
		EXPECT_EQ(r.status, 2) << target;
		EXPECT_EQ(r.err.find("track: refusing to write '" + target +
		    "': it is the database"), 0u) << r.err;
		EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
		EXPECT_EQ(r.out, "");
		EXPECT_EQ(tree_snapshot(dir_.path()), before) << target;
	}
	EXPECT_EQ(sessions(), rows);
}

TEST_F(Safety, rejects_naming_the_input_is_refused_and_it_survives)
{
	ASSERT_EQ(symlink("in.csv", dir_.file("alias.csv").c_str()), 0);
	std::string before = tree_snapshot(dir_.path());
	for (const std::string &target : { in_, dir_.file("alias.csv") }) {
		RunResult r = track({ "import", in_, "--skip-bad", "--rejects",
		    target });
		EXPECT_EQ(r.status, 2);
		EXPECT_EQ(r.err, "track: refusing to write '" + target +
		    "': it is the input file '" + in_ + "': give another file "
		    "name\n");
		EXPECT_EQ(tree_snapshot(dir_.path()), before);
	}
	EXPECT_EQ(read_file(in_), kCsv);
}

TEST_F(Safety, output_naming_the_database_is_refused_and_it_survives)
{
	ASSERT_EQ(symlink("track.db", dir_.file("link.db").c_str()), 0);
	std::string before = tree_snapshot(dir_.path()), rows = sessions();
	for (const std::vector<std::string> &args : {
	    std::vector<std::string>{ "report", "--all", "--output", db_ },
	    std::vector<std::string>{ "export", "--output", db_ },
	    std::vector<std::string>{ "export", "--output",
	    dir_.file("link.db") },
	    std::vector<std::string>{ "export", "--output", db_ + "-wal" },
	    std::vector<std::string>{ "report", "--format", "html",
	    "--output", db_ + "-shm" } }) {
		RunResult r = track(args);
		EXPECT_EQ(r.status, 2) << args.back();
		EXPECT_EQ(r.err.find("track: refusing to write '" + args.back() +
		    "': it is the database"), 0u) << r.err;
		EXPECT_EQ(tree_snapshot(dir_.path()), before) << args.back();
	}
	EXPECT_EQ(sessions(), rows);
	EXPECT_EQ(track({ "ls" }).status, 0);
}

TEST_F(Safety, importing_the_database_itself_is_refused)
{
	std::string before = tree_snapshot(dir_.path());
	RunResult r = track({ "import", db_ });
	EXPECT_EQ(r.status, 2);
	EXPECT_EQ(r.err, "track: cannot import '" + db_ + "': it is the "
	    "database '" + db_ + "', not an export: give an export file\n");
	EXPECT_EQ(tree_snapshot(dir_.path()), before);
}

TEST_F(Safety, a_refused_import_leaves_an_existing_rejects_file_alone)
{
	std::string rejects = dir_.file("rejects.csv");
	write_file(rejects, "yesterday's rejects\n");
	write_file(dir_.file("unknown.csv"), "what,is,this\n1,2,3\n");
	std::string before = tree_snapshot(dir_.path());
	for (const std::string &input : { dir_.file("missing.csv"),
	    dir_.file("unknown.csv") }) {
		RunResult r = track({ "import", input, "--skip-bad",
		    "--rejects", rejects });
		EXPECT_NE(r.status, 0) << input;
		EXPECT_EQ(tree_snapshot(dir_.path()), before) << input;
	}
	EXPECT_EQ(read_file(rejects), "yesterday's rejects\n");
}

TEST_F(Safety, a_new_rejects_file_is_private_and_made_only_with_rows)
{
	mode_t mask = umask(0);
	std::string rejects = dir_.file("rejects.csv");
	RunResult r = track({ "import", in_, "--skip-bad", "--rejects",
	    rejects });
	umask(mask);
	ASSERT_EQ(r.status, 0) << r.err;
	struct stat st;
	ASSERT_EQ(stat(rejects.c_str(), &st), 0);
	EXPECT_EQ(st.st_mode & 07777, 0600u);
	EXPECT_EQ(read_file(rejects), "date,duration,topic,error\nbad,1h,x,"
	    "line 3: invalid date 'bad': use YYYY-MM-DD\n");
	// A file with no bad row makes no rejects file.
	write_file(dir_.file("good.csv"), "date,duration,topic\n"
	    "2026-11-19,1h,sql\n");
	EXPECT_EQ(track({ "import", dir_.file("good.csv"), "--skip-bad",
	    "--rejects", dir_.file("none.csv") }).status, 0);
	EXPECT_FALSE(file_exists(dir_.file("none.csv")));
}

TEST_F(Safety, a_refused_file_takes_its_rejected_rows_back)
{
	// The second file has a bad row, then bytes that are not UTF-8: it
	// is refused whole, and only the first file's rows are rejects.
	write_file(dir_.file("second.csv"), "date,duration,topic\n"
	    "worse,1h,y\n2026-11-19,1h,\xff\xfe\n");
	std::string rejects = dir_.file("rejects.csv");
	RunResult r = track({ "import", in_, dir_.file("second.csv"),
	    "--skip-bad", "--rejects", rejects });
	EXPECT_NE(r.status, 0);
	EXPECT_EQ(read_file(rejects), "date,duration,topic,error\nbad,1h,x,"
	    "line 3: invalid date 'bad': use YYYY-MM-DD\n");
}

// ---------------------------------------------------------------------
// 3: what is not a regular file is written directly, links through

TEST_F(Safety, output_through_a_symlink_writes_its_target)
{
	write_file(dir_.file("real.csv"), "old\n");
	ASSERT_EQ(symlink("real.csv", dir_.file("out.csv").c_str()), 0);
	ASSERT_EQ(track({ "export", "--output", dir_.file("out.csv") }).status,
	    0);
	struct stat st;
	ASSERT_EQ(lstat(dir_.file("out.csv").c_str(), &st), 0);
	EXPECT_TRUE(S_ISLNK(st.st_mode));
	EXPECT_NE(read_file(dir_.file("real.csv")).find("python"),
	    std::string::npos);
}

TEST_F(Safety, output_to_a_device_or_fifo_writes_it_and_keeps_its_kind)
{
	std::string fifo = dir_.file("fifo");
	ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
	pid_t reader = fork();
	if (reader == 0) {
		alarm(20);	// ends the test should track never write
		std::string got = read_file(fifo);
		_exit(got.find("django") != std::string::npos ? 0 : 1);
	}
	RunResult r = track({ "report", "--all", "--output", fifo });
	EXPECT_EQ(r.status, 0) << r.err;
	int wstatus = 0;
	waitpid(reader, &wstatus, 0);
	EXPECT_TRUE(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0);
	struct stat st;
	ASSERT_EQ(lstat(fifo.c_str(), &st), 0);
	EXPECT_TRUE(S_ISFIFO(st.st_mode));
	// A link to stdout writes stdout, whatever stdout is.
	ASSERT_EQ(symlink("/proc/self/fd/1", dir_.file("stdout").c_str()), 0);
	r = track_process({ "export", "--format", "json", "--output",
	    dir_.file("stdout") });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out.find("{"), 0u) << r.out;
	EXPECT_NE(r.out.find("exported 2 sessions to"), std::string::npos);
	ASSERT_EQ(lstat(dir_.file("stdout").c_str(), &st), 0);
	EXPECT_TRUE(S_ISLNK(st.st_mode));
	if (geteuid() != 0)
		return;
	// A private copy of /dev/null stays a device.
	std::string node = dir_.file("null");
	ASSERT_EQ(mknod(node.c_str(), S_IFCHR | 0666, makedev(1, 3)), 0);
	EXPECT_EQ(track({ "export", "--output", node }).status, 0);
	ASSERT_EQ(lstat(node.c_str(), &st), 0);
	EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST_F(Safety, output_never_copies_setuid_and_new_exports_are_private)
{
	std::string old = dir_.file("old.csv");
	write_file(old, "x");
	ASSERT_EQ(chmod(old.c_str(), 06755), 0);
	ASSERT_EQ(track({ "export", "--output", old }).status, 0);
	struct stat st;
	ASSERT_EQ(stat(old.c_str(), &st), 0);
	EXPECT_EQ(st.st_mode & 07777, 0755u);
	mode_t mask = umask(0);
	RunResult e = track({ "export", "--output", dir_.file("new.csv") });
	RunResult r = track({ "report", "--output", dir_.file("week.txt") });
	umask(mask);
	ASSERT_EQ(e.status, 0);
	ASSERT_EQ(r.status, 0);
	ASSERT_EQ(stat(dir_.file("new.csv").c_str(), &st), 0);
	EXPECT_EQ(st.st_mode & 07777, 0600u);
	// A report is made to be shown: a shell redirection's mode.
	ASSERT_EQ(stat(dir_.file("week.txt").c_str(), &st), 0);
	EXPECT_EQ(st.st_mode & 07777, 0666u);
}

// ---------------------------------------------------------------------
// 4: a confirmation that cannot be written keeps nothing

struct WriteCase {
	const char *name;
	std::vector<std::string> setup;	// run first (may be empty)
	std::vector<std::string> args;
};

void
PrintTo(const WriteCase &c, std::ostream *os)
{
	*os << c.name;
}

const WriteCase kWrites[] = {
	{ "log", {}, { "log", "1h", "python" } },
	{ "import", {}, { "import", "@in", "--skip-bad" } },
	{ "import_json", {}, { "import", "@in", "--skip-bad", "--format",
	  "json" } },
	{ "import_undo", { "import", "@in", "--skip-bad" }, { "import",
	  "undo" } },
	{ "rm", {}, { "rm", "1" } },
	{ "undo", {}, { "undo" } },
	{ "edit", {}, { "edit", "1", "--duration", "3h" } },
	{ "config_set", {}, { "config", "set", "week-start", "sunday" } },
	{ "config_unset", { "config", "set", "week-start", "sunday" },
	  { "config", "unset", "week-start" } },
	{ "path_set", {}, { "path", "set", "backend" } },
	{ "path_add", {}, { "path", "add", "games", "Game development" } },
	{ "project_add", {}, { "project", "add", "Todo API" } },
	{ "project_done", {}, { "project", "done", "Blog" } },
	{ "tutorial_add", {}, { "tutorial", "add", "Flask Mega-Tutorial" } },
	{ "topic_add", {}, { "topic", "add", "pygame", "--path", "backend" } },
	{ "topic_alias", {}, { "topic", "alias", "djang", "django" } },
	{ "start", {}, { "start", "django" } },
	{ "stop", { "start", "django", "--at", "09:00" }, { "stop" } },
	{ "cancel", { "start", "django" }, { "cancel" } },
};

class UnwrittenConfirmation : public ::testing::TestWithParam<WriteCase> {
protected:
	std::vector<std::string> with_db(std::vector<std::string> args)
	{
		for (auto &a : args)
			if (a == "@in")
				a = in_;
		args.insert(args.begin(), { "--db", db_ });
		return args;
	}

	void SetUp() override
	{
		db_ = dir_.file("track.db");
		in_ = dir_.file("in.csv");
		write_file(in_, kCsv);
		ASSERT_EQ(run_track(with_db({ "log", "1h", "python" }),
		    kEnv).status, 0);
		ASSERT_EQ(run_track(with_db({ "log", "2h", "django",
		    "--project", "Blog" }), kEnv).status, 0);
		if (!GetParam().setup.empty()) {
			ASSERT_EQ(run_track(with_db(GetParam().setup),
			    kEnv).status, 0);
		}
	}

	TempDir dir_;
	std::string db_, in_;
};

TEST_P(UnwrittenConfirmation, rolls_the_change_back)
{
	const WriteCase &c = GetParam();
	std::string before = tree_snapshot(dir_.path());
	for (Stdout kind : { Stdout::full, Stdout::closed }) {
		RunResult r = run_with_stdout(with_db(c.args), kind);
		EXPECT_EQ(r.status, 1) << r.err;
		EXPECT_NE(r.err.find("track: cannot write the output ("),
		    std::string::npos) << r.err;
		EXPECT_NE(r.err.find("nothing "), std::string::npos) << r.err;
		EXPECT_EQ(tree_snapshot(dir_.path()), before);
	}
	// A reader that went away kills track before it commits (the next
	// track to close the database tidies the -wal and -shm left).
	RunResult r = run_with_stdout(with_db(c.args), Stdout::broken_pipe);
	EXPECT_EQ(r.status, 128 + SIGPIPE) << r.err;
	EXPECT_EQ(run_track(with_db({ "status" }), kEnv).status, 0);
	EXPECT_EQ(tree_snapshot(dir_.path()), before);
	// The same command with a stdout works and changes the database.
	r = run_track(with_db(c.args), kEnv);
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_NE(r.out, "");
	EXPECT_NE(tree_snapshot(dir_.path()), before);
}

INSTANTIATE_TEST_SUITE_P(cli_safety, UnwrittenConfirmation,
    ::testing::ValuesIn(kWrites),
    [](const ::testing::TestParamInfo<WriteCase> &info) {
	    return std::string(info.param.name);
    });

// ---------------------------------------------------------------------
// 5, 6, 14: read-only, locked, full and empty databases

// Whether tests may mount in a private namespace (root with unshare).
bool
private_mounts_work()
{
	if (geteuid() != 0)
		return false;
	return run_program({ "unshare", "-m", "true" }).status == 0;
}

TEST_F(Safety, read_commands_work_on_read_only_media_and_writers_say_why)
{
	if (!private_mounts_work())
		GTEST_SKIP() << "needs root and unshare -m";
	std::string bin = track_binary();
	std::string script = "set -e; mount --bind '" + dir_.path() + "' '" +
	    dir_.path() + "'; mount -o remount,bind,ro '" + dir_.path() + "'; "
	    "for c in ls export 'report --all' plan check status 'path show' "
	    "'project list'; do TZ=UTC TRACK_NOW=2026-11-22T10:00:00Z '" +
	    bin + "' --db '" + db_ + "' $c >/dev/null || echo \"$c failed\"; "
	    "done; TZ=UTC '" + bin + "' --db '" + db_ + "' log 1h sql || true";
	std::string before = tree_snapshot(dir_.path());
	RunResult r = run_program({ "unshare", "-m", "sh", "-c", script });
	EXPECT_EQ(r.out, "");
	EXPECT_EQ(r.err, "track: cannot write to database '" + db_ + "': "
	    "Read-only file system\n");
	EXPECT_EQ(tree_snapshot(dir_.path()), before);
}

TEST_F(Safety, a_read_in_an_unwritable_directory_creates_nothing)
{
	fold_wal();	// with a -wal there, the log would write in place
	std::string before = tree_snapshot(dir_.path());
	bool root = geteuid() == 0;
	std::string lock = root ? "chattr +i '" : "chmod 555 '";
	std::string unlock = root ? "chattr -i '" : "chmod 700 '";
	if (run_program({ "sh", "-c", lock + dir_.path() + "'" }).status != 0)
		GTEST_SKIP() << "cannot make a directory read-only here";
	RunResult ls = track({ "ls" });
	RunResult exported = track({ "export", "--format", "json" });
	RunResult log = track({ "log", "1h", "sql" });
	run_program({ "sh", "-c", unlock + dir_.path() + "'" });
	EXPECT_EQ(ls.status, 0) << ls.err;
	EXPECT_NE(ls.out.find("django"), std::string::npos);
	EXPECT_EQ(exported.status, 0) << exported.err;
	EXPECT_EQ(log.status, 1);
	EXPECT_EQ(log.err.find("track: cannot write to database '" + db_ +
	    "': its directory '" + dir_.path() + "' may not be written"), 0u)
	    << log.err;
	EXPECT_EQ(tree_snapshot(dir_.path()), before);
}

TEST_F(Safety, reading_a_write_protected_database_leaves_writes_possible)
{
	if (geteuid() != 0)
		GTEST_SKIP() << "runs track as another user (needs root)";
	// A directory of the user nobody, with the database 0400.
	std::string home = dir_.file("nobody");
	ASSERT_EQ(chmod(dir_.path().c_str(), 0755), 0);
	ASSERT_EQ(mkdir(home.c_str(), 0700), 0);
	std::string db = home + "/track.db";
	fold_wal();	// the newest sessions are in the -wal until then
	ASSERT_EQ(rename(db_.c_str(), db.c_str()), 0);
	ASSERT_EQ(chown(home.c_str(), 65534, 65534), 0);
	ASSERT_EQ(chown(db.c_str(), 65534, 65534), 0);
	ASSERT_EQ(chmod(db.c_str(), 0400), 0);
	std::vector<std::string> as_nobody = { "setpriv", "--reuid=65534",
	    "--regid=65534", "--clear-groups", track_binary(), "--db", db };
	auto run = [&](std::vector<std::string> args) {
		std::vector<std::string> argv = as_nobody;
		argv.insert(argv.end(), args.begin(), args.end());
		return run_program(argv, kEnv);
	};
	RunResult ls = run({ "ls" });
	EXPECT_EQ(ls.status, 0) << ls.err;
	EXPECT_NE(ls.out.find("django"), std::string::npos);
	EXPECT_FALSE(file_exists(db + "-wal"));
	EXPECT_FALSE(file_exists(db + "-shm"));
	RunResult refused = run({ "log", "1h", "sql" });
	EXPECT_EQ(refused.status, 1);
	EXPECT_EQ(refused.err, "track: cannot write to database '" + db +
	    "': Permission denied\n");
	ASSERT_EQ(chmod(db.c_str(), 0600), 0);
	RunResult log = run({ "log", "1h", "sql" });
	EXPECT_EQ(log.status, 0) << log.err;
	EXPECT_EQ(query(db, "SELECT count(*) FROM session"), "3\n");
}

TEST_F(Safety, a_lock_held_past_the_timeout_is_called_a_lock)
{
	// Another program holds the database exclusively (rollback journal,
	// EXCLUSIVE locking): readers and writers wait 10 s, then say so.
	// (POSIX locks are the process's: track runs in a process of its own.)
	// The reader and the writer wait side by side.
	sqlite3 *holder = nullptr;
	ASSERT_EQ(sqlite3_open(db_.c_str(), &holder), SQLITE_OK);
	ASSERT_EQ(query(holder, "PRAGMA journal_mode = DELETE"), "delete\n");
	query(holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
	    "CREATE TABLE held (x)");
	RunResult ls;
	std::thread reader([&] { ls = track_process({ "ls" }); });
	RunResult log = track_process({ "log", "1h", "sql" });
	reader.join();
	query(holder, "ROLLBACK");
	sqlite3_close(holder);
	EXPECT_EQ(ls.status, 1);
	EXPECT_EQ(ls.err, "track: cannot open database '" + db_ + "': the "
	    "database is locked by another process (waited 10 s): try "
	    "again\n");
	EXPECT_EQ(log.status, 1);
	EXPECT_NE(log.err.find("locked by another process (waited 10 s)"),
	    std::string::npos) << log.err;
	EXPECT_EQ(log.err.find("not a track database"), std::string::npos);
	EXPECT_EQ(query(db_, "SELECT count(*) FROM session"), "2\n");
}

TEST_F(Safety, a_full_disk_is_called_full_and_the_history_still_reads)
{
	if (!private_mounts_work())
		GTEST_SKIP() << "needs root and unshare -m";
	std::string bin = track_binary(), mnt = dir_.file("small");
	ASSERT_EQ(mkdir(mnt.c_str(), 0700), 0);
	std::string run = "TZ=UTC TRACK_NOW=2026-11-22T10:00:00Z '" + bin +
	    "' --db '" + mnt + "/track.db' ";
	std::string script = "mount -t tmpfs -o size=1M tmpfs '" + mnt + "' && " +
	    run + "log 1h python >/dev/null && dd if=/dev/zero of='" + mnt +
	    "/fill' bs=4k 2>/dev/null; " + run + "log 1h sql; echo \"log $?\"; " +
	    run + "ls; echo \"ls $?\"";
	RunResult r = run_program({ "unshare", "-m", "sh", "-c", script });
	EXPECT_EQ(r.err, "track: cannot open database '" + mnt + "/track.db': "
	    "the disk is full: make room and try again\n");
	EXPECT_EQ(r.out, "log 1\n#1  2026-11-22  -----  1h  python  study\n"
	    "ls 0\n");
}

TEST_F(Safety, reading_an_empty_file_leaves_it_empty)
{
	std::string empty = dir_.file("empty.db");
	write_file(empty, "");
	for (const char *command : { "ls", "report", "export", "plan",
	    "status" }) {
		RunResult r = run_track({ "--db", empty, command }, kEnv);
		EXPECT_EQ(r.status, 0) << command << ": " << r.err;
		EXPECT_EQ(read_file(empty), "") << command;
	}
	EXPECT_FALSE(file_exists(empty + "-wal"));
	// A writer adopts it, as before.
	EXPECT_EQ(run_track({ "--db", empty, "log", "1h", "sql" }, kEnv).status,
	    0);
	EXPECT_NE(read_file(empty), "");
}

TEST_F(Safety, a_db_naming_a_companion_file_is_refused)
{
	write_file(db_ + "-wal", "");
	std::string before = tree_snapshot(dir_.path());
	for (const std::vector<std::string> &args : {
	    std::vector<std::string>{ "log", "1h", "sql" },
	    std::vector<std::string>{ "ls" } }) {
		std::vector<std::string> argv = { "--db", db_ + "-wal" };
		argv.insert(argv.end(), args.begin(), args.end());
		RunResult r = run_track(argv, kEnv);
		EXPECT_EQ(r.status, 2);
		EXPECT_EQ(r.err, "track: '" + db_ + "-wal' belongs to database '" +
		    db_ + "' (its wal file), it is not a database: give the "
		    "database itself with --db\n");
	}
	EXPECT_EQ(tree_snapshot(dir_.path()), before);
}

}  // namespace
