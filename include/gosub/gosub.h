// gosub — a small, fast, embeddable implementation of a Go subset.
//
// This is the only public header. A host compiles Go source into an
// immutable Program (compile once), then runs it on one or more Vm objects
// (run many times). Nothing here touches global state: each Vm owns its
// heap, goroutines and output sinks, so a host may run several Vms in one
// process, each on its own thread.
//
//   gosub::CompileResult r = gosub::compile_file("hello.go");
//   if (!r.ok()) { std::fputs(r.errors.c_str(), stderr); return 2; }
//   gosub::Vm vm(gosub::Config{});
//   int status = vm.run_main(*r.program);   // Go's exit status
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gosub {

class Program;  // opaque: checked, compiled bytecode of package main and its imports

// Result of compilation. On failure `program` is null and `errors` holds the
// diagnostics exactly as gc prints them ("x.go:3:5: undefined: foo\n", at
// most ten, then "too many errors").
struct CompileResult {
  std::shared_ptr<const Program> program;
  std::string errors;
  bool ok() const { return program != nullptr; }
};

struct CompileOptions {
  // Loop-variable semantics: false = one variable per iteration (Go >= 1.22,
  // the default); true = one variable per loop, as Go <= 1.21 (-lang=go1.21).
  bool shared_loop_vars = false;
};

// Compile a single file, every *.go file of a directory (package main), or a
// source string given a display name for diagnostics.
CompileResult compile_file(const std::string& path, const CompileOptions& = {});
CompileResult compile_dir(const std::string& dir, const CompileOptions& = {});
CompileResult compile_source(const std::string& name, std::string source, const CompileOptions& = {});

// Human-readable bytecode listing of every function (or only those whose
// name equals or ends with `func_filter`), with source lines.
std::string disassemble(const Program& program, std::string_view func_filter = {});

// Where script output goes. Default: the process's stdout/stderr (stdout is
// buffered inside the Vm and flushed at exit and before stderr writes).
using OutputSink = std::function<void(std::string_view bytes)>;

struct Config {
  OutputSink stdout_sink;  // empty: write to fd 1
  OutputSink stderr_sink;  // empty: write to fd 2
  // os.Args; args[0] is the program name.
  std::vector<std::string> args;
  // Goroutine stack limit in Go-equivalent bytes (Go's default: 1e9). A
  // script that recurses past it dies with "fatal error: stack overflow".
  uint64_t max_stack_bytes = 1'000'000'000;
  // Garbage collector pacing, as Go's GOGC: collect when the heap has grown
  // by this percentage over what the last collection kept (minimum heap
  // 4 MB at 100). Negative: never collect (GOGC=off).
  int gc_percent = 100;
  // GODEBUG=gctrace=1: one line per collection on stderr, in Go's format.
  bool gc_trace = false;
  // Collect at every safepoint that follows an allocation: slow; finds
  // missing GC roots (also forced on by the GOSUB_GC_STRESS build option).
  bool gc_stress = false;
  // -stats: at exit, print allocations by kind, collections and peak heap
  // to stderr.
  bool print_stats = false;
  // After the run, collect once more (only package-level variables are
  // then reachable) and keep the heap figures for Vm::last_heap_stats().
  bool measure_heap_at_exit = false;
};

// Heap figures of a finished run (Config::measure_heap_at_exit).
struct HeapStats {
  uint64_t live_bytes = 0;    // after the final collection
  uint64_t live_objects = 0;
  uint64_t mallocs = 0;       // objects allocated over the run
  uint64_t frees = 0;
  uint64_t total_bytes = 0;   // bytes allocated over the run
  uint64_t peak_bytes = 0;    // largest live heap seen
  uint32_t num_gc = 0;        // collections, the final one included
  // Defer pressure (SPEC §5): allocations made for defers, and how the
  // deferred calls ran.
  uint64_t defer_records = 0;      // heap defer records (deferproc)
  uint64_t defer_closures = 0;     // closures of defer statements' function literals
  uint64_t open_coded_defers_run = 0;
  uint64_t heap_defers_run = 0;
  uint64_t panics = 0;
  uint64_t recovers = 0;
};

// Sets gc_percent from GOGC ("off" or a percentage) and gc_trace from
// GODEBUG (gctrace=1), as the Go runtime reads them. The CLI calls it; a
// host may.
void apply_go_environment(Config& config);

class Vm {
 public:
  explicit Vm(Config config);
  ~Vm();
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  // Runs package initialization and main.main to completion. Returns the
  // exit status Go would: 0, the argument of os.Exit, or 2 after an
  // unrecovered panic or fatal error (whose report went to stderr).
  int run_main(const Program& program);
  // Heap figures of the last run_main when Config::measure_heap_at_exit.
  HeapStats last_heap_stats() const;

  struct Impl;
 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace gosub
