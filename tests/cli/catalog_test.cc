// End-to-end: `track path`, `track topic` and `track config` through the
// built binary: output, exit status, the database afterwards, refusals
// that change nothing, and read-only subcommands that create no file.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support.h"

namespace {

const std::map<std::string, std::string> kEnv = {
	{ "TRACK_NOW", "2026-11-22T10:00:00Z" }, { "TZ", "UTC" },
	{ "TRACK_DB", "" }, { "NO_COLOR", "" },
};

const char kPaths[] =
    "  fundamentals      Python fundamentals      28 topics  (fundamentals: "
    "shared by every path)\n"
    "  backend           Backend development      23 topics\n"
    "  ml                Machine learning / AI    15 topics\n"
    "  data-science      Data science             13 topics\n"
    "  automation        Automation / scripting   12 topics\n"
    "  data-engineering  Data engineering          8 topics\n"
    "  devops            DevOps                   10 topics\n";

const char kChoosable[] = "backend, ml, data-science, automation, "
    "data-engineering, devops";

class CatalogCli : public ::testing::Test {
protected:
	// Runs track on this test's database.
	RunResult track(std::vector<std::string> args)
	{
		args.insert(args.begin(), { "--db", db });
		return run_track(args, kEnv);
	}

	// Runs a command that must succeed with exactly out on stdout.
	void ok(const std::vector<std::string> &args, const std::string &out)
	{
		RunResult r = track(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.out, out);
		EXPECT_EQ(r.err, "");
	}

	// Runs a command that must be refused with status and the one line
	// err, printing nothing and leaving the database byte-identical
	// (or still missing).
	void refused(const std::vector<std::string> &args, int status,
	    const std::string &err)
	{
		bool existed = file_exists(db);
		std::string before = read_file(db);
		RunResult r = track(args);
		EXPECT_EQ(r.status, status);
		EXPECT_EQ(r.out, "");
		EXPECT_EQ(r.err, "track: " + err + "\n");
		EXPECT_EQ(file_exists(db), existed);
		EXPECT_TRUE(read_file(db) == before) << "the database changed";
	}

	// Runs a read-only command on the missing database: it must succeed
	// and create nothing. Returns stdout.
	std::string read_missing(const std::vector<std::string> &args)
	{
		EXPECT_FALSE(file_exists(db));
		RunResult r = track(args);
		EXPECT_EQ(r.status, 0) << r.err;
		EXPECT_EQ(r.err, "");
		EXPECT_FALSE(file_exists(db));
		EXPECT_FALSE(file_exists(db + "-wal"));
		EXPECT_FALSE(file_exists(db + "-shm"));
		return r.out;
	}

	std::string sql(const std::string &q) { return query(db, q); }

	// Runs sql that writes, for setting up rows no command makes yet.
	void write_sql(const std::string &q)
	{
		sqlite3 *handle = nullptr;
		ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
		query(handle, q);
		sqlite3_close(handle);
	}

	TempDir dir;
	std::string db = dir.file("track.db");
};

/* ---------------------------------------------------------------------
 * track path list
 */

TEST_F(CatalogCli, path_list_on_a_missing_database_shows_the_catalog)
{
	EXPECT_EQ(read_missing({ "path", "list" }), std::string(kPaths) +
	    "\nno path chosen yet: choose one with 'track path set PATH'\n");
}

TEST_F(CatalogCli, path_list_marks_the_current_path)
{
	ok({ "path", "set", "ml" }, "path: ml (first choice)\n");
	RunResult r = track({ "path", "list" });
	EXPECT_EQ(r.status, 0);
	std::string expected = kPaths;
	expected.replace(expected.find("  ml "), 2, "* ");
	EXPECT_EQ(r.out, expected);
}

TEST_F(CatalogCli, path_list_refuses_operands)
{
	refused({ "path", "list", "ml" }, 2,
	    "usage: track path list [--names]");
	refused({ "path", "list", "--all" }, 2, "unknown option '--all' for "
	    "'track path': see 'track help path'");
}

/* ---------------------------------------------------------------------
 * track path set
 */

TEST_F(CatalogCli, path_set_records_every_choice_with_its_history)
{
	ok({ "path", "set", "backend", "--date", "2026-09-01" },
	    "path: backend since 2026-09-01 (first choice)\n");
	ok({ "path", "set", "backend", "--date", "2026-10-01" },
	    "path: backend since 2026-10-01 (unchanged, chosen 2026-09-01)\n");
	ok({ "path", "set", "ML" }, "path: ml (was backend)\n");
	EXPECT_EQ(sql("SELECT c.day, p.slug, c.created FROM path_choice c "
	    "JOIN path p ON p.id = c.path_id ORDER BY c.id"),
	    "2026-09-01|backend|2026-11-22T10:00:00Z\n"
	    "2026-10-01|backend|2026-11-22T10:00:00Z\n"
	    "2026-11-22|ml|2026-11-22T10:00:00Z\n");
}

TEST_F(CatalogCli, path_set_back_dated_names_the_path_that_stays_current)
{
	ok({ "path", "set", "backend", "--date", "2026-10-01" },
	    "path: backend since 2026-10-01 (first choice)\n");
	ok({ "path", "set", "ml", "--date", "2026-09-01" },
	    "path: ml since 2026-09-01 (first choice); current path: backend "
	    "(chosen 2026-10-01)\n");
	ok({ "path", "set", "devops", "--date", "2026-09-15" },
	    "path: devops since 2026-09-15 (was ml); current path: backend "
	    "(chosen 2026-10-01)\n");
	EXPECT_EQ(sql("SELECT count(*) FROM path_choice"), "3\n");
}

TEST_F(CatalogCli, path_set_accepts_the_date_forms)
{
	ok({ "path", "set", "automation", "--date=yesterday" },
	    "path: automation since 2026-11-21 (first choice)\n");
	ok({ "path", "set", "devops", "--date", "-3d" },
	    "path: devops since 2026-11-19 (first choice); current path: "
	    "automation (chosen 2026-11-21)\n");
}

TEST_F(CatalogCli, path_set_refuses_fundamentals_and_creates_nothing)
{
	refused({ "path", "set", "fundamentals" }, 2, "'fundamentals' is not a "
	    "specialization: fundamentals are shared by every path; choose one "
	    "of " + std::string(kChoosable));
}

TEST_F(CatalogCli, path_set_refusals_leave_the_database_unchanged)
{
	ok({ "path", "set", "backend" }, "path: backend (first choice)\n");
	refused({ "path", "set", "Fundamentals" }, 2, "'fundamentals' is not a "
	    "specialization: fundamentals are shared by every path; choose one "
	    "of " + std::string(kChoosable));
	refused({ "path", "set", "frontend" }, 2, "unknown path 'frontend': use "
	    "one of " + std::string(kChoosable) + ", or add it with 'track path "
	    "add SLUG NAME'");
	refused({ "path", "set", "ml", "--date", "tomorrow" }, 2, "invalid date "
	    "'tomorrow': use today, yesterday, YYYY-MM-DD, -3d, '3 days ago' or "
	    "a weekday name");
	refused({ "path", "set" }, 2, "usage: track path set PATH [--date DATE]");
	refused({ "path", "set", "ml", "devops" }, 2,
	    "usage: track path set PATH [--date DATE]");
	refused({ "path", "set", "ml", "--date" }, 2, "option '--date' for "
	    "'track path' needs a value");
	EXPECT_EQ(sql("SELECT count(*) FROM path_choice"), "1\n");
}

/* ---------------------------------------------------------------------
 * track path show
 */

TEST_F(CatalogCli, path_show_without_a_choice_lists_the_paths)
{
	EXPECT_EQ(read_missing({ "path", "show" }), "no path chosen yet: choose "
	    "one of these with 'track path set PATH'\n\n" + std::string(kPaths));
}

TEST_F(CatalogCli, path_show_of_a_builtin_path_on_a_missing_database)
{
	std::string out = read_missing({ "path", "show", "data-engineering" });
	EXPECT_EQ(out, "data-engineering: Data engineering\n"
	    "SQLAlchemy, Airflow, pipelines\n"
	    "\n"
	    "topics (8):\n"
	    "  airflow\n"
	    "  dask\n"
	    "  data-warehousing (bigquery, data-warehouse, snowflake)\n"
	    "  dbt\n"
	    "  kafka\n"
	    "  pipelines (data-pipelines, etl)\n"
	    "  spark (pyspark)\n"
	    "  sqlalchemy  [serves: backend]\n"
	    "\n"
	    "served by topics of other paths (5):\n"
	    "  docker (devops)\n"
	    "  numpy (data-science)\n"
	    "  pandas (data-science)\n"
	    "  postgresql (backend)\n"
	    "  sql (backend)\n"
	    "\n"
	    "history: no path chosen yet\n");
}

TEST_F(CatalogCli, path_show_defaults_to_the_current_path_with_history)
{
	ok({ "path", "add", "game-dev", "Game development", "--description",
	    "Pygame, Godot and game loops" },
	    "added path game-dev: Game development\nmap topics to it with "
	    "'track topic add NAME --path game-dev', choose it with 'track path "
	    "set game-dev'\n");
	ok({ "topic", "add", "pygame", "--path", "game-dev" },
	    "added topic 'pygame' to game-dev\n");
	ok({ "topic", "add", "Godot", "--path", "game-dev" },
	    "added topic 'godot' to game-dev\n");
	ok({ "topic", "alias", "pg", "pygame" }, "added alias 'pg' for pygame\n");
	ok({ "path", "set", "ml", "--date", "2026-10-01" },
	    "path: ml since 2026-10-01 (first choice)\n");
	ok({ "path", "set", "game-dev", "--date", "2026-11-01" },
	    "path: game-dev since 2026-11-01 (was ml)\n");
	ok({ "path", "set", "game-dev" },
	    "path: game-dev (unchanged, chosen 2026-11-01)\n");
	ok({ "path", "show" },
	    "game-dev: Game development (current path)\n"
	    "Pygame, Godot and game loops\n"
	    "\n"
	    "topics (2):\n"
	    "  godot\n"
	    "  pygame (pg)\n"
	    "\n"
	    "history (oldest first):\n"
	    "  2026-10-01  ml        first choice\n"
	    "  2026-11-01  game-dev  changed from ml\n"
	    "  2026-11-22  game-dev  unchanged\n");
}

TEST_F(CatalogCli, path_show_of_fundamentals_says_what_it_is)
{
	RunResult r = track({ "path", "show", "fundamentals" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "fundamentals: Python "
	    "fundamentals (fundamentals: shared by every path)");
	EXPECT_NE(r.out.find("\n  python (py, python-basics, python3)  [area: "
	    "basics]\n"), std::string::npos);
	EXPECT_NE(r.out.find("\ntopics (28):\n"), std::string::npos);
}

TEST_F(CatalogCli, path_show_of_an_empty_path_says_how_to_add_topics)
{
	ok({ "path", "add", "web3", "Web3" }, "added path web3: Web3\nmap "
	    "topics to it with 'track topic add NAME --path web3', choose it "
	    "with 'track path set web3'\n");
	ok({ "path", "show", "web3" }, "web3: Web3\n\ntopics: none yet (add one "
	    "with 'track topic add NAME --path web3')\n\nhistory: no path "
	    "chosen yet\n");
}

TEST_F(CatalogCli, path_show_refusals)
{
	refused({ "path", "show", "frontend" }, 2, "unknown path 'frontend': "
	    "use one of " + std::string(kChoosable) + ", or add it with 'track "
	    "path add SLUG NAME'");
	refused({ "path", "show", "ml", "devops" }, 2,
	    "usage: track path show [PATH]");
}

/* ---------------------------------------------------------------------
 * track path add
 */

TEST_F(CatalogCli, path_add_stores_a_user_path_after_the_builtin_ones)
{
	ok({ "path", "add", "game-dev", "Game development" },
	    "added path game-dev: Game development\nmap topics to it with "
	    "'track topic add NAME --path game-dev', choose it with 'track path "
	    "set game-dev'\n");
	EXPECT_EQ(sql("SELECT slug, name, description, fundamentals, builtin "
	    "FROM path WHERE slug = 'game-dev'"),
	    "game-dev|Game development||0|0\n");
	RunResult r = track({ "path", "list" });
	EXPECT_EQ(r.out.substr(r.out.rfind("  devops")),
	    "  devops            DevOps                   10 topics\n"
	    "  game-dev          Game development          0 topics\n"
	    "\nno path chosen yet: choose one with 'track path set PATH'\n");
	ok({ "path", "set", "game-dev" }, "path: game-dev (first choice)\n");
}

TEST_F(CatalogCli, path_add_refusals_leave_the_database_unchanged)
{
	refused({ "path", "add", "backend", "Backend again" }, 2, "path "
	    "'backend' already exists (Backend development): 'track path list' "
	    "shows every path");
	ok({ "path", "add", "game-dev", "Game development" },
	    "added path game-dev: Game development\nmap topics to it with "
	    "'track topic add NAME --path game-dev', choose it with 'track path "
	    "set game-dev'\n");
	refused({ "path", "add", "game-dev", "Games" }, 2, "path 'game-dev' "
	    "already exists (Game development): 'track path list' shows every "
	    "path");
	refused({ "path", "add", "Game", "Games" }, 2, "invalid path slug "
	    "'Game': use lowercase letters, digits and '-', starting with a "
	    "letter (e.g. game-dev)");
	refused({ "path", "add", "unmapped", "Loose ends" }, 2, "path slug "
	    "'unmapped' is reserved for topics without a path: choose another "
	    "slug");
	refused({ "path", "add", "games", "" }, 2,
	    "empty path name: give it a name");
	refused({ "path", "add", "games" }, 2,
	    "usage: track path add SLUG NAME [--description TEXT]");
	refused({ "path", "add", "games", "Games", "--date", "today" }, 2,
	    "unknown option '--date' for 'track path': see 'track help path'");
	EXPECT_EQ(sql("SELECT count(*) FROM path"), "8\n");
}

/* ---------------------------------------------------------------------
 * track path: the subcommand itself
 */

TEST_F(CatalogCli, path_refuses_a_missing_or_unknown_subcommand)
{
	refused({ "path" }, 2, "usage: track path list [--names] | path set PATH "
	    "[--date DATE] | path show [PATH] | path add SLUG NAME "
	    "[--description TEXT] | path undo");
	refused({ "path", "lst" }, 2, "unknown subcommand 'lst' for 'track "
	    "path': did you mean 'list'? (use list, set, show, add or undo)");
	refused({ "path", "choose", "ml" }, 2, "unknown subcommand 'choose' for "
	    "'track path': use list, set, show, add or undo");
}

/* ---------------------------------------------------------------------
 * track topic list
 */

TEST_F(CatalogCli, topic_list_groups_by_path_on_a_missing_database)
{
	std::string out = read_missing({ "topic", "list" });
	EXPECT_EQ(out.substr(0, out.find("\n\n") + 2), "fundamentals:\n"
	    "  algorithms (data-structures-and-algorithms, dsa)  [area: "
	    "further]\n"
	    "  asyncio (async)  [area: further]\n"
	    "  comprehensions (list-comprehensions)  [area: data-structures]\n"
	    "  concurrency  [area: further]\n"
	    "  context-managers (context-manager)  [area: further]\n"
	    "  control-flow (conditionals, for-loops, if-statements, loops, "
	    "while-loops)  [area: basics]\n"
	    "  data-structures (dictionaries, dicts, lists, sets, strings, "
	    "tuples)  [area: data-structures]\n"
	    "  debugging  [area: further]\n"
	    "  decorators  [area: further]\n"
	    "  docstrings (docstring, sphinx)  [area: further]\n"
	    "  duck-typing (duck-type)  [area: classes]\n"
	    "  error-handling (exception-handling, exceptions, try-except)  "
	    "[area: error-handling]\n"
	    "  functions (closures, lambda, lambdas)  [area: functions]\n"
	    "  generators  [area: further]\n"
	    "  git (github)  [area: further]\n"
	    "  memory-management (garbage-collection, gc)  [area: further]\n"
	    "  metaclasses (metaclass, metaprogramming)  [area: further]\n"
	    "  modules (packages)  [area: basics]\n"
	    "  multiprocessing (multiprocess)  [area: further]\n"
	    "  oop (classes, inheritance, object-oriented, objects)  [area: "
	    "classes]\n"
	    "  python (py, python-basics, python3)  [area: basics]\n"
	    "  readme (docs, documentation, readmes)  [area: further]\n"
	    "  scripting (scripts, small-scripts)  [area: basics]\n"
	    "  testing-basics (pytest, testing, tests, unittest)  [area: "
	    "further]\n"
	    "  threading (threads)  [area: further]\n"
	    "  type-hints (mypy, pyright, static-typing, typing)  [area: "
	    "further]\n"
	    "  variables  [area: basics]\n"
	    "  virtual-environments (pip, venv)  [area: further]\n\n");
	// The groups follow the path order; no unmapped group when empty.
	std::vector<size_t> at;
	for (const char *group : { "\nbackend:\n", "\nml:\n",
	    "\ndata-science:\n", "\nautomation:\n", "\ndata-engineering:\n",
	    "\ndevops:\n" })
		at.push_back(out.find(group));
	EXPECT_TRUE(std::is_sorted(at.begin(), at.end()));
	EXPECT_EQ(at.front() == std::string::npos, false);
	EXPECT_EQ(out.find("unmapped"), std::string::npos);
	EXPECT_EQ(out.substr(out.rfind("\ndevops:\n")), "\ndevops:\n"
	    "  ansible\n  aws\n  ci-cd (ci, cicd, github-actions, gitlab-ci, "
	    "jenkins)  [serves: backend]\n  cloud (azure, gcp)\n"
	    "  docker (docker-compose)  [serves: backend, ml, "
	    "data-engineering]\n"
	    "  helm\n  kubernetes (k8s)\n  linux  [serves: backend]\n"
	    "  monitoring (grafana, prometheus)\n  terraform\n");
}

TEST_F(CatalogCli, topic_list_ends_with_the_unmapped_topics)
{
	RunResult r = track({ "log", "1h", "djnago" });
	ASSERT_EQ(r.status, 0);
	r = track({ "log", "1h", "blender" });
	ASSERT_EQ(r.status, 0);
	r = track({ "topic", "list" });
	EXPECT_EQ(r.status, 0);
	EXPECT_EQ(r.out.substr(r.out.rfind("\n\n")),
	    "\n\nunmapped:\n  blender\n  djnago\n");
	ok({ "topic", "list", "--path", "unmapped" },
	    "unmapped:\n  blender\n  djnago\n");
}

TEST_F(CatalogCli, topic_list_of_one_path)
{
	EXPECT_EQ(read_missing({ "topic", "list", "--path", "data-engineering" }),
	    "data-engineering:\n"
	    "  airflow\n"
	    "  dask\n"
	    "  data-warehousing (bigquery, data-warehouse, snowflake)\n"
	    "  dbt\n"
	    "  kafka\n"
	    "  pipelines (data-pipelines, etl)\n"
	    "  spark (pyspark)\n"
	    "  sqlalchemy  [serves: backend]\n");
	EXPECT_EQ(read_missing({ "topic", "list", "--path", "unmapped" }),
	    "unmapped:\n  (none)\n");
}

TEST_F(CatalogCli, topic_list_names_for_completion)
{
	std::string out = read_missing({ "topic", "list", "--names" });
	// 109 topics and 140 aliases, one a line, sorted.
	EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 249);
	std::string first = "ai\nairflow\nalgorithms\nansible\n";
	EXPECT_EQ(out.substr(0, first.size()), first);
	EXPECT_NE(out.find("\nsklearn\n"), std::string::npos);
	EXPECT_NE(out.find("\nscikit-learn\n"), std::string::npos);
	std::vector<std::string> lines;
	for (size_t start = 0, end; (end = out.find('\n', start)) !=
	    std::string::npos; start = end + 1)
		lines.push_back(out.substr(start, end - start));
	EXPECT_TRUE(std::is_sorted(lines.begin(), lines.end()));
	EXPECT_EQ(read_missing({ "topic", "list", "--names", "--path",
	    "data-engineering" }), "airflow\nbigquery\ndask\ndata-pipelines\n"
	    "data-warehouse\ndata-warehousing\ndbt\netl\nkafka\npipelines\n"
	    "pyspark\nsnowflake\nspark\nsqlalchemy\n");
}

TEST_F(CatalogCli, topic_list_refusals)
{
	refused({ "topic", "list", "--path", "frontend" }, 2, "unknown path "
	    "'frontend': use one of " + std::string(kChoosable) + ", or add it "
	    "with 'track path add SLUG NAME'");
	refused({ "topic", "list", "django" }, 2,
	    "usage: track topic list [--path PATH] [--names]");
	refused({ "topic", "list", "--path" }, 2,
	    "option '--path' for 'track topic' needs a value");
}

/* ---------------------------------------------------------------------
 * track topic add
 */

TEST_F(CatalogCli, topic_add_creates_a_topic_in_the_path)
{
	ok({ "topic", "add", "Streamlit", "--path", "data-science" },
	    "added topic 'streamlit' to data-science\n");
	EXPECT_EQ(sql("SELECT t.name, p.slug, t.builtin FROM topic t JOIN path "
	    "p ON p.id = t.path_id WHERE t.name = 'streamlit'"),
	    "streamlit|data-science|0\n");
	RunResult r = track({ "log", "1h", "streamlit" });
	EXPECT_EQ(r.out, "logged 1h streamlit (data-science, study) on "
	    "2026-11-22 as #1\n");
	EXPECT_EQ(r.err, "");
}

TEST_F(CatalogCli, topic_add_maps_an_unmapped_topic)
{
	RunResult r = track({ "log", "1h", "blender" });
	ASSERT_EQ(r.status, 0);
	ok({ "topic", "add", "blender", "--path", "fundamentals" },
	    "mapped 'blender' to fundamentals\n");
	EXPECT_EQ(sql("SELECT t.name, p.slug FROM session s JOIN topic t ON "
	    "t.id = s.topic_id JOIN path p ON p.id = t.path_id"),
	    "blender|fundamentals\n");
	EXPECT_EQ(sql("SELECT count(*) FROM topic WHERE name = 'blender'"),
	    "1\n");
}

TEST_F(CatalogCli, topic_add_moves_a_mapped_topic)
{
	ok({ "topic", "add", "SQL", "--path", "devops" },
	    "moved 'sql' from backend to devops\n");
	// A path it served becomes its home: it serves it no more.
	ok({ "topic", "add", "SQL", "--path", "data-engineering" },
	    "moved 'sql' from devops to data-engineering (it served "
	    "data-engineering: its home now)\n");
	EXPECT_EQ(sql("SELECT p.slug FROM topic_serves s JOIN path p ON "
	    "p.id = s.path_id JOIN topic t ON t.id = s.topic_id WHERE t.name = "
	    "'sql'"), "data-science\n");
	EXPECT_EQ(sql("SELECT p.slug FROM topic t JOIN path p ON "
	    "p.id = t.path_id WHERE t.name = 'sql'"), "data-engineering\n");
	ok({ "topic", "add", "sql", "--path", "data-engineering" },
	    "'sql' is already in data-engineering: nothing changed\n");
}

TEST_F(CatalogCli, topic_add_refusals_leave_the_database_unchanged)
{
	refused({ "topic", "add", "sklearn", "--path", "backend" }, 2,
	    "'sklearn' is an alias of 'scikit-learn': move that topic with "
	    "'track topic add scikit-learn --path backend'");
	ok({ "path", "set", "ml" }, "path: ml (first choice)\n");
	refused({ "topic", "add", "TF", "--path", "backend" }, 2,
	    "'tf' is an alias of 'tensorflow': move that topic with 'track "
	    "topic add tensorflow --path backend'");
	refused({ "topic", "add", "streamlit" }, 2,
	    "usage: track topic add NAME --path PATH [--serves PATH,...]");
	refused({ "topic", "add", "--path", "ml" }, 2,
	    "usage: track topic add NAME --path PATH [--serves PATH,...]");
	refused({ "topic", "add", "streamlit", "--path", "frontend" }, 2,
	    "unknown path 'frontend': use one of " + std::string(kChoosable) +
	    ", or add it with 'track path add SLUG NAME'");
	refused({ "topic", "add", " ", "--path", "ml" }, 2,
	    "empty topic: name what the session is about, e.g. django");
	refused({ "topic", "add", "streamlit", "--path", "ml", "--names" }, 2,
	    "unknown option '--names' for 'track topic': see 'track help "
	    "topic'");
}

/* ---------------------------------------------------------------------
 * track topic alias
 */

TEST_F(CatalogCli, topic_alias_adds_another_name)
{
	ok({ "topic", "alias", "DRF2", "django-rest-framework" },
	    "added alias 'drf2' for django-rest-framework\n");
	EXPECT_EQ(sql("SELECT a.alias, t.name FROM topic_alias a JOIN topic t "
	    "ON t.id = a.topic_id WHERE a.alias = 'drf2'"),
	    "drf2|django-rest-framework\n");
	// The topic may itself be given by an alias.
	ok({ "topic", "alias", "sk", "sklearn" },
	    "added alias 'sk' for scikit-learn\n");
	RunResult r = track({ "log", "1h", "sk" });
	EXPECT_EQ(r.out, "logged 1h scikit-learn (ml, study) on 2026-11-22 "
	    "as #1\n");
	EXPECT_EQ(r.err, "");
}

TEST_F(CatalogCli, topic_alias_merges_an_unmapped_typo)
{
	ASSERT_EQ(track({ "log", "1h", "djnago" }).status, 0);
	ASSERT_EQ(track({ "log", "30m", "djnago", "--tutorial", "Django Girls" })
	    .status, 0);
	ASSERT_EQ(track({ "log", "2h", "django" }).status, 0);
	write_sql("INSERT INTO timer (id, started, topic_id, kind) SELECT 1, "
	    "'2026-11-22T09:00:00Z', id, 'study' FROM topic WHERE name = "
	    "'djnago'");
	ok({ "topic", "alias", "djnago", "django" }, "merged unmapped topic "
	    "'djnago' into django: 2 sessions moved; 'djnago' is now an alias "
	    "of django\n");
	EXPECT_EQ(sql("SELECT s.id, t.name FROM session s JOIN topic t ON "
	    "t.id = s.topic_id ORDER BY s.id"),
	    "1|django\n2|django\n3|django\n");
	EXPECT_EQ(sql("SELECT u.title, t.name FROM tutorial u JOIN topic t ON "
	    "t.id = u.topic_id"), "Django Girls|django\n");
	EXPECT_EQ(sql("SELECT t.name FROM timer m JOIN topic t ON "
	    "t.id = m.topic_id"), "django\n");
	EXPECT_EQ(sql("SELECT count(*) FROM topic WHERE name = 'djnago'"),
	    "0\n");
	EXPECT_EQ(sql("SELECT t.name FROM topic_alias a JOIN topic t ON "
	    "t.id = a.topic_id WHERE a.alias = 'djnago'"), "django\n");
	RunResult r = track({ "log", "1h", "djnago" });
	EXPECT_EQ(r.out, "logged 1h django (backend, study) on 2026-11-22 "
	    "as #4\n");
	EXPECT_EQ(r.err, "");
}

TEST_F(CatalogCli, topic_alias_merging_a_topic_without_sessions)
{
	ASSERT_EQ(track({ "log", "1h", "pandsa" }).status, 0);
	write_sql("PRAGMA foreign_keys = ON; DELETE FROM session");
	ok({ "topic", "alias", "pandsa", "pandas" }, "merged unmapped topic "
	    "'pandsa' into pandas: 0 sessions moved; 'pandsa' is now an alias "
	    "of pandas\n");
}

TEST_F(CatalogCli, topic_alias_refusals_leave_the_database_unchanged)
{
	ASSERT_EQ(track({ "log", "1h", "blender" }).status, 0);
	refused({ "topic", "alias", "flask", "django" }, 2, "'flask' is already "
	    "a topic of backend: an alias must be a new name (or an unmapped "
	    "topic to merge)");
	refused({ "topic", "alias", "sklearn", "tensorflow" }, 2, "'sklearn' is "
	    "already an alias of 'scikit-learn': choose another alias");
	refused({ "topic", "alias", "dj", "django" }, 2, "'dj' is already an "
	    "alias of 'django': choose another alias");
	refused({ "topic", "alias", "django", "dj" }, 2, "'django' is the topic "
	    "itself: an alias must be another name");
	refused({ "topic", "alias", "blender", "blender" }, 2, "'blender' is the "
	    "topic itself: an alias must be another name");
	refused({ "topic", "alias", "web", "djangoo" }, 2, "unknown topic "
	    "'djangoo': did you mean 'django'? (add a new one with 'track topic "
	    "add djangoo --path PATH')");
	refused({ "topic", "alias", "web", "zzzzzz" }, 2, "unknown topic "
	    "'zzzzzz': add it first with 'track topic add zzzzzz --path PATH'");
	refused({ "topic", "alias", "web" }, 2,
	    "usage: track topic alias ALIAS TOPIC");
	refused({ "topic", "alias", "web", "django", "--path", "backend" }, 2,
	    "unknown option '--path' for 'track topic': see 'track help "
	    "topic'");
	refused({ "topic", "alias", "", "django" }, 2,
	    "empty topic: name what the session is about, e.g. django");
	EXPECT_EQ(sql("SELECT count(*) FROM topic WHERE name = 'blender'"),
	    "1\n");
}

TEST_F(CatalogCli, topic_refuses_an_unknown_subcommand_and_creates_nothing)
{
	refused({ "topic", "rm", "django" }, 2, "unknown subcommand 'rm' for "
	    "'track topic': use list, add, alias, serve or unserve");
	refused({ "topic" }, 2, "usage: track topic list [--path PATH] "
	    "[--names] | topic add NAME --path PATH [--serves PATH,...] | topic "
	    "alias ALIAS TOPIC | topic serve TOPIC PATH | topic unserve TOPIC "
	    "PATH");
}

/* ---------------------------------------------------------------------
 * Serving relations: topic add --serves, topic serve, topic unserve
 */

// SPEC §2: a topic has one home and may serve further paths.
TEST_F(CatalogCli, topic_add_serves_records_each_relation)
{
	ok({ "topic", "add", "Streamlit", "--path", "data-science", "--serves",
	    "ml, automation" }, "added topic 'streamlit' to data-science\n"
	    "'streamlit' now serves ml, automation\n");
	EXPECT_EQ(sql("SELECT p.slug, s.builtin FROM topic_serves s JOIN path p "
	    "ON p.id = s.path_id JOIN topic t ON t.id = s.topic_id WHERE "
	    "t.name = 'streamlit' ORDER BY p.position"),
	    "ml|0\nautomation|0\n");
	// Again, with one more: only the new one is added.
	ok({ "topic", "add", "streamlit", "--path", "data-science", "--serves",
	    "automation,devops" }, "'streamlit' is already in data-science\n"
	    "'streamlit' now serves devops\n"
	    "'streamlit' already serves automation\n");
	RunResult r = track({ "topic", "list", "--path", "data-science" });
	EXPECT_NE(r.out.find("\n  streamlit  [serves: ml, automation, "
	    "devops]\n"), std::string::npos) << r.out;
	// An unmapped topic mapped with its relations at once.
	ASSERT_EQ(track({ "log", "1h", "blender" }).status, 0);
	ok({ "topic", "add", "blender", "--path", "automation", "--serves",
	    "data-science" }, "mapped 'blender' to automation\n"
	    "'blender' now serves data-science\n");
}

TEST_F(CatalogCli, topic_add_serves_refusals_leave_the_database_unchanged)
{
	ASSERT_EQ(track({ "path", "set", "ml" }).status, 0);
	refused({ "topic", "add", "gradio", "--path", "ml", "--serves", "ml" },
	    2, "invalid --serves 'ml': ml is the topic's home (--path); a "
	    "topic serves only other paths");
	refused({ "topic", "add", "gradio", "--path", "ml", "--serves",
	    "backend,fundamentals" }, 2, "'fundamentals' cannot be served: "
	    "the fundamentals count for every path already");
	refused({ "topic", "add", "gradio", "--path", "ml", "--serves",
	    "backend,frontend" }, 2, "unknown path 'frontend': use one of " +
	    std::string(kChoosable) + ", or add it with 'track path add SLUG "
	    "NAME'");
	refused({ "topic", "add", "gradio", "--path", "ml", "--serves",
	    "backend,Backend" }, 2, "invalid --serves 'backend,Backend': "
	    "backend is named twice");
	refused({ "topic", "add", "gradio", "--path", "ml", "--serves",
	    "backend,,devops" }, 2, "invalid --serves 'backend,,devops': name "
	    "paths separated by commas, e.g. ml,data-science");
	refused({ "topic", "add", "gradio", "--path", "ml", "--serves", "" },
	    2, "invalid --serves '': name paths separated by commas, e.g. "
	    "ml,data-science");
	refused({ "topic", "list", "--serves", "ml" }, 2, "unknown option "
	    "'--serves' for 'track topic': see 'track help topic'");
	EXPECT_EQ(sql("SELECT count(*) FROM topic WHERE name = 'gradio'"),
	    "0\n");
}

// Idempotent both ways: serving what it serves, or unserving what it
// does not, changes nothing and says so (exit 0).
TEST_F(CatalogCli, topic_serve_and_unserve_a_relation_of_the_user)
{
	ok({ "topic", "serve", "Pandas", "automation" },
	    "'pandas' now serves automation\n");
	ok({ "topic", "serve", "pd", "automation" },
	    "'pandas' already serves automation: nothing changed\n");
	EXPECT_EQ(sql("SELECT s.builtin FROM topic_serves s JOIN topic t ON "
	    "t.id = s.topic_id JOIN path p ON p.id = s.path_id WHERE t.name = "
	    "'pandas' AND p.slug = 'automation'"), "0\n");
	RunResult r = track({ "path", "show", "automation" });
	EXPECT_NE(r.out.find("\n\nserved by topics of other paths (1):\n"
	    "  pandas (data-science)\n\nhistory"), std::string::npos) << r.out;
	ok({ "topic", "unserve", "pandas", "automation" },
	    "'pandas' no longer serves automation\n");
	ok({ "topic", "unserve", "pandas", "automation" },
	    "'pandas' does not serve automation: nothing changed\n");
	EXPECT_EQ(sql("SELECT count(*) FROM topic_serves s JOIN path p ON "
	    "p.id = s.path_id WHERE p.slug = 'automation'"), "0\n");
}

// The catalog is the user's: a built-in relation may go, and come back
// as the user's own.
TEST_F(CatalogCli, topic_unserve_of_a_builtin_relation)
{
	ok({ "topic", "unserve", "docker", "ml" }, "'docker' no longer serves "
	    "ml (a relation of the built-in catalog)\n");
	RunResult r = track({ "path", "show", "ml" });
	EXPECT_EQ(r.out.find("  docker (devops)\n"), std::string::npos)
	    << r.out;
	ok({ "topic", "serve", "docker", "ml" }, "'docker' now serves ml\n");
	EXPECT_EQ(sql("SELECT s.builtin FROM topic_serves s JOIN topic t ON "
	    "t.id = s.topic_id JOIN path p ON p.id = s.path_id WHERE t.name = "
	    "'docker' AND p.slug = 'ml'"), "0\n");
}

TEST_F(CatalogCli, topic_serve_refusals_leave_the_database_unchanged)
{
	ASSERT_EQ(track({ "log", "1h", "blender" }).status, 0);
	for (const char *sub : { "serve", "unserve" }) {
		SCOPED_TRACE(sub);
		refused({ "topic", sub, "sql", "backend" }, 2, "'sql' is a topic "
		    "of backend: a topic serves paths other than its home");
		refused({ "topic", sub, "sql", "fundamentals" }, 2,
		    "'fundamentals' cannot be served: the fundamentals count "
		    "for every path already");
		refused({ "topic", sub, "sql", "frontend" }, 2, "unknown path "
		    "'frontend': use one of " + std::string(kChoosable) + ", or "
		    "add it with 'track path add SLUG NAME'");
		refused({ "topic", sub, "pandsa", "ml" }, 2, "unknown topic "
		    "'pandsa': did you mean 'pandas'? (add a new one with 'track "
		    "topic add pandsa --path PATH')");
		refused({ "topic", sub, "blender", "ml" }, 2, "'blender' is "
		    "unmapped: give it a home path first with 'track topic add "
		    "blender --path PATH'");
		refused({ "topic", sub, "sql" }, 2, std::string("usage: track "
		    "topic ") + sub + " TOPIC PATH");
		refused({ "topic", sub, "sql", "ml", "--path", "ml" }, 2,
		    "unknown option '--path' for 'track topic': see 'track help "
		    "topic'");
	}
	EXPECT_EQ(sql("SELECT count(*) FROM topic_serves WHERE builtin = 0"),
	    "0\n");
}

// A path shows the topics of other paths that count for it, and the
// topics it builds on.
TEST_F(CatalogCli, path_show_lists_the_serving_topics_and_prerequisites)
{
	EXPECT_EQ(read_missing({ "path", "show", "ml" }),
	    "ml: Machine learning / AI\n"
	    "TensorFlow, PyTorch, scikit-learn, NLP; linear algebra and "
	    "calculus first\n"
	    "\n"
	    "topics (15):\n"
	    "  calculus  [serves: data-science]\n"
	    "  computer-vision (cv, opencv)\n"
	    "  deep-learning (dl, neural-networks)\n"
	    "  hugging-face (huggingface, transformers)\n"
	    "  keras\n"
	    "  linear-algebra (linear-algebra-basics)  [serves: "
	    "data-science]\n"
	    "  llm (llms)\n"
	    "  machine-learning (ai, artificial-intelligence, ml, ml-basics)\n"
	    "  mlops\n"
	    "  nlp (natural-language-processing)\n"
	    "  pytorch (torch)\n"
	    "  reinforcement-learning (rl)\n"
	    "  scikit-learn (scikit, sklearn)  [serves: data-science]\n"
	    "  tensorflow (tf)\n"
	    "  xgboost\n"
	    "\n"
	    "served by topics of other paths (7):\n"
	    "  docker (devops)\n"
	    "  jupyter (data-science)\n"
	    "  matplotlib (data-science)\n"
	    "  numpy (data-science)\n"
	    "  pandas (data-science)\n"
	    "  probability (data-science)\n"
	    "  statistics (data-science)\n"
	    "\n"
	    "prerequisites: calculus, linear-algebra, probability, statistics\n"
	    "\n"
	    "history: no path chosen yet\n");
}

// `topic list` shows the areas of the fundamentals and what each topic
// serves beside its aliases; --names stays names only.
TEST_F(CatalogCli, topic_list_shows_serving_paths_and_areas)
{
	ok({ "topic", "alias", "structured-query-language", "sql" },
	    "added alias 'structured-query-language' for sql\n");
	RunResult r = track({ "topic", "list", "--path", "backend" });
	EXPECT_NE(r.out.find("\n  sql (structured-query-language)  [serves: "
	    "data-science, data-engineering]\n"), std::string::npos) << r.out;
	r = track({ "topic", "list", "--names", "--path", "backend" });
	EXPECT_NE(r.out.find("\nsql\nsqlite\nstructured-query-language\n"),
	    std::string::npos) << r.out;
	EXPECT_EQ(r.out.find("serves"), std::string::npos);
}

/* ---------------------------------------------------------------------
 * track config
 */

TEST_F(CatalogCli, config_list_on_a_missing_database_shows_the_defaults)
{
	std::string out = read_missing({ "config", "list" });
	EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 52);
	EXPECT_NE(out.find("\nstalled.min-hours = 20\n"), std::string::npos);
	// No weekly goal reads as 0 minutes (schema 013).
	EXPECT_EQ(out.substr(0, out.find("no-portfolio")),
	    "career.core-skills = 2\ncolor = auto\ndefault-kind = study\n"
	    "goal.daily-minutes = 1\ngoal.weekly-minutes = 0\n"
	    "ignoring-fundamentals.min-hours = 10\n"
	    "import.bulk-rows = 1000\nimport.bulk-share = 250\n"
	    "import.course-day-minutes = 90\n"
	    "memorization.min-hours = 15\nmemorization.share = 60\n"
	    "memorization.topic-hours = 5\nmemorization.window-days = 90\n");
	EXPECT_NE(out.find("\ntutorial-hell.window-days = 28\n"),
	    std::string::npos);
	EXPECT_EQ(out.find("(default"), std::string::npos);
	EXPECT_EQ(out.substr(out.rfind("tutorial-hell.window-days")),
	    "tutorial-hell.window-days = 28\nweek-start = monday\n");
}

TEST_F(CatalogCli, config_get_on_a_missing_database_prints_the_default)
{
	EXPECT_EQ(read_missing({ "config", "get", "default-kind" }), "study\n");
	refused({ "config", "get", "colour" }, 2, "unknown setting 'colour': "
	    "did you mean 'color'? ('track config list' shows them all)");
}

TEST_F(CatalogCli, config_set_get_list_and_unset)
{
	ok({ "config", "set", "tutorial-hell.window-days", "14" },
	    "tutorial-hell.window-days = 14\n");
	EXPECT_EQ(sql("SELECT value FROM setting WHERE key = "
	    "'tutorial-hell.window-days'"), "14\n");
	ok({ "config", "get", "tutorial-hell.window-days" }, "14\n");
	RunResult r = track({ "config", "list" });
	EXPECT_EQ(r.status, 0);
	EXPECT_NE(r.out.find("\ntutorial-hell.window-days = 14 (default 28)\n"),
	    std::string::npos);
	ok({ "config", "set", "week-start", "sunday" }, "week-start = sunday\n");
	ok({ "config", "unset", "tutorial-hell.window-days" },
	    "tutorial-hell.window-days = 28 (default)\n");
	EXPECT_EQ(sql("SELECT key, value FROM setting WHERE value IS NOT NULL"),
	    "week-start|sunday\n");
	ok({ "config", "get", "tutorial-hell.window-days" }, "28\n");
}

TEST_F(CatalogCli, config_set_changes_what_log_does)
{
	ok({ "config", "set", "default-kind", "tutorial" },
	    "default-kind = tutorial\n");
	RunResult r = track({ "log", "1h", "django" });
	EXPECT_EQ(r.out, "logged 1h django (backend, tutorial) on 2026-11-22 "
	    "as #1\n");
}

TEST_F(CatalogCli, config_refusals_leave_the_database_unchanged)
{
	refused({ "config", "set", "colour", "never" }, 2, "unknown setting "
	    "'colour': did you mean 'color'? ('track config list' shows them "
	    "all)");
	ok({ "config", "set", "color", "never" }, "color = never\n");
	refused({ "config", "set", "color", "sometimes" }, 2, "invalid value "
	    "'sometimes' for color: use one of auto|always|never");
	refused({ "config", "set", "tutorial-hell.window-days", "0" }, 2,
	    "invalid value '0' for tutorial-hell.window-days: use a whole "
	    "number from 1 to 3660");
	refused({ "config", "set", "plan.projects", "two" }, 2, "invalid value "
	    "'two' for plan.projects: use a whole number from 1 to 100");
	refused({ "config", "unset", "week-stat" }, 2, "unknown setting "
	    "'week-stat': did you mean 'week-start'? ('track config list' "
	    "shows them all)");
	refused({ "config", "set", "color" }, 2,
	    "usage: track config set KEY VALUE");
	refused({ "config", "get" }, 2, "usage: track config get KEY");
	refused({ "config", "unset" }, 2, "usage: track config unset KEY");
	refused({ "config", "list", "color" }, 2, "usage: track config list");
	refused({ "config", "list", "--all" }, 2, "unknown option '--all' for "
	    "'track config': see 'track help config'");
	refused({ "config", "remove", "color" }, 2, "unknown subcommand 'remove' "
	    "for 'track config': use list, get, set or unset");
	EXPECT_EQ(sql("SELECT key, value FROM setting WHERE value IS NOT NULL"),
	    "color|never\n");
}

TEST_F(CatalogCli, config_write_refusal_on_a_missing_database_creates_nothing)
{
	refused({ "config", "set", "color", "sometimes" }, 2, "invalid value "
	    "'sometimes' for color: use one of auto|always|never");
	refused({ "config", "unset", "nothing" }, 2, "unknown setting "
	    "'nothing': 'track config list' shows them all");
}

} // namespace
