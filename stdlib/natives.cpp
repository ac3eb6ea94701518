// Natives of fmt, strconv and os for scalar values. Formatting follows Go's
// fmt and strconv exactly for the verbs implemented here; composite values
// arrive with the composite-types work.
#include "stdlib/natives.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <span>
#include <string>

namespace gosub::stdlib {

namespace {

using vm::Machine;
using vm::Slot;
using vm::TypeInfo;

// ------------------------------------------------------------ strconv core

std::string format_int(int64_t v, int base) {
  char buf[72];
  auto r = std::to_chars(buf, buf + sizeof buf, v, base);
  return std::string(buf, r.ptr);
}

std::string format_uint(uint64_t v, int base) {
  char buf[72];
  auto r = std::to_chars(buf, buf + sizeof buf, v, base);
  return std::string(buf, r.ptr);
}

// Decimal digits and exponent of v (v > 0) in scientific form: either the
// shortest that round-trips (prec < 0) or rounded to prec+1 significant
// digits. Returns digits without the point and the decimal exponent.
void sci_digits(double v, int prec, int bits, std::string& digits, int& exp10) {
  char buf[512];
  std::to_chars_result r;
  if (prec < 0) {
    r = bits == 32 ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v), std::chars_format::scientific)
                   : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  } else {
    r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific, prec);
  }
  std::string s(buf, r.ptr);
  size_t e = s.find('e');
  std::string mant = s.substr(0, e);
  exp10 = std::atoi(s.c_str() + e + 1);
  digits.clear();
  for (char c : mant)
    if (c != '.') digits += c;
}

void append_exp(std::string& out, int exp, char e) {
  out += e;
  out += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 10) out += '0';
  out += std::to_string(exp);
}

// strconv.FormatFloat(v, fmt, prec, bits) for fmt in e E f g G.
std::string format_float(double v, char fmt, int prec, int bits) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  std::string out;
  if (std::signbit(v)) {
    out += '-';
    v = -v;
  }
  if (fmt == 'f' || fmt == 'F') {
    char buf[512];
    std::to_chars_result r = prec < 0
        ? (bits == 32 ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v), std::chars_format::fixed)
                      : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed))
        : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, prec);
    return out + std::string(buf, r.ptr);
  }
  bool upper = fmt == 'E' || fmt == 'G';
  std::string digits;
  int exp = 0;
  if (fmt == 'e' || fmt == 'E') {
    if (v == 0) {
      digits = std::string(static_cast<size_t>(prec < 0 ? 1 : prec + 1), '0');
    } else {
      sci_digits(v, prec, bits, digits, exp);
    }
    out += digits[0];
    if (digits.size() > 1) out += '.' + digits.substr(1);
    append_exp(out, exp, upper ? 'E' : 'e');
    return out;
  }
  // 'g': %e when exp < -4 || exp >= eprec, else %f with the same digits.
  bool shortest = prec < 0;
  if (prec == 0) prec = 1;
  if (v == 0) {
    digits = "0";
    exp = 0;
  } else {
    sci_digits(v, shortest ? -1 : prec - 1, bits, digits, exp);
  }
  while (!shortest && digits.size() > 1 && digits.back() == '0') digits.pop_back();  // %g drops trailing zeros
  int nd = static_cast<int>(digits.size());
  // strconv: %e when the exponent is < -4 or >= the precision (6 for the
  // shortest form).
  int eprec = shortest ? 6 : prec;
  if (!shortest && eprec > nd && nd >= exp + 1) eprec = nd;
  if (exp < -4 || exp >= eprec) {
    out += digits[0];
    if (nd > 1) out += '.' + digits.substr(1);
    append_exp(out, exp, upper ? 'E' : 'e');
    return out;
  }
  // Fixed notation with the significant digits placed around the point.
  int dp = exp + 1;  // digits before the point
  if (dp <= 0) {
    out += "0.";
    out += std::string(static_cast<size_t>(-dp), '0');
    out += digits;
  } else if (dp >= nd) {
    out += digits;
    out += std::string(static_cast<size_t>(dp - nd), '0');
  } else {
    out += digits.substr(0, static_cast<size_t>(dp)) + "." + digits.substr(static_cast<size_t>(dp));
  }
  return out;
}

std::string quote(std::string_view s) {
  std::string out = "\"";
  static constexpr char kHex[] = "0123456789abcdef";
  for (unsigned char c : s) {
    switch (c) {
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out += "\\x";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

// ------------------------------------------------------------ values

struct Value {
  const TypeInfo* type;
  Slot data;
};

std::string_view str_of(Slot s) { return rt::string_view_of(static_cast<rt::StringObj*>(s.p)); }

// %v of a value, as fmt prints it.
void format_v(std::string& out, const Value& v) {
  switch (v.type->kind) {
    case TypeInfo::Kind::Nil: out += "<nil>"; return;
    case TypeInfo::Kind::Bool: out += v.data.u ? "true" : "false"; return;
    case TypeInfo::Kind::Int: out += format_int(v.data.i, 10); return;
    case TypeInfo::Kind::Uint: case TypeInfo::Kind::Uintptr: out += format_uint(v.data.u, 10); return;
    case TypeInfo::Kind::Float32: out += format_float(v.data.f, 'g', -1, 32); return;
    case TypeInfo::Kind::Float64: out += format_float(v.data.f, 'g', -1, 64); return;
    case TypeInfo::Kind::String: case TypeInfo::Kind::Error: out += str_of(v.data); return;
  }
}

std::vector<Value> variadic(Machine& m, const Slot* at) {
  std::vector<Value> vals;
  int64_t n = at[0].i;
  for (int64_t i = 0; i < n; i++) vals.push_back({&m.type_info(at[1 + 2 * i].i), at[2 + 2 * i]});
  return vals;
}

void sprint(std::string& out, const std::vector<Value>& vals, bool ln) {
  for (size_t i = 0; i < vals.size(); i++) {
    bool is_str = vals[i].type->kind == TypeInfo::Kind::String;
    // Print adds a space between operands when neither is a string.
    if (i > 0 && (ln || (!is_str && vals[i - 1].type->kind != TypeInfo::Kind::String))) out += ' ';
    format_v(out, vals[i]);
  }
  if (ln) out += '\n';
}

void pad(std::string& out, const std::string& s, int width, bool minus, bool zero) {
  int n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n++;
  if (width <= n) {
    out += s;
    return;
  }
  std::string fill(static_cast<size_t>(width - n), zero && !minus ? '0' : ' ');
  if (minus) out += s + fill;
  else if (zero && !s.empty() && (s[0] == '-' || s[0] == '+')) out += s[0] + fill + s.substr(1);
  else out += fill + s;
}

std::string bad_verb(char verb, const Value& v) {
  std::string s = "%!";
  s += verb;
  s += '(';
  if (v.type->kind == TypeInfo::Kind::Nil) return s + "<nil>)";
  s += v.type->name + "=";
  format_v(s, v);
  return s + ")";
}

void sprintf(std::string& out, std::string_view f, const std::vector<Value>& vals) {
  size_t argi = 0;
  for (size_t i = 0; i < f.size();) {
    if (f[i] != '%') {
      out += f[i++];
      continue;
    }
    i++;
    bool minus = false, plus = false, zero = false, space = false, sharp = false;
    for (; i < f.size(); i++) {
      char c = f[i];
      if (c == '-') minus = true;
      else if (c == '+') plus = true;
      else if (c == '0') zero = true;
      else if (c == ' ') space = true;
      else if (c == '#') sharp = true;
      else break;
    }
    auto number = [&](int& dst) -> bool {
      if (i < f.size() && f[i] == '*') {
        i++;
        if (argi < vals.size() && vals[argi].type->kind == TypeInfo::Kind::Int) dst = static_cast<int>(vals[argi++].data.i);
        else { out += "%!(BADWIDTH)"; argi++; }
        return true;
      }
      bool any = false;
      while (i < f.size() && f[i] >= '0' && f[i] <= '9') dst = dst * 10 + (f[i++] - '0'), any = true;
      return any;
    };
    int width = 0, prec = -1;
    number(width);
    if (width < 0) minus = true, width = -width;
    if (i < f.size() && f[i] == '.') {
      i++;
      prec = 0;
      number(prec);
    }
    if (i >= f.size()) {
      out += "%!(NOVERB)";
      break;
    }
    char verb = f[i++];
    if (verb == '%') {
      out += '%';
      continue;
    }
    if (argi >= vals.size()) {
      out += "%!";
      out += verb;
      out += "(MISSING)";
      continue;
    }
    const Value& v = vals[argi++];
    using K = TypeInfo::Kind;
    K k = v.type->kind;
    bool is_int = k == K::Int || k == K::Uint || k == K::Uintptr;
    bool is_float = k == K::Float32 || k == K::Float64;
    bool is_str = k == K::String || k == K::Error;
    std::string s;
    auto sign = [&](std::string body, bool neg) {
      if (neg) return "-" + body;
      if (plus) return "+" + body;
      if (space) return " " + body;
      return body;
    };
    switch (verb) {
      case 'v':
        if (is_float && plus && !std::signbit(v.data.f)) s = "+";
        format_v(s, v);
        if (is_int && plus && v.data.i >= 0 && k == K::Int) s = "+" + s;
        break;
      case 'T': s = k == K::Nil ? "<nil>" : v.type->name; break;
      case 'd': case 'b': case 'o': case 'x': case 'X': case 'c': case 'U': case 'q':
        if (is_int) {
          bool neg = k == K::Int && v.data.i < 0;
          uint64_t mag = neg ? 0 - v.data.u : v.data.u;
          if (verb == 'c') { char b[4]; s.assign(b, static_cast<size_t>(rt::encode_rune(b, v.data.i))); break; }
          if (verb == 'q') { char b[4]; std::string r(b, static_cast<size_t>(rt::encode_rune(b, v.data.i))); s = "'" + r + "'"; break; }
          if (verb == 'U') {
            char buf[32];
            std::snprintf(buf, sizeof buf, "U+%04llX", static_cast<unsigned long long>(v.data.u));
            s = buf;
            break;
          }
          int base = verb == 'd' ? 10 : verb == 'b' ? 2 : verb == 'o' ? 8 : 16;
          std::string digits = format_uint(mag, base);
          if (verb == 'X') for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          if (prec >= 0 && static_cast<int>(digits.size()) < prec) digits = std::string(static_cast<size_t>(prec) - digits.size(), '0') + digits;
          if (sharp && base == 16) digits = (verb == 'X' ? "0X" : "0x") + digits;
          if (sharp && base == 8 && digits[0] != '0') digits = "0" + digits;
          s = sign(digits, neg);
          if (prec >= 0) zero = false;
        } else if (is_str && (verb == 'x' || verb == 'X' || verb == 'q')) {
          if (verb == 'q') s = quote(str_of(v.data));
          else {
            static constexpr char kLower[] = "0123456789abcdef", kUpper[] = "0123456789ABCDEF";
            const char* hex = verb == 'x' ? kLower : kUpper;
            for (unsigned char c : str_of(v.data)) { s += hex[c >> 4]; s += hex[c & 15]; }
          }
        } else {
          s = bad_verb(verb, v);
        }
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        if (!is_float) { s = bad_verb(verb, v); break; }
        s = format_float(std::fabs(v.data.f), verb == 'F' ? 'f' : verb, prec < 0 && verb != 'g' && verb != 'G' ? 6 : prec,
                         k == K::Float32 ? 32 : 64);
        if (std::isnan(v.data.f)) s = plus ? "+NaN" : space ? " NaN" : "NaN";
        else if (std::isinf(v.data.f)) s = v.data.f > 0 ? (plus ? "+Inf" : space ? " Inf" : "+Inf") : "-Inf";
        else s = sign(s, std::signbit(v.data.f));
        if (std::isinf(v.data.f) || std::isnan(v.data.f)) zero = false;
        break;
      case 's':
        if (is_str) {
          s = std::string(str_of(v.data));
          if (prec >= 0 && static_cast<int>(s.size()) > prec) s.resize(static_cast<size_t>(prec));
        } else {
          s = bad_verb(verb, v);
        }
        break;
      case 't':
        if (k == K::Bool) s = v.data.u ? "true" : "false";
        else s = bad_verb(verb, v);
        break;
      default: s = bad_verb(verb, v); break;
    }
    pad(out, s, width, minus, zero && (is_int || is_float));
  }
  if (argi < vals.size()) {
    out += "%!(EXTRA ";
    for (size_t k = argi; k < vals.size(); k++) {
      if (k > argi) out += ", ";
      out += vals[k].type->name + "=";
      format_v(out, vals[k]);
    }
    out += ")";
  }
}

// ------------------------------------------------------------ natives

// Results of (n int, err error): three slots at args[0..2].
void set_n_err(Slot* args, size_t n) {
  args[0].i = static_cast<int64_t>(n);
  args[1].i = 0;
  args[2].p = nullptr;
}

void fmt_print(Machine& m, Slot* args) {
  std::string out;
  sprint(out, variadic(m, args), false);
  m.write_stdout(out);
  set_n_err(args, out.size());
}
void fmt_println(Machine& m, Slot* args) {
  std::string out;
  sprint(out, variadic(m, args), true);
  m.write_stdout(out);
  set_n_err(args, out.size());
}
void fmt_printf(Machine& m, Slot* args) {
  std::string out;
  sprintf(out, str_of(args[0]), variadic(m, args + 1));
  m.write_stdout(out);
  set_n_err(args, out.size());
}
void fmt_sprint(Machine& m, Slot* args) {
  std::string out;
  sprint(out, variadic(m, args), false);
  args[0].p = m.heap().new_string(out);
}
void fmt_sprintln(Machine& m, Slot* args) {
  std::string out;
  sprint(out, variadic(m, args), true);
  args[0].p = m.heap().new_string(out);
}
void fmt_sprintf(Machine& m, Slot* args) {
  std::string out;
  sprintf(out, str_of(args[0]), variadic(m, args + 1));
  args[0].p = m.heap().new_string(out);
}

// Go's ParseInt: base 0 reads a prefix; '_' only with base 0.
enum class NumErr { None, Syntax, Range };
NumErr parse_int(std::string_view s0, int base, int bits, int64_t& out) {
  std::string_view s = s0;
  if (s.empty()) return NumErr::Syntax;
  bool neg = false;
  if (s[0] == '+' || s[0] == '-') {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  bool underscores = false;
  if (base == 0) {
    base = 10;
    if (s.size() >= 2 && s[0] == '0') {
      char p = static_cast<char>(std::tolower(static_cast<unsigned char>(s[1])));
      if (p == 'x') base = 16, s.remove_prefix(2);
      else if (p == 'b') base = 2, s.remove_prefix(2);
      else if (p == 'o') base = 8, s.remove_prefix(2);
      else base = 8, s.remove_prefix(1);
    }
    underscores = true;
  }
  if (s.empty() || base < 2 || base > 36) return NumErr::Syntax;
  unsigned __int128 v = 0;
  bool overflow = false;
  for (char c : s) {
    if (c == '_' && underscores) continue;
    int d = c >= '0' && c <= '9' ? c - '0' : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10 : 99;
    if (d >= base) return NumErr::Syntax;
    v = v * static_cast<unsigned>(base) + static_cast<unsigned>(d);
    if (v > (static_cast<unsigned __int128>(1) << 64)) overflow = true;
  }
  if (bits == 0) bits = 64;
  unsigned __int128 limit = static_cast<unsigned __int128>(1) << (bits - 1);
  if (overflow || (!neg && v >= limit) || (neg && v > limit)) {
    out = neg ? -static_cast<int64_t>(limit - 1) - 1 : static_cast<int64_t>(limit - 1);
    return NumErr::Range;
  }
  out = neg ? static_cast<int64_t>(0 - static_cast<uint64_t>(v)) : static_cast<int64_t>(v);
  return NumErr::None;
}

// An error value: (type *strconv.NumError, message string).
void set_error(Machine& m, Slot* at, NumErr e, const char* fn, std::string_view input) {
  if (e == NumErr::None) {
    at[0].i = 0;
    at[1].p = nullptr;
    return;
  }
  TypeInfo info;
  info.kind = TypeInfo::Kind::Error;
  info.name = "*strconv.NumError";
  at[0].i = m.intern_type(info);
  std::string msg = std::string("strconv.") + fn + ": parsing " + quote(input) + ": " +
                    (e == NumErr::Syntax ? "invalid syntax" : "value out of range");
  at[1].p = m.heap().new_string(msg);
}

void strconv_itoa(Machine& m, Slot* args) { args[0].p = m.heap().new_string(format_int(args[0].i, 10)); }
void strconv_format_int(Machine& m, Slot* args) { args[0].p = m.heap().new_string(format_int(args[0].i, static_cast<int>(args[1].i))); }
void strconv_atoi(Machine& m, Slot* args) {
  std::string input(str_of(args[0]));
  int64_t v = 0;
  NumErr e = parse_int(input, 10, 64, v);
  args[0].i = e == NumErr::Syntax ? 0 : v;
  set_error(m, args + 1, e, "Atoi", input);
}
void strconv_parse_int(Machine& m, Slot* args) {
  std::string input(str_of(args[0]));
  int64_t v = 0;
  NumErr e = parse_int(input, static_cast<int>(args[1].i), static_cast<int>(args[2].i), v);
  args[0].i = e == NumErr::Syntax ? 0 : v;
  set_error(m, args + 1, e, "ParseInt", input);
}

void os_exit(Machine& m, Slot* args) { m.request_exit(static_cast<int>(args[0].i)); }

}  // namespace

const vm::NativeTable& standard_natives() {
  static const vm::NativeTable table = {
      {"fmt.Print", fmt_print},           {"fmt.Println", fmt_println},   {"fmt.Printf", fmt_printf},
      {"fmt.Sprint", fmt_sprint},         {"fmt.Sprintln", fmt_sprintln}, {"fmt.Sprintf", fmt_sprintf},
      {"strconv.Itoa", strconv_itoa},     {"strconv.Atoi", strconv_atoi}, {"strconv.FormatInt", strconv_format_int},
      {"strconv.ParseInt", strconv_parse_int}, {"os.Exit", os_exit},
  };
  return table;
}

}  // namespace gosub::stdlib
