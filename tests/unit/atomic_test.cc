// atomic_open/commit/abort: a file is replaced whole or not at all, and
// no temporary file is left behind.
#include <dirent.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "atomic.h"
}

namespace {

// The names of the files in dir, sorted.
std::vector<std::string>
entries(const std::string &dir)
{
	std::vector<std::string> names;
	DIR *d = opendir(dir.c_str());
	if (d == nullptr)
		return names;
	while (struct dirent *e = readdir(d))
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			names.push_back(e->d_name);
	closedir(d);
	std::sort(names.begin(), names.end());
	return names;
}

// The message of err (and frees it); "" for NULL.
std::string
message(struct error *err)
{
	std::string text = err ? err->message : "";
	error_free(err);
	return text;
}

mode_t
mode_of(const std::string &path)
{
	struct stat st;
	return stat(path.c_str(), &st) == 0 ? st.st_mode & 07777 : 0;
}

TEST(atomic, commit_writes_the_file_and_leaves_nothing_else)
{
	TempDir dir;
	struct atomic_file f;
	ASSERT_EQ(message(atomic_open(dir.file("out.csv").c_str(), &f)), "");
	fputs("a,b\n", f.stream);
	EXPECT_EQ(entries(dir.path()).size(), 1u);	// the temporary file
	EXPECT_FALSE(file_exists(dir.file("out.csv")));
	EXPECT_EQ(message(atomic_commit(&f)), "");
	EXPECT_EQ(read_file(dir.file("out.csv")), "a,b\n");
	EXPECT_EQ(entries(dir.path()), std::vector<std::string>{ "out.csv" });
	EXPECT_EQ(f.stream, nullptr);
	atomic_abort(&f);	// harmless after a commit
	EXPECT_EQ(read_file(dir.file("out.csv")), "a,b\n");
}

TEST(atomic, abort_leaves_the_old_file_as_it_was)
{
	TempDir dir;
	write_file(dir.file("out.csv"), "old\n");
	struct atomic_file f;
	ASSERT_EQ(message(atomic_open(dir.file("out.csv").c_str(), &f)), "");
	fputs("half of the new", f.stream);
	atomic_abort(&f);
	EXPECT_EQ(read_file(dir.file("out.csv")), "old\n");
	EXPECT_EQ(entries(dir.path()), std::vector<std::string>{ "out.csv" });
	atomic_abort(&f);	// twice is harmless
}

TEST(atomic, a_new_file_gets_the_umask_an_old_one_keeps_its_mode)
{
	TempDir dir;
	mode_t old_mask = umask(022);
	struct atomic_file f;
	ASSERT_EQ(message(atomic_open(dir.file("new").c_str(), &f)), "");
	EXPECT_EQ(message(atomic_commit(&f)), "");
	EXPECT_EQ(mode_of(dir.file("new")), 0644u);
	write_file(dir.file("old"), "x");
	chmod(dir.file("old").c_str(), 0600);
	ASSERT_EQ(message(atomic_open(dir.file("old").c_str(), &f)), "");
	EXPECT_EQ(message(atomic_commit(&f)), "");
	EXPECT_EQ(mode_of(dir.file("old")), 0600u);
	EXPECT_EQ(read_file(dir.file("old")), "");
	umask(old_mask);
}

TEST(atomic, a_missing_directory_is_refused_and_nothing_is_created)
{
	TempDir dir;
	struct atomic_file f;
	std::string path = dir.file("missing/out.csv");
	EXPECT_EQ(message(atomic_open(path.c_str(), &f)), "cannot write '" +
	    path + "': directory '" + dir.file("missing") + "' does not exist");
	EXPECT_EQ(f.stream, nullptr);
	EXPECT_TRUE(entries(dir.path()).empty());
	atomic_abort(&f);
}

TEST(atomic, directories_and_empty_names_are_refused)
{
	TempDir dir;
	struct atomic_file f;
	EXPECT_EQ(message(atomic_open(dir.path().c_str(), &f)),
	    "cannot write '" + dir.path() + "': it is a directory");
	std::string slash = dir.file("new/");
	EXPECT_EQ(message(atomic_open(slash.c_str(), &f)), "cannot write '" +
	    slash + "': it names a directory, give a file name");
	EXPECT_EQ(message(atomic_open("", &f)),
	    "invalid output file '': give a file name");
	write_file(dir.file("plain"), "x");
	std::string under = dir.file("plain/out.csv");
	EXPECT_EQ(message(atomic_open(under.c_str(), &f)), "cannot write '" +
	    under + "': '" + dir.file("plain") + "' is not a directory");
	EXPECT_EQ(entries(dir.path()), std::vector<std::string>{ "plain" });
}

TEST(atomic, a_name_without_a_directory_is_in_the_current_one)
{
	TempDir dir;
	char *cwd = getcwd(nullptr, 0);
	ASSERT_EQ(chdir(dir.path().c_str()), 0);
	struct atomic_file f;
	EXPECT_EQ(message(atomic_open("here.txt", &f)), "");
	fputs("here\n", f.stream);
	EXPECT_EQ(message(atomic_commit(&f)), "");
	EXPECT_EQ(chdir(cwd), 0);
	free(cwd);
	EXPECT_EQ(read_file(dir.file("here.txt")), "here\n");
	EXPECT_EQ(entries(dir.path()), std::vector<std::string>{ "here.txt" });
}

}  // namespace
