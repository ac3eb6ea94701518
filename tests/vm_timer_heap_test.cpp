// The timer heap (vm/timers.h): pending timers come out ordered by (when,
// seq), each timer's recorded position stays true through every change,
// and removal from anywhere keeps the order.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "vm/timers.h"

using namespace gosub::vm;

namespace {

struct Timer {
  Slot slots[kTimerSlots]{};
  explicit Timer(int64_t when = 0) { slots[kTimerWhen].i = when; }
  Slot* t() { return slots; }
  int64_t when() const { return slots[kTimerWhen].i; }
  int64_t pos() const { return slots[kTimerPos].i; }
};

// Pops everything (by removing the top), returning the whens in order.
std::vector<int64_t> drain(TimerHeap& h) {
  std::vector<int64_t> out;
  while (!h.empty()) {
    Slot* t = h.top().t;
    out.push_back(t[kTimerWhen].i);
    EXPECT_TRUE(h.remove(t));
    EXPECT_EQ(t[kTimerPos].i, 0);
  }
  return out;
}

void expect_positions_true(const TimerHeap& h) {
  for (size_t i = 0; i < h.size(); i++) EXPECT_EQ(h.entries()[i].t[kTimerPos].i, static_cast<int64_t>(i + 1));
}

TEST(TimerHeapTest, EarliestFirst) {
  std::vector<Timer> timers = {Timer(50), Timer(10), Timer(40), Timer(20), Timer(30)};
  TimerHeap h;
  uint64_t seq = 0;
  for (Timer& t : timers) h.add(nullptr, t.t(), seq++);
  expect_positions_true(h);
  EXPECT_EQ(h.top().t[kTimerWhen].i, 10);
  EXPECT_EQ(drain(h), (std::vector<int64_t>{10, 20, 30, 40, 50}));
}

TEST(TimerHeapTest, EqualWhensFireInStartOrder) {
  std::vector<Timer> timers(5, Timer(7));
  TimerHeap h;
  for (size_t i = 0; i < timers.size(); i++) h.add(nullptr, timers[i].t(), 100 - i * 10);  // later seq first
  std::vector<Slot*> order;
  while (!h.empty()) {
    order.push_back(h.top().t);
    h.remove(h.top().t);
  }
  for (size_t i = 0; i < timers.size(); i++) EXPECT_EQ(order[i], timers[timers.size() - 1 - i].t());
}

TEST(TimerHeapTest, RemoveFromTheMiddleKeepsOrder) {
  std::mt19937 rng(42);
  std::vector<Timer> timers;
  for (int i = 0; i < 200; i++) timers.emplace_back(static_cast<int64_t>(rng() % 1000));
  TimerHeap h;
  for (size_t i = 0; i < timers.size(); i++) h.add(nullptr, timers[i].t(), i);
  std::vector<int64_t> kept;
  for (size_t i = 0; i < timers.size(); i++) {
    if (i % 3 == 0) {
      EXPECT_TRUE(h.remove(timers[i].t()));
      EXPECT_FALSE(h.remove(timers[i].t()));  // a second Stop finds nothing
    } else {
      kept.push_back(timers[i].when());
    }
  }
  expect_positions_true(h);
  std::sort(kept.begin(), kept.end());
  EXPECT_EQ(drain(h), kept);
}

TEST(TimerHeapTest, ReAddingMovesATimer) {
  Timer a(10), b(20), c(30);
  TimerHeap h;
  h.add(nullptr, a.t(), 0);
  h.add(nullptr, b.t(), 1);
  h.add(nullptr, c.t(), 2);
  a.slots[kTimerWhen].i = 40;  // Reset: a new when, then add again
  h.add(nullptr, a.t(), 3);
  EXPECT_EQ(h.size(), 3u);
  EXPECT_EQ(drain(h), (std::vector<int64_t>{20, 30, 40}));
}

TEST(TimerHeapTest, FixTopAfterATickerAdvances) {
  Timer ticker(5), other(12);
  TimerHeap h;
  h.add(nullptr, ticker.t(), 0);
  h.add(nullptr, other.t(), 1);
  ticker.slots[kTimerWhen].i = 15;  // its next tick
  h.fix_top();
  expect_positions_true(h);
  EXPECT_EQ(h.top().t, other.t());
  EXPECT_EQ(drain(h), (std::vector<int64_t>{12, 15}));
}

TEST(TimerHeapTest, ANeverStartedTimerIsNotPending) {
  Timer t(1), u(2);
  TimerHeap h;
  h.add(nullptr, u.t(), 0);
  EXPECT_FALSE(h.remove(t.t()));
  t.slots[kTimerPos].i = 1;  // a stale position naming another timer's slot
  EXPECT_FALSE(h.remove(t.t()));
  EXPECT_EQ(h.size(), 1u);
}

TEST(TimerHeapTest, EntriesKeepTheirBaseObjects) {
  Timer a(3), b(1);
  int base_a = 0, base_b = 0;
  TimerHeap h;
  h.add(&base_a, a.t(), 0);
  h.add(&base_b, b.t(), 1);
  EXPECT_EQ(h.top().base, &base_b);
  std::vector<void*> bases;
  for (const auto& e : h.entries()) bases.push_back(e.base);
  EXPECT_EQ(std::count(bases.begin(), bases.end(), &base_a), 1);
}

}  // namespace
