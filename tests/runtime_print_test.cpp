// Builtin print/println formatting. Expected strings are what Go 1.19's
// println printed for the same values (go run of the equivalent program).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "runtime/print.h"

using namespace gosub::rt;

namespace {
std::string f(double v) {
  std::string s;
  print_float(s, v);
  return s;
}
}  // namespace

TEST(RuntimePrintTest, FloatsMatchGo) {
  EXPECT_EQ(f(1.5), "+1.500000e+000");
  EXPECT_EQ(f(0.0), "+0.000000e+000");
  EXPECT_EQ(f(-0.0), "-0.000000e+000");
  EXPECT_EQ(f(1e100), "+1.000000e+100");
  EXPECT_EQ(f(-2.5e-7), "-2.500000e-007");
  EXPECT_EQ(f(123456789.0), "+1.234568e+008");
  EXPECT_EQ(f(9.9999999), "+1.000000e+001");
  EXPECT_EQ(f(std::nan("")), "NaN");
  EXPECT_EQ(f(std::numeric_limits<double>::infinity()), "+Inf");
  EXPECT_EQ(f(-std::numeric_limits<double>::infinity()), "-Inf");
  EXPECT_EQ(f(1e-320), "+9.999889e-321");
  EXPECT_EQ(f(static_cast<double>(0.1f)), "+1.000000e-001");
}

TEST(RuntimePrintTest, IntegersAndBools) {
  std::string s;
  print_int(s, -5);
  s += ' ';
  print_uint(s, 18446744073709551615ull);
  s += ' ';
  print_int(s, std::numeric_limits<int64_t>::min());
  s += ' ';
  print_bool(s, true);
  s += ' ';
  print_bool(s, false);
  s += ' ';
  print_hex(s, 0xc000012345);
  EXPECT_EQ(s, "-5 18446744073709551615 -9223372036854775808 true false 0xc000012345");
}
