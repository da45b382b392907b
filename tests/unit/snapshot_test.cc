// core/snapshot.c: the status snapshot's key and file.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include "support.h"

extern "C" {
#include "core/snapshot.h"
}

namespace {

struct snapshot_key
key_at(int64_t clock_sec, int64_t clock_nsec)
{
	struct snapshot_key key;
	memset(&key, 0, sizeof(key));
	key.clock_sec = clock_sec;
	key.clock_nsec = clock_nsec;
	key.db = { true, 2049, 77, 4096, 100, 250 };
	return key;
}

TEST(snapshot, a_key_is_settled_when_every_mtime_is_before_its_clock)
{
	struct snapshot_key key = key_at(100, 251);
	EXPECT_TRUE(snapshot_key_settled(&key));
	// Written in the clock's own tick: a second write could keep it.
	key = key_at(100, 250);
	EXPECT_FALSE(snapshot_key_settled(&key));
	key = key_at(99, 999999999);
	EXPECT_FALSE(snapshot_key_settled(&key));
	key = key_at(101, 0);
	key.wal = { true, 2049, 78, 32, 100, 999 };
	EXPECT_TRUE(snapshot_key_settled(&key));
	key.wal.mtime_sec = 101;
	EXPECT_FALSE(snapshot_key_settled(&key));
	// No database file: nothing to stand for.
	key = key_at(101, 0);
	key.db.exists = false;
	EXPECT_FALSE(snapshot_key_settled(&key));
}

TEST(snapshot, the_same_files_are_every_mark_alike_whatever_the_clock)
{
	struct snapshot_key a = key_at(100, 0), b = key_at(200, 5);
	EXPECT_TRUE(snapshot_key_same_files(&a, &b));
	for (int change = 0; change < 6; change++) {
		b = key_at(100, 0);
		struct file_mark &m = change < 5 ? b.db : b.wal;
		switch (change) {
		case 0: m.device++; break;
		case 1: m.inode++; break;
		case 2: m.size++; break;
		case 3: m.mtime_sec++; break;
		case 4: m.mtime_nsec++; break;
		default: m.exists = true; break;
		}
		EXPECT_FALSE(snapshot_key_same_files(&a, &b)) << change;
	}
}

TEST(snapshot, a_key_is_taken_of_a_regular_file_only)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	struct snapshot_key key;
	EXPECT_FALSE(snapshot_key_take(db.c_str(), &key));
	write_file(db, "0123456789");
	ASSERT_TRUE(snapshot_key_take(db.c_str(), &key));
	EXPECT_TRUE(key.db.exists);
	EXPECT_EQ(key.db.size, 10);
	EXPECT_FALSE(key.wal.exists);
	write_file(db + "-wal", "abc");
	ASSERT_TRUE(snapshot_key_take(db.c_str(), &key));
	EXPECT_TRUE(key.wal.exists);
	EXPECT_EQ(key.wal.size, 3);
	std::string link = dir.file("link.db");
	ASSERT_EQ(symlink(db.c_str(), link.c_str()), 0);
	EXPECT_FALSE(snapshot_key_take(link.c_str(), &key));
	EXPECT_FALSE(snapshot_key_take(dir.path().c_str(), &key));
}

struct status_snapshot
sample()
{
	struct status_snapshot s;
	memset(&s, 0, sizeof(s));
	s.key = key_at(1795000000, 4000000);
	s.key.wal = { true, 2049, 78, 4152, 1794999999, 123456789 };
	s.day = 20776;
	s.running = true;
	s.started = 1795000123;
	strcpy(s.topic, "machine\nlearning \u00e9");
	s.goal_minutes = 360;
	s.week_minutes = 185;
	return s;
}

// A database file (empty: only its marks matter) and a snapshot to keep
// beside it.
class snapshot_file : public ::testing::Test {
protected:
	snapshot_file() : db_(dir_.file("track.db")), s_(sample())
	{
		write_file(db_, "");
	}
	std::string status() const { return db_ + ".status"; }

	TempDir dir_;
	std::string db_;
	struct status_snapshot s_, back_;
};

TEST_F(snapshot_file, what_is_written_is_read_back)
{
	ASSERT_TRUE(snapshot_write(db_.c_str(), &s_));
	ASSERT_TRUE(snapshot_read(db_.c_str(), &back_));
	EXPECT_TRUE(snapshot_key_same_files(&s_.key, &back_.key));
	EXPECT_EQ(back_.key.clock_sec, 1795000000);
	EXPECT_EQ(back_.key.clock_nsec, 4000000);
	EXPECT_EQ(back_.day, 20776);
	EXPECT_TRUE(back_.running);
	EXPECT_EQ(back_.started, 1795000123);
	EXPECT_STREQ(back_.topic, "machine\nlearning \u00e9");
	EXPECT_EQ(back_.goal_minutes, 360);
	EXPECT_EQ(back_.week_minutes, 185);
	struct stat st;
	ASSERT_EQ(stat(status().c_str(), &st), 0);
	EXPECT_EQ(st.st_mode & 07777, 0600u);
	s_.running = false;
	ASSERT_TRUE(snapshot_write(db_.c_str(), &s_));
	ASSERT_TRUE(snapshot_read(db_.c_str(), &back_));
	EXPECT_FALSE(back_.running);
	EXPECT_STREQ(back_.topic, "");
}

TEST_F(snapshot_file, a_changed_byte_anywhere_is_no_snapshot)
{
	ASSERT_TRUE(snapshot_write(db_.c_str(), &s_));
	std::string whole = read_file(status());
	for (size_t i = 0; i < whole.size(); i++) {
		std::string changed = whole;
		changed[i] = changed[i] == '7' ? '8' : '7';
		write_file(status(), changed);
		EXPECT_FALSE(snapshot_read(db_.c_str(), &back_)) << i;
	}
	write_file(status(), whole);
	EXPECT_TRUE(snapshot_read(db_.c_str(), &back_));
	unlink(status().c_str());
	EXPECT_FALSE(snapshot_read(db_.c_str(), &back_));
	// Not a file: a directory, a link to the file, a FIFO nothing
	// writes to (which must not hold the prompt).
	ASSERT_EQ(mkdir(status().c_str(), 0700), 0);
	EXPECT_FALSE(snapshot_read(db_.c_str(), &back_));
	rmdir(status().c_str());
	write_file(dir_.file("real"), whole);
	ASSERT_EQ(symlink(dir_.file("real").c_str(), status().c_str()), 0);
	EXPECT_FALSE(snapshot_read(db_.c_str(), &back_));
	unlink(status().c_str());
	ASSERT_EQ(mkfifo(status().c_str(), 0600), 0);
	EXPECT_FALSE(snapshot_read(db_.c_str(), &back_));
}

TEST_F(snapshot_file, a_temporary_file_left_by_an_interrupted_write_is_reused)
{
	write_file(status() + ".tmp", "half a snapshot");
	chmod((status() + ".tmp").c_str(), 0644);
	ASSERT_TRUE(snapshot_write(db_.c_str(), &s_));
	EXPECT_FALSE(file_exists(status() + ".tmp"));
	ASSERT_TRUE(snapshot_read(db_.c_str(), &back_));
	struct stat st;
	ASSERT_EQ(stat(status().c_str(), &st), 0);
	EXPECT_EQ(st.st_mode & 07777, 0600u);
	// A link planted in its place is not followed.
	std::string elsewhere = dir_.file("elsewhere");
	ASSERT_EQ(symlink(elsewhere.c_str(), (status() + ".tmp").c_str()), 0);
	EXPECT_FALSE(snapshot_write(db_.c_str(), &s_));
	EXPECT_FALSE(file_exists(elsewhere));
}

TEST(snapshot, no_file_is_left_where_none_can_be_written)
{
	TempDir dir;
	std::string db = dir.file("gone/track.db");
	struct status_snapshot s = sample();
	EXPECT_FALSE(snapshot_write(db.c_str(), &s));
	EXPECT_FALSE(file_exists(dir.file("gone")));
	// Nor beside a database that may not be written.
	db = dir.file("track.db");
	write_file(db, "");
	chmod(db.c_str(), 0400);
	if (access(db.c_str(), W_OK) != 0) {
		EXPECT_FALSE(snapshot_write(db.c_str(), &s));
		EXPECT_FALSE(file_exists(db + ".status"));
	}
}

}  // namespace
