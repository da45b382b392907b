// output_open/commit/abort: a regular file is replaced whole or not at
// all, with no temporary file left behind; anything else is written
// directly; the database and the inputs are never written.
#include <dirent.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "support.h"

extern "C" {
#include "core/output.h"
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

// output_open with no guard and a new file's mode from the umask.
struct error *
open_shared(const char *path, struct output_file *f)
{
	return output_open(path, nullptr, OUTPUT_SHARED, f);
}

mode_t
mode_of(const std::string &path)
{
	struct stat st;
	return stat(path.c_str(), &st) == 0 ? st.st_mode & 07777 : 0;
}

TEST(output, commit_writes_the_file_and_leaves_nothing_else)
{
	TempDir dir;
	struct output_file f;
	ASSERT_EQ(message(open_shared(dir.file("out.csv").c_str(), &f)), "");
	fputs("a,b\n", f.stream);
	EXPECT_EQ(entries(dir.path()).size(), 1u);	// the temporary file
	EXPECT_FALSE(file_exists(dir.file("out.csv")));
	EXPECT_EQ(message(output_commit(&f)), "");
	EXPECT_EQ(read_file(dir.file("out.csv")), "a,b\n");
	EXPECT_EQ(entries(dir.path()), std::vector<std::string>{ "out.csv" });
	EXPECT_EQ(f.stream, nullptr);
	output_abort(&f);	// harmless after a commit
	EXPECT_EQ(read_file(dir.file("out.csv")), "a,b\n");
}

TEST(output, abort_leaves_the_old_file_as_it_was)
{
	TempDir dir;
	write_file(dir.file("out.csv"), "old\n");
	struct output_file f;
	ASSERT_EQ(message(open_shared(dir.file("out.csv").c_str(), &f)), "");
	fputs("half of the new", f.stream);
	output_abort(&f);
	EXPECT_EQ(read_file(dir.file("out.csv")), "old\n");
	EXPECT_EQ(entries(dir.path()), std::vector<std::string>{ "out.csv" });
	output_abort(&f);	// twice is harmless
}

TEST(output, a_new_file_gets_the_umask_an_old_one_keeps_its_mode)
{
	TempDir dir;
	mode_t old_mask = umask(022);
	struct output_file f;
	ASSERT_EQ(message(open_shared(dir.file("new").c_str(), &f)), "");
	EXPECT_EQ(message(output_commit(&f)), "");
	EXPECT_EQ(mode_of(dir.file("new")), 0644u);
	write_file(dir.file("old"), "x");
	chmod(dir.file("old").c_str(), 0600);
	ASSERT_EQ(message(open_shared(dir.file("old").c_str(), &f)), "");
	EXPECT_EQ(message(output_commit(&f)), "");
	EXPECT_EQ(mode_of(dir.file("old")), 0600u);
	EXPECT_EQ(read_file(dir.file("old")), "");
	umask(old_mask);
}

TEST(output, a_missing_directory_is_refused_and_nothing_is_created)
{
	TempDir dir;
	struct output_file f;
	std::string path = dir.file("missing/out.csv");
	EXPECT_EQ(message(open_shared(path.c_str(), &f)), "cannot write '" +
	    path + "': directory '" + dir.file("missing") + "' does not exist");
	EXPECT_EQ(f.stream, nullptr);
	EXPECT_TRUE(entries(dir.path()).empty());
	output_abort(&f);
}

TEST(output, directories_and_empty_names_are_refused)
{
	TempDir dir;
	struct output_file f;
	EXPECT_EQ(message(open_shared(dir.path().c_str(), &f)),
	    "cannot write '" + dir.path() + "': it is a directory");
	std::string slash = dir.file("new/");
	EXPECT_EQ(message(open_shared(slash.c_str(), &f)), "cannot write '" +
	    slash + "': it names a directory, give a file name");
	EXPECT_EQ(message(open_shared("", &f)),
	    "invalid output file '': give a file name");
	write_file(dir.file("plain"), "x");
	std::string under = dir.file("plain/out.csv");
	EXPECT_EQ(message(open_shared(under.c_str(), &f)), "cannot write '" +
	    under + "': '" + dir.file("plain") + "' is not a directory");
	EXPECT_EQ(entries(dir.path()), std::vector<std::string>{ "plain" });
}

TEST(output, a_name_without_a_directory_is_in_the_current_one)
{
	TempDir dir;
	char *cwd = getcwd(nullptr, 0);
	ASSERT_EQ(chdir(dir.path().c_str()), 0);
	struct output_file f;
	EXPECT_EQ(message(open_shared("here.txt", &f)), "");
	fputs("here\n", f.stream);
	EXPECT_EQ(message(output_commit(&f)), "");
	EXPECT_EQ(chdir(cwd), 0);
	free(cwd);
	EXPECT_EQ(read_file(dir.file("here.txt")), "here\n");
	EXPECT_EQ(entries(dir.path()), std::vector<std::string>{ "here.txt" });
}

// Writes text through output_open with guard and privacy; "" or the error.
std::string
write_output(const std::string &path, const std::string &text,
    const struct output_guard *guard = nullptr,
    enum output_privacy privacy = OUTPUT_SHARED)
{
	struct output_file f;
	std::string err = message(output_open(path.c_str(), guard, privacy, &f));
	if (!err.empty())
		return err;
	fputs(text.c_str(), f.stream);
	return message(output_commit(&f));
}

bool
is_symlink(const std::string &path)
{
	struct stat st;
	return lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

TEST(output, a_symlink_is_written_through_and_stays_a_link)
{
	TempDir dir;
	write_file(dir.file("real.csv"), "old\n");
	ASSERT_EQ(symlink("real.csv", dir.file("link.csv").c_str()), 0);
	EXPECT_EQ(write_output(dir.file("link.csv"), "new\n"), "");
	EXPECT_TRUE(is_symlink(dir.file("link.csv")));
	EXPECT_EQ(read_file(dir.file("real.csv")), "new\n");
	EXPECT_EQ(entries(dir.path()),
	    (std::vector<std::string>{ "link.csv", "real.csv" }));
}

TEST(output, a_dangling_symlink_creates_its_target_as_a_shell_would)
{
	TempDir dir;
	ASSERT_EQ(mkdir(dir.file("sub").c_str(), 0700), 0);
	ASSERT_EQ(symlink("sub/made.csv", dir.file("link.csv").c_str()), 0);
	EXPECT_EQ(write_output(dir.file("link.csv"), "x\n"), "");
	EXPECT_TRUE(is_symlink(dir.file("link.csv")));
	EXPECT_EQ(read_file(dir.file("sub/made.csv")), "x\n");
}

TEST(output, a_symlink_loop_is_refused)
{
	TempDir dir;
	ASSERT_EQ(symlink("b", dir.file("a").c_str()), 0);
	ASSERT_EQ(symlink("a", dir.file("b").c_str()), 0);
	EXPECT_EQ(write_output(dir.file("a"), "x"), "cannot write '" +
	    dir.file("a") + "': too many symbolic links (a loop?)");
	EXPECT_TRUE(is_symlink(dir.file("a")));
	EXPECT_TRUE(is_symlink(dir.file("b")));
}

TEST(output, special_mode_bits_are_never_copied)
{
	TempDir dir;
	write_file(dir.file("out"), "old");
	ASSERT_EQ(chmod(dir.file("out").c_str(), 06755), 0);
	EXPECT_EQ(write_output(dir.file("out"), "new"), "");
	EXPECT_EQ(mode_of(dir.file("out")), 0755u);
	EXPECT_EQ(read_file(dir.file("out")), "new");
}

TEST(output, a_private_new_file_is_0600_whatever_the_umask)
{
	TempDir dir;
	mode_t old_mask = umask(0);
	EXPECT_EQ(write_output(dir.file("rows.csv"), "x", nullptr,
	    OUTPUT_PRIVATE), "");
	EXPECT_EQ(mode_of(dir.file("rows.csv")), 0600u);
	umask(old_mask);
}

TEST(output, dev_null_is_written_directly_and_stays_a_device)
{
	EXPECT_EQ(write_output("/dev/null", "gone\n"), "");
	struct stat st;
	ASSERT_EQ(stat("/dev/null", &st), 0);
	EXPECT_TRUE(S_ISCHR(st.st_mode));
	EXPECT_EQ(st.st_mode & 0777, 0666u);
}

TEST(output, a_full_device_is_an_error_on_commit)
{
	struct stat st;
	if (stat("/dev/full", &st) != 0)
		GTEST_SKIP() << "no /dev/full";
	EXPECT_EQ(write_output("/dev/full", std::string(10000, 'x')),
	    "cannot write '/dev/full': No space left on device");
}

TEST(output, a_private_character_device_copy_keeps_its_node)
{
	if (geteuid() != 0)
		GTEST_SKIP() << "mknod needs root";
	TempDir dir;
	std::string node = dir.file("null");
	ASSERT_EQ(mknod(node.c_str(), S_IFCHR | 0600, makedev(1, 3)), 0);
	EXPECT_EQ(write_output(node, "x"), "");
	struct stat st;
	ASSERT_EQ(lstat(node.c_str(), &st), 0);
	EXPECT_TRUE(S_ISCHR(st.st_mode));
	EXPECT_EQ(entries(dir.path()), std::vector<std::string>{ "null" });
}

TEST(output, a_block_device_and_a_socket_are_refused)
{
	TempDir dir;
	std::string sock = dir.file("sock");
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un addr = {};
	addr.sun_family = AF_UNIX;
	snprintf(addr.sun_path, sizeof(addr.sun_path), "%s", sock.c_str());
	ASSERT_EQ(bind(fd, (struct sockaddr *)&addr, sizeof(addr)), 0);
	EXPECT_EQ(write_output(sock, "x"), "cannot write '" + sock +
	    "': it is a socket, not a file");
	close(fd);
	if (geteuid() != 0)
		return;
	std::string disk = dir.file("disk");
	ASSERT_EQ(mknod(disk.c_str(), S_IFBLK | 0600, makedev(7, 0)), 0);
	EXPECT_EQ(write_output(disk, "x"), "cannot write '" + disk +
	    "': it is a block device, not a file");
}

TEST(output, a_fifo_is_written_directly)
{
	TempDir dir;
	std::string fifo = dir.file("fifo");
	ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
	pid_t pid = fork();
	if (pid == 0) {
		std::string got = read_file(fifo);
		_exit(got == "through the pipe\n" ? 0 : 1);
	}
	EXPECT_EQ(write_output(fifo, "through the pipe\n"), "");
	int status = 0;
	waitpid(pid, &status, 0);
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	struct stat st;
	ASSERT_EQ(lstat(fifo.c_str(), &st), 0);
	EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST(output, dev_fd_writes_through_the_descriptor_itself)
{
	TempDir dir;
	int fd = open(dir.file("log").c_str(), O_WRONLY | O_CREAT | O_APPEND,
	    0600);
	ASSERT_GE(fd, 0);
	ASSERT_EQ(write(fd, "before\n", 7), 7);
	EXPECT_EQ(write_output("/dev/fd/" + std::to_string(fd), "after\n"), "");
	EXPECT_EQ(write_output("/proc/self/fd/" + std::to_string(fd), "more\n"),
	    "");
	close(fd);
	// Appended where the descriptor stood, not a new file put in place.
	EXPECT_EQ(read_file(dir.file("log")), "before\nafter\nmore\n");
}

TEST(output, dev_stdout_is_the_descriptor_not_a_file_to_replace)
{
	int pipe_fds[2];
	ASSERT_EQ(pipe(pipe_fds), 0);
	fflush(stdout);
	int saved = dup(1);
	ASSERT_EQ(dup2(pipe_fds[1], 1), 1);
	std::string err = write_output("/dev/stdout", "to stdout\n");
	dup2(saved, 1);
	close(saved);
	close(pipe_fds[1]);
	char buf[64] = { 0 };
	ssize_t n = read(pipe_fds[0], buf, sizeof(buf) - 1);
	close(pipe_fds[0]);
	EXPECT_EQ(err, "");
	EXPECT_EQ(std::string(buf, n > 0 ? (size_t)n : 0), "to stdout\n");
	struct stat st;
	ASSERT_EQ(lstat("/dev/stdout", &st), 0);
	EXPECT_TRUE(S_ISLNK(st.st_mode));
}

TEST(output, the_database_and_its_companions_are_refused_by_any_name)
{
	TempDir dir;
	std::string db = dir.file("track.db");
	write_file(db, "the database");
	struct output_guard guard = { db.c_str(), nullptr, 0 };
	ASSERT_EQ(symlink("track.db", dir.file("link").c_str()), 0);
	ASSERT_EQ(link(db.c_str(), dir.file("hard").c_str()), 0);
	for (const std::string &name : { db, dir.file("link"),
	    dir.file("hard"), dir.path() + "/./track.db",
	    dir.path() + "/../" + dir.path().substr(dir.path().rfind('/') + 1) +
	    "/track.db" }) {
		std::string err = write_output(name, "x", &guard);
		EXPECT_EQ(err.find("refusing to write '" + name + "': it is the "
		    "database '" + db + "'"), 0u) << err;
	}
	for (const char *suffix : { "-wal", "-shm", "-journal" }) {
		// Missing companions too: written, they would be read as ours.
		std::string err = write_output(db + suffix, "x", &guard);
		EXPECT_EQ(err.find("refusing to write '" + db + suffix + "': it "
		    "is the database's"), 0u) << err;
		EXPECT_FALSE(file_exists(db + suffix));
	}
	EXPECT_EQ(read_file(db), "the database");
	EXPECT_EQ(write_output(dir.file("track.db.csv"), "x", &guard), "");
}

TEST(output, the_inputs_are_refused)
{
	TempDir dir;
	std::string in = dir.file("in.csv");
	write_file(in, "date,duration,topic\n");
	ASSERT_EQ(symlink("in.csv", dir.file("alias.csv").c_str()), 0);
	char *inputs[] = { const_cast<char *>(in.c_str()) };
	struct output_guard guard = { nullptr, inputs, 1 };
	EXPECT_EQ(write_output(dir.file("alias.csv"), "x", &guard),
	    "refusing to write '" + dir.file("alias.csv") + "': it is the "
	    "input file '" + in + "': give another file name");
	EXPECT_EQ(read_file(in), "date,duration,topic\n");
	EXPECT_EQ(output_guard_check(&guard, dir.file("other").c_str()),
	    nullptr);
}

}  // namespace
