// The per-VM heap. Every script-visible heap object starts with an
// ObjHeader and is allocated from the VM's own mimalloc heap, so several VMs
// never share allocator state. Objects are linked in an all-objects list:
// today they are released when the Heap dies; the precise mark-sweep
// collector (issue 3) walks the same list to sweep. Allocation counters
// are kept per kind from the start, for -stats and runtime.ReadMemStats.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/slot.h"

struct mi_heap_s;

namespace gosub::rt {

enum class ObjKind : uint8_t { String, Array, Box, kCount };
const char* obj_kind_name(ObjKind k);

struct ObjHeader {
  ObjHeader* next;  // all-objects list
  ObjKind kind;
  uint8_t marked;
  uint32_t size;    // total bytes of the object, header included
};

// An immutable Go string's bytes. A null StringObj* is the empty string.
struct StringObj {
  ObjHeader header;
  size_t len;
  char data[1];  // len bytes follow (not NUL-terminated)
  std::string_view view() const { return {data, len}; }
};
inline std::string_view string_view_of(const StringObj* s) { return s ? s->view() : std::string_view(); }

// A slice's backing array: `length` elements of `elem_slots` slots each.
// Slices address it by header plus element offset, never by interior
// pointer, so the collector always sees object starts.
struct ArrayObj {
  ObjHeader header;
  uint64_t length;      // elements
  uint32_t elem_slots;  // slots per element
  uint32_t reserved;
  Slot data[1];         // length * elem_slots slots follow
};

// A value wider than one slot stored in an interface's data word.
struct BoxObj {
  ObjHeader header;
  uint64_t slots;
  Slot data[1];
};

// UTF-8 as Go's unicode/utf8 does it: invalid input decodes to U+FFFD
// with width 1; invalid runes (surrogates, > U+10FFFF) encode as U+FFFD.
int32_t decode_rune(std::string_view s, int* width);
int encode_rune(char* out, int64_t rune);  // returns 1..4 bytes written

struct AllocStats {
  std::array<uint64_t, static_cast<size_t>(ObjKind::kCount)> count{};
  std::array<uint64_t, static_cast<size_t>(ObjKind::kCount)> bytes{};
  uint64_t total_objects = 0;
  uint64_t total_bytes = 0;
  uint64_t live_objects = 0;
  uint64_t live_bytes = 0;
};

class Heap {
 public:
  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Returns null for the empty string (no allocation), like Go.
  StringObj* new_string(std::string_view bytes);
  StringObj* concat(const StringObj* a, const StringObj* b);
  StringObj* new_string_uninit(size_t len);  // caller fills data; len > 0
  // A zeroed backing array. length 0 still allocates nothing: every empty
  // array is the heap's one zero-length array (Go's zerobase).
  ArrayObj* new_array(uint64_t length, uint32_t elem_slots);
  BoxObj* new_box(const Slot* from, uint64_t slots);

  const AllocStats& stats() const { return stats_; }

 private:
  void* allocate(ObjKind kind, size_t size);
  mi_heap_s* mi_heap_;
  ObjHeader* objects_ = nullptr;
  ArrayObj* zero_array_ = nullptr;
  AllocStats stats_;
};

}  // namespace gosub::rt
