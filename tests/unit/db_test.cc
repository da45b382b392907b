// Migrations, locating and opening the database file (tracker/db.c).
#include <gtest/gtest.h>

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "core/db.h"
#include "core/schema.h"
}

namespace {

const int64_t kApplicationId = 0x5452434B;	// 'TRCK'

// Sets (or, with nullptr, unsets) one environment variable for a test.
class ScopedEnv {
public:
	ScopedEnv(const char *name, const char *value) : name_(name)
	{
		const char *old = getenv(name);
		had_ = old != nullptr;
		if (had_)
			old_ = old;
		if (value != nullptr)
			setenv(name, value, 1);
		else
			unsetenv(name);
	}
	~ScopedEnv()
	{
		if (had_)
			setenv(name_.c_str(), old_.c_str(), 1);
		else
			unsetenv(name_.c_str());
	}
	ScopedEnv(const ScopedEnv &) = delete;
	ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
	std::string name_, old_;
	bool had_;
};

class ScopedUmask {
public:
	explicit ScopedUmask(mode_t mask) : old_(umask(mask)) {}
	~ScopedUmask() { umask(old_); }

private:
	mode_t old_;
};

// What db_open said: the error's status and message, or status 0.
struct Opened {
	int status = 0;
	std::string message;
	bool created = false;
	int version = -1;	// the open database's user_version
};

Opened
open_db(const std::string &path, enum db_mode mode)
{
	Opened o;
	sqlite3 *db = nullptr;
	struct error *err = db_open(path.c_str(), mode, &db, &o.created);
	if (err != nullptr) {
		o.status = err->status;
		o.message = err->message;
		error_free(err);
		EXPECT_EQ(db, nullptr);
		return o;
	}
	o.version = db_version(db);
	db_close(db);
	return o;
}

// Creates a track database at path the way a first `track log` does.
void
make_track_db(const std::string &path)
{
	sqlite3 *db = nullptr;
	bool created = false;
	struct error *err = db_open(path.c_str(), DB_WRITE, &db, &created);
	ASSERT_EQ(err, nullptr) << err->message;
	ASSERT_EQ(db_begin(db, true), nullptr);
	ASSERT_EQ(db_migrate(db), nullptr);
	ASSERT_EQ(db_commit(db), nullptr);
	db_prefer_wal(db);
	db_close(db);
}

// Runs sql on a file with plain SQLite (another program's view).
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

int
mode_of(const std::string &path)
{
	struct stat st;
	if (stat(path.c_str(), &st) != 0)
		return -1;
	return st.st_mode & 07777;
}

std::set<std::string>
entries(const std::string &dir)
{
	std::set<std::string> names;
	DIR *d = opendir(dir.c_str());
	if (d == nullptr)
		return names;
	while (struct dirent *e = readdir(d))
		if (std::string(e->d_name) != "." && std::string(e->d_name) != "..")
			names.insert(e->d_name);
	closedir(d);
	return names;
}

// The migration files in schema/, sorted (tests run from the top).
std::vector<std::string>
schema_files()
{
	std::vector<std::string> names;
	for (const auto &name : entries("schema"))
		if (name.size() > 4 && name.substr(name.size() - 4) == ".sql")
			names.push_back(name);
	std::sort(names.begin(), names.end());
	return names;
}

TEST(db, migrations_are_numbered_in_order)
{
	std::vector<std::string> files = schema_files();
	ASSERT_GE(files.size(), 2u) << "run from the top of the tree";
	ASSERT_EQ(schema_migration_count, (int)files.size());
	EXPECT_STREQ(schema_migrations[0].name, "001_init.sql");
	EXPECT_STREQ(schema_migrations[1].name, "002_catalog.sql");
	for (int i = 0; i < schema_migration_count; i++) {
		char prefix[16];
		snprintf(prefix, sizeof(prefix), "%03d_", i + 1);
		std::string name = schema_migrations[i].name;
		EXPECT_EQ(name.rfind(prefix, 0), 0u) << name;
		EXPECT_EQ(name, files[i]);
		EXPECT_NE(std::string(schema_migrations[i].sql), "");
	}
}

TEST(db, fresh_migrate_sets_version_and_application_id)
{
	sqlite3 *db = nullptr;
	ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
	EXPECT_EQ(db_version(db), 0);
	ASSERT_EQ(db_migrate(db), nullptr);
	EXPECT_EQ(db_version(db), schema_migration_count);
	EXPECT_EQ(query(db, "PRAGMA user_version"),
	    std::to_string(schema_migration_count) + "\n");
	EXPECT_EQ(query(db, "PRAGMA application_id"),
	    std::to_string(kApplicationId) + "\n");
	EXPECT_EQ(query(db, "PRAGMA application_id"), "1414677323\n");
	sqlite3_close(db);
}

TEST(db, migrating_twice_changes_nothing)
{
	sqlite3 *db = memory_db();
	std::string schema = query(db, "SELECT type, name, sql FROM "
	    "sqlite_master ORDER BY name");
	std::string topics = query(db, "SELECT count(*) FROM topic");
	int changes = sqlite3_total_changes(db);
	ASSERT_EQ(db_migrate(db), nullptr);
	EXPECT_EQ(sqlite3_total_changes(db), changes);
	EXPECT_EQ(query(db, "SELECT type, name, sql FROM sqlite_master "
	    "ORDER BY name"), schema);
	EXPECT_EQ(query(db, "SELECT count(*) FROM topic"), topics);
	EXPECT_EQ(db_version(db), schema_migration_count);
	sqlite3_close(db);
}

TEST(db, an_older_file_is_migrated_on_open)
{
	TempDir dir;
	std::string path = dir.file("old.db");
	sqlite_exec(path, std::string(schema_migrations[0].sql) +
	    "; PRAGMA user_version = 1; PRAGMA application_id = 1414677323;");
	Opened o = open_db(path, DB_READ);
	EXPECT_EQ(o.status, 0) << o.message;
	EXPECT_EQ(o.version, schema_migration_count);
	EXPECT_EQ(query(path, "PRAGMA user_version"),
	    std::to_string(schema_migration_count) + "\n");
	EXPECT_NE(query(path, "SELECT count(*) FROM topic"), "0\n");
}

// A rebuilt table (schema 006) would take the rows referring to it along
// with foreign keys on: db_open migrates with them off, and db_migrate
// refuses a schema with rows while they are on.
TEST(db, a_schema_is_migrated_only_with_foreign_keys_off)
{
	TempDir dir;
	std::string path = dir.file("old.db");
	make_db_at_version(path, 5, "INSERT INTO import_batch (id, file, "
	    "format, created) VALUES (4, 'a.csv', 'generic', 'now'); "
	    "INSERT INTO undo_entry (batch_id) VALUES (4)");
	sqlite3 *db = nullptr;
	ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
	query(db, "PRAGMA foreign_keys = ON");
	ASSERT_EQ(db_begin(db, true), nullptr);
	struct error *err = db_migrate(db);
	ASSERT_NE(err, nullptr);
	EXPECT_STREQ(err->message, "cannot migrate schema version 5 with "
	    "foreign keys on");
	error_free(err);
	db_rollback(db);
	sqlite3_close(db);
	Opened o = open_db(path, DB_WRITE);
	EXPECT_EQ(o.status, 0) << o.message;
	EXPECT_EQ(o.version, schema_migration_count);
	EXPECT_EQ(query(path, "SELECT batch_id FROM undo_entry"), "4\n");
	EXPECT_EQ(query(path, "SELECT seq FROM sqlite_sequence WHERE name = "
	    "'import_batch'"), "4\n");
}

TEST(db, reading_a_missing_file_creates_nothing)
{
	TempDir dir;
	std::string path = dir.file("sub/track.db");
	Opened o = open_db(path, DB_READ);
	EXPECT_EQ(o.status, 0) << o.message;
	EXPECT_FALSE(o.created);
	EXPECT_EQ(o.version, schema_migration_count);	// the catalog is there
	EXPECT_EQ(entries(dir.path()), std::set<std::string>());
}

TEST(db, writing_creates_a_private_file_and_directories)
{
	TempDir dir;
	std::string path = dir.file("a/b/track.db");
	ScopedUmask mask(0);
	sqlite3 *db = nullptr;
	bool created = false;
	struct error *err = db_open(path.c_str(), DB_WRITE, &db, &created);
	ASSERT_EQ(err, nullptr) << err->message;
	EXPECT_TRUE(created);
	ASSERT_EQ(db_begin(db, true), nullptr);
	ASSERT_EQ(db_migrate(db), nullptr);
	ASSERT_EQ(db_commit(db), nullptr);
	db_prefer_wal(db);
	EXPECT_EQ(query(db, "SELECT count(*) > 0 FROM topic"), "1\n");
	EXPECT_EQ(mode_of(path), 0600);
	EXPECT_EQ(mode_of(path + "-wal"), 0600);
	EXPECT_EQ(mode_of(path + "-shm"), 0600);
	db_close(db);
	EXPECT_EQ(mode_of(dir.file("a")), 0700);
	EXPECT_EQ(mode_of(dir.file("a/b")), 0700);
	EXPECT_EQ(mode_of(path), 0600);
	EXPECT_EQ(query(path, "PRAGMA journal_mode"), "wal\n");
	EXPECT_EQ(query(path, "PRAGMA application_id"), "1414677323\n");
	// Opening it again creates nothing new.
	Opened again = open_db(path, DB_WRITE);
	EXPECT_EQ(again.status, 0) << again.message;
	EXPECT_FALSE(again.created);
}

TEST(db, a_refused_first_write_leaves_an_empty_file_to_remove)
{
	TempDir dir;
	std::string path = dir.file("track.db");
	sqlite3 *db = nullptr;
	bool created = false;
	ASSERT_EQ(db_open(path.c_str(), DB_WRITE, &db, &created), nullptr);
	ASSERT_TRUE(created);
	ASSERT_EQ(db_begin(db, true), nullptr);
	ASSERT_EQ(db_migrate(db), nullptr);
	db_rollback(db);
	// Nothing reached the file: the first write is still to come.
	EXPECT_EQ(read_file(path), "");
	EXPECT_TRUE(db_close_removing(db, path.c_str()));
	EXPECT_EQ(entries(dir.path()), std::set<std::string>());
}

TEST(db, a_file_someone_committed_to_is_not_removed)
{
	TempDir dir;
	std::string path = dir.file("track.db");
	sqlite3 *db = nullptr;
	bool created = false;
	ASSERT_EQ(db_open(path.c_str(), DB_WRITE, &db, &created), nullptr);
	ASSERT_TRUE(created);
	make_track_db(path);	// another track, meanwhile
	EXPECT_FALSE(db_close_removing(db, path.c_str()));
	EXPECT_EQ(query(path, "PRAGMA user_version"),
	    std::to_string(schema_migration_count) + "\n");
}

TEST(db, prefer_wal_switches_once)
{
	TempDir dir;
	std::string path = dir.file("track.db");
	sqlite_exec(path, "PRAGMA journal_mode = DELETE; CREATE TABLE t (x)");
	sqlite3 *db = nullptr;
	ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
	db_prefer_wal(db);
	EXPECT_EQ(query(db, "PRAGMA journal_mode"), "wal\n");
	db_prefer_wal(db);
	EXPECT_EQ(query(db, "PRAGMA journal_mode"), "wal\n");
	sqlite3_close(db);
	sqlite3 *memory = nullptr;
	ASSERT_EQ(sqlite3_open(":memory:", &memory), SQLITE_OK);
	db_prefer_wal(memory);	// not possible there: ignored
	EXPECT_EQ(query(memory, "PRAGMA journal_mode"), "memory\n");
	sqlite3_close(memory);
}

TEST(db, an_existing_directory_keeps_its_mode)
{
	TempDir dir;
	ASSERT_EQ(mkdir(dir.file("shared").c_str(), 0755), 0);
	ASSERT_EQ(chmod(dir.file("shared").c_str(), 0755), 0);
	make_track_db(dir.file("shared/track.db"));
	EXPECT_EQ(mode_of(dir.file("shared")), 0755);
	EXPECT_EQ(mode_of(dir.file("shared/track.db")), 0600);
}

TEST(db, an_empty_file_becomes_a_track_database)
{
	TempDir dir;
	std::string path = dir.file("touched.db");
	write_file(path, "");
	make_track_db(path);
	EXPECT_EQ(query(path, "PRAGMA user_version"),
	    std::to_string(schema_migration_count) + "\n");
	EXPECT_EQ(query(path, "PRAGMA journal_mode"), "wal\n");
}

TEST(db, a_newer_schema_is_refused_untouched)
{
	TempDir dir;
	std::string path = dir.file("track.db");
	make_track_db(path);
	int newer = schema_migration_count + 5;
	sqlite_exec(path, "PRAGMA user_version = " + std::to_string(newer));
	std::string before = read_file(path);
	std::set<std::string> files = entries(dir.path());
	for (enum db_mode mode : { DB_WRITE, DB_READ }) {
		Opened o = open_db(path, mode);
		EXPECT_EQ(o.status, 1);
		EXPECT_EQ(o.message, "'" + path + "' has schema version " +
		    std::to_string(newer) + ", newer than this track supports (" +
		    std::to_string(schema_migration_count) + "): upgrade track");
		EXPECT_EQ(read_file(path), before);
		EXPECT_EQ(entries(dir.path()), files);
	}
	// db_migrate itself refuses too (someone upgraded meanwhile).
	sqlite3 *db = nullptr;
	ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
	struct error *err = db_migrate(db);
	ASSERT_NE(err, nullptr);
	EXPECT_NE(std::string(err->message).find(std::to_string(newer)),
	    std::string::npos);
	error_free(err);
	sqlite3_close(db);
	EXPECT_EQ(read_file(path), before);
}

TEST(db, a_text_file_is_refused_untouched)
{
	TempDir dir;
	for (const std::string &text : { std::string("hello\n"),
	    std::string(10000, 'x') + "\n" }) {
		std::string path = dir.file("notes.txt");
		write_file(path, text);
		for (enum db_mode mode : { DB_WRITE, DB_READ }) {
			Opened o = open_db(path, mode);
			EXPECT_EQ(o.status, 1);
			EXPECT_EQ(o.message.rfind("'" + path + "' is not a track "
			    "database", 0), 0u) << o.message;
			EXPECT_EQ(read_file(path), text);
			EXPECT_EQ(entries(dir.path()),
			    std::set<std::string>{ "notes.txt" });
		}
	}
}

TEST(db, a_foreign_sqlite_file_is_refused_untouched)
{
	TempDir dir;
	std::string tables = dir.file("tables.db"), tagged = dir.file("tagged.db");
	sqlite_exec(tables, "CREATE TABLE contact (name TEXT); "
	    "INSERT INTO contact VALUES ('ada')");
	sqlite_exec(tagged, "PRAGMA application_id = 42; PRAGMA user_version = 1");
	for (const std::string &path : { tables, tagged }) {
		std::string before = read_file(path);
		ASSERT_NE(before, "");
		for (enum db_mode mode : { DB_WRITE, DB_READ }) {
			Opened o = open_db(path, mode);
			EXPECT_EQ(o.status, 1);
			EXPECT_EQ(o.message, "'" + path + "' is an SQLite database "
			    "of another program, not a track database: give "
			    "another file with --db");
			EXPECT_EQ(read_file(path), before);
		}
	}
	EXPECT_EQ(entries(dir.path()),
	    (std::set<std::string>{ "tables.db", "tagged.db" }));
}

TEST(db, a_directory_is_refused)
{
	TempDir dir;
	for (enum db_mode mode : { DB_WRITE, DB_READ }) {
		Opened o = open_db(dir.path(), mode);
		EXPECT_EQ(o.status, 1);
		EXPECT_EQ(o.message, "'" + dir.path() + "' is a directory, not a "
		    "database file: give a file name with --db");
	}
	EXPECT_EQ(entries(dir.path()), std::set<std::string>());
}

TEST(db, special_files_are_refused_without_blocking)
{
	TempDir dir;
	std::string fifo = dir.file("pipe");
	ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
	for (const std::string &path : { fifo, std::string("/dev/null") }) {
		for (enum db_mode mode : { DB_WRITE, DB_READ }) {
			Opened o = open_db(path, mode);
			EXPECT_EQ(o.status, 1);
			EXPECT_EQ(o.message, "'" + path + "' is not a regular file: "
			    "give a database file with --db");
		}
	}
}

TEST(db, a_file_in_place_of_a_directory_is_refused)
{
	TempDir dir;
	write_file(dir.file("plain"), "x");
	Opened o = open_db(dir.file("plain/track.db"), DB_WRITE);
	EXPECT_EQ(o.status, 1);
	EXPECT_NE(o.message.find("'" + dir.file("plain/track.db") + "'"),
	    std::string::npos) << o.message;
	EXPECT_EQ(read_file(dir.file("plain")), "x");
}

TEST(db, an_unwritable_file_is_refused_for_writing)
{
	if (geteuid() == 0)
		GTEST_SKIP() << "root may write anything";
	TempDir dir;
	std::string path = dir.file("track.db");
	make_track_db(path);
	ASSERT_EQ(chmod(path.c_str(), 0400), 0);
	Opened o = open_db(path, DB_WRITE);
	EXPECT_EQ(o.status, 1);
	EXPECT_EQ(o.message.rfind("cannot write to database '" + path + "'", 0),
	    0u) << o.message;
}

// db_locate's answer for an explicit path (nullptr: none), or its error.
std::string
located(const char *explicit_path)
{
	char *path = nullptr;
	struct error *err = db_locate(explicit_path, &path);
	if (err != nullptr) {
		std::string m = "error " + std::to_string(err->status) + ": " +
		    err->message;
		error_free(err);
		return m;
	}
	std::string p = path;
	free(path);
	return p;
}

TEST(db, locate_order)
{
	ScopedEnv track("TRACK_DB", "/t/track.db");
	ScopedEnv xdg("XDG_DATA_HOME", "/xdg");
	ScopedEnv home("HOME", "/home/ada");
	EXPECT_EQ(located("/explicit.db"), "/explicit.db");
	EXPECT_EQ(located("relative.db"), "relative.db");
	EXPECT_EQ(located(nullptr), "/t/track.db");
	{
		ScopedEnv empty("TRACK_DB", "");
		EXPECT_EQ(located(nullptr), "/xdg/track/track.db");
		{
			// XDG paths must be absolute; others are ignored.
			ScopedEnv relative("XDG_DATA_HOME", "xdg");
			EXPECT_EQ(located(nullptr),
			    "/home/ada/.local/share/track/track.db");
		}
		ScopedEnv unset("XDG_DATA_HOME", nullptr);
		EXPECT_EQ(located(nullptr), "/home/ada/.local/share/track/track.db");
		ScopedEnv no_home("HOME", nullptr);
		EXPECT_EQ(located(nullptr).rfind("error 1: cannot find a place "
		    "for the database", 0), 0u);
		EXPECT_EQ(located("/explicit.db"), "/explicit.db");
	}
	EXPECT_EQ(located(""), "error 2: empty --db path: give a file name");
}

} // namespace

// ---------------------------------------------------------------------
// Keeping (tracker/dbkeep.c)

namespace {

// How many statements db holds prepared.
int
statement_count(sqlite3 *db)
{
	int n = 0;
	for (sqlite3_stmt *s = sqlite3_next_stmt(db, nullptr); s != nullptr;
	    s = sqlite3_next_stmt(db, s))
		n++;
	return n;
}

int destroyed = 0;

void
count_destroy(void *data)
{
	destroyed += *static_cast<int *>(data);
}

} // namespace

TEST(db, a_kept_connection_compiles_a_statement_once)
{
	sqlite3 *db = memory_db();
	const char *sql = "UPDATE setting SET value = ? WHERE key = ?";
	ASSERT_EQ(db_exec(db, sql, "tt", "sunday", "week-start"), nullptr);
	EXPECT_EQ(statement_count(db), 0) << "not kept: finalized";

	db_keep(db);
	ASSERT_EQ(db_exec(db, sql, "tt", "monday", "week-start"), nullptr);
	ASSERT_EQ(db_exec(db, sql, "tt", "sunday", "week-start"), nullptr);
	ASSERT_EQ(statement_count(db), 1);
	sqlite3_stmt *kept = sqlite3_next_stmt(db, nullptr);
	EXPECT_EQ(sqlite3_stmt_status(kept, SQLITE_STMTSTATUS_RUN, 0), 2);
	EXPECT_EQ(query(db, "SELECT value FROM setting WHERE key = "
	    "'week-start'"), "sunday\n");

	// The same SQL while its kept statement is out: one of its own.
	sqlite3_stmt *a = nullptr, *b = nullptr;
	ASSERT_EQ(db_statement(db, "SELECT 1", &a), nullptr);
	ASSERT_EQ(db_statement(db, "SELECT 1", &b), nullptr);
	EXPECT_NE(a, b);
	EXPECT_EQ(statement_count(db), 3);
	db_statement_done(b);
	db_statement_done(a);
	EXPECT_EQ(statement_count(db), 2);
	// Handed back reset, with no bindings left.
	ASSERT_EQ(db_statement(db, sql, &a), nullptr);
	EXPECT_EQ(a, kept);
	char *expanded = sqlite3_expanded_sql(a);
	EXPECT_STREQ(expanded, "UPDATE setting SET value = NULL WHERE key = "
	    "NULL");
	sqlite3_free(expanded);
	db_statement_done(a);

	db_unkeep(db);
	EXPECT_EQ(statement_count(db), 0);
	EXPECT_EQ(sqlite3_close(db), SQLITE_OK);
}

TEST(db, data_hangs_on_kept_connections_only)
{
	sqlite3 *db = memory_db();
	int one = 1, ten = 10;
	destroyed = 0;
	EXPECT_FALSE(db_data_set(db, "x", &one, count_destroy));
	EXPECT_EQ(db_data(db, "x"), nullptr);
	db_keep(db);
	EXPECT_TRUE(db_data_set(db, "x", &one, count_destroy));
	EXPECT_EQ(db_data(db, "x"), &one);
	EXPECT_TRUE(db_data_set(db, "x", &ten, count_destroy));
	EXPECT_EQ(destroyed, 1) << "replaced";
	EXPECT_EQ(db_data(db, "x"), &ten);
	EXPECT_EQ(db_data(db, "y"), nullptr);
	db_unkeep(db);
	EXPECT_EQ(destroyed, 11);
	EXPECT_EQ(db_data(db, "x"), nullptr);
	sqlite3_close(db);
}

TEST(db, open_keeps_and_close_lets_go)
{
	TempDir dir;
	std::string path = dir.file("track.db");
	sqlite3 *db = nullptr;
	bool created = false;
	ASSERT_EQ(db_open(path.c_str(), DB_WRITE, &db, &created), nullptr);
	int one = 1;
	EXPECT_TRUE(db_data_set(db, "x", &one, nullptr));
	ASSERT_EQ(db_exec(db, "PRAGMA user_version", nullptr), nullptr);
	EXPECT_EQ(statement_count(db), 1);
	db_close(db);	// with a statement kept: sqlite3_close must succeed
	EXPECT_EQ(db_data(db, "x"), nullptr);
}

// A version-7 UUID: the clock's milliseconds in the first 48 bits, the
// version and variant where RFC 9562 puts them, lowercase hex.
TEST(db, uuid_is_version_7_with_the_clock_first)
{
	struct timespec ts;
	char a[37], b[37];

	clock_gettime(CLOCK_REALTIME, &ts);
	uint64_t before = (uint64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
	db_uuid(a);
	db_uuid(b);
	clock_gettime(CLOCK_REALTIME, &ts);
	uint64_t after = (uint64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
	for (const char *u : { a, b }) {
		ASSERT_EQ(strlen(u), 36u) << u;
		for (int i = 0; i < 36; i++)
			EXPECT_TRUE(i == 8 || i == 13 || i == 18 || i == 23 ?
			    u[i] == '-' : strchr("0123456789abcdef", u[i]) !=
			    nullptr) << u;
		EXPECT_EQ(u[14], '7') << u;
		EXPECT_NE(strchr("89ab", u[19]), nullptr) << u;
		std::string hex = std::string(u, 8) + std::string(u + 9, 4);
		uint64_t ms = strtoull(hex.c_str(), nullptr, 16);
		EXPECT_GE(ms, before);
		EXPECT_LE(ms, after);
	}
	EXPECT_STRNE(a, b);
}

// The random part differs from one UUID to the next, also within one
// millisecond: 10,000 in a row are all distinct.
TEST(db, uuids_in_a_row_are_distinct)
{
	std::set<std::string> seen;
	char u[37];

	for (int i = 0; i < 10000; i++) {
		db_uuid(u);
		seen.insert(u);
	}
	EXPECT_EQ(seen.size(), 10000u);
}
