#include "stdlib/format.h"

#include "runtime/map.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "runtime/heap.h"

namespace gosub::stdlib {

using vm::Machine;
using vm::Slot;
using vm::TypeInfo;


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

// %x / %X: hexadecimal mantissa and binary exponent (strconv's 'x').
// (float32 values are exact in float64, so one path serves both widths.)
std::string format_hex_float(double v, char fmt, int prec) {
  std::string out;
  bool upper = fmt == 'X';
  static constexpr char kLower[] = "0123456789abcdef", kUpper[] = "0123456789ABCDEF";
  const char* hex = upper ? kUpper : kLower;
  int exp = 0;
  uint64_t mant = 0;  // 1.fraction as 1 + 60 bits of fraction
  if (v != 0) {
    double m = std::frexp(v, &exp);  // m in [0.5, 1)
    exp -= 1;
    mant = static_cast<uint64_t>(std::ldexp(m, 61));  // 1.xxx with 60 fraction bits
  }
  std::string frac;
  uint64_t f = mant & ((uint64_t{1} << 60) - 1);
  for (int k = 0; k < 15; k++) frac += hex[(f >> (56 - 4 * k)) & 15];
  if (prec < 0) {
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
  } else if (static_cast<size_t>(prec) < frac.size()) {
    // Round half to even on the hex digits.
    uint64_t keep = static_cast<uint64_t>(prec) * 4;
    uint64_t full = mant;
    uint64_t shift = 60 - keep;
    uint64_t rem = full & ((uint64_t{1} << shift) - 1), half = uint64_t{1} << (shift - 1);
    full >>= shift;
    if (rem > half || (rem == half && (full & 1))) full++;
    if (full >> (keep + 1)) {
      full >>= 1;
      exp++;
    }
    frac.clear();
    for (uint64_t k = 0; k < static_cast<uint64_t>(prec); k++) frac += hex[(full >> (keep - 4 - 4 * k)) & 15];
  } else {
    frac.resize(static_cast<size_t>(prec), '0');
  }
  out += upper ? "0X" : "0x";
  out += v == 0 ? '0' : '1';
  if (!frac.empty()) out += "." + frac;
  out += upper ? 'P' : 'p';
  out += exp < 0 ? '-' : '+';
  int e = exp < 0 ? -exp : exp;
  if (e < 10) out += '0';
  out += std::to_string(e);
  return out;
}

// strconv.FormatFloat(v, fmt, prec, bits) for fmt in e E f g G x X.
std::string format_float(double v, char fmt, int prec, int bits) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  std::string out;
  if (std::signbit(v)) {
    out += '-';
    v = -v;
  }
  if (fmt == 'x' || fmt == 'X') return out + format_hex_float(v, fmt, prec);
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


namespace {
void append_escaped_rune(std::string& out, int32_t r, char quote_char, bool ascii = false) {
  static constexpr char kHex[] = "0123456789abcdef";
  if (r == quote_char || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
    return;
  }
  if (is_print(r) && (!ascii || r < 0x80)) {
    char buf[4];
    out.append(buf, static_cast<size_t>(rt::encode_rune(buf, r)));
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7f) {
    out += "\\x";
    out += kHex[(r >> 4) & 15];
    out += kHex[r & 15];
  } else if (r < 0x10000) {
    out += "\\u";
    for (int s = 12; s >= 0; s -= 4) out += kHex[(r >> s) & 15];
  } else {
    out += "\\U";
    for (int s = 28; s >= 0; s -= 4) out += kHex[(r >> s) & 15];
  }
}
}  // namespace

bool is_print(int32_t r) {
  if (r < 0x20 || r == 0x7f) return false;
  if (r < 0x7f) return true;
  if (r < 0xa1) return false;  // C1 controls and U+00A0 (no-break space is not graphic in IsPrint)
  if (r == 0xad) return false;  // soft hyphen
  if (r >= 0xD800 && r <= 0xDFFF) return false;
  if (r > 0x10FFFF) return false;
  if ((r & 0xFFFE) == 0xFFFE) return false;  // noncharacters U+xFFFE/U+xFFFF
  if (r >= 0xE000 && r <= 0xF8FF) return false;  // private use
  if (r == 0x2028 || r == 0x2029 || (r >= 0x200B && r <= 0x200F) || (r >= 0x202A && r <= 0x202E) ||
      (r >= 0x2060 && r <= 0x206F) || r == 0xFEFF)
    return false;  // separators and format characters
  return true;
}

std::string quote(std::string_view s, bool ascii) {
  std::string out = "\"";
  static constexpr char kHex[] = "0123456789abcdef";
  for (size_t i = 0; i < s.size();) {
    int width = 0;
    int32_t r = rt::decode_rune(s.substr(i), &width);
    if (width == 1 && r == 0xFFFD) {
      auto c = static_cast<unsigned char>(s[i]);
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      append_escaped_rune(out, r, '"', ascii);
    }
    i += static_cast<size_t>(width);
  }
  return out + "\"";
}

std::string quote_rune(int64_t r) {
  int32_t rr = r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) ? 0xFFFD : static_cast<int32_t>(r);
  std::string out = "'";
  append_escaped_rune(out, rr, '\'');
  return out + "'";
}

std::string quote_rune_ascii(int64_t r) {
  int32_t rr = r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) ? 0xFFFD : static_cast<int32_t>(r);
  std::string out = "'";
  append_escaped_rune(out, rr, '\'', true);
  return out + "'";
}

bool can_backquote(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    int width = 0;
    int32_t r = rt::decode_rune(s.substr(i), &width);
    if (width == 1 && r == 0xFFFD) return false;
    if (r == '`' || r == 0xFEFF || (r < ' ' && r != '\t') || r == 0x7f) return false;
    i += static_cast<size_t>(width);
  }
  return true;
}

// ------------------------------------------------------------ fmt

namespace {

using K = TypeInfo::Kind;

std::string_view str_of(Slot s) { return rt::string_view_of(static_cast<rt::StringObj*>(s.p)); }

Value from_iface(const Machine& m, const Slot* pair) {
  const TypeInfo& t = m.type_info(pair[0].i);
  Value v{&t, pair[1]};
  if (t.slots > 1 && pair[1].p) v.wide = static_cast<const rt::BoxObj*>(pair[1].p)->data;
  return v;
}

struct Flags {
  bool minus = false, plus = false, zero = false, space = false, sharp = false;
  int width = -1, prec = -1;
};

bool exported(const std::string& name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

class Printer {
 public:
  explicit Printer(Machine& m, bool wrap_errors = false) : m_(m), wrap_errors_(wrap_errors) {}

  // An interface stored in a container: its dynamic value, or when nil a
  // Value of the interface type itself, so %#v can print error(nil).
  Value static_iface(const TypeInfo& iface, const Slot* at) const {
    if (at[0].u == 0) return Value{&iface, Slot{}};
    return from_iface(m_, at);
  }

  std::vector<Value> elems(const Value& v) const {
    std::vector<Value> out;
    if (!v.wide || !v.wide[0].p) return out;
    const TypeInfo& et = m_.type_info(v.type->elem);
    auto* arr = static_cast<const rt::ArrayObj*>(v.wide[0].p);
    const Slot* at = arr->data + v.wide[1].u * et.slots;
    for (uint64_t k = 0; k < v.wide[2].u; k++, at += et.slots) {
      if (et.kind == K::Interface) out.push_back(static_iface(et, at));
      else out.push_back(Value{&et, at[0], et.slots > 1 ? at : nullptr});
    }
    return out;
  }
  bool is_byte_slice(const Value& v) const {
    if (v.type->kind != K::Slice) return false;
    const TypeInfo& et = m_.type_info(v.type->elem);
    return et.kind == K::Uint && et.bits == 8;
  }
  std::string bytes_of(const Value& v) const {
    std::string s;
    for (const Value& e : elems(v)) s += static_cast<char>(e.data.u);
    return s;
  }

  // Errorf: the operand %w wrapped (an index into the operands), or -1.
  int wrapped() const { return wrap_errors_ ? wrapped_ : -1; }
  void set_operand(int index) { operand_ = index; }

  // One operand with one verb, padded to the width (fmt's printArg).
  void arg(std::string& out, char verb, Flags f, const Value& v) {
    if (verb == 'w') {
      // Only Errorf's first %w of an error operand; anything else is a bad verb.
      if (!wrap_errors_ || wrapped_ >= 0 || v.type->error_method == UINT32_MAX) {
        wrapped_ = -1;
        wrap_errors_ = false;
        bad_verb(out, verb, v, f);
        return;
      }
      wrapped_ = operand_;
      verb = 'v';
    }
    if (verb == 'v' && f.plus) {
      // %+v: field names in structs, no sign on numbers (fmt's plusV).
      bool saved = plus_v_;
      plus_v_ = true;
      f.plus = false;
      arg(out, verb, f, v);
      plus_v_ = saved;
      return;
    }
    if (v.type->kind == K::Nil || v.type->kind == K::Interface) {  // a nil interface
      if (verb == 'T' || verb == 'v') pad(out, "<nil>", f, false);
      else bad_verb(out, verb, v, f);
      return;
    }
    if (verb == 'T') {
      pad(out, v.type->name, f, false);
      return;
    }
    if (verb == 'v' && f.sharp && !sharp_v_) {
      // %#v of a value at the top: Go syntax (quoted strings, 0x for
      // unsigned, GoString methods); composites print themselves.
      switch (v.type->kind) {
        case K::String: case K::Uint: case K::Uintptr: case K::Float32: case K::Float64: case K::Int: case K::Bool:
        case K::Func: {
          std::string s;
          go_syntax(s, v);
          pad(out, s, f, false);
          return;
        }
        default:
          if (v.type->gostring_method != UINT32_MAX) {
            go_syntax(out, v);
            return;
          }
          break;
      }
    }
    if (methods(out, verb, f, v)) return;
    switch (v.type->kind) {
      case K::Bool:
        if (verb == 't' || verb == 'v') pad(out, v.data.u ? "true" : "false", f, false);
        else bad_verb(out, verb, v, f);
        return;
      case K::Int: case K::Uint: case K::Uintptr: integer(out, verb, f, v); return;
      case K::Float32: case K::Float64: floating(out, verb, f, v); return;
      case K::String: string(out, verb, f, str_of(v.data), v); return;
      case K::Slice: {
        depth_++;
        slice(out, verb, f, v);
        depth_--;
        return;
      }
      case K::Struct: {
        depth_++;
        structure(out, verb, f, v);
        depth_--;
        return;
      }
      case K::Pointer: pointer(out, verb, f, v); return;
      case K::Map: {
        depth_++;
        map(out, verb, f, v);
        depth_--;
        return;
      }
      case K::Array: {
        depth_++;
        array(out, verb, f, v);
        depth_--;
        return;
      }
      case K::Func: {
        if (verb != 'v' && verb != 'p') {
          bad_verb(out, verb, v, f);
          return;
        }
        char buf[32];
        std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(v.data.p)));
        pad(out, v.data.p || verb == 'p' ? std::string(buf) : std::string("<nil>"), f, false);
        return;
      }
      default: out += "%!" + std::string(1, verb) + "(" + v.type->name + "=?)"; return;
    }
  }

  // fmt's handleMethods: for the string-like verbs an operand whose method
  // set has Error() string (else String() string) prints as its result.
  // Not under %#v, nor for values reached through unexported fields
  // (reflect cannot Interface() them). A panicking method prints as
  // %!v(PANIC=String method: ...), or <nil> for a nil pointer receiver.
  bool methods(std::string& out, char verb, const Flags& f, const Value& v) {
    if (erroring_ || unexported_ || sharp_v_ || (f.sharp && verb == 'v')) return false;
    if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') return false;
    bool is_error = v.type->error_method != UINT32_MAX;
    uint32_t fn = is_error ? v.type->error_method : v.type->string_method;
    if (fn == UINT32_MAX || (v.type->slots > 1 && !v.wide)) return false;
    std::string result, panic;
    if (call_method(fn, v, result, panic)) {
      string(out, verb, f, result, v);
      return true;
    }
    if (v.type->kind == K::Pointer && !v.wide[1].p) {
      pad(out, "<nil>", f, false);
      return true;
    }
    out += "%!" + std::string(1, verb) + "(PANIC=" + (is_error ? "Error" : "String") + " method: " + panic + ")";
    return true;
  }

  // Runs v's `func() string` method fn: true with its result, or false
  // with the text of the panic it raised.
  bool call_method(uint32_t fn, const Value& v, std::string& result, std::string& panic) {
    Slot out{};
    bool ok = v.type->by_pointer ? m_.call_method(fn, m_.type_index(v.type), v.wide, &out, 1, &panic)
                                 : m_.call(fn, v.wide ? v.wide : &v.data, v.type->slots, &out, 1, &panic);
    if (!ok) return false;
    result = str_of(out);
    return true;
  }

  // A value stored in slots (an interface as its dynamic value).
  Value slot_value(uint32_t type, const Slot* at) const {
    const TypeInfo& t = m_.type_info(type);
    if (t.kind == K::Interface) return static_iface(t, at);
    return Value{&t, at[0], t.slots > 1 ? at : nullptr};
  }

  // [a b c]; %#v: [3]int{1, 2, 3}; byte arrays as bytes for %s %q %x %X.
  void array(std::string& out, char verb, Flags f, const Value& v) {
    const TypeInfo& et = m_.type_info(v.type->elem);
    const Slot* base = v.wide ? v.wide : &v.data;
    std::vector<Value> es;
    for (uint64_t k = 0; k < v.type->len; k++) es.push_back(slot_value(v.type->elem, base + k * et.slots));
    if (et.kind == K::Uint && et.bits == 8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
      std::string bytes;
      for (const Value& e : es) bytes += static_cast<char>(e.data.u);
      string(out, verb, f, bytes, v);
      return;
    }
    sequence(out, verb, f, es, v.type->name);
  }

  // Elements as [a b c], or under %#v as Go syntax T{a, b, c}.
  void sequence(std::string& out, char verb, const Flags& f, const std::vector<Value>& es, const std::string& go_name) {
    bool go = f.sharp && verb == 'v';
    out += go ? go_name + "{" : std::string("[");
    for (size_t k = 0; k < es.size(); k++) {
      if (k) out += go ? ", " : " ";
      if (go) go_syntax(out, es[k]);
      else arg(out, verb, f, es[k]);
    }
    out += go ? '}' : ']';
  }

  // map[k:v ...] with keys sorted as fmt sorts them (internal/fmtsort);
  // %#v: map[K]V{k:v, ...}.
  void map(std::string& out, char verb, Flags f, const Value& v) {
    auto* m = static_cast<const rt::MapObj*>(v.data.p);
    bool go = f.sharp && verb == 'v';
    if (go && !m) {
      out += v.type->name + "(nil)";
      return;
    }
    std::vector<std::pair<Value, Value>> entries;
    if (m) {
      const rt::MapTable* t = m->table;
      for (uint64_t pos = 0; pos < t->capacity; pos++) {
        if (!rt::ctrl_full(t->ctrl()[pos])) continue;
        const Slot* e = t->entry(pos);
        entries.emplace_back(slot_value(v.type->key, e), slot_value(v.type->elem, e + t->shape.key_slots));
      }
    }
    std::stable_sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) { return compare(a.first, b.first) < 0; });
    out += go ? v.type->name + "{" : std::string("map[");
    for (size_t k = 0; k < entries.size(); k++) {
      if (k) out += go ? ", " : " ";
      if (go) go_syntax(out, entries[k].first);
      else arg(out, verb, f, entries[k].first);
      out += ':';
      if (go) go_syntax(out, entries[k].second);
      else arg(out, verb, f, entries[k].second);
    }
    out += go ? "}" : "]";
  }

  // fmtsort's order: numbers, strings, bools (false first), addresses,
  // structs field by field, interfaces nil first then by type and value;
  // NaN sorts before every other float.
  int compare(const Value& a, const Value& b) const {
    if (a.type != b.type) {
      auto is_nil = [](const Value& x) { return x.type->kind == K::Nil || x.type->kind == K::Interface; };
      if (is_nil(a) || is_nil(b)) return is_nil(a) ? (is_nil(b) ? 0 : -1) : 1;
      return a.type->name < b.type->name ? -1 : a.type->name > b.type->name ? 1 : 0;
    }
    auto three = [](auto x, auto y) { return x < y ? -1 : x > y ? 1 : 0; };
    switch (a.type->kind) {
      case K::Int: return three(a.data.i, b.data.i);
      case K::Uint: case K::Uintptr: case K::Bool: return three(a.data.u, b.data.u);
      case K::String: return three(str_of(a.data), str_of(b.data));
      case K::Float32: case K::Float64: {
        double x = a.data.f, y = b.data.f;
        if (x != x || y != y) return x != x ? (y != y ? 0 : -1) : 1;
        return three(x, y);
      }
      case K::Pointer: return three(reinterpret_cast<uintptr_t>(a.wide ? a.wide[1].p : nullptr), reinterpret_cast<uintptr_t>(b.wide ? b.wide[1].p : nullptr));
      case K::Struct:
        for (const TypeInfo::Field& fd : a.type->fields)
          if (int c = compare(field(a, fd), field(b, fd))) return c;
        return 0;
      case K::Array: {
        uint32_t w = m_.type_info(a.type->elem).slots;
        const Slot* x = a.wide ? a.wide : &a.data;
        const Slot* y = b.wide ? b.wide : &b.data;
        for (uint64_t k = 0; k < a.type->len; k++)
          if (int c = compare(slot_value(a.type->elem, x + k * w), slot_value(a.type->elem, y + k * w))) return c;
        return 0;
      }
      default: return three(a.data.u, b.data.u);
    }
  }

  // Appends what v's GoString method returns (or its panic in fmt's PANIC=
  // form); false only when v has no slots to call it with.
  bool call_string_method(std::string& out, uint32_t fn, const Value& v) {
    if (v.type->slots > 1 && !v.wide) return false;
    std::string result, panic;
    out += call_method(fn, v, result, panic) ? result : "%!v(PANIC=GoString method: " + panic + ")";
    return true;
  }

  // A struct field's value (interfaces as their dynamic value).
  Value field(const Value& v, const TypeInfo::Field& fd) const {
    const Slot* base = v.type->slots > 1 ? v.wide : &v.data;
    const Slot* at = base + fd.offset;
    const TypeInfo& ft = m_.type_info(fd.type);
    if (ft.kind == K::Interface) return static_iface(ft, at);
    return Value{&ft, at[0], ft.slots > 1 ? at : nullptr};
  }

  // {a b}, {A:a B:b} (%+v), main.T{A:a, B:b} (%#v); other verbs apply to
  // every field.
  void structure(std::string& out, char verb, Flags f, const Value& v) {
    bool go = f.sharp && verb == 'v';
    if (go) out += v.type->name;
    out += '{';
    for (size_t k = 0; k < v.type->fields.size(); k++) {
      const TypeInfo::Field& fd = v.type->fields[k];
      if (k) out += go ? ", " : " ";
      if (plus_v_ || go) out += fd.name + ":";
      Value fv = field(v, fd);
      bool saved = unexported_;
      unexported_ = unexported_ || !exported(fd.name);
      if (go) go_syntax(out, fv);
      else arg(out, verb, f, fv);
      unexported_ = saved;
    }
    out += '}';
  }

  // &{...} for a pointer to a struct at the top level, else an address.
  // A pointer is (base object, address): the address is what prints.
  void pointer(std::string& out, char verb, Flags f, const Value& v) {
    const TypeInfo& et = m_.type_info(v.type->elem);
    const void* addr = v.wide ? v.wide[1].p : nullptr;
    if (depth_ == 0 && addr && verb != 'p' && (et.kind == K::Struct || et.kind == K::Slice || et.kind == K::Map || et.kind == K::Array)) {
      out += '&';
      const auto* data = static_cast<const Slot*>(addr);
      Value target{&et, data[0], et.slots > 1 ? data : nullptr};
      depth_++;
      if (et.kind == K::Struct) structure(out, verb, f, target);
      else if (et.kind == K::Slice) slice(out, verb, f, target);
      else if (et.kind == K::Array) array(out, verb, f, target);
      else map(out, verb, f, target);
      depth_--;
      return;
    }
    if (verb == 'b' || verb == 'o' || verb == 'd' || verb == 'x' || verb == 'X') {
      // Integer verbs print the address as an unsigned number (nil is 0).
      static const TypeInfo kAddress = [] {
        TypeInfo t;
        t.kind = K::Uintptr;
        t.name = "uintptr";
        return t;
      }();
      integer(out, verb, f, Value{&kAddress, Slot{.p = const_cast<void*>(addr)}});
      return;
    }
    if (verb != 'v' && verb != 'p') {
      bad_verb(out, verb, v, f);
      return;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(addr)));
    if (f.sharp && verb == 'v') {
      out += "(" + v.type->name + ")(" + (addr ? std::string(buf) : std::string("nil")) + ")";
      return;
    }
    pad(out, addr || verb == 'p' ? std::string(buf) : std::string("<nil>"), f, false);
  }

  // %v without padding (Print/Println and %!verb(type=value) forms).
  void plain(std::string& out, const Value& v) { arg(out, 'v', Flags{}, v); }

  // Go prints the operand of a bad verb with the verb's flags and width.
  void bad_verb(std::string& out, char verb, const Value& v, const Flags& f = Flags{}) {
    out += "%!";
    out += verb;
    out += '(';
    if (v.type->kind == K::Nil || v.type->kind == K::Interface) {
      out += "<nil>)";
      return;
    }
    out += v.type->name + "=";
    bool saved = erroring_;
    erroring_ = true;
    arg(out, 'v', f, v);
    erroring_ = saved;
    out += ')';
  }

 private:
  static void pad(std::string& out, const std::string& s, const Flags& f, bool zero_ok) {
    int n = 0;
    for (unsigned char c : s)
      if ((c & 0xC0) != 0x80) n++;
    if (f.width <= n) {
      out += s;
      return;
    }
    bool zero = f.zero && zero_ok && !f.minus;
    std::string fill(static_cast<size_t>(f.width - n), zero ? '0' : ' ');
    if (f.minus) out += s + fill;
    else if (zero && !s.empty() && (s[0] == '-' || s[0] == '+' || s[0] == ' ')) out += s[0] + fill + s.substr(1);
    else out += fill + s;
  }

  static std::string sign(const Flags& f, std::string body, bool neg) {
    if (neg) return "-" + body;
    if (f.plus) return "+" + body;
    if (f.space) return " " + body;
    return body;
  }

  void integer(std::string& out, char verb, Flags f, const Value& v) {
    bool is_signed = v.type->kind == K::Int;
    bool neg = is_signed && v.data.i < 0;
    uint64_t mag = neg ? 0 - v.data.u : v.data.u;
    switch (verb) {
      case 'c': {
        char b[4];
        pad(out, std::string(b, static_cast<size_t>(rt::encode_rune(b, v.data.i))), f, false);
        return;
      }
      case 'q': pad(out, f.plus ? quote_rune_ascii(v.data.i) : quote_rune(v.data.i), f, false); return;
      case 'U': {
        char buf[40];
        std::snprintf(buf, sizeof buf, "U+%04llX", static_cast<unsigned long long>(v.data.u));
        std::string s = buf;
        if (f.sharp && v.data.u <= 0x10FFFF && is_print(static_cast<int32_t>(v.data.u))) {
          char b[4];
          s += " '" + std::string(b, static_cast<size_t>(rt::encode_rune(b, v.data.i))) + "'";
        }
        pad(out, s, f, false);
        return;
      }
      case 'v': case 'd': case 'b': case 'o': case 'O': case 'x': case 'X': break;
      default: bad_verb(out, verb, v, f); return;
    }
    int base = verb == 'b' ? 2 : verb == 'o' || verb == 'O' ? 8 : verb == 'x' || verb == 'X' ? 16 : 10;
    std::string digits = format_uint(mag, base);
    if (verb == 'X')
      for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (f.prec == 0 && mag == 0) digits.clear();
    if (f.prec >= 0 && static_cast<int>(digits.size()) < f.prec)
      digits = std::string(static_cast<size_t>(f.prec) - digits.size(), '0') + digits;
    // Zero padding with a precision is ignored; without one it pads to width.
    if (f.prec < 0 && f.zero && !f.minus && f.width > 0) {
      int room = f.width - ((neg || f.plus || f.space) ? 1 : 0);
      if (static_cast<int>(digits.size()) < room) digits = std::string(static_cast<size_t>(room) - digits.size(), '0') + digits;
    }
    if (f.sharp && base == 16 && v.type->kind != K::Nil) digits = (verb == 'X' ? "0X" : "0x") + digits;
    if (f.sharp && base == 2) digits = "0b" + digits;
    if (f.sharp && base == 8 && verb == 'o' && (digits.empty() || digits[0] != '0')) digits = "0" + digits;
    if (verb == 'O') digits = "0o" + digits;
    Flags nf = f;
    nf.zero = false;
    pad(out, sign(f, digits, neg), nf, false);
  }

  void floating(std::string& out, char verb, Flags f, const Value& v) {
    int bits = v.type->kind == K::Float32 ? 32 : 64;
    double d = v.data.f;
    char fmt;
    int prec = f.prec;
    switch (verb) {
      case 'v': case 'g': fmt = 'g'; break;
      case 'G': fmt = 'G'; break;
      case 'e': case 'E': fmt = verb; if (prec < 0) prec = 6; break;
      case 'f': case 'F': fmt = 'f'; if (prec < 0) prec = 6; break;
      case 'x': case 'X': fmt = verb; break;
      case 'b': {
        // strconv's 'b' format: mantissa "p" binary exponent.
        std::string m;
        uint64_t bits64 = v.data.u;
        int64_t exp;
        uint64_t mant;
        bool neg;
        if (bits == 32) {
          auto f32 = static_cast<float>(d);
          uint32_t b32;
          std::memcpy(&b32, &f32, 4);
          neg = b32 >> 31;
          exp = (b32 >> 23) & 0xff;
          mant = b32 & ((1u << 23) - 1);
          if (exp == 0) exp++;
          else mant |= 1u << 23;
          exp += -127 - 23;
        } else {
          neg = bits64 >> 63;
          exp = static_cast<int64_t>((bits64 >> 52) & 0x7ff);
          mant = bits64 & ((uint64_t{1} << 52) - 1);
          if (exp == 0) exp++;
          else mant |= uint64_t{1} << 52;
          exp += -1023 - 52;
        }
        m = (neg ? "-" : "") + std::to_string(mant) + "p" + (exp >= 0 ? "+" : "") + std::to_string(exp);
        pad(out, m, f, false);
        return;
      }
      default: bad_verb(out, verb, v, f); return;
    }
    std::string s;
    if (std::isnan(d)) s = f.plus ? "+NaN" : f.space ? " NaN" : "NaN";
    else if (std::isinf(d)) s = d > 0 ? (f.plus ? "+Inf" : f.space ? " Inf" : "+Inf") : "-Inf";
    else s = sign(f, format_float(std::fabs(d), fmt, prec, bits), std::signbit(d));
    if (f.sharp && (fmt == 'g' || fmt == 'G') && !std::isnan(d) && !std::isinf(d)) {
      // %#g keeps a decimal point and trailing zeros up to the precision
      // (6 significant digits by default).
      size_t e = s.find_first_of("eE");
      std::string tail = e == std::string::npos ? "" : s.substr(e);
      std::string body = e == std::string::npos ? s : s.substr(0, e);
      if (body.find('.') == std::string::npos) body += '.';
      int digits = 0;
      bool leading = true;
      for (char c : body) {
        if (c < '0' || c > '9') continue;
        if (c == '0' && leading) continue;
        leading = false;
        digits++;
      }
      if (leading) digits = 1;  // zero itself counts one digit
      int want = prec < 0 ? 6 : (prec == 0 ? 1 : prec);
      if (digits < want) body.append(static_cast<size_t>(want - digits), '0');
      s = body + tail;
    }
    bool special = std::isnan(d) || std::isinf(d);
    pad(out, s, f, !special);
  }

  // The first prec runes of s (all of it without a precision).
  static std::string_view truncate_runes(std::string_view s, int prec) {
    if (prec < 0) return s;
    size_t at = 0;
    for (int n = 0; n < prec && at < s.size(); n++) {
      int w = 0;
      rt::decode_rune(s.substr(at), &w);
      at += static_cast<size_t>(w);
    }
    return s.substr(0, at);
  }

  void string(std::string& out, char verb, Flags f, std::string_view str, const Value& v) {
    std::string s;
    switch (verb) {
      case 'v': case 's': s = std::string(truncate_runes(str, f.prec)); break;
      case 'q': {
        // Precision truncates before quoting; %+q quotes as ASCII.
        std::string_view t = truncate_runes(str, f.prec);
        s = f.sharp && can_backquote(t) ? "`" + std::string(t) + "`" : quote(t, f.plus);
        break;
      }
      case 'x': case 'X': {
        static constexpr char kLower[] = "0123456789abcdef", kUpper[] = "0123456789ABCDEF";
        const char* hex = verb == 'x' ? kLower : kUpper;
        size_t n = str.size();
        if (f.prec >= 0 && static_cast<size_t>(f.prec) < n) n = static_cast<size_t>(f.prec);
        for (size_t k = 0; k < n; k++) {
          auto c = static_cast<unsigned char>(str[k]);
          if (k > 0 && f.space) s += ' ';
          if (f.sharp && (k == 0 || f.space)) s += verb == 'x' ? "0x" : "0X";
          s += hex[c >> 4];
          s += hex[c & 15];
        }
        break;
      }
      default: bad_verb(out, verb, v, f); return;
    }
    pad(out, s, f, true);  // %08s pads with zeros, as Go 1.19 does
  }

  void slice(std::string& out, char verb, Flags f, const Value& v) {
    if (is_byte_slice(v) && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
      string(out, verb, f, bytes_of(v), v);
      return;
    }
    if (f.sharp && verb == 'v' && (!v.wide || !v.wide[0].p)) {
      out += v.type->name + "(nil)";  // Go syntax of a nil slice: []string(nil)
      return;
    }
    std::vector<Value> es = elems(v);
    // fmt prints the unnamed []uint8 as []byte.
    sequence(out, verb, f, es, v.type->name == "[]uint8" && depth_ == 1 ? std::string("[]byte") : v.type->name);
  }

  void go_syntax(std::string& out, const Value& v) {
    bool saved = sharp_v_;
    sharp_v_ = true;
    go_syntax_value(out, v);
    sharp_v_ = saved;
  }
  void go_syntax_value(std::string& out, const Value& v) {
    if (v.type->gostring_method != UINT32_MAX && !unexported_ && call_string_method(out, v.type->gostring_method, v)) return;
    switch (v.type->kind) {
      case K::Func: {
        char buf[32];
        std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(v.data.p)));
        out += "(" + v.type->name + ")(" + (v.data.p ? std::string(buf) : std::string("nil")) + ")";
        return;
      }
      case K::String: out += quote(str_of(v.data)); return;
      case K::Uint: case K::Uintptr: {
        Flags f;
        f.sharp = true;
        integer(out, 'x', f, v);
        return;
      }
      case K::Nil: out += "interface {}(nil)"; return;
      case K::Interface: out += v.type->name + "(nil)"; return;
      case K::Slice: case K::Struct: case K::Pointer: case K::Map: case K::Array: {
        Flags f;
        f.sharp = true;
        arg(out, 'v', f, v);
        return;
      }
      default: plain(out, v); return;
    }
  }

  Machine& m_;
  bool wrap_errors_;       // Errorf: %w accepts one error operand
  int wrapped_ = -1;       // the operand %w took
  int operand_ = -1;       // the operand being printed
  bool erroring_ = false;  // inside %!verb(...): no methods
  bool unexported_ = false;  // reached through an unexported field
  bool sharp_v_ = false;     // inside %#v
  int depth_ = 0;  // nesting: only a top-level pointer to a struct prints as &{...}
  bool plus_v_ = false;  // inside %+v
};

}  // namespace

std::vector<Value> variadic_values(const Machine& m, const Slot* at) {
  std::vector<Value> vals;
  if (!at[0].p) return vals;
  const Slot* pair = static_cast<const rt::ArrayObj*>(at[0].p)->data + at[1].u * 2;
  for (uint64_t i = 0; i < at[2].u; i++, pair += 2) vals.push_back(from_iface(m, pair));
  return vals;
}

std::string sprint(Machine& m, const std::vector<Value>& vals, bool ln) {
  Printer p(m);
  std::string out;
  for (size_t i = 0; i < vals.size(); i++) {
    bool is_str = vals[i].type->kind == K::String;
    // Print adds a space between operands when neither is a string.
    if (i > 0 && (ln || (!is_str && vals[i - 1].type->kind != K::String))) out += ' ';
    p.plain(out, vals[i]);
  }
  if (ln) out += '\n';
  return out;
}

std::string sprintf(Machine& m, std::string_view f, const std::vector<Value>& vals, int* wrapped) {
  Printer p(m, wrapped != nullptr);
  std::string out;
  size_t argi = 0;
  bool reordered = false;
  for (size_t i = 0; i < f.size();) {
    if (f[i] != '%') {
      out += f[i++];
      continue;
    }
    i++;
    Flags fl;
    for (; i < f.size(); i++) {
      char c = f[i];
      if (c == '-') fl.minus = true, fl.zero = false;
      else if (c == '+') fl.plus = true;
      else if (c == '0') fl.zero = !fl.minus;
      else if (c == ' ') fl.space = true;
      else if (c == '#') fl.sharp = true;
      else break;
    }
    bool bad_index = false;
    // %[n] sets the next argument (1-based).
    auto arg_index = [&]() {
      if (i >= f.size() || f[i] != '[') return;
      reordered = true;
      size_t close = f.find(']', i);
      int n = 0;
      bool ok = close != std::string_view::npos && close > i + 1;
      for (size_t k = i + 1; ok && k < close; k++) {
        if (f[k] < '0' || f[k] > '9') ok = false;
        else n = n * 10 + (f[k] - '0');
      }
      if (!ok || n < 1 || static_cast<size_t>(n) > vals.size()) {
        bad_index = true;
        i = close == std::string_view::npos ? f.size() : close + 1;
        return;
      }
      argi = static_cast<size_t>(n - 1);
      i = close + 1;
    };
    auto number = [&](int& dst, const char* bad) -> void {
      arg_index();
      if (i < f.size() && f[i] == '*') {
        i++;
        if (argi < vals.size() && (vals[argi].type->kind == K::Int || vals[argi].type->kind == K::Uint)) {
          dst = static_cast<int>(vals[argi++].data.i);
        } else {
          out += bad;
          argi++;
          dst = -1;
        }
        return;
      }
      if (i < f.size() && f[i] >= '0' && f[i] <= '9') {
        dst = 0;
        while (i < f.size() && f[i] >= '0' && f[i] <= '9') dst = dst * 10 + (f[i++] - '0');
      }
    };
    number(fl.width, "%!(BADWIDTH)");
    if (fl.width < -1 || (fl.width < 0 && fl.width != -1)) fl.minus = true, fl.zero = false, fl.width = -fl.width;
    if (i < f.size() && f[i] == '.') {
      i++;
      fl.prec = 0;
      number(fl.prec, "%!(BADPREC)");
      if (fl.prec < 0) fl.prec = -1;
    }
    arg_index();
    if (i >= f.size()) {
      out += "%!(NOVERB)";
      break;
    }
    int vw = 0;
    rt::decode_rune(f.substr(i), &vw);
    char verb = f[i];
    std::string verb_text(f.substr(i, static_cast<size_t>(vw)));
    i += static_cast<size_t>(vw);
    if (verb == '%' && vw == 1) {
      out += '%';
      continue;
    }
    if (bad_index) {
      out += "%!" + verb_text + "(BADINDEX)";
      continue;
    }
    if (argi >= vals.size()) {
      out += "%!" + verb_text + "(MISSING)";
      continue;
    }
    const Value& v = vals[argi++];
    if (vw != 1) {
      out += "%!" + verb_text + "(";
      out += v.type->kind == K::Nil ? "<nil>" : v.type->name + "=";
      if (v.type->kind != K::Nil) p.plain(out, v);
      out += ")";
      continue;
    }
    p.set_operand(static_cast<int>(argi - 1));
    p.arg(out, verb, fl, v);
  }
  if (!reordered && argi < vals.size()) {
    out += "%!(EXTRA ";
    for (size_t k = argi; k < vals.size(); k++) {
      if (k > argi) out += ", ";
      if (vals[k].type->kind == K::Nil) {
        out += "<nil>";
        continue;
      }
      out += vals[k].type->name + "=";
      p.plain(out, vals[k]);
    }
    out += ")";
  }
  if (wrapped) *wrapped = p.wrapped();
  return out;
}

}  // namespace gosub::stdlib
