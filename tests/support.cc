#include "support.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern "C" {
#include "cli/track.h"
#include "core/db.h"
#include "core/schema.h"
}

extern char **environ;

TempDir::TempDir()
{
	const char *base = getenv("TMPDIR");
	std::string tmpl = std::string(base && *base ? base : "/tmp") +
	    "/track-test-XXXXXX";
	std::vector<char> buf(tmpl.begin(), tmpl.end());
	buf.push_back('\0');
	if (mkdtemp(buf.data()) == nullptr)
		throw std::runtime_error("mkdtemp failed");
	path_ = buf.data();
}

TempDir::~TempDir()
{
	std::string cmd = "rm -rf '" + path_ + "'";
	if (system(cmd.c_str()) != 0)
		fprintf(stderr, "could not remove %s\n", path_.c_str());
}

std::string
read_file(const std::string &path)
{
	std::ifstream in(path, std::ios::binary);
	std::ostringstream s;
	s << in.rdbuf();
	return s.str();
}

void
write_file(const std::string &path, const std::string &content)
{
	std::ofstream out(path, std::ios::binary);
	out << content;
}

bool
file_exists(const std::string &path)
{
	struct stat st;
	return stat(path.c_str(), &st) == 0;
}

int
soak_size(int smoke, int full)
{
	const char *on = getenv("TRACK_TEST_LONG");
	return on && *on && strcmp(on, "0") != 0 ? full : smoke;
}

std::string
track_binary()
{
	const char *bin = getenv("TRACK_BIN");
	return bin && *bin ? bin : "build/track";
}

// The words of $TRACK_VALGRIND (none when unset), and the exit status it
// gives for an error (--error-exitcode=N, else -1).
static std::vector<std::string>
valgrind_words(int *error_status)
{
	const char *command = getenv("TRACK_VALGRIND");
	std::vector<std::string> words;
	std::istringstream in(command ? command : "");
	std::string word;
	const std::string option = "--error-exitcode=";

	*error_status = -1;
	while (in >> word) {
		words.push_back(word);
		if (word.compare(0, option.size(), option) == 0)
			*error_status = atoi(word.c_str() + option.size());
	}
	return words;
}

// Whether this run of track goes under valgrind: with
// $TRACK_VALGRIND_EVERY=N, only every Nth run of the test binary does
// (the first, then N+1, ...), so the valgrind pass keeps a fixed share
// of the suite's cost as the suite grows while every test still runs
// and still checks its result. Unset or 1: every run.
static bool
valgrind_this_run(void)
{
	static std::atomic<unsigned long> runs;	// tracks run from threads
	const char *every = getenv("TRACK_VALGRIND_EVERY");
	unsigned long n = every ? strtoul(every, nullptr, 10) : 1;
	return n <= 1 || runs++ % n == 0;
}

// The command line: valgrind's words (with its report going to log),
// then the binary and args.
static std::vector<std::string>
command_line(const std::vector<std::string> &args, const std::string &log,
    int *error_status)
{
	std::vector<std::string> argv;
	*error_status = -1;
	if (valgrind_this_run())
		argv = valgrind_words(error_status);
	if (!argv.empty())
		argv.push_back("--log-file=" + log);
	argv.push_back(track_binary());
	argv.insert(argv.end(), args.begin(), args.end());
	return argv;
}

static RunResult spawn_program(const std::vector<std::string> &args,
    const std::map<std::string, std::string> &env, const std::string *input);

// Runs track with args, env and input as spawn_program does, under
// $TRACK_VALGRIND when it is set.
static RunResult
spawn_track(const std::vector<std::string> &args,
    const std::map<std::string, std::string> &env, const std::string *input)
{
	TempDir io;
	int valgrind_error = -1;
	RunResult r = spawn_program(command_line(args, io.file("valgrind"),
	    &valgrind_error), env, input);
	if (valgrind_error >= 0 && r.status == valgrind_error)
		ADD_FAILURE() << "valgrind found errors in track (exit status "
		    << r.status << "):\n" << read_file(io.file("valgrind"));
	return r;
}

// The environment laid over for one in-process run (an empty value
// unsets), with tzset so the C library reads TZ afresh; the destructor
// puts every variable back as it was.
class EnvOverlay {
public:
	explicit EnvOverlay(const std::map<std::string, std::string> &env)
	{
		for (const auto &kv : env) {
			const char *old = getenv(kv.first.c_str());
			saved_.push_back({ kv.first, old != nullptr,
			    old ? old : "" });
			set(kv.first, !kv.second.empty(), kv.second);
		}
		tzset();
	}
	~EnvOverlay()
	{
		for (const auto &v : saved_)
			set(v.name, v.was_set, v.value);
		tzset();
	}
	EnvOverlay(const EnvOverlay &) = delete;
	EnvOverlay &operator=(const EnvOverlay &) = delete;

private:
	struct Saved {
		std::string name;
		bool was_set;
		std::string value;
	};
	static void set(const std::string &name, bool on, const std::string &v)
	{
		if (on)
			setenv(name.c_str(), v.c_str(), 1);
		else
			unsetenv(name.c_str());
	}
	std::vector<Saved> saved_;
};

// Descriptor 0 on /dev/null for one in-process run, as run_track gives
// a spawned track; the destructor puts the test's stdin back.
class NullStdin {
public:
	NullStdin() : saved_(dup(0))
	{
		int null = open("/dev/null", O_RDONLY | O_CLOEXEC);
		if (saved_ < 0 || null < 0 || dup2(null, 0) < 0)
			throw std::runtime_error("cannot put stdin on /dev/null");
		close(null);
		clearerr(stdin);
	}
	~NullStdin()
	{
		dup2(saved_, 0);
		close(saved_);
		clearerr(stdin);
	}
	NullStdin(const NullStdin &) = delete;
	NullStdin &operator=(const NullStdin &) = delete;

private:
	int saved_;
};

// The number of descriptors this process has open.
static int
open_descriptors(void)
{
	int n = 0;
	DIR *d = opendir("/proc/self/fd");
	if (d == nullptr)
		return -1;
	while (struct dirent *e = readdir(d))
		n += e->d_name[0] != '.';
	closedir(d);
	return n - 1;	// the one opendir holds
}

// Runs track_main on args in this process, with stdout and stderr in
// memory, exiting as main does (track_exit_status).
RunResult
run_track_main(const std::vector<std::string> &args)
{
	std::vector<std::string> words = { "track" };
	words.insert(words.end(), args.begin(), args.end());
	std::vector<char *> argv;
	for (auto &w : words)
		argv.push_back(&w[0]);
	argv.push_back(nullptr);
	char *out_data = nullptr, *err_data = nullptr;
	size_t out_len = 0, err_len = 0;
	FILE *out = open_memstream(&out_data, &out_len);
	FILE *err = open_memstream(&err_data, &err_len);
	if (out == nullptr || err == nullptr)
		throw std::runtime_error("open_memstream failed");
	RunResult r;
	r.status = track_exit_status(track_main((int)words.size(), argv.data(),
	    out, err), out, err);
	fclose(out);
	fclose(err);
	r.out.assign(out_data, out_len);
	r.err.assign(err_data, err_len);
	free(out_data);
	free(err_data);
	return r;
}

RunResult
run_track(const std::vector<std::string> &args,
    const std::map<std::string, std::string> &env)
{
	// Under `make test-valgrind` each run is a process of its own, so that
	// valgrind watches track as a user runs it (every Nth run, as
	// TRACK_VALGRIND_EVERY says) without slowing the test binary itself.
	int valgrind_status;
	if (!valgrind_words(&valgrind_status).empty())
		return spawn_track(args, env, nullptr);
	static std::atomic<bool> running{ false };
	if (running.exchange(true))
		throw std::logic_error("run_track is called from two threads at "
		    "once: the environment is the process's; use "
		    "run_track_process");
	RunResult r;
	try {
		EnvOverlay overlay(env);
		NullStdin null_stdin;
		int before = open_descriptors();
		r = run_track_main(args);
		int after = open_descriptors();
		EXPECT_EQ(after, before) << "track left descriptors open";
	} catch (...) {
		running = false;
		throw;
	}
	running = false;
	return r;
}

RunResult
run_track_process(const std::vector<std::string> &args,
    const std::map<std::string, std::string> &env)
{
	return spawn_track(args, env, nullptr);
}

RunResult
run_track_input(const std::vector<std::string> &args,
    const std::string &input, const std::map<std::string, std::string> &env)
{
	return spawn_track(args, env, &input);
}

RunResult
run_program(const std::vector<std::string> &args,
    const std::map<std::string, std::string> &env)
{
	return spawn_program(args, env, nullptr);
}

// Writes content to fd, then closes it. A reader gone early ends the
// writing: SIGPIPE is blocked in the calling thread (a test's helper
// thread), so write fails with EPIPE, and the signal left pending is
// taken before the thread goes on.
static void
write_and_close(int fd, const std::string &content)
{
	sigset_t pipe_signal;
	struct timespec now = { 0, 0 };
	size_t done = 0;

	sigemptyset(&pipe_signal);
	sigaddset(&pipe_signal, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_signal, nullptr);
	while (fd >= 0 && done < content.size()) {
		ssize_t n = write(fd, content.data() + done,
		    content.size() - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		done += (size_t)n;
	}
	if (fd >= 0)
		close(fd);
	while (sigtimedwait(&pipe_signal, nullptr, &now) == SIGPIPE)
		;
}

FifoWriter::FifoWriter(const std::string &path, const std::string &content)
    : path_(path)
{
	if (mkfifo(path.c_str(), 0600) != 0)
		throw std::runtime_error("mkfifo failed: " + path);
	writer_ = std::thread([this, path, content]() {
		write_and_close(open(path.c_str(), O_WRONLY | O_CLOEXEC),
		    content);
		done_ = true;
	});
}

FifoWriter::~FifoWriter()
{
	// Opening the FIFO for reading lets a writer waiting for a reader
	// open it; closing it again makes the writer's next write fail. So
	// the thread ends whatever track did, even if it has not reached
	// its open yet.
	while (!done_) {
		int fd = open(path_.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
		if (fd >= 0)
			close(fd);
		usleep(10000);
	}
	writer_.join();
}

// The test's environment with env laid over it (an empty value unsets).
static std::vector<std::string>
environment(const std::map<std::string, std::string> &env)
{
	std::vector<std::string> envs;
	for (char **e = environ; *e; e++) {
		std::string entry(*e);
		std::string key = entry.substr(0, entry.find('='));
		if (env.count(key) == 0)
			envs.push_back(entry);
	}
	for (const auto &kv : env)
		if (!kv.second.empty())
			envs.push_back(kv.first + "=" + kv.second);
	return envs;
}

// Waits for pid: its exit status, or 128 + the signal that ended it.
static int
wait_status(pid_t pid)
{
	int wstatus = 0;
	while (waitpid(pid, &wstatus, 0) < 0)
		if (errno != EINTR)
			throw std::runtime_error("waitpid failed");
	return WIFEXITED(wstatus) ? WEXITSTATUS(wstatus)
	    : 128 + WTERMSIG(wstatus);
}

// What the terminal's keeper writes once track has exited: the end of
// track's output, marked in the stream itself. (Reading until EIO loses
// the last bytes now and then: the master may report the slave closed
// before the kernel has handed over what was written just before.)
static const char kTerminalEnd[] = "\0track-test:end-of-output\0";
static const size_t kTerminalEndLen = sizeof(kTerminalEnd) - 1;

// In the child of forkpty, the terminal's keeper: runs argv (stdin from
// /dev/null; stdout, stderr or both the terminal as on says, the other
// to file_path), waits for it, writes kTerminalEnd, waits for one byte
// of acknowledgement from the reader, then exits as track did. Only
// async-signal-safe calls. Never returns.
[[noreturn]] static void
keep_terminal(char *const *argv, char *const *envp, const char *file_path,
    OnTerminal on)
{
	pid_t pid = fork();
	if (pid < 0)
		_exit(126);
	if (pid == 0) {
		int in = open("/dev/null", O_RDONLY);
		int file = open(file_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		int to = on == OnTerminal::kStdout ? 2 : 1;
		if (in < 0 || file < 0 || dup2(in, 0) < 0 ||
		    (on != OnTerminal::kBoth && dup2(file, to) < 0))
			_exit(126);
		close(in);
		close(file);
		execvpe(argv[0], argv, envp);
		_exit(127);
	}
	int wstatus = 0;
	while (waitpid(pid, &wstatus, 0) < 0)
		if (errno != EINTR)
			_exit(126);
	size_t done = 0;
	while (done < kTerminalEndLen) {
		ssize_t n = write(1, kTerminalEnd + done, kTerminalEndLen - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			_exit(126);
		done += (size_t)n;
	}
	char ack;
	while (read(0, &ack, 1) < 0 && errno == EINTR)
		;
	_exit(WIFEXITED(wstatus) ? WEXITSTATUS(wstatus)
	    : 128 + WTERMSIG(wstatus));
}

RunResult
run_track_on_terminal(const std::vector<std::string> &args,
    const std::map<std::string, std::string> &env, OnTerminal on)
{
	TempDir io;
	int valgrind_error = -1;
	std::vector<std::string> args_line = command_line(args,
	    io.file("valgrind"), &valgrind_error);
	std::vector<std::string> envs = environment(env);
	std::string file_path = io.file("file");
	// Built before the fork: the child may only make async-signal-safe
	// calls.
	std::vector<char *> argv, envp;
	for (const auto &a : args_line)
		argv.push_back(const_cast<char *>(a.c_str()));
	argv.push_back(nullptr);
	for (const auto &e : envs)
		envp.push_back(const_cast<char *>(e.c_str()));
	envp.push_back(nullptr);
	struct termios raw;
	memset(&raw, 0, sizeof(raw));
	cfmakeraw(&raw);
	int master;
	pid_t pid = forkpty(&master, nullptr, &raw, nullptr);
	if (pid < 0)
		throw std::runtime_error("forkpty failed");
	if (pid == 0)
		keep_terminal(argv.data(), envp.data(), file_path.c_str(), on);
	// Read until the keeper's end mark, then let it go.
	RunResult r;
	std::string end(kTerminalEnd, kTerminalEndLen);
	bool ended = false;
	char chunk[4096];
	while (!ended) {
		ssize_t n = read(master, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		r.out.append(chunk, (size_t)n);
		if (r.out.size() >= end.size() &&
		    r.out.compare(r.out.size() - end.size(), end.size(),
		    end) == 0) {
			r.out.resize(r.out.size() - end.size());
			ended = true;
		}
	}
	// The keeper exits on the acknowledgement; the terminal is closed
	// after it has gone (a hangup first would be its exit status).
	if (ended) {
		while (write(master, "\n", 1) < 0 && errno == EINTR)
			;
		r.status = wait_status(pid);
		close(master);
	} else {
		close(master);
		r.status = wait_status(pid);
	}
	if (on == OnTerminal::kStdout)
		r.err = read_file(file_path);
	else if (on == OnTerminal::kStderr) {
		r.err = r.out;
		r.out = read_file(file_path);
	}
	if (!ended)
		ADD_FAILURE() << "the terminal closed before the end of "
		    "track's output";
	if (valgrind_error >= 0 && r.status == valgrind_error)
		ADD_FAILURE() << "valgrind found errors in track (exit status "
		    << r.status << "):\n" << read_file(io.file("valgrind"));
	return r;
}

// Runs args with the environment of the test plus env; stdin is
// /dev/null, or with input a pipe a thread writes input into.
static RunResult
spawn_program(const std::vector<std::string> &args,
    const std::map<std::string, std::string> &env, const std::string *input)
{
	TempDir io;
	std::string out_path = io.file("out"), err_path = io.file("err");
	std::vector<std::string> envs = environment(env);
	std::vector<char *> argv, envp;
	for (const auto &a : args)
		argv.push_back(const_cast<char *>(a.c_str()));
	argv.push_back(nullptr);
	for (auto &e : envs)
		envp.push_back(const_cast<char *>(e.c_str()));
	envp.push_back(nullptr);

	int pipe_fds[2] = { -1, -1 };
	if (input != nullptr && pipe2(pipe_fds, O_CLOEXEC) != 0)
		throw std::runtime_error("pipe failed");
	posix_spawn_file_actions_t actions;
	posix_spawn_file_actions_init(&actions);
	if (input != nullptr)
		posix_spawn_file_actions_adddup2(&actions, pipe_fds[0], 0);
	else
		posix_spawn_file_actions_addopen(&actions, 0, "/dev/null",
		    O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(),
	    O_WRONLY | O_CREAT | O_TRUNC, 0600);
	posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(),
	    O_WRONLY | O_CREAT | O_TRUNC, 0600);
	pid_t pid;
	int rc = posix_spawnp(&pid, args.at(0).c_str(), &actions, nullptr,
	    argv.data(), envp.data());
	posix_spawn_file_actions_destroy(&actions);
	if (input != nullptr)
		close(pipe_fds[0]);
	if (rc != 0) {
		if (input != nullptr)
			close(pipe_fds[1]);
		throw std::runtime_error("cannot run " + args.at(0));
	}
	std::thread writer;
	if (input != nullptr)
		writer = std::thread(write_and_close, pipe_fds[1], *input);
	RunResult r;
	r.status = wait_status(pid);
	if (writer.joinable())
		writer.join();
	r.out = read_file(out_path);
	r.err = read_file(err_path);
	return r;
}

static int
collect_row(void *arg, int n, char **values, char **)
{
	std::string *rows = static_cast<std::string *>(arg);
	for (int i = 0; i < n; i++) {
		if (i)
			*rows += "|";
		*rows += values[i] ? values[i] : "NULL";
	}
	*rows += "\n";
	return 0;
}

std::string
query(sqlite3 *db, const std::string &sql)
{
	std::string rows;
	char *message = nullptr;
	if (sqlite3_exec(db, sql.c_str(), collect_row, &rows, &message) !=
	    SQLITE_OK) {
		std::string m = message ? message : "?";
		sqlite3_free(message);
		throw std::runtime_error("query failed: " + m + ": " + sql);
	}
	return rows;
}

std::string
query(const std::string &db_path, const std::string &sql)
{
	sqlite3 *db = nullptr;
	if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY,
	    nullptr) != SQLITE_OK) {
		sqlite3_close(db);
		throw std::runtime_error("cannot open " + db_path);
	}
	std::string rows;
	try {
		rows = query(db, sql);
	} catch (...) {
		sqlite3_close(db);
		throw;
	}
	sqlite3_close(db);
	return rows;
}

// The bytes of an in-memory database with every migration applied, made
// once per test binary: applying the migrations is most of what a small
// unit test costs (many times more under valgrind).
static const std::string &
migrated_image()
{
	static const std::string image = [] {
		sqlite3 *db = nullptr;
		if (sqlite3_open(":memory:", &db) != SQLITE_OK)
			throw std::runtime_error("cannot open :memory:");
		struct error *err = db_migrate(db);
		if (err != nullptr) {
			std::string m = err->message;
			error_free(err);
			sqlite3_close(db);
			throw std::runtime_error(m);
		}
		sqlite3_int64 size = 0;
		unsigned char *bytes = sqlite3_serialize(db, "main", &size, 0);
		sqlite3_close(db);
		if (bytes == nullptr)
			throw std::runtime_error("cannot serialize the schema");
		std::string copy((const char *)bytes, (size_t)size);
		sqlite3_free(bytes);
		return copy;
	}();
	return image;
}

sqlite3 *
memory_db()
{
	const std::string &image = migrated_image();
	sqlite3 *db = nullptr;
	if (sqlite3_open(":memory:", &db) != SQLITE_OK)
		throw std::runtime_error("cannot open :memory:");
	unsigned char *bytes = (unsigned char *)sqlite3_malloc64(image.size());
	if (bytes == nullptr) {
		sqlite3_close(db);
		throw std::runtime_error("out of memory");
	}
	memcpy(bytes, image.data(), image.size());
	if (sqlite3_deserialize(db, "main", bytes, (sqlite3_int64)image.size(),
	    (sqlite3_int64)image.size(), SQLITE_DESERIALIZE_FREEONCLOSE |
	    SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK) {
		sqlite3_close(db);
		throw std::runtime_error("cannot load the schema");
	}
	query(db, "PRAGMA foreign_keys = ON");
	return db;
}

std::string
tree_snapshot(const std::string &dir)
{
	return run_program({ "sh", "-c", "cd '" + dir + "' && find . -printf "
	    "'%p %y %m %l\\n' | sort && find . -type f ! -name '*-shm' | "
	    "sort | xargs -r md5sum" }).out;
}

void
make_db_at_version(const std::string &path, int version,
    const std::string &sql)
{
	if (version < 1 || version > schema_migration_count)
		throw std::runtime_error("no schema version " +
		    std::to_string(version));
	sqlite3 *db = nullptr;
	if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
		sqlite3_close(db);
		throw std::runtime_error("cannot create " + path);
	}
	std::string script = "PRAGMA foreign_keys = ON; BEGIN;";
	for (int i = 0; i < version; i++)
		script += schema_migrations[i].sql;
	script += "PRAGMA user_version = " + std::to_string(version) +
	    "; PRAGMA application_id = 1414677323;" + sql + "; COMMIT;";
	try {
		query(db, script);
	} catch (...) {
		sqlite3_close(db);
		throw;
	}
	sqlite3_close(db);
}

// The number of migrations: the files in schema/ (tests run from the top).
int
migration_count()
{
	int n = 0;
	DIR *d = opendir("schema");
	if (d == nullptr)
		return -1;
	while (struct dirent *e = readdir(d)) {
		std::string name = e->d_name;
		if (name.size() > 4 && name.substr(name.size() - 4) == ".sql")
			n++;
	}
	closedir(d);
	return n;
}

// The summaries as the sessions say they must be (computed here by
// grouping, not by the triggers that keep them).
void
expect_summaries_match_sessions(const std::string &db)
{
	EXPECT_EQ(query(db, "SELECT * FROM month_total ORDER BY 1, 2, 3"),
	    query(db, "SELECT substr(day, 1, 7), topic_id, kind, sum(minutes), "
	    "count(*) FROM session GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
	EXPECT_EQ(query(db, "SELECT * FROM project_total ORDER BY 1, 2, 3"),
	    query(db, "SELECT project_id, topic_id, substr(day, 1, 7), "
	    "sum(minutes), count(*) FROM session WHERE project_id IS NOT NULL "
	    "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
	EXPECT_EQ(query(db, "SELECT * FROM day_total ORDER BY 1"),
	    query(db, "SELECT day, sum(minutes), count(*) FROM session "
	    "GROUP BY 1 ORDER BY 1"));
	EXPECT_EQ(query(db, "SELECT * FROM topic_total ORDER BY 1, 2"),
	    query(db, "SELECT topic_id, kind, sum(minutes), count(*) FROM "
	    "session GROUP BY 1, 2 ORDER BY 1, 2"));
	EXPECT_EQ(query(db, "SELECT * FROM project_sum ORDER BY 1"),
	    query(db, "SELECT project_id, sum(minutes), count(*) FROM session "
	    "WHERE project_id IS NOT NULL GROUP BY 1 ORDER BY 1"));
	EXPECT_EQ(query(db, "SELECT sum(minutes) FROM month_path_total"),
	    query(db, "SELECT sum(minutes) FROM session"));
	EXPECT_EQ(query(db, "SELECT sum(days) FROM week_total"),
	    query(db, "SELECT count(DISTINCT day) FROM session"));
}

/* ---------------------------------------------------------------------
 * TrackDb
 */

std::string
TrackDb::write(const std::string &name, const std::string &text) const
{
	std::string p = dir_.file(name);
	write_file(p, text);
	return p;
}

RunResult
TrackDb::run(std::vector<std::string> args) const
{
	args.insert(args.begin(), { "--db", path_ });
	return run_track(args, env_);
}

std::string
TrackDb::ok(const std::vector<std::string> &args) const
{
	RunResult r = run(args);
	EXPECT_EQ(r.status, 0) << r.err;
	return r.out;
}

std::string
TrackDb::sql(const std::string &text) const
{
	return query(path_, text);
}

void
TrackDb::exec(const std::string &text) const
{
	sqlite3 *handle = nullptr;
	ASSERT_EQ(sqlite3_open(path_.c_str(), &handle), SQLITE_OK);
	query(handle, text);
	sqlite3_close(handle);
}
