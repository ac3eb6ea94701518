// fmt/strconv formatting primitives and the printer, on values built by
// hand (the testdata suite covers the same paths through real programs).
#include <gtest/gtest.h>

#include "stdlib/format.h"

namespace gosub::stdlib {
namespace {

TEST(FormatFloat, HexMantissaAndExponent) {
  EXPECT_EQ(format_float(1.0, 'x', -1, 64), "0x1p+00");
  EXPECT_EQ(format_float(-3.5, 'X', -1, 64), "-0X1.CP+01");
  EXPECT_EQ(format_float(1.0 / 3, 'x', 3, 64), "0x1.555p-02");
  EXPECT_EQ(format_float(0.0, 'x', -1, 64), "0x0p+00");
  EXPECT_EQ(format_float(1.0, 'x', 2, 64), "0x1.00p+00");
}

TEST(FormatFloat, ShortestAndFixed) {
  EXPECT_EQ(format_float(1e21, 'g', -1, 64), "1e+21");
  EXPECT_EQ(format_float(0.000012, 'g', -1, 64), "1.2e-05");
  EXPECT_EQ(format_float(3.14159, 'f', 2, 64), "3.14");
  EXPECT_EQ(format_float(0.1f, 'g', -1, 32), "0.1");
}

TEST(Quote, EscapesLikeStrconv) {
  EXPECT_EQ(quote("a\"b\\\n"), "\"a\\\"b\\\\\\n\"");
  EXPECT_EQ(quote("\xff"), "\"\\xff\"");
  EXPECT_EQ(quote("héllo, 世界"), "\"héllo, 世界\"");
  EXPECT_EQ(quote("\x7f\u00ad"), "\"\\x7f\\u00ad\"");
  EXPECT_EQ(quote_rune('\''), "'\\''");
  EXPECT_EQ(quote_rune(0x1F600), "'\U0001F600'");
  EXPECT_EQ(quote_rune(-1), "'\xef\xbf\xbd'");
  EXPECT_TRUE(can_backquote("plain text"));
  EXPECT_FALSE(can_backquote("back`quote"));
  EXPECT_FALSE(can_backquote("new\nline"));
}

class PrinterTest : public ::testing::Test {
 protected:
  PrinterTest() {
    vm::TypeInfo i;
    i.kind = vm::TypeInfo::Kind::Int;
    i.name = "int";
    module_.types.push_back(i);  // 1
    vm::TypeInfo s;
    s.kind = vm::TypeInfo::Kind::String;
    s.name = "string";
    module_.types.push_back(s);  // 2
    vm::RunOptions o;
    o.write_stdout = [](std::string_view) {};
    o.write_stderr = [](std::string_view) {};
    machine_ = std::make_unique<vm::Machine>(module_, std::move(o));
  }
  Value integer(int64_t v) { return Value{&machine_->type_info(1), vm::Slot{.i = v}}; }
  Value str(std::string_view v) { return Value{&machine_->type_info(2), vm::Slot{.p = machine_->heap().new_string(v)}}; }
  Value nil() { return Value{&machine_->type_info(0), vm::Slot{}}; }

  vm::Module module_;
  std::unique_ptr<vm::Machine> machine_;
};

TEST_F(PrinterTest, PrintSpacing) {
  EXPECT_EQ(sprint(*machine_, {integer(1), integer(2), str("a"), integer(3)}, false), "1 2a3");
  EXPECT_EQ(sprint(*machine_, {integer(1), str("a"), nil()}, true), "1 a <nil>\n");
}

TEST_F(PrinterTest, VerbsFlagsAndIndexes) {
  EXPECT_EQ(sprintf(*machine_, "%05d|%-4d|%+d|%x|%#o|%O", {integer(-42), integer(7), integer(3), integer(255), integer(8), integer(8)}),
            "-0042|7   |+3|ff|010|0o10");
  EXPECT_EQ(sprintf(*machine_, "%[2]s %[1]s", {str("world"), str("hello")}), "hello world");
  EXPECT_EQ(sprintf(*machine_, "%*d|%.*d", {integer(4), integer(1), integer(3), integer(2)}), "   1|002");
  EXPECT_EQ(sprintf(*machine_, "%q %x % X", {str("hi\n"), str("hi"), str("hi")}), "\"hi\\n\" 6869 68 69");
}

TEST_F(PrinterTest, ErrorForms) {
  EXPECT_EQ(sprintf(*machine_, "%d %d", {integer(1)}), "1 %!d(MISSING)");
  EXPECT_EQ(sprintf(*machine_, "%d", {integer(1), str("x")}), "1%!(EXTRA string=x)");
  EXPECT_EQ(sprintf(*machine_, "%s", {integer(5)}), "%!s(int=5)");
  EXPECT_EQ(sprintf(*machine_, "%4s", {integer(5)}), "%!s(int=   5)");
  EXPECT_EQ(sprintf(*machine_, "%[3]d", {integer(5)}), "%!d(BADINDEX)");
  EXPECT_EQ(sprintf(*machine_, "%d", {nil()}), "%!d(<nil>)");
  EXPECT_EQ(sprintf(*machine_, "100%", {}), "100%!(NOVERB)");
}

}  // namespace
}  // namespace gosub::stdlib
