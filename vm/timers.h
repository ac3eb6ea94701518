// The pending timers of package time: a binary min-heap ordered by
// (when, seq). A timer is a time.runtimeTimer, a Go struct whose slots
// are laid out as kTimer* (stdlib/go/time/sleep.go keeps the same order);
// each timer records its own heap position (kTimerPos), so removing one
// (Stop, Reset) is O(log n). vm/timers.cpp fires them for the scheduler.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/slot.h"

namespace gosub::vm {

using rt::Slot;

constexpr size_t kTimerWhen = 0;    // int64: monotonic ns (Machine::nanotime)
constexpr size_t kTimerPeriod = 1;  // int64: > 0 for a Ticker
constexpr size_t kTimerChan = 2;    // chan Time, or nil
constexpr size_t kTimerFunc = 3;    // func(), or nil
constexpr size_t kTimerPos = 4;     // int: heap index + 1; 0 when not pending
constexpr size_t kTimerSeq = 5;     // int: order among equal whens
constexpr size_t kTimerSlots = 6;

class TimerHeap {
 public:
  struct Entry {
    void* base;  // the heap object holding the timer (a GC root while pending)
    Slot* t;
  };
  // Adds t (taking it out first if pending); seq orders equal whens.
  void add(void* base, Slot* t, uint64_t seq);
  bool remove(Slot* t);  // false: t was not pending
  // The top's when changed (a Ticker's next tick): restore the order.
  void fix_top() { sift_down(0); }
  bool empty() const { return heap_.empty(); }
  size_t size() const { return heap_.size(); }
  const Entry& top() const { return heap_[0]; }
  const std::vector<Entry>& entries() const { return heap_; }

 private:
  void place(size_t i) { heap_[i].t[kTimerPos].i = static_cast<int64_t>(i + 1); }
  void sift_up(size_t i);
  void sift_down(size_t i);
  std::vector<Entry> heap_;
};

}  // namespace gosub::vm
