// End-to-end casebook of the judgement, version 2 (SPEC §4, §5.1, §6):
// the plan and the portfolio of named learners whose histories are built
// through the command line (`track log --date`, `track path set --date`,
// `track project add|done --date`, TRACK_NOW fixed on Sunday 2026-11-22),
// one learner per case of issue 15 that the plan and the portfolio own,
// and one pair per threshold, just below and at its edge.
//
// Every test asserts the whole outcome: the current step, each step's
// value/target (and "done"), the portfolio's score, grade and parts,
// worked out by hand in the comments (F: a focused month's active hours;
// H: a substantial project's hours; both scale with the pace, the median
// of the monthly hours of the six months before November, see SPEC §4).
// Each of them fails on the version-1 binary (TRACK_BIN=/work/v1/...).
#include <gtest/gtest.h>
#include <jansson.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

// One learner: a database of their own, built through the CLI.
class Learner {
public:
	// Runs a command that builds the history; it must succeed.
	void run(std::vector<std::string> args)
	{
		RunResult r = track(args);
		ASSERT_EQ(r.status, 0) << r.err;
	}

	// Logs duration of topic on each day, with extra options.
	void log(const std::string &duration, const std::string &topic,
	    const std::vector<std::string> &days,
	    const std::vector<std::string> &extra = {})
	{
		for (const std::string &d : days) {
			std::vector<std::string> args = { "log", duration, topic,
			    "--date", d };
			args.insert(args.end(), extra.begin(), extra.end());
			run(args);
		}
	}

	// A reading command's stdout; it must succeed quietly.
	std::string read(std::vector<std::string> args)
	{
		RunResult r = track(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		return r.out;
	}

	// The parsed JSON of a reading command (released with the learner).
	json_t *json(std::vector<std::string> args)
	{
		std::string out = read(args);
		json_error_t error;
		json_t *root = json_loads(out.c_str(), 0, &error);

		EXPECT_NE(root, nullptr) << error.text << "\n" << out;
		if (root != nullptr)
			owned_.push_back(root);
		return root;
	}

	// "current 3; 1 40.0/40 done; 2 1/1 done; 3 1/3; 4 6/6 done; 5
	// 50/70; portfolio 50 developing (7 15 20 8)": the whole outcome of
	// `track plan` and `track portfolio` (as of at, when given).
	std::string outcome(const std::string &at = "")
	{
		std::vector<std::string> when;
		if (!at.empty())
			when = { "--at", at };
		json_t *plan = json(with({ "plan", "--format", "json" }, when));
		json_t *portfolio = json(with({ "portfolio", "--format", "json" },
		    when));
		if (plan == nullptr || portfolio == nullptr)
			return "";
		std::string s = "current " + number(plan, "current_step") + ";";
		json_t *steps = json_object_get(plan, "steps");
		for (size_t i = 0; i < json_array_size(steps); i++) {
			json_t *step = json_array_get(steps, i);
			json_t *value = json_object_get(step, "value");
			char text[32];

			if (json_is_real(value))
				snprintf(text, sizeof(text), "%.1f",
				    json_real_value(value));
			else
				snprintf(text, sizeof(text), "%lld",
				    (long long)json_integer_value(value));
			s += " " + number(step, "step") + " " + text + "/" +
			    number(step, "target");
			if (json_is_true(json_object_get(step, "complete")))
				s += " done";
			s += ";";
		}
		json_t *parts = json_object_get(portfolio, "parts");
		s += " portfolio " + number(portfolio, "score") + " " +
		    string(portfolio, "grade") + " (" + number(parts, "projects") +
		    " " + number(parts, "evidence") + " " + number(parts, "focus") +
		    " " + number(parts, "persistence") + ")";
		return s;
	}

	// Step n's detail in `track plan --format json`.
	std::string detail(int n, const std::string &at = "")
	{
		std::vector<std::string> args = { "plan", "--format", "json" };
		if (!at.empty())
			args.insert(args.end(), { "--at", at });
		json_t *plan = json(args);
		return plan == nullptr ? "" : string(json_array_get(
		    json_object_get(plan, "steps"), n - 1), "detail");
	}

	// The portfolio's next action, "ACTION (+GAIN)".
	std::string next()
	{
		json_t *next = json_object_get(json({ "portfolio", "--format",
		    "json" }), "next");
		return string(next, "action") + " (+" + number(next, "gain") + ")";
	}

	~Learner()
	{
		for (json_t *o : owned_)
			json_decref(o);
	}

private:
	RunResult track(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db_ });
		return run_track(args, kEnv);
	}

	static std::vector<std::string> with(std::vector<std::string> a,
	    const std::vector<std::string> &b)
	{
		a.insert(a.end(), b.begin(), b.end());
		return a;
	}

	static std::string number(json_t *o, const char *key)
	{
		return std::to_string(json_integer_value(json_object_get(o, key)));
	}

	static std::string string(json_t *o, const char *key)
	{
		const char *s = json_string_value(json_object_get(o, key));
		return s ? s : "(null)";
	}

	TempDir dir_;
	std::string db_ = dir_.file("track.db");
	std::vector<json_t *> owned_;
};

// The 10th of each month of 2026 from..to ("2026-06-10", ...).
std::vector<std::string>
tenths(int from, int to, const char *day = "10")
{
	std::vector<std::string> days;
	for (int m = from; m <= to; m++) {
		char text[16];
		snprintf(text, sizeof(text), "2026-%02d-%s", m, day);
		days.push_back(text);
	}
	return days;
}

// ---------------------------------------------------------------------
// The cases of issue 15
// ---------------------------------------------------------------------

TEST(JudgementPlan, case01_five_projects_done_without_a_session_score_nothing)
{
	// Ada logs 20h of django in October and marks five projects done
	// with a URL, none with a session. Pace: October alone, 20h: F = H
	// = 10h. October is focused (November, empty, is the current month).
	// Version 1: "5 of 3" and a portfolio of 88, "deep".
	Learner ada;
	ada.run({ "path", "set", "backend", "--date", "2026-09-01" });
	ada.log("10h", "django", { "2026-10-05", "2026-10-12" });
	for (const char *name : { "A", "B", "C", "D", "E" }) {
		ada.run({ "project", "add", name, "--date", "2026-10-01" });
		ada.run({ "project", "done", name, "--date", "2026-10-20",
		    "--url", std::string("https://github.com/ada/") + name });
	}
	EXPECT_EQ(ada.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 1/6; 5 0/70; portfolio 0 early (0 0 0 0)");
	// Done with nothing logged: as a rule built before track was used.
	EXPECT_EQ(ada.detail(3), "0 of 3 substantial projects in backend: log "
	    "the time they took (track log 2h TOPIC --project NAME --date "
	    "DAY), or build a new one; thin: 'A' (nothing "
	    "logged: 10h over two weeks would make it substantial), 'B' "
	    "(nothing logged: 10h over two weeks would make it substantial), "
	    "'C' (nothing logged: 10h over two weeks would make it "
	    "substantial) and 2 more");
	// Making one substantial: 10h of 30h = 5.56 -> 6, its URL 15, focus
	// 20h of max(20h, 6F = 60h) = 6.67 -> 7, one focused month 1.25 ->
	// 1: +29 (as much as a new project; logging what was built comes
	// first).
	EXPECT_EQ(ada.next(), "log the hours 'A' took (10h over two weeks would "
	    "make it substantial): track log 2h TOPIC --project A --date DAY "
	    "(+29)");
}

TEST(JudgementPlan, case02_an_ml_learner_on_statistics_and_pandas_is_focused)
{
	// Bo chose ml and, as article 1 advises, does statistics and pandas
	// first: 12h a month June to October, 4h in November. Both serve ml,
	// so every hour counts for it. Pace 12h: F = 6h. June to October
	// are focused; November (4h) is not yet and does not break.
	// Version 1 filed them under data-science: no focused month.
	Learner bo;
	bo.run({ "path", "set", "ml", "--date", "2026-06-01" });
	bo.log("6h", "statistics", tenths(6, 10));
	bo.log("6h", "pandas", tenths(6, 10, "20"));
	bo.log("4h", "statistics", { "2026-11-10" });
	EXPECT_EQ(bo.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 5/6; 5 0/70; portfolio 0 early (0 0 0 0)");
	EXPECT_EQ(bo.detail(4), "5 of 6 focused months (12 = mastery); this "
	    "month 4h on ml (100%): 2h more of study or project on ml makes it "
	    "a focused month");
}

TEST(JudgementPlan, case02_a_data_scientists_linear_algebra_holds_the_path)
{
	// Cy chose data-science: linear algebra in April, pandas in May,
	// linear algebra in June, 6h each. Linear algebra (home ml) serves
	// data-science, so the months never hop. As of 2026-06-30 the pace
	// is April and May's 6h: F = 3h, and all three months are focused.
	// Under 20h logged: getting started.
	Learner cy;
	cy.run({ "path", "set", "data-science", "--date", "2026-04-01" });
	cy.log("6h", "linear-algebra", { "2026-04-10", "2026-06-10" });
	cy.log("6h", "pandas", { "2026-05-10" });
	EXPECT_EQ(cy.outcome("2026-06-30"), "current 1; 1 0.0/40; 2 1/1 done; "
	    "3 0/3; 4 3/6; 5 0/70; portfolio 0 getting started (0 0 0 0)");
	EXPECT_EQ(cy.detail(2, "2026-06-30"), "data-science since 2026-04-01, "
	    "no path change in the last 12 months: stay with it");
}

TEST(JudgementPlan, case03_a_project_is_filed_where_its_hours_are)
{
	// Dee adds 'Booking API' before choosing a path, logs 1h of docker
	// on it, then 15h of flask in two weeks, finishes it with a URL and
	// chooses backend. Docker serves backend: 16h of backend. Pace:
	// October's 22h (6h python too): F = H = 10h.
	// Step 3: 1 of 3. Portfolio: 16h of 30h = 8.89 -> 9, URL 15, focus
	// 16h of max(16h, 60h) = 5.33 -> 5, October focused 1.25 -> 1: 30.
	// Version 1 filed the project under nothing (or devops).
	Learner dee;
	dee.run({ "project", "add", "Booking API", "--date", "2026-10-01" });
	dee.log("6h", "python", { "2026-10-01" });
	dee.log("1h", "docker", { "2026-10-05" }, { "--project", "Booking API" });
	dee.log("8h", "flask", { "2026-10-06" }, { "--project", "Booking API" });
	dee.log("7h", "flask", { "2026-10-13" }, { "--project", "Booking API" });
	dee.run({ "project", "done", "Booking API", "--date", "2026-10-20",
	    "--url", "https://github.com/dee/booking" });
	dee.run({ "path", "set", "backend", "--date", "2026-11-01" });
	EXPECT_EQ(dee.outcome(), "current 1; 1 6.0/40; 2 1/1 done; 3 1/3; "
	    "4 1/6; 5 30/70; portfolio 30 developing (9 15 5 1)");
	json_t *list = dee.json({ "project", "list", "--format", "json" });
	EXPECT_STREQ(json_string_value(json_object_get(json_array_get(list, 0),
	    "path")), "backend");
	EXPECT_NE(dee.read({ "project", "show", "Booking API" }).find(
	    "path:        backend\n"), std::string::npos);
}

TEST(JudgementPlan, case04_a_same_day_choice_is_no_path_change)
{
	// Eli had data-science since March, then on 2026-11-02 set ml and,
	// the same day, backend: one change, not two (SPEC §5.1).
	Learner eli;
	eli.run({ "path", "set", "data-science", "--date", "2026-03-01" });
	eli.run({ "path", "set", "ml", "--date", "2026-11-02" });
	eli.run({ "path", "set", "backend", "--date", "2026-11-02" });
	eli.log("1h", "django", { "2026-11-03" });
	EXPECT_EQ(eli.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 0/6; 5 0/70; portfolio 0 getting started (0 0 0 0)");
	EXPECT_EQ(eli.detail(2), "backend since 2026-11-02, 1 path change in "
	    "the last 12 months: stay with backend, depth takes months on one "
	    "path");
}

TEST(JudgementPlan, case05_pandas_while_backend_is_chosen_holds_step_2_back)
{
	// Dan chose backend in June (10h of django a month June to
	// September), then spent the last four weeks on pandas: 48h, and 2h
	// of django. Of the last 28 days' 50h, 96% went to data-science:
	// step 2 is not held. Pace: June to October, 10h, 10h, 10h, 10h, 12h:
	// F = 5h. October (all pandas) breaks the streak, November (2h) is
	// not focused: 0 months.
	Learner dan;
	dan.run({ "path", "set", "backend", "--date", "2026-06-01" });
	dan.log("10h", "django", tenths(6, 9));
	dan.log("12h", "pandas", { "2026-10-27", "2026-11-03", "2026-11-10",
	    "2026-11-17" });
	dan.log("2h", "django", { "2026-11-18" });
	EXPECT_EQ(dan.outcome(), "current 1; 1 0.0/40; 2 0/1; 3 0/3; 4 0/6; "
	    "5 0/70; portfolio 0 early (0 0 0 0)");
	EXPECT_EQ(dan.detail(2), "backend chosen on 2026-06-01, but 96% of the "
	    "last 28 days' specialization hours went to data-science (backend "
	    "4%): come back to backend, or choose that path (track path set "
	    "data-science)");
}

TEST(JudgementPlan, case06_the_hint_solves_both_conditions)
{
	// Eve: backend, 20h of django a month June to October (pace 20h, F =
	// 10h), then in November 4h of django and 8h of pandas. 6h more
	// would reach F but not 60%: (4 + x) / (12 + x) >= 0.6 needs x = 8h.
	Learner eve;
	eve.run({ "path", "set", "backend", "--date", "2026-06-01" });
	eve.log("10h", "django", tenths(6, 10, "05"));
	eve.log("10h", "django", tenths(6, 10, "15"));
	eve.log("4h", "django", { "2026-11-02" });
	eve.log("8h", "pandas", { "2026-11-03" });
	EXPECT_EQ(eve.detail(4), "5 of 6 focused months (12 = mastery); this "
	    "month 4h on backend (33%): 8h more of study or project on backend "
	    "makes it a focused month");
	// After 6h more: (10 + x) / (18 + x) >= 0.6 needs x = 2h.
	eve.log("6h", "django", { "2026-11-20" });
	EXPECT_EQ(eve.detail(4), "5 of 6 focused months (12 = mastery); this "
	    "month 10h on backend (55%): 2h more of study or project on backend "
	    "makes it a focused month");
	// And after those 2h the month is focused: 12h of 20h is 60%.
	eve.log("2h", "django", { "2026-11-21" });
	EXPECT_EQ(eve.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 6/6 done; 5 0/70; portfolio 0 early (0 0 0 0)");
}

TEST(JudgementPlan, case08_a_three_session_beginner_is_getting_started)
{
	// Fay: three 1h sessions and no path. Version 1: "scattered".
	Learner fay;
	fay.log("1h", "python", { "2026-11-18" });
	fay.log("1h", "django", { "2026-11-19" });
	fay.log("1h", "flask", { "2026-11-20" });
	EXPECT_EQ(fay.outcome(), "current 1; 1 1.0/40; 2 0/1; 3 0/3; 4 0/6; "
	    "5 0/70; portfolio 0 getting started (0 0 0 0)");
}

TEST(JudgementPlan, case08_focus_without_a_project_is_early_not_scattered)
{
	// Gus: backend, 10h of django in September, October and November,
	// no project. Focus counts once something is built: 0, "early".
	// Pace: September and October, 10h: F = 5h; three focused months.
	// Version 1: focus 20/20 and the grade "scattered".
	Learner gus;
	gus.run({ "path", "set", "backend", "--date", "2026-09-01" });
	gus.log("10h", "django", tenths(9, 11));
	EXPECT_EQ(gus.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 3/6; 5 0/70; portfolio 0 early (0 0 0 0)");
}

TEST(JudgementPlan, case10_with_no_project_the_advice_is_a_first_one)
{
	// Hal chose backend this month and logged 2h: no "another backend
	// project". Pace 0: F = 3h, H = 4h. A first 4h project with a URL:
	// 2.22 -> 2, 15, focus 2h of max(2h, 18h) = 2.2 -> 2, no focused
	// month: +19.
	Learner hal;
	hal.run({ "path", "set", "backend", "--date", "2026-11-01" });
	hal.log("2h", "django", { "2026-11-02" });
	EXPECT_EQ(hal.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 0/6; 5 0/70; portfolio 0 getting started (0 0 0 0)");
	// His 2h of django make Web frameworks learned, the skill to apply
	// next (SPEC §12): the first project is where to apply it.
	EXPECT_EQ(hal.detail(3), "0 of 3 substantial projects in backend: build "
	    "one that applies Web frameworks (learned, 2h), 4h or more over two "
	    "weeks or more (track log 2h django --project NAME)");
	EXPECT_EQ(hal.next(), "build and finish a first backend project that "
	    "applies Web frameworks (learned, 2h): 4h or more over two weeks or "
	    "more, track log 2h django --project NAME, then track project done "
	    "NAME --url URL (+19)");
}

TEST(JudgementPlan, case10_a_finished_step_3_with_an_open_project_reads_right)
{
	// Ida: 40h of python, backend since June, three 12h projects in two
	// weeks each (done, with URLs), 12h of django in September and
	// October, and 'Open one' with 2h in November. Pace: June 52h, then
	// 12h a month: 12h, F = H = 6h. June to October are focused,
	// November (2h) not yet.
	// Portfolio: 3 x 12h of 30h = 20, 15, focus 20, 5 months 6.25 -> 6:
	// 61, solid. Deepening 'Blog' by 6h (18h: 10 points) gives 23: +3.
	Learner ida;
	ida.run({ "path", "set", "backend", "--date", "2026-06-01" });
	ida.log("20h", "python", { "2026-06-01", "2026-06-02" });
	ida.log("6h", "django", { "2026-06-10", "2026-06-17" },
	    { "--project", "Blog" });
	ida.log("6h", "django", { "2026-07-08", "2026-07-15" },
	    { "--project", "Shop" });
	ida.log("6h", "fastapi", { "2026-08-05", "2026-08-12" },
	    { "--project", "API" });
	ida.log("12h", "django", { "2026-09-10", "2026-10-10" });
	ida.log("2h", "flask", { "2026-11-10" }, { "--project", "Open one" });
	for (const char *name : { "Blog", "Shop", "API" })
		ida.run({ "project", "done", name, "--date", "2026-08-31", "--url",
		    std::string("https://github.com/ida/") + name });
	EXPECT_EQ(ida.outcome(), "current 4; 1 40.0/40 done; 2 1/1 done; "
	    "3 3/3 done; 4 5/6; 5 61/70; portfolio 61 solid (20 15 20 6)");
	EXPECT_EQ(ida.detail(3), "3 of 3 substantial projects in backend: done, "
	    "keep building; open: 'Open one' 2h in 1 week");
	EXPECT_EQ(ida.next(), "deepen 'Blog' with 6h more: track log 1h django "
	    "--project Blog (+3)");
}

TEST(JudgementPlan, case11_forty_hours_of_git_are_ten_of_forty)
{
	// Jo: 40h of git. Further topics count for a quarter of the target.
	Learner jo;
	jo.log("10h", "git", { "2026-11-02", "2026-11-03", "2026-11-04",
	    "2026-11-05" });
	EXPECT_EQ(jo.outcome(), "current 1; 1 10.0/40; 2 0/1; 3 0/3; 4 0/6; "
	    "5 0/70; portfolio 0 early (0 0 0 0)");
	EXPECT_EQ(jo.detail(1), "10.0h of fundamentals (further topics such as "
	    "git count for 10h of their 40h), 30h to go; practise next: basics, "
	    "data structures, functions, classes, error handling (track log 1h "
	    "control-flow)");
}

TEST(JudgementPlan, case11_watching_a_python_course_is_not_active_practice)
{
	// Kim: 48h of a Python course, all tutorial: hours enough, 0% active.
	Learner kim;
	kim.log("12h", "python", { "2026-11-02", "2026-11-03", "2026-11-04",
	    "2026-11-05" }, { "--tutorial", "Python Bootcamp" });
	EXPECT_EQ(kim.outcome(), "current 1; 1 48.0/40; 2 0/1; 3 0/3; 4 0/6; "
	    "5 0/70; portfolio 0 early (0 0 0 0)");
	EXPECT_EQ(kim.detail(1), "48.0h of fundamentals; practise next: data "
	    "structures, functions, classes, error handling (track log 1h "
	    "comprehensions); only 0% of it is active, 30% needed: write code "
	    "(study or project sessions), not only watch");
}

TEST(JudgementPlan, case11_three_months_of_videos_earn_no_focused_month)
{
	// Lu: backend, 10h of a Django course in August, September and
	// October. Pace 10h: F = 5h of study or project; videos have none.
	// Version 1: 3 focused months.
	Learner lu;
	lu.run({ "path", "set", "backend", "--date", "2026-08-01" });
	lu.log("10h", "django", tenths(8, 10), { "--tutorial", "Django Course" });
	EXPECT_EQ(lu.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 0/6; 5 0/70; portfolio 0 early (0 0 0 0)");
}

TEST(JudgementPlan, case12_five_hours_a_month_earn_focused_months_and_tools)
{
	// Mo: automation, 5h30m a month May to October, 3h in November, and
	// two small tools shipped with URLs: 'Rename tool' 4h over two weeks
	// of June, 'Mail digest' 4h30m over two weeks of August. Pace 5h30m:
	// F = max(3h, 2h45m) = 3h, H = max(4h, 2h45m) = 4h. May to November
	// are focused: 7. Both tools are substantial: step 3 2 of 3.
	// Portfolio: 4h and 4h30m of 30h are 2.22 + 2.5 = 4.72 -> 5, URLs
	// 15, focus 30h30m since 2026-05-25 all automation 20, 7 months 8.75
	// -> 9: 49. Version 1: no focused month, tools too small.
	Learner mo;
	mo.run({ "path", "set", "automation", "--date", "2026-05-01" });
	mo.log("5h30m", "file-handling", { "2026-05-05" });
	mo.log("2h", "file-handling", { "2026-06-05", "2026-06-12" },
	    { "--project", "Rename tool" });
	mo.log("1h30m", "spreadsheets", { "2026-06-20" });
	mo.log("5h30m", "web-scraping", { "2026-07-10" });
	mo.log("2h15m", "email", { "2026-08-05", "2026-08-19" },
	    { "--project", "Mail digest" });
	mo.log("1h", "email", { "2026-08-28" });
	mo.log("5h30m", "apis", { "2026-09-10" });
	mo.log("5h30m", "scheduling", { "2026-10-10" });
	mo.log("3h", "regex", { "2026-11-10" });
	mo.run({ "project", "done", "Rename tool", "--date", "2026-06-15",
	    "--url", "https://github.com/mo/rename" });
	mo.run({ "project", "done", "Mail digest", "--date", "2026-08-25",
	    "--url", "https://github.com/mo/digest" });
	EXPECT_EQ(mo.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 2/3; "
	    "4 7/6 done; 5 49/70; portfolio 49 developing (5 15 20 9)");
	EXPECT_EQ(mo.detail(2), "automation since 2026-05-01, no path change in "
	    "the last 12 months: stay with it; automation rarely stands alone "
	    "as a career: it is most valuable beside another path");
}

TEST(JudgementPlan, case12_after_a_long_break_the_pace_is_the_pace_now)
{
	// Ned did 20h a month January to April, nothing May to September,
	// and is back with 4h in October and 4h in November. Pace: May to
	// October, 0 0 0 0 0 4h: 0, so F = 3h. October and November are
	// focused; the empty September ends the older streak.
	Learner ned;
	ned.run({ "path", "set", "backend", "--date", "2026-01-01" });
	ned.log("10h", "django", tenths(1, 4));
	ned.log("10h", "django", tenths(1, 4, "20"));
	ned.log("4h", "django", { "2026-10-10", "2026-11-10" });
	EXPECT_EQ(ned.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 2/6; 5 0/70; portfolio 0 early (0 0 0 0)");
}

// ---------------------------------------------------------------------
// Each threshold just below and at its edge
// ---------------------------------------------------------------------

// Backend since May: 5h30m of django a month May to September, october
// in October and 3h in November. Pace: the median of 5h30m x 5 and
// October's is 5h30m, so F = 3h.
void
monthly_django(Learner &l, const std::string &october)
{
	l.run({ "path", "set", "backend", "--date", "2026-05-01" });
	l.log("5h30m", "django", tenths(5, 9));
	l.log(october, "django", { "2026-10-10" });
	l.log("3h", "django", { "2026-11-10" });
}

TEST(JudgementPlan, edge_f_a_month_at_f_is_focused_a_minute_under_breaks)
{
	Learner ola, pia;
	monthly_django(ola, "3h");	// May to November: 7 focused months
	monthly_django(pia, "2h59m");	// October breaks: November alone
	EXPECT_EQ(ola.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 7/6 done; 5 0/70; portfolio 0 early (0 0 0 0)");
	EXPECT_EQ(pia.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 1/6; 5 0/70; portfolio 0 early (0 0 0 0)");
}

// Backend since October; 'CLI' gets first and second (fastapi, days
// given), then is done with a URL. Pace: October alone, under 8h: H = 4h,
// F = 3h; October is focused.
void
one_tool(Learner &l, const std::string &first, const std::string &second,
    const std::string &second_day)
{
	l.run({ "path", "set", "backend", "--date", "2026-10-01" });
	l.log(first, "fastapi", { "2026-10-05" }, { "--project", "CLI" });
	l.log(second, "fastapi", { second_day }, { "--project", "CLI" });
	l.run({ "project", "done", "CLI", "--date", "2026-10-20", "--url",
	    "https://github.com/me/cli" });
}

TEST(JudgementPlan, edge_h_a_project_at_h_over_two_weeks_is_substantial)
{
	Learner quin, rae, sol;
	one_tool(quin, "2h", "2h", "2026-10-12");	// 4h, two weeks
	one_tool(rae, "2h", "1h59m", "2026-10-12");	// 3h59m
	one_tool(sol, "2h", "2h", "2026-10-06");	// 4h, one week
	// Quin: 4h of 30h = 2.22 -> 2, URL 15, focus 4h of max(4h, 18h) =
	// 4.44 -> 4, one focused month 1.25 -> 1: 22; under 20h logged.
	EXPECT_EQ(quin.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 1/3; "
	    "4 1/6; 5 22/70; portfolio 22 getting started (2 15 4 1)");
	EXPECT_EQ(rae.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 1/6; 5 0/70; portfolio 0 getting started (0 0 0 0)");
	EXPECT_EQ(rae.detail(3), "0 of 3 substantial projects in backend: make "
	    "a thin one substantial, or build a new one; thin: 'CLI' 3h59m in "
	    "2 weeks (1m more would make it substantial)");
	EXPECT_EQ(sol.outcome(), "current 1; 1 0.0/40; 2 1/1 done; 3 0/3; "
	    "4 1/6; 5 0/70; portfolio 0 getting started (0 0 0 0)");
	EXPECT_EQ(sol.detail(3), "0 of 3 substantial projects in backend: make "
	    "a thin one substantial, or build a new one; thin: 'CLI' 4h in 1 "
	    "week (a session in a second week would make it substantial)");
}

// 10h of python, an hour each of oop, data structures and error
// handling, and functions for the time given.
void
areas(Learner &l, const std::string &functions)
{
	l.log("10h", "python", { "2026-11-02" });
	l.log(functions, "functions", { "2026-11-03" });
	l.log("1h", "oop", { "2026-11-04" });
	l.log("1h", "data-structures", { "2026-11-05" });
	l.log("1h", "error-handling", { "2026-11-06" });
}

TEST(JudgementPlan, edge_area_hours_an_area_under_an_hour_is_named_next)
{
	Learner uma, vic;
	areas(uma, "59m");	// 13h59m
	areas(vic, "1h");	// 14h
	EXPECT_EQ(uma.outcome(), "current 1; 1 13.9/40; 2 0/1; 3 0/3; 4 0/6; "
	    "5 0/70; portfolio 0 getting started (0 0 0 0)");
	EXPECT_EQ(uma.detail(1), "13.9h of fundamentals, 26h01m to go; practise "
	    "next: functions (track log 1h functions)");
	EXPECT_EQ(vic.outcome(), "current 1; 1 14.0/40; 2 0/1; 3 0/3; 4 0/6; "
	    "5 0/70; portfolio 0 getting started (0 0 0 0)");
	EXPECT_EQ(vic.detail(1), "14.0h of fundamentals, 26h to go: practise "
	    "core Python (track log 1h python; track topic list --path "
	    "fundamentals)");
}

TEST(JudgementPlan, edge_further_share_further_topics_fill_a_quarter)
{
	// 25% of 40h: git counts for 10h at most.
	Learner wes, xan;
	wes.log("10h", "python", { "2026-11-02", "2026-11-03", "2026-11-04" });
	wes.log("10h", "git", { "2026-11-05" });
	xan.log("10h", "python", { "2026-11-02", "2026-11-03" });
	xan.log("9h59m", "python", { "2026-11-04" });
	xan.log("10h01m", "git", { "2026-11-05" });
	EXPECT_EQ(wes.outcome(), "current 2; 1 40.0/40 done; 2 0/1; 3 0/3; "
	    "4 0/6; 5 0/70; portfolio 0 early (0 0 0 0)");
	EXPECT_EQ(xan.outcome(), "current 1; 1 39.9/40; 2 0/1; 3 0/3; 4 0/6; "
	    "5 0/70; portfolio 0 early (0 0 0 0)");
	EXPECT_EQ(xan.detail(1), "39.9h of fundamentals (further topics such as "
	    "git count for 10h of their 10h01m), 1m to go; practise next: data "
	    "structures, functions, classes, error handling (track log 1h "
	    "comprehensions)");
}

TEST(JudgementPlan, edge_active_share_thirty_percent_of_the_step)
{
	// 40h of python; 12h of it study is 30%, 11h59m is not.
	Learner zed, abe;
	zed.log("14h", "python", { "2026-11-02", "2026-11-03" },
	    { "--kind", "tutorial" });
	zed.log("12h", "python", { "2026-11-04" });
	abe.log("14h", "python", { "2026-11-02" }, { "--kind", "tutorial" });
	abe.log("14h01m", "python", { "2026-11-03" }, { "--kind", "tutorial" });
	abe.log("11h59m", "python", { "2026-11-04" });
	EXPECT_EQ(zed.outcome(), "current 2; 1 40.0/40 done; 2 0/1; 3 0/3; "
	    "4 0/6; 5 0/70; portfolio 0 early (0 0 0 0)");
	EXPECT_EQ(abe.outcome(), "current 1; 1 40.0/40; 2 0/1; 3 0/3; 4 0/6; "
	    "5 0/70; portfolio 0 early (0 0 0 0)");
	EXPECT_EQ(abe.detail(1), "40.0h of fundamentals; practise next: data "
	    "structures, functions, classes, error handling (track log 1h "
	    "comprehensions); only 29% of it is active, 30% needed: write code "
	    "(study or project sessions), not only watch");
}

TEST(JudgementPlan, edge_getting_started_under_twenty_hours)
{
	Learner bea, cal;
	bea.log("10h", "django", { "2026-11-02" });
	bea.log("9h59m", "django", { "2026-11-03" });
	cal.log("10h", "django", { "2026-11-02", "2026-11-03" });
	EXPECT_EQ(bea.outcome(), "current 1; 1 0.0/40; 2 0/1; 3 0/3; 4 0/6; "
	    "5 0/70; portfolio 0 getting started (0 0 0 0)");
	EXPECT_EQ(cal.outcome(), "current 1; 1 0.0/40; 2 0/1; 3 0/3; 4 0/6; "
	    "5 0/70; portfolio 0 early (0 0 0 0)");
}

}  // namespace
