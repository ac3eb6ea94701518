// Natives of fmt, strconv and os for scalar values. Formatting follows Go's
// fmt and strconv exactly for the verbs implemented here; composite values
// arrive with the composite-types work.
#include "stdlib/natives.h"

#include "stdlib/format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
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

void runtime_gc(Machine& m, Slot*) { m.collect_garbage(); }
void debug_set_gc_percent(Machine& m, Slot* args) {
  args[0].i = m.heap().set_gc_percent(static_cast<int>(std::clamp<int64_t>(args[0].i, -1, 1 << 30)));
}

}  // namespace

const vm::NativeTable& standard_natives() {
  static const vm::NativeTable table = [] {
    vm::NativeTable t = {
      {"fmt.Print", fmt_print},           {"fmt.Println", fmt_println},   {"fmt.Printf", fmt_printf},
      {"fmt.Sprint", fmt_sprint},         {"fmt.Sprintln", fmt_sprintln}, {"fmt.Sprintf", fmt_sprintf},
      {"strconv.Itoa", strconv_itoa},     {"strconv.Atoi", strconv_atoi}, {"strconv.FormatInt", strconv_format_int},
      {"strconv.ParseInt", strconv_parse_int}, {"os.Exit", os_exit},
      {"os.runtime_args", os_runtime_args},   {"runtime.GC", runtime_gc},
      {"debug.SetGCPercent", debug_set_gc_percent},
    };
    add_text_natives(t);
    return t;
  }();
  return table;
}

}  // namespace gosub::stdlib
