// The layering rule (README "Architecture"), held by
// tests/layers/check_layers.sh: core includes core; importers and reports
// include core and themselves; the command line includes anything.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <string>

#include "support.h"

namespace {

// The top of the tree (tests run from there; __FILE__ is relative).
std::string
root()
{
	std::string here = __FILE__;
	return here.substr(0, here.rfind("tests/unit/"));
}

std::string
script()
{
	return root() + "tests/layers/check_layers.sh";
}

// A tree of the four layers, one file each, each including only what the
// rule allows.
void
make_tree(const TempDir &dir)
{
	for (const char *d : { "tracker", "tracker/core", "tracker/cli",
	    "reports", "importers" })
		mkdir(dir.file(d).c_str(), 0700);
	write_file(dir.file("tracker/core/db.h"), "#include <sqlite3.h>\n");
	write_file(dir.file("importers/import.h"), "#include \"core/db.h\"\n");
	write_file(dir.file("reports/report.h"), "#include \"core/db.h\"\n");
	write_file(dir.file("tracker/cli/main.c"), "#include \"core/db.h\"\n"
	    "#include \"importers/import.h\"\n#include \"reports/report.h\"\n");
}

TEST(layers, this_tree_keeps_the_rule)
{
	RunResult r = run_program({ "sh", script() });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out.rfind("layers: ", 0), 0u) << r.out;
}

TEST(layers, a_tree_keeping_the_rule_passes)
{
	TempDir dir;
	make_tree(dir);
	RunResult r = run_program({ "sh", script(), dir.path() });
	EXPECT_EQ(r.status, 0) << r.err;
	EXPECT_EQ(r.out, "layers: 4 files, every include within its layer\n");
}

// Each upward or sideways include, and one without its folder, is named
// with its file and line.
TEST(layers, an_include_across_the_rule_fails)
{
	struct Case {
		const char *file, *include, *says;
	} cases[] = {
		{ "tracker/core/db.h", "reports/report.h",
		  "tracker/core/db.h:2: includes \"reports/report.h\"; "
		  "tracker/core may include only core" },
		{ "tracker/core/db.h", "cli/track.h",
		  "tracker/core/db.h:2: includes \"cli/track.h\"; "
		  "tracker/core may include only core" },
		{ "reports/report.h", "importers/import.h",
		  "reports/report.h:2: includes \"importers/import.h\"; "
		  "reports may include only core reports" },
		{ "importers/import.h", "cli/track.h",
		  "importers/import.h:2: includes \"cli/track.h\"; "
		  "importers may include only core importers" },
		{ "reports/report.h", "db.h",
		  "reports/report.h:2: includes \"db.h\"; "
		  "reports may include only core reports" },
	};
	for (const Case &c : cases) {
		TempDir dir;
		make_tree(dir);
		std::string path = dir.file(c.file);
		write_file(path, read_file(path) + "#include \"" + c.include +
		    "\"\n");
		RunResult r = run_program({ "sh", script(), dir.path() });
		EXPECT_EQ(r.status, 1) << c.file << " " << c.include;
		EXPECT_EQ(r.err, std::string(c.says) + "\nlayers: 1 includes "
		    "break the layering rule\n") << c.include;
		EXPECT_EQ(r.out, "");
	}
}

}  // namespace
