// Running many tracks at once, for the concurrency and crash tests:
// support's run_track waits for each child and makes a directory per run,
// too slow for thousands of runs and unable to kill a child mid-way.
#ifndef TRACK_TESTS_CLI_SPAWN_H
#define TRACK_TESTS_CLI_SPAWN_H

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

extern char **environ;

namespace spawn {

// The test's environment with env laid over it (an empty value unsets).
inline std::vector<std::string>
environment(const std::map<std::string, std::string> &env)
{
	std::vector<std::string> envs;
	for (char **e = environ; *e; e++) {
		std::string entry(*e);
		if (env.count(entry.substr(0, entry.find('='))) == 0)
			envs.push_back(entry);
	}
	for (const auto &kv : env)
		if (!kv.second.empty())
			envs.push_back(kv.first + "=" + kv.second);
	return envs;
}

inline std::string
binary()
{
	const char *bin = getenv("TRACK_BIN");
	return bin && *bin ? bin : "build/track";
}

// Starts track with args and envs, stdin from /dev/null, stdout and stderr
// appended to the given files. Returns the child's pid.
inline pid_t
start(const std::vector<std::string> &args,
    const std::vector<std::string> &envs, const std::string &out_path,
    const std::string &err_path)
{
	std::string bin = binary();
	std::vector<char *> argv, envp;
	argv.push_back(const_cast<char *>(bin.c_str()));
	for (const auto &a : args)
		argv.push_back(const_cast<char *>(a.c_str()));
	argv.push_back(nullptr);
	for (const auto &e : envs)
		envp.push_back(const_cast<char *>(e.c_str()));
	envp.push_back(nullptr);
	posix_spawn_file_actions_t actions;
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(),
	    O_WRONLY | O_CREAT | O_APPEND, 0600);
	posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(),
	    O_WRONLY | O_CREAT | O_APPEND, 0600);
	pid_t pid;
	int rc = posix_spawn(&pid, bin.c_str(), &actions, nullptr, argv.data(),
	    envp.data());
	posix_spawn_file_actions_destroy(&actions);
	if (rc != 0)
		throw std::runtime_error("cannot run " + bin);
	return pid;
}

// Waits for pid: its exit status, or 128 + the signal that ended it.
inline int
wait(pid_t pid)
{
	int wstatus = 0;
	while (waitpid(pid, &wstatus, 0) < 0)
		if (errno != EINTR)
			throw std::runtime_error("waitpid failed");
	return WIFEXITED(wstatus) ? WEXITSTATUS(wstatus)
	    : 128 + WTERMSIG(wstatus);
}

// Runs track to the end; status as for wait().
inline int
run(const std::vector<std::string> &args,
    const std::vector<std::string> &envs, const std::string &out_path,
    const std::string &err_path)
{
	return wait(start(args, envs, out_path, err_path));
}

} // namespace spawn

#endif
