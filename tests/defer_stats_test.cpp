// Defer pressure as a program and its host see it (SPEC §5, docs/defer.md):
// runtime.ReadMemStats inside the script, and the counters of
// Vm::last_heap_stats(). Real Go agrees on the first two facts
// (testdata/defer/open_coded_*_no_allocs.go, loop_defers_allocate.go);
// the exact counts here are gosub's.
#include <gosub/gosub.h>
#include <gtest/gtest.h>

#include <string>

namespace {

struct ScriptRun {
  std::string out, err;
  int status = 0;
  gosub::HeapStats stats;
};

ScriptRun run(const std::string& src) {
  ScriptRun r;
  gosub::CompileResult c = gosub::compile_source("x.go", src);
  EXPECT_TRUE(c.ok()) << c.errors;
  if (!c.ok()) return r;
  gosub::Config config;
  config.stdout_sink = [&](std::string_view s) { r.out.append(s); };
  config.stderr_sink = [&](std::string_view s) { r.err.append(s); };
  config.measure_heap_at_exit = true;
  gosub::Vm vm(std::move(config));
  r.status = vm.run_main(*c.program);
  r.stats = vm.last_heap_stats();
  return r;
}

// The delta of Mallocs around `body`, printed by the script itself.
std::string mallocs_around(const std::string& decls, const std::string& body) {
  return "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\n" + decls +
         "\nfunc main() {\n\tvar a, b runtime.MemStats\n\truntime.ReadMemStats(&a)\n" + body +
         "\truntime.ReadMemStats(&b)\n\tfmt.Println(b.Mallocs - a.Mallocs)\n}\n";
}

TEST(DeferStatsTest, AnOpenCodedDeferThatCapturesNothingAllocatesNothing) {
  ScriptRun r = run(mallocs_around("var n int\n\nfunc inc() { n++ }\n\nfunc f() {\n\tdefer inc()\n\tn += 2\n}\n",
                             "\tfor i := 0; i < 1000000; i++ {\n\t\tf()\n\t}\n"));
  EXPECT_EQ(r.out, "0\n");
  EXPECT_EQ(r.stats.open_coded_defers_run, 1000000u);
  EXPECT_EQ(r.stats.defer_records, 0u);
  EXPECT_EQ(r.stats.defer_closures, 0u);
}

TEST(DeferStatsTest, ANonCapturingLiteralIsOneStaticClosure) {
  ScriptRun r = run(mallocs_around("var n int\n\nfunc f() {\n\tdefer func() { n++ }()\n}\n",
                             "\tfor i := 0; i < 1000000; i++ {\n\t\tf()\n\t}\n"));
  EXPECT_EQ(r.out, "0\n");
  EXPECT_EQ(r.stats.defer_closures, 0u);
}

TEST(DeferStatsTest, LoopDefersCostOneRecordEach) {
  ScriptRun r = run(mallocs_around("var n int\n\nfunc bump(i int) { n += i }\n\nfunc f(k int) {\n\tfor i := 0; i < k; i++ {\n\t\tdefer bump(i)\n\t}\n}\n",
                             "\tf(1000)\n"));
  EXPECT_EQ(r.out, "1000\n");
  EXPECT_EQ(r.stats.defer_records, 1000u);
  EXPECT_EQ(r.stats.heap_defers_run, 1000u);
  EXPECT_EQ(r.stats.open_coded_defers_run, 0u);
}

TEST(DeferStatsTest, CapturingDeferClosuresAreCountedAsSuch) {
  ScriptRun r = run("package main\n\nfunc f(x int) (r int) {\n\tdefer func() { r += x }()\n\treturn x\n}\n\n"
              "func main() {\n\ts := 0\n\tfor i := 0; i < 100; i++ {\n\t\ts += f(i)\n\t}\n\tprintln(s)\n}\n");
  EXPECT_EQ(r.err, "9900\n");
  EXPECT_EQ(r.stats.defer_closures, 100u);
  EXPECT_EQ(r.stats.open_coded_defers_run, 100u);
}

TEST(DeferStatsTest, PanicsAndRecoversAreCounted) {
  ScriptRun r = run("package main\n\nfunc f() {\n\tdefer func() { recover() }()\n\tpanic(1)\n}\n\n"
              "func main() {\n\tfor i := 0; i < 10; i++ {\n\t\tf()\n\t}\n\tdefer func() {}()\n\tpanic(\"out\")\n}\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.stats.panics, 11u);
  EXPECT_EQ(r.stats.recovers, 10u);
  EXPECT_EQ(r.err.rfind("panic: out\n\ngoroutine 1 [running]:\nmain.main()\n\tx.go:", 0), 0u) << r.err;
}

}  // namespace
