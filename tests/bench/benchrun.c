/*
 * benchrun: times whole commands the way `make bench` compares them.
 *
 *   benchrun [-w WARMUP] [-r ROUNDS] [-s DIR] SPEC
 *
 * SPEC has one case a line, fields separated by tabs:
 *
 *   LABEL  RUNS-PER-ROUND[,WARM-UP-RUNS]  SETUP  [NAME=VALUE ...]  PROGRAM  [ARG ...]
 *
 * SETUP is a /bin/sh command run (untimed) before every run of the case,
 * or empty. NAME=VALUE fields before PROGRAM are added to its environment,
 * like env(1) but without the extra exec. PROGRAM is looked up in PATH and
 * run directly (no shell), stdin and stdout on /dev/null.
 *
 * WARMUP rounds (default 1) and then ROUNDS rounds (default 10) are run;
 * a round runs every case RUNS-PER-ROUND times, the cases interleaved, and
 * each round starts one case further on, so that a drift of the machine
 * (other load, page cache, CPU frequency) touches every case alike and no
 * case always runs right after the same other one. Warm-up rounds are not
 * counted; in them a case runs WARM-UP-RUNS times (default RUNS-PER-ROUND:
 * 0 for a command that takes seconds and has nothing to warm).
 *
 * For each case one line goes to stdout, tab-separated:
 *
 *   LABEL  RUNS  MEDIAN-MS  MIN-MS  MAX-MS  CPU-MEDIAN-MS  MAX-RSS-KB
 *
 * wall time from just before the spawn to the end of wait4(); CPU time and
 * peak resident set size (ru_maxrss, the largest over the runs) of the
 * child from wait4's rusage. With -s DIR each case's wall times (ms, one a
 * line, in the order run) also go to DIR/LABEL. A command that exits with
 * a status other than 0 stops everything: its stderr is shown, the exit
 * status is 1.
 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

struct sample {
	double wall_ms;
	double cpu_ms;
};

struct bench_case {
	char *label;
	int per_round;
	int per_warmup;		/* runs in a warm-up round */
	char *setup;		/* NULL: none */
	char **argv;		/* PROGRAM and its arguments, NULL-terminated */
	char **envp;		/* environ plus the case's NAME=VALUE fields */
	struct sample *samples;
	size_t count;
	long max_rss_kb;
};

static void
die(const char *fmt, ...)
{
	va_list ap;

	fputs("benchrun: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);

	if (p == NULL)
		die("out of memory");
	return p;
}

/* The environment of a case: environ with the assignments added, an
 * assignment replacing a variable of the same name. */
static char **
case_environment(char **assignments, size_t count)
{
	size_t n = 0, used = 0;
	char **envp;

	while (environ[n] != NULL)
		n++;
	envp = xcalloc(n + count + 1, sizeof *envp);
	for (size_t i = 0; i < n; i++) {
		size_t j, len = strcspn(environ[i], "=");

		for (j = 0; j < count; j++)
			if (strncmp(assignments[j], environ[i], len + 1) == 0)
				break;
		if (j == count)
			envp[used++] = environ[i];
	}
	for (size_t j = 0; j < count; j++)
		envp[used++] = assignments[j];
	return envp;
}

/* Splits line (changed in place) at tabs into a new NULL-terminated array. */
static char **
split_tabs(char *line, size_t *count)
{
	size_t n = 1;
	char **fields;

	for (char *p = line; *p != '\0'; p++)
		n += *p == '\t';
	fields = xcalloc(n + 1, sizeof *fields);
	for (size_t i = 0; i < n; i++) {
		fields[i] = line;
		line += strcspn(line, "\t");
		if (*line == '\t')
			*line++ = '\0';
	}
	*count = n;
	return fields;
}

/* Parses one SPEC line (see the top of the file) into c. */
static void
parse_case(char *line, struct bench_case *c, int rounds)
{
	size_t n, first;
	char **fields;

	line[strcspn(line, "\n")] = '\0';
	fields = split_tabs(line, &n);
	if (n < 4)
		die("spec line '%s': needs LABEL, RUNS, SETUP and PROGRAM", line);
	c->label = fields[0];
	c->per_round = atoi(fields[1]);
	c->per_warmup = strchr(fields[1], ',') ? atoi(strchr(fields[1], ',') + 1) :
	    c->per_round;
	if (c->per_round < 1 || c->per_warmup < 0)
		die("case '%s': runs per round '%s' is not N or N,W (N > 0)",
		    fields[0], fields[1]);
	c->setup = fields[2][0] != '\0' ? fields[2] : NULL;
	for (first = 3; first < n && strchr(fields[first], '=') != NULL &&
	    fields[first][0] != '='; first++)
		;
	if (first == n)
		die("case '%s': no program to run", c->label);
	c->envp = case_environment(fields + 3, first - 3);
	c->argv = fields + first;
	c->samples = xcalloc((size_t)rounds * (size_t)c->per_round,
	    sizeof *c->samples);
}

/* Reads SPEC into a new array of cases; *count is their number. */
static struct bench_case *
read_spec(const char *file, int rounds, size_t *count)
{
	struct bench_case *cases = NULL;
	size_t n = 0, size = 0;
	char *line = NULL;
	size_t cap = 0;
	FILE *f = fopen(file, "r");

	if (f == NULL)
		die("cannot open '%s': %s", file, strerror(errno));
	while (getline(&line, &cap, f) != -1) {
		if (line[0] == '\n' || line[0] == '#')
			continue;
		if (n == size) {
			size = size ? 2 * size : 16;
			cases = realloc(cases, size * sizeof *cases);
			if (cases == NULL)
				die("out of memory");
		}
		memset(&cases[n], 0, sizeof cases[n]);
		parse_case(strdup(line), &cases[n++], rounds);
	}
	free(line);
	fclose(f);
	if (n == 0)
		die("'%s' has no case", file);
	*count = n;
	return cases;
}

/* ----------------------------------------------------------------------
 * Running. */

static int null_fd = -1, err_fd = -1;

/* Shows what the failed command wrote to stderr, then stops. */
static void
failed(const char *what, int status)
{
	char buf[4096];
	ssize_t n;

	fprintf(stderr, "benchrun: '%s' failed (%s %d); its stderr:\n", what,
	    WIFEXITED(status) ? "exit status" : "signal",
	    WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
	lseek(err_fd, 0, SEEK_SET);
	while ((n = read(err_fd, buf, sizeof buf)) > 0)
		fwrite(buf, 1, (size_t)n, stderr);
	exit(1);
}

/* Spawns argv with envp (stdin, stdout on /dev/null, stderr on a scratch
 * file), waits for it; returns its status and fills *usage. */
static int
spawn_wait(char **argv, char **envp, struct rusage *usage)
{
	posix_spawn_file_actions_t actions;
	pid_t pid;
	int status, rc;

	if (ftruncate(err_fd, 0) != 0)
		die("cannot reset the stderr scratch file: %s", strerror(errno));
	lseek(err_fd, 0, SEEK_SET);
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_adddup2(&actions, null_fd, 0);
	posix_spawn_file_actions_adddup2(&actions, null_fd, 1);
	posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
	rc = posix_spawnp(&pid, argv[0], &actions, NULL, argv, envp);
	posix_spawn_file_actions_destroy(&actions);
	if (rc != 0)
		die("cannot run '%s': %s", argv[0], strerror(rc));
	while (wait4(pid, &status, 0, usage) < 0)
		if (errno != EINTR)
			die("wait4: %s", strerror(errno));
	return status;
}

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Runs c once after its setup; records the run when record is set. */
static void
run_case(struct bench_case *c, int record)
{
	char *sh[] = { "/bin/sh", "-c", c->setup, NULL };
	struct rusage usage;
	double t0, t1;
	int status;

	if (c->setup != NULL &&
	    (status = spawn_wait(sh, environ, &usage)) != 0)
		failed(c->setup, status);
	t0 = now_ms();
	status = spawn_wait(c->argv, c->envp, &usage);
	t1 = now_ms();
	if (status != 0)
		failed(c->label, status);
	if (!record)
		return;
	c->samples[c->count].wall_ms = t1 - t0;
	c->samples[c->count].cpu_ms =
	    (double)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
	    (double)(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
	c->count++;
	if (usage.ru_maxrss > c->max_rss_kb)
		c->max_rss_kb = usage.ru_maxrss;
}

/* One round: every case per_round times (per_warmup times in a warm-up
 * round, when record is 0), starting with case first. */
static void
run_round(struct bench_case *cases, size_t n, size_t first, int record)
{
	int most = 0;

	for (size_t i = 0; i < n; i++)
		if (cases[i].per_round > most)
			most = cases[i].per_round;
	/* Spread a case's runs over the round: A B A B A C, not A A A B C. */
	for (int k = 0; k < most; k++)
		for (size_t i = 0; i < n; i++) {
			struct bench_case *c = &cases[(first + i) % n];

			if (k < (record ? c->per_round : c->per_warmup))
				run_case(c, record);
		}
}

/* ----------------------------------------------------------------------
 * Results. */

static int
compare_doubles(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The median of n values (sorted in place). */
static double
median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, compare_doubles);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void
report(struct bench_case *c, const char *dir)
{
	double *wall = xcalloc(c->count, sizeof *wall);
	double *cpu = xcalloc(c->count, sizeof *cpu);
	double wall_median, cpu_median;

	if (dir != NULL) {
		char file[4096];
		FILE *f;

		snprintf(file, sizeof file, "%s/%s", dir, c->label);
		if ((f = fopen(file, "w")) == NULL)
			die("cannot create '%s': %s", file, strerror(errno));
		for (size_t i = 0; i < c->count; i++)
			fprintf(f, "%.3f\n", c->samples[i].wall_ms);
		fclose(f);
	}
	for (size_t i = 0; i < c->count; i++) {
		wall[i] = c->samples[i].wall_ms;
		cpu[i] = c->samples[i].cpu_ms;
	}
	wall_median = median(wall, c->count);
	cpu_median = median(cpu, c->count);
	printf("%s\t%zu\t%.3f\t%.3f\t%.3f\t%.3f\t%ld\n", c->label, c->count,
	    wall_median, wall[0], wall[c->count - 1], cpu_median,
	    c->max_rss_kb);
	free(wall);
	free(cpu);
}

int
main(int argc, char **argv)
{
	int warmup = 1, rounds = 10, opt;
	const char *dir = NULL;
	char scratch[] = "/tmp/benchrun-XXXXXX";
	struct bench_case *cases;
	size_t n;

	while ((opt = getopt(argc, argv, "w:r:s:")) != -1) {
		switch (opt) {
		case 'w': warmup = atoi(optarg); break;
		case 'r': rounds = atoi(optarg); break;
		case 's': dir = optarg; break;
		default: die("usage: benchrun [-w WARMUP] [-r ROUNDS] [-s DIR] SPEC");
		}
	}
	if (optind != argc - 1 || rounds < 1 || warmup < 0)
		die("usage: benchrun [-w WARMUP] [-r ROUNDS] [-s DIR] SPEC");
	cases = read_spec(argv[optind], rounds, &n);
	if ((null_fd = open("/dev/null", O_RDWR)) < 0 ||
	    (err_fd = mkstemp(scratch)) < 0)
		die("cannot open scratch files: %s", strerror(errno));
	unlink(scratch);
	for (int r = 0; r < warmup; r++)
		run_round(cases, n, (size_t)r % n, 0);
	for (int r = 0; r < rounds; r++)
		run_round(cases, n, (size_t)r % n, 1);
	for (size_t i = 0; i < n; i++)
		report(&cases[i], dir);
	return 0;
}
