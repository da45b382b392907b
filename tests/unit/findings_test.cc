// The anti-pattern rules (SPEC §5, §5.1) on histories built by hand: each
// threshold just below and at its value, thresholds changed through the
// struct, and the edge cases of path history. Expected texts are written
// out by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern "C" {
#include "analysis.h"
#include "date.h"
#include "history.h"
#include "render.h"
#include "session.h"
}

namespace {

int
day(const char *text)
{
	int d = -1;
	EXPECT_TRUE(day_parse_iso(text, &d)) << text;
	return d;
}

// Minutes on one path of a span, with the path's top topic there.
struct PathMinutes {
	std::string path;	// a slug, or "unmapped"
	int minutes;
	std::string topic = "";	// "" : no top topic
	int topic_minutes = 0;	// 0: all of the path's minutes
};

// What a span holds. Minutes are fundamentals plus every path; of them,
// tutorial and project are of those kinds and the rest is study.
struct SpanSpec {
	int fundamentals = 0;
	std::vector<PathMinutes> paths = {};
	int tutorial = 0;
	int project = 0;
	int projects_completed = 0;
	std::string dominant = "";	// "": the mapped path with most
					// minutes, the first listed on a tie
};

// A struct history assembled field by field; every allocation is one
// history_release frees. Starts with the built-in paths, the default
// thresholds, no session and nothing chosen.
class Builder {
public:
	explicit Builder(const char *at)
	{
		history_init(&h);
		h.at = day(at);
		thresholds_defaults(&th);
		for (const char *slug : { "fundamentals", "backend", "ml",
		    "data-science", "automation", "data-engineering", "devops" })
			add_path(slug);
		memset(&f, 0, sizeof(f));
	}
	~Builder()
	{
		findings_release(&f);
		history_release(&h);
	}
	Builder(const Builder &) = delete;
	Builder &operator=(const Builder &) = delete;

	// A path (`track path add`): its index.
	int add_path(const char *slug)
	{
		h.paths = static_cast<history_path *>(realloc(h.paths,
		    (h.path_count + 1) * sizeof(*h.paths)));
		history_path *p = &h.paths[h.path_count];
		p->id = static_cast<int64_t>(h.path_count) + 1;
		p->slug = strdup(slug);
		p->fundamentals = strcmp(slug, "fundamentals") == 0;
		return static_cast<int>(h.path_count++);
	}

	// The totals from the first session up to at.
	void totals(const char *first_day, int total, int fundamentals,
	    int tutorial = 0, int project_sessions = 0, int weeks = 1)
	{
		h.first_day = day(first_day);
		h.total_minutes = total;
		h.fundamentals_minutes = fundamentals;
		h.tutorial_minutes = tutorial;
		h.project_sessions = project_sessions;
		h.active_weeks = weeks;
	}

	// The windows, each ending at at with the days the thresholds say.
	void tutorial_window(const SpanSpec &spec)
	{
		fill(&h.tutorial_window, h.at - th.tutorial_window_days + 1,
		    h.at, spec);
	}
	void scattered_window(const SpanSpec &spec)
	{
		fill(&h.scattered_window, h.at - th.scattered_window_days + 1,
		    h.at, spec);
	}
	void portfolio_window(const SpanSpec &spec)
	{
		fill(&h.portfolio_window, h.at - th.portfolio_window_days + 1,
		    h.at, spec);
	}

	// A calendar month "YYYY-MM" (ending at at when it is at's month).
	// Months must be added oldest first.
	void month(const std::string &month, const SpanSpec &spec)
	{
		int first = day((month + "-01").c_str());
		int last = day_add_months(first, 1) - 1;
		h.months = static_cast<span *>(realloc(h.months,
		    (h.month_count + 1) * sizeof(*h.months)));
		memset(&h.months[h.month_count], 0, sizeof(*h.months));
		fill(&h.months[h.month_count++], first,
		    last < h.at ? last : h.at, spec);
	}

	// A `track path set SLUG --date DAY`, in the order they were made.
	void choose(const char *when, const char *slug)
	{
		h.choices = static_cast<path_choice_entry *>(realloc(h.choices,
		    (h.choice_count + 1) * sizeof(*h.choices)));
		h.choices[h.choice_count].day = day(when);
		h.choices[h.choice_count].path = index(slug);
		h.current = h.choices[h.choice_count++].path;
	}

	// A project started on started, completed on completed (nullptr:
	// open).
	void project(const char *name, const char *slug, const char *started,
	    const char *completed)
	{
		h.projects = static_cast<history_project *>(realloc(h.projects,
		    (h.project_count + 1) * sizeof(*h.projects)));
		history_project *p = &h.projects[h.project_count++];
		memset(p, 0, sizeof(*p));
		p->id = static_cast<int64_t>(h.project_count);
		p->name = strdup(name);
		p->path = index(slug);
		p->started = day(started);
		p->completed = completed ? day(completed) : DAY_NONE;
	}

	// Runs the rules afresh.
	const findings &check()
	{
		findings_release(&f);
		findings_compute(&h, &th, &f);
		return f;
	}

	// The ids of the findings, in order.
	std::vector<std::string> ids()
	{
		check();
		std::vector<std::string> names;
		for (size_t i = 0; i < f.count; i++)
			names.push_back(f.items[i].name);
		return names;
	}

	// The one finding there must be.
	const finding &only()
	{
		check();
		EXPECT_EQ(f.count, 1u);
		return f.items[0];
	}

	int index(const std::string &slug)
	{
		return slug == "unmapped" ? PATH_UNMAPPED :
		    history_path_index(&h, slug.c_str());
	}

	history h;
	thresholds th;
	findings f;

private:
	// Fills s afresh (a window may be filled again: its old paths go).
	void fill(span *s, int from, int to, const SpanSpec &spec)
	{
		for (size_t i = 0; i < s->path_count; i++)
			free(s->paths[i].top_topic);
		free(s->paths);
		memset(s, 0, sizeof(*s));
		s->from = from;
		s->to = to;
		s->fundamentals = spec.fundamentals;
		s->minutes = spec.fundamentals;
		s->dominant = PATH_UNMAPPED;
		std::vector<PathMinutes> paths = spec.paths;
		std::stable_sort(paths.begin(), paths.end(),
		    [](const PathMinutes &a, const PathMinutes &b) {
			    return a.minutes > b.minutes;
		    });
		s->paths = static_cast<path_minutes *>(calloc(paths.size() + 1,
		    sizeof(*s->paths)));
		for (const PathMinutes &p : paths) {
			path_minutes *m = &s->paths[s->path_count++];
			m->path = index(p.path);
			m->minutes = p.minutes;
			m->top_topic = p.topic.empty() ? nullptr :
			    strdup(p.topic.c_str());
			m->top_topic_minutes = p.topic_minutes ? p.topic_minutes :
			    p.minutes;
			s->minutes += p.minutes;
			if (m->path != PATH_UNMAPPED && s->dominant == PATH_UNMAPPED)
				s->dominant = m->path;
		}
		if (!spec.dominant.empty())
			s->dominant = index(spec.dominant);
		s->by_kind[KIND_TUTORIAL] = spec.tutorial;
		s->by_kind[KIND_PROJECT] = spec.project;
		s->by_kind[KIND_STUDY] = s->minutes - spec.tutorial - spec.project;
		EXPECT_GE(s->by_kind[KIND_STUDY], 0) << "kinds exceed the span";
		s->projects_completed = spec.projects_completed;
	}
};

std::string
period(const finding &item)
{
	char from[DAY_TEXT_SIZE], to[DAY_TEXT_SIZE];
	day_format(item.from, from);
	day_format(item.to, to);
	return std::string(from) + ".." + to;
}

}  // namespace

/* ---------------------------------------------------------------------
 * Nothing to find
 */

TEST(findings, empty_history_finds_nothing_even_with_zero_thresholds)
{
	Builder b("2026-11-22");
	b.th.tutorial_min_hours = 0;
	b.th.tutorial_alert_hours = 0;
	b.th.portfolio_total_hours = 0;
	b.th.portfolio_window_hours = 0;
	b.th.fundamentals_min_hours = 0;
	b.th.scattered_path_hours = 0;
	b.th.hopping_month_hours = 0;
	const findings &f = b.check();
	EXPECT_EQ(f.count, 0u);
	EXPECT_EQ(f.at, day("2026-11-22"));
	EXPECT_STREQ(f.looked_at, "nothing logged yet");
}

TEST(findings, looked_at_lists_the_numbers_when_nothing_is_found)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 80 * 60, 42 * 60, 10 * 60, 4, 7);
	b.tutorial_window({ .fundamentals = 120,
	    .paths = { { "backend", 480 }, { "ml", 120 } },
	    .tutorial = 180, .project = 300 });
	b.scattered_window({ .fundamentals = 120,
	    .paths = { { "backend", 480 }, { "ml", 120 },
	    { "unmapped", 60 } } });
	b.project("Django blog", "backend", "2026-07-01", "2026-08-01");
	b.project("Todo API", "backend", "2026-08-02", "2026-09-01");
	b.project("Scraper", "automation", "2026-09-02", nullptr);
	const findings &f = b.check();
	ASSERT_EQ(f.count, 0u);
	EXPECT_STREQ(f.looked_at, "last 28 days: 12h (tutorials 25%, projects "
	    "41%), 2 paths; overall 80h, fundamentals 42h, 2 projects completed");
}

TEST(findings, looked_at_in_the_singular_and_with_a_shorter_scattered_window)
{
	Builder b("2026-11-22");
	b.th.scattered_window_days = 14;
	b.totals("2026-11-20", 90, 0);
	b.tutorial_window({ .paths = { { "backend", 90 } } });
	b.scattered_window({ .paths = { { "backend", 90 } } });
	b.project("Django blog", "backend", "2026-11-20", "2026-11-21");
	const findings &f = b.check();
	ASSERT_EQ(f.count, 0u);
	EXPECT_STREQ(f.looked_at, "last 28 days: 1h30m (tutorials 0%, projects "
	    "0%), 1 path in the last 14 days; overall 1h30m, fundamentals 0m, "
	    "1 project completed");
}

TEST(findings, every_rule_at_once_in_enum_order_without_looked_at)
{
	Builder b("2026-11-22");
	b.totals("2026-08-01", 100 * 60, 0, 40 * 60, 0, 10);
	b.tutorial_window({ .paths = { { "backend", 600 }, { "ml", 500 },
	    { "devops", 400 } }, .tutorial = 1500 });
	b.scattered_window({ .paths = { { "backend", 600 }, { "ml", 500 },
	    { "devops", 400 } } });
	b.choose("2026-09-01", "backend");
	b.choose("2026-10-01", "ml");
	b.choose("2026-11-01", "devops");
	EXPECT_EQ(b.ids(), (std::vector<std::string>{ "tutorial-hell",
	    "path-hopping", "ignoring-fundamentals", "no-portfolio",
	    "scattered" }));
	EXPECT_EQ(b.f.looked_at, nullptr);
	for (size_t i = 0; i < b.f.count; i++) {
		EXPECT_EQ(b.f.items[i].id, static_cast<finding_id>(i));
		EXPECT_NE(b.f.items[i].advice, nullptr);
		EXPECT_GT(strlen(b.f.items[i].advice), 20u);
	}
}

/* ---------------------------------------------------------------------
 * tutorial-hell: the window
 */

TEST(findings, tutorial_hell_needs_ten_tutorial_hours)
{
	Builder b("2026-11-22");
	b.totals("2026-10-01", 700, 700, 599, 1);
	b.tutorial_window({ .paths = { { "backend", 700 } }, .tutorial = 599 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.tutorial_window({ .paths = { { "backend", 700 } }, .tutorial = 600 });
	const finding &item = b.only();
	EXPECT_EQ(item.id, FINDING_TUTORIAL_HELL);
	EXPECT_STREQ(item.name, "tutorial-hell");
	EXPECT_STREQ(item.severity, "warning");
	EXPECT_EQ(period(item), "2026-10-26..2026-11-22");
	EXPECT_STREQ(item.evidence, "10h of tutorials, 0m of projects in the "
	    "last 28 days (85% of 11h40m)");
}

TEST(findings, tutorial_hell_needs_a_seventy_percent_share)
{
	Builder b("2026-11-22");
	b.totals("2026-10-01", 1000, 1000, 699, 1);
	b.tutorial_window({ .paths = { { "ml", 1000 } }, .tutorial = 699 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.tutorial_window({ .paths = { { "ml", 1000 } }, .tutorial = 700 });
	EXPECT_STREQ(b.only().evidence, "11h40m of tutorials, 0m of projects in "
	    "the last 28 days (70% of 16h40m)");
}

TEST(findings, tutorial_hell_needs_projects_under_ten_percent)
{
	Builder b("2026-11-22");
	b.totals("2026-10-01", 1000, 1000, 800, 3);
	b.tutorial_window({ .paths = { { "ml", 1000 } }, .tutorial = 800,
	    .project = 100 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.tutorial_window({ .paths = { { "ml", 1000 } }, .tutorial = 800,
	    .project = 99 });
	EXPECT_STREQ(b.only().evidence, "13h20m of tutorials, 1h39m of projects "
	    "in the last 28 days (80% of 16h40m)");
}

TEST(findings, tutorial_hell_not_with_a_project_completed_in_the_window)
{
	Builder b("2026-11-22");
	b.totals("2026-10-01", 900, 900, 900, 1);
	b.tutorial_window({ .paths = { { "backend", 900 } }, .tutorial = 900,
	    .projects_completed = 1 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.tutorial_window({ .paths = { { "backend", 900 } }, .tutorial = 900 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{ "tutorial-hell" });
}

TEST(findings, tutorial_hell_thresholds_come_from_the_struct)
{
	Builder b("2026-11-22");
	b.th.tutorial_window_days = 7;
	b.th.tutorial_min_hours = 2;
	b.th.tutorial_share = 50;
	b.th.tutorial_project_share = 30;
	b.totals("2026-11-01", 240, 0, 120, 1);
	b.tutorial_window({ .paths = { { "backend", 240 } }, .tutorial = 120,
	    .project = 71 });
	const finding &item = b.only();
	EXPECT_EQ(period(item), "2026-11-16..2026-11-22");
	EXPECT_STREQ(item.evidence, "2h of tutorials, 1h11m of projects in the "
	    "last 7 days (50% of 4h)");

	b.th.tutorial_project_share = 29;
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

/* ---------------------------------------------------------------------
 * tutorial-hell: the alert
 */

TEST(findings, tutorial_alert_needs_thirty_tutorial_hours_ever)
{
	Builder b("2026-11-22");
	b.totals("2026-08-01", 2000, 0, 1799, 0);
	EXPECT_EQ(b.ids(), std::vector<std::string>{ "ignoring-fundamentals" });

	b.totals("2026-08-01", 2000, 2000, 1800, 0);
	const finding &item = b.only();
	EXPECT_STREQ(item.name, "tutorial-hell");
	EXPECT_STREQ(item.severity, "alert");
	EXPECT_EQ(period(item), "2026-08-01..2026-11-22");
	EXPECT_STREQ(item.evidence, "30h of tutorials since 2026-08-01 and not a "
	    "single project session");
}

TEST(findings, tutorial_alert_not_after_a_single_project_session)
{
	Builder b("2026-11-22");
	b.totals("2026-08-01", 3000, 3000, 3000, 1);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, tutorial_alert_takes_precedence_over_the_window)
{
	Builder b("2026-11-22");
	b.totals("2026-08-01", 2400, 2400, 2400, 0);
	b.tutorial_window({ .fundamentals = 900, .tutorial = 900 });
	const finding &item = b.only();
	EXPECT_STREQ(item.severity, "alert");
	EXPECT_STREQ(item.evidence, "40h of tutorials since 2026-08-01 and not a "
	    "single project session");
	EXPECT_NE(std::string(item.advice), "");

	b.th.tutorial_alert_hours = 41;
	EXPECT_STREQ(b.only().severity, "warning");
}

/* ---------------------------------------------------------------------
 * path-hopping by months
 */

TEST(findings, path_hopping_two_changes_in_the_last_four_months)
{
	Builder b("2026-11-22");
	b.totals("2026-08-01", 3000, 3000);
	b.month("2026-08", { .paths = { { "backend", 360, "flask" } } });
	b.month("2026-09", { .paths = { { "backend", 900, "django", 840 },
	    { "ml", 60 } } });
	b.month("2026-10", { .paths = { { "ml", 700, "tensorflow", 660 } } });
	b.month("2026-11", { .paths = { { "data-science", 600, "pandas", 570 },
	    { "backend", 300, "django" } } });
	const finding &item = b.only();
	EXPECT_STREQ(item.name, "path-hopping");
	EXPECT_STREQ(item.severity, "warning");
	EXPECT_EQ(period(item), "2026-08-01..2026-11-22");
	EXPECT_STREQ(item.evidence, "Aug backend (flask 6h) → Sep backend "
	    "(django 14h) → Oct ml (tensorflow 11h) → Nov data-science (pandas "
	    "9h30m)");
}

TEST(findings, path_hopping_one_change_is_not_hopping)
{
	Builder b("2026-11-22");
	b.totals("2026-08-01", 3000, 3000);
	b.month("2026-08", { .paths = { { "backend", 360 } } });
	b.month("2026-09", { .paths = { { "backend", 900 } } });
	b.month("2026-10", { .paths = { { "backend", 700 } } });
	b.month("2026-11", { .paths = { { "ml", 600 } } });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.th.hopping_changes = 1;
	EXPECT_STREQ(b.only().evidence, "Aug backend (6h) → Sep backend (15h) "
	    "→ Oct backend (11h40m) → Nov ml (10h)");
}

TEST(findings, path_hopping_compares_only_the_last_four_counting_months)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 3000, 3000);
	b.month("2026-06", { .paths = { { "ml", 600 } } });
	b.month("2026-07", { .paths = { { "backend", 600 } } });
	b.month("2026-08", { .paths = { { "ml", 600 } } });
	b.month("2026-09", { .paths = { { "backend", 600 } } });
	b.month("2026-10", { .paths = { { "backend", 600 } } });
	b.month("2026-11", { .paths = { { "backend", 600 } } });
	// Aug..Nov: one change (ml -> backend).
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.th.hopping_months = 5;
	EXPECT_EQ(period(b.only()), "2026-07-01..2026-11-22");
}

TEST(findings, path_hopping_months_need_five_specialization_hours)
{
	Builder b("2026-11-22");
	b.totals("2026-09-01", 3000, 3000);
	b.month("2026-09", { .paths = { { "backend", 600 } } });
	b.month("2026-10", { .fundamentals = 600, .paths = { { "ml", 299 } } });
	b.month("2026-11", { .paths = { { "backend", 600 } } });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.th.hopping_month_hours = 4;
	EXPECT_STREQ(b.only().evidence,
	    "Sep backend (10h) → Oct ml (4h59m) → Nov backend (10h)");
}

TEST(findings, path_hopping_month_hours_count_unmapped_but_never_as_dominant)
{
	Builder b("2026-11-22");
	b.totals("2026-09-01", 3000, 3000);
	b.month("2026-09", { .paths = { { "backend", 600 } } });
	// 5h of specialization, 4h of it unmapped: counts, dominated by ml.
	b.month("2026-10", { .paths = { { "unmapped", 240 }, { "ml", 60 } } });
	b.month("2026-11", { .paths = { { "backend", 600 } } });
	EXPECT_STREQ(b.only().evidence,
	    "Sep backend (10h) → Oct ml (1h) → Nov backend (10h)");

	// Only unmapped hours: the month has no dominant path and is skipped.
	b.h.months[1].dominant = PATH_UNMAPPED;
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, path_hopping_dominant_tie_is_the_path_logged_first)
{
	Builder b("2026-11-22");
	b.totals("2026-09-01", 3000, 3000);
	b.month("2026-09", { .paths = { { "backend", 600 } } });
	b.month("2026-10", { .paths = { { "backend", 400 }, { "ml", 400 } },
	    .dominant = "ml" });
	b.month("2026-11", { .paths = { { "backend", 600 } } });
	EXPECT_STREQ(b.only().evidence,
	    "Sep backend (10h) → Oct ml (6h40m) → Nov backend (10h)");
	b.h.months[1].dominant = b.index("backend");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, path_hopping_looks_back_twelve_calendar_months)
{
	Builder b("2026-11-22");
	b.totals("2025-11-01", 3000, 3000);
	b.month("2025-11", { .paths = { { "backend", 600 } } });
	b.month("2025-12", { .paths = { { "ml", 600 } } });
	b.month("2026-01", { .paths = { { "data-science", 600 } } });
	// Nov 2025 is 13 months back: only Dec -> Jan remains, one change.
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.month("2026-02", { .paths = { { "ml", 600 } } });
	const finding &item = b.only();
	EXPECT_EQ(period(item), "2025-12-01..2026-11-22");
	EXPECT_STREQ(item.evidence,
	    "Dec ml (10h) → Jan data-science (10h) → Feb ml (10h)");
}

/* ---------------------------------------------------------------------
 * path-hopping by `track path set`
 */

TEST(findings, path_set_two_changes_in_ninety_days)
{
	Builder b("2026-11-22");
	b.choose("2026-08-01", "backend");
	b.choose("2026-10-02", "ml");
	b.choose("2026-11-01", "data-science");
	const finding &item = b.only();
	EXPECT_STREQ(item.name, "path-hopping");
	EXPECT_EQ(period(item), "2026-08-25..2026-11-22");
	EXPECT_STREQ(item.evidence, "path set changed 2 times in 90 days: "
	    "backend → ml (2026-10-02) → data-science (2026-11-01)");
}

TEST(findings, path_set_first_choice_is_not_a_change)
{
	Builder b("2026-11-22");
	b.choose("2026-10-01", "ml");
	b.choose("2026-10-15", "backend");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.choose("2026-11-01", "data-science");
	EXPECT_STREQ(b.only().evidence, "path set changed 2 times in 90 days: "
	    "ml → backend (2026-10-15) → data-science (2026-11-01)");
}

TEST(findings, path_set_same_path_twice_is_not_a_change)
{
	Builder b("2026-11-22");
	b.choose("2026-09-01", "backend");
	b.choose("2026-09-10", "backend");
	b.choose("2026-10-01", "ml");
	b.choose("2026-10-20", "ml");
	b.choose("2026-11-01", "ml");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.choose("2026-11-10", "backend");
	b.choose("2026-11-11", "backend");
	EXPECT_STREQ(b.only().evidence, "path set changed 2 times in 90 days: "
	    "backend → ml (2026-10-01) → backend (2026-11-10)");
}

TEST(findings, path_set_window_starts_ninety_days_before)
{
	Builder b("2026-11-22");
	b.choose("2026-06-01", "backend");
	b.choose("2026-08-24", "ml");
	b.choose("2026-11-01", "data-science");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	Builder c("2026-11-22");
	c.choose("2026-06-01", "backend");
	c.choose("2026-08-25", "ml");
	c.choose("2026-11-01", "data-science");
	EXPECT_STREQ(c.only().evidence, "path set changed 2 times in 90 days: "
	    "backend → ml (2026-08-25) → data-science (2026-11-01)");
}

TEST(findings, path_set_custom_paths_and_struct_thresholds)
{
	Builder b("2026-11-22");
	b.add_path("web");
	b.th.hopping_set_window_days = 30;
	b.th.hopping_changes = 1;
	b.choose("2026-10-01", "backend");
	b.choose("2026-10-23", "web");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.choose("2026-11-20", "backend");
	const finding &item = b.only();
	EXPECT_EQ(period(item), "2026-10-24..2026-11-22");
	EXPECT_STREQ(item.evidence, "path set changed 1 time in 30 days: web → "
	    "backend (2026-11-20)");
}

TEST(findings, path_hopping_by_months_and_by_path_set_is_one_finding)
{
	Builder b("2026-11-22");
	b.totals("2026-09-01", 3000, 3000);
	b.month("2026-09", { .paths = { { "backend", 600, "django" } } });
	b.month("2026-10", { .paths = { { "ml", 600, "pytorch" } } });
	b.month("2026-11", { .paths = { { "devops", 600, "docker" } } });
	b.choose("2026-09-01", "backend");
	b.choose("2026-10-01", "ml");
	b.choose("2026-11-01", "devops");
	const finding &item = b.only();
	EXPECT_EQ(period(item), "2026-08-25..2026-11-22");
	EXPECT_STREQ(item.evidence, "Sep backend (django 10h) → Oct ml (pytorch "
	    "10h) → Nov devops (docker 10h); path set changed 2 times in 90 "
	    "days: backend → ml (2026-10-01) → devops (2026-11-01)");
}

/* ---------------------------------------------------------------------
 * ignoring-fundamentals
 */

TEST(findings, ignoring_fundamentals_needs_ten_specialization_hours)
{
	Builder b("2026-11-22");
	b.totals("2026-09-01", 599 + 60, 60, 0, 1);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.totals("2026-09-01", 600 + 60, 60, 0, 1);
	const finding &item = b.only();
	EXPECT_STREQ(item.name, "ignoring-fundamentals");
	EXPECT_STREQ(item.severity, "warning");
	EXPECT_EQ(period(item), "2026-09-01..2026-11-22");
	EXPECT_STREQ(item.evidence, "10h of specialization but 1h of "
	    "fundamentals (step 1 asks for 40h first)");
}

TEST(findings, ignoring_fundamentals_needs_more_specialization_than_fundamentals)
{
	Builder b("2026-11-22");
	b.project("Django blog", "backend", "2026-09-01", "2026-10-01");
	b.totals("2026-09-01", 2399 * 2, 2399, 0, 1);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.totals("2026-09-01", 2400 + 2399, 2399, 0, 1);
	EXPECT_STREQ(b.only().evidence, "40h of specialization but 39h59m of "
	    "fundamentals (step 1 asks for 40h first)");
}

TEST(findings, ignoring_fundamentals_not_once_the_step_is_complete)
{
	Builder b("2026-11-22");
	b.project("Django blog", "backend", "2026-09-01", "2026-10-01");
	b.totals("2026-09-01", 100 * 60 + 40 * 60, 40 * 60, 0, 1);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.th.fundamentals_hours = 41;
	EXPECT_STREQ(b.only().evidence, "100h of specialization but 40h of "
	    "fundamentals (step 1 asks for 41h first)");
	b.th.fundamentals_min_hours = 101;
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

/* ---------------------------------------------------------------------
 * no-portfolio
 */

TEST(findings, no_portfolio_at_sixty_hours_ever)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 59 * 60 + 59, 59 * 60 + 59, 0, 1, 7);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.totals("2026-06-01", 60 * 60, 60 * 60, 0, 1, 7);
	const finding &item = b.only();
	EXPECT_STREQ(item.name, "no-portfolio");
	EXPECT_STREQ(item.severity, "warning");
	EXPECT_EQ(period(item), "2026-06-01..2026-11-22");
	EXPECT_STREQ(item.evidence, "60h logged in 7 weeks and no project "
	    "completed");
}

TEST(findings, no_portfolio_at_eight_weeks)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 600, 600, 0, 1, 7);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.totals("2026-06-01", 600, 600, 0, 1, 8);
	EXPECT_STREQ(b.only().evidence, "10h logged in 8 weeks and no project "
	    "completed");

	b.th.portfolio_weeks = 9;
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, no_portfolio_not_after_a_completed_project)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 100 * 60, 100 * 60, 0, 5, 20);
	b.project("Django blog", "backend", "2026-06-01", nullptr);
	EXPECT_EQ(b.ids(), std::vector<std::string>{ "no-portfolio" });

	b.project("Todo API", "backend", "2026-06-10", "2026-07-01");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, no_portfolio_thirty_hours_in_ninety_days)
{
	Builder b("2026-11-22");
	b.totals("2026-05-01", 40 * 60, 40 * 60, 0, 5, 12);
	b.project("Django blog", "backend", "2026-05-01", "2026-06-01");
	b.portfolio_window({ .fundamentals = 29 * 60 + 59 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.portfolio_window({ .fundamentals = 30 * 60 });
	const finding &item = b.only();
	EXPECT_EQ(period(item), "2026-08-25..2026-11-22");
	EXPECT_STREQ(item.evidence, "30h in the last 90 days and no project "
	    "completed in them");

	b.portfolio_window({ .fundamentals = 30 * 60, .projects_completed = 1 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, no_portfolio_ever_and_recently_is_one_finding)
{
	Builder b("2026-11-22");
	b.totals("2026-09-01", 61 * 60, 61 * 60, 0, 5, 12);
	b.portfolio_window({ .fundamentals = 61 * 60 });
	const finding &item = b.only();
	EXPECT_EQ(period(item), "2026-08-25..2026-11-22");
	EXPECT_STREQ(item.evidence, "61h logged in 12 weeks and no project "
	    "completed; 61h in the last 90 days and no project completed in "
	    "them");

	b.totals("2026-06-01", 61 * 60, 61 * 60, 0, 5, 12);
	EXPECT_EQ(period(b.only()), "2026-06-01..2026-11-22");
}

/* ---------------------------------------------------------------------
 * scattered
 */

TEST(findings, scattered_needs_three_paths_of_two_hours)
{
	Builder b("2026-11-22");
	b.totals("2026-11-01", 1200, 1200, 0, 1);
	b.scattered_window({ .paths = { { "backend", 360 }, { "ml", 300 },
	    { "data-science", 119 } } });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.scattered_window({ .paths = { { "backend", 360 }, { "ml", 300 },
	    { "data-science", 120 } } });
	const finding &item = b.only();
	EXPECT_STREQ(item.name, "scattered");
	EXPECT_STREQ(item.severity, "warning");
	EXPECT_EQ(period(item), "2026-10-26..2026-11-22");
	EXPECT_STREQ(item.evidence, "3 paths in 28 days: backend 6h, ml 5h, "
	    "data-science 2h; the largest holds 46%");
}

TEST(findings, scattered_needs_the_largest_under_half)
{
	Builder b("2026-11-22");
	b.totals("2026-11-01", 1200, 1200, 0, 1);
	b.scattered_window({ .paths = { { "backend", 300 }, { "ml", 150 },
	    { "devops", 150 } } });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.scattered_window({ .paths = { { "backend", 300 }, { "ml", 150 },
	    { "devops", 151 } } });
	EXPECT_STREQ(b.only().evidence, "3 paths in 28 days: backend 5h, devops "
	    "2h31m, ml 2h30m; the largest holds 49%");
}

TEST(findings, scattered_counts_unmapped_hours_but_not_as_a_path)
{
	Builder b("2026-11-22");
	b.add_path("web");
	b.totals("2026-11-01", 1200, 1200, 0, 1);
	b.scattered_window({ .fundamentals = 600, .paths = { { "web", 300 },
	    { "unmapped", 300 }, { "ml", 150 } } });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.th.scattered_paths = 2;
	EXPECT_STREQ(b.only().evidence, "2 paths in 28 days: web 5h, ml 2h30m; "
	    "the largest holds 40%");
}

TEST(findings, scattered_thresholds_come_from_the_struct)
{
	Builder b("2026-11-22");
	b.th.scattered_window_days = 14;
	b.th.scattered_path_hours = 1;
	b.th.scattered_top_share = 60;
	b.totals("2026-11-01", 1200, 1200, 0, 1);
	b.scattered_window({ .paths = { { "backend", 240 }, { "ml", 60 },
	    { "devops", 60 }, { "automation", 59 } } });
	const finding &item = b.only();
	EXPECT_EQ(period(item), "2026-11-09..2026-11-22");
	EXPECT_STREQ(item.evidence, "3 paths in 14 days: backend 4h, ml 1h, "
	    "devops 1h; the largest holds 57%");

	b.th.scattered_top_share = 57;
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

/* ---------------------------------------------------------------------
 * Release and rounding
 */

TEST(findings, release_twice_is_harmless)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 60 * 60, 60 * 60, 0, 1, 7);
	findings f;
	findings_compute(&b.h, &b.th, &f);
	EXPECT_EQ(f.count, 1u);
	findings_release(&f);
	findings_release(&f);
	EXPECT_EQ(f.count, 0u);
	EXPECT_EQ(f.looked_at, nullptr);
}

TEST(findings, round_half_up_never_to_even)
{
	EXPECT_EQ(round_half_up(2.5), 3);
	EXPECT_EQ(round_half_up(3.5), 4);
	EXPECT_EQ(round_half_up(0.5), 1);
	EXPECT_EQ(round_half_up(2.49), 2);
	EXPECT_EQ(round_half_up(0.0), 0);
	EXPECT_EQ(round_half_up(12.0), 12);
}

/* ---------------------------------------------------------------------
 * Rendering
 */

namespace {

// A findings struct with items set by hand (evidence copied).
struct Rendered {
	Rendered() { memset(&f, 0, sizeof(f)); f.at = day("2026-11-22"); }
	~Rendered() { findings_release(&f); }
	void add(finding_id id, const char *name, const char *severity,
	    const char *from, const char *evidence, const char *advice)
	{
		finding *item = &f.items[f.count++];
		item->id = id;
		item->name = name;
		item->severity = severity;
		item->from = day(from);
		item->to = f.at;
		item->evidence = strdup(evidence);
		item->advice = strdup(advice);
	}
	std::string text(bool color)
	{
		char *data = nullptr;
		size_t size = 0;
		FILE *out = open_memstream(&data, &size);
		findings_render_text(out, &f, color);
		fclose(out);
		std::string result(data, size);
		free(data);
		return result;
	}
	std::string json()
	{
		json_t *array = findings_to_json(&f);
		char *dump = json_dumps(array, JSON_PRESERVE_ORDER);
		std::string result = dump;
		free(dump);
		json_decref(array);
		return result;
	}
	findings f;
};

}  // namespace

TEST(render_findings, nothing_found_shows_what_was_looked_at)
{
	Rendered r;
	r.f.looked_at = strdup("last 28 days: 0m (tutorials 0%, projects 0%), "
	    "0 paths; overall 1h, fundamentals 1h, 0 projects completed");
	// The line with "fundamentals" would take 81 columns.
	EXPECT_EQ(r.text(false), "No anti-patterns found (as of 2026-11-22)\n"
	    "  last 28 days: 0m (tutorials 0%, projects 0%), 0 paths; overall "
	    "1h,\n  fundamentals 1h, 0 projects completed\n");
	EXPECT_EQ(r.text(true), "\033[1mNo anti-patterns found\033[0m (as of "
	    "2026-11-22)\n  last 28 days: 0m (tutorials 0%, projects 0%), 0 "
	    "paths; overall 1h,\n  fundamentals 1h, 0 projects completed\n");
	EXPECT_EQ(r.json(), "[]");
}

TEST(render_findings, blocks_wrap_at_eighty_columns_and_neutralise_text)
{
	Rendered r;
	r.add(FINDING_TUTORIAL_HELL, "tutorial-hell", "alert", "2026-08-01",
	    "30h of tutorials since 2026-08-01", "Build something.");
	r.add(FINDING_SCATTERED, "scattered", "warning", "2026-10-26",
	    "3 paths in 28 days: backend 3h, k\033]0;x\007nit 3h, "
	    "data-science-and-a-very-long-custom-path-name-that-cannot-be-broken"
	    "-anywhere 2h; the largest holds 37%", "One thing at a time.");
	EXPECT_EQ(r.text(false), "2 anti-patterns found (as of 2026-11-22)\n"
	    "\n"
	    "tutorial-hell  alert  2026-08-01 to 2026-11-22\n"
	    "  evidence: 30h of tutorials since 2026-08-01\n"
	    "  advice:   Build something.\n"
	    "\n"
	    "scattered  warning  2026-10-26 to 2026-11-22\n"
	    "  evidence: 3 paths in 28 days: backend 3h, k?]0;x?nit 3h,\n"
	    "            data-science-and-a-very-long-custom-path-name-that-"
	    "cannot-be-broken-anywhere\n"
	    "            2h; the largest holds 37%\n"
	    "  advice:   One thing at a time.\n");
	std::string want = "\033[1m2 anti-patterns found\033[0m (as of "
	    "2026-11-22)\n\n\033[1mtutorial-hell\033[0m  \033[1;31malert\033[0m  "
	    "2026-08-01 to 2026-11-22\n  evidence: 30h of tutorials since "
	    "2026-08-01\n";
	EXPECT_EQ(r.text(true).substr(0, want.size()), want);
}

TEST(render_findings, json_objects_keep_the_spec_key_order)
{
	Rendered r;
	r.add(FINDING_NO_PORTFOLIO, "no-portfolio", "warning", "2026-06-01",
	    "60h logged in 7 weeks and no project completed", "Ship it.");
	r.add(FINDING_PATH_HOPPING, "path-hopping", "warning", "2026-09-01",
	    "Sep backend (dj\xff 1h)", "Stay.");
	EXPECT_EQ(r.json(), "[{\"id\": \"no-portfolio\", \"severity\": "
	    "\"warning\", \"from\": \"2026-06-01\", \"to\": \"2026-11-22\", "
	    "\"evidence\": \"60h logged in 7 weeks and no project completed\", "
	    "\"advice\": \"Ship it.\"}, {\"id\": \"path-hopping\", \"severity\": "
	    "\"warning\", \"from\": \"2026-09-01\", \"to\": \"2026-11-22\", "
	    "\"evidence\": \"Sep backend (dj\xef\xbf\xbd 1h)\", \"advice\": "
	    "\"Stay.\"}]");
}
