// Channel wait queues (runtime/chan.h): FIFO order, and unlinking a waiter
// from anywhere (a select's other cases) keeps both queues intact.
#include <gtest/gtest.h>

#include <vector>

#include "runtime/chan.h"

using namespace gosub::rt;

namespace {

std::vector<ChanWaiter*> drain(ChanObj& c, bool send) {
  std::vector<ChanWaiter*> out;
  while (ChanWaiter* w = chan_dequeue(&c, send)) out.push_back(w);
  return out;
}

TEST(ChanQueueTest, FifoPerDirection) {
  ChanObj c{};
  ChanWaiter r1, r2, s1, s2;
  chan_enqueue(&c, false, &r1);
  chan_enqueue(&c, true, &s1);
  chan_enqueue(&c, false, &r2);
  chan_enqueue(&c, true, &s2);
  EXPECT_EQ(r1.chan, &c);
  EXPECT_TRUE(s1.send);
  EXPECT_EQ(drain(c, false), (std::vector<ChanWaiter*>{&r1, &r2}));
  EXPECT_EQ(drain(c, true), (std::vector<ChanWaiter*>{&s1, &s2}));
  EXPECT_EQ(c.recv_head, nullptr);
  EXPECT_EQ(c.recv_tail, nullptr);
  EXPECT_EQ(r1.chan, nullptr);  // dequeued waiters belong to no queue
}

TEST(ChanQueueTest, UnlinkHeadMiddleAndTail) {
  ChanObj c{};
  ChanWaiter w[5];
  for (auto& x : w) chan_enqueue(&c, false, &x);
  chan_unlink(&w[2]);  // middle
  chan_unlink(&w[0]);  // head
  chan_unlink(&w[4]);  // tail
  EXPECT_EQ(c.recv_head, &w[1]);
  EXPECT_EQ(c.recv_tail, &w[3]);
  EXPECT_EQ(w[1].prev, nullptr);
  EXPECT_EQ(w[3].next, nullptr);
  ChanWaiter late;
  chan_enqueue(&c, false, &late);  // the tail is still right
  EXPECT_EQ(drain(c, false), (std::vector<ChanWaiter*>{&w[1], &w[3], &late}));
}

TEST(ChanQueueTest, UnlinkOnlyWaiterEmptiesQueue) {
  ChanObj c{};
  ChanWaiter w;
  chan_enqueue(&c, true, &w);
  chan_unlink(&w);
  EXPECT_EQ(c.send_head, nullptr);
  EXPECT_EQ(c.send_tail, nullptr);
  EXPECT_EQ(chan_dequeue(&c, true), nullptr);
}

// A goroutine in a select waits in several queues at once; taking one of
// its waiters and unlinking the rest leaves the other goroutines' order.
TEST(ChanQueueTest, SelectWaitersAcrossChannels) {
  ChanObj a{}, b{};
  ChanWaiter other_a, other_b, sel[2];
  chan_enqueue(&a, false, &other_a);
  chan_enqueue(&a, false, &sel[0]);
  chan_enqueue(&b, true, &sel[1]);
  chan_enqueue(&b, true, &other_b);
  sel[0].select_case = 0;
  sel[1].select_case = 1;
  ChanWaiter* first = chan_dequeue(&b, true);  // a receiver on b takes the select's send
  ASSERT_EQ(first, &sel[1]);
  for (ChanWaiter& w : sel)
    if (w.chan) chan_unlink(&w);
  EXPECT_EQ(drain(a, false), (std::vector<ChanWaiter*>{&other_a}));
  EXPECT_EQ(drain(b, true), (std::vector<ChanWaiter*>{&other_b}));
}

}  // namespace
