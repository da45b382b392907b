// sqlmem, SQLite's allocator in the track binary: sizes by 16-byte class,
// a freed block reused by the next of its class, contents kept across
// realloc, and large blocks through glibc. The methods are called
// directly: the test program keeps SQLite's own allocator (its threads).
#include <gtest/gtest.h>

#include <stdint.h>
#include <string.h>

extern "C" {
#include "core/sqlmem.h"
}

namespace {

const sqlite3_mem_methods *mem() { return sqlmem_methods(); }

// Fills n bytes of p with a pattern starting at seed.
void fill(void *p, int n, int seed)
{
	for (int i = 0; i < n; i++)
		static_cast<unsigned char *>(p)[i] = (unsigned char)(seed + i);
}

bool holds(const void *p, int n, int seed)
{
	for (int i = 0; i < n; i++)
		if (static_cast<const unsigned char *>(p)[i] !=
		    (unsigned char)(seed + i))
			return false;
	return true;
}

TEST(sqlmem, sizes_round_up_to_sixteen)
{
	EXPECT_EQ(mem()->xRoundup(1), 16);
	EXPECT_EQ(mem()->xRoundup(16), 16);
	EXPECT_EQ(mem()->xRoundup(17), 32);
	EXPECT_EQ(mem()->xRoundup(1024), 1024);
	EXPECT_EQ(mem()->xRoundup(1025), 1040);
	EXPECT_EQ(mem()->xRoundup(5000), 5008);
}

TEST(sqlmem, a_block_has_the_size_of_its_class_and_is_aligned)
{
	int sizes[] = { 1, 15, 16, 100, 1000, 1024, 1025, 70000 };

	for (int n : sizes) {
		void *p = mem()->xMalloc(n);
		ASSERT_NE(p, nullptr) << n;
		EXPECT_EQ(mem()->xSize(p), mem()->xRoundup(n)) << n;
		EXPECT_EQ((uintptr_t)p % 16, 0u) << n;
		fill(p, mem()->xSize(p), n);
		EXPECT_TRUE(holds(p, mem()->xSize(p), n)) << n;
		mem()->xFree(p);
	}
	EXPECT_EQ(mem()->xSize(nullptr), 0);
	mem()->xFree(nullptr);
}

TEST(sqlmem, a_freed_small_block_is_the_next_of_its_class)
{
	void *a = mem()->xMalloc(40);
	void *b = mem()->xMalloc(40);

	ASSERT_NE(a, b);
	mem()->xFree(a);
	// 33..48 bytes are the class of 40; 64 is another class.
	void *other = mem()->xMalloc(64);
	EXPECT_NE(other, a);
	void *again = mem()->xMalloc(33);
	EXPECT_EQ(again, a);
	mem()->xFree(again);
	mem()->xFree(b);
	mem()->xFree(other);
}

TEST(sqlmem, live_blocks_never_overlap)
{
	enum { N = 5000 };
	static void *blocks[N];

	// More than one chunk of 64 KiB, classes mixed.
	for (int i = 0; i < N; i++) {
		int n = 1 + (i * 37) % 700;
		blocks[i] = mem()->xMalloc(n);
		ASSERT_NE(blocks[i], nullptr);
		fill(blocks[i], n, i);
	}
	for (int i = 0; i < N; i += 2)
		mem()->xFree(blocks[i]);
	for (int i = 0; i < N; i += 2) {
		blocks[i] = mem()->xMalloc(1 + (i * 37) % 700);
		fill(blocks[i], 1 + (i * 37) % 700, i);
	}
	for (int i = 0; i < N; i++)
		EXPECT_TRUE(holds(blocks[i], 1 + (i * 37) % 700, i)) << i;
	for (int i = 0; i < N; i++)
		mem()->xFree(blocks[i]);
}

TEST(sqlmem, realloc_keeps_the_contents_growing_and_shrinking)
{
	void *p = mem()->xMalloc(20);

	fill(p, 20, 7);
	// Within its class: the same block.
	EXPECT_EQ(mem()->xRealloc(p, 32), p);
	p = mem()->xRealloc(p, 500);
	ASSERT_NE(p, nullptr);
	EXPECT_EQ(mem()->xSize(p), 512);
	EXPECT_TRUE(holds(p, 20, 7));
	fill(p, 500, 3);
	// Small to large, large to larger, large to small.
	p = mem()->xRealloc(p, 3000);
	EXPECT_EQ(mem()->xSize(p), 3008);
	EXPECT_TRUE(holds(p, 500, 3));
	fill(p, 3000, 9);
	p = mem()->xRealloc(p, 100000);
	EXPECT_EQ(mem()->xSize(p), 100000);
	EXPECT_TRUE(holds(p, 3000, 9));
	p = mem()->xRealloc(p, 10);
	EXPECT_EQ(mem()->xSize(p), 16);
	EXPECT_TRUE(holds(p, 10, 9));
	mem()->xFree(p);
}

} // namespace
