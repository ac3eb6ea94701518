// Timers (package time) on the scheduler's thread.
//
// A timer is a time.runtimeTimer, a Go struct the time package allocates
// (stdlib/go/time/sleep.go) and hands to the natives by pointer; pending
// ones sit in a TimerHeap (timers.h). The heap holds the timers' base
// objects as GC roots, so a pending timer keeps its channel and function
// alive (and a goroutine blocked on that channel is not deadlocked).
//
// Firing is the scheduler's job (sched.cpp): at every switch, and at a
// back-edge whose budget ran out, due timers fire; when nothing can run,
// the thread sleeps until the earliest one. A timer with a channel sends
// the current time without blocking (a full buffer drops it, as Go's
// sendTime does); one with a function starts a goroutine calling it
// (AfterFunc). A periodic timer (Ticker) goes back in the heap, its next
// time advanced past now.
#include <time.h>

#include <cerrno>
#include <chrono>

#include "vm/vm.h"

namespace gosub::vm {

namespace {
constexpr int64_t kUnixToInternal = 62135596800;  // seconds from year 1 to 1970 (time.go)

bool timer_before(const Slot* a, const Slot* b) {
  if (a[kTimerWhen].i != b[kTimerWhen].i) return a[kTimerWhen].i < b[kTimerWhen].i;
  return a[kTimerSeq].u < b[kTimerSeq].u;
}

uint64_t monotonic_ns() {  // the clock start_ns_ was read from
  return static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
}
}  // namespace

void TimerHeap::sift_up(size_t i) {
  while (i > 0) {
    size_t parent = (i - 1) / 2;
    if (!timer_before(heap_[i].t, heap_[parent].t)) break;
    std::swap(heap_[i], heap_[parent]);
    place(i);
    i = parent;
  }
  place(i);
}

void TimerHeap::sift_down(size_t i) {
  for (;;) {
    size_t least = i, l = 2 * i + 1, r = l + 1;
    if (l < heap_.size() && timer_before(heap_[l].t, heap_[least].t)) least = l;
    if (r < heap_.size() && timer_before(heap_[r].t, heap_[least].t)) least = r;
    if (least == i) break;
    std::swap(heap_[i], heap_[least]);
    place(i);
    i = least;
  }
  place(i);
}

void TimerHeap::add(void* base, Slot* t, uint64_t seq) {
  remove(t);
  t[kTimerSeq].u = seq;
  heap_.push_back(Entry{base, t});
  sift_up(heap_.size() - 1);
}

bool TimerHeap::remove(Slot* t) {
  int64_t pos = t[kTimerPos].i;
  if (pos <= 0 || static_cast<size_t>(pos) > heap_.size() || heap_[static_cast<size_t>(pos - 1)].t != t) return false;
  auto i = static_cast<size_t>(pos - 1);
  t[kTimerPos].i = 0;
  Entry last = heap_.back();
  heap_.pop_back();
  if (i < heap_.size()) {
    heap_[i] = last;
    sift_up(i);  // the moved timer goes up, or (if it stayed) down
    sift_down(i);
  }
  return true;
}

int64_t Machine::nanotime() const { return static_cast<int64_t>(monotonic_ns() - start_ns_) + 1; }

int64_t Machine::walltime() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void Machine::add_timer(void* base, Slot* t) { timers_.add(base, t, next_timer_seq_++); }

bool Machine::del_timer(Slot* t) { return timers_.remove(t); }

bool Machine::run_timers() {
  if (timers_.empty()) return false;
  int64_t now = nanotime();
  bool fired = false;
  firing_timers_ = true;
  while (!timers_.empty() && timers_.top().t[kTimerWhen].i <= now) {
    Slot* t = timers_.top().t;
    if (int64_t period = t[kTimerPeriod].i; period > 0) {
      // Skip the ticks already missed, as Go's runtime does.
      int64_t when = t[kTimerWhen].i;
      int64_t next = when + period * (1 + (now - when) / period);
      t[kTimerWhen].i = next < when ? INT64_MAX : next;
      timers_.fix_top();
    } else {
      timers_.remove(t);
    }
    fired = true;
    if (auto* c = static_cast<rt::ChanObj*>(t[kTimerChan].p)) {
      // A time.Time: seconds since January 1, year 1 (Go's internal
      // epoch), nanoseconds, the monotonic reading.
      int64_t wall = walltime();
      Slot value[3];
      value[0].i = wall / 1000000000 + kUnixToInternal;
      value[1].i = wall % 1000000000;
      value[2].i = now;
      if (!c->closed && (c->recv_head || c->len < c->cap)) {
        bool panicked;
        chan_send(c, value, panicked);
      }
    }
    if (t[kTimerFunc].p) start_goroutine(after_func_site_, &t[kTimerFunc]);
  }
  firing_timers_ = false;
  return fired;
}

// Nothing can run: sleep until the earliest timer is due (the caller
// loops, so waking early is harmless).
void Machine::sleep_until_next_timer() {
  int64_t wait = timers_.top().t[kTimerWhen].i - nanotime();
  if (wait <= 0) return;
  flush_stdout();  // Go's writes are unbuffered: what ran so far shows while we wait
  timespec ts{static_cast<time_t>(wait / 1000000000), static_cast<long>(wait % 1000000000)};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}

void Machine::mark_timers(rt::Heap& heap) {
  for (const TimerHeap::Entry& e : timers_.entries()) heap.mark_object(e.base);
}

}  // namespace gosub::vm
