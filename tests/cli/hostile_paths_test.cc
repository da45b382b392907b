// End-to-end: every option that names a file (--db, --output, --rejects,
// an import input) against every kind of path a user can mistype: the
// database itself, its -wal/-shm/-journal, the input, a symbolic link to
// each, a directory, a FIFO, a character device (a private mknod copy of
// /dev/null, as root), a read-only file and directory, a missing parent, a
// dangling link. Each case either does the documented thing or refuses
// with one line; afterwards nothing in the directory changed but the path
// the case was meant to change.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

const char kCsv[] = "date,duration,topic\n2026-11-20,1h,flask\n"
    "bad,1h,x\n";

// Placeholders: @db the database (two sessions), @wal @shm @journal its
// companions (absent at rest), @in a CSV with one bad row, @dblink and
// @inlink links to them, @wallink a link to @wal, @dir a directory,
// @fifo a named pipe, @null a private character device like /dev/null
// (root only), @ro a read-only file, @rodir a read-only directory,
// @dangling a link to a missing file in @dir, @deep a file in a missing
// directory, @new a new file. @T stands for the case's target.
struct PathCase {
	const char *name;
	std::vector<std::string> args;	// with @T and placeholders
	const char *target;		// the placeholder @T stands for
	int status;
	std::string needle;		// in the one stderr line ("" if ok)
	std::vector<std::string> changes;	// placeholders that may change
};

void
PrintTo(const PathCase &c, std::ostream *os)
{
	*os << c.name;
}

const std::vector<std::string> kExport = { "export", "--output", "@T" };
const std::vector<std::string> kReport = { "report", "--all", "--format",
	"md", "--output", "@T" };
const std::vector<std::string> kRejects = { "import", "@in", "--skip-bad",
	"--rejects", "@T" };
const std::vector<std::string> kInput = { "import", "@T" };
const std::vector<std::string> kDbRead = { "--db", "@T", "ls" };
const std::vector<std::string> kDbWrite = { "--db", "@T", "log", "1h",
	"sql" };

const std::string kRefuseDb = "refusing to write '@T': it is the database";
const std::string kRefuseIn = "refusing to write '@T': it is the input "
    "file '@in'";

const PathCase kCases[] = {
	// --output of export and report (which, when they succeed, move the
	// WAL into the database: "@db" covers the file and its -wal).
	{ "export_db", kExport, "@db", 2, kRefuseDb, {} },
	{ "export_wal", kExport, "@wal", 2, kRefuseDb, {} },
	{ "export_shm", kExport, "@shm", 2, kRefuseDb, {} },
	{ "export_journal", kExport, "@journal", 2, kRefuseDb, {} },
	{ "export_dblink", kExport, "@dblink", 2, kRefuseDb, {} },
	{ "export_wallink", kExport, "@wallink", 2, kRefuseDb, {} },
	{ "export_in", kExport, "@in", 0, "", { "@in", "@db" } },
	{ "export_dir", kExport, "@dir", 1, "cannot write '@T': it is a "
	  "directory", {} },
	{ "export_fifo", kExport, "@fifo", 0, "", { "@db" } },
	{ "export_null", kExport, "@null", 0, "", { "@db" } },
	{ "export_ro", kExport, "@ro", 1, "cannot write '@T': ", {} },
	{ "export_rodir", kExport, "@rodir/new.csv", 1, "cannot write '@T': ",
	  {} },
	{ "export_deep", kExport, "@deep", 1, "cannot write '@T': directory "
	  "'@dir/missing' does not exist", {} },
	{ "export_dangling", kExport, "@dangling", 0, "", { "@dir", "@db" } },
	{ "export_new", kExport, "@new", 0, "", { "@new", "@db" } },
	{ "report_db", kReport, "@db", 2, kRefuseDb, {} },
	{ "report_wal", kReport, "@wal", 2, kRefuseDb, {} },
	{ "report_dblink", kReport, "@dblink", 2, kRefuseDb, {} },
	{ "report_dir", kReport, "@dir", 1, "it is a directory", {} },
	{ "report_fifo", kReport, "@fifo", 0, "", { "@db" } },
	{ "report_null", kReport, "@null", 0, "", { "@db" } },
	{ "report_ro", kReport, "@ro", 1, "cannot write '@T': ", {} },
	{ "report_deep", kReport, "@deep", 1, "does not exist", {} },
	// --rejects: never the database or the input; nothing imported when
	// it cannot be written.
	{ "rejects_db", kRejects, "@db", 2, kRefuseDb, {} },
	{ "rejects_wal", kRejects, "@wal", 2, kRefuseDb, {} },
	{ "rejects_shm", kRejects, "@shm", 2, kRefuseDb, {} },
	{ "rejects_journal", kRejects, "@journal", 2, kRefuseDb, {} },
	{ "rejects_dblink", kRejects, "@dblink", 2, kRefuseDb, {} },
	{ "rejects_in", kRejects, "@in", 2, kRefuseIn, {} },
	{ "rejects_inlink", kRejects, "@inlink", 2, kRefuseIn, {} },
	{ "rejects_dir", kRejects, "@dir", 1, "it is a directory", {} },
	{ "rejects_fifo", kRejects, "@fifo", 0, "", { "@db" } },
	{ "rejects_null", kRejects, "@null", 0, "", { "@db" } },
	{ "rejects_ro", kRejects, "@ro", 1, "cannot write '@T': ", {} },
	{ "rejects_rodir", kRejects, "@rodir/rejects.csv", 1,
	  "cannot write '@T': ", {} },
	{ "rejects_deep", kRejects, "@deep", 1, "does not exist", {} },
	{ "rejects_new", kRejects, "@new", 0, "", { "@db", "@new" } },
	// Import inputs: never the database.
	{ "input_db", kInput, "@db", 2, "cannot import '@T': it is the "
	  "database", {} },
	{ "input_wal", kInput, "@wal", 2, "cannot import '@T': it is the "
	  "database's write-ahead log", {} },
	{ "input_dblink", kInput, "@dblink", 2, "cannot import '@T': it is "
	  "the database", {} },
	{ "input_dir", kInput, "@dir", 2, "'@T' is a directory", {} },
	{ "input_null", kInput, "@null", 2, "the file is empty", {} },
	{ "input_missing", kInput, "@deep", 1, "cannot read '@T'", {} },
	{ "input_ro", kInput, "@ro", 0, "", { "@db" } },
	{ "input_inlink", { "import", "@T", "--skip-bad" }, "@inlink", 0, "",
	  { "@db" } },
	// --db for a reader and a writer.
	{ "db_read_in", kDbRead, "@in", 1, "'@T' is not a track database", {} },
	{ "db_read_wal", kDbRead, "@wal", 2, "'@T' belongs to database '@db'",
	  {} },
	{ "db_read_dir", kDbRead, "@dir", 1, "'@T' is a directory", {} },
	{ "db_read_fifo", kDbRead, "@fifo", 1, "'@T' is not a regular file",
	  {} },
	{ "db_read_null", kDbRead, "@null", 1, "'@T' is not a regular file",
	  {} },
	{ "db_read_ro", kDbRead, "@ro", 1, "'@T' is not a track database", {} },
	{ "db_read_deep", kDbRead, "@deep", 0, "", {} },
	{ "db_read_dblink", kDbRead, "@dblink", 0, "", {} },
	{ "db_write_in", kDbWrite, "@in", 1, "'@T' is not a track database",
	  {} },
	{ "db_write_wal", kDbWrite, "@wal", 2, "'@T' belongs to database "
	  "'@db'", {} },
	{ "db_write_shm", kDbWrite, "@shm", 2, "'@T' belongs to database "
	  "'@db'", {} },
	{ "db_write_journal", kDbWrite, "@journal", 2, "'@T' belongs to "
	  "database '@db'", {} },
	{ "db_write_dir", kDbWrite, "@dir", 1, "'@T' is a directory", {} },
	{ "db_write_fifo", kDbWrite, "@fifo", 1, "'@T' is not a regular file",
	  {} },
	{ "db_write_null", kDbWrite, "@null", 1, "'@T' is not a regular file",
	  {} },
	{ "db_write_ro", kDbWrite, "@ro", 1, "cannot write to database '@T'",
	  {} },
	{ "db_write_rodir", kDbWrite, "@rodir/track.db", 1,
	  "cannot create database '@T'", {} },
	{ "db_write_deep", kDbWrite, "@deep", 0, "", { "@dir" } },
	{ "db_write_dblink", kDbWrite, "@dblink", 0, "", { "@db" } },
};

// Makes path unwritable: chmod for everyone, chattr +i for root (whom
// permissions do not stop). False when neither works here.
bool
make_read_only(const std::string &path, mode_t mode)
{
	if (chmod(path.c_str(), mode) != 0)
		return false;
	if (geteuid() != 0)
		return true;
	return run_program({ "chattr", "+i", path }).status == 0;
}

void
make_writable(const std::string &path, mode_t mode)
{
	if (geteuid() == 0)
		run_program({ "chattr", "-i", path });
	chmod(path.c_str(), mode);
}

class HostilePath : public ::testing::TestWithParam<PathCase> {
protected:
	void SetUp() override
	{
		const std::string d = dir_.path();
		paths_ = { { "@db", d + "/track.db" },
			{ "@wal", d + "/track.db-wal" },
			{ "@shm", d + "/track.db-shm" },
			{ "@journal", d + "/track.db-journal" },
			{ "@in", d + "/in.csv" }, { "@dblink", d + "/db.link" },
			{ "@inlink", d + "/in.link" },
			{ "@wallink", d + "/wal.link" }, { "@dir", d + "/dir" },
			{ "@fifo", d + "/fifo" }, { "@null", d + "/null" },
			{ "@ro", d + "/ro.csv" }, { "@rodir", d + "/rodir" },
			{ "@dangling", d + "/dir/dangling.csv" },
			{ "@deep", d + "/dir/missing/deep.csv" },
			{ "@new", d + "/new.csv" } };
		write_file(paths_["@in"], kCsv);
		ASSERT_EQ(run_track({ "--db", paths_["@db"], "log", "1h",
		    "python" }, kEnv).status, 0);
		ASSERT_EQ(run_track({ "--db", paths_["@db"], "log", "2h",
		    "django" }, kEnv).status, 0);
		ASSERT_EQ(symlink("track.db", paths_["@dblink"].c_str()), 0);
		ASSERT_EQ(symlink("in.csv", paths_["@inlink"].c_str()), 0);
		ASSERT_EQ(symlink("track.db-wal", paths_["@wallink"].c_str()),
		    0);
		ASSERT_EQ(mkdir(paths_["@dir"].c_str(), 0700), 0);
		ASSERT_EQ(symlink("made.csv", paths_["@dangling"].c_str()), 0);
		ASSERT_EQ(mkfifo(paths_["@fifo"].c_str(), 0600), 0);
		has_null_ = geteuid() == 0 && mknod(paths_["@null"].c_str(),
		    S_IFCHR | 0666, makedev(1, 3)) == 0;
		write_file(paths_["@ro"], "date,duration,topic\n2026-11-19,1h,sql\n");
		ASSERT_EQ(mkdir(paths_["@rodir"].c_str(), 0700), 0);
		read_only_ = make_read_only(paths_["@ro"], 0444) &&
		    make_read_only(paths_["@rodir"], 0555);
	}

	void TearDown() override
	{
		make_writable(paths_["@ro"], 0600);
		make_writable(paths_["@rodir"], 0700);
	}

	// text with every placeholder replaced (longest names first).
	std::string expand(std::string text, const std::string &target)
	{
		std::vector<std::string> keys;
		for (const auto &kv : paths_)
			keys.push_back(kv.first);
		std::sort(keys.begin(), keys.end(), [](const std::string &a,
		    const std::string &b) { return a.size() > b.size(); });
		for (size_t at; (at = text.find("@T")) != std::string::npos;)
			text.replace(at, 2, target);
		for (const auto &key : keys)
			for (size_t at; (at = text.find(key)) !=
			    std::string::npos;)
				text.replace(at, key.size(), paths_[key]);
		return text;
	}

	// The snapshot lines that do not name an allowed path (a directory
	// allows what is under it; the database allows its companions).
	std::string unchanged_part(const std::string &snapshot,
	    const std::vector<std::string> &allowed)
	{
		std::istringstream in(snapshot);
		std::string line, kept;
		while (std::getline(in, line)) {
			bool skip = false;
			for (const auto &key : allowed) {
				std::string rel = "./" + paths_[key].substr(
				    dir_.path().size() + 1);
				skip = skip || line.find(rel) != std::string::npos;
			}
			if (!skip)
				kept += line + "\n";
		}
		return kept;
	}

	TempDir dir_;
	std::map<std::string, std::string> paths_;
	bool has_null_ = false, read_only_ = false;
};

// Drains the FIFO at path while track runs (opened read-write, so it
// never blocks and track's open never waits): returns the reader's pid.
pid_t
drain(const std::string &path)
{
	pid_t pid = fork();
	if (pid == 0) {
		int fd = open(path.c_str(), O_RDWR);
		char buf[4096];
		alarm(60);
		while (fd >= 0 && read(fd, buf, sizeof(buf)) >= 0)
			;
		_exit(0);
	}
	return pid;
}

TEST_P(HostilePath, does_the_documented_thing_or_refuses_cleanly)
{
	const PathCase &c = GetParam();
	std::string target_key = c.target;
	std::string key = target_key.substr(0, target_key.find('/'));
	if (key == "@null" && !has_null_)
		GTEST_SKIP() << "a private device node needs root";
	if ((key == "@ro" || key == "@rodir") && !read_only_)
		GTEST_SKIP() << "no way to make a file read-only here";
	std::string target = expand(c.target, "");
	std::vector<std::string> args;
	for (const auto &a : c.args)
		args.push_back(expand(a, target));
	if (args[0] != "--db")
		args.insert(args.begin(), { "--db", paths_["@db"] });
	std::string before = tree_snapshot(dir_.path());
	pid_t reader = key == "@fifo" ? drain(paths_["@fifo"]) : -1;
	RunResult r = run_track(args, kEnv);
	if (reader > 0) {
		kill(reader, SIGKILL);
		waitpid(reader, nullptr, 0);
	}
	EXPECT_EQ(r.status, c.status) << r.err;
	if (c.needle.empty()) {
		EXPECT_EQ(r.err.find("track: "), std::string::npos) << r.err;
	} else {
		EXPECT_EQ(r.err.find("track: "), r.err.rfind("track: ")) << r.err;
		EXPECT_NE(r.err.find(expand(c.needle, target)),
		    std::string::npos) << r.err;
		EXPECT_EQ(r.err.back(), '\n');
	}
	std::string after = tree_snapshot(dir_.path());
	EXPECT_EQ(unchanged_part(after, c.changes),
	    unchanged_part(before, c.changes));
	if (c.status == 0 && !c.changes.empty() && c.changes[0] != "@dir") {
		EXPECT_NE(after, before) << "the intended change is missing";
	}
	// Whatever happened, the database still answers and holds its two
	// sessions (or, for a writer, one more).
	RunResult ls = run_track({ "--db", paths_["@db"], "ls" }, kEnv);
	EXPECT_EQ(ls.status, 0) << ls.err;
	EXPECT_NE(ls.out.find("django"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(cli_hostile_paths, HostilePath,
    ::testing::ValuesIn(kCases),
    [](const ::testing::TestParamInfo<PathCase> &info) {
	    return std::string(info.param.name);
    });

}  // namespace
