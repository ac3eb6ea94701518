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
// displaces goes to the back. Due timers (vm/timers.cpp) fire at every
// switch and at back-edges whose budget ran out. When nothing can run,
// the thread sleeps until the earliest timer (no spinning); with no
// timer either, the program is deadlocked: Go's "all goroutines are
// asleep" report with every goroutine's wait reason, exit 2. A goroutine blocked forever on a
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
//
// select (SELECT, a per-site table of cases) follows Go's selectgo: poll
// the cases in a random order and do the first ready one, else take
// default, else wait in every non-nil case's queue at once. The first
// partner to take one of those waiters writes the case's index to the
// select's register and unlinks the others (take_waiter), so a select
// completes exactly one case.
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
  g->wait_reason = "runnable";
  if (firing_timers_) {
    // Timers firing together wake their goroutines in deadline order.
    run_queue_.push_back(g);
    return;
  }
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
  // The creator: the function running the go statement, or (a fired
  // AfterFunc timer, outside any frame) the timer's stand-in.
  bool from_timer = &site == &after_func_site_;
  g->creator = from_timer ? &timer_creator_ : g_->frames.back().fn;
  g->creator_line = from_timer ? 0 : site.line;
  Goroutine* raw = g.get();
  goroutines_.push_back(std::move(g));
  goroutines_created_++;
  ready(raw);
}

bool Machine::switch_to_next() {
  run_timers();
  while (!has_runnable()) {
    if (timers_.empty()) {
      deadlock();
      return false;
    }
    sleep_until_next_timer();
    run_timers();
  }
  Goroutine* next = run_next_;
  if (next) {
    run_next_ = nullptr;
  } else {
    next = run_queue_.front();
    run_queue_.pop_front();
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
  run_timers();
  if (!has_runnable()) return true;
  g_->wait_reason = "runnable";
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
  if (rt::ChanWaiter* r = rt::chan_dequeue(c, false)) {
    Goroutine* rg = take_waiter(r);
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
  g_->waiter.select_case = UINT32_MAX;
  rt::chan_enqueue(c, true, &g_->waiter);
  return false;
}

bool Machine::chan_recv(rt::ChanObj* c, Slot* dest, Slot* ok, bool& panicked) {
  panicked = false;
  uint32_t w = c->elem_slots;
  if (rt::ChanWaiter* s = rt::chan_dequeue(c, true)) {
    Goroutine* sg = take_waiter(s);
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
  g_->waiter.select_case = UINT32_MAX;
  rt::chan_enqueue(c, false, &g_->waiter);
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
  while (rt::ChanWaiter* r = rt::chan_dequeue(c, false)) {
    Goroutine* rg = take_waiter(r);
    std::memset(rg->stack.data() + r->slot, 0, c->elem_slots * sizeof(Slot));
    if (r->ok_slot != SIZE_MAX) rg->stack[r->ok_slot].u = 0;
    ready(rg);
  }
  while (rt::ChanWaiter* s = rt::chan_dequeue(c, true)) {
    Goroutine* sg = take_waiter(s);
    sg->woken_by_close = true;
    ready(sg);
  }
  return true;
}

Goroutine* Machine::take_waiter(rt::ChanWaiter* w) {
  auto* g = static_cast<Goroutine*>(w->g);
  if (w->select_case != UINT32_MAX) {
    g->stack[g->select_result].i = w->select_case;
    for (rt::ChanWaiter& other : g->select_waiters)
      if (other.chan) rt::chan_unlink(&other);
  }
  return g;
}

// Go's selectgo on one thread: poll the cases in a random order and do the
// first ready one; else default; else wait in every case's queue until a
// partner takes one of the waiters (take_waiter).
bool Machine::select(const SelectSite& site, Slot* R, Slot* result, bool& panicked) {
  panicked = false;
  auto n = static_cast<uint32_t>(site.cases.size());
  // Poll order: a random permutation (Fisher-Yates), inline for small selects.
  uint32_t order_small[8];
  std::vector<uint32_t> order_big;
  uint32_t* order = order_small;
  if (n > 8) {
    order_big.resize(n);
    order = order_big.data();
  }
  for (uint32_t i = 0; i < n; i++) {
    uint32_t j = static_cast<uint32_t>(random() % (i + 1));
    order[i] = order[j];
    order[j] = i;
  }
  for (uint32_t k = 0; k < n; k++) {
    const SelectCase& sc = site.cases[order[k]];
    auto* c = static_cast<rt::ChanObj*>(R[sc.chan].p);
    if (!c) continue;
    bool ready;
    if (sc.send) ready = c->closed || c->recv_head || c->len < c->cap;
    else ready = c->send_head || c->len > 0 || c->closed;
    if (!ready) continue;
    result->i = order[k];
    if (sc.send) chan_send(c, &R[sc.value], panicked);
    else chan_recv(c, &R[sc.value], sc.ok != kNoSelectOk ? &R[sc.ok] : nullptr, panicked);
    return true;
  }
  if (site.has_default) {
    result->i = n;
    return true;
  }
  // Wait on every channel. Until a partner fills them, receive destinations read as zero.
  g_->select_waiters.resize(n);
  g_->select_result = static_cast<size_t>(result - g_->stack.data());
  for (uint32_t i = 0; i < n; i++) {
    const SelectCase& sc = site.cases[i];
    rt::ChanWaiter& w = g_->select_waiters[i];
    w = rt::ChanWaiter{};
    auto* c = static_cast<rt::ChanObj*>(R[sc.chan].p);
    if (!sc.send) {
      std::memset(&R[sc.value], 0, sc.width * sizeof(Slot));
      if (sc.ok != kNoSelectOk) R[sc.ok].u = 0;
    }
    if (!c) continue;
    w.g = g_;
    w.slot = static_cast<size_t>(&R[sc.value] - g_->stack.data());
    w.ok_slot = sc.ok != kNoSelectOk ? static_cast<size_t>(&R[sc.ok] - g_->stack.data()) : SIZE_MAX;
    w.select_case = i;
    rt::chan_enqueue(c, sc.send, &w);
  }
  return false;
}

}  // namespace gosub::vm
