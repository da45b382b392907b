// Unit tests of reports/skills.c and sentences_skills.c (SPEC §12): the
// status rule at its edges, the next skill, the checklist items and their
// sentences, on histories and catalogs built by hand (no database).
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

extern "C" {
#include "core/date.h"
#include "core/session.h"
#include "reports/sentences_skills.h"
#include "reports/skills.h"
}

namespace {

// A history of topics and projects, a catalog of skills over them and
// the plan steps the checklist reads.
class World {
public:
	World()
	{
		history_init(&h_);
		h_.current = PATH_UNMAPPED;
		memset(&plan_, 0, sizeof(plan_));
		plan_.steps[2].target = 3;
		thresholds_.plan_projects = 3;
		memset(&s_, 0, sizeof(s_));
		s_.settings = { 60, 120, 2 };
		s_.next = -1;
	}

	~World()
	{
		for (size_t i = 0; i < s_.count; i++) {
			free(s_.items[i].projects);
			s_.items[i].projects = nullptr;
		}
		free(s_.contributions);
		s_.uses = nullptr;
		h_.topics = nullptr;
		h_.projects = nullptr;
	}

	// A topic with minutes by kind; returns its index.
	int topic(const char *name, int tutorial, int study, int project)
	{
		history_topic t{};
		t.name = const_cast<char *>(name);
		t.total_by_kind[KIND_TUTORIAL] = tutorial;
		t.total_by_kind[KIND_STUDY] = study;
		t.total_by_kind[KIND_PROJECT] = project;
		topics_.push_back(t);
		return (int)topics_.size() - 1;
	}

	// A project that used the topics (by index), substantial or not.
	void project(const char *name, std::vector<int> topics,
	    bool substantial, bool completed = true, const char *url = nullptr)
	{
		for (int t : topics)
			uses_.push_back({ (int)projects_.size(), t });
		history_project p{};
		p.name = const_cast<char *>(name);
		p.substantial = substantial;
		p.completed = completed ? 1000 : DAY_NONE;
		p.url = const_cast<char *>(url);
		p.path = PATH_UNMAPPED;
		projects_.push_back(p);
	}

	// A skill over topics (by index).
	void skill(const char *name, enum skill_area area, std::vector<int> ts)
	{
		skill_topics_.push_back({});
		for (int t : ts)
			skill_topics_.back().push_back({ t, topics_[t].name, {} });
		skill_item item{};
		item.name = const_cast<char *>(name);
		item.title = const_cast<char *>(name);
		item.area = area;
		items_.push_back(item);
	}

	skills &compute()
	{
		s_.uses = uses_.data();
		s_.use_count = uses_.size();
		for (size_t i = 0; i < items_.size(); i++) {
			items_[i].topics = skill_topics_[i].data();
			items_[i].topic_count = skill_topics_[i].size();
		}
		h_.topics = topics_.data();
		h_.topic_count = topics_.size();
		h_.projects = projects_.data();
		h_.project_count = projects_.size();
		s_.items = items_.data();
		s_.count = items_.size();
		skills_compute(&h_, &thresholds_, &plan_, &s_);
		return s_;
	}

	std::string status(size_t i)
	{
		return skill_status_name(s_.items[i].status);
	}

	plan plan_;

private:
	history h_;
	thresholds thresholds_{};
	skills s_;
	std::vector<history_topic> topics_;
	std::vector<history_project> projects_;
	std::vector<skill_use> uses_;
	std::vector<skill_item> items_;
	std::vector<std::vector<skill_topic>> skill_topics_;
};

std::string
take(char *text)
{
	std::string s = text ? text : "(null)";
	free(text);
	return s;
}

TEST(SkillAnalysis, learned_at_sixty_minutes_of_any_kind)
{
	World w;
	w.skill("a", SKILL_CORE, { w.topic("a1", 59, 0, 0) });
	w.skill("b", SKILL_CORE, { w.topic("b1", 30, 30, 0) });
	w.skill("c", SKILL_CORE, { w.topic("c1", 0, 0, 60) });
	w.compute();
	EXPECT_EQ(w.status(0), "untouched");
	EXPECT_EQ(w.status(1), "learned");
	EXPECT_EQ(w.status(2), "learned");
}

TEST(SkillAnalysis, applied_at_120_project_minutes_over_its_topics)
{
	World w;
	w.skill("a", SKILL_CORE, { w.topic("a1", 0, 0, 60),
	    w.topic("a2", 0, 0, 59) });
	w.skill("b", SKILL_CORE, { w.topic("b1", 0, 0, 60),
	    w.topic("b2", 0, 0, 60) });
	skills &s = w.compute();
	EXPECT_EQ(w.status(0), "learned");
	EXPECT_EQ(w.status(1), "applied");
	EXPECT_EQ(s.items[1].by_kind[KIND_PROJECT], 120);
	EXPECT_EQ(s.counts[SKILL_APPLIED], 1);
	EXPECT_EQ(s.counts[SKILL_LEARNED], 1);
}

TEST(SkillAnalysis, a_substantial_project_applies_every_topic_it_used)
{
	World w;
	int t = w.topic("a1", 0, 0, 10);
	w.skill("a", SKILL_CORE, { t });
	w.skill("b", SKILL_CORE, { w.topic("b1", 0, 0, 10) });
	w.project("Big", { t }, true);
	w.project("Small", { 1 }, false);
	skills &s = w.compute();
	EXPECT_EQ(w.status(0), "applied");
	EXPECT_EQ(w.status(1), "untouched");
	ASSERT_EQ(s.items[1].project_count, 1u);
	EXPECT_STREQ(s.items[1].projects[0], "Small");
}

TEST(SkillAnalysis, next_is_the_learned_one_with_most_minutes_first_on_ties)
{
	World w;
	w.skill("a", SKILL_CORE, { w.topic("a1", 90, 0, 0) });
	w.skill("b", SKILL_DOMAIN, { w.topic("b1", 0, 120, 0) });
	w.skill("c", SKILL_PROFESSIONAL, { w.topic("c1", 120, 0, 0) });
	w.skill("d", SKILL_DOMAIN, { w.topic("d1", 0, 0, 600) });
	skills &s = w.compute();
	EXPECT_EQ(s.next, 1);	// b and c tie at 2h: b is listed first
	EXPECT_EQ(take(skills_next_text(&s)), "apply b next (learned, 2h): use "
	    "it in a project of your own, e.g. track log 2h b1 --project NAME");
}

TEST(SkillAnalysis, readiness_reads_plan_steps_one_and_three)
{
	World w;
	w.plan_.steps[0].complete = true;
	w.plan_.hints.to_go = 0;
	skills &s = w.compute();
	EXPECT_TRUE(s.ready[READY_FUNDAMENTALS].done);
	EXPECT_FALSE(s.ready[READY_PROJECTS].done);	// no path
	EXPECT_EQ(take(ready_missing_text(&s, READY_PROJECTS)),
	    "choose a path first (track path set PATH)");
}

TEST(SkillAnalysis, testing_debugging_and_documentation_by_name)
{
	World w;
	w.skill("unit-testing", SKILL_PROFESSIONAL, { w.topic("t", 0, 90, 0) });
	w.skill("debugging", SKILL_PROFESSIONAL, { w.topic("d", 0, 60, 0) });
	w.skill("documentation", SKILL_PROFESSIONAL, { w.topic("r", 0, 0, 0) });
	skills &s = w.compute();
	EXPECT_FALSE(s.ready[READY_TESTING].done);
	EXPECT_EQ(take(ready_missing_text(&s, READY_TESTING)),
	    "unit-testing is learned: write the tests of a project you build "
	    "(2h of project work on its topics, or any in a substantial "
	    "project)");
	EXPECT_FALSE(s.ready[READY_DEBUG_DOCS].done);
	EXPECT_EQ(take(ready_missing_text(&s, READY_DEBUG_DOCS)),
	    "documentation is untouched: 1h on it makes it learned (writing "
	    "your project's README and docstrings counts: log it)");
	EXPECT_EQ(s.ready_count, 0);
}

TEST(SkillAnalysis, linked_counts_substantial_completed_projects_only)
{
	World w;
	w.project("Open", {}, true, false);
	w.project("Thin", {}, false, true);
	skills &s = w.compute();
	EXPECT_FALSE(s.ready[READY_LINKED].done);	// none to link
	World v;
	v.project("A", {}, true, true, "https://example.org/a");
	v.project("B", {}, true, true);
	skills &t = v.compute();
	EXPECT_FALSE(t.ready[READY_LINKED].done);
	EXPECT_EQ(take(ready_missing_text(&t, READY_LINKED)), "1 of 2 linked: "
	    "track project done B --url URL");
}

TEST(SkillAnalysis, core_skills_applied_against_the_setting)
{
	World w;
	w.skill("a", SKILL_CORE, { w.topic("a1", 0, 0, 120) });
	w.skill("b", SKILL_CORE, { w.topic("b1", 0, 0, 119) });
	w.skill("c", SKILL_DOMAIN, { w.topic("c1", 0, 0, 120) });
	skills &s = w.compute();
	EXPECT_FALSE(s.ready[READY_CORE].done);
	EXPECT_EQ(take(ready_missing_text(&s, READY_CORE)), "1 of 2 applied: "
	    "use 1 more in a project of your own");
	EXPECT_EQ(take(skills_line_text(&s)), "no path: 2 applied, 1 learned, "
	    "0 untouched; junior-ready 0/6");
}

}  // namespace
