// Go channels: a ChanObj is one slot (null: the nil channel). Buffered
// values wait in a ring of `cap` elements (an ArrayObj, traced by the
// element layout); goroutines blocked in a send or a receive wait in
// FIFO queues of ChanWaiter records that live in the goroutines
// themselves (no allocation, nothing for the collector: the values they
// refer to sit in the blocked goroutines' registers, which are roots).
// The queues are doubly linked: a goroutine blocked in a select waits in
// several, and the first partner to take one of its waiters unlinks the
// others.
// The VM (vm/sched.cpp) implements the operations; see its header for the
// scheduler they park and wake goroutines on.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/heap.h"

namespace gosub::rt {

struct ChanObj;

struct ChanWaiter {
  void* g = nullptr;            // the waiting goroutine (a vm::Goroutine)
  ChanWaiter* next = nullptr;
  ChanWaiter* prev = nullptr;
  size_t slot = 0;              // offset in its register stack: the value sent, or where a receive goes
  size_t ok_slot = SIZE_MAX;    // a comma-ok receive's flag, or SIZE_MAX
  ChanObj* chan = nullptr;      // the channel whose queue holds it (null: none)
  bool send = false;            // in chan's send queue (else its receive queue)
  uint32_t select_case = UINT32_MAX;  // a select's case, or UINT32_MAX: a plain send or receive
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

inline void chan_enqueue(ChanObj* c, bool send, ChanWaiter* w) {
  ChanWaiter*& head = send ? c->send_head : c->recv_head;
  ChanWaiter*& tail = send ? c->send_tail : c->recv_tail;
  w->chan = c;
  w->send = send;
  w->next = nullptr;
  w->prev = tail;
  if (tail) tail->next = w;
  else head = w;
  tail = w;
}

// Takes w out of its channel's queue (it must be in one).
inline void chan_unlink(ChanWaiter* w) {
  ChanObj* c = w->chan;
  ChanWaiter*& head = w->send ? c->send_head : c->recv_head;
  ChanWaiter*& tail = w->send ? c->send_tail : c->recv_tail;
  if (w->prev) w->prev->next = w->next;
  else head = w->next;
  if (w->next) w->next->prev = w->prev;
  else tail = w->prev;
  w->next = w->prev = nullptr;
  w->chan = nullptr;
}

inline ChanWaiter* chan_dequeue(ChanObj* c, bool send) {
  ChanWaiter* w = send ? c->send_head : c->recv_head;
  if (w) chan_unlink(w);
  return w;
}

}  // namespace gosub::rt
