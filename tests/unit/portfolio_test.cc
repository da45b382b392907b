// Portfolio depth (reports/portfolio.c, SPEC §6 version 2) on hand-built
// histories: every part at its edges, rounding half up, grades, the next
// action, and the text, JSON and Markdown renderers. Expected values are
// worked out by hand in the comments.
#include <gtest/gtest.h>

#include <stdio.h>
#include <stdlib.h>

#include <string>

#include "history_builder.h"

extern "C" {
#include "core/jsonout.h"
#include "reports/render_analysis.h"
}

namespace {

const char kAt[] = "2026-11-22";

// The portfolio of a built history, released when it goes out of scope.
class Portfolio {
public:
	explicit Portfolio(HistoryBuilder &b)
	{
		struct thresholds th = default_thresholds();

		portfolio_compute(b.build(), &th, &p_);
	}
	~Portfolio() { portfolio_release(&p_); }
	const struct portfolio *operator->() const { return &p_; }
	const struct portfolio &operator*() const { return p_; }

private:
	struct portfolio p_;
};

// What fn writes to a FILE *, as a string.
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

std::string
dumped(json_t *o)
{
	char *text = json_dumps(o, JSON_OUTPUT_FLAGS);
	std::string s = text ? text : "";

	free(text);
	json_decref(o);
	return s;
}

// n months of 10h on backend each (all focused), the last one at's.
HistoryBuilder &
focused_months(HistoryBuilder &b, int n)
{
	for (int i = 0; i < n; i++)
		b.month({ { BACKEND, 600 } });
	return b;
}

// The builder's defaults: pace 20h a month, so F = H = 10h (600 min);
// portfolio.deep-project-hours 30h (1800 min). A project in the chosen
// path is worth 50/3 x min(minutes, 1800) / 1800, in another a quarter.
const double kThird = 50.0 / 3;

TEST(rounding, rounds_half_up)
{
	EXPECT_EQ(round_half_up(12.5), 13);
	EXPECT_EQ(round_half_up(2.5), 3);	// not half to even (2)
	EXPECT_EQ(round_half_up(3.5), 4);
	EXPECT_EQ(round_half_up(12.49), 12);
	EXPECT_EQ(round_half_up(0.49999999999999994), 0);
	EXPECT_EQ(round_half_up(0.0), 0);
	EXPECT_EQ(round_half_up(7.75), 8);
}

TEST(portfolio, project_points_grow_with_hours_up_to_thirty)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND)
	    .project("a", BACKEND, "2026-02-01", "2026-03-01", nullptr, 600)
	    .project("b", BACKEND, "2026-02-02", "2026-03-01", nullptr, 1800)
	    .project("c", BACKEND, "2026-02-03", "2026-03-01", nullptr, 3000);
	Portfolio p(b);

	ASSERT_EQ(p->item_count, 3u);
	EXPECT_NEAR(p->items[0].points, kThird / 3, 1e-9);	// 10h: 5.56
	EXPECT_NEAR(p->items[1].points, kThird, 1e-9);	// 30h: 16.67
	EXPECT_NEAR(p->items[2].points, kThird, 1e-9);	// 50h: still 16.67
	EXPECT_EQ(p->projects, 39);	// 38.89
}

TEST(portfolio, only_the_three_worth_most_count)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND);
	for (const char *name : { "a", "b", "c", "d" })
		b.project(name, BACKEND, "2026-02-01", "2026-03-01", nullptr,
		    1800);
	Portfolio p(b);

	EXPECT_EQ(p->projects, 50);	// 3 x 50/3, the fourth adds nothing
	EXPECT_NEAR(p->items[2].points, kThird, 1e-9);
	EXPECT_EQ(p->items[3].points, 0);	// the tie goes to the earlier
}

TEST(portfolio, another_path_counts_a_quarter_ranked_after_the_cut)
{
	HistoryBuilder b(kAt);
	// ml 30h: 16.67 / 4 = 4.17, fourth after three backend projects of
	// 10h (5.56 each), so it adds nothing: 16.67 -> 17.
	b.choose("2026-01-01", BACKEND)
	    .project("ml", ML, "2026-02-01", "2026-03-01", nullptr, 1800)
	    .project("a", BACKEND, "2026-02-02", "2026-03-01", nullptr, 600)
	    .project("b", BACKEND, "2026-02-03", "2026-03-01", nullptr, 600)
	    .project("c", BACKEND, "2026-02-04", "2026-03-01", nullptr, 600);
	Portfolio p(b);

	EXPECT_EQ(p->items[0].points, 0);
	EXPECT_EQ(p->projects, 17);
}

TEST(portfolio, thin_projects_give_nothing_and_say_what_they_lack)
{
	HistoryBuilder b(kAt);
	// H = 10h and two ISO weeks.
	b.choose("2026-01-01", BACKEND)
	    .project("short", BACKEND, "2026-02-01", "2026-03-01", "https://s",
	    599)
	    .project("one week", BACKEND, "2026-02-01", "2026-03-01",
	    "https://o", 600, {}, 1)
	    .project("empty", BACKEND, "2026-02-01", "2026-03-01", "https://e",
	    0)
	    .project("real", BACKEND, "2026-02-01", "2026-03-01", nullptr, 600);
	Portfolio p(b);

	EXPECT_FALSE(p->items[0].substantial);
	EXPECT_EQ(p->items[0].missing_minutes, 1);
	EXPECT_EQ(p->items[0].missing_weeks, 0);
	EXPECT_FALSE(p->items[1].substantial);
	EXPECT_EQ(p->items[1].missing_minutes, 0);
	EXPECT_EQ(p->items[1].missing_weeks, 1);
	EXPECT_EQ(p->items[2].missing_minutes, 600);
	EXPECT_EQ(p->items[2].missing_weeks, 2);
	EXPECT_TRUE(p->items[3].substantial);
	EXPECT_EQ(p->projects, 6);	// 5.56 from 'real' alone
	EXPECT_EQ(p->evidence, 0);	// the one substantial has no URL
}

TEST(portfolio, five_projects_done_without_a_session_score_nothing)
{
	// Issue 15 case 1: five projects added and marked done, no session.
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND).focus_window({ { BACKEND, 3600 } });
	focused_months(b, 6);
	for (const char *name : { "a", "b", "c", "d", "e" })
		b.project(name, BACKEND, "2026-02-01", "2026-03-01", "https://x",
		    0);
	Portfolio p(b);

	EXPECT_EQ(p->projects, 0);
	EXPECT_EQ(p->evidence, 0);
	EXPECT_EQ(p->focus, 0);		// nothing built yet
	EXPECT_EQ(p->persistence, 0);
	EXPECT_FALSE(p->built);
	EXPECT_EQ(p->score, 0);
	EXPECT_STREQ(p->grade, "early");
	// Done with nothing logged: built before track, as a rule. Logging
	// 'a''s 10h: 5.56 -> 6, its URL 15, focus 20, 6 months 7.5 -> 8.
	EXPECT_EQ(p->next.code, NEXT_LOG_PAST);
	EXPECT_STREQ(p->next.project, "a");
	EXPECT_EQ(p->next.minutes, 600);
	EXPECT_EQ(p->next.weeks, 2);
	EXPECT_EQ(p->next_gain, 49);
}

TEST(portfolio, open_projects_are_listed_without_points)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND)
	    .project("todo", BACKEND, "2026-02-01", nullptr,
	    "https://example.org/todo", 1000, { "fastapi" });
	Portfolio p(b);

	ASSERT_EQ(p->item_count, 1u);
	EXPECT_EQ(p->items[0].completed, DAY_NONE);
	EXPECT_TRUE(p->items[0].substantial);	// from its work so far
	EXPECT_EQ(p->items[0].points, 0);
	EXPECT_EQ(p->items[0].minutes, 1000);
	EXPECT_STREQ(p->items[0].topics[0], "fastapi");
	EXPECT_EQ(p->projects, 0);
	EXPECT_EQ(p->evidence, 0);	// nothing completed: 0, URL or not
}

TEST(portfolio, without_a_path_every_project_is_another_path_and_focus_is_0)
{
	HistoryBuilder b(kAt);
	focused_months(b, 3)
	    .focus_window({ { BACKEND, 1800 } })
	    .project("web", BACKEND, "2026-02-01", "2026-03-01", "https://x.org",
	    1200);
	Portfolio p(b);

	EXPECT_EQ(p->path, nullptr);
	// 50/3 x 1200/1800 / 4 = 2.78
	EXPECT_NEAR(p->items[0].points, kThird * 1200 / 1800 / 4, 1e-9);
	EXPECT_EQ(p->projects, 3);
	EXPECT_EQ(p->evidence, 15);
	EXPECT_EQ(p->focus, 0);
	EXPECT_EQ(p->persistence, 0);
	EXPECT_EQ(p->score, 18);
	EXPECT_STREQ(p->grade, "early");
}

TEST(portfolio, evidence_is_the_share_of_substantial_completed_with_a_url)
{
	HistoryBuilder two_of_three(kAt), one_of_two(kAt);
	two_of_three.choose("2026-01-01", BACKEND)
	    .project("a", BACKEND, "2026-02-01", "2026-03-01", "https://a", 600)
	    .project("b", BACKEND, "2026-02-01", "2026-03-01", "https://b", 600)
	    .project("c", BACKEND, "2026-02-01", "2026-03-01", nullptr, 600)
	    .project("thin", BACKEND, "2026-02-01", "2026-03-01", "https://t",
	    60)
	    .project("open", BACKEND, "2026-02-01", nullptr, "https://o", 600);
	one_of_two.choose("2026-01-01", BACKEND)
	    .project("a", ML, "2026-02-01", "2026-03-01", "https://a", 600)
	    .project("b", BACKEND, "2026-02-01", "2026-03-01", nullptr, 600);

	EXPECT_EQ(Portfolio(two_of_three)->evidence, 10);	// 15 x 2/3
	EXPECT_EQ(Portfolio(one_of_two)->evidence, 8);	// 7.5 rounds up
}

TEST(portfolio, focus_and_persistence_count_once_something_is_built)
{
	HistoryBuilder none(kAt), built(kAt), thin(kAt);
	for (HistoryBuilder *b : { &none, &built, &thin }) {
		b->choose("2025-01-01", BACKEND)
		    .focus_window({ { BACKEND, 3600 } });
		focused_months(*b, 6);
	}
	built.project("api", BACKEND, "2026-02-01", "2026-03-01", nullptr, 600);
	thin.project("api", BACKEND, "2026-02-01", "2026-03-01", nullptr, 599);
	Portfolio p_none(none), p_built(built), p_thin(thin);

	EXPECT_EQ(p_none->focus, 0);
	EXPECT_EQ(p_none->persistence, 0);
	EXPECT_EQ(p_none->focused_months, 6);
	EXPECT_EQ(p_built->focus, 20);
	EXPECT_EQ(p_built->persistence, 8);	// 7.5
	EXPECT_TRUE(p_built->built);
	EXPECT_EQ(p_thin->focus, 0);
	EXPECT_FALSE(p_thin->built);
}

// A backend learner with one substantial project done, at pace.
HistoryBuilder &
built(HistoryBuilder &b, double pace)
{
	return b.pace(pace).choose("2026-01-01", BACKEND)
	    .project("api", BACKEND, "2026-02-01", "2026-03-01", nullptr, 600);
}

TEST(portfolio, focus_divides_by_six_times_f_at_least)
{
	HistoryBuilder few(kAt), enough(kAt), slow(kAt), exact(kAt);
	// Pace 20h: F = 10h, 6F = 60h. 10h all on backend: 20 x 10/60.
	built(few, 1200).focus_window({ { BACKEND, 600 } });
	built(enough, 1200).focus_window({ { BACKEND, 3600 } });
	// Pace 6h: F = 3h, 6F = 18h; 9h all on backend: 20 x 9/18.
	built(slow, 360).focus_window({ { BACKEND, 540 } });
	// Pace 401 min: F = 200.5 min unrounded, 6F = 1203; 1173 of it is
	// 19.501 -> 20 (with F rounded up to 201 it would be 1206: 19.45).
	built(exact, 401).focus_window({ { BACKEND, 1173 } });

	EXPECT_EQ(Portfolio(few)->focus, 3);	// 3.33
	EXPECT_EQ(Portfolio(enough)->focus, 20);
	EXPECT_EQ(Portfolio(slow)->focus, 10);
	EXPECT_EQ(Portfolio(exact)->focus, 20);
}

TEST(portfolio, focus_is_0_without_minutes)
{
	HistoryBuilder b(kAt);
	built(b, 1200).focus_window({}, 600);
	EXPECT_EQ(Portfolio(b)->focus, 0);
}

TEST(portfolio, persistence_is_15_per_12_focused_months)
{
	const int months[] = { 1, 2, 6, 12, 13 };
	const int expected[] = { 1, 3, 8, 15, 15 };	// 1.25 2.5 7.5 15 15

	for (size_t i = 0; i < 5; i++) {
		HistoryBuilder b(kAt);
		built(b, 1200);
		focused_months(b, months[i]);
		Portfolio p(b);
		EXPECT_EQ(p->focused_months, months[i]);
		EXPECT_EQ(p->persistence, expected[i]) << months[i] << " months";
	}
}

TEST(portfolio, score_is_the_sum_of_the_rounded_parts)
{
	HistoryBuilder b(kAt);
	// projects: backend 22h30m = 12.5, ml 30h = 4.17: 16.67 -> 17;
	// evidence 1 of 2: 7.5 -> 8; focus 2250 of max(3600, 6F = 3600):
	// 12.5 -> 13; persistence 6 months: 7.5 -> 8.
	b.choose("2026-01-01", BACKEND)
	    .project("web", BACKEND, "2026-02-01", "2026-03-01", "https://w",
	    1350)
	    .project("ml", ML, "2026-02-01", "2026-03-01", nullptr, 1800)
	    .focus_window({ { BACKEND, 2250 }, { ML, 300 } });
	focused_months(b, 6);
	Portfolio p(b);

	EXPECT_EQ(p->projects, 17);
	EXPECT_EQ(p->evidence, 8);
	EXPECT_EQ(p->focus, 13);
	EXPECT_EQ(p->persistence, 8);
	EXPECT_EQ(p->score, 46);	// the unrounded parts sum to 44.17
	EXPECT_STREQ(p->grade, "developing");
}

TEST(portfolio, grades_change_at_30_60_and_80_after_20_hours)
{
	EXPECT_STREQ(portfolio_grade(0, 1200), "early");
	EXPECT_STREQ(portfolio_grade(29, 1200), "early");
	EXPECT_STREQ(portfolio_grade(30, 1200), "developing");
	EXPECT_STREQ(portfolio_grade(59, 1200), "developing");
	EXPECT_STREQ(portfolio_grade(60, 1200), "solid");
	EXPECT_STREQ(portfolio_grade(79, 1200), "solid");
	EXPECT_STREQ(portfolio_grade(80, 1200), "deep");
	EXPECT_STREQ(portfolio_grade(100, 1200), "deep");
	// Under 20 hours logged, whatever the score.
	EXPECT_STREQ(portfolio_grade(100, 1199), "getting started");
	EXPECT_STREQ(portfolio_grade(0, 0), "getting started");
}

TEST(portfolio, getting_started_under_twenty_hours)
{
	HistoryBuilder b(kAt);
	b.total(1199).choose("2026-01-01", BACKEND);
	EXPECT_STREQ(Portfolio(b)->grade, "getting started");
}

TEST(portfolio, next_action_finishes_an_open_substantial_project)
{
	HistoryBuilder b(kAt);
	// Score 0. Finishing 'Todo API' (10h: 5.56) with a URL: 6 + 15 +
	// focus 20 x 600/3600 = 3.33 -> 3: +24. A new 10h project gains as
	// much, and finishing comes first.
	b.choose("2026-01-01", BACKEND).focus_window({ { BACKEND, 600 } })
	    .project("Todo API", BACKEND, "2026-02-01", nullptr, nullptr, 600);
	Portfolio p(b);

	EXPECT_EQ(p->score, 0);
	EXPECT_EQ(p->next.code, NEXT_FINISH);
	EXPECT_STREQ(p->next.project, "Todo API");
	EXPECT_EQ(p->next_gain, 24);
}

TEST(portfolio, next_action_makes_an_open_project_substantial)
{
	HistoryBuilder b(kAt);
	// 5h in one week: 5h more in a second week, then done with a URL:
	// 6 + 15 = +21.
	b.choose("2026-01-01", BACKEND)
	    .project("Todo API", BACKEND, "2026-02-01", nullptr, nullptr, 300,
	    { "fastapi" }, 1);
	Portfolio p(b);

	EXPECT_EQ(p->next.code, NEXT_MAKE_OPEN);
	EXPECT_STREQ(p->next.project, "Todo API");
	EXPECT_STREQ(p->next.topic, "fastapi");
	EXPECT_EQ(p->next.minutes, 300);
	EXPECT_EQ(p->next.weeks, 1);
	EXPECT_EQ(p->next_gain, 21);
}

TEST(portfolio, next_action_for_a_first_project_says_first)
{
	// Issue 15 case 10: no "another backend project" with none at all.
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND);
	Portfolio p(b);

	EXPECT_EQ(p->next.code, NEXT_FIRST_PROJECT);
	EXPECT_STREQ(p->next.path, "backend");
	EXPECT_EQ(p->next.minutes, 600);
	EXPECT_EQ(p->next_gain, 21);	// 6 + 15
}

TEST(portfolio, next_action_adds_a_missing_url)
{
	HistoryBuilder b(kAt);
	// 5 projects of 30h (50), 4 with URL (12), focus 20, 12 months (15)
	// = 97; a URL: +3.
	b.choose("2025-01-01", BACKEND)
	    .focus_window({ { BACKEND, 3600 } });
	focused_months(b, 12);
	for (const char *name : { "b1", "b2", "Bob's blog", "b4", "b5" })
		b.project(name, BACKEND, "2026-02-01", "2026-03-01",
		    name[1] == 'o' ? nullptr : "https://x", 1800);
	Portfolio p(b);

	EXPECT_EQ(p->score, 97);
	EXPECT_EQ(p->next.code, NEXT_ADD_URL);
	EXPECT_STREQ(p->next.project, "Bob's blog");
	EXPECT_EQ(p->next_gain, 3);
}

TEST(portfolio, next_action_deepens_a_project)
{
	HistoryBuilder b(kAt);
	// Three 10h projects (16.67 -> 17), URLs, focus and 12 months full:
	// 67. 10h more on 'a' makes it 20h: 11.11 + 5.56 + 5.56 = 22.2 ->
	// 22, +5; a fourth 10h project changes nothing.
	b.choose("2025-01-01", BACKEND).focus_window({ { BACKEND, 3600 } });
	focused_months(b, 12);
	for (const char *name : { "a", "b", "c" })
		b.project(name, BACKEND, "2026-02-01", "2026-03-01", "https://x",
		    600, { "django" });
	Portfolio p(b);

	EXPECT_EQ(p->score, 67);
	EXPECT_EQ(p->next.code, NEXT_DEEPEN);
	EXPECT_STREQ(p->next.project, "a");
	EXPECT_STREQ(p->next.topic, "django");
	EXPECT_EQ(p->next.minutes, 600);
	EXPECT_EQ(p->next_gain, 5);
}

TEST(portfolio, next_action_shifts_hours_to_the_path)
{
	HistoryBuilder b(kAt), known(kAt);
	// 50 + 15 + focus 0 + 0 = 65; 10h more on backend: 600 of 4200 =
	// 2.86 -> 3; a focused month 1.25 -> 1.
	for (HistoryBuilder *h : { &b, &known }) {
		h->choose("2026-01-01", BACKEND);
		for (const char *name : { "a", "b", "c" })
			h->project(name, BACKEND, "2026-02-01", "2026-03-01",
			    "https://x", 1800);
	}
	b.focus_window({ { ML, 3600 } });
	known.focus_window({ { ML, 3600 } }).recent_window({ { BACKEND, 30 } });
	Portfolio p(b), p_known(known);

	EXPECT_EQ(p->score, 65);
	EXPECT_EQ(p->next_gain, 3);
	EXPECT_EQ(p->next.code, NEXT_FOCUS_HOURS);
	EXPECT_STREQ(p->next.path, "backend");
	EXPECT_EQ(p->next.minutes, 600);
	EXPECT_EQ(p->next.so_far, 0);
	EXPECT_EQ(p->next.topic, nullptr);
	// The path's most-logged topic, when a window knows it.
	EXPECT_EQ(p_known->next.code, NEXT_FOCUS_HOURS);
	EXPECT_STREQ(p_known->next.topic, "django");
}

TEST(portfolio, next_action_without_a_path_chooses_the_suggested_one)
{
	HistoryBuilder b(kAt);
	// No path: the ml project (10h) is worth 5.56 / 4 = 1.39 -> 1,
	// evidence 15: 16. Backend (the tie of the last 90 days goes to the
	// lower index): focus 300 of max(600, 3600) = 1.67 -> 2, so +2.
	b.recent_window({ { ML, 300 }, { BACKEND, 300 } })
	    .focus_window({ { ML, 300 }, { BACKEND, 300 } })
	    .project("ml", ML, "2026-02-01", "2026-03-01", "https://x", 600);
	Portfolio p(b);

	EXPECT_EQ(p->score, 16);
	EXPECT_EQ(p->next.code, NEXT_CHOOSE_SUGGESTED);
	EXPECT_STREQ(p->next.path, "backend");
	EXPECT_EQ(p->next_gain, 2);
}

TEST(portfolio, next_action_without_suggestion_picks_the_path_that_gains)
{
	HistoryBuilder b(kAt), empty(kAt);
	// 30h in ml as another path: 4.17 -> 4, +15 = 19; in ml: 17 + 15.
	b.project("ml", ML, "2026-02-01", "2026-03-01", "https://x", 1800);
	Portfolio p(b), p_empty(empty);

	EXPECT_EQ(p->next.code, NEXT_CHOOSE_BEST);
	EXPECT_STREQ(p->next.path, "ml");
	EXPECT_EQ(p->next_gain, 13);
	EXPECT_EQ(p_empty->next.code, NEXT_CHOOSE_ANY);
	EXPECT_EQ(p_empty->next_gain, 0);
}

TEST(portfolio, nothing_to_gain_at_full_score)
{
	HistoryBuilder b(kAt);
	b.choose("2025-01-01", BACKEND).focus_window({ { BACKEND, 3600 } });
	focused_months(b, 12);
	for (const char *name : { "a", "b", "c" })
		b.project(name, BACKEND, "2026-02-01", "2026-03-01", "https://x",
		    1800);
	Portfolio p(b);

	EXPECT_EQ(p->score, 100);
	EXPECT_STREQ(p->grade, "deep");
	EXPECT_EQ(p->next.code, NEXT_KEEP_UP);
	EXPECT_EQ(p->next_gain, 0);
}

// Django blog 21h (11.67 points -> 12, URL), Todo API 3h30m open: 12 +
// 15 + focus 20 x 1470/3600 = 8.17 -> 8 + 0 = 35. Next: making Todo
// API substantial adds 5.56 (17.22 -> 17): +5, as much as deepening the
// blog or a new project, and it comes first.
HistoryBuilder &
two_projects(HistoryBuilder &b)
{
	return b.choose("2026-01-01", BACKEND)
	    .focus_window({ { BACKEND, 1470 } })
	    .project("Django blog", BACKEND, "2026-08-01", "2026-09-20",
	    "https://github.com/me/blog", 1260, { "django", "postgresql" })
	    .project("Todo API", BACKEND, "2026-10-01", nullptr, nullptr, 210,
	    { "fastapi" });
}

TEST(portfolio, renders_text)
{
	HistoryBuilder b(kAt);
	Portfolio p(two_projects(b));

	EXPECT_EQ(captured([&](FILE *f) { portfolio_render_text(f, &*p, false); }),
	    "portfolio depth: 35/100 (developing), path backend\n"
	    "  projects     12/50\n"
	    "  evidence     15/15\n"
	    "  focus         8/20\n"
	    "  persistence   0/15  (0 focused months)\n"
	    "projects:\n"
	    "  Django blog  [backend]  21h in 2 weeks  2026-08-01 to "
	    "2026-09-20, 11.7 points\n"
	    "    url: https://github.com/me/blog\n"
	    "    topics: django, postgresql\n"
	    "  Todo API  [backend]  3h30m in 2 weeks  2026-10-01 to (open: "
	    "6h30m more would make it substantial)\n"
	    "    url: none\n"
	    "    topics: fastapi\n"
	    "next: make 'Todo API' substantial (6h30m more), then finish it: "
	    "track log 1h fastapi --project 'Todo API' (+5)\n");
}

TEST(portfolio, text_lists_thin_projects_and_why_focus_is_0)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND)
	    .project("CLI", BACKEND, "2026-08-01", "2026-08-03", nullptr, 180, {},
	    1);
	Portfolio p(b);
	std::string out = captured([&](FILE *f) {
		portfolio_render_text(f, &*p, false);
	});

	EXPECT_NE(out.find("  (focus and persistence count once a substantial "
	    "project is completed)\n"), std::string::npos) << out;
	EXPECT_NE(out.find("  CLI  [backend]  3h in 1 week  2026-08-01 to "
	    "2026-08-03, thin: 7h more in a second week would make it "
	    "substantial\n"), std::string::npos) << out;
}

TEST(portfolio, text_neutralises_control_characters_and_colours_the_grade)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND)
	    .project("evil\x1b[2J", BACKEND, "2026-08-01", nullptr, nullptr, 0);
	Portfolio p(b);
	std::string out = captured([&](FILE *f) {
		portfolio_render_text(f, &*p, true);
	});

	EXPECT_EQ(out.find("\x1b[2J"), std::string::npos);
	EXPECT_NE(out.find("  evil?[2J  [backend]"), std::string::npos) << out;
	EXPECT_EQ(out.find("portfolio depth: \x1b[33m0/100 (early)\x1b[0m"),
	    0u) << out;
}

TEST(portfolio, renders_json_with_the_spec_keys_in_order)
{
	HistoryBuilder b(kAt);
	Portfolio p(two_projects(b));

	EXPECT_EQ(dumped(portfolio_to_json(&*p, true)),
	    "{\"path\": \"backend\", \"score\": 35, \"grade\": \"developing\", "
	    "\"parts\": {\"projects\": 12, \"evidence\": 15, \"focus\": 8, "
	    "\"persistence\": 0}, \"focused_months\": 0, "
	    "\"substantial_projects\": 1, \"thin_projects\": 0, \"projects\": ["
	    "{\"name\": \"Django blog\", \"path\": \"backend\", \"minutes\": "
	    "1260, \"weeks\": 2, \"substantial\": true, \"started\": "
	    "\"2026-08-01\", \"completed\": \"2026-09-20\", "
	    "\"url\": \"https://github.com/me/blog\", \"contribution\": false, "
	    "\"topics\": [\"django\", \"postgresql\"], \"points\": 11.67}, "
	    "{\"name\": \"Todo API\", \"path\": \"backend\", \"minutes\": 210, "
	    "\"weeks\": 2, \"substantial\": false, "
	    "\"started\": \"2026-10-01\", \"completed\": null, \"url\": null, "
	    "\"contribution\": false, \"topics\": [\"fastapi\"], \"points\": "
	    "0.0}], "
	    "\"next\": {\"action\": \"make 'Todo API' substantial (6h30m more), "
	    "then finish it: track log 1h fastapi --project 'Todo API'\", "
	    "\"gain\": 5}}");
	EXPECT_EQ(dumped(portfolio_to_json(&*p, false)),
	    "{\"path\": \"backend\", \"score\": 35, \"grade\": \"developing\", "
	    "\"parts\": {\"projects\": 12, \"evidence\": 15, \"focus\": 8, "
	    "\"persistence\": 0}, \"focused_months\": 0, "
	    "\"substantial_projects\": 1, \"thin_projects\": 0, "
	    "\"next\": {\"action\": \"make 'Todo API' substantial (6h30m more), "
	    "then finish it: track log 1h fastapi --project 'Todo API'\", "
	    "\"gain\": 5}}");
}

TEST(portfolio, renders_markdown_with_substantial_completed_projects_only)
{
	HistoryBuilder b(kAt);
	Portfolio p(two_projects(b).project("Thin CLI", BACKEND, "2026-10-02",
	    "2026-10-03", "https://x", 60));

	EXPECT_EQ(captured([&](FILE *f) { portfolio_render_md(f, &*p); }),
	    "## Portfolio\n"
	    "\n"
	    "Depth score **35/100** (developing) on the backend path: "
	    "projects 12/50, evidence 15/15, focus 8/20, persistence 0/15.\n"
	    "\n"
	    "| Project | Path | Time | Started | Completed | Topics |\n"
	    "|---|---|---|---|---|---|\n"
	    "| [Django blog](https://github.com/me/blog) | backend | 21h | "
	    "2026-08-01 | 2026-09-20 | django, postgresql |\n");
}

TEST(portfolio, markdown_escapes_names_and_links_only_web_urls)
{
	HistoryBuilder b(kAt);
	// No path: 10h (5.56 / 4 = 1.39) and 30h (16.67 / 4 = 4.17) add up
	// to 5.56 -> 6; both have a URL (evidence 15), Markdown links only
	// the web one.
	b.project("a|b [c] *d* _e_ `f` <g>", PATH_UNMAPPED, "2026-08-01",
	    "2026-09-01", "https://x.org/a b(c)", 600, { "c_lang" })
	    .project("js", ML, "2026-08-02", "2026-09-01",
	    "javascript:alert(1)", 1800);
	Portfolio p(b);

	EXPECT_EQ(captured([&](FILE *f) { portfolio_render_md(f, &*p); }),
	    "## Portfolio\n"
	    "\n"
	    "Depth score **21/100** (early): projects 6/50, evidence "
	    "15/15, focus 0/20, persistence 0/15.\n"
	    "\n"
	    "| Project | Path | Time | Started | Completed | Topics |\n"
	    "|---|---|---|---|---|---|\n"
	    "| [a\\|b \\[c\\] \\*d\\* \\_e\\_ \\`f\\` \\<g\\>]"
	    "(https://x.org/a%20b%28c%29) | - | 10h | 2026-08-01 | 2026-09-01 | "
	    "c\\_lang |\n"
	    "| js \\(javascript:alert\\(1\\)\\) | ml | 30h | 2026-08-02 | "
	    "2026-09-01 |  |\n");
}

TEST(portfolio, markdown_says_when_nothing_is_completed)
{
	HistoryBuilder b(kAt);
	b.project("open", BACKEND, "2026-08-01", nullptr, nullptr, 0);
	Portfolio p(b);

	EXPECT_EQ(captured([&](FILE *f) { portfolio_render_md(f, &*p); }),
	    "## Portfolio\n"
	    "\n"
	    "Depth score **0/100** (early): projects 0/50, evidence 0/15, "
	    "focus 0/20, persistence 0/15.\n"
	    "\n"
	    "_No substantial completed project yet._\n");
}

}  // namespace
