// The collector: precise, non-moving, stop-the-world mark-sweep.
//
// Design
//  - Every heap object is on the heap's all-objects list and starts with an
//    ObjHeader. Values never point into the middle of an object (slices
//    carry their array's header plus an element offset), so a pointer slot
//    always holds an object start or null.
//  - Precision comes from types, never from guessing: each module type has
//    a TypeLayout saying which of its slots are pointers and which are
//    interface type words (the data word after one is a pointer exactly
//    when the dynamic type's iface_data_is_pointer). Arrays and boxes
//    record their element type, so tracing an object is a walk over its
//    layout's pointer slots.
//  - Roots are reported by the VM (vm/gc_roots.cpp): globals by the
//    module's global layout; each frame's registers by the pointer map the
//    compiler recorded for the safepoint the frame stopped at (a call, or
//    the allocating instruction about to run). Registers not in the map are
//    dead or scalars and are not looked at. Constant strings and the zero
//    array are static: marked if reached, never swept.
//  - Collections happen only at safepoints, never inside an allocation:
//    runtime code and natives may hold fresh objects in C++ locals freely.
//    An allocation only makes a collection due; the next safepoint runs it.
//  - Pacing follows Go's GOGC: after a cycle the goal is live * (1 +
//    GOGC/100), at least 4 MB * GOGC/100; GOGC=off (negative) never
//    collects. Stress mode collects at every safepoint that follows an
//    allocation, and poisons freed memory so a missed root shows up.
#include <mimalloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/heap.h"
#include "runtime/chan.h"
#include "runtime/map.h"

namespace gosub::rt {

namespace {
constexpr uint64_t kHeapMinimum = 4 << 20;  // Go's heapminimum at GOGC=100
uint64_t now_ns() {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
}
uint64_t unix_ns() {
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}
}  // namespace

TypeLayout make_layout(const std::vector<SlotKind>& slots, bool iface_data_is_pointer) {
  TypeLayout l;
  for (uint32_t k = 0; k < slots.size(); k++) {
    if (slots[k] == SlotKind::Pointer) l.pointer_slots.push_back(k);
    else if (slots[k] == SlotKind::IfaceType) l.iface_slots.push_back(k);
  }
  l.iface_data_is_pointer = iface_data_is_pointer;
  return l;
}

void Heap::set_layout(uint32_t type, TypeLayout layout) {
  if (type >= layouts_.size()) layouts_.resize(type + 1);
  layouts_[type] = std::move(layout);
}

void Heap::set_goal() {
  if (options_.gc_percent < 0) {
    gc_stats_.next_gc = UINT64_MAX;
    return;
  }
  auto pct = static_cast<uint64_t>(options_.gc_percent);
  uint64_t goal = live_after_last_gc_ + live_after_last_gc_ * pct / 100;
  uint64_t minimum = kHeapMinimum * pct / 100;
  gc_stats_.next_gc = goal > minimum ? goal : minimum;
}

int Heap::set_gc_percent(int percent) {
  int old = options_.gc_percent;
  options_.gc_percent = percent < 0 ? -1 : percent;
  set_goal();
  return old;
}

void Heap::mark_object(const void* p) {
  if (!p) return;
  auto* h = static_cast<ObjHeader*>(const_cast<void*>(p));
  if (h->marked) return;
  if (static_cast<uint8_t>(h->kind) >= static_cast<uint8_t>(ObjKind::kCount)) {
    // Only a missed root or a stale register can lead here.
    std::fprintf(stderr, "fatal error: gc: found bad pointer %p in the heap\n", p);
    std::abort();
  }
  h->marked = 1;
  if (h->kind != ObjKind::String) gray_.push_back(h);
}

void Heap::mark_value(const Slot* value, const TypeLayout& layout) {
  for (uint32_t k : layout.pointer_slots) mark_object(value[k].p);
  for (uint32_t k : layout.iface_slots) mark_iface(value + k);
}

void Heap::mark_iface(const Slot* pair) {
  if (pair[0].u != 0 && layout(static_cast<uint32_t>(pair[0].u)).iface_data_is_pointer) mark_object(pair[1].p);
}

void Heap::trace(const ObjHeader* h) {
  switch (h->kind) {
    case ObjKind::String: return;
    case ObjKind::Array: {
      auto* a = reinterpret_cast<const ArrayObj*>(h);
      const TypeLayout& l = layout(a->elem_type);
      if (!l.has_pointers()) return;
      for (uint64_t e = 0; e < a->length; e++) mark_value(a->data + e * a->elem_slots, l);
      return;
    }
    case ObjKind::Box: {
      auto* b = reinterpret_cast<const BoxObj*>(h);
      mark_value(b->data, layout(b->type));
      return;
    }
    case ObjKind::Map: mark_object(reinterpret_cast<const MapObj*>(h)->table); return;
    case ObjKind::MapTable: {
      auto* t = reinterpret_cast<const MapTable*>(h);
      const TypeLayout& kl = layout(t->shape.key_type);
      const TypeLayout& vl = layout(t->shape.value_type);
      if (!kl.has_pointers() && !vl.has_pointers()) return;
      for (uint64_t pos = 0; pos < t->capacity; pos++) {
        if (!ctrl_full(t->ctrl()[pos])) continue;
        const Slot* e = t->entry(pos);
        mark_value(e, kl);
        mark_value(e + t->shape.key_slots, vl);
      }
      return;
    }
    case ObjKind::Chan: mark_object(reinterpret_cast<const ChanObj*>(h)->buf); return;
    case ObjKind::kCount: return;
  }
}

GcCycle Heap::collect(const std::function<void(Heap&)>& mark_roots) {
  uint64_t start = now_ns();
  GcCycle cycle{gc_stats_.num_gc + 1, stats_.live_bytes, 0, 0, 0};
  mark_roots(*this);
  while (!gray_.empty()) {
    const ObjHeader* h = gray_.back();
    gray_.pop_back();
    trace(h);
  }
  // Sweep: unlink and free the unmarked, clear the marks of the rest.
  ObjHeader** link = &objects_;
  while (ObjHeader* h = *link) {
    if (h->marked) {
      h->marked = 0;
      link = &h->next;
      continue;
    }
    *link = h->next;
    stats_.frees++;
    stats_.live_objects--;
    stats_.live_bytes -= h->size;
    if (options_.stress) std::memset(static_cast<void*>(h), 0xdb, h->size);
    mi_free(h);
  }
  live_after_last_gc_ = stats_.live_bytes;
  objects_at_last_gc_ = stats_.total_objects;
  stress_slack_ = stats_.live_objects / 1024;
  set_goal();
  uint64_t pause = now_ns() - start;
  gc_stats_.pause_ns[gc_stats_.num_gc % gc_stats_.pause_ns.size()] = pause;
  gc_stats_.num_gc++;
  gc_stats_.pause_total_ns += pause;
  gc_stats_.last_gc_unix_ns = unix_ns();
  cycle.heap_marked = stats_.live_bytes;
  cycle.goal = gc_stats_.next_gc;
  cycle.pause_ns = pause;
  return cycle;
}

}  // namespace gosub::rt
