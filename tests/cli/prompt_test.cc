// The prompt line's snapshot (SPEC §13, cli/prompt.c): `track status
// --short` prints from "<db>.status" while the database and its -wal are
// as the snapshot says, and from the database whenever they are not.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ctime>
#include <string>

#include "support.h"

namespace {

// Thursday 19 November 2026; the week (Monday first) began on the 16th.
const char kThursday[] = "2026-11-19T12:00:00Z";

class cli_prompt : public ::testing::Test {
protected:
	std::string db() const { return dir_.file("track.db"); }
	std::string snapshot() const { return db() + ".status"; }

	RunResult run(const std::vector<std::string> &args,
	    const std::string &now)
	{
		std::vector<std::string> all = { "--db", db() };
		all.insert(all.end(), args.begin(), args.end());
		return run_track(all, { { "TRACK_NOW", now }, { "TZ", "UTC" } });
	}
	std::string ok(const std::vector<std::string> &args,
	    const std::string &now)
	{
		RunResult r = run(args, now);
		EXPECT_EQ(r.status, 0) << r.err;
		return r.out;
	}
	std::string prompt(const std::string &now)
	{
		RunResult r = run({ "status", "--short" }, now);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		return r.out;
	}

	// The last write to the database and its -wal a minute in the past,
	// as they are by the time a learner's next prompt shows: a snapshot
	// taken now may be trusted (within the clock tick of a write it is
	// not, core/snapshot.h).
	void settle() const
	{
		for (const std::string &f : { db(), db() + "-wal" }) {
			struct timespec times[2] = { { 0, UTIME_OMIT },
				{ time(nullptr) - 60, 0 } };
			utimensat(AT_FDCWD, f.c_str(), times, 0);
		}
	}

	// A history with a 6h goal, 3h this week and a timer since 09:00,
	// and a snapshot of it written by a prompt.
	void learner_with_snapshot()
	{
		ok({ "log", "3h", "sql", "--date", "2026-11-16" }, kThursday);
		ok({ "goal", "set", "6h" }, kThursday);
		ok({ "start", "django", "--at", "09:00" }, kThursday);
		settle();
		EXPECT_EQ(prompt(kThursday), "django 3h \u00b7 week 3h/6h\n");
		ASSERT_TRUE(file_exists(snapshot()));
	}

	// Overwrites the database file with zeros, keeping its inode, size
	// and mtime: SQLite can no longer read it, yet its marks are as they
	// were.
	void wreck_database_keeping_its_marks() const
	{
		struct stat st;
		ASSERT_EQ(stat(db().c_str(), &st), 0);
		int fd = open(db().c_str(), O_WRONLY);
		ASSERT_GE(fd, 0);
		std::string zeros((size_t)st.st_size, '\0');
		ASSERT_EQ(pwrite(fd, zeros.data(), zeros.size(), 0),
		    (ssize_t)zeros.size());
		close(fd);
		struct timespec times[2] = { { 0, UTIME_OMIT }, st.st_mtim };
		ASSERT_EQ(utimensat(AT_FDCWD, db().c_str(), times, 0), 0);
	}

	// A snapshot's text without its clock and checksum lines.
	static std::string figures(const std::string &text)
	{
		std::string kept, line;
		for (size_t at = 0; at < text.size(); at += line.size()) {
			size_t end = text.find('\n', at);
			line = text.substr(at, end == std::string::npos ?
			    std::string::npos : end - at + 1);
			if (line.compare(0, 4, "key ") != 0 &&
			    line.compare(0, 4, "sum ") != 0)
				kept += line;
		}
		return kept;
	}

	TempDir dir_;
};

TEST_F(cli_prompt, the_snapshot_answers_without_the_database)
{
	learner_with_snapshot();
	wreck_database_keeping_its_marks();
	// The timer's length comes from its start and the clock: 09:00 to
	// 10:40 is 1h40m, not the 3h of the snapshot's moment.
	EXPECT_EQ(prompt("2026-11-19T10:40:00Z"),
	    "django 1h40m \u00b7 week 3h/6h\n");
	// The long form reads the database, and finds it wrecked.
	EXPECT_EQ(run({ "status" }, kThursday).status, 1);
}

TEST_F(cli_prompt, the_snapshot_is_private_and_written_whole)
{
	learner_with_snapshot();
	struct stat st;
	ASSERT_EQ(stat(snapshot().c_str(), &st), 0);
	EXPECT_EQ(st.st_mode & 07777, 0600u);
	// No temporary file is left beside it.
	EXPECT_EQ(tree_snapshot(dir_.path()).find(".status.tmp"),
	    std::string::npos);
	EXPECT_EQ(read_file(snapshot()).substr(0, 15), "track-status 1\n");
}

TEST_F(cli_prompt, a_write_by_another_program_is_seen)
{
	learner_with_snapshot();
	sqlite3 *handle = nullptr;
	ASSERT_EQ(sqlite3_open(db().c_str(), &handle), SQLITE_OK);
	ASSERT_EQ(sqlite3_exec(handle, "UPDATE setting SET value = '600' "
	    "WHERE key = 'goal.weekly-minutes'", nullptr, nullptr, nullptr),
	    SQLITE_OK);
	sqlite3_close(handle);
	EXPECT_EQ(prompt(kThursday), "django 3h \u00b7 week 3h/10h\n");
	// The next prompt after a write by track itself, too.
	ok({ "log", "1h", "numpy" }, kThursday);
	EXPECT_EQ(prompt(kThursday), "django 3h \u00b7 week 4h/10h\n");
	ok({ "stop" }, kThursday);
	EXPECT_EQ(prompt(kThursday), "week 7h/10h\n");
	ok({ "goal", "clear" }, kThursday);
	EXPECT_EQ(prompt(kThursday), "");
}

TEST_F(cli_prompt, a_new_day_reads_the_database)
{
	learner_with_snapshot();
	// Sunday night, then Monday: a new week with nothing logged yet.
	EXPECT_EQ(prompt("2026-11-22T23:50:00Z"),
	    "django 86h50m \u00b7 week 3h/6h\n");
	EXPECT_EQ(prompt("2026-11-23T00:10:00Z"),
	    "django 87h10m \u00b7 week 0m/6h\n");
	// Back to Thursday (a clock set back): its own week again.
	EXPECT_EQ(prompt(kThursday), "django 3h \u00b7 week 3h/6h\n");
}

TEST_F(cli_prompt, the_day_is_the_local_day)
{
	learner_with_snapshot();
	// 23:30 UTC on Sunday is already Monday in Tokyo.
	RunResult r = run_track({ "--db", db(), "status", "--short" },
	    { { "TRACK_NOW", "2026-11-22T23:30:00Z" }, { "TZ", "Asia/Tokyo" } });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "django 86h30m \u00b7 week 0m/6h\n");
}

TEST_F(cli_prompt, a_torn_forged_or_missing_snapshot_reads_the_database)
{
	learner_with_snapshot();
	std::string whole = read_file(snapshot());
	std::string forged = whole;
	size_t goal = forged.find("goal 360 180\n");
	ASSERT_NE(goal, std::string::npos);
	forged.replace(goal, 13, "goal 600 180\n");
	for (const std::string &bad : { whole.substr(0, whole.size() / 2),
	    whole.substr(0, whole.size() - 1), std::string(""),
	    std::string("garbage\n"), forged, whole + whole }) {
		write_file(snapshot(), bad);
		chmod(snapshot().c_str(), 0600);
		EXPECT_EQ(prompt(kThursday), "django 3h \u00b7 week 3h/6h\n")
		    << bad;
		// ... and writes it whole again (its clock is the new one's).
		EXPECT_EQ(figures(read_file(snapshot())), figures(whole)) << bad;
	}
	unlink(snapshot().c_str());
	EXPECT_EQ(prompt(kThursday), "django 3h \u00b7 week 3h/6h\n");
	EXPECT_EQ(figures(read_file(snapshot())), figures(whole));
}

TEST_F(cli_prompt, a_read_only_directory_keeps_no_snapshot)
{
	learner_with_snapshot();
	unlink(snapshot().c_str());
	// chmod stops a user; root only an immutable directory.
	bool root = geteuid() == 0;
	if (root ? run_program({ "chattr", "+i", dir_.path() }).status != 0 :
	    chmod(dir_.path().c_str(), 0500) != 0)
		GTEST_SKIP() << "cannot make a directory read-only here";
	RunResult r = run({ "status", "--short" }, kThursday);
	if (root)
		run_program({ "chattr", "-i", dir_.path() });
	chmod(dir_.path().c_str(), 0700);
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "django 3h \u00b7 week 3h/6h\n");
	EXPECT_EQ(r.err, "");
	EXPECT_FALSE(file_exists(snapshot()));
	EXPECT_EQ(tree_snapshot(dir_.path()).find(".status"),
	    std::string::npos);
}

TEST_F(cli_prompt, a_read_only_database_keeps_no_snapshot)
{
	learner_with_snapshot();
	unlink(snapshot().c_str());
	bool root = geteuid() == 0;
	if (root ? run_program({ "chattr", "+i", db() }).status != 0 :
	    chmod(db().c_str(), 0400) != 0)
		GTEST_SKIP() << "cannot make a file read-only here";
	RunResult r = run({ "status", "--short" }, kThursday);
	if (root)
		run_program({ "chattr", "-i", db() });
	chmod(db().c_str(), 0600);
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out, "django 3h \u00b7 week 3h/6h\n");
	EXPECT_EQ(r.err, "");
	EXPECT_FALSE(file_exists(snapshot()));
}

TEST_F(cli_prompt, a_database_behind_a_link_keeps_no_snapshot)
{
	learner_with_snapshot();
	std::string link = dir_.file("link.db");
	ASSERT_EQ(symlink(db().c_str(), link.c_str()), 0);
	RunResult r = run_track({ "--db", link, "status", "--short" },
	    { { "TRACK_NOW", kThursday }, { "TZ", "UTC" } });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "django 3h \u00b7 week 3h/6h\n");
	EXPECT_FALSE(file_exists(link + ".status"));
}

TEST_F(cli_prompt, a_topic_too_long_to_keep_is_shown_whole)
{
	learner_with_snapshot();
	// Track keeps topics to 80 characters; another program need not.
	std::string topic(300, 'x');
	sqlite3 *handle = nullptr;
	ASSERT_EQ(sqlite3_open(db().c_str(), &handle), SQLITE_OK);
	std::string sql = "UPDATE topic SET name = '" + topic +
	    "' WHERE name = 'django'";
	ASSERT_EQ(sqlite3_exec(handle, sql.c_str(), nullptr, nullptr, nullptr),
	    SQLITE_OK);
	sqlite3_close(handle);
	settle();
	unlink(snapshot().c_str());
	EXPECT_EQ(prompt(kThursday), topic + " 3h \u00b7 week 3h/6h\n");
	EXPECT_FALSE(file_exists(snapshot()));
}

}  // namespace
