// The scheduler as scripts see it: the run queue's order (FIFO with Go's
// runnext), preemption at back-edges, select (random choice among ready
// cases, one wake per select), and timers (sleeping costs no CPU; no
// deadlock while one is pending). Exact orders here are gosub's
// single-thread schedule; testdata/ holds what real Go agrees on.
#include <gosub/gosub.h>
#include <gtest/gtest.h>

#include <ctime>
#include <sstream>
#include <string>

namespace {

struct ScriptRun {
  std::string out, err;
  int status = 0;
};

ScriptRun run(const std::string& body, const std::string& imports = "\"fmt\"") {
  ScriptRun r;
  std::string src = "package main\n\nimport (" + imports + ")\n\n" + body;
  gosub::CompileResult c = gosub::compile_source("x.go", src);
  EXPECT_TRUE(c.ok()) << c.errors;
  if (!c.ok()) return r;
  gosub::Config config;
  config.stdout_sink = [&](std::string_view s) { r.out.append(s); };
  config.stderr_sink = [&](std::string_view s) { r.err.append(s); };
  gosub::Vm vm(std::move(config));
  r.status = vm.run_main(*c.program);
  return r;
}

TEST(RunQueueTest, NewestGoroutineRunsNextThenFifo) {
  // runnext holds the newest; each one it displaces goes to the back.
  ScriptRun r = run(R"(
func main() {
	done := make(chan string, 4)
	for _, name := range []string{"a", "b", "c", "d"} {
		go func(n string) { done <- n }(name)
	}
	for i := 0; i < 4; i++ {
		fmt.Print(<-done)
	}
	fmt.Println()
}
)");
  EXPECT_EQ(r.out, "dabc\n");
}

TEST(RunQueueTest, WokenPartnerRunsNext) {
  // An unbuffered handoff readies the partner in runnext: strict alternation.
  ScriptRun r = run(R"(
func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			fmt.Print("<", v)
			pong <- v
		}
	}()
	for i := 0; i < 3; i++ {
		ping <- i
		fmt.Print(">", <-pong)
	}
	fmt.Println()
}
)");
  EXPECT_EQ(r.out, "<0>0<1>1<2>2\n");
}

TEST(RunQueueTest, BusyLoopIsPreemptedAtBackEdges) {
  ScriptRun r = run(R"(
func main() {
	stop := false
	ticks := 0
	go func() {
		for i := 0; i < 3; i++ {
			ticks++
		}
		stop = true
	}()
	spins := 0
	for !stop {
		spins++
	}
	fmt.Println(ticks, spins > 0)
}
)");
  EXPECT_EQ(r.out, "3 true\n");
}

TEST(SelectTest, ChoosesUniformlyAmongReadyCases) {
  ScriptRun r = run(R"(
func main() {
	a, b, c := make(chan int, 1), make(chan int, 1), make(chan int, 1)
	var n [3]int
	for i := 0; i < 30000; i++ {
		a <- 0
		b <- 1
		c <- 2
		select {
		case v := <-a:
			n[v]++
			<-b
			<-c
		case v := <-b:
			n[v]++
			<-a
			<-c
		case v := <-c:
			n[v]++
			<-a
			<-b
		}
	}
	fmt.Println(n[0], n[1], n[2])
}
)");
  std::istringstream in(r.out);
  int n[3] = {0, 0, 0};
  in >> n[0] >> n[1] >> n[2];
  for (int k : n) {  // 10000 expected each; 6 sigma is about +-490
    EXPECT_GT(k, 9400);
    EXPECT_LT(k, 10600);
  }
}

TEST(SelectTest, AWokenSelectLeavesItsOtherQueues) {
  // Once the send on a wakes the select, nothing waits on b any more: a
  // non-blocking send on b takes default, and the goroutine saw only a.
  ScriptRun r = run(R"(
func main() {
	a, b := make(chan int), make(chan int)
	got := make(chan string, 1)
	go func() {
		select {
		case v := <-a:
			got <- fmt.Sprint("a", v)
		case v := <-b:
			got <- fmt.Sprint("b", v)
		}
	}()
	for len(got) == 0 {
		select {
		case a <- 1:
		default:
		}
		select {
		case b <- 2:
			fmt.Println("b had a receiver")
		default:
		}
	}
	fmt.Println(<-got)
}
)");
  EXPECT_EQ(r.out, "a1\n");
}

TEST(SelectTest, SelectWithoutReadyCasesOrDefaultDeadlocks) {
  ScriptRun r = run(R"(
func main() {
	a, b := make(chan int), make(chan int)
	select {
	case <-a:
	case b <- 1:
	}
	fmt.Println("unreachable")
}
)");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select]:\n", 0), 0u) << r.err;
}

TEST(TimerTest, SleepingUsesNoCpu) {
  std::clock_t cpu = std::clock();
  ScriptRun r = run(R"(
func main() {
	start := time.Now()
	time.Sleep(300 * time.Millisecond)
	fmt.Println(time.Since(start) >= 300*time.Millisecond)
}
)", "\"fmt\"; \"time\"");
  double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
  EXPECT_EQ(r.out, "true\n");
  EXPECT_LT(cpu_ms, 150.0);  // compiling and running; a spinning wait would take ~300
}

TEST(TimerTest, NoDeadlockWhileATimerIsPending) {
  ScriptRun r = run(R"(
func main() {
	c := make(chan int)
	time.AfterFunc(20*time.Millisecond, func() { c <- 7 })
	fmt.Println(<-c)
	<-c
}
)", "\"fmt\"; \"time\"");
  EXPECT_EQ(r.out, "7\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("goroutine 1 [chan receive]:"), std::string::npos) << r.err;
}

TEST(TimerTest, SleepersWakeInDeadlineOrder) {
  ScriptRun r = run(R"(
func main() {
	out := make(chan int, 5)
	for _, d := range []int{40, 10, 50, 20, 30} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- d
		}(d)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
}
)", "\"fmt\"; \"time\"");
  EXPECT_EQ(r.out, "10 20 30 40 50 \n");
}

}  // namespace
