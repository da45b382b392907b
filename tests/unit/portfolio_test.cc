// Portfolio depth (reports/portfolio.c) on hand-built histories: every
// part at its edges, rounding half up, grades, the next action, and the
// text, JSON and Markdown renderers. Expected values are worked out by
// hand in the comments.
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

TEST(portfolio, project_points_are_ten_plus_one_per_four_hours_up_to_five)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND)
	    .project("a", BACKEND, "2026-02-01", "2026-03-01", nullptr, 239)
	    .project("b", BACKEND, "2026-02-02", "2026-03-01", nullptr, 240)
	    .project("c", BACKEND, "2026-02-03", "2026-03-01", nullptr, 1200)
	    .project("d", BACKEND, "2026-02-04", "2026-03-01", nullptr, 1500);
	Portfolio p(b);

	ASSERT_EQ(p->item_count, 4u);
	EXPECT_EQ(p->items[0].points, 10);	// 239 min: 0 more
	EXPECT_EQ(p->items[1].points, 11);	// 240 min: 1 more
	EXPECT_EQ(p->items[2].points, 15);	// 20h: 5 more
	EXPECT_EQ(p->items[3].points, 15);	// 25h: still 5 more
	EXPECT_EQ(p->projects, 50);		// 51 capped at 50
}

TEST(portfolio, projects_part_caps_at_fifty)
{
	HistoryBuilder four(kAt), six(kAt);
	four.choose("2026-01-01", BACKEND);
	six.choose("2026-01-01", BACKEND);
	for (const char *name : { "a", "b", "c", "d", "e", "f" }) {
		if (*name <= 'd')
			four.project(name, BACKEND, "2026-02-01", "2026-03-01",
			    nullptr, 0);
		six.project(name, BACKEND, "2026-02-01", "2026-03-01", nullptr, 0);
	}
	EXPECT_EQ(Portfolio(four)->projects, 40);	// 4 x 10
	EXPECT_EQ(Portfolio(six)->projects, 50);	// 60 capped
}

TEST(portfolio, project_in_another_path_counts_a_quarter)
{
	HistoryBuilder bare(kAt), hours(kAt), mixed(kAt);
	bare.choose("2026-01-01", BACKEND)
	    .project("ml", ML, "2026-02-01", "2026-03-01", nullptr, 0);
	hours.choose("2026-01-01", BACKEND)
	    .project("ml", ML, "2026-02-01", "2026-03-01", nullptr, 240);
	mixed.choose("2026-01-01", BACKEND)
	    .project("web", BACKEND, "2026-02-01", "2026-03-01", nullptr, 0)
	    .project("ml", ML, "2026-02-01", "2026-03-01", nullptr, 0);
	Portfolio p_bare(bare), p_hours(hours), p_mixed(mixed);

	EXPECT_EQ(p_bare->items[0].points, 2.5);	// 10 / 4
	EXPECT_EQ(p_bare->projects, 3);			// 2.5 rounds up
	EXPECT_EQ(p_hours->items[0].points, 2.75);	// 11 / 4
	EXPECT_EQ(p_hours->projects, 3);
	EXPECT_EQ(p_mixed->projects, 13);		// 12.5 rounds up
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
	EXPECT_EQ(p->items[0].points, 0);
	EXPECT_EQ(p->items[0].minutes, 1000);
	EXPECT_STREQ(p->items[0].topics[0], "fastapi");
	EXPECT_EQ(p->projects, 0);
	EXPECT_EQ(p->evidence, 0);	// no completed project: 0, URL or not
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
	EXPECT_EQ(p->items[0].points, 3.75);	// 15 / 4
	EXPECT_EQ(p->projects, 4);
	EXPECT_EQ(p->evidence, 15);
	EXPECT_EQ(p->focus, 0);
	EXPECT_EQ(p->persistence, 0);
	EXPECT_EQ(p->score, 19);
	EXPECT_STREQ(p->grade, "scattered");
}

TEST(portfolio, evidence_is_the_share_of_completed_projects_with_a_url)
{
	HistoryBuilder two_of_three(kAt), one_of_two(kAt);
	two_of_three.choose("2026-01-01", BACKEND)
	    .project("a", BACKEND, "2026-02-01", "2026-03-01", "https://a", 0)
	    .project("b", BACKEND, "2026-02-01", "2026-03-01", "https://b", 0)
	    .project("c", BACKEND, "2026-02-01", "2026-03-01", nullptr, 0)
	    .project("open", BACKEND, "2026-02-01", nullptr, "https://o", 0);
	one_of_two.choose("2026-01-01", BACKEND)
	    .project("a", ML, "2026-02-01", "2026-03-01", "https://a", 0)
	    .project("b", BACKEND, "2026-02-01", "2026-03-01", nullptr, 0);

	EXPECT_EQ(Portfolio(two_of_three)->evidence, 10);	// 15 x 2/3
	EXPECT_EQ(Portfolio(one_of_two)->evidence, 8);	// 7.5 rounds up
}

TEST(portfolio, focus_is_the_share_of_specialization_hours_on_the_path)
{
	HistoryBuilder b(kAt);
	// 500 of 800 non-fundamentals minutes (unmapped counts): 12.5.
	b.choose("2026-01-01", BACKEND)
	    .focus_window({ { BACKEND, 500 }, { ML, 200 },
	    { PATH_UNMAPPED, 100 } }, 1000);
	EXPECT_EQ(Portfolio(b)->focus, 13);
}

TEST(portfolio, focus_is_0_without_minutes)
{
	HistoryBuilder b(kAt);
	b.choose("2026-01-01", BACKEND).focus_window({}, 600);
	EXPECT_EQ(Portfolio(b)->focus, 0);
}

TEST(portfolio, persistence_is_15_per_12_focused_months)
{
	const int months[] = { 1, 2, 6, 12, 13 };
	const int expected[] = { 1, 3, 8, 15, 15 };	// 1.25 2.5 7.5 15 15

	for (size_t i = 0; i < 5; i++) {
		HistoryBuilder b(kAt);
		b.choose("2025-01-01", BACKEND);
		focused_months(b, months[i]);
		Portfolio p(b);
		EXPECT_EQ(p->focused_months, months[i]);
		EXPECT_EQ(p->persistence, expected[i]) << months[i] << " months";
	}
}

TEST(portfolio, score_is_the_sum_of_the_rounded_parts)
{
	HistoryBuilder b(kAt);
	// projects 10 + 2.5 = 12.5 -> 13; evidence 1 of 2: 7.5 -> 8;
	// focus 500 of 800: 12.5 -> 13; persistence 6 months: 7.5 -> 8.
	b.choose("2026-01-01", BACKEND)
	    .project("web", BACKEND, "2026-02-01", "2026-03-01", "https://w", 0)
	    .project("ml", ML, "2026-02-01", "2026-03-01", nullptr, 0)
	    .focus_window({ { BACKEND, 500 }, { ML, 300 } });
	focused_months(b, 6);
	Portfolio p(b);

	EXPECT_EQ(p->projects, 13);
	EXPECT_EQ(p->evidence, 8);
	EXPECT_EQ(p->focus, 13);
	EXPECT_EQ(p->persistence, 8);
	EXPECT_EQ(p->score, 42);	// the unrounded parts sum to 40
	EXPECT_STREQ(p->grade, "developing");
}

TEST(portfolio, grades_change_at_30_60_and_80)
{
	EXPECT_STREQ(portfolio_grade(0), "scattered");
	EXPECT_STREQ(portfolio_grade(29), "scattered");
	EXPECT_STREQ(portfolio_grade(30), "developing");
	EXPECT_STREQ(portfolio_grade(59), "developing");
	EXPECT_STREQ(portfolio_grade(60), "solid");
	EXPECT_STREQ(portfolio_grade(79), "solid");
	EXPECT_STREQ(portfolio_grade(80), "deep");
	EXPECT_STREQ(portfolio_grade(100), "deep");
}

TEST(portfolio, next_action_finishes_the_open_project_in_the_path)
{
	HistoryBuilder b(kAt);
	// Score 0. Finishing 'Todo API' (5h: 11 points) with a URL: 11 + 15
	// = +26; a new project +25; 10h on backend +20; a focused month +1.
	b.choose("2026-01-01", BACKEND)
	    .project("Todo API", BACKEND, "2026-02-01", nullptr, nullptr, 300);
	Portfolio p(b);

	EXPECT_EQ(p->score, 0);
	EXPECT_STREQ(p->next_action, "finish the open project 'Todo API' in "
	    "your path: track project done 'Todo API' --url URL");
	EXPECT_EQ(p->next_gain, 26);
}

TEST(portfolio, next_action_adds_a_missing_url)
{
	HistoryBuilder b(kAt);
	// 5 projects (50), 4 with URL (12), focus 20, 12 months (15) = 97;
	// a URL: +3, a new project: evidence 5/6 = 12.5 -> 13: +1.
	b.choose("2025-01-01", BACKEND)
	    .focus_window({ { BACKEND, 600 } });
	focused_months(b, 12);
	for (const char *name : { "b1", "b2", "Bob's blog", "b4", "b5" })
		b.project(name, BACKEND, "2026-02-01", "2026-03-01",
		    name[1] == 'o' ? nullptr : "https://x", 0);
	Portfolio p(b);

	EXPECT_EQ(p->score, 97);
	EXPECT_STREQ(p->next_action, "add a URL to 'Bob's blog': track project "
	    "done 'Bob'\\''s blog' --url URL");
	EXPECT_EQ(p->next_gain, 3);
}

TEST(portfolio, next_action_shifts_hours_to_the_path)
{
	HistoryBuilder b(kAt), known(kAt);
	// 50 + 15 + focus 0 + 0 = 65; 10h more on backend: 600 of 1200 = +10.
	for (HistoryBuilder *h : { &b, &known }) {
		h->choose("2026-01-01", BACKEND);
		for (const char *name : { "a", "b", "c", "d", "e" })
			h->project(name, BACKEND, "2026-02-01", "2026-03-01",
			    "https://x", 0);
	}
	b.focus_window({ { ML, 600 } });
	known.focus_window({ { ML, 600 } }).recent_window({ { BACKEND, 30 } });
	Portfolio p(b), p_known(known);

	EXPECT_EQ(p->next_gain, 10);
	EXPECT_STREQ(p->next_action, "spend your next 10h of specialization on "
	    "backend (0m of the last 182 days so far): track log 1h TOPIC "
	    "(track topic list --path backend)");
	// The path's most-logged topic, when a window knows it.
	EXPECT_STREQ(p_known->next_action, "spend your next 10h of "
	    "specialization on backend (0m of the last 182 days so far): "
	    "track log 1h django");
}

TEST(portfolio, next_action_without_a_path_chooses_the_suggested_one)
{
	HistoryBuilder b(kAt);
	// No path: ml project 2.5 -> 3, evidence 15: 18. Backend (the tie
	// of the last 90 days goes to the lower index): focus 300 of 600 =
	// 10, so 28: +10.
	b.recent_window({ { ML, 300 }, { BACKEND, 300 } })
	    .focus_window({ { ML, 300 }, { BACKEND, 300 } })
	    .project("ml", ML, "2026-02-01", "2026-03-01", "https://x", 0);
	Portfolio p(b);

	EXPECT_EQ(p->score, 18);
	EXPECT_STREQ(p->next_action, "choose your most-logged specialization "
	    "of the last 90 days: track path set backend");
	EXPECT_EQ(p->next_gain, 10);
}

TEST(portfolio, next_action_without_suggestion_picks_the_path_that_gains)
{
	HistoryBuilder b(kAt), empty(kAt);
	// 11 points as another path: 2.75 -> 3; in ml: 11, so +8.
	b.project("ml", ML, "2026-02-01", "2026-03-01", "https://x", 240);
	Portfolio p(b), p_empty(empty);

	EXPECT_STREQ(p->next_action, "choose the path that raises the score "
	    "most: track path set ml");
	EXPECT_EQ(p->next_gain, 8);
	EXPECT_STREQ(p_empty->next_action, "choose a path: track path set PATH "
	    "(track path list shows them)");
	EXPECT_EQ(p_empty->next_gain, 0);
}

TEST(portfolio, nothing_to_gain_at_full_score)
{
	HistoryBuilder b(kAt);
	b.choose("2025-01-01", BACKEND).focus_window({ { BACKEND, 600 } });
	focused_months(b, 12);
	for (const char *name : { "a", "b", "c", "d", "e" })
		b.project(name, BACKEND, "2026-02-01", "2026-03-01", "https://x",
		    0);
	Portfolio p(b);

	EXPECT_EQ(p->score, 100);
	EXPECT_STREQ(p->grade, "deep");
	EXPECT_STREQ(p->next_action, "nothing left to gain: keep your "
	    "portfolio up to date");
	EXPECT_EQ(p->next_gain, 0);
}

// Django blog 21h (15 points, URL), Todo API open: 15 + 15 + 20 + 0 = 50.
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
	    "portfolio depth: 50/100 (developing), path backend\n"
	    "  projects     15/50\n"
	    "  evidence     15/15\n"
	    "  focus        20/20\n"
	    "  persistence   0/15  (0 focused months)\n"
	    "projects:\n"
	    "  Django blog  [backend]  21h  2026-08-01 to 2026-09-20, 15 points\n"
	    "    url: https://github.com/me/blog\n"
	    "    topics: django, postgresql\n"
	    "  Todo API  [backend]  3h30m  2026-10-01 to (open)\n"
	    "    url: none\n"
	    "    topics: fastapi\n"
	    "next: finish the open project 'Todo API' in your path: track "
	    "project done 'Todo API' --url URL (+10)\n");
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
	EXPECT_EQ(out.find("portfolio depth: \x1b[31m0/100 (scattered)\x1b[0m"),
	    0u) << out;
}

TEST(portfolio, renders_json_with_the_spec_keys_in_order)
{
	HistoryBuilder b(kAt);
	Portfolio p(two_projects(b));

	EXPECT_EQ(dumped(portfolio_to_json(&*p, true)),
	    "{\"path\": \"backend\", \"score\": 50, \"grade\": \"developing\", "
	    "\"parts\": {\"projects\": 15, \"evidence\": 15, \"focus\": 20, "
	    "\"persistence\": 0}, \"focused_months\": 0, \"projects\": ["
	    "{\"name\": \"Django blog\", \"path\": \"backend\", \"minutes\": "
	    "1260, \"started\": \"2026-08-01\", \"completed\": \"2026-09-20\", "
	    "\"url\": \"https://github.com/me/blog\", \"topics\": [\"django\", "
	    "\"postgresql\"], \"points\": 15.0}, "
	    "{\"name\": \"Todo API\", \"path\": \"backend\", \"minutes\": 210, "
	    "\"started\": \"2026-10-01\", \"completed\": null, \"url\": null, "
	    "\"topics\": [\"fastapi\"], \"points\": 0.0}], "
	    "\"next\": {\"action\": \"finish the open project 'Todo API' in "
	    "your path: track project done 'Todo API' --url URL\", \"gain\": "
	    "10}}");
	EXPECT_EQ(dumped(portfolio_to_json(&*p, false)),
	    "{\"path\": \"backend\", \"score\": 50, \"grade\": \"developing\", "
	    "\"parts\": {\"projects\": 15, \"evidence\": 15, \"focus\": 20, "
	    "\"persistence\": 0}, \"focused_months\": 0, "
	    "\"next\": {\"action\": \"finish the open project 'Todo API' in "
	    "your path: track project done 'Todo API' --url URL\", \"gain\": "
	    "10}}");
}

TEST(portfolio, renders_markdown_with_completed_projects_only)
{
	HistoryBuilder b(kAt);
	Portfolio p(two_projects(b));

	EXPECT_EQ(captured([&](FILE *f) { portfolio_render_md(f, &*p); }),
	    "## Portfolio\n"
	    "\n"
	    "Depth score **50/100** (developing) on the backend path: "
	    "projects 15/50, evidence 15/15, focus 20/20, persistence 0/15.\n"
	    "\n"
	    "| Project | Path | Time | Started | Completed | Topics |\n"
	    "|---|---|---|---|---|---|\n"
	    "| [Django blog](https://github.com/me/blog) | backend | 21h | "
	    "2026-08-01 | 2026-09-20 | django, postgresql |\n");
}

TEST(portfolio, markdown_escapes_names_and_links_only_web_urls)
{
	HistoryBuilder b(kAt);
	b.project("a|b [c] *d* _e_ `f` <g>", PATH_UNMAPPED, "2026-08-01",
	    "2026-09-01", "https://x.org/a b(c)", 0, { "c_lang" })
	    .project("js", ML, "2026-08-02", "2026-09-01",
	    "javascript:alert(1)", 240);
	Portfolio p(b);

	EXPECT_EQ(captured([&](FILE *f) { portfolio_render_md(f, &*p); }),
	    "## Portfolio\n"
	    "\n"
	    "Depth score **20/100** (scattered): projects 5/50, evidence "
	    "15/15, focus 0/20, persistence 0/15.\n"
	    "\n"
	    "| Project | Path | Time | Started | Completed | Topics |\n"
	    "|---|---|---|---|---|---|\n"
	    "| [a\\|b \\[c\\] \\*d\\* \\_e\\_ \\`f\\` \\<g\\>]"
	    "(https://x.org/a%20b%28c%29) | - | 0m | 2026-08-01 | 2026-09-01 | "
	    "c\\_lang |\n"
	    "| js \\(javascript:alert\\(1\\)\\) | ml | 4h | 2026-08-02 | "
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
	    "Depth score **0/100** (scattered): projects 0/50, evidence 0/15, "
	    "focus 0/20, persistence 0/15.\n"
	    "\n"
	    "_No completed project yet._\n");
}

}  // namespace
