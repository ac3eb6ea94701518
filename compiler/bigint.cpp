#include "compiler/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gosub::types {

// ------------------------------------------------------------ BigInt

BigInt::BigInt(int64_t v) {
  neg_ = v < 0;
  uint64_t m = neg_ ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  while (m) {
    mag_.push_back(static_cast<uint32_t>(m));
    m >>= 32;
  }
}

BigInt BigInt::from_u64(uint64_t v) {
  BigInt r;
  while (v) {
    r.mag_.push_back(static_cast<uint32_t>(v));
    v >>= 32;
  }
  return r;
}

void BigInt::trim() {
  while (!mag_.empty() && mag_.back() == 0) mag_.pop_back();
  if (mag_.empty()) neg_ = false;
}

std::optional<BigInt> BigInt::parse(std::string_view s) {
  int base = 10;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    if (p == 'x') base = 16, s.remove_prefix(2);
    else if (p == 'o') base = 8, s.remove_prefix(2);
    else if (p == 'b') base = 2, s.remove_prefix(2);
    else base = 8, s.remove_prefix(1);  // legacy octal 0777
  }
  BigInt r;
  bool any = false;
  for (char c : s) {
    if (c == '_') continue;
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
    else return std::nullopt;
    if (d >= base) return std::nullopt;
    // r = r * base + d
    uint64_t carry = static_cast<uint64_t>(d);
    for (uint32_t& w : r.mag_) {
      uint64_t t = static_cast<uint64_t>(w) * static_cast<uint64_t>(base) + carry;
      w = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry) r.mag_.push_back(static_cast<uint32_t>(carry));
    any = true;
  }
  if (!any && base != 8) return std::nullopt;
  r.trim();
  return r;
}

size_t BigInt::bit_length() const {
  if (mag_.empty()) return 0;
  uint32_t top = mag_.back();
  size_t bits = 0;
  while (top) bits++, top >>= 1;
  return (mag_.size() - 1) * 32 + bits;
}

bool BigInt::fits_int64() const {
  if (bit_length() < 64) return true;
  // Only -2^63 has 64 magnitude bits and fits.
  return neg_ && bit_length() == 64 && mag_[0] == 0 && mag_[1] == 0x80000000u;
}

bool BigInt::fits_uint64() const { return !neg_ && bit_length() <= 64; }

uint64_t BigInt::to_uint64() const {
  uint64_t m = 0;
  if (!mag_.empty()) m = mag_[0];
  if (mag_.size() > 1) m |= static_cast<uint64_t>(mag_[1]) << 32;
  return neg_ ? 0 - m : m;
}

int64_t BigInt::to_int64() const { return static_cast<int64_t>(to_uint64()); }

double BigInt::to_double() const { return BigRat(*this).to_double(); }

std::string BigInt::to_string() const {
  if (mag_.empty()) return "0";
  std::vector<uint32_t> m = mag_;
  std::string digits;
  while (!m.empty()) {
    uint32_t rem = divmod_small(m, 1000000000u);
    char buf[16];
    std::snprintf(buf, sizeof buf, m.empty() ? "%u" : "%09u", rem);
    std::string chunk = buf;
    digits.insert(0, chunk);
  }
  return neg_ ? "-" + digits : digits;
}

int BigInt::compare_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

std::vector<uint32_t> BigInt::add_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> r(std::max(a.size(), b.size()) + 1, 0);
  uint64_t carry = 0;
  for (size_t i = 0; i < r.size(); i++) {
    uint64_t t = carry;
    if (i < a.size()) t += a[i];
    if (i < b.size()) t += b[i];
    r[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  return r;
}

std::vector<uint32_t> BigInt::sub_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> r(a.size(), 0);
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); i++) {
    int64_t t = static_cast<int64_t>(a[i]) - borrow - (i < b.size() ? static_cast<int64_t>(b[i]) : 0);
    borrow = t < 0;
    r[i] = static_cast<uint32_t>(t + (borrow << 32));
  }
  return r;
}

uint32_t BigInt::divmod_small(std::vector<uint32_t>& a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = rem << 32 | a[i];
    a[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  while (!a.empty() && a.back() == 0) a.pop_back();
  return static_cast<uint32_t>(rem);
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg_ == b.neg_) {
    r.mag_ = BigInt::add_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else if (BigInt::compare_mag(a.mag_, b.mag_) >= 0) {
    r.mag_ = BigInt::sub_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else {
    r.mag_ = BigInt::sub_mag(b.mag_, a.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.mag_.empty() || b.mag_.empty()) return r;
  r.mag_.assign(a.mag_.size() + b.mag_.size(), 0);
  for (size_t i = 0; i < a.mag_.size(); i++) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.mag_.size(); j++) {
      uint64_t t = static_cast<uint64_t>(a.mag_[i]) * b.mag_[j] + r.mag_[i + j] + carry;
      r.mag_[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r.mag_[i + b.mag_.size()] = static_cast<uint32_t>(carry);
  }
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  // Schoolbook binary long division on magnitudes: constants are small
  // (hundreds of bits), so simplicity beats speed here.
  BigInt quotient, rem;
  size_t bits = a.bit_length();
  BigInt divisor = b;
  divisor.neg_ = false;
  for (size_t i = bits; i-- > 0;) {
    rem = rem.shl(1);
    if (a.mag_[i / 32] >> (i % 32) & 1) {
      if (rem.mag_.empty()) rem.mag_.push_back(0);
      rem.mag_[0] |= 1;
    }
    if (compare_mag(rem.mag_, divisor.mag_) >= 0) {
      rem.mag_ = sub_mag(rem.mag_, divisor.mag_);
      rem.trim();
      if (quotient.mag_.size() <= i / 32) quotient.mag_.resize(i / 32 + 1, 0);
      quotient.mag_[i / 32] |= 1u << (i % 32);
    }
  }
  quotient.neg_ = a.neg_ != b.neg_;
  quotient.trim();
  rem.neg_ = a.neg_;
  rem.trim();
  q = quotient;
  r = rem;
}

BigInt BigInt::shl(size_t n) const {
  if (mag_.empty()) return *this;
  BigInt r;
  r.neg_ = neg_;
  size_t words = n / 32, bits = n % 32;
  r.mag_.assign(words, 0);
  uint32_t carry = 0;
  for (uint32_t w : mag_) {
    r.mag_.push_back(bits ? (w << bits | carry) : w);
    carry = bits ? w >> (32 - bits) : 0;
  }
  if (carry) r.mag_.push_back(carry);
  r.trim();
  return r;
}

BigInt BigInt::shr(size_t n) const {
  // Floor semantics for negatives: -((|x| - 1) >> n) - 1.
  if (neg_) return -((-*this - BigInt(1)).shr(n)) - BigInt(1);
  BigInt r;
  size_t words = n / 32, bits = n % 32;
  if (words >= mag_.size()) return r;
  for (size_t i = words; i < mag_.size(); i++) {
    uint64_t cur = mag_[i];
    if (i + 1 < mag_.size()) cur |= static_cast<uint64_t>(mag_[i + 1]) << 32;
    r.mag_.push_back(static_cast<uint32_t>(cur >> bits));
  }
  r.trim();
  return r;
}

std::vector<uint32_t> BigInt::twos(size_t n) const {
  std::vector<uint32_t> w(n, 0);
  for (size_t i = 0; i < mag_.size() && i < n; i++) w[i] = mag_[i];
  if (neg_) {
    uint64_t carry = 1;
    for (uint32_t& x : w) {
      uint64_t t = static_cast<uint64_t>(~x) + carry;
      x = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  return w;
}

BigInt BigInt::from_twos(const std::vector<uint32_t>& w) {
  BigInt r;
  bool negative = !w.empty() && (w.back() & 0x80000000u);
  r.mag_ = w;
  if (negative) {
    uint64_t carry = 1;
    for (uint32_t& x : r.mag_) {
      uint64_t t = static_cast<uint64_t>(~x) + carry;
      x = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  r.neg_ = negative;
  r.trim();
  return r;
}

template <class Op>
BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, Op op) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;  // room for the sign
  std::vector<uint32_t> x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; i++) x[i] = op(x[i], y[i]);
  return from_twos(x);
}

BigInt operator&(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; }); }
BigInt operator|(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; }); }
BigInt operator^(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; }); }
BigInt BigInt::and_not(const BigInt& b) const { return bitwise(*this, b, [](uint32_t x, uint32_t y) { return x & ~y; }); }

int compare(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = BigInt::compare_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

// ------------------------------------------------------------ BigRat

namespace {
BigInt gcd(BigInt a, BigInt b) {
  if (a.negative()) a = -a;
  if (b.negative()) b = -b;
  while (!b.is_zero()) {
    BigInt q, r;
    BigInt::divmod(a, b, q, r);
    a = b;
    b = r;
  }
  return a;
}
BigInt pow10(int n) {
  BigInt r(1);
  for (int i = 0; i < n; i++) r = r * BigInt(10);
  return r;
}
}  // namespace

BigRat::BigRat(BigInt n, BigInt d) : num_(std::move(n)), den_(std::move(d)) {
  if (den_.negative()) {
    num_ = -num_;
    den_ = -den_;
  }
  BigInt g = gcd(num_, den_);
  if (!g.is_zero() && !(g == BigInt(1))) {
    BigInt q, r;
    BigInt::divmod(num_, g, q, r);
    num_ = q;
    BigInt::divmod(den_, g, q, r);
    den_ = q;
  }
}

std::optional<BigRat> BigRat::parse(std::string_view s) {
  std::string digits;
  bool hex = s.size() > 2 && s[0] == '0' && (s[1] | 0x20) == 'x';
  if (hex) s.remove_prefix(2);
  int frac_digits = 0;
  bool seen_dot = false;
  size_t i = 0;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') continue;
    if (c == '.') {
      if (seen_dot) return std::nullopt;
      seen_dot = true;
      continue;
    }
    char lc = static_cast<char>(c | 0x20);
    if ((!hex && lc == 'e') || (hex && lc == 'p')) break;
    bool ok = (c >= '0' && c <= '9') || (hex && lc >= 'a' && lc <= 'f');
    if (!ok) return std::nullopt;
    digits += c;
    if (seen_dot) frac_digits++;
  }
  long exp = 0;
  if (i < s.size()) {
    std::string e(s.substr(i + 1));
    std::erase(e, '_');
    if (e.empty()) return std::nullopt;
    char* end = nullptr;
    exp = std::strtol(e.c_str(), &end, 10);
    if (*end) return std::nullopt;
    if (exp > 100000 || exp < -100000) return std::nullopt;  // far beyond any representable constant
  }
  if (digits.empty()) digits = "0";
  // Leading zeros would read as a legacy octal prefix.
  size_t first = digits.find_first_not_of('0');
  std::string mantissa = first == std::string::npos ? "0" : digits.substr(first);
  auto mant = BigInt::parse(hex ? "0x" + digits : mantissa);
  if (!mant) return std::nullopt;
  if (hex) {
    long e2 = exp - 4L * frac_digits;
    return e2 >= 0 ? BigRat(mant->shl(static_cast<size_t>(e2))) : BigRat(*mant, BigInt(1).shl(static_cast<size_t>(-e2)));
  }
  long e10 = exp - frac_digits;
  return e10 >= 0 ? BigRat(*mant * pow10(static_cast<int>(e10))) : BigRat(*mant, pow10(static_cast<int>(-e10)));
}

BigRat BigRat::from_double(double d) {
  int e = 0;
  double m = std::frexp(d, &e);  // d = m * 2^e, 0.5 <= |m| < 1
  auto mi = static_cast<int64_t>(std::ldexp(m, 53));
  e -= 53;
  BigInt n(mi);
  return e >= 0 ? BigRat(n.shl(static_cast<size_t>(e))) : BigRat(n, BigInt(1).shl(static_cast<size_t>(-e)));
}

double BigRat::to_double() const {
  if (num_.is_zero()) return 0.0;
  BigInt n = num_.negative() ? -num_ : num_;
  // Scale so the integer quotient has 54+ significant bits, keep a sticky
  // bit for the remainder, then let the FPU round once (ties to even).
  long shift = 64 - static_cast<long>(n.bit_length()) + static_cast<long>(den_.bit_length());
  BigInt scaled_n = shift >= 0 ? n.shl(static_cast<size_t>(shift)) : n;
  BigInt scaled_d = shift >= 0 ? den_ : den_.shl(static_cast<size_t>(-shift));
  BigInt q, r;
  BigInt::divmod(scaled_n, scaled_d, q, r);
  // q has 64 or 65 bits; reduce to 63 bits + sticky so it fits an int64 exactly.
  long extra = static_cast<long>(q.bit_length()) - 62;
  bool sticky = !r.is_zero();
  if (extra > 0) {
    BigInt low = q - q.shr(static_cast<size_t>(extra)).shl(static_cast<size_t>(extra));
    sticky = sticky || !low.is_zero();
    q = q.shr(static_cast<size_t>(extra));
    shift -= extra;
  }
  uint64_t bits = q.to_uint64();
  // Fold the sticky bit into the lowest bit: 62 bits exceed double's 53, so
  // the lowest bit only breaks ties, which is exactly what sticky means.
  if (sticky) bits |= 1;
  double v = std::ldexp(static_cast<double>(bits), static_cast<int>(-shift));
  return num_.negative() ? -v : v;
}

float BigRat::to_float() const { return static_cast<float>(to_double()); }

std::string BigRat::to_string() const {
  if (is_integer()) return num_.to_string();
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", to_double());
  return buf;
}

BigRat operator+(const BigRat& a, const BigRat& b) { return BigRat(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_); }
BigRat operator-(const BigRat& a, const BigRat& b) { return BigRat(a.num_ * b.den_ - b.num_ * a.den_, a.den_ * b.den_); }
BigRat operator*(const BigRat& a, const BigRat& b) { return BigRat(a.num_ * b.num_, a.den_ * b.den_); }
BigRat operator/(const BigRat& a, const BigRat& b) { return BigRat(a.num_ * b.den_, a.den_ * b.num_); }
int compare(const BigRat& a, const BigRat& b) { return compare(a.num_ * b.den_, b.num_ * a.den_); }

}  // namespace gosub::types
