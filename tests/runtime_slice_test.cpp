// Slice growth and bounds-error texts against Go 1.19 (the capacity
// sequences are the ones testdata/slices/append_growth_matches_go.go
// records from real Go), and the heap's backing-array allocation.
#include <gtest/gtest.h>

#include <vector>

#include "runtime/heap.h"
#include "runtime/slice.h"

namespace gosub::rt {
namespace {

std::vector<uint64_t> growth(uint64_t elem_size, uint64_t appends) {
  std::vector<uint64_t> caps;
  uint64_t cap = 0;
  for (uint64_t len = 0; len < appends; len++) {
    if (len + 1 > cap) {
      cap = grow_capacity(cap, len + 1, elem_size);
      caps.push_back(cap);
    }
  }
  return caps;
}

TEST(SliceGrowth, IntsFollowGo) {
  EXPECT_EQ(growth(8, 2000), (std::vector<uint64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560}));
}

TEST(SliceGrowth, BytesRoundToSizeClasses) {
  EXPECT_EQ(growth(1, 5000), (std::vector<uint64_t>{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376}));
}

TEST(SliceGrowth, StringHeadersAndOddSizes) {
  EXPECT_EQ(growth(16, 600), (std::vector<uint64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848}));
  EXPECT_EQ(grow_capacity(0, 5, 4), 6u);    // append([]float32(nil), 1, 2, 3, 4, 5)
  EXPECT_EQ(grow_capacity(6, 10, 4), 12u);  // then s = append(s, s...)
  EXPECT_EQ(grow_capacity(0, 3, 2), 4u);    // []int16
  EXPECT_EQ(grow_capacity(0, 7, 0), 7u);    // zero-size elements
}

TEST(SliceGrowth, RoundUpSize) {
  EXPECT_EQ(go_round_up_size(1), 8u);
  EXPECT_EQ(go_round_up_size(33), 48u);
  EXPECT_EQ(go_round_up_size(32768), 32768u);
  EXPECT_EQ(go_round_up_size(32769), 40960u);  // large objects: whole 8 KiB pages
}

TEST(BoundsError, GoTexts) {
  EXPECT_EQ(bounds_error(BoundsKind::Index, 5, 3), "index out of range [5] with length 3");
  EXPECT_EQ(bounds_error(BoundsKind::Index, -1, 3), "index out of range [-1]");
  EXPECT_EQ(bounds_error(BoundsKind::SliceAcap, 5, 3), "slice bounds out of range [:5] with capacity 3");
  EXPECT_EQ(bounds_error(BoundsKind::SliceAlen, 5, 3), "slice bounds out of range [:5] with length 3");
  EXPECT_EQ(bounds_error(BoundsKind::SliceB, 3, 1), "slice bounds out of range [3:1]");
  EXPECT_EQ(bounds_error(BoundsKind::Slice3Acap, 6, 4), "slice bounds out of range [::6] with capacity 4");
  EXPECT_EQ(bounds_error(BoundsKind::Slice3B, 3, 2), "slice bounds out of range [:3:2]");
  EXPECT_EQ(bounds_error(BoundsKind::Slice3C, 2, 1), "slice bounds out of range [2:1:]");
}

TEST(Heap, ArraysAreZeroedAndEmptyArraysShared) {
  Heap heap;
  ArrayObj* a = heap.new_array(4, 2, 0);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->length, 4u);
  EXPECT_EQ(a->elem_slots, 2u);
  for (int k = 0; k < 8; k++) EXPECT_EQ(a->data[k].u, 0u);
  uint64_t before = heap.stats().total_objects;
  ArrayObj* z1 = heap.new_array(0, 1, 0);
  ArrayObj* z2 = heap.new_array(0, 3, 0);
  EXPECT_EQ(z1, z2);  // Go's zerobase: make([]T, 0) allocates nothing
  EXPECT_EQ(heap.stats().total_objects, before);
  Slot slots[3] = {{.i = 1}, {.i = 2}, {.i = 3}};
  BoxObj* box = heap.new_box(slots, 3, 0);
  EXPECT_EQ(box->slots, 3u);
  EXPECT_EQ(box->data[2].i, 3);
  EXPECT_EQ(heap.stats().count[static_cast<size_t>(AllocKind::IfaceBox)], 1u);
}

}  // namespace
}  // namespace gosub::rt
