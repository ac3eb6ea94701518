// Goroutines and channels on one OS thread.
//
// Design. Every goroutine is a Goroutine: its own growable register stack
// (a new one starts at 32 slots, 256 bytes, and grows on a call that
// needs more), frames, defer chain and panics.
// Exactly one runs (g_); the dispatch loop keeps it in a local and
// reloads it after every switch. Goroutines switch only at safepoints:
// when one blocks (a channel operation that cannot complete parks it
// Waiting in the channel's queue), ends (GOEND, the bottom frame of every
// goroutine but main), calls runtime.Gosched, or spends its preemption
// budget at a loop back-edge (LOOP) while others are runnable — so a busy
// loop cannot starve the rest. A stopped goroutine's top frame is always
// at an instruction with a GC pointer map, so the collector scans every
// goroutine's stack precisely (gc_roots.cpp).
//
// The run queue is FIFO with Go's runnext slot: a goroutine just made
// ready (created, or woken by a channel partner) runs next, the one it
// displaces goes to the back. When nothing can run the program is
// deadlocked: Go's "all goroutines are asleep" report with every
// goroutine's wait reason, exit 2. A goroutine blocked forever on a
// channel nothing else references stays (goroutines are never
// collected), as in Go.
//
// Channels follow Go's chansend/chanrecv: a send hands its value straight
// to a waiting receiver, else fills the buffer, else waits; a receive takes
// from a waiting sender (through the buffer when there is one), else the
// buffer, else gets the zero value from a closed channel, else waits.
// close wakes every receiver (zero, !ok) and every sender (which panics).
// Waiting values stay in the blocked goroutine's registers; the partner
// copies them across stacks (a blocked goroutine's stack never moves).
#include <algorithm>
#include <cstring>

#include "vm/vm.h"

namespace gosub::vm {

namespace {
constexpr size_t kInitialStackSlots = 32;  // 256 bytes: a million goroutines fit in well under 1 GiB
// Ended goroutines reused (Go's gfree list), if their stacks stayed small.
constexpr size_t kMaxFreeGoroutines = 1024;
constexpr size_t kMaxFreeStackSlots = 4 * kInitialStackSlots;
constexpr size_t kMaxFreeFrames = 32;
}

void Machine::ready(Goroutine* g) {
  if (run_next_) run_queue_.push_back(run_next_);
  run_next_ = g;
}

void Machine::start_goroutine(const DeferSite& site, const Slot* slots) {
  std::unique_ptr<Goroutine> g;
  if (free_goroutines_.empty()) {
    g = std::make_unique<Goroutine>();
    g->stack.resize(std::max<size_t>(kInitialStackSlots, 2u + site.slots));
  } else {
    // A fresh Goroutine in every field but its stack and frame storage.
    g = std::move(free_goroutines_.back());
    free_goroutines_.pop_back();
    std::vector<Slot> stack = std::move(g->stack);
    FrameStack frames = std::move(g->frames);
    *g = Goroutine{};
    g->stack = std::move(stack);
    g->frames = std::move(frames);
    g->frames.clear();
    if (g->stack.size() < 2u + site.slots) g->stack.resize(2u + site.slots);
  }
  g->id = next_goroutine_id_++;
  g->frames.push_back(Frame{&goroutine_end_, goroutine_end_.code.data(), 0, nullptr});
  g->index = goroutines_.size();
  // The call waits at the bottom of the stack, as a heap defer record of
  // the site would hold it, until the goroutine first runs, so the
  // collector sees its operands (a frame not yet entered has no map).
  g->stack[0].p = nullptr;
  g->stack[1].u = 0;
  std::memcpy(g->stack.data() + 2, slots, site.slots * sizeof(Slot));
  g->start_site = &site;
  Goroutine* raw = g.get();
  goroutines_.push_back(std::move(g));
  goroutines_created_++;
  ready(raw);
}

bool Machine::switch_to_next() {
  Goroutine* next = run_next_;
  if (next) {
    run_next_ = nullptr;
  } else if (!run_queue_.empty()) {
    next = run_queue_.front();
    run_queue_.pop_front();
  } else {
    deadlock();
    return false;
  }
  g_ = next;
  next->preempted = false;
  if (const DeferSite* site = next->start_site) {
    next->start_site = nullptr;
    switch (call_deferred(*site, next->stack.data() + 2, 0)) {  // it copies the operands first
      case DeferCall::Ok: break;
      case DeferCall::Overflow: return false;
      case DeferCall::NilFunc:
        sigpanic_ = true;
        runtime_panic("invalid memory address or nil pointer dereference");
        return run_panic();
    }
  }
  if (next->woken_by_close) {
    next->woken_by_close = false;
    runtime_panic("send on closed channel", false);
    return run_panic();
  }
  return true;
}

bool Machine::park(const char* reason) {
  g_->wait_reason = next_wait_reason_ ? next_wait_reason_ : reason;
  next_wait_reason_ = nullptr;
  return switch_to_next();
}

bool Machine::yield() {
  if (!has_runnable()) return true;
  run_queue_.push_back(g_);
  return switch_to_next();
}

bool Machine::end_goroutine() {
  Goroutine* done = g_;
  size_t i = done->index;
  std::swap(goroutines_[i], goroutines_.back());
  goroutines_[i]->index = i;
  std::unique_ptr<Goroutine> keep = std::move(goroutines_.back());
  goroutines_.pop_back();
  bool ok = switch_to_next();
  // The ended goroutine is kept for reuse, or freed.
  if (free_goroutines_.size() < kMaxFreeGoroutines && keep->stack.size() <= kMaxFreeStackSlots &&
      keep->frames.capacity() <= kMaxFreeFrames)
    free_goroutines_.push_back(std::move(keep));
  return ok;
}

void Machine::deadlock() {
  if (goroutines_.empty() && main_goexited_) {
    write_stderr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    return;
  }
  std::string text = "fatal error: all goroutines are asleep - deadlock!\n";
  for (const auto& g : goroutines_) {
    text += "\ngoroutine " + std::to_string(g->id) + " [" + g->wait_reason + "]:\n";
    text += traceback(*g, g->frames.back().pc);
  }
  write_stderr(text);
}

void Machine::fatal_error(const std::string& msg) {
  write_stderr("fatal error: " + msg + "\n\ngoroutine " + std::to_string(g_->id) + " [running]:\n" +
               traceback(g_->frames.back().pc));
  request_exit(2);
}

// --- channels

bool Machine::chan_send(rt::ChanObj* c, const Slot* value, bool& panicked) {
  panicked = false;
  if (c->closed) {
    runtime_panic("send on closed channel", false);
    panicked = true;
    return true;
  }
  if (rt::ChanWaiter* r = rt::chan_dequeue(c->recv_head, c->recv_tail)) {
    auto* rg = static_cast<Goroutine*>(r->g);
    std::memcpy(rg->stack.data() + r->slot, value, c->elem_slots * sizeof(Slot));
    if (r->ok_slot != SIZE_MAX) rg->stack[r->ok_slot].u = 1;
    ready(rg);
    return true;
  }
  if (c->len < c->cap) {
    uint64_t at = (c->head + c->len) % c->cap;
    std::memcpy(c->buf->data + at * c->elem_slots, value, c->elem_slots * sizeof(Slot));
    c->len++;
    return true;
  }
  g_->waiter.g = g_;
  g_->waiter.slot = static_cast<size_t>(value - g_->stack.data());
  g_->waiter.ok_slot = SIZE_MAX;
  rt::chan_enqueue(c->send_head, c->send_tail, &g_->waiter);
  return false;
}

bool Machine::chan_recv(rt::ChanObj* c, Slot* dest, Slot* ok, bool& panicked) {
  panicked = false;
  uint32_t w = c->elem_slots;
  if (rt::ChanWaiter* s = rt::chan_dequeue(c->send_head, c->send_tail)) {
    auto* sg = static_cast<Goroutine*>(s->g);
    const Slot* from = sg->stack.data() + s->slot;
    if (c->cap == 0) {
      std::memcpy(dest, from, w * sizeof(Slot));
    } else {
      // A full buffer: take the oldest, the sender's value goes to the back.
      Slot* oldest = c->buf->data + c->head * w;
      std::memcpy(dest, oldest, w * sizeof(Slot));
      std::memcpy(oldest, from, w * sizeof(Slot));
      c->head = (c->head + 1) % c->cap;
    }
    if (ok) ok->u = 1;
    ready(sg);
    return true;
  }
  if (c->len > 0) {
    Slot* oldest = c->buf->data + c->head * w;
    std::memcpy(dest, oldest, w * sizeof(Slot));
    std::memset(oldest, 0, w * sizeof(Slot));  // the buffer must not keep it alive
    c->head = (c->head + 1) % c->cap;
    c->len--;
    if (ok) ok->u = 1;
    return true;
  }
  if (c->closed) {
    std::memset(dest, 0, w * sizeof(Slot));
    if (ok) ok->u = 0;
    return true;
  }
  // Wait; until a sender fills them, the destination registers read as zero.
  std::memset(dest, 0, w * sizeof(Slot));
  if (ok) ok->u = 0;
  g_->waiter.g = g_;
  g_->waiter.slot = static_cast<size_t>(dest - g_->stack.data());
  g_->waiter.ok_slot = ok ? static_cast<size_t>(ok - g_->stack.data()) : SIZE_MAX;
  rt::chan_enqueue(c->recv_head, c->recv_tail, &g_->waiter);
  return false;
}

bool Machine::chan_close(rt::ChanObj* c) {
  if (!c) {
    runtime_panic("close of nil channel", false);
    return false;
  }
  if (c->closed) {
    runtime_panic("close of closed channel", false);
    return false;
  }
  c->closed = true;
  while (rt::ChanWaiter* r = rt::chan_dequeue(c->recv_head, c->recv_tail)) {
    auto* rg = static_cast<Goroutine*>(r->g);
    std::memset(rg->stack.data() + r->slot, 0, c->elem_slots * sizeof(Slot));
    if (r->ok_slot != SIZE_MAX) rg->stack[r->ok_slot].u = 0;
    ready(rg);
  }
  while (rt::ChanWaiter* s = rt::chan_dequeue(c->send_head, c->send_tail)) {
    auto* sg = static_cast<Goroutine*>(s->g);
    sg->woken_by_close = true;
    ready(sg);
  }
  return true;
}

}  // namespace gosub::vm
