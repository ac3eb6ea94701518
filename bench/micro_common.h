// Shared helpers for the Google Benchmark microbenchmarks (micro_*.cpp).
// Every benchmark checks its program's output once before timing it, so a
// wrong answer is reported as an error instead of a fast number.
#pragma once

#include <benchmark/benchmark.h>

#include <gosub/gosub.h>

#include <memory>
#include <string>

namespace gosub_bench {

// Diagnostics end in a newline; benchmark error lines should not.
inline std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// Compiles `source`, or marks the benchmark as failed and returns null.
inline std::shared_ptr<const gosub::Program> compile_or_skip(benchmark::State& state,
                                                             const std::string& name,
                                                             const std::string& source) {
  gosub::CompileResult result = gosub::compile_source(name, source);
  if (!result.ok()) {
    state.SkipWithError(("compile failed: " + trimmed(result.errors)).c_str());
    return nullptr;
  }
  return result.program;
}

// Runs main once on a fresh Vm, capturing stdout; returns false (and fails
// the benchmark) unless it exits 0 printing exactly `want`.
inline bool check_output(benchmark::State& state, const gosub::Program& program,
                         const std::string& want) {
  std::string got;
  gosub::Config config;
  config.stdout_sink = [&got](std::string_view bytes) { got.append(bytes); };
  config.stderr_sink = [](std::string_view) {};
  gosub::Vm vm(std::move(config));
  int status = vm.run_main(program);
  if (status != 0 || got != want) {
    std::string why = "exit status " + std::to_string(status) + ", output '" + got +
                      "', want '" + want + "'";
    state.SkipWithError(why.c_str());
    return false;
  }
  return true;
}

// A Config that throws away everything the script prints.
inline gosub::Config discard_output() {
  gosub::Config config;
  config.stdout_sink = [](std::string_view bytes) { benchmark::DoNotOptimize(bytes.data()); };
  config.stderr_sink = [](std::string_view) {};
  return config;
}

// Times run_main of an already compiled program, one fresh Vm per
// iteration (run_main runs package initialization, so a Vm is not reused).
inline void run_program(benchmark::State& state, const std::string& name,
                        const std::string& source, const std::string& want) {
  auto program = compile_or_skip(state, name, source);
  if (!program || !check_output(state, *program, want)) return;
  for (auto _ : state) {
    gosub::Vm vm(discard_output());
    int status = vm.run_main(*program);
    benchmark::DoNotOptimize(status);
  }
}

}  // namespace gosub_bench
