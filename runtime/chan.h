// Go channels: a ChanObj is one slot (null: the nil channel). Buffered
// values wait in a ring of `cap` elements (an ArrayObj, traced by the
// element layout); goroutines blocked in a send or a receive wait in
// FIFO queues of ChanWaiter records that live in the goroutines
// themselves (no allocation, nothing for the collector: the values they
// refer to sit in the blocked goroutines' registers, which are roots).
// The VM (vm/sched.cpp) implements the operations; see its header for the
// scheduler they park and wake goroutines on.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/heap.h"

namespace gosub::rt {

struct ChanWaiter {
  void* g = nullptr;            // the waiting goroutine (a vm::Goroutine)
  ChanWaiter* next = nullptr;
  size_t slot = 0;              // offset in its register stack: the value sent, or where a receive goes
  size_t ok_slot = SIZE_MAX;    // a comma-ok receive's flag, or SIZE_MAX
};

struct ChanObj {
  ObjHeader header;
  uint64_t cap = 0;
  uint64_t len = 0;   // buffered values
  uint64_t head = 0;  // ring index of the oldest
  uint32_t elem_slots = 0;
  uint32_t elem_type = 0;
  bool closed = false;
  ArrayObj* buf = nullptr;
  ChanWaiter* recv_head = nullptr;
  ChanWaiter* recv_tail = nullptr;
  ChanWaiter* send_head = nullptr;
  ChanWaiter* send_tail = nullptr;
};

inline void chan_enqueue(ChanWaiter*& head, ChanWaiter*& tail, ChanWaiter* w) {
  w->next = nullptr;
  if (tail) tail->next = w;
  else head = w;
  tail = w;
}

inline ChanWaiter* chan_dequeue(ChanWaiter*& head, ChanWaiter*& tail) {
  ChanWaiter* w = head;
  if (!w) return nullptr;
  head = w->next;
  if (!head) tail = nullptr;
  w->next = nullptr;
  return w;
}

}  // namespace gosub::rt
