// core/stmt.c: checked statements (row, done, error; the first error
// kept; checked binds), on in-memory databases set up with plain SQL.
#include <gtest/gtest.h>

#include <unistd.h>

#include <string>

#include "support.h"

extern "C" {
#include "core/db.h"
#include "core/stmt.h"
}

namespace {

class Stmt : public ::testing::Test {
protected:
	void SetUp() override
	{
		ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
		query(db_, "CREATE TABLE t (x INTEGER NOT NULL, y TEXT)");
		query(db_, "INSERT INTO t VALUES (1, 'one'), (2, 'two')");
	}
	void TearDown() override
	{
		db_unkeep(db_);
		sqlite3_close(db_);
	}
	// The message of err ("" for none), freeing it.
	static std::string message(struct error *err)
	{
		std::string m = err != nullptr ? err->message : "";
		error_free(err);
		return m;
	}
	void prepare(const char *sql, const char *doing = "cannot read t")
	{
		ASSERT_EQ(message(stmt_prepare(&st_, db_, doing, sql)), "");
	}

	sqlite3 *db_ = nullptr;
	struct stmt st_;
};

TEST_F(Stmt, steps_give_each_row_then_done)
{
	prepare("SELECT x, y FROM t ORDER BY x");
	ASSERT_EQ(stmt_step(&st_), STMT_ROW);
	EXPECT_EQ(sqlite3_column_int(st_.handle, 0), 1);
	ASSERT_EQ(stmt_step(&st_), STMT_ROW);
	EXPECT_STREQ((const char *)sqlite3_column_text(st_.handle, 1), "two");
	EXPECT_EQ(stmt_step(&st_), STMT_DONE);
	EXPECT_EQ(message(stmt_finish(&st_)), "");
	EXPECT_EQ(st_.handle, nullptr);
}

TEST_F(Stmt, a_failed_step_is_an_error_with_its_purpose)
{
	prepare("INSERT INTO t (x) VALUES (NULL)", "cannot add to t");
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	struct error *err = stmt_finish(&st_);
	ASSERT_NE(err, nullptr);
	EXPECT_EQ(err->status, EXIT_RUNTIME);
	EXPECT_EQ(message(err),
	    "cannot add to t: NOT NULL constraint failed: t.x");
}

TEST_F(Stmt, a_statement_with_an_error_never_steps_again)
{
	prepare("INSERT INTO t (x) VALUES (NULL)", "cannot add to t");
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	EXPECT_EQ(message(stmt_finish(&st_)),
	    "cannot add to t: NOT NULL constraint failed: t.x");
	EXPECT_EQ(query(db_, "SELECT count(*) FROM t"), "2\n");
}

TEST_F(Stmt, the_first_error_is_kept)
{
	prepare("INSERT INTO t (x) VALUES (NULL)", "cannot add to t");
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	stmt_fail(&st_, error_usage("second"));
	stmt_reset(&st_);
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	EXPECT_EQ(message(stmt_finish(&st_)),
	    "cannot add to t: NOT NULL constraint failed: t.x");
}

TEST_F(Stmt, an_error_of_the_caller_stops_the_rows_and_comes_back)
{
	prepare("INSERT INTO t VALUES (3, 'three')");
	stmt_fail(&st_, nullptr);
	stmt_fail(&st_, error_usage("refused"));
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	struct error *err = stmt_finish(&st_);
	ASSERT_NE(err, nullptr);
	EXPECT_EQ(err->status, EXIT_USAGE);
	EXPECT_EQ(message(err), "refused");
	EXPECT_EQ(query(db_, "SELECT count(*) FROM t"), "2\n");
}

TEST_F(Stmt, a_failed_bind_is_the_statements_error)
{
	prepare("SELECT y FROM t WHERE x = ?");
	stmt_bind(&st_, "ii", (int64_t)1, (int64_t)2);
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	EXPECT_EQ(message(stmt_finish(&st_)),
	    "cannot read t: column index out of range");
}

TEST_F(Stmt, binds_take_every_type_and_null)
{
	prepare("INSERT INTO t VALUES (?, ?)", "cannot add to t");
	stmt_bind(&st_, "it", (int64_t)5000000000, "big");
	EXPECT_EQ(message(stmt_run(&st_)), "");
	prepare("SELECT ?, ?, ?, ?, typeof(?)");
	stmt_bind(&st_, "ntdnt", 7, "text", 2.5, -1, (const char *)nullptr);
	ASSERT_EQ(stmt_step(&st_), STMT_ROW);
	EXPECT_EQ(sqlite3_column_int(st_.handle, 0), 7);
	EXPECT_STREQ((const char *)sqlite3_column_text(st_.handle, 1), "text");
	EXPECT_EQ(sqlite3_column_double(st_.handle, 2), 2.5);
	EXPECT_EQ(sqlite3_column_type(st_.handle, 3), SQLITE_NULL);
	EXPECT_STREQ((const char *)sqlite3_column_text(st_.handle, 4), "null");
	EXPECT_EQ(message(stmt_finish(&st_)), "");
	EXPECT_EQ(query(db_, "SELECT y FROM t WHERE x = 5000000000"), "big\n");
}

TEST_F(Stmt, a_failed_prepare_returns_the_error_and_leaves_it_finished)
{
	struct error *err = stmt_prepare(&st_, db_, "cannot read", "SELECT "
	    "* FROM nowhere");
	EXPECT_EQ(message(err), "cannot prepare a query: no such table: "
	    "nowhere");
	EXPECT_EQ(st_.handle, nullptr);
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	EXPECT_EQ(message(stmt_finish(&st_)), "");
}

TEST_F(Stmt, reset_runs_again_with_new_values)
{
	prepare("SELECT y FROM t WHERE x = ?");
	stmt_bind(&st_, "i", (int64_t)1);
	ASSERT_EQ(stmt_step(&st_), STMT_ROW);
	stmt_reset(&st_);
	stmt_bind(&st_, "i", (int64_t)2);
	ASSERT_EQ(stmt_step(&st_), STMT_ROW);
	EXPECT_STREQ((const char *)sqlite3_column_text(st_.handle, 0), "two");
	EXPECT_EQ(message(stmt_finish(&st_)), "");
}

TEST_F(Stmt, stmt_error_copies_the_error_and_keeps_it)
{
	st_ = stmt{};
	EXPECT_EQ(stmt_error(&st_), nullptr);
	prepare("INSERT INTO t (x) VALUES (NULL)", "cannot add to t");
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	std::string copy = message(stmt_error(&st_));
	EXPECT_EQ(copy, "cannot add to t: NOT NULL constraint failed: t.x");
	EXPECT_EQ(message(stmt_finish(&st_)), copy);
}

// On a kept connection a finished statement is reset, not finalized,
// and the next prepare of its text hands it out again.
TEST_F(Stmt, a_kept_connection_reuses_the_statement)
{
	db_keep(db_);
	prepare("SELECT x FROM t ORDER BY x");
	sqlite3_stmt *first = st_.handle;
	ASSERT_EQ(stmt_step(&st_), STMT_ROW);
	EXPECT_EQ(message(stmt_finish(&st_)), "");
	prepare("SELECT x FROM t ORDER BY x");
	EXPECT_EQ(st_.handle, first);
	ASSERT_EQ(stmt_step(&st_), STMT_ROW);
	EXPECT_EQ(sqlite3_column_int(st_.handle, 0), 1);
	EXPECT_EQ(message(stmt_finish(&st_)), "");
}

TEST_F(Stmt, code_tells_a_refused_row_from_the_end)
{
	EXPECT_EQ(message(stmt_prepare(&st_, db_, "cannot read t",
	    "SELECT x FROM t WHERE x = ?")), "");
	EXPECT_EQ(stmt_code(&st_), SQLITE_OK);
	stmt_bind(&st_, "i", (int64_t)2);
	EXPECT_EQ(stmt_step(&st_), STMT_ROW);
	EXPECT_EQ(stmt_code(&st_), SQLITE_ROW);
	EXPECT_EQ(stmt_step(&st_), STMT_DONE);
	EXPECT_EQ(stmt_code(&st_), SQLITE_DONE);
	stmt_reset(&st_);
	EXPECT_EQ(stmt_code(&st_), SQLITE_OK);
	EXPECT_EQ(message(stmt_finish(&st_)), "");

	query(db_, "CREATE UNIQUE INDEX t_x ON t (x)");
	prepare("INSERT INTO t (x) VALUES (?)", "cannot add to t");
	stmt_bind(&st_, "i", (int64_t)1);
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	EXPECT_EQ(stmt_code(&st_) & 0xff, SQLITE_CONSTRAINT);
	// The first error's code stays, like its message.
	stmt_reset(&st_);
	stmt_bind(&st_, "i", (int64_t)9);
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	EXPECT_EQ(stmt_code(&st_) & 0xff, SQLITE_CONSTRAINT);
	EXPECT_EQ(message(stmt_finish(&st_)),
	    "cannot add to t: UNIQUE constraint failed: t.x");
	EXPECT_EQ(query(db_, "SELECT count(*) FROM t"), "2\n");
}

TEST_F(Stmt, code_of_an_error_of_the_caller_or_a_bind)
{
	prepare("SELECT y FROM t WHERE x = ?");
	stmt_bind(&st_, "ii", (int64_t)1, (int64_t)2);
	EXPECT_EQ(stmt_code(&st_), SQLITE_RANGE);
	EXPECT_EQ(stmt_step(&st_), STMT_ERROR);
	EXPECT_EQ(stmt_code(&st_), SQLITE_RANGE);
	message(stmt_finish(&st_));

	prepare("SELECT y FROM t");
	stmt_fail(&st_, error_usage("refused"));
	EXPECT_EQ(stmt_code(&st_), SQLITE_ERROR);
	message(stmt_finish(&st_));

	EXPECT_NE(message(stmt_prepare(&st_, db_, "cannot read t",
	    "SELECT nothing FROM nowhere")), "");
	EXPECT_EQ(stmt_code(&st_), SQLITE_ERROR);
}

// The lock wording of db_error travels through a step.
TEST_F(Stmt, a_locked_database_says_so)
{
	std::string path = ::testing::TempDir() + "stmt_locked.db";
	unlink(path.c_str());
	sqlite3 *a = nullptr, *b = nullptr;
	ASSERT_EQ(sqlite3_open(path.c_str(), &a), SQLITE_OK);
	ASSERT_EQ(sqlite3_open(path.c_str(), &b), SQLITE_OK);
	query(a, "CREATE TABLE u (x)");
	struct stmt st;
	ASSERT_EQ(message(stmt_prepare(&st, b, "cannot read u",
	    "SELECT x FROM u")), "");
	query(a, "BEGIN EXCLUSIVE");
	EXPECT_EQ(stmt_step(&st), STMT_ERROR);
	EXPECT_EQ(message(stmt_finish(&st)), "cannot read u: the database is "
	    "locked by another process (waited 10 s): try again");
	sqlite3_close(b);
	sqlite3_close(a);
	unlink(path.c_str());
}

}  // namespace
