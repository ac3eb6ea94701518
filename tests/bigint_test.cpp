// Exact constant arithmetic. Expected values are what Go 1.19 printed for
// the same constant expressions (fmt.Println of untyped constants).
#include <gtest/gtest.h>

#include "compiler/bigint.h"

using gosub::types::BigInt;
using gosub::types::BigRat;

namespace {
BigInt I(int64_t v) { return BigInt(v); }
BigInt big100() { return BigInt(1).shl(100); }
BigInt div(const BigInt& a, const BigInt& b) {
  BigInt q, r;
  BigInt::divmod(a, b, q, r);
  return q;
}
BigInt rem(const BigInt& a, const BigInt& b) {
  BigInt q, r;
  BigInt::divmod(a, b, q, r);
  return r;
}
}  // namespace

TEST(BigIntTest, HugeIntermediatesFoldExactly) {
  EXPECT_EQ(big100().shr(98).to_string(), "4");
  EXPECT_EQ(rem(big100(), I(1000007)).to_string(), "698635");
  EXPECT_EQ(big100().to_string(), "1267650600228229401496703205376");
  EXPECT_FALSE(big100().fits_int64());
  EXPECT_EQ(big100().to_double(), 1.2676506002282294e+30);
}

TEST(BigIntTest, TruncatedDivisionAndFloorShiftLikeGo) {
  EXPECT_EQ(div(I(-7), I(2)).to_string(), "-3");
  EXPECT_EQ(rem(I(-7), I(2)).to_string(), "-1");
  EXPECT_EQ(I(-7).shr(1).to_string(), "-4");
  EXPECT_EQ(I(-1).shr(10).to_string(), "-1");
}

TEST(BigIntTest, BitwiseOnTwosComplement) {
  EXPECT_EQ(I(5).and_not(I(3)).to_string(), "4");
  EXPECT_EQ((I(-6) & I(5)).to_string(), "0");
  EXPECT_EQ((I(-6) | I(5)).to_string(), "-1");
  EXPECT_EQ((I(-6) ^ I(5)).to_string(), "-1");
  EXPECT_EQ(I(5).bit_not().to_string(), "-6");
}

TEST(BigIntTest, Int64Boundaries) {
  BigInt min = -BigInt(1).shl(63);
  EXPECT_TRUE(min.fits_int64());
  EXPECT_EQ(min.to_int64(), INT64_MIN);
  EXPECT_FALSE((min - I(1)).fits_int64());
  BigInt max_u = BigInt(1).shl(64) - I(1);
  EXPECT_TRUE(max_u.fits_uint64());
  EXPECT_FALSE(max_u.fits_int64());
  EXPECT_EQ(max_u.to_uint64(), UINT64_MAX);
  EXPECT_EQ(I(-1).to_uint64(), UINT64_MAX);
}

TEST(BigIntTest, ParsesGoIntegerLiterals) {
  EXPECT_EQ(BigInt::parse("1_000_000")->to_string(), "1000000");
  EXPECT_EQ(BigInt::parse("0x_FF")->to_string(), "255");
  EXPECT_EQ(BigInt::parse("0o17")->to_string(), "15");
  EXPECT_EQ(BigInt::parse("017")->to_string(), "15");
  EXPECT_EQ(BigInt::parse("0b1011")->to_string(), "11");
  EXPECT_EQ(BigInt::parse("0")->to_string(), "0");
  EXPECT_FALSE(BigInt::parse("09").has_value());
  EXPECT_FALSE(BigInt::parse("0x").has_value());
}

TEST(BigRatTest, UntypedFloatConstantsAreExact) {
  BigRat a = *BigRat::parse("0.1"), b = *BigRat::parse("0.2"), c = *BigRat::parse("0.3");
  EXPECT_EQ(compare(a + b, c), 0);  // Go: 0.1+0.2 == 0.3 is true for constants
  EXPECT_EQ((*BigRat::parse("1e300") * *BigRat::parse("1e-300")).to_double(), 1.0);
  EXPECT_EQ((BigRat(1) / BigRat(3)).to_double(), 0.3333333333333333);
  EXPECT_EQ(BigRat::parse("0x1p-2")->to_double(), 0.25);
  EXPECT_EQ(BigRat::parse("1e-320")->to_double(), 1e-320);
  EXPECT_EQ((*BigRat::parse("123456789012345678901234567890.0") / *BigRat::parse("1e20")).to_double(),
            1.2345678901234567e+09);
}

TEST(BigRatTest, RoundsToNearestEven) {
  EXPECT_EQ(BigRat::parse("18446744073709551615.0")->to_double(), 1.8446744073709552e+19);
  EXPECT_EQ(BigRat::parse("9007199254740993.0")->to_double(), 9.007199254740992e+15);
  EXPECT_EQ(BigRat::parse("1_000.5")->to_double(), 1000.5);
}

TEST(BigRatTest, FromDoubleRoundTrips) {
  for (double d : {0.1, -2.5, 1e300, 5e-324, 123456.789}) EXPECT_EQ(BigRat::from_double(d).to_double(), d);
}
