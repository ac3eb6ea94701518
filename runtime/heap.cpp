#include "runtime/heap.h"

#include <mimalloc.h>

#include <cstring>
#include <new>

namespace gosub::rt {

const char* obj_kind_name(ObjKind k) {
  switch (k) {
    case ObjKind::String: return "string";
    case ObjKind::kCount: break;
  }
  return "?";
}

Heap::Heap() : mi_heap_(mi_heap_new()) {
  if (!mi_heap_) throw std::bad_alloc();
}

Heap::~Heap() {
  // mi_heap_destroy frees every block of this heap at once.
  mi_heap_destroy(mi_heap_);
}

void* Heap::allocate(ObjKind kind, size_t size) {
  void* mem = mi_heap_malloc(mi_heap_, size);
  if (!mem) throw std::bad_alloc();
  auto* h = static_cast<ObjHeader*>(mem);
  h->next = objects_;
  h->kind = kind;
  h->marked = 0;
  h->size = static_cast<uint32_t>(size);
  objects_ = h;
  auto k = static_cast<size_t>(kind);
  stats_.count[k]++;
  stats_.bytes[k] += size;
  stats_.total_objects++;
  stats_.total_bytes += size;
  stats_.live_objects++;
  stats_.live_bytes += size;
  return mem;
}

StringObj* Heap::new_string(std::string_view bytes) {
  if (bytes.empty()) return nullptr;
  auto* s = static_cast<StringObj*>(allocate(ObjKind::String, offsetof(StringObj, data) + bytes.size()));
  s->len = bytes.size();
  std::memcpy(s->data, bytes.data(), bytes.size());
  return s;
}

StringObj* Heap::concat(const StringObj* a, const StringObj* b) {
  if (!a) return const_cast<StringObj*>(b);  // strings are immutable: share
  if (!b) return const_cast<StringObj*>(a);
  auto* s = static_cast<StringObj*>(allocate(ObjKind::String, offsetof(StringObj, data) + a->len + b->len));
  s->len = a->len + b->len;
  std::memcpy(s->data, a->data, a->len);
  std::memcpy(s->data + a->len, b->data, b->len);
  return s;
}

}  // namespace gosub::rt
