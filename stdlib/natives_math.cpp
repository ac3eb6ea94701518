// Natives of math: the functions whose result is exact whatever computes
// it (Sqrt, Floor, Mod, ...: one correctly rounded or exact operation, so
// the C library agrees with Go bit for bit), and Exp, which follows the
// amd64 assembly Go 1.19 runs (its FMA path). The rest of package math is
// Go's own code in stdlib/go/math, since the C library's Sin, Pow, Log...
// differ from Go's in the last bit for many arguments.
#include "stdlib/natives.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace gosub::stdlib {

namespace {

using vm::Machine;
using vm::Slot;

constexpr uint64_t kGoNaN = 0x7FF8000000000001;  // math.NaN()'s bits
constexpr uint64_t kPosInf = 0x7FF0000000000000;
constexpr uint64_t kNegInf = 0xFFF0000000000000;

double from_bits(uint64_t b) { return std::bit_cast<double>(b); }

// exp_amd64.s: Shibata's method, the argument reduced by k*ln2 and /16, a
// Taylor polynomial, then squared back four times and scaled by 2**k.
double go_exp(double x) {
  constexpr double kLog2E = 1.4426950408889634073599246810018920;
  constexpr double kLn2U = 0.69314718055966295651160180568695068359375;
  constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;
  constexpr double kOverflow = 7.09782712893384e+02;
  uint64_t bx = std::bit_cast<uint64_t>(x);
  if ((bx & ~(uint64_t{1} << 63)) >= kPosInf) return bx == kNegInf ? 0 : x;  // NaN, +Inf: x
  if (x > kOverflow) return from_bits(kPosInf);
  // CVTSD2SL: round to nearest even; out of range gives INT32_MIN.
  double t = std::nearbyint(kLog2E * x);
  int32_t k = t >= -2147483648.0 && t <= 2147483647.0 ? static_cast<int32_t>(t) : std::numeric_limits<int32_t>::min();
  double fk = k;
  x = std::fma(-kLn2U, fk, x);
  x = std::fma(-kLn2L, fk, x);
  x *= 0.0625;
  double p = 2.4801587301587301587e-5;
  p = std::fma(p, x, 1.9841269841269841270e-4);
  p = std::fma(p, x, 1.3888888888888888889e-3);
  p = std::fma(p, x, 8.3333333333333333333e-3);
  p = std::fma(p, x, 4.1666666666666666667e-2);
  p = std::fma(p, x, 1.6666666666666666667e-1);
  p = std::fma(p, x, 0.5);
  p = std::fma(p, x, 1.0);
  x *= p;
  for (int i = 0; i < 3; i++) x *= x + 2.0;
  x = std::fma(x, x + 2.0, 1.0);
  int64_t e = static_cast<int64_t>(k) + 0x3FF;
  if (e <= 0) {  // a denormal result: scale in two steps
    if (e < -52) return 0;
    x *= from_bits(static_cast<uint64_t>(e + 0x3FE) << 52);
    e = 1;
  } else if (e >= 0x7FF) {
    return from_bits(kPosInf);
  }
  return x * from_bits(static_cast<uint64_t>(e) << 52);
}

template <double (*F)(double)>
void unary(Machine&, Slot* args) { args[0].f = F(args[0].f); }

double go_sqrt(double x) { return std::sqrt(x); }
double go_floor(double x) { return std::floor(x); }
double go_ceil(double x) { return std::ceil(x); }
double go_trunc(double x) { return std::trunc(x); }
double go_round(double x) { return std::round(x); }          // half away from zero, like Go
double go_round_even(double x) { return std::nearbyint(x); }  // the default mode: ties to even
double go_abs(double x) { return std::fabs(x); }

void math_copysign(Machine&, Slot* args) { args[0].f = std::copysign(args[0].f, args[1].f); }
void math_signbit(Machine&, Slot* args) { args[0].u = std::signbit(args[0].f) ? 1 : 0; }
// fmod is exact, as Go's Mod is; only the NaN it returns may differ.
void math_mod(Machine&, Slot* args) {
  double r = std::fmod(args[0].f, args[1].f);
  args[0].f = std::isnan(r) ? from_bits(kGoNaN) : r;
}
void math_fma(Machine&, Slot* args) { args[0].f = std::fma(args[0].f, args[1].f, args[2].f); }
void math_float64bits(Machine&, Slot* args) { args[0].u = std::bit_cast<uint64_t>(args[0].f); }
void math_float64frombits(Machine&, Slot* args) { args[0].f = std::bit_cast<double>(args[0].u); }
// A float32 lives in its slot as the float64 of the same value.
void math_float32bits(Machine&, Slot* args) {
  args[0].u = std::bit_cast<uint32_t>(static_cast<float>(args[0].f));
}
void math_float32frombits(Machine&, Slot* args) {
  args[0].f = std::bit_cast<float>(static_cast<uint32_t>(args[0].u));
}

}  // namespace

void add_math_natives(vm::NativeTable& table) {
  const std::pair<const char*, vm::NativeFn> natives[] = {
      {"math.Sqrt", unary<go_sqrt>},
      {"math.Floor", unary<go_floor>},
      {"math.Ceil", unary<go_ceil>},
      {"math.Trunc", unary<go_trunc>},
      {"math.Round", unary<go_round>},
      {"math.RoundToEven", unary<go_round_even>},
      {"math.Abs", unary<go_abs>},
      {"math.Exp", unary<go_exp>},
      {"math.Copysign", math_copysign},
      {"math.Signbit", math_signbit},
      {"math.Mod", math_mod},
      {"math.FMA", math_fma},
      {"math.Float64bits", math_float64bits},
      {"math.Float64frombits", math_float64frombits},
      {"math.Float32bits", math_float32bits},
      {"math.Float32frombits", math_float32frombits},
  };
  for (const auto& [name, fn] : natives) table.emplace(name, fn);
}

}  // namespace gosub::stdlib
