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
#include "reports/analysis.h"
#include "core/date.h"
#include "reports/history.h"
#include "reports/render.h"
#include "reports/sentences.h"
#include "core/session.h"
}

#include "thresholds_cache.h"

namespace {

// A sentence function's result (NULL: none) as a string, freed.
std::string
taken(char *text, const char *none = "")
{
	std::string result = text ? text : none;
	free(text);
	return result;
}

// The advice of a finding as every format writes it.
std::string
advice_of(const finding &item)
{
	return taken(finding_advice_text(&item.advice));
}

// The evidence of a finding as every format writes it.
std::string
evidence_of(const finding &item)
{
	return taken(finding_evidence_text(&item));
}

// With no finding, the numbers looked at as the text format writes them.
std::string
looked_at_of(const findings &f)
{
	return taken(findings_looked_at_text(&f), "(a finding was found)");
}

// The "welcome back" line of the findings, "" while stalled does not hold.
std::string
welcome_of(const findings &f)
{
	return taken(findings_welcome_text(&f));
}

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
		th = default_thresholds();
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

	// The totals from the first session up to at; the last session is
	// at itself unless last() says otherwise.
	void totals(const char *first_day, int total, int fundamentals,
	    int tutorial = 0, int project_sessions = 0, int weeks = 1)
	{
		h.first_day = day(first_day);
		if (h.last_day == DAY_NONE)
			h.last_day = h.at;
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
	void off_path_window(const SpanSpec &spec)
	{
		fill(&h.off_path_window, h.at - OFF_PATH_WINDOW_DAYS + 1, h.at,
		    spec);
	}

	// The day of the last session (stalled).
	void last(const char *when) { h.last_day = day(when); }

	// Sets topic t's minutes of kind up to at, and its area's (as
	// load_totals adds them).
	void set_minutes(size_t t, kind k, int minutes)
	{
		history_topic *topic = &h.topics[t];
		int change = minutes - topic->total_by_kind[k];

		topic->total_by_kind[k] = minutes;
		if (topic->area == AREA_NONE)
			return;
		h.areas[topic->area].minutes += change;
		if (k != KIND_TUTORIAL)
			h.areas[topic->area].active += change;
	}

	// A topic with its home path (or "unmapped"), its area and its
	// minutes by kind up to at; it counts for counts_for ("": its home,
	// as with no path chosen or a topic that serves none). Returns its
	// index.
	int topic(const char *name, const std::string &home, topic_area area,
	    int tutorial, int study, int project,
	    const std::string &counts_for = "")
	{
		h.topics = static_cast<history_topic *>(realloc(h.topics,
		    (h.topic_count + 1) * sizeof(*h.topics)));
		history_topic *t = &h.topics[h.topic_count];
		memset(t, 0, sizeof(*t));
		t->id = static_cast<int64_t>(h.topic_count) + 1;
		t->name = strdup(name);
		t->home = index(home);
		t->path = counts_for.empty() ? t->home : index(counts_for);
		t->area = area;
		set_minutes(h.topic_count, KIND_TUTORIAL, tutorial);
		set_minutes(h.topic_count, KIND_STUDY, study);
		set_minutes(h.topic_count, KIND_PROJECT, project);
		h.memorization_learning = static_cast<int *>(realloc(
		    h.memorization_learning, (h.topic_count + 1) * sizeof(int)));
		h.memorization_learning[h.topic_count] = 0;
		h.prerequisite_any = static_cast<bool *>(realloc(
		    h.prerequisite_any, (h.topic_count + 1) * sizeof(bool)));
		h.prerequisite_any[h.topic_count] = false;
		return static_cast<int>(h.topic_count++);
	}

	// The memorization window: each topic's tutorial and study minutes
	// in it, and all the window's minutes.
	void memorization_window(const std::vector<std::pair<int, int>> &learning,
	    int all)
	{
		h.memorization_from = h.at - th.memorization_window_days + 1;
		for (int i = 0; i < static_cast<int>(h.topic_count); i++)
			h.memorization_learning[i] = 0;
		for (const auto &[topic, minutes] : learning)
			h.memorization_learning[topic] = minutes;
		h.memorization_minutes = all;
	}

	// A prerequisite of the chosen path (a topic index).
	void prerequisite(int topic)
	{
		h.prerequisite_any[topic] = true;
		h.prerequisites = static_cast<int *>(realloc(h.prerequisites,
		    (h.prerequisite_count + 1) * sizeof(int)));
		h.prerequisites[h.prerequisite_count++] = topic;
	}

	// The open work last worked on, and the last session's topic.
	void resume(const char *name, bool project, const char *when,
	    int last_topic = -1)
	{
		free(h.resume.name);
		h.resume.name = name ? strdup(name) : nullptr;
		h.resume.project = project;
		h.resume.day = when ? day(when) : DAY_NONE;
		h.last_topic = last_topic;
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

	// A `track path set SLUG --date DAY`, in the order they were made,
	// as the history holds it (load_choices): a choice on the day of the
	// one before replaces it.
	void choose(const char *when, const char *slug)
	{
		if (h.choice_count > 0 &&
		    h.choices[h.choice_count - 1].day == day(when)) {
			h.choices[h.choice_count - 1].path = index(slug);
			h.current = index(slug);
			return;
		}
		h.choices = static_cast<path_choice_entry *>(realloc(h.choices,
		    (h.choice_count + 1) * sizeof(*h.choices)));
		h.choices[h.choice_count].day = day(when);
		h.choices[h.choice_count].path = index(slug);
		h.current = h.choices[h.choice_count++].path;
	}

	// A project started on started, completed on completed (nullptr:
	// open), with its minutes and ISO weeks of work; substantial as the
	// model decided (SPEC §4 step 3).
	void project(const char *name, const char *slug, const char *started,
	    const char *completed, int minutes = 0, int weeks = 0,
	    bool substantial = false)
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
		p->minutes = minutes;
		p->weeks = weeks;
		p->substantial = substantial;
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
	EXPECT_EQ(looked_at_of(f), "nothing logged yet");
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
	b.project("Django blog", "backend", "2026-07-01", "2026-08-01", 900, 4,
	    true);
	b.project("Todo API", "backend", "2026-08-02", "2026-09-01", 300, 2);
	b.project("Scraper", "automation", "2026-09-02", nullptr);
	const findings &f = b.check();
	ASSERT_EQ(f.count, 0u);
	EXPECT_EQ(looked_at_of(f), "last 28 days: 12h (tutorials 25%, projects "
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
	EXPECT_EQ(looked_at_of(f), "last 28 days: 1h30m (tutorials 0%, projects "
	    "0%), 1 path in the last 14 days; overall 1h30m, fundamentals 0m, "
	    "1 project completed");
}

TEST(findings, listed_by_severity_then_in_the_order_of_the_spec)
{
	Builder b("2026-11-22");
	b.totals("2026-08-01", 100 * 60, 0, 40 * 60, 0, 10);
	b.last("2026-10-31");
	b.tutorial_window({ .paths = { { "backend", 600 }, { "ml", 500 },
	    { "devops", 400 } }, .tutorial = 1500 });
	b.scattered_window({ .paths = { { "backend", 600 }, { "ml", 500 },
	    { "devops", 400 } } });
	b.choose("2026-09-01", "backend");
	b.choose("2026-10-01", "ml");
	b.choose("2026-11-01", "devops");
	EXPECT_EQ(b.ids(), (std::vector<std::string>{ "tutorial-hell",
	    "path-hopping", "ignoring-fundamentals", "no-portfolio",
	    "scattered", "stalled" }));
	EXPECT_EQ(findings_looked_at_text(&b.f), nullptr);
	EXPECT_STREQ(b.f.items[0].severity, "alert");
	for (size_t i = 1; i + 1 < b.f.count; i++)
		EXPECT_STREQ(b.f.items[i].severity, "warning");
	EXPECT_STREQ(b.f.items[b.f.count - 1].severity, "info");
	for (size_t i = 0; i < b.f.count; i++) {
		EXPECT_GT(advice_of(b.f.items[i]).size(), 20u);
	}
	EXPECT_TRUE(findings_any_warning(&b.f));

	// A warning-level tutorial-hell goes after nothing but the alerts:
	// with none, it leads, and stalled still closes the list.
	b.th.tutorial_alert_hours = 41;
	EXPECT_EQ(b.ids(), (std::vector<std::string>{ "tutorial-hell",
	    "path-hopping", "ignoring-fundamentals", "no-portfolio",
	    "scattered", "stalled" }));
	EXPECT_STREQ(b.f.items[0].severity, "warning");
}

TEST(findings, an_alert_goes_before_earlier_warnings)
{
	Builder b("2026-11-22");
	// path-hopping by path set (a warning) and the tutorial alert.
	b.totals("2026-08-01", 30 * 60, 30 * 60, 30 * 60, 0, 4);
	b.choose("2026-09-01", "backend");
	b.choose("2026-10-01", "ml");
	b.choose("2026-11-01", "devops");
	EXPECT_EQ(b.ids(), (std::vector<std::string>{ "tutorial-hell",
	    "path-hopping" }));
	EXPECT_STREQ(b.f.items[0].severity, "alert");
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
	EXPECT_EQ(evidence_of(item), "10h of tutorials, 0m of projects in the "
	    "last 28 days (85% of 11h40m)");
}

TEST(findings, tutorial_hell_needs_a_seventy_percent_share)
{
	Builder b("2026-11-22");
	b.totals("2026-10-01", 1000, 1000, 699, 1);
	b.tutorial_window({ .paths = { { "ml", 1000 } }, .tutorial = 699 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.tutorial_window({ .paths = { { "ml", 1000 } }, .tutorial = 700 });
	EXPECT_EQ(evidence_of(b.only()), "11h40m of tutorials, 0m of projects in "
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
	EXPECT_EQ(evidence_of(b.only()), "13h20m of tutorials, 1h39m of projects "
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
	EXPECT_EQ(evidence_of(item), "2h of tutorials, 1h11m of projects in the "
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
	EXPECT_EQ(evidence_of(item), "30h of tutorials since 2026-08-01 and not a "
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
	EXPECT_EQ(evidence_of(item), "40h of tutorials since 2026-08-01 and not a "
	    "single project session");
	EXPECT_NE(advice_of(item), "");

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
	EXPECT_EQ(evidence_of(item), "Aug backend (flask 6h) → Sep backend "
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
	EXPECT_EQ(evidence_of(b.only()), "Aug backend (6h) → Sep backend (15h) "
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
	EXPECT_EQ(evidence_of(b.only()),
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
	EXPECT_EQ(evidence_of(b.only()),
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
	EXPECT_EQ(evidence_of(b.only()),
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
	EXPECT_EQ(evidence_of(item),
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
	EXPECT_EQ(evidence_of(item), "path set changed 2 times in 90 days: "
	    "backend → ml (2026-10-02) → data-science (2026-11-01)");
}

TEST(findings, path_set_first_choice_is_not_a_change)
{
	Builder b("2026-11-22");
	b.choose("2026-10-01", "ml");
	b.choose("2026-10-15", "backend");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.choose("2026-11-01", "data-science");
	EXPECT_EQ(evidence_of(b.only()), "path set changed 2 times in 90 days: "
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
	EXPECT_EQ(evidence_of(b.only()), "path set changed 2 times in 90 days: "
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
	EXPECT_EQ(evidence_of(c.only()), "path set changed 2 times in 90 days: "
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
	EXPECT_EQ(evidence_of(item), "path set changed 1 time in 30 days: web → "
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
	// The 90 days start on 2026-08-25, before the first session.
	const finding &item = b.only();
	EXPECT_EQ(period(item), "2026-09-01..2026-11-22");
	EXPECT_EQ(evidence_of(item), "Sep backend (django 10h) → Oct ml (pytorch "
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
	EXPECT_EQ(evidence_of(item), "10h of specialization but 1h of "
	    "fundamentals (step 1 asks for 40h first)");
}

TEST(findings, ignoring_fundamentals_needs_step_one_under_half_its_target)
{
	// A learner with 20 of 40 hours has not skipped the basics.
	Builder b("2026-11-22");
	b.project("Django blog", "backend", "2026-09-01", "2026-10-01", 600, 3,
	    true);
	b.totals("2026-09-01", 60 * 60 + 1200, 1200, 0, 1);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.totals("2026-09-01", 60 * 60 + 1199, 1199, 0, 1);
	EXPECT_EQ(evidence_of(b.only()), "60h of specialization but 19h59m of "
	    "fundamentals (step 1 asks for 40h first)");
}

TEST(findings, ignoring_fundamentals_needs_more_specialization_than_fundamentals)
{
	Builder b("2026-11-22");
	b.th.fundamentals_min_hours = 5;
	b.project("Django blog", "backend", "2026-09-01", "2026-10-01", 600, 3,
	    true);
	b.totals("2026-09-01", 1199 * 2, 1199, 0, 1);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.totals("2026-09-01", 1200 + 1199, 1199, 0, 1);
	EXPECT_EQ(evidence_of(b.only()), "20h of specialization but 19h59m of "
	    "fundamentals (step 1 asks for 40h first)");
}

TEST(findings, ignoring_fundamentals_thresholds_come_from_the_struct)
{
	Builder b("2026-11-22");
	b.project("Django blog", "backend", "2026-09-01", "2026-10-01", 600, 3,
	    true);
	b.totals("2026-09-01", 100 * 60 + 20 * 60, 20 * 60, 0, 1);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.th.fundamentals_hours = 41;
	EXPECT_EQ(evidence_of(b.only()), "100h of specialization but 20h of "
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
	EXPECT_EQ(evidence_of(item), "60h logged in 7 weeks and no project "
	    "completed");
}

TEST(findings, no_portfolio_at_eight_weeks)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 600, 600, 0, 1, 7);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.totals("2026-06-01", 600, 600, 0, 1, 8);
	EXPECT_EQ(evidence_of(b.only()), "10h logged in 8 weeks and no project "
	    "completed");

	b.th.portfolio_weeks = 9;
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, no_portfolio_not_after_a_completed_project_with_two_weeks_of_work)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 100 * 60, 100 * 60, 0, 5, 20);
	b.project("Django blog", "backend", "2026-06-01", nullptr, 600, 4);
	EXPECT_EQ(b.ids(), std::vector<std::string>{ "no-portfolio" });

	// Five projects marked done with no logged work are no portfolio.
	for (const char *name : { "One", "Two", "Three", "Four" })
		b.project(name, "backend", "2026-06-10", "2026-07-01");
	// A small shipped tool with work in one week is not yet either.
	b.project("Todo API", "backend", "2026-06-10", "2026-07-01", 120, 1);
	EXPECT_EQ(evidence_of(b.only()), "100h logged in 20 weeks; 5 completed "
	    "projects, none with work in two or more weeks");

	// With sessions in two ISO weeks it is a start.
	b.h.projects[b.h.project_count - 1].weeks = 2;
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, no_portfolio_counts_a_substantial_project_in_one_week)
{
	// The model decides what is substantial; a substantial project
	// counts whatever its weeks say.
	Builder b("2026-11-22");
	b.totals("2026-06-01", 100 * 60, 100 * 60, 0, 5, 20);
	b.project("Todo API", "backend", "2026-06-10", "2026-07-01", 900, 1,
	    true);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, no_portfolio_thirty_hours_in_ninety_days_after_a_substantial_one)
{
	Builder b("2026-11-22");
	b.totals("2026-05-01", 40 * 60, 40 * 60, 0, 5, 12);
	b.project("Django blog", "backend", "2026-05-01", "2026-06-01", 900, 4,
	    true);
	b.portfolio_window({ .fundamentals = 29 * 60 + 59 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.portfolio_window({ .fundamentals = 30 * 60 });
	const finding &item = b.only();
	EXPECT_EQ(period(item), "2026-08-25..2026-11-22");
	EXPECT_EQ(evidence_of(item), "30h in the last 90 days and no project "
	    "completed in them (the last substantial one, 'Django blog', on "
	    "2026-06-01)");
	EXPECT_EQ(item.advice.code, ADVICE_PORTFOLIO_RECENT);
	EXPECT_EQ(advice_of(item), "Start your next project and publish it "
	    "within a few weeks: a portfolio that stops growing stops showing "
	    "what you can do.");

	// A thin project completed in the window ends it too.
	b.portfolio_window({ .fundamentals = 30 * 60, .projects_completed = 1 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, no_portfolio_recent_form_needs_a_substantial_project_before)
{
	// A thin project with two weeks of work: form (a) is lifted, and
	// form (b) has no substantial project to compare with.
	Builder b("2026-11-22");
	b.totals("2026-05-01", 40 * 60, 40 * 60, 0, 5, 12);
	b.project("Scraper", "automation", "2026-05-01", "2026-06-01", 300, 2);
	b.portfolio_window({ .fundamentals = 35 * 60 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	// The substantial project completed inside the window is not
	// "before them" and the window holds a completion anyway.
	b.project("Django blog", "backend", "2026-05-01", "2026-08-25", 900, 4,
	    true);
	b.portfolio_window({ .fundamentals = 35 * 60, .projects_completed = 1 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
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
	// The 28 days start on 2026-10-26, before the first session.
	EXPECT_EQ(period(item), "2026-11-01..2026-11-22");
	EXPECT_EQ(evidence_of(item), "3 paths in 28 days: backend 6h, ml 5h, "
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
	EXPECT_EQ(evidence_of(b.only()), "3 paths in 28 days: backend 5h, devops "
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
	EXPECT_EQ(evidence_of(b.only()), "2 paths in 28 days: web 5h, ml 2h30m; "
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
	EXPECT_EQ(evidence_of(item), "3 paths in 14 days: backend 4h, ml 1h, "
	    "devops 1h; the largest holds 57%");

	b.th.scattered_top_share = 57;
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

/* ---------------------------------------------------------------------
 * tutorial-hell: not before two weeks of history (issue 15, case 13)
 */

TEST(findings, tutorial_hell_waits_fourteen_days_after_the_first_session)
{
	Builder b("2026-11-22");
	b.totals("2026-11-09", 900, 900, 900, 0);
	b.tutorial_window({ .fundamentals = 900, .tutorial = 900 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.totals("2026-11-08", 900, 900, 900, 0);
	const finding &item = b.only();
	EXPECT_STREQ(item.severity, "warning");
	// The 28 days start on 2026-10-26, before the first session.
	EXPECT_EQ(period(item), "2026-11-08..2026-11-22");
	EXPECT_EQ(evidence_of(item), "15h of tutorials, 0m of projects in the "
	    "last 28 days (100% of 15h)");
}

TEST(findings, tutorial_alert_waits_fourteen_days_too)
{
	Builder b("2026-11-22");
	b.totals("2026-11-09", 1800, 1800, 1800, 0);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.totals("2026-11-08", 1800, 1800, 1800, 0);
	EXPECT_EQ(evidence_of(b.only()), "30h of tutorials since 2026-11-08 and "
	    "not a single project session");

	b.totals("2026-11-22", 1800, 1800, 1800, 0);
	b.th.tutorial_min_history_days = 0;
	EXPECT_STREQ(b.only().severity, "alert");
}

TEST(findings, tutorial_hell_advice_names_the_open_project_or_the_paths_example)
{
	Builder b("2026-11-22");
	b.totals("2026-10-01", 900, 900, 900, 1);
	b.tutorial_window({ .fundamentals = 900, .tutorial = 900 });
	EXPECT_EQ(b.only().advice.code, ADVICE_TUTORIAL_BUILD);
	EXPECT_EQ(advice_of(b.only()), "Close the course and build something "
	    "small of your own with what you already know: you learn more from "
	    "being stuck on your own code than from the next video.");

	b.choose("2026-10-01", "backend");
	EXPECT_EQ(b.only().advice.code, ADVICE_TUTORIAL_EXAMPLE);
	EXPECT_EQ(advice_of(b.only()), "Close the course and build a small "
	    "Django or Flask app of your own with what you already know: you "
	    "learn more from being stuck on your own code than from the next "
	    "video.");

	b.project("Blog", "backend", "2026-10-02", nullptr, 30, 1);
	b.project("Shipped", "backend", "2026-10-02", "2026-10-10", 600, 2);
	EXPECT_EQ(b.only().advice.code, ADVICE_TUTORIAL_PROJECT);
	EXPECT_EQ(advice_of(b.only()), "Close the course and spend your next "
	    "sessions on 'Blog': you learn more from being stuck on your own "
	    "code than from the next video.");
}

TEST(findings, tutorial_alert_advice_for_a_learner_with_an_empty_project)
{
	Builder b("2026-11-22");
	b.totals("2026-08-01", 1800, 1800, 1800, 0);
	b.project("Blog", "backend", "2026-10-02", nullptr);
	EXPECT_EQ(b.only().advice.code, ADVICE_TUTORIAL_ALERT_PROJECT);
	EXPECT_EQ(advice_of(b.only()), "Start on 'Blog' today instead of the "
	    "next video, however small the first step, and go back to a "
	    "tutorial only when something you are building needs it.");
}

/* ---------------------------------------------------------------------
 * path-hopping: same-day choices and the advice
 */

TEST(findings, path_set_twice_on_one_day_is_one_choice)
{
	Builder b("2026-11-22");
	b.choose("2026-06-01", "backend");
	b.choose("2026-11-10", "ml");
	b.choose("2026-11-10", "backend");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.choose("2026-11-12", "ml");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.choose("2026-11-20", "backend");
	const finding &item = b.only();
	EXPECT_EQ(evidence_of(item), "path set changed 2 times in 90 days: "
	    "backend → ml (2026-11-12) → backend (2026-11-20)");
	EXPECT_EQ(item.advice.code, ADVICE_HOPPING_PATH);
	EXPECT_EQ(advice_of(item), "Stay with backend for the next 6 to 12 "
	    "months, even when another path looks more exciting: deep skill in "
	    "one area beats a little of everything.");
}

TEST(findings, path_set_a_mis_click_undone_the_same_day_changes_nothing)
{
	Builder b("2026-11-22");
	b.choose("2026-09-01", "backend");
	b.choose("2026-10-01", "ml");
	b.choose("2026-11-05", "data-science");
	b.choose("2026-11-05", "ml");
	// backend → ml, and 11-05 holds ml again: one change.
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, path_hopping_advice_without_a_path)
{
	Builder b("2026-11-22");
	b.totals("2026-09-01", 1800, 0);
	b.month("2026-09", { .paths = { { "backend", 600 } } });
	b.month("2026-10", { .paths = { { "ml", 600 } } });
	b.month("2026-11", { .paths = { { "backend", 600 } } });
	b.th.fundamentals_min_hours = 100;
	EXPECT_EQ(b.only().advice.code, ADVICE_HOPPING_NONE);
	EXPECT_EQ(advice_of(b.only()), "Pick one path and stay with it for 6 to "
	    "12 months: deep skill in one area beats a little of everything.");
}

/* ---------------------------------------------------------------------
 * off-path (issue 15, case 5)
 */

namespace {

// A backend learner with the fundamentals behind them.
void
backend_learner(Builder &b)
{
	b.choose("2026-09-01", "backend");
	b.totals("2026-09-01", 55 * 60, 40 * 60, 0, 3, 7);
}

}  // namespace

TEST(findings, off_path_needs_ten_specialization_hours)
{
	Builder b("2026-11-22");
	backend_learner(b);
	b.off_path_window({ .fundamentals = 3000,
	    .paths = { { "data-science", 599 } } });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
	EXPECT_FALSE(b.f.holds[FINDING_OFF_PATH]);

	b.off_path_window({ .fundamentals = 3000,
	    .paths = { { "data-science", 600 } } });
	const finding &item = b.only();
	EXPECT_STREQ(item.name, "off-path");
	EXPECT_STREQ(item.severity, "warning");
	EXPECT_EQ(period(item), "2026-10-26..2026-11-22");
	EXPECT_EQ(evidence_of(item), "backend 0m of 10h in the last 28 days "
	    "(0%); the rest went to data-science 10h");
	EXPECT_EQ(item.advice.code, ADVICE_OFF_PATH_OTHER);
	EXPECT_EQ(advice_of(item), "Either make data-science your path (`track "
	    "path set data-science`) or come back to backend: hours spread "
	    "elsewhere do not deepen the path you chose.");
	EXPECT_TRUE(b.f.holds[FINDING_OFF_PATH]);
}

TEST(findings, off_path_needs_under_thirty_percent_on_the_chosen_path)
{
	Builder b("2026-11-22");
	backend_learner(b);
	b.off_path_window({ .paths = { { "backend", 300 },
	    { "data-science", 700 } } });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.off_path_window({ .paths = { { "backend", 299 },
	    { "data-science", 501 }, { "ml", 200 } } });
	EXPECT_EQ(evidence_of(b.only()), "backend 4h59m of 16h40m in the last "
	    "28 days (29%); the rest went to data-science 8h21m, ml 3h20m");

	b.th.off_path_share = 29;
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
	b.th.off_path_share = 30;
	b.th.off_path_min_hours = 17;
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, off_path_needs_a_chosen_path)
{
	Builder b("2026-11-22");
	b.totals("2026-09-01", 55 * 60, 40 * 60, 0, 3, 7);
	b.off_path_window({ .paths = { { "data-science", 2880 } } });
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
	EXPECT_FALSE(b.f.holds[FINDING_OFF_PATH]);
}

TEST(findings, off_path_is_silenced_by_scattered_but_its_condition_holds)
{
	Builder b("2026-11-22");
	backend_learner(b);
	SpanSpec spread = { .paths = { { "data-science", 400 }, { "ml", 350 },
	    { "devops", 250 } } };
	b.off_path_window(spread);
	b.scattered_window(spread);
	EXPECT_EQ(b.ids(), std::vector<std::string>{ "scattered" });
	EXPECT_TRUE(b.f.holds[FINDING_OFF_PATH]);
	EXPECT_EQ(b.f.items[0].advice.code, ADVICE_SCATTERED_PATH);
	EXPECT_EQ(advice_of(b.f.items[0]), "Learn one thing at a time: keep "
	    "backend, the path you chose, and park the others until you have "
	    "built something real in it.");
}

TEST(findings, off_path_into_unmapped_topics_asks_to_map_them)
{
	Builder b("2026-11-22");
	backend_learner(b);
	b.off_path_window({ .paths = { { "backend", 100 },
	    { "unmapped", 900 } } });
	const finding &item = b.only();
	EXPECT_EQ(evidence_of(item), "backend 1h40m of 16h40m in the last 28 "
	    "days (10%); the rest went to unmapped 15h");
	EXPECT_EQ(item.advice.code, ADVICE_OFF_PATH_UNMAPPED);
	EXPECT_EQ(advice_of(item), "Map the topics that took this time to a "
	    "path (`track topic add NAME --path P`) or come back to backend: "
	    "hours that count for no path do not deepen the one you chose.");
}

/* ---------------------------------------------------------------------
 * ignoring-fundamentals: step 1's hours and coverage
 */

TEST(findings, ignoring_fundamentals_names_missing_areas_when_coverage_is_missing)
{
	// 30h of git: further topics count for at most 10h of step 1.
	Builder b("2026-11-22");
	b.totals("2026-06-01", 50 * 60 + 30 * 60, 30 * 60, 0, 2, 7);
	b.topic("git", "fundamentals", AREA_FURTHER, 0, 30 * 60, 0);
	b.topic("django", "backend", AREA_NONE, 0, 50 * 60, 0);
	b.project("Blog", "backend", "2026-07-01", "2026-08-01", 600, 3, true);
	EXPECT_EQ(history_fundamentals_step_minutes(&b.h, &b.th), 600);
	const finding &item = b.only();
	EXPECT_STREQ(item.name, "ignoring-fundamentals");
	EXPECT_EQ(evidence_of(item), "50h of specialization; of 30h of "
	    "fundamentals only 10h count for step 1 (further topics such as git "
	    "count for at most 25% of its 40h); not practised yet: basics, data "
	    "structures, functions, classes and error handling");
	EXPECT_EQ(item.advice.code, ADVICE_FUNDAMENTALS_COVERAGE);
	EXPECT_EQ(item.advice.areas, 1u << AREA_BASICS |
	    1u << AREA_DATA_STRUCTURES | 1u << AREA_FUNCTIONS |
	    1u << AREA_CLASSES | 1u << AREA_ERROR_HANDLING);
	EXPECT_EQ(advice_of(item), "Practise basics, data structures, functions, "
	    "classes and error handling in small exercises of your own before "
	    "going further: libraries and frameworks change, the fundamentals "
	    "don't.");
}

TEST(findings, ignoring_fundamentals_step_one_counts_areas_and_capped_further)
{
	Builder b("2026-11-22");
	b.topic("git", "fundamentals", AREA_FURTHER, 0, 30 * 60, 0);
	b.topic("python", "fundamentals", AREA_BASICS, 0, 599, 0);
	b.topic("django", "backend", AREA_NONE, 0, 50 * 60, 0);
	b.project("Blog", "backend", "2026-07-01", "2026-08-01", 600, 3, true);
	b.totals("2026-06-01", 50 * 60 + 30 * 60 + 599, 30 * 60 + 599, 0, 2, 7);
	EXPECT_EQ(history_fundamentals_step_minutes(&b.h, &b.th), 1199);
	EXPECT_EQ(evidence_of(b.only()), "50h of specialization; of 39h59m of "
	    "fundamentals only 19h59m count for step 1 (further topics such as "
	    "git count for at most 25% of its 40h); not practised yet: data "
	    "structures, functions, classes and error handling");

	// 10h of basics and 10h of git: step 1 is at half its target.
	b.set_minutes(1, KIND_STUDY, 600);
	b.totals("2026-06-01", 50 * 60 + 30 * 60 + 600, 30 * 60 + 600, 0, 2, 7);
	EXPECT_EQ(history_fundamentals_step_minutes(&b.h, &b.th), 1200);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	// The further share is a setting.
	b.th.fundamentals_further_share = 24;
	EXPECT_EQ(history_fundamentals_step_minutes(&b.h, &b.th), 1176);
	EXPECT_EQ(b.ids(),
	    std::vector<std::string>{ "ignoring-fundamentals" });
}

TEST(findings, ignoring_fundamentals_advice_names_the_learners_framework)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 62 * 60, 2 * 60, 0, 2, 7);
	b.topic("python", "fundamentals", AREA_BASICS, 0, 2 * 60, 0);
	b.topic("flask", "backend", AREA_NONE, 0, 20 * 60, 0);
	b.topic("django", "backend", AREA_NONE, 5 * 60, 35 * 60, 0);
	b.project("Blog", "backend", "2026-07-01", "2026-08-01", 600, 3, true);
	const finding &item = b.only();
	EXPECT_EQ(evidence_of(item), "60h of specialization but 2h of "
	    "fundamentals (step 1 asks for 40h first)");
	EXPECT_EQ(advice_of(item), "Frameworks change but the language stays: "
	    "put in your fundamentals hours (data structures, functions, "
	    "classes, error handling) before going deeper into django.");
}

TEST(findings, ignoring_fundamentals_advice_for_automation_names_no_framework)
{
	// Issue 15, case 10: an automation learner is not told to go
	// "deeper into a framework".
	Builder b("2026-11-22");
	b.choose("2026-06-01", "automation");
	b.totals("2026-06-01", 62 * 60, 2 * 60, 0, 2, 7);
	b.topic("python", "fundamentals", AREA_BASICS, 0, 2 * 60, 0);
	b.topic("web-scraping", "automation", AREA_NONE, 0, 60 * 60, 0);
	b.project("Renamer", "automation", "2026-07-01", "2026-08-01", 600, 3,
	    true);
	const finding &item = b.only();
	EXPECT_EQ(item.advice.code, ADVICE_FUNDAMENTALS_AUTOMATION);
	EXPECT_EQ(advice_of(item), "Scripts are only as reliable as the Python "
	    "under them: put in your fundamentals hours (data structures, "
	    "functions, error handling) before automating bigger tasks.");
	EXPECT_EQ(advice_of(item).find("framework"), std::string::npos);
}

/* ---------------------------------------------------------------------
 * no-portfolio: the advice (issue 15, case 9)
 */

TEST(findings, no_portfolio_advice_names_the_open_project_with_most_hours)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 100 * 60, 100 * 60, 0, 5, 20);
	b.project("Blog", "backend", "2026-06-01", nullptr, 300, 2);
	b.project("Todo API", "backend", "2026-07-01", nullptr, 17 * 60, 3);
	b.project("Old", "backend", "2026-06-01", "2026-06-02", 30, 1);
	b.project("Notes", "backend", "2026-08-01", nullptr, 0, 0);
	EXPECT_EQ(b.only().advice.code, ADVICE_PORTFOLIO_OPEN);
	EXPECT_STREQ(b.only().advice.project, "Todo API");
	EXPECT_EQ(b.only().advice.minutes, 17 * 60);
	EXPECT_EQ(advice_of(b.only()), "Finish 'Todo API' (17h so far), publish "
	    "it and record it with `track project done` and its URL: employers "
	    "want to see what you built, not which courses you finished.");
}

TEST(findings, no_portfolio_advice_for_an_open_project_without_work)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 100 * 60, 100 * 60, 0, 5, 20);
	b.project("Todo API", "backend", "2026-07-01", nullptr);
	EXPECT_EQ(b.only().advice.code, ADVICE_PORTFOLIO_OPEN_NEW);
	EXPECT_EQ(advice_of(b.only()), "Work on 'Todo API' over the next few "
	    "weeks, logging it with --project, then publish it: employers want "
	    "to see what you built, not which courses you finished.");
}

TEST(findings, no_portfolio_advice_without_projects_names_none)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 100 * 60, 100 * 60, 0, 5, 20);
	EXPECT_EQ(b.only().advice.code, ADVICE_PORTFOLIO_NONE);
	EXPECT_EQ(advice_of(b.only()), "Employers want to see what you built, "
	    "not which courses you finished: finish one project, publish it and "
	    "record it with `track project done NAME --url URL`.");

	b.choose("2026-06-01", "data-science");
	EXPECT_EQ(b.only().advice.code, ADVICE_PORTFOLIO_EXAMPLE);
	EXPECT_EQ(advice_of(b.only()), "Build a Pandas analysis of your own "
	    "data (your spending, say) over a few weeks and publish it: "
	    "employers want to see what you built, not which courses you "
	    "finished.");
}

/* ---------------------------------------------------------------------
 * memorization
 */

namespace {

// A learner past the fundamentals with pandas studied, never applied:
// python 25h (outside the window), pandas `pandas` minutes of study in
// the window, which holds `all` minutes.
int
pandas_learner(Builder &b, int pandas, int all)
{
	b.totals("2026-06-01", 1500 + pandas, 1500, 0, 0, 5);
	b.topic("python", "fundamentals", AREA_BASICS, 0, 1500, 0);
	int t = b.topic("pandas", "data-science", AREA_NONE, pandas / 2,
	    pandas - pandas / 2, 0);
	b.memorization_window({ { t, pandas } }, all);
	return t;
}

}  // namespace

TEST(findings, memorization_needs_fifteen_unapplied_hours)
{
	Builder b("2026-11-22");
	pandas_learner(b, 899, 899);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	Builder c("2026-11-22");
	pandas_learner(c, 900, 900);
	const finding &item = c.only();
	EXPECT_STREQ(item.name, "memorization");
	EXPECT_STREQ(item.severity, "warning");
	EXPECT_EQ(period(item), "2026-08-25..2026-11-22");
	EXPECT_EQ(evidence_of(item), "pandas 15h: 15h of tutorials and study in "
	    "the last 90 days on topics never used in a project (100% of 15h)");
	EXPECT_EQ(item.advice.code, ADVICE_MEMORIZATION_TOPIC);
	EXPECT_EQ(advice_of(item), "Use pandas in a small project this week: if "
	    "you understand the core concepts, you can always look up the "
	    "rest.");
}

TEST(findings, memorization_needs_sixty_percent_of_the_window)
{
	Builder b("2026-11-22");
	pandas_learner(b, 900, 1501);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	Builder c("2026-11-22");
	pandas_learner(c, 900, 1500);
	EXPECT_EQ(evidence_of(c.only()), "pandas 15h: 15h of tutorials and study "
	    "in the last 90 days on topics never used in a project (60% of "
	    "25h)");
}

TEST(findings, memorization_counts_topics_with_five_hours_each)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 2400, 1500, 0, 0, 5);
	b.topic("python", "fundamentals", AREA_BASICS, 0, 1500, 0);
	int pandas = b.topic("pandas", "data-science", AREA_NONE, 600, 0, 0);
	int numpy = b.topic("numpy", "data-science", AREA_NONE, 0, 299, 0);
	b.memorization_window({ { pandas, 600 }, { numpy, 299 } }, 899);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.set_minutes(numpy, KIND_STUDY, 300);
	b.memorization_window({ { pandas, 600 }, { numpy, 300 } }, 900);
	EXPECT_EQ(evidence_of(b.only()), "pandas 10h, numpy 5h: 15h of tutorials "
	    "and study in the last 90 days on topics never used in a project "
	    "(100% of 15h)");
}

TEST(findings, memorization_spares_topics_used_in_a_project_and_fundamentals)
{
	Builder b("2026-11-22");
	int t = pandas_learner(b, 1200, 1200);
	b.set_minutes(t, KIND_PROJECT, 30);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	// Fundamentals are practice, not a framework to apply.
	Builder c("2026-11-22");
	c.totals("2026-06-01", 3000, 3000, 0, 0, 5);
	int python = c.topic("python", "fundamentals", AREA_BASICS, 1500, 1500,
	    0);
	c.memorization_window({ { python, 3000 } }, 3000);
	EXPECT_EQ(c.ids(), std::vector<std::string>{});
}

TEST(findings, memorization_is_silenced_by_tutorial_hell_and_no_portfolio)
{
	Builder b("2026-11-22");
	pandas_learner(b, 900, 900);
	b.tutorial_window({ .paths = { { "data-science", 900 } },
	    .tutorial = 900 });
	EXPECT_EQ(b.ids(), std::vector<std::string>{ "tutorial-hell" });
	EXPECT_TRUE(b.f.holds[FINDING_MEMORIZATION]);

	Builder c("2026-11-22");
	pandas_learner(c, 900, 900);
	c.h.active_weeks = 8;
	EXPECT_EQ(c.ids(), std::vector<std::string>{ "no-portfolio" });
	EXPECT_TRUE(c.f.holds[FINDING_MEMORIZATION]);
}

TEST(findings, memorization_leaves_out_the_maths)
{
	// A data scientist's linear algebra is studied, not applied in a
	// project: it is a prerequisite (of ml) and never "unapplied".
	Builder b("2026-11-22");
	b.choose("2026-06-01", "data-science");
	b.totals("2026-06-01", 1500 + 1200, 1500, 0, 0, 5);
	b.topic("python", "fundamentals", AREA_BASICS, 0, 1500, 0);
	int algebra = b.topic("linear-algebra", "ml", AREA_NONE, 0, 1200, 0,
	    "data-science");
	b.h.prerequisite_any[algebra] = true;
	b.memorization_window({ { algebra, 1200 } }, 1200);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
	EXPECT_FALSE(b.f.holds[FINDING_MEMORIZATION]);

	b.h.prerequisite_any[algebra] = false;
	EXPECT_EQ(b.ids(), std::vector<std::string>{ "memorization" });
}

TEST(findings, memorization_is_silenced_by_off_path)
{
	// A backend learner deep in pandas: off-path asks first whether
	// pandas is the path; memorization would push further into it.
	Builder b("2026-11-22");
	b.choose("2026-06-01", "backend");
	pandas_learner(b, 1200, 1200);
	b.off_path_window({ .paths = { { "data-science", 1200 } } });
	EXPECT_EQ(b.ids(), std::vector<std::string>{ "off-path" });
	EXPECT_TRUE(b.f.holds[FINDING_MEMORIZATION]);
}

TEST(findings, memorization_is_silenced_by_ignoring_fundamentals)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 1200, 0, 0, 0, 5);
	int t = b.topic("pandas", "data-science", AREA_NONE, 600, 600, 0);
	b.memorization_window({ { t, 1200 } }, 1200);
	EXPECT_EQ(b.ids(),
	    std::vector<std::string>{ "ignoring-fundamentals" });
	EXPECT_TRUE(b.f.holds[FINDING_MEMORIZATION]);
}

TEST(findings, memorization_advice_names_an_open_project_of_the_topics_path)
{
	Builder b("2026-11-22");
	pandas_learner(b, 900, 900);
	b.project("Scraper", "automation", "2026-10-01", nullptr, 60, 1);
	EXPECT_EQ(b.only().advice.code, ADVICE_MEMORIZATION_TOPIC);
	EXPECT_EQ(advice_of(b.only()), "Use pandas in a small project this week: "
	    "if you understand the core concepts, you can always look up the "
	    "rest.");

	b.project("Spending analysis", "data-science", "2026-11-01", nullptr);
	EXPECT_EQ(b.only().advice.code, ADVICE_MEMORIZATION_PROJECT);
	EXPECT_EQ(advice_of(b.only()), "Use pandas in 'Spending analysis' this "
	    "week: if you understand the core concepts, you can always look up "
	    "the rest.");
}

/* ---------------------------------------------------------------------
 * skipped-prerequisites
 */

namespace {

// An ml learner past the fundamentals: python 25h, pytorch `pytorch`
// minutes, statistics `statistics` minutes, the four prerequisites.
void
ml_learner(Builder &b, int pytorch, int statistics)
{
	b.choose("2026-06-01", "ml");
	b.totals("2026-06-01", 1500 + pytorch + statistics, 1500, 0, 2, 7);
	b.topic("python", "fundamentals", AREA_BASICS, 0, 1500, 0);
	b.topic("pytorch", "ml", AREA_NONE, 0, pytorch, 0);
	int calculus = b.topic("calculus", "ml", AREA_NONE, 0, 0, 0);
	int algebra = b.topic("linear-algebra", "ml", AREA_NONE, 0, 0, 0);
	int probability = b.topic("probability", "data-science", AREA_NONE, 0, 0,
	    0, "ml");
	int stats = b.topic("statistics", "data-science", AREA_NONE, 0,
	    statistics, 0, "ml");
	for (int t : { calculus, algebra, probability, stats })
		b.prerequisite(t);
}

}  // namespace

TEST(findings, skipped_prerequisites_needs_twenty_hours_on_the_path)
{
	Builder b("2026-11-22");
	ml_learner(b, 1199, 0);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	Builder c("2026-11-22");
	ml_learner(c, 1200, 0);
	const finding &item = c.only();
	EXPECT_STREQ(item.name, "skipped-prerequisites");
	EXPECT_STREQ(item.severity, "warning");
	EXPECT_EQ(period(item), "2026-06-01..2026-11-22");
	EXPECT_EQ(evidence_of(item), "20h on ml but 0m on its prerequisites "
	    "(calculus 0m, linear-algebra 0m, probability 0m, statistics 0m)");
	EXPECT_EQ(item.advice.code, ADVICE_PREREQUISITES);
	EXPECT_EQ(advice_of(item), "Don't skip the math: put a few hours into "
	    "calculus, linear-algebra, probability and statistics now, because "
	    "everything in ml builds on them.");
}

TEST(findings, skipped_prerequisites_needs_under_five_hours_on_them)
{
	Builder b("2026-11-22");
	ml_learner(b, 1500, 299);
	EXPECT_EQ(evidence_of(b.only()), "25h on ml but 4h59m on its "
	    "prerequisites (calculus 0m, linear-algebra 0m, probability 0m, "
	    "statistics 4h59m)");

	Builder c("2026-11-22");
	ml_learner(c, 1500, 300);
	EXPECT_EQ(c.ids(), std::vector<std::string>{});
}

TEST(findings, skipped_prerequisites_counts_serving_topics_not_the_prerequisites)
{
	// pandas serves ml: it counts for the chosen path. The
	// prerequisites' own hours are not path hours.
	Builder b("2026-11-22");
	ml_learner(b, 600, 200);
	b.topic("pandas", "data-science", AREA_NONE, 0, 599, 0, "ml");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.set_minutes(b.h.topic_count - 1, KIND_STUDY, 600);
	EXPECT_EQ(evidence_of(b.only()), "20h on ml but 3h20m on its "
	    "prerequisites (calculus 0m, linear-algebra 0m, probability 0m, "
	    "statistics 3h20m)");

	// A topic of another path that does not serve ml does not count.
	Builder c("2026-11-22");
	ml_learner(c, 600, 0);
	c.topic("django", "backend", AREA_NONE, 0, 3000, 0);
	EXPECT_EQ(c.ids(), std::vector<std::string>{});
}

TEST(findings, skipped_prerequisites_only_for_a_path_that_declares_them)
{
	Builder b("2026-11-22");
	b.choose("2026-06-01", "backend");
	b.totals("2026-06-01", 1500 + 2000, 1500, 0, 2, 7);
	b.topic("python", "fundamentals", AREA_BASICS, 0, 1500, 0);
	b.topic("django", "backend", AREA_NONE, 0, 2000, 0);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

/* ---------------------------------------------------------------------
 * stalled
 */

TEST(findings, stalled_needs_twenty_hours_and_twenty_one_quiet_days)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 1199, 1199, 0, 1, 6);
	b.last("2026-11-01");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});

	b.totals("2026-06-01", 1200, 1200, 0, 1, 6);
	const finding &item = b.only();
	EXPECT_STREQ(item.name, "stalled");
	EXPECT_STREQ(item.severity, "info");
	EXPECT_EQ(period(item), "2026-11-02..2026-11-22");
	EXPECT_EQ(evidence_of(item), "no session since 2026-11-01 (21 days)");
	EXPECT_EQ(item.advice.code, ADVICE_STALLED_NONE);
	EXPECT_EQ(item.advice.days, 21);
	EXPECT_EQ(findings_welcome(&b.f), &b.f.items[0]);
	EXPECT_EQ(advice_of(item), "Log one short session today: a small step "
	    "back in beats planning a big restart.");
	EXPECT_EQ(welcome_of(b.f), "Welcome back: 21 days since your last "
	    "session; one short session today restarts the habit.");
	EXPECT_FALSE(findings_any_warning(&b.f));

	b.last("2026-11-02");
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
	EXPECT_EQ(findings_welcome(&b.f), nullptr);
	b.th.stalled_days = 20;
	EXPECT_EQ(b.ids(), std::vector<std::string>{ "stalled" });
}

TEST(findings, stalled_hours_are_the_setting_stalled_min_hours)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 599, 599, 0, 1, 6);
	b.last("2026-11-01");
	b.th.stalled_min_hours = 10;
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
	b.totals("2026-06-01", 600, 600, 0, 1, 6);
	EXPECT_EQ(b.ids(), std::vector<std::string>{ "stalled" });
	b.th.stalled_min_hours = 0;	// still needs something logged
	b.totals("2026-06-01", 0, 0, 0, 0, 0);
	EXPECT_EQ(b.ids(), std::vector<std::string>{});
}

TEST(findings, evidence_is_figures_the_sentences_write)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 1800, 1800, 0, 1, 6);
	int django = b.topic("django", "backend", AREA_NONE, 0, 600, 0);
	b.last("2026-10-20");
	b.resume("Todo API", true, "2026-10-18", django);
	const finding &item = b.only();
	ASSERT_EQ(item.evidence_count, 1u);
	const finding_evidence &e = item.evidence[0];
	EXPECT_EQ(e.kind, EVIDENCE_STALLED);
	EXPECT_EQ(e.day, day("2026-10-20"));
	EXPECT_EQ(e.days, 33);
	EXPECT_STREQ(e.topic, "django");
	EXPECT_STREQ(e.project, "Todo API");
	EXPECT_TRUE(e.is_project);
	EXPECT_EQ(e.project_day, day("2026-10-18"));
	EXPECT_EQ(e.item_count, 0u);
}

TEST(findings, stalled_names_the_open_work_last_worked_on)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 1800, 1800, 0, 1, 6);
	int django = b.topic("django", "backend", AREA_NONE, 0, 600, 0);
	b.last("2026-10-20");
	b.resume("Todo API", true, "2026-10-18", django);
	const finding &item = b.only();
	EXPECT_EQ(period(item), "2026-10-21..2026-11-22");
	EXPECT_EQ(evidence_of(item), "no session since 2026-10-20 (33 days), on "
	    "django; last worked on: project 'Todo API' on 2026-10-18");
	EXPECT_EQ(item.advice.code, ADVICE_STALLED_PROJECT);
	EXPECT_STREQ(item.advice.project, "Todo API");
	EXPECT_EQ(item.advice.days, 33);
	EXPECT_EQ(advice_of(item), "Pick 'Todo API' up again with one short "
	    "session today: a small step back in beats planning a big "
	    "restart.");
	EXPECT_EQ(welcome_of(b.f), "Welcome back: 33 days since your last "
	    "session; pick up 'Todo API' again today.");

	b.resume("Django for Everybody", false, "2026-10-20", django);
	EXPECT_EQ(evidence_of(b.only()), "no session since 2026-10-20 (33 days), "
	    "on django; last worked on: tutorial 'Django for Everybody' on "
	    "2026-10-20");
	EXPECT_EQ(advice_of(b.f.items[0]), "Pick 'Django for Everybody' up again "
	    "with one short session today, then build something small with "
	    "what it teaches.");

	b.resume(nullptr, false, nullptr, django);
	EXPECT_EQ(b.only().advice.code, ADVICE_STALLED_TOPIC);
	EXPECT_EQ(advice_of(b.only()), "Log one short session on django today: a "
	    "small step back in beats planning a big restart.");
	EXPECT_EQ(welcome_of(b.f), "Welcome back: 33 days since your last "
	    "session; one short session on django today restarts the habit.");
}

TEST(findings, stalled_in_tutorial_hell_sends_back_to_building_not_watching)
{
	Builder b("2026-11-22");
	b.totals("2026-08-01", 1800, 1800, 1800, 0, 6);
	b.last("2026-10-01");
	b.resume("Python Bootcamp", false, "2026-10-01");
	EXPECT_EQ(b.ids(), (std::vector<std::string>{ "tutorial-hell",
	    "stalled" }));
	EXPECT_EQ(evidence_of(b.f.items[1]), "no session since 2026-10-01 (52 "
	    "days); last worked on: tutorial 'Python Bootcamp' on 2026-10-01");
	EXPECT_EQ(b.f.items[1].advice.code, ADVICE_STALLED_BUILD);
	EXPECT_EQ(advice_of(b.f.items[1]), "Come back with something small of "
	    "your own rather than the next video: one short session today "
	    "restarts the habit.");
	EXPECT_EQ(welcome_of(b.f), "Welcome back: 52 days since your last "
	    "session; come back with something small of your own rather than "
	    "the next video.");

	b.project("Blog", "backend", "2026-09-01", nullptr);
	b.check();
	EXPECT_EQ(advice_of(b.f.items[1]), "Pick 'Blog' up again with one short "
	    "session today: a small step back in beats planning a big "
	    "restart.");
}

TEST(findings, stalled_comes_after_every_warning)
{
	Builder b("2026-11-22");
	b.totals("2026-06-01", 100 * 60, 100 * 60, 0, 1, 20);
	b.last("2026-10-01");
	EXPECT_EQ(b.ids(), (std::vector<std::string>{ "no-portfolio",
	    "stalled" }));
	EXPECT_TRUE(findings_any_warning(&b.f));
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
	EXPECT_FALSE(f.looked_at.logged);
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

// An advice with its code and what fills it in.
finding_advice
advice(advice_code code, const char *path = nullptr,
    const char *project = nullptr, int days = 0)
{
	finding_advice a;
	memset(&a, 0, sizeof(a));
	a.code = code;
	a.path = path;
	a.project = project;
	a.days = days;
	return a;
}

// One part of an evidence: its kind, with the figures set by the caller.
finding_evidence
evidence(evidence_kind kind)
{
	finding_evidence e;
	memset(&e, 0, sizeof(e));
	e.kind = kind;
	return e;
}

// Sets e's items to copies of items (the finding owns them).
void
set_items(finding_evidence *e, std::vector<evidence_item> items)
{
	e->items = static_cast<evidence_item *>(calloc(items.size(),
	    sizeof(evidence_item)));
	std::copy(items.begin(), items.end(), e->items);
	e->item_count = items.size();
}

// A findings struct with items set by hand (one part of evidence each).
struct Rendered {
	Rendered() { memset(&f, 0, sizeof(f)); f.at = day("2026-11-22"); }
	~Rendered() { findings_release(&f); }
	void add(finding_id id, const char *name, const char *severity,
	    const char *from, finding_evidence evidence, finding_advice advice)
	{
		finding *item = &f.items[f.count++];
		item->id = id;
		item->name = name;
		item->severity = severity;
		item->from = day(from);
		item->to = f.at;
		item->evidence[0] = evidence;
		item->evidence_count = 1;
		item->advice = advice;
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
	r.f.looked_at = { .logged = true, .days = 28, .minutes = 0,
	    .tutorial_share = 0, .project_share = 0, .paths = 0,
	    .paths_days = 28, .total_minutes = 60, .fundamentals_minutes = 60,
	    .completed = 0 };
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
	finding_evidence alert = evidence(EVIDENCE_TUTORIAL_ALERT);
	alert.minutes = 30 * 60;
	alert.day = day("2026-08-01");
	finding_evidence paths = evidence(EVIDENCE_SCATTERED);
	paths.count = 3;
	paths.days = 28;
	paths.share = 37;
	set_items(&paths, { { "backend", nullptr, 180, 0 },
	    { "k\033]0;x\007nit", nullptr, 180, 0 },
	    { "data-science-and-a-very-long-custom-path-name-that-cannot-be-"
	    "broken-anywhere", nullptr, 120, 0 } });
	r.add(FINDING_TUTORIAL_HELL, "tutorial-hell", "alert", "2026-08-01",
	    alert, advice(ADVICE_TUTORIAL_ALERT));
	r.add(FINDING_SCATTERED, "scattered", "warning", "2026-10-26", paths,
	    advice(ADVICE_SCATTERED_PATH, "k\033]0;x\007nit"));
	EXPECT_EQ(r.text(false), "2 anti-patterns found (as of 2026-11-22)\n"
	    "\n"
	    "tutorial-hell  alert  2026-08-01 to 2026-11-22\n"
	    "  evidence: 30h of tutorials since 2026-08-01 and not a single "
	    "project session\n"
	    "  advice:   Start a project today, however small, and go back to a "
	    "tutorial only\n"
	    "            when something you are building needs it.\n"
	    "\n"
	    "scattered  warning  2026-10-26 to 2026-11-22\n"
	    "  evidence: 3 paths in 28 days: backend 3h, k?]0;x?nit 3h,\n"
	    "            data-science-and-a-very-long-custom-path-name-that-"
	    "cannot-be-broken-anywhere\n"
	    "            2h; the largest holds 37%\n"
	    "  advice:   Learn one thing at a time: keep k?]0;x?nit, the path you "
	    "chose, and\n"
	    "            park the others until you have built something real in "
	    "it.\n");
	std::string want = "\033[1m2 anti-patterns found\033[0m (as of "
	    "2026-11-22)\n\n\033[1mtutorial-hell\033[0m  \033[1;31malert\033[0m  "
	    "2026-08-01 to 2026-11-22\n  evidence: 30h of tutorials since "
	    "2026-08-01 and not a single project session\n";
	EXPECT_EQ(r.text(true).substr(0, want.size()), want);
}

TEST(render_findings, json_objects_keep_the_spec_key_order)
{
	Rendered r;
	finding_evidence ever = evidence(EVIDENCE_PORTFOLIO_EVER);
	ever.minutes = 60 * 60;
	ever.weeks = 7;
	finding_evidence months = evidence(EVIDENCE_HOPPING_MONTHS);
	set_items(&months, { { "backend", "dj\xff", 60, day("2026-09-01") } });
	r.add(FINDING_NO_PORTFOLIO, "no-portfolio", "warning", "2026-06-01",
	    ever, advice(ADVICE_PORTFOLIO_RECENT));
	r.add(FINDING_PATH_HOPPING, "path-hopping", "warning", "2026-09-01",
	    months, advice(ADVICE_HOPPING_PATH, "dj\xff"));
	EXPECT_EQ(r.json(), "[{\"id\": \"no-portfolio\", \"severity\": "
	    "\"warning\", \"from\": \"2026-06-01\", \"to\": \"2026-11-22\", "
	    "\"evidence\": \"60h logged in 7 weeks and no project completed\", "
	    "\"advice\": \"Start your next project and publish it within a few "
	    "weeks: a portfolio that stops growing stops showing what you can "
	    "do.\"}, {\"id\": \"path-hopping\", \"severity\": "
	    "\"warning\", \"from\": \"2026-09-01\", \"to\": \"2026-11-22\", "
	    "\"evidence\": \"Sep backend (dj\xef\xbf\xbd 1h)\", \"advice\": "
	    "\"Stay with dj\xef\xbf\xbd for the next 6 to 12 months, even when "
	    "another path looks more exciting: deep skill in one area beats a "
	    "little of everything.\"}]");
}

TEST(render_findings, an_info_is_a_note_not_an_anti_pattern)
{
	Rendered r;
	finding_evidence stalled = evidence(EVIDENCE_STALLED);
	stalled.day = day("2026-11-01");
	stalled.days = 21;
	r.add(FINDING_STALLED, "stalled", "info", "2026-11-02", stalled,
	    advice(ADVICE_STALLED_NONE));
	EXPECT_EQ(r.text(false), "No anti-patterns found, 1 note (as of "
	    "2026-11-22)\n"
	    "\n"
	    "stalled  info  2026-11-02 to 2026-11-22\n"
	    "  evidence: no session since 2026-11-01 (21 days)\n"
	    "  advice:   Log one short session today: a small step back in beats "
	    "planning a\n"
	    "            big restart.\n");
	std::string want = "\033[1mNo anti-patterns found, 1 note\033[0m (as "
	    "of 2026-11-22)\n\n\033[1mstalled\033[0m  \033[36minfo\033[0m  "
	    "2026-11-02 to 2026-11-22\n";
	EXPECT_EQ(r.text(true).substr(0, want.size()), want);

	Rendered both;
	finding_evidence off = evidence(EVIDENCE_OFF_PATH);
	off.path = "backend";
	off.whole = 600;
	off.days = 28;
	both.add(FINDING_OFF_PATH, "off-path", "warning", "2026-10-26", off,
	    advice(ADVICE_OFF_PATH_UNMAPPED, "backend"));
	both.add(FINDING_STALLED, "stalled", "info", "2026-11-02", stalled,
	    advice(ADVICE_STALLED_NONE));
	EXPECT_EQ(both.text(false).substr(0, 49),
	    "1 anti-pattern found, 1 note (as of 2026-11-22)\n\n");
}

TEST(render_findings, welcome_back_is_one_neutralised_line_or_nothing)
{
	Rendered r;
	auto welcome = [&r]() {
		char *data = nullptr;
		size_t size = 0;
		FILE *out = open_memstream(&data, &size);
		findings_render_welcome(out, &r.f);
		fclose(out);
		std::string result(data, size);
		free(data);
		return result;
	};
	EXPECT_EQ(welcome(), "");
	finding_evidence stalled = evidence(EVIDENCE_STALLED);
	stalled.day = day("2026-10-20");
	stalled.days = 33;
	r.add(FINDING_STALLED, "stalled", "info", "2026-10-21", stalled,
	    advice(ADVICE_STALLED_PROJECT, nullptr, "To\033[2Jdo", 33));
	EXPECT_EQ(welcome(), "Welcome back: 33 days since your last session; "
	    "pick up 'To?[2Jdo' again today.\n");
}
