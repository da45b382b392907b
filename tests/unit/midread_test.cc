// A read stopped by an error part-way (SQLITE_INTERRUPT from a progress
// handler, as an I/O error or a lock would stop it) is the error of the
// whole load, never a shorter result: every point of the load is tried.
#include <gtest/gtest.h>

#include <string.h>

#include <climits>
#include <functional>
#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "core/date.h"
#include "core/settings.h"
#include "reports/history.h"
#include "reports/report.h"
}

#include "thresholds_cache.h"

namespace {

// Interrupts the statement running when the handler is called the
// at'th time: one statement fails, as with a passing I/O error or lock,
// and the statements after it run as usual.
struct Interrupt {
	long calls = 0;
	long at = LONG_MAX;
};

int
on_progress(void *arg)
{
	Interrupt *i = static_cast<Interrupt *>(arg);

	return ++i->calls == i->at;
}


int
day(const char *text)
{
	int d = 0;
	EXPECT_TRUE(day_parse_iso(text, &d)) << text;
	return d;
}

class MidRead : public ::testing::Test {
protected:
	void SetUp() override
	{
		db_ = memory_db();
		// 400 days in a row, up to the day of the loads, on 15 topics.
		query(db_, "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL "
		    "SELECT i + 1 FROM n WHERE i < 399) INSERT INTO session "
		    "(uuid, day, minutes, topic_id, kind, origin, created) "
		    "SELECT 'm' || i, date('2026-11-30', '-' || i || ' days'), "
		    "30 + i % 60, t.id, 'study', 'manual', '2026-01-01T00:00:00Z' "
		    "FROM n JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 "
		    "AS k FROM topic) t ON t.k = n.i % 15");
		ASSERT_EQ(query(db_, "SELECT count(*) FROM day_total"),
		    "400\n");
	}
	void TearDown() override { sqlite3_close(db_); }

	// Runs load uninterrupted (it must succeed), then interrupted at up
	// to points points spread over it (one every instructions SQLite
	// instructions at most); returns what each of those interrupted
	// runs returned: "" for success, else the exit status and message.
	std::vector<std::string>
	interrupted(std::function<struct error *()> load, int instructions,
	    long points = 400)
	{
		Interrupt in;
		std::vector<std::string> outcomes;

		sqlite3_progress_handler(db_, instructions, on_progress, &in);
		struct error *err = load();
		EXPECT_EQ(err, nullptr) << err->message;
		error_free(err);
		long total = in.calls, step = total / points + 1;
		EXPECT_GT(total, 20);
		for (long at = 1; at <= total; at += step) {
			in = Interrupt{ 0, at };
			err = load();
			outcomes.push_back(err == nullptr ? "" :
			    std::to_string(err->status) + " " + err->message);
			error_free(err);
		}
		sqlite3_progress_handler(db_, 0, nullptr, nullptr);
		return outcomes;
	}
	// The outcomes that do not start with prefix ("" for a success),
	// with how many there are: "" when every one does.
	static std::string others(const std::vector<std::string> &outcomes,
	    const std::string &prefix)
	{
		std::string list;
		size_t n = 0;
		for (const std::string &o : outcomes)
			if (o.empty() || o.rfind(prefix, 0) != 0) {
				if (n++ < 3)
					list += "[" + o + "] ";
			}
		return n == 0 ? "" : std::to_string(n) + " of " +
		    std::to_string(outcomes.size()) + ", e.g. " + list;
	}

	sqlite3 *db_;
};

TEST_F(MidRead, report_compute_fails_wherever_it_is_interrupted)
{
	auto outcomes = interrupted([this]() {
		struct report r;
		report_init(&r);
		struct error *err = report_compute(db_, day("2026-11-01"),
		    day("2026-11-30"), day("2026-11-30"), 0, &r);
		report_release(&r);
		return err;
	}, 50);
	EXPECT_EQ(others(outcomes, "1 cannot "), "");
}

TEST_F(MidRead, history_load_fails_wherever_it_is_interrupted)
{
	auto outcomes = interrupted([this]() {
		struct thresholds th = default_thresholds();
		struct history h;
		struct error *err = history_load(db_, day("2026-11-30"), &th,
		    &h);
		if (err == nullptr)
			history_release(&h);
		return err;
	}, 50, 30);
	EXPECT_EQ(others(outcomes, "1 cannot "), "");
}

// An unknown key is a usage error naming the closest key; a read of the
// keys stopped part-way is the read's error, not a usage error without
// (or with a wrong) suggestion.
TEST_F(MidRead, an_unknown_setting_read_part_way_is_a_read_error)
{
	auto outcomes = interrupted([this]() {
		struct setting s;
		setting_init(&s);
		struct error *err = setting_get(db_, "week-startx", &s);
		setting_release(&s);
		// The right usage error counts as a success: a read stopped
		// part-way must not end in one.
		if (err != nullptr && err->status == EXIT_USAGE &&
		    strcmp(err->message, "unknown setting 'week-startx': did "
		    "you mean 'week-start'? ('track config list' shows them "
		    "all)") == 0) {
			error_free(err);
			return (struct error *)nullptr;
		}
		return err;
	}, 1);
	EXPECT_EQ(others(outcomes, "1 cannot read settings: interrupted"), "");
}

}  // namespace
