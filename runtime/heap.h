// The per-VM heap and its precise, non-moving, stop-the-world mark-sweep
// collector. Every script-visible heap object starts with an ObjHeader and
// is allocated from the VM's own mimalloc heap, so several VMs never share
// allocator state. gc.cpp documents the collector's design.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "runtime/slot.h"

struct mi_heap_s;

namespace gosub::rt {

// How the collector walks an object.
enum class ObjKind : uint8_t { String, Array, Box, Map, MapTable, Chan, kCount };

// What an allocation is for: the buckets of -stats and the per-kind
// counters. The collector does not care; observability does.
enum class AllocKind : uint8_t { DeferRecord, DeferClosure, String, Slice, IfaceBox, Struct, Map, Closure, Cell, Chan, Other, kCount };
const char* alloc_kind_name(AllocKind k);

struct ObjHeader {
  ObjHeader* next;  // all-objects list (the sweep walks it)
  ObjKind kind;
  uint8_t marked;
  AllocKind alloc_kind;
  uint8_t is_static;  // constant strings and the zero array: never swept
  uint32_t size;      // total bytes of the object, header included
};

// An immutable Go string's bytes. A null StringObj* is the empty string.
struct StringObj {
  ObjHeader header;
  size_t len;
  char data[1];  // len bytes follow (not NUL-terminated)
  std::string_view view() const { return {data, len}; }
};
inline std::string_view string_view_of(const StringObj* s) { return s ? s->view() : std::string_view(); }

// A slice's backing array: `length` elements of `elem_slots` slots each,
// laid out as type `elem_type`. Slices address it by header plus element
// offset, never by interior pointer, so the collector sees object starts.
struct ArrayObj {
  ObjHeader header;
  uint64_t length;      // elements
  uint32_t elem_slots;  // slots per element
  uint32_t elem_type;   // layout of an element (a type index; 0: no pointers)
  Slot data[1];         // length * elem_slots slots follow
};

// One value of type `type` on the heap: an interface's boxed data, a value
// reached by pointer, a variable's cell, a closure.
struct BoxObj {
  ObjHeader header;
  uint32_t slots;
  uint32_t type;  // layout (a type index)
  Slot data[1];
};

// What a slot of a value holds, as far as the collector is concerned.
enum class SlotKind : uint8_t {
  Scalar,     // no pointer
  Pointer,    // an ObjHeader* or null
  IfaceType,  // an interface's type index; the data slot follows it and is
              // a pointer exactly when that type's iface_data_is_pointer
};

// The collector's view of a type (indexed like the module's types).
struct TypeLayout {
  std::vector<uint32_t> pointer_slots;  // Pointer slots of one value
  std::vector<uint32_t> iface_slots;    // IfaceType slots of one value
  bool iface_data_is_pointer = false;   // stored in an interface, its data word is a heap pointer
  bool has_pointers() const { return !pointer_slots.empty() || !iface_slots.empty(); }
};
TypeLayout make_layout(const std::vector<SlotKind>& slots, bool iface_data_is_pointer);

// UTF-8 as Go's unicode/utf8 does it: invalid input decodes to U+FFFD
// with width 1; invalid runes (surrogates, > U+10FFFF) encode as U+FFFD.
int32_t decode_rune(std::string_view s, int* width);
int encode_rune(char* out, int64_t rune);  // returns 1..4 bytes written

struct AllocStats {
  std::array<uint64_t, static_cast<size_t>(AllocKind::kCount)> count{};  // allocations by kind
  std::array<uint64_t, static_cast<size_t>(AllocKind::kCount)> bytes{};
  uint64_t total_objects = 0;  // MemStats.Mallocs
  uint64_t total_bytes = 0;    // MemStats.TotalAlloc
  uint64_t frees = 0;          // MemStats.Frees
  uint64_t live_objects = 0;   // MemStats.HeapObjects
  uint64_t live_bytes = 0;     // MemStats.HeapAlloc
  uint64_t peak_bytes = 0;
};

struct GcStats {
  uint32_t num_gc = 0;
  uint64_t pause_total_ns = 0;
  std::array<uint64_t, 256> pause_ns{};  // circular, like MemStats.PauseNs
  uint64_t last_gc_unix_ns = 0;
  uint64_t next_gc = 0;  // heap goal in bytes
  uint32_t num_forced_gc = 0;  // runtime.GC calls
};

// One collection, as GODEBUG=gctrace=1 reports it.
struct GcCycle {
  uint32_t number;
  uint64_t heap_before, heap_marked, goal;
  uint64_t pause_ns;
};

struct GcOptions {
  int gc_percent = 100;  // GOGC; negative: off
  bool stress = false;   // collect at every safepoint after any allocation (see stress_slack_)
};

class Heap {
 public:
  explicit Heap(GcOptions options = {});
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // --- allocation (never collects: collections happen at VM safepoints)
  // Returns null for the empty string (no allocation), like Go.
  StringObj* new_string(std::string_view bytes);
  StringObj* concat(const StringObj* a, const StringObj* b);
  StringObj* new_string_uninit(size_t len);  // caller fills data; len > 0
  // A string that lives as long as the heap and is not counted: constants
  // (Go keeps them in read-only data, not on the heap).
  StringObj* new_static_string(std::string_view bytes);
  // A zeroed backing array. length 0 allocates nothing: every empty array
  // is the heap's one zero-length array (Go's zerobase).
  ArrayObj* new_array(uint64_t length, uint32_t elem_slots, uint32_t elem_type);
  // from: the initial slots (null: zeroed).
  BoxObj* new_box(const Slot* from, uint32_t slots, uint32_t type, AllocKind kind = AllocKind::IfaceBox);
  // A box that lives as long as the heap, not counted (a top-level
  // function's closure; its slots must not point into the heap).
  BoxObj* new_static_box(const Slot* from, uint32_t slots, uint32_t type, AllocKind kind);

  // --- layouts: type index -> what its slots hold (index 0: no pointers)
  void set_layout(uint32_t type, TypeLayout layout);
  const TypeLayout& layout(uint32_t type) const { return type < layouts_.size() ? layouts_[type] : layouts_[0]; }

  // --- collection
  // True when a safepoint should collect: the heap reached its goal (or,
  // in stress mode, anything was allocated since the last collection).
  bool collection_due() const {
    return options_.stress ? stats_.total_objects > objects_at_last_gc_ + stress_slack_ : stats_.live_bytes >= gc_stats_.next_gc;
  }
  // Marks everything reachable from the roots that mark_roots reports
  // (through mark_object / mark_value), frees the rest, paces the next one.
  GcCycle collect(const std::function<void(Heap&)>& mark_roots);
  void mark_object(const void* obj);
  void mark_value(const Slot* value, const TypeLayout& layout);
  void mark_iface(const Slot* pair);  // (type index, data)
  // GOGC; returns the previous setting (debug.SetGCPercent).
  int set_gc_percent(int percent);
  int gc_percent() const { return options_.gc_percent; }

  // A raw object of `size` bytes (header included, the rest uninitialized)
  // on the all-objects list: for runtime structures such as maps.
  void* allocate(ObjKind kind, AllocKind alloc_kind, size_t size);

  const AllocStats& stats() const { return stats_; }
  const GcStats& gc_stats() const { return gc_stats_; }
  void count_forced_gc() { gc_stats_.num_forced_gc++; }

 private:
  void trace(const ObjHeader* obj);
  void set_goal();
  mi_heap_s* mi_heap_;
  GcOptions options_;
  ObjHeader* objects_ = nullptr;
  ObjHeader* statics_ = nullptr;
  ArrayObj* zero_array_ = nullptr;
  std::vector<TypeLayout> layouts_;
  std::vector<const ObjHeader*> gray_;  // marked, children not yet visited
  uint64_t objects_at_last_gc_ = 0;
  // Stress mode collects after every allocation while the heap is small;
  // a large one may grow by 1/1024 of its objects first, so stress runs
  // stay linear (100k live defer records would make them quadratic).
  uint64_t stress_slack_ = 0;
  uint64_t live_after_last_gc_ = 0;
  AllocStats stats_;
  GcStats gc_stats_;
};

}  // namespace gosub::rt
