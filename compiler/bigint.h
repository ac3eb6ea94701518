// Exact integers and rationals for untyped constants. Go requires integer
// constants of at least 256 bits and exact arithmetic on untyped floats as
// long as it stays in range; these give both (go/constant uses big.Int and
// big.Rat the same way).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gosub::types {

class BigInt {
 public:
  BigInt() = default;
  BigInt(int64_t v);  // NOLINT(google-explicit-constructor): constants are built from literals
  static BigInt from_u64(uint64_t v);
  // Parses a Go integer literal: decimal, 0x, 0o/0 octal, 0b, with '_'.
  static std::optional<BigInt> parse(std::string_view literal);

  bool is_zero() const { return mag_.empty(); }
  bool negative() const { return neg_; }
  int sign() const { return is_zero() ? 0 : neg_ ? -1 : 1; }
  size_t bit_length() const;  // of the magnitude

  bool fits_int64() const;
  bool fits_uint64() const;
  int64_t to_int64() const;    // two's-complement truncation
  uint64_t to_uint64() const;  // two's-complement truncation
  double to_double() const;    // nearest, ties to even
  std::string to_string() const;

  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  BigInt operator-() const;
  // Truncated division, as Go's / and % on integers. b must be non-zero.
  static void divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  BigInt shl(size_t n) const;
  BigInt shr(size_t n) const;  // arithmetic: rounds toward negative infinity
  // Bitwise operators with infinite two's-complement semantics.
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt and_not(const BigInt& b) const;
  BigInt bit_not() const { return -*this - BigInt(1); }

  friend int compare(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return compare(a, b) == 0; }
  friend bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }

 private:
  static int compare_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> add_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static std::vector<uint32_t> sub_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);  // |a| >= |b|
  static uint32_t divmod_small(std::vector<uint32_t>& a, uint32_t d);  // in place, returns remainder
  void trim();
  // Two's-complement words of this value, sign-extended to n words.
  std::vector<uint32_t> twos(size_t n) const;
  static BigInt from_twos(const std::vector<uint32_t>& w);
  template <class Op>
  static BigInt bitwise(const BigInt& a, const BigInt& b, Op op);

  bool neg_ = false;
  std::vector<uint32_t> mag_;  // little-endian magnitude, no leading zero words
};

// An exact rational num/den with den > 0 and gcd(num, den) == 1.
class BigRat {
 public:
  BigRat() : num_(0), den_(1) {}
  BigRat(BigInt n, BigInt d = BigInt(1));  // NOLINT(google-explicit-constructor)
  // Parses a Go decimal or hexadecimal floating-point literal (with '_').
  static std::optional<BigRat> parse(std::string_view literal);
  static BigRat from_double(double d);  // d must be finite

  const BigInt& num() const { return num_; }
  const BigInt& den() const { return den_; }
  bool is_integer() const { return den_ == BigInt(1); }
  int sign() const { return num_.sign(); }
  double to_double() const;  // nearest, ties to even; may overflow to inf
  float to_float() const;    // nearest float32
  // Go's %g-like constant formatting for messages ("1e+100", "0.1").
  std::string to_string() const;

  friend BigRat operator+(const BigRat& a, const BigRat& b);
  friend BigRat operator-(const BigRat& a, const BigRat& b);
  friend BigRat operator*(const BigRat& a, const BigRat& b);
  friend BigRat operator/(const BigRat& a, const BigRat& b);  // b non-zero
  BigRat operator-() const { return BigRat(-num_, den_); }
  friend int compare(const BigRat& a, const BigRat& b);

 private:
  BigInt num_, den_;
};

}  // namespace gosub::types
