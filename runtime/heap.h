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

struct mi_heap_s;

namespace gosub::rt {

enum class ObjKind : uint8_t { String, kCount };
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

  const AllocStats& stats() const { return stats_; }

 private:
  void* allocate(ObjKind kind, size_t size);
  mi_heap_s* mi_heap_;
  ObjHeader* objects_ = nullptr;
  AllocStats stats_;
};

}  // namespace gosub::rt
