/*
 * gen_history: one deterministic, realistic learning history for `make
 * bench`, written three ways so track and the tools it is compared with
 * work on the same sessions:
 *
 *   DIR/sessions.tsv, projects.tsv, tutorials.tsv, path_choices.tsv
 *       tab-separated rows that tests/bench/load_history.sql inserts into
 *       a database created by track itself (so its triggers fill the
 *       summaries);
 *   DIR/history.csv
 *       the track generic CSV (date,duration,topic,kind,project,tutorial,
 *       note) of the same sessions, for `track import`;
 *   DIR/timew/data/YYYY-MM.data, tags.data, timewarrior.cfg (with -t)
 *       the same sessions as Timewarrior intervals (`inc START - END #
 *       tags`), for `timew summary`;
 *   DIR/stats.txt
 *       counts and totals to check the loaded database against.
 *
 *   gen_history -n SESSIONS -c CATALOG -o DIR [-e LAST-DAY] [-s SEED] [-t]
 *               [-m LIKE]
 *
 * CATALOG has one topic a line: name TAB path-slug TAB fundamentals(0/1)
 * TAB alias (may be empty), as bench.sh reads it from a fresh database.
 *
 * The model (BENCHMARKS.md, "The histories"): one learner, day by day, up
 * to LAST-DAY (default 2026-11-21). About 84% of days have sessions (90%
 * of weekdays, 70% of weekend days), 1 to 4 of them, 25 to 120 minutes,
 * placed between 06:00 and 24:00 UTC without overlapping. A history that
 * would reach back before 1970 at that pace (more than ~43,000 sessions)
 * is squeezed into 1970..LAST-DAY instead: each day's count is multiplied
 * by the same factor (2.3 for 100k: a full-time learner; 23 for 1M: a
 * stress case no person reaches), and the sessions that no longer fit
 * into the day keep their day but get no start time (and have no
 * Timewarrior form, so -t refuses such a history). The learner follows
 * a focus path for 2 to 16 months at a time (sometimes hopping after
 * weeks), does fundamentals (60% at first, 15% after three years), some
 * other paths and a few topics outside the catalog, moves from tutorials
 * to projects within each focus period, works on named projects and
 * tutorials that last weeks, and writes a note on one session in twelve.
 * The same seed always gives the same files. With -m LIKE, the days are
 * as dense as in a history of LIKE sessions (the same count on each day),
 * and only the last SESSIONS of them are written: the recent months of
 * the LIKE history without its years before them.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_TOPICS 512
#define MAX_PATHS 32
#define DAY_FIRST_MINUTE 360	/* 06:00: the earliest start */
#define DAY_MINUTES 1440
#define BASE_PER_DAY 2.107	/* 0.843 active days x 2.5 sessions */
#define MAX_PER_DAY 1024

/* ----------------------------------------------------------------------
 * Random numbers: splitmix64, one sequential stream plus a per-day hash so
 * that a day's session count is the same read forwards or backwards. */

static uint64_t rng_state;

static uint64_t
mix64(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static uint64_t
rnd(void)
{
	rng_state += 0x9e3779b97f4a7c15ULL;
	return mix64(rng_state);
}

/* A number in 0..n-1 (n > 0). */
static unsigned
below(unsigned n)
{
	return (unsigned)(rnd() % n);
}

/* A number in [0, 1). */
static double
unit(void)
{
	return (double)(rnd() >> 11) / 9007199254740992.0;
}

/* ----------------------------------------------------------------------
 * Days: counted from 1970-01-01 (H. Hinnant's civil calendar algorithms). */

static int
day_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_day(int z, int *y, int *m, int *d)
{
	z += 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp + (mp < 10 ? 3 : -9);
	*y = yoe + era * 400 + (*m <= 2);
}

/* Writes 'YYYY-MM-DD' into buf (11 bytes). */
static void
day_text(int day, char *buf)
{
	int y, m, d;

	civil_from_day(day, &y, &m, &d);
	snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
}

/* ----------------------------------------------------------------------
 * The catalog and the names the learner uses. */

struct topic {
	char name[64];
	char alias[64];		/* "" when it has none */
	int path;		/* index into paths; -1 outside the catalog */
	unsigned tag_count;	/* sessions tagged with it in Timewarrior */
};

static struct topic topics[MAX_TOPICS];
static int topic_count;
static char paths[MAX_PATHS][64];
static int path_topics[MAX_PATHS][MAX_TOPICS];	/* topic indexes by path */
static int path_topic_count[MAX_PATHS];
static int path_is_fundamentals[MAX_PATHS];
static int path_count;
static int fundamentals = -1;	/* index of the fundamentals path */
static int custom_first;	/* topics from here on are outside the catalog */

static const char *custom_topics[] = {
	"leetcode", "touch-typing", "advent-of-code", "blog-writing",
};

static const char *project_names[] = {
	"Recipe site", "Todo API", "Weather dashboard", "Budget tracker",
	"Chess engine", "Portfolio site", "Job board scraper",
	"Image classifier", "Chat bot", "URL shortener", "Habit tracker",
	"Expense splitter", "Book notes app", "Stock screener",
	"Home automation", "Password manager", "Markdown blog",
	"Movie recommender", "Sudoku solver", "Kanban board",
};
#define PROJECT_NAMES (sizeof project_names / sizeof project_names[0])

static const char *tutorial_titles[] = {
	"%s for Beginners", "The Complete %s Course", "%s in 10 Minutes",
	"Hands-On %s", "%s Deep Dive", "Practical %s", "%s Crash Course",
	"Mastering %s",
};
#define TUTORIAL_TITLES (sizeof tutorial_titles / sizeof tutorial_titles[0])

static const char *notes[] = {
	"chapter 3", "exercises 1-8", "chapter 2, exercises 1-8",
	"refactoring", "debugging a flaky test", "read the docs",
	"pair session", "kata", "video 4 of 12", "review, flashcards",
	"finished the section on errors", "notes for the blog post",
};
#define NOTES (sizeof notes / sizeof notes[0])

static void
die(const char *fmt, ...)
{
	va_list ap;

	fputs("gen_history: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* Returns the index of path slug, adding it when new. */
static int
path_index(const char *slug, int is_fundamentals)
{
	for (int i = 0; i < path_count; i++)
		if (strcmp(paths[i], slug) == 0)
			return i;
	if (path_count == MAX_PATHS)
		die("too many paths in the catalog");
	snprintf(paths[path_count], sizeof paths[0], "%s", slug);
	path_is_fundamentals[path_count] = is_fundamentals;
	if (is_fundamentals)
		fundamentals = path_count;
	return path_count++;
}

static void
add_topic(const char *name, const char *alias, int path)
{
	struct topic *t;

	if (topic_count == MAX_TOPICS)
		die("too many topics in the catalog");
	t = &topics[topic_count];
	snprintf(t->name, sizeof t->name, "%s", name);
	snprintf(t->alias, sizeof t->alias, "%s", alias);
	t->path = path;
	if (path >= 0)
		path_topics[path][path_topic_count[path]++] = topic_count;
	topic_count++;
}

/* Reads the catalog file (see the top of this file), then adds the topics
 * outside the catalog. */
static void
read_catalog(const char *file)
{
	char line[512], name[64], slug[64], alias[64];
	int fund;
	FILE *f = fopen(file, "r");

	if (f == NULL)
		die("cannot open '%s': %s", file, strerror(errno));
	while (fgets(line, sizeof line, f) != NULL) {
		alias[0] = '\0';
		if (sscanf(line, "%63[^\t]\t%63[^\t]\t%d\t%63[^\t\n]",
		    name, slug, &fund, alias) < 3)
			die("%s: bad line '%s'", file, line);
		add_topic(name, alias, path_index(slug, fund));
	}
	fclose(f);
	if (fundamentals < 0 || path_count < 2)
		die("%s: needs fundamentals and at least one path", file);
	custom_first = topic_count;
	for (size_t i = 0; i < sizeof custom_topics / sizeof *custom_topics; i++)
		add_topic(custom_topics[i], "", -1);
}

/* ----------------------------------------------------------------------
 * How many sessions a day has. */

static uint64_t seed = 20261122;
static double density = 1.0;

/* The sessions of day at density 1 scaled by density; the same number
 * every time it is asked for the same day. */
static int
day_sessions(int day)
{
	uint64_t h = mix64(seed ^ mix64((uint64_t)(int64_t)day));
	int weekday = ((day % 7) + 7 + 3) % 7;	/* 0 = Monday */
	unsigned active = weekday >= 5 ? 700 : 900;
	double k, frac;

	if (h % 1000 >= active)
		return 0;
	k = (double)(1 + (h >> 20) % 4);
	frac = (double)((h >> 32) & 0xffff) / 65536.0;
	return (int)(k * density + frac);
}

/* Chooses the density (that of a history of like sessions) and the first
 * day so that the days up to last hold exactly n sessions; *cut is how
 * many the first day gives up. */
static int
plan_span(long n, long like, int last, int *cut)
{
	double room = 0.97 * last;	/* days since 1970, with a margin */
	long total = 0;
	int day = last;

	if (like / BASE_PER_DAY > room)
		density = like / (room * BASE_PER_DAY);
	for (; total < n; day--)
		total += day_sessions(day);
	*cut = (int)(total - n);
	return day + 1;
}

/* ----------------------------------------------------------------------
 * The learner's state: focus path, project, tutorial. */

struct state {
	int day;		/* the day being written */
	int first_day;
	int last_day;
	int era_path;		/* focus path */
	int era_start, era_end;
	int project;		/* number of the current project, -1 none */
	int project_end;
	int projects;		/* projects so far */
	int tutorial;		/* number of the current tutorial, -1 none */
	int tutorial_topic;
	int tutorial_end;
	int tutorials;
	char project_name[96];
	char tutorial_title[160];
	unsigned title_uses[TUTORIAL_TITLES][MAX_TOPICS];
	unsigned *project_tags;	/* Timewarrior tag counts by project */
	size_t project_tags_size;
};

struct out {
	FILE *sessions, *projects, *tutorials, *choices, *csv;
	FILE *timew;		/* the open monthly file, or NULL */
	int timew_month;	/* year * 12 + month of that file */
	char timew_dir[4096];
	int with_timew;
	long minutes, unplaced, count;
	unsigned kind_tags[3];
};

static const char *kinds[] = { "tutorial", "study", "project" };

/* A topic of path p, the first ones (the catalog's basics) likelier. */
static int
pick_in_path(int p)
{
	double u = unit();

	return path_topics[p][(int)(u * u * path_topic_count[p])];
}

/* Any non-fundamentals path other than not (or any when not < 0). */
static int
pick_path(int not)
{
	int p;

	do
		p = (int)below((unsigned)path_count);
	while (path_is_fundamentals[p] || (p == not && path_count > 2));
	return p;
}

/* Starts a new focus period on s->day, written as a `track path set`. */
static void
new_era(struct state *s, struct out *o)
{
	int path = s->era_start < 0 || below(4) == 0 ? pick_path(-1) :
	    pick_path(s->era_path);
	char day[11];

	s->era_start = s->day;
	s->era_end = s->day + (below(5) == 0 ? 20 + (int)below(30) :
	    60 + (int)below(420));
	if (path == s->era_path)
		return;
	s->era_path = path;
	day_text(s->day, day);
	fprintf(o->choices, "%s\t%s\t%sT07:00:00Z\n", paths[path], day, day);
}

/* The topic of a session: fundamentals, the focus path, another path or
 * a topic outside the catalog. */
static int
pick_topic(const struct state *s)
{
	double years = (s->day - s->first_day) / 365.25;
	double fund = 0.15 + 0.45 * (years < 3 ? 1 - years / 3 : 0);
	double u = unit();

	if (u < fund)
		return pick_in_path(fundamentals);
	u = (u - fund) / (1 - fund);
	if (u < 0.80)
		return pick_in_path(s->era_path);
	if (u < 0.97)
		return pick_in_path(pick_path(s->era_path));
	return custom_first + (int)below((unsigned)(topic_count - custom_first));
}

/* 0 tutorial, 1 study, 2 project: tutorials early in a focus period,
 * projects late. */
static int
pick_kind(const struct state *s)
{
	double phase = (double)(s->day - s->era_start) /
	    (s->era_end - s->era_start);
	double tutorial = 0.50 - 0.25 * phase, project = 0.08 + 0.32 * phase;
	double u = unit();

	if (u < tutorial)
		return 0;
	return u < tutorial + project ? 2 : 1;
}

/* The name of project number n: the names repeat as "NAME v2", ... */
static void
project_name(int n, char *buf, size_t size)
{
	int version = n / (int)PROJECT_NAMES + 1;

	if (version == 1)
		snprintf(buf, size, "%s", project_names[n % PROJECT_NAMES]);
	else
		snprintf(buf, size, "%s v%d", project_names[n % PROJECT_NAMES],
		    version);
}

/* The current project, started on this day if there is none. */
static const char *
current_project(struct state *s, struct out *o)
{
	char start[11], end[11];

	if (s->project >= 0 && s->day <= s->project_end)
		return s->project_name;
	s->project = s->projects++;
	s->project_end = s->day + 14 + (int)below(100);
	project_name(s->project, s->project_name, sizeof s->project_name);
	day_text(s->day, start);
	day_text(s->project_end, end);
	fprintf(o->projects, "%s\t%s\t%s\t%s\t%sT07:00:00Z\n",
	    s->project_name, paths[s->era_path], start,
	    below(3) != 0 && s->project_end < s->last_day ? end : "", start);
	if ((size_t)s->projects > s->project_tags_size) {
		s->project_tags_size = 2 * (size_t)s->projects;
		s->project_tags = realloc(s->project_tags,
		    s->project_tags_size * sizeof *s->project_tags);
		if (s->project_tags == NULL)
			die("out of memory");
		memset(s->project_tags + s->projects - 1, 0,
		    (s->project_tags_size - (size_t)s->projects + 1) *
		    sizeof *s->project_tags);
	}
	return s->project_name;
}

/* The current tutorial, started on this day if there is none. */
static const char *
current_tutorial(struct state *s, struct out *o)
{
	char start[11], topic[64];
	unsigned t, uses;

	if (s->tutorial >= 0 && s->day <= s->tutorial_end)
		return s->tutorial_title;
	s->tutorial = s->tutorials++;
	s->tutorial_end = s->day + 7 + (int)below(50);
	s->tutorial_topic = pick_in_path(s->era_path);
	t = below(TUTORIAL_TITLES);
	uses = ++s->title_uses[t][s->tutorial_topic];
	snprintf(topic, sizeof topic, "%s", topics[s->tutorial_topic].name);
	topic[0] = (char)(topic[0] >= 'a' && topic[0] <= 'z' ?
	    topic[0] - 'a' + 'A' : topic[0]);
	snprintf(s->tutorial_title, sizeof s->tutorial_title,
	    tutorial_titles[t], topic);
	if (uses > 1)
		snprintf(s->tutorial_title + strlen(s->tutorial_title),
		    sizeof s->tutorial_title - strlen(s->tutorial_title),
		    ", part %u", uses);
	day_text(s->day, start);
	fprintf(o->tutorials, "%s\t%s\t%s\t%sT07:00:00Z\n", s->tutorial_title,
	    topics[s->tutorial_topic].name, start, start);
	return s->tutorial_title;
}

/* ----------------------------------------------------------------------
 * One day. */

struct session {
	int minutes;
	int start;		/* minute of the day, -1 when not placed */
	int timer;		/* recorded with the timer (has a start) */
	int with_start;		/* the database has its start time */
	int topic, kind;
	const char *project, *tutorial, *note;
	int project_number;
};

/* Durations of 25..120 minutes: round numbers by hand, any with the timer. */
static void
pick_minutes(struct session *ss, int count)
{
	static const int usual[] = { 25, 30, 45, 60, 90, 120, 60, 45 };

	for (int i = 0; i < count; i++) {
		ss[i].timer = below(10) < 4;
		if (ss[i].timer)
			ss[i].minutes = 25 + (int)below(96);
		else if (below(4) != 0)
			ss[i].minutes = usual[below(8)];
		else
			ss[i].minutes = 25 + 5 * (int)below(20);
	}
}

/* Places the sessions between 06:00 and 24:00 in order, with gaps of 5 to
 * 60 minutes when there is room; those that do not fit get start -1. */
static void
place(struct session *ss, int count)
{
	int total = 0, t, slack;

	for (int i = 0; i < count; i++)
		total += ss[i].minutes + 5;
	slack = DAY_MINUTES - DAY_FIRST_MINUTE - total;
	t = DAY_FIRST_MINUTE;
	if (slack > 0)
		t += 5 * (int)below((unsigned)(slack < 240 ? slack : 240) / 5 + 1);
	for (int i = 0; i < count; i++) {
		int rest = DAY_MINUTES - t - total, gap = 5;

		if (t + ss[i].minutes > DAY_MINUTES) {
			ss[i].start = -1;
			continue;
		}
		ss[i].start = t;
		total -= ss[i].minutes + 5;
		if (rest > 0)
			gap += 5 * (int)below((unsigned)(rest < 55 ? rest : 55) / 5 + 1);
		t += ss[i].minutes + gap;
	}
}

/* Topic, kind, project, tutorial and note of each session of the day. */
static void
describe(struct state *s, struct out *o, struct session *ss, int count)
{
	for (int i = 0; i < count; i++) {
		struct session *x = &ss[i];

		x->topic = pick_topic(s);
		x->kind = pick_kind(s);
		x->project = x->tutorial = NULL;
		x->project_number = -1;
		if (x->kind == 2 && below(10) != 0) {
			x->project = current_project(s, o);
			x->project_number = s->project;
		} else if (x->kind == 0 && below(4) != 0) {
			x->tutorial = current_tutorial(s, o);
			x->topic = s->tutorial_topic;
		}
		x->note = below(12) == 0 ? notes[below(NOTES)] : NULL;
		if (x->start < 0)
			x->timer = 0;
		x->with_start = x->timer || (x->start >= 0 && below(3) == 0);
	}
}

/* ----------------------------------------------------------------------
 * Writing a session. */

static void
write_uuid(FILE *f)
{
	uint64_t a = rnd(), b = rnd();

	fprintf(f, "%08x-%04x-4%03x-%c%03x-%012llx",
	    (unsigned)(a >> 32), (unsigned)(a >> 16) & 0xffff,
	    (unsigned)a & 0xfff, "89ab"[b >> 62], (unsigned)(b >> 48) & 0xfff,
	    (unsigned long long)(b & 0xffffffffffffULL));
}

/* 'YYYY-MM-DDTHH:MM:00Z' of minute m counted from the start of day. */
static void
instant_text(int day, int m, char *buf, size_t size, int compact)
{
	char d[11];
	int y, mo, dd;

	day += m / DAY_MINUTES;
	m %= DAY_MINUTES;
	if (compact) {
		civil_from_day(day, &y, &mo, &dd);
		snprintf(buf, size, "%04u%02u%02uT%02d%02d00Z",
		    (unsigned)y % 10000u, (unsigned)mo % 100u,
		    (unsigned)dd % 100u, m / 60, m % 60);
	} else {
		day_text(day, d);
		snprintf(buf, size, "%sT%02d:%02d:00Z", d, m / 60, m % 60);
	}
}


/* Writes text as one CSV field, quoted when it holds a comma or a quote. */
static void
csv_field(FILE *f, const char *text)
{
	if (text == NULL)
		return;
	if (strpbrk(text, ",\"\n") == NULL) {
		fputs(text, f);
		return;
	}
	fputc('"', f);
	for (; *text != '\0'; text++) {
		if (*text == '"')
			fputc('"', f);
		fputc(*text, f);
	}
	fputc('"', f);
}

/* The duration in one of the spellings a person types: 90m, 90min, 1:30,
 * 1h30m, 1.5h. */
static void
duration_text(int minutes, char *buf, size_t size)
{
	switch (below(5)) {
	case 0:
		snprintf(buf, size, "%dmin", minutes);
		break;
	case 1:
		snprintf(buf, size, "%d:%02d", minutes / 60, minutes % 60);
		break;
	case 2:
		if (minutes % 60 == 0)
			snprintf(buf, size, "%dh", minutes / 60);
		else if (minutes > 60)
			snprintf(buf, size, "%dh%dm", minutes / 60, minutes % 60);
		else
			snprintf(buf, size, "%dm", minutes);
		break;
	case 3:
		if (minutes % 6 == 0) {
			snprintf(buf, size, "%d.%dh", minutes / 60,
			    minutes % 60 / 6);
			break;
		}
		/* FALLTHROUGH */
	default:
		snprintf(buf, size, "%dm", minutes);
	}
}

/* One row of sessions.tsv (see load_history.sql for the columns). */
static void
write_tsv(struct out *o, int day, const struct session *x)
{
	char d[11], start[32] = "", created[32];

	day_text(day, d);
	if (x->with_start)
		instant_text(day, x->start, start, sizeof start, 0);
	if (x->start >= 0)
		instant_text(day, x->start + x->minutes, created,
		    sizeof created, 0);
	else
		snprintf(created, sizeof created, "%sT21:00:00Z", d);
	write_uuid(o->sessions);
	fprintf(o->sessions, "\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d,
	    start, x->minutes, topics[x->topic].name, kinds[x->kind],
	    x->project ? x->project : "", x->tutorial ? x->tutorial : "",
	    x->note ? x->note : "", x->timer ? "timer" : "manual", created);
}

/* One row of history.csv: sometimes an alias for the topic, sometimes no
 * kind where the importer infers the same one. */
static void
write_csv(struct out *o, int day, const struct session *x)
{
	const struct topic *t = &topics[x->topic];
	char d[11], duration[32];
	int inferred = (x->kind == 1 && !x->project && !x->tutorial) ||
	    (x->kind == 0 && x->tutorial) || (x->kind == 2 && x->project);

	day_text(day, d);
	duration_text(x->minutes, duration, sizeof duration);
	fprintf(o->csv, "%s,%s,%s,%s,", d, duration,
	    t->alias[0] != '\0' && below(10) == 0 ? t->alias : t->name,
	    inferred && below(10) < 3 ? "" : kinds[x->kind]);
	csv_field(o->csv, x->project);
	fputc(',', o->csv);
	csv_field(o->csv, x->tutorial);
	fputc(',', o->csv);
	csv_field(o->csv, x->note);
	fputc('\n', o->csv);
}

static int
compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Opens DIR/timew/data/YYYY-MM.data for the month of day, closing the
 * previous month's file. */
static void
timew_month(struct out *o, int day)
{
	char file[4200];
	int y, m, d;

	civil_from_day(day, &y, &m, &d);
	if (o->timew != NULL && o->timew_month == y * 12 + m)
		return;
	if (o->timew != NULL && fclose(o->timew) != 0)
		die("cannot write Timewarrior data: %s", strerror(errno));
	snprintf(file, sizeof file, "%s/data/%04d-%02d.data", o->timew_dir, y, m);
	if ((o->timew = fopen(file, "w")) == NULL)
		die("cannot create '%s': %s", file, strerror(errno));
	o->timew_month = y * 12 + m;
}

/* One Timewarrior interval, tags sorted and quoted as timew writes them. */
static void
write_timew(struct out *o, struct state *s, int day, const struct session *x)
{
	const char *tags[3] = { topics[x->topic].name, kinds[x->kind],
	    x->project };
	char start[32], end[32];
	size_t n = x->project ? 3 : 2;

	if (x->start < 0) {
		o->unplaced++;
		return;
	}
	if (!o->with_timew)
		return;
	timew_month(o, day);
	instant_text(day, x->start, start, sizeof start, 1);
	instant_text(day, x->start + x->minutes, end, sizeof end, 1);
	qsort(tags, n, sizeof *tags, compare_strings);
	fprintf(o->timew, "inc %s - %s #", start, end);
	for (size_t i = 0; i < n; i++)
		fprintf(o->timew, strchr(tags[i], ' ') ? " \"%s\"" : " %s",
		    tags[i]);
	fputc('\n', o->timew);
	topics[x->topic].tag_count++;
	o->kind_tags[x->kind]++;
	if (x->project_number >= 0)
		s->project_tags[x->project_number]++;
}

struct tag {
	const char *name;
	unsigned count;
};

static int
compare_tags(const void *a, const void *b)
{
	return strcmp(((const struct tag *)a)->name,
	    ((const struct tag *)b)->name);
}

/* data/tags.data: every tag and how many intervals carry it, by name. */
static void
write_tags(struct out *o, struct state *s)
{
	size_t n = 0, size = (size_t)topic_count + 3 + (size_t)s->projects;
	struct tag *tags = calloc(size, sizeof *tags);
	char (*names)[96] = calloc((size_t)s->projects + 1, sizeof *names);
	char file[4200];
	FILE *f;

	if (tags == NULL || names == NULL)
		die("out of memory");
	for (int i = 0; i < s->projects; i++)
		project_name(i, names[i], sizeof names[i]);
	for (int i = 0; i < topic_count; i++)
		if (topics[i].tag_count)
			tags[n++] = (struct tag){ topics[i].name, topics[i].tag_count };
	for (int i = 0; i < 3; i++)
		if (o->kind_tags[i])
			tags[n++] = (struct tag){ kinds[i], o->kind_tags[i] };
	for (int i = 0; i < s->projects; i++)
		if (s->project_tags[i])
			tags[n++] = (struct tag){ names[i], s->project_tags[i] };
	qsort(tags, n, sizeof *tags, compare_tags);
	snprintf(file, sizeof file, "%s/data/tags.data", o->timew_dir);
	if ((f = fopen(file, "w")) == NULL)
		die("cannot create '%s': %s", file, strerror(errno));
	fputs("{", f);
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%s\n  \"%s\":{\"count\":%u}", i ? "," : "",
		    tags[i].name, tags[i].count);
	fputs("\n}", f);
	if (fclose(f) != 0)
		die("cannot write '%s': %s", file, strerror(errno));
	free(tags);
	free(names);
}

/* ----------------------------------------------------------------------
 * The history, day by day. */

/* Writes every session of day, count of them. */
static void
write_day(struct state *s, struct out *o, int day, int count)
{
	static struct session ss[MAX_PER_DAY];

	if (count > MAX_PER_DAY)
		die("%d sessions on one day: too dense", count);
	s->day = day;
	if (day >= s->era_end)
		new_era(s, o);
	pick_minutes(ss, count);
	place(ss, count);
	describe(s, o, ss, count);
	for (int i = 0; i < count; i++) {
		write_tsv(o, day, &ss[i]);
		write_csv(o, day, &ss[i]);
		write_timew(o, s, day, &ss[i]);
		o->minutes += ss[i].minutes;
		o->count++;
	}
}

static FILE *
create(const char *dir, const char *name)
{
	static char buffers[8][1 << 16];
	static int used;
	char file[4200];
	FILE *f;

	snprintf(file, sizeof file, "%s/%s", dir, name);
	if ((f = fopen(file, "w")) == NULL)
		die("cannot create '%s': %s", file, strerror(errno));
	if (used < 8)
		setvbuf(f, buffers[used++], _IOFBF, sizeof buffers[0]);
	return f;
}

static void
close_all(struct out *o)
{
	FILE *files[] = { o->sessions, o->projects, o->tutorials, o->choices,
	    o->csv, o->timew };

	for (size_t i = 0; i < sizeof files / sizeof *files; i++)
		if (files[i] != NULL && fclose(files[i]) != 0)
			die("cannot write: %s", strerror(errno));
}

/* Opens the outputs in dir; with_timew adds dir/timew/. */
static void
open_all(struct out *o, const char *dir, int with_timew)
{
	char path[4200];

	o->sessions = create(dir, "sessions.tsv");
	o->projects = create(dir, "projects.tsv");
	o->tutorials = create(dir, "tutorials.tsv");
	o->choices = create(dir, "path_choices.tsv");
	o->csv = create(dir, "history.csv");
	fputs("date,duration,topic,kind,project,tutorial,note\n", o->csv);
	o->with_timew = with_timew;
	if (!with_timew)
		return;
	snprintf(o->timew_dir, sizeof o->timew_dir, "%s/timew", dir);
	snprintf(path, sizeof path, "%s/data", o->timew_dir);
	if ((mkdir(o->timew_dir, 0777) != 0 && errno != EEXIST) ||
	    (mkdir(path, 0777) != 0 && errno != EEXIST))
		die("cannot create '%s': %s", path, strerror(errno));
	fclose(create(o->timew_dir, "timewarrior.cfg"));
}

static void
write_stats(const char *dir, const struct out *o, const struct state *s)
{
	char first[11], last[11];
	FILE *f = create(dir, "stats.txt");

	day_text(s->first_day, first);
	day_text(s->last_day, last);
	fprintf(f, "sessions %ld\nminutes %ld\nfirst %s\nlast %s\n"
	    "unplaced %ld\nprojects %d\ntutorials %d\ndensity %.3f\n",
	    o->count, o->minutes, first, last, o->unplaced, s->projects,
	    s->tutorials, density);
	if (fclose(f) != 0)
		die("cannot write stats: %s", strerror(errno));
}

static void
usage(void)
{
	die("usage: gen_history -n SESSIONS -c CATALOG -o DIR [-e LAST-DAY] "
	    "[-s SEED] [-t] [-m LIKE]");
}

int
main(int argc, char **argv)
{
	static struct state s = { .era_path = -1, .era_start = -1,
	    .project = -1, .tutorial = -1 };
	static struct out o;
	const char *catalog = NULL, *dir = NULL;
	long n = 0, like = 0;
	int c, y, m, d, cut, with_timew = 0;

	s.last_day = day_from_civil(2026, 11, 21);
	while ((c = getopt(argc, argv, "n:c:o:e:s:tm:")) != -1) {
		switch (c) {
		case 'n': n = atol(optarg); break;
		case 'c': catalog = optarg; break;
		case 'o': dir = optarg; break;
		case 'e':
			if (sscanf(optarg, "%d-%d-%d", &y, &m, &d) != 3)
				usage();
			s.last_day = day_from_civil(y, m, d);
			break;
		case 's': seed = strtoull(optarg, NULL, 10); break;
		case 't': with_timew = 1; break;
		case 'm': like = atol(optarg); break;
		default: usage();
		}
	}
	if (n <= 0 || catalog == NULL || dir == NULL || optind != argc ||
	    like < 0)
		usage();
	if (like < n)
		like = n;
	read_catalog(catalog);
	rng_state = seed;
	s.first_day = plan_span(n, like, s.last_day, &cut);
	open_all(&o, dir, with_timew);
	for (int day = s.first_day; day <= s.last_day; day++) {
		int count = day_sessions(day) - (day == s.first_day ? cut : 0);

		if (count > 0)
			write_day(&s, &o, day, count);
	}
	if (with_timew && o.unplaced > 0)
		die("%ld sessions have no room in their day: no Timewarrior "
		    "form for %ld sessions", o.unplaced, n);
	if (with_timew)
		write_tags(&o, &s);
	close_all(&o);
	write_stats(dir, &o, &s);
	free(s.project_tags);
	return 0;
}
