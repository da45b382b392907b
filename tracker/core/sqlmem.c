/*
 * SQLite's memory in a process of one thread (sqlmem.h). Every block has
 * a header of SQLMEM_HEADER bytes holding its size, which keeps the
 * 16-byte alignment glibc's malloc gives.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/sqlmem.h"

#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define SQLMEM_KNOWS_MEMCHECK 1
#endif
#endif

#define SQLMEM_GRAIN 16		/* size classes step by this much */
#define SQLMEM_HEADER 16	/* before each block: its size */
#define SQLMEM_CHUNK 65536	/* small blocks are cut from these */
#define SQLMEM_CLASSES (SQLMEM_SMALL_MAX / SQLMEM_GRAIN + 1)

struct chunk {
	struct chunk *previous;	/* the chunk cut before this one */
};

/* The freed small blocks of each class; each holds the next one. */
static void *free_blocks[SQLMEM_CLASSES];
static struct chunk *chunks;	/* the newest; SQLMEM_HEADER bytes of it
				   hold the link, the rest are blocks */
static char *cut, *cut_end;	/* what is left of the newest chunk */

/* n rounded up to a whole class (the size a block of n gets). */
static size_t
rounded(int n)
{
	size_t size = n > 0 ? (size_t)n : 1;

	return (size + SQLMEM_GRAIN - 1) / SQLMEM_GRAIN * SQLMEM_GRAIN;
}

/* The size stored in block's header. */
static size_t
block_size(void *block)
{
	uint64_t size;

	memcpy(&size, (char *)block - SQLMEM_HEADER, sizeof(size));
	return (size_t)size;
}

/* Writes size into the header at start and returns the block after it. */
static void *
block_start(char *start, size_t size)
{
	uint64_t stored = size;

	memcpy(start, &stored, sizeof(stored));
	return start + SQLMEM_HEADER;
}

/* A new chunk to cut from; false when malloc fails. */
static bool
chunk_new(void)
{
	struct chunk *c = malloc(SQLMEM_CHUNK);

	if (c == NULL)
		return false;
	c->previous = chunks;
	chunks = c;
	cut = (char *)c + SQLMEM_HEADER;
	cut_end = (char *)c + SQLMEM_CHUNK;
	return true;
}

/* A small block of size (a whole class): a freed one, or a new cut. */
static void *
small_block(size_t size)
{
	void **list = &free_blocks[size / SQLMEM_GRAIN];
	char *start;

	if (*list != NULL) {
		void *block = *list;

		memcpy(list, block, sizeof(*list));
		return block;
	}
	if ((size_t)(cut_end - cut) < SQLMEM_HEADER + size && !chunk_new())
		return NULL;
	start = cut;
	cut += SQLMEM_HEADER + size;
	return block_start(start, size);
}

static void *
mem_malloc(int n)
{
	size_t size = rounded(n);
	char *start;

	if (size <= SQLMEM_SMALL_MAX)
		return small_block(size);
	if ((start = malloc(SQLMEM_HEADER + size)) == NULL)
		return NULL;
	return block_start(start, size);
}

static void
mem_free(void *block)
{
	size_t size;

	if (block == NULL)
		return;
	size = block_size(block);
	if (size > SQLMEM_SMALL_MAX) {
		free((char *)block - SQLMEM_HEADER);
		return;
	}
	memcpy(block, &free_blocks[size / SQLMEM_GRAIN], sizeof(void *));
	free_blocks[size / SQLMEM_GRAIN] = block;
}

static int
mem_size(void *block)
{
	return block != NULL ? (int)block_size(block) : 0;
}

/*
 * A block of n bytes holding block's first bytes. A block that is large
 * enough already stays; large to large is glibc's realloc.
 */
static void *
mem_realloc(void *block, int n)
{
	size_t old = block_size(block), size = rounded(n);
	char *start;
	void *moved;

	if (size <= old && old <= SQLMEM_SMALL_MAX)
		return block;
	if (old > SQLMEM_SMALL_MAX && size > SQLMEM_SMALL_MAX) {
		start = realloc((char *)block - SQLMEM_HEADER,
		    SQLMEM_HEADER + size);
		return start != NULL ? block_start(start, size) : NULL;
	}
	if ((moved = mem_malloc(n)) == NULL)
		return NULL;
	memcpy(moved, block, old < size ? old : size);
	mem_free(block);
	return moved;
}

static int
mem_roundup(int n)
{
	return (int)rounded(n);
}

static int
mem_init(void *unused)
{
	(void)unused;
	return SQLITE_OK;
}

/* Gives the chunks back (sqlite3_shutdown: no block is in use). */
static void
mem_shutdown(void *unused)
{
	(void)unused;
	while (chunks != NULL) {
		struct chunk *c = chunks;

		chunks = c->previous;
		free(c);
	}
	memset(free_blocks, 0, sizeof(free_blocks));
	cut = cut_end = NULL;
}

static const sqlite3_mem_methods methods = {
	mem_malloc, mem_free, mem_realloc, mem_size, mem_roundup, mem_init,
	mem_shutdown, NULL
};

const sqlite3_mem_methods *
sqlmem_methods(void)
{
	return &methods;
}

/*
 * Whether valgrind's memcheck runs this process (the validity bits of a
 * byte are only there to read under it): it watches glibc's malloc, and
 * blocks cut from sqlmem's chunks would hide SQLite's blocks from it.
 * Known when the build found valgrind's header.
 */
static bool
under_memcheck(void)
{
#ifdef SQLMEM_KNOWS_MEMCHECK
	char probe = 0, bits = 0;

	return VALGRIND_GET_VBITS(&probe, &bits, 1) == 1;
#else
	return false;
#endif
}

bool
sqlmem_use(void)
{
	if (under_memcheck())
		return false;
	return sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
}
