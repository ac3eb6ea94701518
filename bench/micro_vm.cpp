// VM microbenchmarks: each compiles a small program once and times
// run_main on a fresh Vm, with stdout discarded through Config::stdout_sink.
// The programs isolate one cost each; the whole-program comparison with Go
// and Lua is bench/compare.py.
#include "micro_common.h"

namespace {

using gosub_bench::run_program;

// Vm construction and teardown alone: the fixed part of every run below.
void BM_VmCreate(benchmark::State& state) {
  for (auto _ : state) {
    gosub::Vm vm(gosub_bench::discard_output());
    benchmark::DoNotOptimize(&vm);
  }
}
BENCHMARK(BM_VmCreate);

// Calls and returns: fib(20) makes 21891 calls.
void BM_RunFib20(benchmark::State& state) {
  run_program(state, "fib20.go", R"(package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(20))
}
)", "6765\n");
  state.counters["calls/s"] = benchmark::Counter(21891.0 * static_cast<double>(state.iterations()),
                                                 benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RunFib20)->Unit(benchmark::kMicrosecond);

// Integer arithmetic and a back-edge per iteration: 1M iterations.
void BM_IntLoop(benchmark::State& state) {
  run_program(state, "intloop.go", R"(package main

import "fmt"

func main() {
	x, sum := 7, 0
	for i := 0; i < 1000000; i++ {
		x = (x*31 + i) & 0xFFFFF
		sum += x ^ i
	}
	fmt.Println(sum)
}
)", "524395773440\n");
  state.counters["iters/s"] = benchmark::Counter(1e6 * static_cast<double>(state.iterations()),
                                                 benchmark::Counter::kIsRate);
}
BENCHMARK(BM_IntLoop)->Unit(benchmark::kMillisecond);

// float64 arithmetic, int->float conversion and a float compare: 1M iterations.
void BM_FloatLoop(benchmark::State& state) {
  run_program(state, "floatloop.go", R"(package main

import "fmt"

func main() {
	sum := 0.0
	for i := 1; i <= 1000000; i++ {
		f := float64(i)
		sum += 1.0 / (f * f)
		if sum > 1e300 {
			sum = 0
		}
	}
	fmt.Printf("%.12f\n", sum)
}
)", "1.644933066849\n");
  state.counters["iters/s"] = benchmark::Counter(1e6 * static_cast<double>(state.iterations()),
                                                 benchmark::Counter::kIsRate);
}
BENCHMARK(BM_FloatLoop)->Unit(benchmark::kMillisecond);

// String building by `s += t`: allocation and copying of growing strings
// (quadratic bytes copied, as in Go), plus len and indexing.
void BM_StringConcat(benchmark::State& state) {
  run_program(state, "concat.go", R"(package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 2000; i++ {
		s += "ab"
		if s[len(s)-1] != 'b' {
			s = ""
		}
	}
	fmt.Println(len(s))
}
)", "4000\n");
}
BENCHMARK(BM_StringConcat)->Unit(benchmark::kMicrosecond);

// Calls with several arguments and multiple results: 1M calls.
void BM_MultiResultCall(benchmark::State& state) {
  run_program(state, "divmod.go", R"(package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	q, r := 0, 0
	for i := 1; i <= 1000000; i++ {
		a, b := divmod(i, 7)
		q += a
		r += b
	}
	fmt.Println(q, r)
}
)", "71428214286 2999998\n");
}
BENCHMARK(BM_MultiResultCall)->Unit(benchmark::kMillisecond);

// fmt.Sprintf of ints and strings: the formatting core.
void BM_Sprintf(benchmark::State& state) {
  run_program(state, "sprintf.go", R"(package main

import "fmt"

func main() {
	n := 0
	for i := 0; i < 10000; i++ {
		n += len(fmt.Sprintf("%d:%s:%x", i, "key", i*31))
	}
	fmt.Println(n)
}
)", "136632\n");
}
BENCHMARK(BM_Sprintf)->Unit(benchmark::kMillisecond);

}  // namespace
