// Maps (runtime/map.cpp) on a bare heap: lookups through growth and
// tombstones, Go's iteration rules (each entry at most once, deleted ones
// never, survival across a table switch), generic keys through KeyOps,
// and the collector tracing and reclaiming tables.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "runtime/heap.h"
#include "runtime/map.h"

namespace {

using gosub::rt::Heap;
using gosub::rt::KeyClass;
using gosub::rt::MapIter;
using gosub::rt::MapObj;
using gosub::rt::Maps;
using gosub::rt::MapShape;
using gosub::rt::Slot;
using gosub::rt::SlotKind;

// Generic keys here are two-slot (a, b) pairs compared by value; odd a is
// "unhashable", like an interface holding a slice.
class PairOps : public gosub::rt::KeyOps {
 public:
  bool hash(uint32_t, const Slot* key, uint64_t seed, uint64_t& out) override {
    if (key[0].u % 2 == 1 && key[0].u > 1000) return false;
    out = gosub::rt::hash_word(key[0].u * 31 + key[1].u, seed);
    return true;
  }
  bool equal(uint32_t, const Slot* a, const Slot* b) override { return a[0].u == b[0].u && a[1].u == b[1].u; }
};

MapShape int_shape() {
  MapShape s;
  s.key_class = KeyClass::Bits;
  return s;
}

int64_t get(Maps& maps, MapObj* m, int64_t k) {
  Slot key{.i = k};
  Slot* v = nullptr;
  EXPECT_TRUE(maps.find(m, &key, v));
  return v ? v->i : -1;
}

void put(Maps& maps, MapObj* m, int64_t k, int64_t v) {
  Slot key{.i = k};
  Slot* at = nullptr;
  ASSERT_TRUE(maps.insert(m, &key, at));
  at->i = v;
}

TEST(Maps, InsertFindDeleteThroughGrowthAndTombstones) {
  Heap heap;
  PairOps ops;
  Maps maps(heap, ops);
  MapObj* m = maps.make(int_shape(), 0, 0, 12345);
  for (int64_t i = 0; i < 10000; i++) put(maps, m, i * 7, i);
  EXPECT_EQ(m->count, 10000u);
  for (int64_t i = 0; i < 10000; i += 2) {
    Slot key{.i = i * 7};
    ASSERT_TRUE(maps.remove(m, &key));
  }
  EXPECT_EQ(m->count, 5000u);
  for (int64_t i = 0; i < 10000; i++) EXPECT_EQ(get(maps, m, i * 7), i % 2 ? i : -1);
  // Churn: inserting and deleting fresh keys reuses tombstones instead of
  // growing without bound.
  uint64_t capacity = m->table->capacity;
  for (int64_t i = 0; i < 100000; i++) {
    put(maps, m, -1 - i, i);
    Slot key{.i = -1 - i};
    maps.remove(m, &key);
  }
  EXPECT_EQ(m->count, 5000u);
  EXPECT_LE(m->table->capacity, capacity * 2);
  // Updating an existing key keeps the count.
  put(maps, m, 7, 42);
  EXPECT_EQ(get(maps, m, 7), 42);
  EXPECT_EQ(m->count, 5000u);
}

TEST(Maps, NilMapReadsAndDeletesAreEmpty) {
  Heap heap;
  PairOps ops;
  Maps maps(heap, ops);
  Slot key{.i = 1};
  Slot* v = reinterpret_cast<Slot*>(1);
  EXPECT_TRUE(maps.find(nullptr, &key, v));
  EXPECT_EQ(v, nullptr);
  EXPECT_TRUE(maps.remove(nullptr, &key));
  MapIter it = maps.iterate(nullptr, 99);
  Slot *k = nullptr, *val = nullptr;
  EXPECT_FALSE(it.left > 0 && maps.next(it, k, val));
}

std::multiset<int64_t> drain(Maps& maps, MapIter& it) {
  std::multiset<int64_t> seen;
  Slot *k = nullptr, *v = nullptr;
  while (it.left > 0 && maps.next(it, k, v)) seen.insert(k->i);
  return seen;
}

TEST(Maps, IterationStartsAtRandomAndSeesEachEntryOnce) {
  Heap heap;
  PairOps ops;
  Maps maps(heap, ops);
  MapObj* m = maps.make(int_shape(), 0, 0, 7);
  for (int64_t i = 0; i < 50; i++) put(maps, m, i, i);
  std::set<int64_t> firsts;
  for (uint64_t r = 0; r < 64; r++) {
    MapIter it = maps.iterate(m, r * 0x9E3779B97F4A7C15ull);
    Slot *k = nullptr, *v = nullptr;
    ASSERT_TRUE(maps.next(it, k, v));
    firsts.insert(k->i);
    MapIter all = maps.iterate(m, r * 0x9E3779B97F4A7C15ull);
    std::multiset<int64_t> seen = drain(maps, all);
    EXPECT_EQ(seen.size(), 50u);
    EXPECT_EQ(std::set<int64_t>(seen.begin(), seen.end()).size(), 50u);
  }
  EXPECT_GT(firsts.size(), 1u);  // different starting points
}

TEST(Maps, DeletedEntriesAreNotProducedEvenAfterGrowth) {
  Heap heap;
  PairOps ops;
  Maps maps(heap, ops);
  MapObj* m = maps.make(int_shape(), 0, 0, 3);
  for (int64_t i = 0; i < 20; i++) put(maps, m, i, i * 10);
  MapIter it = maps.iterate(m, 5);
  Slot *k = nullptr, *v = nullptr;
  ASSERT_TRUE(maps.next(it, k, v));
  int64_t first = k->i;
  // Delete everything else, then grow the map onto a new table.
  for (int64_t i = 0; i < 20; i++) {
    if (i == first) continue;
    Slot key{.i = i};
    maps.remove(m, &key);
  }
  for (int64_t i = 100; i < 1000; i++) put(maps, m, i, i);
  ASSERT_NE(it.table, m->table);
  std::multiset<int64_t> rest = drain(maps, it);
  for (int64_t k2 : rest) EXPECT_GE(k2, 100) << "a deleted key was produced";
  // Values come from the current table once the map has moved.
  put(maps, m, first, -5);
  EXPECT_EQ(get(maps, m, first), -5);
}

TEST(Maps, GenericKeysUseKeyOpsAndReportUnhashable) {
  Heap heap;
  PairOps ops;
  Maps maps(heap, ops);
  MapShape shape;
  shape.key_slots = 2;
  shape.key_class = KeyClass::Generic;
  MapObj* m = maps.make(shape, 0, 0, 1);
  Slot k1[2] = {{.u = 2}, {.u = 3}}, k2[2] = {{.u = 2}, {.u = 3}}, k3[2] = {{.u = 3}, {.u = 2}};
  Slot* v = nullptr;
  ASSERT_TRUE(maps.insert(m, k1, v));
  v->i = 1;
  ASSERT_TRUE(maps.insert(m, k3, v));
  v->i = 2;
  ASSERT_TRUE(maps.find(m, k2, v));
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->i, 1);
  Slot bad[2] = {{.u = 1001}, {.u = 0}};
  EXPECT_FALSE(maps.insert(m, bad, v));
  EXPECT_FALSE(maps.find(m, bad, v));
  EXPECT_EQ(m->count, 2u);
}

TEST(Maps, CollectorTracesValuesAndReclaimsDroppedMaps) {
  Heap heap;
  PairOps ops;
  Maps maps(heap, ops);
  constexpr uint32_t kString = 1;
  heap.set_layout(kString, gosub::rt::make_layout({SlotKind::Pointer}, true));
  MapShape shape = int_shape();
  shape.value_type = kString;  // map[int]string
  MapObj* m = maps.make(shape, 0, 0, 9);
  for (int64_t i = 0; i < 1000; i++) {
    Slot key{.i = i};
    Slot* v = nullptr;
    ASSERT_TRUE(maps.insert(m, &key, v));
    v->p = heap.new_string("value " + std::to_string(i));
  }
  heap.collect([&](Heap& h) { h.mark_object(m); });
  for (int64_t i = 0; i < 1000; i += 100) {
    Slot key{.i = i};
    Slot* v = nullptr;
    ASSERT_TRUE(maps.find(m, &key, v));
    EXPECT_EQ(gosub::rt::string_view_of(static_cast<gosub::rt::StringObj*>(v->p)), "value " + std::to_string(i));
  }
  // Deleting clears the entry, so its string becomes garbage.
  uint64_t live = heap.stats().live_objects;
  Slot key{.i = 5};
  maps.remove(m, &key);
  heap.collect([&](Heap& h) { h.mark_object(m); });
  EXPECT_EQ(heap.stats().live_objects, live - 1);
  heap.collect([](Heap&) {});
  EXPECT_EQ(heap.stats().live_objects, 0u);
  EXPECT_EQ(heap.stats().live_bytes, 0u);
}

}  // namespace
