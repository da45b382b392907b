// The settings model: defaults, validation, unset and iteration.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "support.h"

extern "C" {
#include "core/settings.h"
}

namespace {

class Settings : public ::testing::Test {
protected:
	void SetUp() override { db = memory_db(); }
	void TearDown() override { sqlite3_close(db); }

	static std::string message(struct error *err, int status = 2)
	{
		if (err == nullptr)
			return "";
		std::string m = err->message;
		EXPECT_EQ(err->status, status);
		error_free(err);
		return m;
	}

	std::string text(const char *key)
	{
		char *value = nullptr;
		EXPECT_EQ(message(setting_text(db, key, &value)), "");
		std::string v = value ? value : "";
		free(value);
		return v;
	}

	sqlite3 *db = nullptr;
};

TEST_F(Settings, get_returns_the_default_and_its_description)
{
	struct setting s;
	setting_init(&s);
	ASSERT_EQ(message(setting_get(db, "tutorial-hell.window-days", &s)), "");
	EXPECT_EQ(std::string(s.key), "tutorial-hell.window-days");
	EXPECT_EQ(std::string(s.value), "28");
	EXPECT_EQ(std::string(s.default_value), "28");
	EXPECT_TRUE(s.is_default);
	EXPECT_EQ(std::string(s.type), "integer");
	EXPECT_EQ(s.min, 1);
	EXPECT_EQ(s.max, 3660);
	EXPECT_EQ(std::string(s.description), "tutorial-hell: days looked at");
	setting_release(&s);
}

TEST_F(Settings, unknown_key_names_the_closest)
{
	struct setting s;
	setting_init(&s);
	EXPECT_EQ(message(setting_get(db, "colour", &s)), "unknown setting "
	    "'colour': did you mean 'color'? ('track config list' shows them "
	    "all)");
	EXPECT_EQ(message(setting_get(db, "week-stat", &s)), "unknown setting "
	    "'week-stat': did you mean 'week-start'? ('track config list' "
	    "shows them all)");
	EXPECT_EQ(message(setting_get(db, "zzzzzzzzzzzzzzzz", &s)), "unknown "
	    "setting 'zzzzzzzzzzzzzzzz': 'track config list' shows them all");
	setting_release(&s);
}

TEST_F(Settings, set_stores_a_valid_integer)
{
	int value = 0;
	ASSERT_EQ(message(setting_set(db, "tutorial-hell.window-days", "14")),
	    "");
	ASSERT_EQ(message(setting_int(db, "tutorial-hell.window-days",
	    &value)), "");
	EXPECT_EQ(value, 14);
	EXPECT_EQ(query(db, "SELECT value, default_value FROM setting WHERE "
	    "key = 'tutorial-hell.window-days'"), "14|28\n");
}

TEST_F(Settings, set_refuses_integers_out_of_range_or_garbage)
{
	EXPECT_EQ(message(setting_set(db, "tutorial-hell.window-days", "0")),
	    "invalid value '0' for tutorial-hell.window-days: use a whole "
	    "number from 1 to 3660");
	EXPECT_EQ(message(setting_set(db, "tutorial-hell.window-days", "3661")),
	    "invalid value '3661' for tutorial-hell.window-days: use a whole "
	    "number from 1 to 3660");
	EXPECT_NE(message(setting_set(db, "scattered.paths", "abc")), "");
	EXPECT_NE(message(setting_set(db, "scattered.paths", "3.5")), "");
	EXPECT_NE(message(setting_set(db, "scattered.paths", "")), "");
	EXPECT_NE(message(setting_set(db, "scattered.paths", " 3")), "");
	EXPECT_EQ(query(db, "SELECT count(*) FROM setting WHERE value IS NOT "
	    "NULL"), "0\n");
}

TEST_F(Settings, set_accepts_only_the_choices)
{
	ASSERT_EQ(message(setting_set(db, "week-start", "sunday")), "");
	EXPECT_EQ(text("week-start"), "sunday");
	EXPECT_EQ(message(setting_set(db, "color", "sometimes")), "invalid "
	    "value 'sometimes' for color: use one of auto|always|never");
	EXPECT_NE(message(setting_set(db, "default-kind", "Study")), "");
	EXPECT_EQ(text("default-kind"), "study");
}

TEST_F(Settings, set_refuses_an_unknown_key)
{
	EXPECT_EQ(message(setting_set(db, "colour", "never")), "unknown "
	    "setting 'colour': did you mean 'color'? ('track config list' "
	    "shows them all)");
}

TEST_F(Settings, unset_returns_to_the_default)
{
	struct setting s;
	setting_init(&s);
	ASSERT_EQ(message(setting_set(db, "plan.projects", "5")), "");
	ASSERT_EQ(message(setting_get(db, "plan.projects", &s)), "");
	EXPECT_EQ(std::string(s.value), "5");
	EXPECT_FALSE(s.is_default);
	ASSERT_EQ(message(setting_unset(db, "plan.projects")), "");
	ASSERT_EQ(message(setting_get(db, "plan.projects", &s)), "");
	EXPECT_EQ(std::string(s.value), "3");
	EXPECT_TRUE(s.is_default);
	EXPECT_NE(message(setting_unset(db, "plan.project")), "");
	setting_release(&s);
}

// Collects "key=value*" (the star for non-defaults).
static struct error *
collect(const struct setting *s, void *arg)
{
	std::string *out = static_cast<std::string *>(arg);
	*out += std::string(s->key) + "=" + s->value +
	    (s->is_default ? "" : "*") + "\n";
	return nullptr;
}

static struct error *
stop_at_second(const struct setting *, void *arg)
{
	int *calls = static_cast<int *>(arg);
	if (++*calls == 2)
		return error_runtime("stop");
	return nullptr;
}

TEST_F(Settings, each_visits_every_key_in_order)
{
	std::string out;
	ASSERT_EQ(message(setting_set(db, "week-start", "sunday")), "");
	ASSERT_EQ(message(setting_each(db, collect, &out)), "");
	std::string first = "career.core-skills=2\ncolor=auto\n"
	    "default-kind=study\n"
	    "goal.daily-minutes=1\ngoal.weekly-minutes=0\n"
	    "ignoring-fundamentals.min-hours=10\nimport.bulk-rows=1000\n"
	    "import.bulk-share=250\nimport.course-day-minutes=90\n"
	    "memorization.min-hours=15\n"
	    "memorization.share=60\nmemorization.topic-hours=5\n"
	    "memorization.window-days=90\nno-portfolio.total-hours=60\n";
	EXPECT_EQ(out.substr(0, first.size()), first);
	EXPECT_NE(out.find("\nweek-start=sunday*\n"), std::string::npos);
	EXPECT_NE(out.find("\nstalled.days=21\nstalled.min-hours=20\n"),
	    std::string::npos);
	EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 52);
}

TEST_F(Settings, each_stops_at_the_first_error)
{
	int calls = 0;
	EXPECT_EQ(message(setting_each(db, stop_at_second, &calls), 1), "stop");
	EXPECT_EQ(calls, 2);
}

} // namespace
