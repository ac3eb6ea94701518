// The defer lowering decision (compiler/defer_plan.h) and what it compiles
// to: unit tests of the plan, and golden disassembly of both paths
// (tests/golden/defer_*.disasm; GOSUB_UPDATE_GOLDEN=1 rewrites them).
#include <gosub/gosub.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "compiler/defer_plan.h"
#include "frontend/diagnostics.h"
#include "frontend/parse.h"

using namespace gosub;

namespace {

// Plans the body of function `name` in `src` (a file body after "package main").
DeferPlan plan_of(const std::string& src, std::string_view name) {
  static SourceSet sources;  // the AST points into it
  static ast::Arena arena;
  Diagnostics diags(sources);
  int32_t id = sources.add("x.go", "package main\n\n" + src);
  ast::File* file = parse_file(sources, id, arena, diags);
  EXPECT_FALSE(diags.has_errors());
  for (ast::Decl* d : file->decls)
    if (auto* fd = ast::as<ast::FuncDecl>(d); fd && fd->name->name == name) return plan_defers(fd->body);
  ADD_FAILURE() << "no func " << name;
  return {};
}

TEST(DeferPlanTest, StraightLineDefersAreOpenCoded) {
  DeferPlan p = plan_of("func f() {\n\tdefer a()\n\tif x {\n\t\tdefer b()\n\t}\n\treturn\n}\n", "f");
  EXPECT_EQ(p.defers.size(), 2u);
  EXPECT_EQ(p.returns, 1);
  EXPECT_FALSE(p.in_loop);
  EXPECT_TRUE(p.open_coded);
}

TEST(DeferPlanTest, ADeferInALoopSendsEveryDeferToTheHeap) {
  DeferPlan p = plan_of("func f() {\n\tdefer a()\n\tfor i := 0; i < 3; i++ {\n\t\tdefer b()\n\t}\n}\n", "f");
  EXPECT_EQ(p.defers.size(), 2u);
  EXPECT_TRUE(p.in_loop);
  EXPECT_FALSE(p.open_coded);
  EXPECT_STREQ(p.reason, "a defer in a loop");
  EXPECT_FALSE(plan_of("func f() {\n\tfor _, x := range xs {\n\t\tdefer b(x)\n\t}\n}\n", "f").open_coded);
}

TEST(DeferPlanTest, GotoBackwardsMakesALoop) {
  EXPECT_FALSE(plan_of("func f() {\nagain:\n\tdefer a()\n\tif x {\n\t\tgoto again\n\t}\n}\n", "f").open_coded);
  // A forward goto does not loop.
  EXPECT_TRUE(plan_of("func f() {\n\tgoto done\ndone:\n\tdefer a()\n}\n", "f").open_coded);
}

TEST(DeferPlanTest, GcLimits) {
  std::string eight, nine;
  for (int i = 0; i < 8; i++) eight += "\tdefer a()\n";
  nine = eight + "\tdefer a()\n";
  EXPECT_TRUE(plan_of("func f() {\n" + eight + "}\n", "f").open_coded);
  DeferPlan p = plan_of("func f() {\n" + nine + "}\n", "f");
  EXPECT_FALSE(p.open_coded);
  EXPECT_STREQ(p.reason, "more than 8 defers");
  // returns x defers: 5 x 3 = 15 is fine, 4 x 4 = 16 is not.
  std::string three = "\tdefer a()\n\tdefer a()\n\tdefer a()\n";
  std::string returns5 = "\tif x {\n\t\treturn\n\t}\n\tif x {\n\t\treturn\n\t}\n\tif x {\n\t\treturn\n\t}\n\tif x {\n\t\treturn\n\t}\n\treturn\n";
  EXPECT_TRUE(plan_of("func f() {\n" + three + returns5 + "}\n", "f").open_coded);
  std::string four = three + "\tdefer a()\n";
  std::string returns4 = "\tif x {\n\t\treturn\n\t}\n\tif x {\n\t\treturn\n\t}\n\tif x {\n\t\treturn\n\t}\n\treturn\n";
  p = plan_of("func f() {\n" + four + returns4 + "}\n", "f");
  EXPECT_FALSE(p.open_coded);
  EXPECT_STREQ(p.reason, "returns x defers > 15");
}

TEST(DeferPlanTest, FunctionLiteralsArePlannedOnTheirOwn) {
  // The literal's loop defer does not touch f's plan, nor its defers count.
  DeferPlan p = plan_of("func f() {\n\tdefer a()\n\tg := func() {\n\t\tfor {\n\t\t\tdefer b()\n\t\t}\n\t}\n\t_ = g\n}\n", "f");
  EXPECT_EQ(p.defers.size(), 1u);
  EXPECT_TRUE(p.open_coded);
}

// --- golden disassembly

const char* kProgram = R"(package main

import "fmt"

type mutex struct{ held bool }

func (m *mutex) Lock()   { m.held = true }
func (m *mutex) Unlock() { m.held = false }

var mu mutex

// Open-coded: the receiver waits in the frame, a bit is set, the exit runs it.
func locked(x int) (r int) {
	mu.Lock()
	defer mu.Unlock()
	defer func() { r *= 2 }()
	return x + 1
}

// deferproc / deferreturn: a heap record per iteration.
func piles(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println(i)
	}
}

// Mixed: the defer outside the loop goes to the heap path too, because gc
// decides per function.
func mixed(n int) {
	defer fmt.Println("first")
	for i := 0; i < n; i++ {
		defer fmt.Println(i)
	}
}

func main() {
	fmt.Println(locked(1))
	piles(2)
	mixed(1)
}
)";

void check_golden(const std::string& func) {
  CompileResult r = compile_source("defer.go", kProgram);
  ASSERT_TRUE(r.ok()) << r.errors;
  std::string got = disassemble(*r.program, func);
  std::string path = std::string(GOSUB_SOURCE_DIR) + "/tests/golden/defer_" + func + ".disasm";
  if (std::getenv("GOSUB_UPDATE_GOLDEN")) {
    std::ofstream(path) << got;
    return;
  }
  std::ifstream in(path);
  ASSERT_TRUE(in) << "missing " << path << " (GOSUB_UPDATE_GOLDEN=1 writes it)";
  std::stringstream want;
  want << in.rdbuf();
  EXPECT_EQ(got, want.str());
}

TEST(DeferDisasmTest, OpenCoded) { check_golden("locked"); }
TEST(DeferDisasmTest, HeapRecords) { check_golden("piles"); }
TEST(DeferDisasmTest, MixedFunctionTakesTheHeapPath) { check_golden("mixed"); }

TEST(DeferDisasmTest, ThePathsAreNamed) {
  CompileResult r = compile_source("defer.go", kProgram);
  ASSERT_TRUE(r.ok()) << r.errors;
  std::string locked = disassemble(*r.program, "locked");
  EXPECT_NE(locked.find("open-coded, bit 0"), std::string::npos);
  EXPECT_NE(locked.find("RUNDEFERBIT"), std::string::npos);
  EXPECT_EQ(locked.find("DEFERPROC"), std::string::npos);
  std::string mixed = disassemble(*r.program, "mixed");
  EXPECT_EQ(mixed.find("open-coded"), std::string::npos);
  EXPECT_NE(mixed.find("DEFERRETURN"), std::string::npos);
}

}  // namespace
