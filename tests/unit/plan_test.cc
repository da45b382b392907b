// The five-step plan (reports/plan.c) on hand-built histories: every step
// at its threshold, the path's history, the suggestion with no path, the
// current step, and the text and JSON renderers.
#include <gtest/gtest.h>

#include <stdio.h>
#include <stdlib.h>

#include <string>

#include "history_builder.h"

extern "C" {
#include "jsonout.h"
#include "render_analysis.h"
}

namespace {

const char kAt[] = "2026-11-22";

// A portfolio as plan_compute reads it, built by hand.
struct portfolio
portfolio_of(int score, const char *grade, const char *next = nullptr,
    int gain = 0)
{
	struct portfolio p = {};

	p.score = score;
	p.grade = grade;
	p.next_action = const_cast<char *>(next);
	p.next_gain = gain;
	return p;
}

// The plan of a built history, released when it goes out of scope.
class Plan {
public:
	Plan(HistoryBuilder &b, const struct portfolio &p)
	{
		struct thresholds th = default_thresholds();

		plan_compute(b.build(), &th, &p, &plan_);
	}
	explicit Plan(HistoryBuilder &b) : Plan(b, portfolio_of(0, "scattered"))
	{
	}
	~Plan() { plan_release(&plan_); }
	const struct plan *operator->() const { return &plan_; }
	const struct plan &operator*() const { return plan_; }
	const struct plan_step &step(int n) const { return plan_.steps[n - 1]; }

private:
	struct plan plan_;
};

template <typename Fn>
std::string
captured(Fn fn)
{
	char *data = nullptr;
	size_t size = 0;
	FILE *f = open_memstream(&data, &size);

	fn(f);
	fclose(f);
	std::string s(data, size);
	free(data);
	return s;
}

// Backend chosen long ago, n months of 10h on it (the last one at's).
HistoryBuilder &
backend_months(HistoryBuilder &b, int n)
{
	b.choose("2024-01-01", BACKEND);
	for (int i = 0; i < n; i++)
		b.month({ { BACKEND, 600 } });
	return b;
}

TEST(plan, fundamentals_complete_at_40_hours)
{
	HistoryBuilder short_of(kAt), enough(kAt);
	short_of.choose("2026-01-01", BACKEND).fundamentals(2399);
	enough.choose("2026-01-01", BACKEND).fundamentals(2400);
	Plan a(short_of), b(enough);

	EXPECT_FALSE(a.step(1).complete);
	EXPECT_DOUBLE_EQ(a.step(1).value, 39.9);	// rounded down
	EXPECT_EQ(a.step(1).target, 40);
	EXPECT_STREQ(a.step(1).detail, "39.9h of fundamentals, 1m to go: "
	    "practise core Python (track log 1h python; track topic list "
	    "--path fundamentals)");
	EXPECT_EQ(a->current_step, 1);
	EXPECT_TRUE(b.step(1).complete);
	EXPECT_DOUBLE_EQ(b.step(1).value, 40.0);
	EXPECT_STREQ(b.step(1).detail, "40.0h of fundamentals: done, keep "
	    "practising them as you specialize");
	EXPECT_EQ(b->current_step, 3);	// 2 is complete, 3 has no project
}

TEST(plan, specialization_says_since_when_and_the_changes_of_a_year)
{
	HistoryBuilder b(kAt);
	// 2025-10-01 is more than 12 months back; ml and backend again are
	// changes; backend set twice is one run, since its first day.
	b.choose("2025-06-01", ML)
	    .choose("2025-10-01", BACKEND)
	    .choose("2026-01-10", ML)
	    .choose("2026-03-01", BACKEND)
	    .choose("2026-04-01", BACKEND);
	Plan plan(b);

	EXPECT_STREQ(plan->path, "backend");
	EXPECT_EQ(plan->suggested_path, nullptr);
	EXPECT_TRUE(plan.step(2).complete);
	EXPECT_EQ(plan.step(2).value, 1);
	EXPECT_EQ(plan.step(2).target, 1);
	EXPECT_STREQ(plan.step(2).detail, "backend since 2026-03-01, 2 path "
	    "changes in the last 12 months: stay with backend, depth takes "
	    "months on one path");
}

TEST(plan, path_changes_count_within_365_days_and_not_the_first_choice)
{
	HistoryBuilder edge(kAt), first(kAt);
	// 2025-11-22 is 365 days before at (outside), 2025-11-23 is inside.
	edge.choose("2025-01-01", BACKEND)
	    .choose("2025-11-22", ML)
	    .choose("2025-11-23", BACKEND);
	first.choose("2026-05-01", DATA_SCIENCE);
	Plan a(edge), b(first);

	EXPECT_STREQ(a.step(2).detail, "backend since 2025-11-23, 1 path change "
	    "in the last 12 months: stay with backend, depth takes months on "
	    "one path");
	EXPECT_STREQ(b.step(2).detail, "data-science since 2026-05-01, no path "
	    "change in the last 12 months: stay with it");
}

TEST(plan, projects_complete_at_3_in_the_chosen_path)
{
	HistoryBuilder two(kAt), three(kAt);
	for (HistoryBuilder *b : { &two, &three }) {
		b->choose("2026-01-01", BACKEND)
		    .project("a", BACKEND, "2026-02-01", "2026-03-01", nullptr, 0)
		    .project("b", BACKEND, "2026-02-01", "2026-03-01", nullptr, 0)
		    .project("ml", ML, "2026-02-01", "2026-03-01", nullptr, 0)
		    .project("Todo API", BACKEND, "2026-02-01", nullptr, nullptr, 0)
		    .project("open ml", ML, "2026-02-01", nullptr, nullptr, 0);
	}
	three.project("c", BACKEND, "2026-02-01", "2026-03-01", nullptr, 0);
	Plan a(two), b(three);

	EXPECT_FALSE(a.step(3).complete);
	EXPECT_EQ(a.step(3).value, 2);
	EXPECT_EQ(a.step(3).target, 3);
	EXPECT_STREQ(a.step(3).detail, "2 of 3 completed in backend, open: "
	    "'Todo API': finish it (track project done 'Todo API' --url URL)");
	ASSERT_EQ(a->open_project_count, 1u);
	EXPECT_STREQ(a->open_projects[0], "Todo API");
	EXPECT_TRUE(b.step(3).complete);
	EXPECT_EQ(b.step(3).value, 3);
	EXPECT_STREQ(b.step(3).detail, "3 of 3 completed in backend, open: "
	    "'Todo API': done, keep building");
}

TEST(plan, projects_detail_says_how_to_start_or_names_three_open_ones)
{
	HistoryBuilder none(kAt), many(kAt);
	none.choose("2026-01-01", BACKEND);
	many.choose("2026-01-01", BACKEND);
	for (const char *name : { "p1", "p2", "p3", "p4" })
		many.project(name, BACKEND, "2026-02-01", nullptr, nullptr, 0);
	Plan a(none), b(many);

	EXPECT_STREQ(a.step(3).detail, "0 of 3 completed in backend: start one "
	    "(track project add NAME, or track log 2h TOPIC --project NAME)");
	EXPECT_STREQ(b.step(3).detail, "0 of 3 completed in backend, open: "
	    "'p1', 'p2', 'p3' and 1 more: finish one (track project done NAME "
	    "--url URL)");
	EXPECT_EQ(b->open_project_count, 4u);
}

TEST(plan, depth_completes_at_6_focused_months)
{
	HistoryBuilder five(kAt), six(kAt);
	// The current month (5h) is unfocused: it neither counts nor breaks.
	backend_months(five, 5).month({ { BACKEND, 300 } });
	backend_months(six, 6).month({ { BACKEND, 300 } });
	Plan a(five), b(six);

	EXPECT_FALSE(a.step(4).complete);
	EXPECT_EQ(a.step(4).value, 5);
	EXPECT_EQ(a.step(4).target, 6);
	EXPECT_STREQ(a.step(4).detail, "5 of 6 focused months (12 = mastery); "
	    "this month 5h on backend (100%), 5h more to make it a focused "
	    "month");
	EXPECT_TRUE(b.step(4).complete);
	EXPECT_EQ(b.step(4).value, 6);
	EXPECT_STREQ(b.step(4).detail, "6 of 6 focused months (12 = mastery); "
	    "this month 5h on backend (100%), 5h more to make it a focused "
	    "month");
}

TEST(plan, depth_streak_breaks_at_an_earlier_unfocused_month)
{
	HistoryBuilder b(kAt);
	backend_months(b, 6).month({ { ML, 600 } });	// unfocused, not current
	for (int i = 0; i < 4; i++)
		b.month({ { BACKEND, 600 } });
	Plan plan(b);

	EXPECT_EQ(plan.step(4).value, 4);
	EXPECT_STREQ(plan.step(4).detail, "4 of 6 focused months (12 = "
	    "mastery); this month 10h on backend (100%): focused");
}

TEST(plan, depth_detail_names_a_missing_share_and_mastery)
{
	HistoryBuilder share(kAt), mastery(kAt);
	// 10h on backend but only 50% of this month's specialization hours.
	backend_months(share, 2).month({ { BACKEND, 600 }, { ML, 600 } });
	backend_months(mastery, 13);
	Plan a(share), b(mastery);

	EXPECT_STREQ(a.step(4).detail, "2 of 6 focused months (12 = mastery); "
	    "this month 10h on backend (50%): needs 60% of your "
	    "specialization hours to count");
	EXPECT_STREQ(b.step(4).detail, "13 focused months: mastery (12), you "
	    "can branch out now; this month 10h on backend (100%): focused");
}

TEST(plan, portfolio_completes_at_70)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND);
	Plan below(b, portfolio_of(69, "solid", "add a URL to 'x': track "
	    "project done x --url URL", 3));
	Plan at(b, portfolio_of(70, "solid", "nothing left to gain", 0));

	EXPECT_FALSE(below.step(5).complete);
	EXPECT_EQ(below.step(5).value, 69);
	EXPECT_EQ(below.step(5).target, 70);
	EXPECT_STREQ(below.step(5).detail, "portfolio depth 69/100 (solid), 70 "
	    "needed; next: add a URL to 'x': track project done x --url URL "
	    "(+3)");
	EXPECT_TRUE(at.step(5).complete);
	EXPECT_STREQ(at.step(5).detail, "portfolio depth 70/100 (solid): done");
}

TEST(plan, current_step_is_0_when_all_five_are_complete)
{
	HistoryBuilder b(kAt);
	backend_months(b, 6).fundamentals(2400);
	for (const char *name : { "a", "b", "c" })
		b.project(name, BACKEND, "2026-02-01", "2026-03-01", nullptr, 0);
	Plan plan(b, portfolio_of(70, "solid"));

	for (int i = 1; i <= 5; i++)
		EXPECT_TRUE(plan.step(i).complete) << "step " << i;
	EXPECT_EQ(plan->current_step, 0);
}

TEST(plan, without_a_path_steps_2_to_5_suggest_the_most_logged_path)
{
	HistoryBuilder b(kAt);
	// Backend and ml tie at 5h (the lower index wins); unmapped topics
	// and fundamentals are never suggested.
	b.fundamentals(2400)
	    .recent_window({ { ML, 300 }, { BACKEND, 300 }, { DATA_SCIENCE, 100 },
	    { PATH_UNMAPPED, 900 } }, 2000)
	    .project("open", BACKEND, "2026-02-01", nullptr, nullptr, 0);
	Plan plan(b, portfolio_of(12, "scattered"));

	EXPECT_EQ(plan->path, nullptr);
	EXPECT_STREQ(plan->suggested_path, "backend");
	EXPECT_EQ(plan->current_step, 2);
	EXPECT_EQ(plan->open_project_count, 0u);
	for (int i = 2; i <= 5; i++)
		EXPECT_FALSE(plan.step(i).complete) << "step " << i;
	EXPECT_STREQ(plan.step(2).detail, "no path chosen: track path set "
	    "backend (your most-logged specialization of the last 90 days)");
	EXPECT_STREQ(plan.step(3).detail, "choose a path first: track path set "
	    "backend");
	EXPECT_STREQ(plan.step(4).detail, "choose a path first: track path set "
	    "backend");
	EXPECT_EQ(plan.step(5).value, 12);
	EXPECT_STREQ(plan.step(5).detail, "portfolio depth 12/100 (scattered) "
	    "with no path; choose one first: track path set backend");
}

TEST(plan, without_a_path_or_specialization_hours_there_is_no_suggestion)
{
	HistoryBuilder b(kAt);
	b.recent_window({ { PATH_UNMAPPED, 900 } }, 600);
	Plan plan(b);

	EXPECT_EQ(plan->suggested_path, nullptr);
	EXPECT_EQ(plan_suggested_path(b.build()), PATH_UNMAPPED);
	EXPECT_STREQ(plan.step(2).detail, "no path chosen: track path set PATH "
	    "(no specialization logged in the last 90 days to suggest one; "
	    "track path list shows them)");
	EXPECT_STREQ(plan.step(3).detail, "choose a path first: track path set "
	    "PATH");
}

// Fundamentals 42.5h, backend since March, 1 of 3 projects with 'Todo
// API' open, 4 focused months and 5h this month, portfolio 64.
HistoryBuilder &
render_history(HistoryBuilder &b)
{
	b.choose("2026-03-01", BACKEND).fundamentals(2550)
	    .project("Django blog", BACKEND, "2026-05-01", "2026-06-01", nullptr,
	    0)
	    .project("Todo API", BACKEND, "2026-09-01", nullptr, nullptr, 0);
	for (int i = 0; i < 4; i++)
		b.month({ { BACKEND, 600 } });
	return b.month({ { BACKEND, 300 } });
}

TEST(plan, renders_text_with_bars_and_the_current_step)
{
	HistoryBuilder b(kAt);
	Plan plan(render_history(b), portfolio_of(64, "solid", "add a URL to "
	    "'Django blog': track project done 'Django blog' --url URL", 3));

	EXPECT_EQ(captured([&](FILE *f) { plan_render_text(f, &*plan, false); }),
	    "path: backend\n"
	    "  1 Master fundamentals     [##########]  42.5/40h  42.5h of "
	    "fundamentals: done, keep practising them as you specialize\n"
	    "  2 Pick one specialization [##########]       1/1  backend since "
	    "2026-03-01, no path change in the last 12 months: stay with it\n"
	    "> 3 Build real projects     [###.......]       1/3  1 of 3 "
	    "completed in backend, open: 'Todo API': finish it (track project "
	    "done 'Todo API' --url URL)\n"
	    "  4 Deepen expertise        [######....]       4/6  4 of 6 focused "
	    "months (12 = mastery); this month 5h on backend (100%), 5h more to "
	    "make it a focused month\n"
	    "  5 Build a portfolio       [#########.]     64/70  portfolio depth "
	    "64/100 (solid), 70 needed; next: add a URL to 'Django blog': track "
	    "project done 'Django blog' --url URL (+3)\n");
}

TEST(plan, text_colours_bars_only_when_asked_and_neutralises_names)
{
	HistoryBuilder b(kAt);
	b.choose("2026-03-01", BACKEND)
	    .project("evil\x1b]0;x\x07", BACKEND, "2026-05-01", nullptr, nullptr,
	    0);
	Plan plan(b);
	std::string out = captured([&](FILE *f) {
		plan_render_text(f, &*plan, true);
	});

	EXPECT_NE(out.find("[\x1b[32m##########\x1b[0m]"), std::string::npos)
	    << out;	// step 2, complete
	EXPECT_NE(out.find("[..........]"), std::string::npos);	// step 1
	EXPECT_EQ(out.find("\x1b]"), std::string::npos);
	EXPECT_NE(out.find("open: 'evil?]0;x?'"), std::string::npos) << out;
}

TEST(plan, text_without_a_path_names_the_suggestion)
{
	HistoryBuilder b(kAt);
	b.recent_window({ { ML, 60 } });
	Plan plan(b);
	std::string out = captured([&](FILE *f) {
		plan_render_text(f, &*plan, false);
	});

	EXPECT_EQ(out.substr(0, out.find('\n') + 1),
	    "path: none chosen (suggested: ml)\n");
}

TEST(plan, renders_json_with_the_spec_keys_in_order)
{
	HistoryBuilder b(kAt);
	Plan plan(render_history(b), portfolio_of(64, "solid", "add a URL to "
	    "'Django blog': track project done 'Django blog' --url URL", 3));
	json_t *o = plan_to_json(&*plan);
	char *text = json_dumps(o, JSON_OUTPUT_FLAGS);

	EXPECT_STREQ(text,
	    "{\"path\": \"backend\", \"current_step\": 3, \"steps\": ["
	    "{\"step\": 1, \"title\": \"Master fundamentals\", \"complete\": "
	    "true, \"value\": 42.5, \"target\": 40, \"detail\": \"42.5h of "
	    "fundamentals: done, keep practising them as you specialize\"}, "
	    "{\"step\": 2, \"title\": \"Pick one specialization\", "
	    "\"complete\": true, \"value\": 1, \"target\": 1, \"detail\": "
	    "\"backend since 2026-03-01, no path change in the last 12 months: "
	    "stay with it\"}, "
	    "{\"step\": 3, \"title\": \"Build real projects\", \"complete\": "
	    "false, \"value\": 1, \"target\": 3, \"detail\": \"1 of 3 completed "
	    "in backend, open: 'Todo API': finish it (track project done 'Todo "
	    "API' --url URL)\"}, "
	    "{\"step\": 4, \"title\": \"Deepen expertise\", \"complete\": false, "
	    "\"value\": 4, \"target\": 6, \"detail\": \"4 of 6 focused months "
	    "(12 = mastery); this month 5h on backend (100%), 5h more to make "
	    "it a focused month\"}, "
	    "{\"step\": 5, \"title\": \"Build a portfolio\", \"complete\": "
	    "false, \"value\": 64, \"target\": 70, \"detail\": \"portfolio "
	    "depth 64/100 (solid), 70 needed; next: add a URL to 'Django blog': "
	    "track project done 'Django blog' --url URL (+3)\"}], "
	    "\"suggested_path\": null, \"open_projects\": [\"Todo API\"]}");
	free(text);
	json_decref(o);
}

TEST(plan, json_value_of_step_1_is_hours_with_one_decimal)
{
	HistoryBuilder b(kAt);
	b.fundamentals(2394);	// 39.9h
	Plan plan(b);
	json_t *o = plan_to_json(&*plan);
	char *text = json_dumps(json_array_get(json_object_get(o, "steps"), 0),
	    JSON_OUTPUT_FLAGS);

	EXPECT_NE(std::string(text).find("\"value\": 39.9,"), std::string::npos)
	    << text;
	free(text);
	json_decref(o);
}

}  // namespace
