// The five-step plan (reports/plan.c, SPEC §4 version 2) on hand-built
// histories: every step at its threshold, the path's history, the
// suggestion with no path, the current step, and the text and JSON
// renderers. Expectations are worked out by hand in the comments.
#include <gtest/gtest.h>

#include <stdio.h>
#include <stdlib.h>

#include <string>

#include "history_builder.h"

extern "C" {
#include "core/jsonout.h"
#include "reports/render_analysis.h"
#include "reports/sentences.h"
}

namespace {

const char kAt[] = "2026-11-22";

// A portfolio as plan_compute reads it, built by hand; its next action
// adds a URL to project (none: nothing left to gain).
struct portfolio
portfolio_of(int score, const char *grade, const char *project = nullptr,
    int gain = 0)
{
	struct portfolio p = {};

	p.score = score;
	p.grade = grade;
	p.next.code = project ? NEXT_ADD_URL : NEXT_KEEP_UP;
	p.next.project = project;
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
	explicit Plan(HistoryBuilder &b) : Plan(b, portfolio_of(0, "early"))
	{
	}
	~Plan() { plan_release(&plan_); }
	const struct plan *operator->() const { return &plan_; }
	const struct plan &operator*() const { return plan_; }
	const struct plan_step &step(int n) const { return plan_.steps[n - 1]; }
	const struct plan_hints &hints() const { return plan_.hints; }
	// Step n's line as every format writes it.
	std::string detail(int n) const
	{
		char *text = plan_step_text(&plan_, n);
		std::string result = text;
		free(text);
		return result;
	}

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

// The builder's defaults: pace 20h a month, so F = H = 10h; every minute
// active; a project with minutes has them in two weeks.

TEST(plan, fundamentals_complete_at_40_hours)
{
	HistoryBuilder short_of(kAt), enough(kAt);
	short_of.choose("2026-01-01", BACKEND).fundamentals(2399);
	enough.choose("2026-01-01", BACKEND).fundamentals(2400);
	Plan a(short_of), b(enough);

	EXPECT_FALSE(a.step(1).complete);
	EXPECT_DOUBLE_EQ(a.step(1).value, 39.9);	// rounded down
	EXPECT_EQ(a.step(1).target, 40);
	EXPECT_EQ(a.hints().to_go, 1);
	EXPECT_TRUE(a.hints().share_ok);
	EXPECT_EQ(b.hints().to_go, 0);
	// All of it in basics: the four other areas are named.
	EXPECT_EQ(a.detail(1), "39.9h of fundamentals, 1m to go; "
	    "practise next: data structures, functions, classes, error "
	    "handling (track topic list --path fundamentals)");
	EXPECT_EQ(a->current_step, 1);
	EXPECT_TRUE(b.step(1).complete);
	EXPECT_DOUBLE_EQ(b.step(1).value, 40.0);
	// Missing areas do not hold the step back.
	EXPECT_EQ(b.detail(1), "40.0h of fundamentals: done, keep "
	    "practising them as you specialize; still worth an hour: data "
	    "structures, functions, classes, error handling");
	EXPECT_EQ(b->current_step, 3);	// 2 is complete, 3 has no project
}

TEST(plan, fundamentals_areas_under_an_hour_are_named_next)
{
	HistoryBuilder b(kAt);
	// plan.fundamentals-area-hours 1: 59 minutes is under, 60 is not.
	b.choose("2026-01-01", BACKEND)
	    .area(AREA_BASICS, 600, 600)
	    .area(AREA_DATA_STRUCTURES, 59, 59)
	    .area(AREA_FUNCTIONS, 60, 60)
	    .area(AREA_CLASSES, 60, 0)
	    .area(AREA_FURTHER, 30, 30);
	Plan plan(b);

	EXPECT_DOUBLE_EQ(plan.step(1).value, 13.4);	// 809 minutes
	EXPECT_EQ(plan.detail(1), "13.4h of fundamentals, 26h31m to "
	    "go; practise next: data structures, error handling (track topic "
	    "list --path fundamentals)");
	EXPECT_STREQ(plan->areas[0].area, "basics");
	EXPECT_TRUE(plan->areas[0].complete);
	EXPECT_STREQ(plan->areas[1].area, "data-structures");
	EXPECT_EQ(plan->areas[1].minutes, 59);
	EXPECT_FALSE(plan->areas[1].complete);
	EXPECT_TRUE(plan->areas[2].complete);
	EXPECT_TRUE(plan->areas[3].complete);	// hours, active or not
	EXPECT_FALSE(plan->areas[4].complete);
	EXPECT_STREQ(plan->areas[5].area, "further");
	EXPECT_EQ(plan->further_counted, 30);
	EXPECT_EQ(plan->active_share, 92);	// 749 of 809
}

TEST(plan, further_topics_count_for_a_quarter_of_the_target)
{
	HistoryBuilder git(kAt), at_cap(kAt), over(kAt);
	// plan.fundamentals-further-share 25 % of 40h: 10h (600 minutes).
	git.choose("2026-01-01", BACKEND).area(AREA_FURTHER, 2400, 2400);
	at_cap.choose("2026-01-01", BACKEND).fundamentals(1800)
	    .area(AREA_FURTHER, 600, 600);
	over.choose("2026-01-01", BACKEND).fundamentals(1799)
	    .area(AREA_FURTHER, 601, 601);
	Plan a(git), b(at_cap), c(over);

	EXPECT_DOUBLE_EQ(a.step(1).value, 10.0);	// 40h of git is 10/40
	EXPECT_FALSE(a.step(1).complete);
	EXPECT_EQ(a->further_counted, 600);
	EXPECT_EQ(a.detail(1), "10.0h of fundamentals (further topics "
	    "such as git count for 10h of their 40h), 30h to go; practise "
	    "next: basics, data structures, functions, classes, error "
	    "handling (track topic list --path fundamentals)");
	EXPECT_TRUE(b.step(1).complete);	// 30h + 10h
	EXPECT_FALSE(c.step(1).complete);	// 29h59m + 10h of 10h01m
	EXPECT_DOUBLE_EQ(c.step(1).value, 39.9);
}

TEST(plan, fundamentals_need_thirty_percent_active)
{
	HistoryBuilder below(kAt), at(kAt), further(kAt);
	// 40h, of them 719 or 720 minutes study or project (30% = 720).
	below.choose("2026-01-01", BACKEND).area(AREA_BASICS, 1680, 0)
	    .area(AREA_DATA_STRUCTURES, 180, 180).area(AREA_FUNCTIONS, 180, 180)
	    .area(AREA_CLASSES, 180, 180).area(AREA_ERROR_HANDLING, 180, 179);
	at.choose("2026-01-01", BACKEND).area(AREA_BASICS, 1680, 0)
	    .area(AREA_DATA_STRUCTURES, 180, 180).area(AREA_FUNCTIONS, 180, 180)
	    .area(AREA_CLASSES, 180, 180).area(AREA_ERROR_HANDLING, 180, 180);
	// 20h of further topics, half of them active: the 10h counted are
	// 5h active; with 30h of basics of which 419 minutes are active the
	// step is 719 of 2400 active.
	further.choose("2026-01-01", BACKEND).area(AREA_BASICS, 1800, 419)
	    .area(AREA_FURTHER, 1200, 600);
	Plan a(below), b(at), c(further);

	EXPECT_FALSE(a.step(1).complete);
	EXPECT_EQ(a->active_share, 29);
	EXPECT_EQ(a.detail(1), "40.0h of fundamentals; only 29% of it "
	    "is active, 30% needed: write code (study or project sessions), "
	    "not only watch");
	EXPECT_TRUE(b.step(1).complete);
	EXPECT_EQ(b->active_share, 30);
	EXPECT_FALSE(c.step(1).complete);
	EXPECT_EQ(c->active_share, 29);
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
	EXPECT_EQ(plan.detail(2), "backend since 2026-03-01, 2 path "
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

	EXPECT_EQ(a.detail(2), "backend since 2025-11-23, 1 path change "
	    "in the last 12 months: stay with backend, depth takes months on "
	    "one path");
	EXPECT_EQ(b.detail(2), "data-science since 2026-05-01, no path "
	    "change in the last 12 months: stay with it");
}

TEST(plan, specialization_is_not_held_while_off_path)
{
	HistoryBuilder off(kAt), at_share(kAt), few(kAt);
	// off-path: 10h of specialization in 28 days, under 30% on backend.
	off.choose("2026-01-01", BACKEND)
	    .off_path_window({ { BACKEND, 120 }, { DATA_SCIENCE, 480 } });
	at_share.choose("2026-01-01", BACKEND)
	    .off_path_window({ { BACKEND, 180 }, { DATA_SCIENCE, 420 } });
	few.choose("2026-01-01", BACKEND)
	    .off_path_window({ { BACKEND, 100 }, { DATA_SCIENCE, 499 } });
	Plan a(off), b(at_share), c(few);

	EXPECT_FALSE(a.step(2).complete);
	EXPECT_EQ(a.step(2).value, 0);
	EXPECT_EQ(a.hints().hold, HOLD_OFF_PATH);
	EXPECT_EQ(a.hints().off_share, 80);
	EXPECT_STREQ(a.hints().off_to, "data-science");
	EXPECT_EQ(a.hints().on_share, 20);
	EXPECT_EQ(b.hints().hold, HOLD_HELD);
	EXPECT_EQ(a.detail(2), "backend chosen on 2026-01-01, but 80% "
	    "of the last 28 days' specialization hours went to data-science "
	    "(backend 20%): come back to backend, or choose that path (track "
	    "path set data-science)");
	EXPECT_EQ(a->current_step, 1);
	EXPECT_TRUE(b.step(2).complete);	// exactly 30%
	EXPECT_TRUE(c.step(2).complete);	// 9h59m of specialization
}

TEST(plan, specialization_is_not_held_while_path_set_hops)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND)
	    .choose("2026-09-01", ML)
	    .choose("2026-10-01", BACKEND);
	Plan plan(b);

	EXPECT_FALSE(plan.step(2).complete);
	EXPECT_EQ(plan.hints().hold, HOLD_CHANGES);
	EXPECT_EQ(plan.hints().changes, 2);
	EXPECT_EQ(plan.hints().change_days, 90);
	EXPECT_EQ(plan.detail(2), "backend chosen on 2026-10-01, but "
	    "the path changed 2 times in the last 90 days: stay with backend");
}

TEST(plan, specialization_is_not_held_while_months_hop)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", ML)
	    .month({ { ML, 600 } })
	    .month({ { DATA_SCIENCE, 600 } })
	    .month({ { ML, 600 } });
	Plan plan(b);

	EXPECT_FALSE(plan.step(2).complete);
	EXPECT_EQ(plan.hints().hold, HOLD_MONTHS);
	ASSERT_EQ(plan.hints().month_count, 3u);
	EXPECT_EQ(plan.hints().months[0], 9);
	EXPECT_STREQ(plan.hints().month_paths[1], "data-science");
	EXPECT_EQ(plan.detail(2), "ml chosen on 2026-01-01, but your "
	    "months hopped (Sep ml → Oct data-science → Nov ml): stay with ml "
	    "for 6 to 12 months");
}

TEST(plan, automation_rarely_stands_alone)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", AUTOMATION);
	Plan plan(b);

	EXPECT_EQ(plan.detail(2), "automation since 2026-01-01, no path "
	    "change in the last 12 months: stay with it; automation rarely "
	    "stands alone as a career: it is most valuable beside another "
	    "path");
}

TEST(plan, projects_complete_at_3_substantial_in_the_chosen_path)
{
	HistoryBuilder two(kAt), three(kAt);
	for (HistoryBuilder *b : { &two, &three }) {
		b->choose("2026-01-01", BACKEND)
		    .project("a", BACKEND, "2026-02-01", "2026-03-01", nullptr, 600)
		    .project("b", BACKEND, "2026-02-01", "2026-03-01", nullptr, 600)
		    .project("ml", ML, "2026-02-01", "2026-03-01", nullptr, 600)
		    .project("Todo API", BACKEND, "2026-02-01", nullptr, nullptr, 0)
		    .project("open ml", ML, "2026-02-01", nullptr, nullptr, 0);
	}
	three.project("c", BACKEND, "2026-02-01", "2026-03-01", nullptr, 600);
	Plan a(two), b(three);

	EXPECT_FALSE(a.step(3).complete);
	EXPECT_EQ(a.step(3).value, 2);
	EXPECT_EQ(a.step(3).target, 3);
	EXPECT_EQ(a.hints().build, BUILD_KEEP_BUILDING);
	EXPECT_STREQ(a->projects[a.hints().build_project].name, "Todo API");
	EXPECT_EQ(b.hints().build, BUILD_DONE);
	EXPECT_EQ(a.detail(3), "2 of 3 substantial projects in backend: "
	    "keep building 'Todo API' (10h over two weeks would make it "
	    "substantial), then finish it; open: 'Todo API' (nothing logged)");
	ASSERT_EQ(a->open_project_count, 1u);
	EXPECT_STREQ(a->open_projects[0], "Todo API");
	ASSERT_EQ(a->project_count, 3u);	// backend's only
	EXPECT_TRUE(b.step(3).complete);
	EXPECT_EQ(b.step(3).value, 3);
	// Issue 15 case 10: "done" belongs to the count, not the open one.
	EXPECT_EQ(b.detail(3), "3 of 3 substantial projects in backend: "
	    "done, keep building; open: 'Todo API' (nothing logged)");
}

TEST(plan, projects_count_only_when_substantial)
{
	HistoryBuilder b(kAt);
	// H = 10h in two ISO weeks: 599 minutes or one week is thin.
	b.choose("2026-01-01", BACKEND)
	    .project("short", BACKEND, "2026-02-01", "2026-03-01", nullptr, 599)
	    .project("one week", BACKEND, "2026-02-01", "2026-03-01", nullptr,
	    600, {}, 1)
	    .project("real", BACKEND, "2026-02-01", "2026-03-01", nullptr, 600);
	Plan plan(b);

	EXPECT_EQ(plan.step(3).value, 1);
	EXPECT_EQ(plan.hints().build, BUILD_MAKE_THIN);
	EXPECT_EQ(plan.detail(3), "1 of 3 substantial projects in "
	    "backend: make a thin one substantial, or build a new one; thin: "
	    "'short' 9h59m in 2 weeks (1m more would make it substantial), "
	    "'one week' 10h in 1 week (a session in a second week would make "
	    "it substantial)");
	EXPECT_FALSE(plan->projects[0].substantial);
	EXPECT_TRUE(plan->projects[2].substantial);
}

TEST(plan, projects_detail_says_how_to_start_or_finish)
{
	HistoryBuilder none(kAt), many(kAt), ready(kAt);
	none.choose("2026-01-01", BACKEND);
	many.choose("2026-01-01", BACKEND);
	for (const char *name : { "p1", "p2", "p3", "p4" })
		many.project(name, BACKEND, "2026-02-01", nullptr, nullptr, 60,
		    {}, 1);
	ready.choose("2026-01-01", BACKEND)
	    .project("small", BACKEND, "2026-02-01", nullptr, nullptr, 60)
	    .project("Todo API", BACKEND, "2026-02-01", nullptr, nullptr, 1020,
	    {}, 3);
	Plan a(none), b(many), c(ready);

	EXPECT_EQ(a.hints().build, BUILD_NEW);
	EXPECT_EQ(b.hints().build, BUILD_KEEP_BUILDING);
	EXPECT_EQ(b.hints().build_project, 0u);
	EXPECT_EQ(c.hints().build, BUILD_FINISH);
	EXPECT_STREQ(c->projects[c.hints().build_project].name, "Todo API");
	EXPECT_EQ(a.detail(3), "0 of 3 substantial projects in backend: "
	    "build one, 10h or more over two weeks or more (track log 2h TOPIC "
	    "--project NAME)");
	EXPECT_EQ(b.detail(3), "0 of 3 substantial projects in backend: "
	    "keep building 'p1' (9h more in a second week would make it "
	    "substantial), then finish it; open: 'p1' 1h in 1 week, 'p2' 1h in "
	    "1 week, 'p3' 1h in 1 week and 1 more");
	EXPECT_EQ(b->open_project_count, 4u);
	EXPECT_EQ(c.detail(3), "0 of 3 substantial projects in backend: "
	    "finish 'Todo API', it is substantial (track project done 'Todo "
	    "API' --url URL); open: 'small' 1h in 2 weeks, 'Todo API' 17h in "
	    "3 weeks (substantial)");
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
	EXPECT_EQ(a.hints().month, MONTH_NEEDS);
	EXPECT_EQ(a.hints().month_on, 300);
	EXPECT_EQ(a.hints().month_share, 100);
	EXPECT_EQ(a.hints().month_needed, 300);
	EXPECT_EQ(a.detail(4), "5 of 6 focused months (12 = mastery); "
	    "this month 5h on backend (100%): 5h more of study or project on "
	    "backend makes it a focused month");
	EXPECT_TRUE(b.step(4).complete);
	EXPECT_EQ(b.step(4).value, 6);
}

TEST(plan, depth_streak_breaks_at_an_earlier_unfocused_month)
{
	HistoryBuilder b(kAt);
	backend_months(b, 6).month({ { ML, 600 } });	// unfocused, not current
	for (int i = 0; i < 4; i++)
		b.month({ { BACKEND, 600 } });
	Plan plan(b);

	EXPECT_EQ(plan.step(4).value, 4);
	EXPECT_EQ(plan.detail(4), "4 of 6 focused months (12 = "
	    "mastery); this month 10h on backend (100%): focused");
}

TEST(plan, depth_hint_solves_both_conditions)
{
	// Issue 15 case 6: 4h on backend and 8h of data-science this month.
	// F = 10h: 6h more would reach it, but (4 + x) / (12 + x) >= 60%
	// needs x >= (0.6 x 12 - 4) / 0.4 = 8h. After those 6h the hint
	// still holds: (10 + x) / (18 + x) >= 60% needs x >= 2h.
	HistoryBuilder before(kAt), after(kAt), mastery(kAt);
	backend_months(before, 2).month({ { BACKEND, 240 }, { DATA_SCIENCE, 480 } });
	backend_months(after, 2).month({ { BACKEND, 600 }, { DATA_SCIENCE, 480 } });
	backend_months(mastery, 13);
	Plan a(before), b(after), c(mastery);

	EXPECT_EQ(a.hints().month_needed, 480);
	EXPECT_EQ(a.hints().month_share, 33);
	EXPECT_EQ(b.hints().month_needed, 120);
	EXPECT_EQ(c.hints().month, MONTH_FOCUSED);
	EXPECT_EQ(a.detail(4), "2 of 6 focused months (12 = mastery); "
	    "this month 4h on backend (33%): 8h more of study or project on "
	    "backend makes it a focused month");
	EXPECT_EQ(b.detail(4), "2 of 6 focused months (12 = mastery); "
	    "this month 10h on backend (55%): 2h more of study or project on "
	    "backend makes it a focused month");
	EXPECT_EQ(c.detail(4), "13 focused months: mastery (12), you "
	    "can branch out now; this month 10h on backend (100%): focused");
}

TEST(plan, focus_minutes_needed_is_the_least_x_for_both_conditions)
{
	// a + x >= F and (p + x) / (s + x) >= share.
	EXPECT_EQ(focus_minutes_needed(240, 240, 720, 600, 60), 480);
	EXPECT_EQ(focus_minutes_needed(600, 600, 1080, 600, 60), 120);
	// Only F: 5h of 5h, all on the path.
	EXPECT_EQ(focus_minutes_needed(300, 300, 300, 600, 60), 300);
	// Tutorial hours count for the share, not for F.
	EXPECT_EQ(focus_minutes_needed(100, 900, 900, 600, 60), 500);
	// Focused already.
	EXPECT_EQ(focus_minutes_needed(600, 600, 1000, 600, 60), 0);
	// F unrounded: 200.5 minutes need 201.
	EXPECT_EQ(focus_minutes_needed(200, 200, 200, 200.5, 60), 1);
	EXPECT_EQ(focus_minutes_needed(201, 201, 201, 200.5, 60), 0);
	// 100 % with time off the path: no x reaches it.
	EXPECT_EQ(focus_minutes_needed(600, 600, 601, 600, 100), -1);
	// A focused month holds some work, even with F at 0.
	EXPECT_EQ(focus_minutes_needed(0, 0, 0, 0, 60), 1);
}

TEST(plan, focused_months_need_active_hours)
{
	// Issue 15 case 11: three months of videos on the path.
	HistoryBuilder videos(kAt), some(kAt);
	videos.choose("2026-01-01", BACKEND);
	some.choose("2026-01-01", BACKEND);
	for (int i = 0; i < 3; i++) {
		videos.month_active({ { BACKEND, 1200 } }, {});
		some.month_active({ { BACKEND, 1200 } }, { { BACKEND, 600 } });
	}
	Plan a(videos), b(some);

	EXPECT_EQ(a.step(4).value, 0);
	EXPECT_EQ(a.detail(4), "0 of 6 focused months (12 = mastery); "
	    "this month 20h on backend (100%), 0m of it active: 10h more of "
	    "study or project on backend makes it a focused month");
	EXPECT_EQ(b.step(4).value, 3);
}

TEST(plan, focused_months_scale_with_the_pace)
{
	// Issue 15 case 12: 5-6h a month at 100% focus. Pace 5h30m: F =
	// max(3h, 2h45m) = 3h.
	HistoryBuilder at(kAt), below(kAt);
	at.pace(330).choose("2026-01-01", BACKEND);
	below.pace(330).choose("2026-01-01", BACKEND);
	for (int i = 0; i < 6; i++) {
		at.month({ { BACKEND, 180 } });
		below.month({ { BACKEND, i == 4 ? 179 : 180 } });
	}
	Plan a(at), b(below);

	EXPECT_EQ(a.step(4).value, 6);
	EXPECT_TRUE(a.step(4).complete);
	EXPECT_EQ(b.step(4).value, 1);	// 179 minutes break the streak
}

TEST(plan, portfolio_completes_at_70)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND);
	Plan below(b, portfolio_of(69, "solid", "x", 3));
	Plan at(b, portfolio_of(70, "solid"));

	EXPECT_FALSE(below.step(5).complete);
	EXPECT_EQ(below.step(5).value, 69);
	EXPECT_EQ(below.step(5).target, 70);
	EXPECT_EQ(below.detail(5), "portfolio depth 69/100 (solid), 70 "
	    "needed; next: add a URL to 'x': track project done x --url URL "
	    "(+3)");
	EXPECT_TRUE(at.step(5).complete);
	EXPECT_EQ(at.detail(5), "portfolio depth 70/100 (solid): done");
}

TEST(plan, current_step_is_0_when_all_five_are_complete)
{
	HistoryBuilder b(kAt);
	backend_months(b, 6).fundamentals(2400);
	for (const char *name : { "a", "b", "c" })
		b.project(name, BACKEND, "2026-02-01", "2026-03-01", nullptr, 600);
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
	Plan plan(b, portfolio_of(12, "early"));

	EXPECT_EQ(plan->path, nullptr);
	EXPECT_STREQ(plan->suggested_path, "backend");
	EXPECT_EQ(plan->current_step, 2);
	EXPECT_EQ(plan->open_project_count, 0u);
	for (int i = 2; i <= 5; i++)
		EXPECT_FALSE(plan.step(i).complete) << "step " << i;
	EXPECT_EQ(plan.detail(2), "no path chosen: track path set "
	    "backend (your most-logged specialization of the last 90 days)");
	EXPECT_EQ(plan.detail(3), "choose a path first: track path set "
	    "backend");
	EXPECT_EQ(plan.detail(4), "choose a path first: track path set "
	    "backend");
	EXPECT_EQ(plan.step(5).value, 12);
	EXPECT_EQ(plan.detail(5), "portfolio depth 12/100 (early) "
	    "with no path; choose one first: track path set backend");
}

TEST(plan, without_a_path_or_specialization_hours_there_is_no_suggestion)
{
	HistoryBuilder b(kAt);
	b.recent_window({ { PATH_UNMAPPED, 900 } }, 600);
	Plan plan(b);

	EXPECT_EQ(plan->suggested_path, nullptr);
	EXPECT_EQ(plan_suggested_path(b.build()), PATH_UNMAPPED);
	EXPECT_EQ(plan.detail(2), "no path chosen: track path set PATH "
	    "(no specialization logged in the last 90 days to suggest one; "
	    "track path list shows them)");
	EXPECT_EQ(plan.detail(3), "choose a path first: track path set "
	    "PATH");
}

// Fundamentals 42.5h in all five areas, backend since March, 1 of 3
// substantial projects with 'Todo API' open (5h in one week), 4 focused
// months and 5h this month, portfolio 64.
HistoryBuilder &
render_history(HistoryBuilder &b)
{
	b.choose("2026-03-01", BACKEND)
	    .area(AREA_BASICS, 1950, 1950)
	    .area(AREA_DATA_STRUCTURES, 150, 150)
	    .area(AREA_FUNCTIONS, 150, 150)
	    .area(AREA_CLASSES, 150, 150)
	    .area(AREA_ERROR_HANDLING, 150, 150)
	    .project("Django blog", BACKEND, "2026-05-01", "2026-06-01", nullptr,
	    600)
	    .project("Todo API", BACKEND, "2026-09-01", nullptr, nullptr, 300, {},
	    1);
	for (int i = 0; i < 4; i++)
		b.month({ { BACKEND, 600 } });
	return b.month({ { BACKEND, 300 } });
}

TEST(plan, renders_text_with_bars_and_the_current_step)
{
	HistoryBuilder b(kAt);
	Plan plan(render_history(b), portfolio_of(64, "solid",
	    "Django blog", 3));

	EXPECT_EQ(captured([&](FILE *f) { plan_render_text(f, &*plan, false); }),
	    "path: backend\n"
	    "pace: 20h a month: a focused month needs 10h active (60% of your "
	    "specialization hours), a substantial project 10h over two weeks\n"
	    "  1 Master fundamentals     [##########]  42.5/40h  42.5h of "
	    "fundamentals: done, keep practising them as you specialize\n"
	    "  2 Pick one specialization [##########]       1/1  backend since "
	    "2026-03-01, no path change in the last 12 months: stay with it\n"
	    "> 3 Build real projects     [###.......]       1/3  1 of 3 "
	    "substantial projects in backend: keep building 'Todo API' (5h "
	    "more in a second week would make it substantial), then finish "
	    "it; open: 'Todo API' 5h in 1 week\n"
	    "  4 Deepen expertise        [######....]       4/6  4 of 6 focused "
	    "months (12 = mastery); this month 5h on backend (100%): 5h more "
	    "of study or project on backend makes it a focused month\n"
	    "  5 Build a portfolio       [#########.]     64/70  portfolio depth "
	    "64/100 (solid), 70 needed; next: add a URL to 'Django blog': track "
	    "project done 'Django blog' --url URL (+3)\n"
	    // A history built by hand has no minutes in its last 28 days.
	    "forecast: at no pace yet: log a session\n");
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
	Plan plan(render_history(b), portfolio_of(64, "solid",
	    "Django blog", 3));
	json_t *o = plan_to_json(&*plan);
	char *text = json_dumps(o, JSON_OUTPUT_FLAGS);

	EXPECT_STREQ(text,
	    "{\"path\": \"backend\", \"current_step\": 3, \"steps\": ["
	    "{\"step\": 1, \"title\": \"Master fundamentals\", \"complete\": "
	    "true, \"value\": 42.5, \"target\": 40, \"detail\": \"42.5h of "
	    "fundamentals: done, keep practising them as you specialize\", "
	    "\"areas\": [{\"area\": \"basics\", \"minutes\": 1950, \"complete\": "
	    "true}, {\"area\": \"data-structures\", \"minutes\": 150, "
	    "\"complete\": true}, {\"area\": \"functions\", \"minutes\": 150, "
	    "\"complete\": true}, {\"area\": \"classes\", \"minutes\": 150, "
	    "\"complete\": true}, {\"area\": \"error-handling\", \"minutes\": "
	    "150, \"complete\": true}, {\"area\": \"further\", \"minutes\": 0, "
	    "\"complete\": false}], \"further_counted_minutes\": 0, "
	    "\"active_share\": 100, \"eta\": null, \"forecast\": null}, "
	    "{\"step\": 2, \"title\": \"Pick one specialization\", "
	    "\"complete\": true, \"value\": 1, \"target\": 1, \"detail\": "
	    "\"backend since 2026-03-01, no path change in the last 12 months: "
	    "stay with it\", \"eta\": null, \"forecast\": null}, "
	    "{\"step\": 3, \"title\": \"Build real projects\", \"complete\": "
	    "false, \"value\": 1, \"target\": 3, \"detail\": \"1 of 3 "
	    "substantial projects in backend: keep building 'Todo API' (5h "
	    "more in a second week would make it substantial), then finish "
	    "it; open: 'Todo API' 5h in 1 week\", \"projects\": [{\"name\": "
	    "\"Django blog\", \"minutes\": 600, \"weeks\": 2, \"completed\": "
	    "true, \"substantial\": true}, {\"name\": \"Todo API\", "
	    "\"minutes\": 300, \"weeks\": 1, \"completed\": false, "
	    "\"substantial\": false}], \"eta\": null, \"forecast\": "
	    "\"at no pace yet: log a session\"}, "
	    "{\"step\": 4, \"title\": \"Deepen expertise\", \"complete\": false, "
	    "\"value\": 4, \"target\": 6, \"detail\": \"4 of 6 focused months "
	    "(12 = mastery); this month 5h on backend (100%): 5h more of study "
	    "or project on backend makes it a focused month\", \"eta\": null, "
	    "\"forecast\": \"at no pace yet: log a session\"}, "
	    "{\"step\": 5, \"title\": \"Build a portfolio\", \"complete\": "
	    "false, \"value\": 64, \"target\": 70, \"detail\": \"portfolio "
	    "depth 64/100 (solid), 70 needed; next: add a URL to 'Django blog': "
	    "track project done 'Django blog' --url URL (+3)\", \"eta\": "
	    "null, \"forecast\": \"at no pace yet: log a session\"}], "
	    "\"suggested_path\": null, \"open_projects\": [\"Todo API\"], "
	    "\"pace\": {\"minutes\": 1200, \"focus_month_minutes\": 600, "
	    "\"project_min_minutes\": 600}, \"forecast_pace\": {\"minutes\": "
	    "0, \"recent_minutes\": 0, \"from_goal\": false}}");
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
