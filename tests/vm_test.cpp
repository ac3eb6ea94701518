// The dispatch loop on hand-assembled bytecode: calls, recursion, integer
// and float arithmetic, runtime errors with Go's text, stack overflow.
#include <gtest/gtest.h>

#include "vm/disasm.h"
#include "vm/vm.h"

using namespace gosub::vm;

namespace {

// Appends a native that prints R[A] as a decimal int64 followed by '\n'.
void print_int(Machine& m, Slot* args) { m.write_stdout(std::to_string(args[0].i) + "\n"); }
void print_float(Machine& m, Slot* args) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f\n", args[0].f);
  m.write_stdout(buf);
}

struct Harness {
  Module module;
  NativeTable natives{{"test.printInt", print_int}, {"test.printFloat", print_float}};
  std::string out, err;

  Function& add(std::string name, uint32_t params, uint32_t results, uint32_t regs) {
    Function f;
    f.name = std::move(name);
    f.file = "x.go";
    f.num_params = params;
    f.num_results = results;
    f.num_registers = regs;
    module.functions.push_back(std::move(f));
    return module.functions.back();
  }
  int run(uint64_t max_stack = 1'000'000'000) {
    module.natives = {{"test.printInt", 1, 0}, {"test.printFloat", 1, 0}};
    RunOptions o;
    o.write_stdout = [this](std::string_view s) { out.append(s); };
    o.write_stderr = [this](std::string_view s) { err.append(s); };
    o.natives = &natives;
    o.max_stack_bytes = max_stack;
    return run_module(module, std::move(o));
  }
};

void emit(Function& f, Instr i, int line = 1) {
  f.code.push_back(i);
  f.lines.push_back(line);
}
// Hand-written pointer map for the safepoint emitted next: these registers
// hold strings (codegen records maps itself; hand-built code must say).
void gc_map(Function& f, std::initializer_list<uint16_t> pointer_regs) {
  auto begin = static_cast<uint32_t>(f.gc_regs.size());
  for (uint16_t r : pointer_regs) f.gc_regs.push_back(static_cast<uint16_t>(r | static_cast<int>(GcSlot::Pointer) << 8));
  f.safepoints.push_back({static_cast<uint32_t>(f.code.size()), begin, static_cast<uint32_t>(f.gc_regs.size())});
}
void emit_branch(Function& f, Opcode op, uint32_t a, uint32_t b, int32_t off, int line = 1) {
  emit(f, make_abc(op, a, b, 0), line);
  emit(f, static_cast<Instr>(off), line);
}

// fib(n) = n < 2 ? n : fib(n-1) + fib(n-2), as codegen would lower it.
void build_fib(Harness& h) {
  Function& fib = h.add("main.fib", 1, 1, 4);   // function 1
  emit_branch(fib, Opcode::JGEI_I64, 0, 2, 1, 3);      // if n >= 2 skip the return
  emit(fib, make_abc(Opcode::RET, 0, 1, 0), 4);         // return n
  emit(fib, make_abc(Opcode::ADDI_I64, 1, 0, static_cast<uint32_t>(-1)), 6);
  emit(fib, make_abx(Opcode::CALL, 1, 1), 6);          // R1 = fib(n-1)
  emit(fib, make_abc(Opcode::ADDI_I64, 2, 0, static_cast<uint32_t>(-2)), 6);
  emit(fib, make_abx(Opcode::CALL, 2, 1), 6);          // R2 = fib(n-2)
  emit(fib, make_abc(Opcode::ADD_I64, 0, 1, 2), 6);
  emit(fib, make_abc(Opcode::RET, 0, 1, 0), 6);
}

}  // namespace

TEST(VmTest, RecursiveFib) {
  Harness h;
  Function& entry = h.add("gosub.entry", 0, 0, 4);  // function 0
  emit(entry, make_asbx(Opcode::LOADI, 0, 20));
  emit(entry, make_abx(Opcode::CALL, 0, 1));
  emit(entry, make_abx(Opcode::CALLN, 0, 0));
  emit(entry, make_abc(Opcode::HALT, 0, 0, 0));
  build_fib(h);
  EXPECT_EQ(h.run(), 0);
  EXPECT_EQ(h.out, "6765\n");
  EXPECT_EQ(h.err, "");
}

TEST(VmTest, CountingLoopWithBackEdge) {
  Harness h;
  Function& entry = h.add("gosub.entry", 0, 0, 4);
  // sum := 0; for i := 0; i < 1000; i++ { sum += i }
  h.module.constants.push_back({gosub::vm::Constant::Kind::Int, Slot{.i = 1000}, {}});
  emit(entry, make_asbx(Opcode::LOADI, 0, 0));   // sum
  emit(entry, make_asbx(Opcode::LOADI, 1, 0));   // i
  emit(entry, make_abx(Opcode::LOADK, 2, 0));    // 1000
  emit(entry, make_sj(Opcode::JMP, 2));          // to the condition
  emit(entry, make_abc(Opcode::ADD_I64, 0, 0, 1));
  emit(entry, make_abc(Opcode::ADDI_I64, 1, 1, 1));
  emit_branch(entry, Opcode::JLT_I64, 1, 2, -4);  // loop while i < 1000
  emit(entry, make_abx(Opcode::CALLN, 0, 0));
  emit(entry, make_abc(Opcode::HALT, 0, 0, 0));
  EXPECT_EQ(h.run(), 0);
  EXPECT_EQ(h.out, "499500\n");
}

TEST(VmTest, NarrowIntegersWrap) {
  Harness h;
  Function& entry = h.add("gosub.entry", 0, 0, 4);
  emit(entry, make_asbx(Opcode::LOADI, 0, 127));
  emit(entry, make_abc(Opcode::ADDI_I64, 0, 0, 1));
  emit(entry, make_abc(Opcode::SEXT8, 0, 0, 0));   // int8(127)+1 == -128
  emit(entry, make_abx(Opcode::CALLN, 0, 0));
  emit(entry, make_asbx(Opcode::LOADI, 0, -1));
  emit(entry, make_abc(Opcode::ZEXT16, 0, 0, 0));  // uint16(0) - 1 == 65535
  emit(entry, make_abx(Opcode::CALLN, 0, 0));
  emit(entry, make_abc(Opcode::HALT, 0, 0, 0));
  EXPECT_EQ(h.run(), 0);
  EXPECT_EQ(h.out, "-128\n65535\n");
}

TEST(VmTest, MinInt64DividedByMinusOneWraps) {
  Harness h;
  Function& entry = h.add("gosub.entry", 0, 0, 4);
  h.module.constants.push_back({gosub::vm::Constant::Kind::Int, Slot{.i = INT64_MIN}, {}});
  emit(entry, make_abx(Opcode::LOADK, 0, 0));
  emit(entry, make_asbx(Opcode::LOADI, 1, -1));
  emit(entry, make_abc(Opcode::DIV_I64, 2, 0, 1));
  emit(entry, make_abx(Opcode::CALLN, 2, 0));
  emit(entry, make_abc(Opcode::REM_I64, 2, 0, 1));
  emit(entry, make_abx(Opcode::CALLN, 2, 0));
  emit(entry, make_abc(Opcode::HALT, 0, 0, 0));
  EXPECT_EQ(h.run(), 0);
  EXPECT_EQ(h.out, "-9223372036854775808\n0\n");
}

TEST(VmTest, FloatArithmeticAndConversion) {
  Harness h;
  Function& entry = h.add("gosub.entry", 0, 0, 4);
  emit(entry, make_asbx(Opcode::LOADF, 0, 7));
  emit(entry, make_asbx(Opcode::LOADF, 1, 2));
  emit(entry, make_abc(Opcode::DIV_F64, 2, 0, 1));
  emit(entry, make_abx(Opcode::CALLN, 2, 1));
  emit(entry, make_abc(Opcode::F64_TO_I64, 3, 2, 0));  // int(3.5) == 3
  emit(entry, make_abx(Opcode::CALLN, 3, 0));
  emit(entry, make_abc(Opcode::HALT, 0, 0, 0));
  EXPECT_EQ(h.run(), 0);
  EXPECT_EQ(h.out, "3.500000\n3\n");
}

TEST(VmTest, DivideByZeroPanicsWithGoTrace) {
  Harness h;
  Function& entry = h.add("gosub.entry", 0, 0, 4);
  emit(entry, make_abx(Opcode::CALL, 0, 1));
  emit(entry, make_abc(Opcode::HALT, 0, 0, 0));
  Function& main = h.add("main.main", 0, 0, 4);
  emit(main, make_asbx(Opcode::LOADI, 0, 1), 5);
  emit(main, make_abc(Opcode::LOADZ, 1, 0, 0), 5);
  emit(main, make_abc(Opcode::DIV_I64, 2, 0, 1), 6);
  emit(main, make_abc(Opcode::RET0, 0, 0, 0), 7);
  EXPECT_EQ(h.run(), 2);
  EXPECT_EQ(h.err,
            "panic: runtime error: integer divide by zero\n"
            "\n"
            "goroutine 1 [running]:\n"
            "main.main()\n"
            "\tx.go:6\n");
}

TEST(VmTest, UnboundedRecursionIsAStackOverflowNotACrash) {
  Harness h;
  Function& entry = h.add("gosub.entry", 0, 0, 4);
  emit(entry, make_abx(Opcode::CALL, 0, 1));
  emit(entry, make_abc(Opcode::HALT, 0, 0, 0));
  Function& f = h.add("main.f", 0, 0, 8);
  emit(f, make_abx(Opcode::CALL, 1, 1), 3);
  emit(f, make_abc(Opcode::RET0, 0, 0, 0), 4);
  EXPECT_EQ(h.run(1 << 20), 2);
  EXPECT_EQ(h.err.substr(0, h.err.find('\n', h.err.find('\n') + 1) + 1),
            "runtime: goroutine stack exceeds 1048576-byte limit\nfatal error: stack overflow\n");
}

TEST(VmTest, StringsConcatIndexAndCompare) {
  Harness h;
  Function& entry = h.add("gosub.entry", 0, 0, 6);
  h.module.constants.push_back({gosub::vm::Constant::Kind::String, Slot{}, "go"});
  h.module.constants.push_back({gosub::vm::Constant::Kind::String, Slot{}, "sub"});
  emit(entry, make_abx(Opcode::LOADK, 0, 0));
  emit(entry, make_abx(Opcode::LOADK, 1, 1));
  gc_map(entry, {0, 1});
  emit(entry, make_abc(Opcode::CONCAT, 2, 0, 1));
  emit(entry, make_abc(Opcode::LEN_STR, 3, 2, 0));
  gc_map(entry, {0, 1, 2});
  emit(entry, make_abx(Opcode::CALLN, 3, 0));        // 5
  emit(entry, make_asbx(Opcode::LOADI, 4, 2));
  emit(entry, make_abc(Opcode::INDEX_STR, 3, 2, 4));
  gc_map(entry, {0, 1, 2});
  emit(entry, make_abx(Opcode::CALLN, 3, 0));        // 's' == 115
  emit(entry, make_abc(Opcode::LT_STR, 3, 0, 1));
  gc_map(entry, {0, 1, 2});
  emit(entry, make_abx(Opcode::CALLN, 3, 0));        // "go" < "sub"
  emit(entry, make_asbx(Opcode::LOADI, 4, 9));
  emit(entry, make_abc(Opcode::INDEX_STR, 3, 2, 4), 12);
  emit(entry, make_abc(Opcode::HALT, 0, 0, 0));
  EXPECT_EQ(h.run(), 2);
  EXPECT_EQ(h.out, "5\n115\n1\n");
  EXPECT_EQ(h.err.substr(0, h.err.find('\n')), "panic: runtime error: index out of range [9] with length 5");
}

TEST(VmTest, PrintlnWritesGoFormatsToStderr) {
  Harness h;
  Function& entry = h.add("gosub.entry", 0, 0, 4);
  // println(1.5, -3, true, "x")
  emit(entry, make_asbx(Opcode::LOADF, 0, 2));
  emit(entry, make_asbx(Opcode::LOADF, 1, 3));
  emit(entry, make_abc(Opcode::DIV_F64, 0, 1, 0));  // 3 / 2 = 1.5
  emit(entry, make_abc(Opcode::PRINT_F64, 0, 0, 0));
  emit(entry, make_abc(Opcode::PRINT_SP, 0, 0, 0));
  emit(entry, make_asbx(Opcode::LOADI, 1, -3));
  emit(entry, make_abc(Opcode::PRINT_I64, 1, 0, 0));
  emit(entry, make_abc(Opcode::PRINT_SP, 0, 0, 0));
  emit(entry, make_asbx(Opcode::LOADI, 1, 1));
  emit(entry, make_abc(Opcode::PRINT_BOOL, 1, 0, 0));
  emit(entry, make_abc(Opcode::PRINT_NL, 0, 0, 0));
  emit(entry, make_abc(Opcode::PRINT_END, 0, 0, 0));
  emit(entry, make_abc(Opcode::HALT, 0, 0, 0));
  EXPECT_EQ(h.run(), 0);
  EXPECT_EQ(h.out, "");
  EXPECT_EQ(h.err, "+1.500000e+000 -3 true\n");
}

TEST(DisasmTest, GoldenFib) {
  Harness h;
  h.add("gosub.entry", 0, 0, 1);
  build_fib(h);
  h.module.natives = {{"test.printInt", 1, 0}};
  EXPECT_EQ(disassemble(h.module, "fib"),
            "func main.fib (x.go): params=1 results=1 registers=4\n"
            "     0     3  JGEI_I64   R0 2 1              ; to 3\n"
            "     2     4  RET        R0 R1\n"
            "     3     6  ADDI_I64   R1 R0 -1\n"
            "     4     6  CALL       R1 1                ; main.fib\n"
            "     5     6  ADDI_I64   R2 R0 -2\n"
            "     6     6  CALL       R2 1                ; main.fib\n"
            "     7     6  ADD_I64    R0 R1 R2\n"
            "     8     6  RET        R0 R1\n");
}

// CALLM's per-site cache: one call site sees its dynamic type change on
// every call and must still dispatch each to its own method; a nil
// interface panics as a nil dereference.
TEST(VmTest, InterfaceCallSiteCacheFollowsTheDynamicType) {
  Harness h;
  h.module.method_names = {"Get func() int"};
  h.module.iface_sites = {0};
  for (auto [name, fn] : {std::pair{"main.A", 1u}, std::pair{"main.B", 2u}}) {
    TypeInfo t;
    t.kind = TypeInfo::Kind::Int;
    t.name = name;
    t.methods = {{0, fn}};
    h.module.types.push_back(t);  // types 1 (A) and 2 (B)
  }
  {
    Function& entry = h.add("gosub.entry", 0, 0, 4);  // function 0
    for (int64_t type : {1, 2, 2, 1, 2, 1, 1}) {
      emit(entry, make_asbx(Opcode::LOADI, 0, static_cast<int32_t>(type)));
      emit(entry, make_asbx(Opcode::LOADI, 1, 10));
      emit(entry, make_abc(Opcode::CALLM, 0, 0, 0));
      emit(entry, 0);  // site 0
      emit(entry, make_abx(Opcode::CALLN, 1, 0));
    }
    emit(entry, make_asbx(Opcode::LOADI, 0, 0));  // a nil interface
    emit(entry, make_abc(Opcode::CALLM, 0, 0, 0));
    emit(entry, 0);
    emit(entry, make_abc(Opcode::HALT, 0, 0, 0));
  }
  {
    Function& a_get = h.add("main.A.Get", 1, 1, 1);  // A.Get: receiver + 1
    emit(a_get, make_abc(Opcode::ADDI_I64, 0, 0, 1));
    emit(a_get, make_abc(Opcode::RET, 0, 1, 0));
  }
  {
    Function& b_get = h.add("main.B.Get", 1, 1, 1);  // B.Get: receiver * 2
    emit(b_get, make_abc(Opcode::ADD_I64, 0, 0, 0));
    emit(b_get, make_abc(Opcode::RET, 0, 1, 0));
  }
  EXPECT_EQ(h.run(), 2);
  EXPECT_EQ(h.out, "11\n20\n20\n11\n20\n11\n11\n");
  EXPECT_NE(h.err.find("panic: runtime error: invalid memory address or nil pointer dereference"), std::string::npos) << h.err;
}
