// Natives of fmt, strconv, errors, os and runtime. Formatting follows Go's
// fmt and strconv exactly (stdlib/format.cpp); the Go-source halves of
// these packages are stdlib/go/<pkg>/*.go.
#include "stdlib/natives.h"

#include "stdlib/format.h"

#include <sched.h>

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string>

namespace gosub::stdlib {

namespace {

std::string_view str_of(vm::Slot s) { return rt::string_view_of(static_cast<rt::StringObj*>(s.p)); }

using vm::Machine;
using vm::Slot;
using vm::TypeInfo;

// ------------------------------------------------------------ natives

// Results of (n int, err error): three slots at args[0..2].
void set_n_err(Slot* args, size_t n) {
  args[0].i = static_cast<int64_t>(n);
  args[1].i = 0;
  args[2].p = nullptr;
}

void fmt_print(Machine& m, Slot* args) {
  std::string out = sprint(m, variadic_values(m, args), false);
  m.write_stdout(out);
  set_n_err(args, out.size());
}
void fmt_println(Machine& m, Slot* args) {
  std::string out = sprint(m, variadic_values(m, args), true);
  m.write_stdout(out);
  set_n_err(args, out.size());
}
void fmt_printf(Machine& m, Slot* args) {
  std::string out = sprintf(m, str_of(args[0]), variadic_values(m, args + 1));
  m.write_stdout(out);
  set_n_err(args, out.size());
}
void fmt_sprint(Machine& m, Slot* args) {
  std::string out = sprint(m, variadic_values(m, args), false);
  args[0].p = m.heap().new_string(out);
}
void fmt_sprintln(Machine& m, Slot* args) {
  std::string out = sprint(m, variadic_values(m, args), true);
  args[0].p = m.heap().new_string(out);
}
void fmt_sprintf(Machine& m, Slot* args) {
  std::string out = sprintf(m, str_of(args[0]), variadic_values(m, args + 1));
  args[0].p = m.heap().new_string(out);
}

// Result codes of the parsing natives (strconv.go builds the *NumError).
enum class NumErr { None, Syntax, Range, Base, BitSize };

// Go's underscoreOK: '_' only between digits, or between a base prefix
// and a digit.
bool underscore_ok(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(std::tolower(static_cast<unsigned char>(s[1])));
    if (p == 'b' || p == 'o' || p == 'x') {
      i = 2;
      saw = '0';
      hex = p == 'x';
    }
  }
  for (; i < s.size(); i++) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    if ((c >= '0' && c <= '9') || (hex && c >= 'a' && c <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

// Go's ParseUint digits: base 0 reads a prefix and allows '_' between digits.
NumErr parse_digits(std::string_view s, int base, unsigned __int128& v) {
  bool base0 = base == 0;
  if (s.empty()) return NumErr::Syntax;
  if (base0) {
    base = 10;
    if (s.size() >= 2 && s[0] == '0') {
      char p = static_cast<char>(std::tolower(static_cast<unsigned char>(s[1])));
      if (p == 'x') base = 16, s.remove_prefix(2);
      else if (p == 'b') base = 2, s.remove_prefix(2);
      else if (p == 'o') base = 8, s.remove_prefix(2);
      else base = 8, s.remove_prefix(1);
    }
  } else if (base < 2 || base > 36) {
    return NumErr::Base;
  }
  if (s.empty()) return NumErr::Syntax;
  v = 0;
  bool overflow = false;
  for (char c : s) {
    if (c == '_' && base0) continue;  // placement checked by underscore_ok
    int d = c >= '0' && c <= '9' ? c - '0' : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10 : 99;
    if (d >= base) return NumErr::Syntax;
    v = v * static_cast<unsigned>(base) + static_cast<unsigned>(d);
    if (v > (static_cast<unsigned __int128>(1) << 64)) overflow = true, v = static_cast<unsigned __int128>(1) << 65;
  }
  return overflow ? NumErr::Range : NumErr::None;
}

NumErr parse_int(std::string_view s, int base, int bits, int64_t& out) {
  out = 0;
  if (s.empty()) return NumErr::Syntax;
  if (base == 0 && !underscore_ok(s)) return NumErr::Syntax;
  if (bits == 0) bits = 64;
  if (bits < 0 || bits > 64) return NumErr::BitSize;
  bool neg = false;
  if (s[0] == '+' || s[0] == '-') {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  unsigned __int128 v = 0;
  NumErr e = parse_digits(s, base, v);
  if (e != NumErr::None && e != NumErr::Range) return e;
  unsigned __int128 limit = static_cast<unsigned __int128>(1) << (bits - 1);
  if (e == NumErr::Range || (!neg && v >= limit) || (neg && v > limit)) {
    out = neg ? -static_cast<int64_t>(limit - 1) - 1 : static_cast<int64_t>(limit - 1);
    return NumErr::Range;
  }
  out = neg ? static_cast<int64_t>(0 - static_cast<uint64_t>(v)) : static_cast<int64_t>(v);
  return NumErr::None;
}

NumErr parse_uint(std::string_view s, int base, int bits, uint64_t& out) {
  out = 0;
  if (s.empty()) return NumErr::Syntax;
  if (base == 0 && !underscore_ok(s)) return NumErr::Syntax;
  if (bits == 0) bits = 64;
  if (bits < 0 || bits > 64) return NumErr::BitSize;
  unsigned __int128 v = 0;
  NumErr e = parse_digits(s, base, v);
  if (e != NumErr::None && e != NumErr::Range) return e;
  unsigned __int128 max = (static_cast<unsigned __int128>(1) << bits) - 1;
  if (e == NumErr::Range || v > max) {
    out = static_cast<uint64_t>(max);
    return NumErr::Range;
  }
  out = static_cast<uint64_t>(v);
  return NumErr::None;
}

// Go's ParseFloat syntax: decimal or hex (0x...p...) mantissa, optional
// exponent, "inf"/"infinity"/"nan" in any case; out of range gives ±Inf.
NumErr parse_float(std::string_view s0, int bits, double& out) {
  out = 0;
  // Underscores may separate digits (Go's underscoreOK); strtod never sees them.
  if (s0.find('_') != std::string_view::npos && !underscore_ok(s0)) return NumErr::Syntax;
  std::string text;
  for (char c : s0)
    if (c != '_') text += c;
  std::string_view s = text;
  std::string lower = text;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string_view body = lower;
  bool neg = !body.empty() && body[0] == '-';
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) body.remove_prefix(1);
  if (body == "inf" || body == "infinity") {
    out = neg ? -HUGE_VAL : HUGE_VAL;
    return NumErr::None;
  }
  if (body == "nan" && text.size() == 3) {
    out = std::nan("");
    return NumErr::None;
  }
  bool hex = body.size() > 2 && body[0] == '0' && body[1] == 'x';
  size_t i = hex ? 2 : 0, digits = 0;
  bool dot = false;
  for (; i < body.size(); i++) {
    char c = body[i];
    if (c == '.' && !dot) dot = true;
    else if (std::isdigit(static_cast<unsigned char>(c)) || (hex && std::isxdigit(static_cast<unsigned char>(c)))) digits++;
    else break;
  }
  if (digits == 0) return NumErr::Syntax;
  if (i < body.size() && body[i] == (hex ? 'p' : 'e')) {
    i++;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) i++;
    size_t exp_digits = 0;
    while (i < body.size() && std::isdigit(static_cast<unsigned char>(body[i]))) i++, exp_digits++;
    if (exp_digits == 0) return NumErr::Syntax;
  } else if (hex) {
    return NumErr::Syntax;  // a hex mantissa needs its p exponent
  }
  if (i != body.size()) return NumErr::Syntax;
  errno = 0;
  double v = std::strtod(text.c_str(), nullptr);
  if (bits == 32) {
    auto f = static_cast<float>(v);
    if (std::isinf(f)) {
      out = v < 0 ? -HUGE_VAL : HUGE_VAL;
      return NumErr::Range;
    }
    v = f;
  }
  out = v;
  return std::isinf(v) ? NumErr::Range : NumErr::None;
}

// Go's Unquote: "..." with escapes, `raw`, or a one-rune '...'.
bool unquote(std::string_view s, std::string& out) {
  if (s.size() < 2 || s.front() != s.back()) return false;
  char q = s.front();
  std::string_view body = s.substr(1, s.size() - 2);
  if (q == '`') {
    if (body.find('`') != std::string_view::npos) return false;
    for (char c : body)
      if (c != '\r') out += c;
    return true;
  }
  if (q != '"' && q != '\'') return false;
  size_t runes = 0;
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c == q || c == '\n') return false;
    runes++;
    if (c != '\\') {
      int w = 0;
      rt::decode_rune(body.substr(i), &w);
      out.append(body.substr(i, static_cast<size_t>(w)));
      i += static_cast<size_t>(w);
      continue;
    }
    if (++i >= body.size()) return false;
    char e = body[i++];
    auto hex_value = [&](size_t n, int64_t& v) {
      if (i + n > body.size()) return false;
      v = 0;
      for (size_t k = 0; k < n; k++) {
        char h = body[i + k];
        if (!std::isxdigit(static_cast<unsigned char>(h))) return false;
        v = v * 16 + (std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : std::tolower(h) - 'a' + 10);
      }
      i += n;
      return true;
    };
    int64_t v = 0;
    switch (e) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case '\'': case '"':
        if (e != q) return false;
        out += e;
        break;
      case 'x':
        if (!hex_value(2, v)) return false;
        out += static_cast<char>(v);
        break;
      case 'u': case 'U': {
        if (!hex_value(e == 'u' ? 4 : 8, v) || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
        char buf[4];
        out.append(buf, static_cast<size_t>(rt::encode_rune(buf, v)));
        break;
      }
      default:
        if (e < '0' || e > '7' || i + 2 > body.size()) return false;
        v = e - '0';
        for (int k = 0; k < 2; k++) {
          char o = body[i++];
          if (o < '0' || o > '7') return false;
          v = v * 8 + (o - '0');
        }
        if (v > 255) return false;
        out += static_cast<char>(v);
    }
  }
  return q == '"' || runes == 1;
}

void strconv_parse_int(Machine&, Slot* args) {
  int64_t v = 0;
  NumErr e = parse_int(str_of(args[0]), static_cast<int>(args[1].i), static_cast<int>(args[2].i), v);
  args[0].i = v;
  args[1].i = static_cast<int64_t>(e);
}
void strconv_parse_uint(Machine&, Slot* args) {
  uint64_t v = 0;
  NumErr e = parse_uint(str_of(args[0]), static_cast<int>(args[1].i), static_cast<int>(args[2].i), v);
  args[0].u = v;
  args[1].i = static_cast<int64_t>(e);
}
void strconv_parse_float(Machine&, Slot* args) {
  double v = 0;
  NumErr e = parse_float(str_of(args[0]), static_cast<int>(args[1].i), v);
  args[0].f = v;
  args[1].i = static_cast<int64_t>(e);
}
void strconv_unquote(Machine& m, Slot* args) {
  std::string out;
  bool ok = unquote(str_of(args[0]), out);
  args[0].p = ok ? m.heap().new_string(out) : nullptr;
  args[1].u = ok;
}
void strconv_itoa(Machine& m, Slot* args) { args[0].p = m.heap().new_string(format_int(args[0].i, 10)); }
void strconv_format_int(Machine& m, Slot* args) { args[0].p = m.heap().new_string(format_int(args[0].i, static_cast<int>(args[1].i))); }
void strconv_format_uint(Machine& m, Slot* args) { args[0].p = m.heap().new_string(format_uint(args[0].u, static_cast<int>(args[1].i))); }
void strconv_format_float(Machine& m, Slot* args) {
  args[0].p = m.heap().new_string(format_float(args[0].f, static_cast<char>(args[1].u), static_cast<int>(args[2].i), static_cast<int>(args[3].i)));
}
void strconv_quote(Machine& m, Slot* args) { args[0].p = m.heap().new_string(quote(str_of(args[0]))); }
void strconv_quote_to_ascii(Machine& m, Slot* args) { args[0].p = m.heap().new_string(quote(str_of(args[0]), true)); }
void strconv_quote_rune(Machine& m, Slot* args) { args[0].p = m.heap().new_string(quote_rune(args[0].i)); }
void strconv_quote_rune_to_ascii(Machine& m, Slot* args) { args[0].p = m.heap().new_string(quote_rune_ascii(args[0].i)); }
void strconv_is_print(Machine&, Slot* args) { args[0].u = args[0].i >= 0 && args[0].i <= 0x10FFFF && is_print(static_cast<int32_t>(args[0].i)); }
void strconv_can_backquote(Machine&, Slot* args) { args[0].u = can_backquote(str_of(args[0])); }

// fmt.errorf(format string, a []any) (string, int): Sprintf with %w.
void fmt_errorf(Machine& m, Slot* args) {
  int wrapped = -1;
  std::string out = sprintf(m, str_of(args[0]), variadic_values(m, args + 1), &wrapped);
  args[0].p = m.heap().new_string(out);
  args[1].i = wrapped;
}

// --- errors: the reflection As needs.
bool comparable_type(const Machine& m, uint32_t type) {
  const TypeInfo& t = m.type_info(type);
  switch (t.kind) {
    case TypeInfo::Kind::Slice: case TypeInfo::Kind::Func: case TypeInfo::Kind::Map: return false;
    case TypeInfo::Kind::Struct:
      for (const TypeInfo::Field& f : t.fields)
        if (!comparable_type(m, f.type)) return false;
      return true;
    case TypeInfo::Kind::Array: return comparable_type(m, t.elem);
    default: return true;
  }
}
void errors_comparable(Machine& m, Slot* args) { args[0].u = comparable_type(m, static_cast<uint32_t>(args[0].u)); }
// context.typeString(x any): reflect's name of x's dynamic type, as %T.
void context_type_string(Machine& m, Slot* args) {
  args[0].p = m.heap().new_string(args[0].u ? m.type_info(static_cast<uint32_t>(args[0].u)).name : "<nil>");
}

// The pointer an `any` holds (two slots, boxed), or null when it is not a
// non-nil pointer; *elem receives the pointee's type.
Slot* target_pointer(const Machine& m, const Slot* target, uint32_t* elem) {
  const TypeInfo& t = m.type_info(target[0].i);
  if (t.kind != TypeInfo::Kind::Pointer || !target[1].p) return nullptr;
  *elem = t.elem;
  return static_cast<Slot*>(static_cast<rt::BoxObj*>(target[1].p)->data[1].p);
}
void errors_check_target(Machine& m, Slot* args) {
  uint32_t elem = 0;
  if (!target_pointer(m, args, &elem)) {
    args[0].i = 1;
    return;
  }
  const TypeInfo& et = m.type_info(elem);
  args[0].i = et.kind == TypeInfo::Kind::Interface || et.error_method != UINT32_MAX ? 0 : 2;
}
void errors_assign_to(Machine& m, Slot* args) {
  auto type = static_cast<uint32_t>(args[0].u);
  uint32_t elem = 0;
  Slot* dst = target_pointer(m, args + 2, &elem);
  const TypeInfo& et = m.type_info(elem);
  bool ok = false;
  if (dst && et.kind == TypeInfo::Kind::Interface && m.implements(type, elem)) {
    dst[0] = args[0], dst[1] = args[1];
    ok = true;
  } else if (dst && type == elem) {
    if (et.slots > 1) std::memcpy(dst, static_cast<rt::BoxObj*>(args[1].p)->data, et.slots * sizeof(Slot));
    else dst[0] = args[1];
    ok = true;
  }
  args[0].u = ok;
}

void os_exit(Machine& m, Slot* args) { m.request_exit(static_cast<int>(args[0].i)); }

// os.Args: a []string of the run's arguments (4 slots: array, off, len, cap).
void os_runtime_args(Machine& m, Slot* args) {
  const std::vector<std::string>& in = m.args();
  TypeInfo string_type;
  string_type.kind = TypeInfo::Kind::String;
  string_type.name = "string";
  auto elem = static_cast<uint32_t>(m.intern_type(string_type));
  rt::ArrayObj* arr = m.heap().new_array(in.size(), 1, elem);
  for (size_t k = 0; k < in.size(); k++) arr->data[k].p = m.heap().new_string(in[k]);
  args[0].p = arr;
  args[1].u = 0;
  args[2].u = in.size();
  args[3].u = in.size();
}

void debug_set_max_stack(Machine& m, Slot* args) { args[0].i = static_cast<int64_t>(m.set_max_stack(static_cast<uint64_t>(args[0].i))); }

void runtime_goexit(Machine& m, Slot*) { m.goexit(); }
void runtime_gosched(Machine& m, Slot*) { m.request_yield(); }
void runtime_num_goroutine(Machine& m, Slot* args) { args[0].i = static_cast<int64_t>(m.num_goroutines()); }
// Go's getproccount: the CPUs in the process's affinity mask.
void runtime_num_cpu(Machine&, Slot* args) {
  cpu_set_t set;
  CPU_ZERO(&set);
  int n = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : 1;
  args[0].i = n > 0 ? n : 1;
}
void runtime_gomaxprocs_env(Machine&, Slot* args) {
  const char* env = std::getenv("GOMAXPROCS");
  long n = env ? std::strtol(env, nullptr, 10) : 0;
  args[0].i = n > 0 ? n : 0;
}
// runtime.stack(all, skip): skip frames below the native's caller.
void runtime_stack(Machine& m, Slot* args) {
  args[0].p = m.heap().new_string(m.stack_dump(args[0].u != 0, static_cast<size_t>(args[1].i)));
}
void debug_stack(Machine& m, Slot* args) { args[0].p = m.heap().new_string(m.stack_dump(false, 0)); }
void runtime_caller(Machine& m, Slot* args) {
  uint64_t pc = 0;
  std::string file;
  int32_t line = 0;
  bool ok = args[0].i >= 0 && m.caller(static_cast<size_t>(args[0].i), pc, file, line);
  args[0].u = ok ? pc : 0;
  args[1].p = m.heap().new_string(file);
  args[2].i = ok ? line : 0;
  args[3].u = ok ? 1 : 0;
}
void sync_fatal(Machine& m, Slot* args) { m.fatal_error(std::string(rt::string_view_of(static_cast<rt::StringObj*>(args[0].p)))); }
void sync_semacquire(Machine& m, Slot*) { m.set_wait_reason("semacquire"); }
// atomic.sameType(a, b any): an interface's first slot is its dynamic type's
// interned index (0 for nil), the same test interface == starts with.
void atomic_same_type(Machine&, Slot* args) { args[0].u = args[0].u == args[2].u; }

// time: timers are time.runtimeTimer values, passed by pointer (base
// object, address); vm/timers.cpp keeps the heap.
void time_now(Machine& m, Slot* args) {
  args[0].i = Machine::walltime();
  args[1].i = m.nanotime();
}
void time_start_timer(Machine& m, Slot* args) { m.add_timer(args[0].p, static_cast<Slot*>(args[1].p)); }
void time_stop_timer(Machine& m, Slot* args) { args[0].u = m.del_timer(static_cast<Slot*>(args[1].p)) ? 1 : 0; }
void time_sleeping(Machine& m, Slot*) { m.set_wait_reason("sleep"); }

void runtime_gc(Machine& m, Slot*) {
  m.heap().count_forced_gc();
  m.collect_garbage();
}
// runtime.memStat(which): the MemStats numbers runtime.go asks for.
void runtime_mem_stat(Machine& m, Slot* args) {
  const rt::AllocStats& a = m.heap().stats();
  const rt::GcStats& g = m.heap().gc_stats();
  uint64_t v = 0;
  switch (args[0].i) {
    case 0: v = a.live_bytes; break;
    case 1: v = a.total_bytes; break;
    case 2: v = std::max(a.peak_bytes, a.live_bytes); break;  // what the heap has held at most
    case 3: v = a.total_objects; break;
    case 4: v = a.frees; break;
    case 5: v = a.live_objects; break;
    case 6: v = g.next_gc; break;
    case 7: v = g.last_gc_unix_ns; break;
    case 8: v = g.pause_total_ns; break;
    case 9: v = g.num_gc; break;
    case 10: v = g.num_forced_gc; break;
    default: break;
  }
  args[0].u = v;
}
void runtime_pause_ns(Machine& m, Slot* args) {
  const auto& p = m.heap().gc_stats().pause_ns;
  args[0].u = args[0].u < p.size() ? p[args[0].u] : 0;
}
void debug_set_gc_percent(Machine& m, Slot* args) {
  args[0].i = m.heap().set_gc_percent(static_cast<int>(std::clamp<int64_t>(args[0].i, -1, 1 << 30)));
}

}  // namespace

const vm::NativeTable& standard_natives() {
  static const vm::NativeTable table = [] {
    vm::NativeTable t = {
      {"fmt.Print", fmt_print},           {"fmt.Println", fmt_println},   {"fmt.Printf", fmt_printf},
      {"fmt.Sprint", fmt_sprint},         {"fmt.Sprintln", fmt_sprintln}, {"fmt.Sprintf", fmt_sprintf},
      {"fmt.errorf", fmt_errorf},
      {"strconv.Itoa", strconv_itoa},     {"strconv.FormatInt", strconv_format_int},
      {"strconv.FormatUint", strconv_format_uint}, {"strconv.FormatFloat", strconv_format_float},
      {"strconv.Quote", strconv_quote},   {"strconv.QuoteToASCII", strconv_quote_to_ascii},
      {"strconv.QuoteRune", strconv_quote_rune},
      {"strconv.QuoteRuneToASCII", strconv_quote_rune_to_ascii}, {"strconv.IsPrint", strconv_is_print},
      {"strconv.CanBackquote", strconv_can_backquote}, {"strconv.unquote", strconv_unquote},
      {"strconv.parseInt", strconv_parse_int}, {"strconv.parseUint", strconv_parse_uint},
      {"strconv.parseFloat", strconv_parse_float},
      {"errors.comparable", errors_comparable}, {"errors.checkTarget", errors_check_target},
      {"errors.assignTo", errors_assign_to}, {"os.Exit", os_exit},
      {"context.typeString", context_type_string}, {"context.comparable", errors_comparable},
      {"os.runtime_args", os_runtime_args},   {"runtime.GC", runtime_gc},
      {"runtime.Goexit", runtime_goexit},
      {"runtime.Gosched", runtime_gosched},
      {"runtime.NumGoroutine", runtime_num_goroutine},
      {"runtime.NumCPU", runtime_num_cpu},  {"runtime.gomaxprocsEnv", runtime_gomaxprocs_env},
      {"runtime.stack", runtime_stack},     {"runtime.caller", runtime_caller},
      {"debug.stack", debug_stack},
      {"sync.fatal", sync_fatal},
      {"sync.semacquire", sync_semacquire},
      {"time.now", time_now},             {"time.startTimer", time_start_timer},
      {"time.stopTimer", time_stop_timer}, {"time.sleeping", time_sleeping},
      {"atomic.sameType", atomic_same_type},
      {"runtime.memStat", runtime_mem_stat},  {"runtime.pauseNs", runtime_pause_ns},
      {"debug.SetGCPercent", debug_set_gc_percent},
      {"debug.SetMaxStack", debug_set_max_stack},
    };
    add_text_natives(t);
    add_io_natives(t);
    return t;
  }();
  return table;
}

}  // namespace gosub::stdlib
