// End-to-end: power cuts. A VFS shim registered over the default one
// (in this process: track runs in-process through run_track_main) lets
// every read and write through to the files, but remembers each file as
// it stood at its last xSync: what a disk holds after the page cache is
// lost. A "power cut" writes those images back, forgetting every write no
// sync followed (SQLite's own crash tests model a power loss the same
// way), and the files are then opened afresh. A session track reported
// logged (exit 0) must be present after the cut, and the database must
// pass PRAGMA integrity_check, with the WAL kept between commands and
// checkpointed by size.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <string>
#include <vector>

#include "support.h"

namespace {

// What the disk holds of each file the shim saw opened, by path.
std::map<std::string, std::string> durable;
// After this many more writes the power is off: every write and sync
// fails (-1: the power stays on).
long writes_left = -1;

struct shim_file {
	sqlite3_file base;
	std::string *path;	// NULL: a temporary file, not followed
	sqlite3_file *real;	// the default VFS's file, just after this
};

sqlite3_vfs *real_vfs;
sqlite3_vfs shim_vfs;
sqlite3_io_methods shim_methods;

sqlite3_file *
real_of(sqlite3_file *f)
{
	return ((shim_file *)f)->real;
}

// The whole content of f as the real file holds it now.
std::string
content_of(sqlite3_file *real)
{
	sqlite3_int64 size = 0;
	if (real->pMethods->xFileSize(real, &size) != SQLITE_OK)
		return std::string();
	std::string data((size_t)size, '\0');
	if (size > 0 && real->pMethods->xRead(real, &data[0], (int)size, 0) !=
	    SQLITE_OK)
		return std::string();
	return data;
}

bool
power_off()
{
	if (writes_left == 0)
		return true;
	if (writes_left > 0)
		writes_left--;
	return false;
}

int
shim_close(sqlite3_file *f)
{
	shim_file *s = (shim_file *)f;
	int rc = s->real->pMethods ? s->real->pMethods->xClose(s->real) :
	    SQLITE_OK;
	delete s->path;
	return rc;
}

int
shim_read(sqlite3_file *f, void *buf, int n, sqlite3_int64 off)
{
	return real_of(f)->pMethods->xRead(real_of(f), buf, n, off);
}

int
shim_write(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
	if (power_off())
		return SQLITE_IOERR_WRITE;
	return real_of(f)->pMethods->xWrite(real_of(f), buf, n, off);
}

int
shim_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	if (power_off())
		return SQLITE_IOERR_TRUNCATE;
	return real_of(f)->pMethods->xTruncate(real_of(f), size);
}

// A sync makes the file as it stands now what survives a cut.
int
shim_sync(sqlite3_file *f, int flags)
{
	shim_file *s = (shim_file *)f;
	if (power_off())
		return SQLITE_IOERR_FSYNC;
	int rc = s->real->pMethods->xSync(s->real, flags);
	if (rc == SQLITE_OK && s->path != nullptr)
		durable[*s->path] = content_of(s->real);
	return rc;
}

int
shim_size(sqlite3_file *f, sqlite3_int64 *size)
{
	return real_of(f)->pMethods->xFileSize(real_of(f), size);
}

int
shim_lock(sqlite3_file *f, int level)
{
	return real_of(f)->pMethods->xLock(real_of(f), level);
}

int
shim_unlock(sqlite3_file *f, int level)
{
	return real_of(f)->pMethods->xUnlock(real_of(f), level);
}

int
shim_check_lock(sqlite3_file *f, int *out)
{
	return real_of(f)->pMethods->xCheckReservedLock(real_of(f), out);
}

int
shim_control(sqlite3_file *f, int op, void *arg)
{
	return real_of(f)->pMethods->xFileControl(real_of(f), op, arg);
}

int
shim_sector(sqlite3_file *f)
{
	return real_of(f)->pMethods->xSectorSize(real_of(f));
}

int
shim_device(sqlite3_file *f)
{
	return real_of(f)->pMethods->xDeviceCharacteristics(real_of(f));
}

// The -shm is shared memory: SQLite rebuilds it from the -wal when the
// first connection opens the database, so it is passed through.
int
shim_shm_map(sqlite3_file *f, int page, int size, int extend,
    void volatile **p)
{
	return real_of(f)->pMethods->xShmMap(real_of(f), page, size, extend, p);
}

int
shim_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
	return real_of(f)->pMethods->xShmLock(real_of(f), offset, n, flags);
}

void
shim_shm_barrier(sqlite3_file *f)
{
	real_of(f)->pMethods->xShmBarrier(real_of(f));
}

int
shim_shm_unmap(sqlite3_file *f, int remove)
{
	return real_of(f)->pMethods->xShmUnmap(real_of(f), remove);
}

int
shim_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags,
    int *out_flags)
{
	(void)vfs;
	shim_file *s = (shim_file *)f;
	s->real = (sqlite3_file *)(s + 1);
	s->path = nullptr;
	int rc = real_vfs->xOpen(real_vfs, name, s->real, flags, out_flags);
	if (rc != SQLITE_OK) {
		f->pMethods = nullptr;
		return rc;
	}
	f->pMethods = &shim_methods;
	if (name != nullptr && (flags & (SQLITE_OPEN_MAIN_DB |
	    SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL))) {
		s->path = new std::string(name);
		// A file first seen is on the disk as it is (written by a
		// process that closed it, or new and empty).
		if (durable.count(*s->path) == 0)
			durable[*s->path] = content_of(s->real);
	}
	return SQLITE_OK;
}

int
shim_delete(sqlite3_vfs *vfs, const char *name, int sync_dir)
{
	(void)vfs;
	if (power_off())
		return SQLITE_IOERR_DELETE;
	durable.erase(name);
	return real_vfs->xDelete(real_vfs, name, sync_dir);
}

int
shim_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
	(void)vfs;
	return real_vfs->xAccess(real_vfs, name, flags, out);
}

int
shim_full_path(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
	(void)vfs;
	return real_vfs->xFullPathname(real_vfs, name, n, out);
}

// The rest of the VFS (randomness, sleep, time, dlopen) is the default's.
void
shim_install()
{
	real_vfs = sqlite3_vfs_find(nullptr);
	shim_vfs = *real_vfs;
	shim_vfs.zName = "powercut";
	shim_vfs.szOsFile = (int)sizeof(shim_file) + real_vfs->szOsFile;
	shim_vfs.pNext = nullptr;
	shim_vfs.xOpen = shim_open;
	shim_vfs.xDelete = shim_delete;
	shim_vfs.xAccess = shim_access;
	shim_vfs.xFullPathname = shim_full_path;
	shim_methods = sqlite3_io_methods{};
	shim_methods.iVersion = 2;	// no xFetch: every read is a read
	shim_methods.xClose = shim_close;
	shim_methods.xRead = shim_read;
	shim_methods.xWrite = shim_write;
	shim_methods.xTruncate = shim_truncate;
	shim_methods.xSync = shim_sync;
	shim_methods.xFileSize = shim_size;
	shim_methods.xLock = shim_lock;
	shim_methods.xUnlock = shim_unlock;
	shim_methods.xCheckReservedLock = shim_check_lock;
	shim_methods.xFileControl = shim_control;
	shim_methods.xSectorSize = shim_sector;
	shim_methods.xDeviceCharacteristics = shim_device;
	shim_methods.xShmMap = shim_shm_map;
	shim_methods.xShmLock = shim_shm_lock;
	shim_methods.xShmBarrier = shim_shm_barrier;
	shim_methods.xShmUnmap = shim_shm_unmap;
	ASSERT_EQ(sqlite3_vfs_register(&shim_vfs, 1), SQLITE_OK);
}

// The power comes back: every followed file is what its last sync left.
void
power_cut()
{
	for (const auto &[path, data] : durable) {
		int fd = open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
		ASSERT_GE(fd, 0) << path;
		ASSERT_EQ(write(fd, data.data(), data.size()),
		    (ssize_t)data.size()) << path;
		close(fd);
	}
	writes_left = -1;
}

class cli_powercut : public ::testing::Test {
protected:
	TempDir dir;
	std::string db = dir.file("track.db");

	void SetUp() override
	{
		durable.clear();
		writes_left = -1;
		shim_install();
	}

	void TearDown() override
	{
		sqlite3_vfs_unregister(&shim_vfs);
		durable.clear();
	}

	// track log MINUTES django on a fixed day, in this process.
	RunResult log(int minutes)
	{
		return run_track_main({ "--db", db, "log",
		    std::to_string(minutes) + "m", "django", "--date",
		    "2026-11-20" });
	}

	// The sessions' minutes in id order, comma-separated.
	std::string sessions()
	{
		return query(db, "SELECT group_concat(minutes) FROM (SELECT "
		    "minutes FROM session ORDER BY id)");
	}

	void expect_intact()
	{
		EXPECT_EQ(query(db, "PRAGMA integrity_check"), "ok\n");
		EXPECT_EQ(query(db, "PRAGMA foreign_key_check"), "");
		// The summary the triggers keep agrees with the sessions.
		EXPECT_EQ(query(db, "SELECT (SELECT coalesce(sum(minutes), 0) "
		    "FROM session) = (SELECT coalesce(sum(minutes), 0) FROM "
		    "day_total)"), "1\n");
	}
};

// Each session is cut off right after its confirmation, over enough
// sessions for the WAL to pass its checkpoint size more than once.
TEST_F(cli_powercut, every_logged_session_survives_a_cut_after_it)
{
	std::string expected;
	for (int i = 1; i <= 60; i++) {
		RunResult r = log(i);
		ASSERT_EQ(r.status, 0) << r.err;
		ASSERT_NE(r.out.find(" as #" + std::to_string(i) + "\n"),
		    std::string::npos) << r.out;
		power_cut();
		expected += (i > 1 ? "," : "") + std::to_string(i);
		ASSERT_EQ(sessions(), expected + "\n") << "after session " << i;
	}
	expect_intact();
}

// The power fails at every write of a log in turn (the command fails
// with an I/O error from there on): the session is there when track said
// it was logged, the database is whole either way, and the next log
// works.
TEST_F(cli_powercut, a_cut_at_any_write_of_a_log_leaves_it_whole)
{
	ASSERT_EQ(log(1).status, 0);
	int cuts = 0, logged_before_cut = 0;
	std::string expected = "1";
	for (long after = 0; after < 400; after++) {
		writes_left = after;
		RunResult r = log(2);
		bool cut = writes_left == 0;
		power_cut();
		// Unreported, the session may be there or not; reported, it is.
		std::string now = sessions(), with = expected + ",2";
		EXPECT_TRUE(now == with + "\n" || (r.status != 0 &&
		    now == expected + "\n")) << "power off after " << after
		    << " writes, status " << r.status << " (" << r.err
		    << "): sessions " << now;
		expected = now.substr(0, now.size() - 1);
		if (!cut)
			break;
		cuts++;
		logged_before_cut += r.status == 0;
	}
	EXPECT_GE(cuts, 5) << "a log makes fewer writes than expected";
	expect_intact();
	ASSERT_EQ(log(3).status, 0);
	EXPECT_EQ(sessions(), expected + ",3\n");
	printf("[ figures  ] a log cut at each of its %d writes; %d of them "
	    "had reported the session logged\n", cuts, logged_before_cut);
}

}	// namespace
