// Timers (package time) on the scheduler's thread.
//
// A timer is a time.runtimeTimer, a Go struct the time package allocates
// (stdlib/go/time/sleep.go) and hands to the natives by pointer; its slots
// are laid out as kTimer* below. Pending timers sit in a binary min-heap
// ordered by (when, seq); each knows its heap position (slot kTimerPos),
// so Stop and Reset are O(log n). The heap holds the timers' base objects
// as GC roots, so a pending timer keeps its channel and function alive
// (and a goroutine blocked on that channel is not deadlocked).
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
// time.runtimeTimer's slots (stdlib/go/time/sleep.go keeps the same order).
constexpr size_t kTimerWhen = 0;    // int64: monotonic ns (Machine::nanotime)
constexpr size_t kTimerPeriod = 1;  // int64: > 0 for a Ticker
constexpr size_t kTimerChan = 2;    // chan Time, or nil
constexpr size_t kTimerFunc = 3;    // func(), or nil
constexpr size_t kTimerPos = 4;     // int: heap index + 1; 0 when not pending
constexpr size_t kTimerSeq = 5;     // int: order among equal whens
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

int64_t Machine::nanotime() const { return static_cast<int64_t>(monotonic_ns() - start_ns_) + 1; }

int64_t Machine::walltime() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void Machine::timer_place(size_t i) {
  timers_[i].t[kTimerPos].i = static_cast<int64_t>(i + 1);
}

void Machine::timer_sift_up(size_t i) {
  while (i > 0) {
    size_t parent = (i - 1) / 2;
    if (!timer_before(timers_[i].t, timers_[parent].t)) break;
    std::swap(timers_[i], timers_[parent]);
    timer_place(i);
    i = parent;
  }
  timer_place(i);
}

void Machine::timer_sift_down(size_t i) {
  for (;;) {
    size_t least = i, l = 2 * i + 1, r = l + 1;
    if (l < timers_.size() && timer_before(timers_[l].t, timers_[least].t)) least = l;
    if (r < timers_.size() && timer_before(timers_[r].t, timers_[least].t)) least = r;
    if (least == i) break;
    std::swap(timers_[i], timers_[least]);
    timer_place(i);
    i = least;
  }
  timer_place(i);
}

void Machine::add_timer(void* base, Slot* t) {
  if (t[kTimerPos].i > 0) del_timer(t);
  t[kTimerSeq].u = next_timer_seq_++;
  timers_.push_back(PendingTimer{base, t});
  timer_sift_up(timers_.size() - 1);
}

bool Machine::del_timer(Slot* t) {
  int64_t pos = t[kTimerPos].i;
  if (pos <= 0 || static_cast<size_t>(pos) > timers_.size() || timers_[static_cast<size_t>(pos - 1)].t != t) return false;
  auto i = static_cast<size_t>(pos - 1);
  t[kTimerPos].i = 0;
  if (i + 1 != timers_.size()) {
    timers_[i] = timers_.back();
    timers_.pop_back();
    timer_sift_up(i);  // the moved timer goes up, or (if it stayed) down
    timer_sift_down(i);
  } else {
    timers_.pop_back();
  }
  return true;
}

bool Machine::run_timers() {
  if (timers_.empty()) return false;
  int64_t now = nanotime();
  bool fired = false;
  while (!timers_.empty() && timers_[0].t[kTimerWhen].i <= now) {
    PendingTimer top = timers_[0];
    Slot* t = top.t;
    if (int64_t period = t[kTimerPeriod].i; period > 0) {
      // Skip the ticks already missed, as Go's runtime does.
      int64_t when = t[kTimerWhen].i;
      int64_t next = when + period * (1 + (now - when) / period);
      t[kTimerWhen].i = next < when ? INT64_MAX : next;
      timer_sift_down(0);
    } else {
      del_timer(t);
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
  return fired;
}

// Nothing can run: sleep until the earliest timer is due (the caller
// loops, so waking early is harmless).
void Machine::sleep_until_next_timer() {
  int64_t wait = timers_[0].t[kTimerWhen].i - nanotime();
  if (wait <= 0) return;
  flush_stdout();  // Go's writes are unbuffered: what ran so far shows while we wait
  timespec ts{static_cast<time_t>(wait / 1000000000), static_cast<long>(wait % 1000000000)};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}

void Machine::mark_timers(rt::Heap& heap) {
  for (const PendingTimer& p : timers_) heap.mark_object(p.base);
}

}  // namespace gosub::vm
