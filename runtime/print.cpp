#include "runtime/print.h"

#include <cmath>

namespace gosub::rt {

void print_uint(std::string& out, uint64_t v) {
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  out.append(buf + i, sizeof buf - static_cast<size_t>(i));
}

void print_int(std::string& out, int64_t v) {
  if (v < 0) {
    out += '-';
    print_uint(out, 0 - static_cast<uint64_t>(v));
  } else {
    print_uint(out, static_cast<uint64_t>(v));
  }
}

void print_bool(std::string& out, bool v) { out += v ? "true" : "false"; }

void print_hex(std::string& out, uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  char buf[18];
  int i = sizeof buf;
  do {
    buf[--i] = kDigits[v & 15];
    v >>= 4;
  } while (v);
  out += "0x";
  out.append(buf + i, sizeof buf - static_cast<size_t>(i));
}

void print_float(std::string& out, double v) {
  // The same digit loop as Go's runtime (not strconv): normalize into
  // [1, 10) by repeated *10 or /10, add half a unit of the 7th digit, then
  // peel digits. Its rounding differs from strconv's, and that is the point.
  if (v != v) {
    out += "NaN";
    return;
  }
  if (v + v == v && v > 0) {
    out += "+Inf";
    return;
  }
  if (v + v == v && v < 0) {
    out += "-Inf";
    return;
  }
  constexpr int kDigits = 7;
  char buf[kDigits + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < kDigits; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < kDigits; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[kDigits + 2] = 'e';
  buf[kDigits + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[kDigits + 3] = '-';
  }
  buf[kDigits + 4] = static_cast<char>(e / 100 + '0');
  buf[kDigits + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[kDigits + 6] = static_cast<char>(e % 10 + '0');
  out.append(buf, sizeof buf);
}

}  // namespace gosub::rt
