#include "runtime/map.h"

#include <cstring>

namespace gosub::rt {

namespace {
// Tables grow at 7/8 of their positions used (full or deleted).
bool over_load(uint64_t used, uint64_t capacity) { return used + 1 > capacity - capacity / 8; }
size_t ctrl_bytes(uint64_t capacity) { return (capacity + 7) & ~uint64_t{7}; }
uint8_t ctrl_of(uint64_t h) { return static_cast<uint8_t>(0x80 | (h >> 57)); }
}  // namespace

uint64_t hash_bytes(const char* p, size_t n, uint64_t seed) {
  uint64_t h = seed ^ (n * 0x9E3779B97F4A7C15ull);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ hash_word(w, 0x2545F4914F6CDD1Dull)) * 0x9E3779B97F4A7C15ull;
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  return hash_word(h ^ tail, seed);
}

Slot* MapTable::entry(uint64_t pos) {
  auto* base = reinterpret_cast<Slot*>(ctrl() + ctrl_bytes(capacity));
  return base + pos * entry_slots();
}

bool Maps::hash(const MapTable* t, const Slot* key, uint64_t seed, uint64_t& h) {
  switch (t->shape.key_class) {
    case KeyClass::Bits: h = hash_word(key->u, seed); return true;
    case KeyClass::String: {
      std::string_view s = string_view_of(static_cast<const StringObj*>(key->p));
      h = hash_bytes(s.data(), s.size(), seed);
      return true;
    }
    case KeyClass::Generic: return ops_.hash(t->shape.key_type, key, seed, h);
  }
  return false;
}

bool Maps::equal(const MapTable* t, const Slot* a, const Slot* b) {
  switch (t->shape.key_class) {
    case KeyClass::Bits: return a->u == b->u;
    case KeyClass::String:
      return a->p == b->p || string_view_of(static_cast<const StringObj*>(a->p)) == string_view_of(static_cast<const StringObj*>(b->p));
    case KeyClass::Generic: return ops_.equal(t->shape.key_type, a, b);
  }
  return false;
}

MapTable* Maps::new_table(const MapShape& shape, uint64_t capacity) {
  size_t entries = capacity * (shape.key_slots + shape.value_slots) * sizeof(Slot);
  size_t size = sizeof(MapTable) + ctrl_bytes(capacity) + entries;
  auto* t = static_cast<MapTable*>(heap_.allocate(ObjKind::MapTable, AllocKind::Map, size));
  t->capacity = capacity;
  t->used = 0;
  t->shape = shape;
  std::memset(t->ctrl(), 0, ctrl_bytes(capacity) + entries);
  return t;
}

MapObj* Maps::make(const MapShape& shape, uint32_t type, uint64_t hint, uint64_t seed) {
  auto* m = static_cast<MapObj*>(heap_.allocate(ObjKind::Map, AllocKind::Map, sizeof(MapObj)));
  m->count = 0;
  m->seed = seed;
  m->type = type;
  m->table = nullptr;  // the first table is allocated before m is reachable from anything
  uint64_t capacity = 8;
  while (over_load(hint, capacity)) capacity *= 2;
  m->table = new_table(shape, capacity);
  return m;
}

uint64_t Maps::lookup(MapTable* t, const Slot* key, uint64_t h) {
  uint64_t mask = t->capacity - 1;
  uint8_t want = ctrl_of(h);
  const uint8_t* ctrl = t->ctrl();
  for (uint64_t pos = h & mask;; pos = (pos + 1) & mask) {
    uint8_t c = ctrl[pos];
    if (c == kCtrlEmpty) return UINT64_MAX;
    if (c == want && equal(t, t->entry(pos), key)) return pos;
  }
}

bool Maps::find(MapObj* m, const Slot* key, Slot*& value) {
  value = nullptr;
  if (!m) {
    // A nil map holds nothing, but an unhashable key still panics.
    return true;
  }
  uint64_t h;
  if (!hash(m->table, key, m->seed, h)) return false;
  if (m->count == 0) return true;
  uint64_t pos = lookup(m->table, key, h);
  if (pos != UINT64_MAX) value = m->table->entry(pos) + m->table->shape.key_slots;
  return true;
}

void Maps::rebuild(MapObj* m, uint64_t capacity) {
  MapTable* old = m->table;
  MapTable* t = new_table(old->shape, capacity);
  uint32_t w = old->entry_slots();
  uint64_t mask = capacity - 1;
  for (uint64_t pos = 0; pos < old->capacity; pos++) {
    if (!ctrl_full(old->ctrl()[pos])) continue;
    const Slot* e = old->entry(pos);
    uint64_t h = 0;
    hash(old, e, m->seed, h);  // hashed before: cannot fail
    uint64_t at = h & mask;
    while (t->ctrl()[at] != kCtrlEmpty) at = (at + 1) & mask;
    t->ctrl()[at] = ctrl_of(h);
    std::memcpy(t->entry(at), e, w * sizeof(Slot));
    t->used++;
  }
  m->table = t;
}

bool Maps::insert(MapObj* m, const Slot* key, Slot*& value) {
  MapTable* t = m->table;
  uint64_t h;
  if (!hash(t, key, m->seed, h)) return false;
  uint64_t pos = m->count ? lookup(t, key, h) : UINT64_MAX;
  if (pos == UINT64_MAX) {
    if (over_load(t->used, t->capacity)) {
      // Double when live entries fill half the table; otherwise the
      // tombstones are what is full: rebuild at the same size.
      rebuild(m, m->count + 1 > t->capacity / 2 ? t->capacity * 2 : t->capacity);
      t = m->table;
    }
    uint64_t mask = t->capacity - 1;
    pos = h & mask;
    while (ctrl_full(t->ctrl()[pos])) pos = (pos + 1) & mask;
    if (t->ctrl()[pos] == kCtrlEmpty) t->used++;
    t->ctrl()[pos] = ctrl_of(h);
    Slot* e = t->entry(pos);
    std::memcpy(e, key, t->shape.key_slots * sizeof(Slot));
    std::memset(e + t->shape.key_slots, 0, t->shape.value_slots * sizeof(Slot));
    m->count++;
  } else {
    // Go stores the new key too: +0 replaced by -0 must print as -0.
    std::memcpy(t->entry(pos), key, t->shape.key_slots * sizeof(Slot));
  }
  value = t->entry(pos) + t->shape.key_slots;
  return true;
}

bool Maps::remove(MapObj* m, const Slot* key) {
  if (!m) return true;
  MapTable* t = m->table;
  uint64_t h;
  if (!hash(t, key, m->seed, h)) return false;
  if (m->count == 0) return true;
  uint64_t pos = lookup(t, key, h);
  if (pos == UINT64_MAX) return true;
  t->ctrl()[pos] = kCtrlDeleted;
  // Clear the entry so the collector does not keep what it referenced.
  std::memset(t->entry(pos), 0, t->entry_slots() * sizeof(Slot));
  m->count--;
  return true;
}

void Maps::clear(MapObj* m) {
  if (!m) return;
  MapTable* t = m->table;
  std::memset(t->ctrl(), 0, ctrl_bytes(t->capacity) + t->capacity * t->entry_slots() * sizeof(Slot));
  t->used = 0;
  m->count = 0;
}

MapIter Maps::iterate(MapObj* m, uint64_t random) {
  if (!m || m->count == 0) return MapIter{m, nullptr, 0, 0};
  MapTable* t = m->table;
  return MapIter{m, t, random & (t->capacity - 1), t->capacity};
}

bool Maps::next(MapIter& it, Slot*& key, Slot*& value) {
  MapTable* t = it.table;
  while (it.left > 0) {
    uint64_t pos = it.pos;
    it.pos = (it.pos + 1) & (t->capacity - 1);
    it.left--;
    if (!ctrl_full(t->ctrl()[pos])) continue;
    key = t->entry(pos);
    if (t == it.map->table) {
      value = key + t->shape.key_slots;
      return true;
    }
    // The map moved to another table: yield the key only if it is still
    // there, with its current value.
    Slot* current = nullptr;
    if (find(it.map, key, current) && current) {
      value = current;
      return true;
    }
  }
  return false;
}

}  // namespace gosub::rt
