// The path choice history as the commands change it (choice.c): a
// choice on the day of the one before it replaces it, each change leaves
// an undo entry, and taking one back restores what it replaced.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "support.h"

extern "C" {
#include "core/catalog.h"
#include "core/choice.h"
#include "core/date.h"
}

namespace {

class Choice : public ::testing::Test {
protected:
	void SetUp() override { db = memory_db(); }
	void TearDown() override { sqlite3_close(db); }

	static std::string message(struct error *err)
	{
		if (err == nullptr)
			return "";
		std::string m = err->message;
		error_free(err);
		return m;
	}

	static int day(const char *text)
	{
		int d = 0;
		EXPECT_TRUE(day_parse_iso(text, &d)) << text;
		return d;
	}

	// path_choice_set of slug on text: "new", "replaced SLUG" or "same".
	std::string set(const char *slug, const char *text)
	{
		int64_t id = std::stoll(query(db, std::string("SELECT id FROM "
		    "path WHERE slug = '") + slug + "'"));
		enum path_set_outcome outcome;
		int64_t replaced = -1;
		EXPECT_EQ(message(path_choice_set(db, id, day(text), 1795000000,
		    &outcome, &replaced)), "");
		if (outcome == PATH_SET_NEW)
			return replaced == 0 ? "new" : "new?";
		if (outcome == PATH_SET_SAME)
			return "same";
		std::string name = query(db, "SELECT slug FROM path WHERE id "
		    "= " + std::to_string(replaced));
		return "replaced " + name.substr(0, name.find('\n'));
	}

	// path_choice_undo_latest as "path day restored current since", or
	// "none".
	std::string undo_latest(const char *today)
	{
		struct path_undo u;
		bool found = false;
		path_undo_init(&u);
		EXPECT_EQ(message(path_choice_undo_latest(db, day(today), &u,
		    &found)), "");
		std::string out = found ? describe(u) : "none";
		path_undo_release(&u);
		return out;
	}

	static std::string describe(const struct path_undo &u)
	{
		char d[DAY_TEXT_SIZE], s[DAY_TEXT_SIZE];
		day_format(u.day, d);
		std::string since = "-";
		if (u.since != DAY_NONE) {
			day_format(u.since, s);
			since = s;
		}
		return std::string(u.path) + " " + d + " " +
		    (u.restored ? u.restored : "-") + " " +
		    (u.current ? u.current : "-") + " " + since;
	}

	std::string history()
	{
		return query(db, "SELECT c.day, p.slug FROM path_choice c JOIN "
		    "path p ON p.id = c.path_id ORDER BY c.day, c.id");
	}

	sqlite3 *db = nullptr;
};

TEST_F(Choice, a_choice_of_a_new_day_is_its_own)
{
	EXPECT_EQ(set("backend", "2026-09-01"), "new");
	EXPECT_EQ(set("backend", "2026-10-01"), "new");
	EXPECT_EQ(set("ml", "2026-11-01"), "new");
	EXPECT_EQ(history(), "2026-09-01|backend\n2026-10-01|backend\n"
	    "2026-11-01|ml\n");
	EXPECT_EQ(query(db, "SELECT count(*) FROM undo_entry WHERE "
	    "path_choice_id IS NOT NULL AND replaced_path_id IS NULL"), "3\n");
}

TEST_F(Choice, a_choice_of_the_same_day_replaces_it_or_changes_nothing)
{
	EXPECT_EQ(set("ml", "2026-11-22"), "new");
	EXPECT_EQ(set("backend", "2026-11-22"), "replaced ml");
	EXPECT_EQ(set("backend", "2026-11-22"), "same");
	EXPECT_EQ(history(), "2026-11-22|backend\n");
	EXPECT_EQ(query(db, "SELECT p.slug FROM undo_entry u JOIN path p ON "
	    "p.id = u.replaced_path_id"), "ml\n");
	EXPECT_EQ(query(db, "SELECT count(*) FROM undo_entry"), "2\n");
}

// The choice that counts is the one current on the day: a choice of an
// earlier day is not replaced by one of a later day, and the newest of
// a day stands when the history holds several (an import of version 1).
TEST_F(Choice, only_the_choice_current_on_that_day_is_replaced)
{
	EXPECT_EQ(set("backend", "2026-09-01"), "new");
	EXPECT_EQ(set("ml", "2026-10-01"), "new");
	EXPECT_EQ(set("devops", "2026-09-01"), "replaced backend");
	EXPECT_EQ(history(), "2026-09-01|devops\n2026-10-01|ml\n");
	query(db, "INSERT INTO path_choice (path_id, day, created) SELECT id, "
	    "'2026-10-01', 'x' FROM path WHERE slug = 'automation'");
	EXPECT_EQ(set("backend", "2026-10-01"), "replaced automation");
	EXPECT_EQ(history(), "2026-09-01|devops\n2026-10-01|ml\n"
	    "2026-10-01|backend\n");
}

TEST_F(Choice, undo_takes_back_the_newest_set_whatever_its_day)
{
	set("backend", "2026-11-01");
	set("ml", "2026-09-01");
	EXPECT_EQ(undo_latest("2026-11-22"),
	    "ml 2026-09-01 - backend 2026-11-01");
	EXPECT_EQ(undo_latest("2026-11-22"), "backend 2026-11-01 - - -");
	EXPECT_EQ(undo_latest("2026-11-22"), "none");
	EXPECT_EQ(query(db, "SELECT count(*) FROM undo_entry"), "0\n");
}

TEST_F(Choice, undo_of_a_replacement_restores_the_path_it_replaced)
{
	set("ml", "2026-11-22");
	set("backend", "2026-11-22");
	set("devops", "2026-11-22");
	EXPECT_EQ(undo_latest("2026-11-22"),
	    "devops 2026-11-22 backend backend 2026-11-22");
	EXPECT_EQ(undo_latest("2026-11-22"),
	    "backend 2026-11-22 ml ml 2026-11-22");
	EXPECT_EQ(undo_latest("2026-11-22"), "ml 2026-11-22 - - -");
	EXPECT_EQ(history(), "");
}

// One entry of the undo log, as `track undo` takes it.
TEST_F(Choice, undo_of_one_entry)
{
	set("ml", "2026-11-22");
	set("backend", "2026-11-22");
	int64_t newest = std::stoll(query(db, "SELECT max(id) FROM undo_entry"));
	struct path_undo u;
	path_undo_init(&u);
	ASSERT_EQ(message(path_choice_undo(db, newest, day("2026-11-22"), &u)),
	    "");
	EXPECT_EQ(describe(u), "backend 2026-11-22 ml ml 2026-11-22");
	path_undo_release(&u);
	path_undo_init(&u);
	EXPECT_EQ(message(path_choice_undo(db, newest, day("2026-11-22"), &u)),
	    "no undo entry #" + std::to_string(newest) + " of a path choice");
	path_undo_release(&u);
}

// Choices with no undo entry (made before schema 008, or imported):
// the newest goes.
TEST_F(Choice, undo_without_entries_removes_the_newest_choice)
{
	query(db, "INSERT INTO path_choice (path_id, day, created) SELECT id, "
	    "'2026-10-01', 'x' FROM path WHERE slug = 'ml';"
	    "INSERT INTO path_choice (path_id, day, created) SELECT id, "
	    "'2026-09-01', 'x' FROM path WHERE slug = 'backend'");
	EXPECT_EQ(undo_latest("2026-11-22"),
	    "backend 2026-09-01 - ml 2026-10-01");
	EXPECT_EQ(undo_latest("2026-11-22"), "ml 2026-10-01 - - -");
	EXPECT_EQ(undo_latest("2026-11-22"), "none");
}

} // namespace
