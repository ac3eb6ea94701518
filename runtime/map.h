// Go maps: open addressing with linear probing over one table object.
//
// A map value is one slot: a MapObj* (null is the nil map). The MapObj
// holds the entry count, a per-map hash seed and the current MapTable; a
// table holds a control byte per position (empty, deleted, or full with 7
// bits of the hash) and the entries' key and value slots inline, so the
// collector traces a table by the key and value layouts of its full
// positions. Growing (or clearing tombstones) builds a new table.
//
// Iteration follows Go's rules without copying: an iterator starts at a
// random position and walks the table it started on. Entries are never
// moved within a table, so deletions (tombstones) and insertions during a
// range behave as Go allows. If the map switched tables meanwhile, each
// key of the old table is looked up in the current one: deleted keys are
// skipped and values are the current ones (Go's own iterator does the same
// across growth).
#pragma once

#include <cstdint>

#include "runtime/heap.h"

namespace gosub::rt {

// How keys hash and compare. Bits: one slot compared bitwise (integers,
// bools). String: one StringObj*. Generic: anything else (floats, whose
// +0 equals -0 and NaN equals nothing; pointers; interfaces; structs;
// arrays): the KeyOps callbacks decide.
enum class KeyClass : uint8_t { Bits, String, Generic };

// Hashing and equality for Generic keys, implemented by the VM from type
// information. hash may report an unhashable dynamic type (an interface
// holding a slice) by returning false.
class KeyOps {
 public:
  virtual ~KeyOps() = default;
  virtual bool hash(uint32_t key_type, const Slot* key, uint64_t seed, uint64_t& out) = 0;
  virtual bool equal(uint32_t key_type, const Slot* a, const Slot* b) = 0;
};

struct MapShape {
  uint32_t key_slots = 1, value_slots = 1;
  uint32_t key_type = 0, value_type = 0;  // layouts (type indexes)
  KeyClass key_class = KeyClass::Bits;
};

struct MapTable {
  ObjHeader header;
  uint64_t capacity;  // positions: a power of two
  uint64_t used;      // full + deleted positions
  MapShape shape;
  uint8_t* ctrl() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* ctrl() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  uint32_t entry_slots() const { return shape.key_slots + shape.value_slots; }
  Slot* entry(uint64_t pos);
  const Slot* entry(uint64_t pos) const { return const_cast<MapTable*>(this)->entry(pos); }
};

struct MapObj {
  ObjHeader header;
  MapTable* table;
  uint64_t count;
  uint64_t seed;
  uint32_t type;  // the map type's index (what fmt and %T print)
};

// Control bytes.
constexpr uint8_t kCtrlEmpty = 0, kCtrlDeleted = 1;
inline bool ctrl_full(uint8_t c) { return c & 0x80; }

// A range over a map: five slots in registers (map, table, position,
// positions left, ok). Pointer slots: map and table.
struct MapIter {
  MapObj* map;
  MapTable* table;
  uint64_t pos;
  uint64_t left;
};

class Maps {
 public:
  Maps(Heap& heap, KeyOps& ops) : heap_(heap), ops_(ops) {}
  MapObj* make(const MapShape& shape, uint32_t type, uint64_t hint, uint64_t seed);
  // The value slots for key, or null when absent (also for a nil map).
  // False when the key is unhashable (the caller panics).
  bool find(MapObj* m, const Slot* key, Slot*& value);
  // The value slots for key, inserting a zero value when absent.
  bool insert(MapObj* m, const Slot* key, Slot*& value);
  bool remove(MapObj* m, const Slot* key);
  void clear(MapObj* m);
  MapIter iterate(MapObj* m, uint64_t random);
  // The next entry, or false at the end. key/value point into a table.
  bool next(MapIter& it, Slot*& key, Slot*& value);

 private:
  bool hash(const MapTable* t, const Slot* key, uint64_t seed, uint64_t& h);
  bool equal(const MapTable* t, const Slot* a, const Slot* b);
  // Position of key in t (hash h), or UINT64_MAX.
  uint64_t lookup(MapTable* t, const Slot* key, uint64_t h);
  MapTable* new_table(const MapShape& shape, uint64_t capacity);
  void rebuild(MapObj* m, uint64_t capacity);
  Heap& heap_;
  KeyOps& ops_;
};

uint64_t hash_bytes(const char* p, size_t n, uint64_t seed);
inline uint64_t hash_word(uint64_t x, uint64_t seed) {
  x ^= seed;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

}  // namespace gosub::rt
