// Compile-time microbenchmarks: what `gosub run` spends before the first
// instruction executes (the startup target is hello world under 10 ms).
#include "micro_common.h"

namespace {

const char* const kHello = R"(package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
)";

// A few hundred lines' worth of typical scalar code, to see compile cost
// per function rather than the fixed cost of loading fmt.
std::string many_functions(int count) {
  std::string src = "package main\n\nimport \"fmt\"\n\n";
  for (int i = 0; i < count; ++i) {
    std::string n = std::to_string(i);
    src += "func f" + n + "(a, b int) (int, bool) {\n"
           "\tsum := 0\n"
           "\tfor i := 0; i < a; i++ {\n"
           "\t\tif i%3 == 0 {\n\t\t\tsum += i * b\n\t\t} else {\n\t\t\tsum -= " + n + "\n\t\t}\n"
           "\t}\n"
           "\tswitch {\n\tcase sum > 100:\n\t\treturn sum, true\n\tdefault:\n\t\treturn -sum, false\n\t}\n"
           "}\n\n";
  }
  src += "func main() {\n\ttotal := 0\n";
  for (int i = 0; i < count; ++i) {
    src += "\tif v, ok := f" + std::to_string(i) + "(10, 2); ok {\n\t\ttotal += v\n\t}\n";
  }
  src += "\tfmt.Println(total)\n}\n";
  return src;
}

void BM_CompileHello(benchmark::State& state) {
  for (auto _ : state) {
    gosub::CompileResult result = gosub::compile_source("hello.go", kHello);
    if (!result.ok()) {
      state.SkipWithError(("compile failed: " + gosub_bench::trimmed(result.errors)).c_str());
      break;
    }
    benchmark::DoNotOptimize(result.program.get());
  }
}
BENCHMARK(BM_CompileHello)->Unit(benchmark::kMicrosecond);

void BM_CompileFunctions(benchmark::State& state) {
  const std::string src = many_functions(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    gosub::CompileResult result = gosub::compile_source("funcs.go", src);
    if (!result.ok()) {
      state.SkipWithError(("compile failed: " + gosub_bench::trimmed(result.errors)).c_str());
      break;
    }
    benchmark::DoNotOptimize(result.program.get());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(src.size()));
  state.counters["funcs"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_CompileFunctions)->Arg(10)->Arg(100)->Unit(benchmark::kMicrosecond);

// Compile plus run: the in-process part of `gosub run hello.go`.
void BM_CompileAndRunHello(benchmark::State& state) {
  for (auto _ : state) {
    gosub::CompileResult result = gosub::compile_source("hello.go", kHello);
    if (!result.ok()) {
      state.SkipWithError(("compile failed: " + gosub_bench::trimmed(result.errors)).c_str());
      break;
    }
    gosub::Vm vm(gosub_bench::discard_output());
    benchmark::DoNotOptimize(vm.run_main(*result.program));
  }
}
BENCHMARK(BM_CompileAndRunHello)->Unit(benchmark::kMicrosecond);

}  // namespace
