#include "runtime/heap.h"

#include <mimalloc.h>

#include <cstring>
#include <new>

namespace gosub::rt {

const char* alloc_kind_name(AllocKind k) {
  switch (k) {
    case AllocKind::DeferRecord: return "defer record";
    case AllocKind::DeferClosure: return "defer closure";
    case AllocKind::String: return "string";
    case AllocKind::Slice: return "slice";
    case AllocKind::IfaceBox: return "interface box";
    case AllocKind::Struct: return "struct";
    case AllocKind::Map: return "map";
    case AllocKind::Closure: return "closure";
    case AllocKind::Cell: return "cell";
    case AllocKind::Chan: return "channel";
    case AllocKind::Other: return "other";
    case AllocKind::kCount: break;
  }
  return "?";
}

Heap::Heap(GcOptions options) : mi_heap_(mi_heap_new()), options_(options) {
  if (!mi_heap_) throw std::bad_alloc();
  layouts_.emplace_back();  // type 0: no pointers
  set_goal();
}

Heap::~Heap() {
  // mi_heap_destroy frees every block of this heap at once.
  mi_heap_destroy(mi_heap_);
}

void* Heap::allocate(ObjKind kind, AllocKind alloc_kind, size_t size) {
  void* mem = mi_heap_malloc(mi_heap_, size);
  if (!mem) throw std::bad_alloc();
  auto* h = static_cast<ObjHeader*>(mem);
  h->next = objects_;
  h->kind = kind;
  h->marked = 0;
  h->alloc_kind = alloc_kind;
  h->is_static = 0;
  h->size = static_cast<uint32_t>(size);
  objects_ = h;
  auto k = static_cast<size_t>(alloc_kind);
  stats_.count[k]++;
  stats_.bytes[k] += size;
  stats_.total_objects++;
  stats_.total_bytes += size;
  stats_.live_objects++;
  stats_.live_bytes += size;
  if (stats_.live_bytes > stats_.peak_bytes) stats_.peak_bytes = stats_.live_bytes;
  return mem;
}

int32_t decode_rune(std::string_view s, int* width) {
  if (s.empty()) {
    *width = 0;
    return 0xFFFD;
  }
  auto b0 = static_cast<unsigned char>(s[0]);
  *width = 1;
  if (b0 < 0x80) return b0;
  int n = (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 0;
  if (n == 0 || s.size() < static_cast<size_t>(n)) return 0xFFFD;
  int32_t r = n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int i = 1; i < n; i++) {
    auto b = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
    if ((b & 0xC0) != 0x80) return 0xFFFD;
    r = r << 6 | (b & 0x3F);
  }
  // Overlong encodings, surrogates and values past U+10FFFF are invalid.
  static constexpr int32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (r < kMin[n] || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 0xFFFD;
  *width = n;
  return r;
}

int encode_rune(char* out, int64_t rune) {
  uint32_t r = rune < 0 || rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF) ? 0xFFFD : static_cast<uint32_t>(rune);
  if (r < 0x80) {
    out[0] = static_cast<char>(r);
    return 1;
  }
  if (r < 0x800) {
    out[0] = static_cast<char>(0xC0 | r >> 6);
    out[1] = static_cast<char>(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    out[0] = static_cast<char>(0xE0 | r >> 12);
    out[1] = static_cast<char>(0x80 | (r >> 6 & 0x3F));
    out[2] = static_cast<char>(0x80 | (r & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | r >> 18);
  out[1] = static_cast<char>(0x80 | (r >> 12 & 0x3F));
  out[2] = static_cast<char>(0x80 | (r >> 6 & 0x3F));
  out[3] = static_cast<char>(0x80 | (r & 0x3F));
  return 4;
}

StringObj* Heap::new_string(std::string_view bytes) {
  if (bytes.empty()) return nullptr;
  auto* s = static_cast<StringObj*>(allocate(ObjKind::String, AllocKind::String, offsetof(StringObj, data) + bytes.size()));
  s->len = bytes.size();
  std::memcpy(s->data, bytes.data(), bytes.size());
  return s;
}

StringObj* Heap::new_string_uninit(size_t len) {
  auto* s = static_cast<StringObj*>(allocate(ObjKind::String, AllocKind::String, offsetof(StringObj, data) + len));
  s->len = len;
  return s;
}

StringObj* Heap::new_static_string(std::string_view bytes) {
  if (bytes.empty()) return nullptr;
  size_t size = offsetof(StringObj, data) + bytes.size();
  auto* s = static_cast<StringObj*>(mi_heap_malloc(mi_heap_, size));
  if (!s) throw std::bad_alloc();
  s->header = ObjHeader{statics_, ObjKind::String, 1, AllocKind::String, 1, static_cast<uint32_t>(size)};
  statics_ = &s->header;
  s->len = bytes.size();
  std::memcpy(s->data, bytes.data(), bytes.size());
  return s;
}

ArrayObj* Heap::new_array(uint64_t length, uint32_t elem_slots, uint32_t elem_type) {
  if (length == 0) {
    if (!zero_array_) {
      zero_array_ = static_cast<ArrayObj*>(mi_heap_zalloc(mi_heap_, sizeof(ArrayObj)));
      if (!zero_array_) throw std::bad_alloc();
      zero_array_->header = ObjHeader{statics_, ObjKind::Array, 1, AllocKind::Slice, 1, sizeof(ArrayObj)};
      statics_ = &zero_array_->header;
    }
    return zero_array_;
  }
  size_t bytes = offsetof(ArrayObj, data) + length * elem_slots * sizeof(Slot);
  auto* a = static_cast<ArrayObj*>(allocate(ObjKind::Array, AllocKind::Slice, bytes));
  a->length = length;
  a->elem_slots = elem_slots;
  a->elem_type = elem_type;
  std::memset(a->data, 0, length * elem_slots * sizeof(Slot));
  return a;
}

BoxObj* Heap::new_box(const Slot* from, uint32_t slots, uint32_t type, AllocKind kind) {
  auto* b = static_cast<BoxObj*>(allocate(ObjKind::Box, kind, offsetof(BoxObj, data) + slots * sizeof(Slot)));
  b->slots = slots;
  b->type = type;
  if (from) move_slots(b->data, from, slots);
  else std::memset(b->data, 0, slots * sizeof(Slot));
  return b;
}

BoxObj* Heap::new_static_box(const Slot* from, uint32_t slots, uint32_t type, AllocKind kind) {
  size_t size = offsetof(BoxObj, data) + slots * sizeof(Slot);
  auto* b = static_cast<BoxObj*>(mi_heap_malloc(mi_heap_, size));
  if (!b) throw std::bad_alloc();
  b->header = ObjHeader{statics_, ObjKind::Box, 1, kind, 1, static_cast<uint32_t>(size)};
  statics_ = &b->header;
  b->slots = slots;
  b->type = type;
  std::memcpy(b->data, from, slots * sizeof(Slot));
  return b;
}

StringObj* Heap::concat(const StringObj* a, const StringObj* b) {
  if (!a) return const_cast<StringObj*>(b);  // strings are immutable: share
  if (!b) return const_cast<StringObj*>(a);
  auto* s = static_cast<StringObj*>(allocate(ObjKind::String, AllocKind::String, offsetof(StringObj, data) + a->len + b->len));
  s->len = a->len + b->len;
  std::memcpy(s->data, a->data, a->len);
  std::memcpy(s->data + a->len, b->data, b->len);
  return s;
}

}  // namespace gosub::rt
