// A hand-built struct history for the tests of the analyses (plan and
// portfolio): paths, calendar months, the windows, path choices and
// projects, without a database. The builder owns every string and array
// the history points to, so it must outlive the history it built.
//
// Unless told otherwise, every minute is active (study), the pace is 20h
// a month (so F and H are the settings' 10h), and a project with minutes
// has them in two weeks; 100h are logged in total.
#ifndef TRACK_TESTS_HISTORY_BUILDER_H
#define TRACK_TESTS_HISTORY_BUILDER_H

#include <deque>
#include <map>
#include <string>
#include <vector>

extern "C" {
#include "reports/analysis.h"
#include "core/date.h"
}

#include "thresholds_cache.h"

// The builder's paths, by index into history.paths.
enum { FUNDAMENTALS = 0, BACKEND = 1, ML = 2, DATA_SCIENCE = 3,
    AUTOMATION = 4 };

// Minutes by path index (PATH_UNMAPPED for unmapped topics).
typedef std::map<int, int> Minutes;

// The day of "YYYY-MM-DD".
inline int
day(const char *iso)
{
	int d = DAY_NONE;

	day_parse_iso(iso, &d);
	return d;
}

class HistoryBuilder {
public:
	explicit HistoryBuilder(const char *at)
	{
		history_init(&h_);
		h_.at = day(at);
		for (const char *slug : { "fundamentals", "backend", "ml",
		    "data-science", "automation" })
			paths_.push_back({ (int64_t)paths_.size() + 1,
			    text(slug), paths_.empty() });
	}

	// Appends the next calendar month: the last one added is at's month.
	HistoryBuilder &month(const Minutes &minutes, int fundamentals = 0)
	{
		return month_active(minutes, minutes, fundamentals);
	}
	// The same with active minutes by path (the rest are tutorials).
	HistoryBuilder &month_active(const Minutes &minutes,
	    const Minutes &active, int fundamentals = 0)
	{
		months_.push_back(span_of(minutes, fundamentals, &active));
		h_.fundamentals_minutes += fundamentals;
		return *this;
	}

	// The last 182 days (portfolio Focus) and the last 90 (suggestion).
	HistoryBuilder &focus_window(const Minutes &m, int fundamentals = 0)
	{
		h_.focus_window = span_of(m, fundamentals);
		return *this;
	}
	HistoryBuilder &recent_window(const Minutes &m, int fundamentals = 0)
	{
		h_.recent_window = span_of(m, fundamentals);
		return *this;
	}
	// The last 28 days (off-path).
	HistoryBuilder &off_path_window(const Minutes &m, int fundamentals = 0)
	{
		h_.off_path_window = span_of(m, fundamentals);
		return *this;
	}

	// Fundamentals minutes in total, whatever the months say: all of
	// them active, in the area basics.
	HistoryBuilder &fundamentals(int minutes)
	{
		h_.fundamentals_minutes = minutes;
		h_.areas[AREA_BASICS] = { minutes, minutes };
		return *this;
	}
	// Minutes (active of them) in one area; fundamentals add up.
	HistoryBuilder &area(enum topic_area a, int minutes, int active)
	{
		h_.fundamentals_minutes += minutes - h_.areas[a].minutes;
		h_.areas[a] = { minutes, active };
		return *this;
	}

	// The learner's pace in minutes a month (F and H follow).
	HistoryBuilder &pace(double minutes)
	{
		pace_ = minutes;
		return *this;
	}
	// All minutes logged (the portfolio's getting-started line).
	HistoryBuilder &total(int minutes)
	{
		total_ = minutes;
		return *this;
	}

	// A `track path set`, in order; the last one is the current path.
	HistoryBuilder &choose(const char *when, int path)
	{
		choices_.push_back({ day(when), path });
		return *this;
	}

	// A project; completed nullptr while open, url nullptr for none;
	// weeks -1: two when it has minutes, else none.
	HistoryBuilder &project(const char *name, int path, const char *started,
	    const char *completed, const char *url, int minutes,
	    std::vector<const char *> topics = {}, int weeks = -1)
	{
		history_project p = {};

		p.id = (int64_t)projects_.size() + 1;
		p.name = text(name);
		p.path = path;
		p.started = day(started);
		p.completed = completed ? day(completed) : DAY_NONE;
		p.url = url ? text(url) : nullptr;
		p.minutes = minutes;
		p.weeks = weeks >= 0 ? weeks : minutes > 0 ? 2 : 0;
		topic_lists_.emplace_back();
		for (const char *t : topics)
			topic_lists_.back().push_back(text(t));
		p.topics = topic_lists_.back().data();
		p.topic_count = topics.size();
		p.top_topic = topics.empty() ? nullptr : p.topics[0];
		projects_.push_back(p);
		return *this;
	}

	// The history; valid while the builder lives, not to be released.
	const struct history *build()
	{
		int this_month = day_month_start(h_.at);

		for (size_t i = 0; i < months_.size(); i++) {
			int from = day_add_months(this_month,
			    (int)i - (int)(months_.size() - 1));

			months_[i].from = from;
			months_[i].to = i + 1 == months_.size() ? h_.at :
			    day_add_months(from, 1) - 1;
		}
		h_.paths = paths_.data();
		h_.path_count = paths_.size();
		h_.months = months_.data();
		h_.month_count = months_.size();
		h_.choices = choices_.data();
		h_.choice_count = choices_.size();
		h_.current = choices_.empty() ? PATH_UNMAPPED :
		    choices_.back().path;
		h_.projects = projects_.data();
		h_.project_count = projects_.size();
		struct thresholds th = default_thresholds();
		history_set_pace(&h_, &th, pace_);
		h_.total_minutes = total_;
		for (history_project &p : projects_)
			p.substantial = p.minutes >= h_.project_min_minutes &&
			    p.weeks >= 2;
		return &h_;
	}

private:
	char *text(const char *s)
	{
		strings_.emplace_back(s);
		return &strings_.back()[0];
	}

	// A span of the minutes (active: of them study or project, all when
	// nullptr); each path's top topic is named after it, and the
	// dominant path is the mapped one with most minutes (ties: the lower
	// index).
	struct span span_of(const Minutes &minutes, int fundamentals,
	    const Minutes *active = nullptr)
	{
		struct span s = {};

		s.dominant = PATH_UNMAPPED;
		s.fundamentals = fundamentals;
		s.minutes = fundamentals;
		path_lists_.emplace_back();
		for (const auto &[path, m] : minutes) {
			path_minutes pm = {};

			pm.path = path;
			pm.minutes = m;
			pm.active = m;
			if (active != nullptr) {
				auto a = active->find(path);
				pm.active = a == active->end() ? 0 : a->second;
			}
			pm.top_topic = text(path == PATH_UNMAPPED ? "gizmo" :
			    path == BACKEND ? "django" : path == ML ?
			    "pytorch" : path == AUTOMATION ? "scripting" : "pandas");
			pm.top_topic_minutes = m;
			path_lists_.back().push_back(pm);
			s.minutes += m;
			if (path != PATH_UNMAPPED && (s.dominant == PATH_UNMAPPED ||
			    m > minutes.at(s.dominant)))
				s.dominant = path;
		}
		s.paths = path_lists_.back().data();
		s.path_count = path_lists_.back().size();
		return s;
	}

	struct history h_;
	double pace_ = 1200;
	int total_ = 100 * 60;	// over the getting-started line
	std::vector<history_path> paths_;
	std::vector<struct span> months_;
	std::vector<path_choice_entry> choices_;
	std::vector<history_project> projects_;
	std::deque<std::string> strings_;
	std::deque<std::vector<path_minutes>> path_lists_;
	std::deque<std::vector<const char *>> topic_lists_;
};

#endif
