// The collector: unreachable cycles are reclaimed, objects reachable only
// from registers deep in the frame stack survive collections, and the
// heap returns to its baseline once a workload's garbage is gone.
#include <gtest/gtest.h>

#include <gosub/gosub.h>

#include "runtime/heap.h"

namespace {

using gosub::rt::BoxObj;
using gosub::rt::Heap;
using gosub::rt::Slot;
using gosub::rt::SlotKind;

// Type 1: a box with one pointer slot (a linked node).
constexpr uint32_t kNode = 1;

BoxObj* node(Heap& h, BoxObj* next) {
  Slot s{.p = next};
  return h.new_box(&s, 1, kNode, gosub::rt::AllocKind::Struct);
}

TEST(Gc, UnreachableCycleIsReclaimedAndRootedChainSurvives) {
  Heap heap;
  heap.set_layout(kNode, gosub::rt::make_layout({SlotKind::Pointer}, true));
  BoxObj* a = node(heap, nullptr);
  BoxObj* b = node(heap, a);
  a->data[0].p = b;  // a <-> b: garbage once nothing roots them
  BoxObj* c = node(heap, nullptr);
  BoxObj* d = node(heap, c);  // d -> c, rooted
  ASSERT_EQ(heap.stats().live_objects, 4u);
  heap.collect([&](Heap& h) { h.mark_object(d); });
  EXPECT_EQ(heap.stats().live_objects, 2u);
  EXPECT_EQ(heap.stats().frees, 2u);
  EXPECT_EQ(d->data[0].p, c);
  heap.collect([](Heap&) {});
  EXPECT_EQ(heap.stats().live_objects, 0u);
  EXPECT_EQ(heap.stats().live_bytes, 0u);
  EXPECT_EQ(heap.gc_stats().num_gc, 2u);
}

TEST(Gc, InterfaceDataIsTracedOnlyForPointerTypes) {
  Heap heap;
  heap.set_layout(kNode, gosub::rt::make_layout({SlotKind::Pointer}, true));
  heap.set_layout(2, gosub::rt::make_layout({SlotKind::Scalar}, false));           // an int
  heap.set_layout(3, gosub::rt::make_layout({SlotKind::IfaceType, SlotKind::Scalar}, true));  // interface
  // An array of two interfaces: (node, box) and (int, 12345).
  auto* arr = heap.new_array(2, 2, 3);
  BoxObj* n = node(heap, nullptr);
  arr->data[0].u = kNode;
  arr->data[1].p = n;
  arr->data[2].u = 2;
  arr->data[3].u = 12345;  // not a pointer: must not be followed
  heap.collect([&](Heap& h) { h.mark_object(arr); });
  EXPECT_EQ(heap.stats().live_objects, 2u);
}

TEST(Gc, GoalFollowsGogc) {
  Heap heap(gosub::rt::GcOptions{100, false});
  EXPECT_EQ(heap.gc_stats().next_gc, 4u << 20);  // Go's 4 MB minimum heap
  EXPECT_EQ(heap.set_gc_percent(200), 100);
  EXPECT_EQ(heap.gc_stats().next_gc, 8u << 20);
  EXPECT_EQ(heap.set_gc_percent(-1), 200);
  EXPECT_FALSE(heap.collection_due());
}

struct ScriptRun {
  std::string out, err;
  int status = 0;
  gosub::HeapStats heap;
};

ScriptRun run_script(const std::string& source, bool stress) {
  gosub::CompileResult r = gosub::compile_source("gc.go", source);
  EXPECT_TRUE(r.ok()) << r.errors;
  ScriptRun result;
  if (!r.ok()) return result;
  gosub::Config c;
  c.stdout_sink = [&](std::string_view s) { result.out.append(s); };
  c.stderr_sink = [&](std::string_view s) { result.err.append(s); };
  c.gc_stress = stress;
  c.measure_heap_at_exit = true;
  gosub::Vm vm(std::move(c));
  result.status = vm.run_main(*r.program);
  result.heap = vm.last_heap_stats();
  return result;
}

// Every frame keeps a string and a slice only in its registers; the bottom
// frame churns garbage and forces collections; each frame then checks its
// values.
const char* kDeepStack = R"(package main

import (
	"fmt"
	"runtime"
	"strconv"
)

func churn() {
	s := ""
	for i := 0; i < 2000; i++ {
		s = strconv.Itoa(i) + s[len(s)/2:]
	}
	runtime.GC()
}

func down(n int) int {
	name := "frame-" + strconv.Itoa(n)
	nums := []int{n, n * 2, n * 3}
	bad := 0
	if n > 0 {
		bad = down(n - 1)
	} else {
		churn()
	}
	if name != "frame-"+strconv.Itoa(n) || nums[2] != n*3 {
		bad++
	}
	return bad
}

func main() {
	fmt.Println("bad frames:", down(DEPTH))
}
)";

std::string with_depth(int depth) {
  std::string s = kDeepStack;
  s.replace(s.find("DEPTH"), 5, std::to_string(depth));
  return s;
}

TEST(Gc, ValuesOnlyInDeepRegisterStackSurvive) {
  ScriptRun r = run_script(with_depth(5000), false);
  EXPECT_EQ(r.out, "bad frames: 0\n");
  EXPECT_EQ(r.err, "");
  EXPECT_GE(r.heap.num_gc, 2u);
}

TEST(Gc, ValuesOnlyInRegistersSurviveStressCollections) {
  ScriptRun r = run_script(with_depth(60), true);  // a collection at every allocating instruction
  EXPECT_EQ(r.out, "bad frames: 0\n");
  EXPECT_GT(r.heap.num_gc, 1000u);
}

const char* kWorkload = R"(package main

import (
	"fmt"
	"strconv"
)

var keep []string

func work() int {
	var parts []string
	total := 0
	for i := 0; i < 50000; i++ {
		s := "n" + strconv.Itoa(i)
		parts = append(parts, s)
		total += len(s)
	}
	return total + len(parts)
}

func main() {
	keep = append(keep, "kept")
	if WORK {
		fmt.Println(work())
	} else {
		fmt.Println(0)
	}
}
)";

TEST(Gc, HeapReturnsToBaselineAfterWorkload) {
  std::string idle = kWorkload, busy = kWorkload;
  idle.replace(idle.find("WORK"), 4, "false");
  busy.replace(busy.find("WORK"), 4, "true");
  ScriptRun base = run_script(idle, false);
  ScriptRun loaded = run_script(busy, false);
  EXPECT_EQ(loaded.out, "338890\n");
  EXPECT_GT(loaded.heap.mallocs, 50000u);
  EXPECT_GT(loaded.heap.peak_bytes, 1u << 20);
  EXPECT_EQ(loaded.heap.live_bytes, base.heap.live_bytes);
  EXPECT_EQ(loaded.heap.live_objects, base.heap.live_objects);
  EXPECT_EQ(loaded.heap.mallocs - loaded.heap.frees, loaded.heap.live_objects);
}

}  // namespace
