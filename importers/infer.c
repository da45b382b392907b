/*
 * Topic and kind inference. The catalog is a few hundred names: a scan
 * of them, longest first, over a short text is cheap, and a small cache
 * keeps the answer for texts that repeat (a project name on every row).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/catalog.h"
#include "core/db.h"
#include "core/stmt.h"
#include "importers/infer.h"

#define CACHE_SIZE 1024		/* slots; a full cache starts over */

struct cache_slot {
	char *text;		/* the raw text, NULL: empty slot */
	const struct catalog_name *answer;
};

struct kind_word {
	char *word;
	unsigned kind;		/* KIND_WORD_* */
};

struct matcher {
	struct catalog_name *names;	/* longest first */
	size_t count;
	struct kind_word *words;
	size_t word_count;
	struct cache_slot cache[CACHE_SIZE];
	size_t cached;
	char *scratch;			/* normalised text */
	size_t scratch_size;
};

/* Word characters: ASCII letters and digits, and any non-ASCII byte. */
static bool
is_word(char c)
{
	return isalnum((unsigned char)c) || (unsigned char)c >= 0x80;
}

/* The topic names' own normalisation (catalog.c), words spaced. */
void
infer_normalize(const char *text, char *out)
{
	topic_fold(text, ' ', out);
}

static int
longest_first(const void *a, const void *b)
{
	const struct catalog_name *x = a, *y = b;

	if (x->len != y->len)
		return x->len < y->len ? 1 : -1;
	return strcmp(x->text, y->text);
}

static struct error *
load_names(sqlite3 *db, struct matcher *m)
{
	static const char sql[] =
	    "SELECT t.name, t.id, t.name, t.name IN (SELECT word FROM "
	    "generic_word) FROM topic t WHERE t.path_id IS NOT NULL "
	    "UNION ALL SELECT a.alias, t.id, t.name, a.alias IN (SELECT word "
	    "FROM generic_word) FROM topic_alias a JOIN topic t ON t.id = "
	    "a.topic_id WHERE t.path_id IS NOT NULL";
	struct stmt st;
	struct error *err;
	size_t cap = 0;

	if ((err = stmt_prepare(&st, db, "cannot read the topic catalog",
	    sql)) != NULL)
		return err;
	while (stmt_step(&st) == STMT_ROW) {
		const char *text = (const char *)sqlite3_column_text(st.handle,
		    0);
		struct catalog_name *c;

		if (m->count == cap) {
			cap = cap ? cap * 2 : 256;
			m->names = xrealloc(m->names, cap * sizeof(*m->names));
		}
		c = &m->names[m->count++];
		c->text = xmalloc(strlen(text) + 1);
		infer_normalize(text, c->text);
		c->len = strlen(c->text);
		c->topic_id = sqlite3_column_int64(st.handle, 1);
		c->topic = db_column_strdup(st.handle, 2);
		c->generic = sqlite3_column_int(st.handle, 3) != 0;
	}
	err = stmt_finish(&st);
	if (m->count > 0)
		qsort(m->names, m->count, sizeof(*m->names), longest_first);
	return err;
}

static struct error *
load_words(sqlite3 *db, struct matcher *m)
{
	struct stmt st;
	struct error *err;
	size_t cap = 0;

	if ((err = stmt_prepare(&st, db, "cannot read the kind words",
	    "SELECT lower(word), kind FROM kind_word")) != NULL)
		return err;
	while (stmt_step(&st) == STMT_ROW) {
		const char *kind = (const char *)sqlite3_column_text(st.handle,
		    1);

		if (m->word_count == cap) {
			cap = cap ? cap * 2 : 32;
			m->words = xrealloc(m->words, cap * sizeof(*m->words));
		}
		m->words[m->word_count].word = db_column_strdup(st.handle, 0);
		m->words[m->word_count++].kind = strcmp(kind, "project") == 0 ?
		    KIND_WORD_PROJECT : KIND_WORD_TUTORIAL;
	}
	return stmt_finish(&st);
}

struct error *
matcher_load(sqlite3 *db, struct matcher **matcher)
{
	struct matcher *m = xcalloc(1, sizeof(*m));
	struct error *err;

	if ((err = load_names(db, m)) != NULL ||
	    (err = load_words(db, m)) != NULL) {
		matcher_free(m);
		return err;
	}
	*matcher = m;
	return NULL;
}

static void
cache_clear(struct matcher *m)
{
	for (size_t i = 0; i < CACHE_SIZE && m->cached > 0; i++)
		if (m->cache[i].text != NULL) {
			free(m->cache[i].text);
			m->cache[i].text = NULL;
			m->cached--;
		}
}

void
matcher_free(struct matcher *m)
{
	if (m == NULL)
		return;
	for (size_t i = 0; i < m->count; i++) {
		free(m->names[i].text);
		free(m->names[i].topic);
	}
	for (size_t i = 0; i < m->word_count; i++)
		free(m->words[i].word);
	cache_clear(m);
	free(m->names);
	free(m->words);
	free(m->scratch);
	free(m);
}

/* text normalised into the matcher's scratch buffer. */
static const char *
normalized(struct matcher *m, const char *text)
{
	size_t need = strlen(text) + 1;

	if (need > m->scratch_size) {
		m->scratch = xrealloc(m->scratch, need);
		m->scratch_size = need;
	}
	infer_normalize(text, m->scratch);
	return m->scratch;
}

/* Whether needle (len n) occurs in hay as whole words. */
static bool
contains_words(const char *hay, const char *needle, size_t n)
{
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		if ((p == hay || !is_word(p[-1])) && !is_word(p[n]))
			return true;
	return false;
}

static const struct catalog_name *
search(struct matcher *m, const char *text)
{
	const char *hay = normalized(m, text);

	for (size_t i = 0; i < m->count; i++) {
		const struct catalog_name *c = &m->names[i];

		if (c->len == 0)
			continue;
		if (c->generic ? strcmp(hay, c->text) == 0 :
		    contains_words(hay, c->text, c->len))
			return c;
	}
	return NULL;
}

static size_t
hash_text(const char *text)
{
	size_t h = 5381;

	for (const unsigned char *p = (const unsigned char *)text; *p; p++)
		h = h * 33 + *p;
	return h;
}

const struct catalog_name *
matcher_find(struct matcher *m, const char *text)
{
	size_t i = hash_text(text) % CACHE_SIZE;
	const struct catalog_name *answer;

	while (m->cache[i].text != NULL) {
		if (strcmp(m->cache[i].text, text) == 0)
			return m->cache[i].answer;
		i = (i + 1) % CACHE_SIZE;
	}
	answer = search(m, text);
	if (m->cached + 1 >= CACHE_SIZE * 3 / 4) {
		cache_clear(m);
		i = hash_text(text) % CACHE_SIZE;
	}
	m->cache[i].text = xstrdup(text);
	m->cache[i].answer = answer;
	m->cached++;
	return answer;
}

const struct catalog_name *
matcher_exact(struct matcher *m, const char *text)
{
	const char *norm = normalized(m, text);

	for (size_t i = 0; i < m->count; i++)
		if (strcmp(m->names[i].text, norm) == 0)
			return &m->names[i];
	return NULL;
}

unsigned
matcher_kinds(const struct matcher *m, const char *text)
{
	unsigned kinds = 0;
	const char *p = text;

	while (*p) {
		const char *start;

		while (*p && !is_word(*p))
			p++;
		start = p;
		while (is_word(*p))
			p++;
		for (size_t i = 0; i < m->word_count && p > start; i++)
			if (strlen(m->words[i].word) == (size_t)(p - start) &&
			    strncasecmp(m->words[i].word, start,
			    (size_t)(p - start)) == 0)
				kinds |= m->words[i].kind;
	}
	return kinds;
}

/* ---------------------------------------------------------------------
 * The matcher kept on a connection
 */

#define KEPT_MATCHER "import-matcher"	/* its db_data name */

/*
 * A connection's matcher, kept while the catalog is as it was loaded.
 * The connection's update hook sees every topic and alias row changed
 * through it after the load: an alias, or a topic updated or deleted,
 * makes the matcher stale; a topic inserted counts only if it is mapped
 * (unmapped topics are no catalog names), which a query tells at the
 * next use. A change later rolled back was seen all the same, so it
 * only costs a load. PRAGMA data_version tells another connection's
 * commits.
 */
struct kept_matcher {
	sqlite3 *db;
	struct matcher *matcher;	/* NULL: none loaded */
	bool stale;			/* the catalog changed since the load */
	sqlite3_int64 first_new_topic;	/* the lowest topic rowid inserted
					   since the load; 0: none */
	int64_t data_version;		/* PRAGMA data_version at the load */
};

static void
catalog_watch(void *arg, int op, const char *database, const char *table,
    sqlite3_int64 rowid)
{
	struct kept_matcher *k = arg;
	bool topic = strcmp(table, "topic") == 0;

	(void)database;
	if (!topic && strcmp(table, "topic_alias") != 0)
		return;
	if (!topic || op != SQLITE_INSERT)
		k->stale = true;
	else if (k->first_new_topic == 0 || rowid < k->first_new_topic)
		k->first_new_topic = rowid;
}

static void
kept_matcher_free(void *data)
{
	struct kept_matcher *k = data;

	sqlite3_update_hook(k->db, NULL, NULL);
	matcher_free(k->matcher);
	free(k);
}

/* db's kept matcher, made (empty) on first use; NULL: db is not kept. */
static struct kept_matcher *
kept_matcher(sqlite3 *db)
{
	struct kept_matcher *k = db_data(db, KEPT_MATCHER);

	if (k != NULL)
		return k;
	k = xcalloc(1, sizeof(*k));
	k->db = db;
	if (!db_data_set(db, KEPT_MATCHER, k, kept_matcher_free)) {
		free(k);
		return NULL;
	}
	sqlite3_update_hook(db, catalog_watch, k);
	return k;
}

/* Whether k's matcher is still the catalog's; *version: data_version. */
static struct error *
kept_matcher_fresh(struct kept_matcher *k, int64_t *version, bool *fresh)
{
	int64_t mapped = 0;
	struct error *err;

	*fresh = false;
	if ((err = db_query_int(k->db, version, 0, "PRAGMA data_version",
	    NULL)) != NULL || k->matcher == NULL || k->stale ||
	    *version != k->data_version)
		return err;
	if (k->first_new_topic != 0 && (err = db_query_int(k->db, &mapped, 0,
	    "SELECT EXISTS (SELECT 1 FROM topic WHERE id >= ? AND path_id IS "
	    "NOT NULL)", "i", (int64_t)k->first_new_topic)) != NULL)
		return err;
	*fresh = mapped == 0;
	return NULL;
}

struct error *
matcher_get(sqlite3 *db, struct matcher **matcher)
{
	struct kept_matcher *k = kept_matcher(db);
	struct error *err;
	int64_t version;
	bool fresh;

	if (k == NULL)
		return matcher_load(db, matcher);
	if ((err = kept_matcher_fresh(k, &version, &fresh)) != NULL)
		return err;
	if (!fresh) {
		matcher_free(k->matcher);
		k->matcher = NULL;
		if ((err = matcher_load(db, &k->matcher)) != NULL)
			return err;
		k->stale = false;
		k->first_new_topic = 0;
		k->data_version = version;
	}
	*matcher = k->matcher;
	return NULL;
}

void
matcher_put(sqlite3 *db, struct matcher *matcher)
{
	struct kept_matcher *k = db_data(db, KEPT_MATCHER);

	if (k != NULL && k->matcher == matcher && matcher != NULL)
		cache_clear(matcher);
	else
		matcher_free(matcher);
}
