// Natives of strings, unicode and sort. Each follows the Go 1.19 code of
// the function it replaces (stdlib/go/<pkg>/*.go keeps the rest in Go), so
// results match gc's byte for byte, invalid UTF-8 included.
#include "stdlib/natives.h"

#include "runtime/slice.h"

#include <algorithm>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gosub::stdlib {

namespace {

using vm::Machine;
using vm::Slot;
using vm::TypeInfo;

// ------------------------------------------------------------ Unicode tables

struct Range16 {
  uint32_t lo, hi, stride;
};
struct CaseRange {
  uint32_t lo, hi;
  int32_t delta[3];  // UpperCase, LowerCase, TitleCase
};
struct FoldPair {
  uint32_t from, to;
};

#include "stdlib/unicode_tables.inc"

constexpr int64_t kMaxRune = 0x10FFFF;
constexpr int64_t kRuneError = 0xFFFD;
constexpr int32_t kUpperLower = kMaxRune + 1;  // a delta meaning "alternate upper and lower"

// unicode.Is for runes above Latin-1 (the tables hold the same ranges).
bool in_table(std::span<const Range16> table, int64_t r) {
  auto it = std::lower_bound(table.begin(), table.end(), r, [](const Range16& x, int64_t v) { return x.hi < v; });
  return it != table.end() && r >= it->lo && (r - it->lo) % it->stride == 0;
}

// unicode.To: 0 upper, 1 lower, 2 title.
int64_t to_case(int c, int64_t r) {
  if (c < 0 || c > 2) return kRuneError;
  auto it = std::lower_bound(std::begin(kCaseRanges), std::end(kCaseRanges), r,
                             [](const CaseRange& x, int64_t v) { return x.hi < v; });
  if (it == std::end(kCaseRanges) || r < it->lo) return r;
  int32_t delta = it->delta[c];
  // In an Upper-Lower run, even offsets are upper case, odd ones lower;
  // UpperCase and TitleCase are even, LowerCase odd.
  if (delta > kMaxRune) return it->lo + (((r - it->lo) & ~int64_t{1}) | (c & 1));
  return r + delta;
}

int64_t to_upper(int64_t r) {
  if (r <= 0x7F) return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
  return to_case(0, r);
}
int64_t to_lower(int64_t r) {
  if (r <= 0x7F) return r >= 'A' && r <= 'Z' ? r + ('a' - 'A') : r;
  return to_case(1, r);
}

int64_t simple_fold(int64_t r) {
  if (r < 0 || r > kMaxRune) return r;
  auto it = std::lower_bound(std::begin(kFoldExceptions), std::end(kFoldExceptions), r,
                             [](const FoldPair& x, int64_t v) { return x.from < v; });
  if (it != std::end(kFoldExceptions) && it->from == r) return it->to;
  // Otherwise the orbit is {r, ToLower(r), ToUpper(r)}.
  if (int64_t l = to_lower(r); l != r) return l;
  return to_upper(r);
}

bool is_space(int64_t r) {
  if (r >= 0 && r <= 0xFF) return r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == ' ' || r == 0x85 || r == 0xA0;
  return in_table(kWhiteSpace, r);
}

bool is_graphic(int64_t r) {
  return in_table(kLetter, r) || in_table(kMark, r) || in_table(kNumber, r) || in_table(kPunct, r) || in_table(kSymbol, r) ||
         in_table(kSpace, r);
}
bool is_print(int64_t r) {
  return in_table(kLetter, r) || in_table(kMark, r) || in_table(kNumber, r) || in_table(kPunct, r) || in_table(kSymbol, r);
}

// ------------------------------------------------------------ helpers

std::string_view str_of(Slot s) { return rt::string_view_of(static_cast<rt::StringObj*>(s.p)); }
void set_bool(Slot* at, bool b) { at->u = b ? 1 : 0; }

// One rune of s at i as Go's range does: invalid bytes are (U+FFFD, 1).
int64_t decode_at(std::string_view s, size_t i, int* width) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *width = 1;
    return c;
  }
  return rt::decode_rune(s.substr(i), width);
}

// utf8.DecodeLastRuneInString of s[:end] (end > 0).
int64_t decode_last(std::string_view s, size_t end, int* width) {
  size_t start = end - 1;
  auto c = static_cast<unsigned char>(s[start]);
  if (c < 0x80) {
    *width = 1;
    return c;
  }
  size_t lim = end >= 4 ? end - 4 : 0;
  while (start > lim && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) start--;
  int64_t r = rt::decode_rune(s.substr(start, end - start), width);
  if (start + static_cast<size_t>(*width) != end) {
    *width = 1;
    return kRuneError;
  }
  return r;
}

size_t rune_count(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); n++) {
    int w;
    decode_at(s, i, &w);
    i += static_cast<size_t>(w);
  }
  return n;
}

void append_rune(std::string& out, int64_t r) {
  char buf[4];
  out.append(buf, static_cast<size_t>(rt::encode_rune(buf, r)));
}

ptrdiff_t index_of(std::string_view s, std::string_view sub) {
  size_t at = s.find(sub);
  return at == std::string_view::npos ? -1 : static_cast<ptrdiff_t>(at);
}

// A []string of parts with capacity cap (4 slots at out); the views may
// point into argument strings, which stay alive while the native runs.
void set_string_slice(Machine& m, Slot* out, const std::vector<std::string_view>& parts, size_t cap) {
  TypeInfo string_type;
  string_type.kind = TypeInfo::Kind::String;
  string_type.name = "string";
  auto elem = static_cast<uint32_t>(m.intern_type(string_type));
  rt::ArrayObj* arr = m.heap().new_array(cap, 1, elem);
  for (size_t k = 0; k < parts.size(); k++) arr->data[k].p = m.heap().new_string(parts[k]);
  out[0].p = arr;
  out[1].u = 0;
  out[2].u = parts.size();
  out[3].u = cap;
}

void set_string(Machine& m, Slot* at, std::string_view s) { at->p = m.heap().new_string(s); }

// ------------------------------------------------------------ strings

void strings_index(Machine&, Slot* args) { args[0].i = index_of(str_of(args[0]), str_of(args[1])); }
void strings_contains(Machine&, Slot* args) { set_bool(args, index_of(str_of(args[0]), str_of(args[1])) >= 0); }
void strings_last_index(Machine&, Slot* args) {
  std::string_view s = str_of(args[0]), sub = str_of(args[1]);
  size_t at = s.rfind(sub);
  args[0].i = at == std::string_view::npos ? -1 : static_cast<int64_t>(at);
}
void strings_index_byte(Machine&, Slot* args) {
  size_t at = str_of(args[0]).find(static_cast<char>(args[1].u & 0xFF));
  args[0].i = at == std::string_view::npos ? -1 : static_cast<int64_t>(at);
}
void strings_last_index_byte(Machine&, Slot* args) {
  size_t at = str_of(args[0]).rfind(static_cast<char>(args[1].u & 0xFF));
  args[0].i = at == std::string_view::npos ? -1 : static_cast<int64_t>(at);
}

// Non-overlapping occurrences; the empty string occurs once per rune, plus one.
size_t count(std::string_view s, std::string_view sub) {
  if (sub.empty()) return rune_count(s) + 1;
  size_t n = 0;
  for (size_t at = s.find(sub); at != std::string_view::npos; at = s.find(sub, at + sub.size())) n++;
  return n;
}
void strings_count(Machine&, Slot* args) { args[0].i = static_cast<int64_t>(count(str_of(args[0]), str_of(args[1]))); }

// genSplit(s, sep, sepSave, n): Split, SplitN, SplitAfter, SplitAfterN.
void strings_gen_split(Machine& m, Slot* args) {
  std::string_view s = str_of(args[0]), sep = str_of(args[1]);
  auto sep_save = static_cast<size_t>(args[2].i);
  int64_t n = args[3].i;
  std::vector<std::string_view> parts;
  if (n == 0) {  // a nil slice
    args[0].p = nullptr;
    args[1].u = args[2].u = args[3].u = 0;
    return;
  }
  if (sep.empty()) {
    // explode: one string per rune; U+FFFD (invalid or not) becomes its
    // encoding, except in the last part, which takes the rest of s.
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
    auto runes = static_cast<int64_t>(rune_count(s));
    if (n < 0 || n > runes) n = runes;
    for (int64_t i = 0; i < n - 1; i++) {
      int w;
      int64_t r = decode_at(s, 0, &w);
      parts.push_back(r == kRuneError ? kReplacement : s.substr(0, static_cast<size_t>(w)));
      s.remove_prefix(static_cast<size_t>(w));
    }
    if (n > 0) parts.push_back(s);
    set_string_slice(m, args, parts, parts.size());
    return;
  }
  if (n < 0) n = static_cast<int64_t>(count(s, sep)) + 1;
  if (n > static_cast<int64_t>(s.size()) + 1) n = static_cast<int64_t>(s.size()) + 1;
  while (static_cast<int64_t>(parts.size()) < n - 1) {
    size_t at = s.find(sep);
    if (at == std::string_view::npos) break;
    parts.push_back(s.substr(0, at + sep_save));
    s.remove_prefix(at + sep.size());
  }
  parts.push_back(s);
  set_string_slice(m, args, parts, static_cast<size_t>(n));  // Go makes n and returns a[:i+1]
}

// Fields: maximal runs of non-space runes (unicode.IsSpace).
void strings_fields(Machine& m, Slot* args) {
  std::string_view s = str_of(args[0]);
  std::vector<std::string_view> parts;
  size_t start = 0;
  bool in_field = false;
  for (size_t i = 0; i < s.size();) {
    int w;
    int64_t r = decode_at(s, i, &w);
    if (is_space(r)) {
      if (in_field) parts.push_back(s.substr(start, i - start));
      in_field = false;
    } else if (!in_field) {
      start = i;
      in_field = true;
    }
    i += static_cast<size_t>(w);
  }
  if (in_field) parts.push_back(s.substr(start));
  set_string_slice(m, args, parts, parts.size());
}

// Join(elems []string, sep string): the slice is args[0..3].
void strings_join(Machine& m, Slot* args) {
  auto* arr = static_cast<rt::ArrayObj*>(args[0].p);
  uint64_t off = args[1].u, len = args[2].u;
  std::string_view sep = str_of(args[4]);
  if (len == 0) {
    args[0].p = nullptr;
    return;
  }
  if (len == 1) {
    args[0].p = arr->data[off].p;  // strings are immutable: share it
    return;
  }
  size_t total = sep.size() * (len - 1);
  for (uint64_t k = 0; k < len; k++) total += str_of(arr->data[off + k]).size();
  if (total == 0) {
    args[0].p = nullptr;
    return;
  }
  rt::StringObj* out = m.heap().new_string_uninit(total);
  char* p = out->data;
  for (uint64_t k = 0; k < len; k++) {
    if (k > 0) p = std::copy(sep.begin(), sep.end(), p);
    std::string_view e = str_of(arr->data[off + k]);
    p = std::copy(e.begin(), e.end(), p);
  }
  args[0].p = out;
}

// repeat(s, count): count >= 0 and the length does not overflow (checked in Go).
void strings_repeat(Machine& m, Slot* args) {
  std::string_view s = str_of(args[0]);
  auto n = static_cast<size_t>(args[1].i);
  if (s.empty() || n == 0) {
    args[0].p = nullptr;
    return;
  }
  rt::StringObj* out = m.heap().new_string_uninit(s.size() * n);
  for (size_t k = 0; k < n; k++) std::memcpy(out->data + k * s.size(), s.data(), s.size());
  args[0].p = out;
}

// strings.Map(f, s) for a total rune mapping: invalid bytes become U+FFFD.
template <int64_t (*F)(int64_t)>
std::string map_runes(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 4);
  for (size_t i = 0; i < s.size();) {
    int w;
    int64_t r = decode_at(s, i, &w);
    append_rune(out, r == kRuneError && w == 1 ? kRuneError : F(r));
    i += static_cast<size_t>(w);
  }
  return out;
}

// ToUpper/ToLower: an ASCII-only string maps bytewise; otherwise Map.
template <int64_t (*F)(int64_t)>
void change_case(Machine& m, Slot* args) {
  std::string_view s = str_of(args[0]);
  bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) {
    set_string(m, args, map_runes<F>(s));
    return;
  }
  std::string out(s);
  bool changed = false;
  for (char& c : out) {
    auto mapped = static_cast<char>(F(static_cast<unsigned char>(c)));
    changed |= mapped != c;
    c = mapped;
  }
  if (changed) set_string(m, args, out);  // else: return s itself
}

void strings_trim_space(Machine& m, Slot* args) {
  std::string_view s = str_of(args[0]);
  size_t start = 0, stop = s.size();
  while (start < stop) {
    int w;
    if (!is_space(decode_at(s, start, &w))) break;
    start += static_cast<size_t>(w);
  }
  while (stop > start) {
    int w;
    if (!is_space(decode_last(s.substr(start), stop - start, &w))) break;
    stop -= static_cast<size_t>(w);
  }
  if (start != 0 || stop != s.size()) set_string(m, args, s.substr(start, stop - start));
}

void strings_replace(Machine& m, Slot* args) {
  std::string_view s = str_of(args[0]), old_s = str_of(args[1]), new_s = str_of(args[2]);
  int64_t n = args[3].i;
  if (old_s == new_s || n == 0) return;  // s itself
  auto found = static_cast<int64_t>(count(s, old_s));
  if (found == 0) return;
  if (n < 0 || found < n) n = found;
  std::string out;
  size_t start = 0;
  for (int64_t i = 0; i < n; i++) {
    size_t j = start;
    if (old_s.empty()) {
      // After the first, each empty match follows one UTF-8 sequence.
      if (i > 0) {
        int w;
        decode_at(s, start, &w);
        j += static_cast<size_t>(w);
      }
    } else {
      j = s.find(old_s, start);
    }
    out.append(s.substr(start, j - start));
    out.append(new_s);
    start = j + old_s.size();
  }
  out.append(s.substr(start));
  set_string(m, args, out);
}

// EqualFold: equal under Unicode simple case folding, rune by rune.
void strings_equal_fold(Machine&, Slot* args) {
  std::string_view s = str_of(args[0]), t = str_of(args[1]);
  size_t i = 0, j = 0;
  while (i < s.size() && j < t.size()) {
    int ws, wt;
    int64_t sr = decode_at(s, i, &ws), tr = decode_at(t, j, &wt);
    i += static_cast<size_t>(ws);
    j += static_cast<size_t>(wt);
    if (sr == tr) continue;
    if (tr < sr) std::swap(sr, tr);
    if (tr < 0x80) {
      // ASCII only: sr and tr must be upper and lower case.
      if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
      set_bool(args, false);
      return;
    }
    // SimpleFold(x) returns the next equivalent rune > x or wraps around.
    int64_t r = simple_fold(sr);
    while (r != sr && r < tr) r = simple_fold(r);
    if (r == tr) continue;
    set_bool(args, false);
    return;
  }
  set_bool(args, s.substr(i) == t.substr(j));
}

// panic(msg) for a string message, as Go reports it (no traceback).
// ------------------------------------------------------------ unicode

template <const auto& Table>
void unicode_is(Machine&, Slot* args) { set_bool(args, in_table(Table, args[0].i)); }
void unicode_is_graphic(Machine&, Slot* args) { set_bool(args, is_graphic(args[0].i)); }
void unicode_is_print(Machine&, Slot* args) { set_bool(args, is_print(args[0].i)); }
void unicode_to(Machine&, Slot* args) { args[0].i = to_case(static_cast<int>(std::clamp<int64_t>(args[0].i, -1, 3)), args[1].i); }
void unicode_simple_fold(Machine&, Slot* args) { args[0].i = simple_fold(args[0].i); }

// ------------------------------------------------------------ sort

// reflect's Kind names, for the panic of a non-slice argument.
std::string kind_name(const TypeInfo& t) {
  switch (t.kind) {
    case TypeInfo::Kind::Nil: return "zero";
    case TypeInfo::Kind::Bool: return "bool";
    case TypeInfo::Kind::Int: return t.bits == 64 ? "int" : "int" + std::to_string(t.bits);
    case TypeInfo::Kind::Uint: return t.bits == 64 ? "uint" : "uint" + std::to_string(t.bits);
    case TypeInfo::Kind::Uintptr: return "uintptr";
    case TypeInfo::Kind::Float32: return "float32";
    case TypeInfo::Kind::Float64: return "float64";
    case TypeInfo::Kind::String: return "string";
    case TypeInfo::Kind::Slice: return "slice";
    case TypeInfo::Kind::Interface: return "interface";
    case TypeInfo::Kind::Pointer: return "ptr";
    case TypeInfo::Kind::Struct: return "struct";
    case TypeInfo::Kind::Func: return "func";
    case TypeInfo::Kind::Map: return "map";
    case TypeInfo::Kind::Array: return "array";
    case TypeInfo::Kind::Chan: return "chan";
  }
  return "invalid";
}

// sliceLen(x any, method string): x is (type index, data); a slice's data
// is a box holding its 4 slots.
void sort_slice_len(Machine& m, Slot* args) {
  const TypeInfo& t = m.type_info(args[0].i);
  if (t.kind != TypeInfo::Kind::Slice) {
    m.write_stderr("panic: reflect: call of " + std::string(str_of(args[2])) + " on " + kind_name(t) +
                   " Value\n\ngoroutine 1 [running]:\n");
    m.request_exit(2);
    args[0].i = 0;
    return;
  }
  args[0].u = static_cast<rt::BoxObj*>(args[1].p)->data[2].u;
}

// sliceSwap(x any, i, j int): sort only passes indices below the length.
void sort_slice_swap(Machine& m, Slot* args) {
  const TypeInfo& t = m.type_info(args[0].i);
  const Slot* slice = static_cast<rt::BoxObj*>(args[1].p)->data;
  auto* arr = static_cast<rt::ArrayObj*>(slice[0].p);
  uint64_t w = m.type_info(t.elem).slots, off = slice[1].u, len = slice[2].u;
  uint64_t i = args[2].u, j = args[3].u;
  if (i >= len || j >= len) return;
  std::swap_ranges(arr->data + (off + i) * w, arr->data + (off + i + 1) * w, arr->data + (off + j) * w);
}

}  // namespace

// ------------------------------------------------------------ strings.Builder

// A Builder's buffer is a StringObj only the Builder references: its len is
// the bytes written, its allocation the capacity. Appends write in place
// while they fit, else move to a buffer twice as large (Go's growth).
uint64_t buf_capacity(const rt::StringObj* b) { return b ? b->header.size - offsetof(rt::StringObj, data) : 0; }
// grow: Builder.Grow's 2*cap+n; otherwise append's growth, so Cap()
// reports what Go's []byte-backed Builder would.
rt::StringObj* buf_reserve(Machine& m, rt::StringObj* b, uint64_t more, bool grow = false) {
  uint64_t len = b ? b->len : 0;
  if (buf_capacity(b) - len >= more) return b;
  uint64_t cap = grow ? 2 * buf_capacity(b) + more : rt::grow_capacity(buf_capacity(b), len + more, 1);
  rt::StringObj* grown = m.heap().new_string_uninit(cap);
  if (len) std::memcpy(grown->data, b->data, len);
  grown->len = len;
  return grown;
}
void strings_buf_append(Machine& m, Slot* args) {
  std::string_view s = str_of(args[1]);
  auto* b = static_cast<rt::StringObj*>(args[0].p);
  if (s.empty()) return;
  b = buf_reserve(m, b, s.size());
  std::memcpy(b->data + b->len, s.data(), s.size());
  b->len += s.size();
  args[0].p = b;
}
void strings_buf_append_byte(Machine& m, Slot* args) {
  rt::StringObj* b = buf_reserve(m, static_cast<rt::StringObj*>(args[0].p), 1);
  b->data[b->len++] = static_cast<char>(args[1].u);
  args[0].p = b;
}
void strings_buf_grow(Machine& m, Slot* args) {
  args[0].p = buf_reserve(m, static_cast<rt::StringObj*>(args[0].p), static_cast<uint64_t>(args[1].i), true);
}
void strings_buf_cap(Machine&, Slot* args) { args[0].u = buf_capacity(static_cast<rt::StringObj*>(args[0].p)); }
void strings_buf_string(Machine& m, Slot* args) { args[0].p = m.heap().new_string(str_of(args[0])); }

void add_text_natives(vm::NativeTable& table) {
  const std::pair<const char*, vm::NativeFn> natives[] = {
      {"strings.Index", strings_index},
      {"strings.bufAppend", strings_buf_append},
      {"strings.bufAppendByte", strings_buf_append_byte},
      {"strings.bufGrow", strings_buf_grow},
      {"strings.bufCap", strings_buf_cap},
      {"strings.bufString", strings_buf_string},
      {"strings.Contains", strings_contains},
      {"strings.LastIndex", strings_last_index},
      {"strings.IndexByte", strings_index_byte},
      {"strings.LastIndexByte", strings_last_index_byte},
      {"strings.Count", strings_count},
      {"strings.genSplit", strings_gen_split},
      {"strings.Fields", strings_fields},
      {"strings.Join", strings_join},
      {"strings.repeat", strings_repeat},
      {"strings.ToUpper", change_case<to_upper>},
      {"strings.ToLower", change_case<to_lower>},
      {"strings.TrimSpace", strings_trim_space},
      {"strings.Replace", strings_replace},
      {"strings.EqualFold", strings_equal_fold},
      {"unicode.isLetter", unicode_is<kLetter>},
      {"unicode.isUpper", unicode_is<kUpper>},
      {"unicode.isLower", unicode_is<kLower>},
      {"unicode.isTitle", unicode_is<kTitle>},
      {"unicode.isDigit", unicode_is<kDigit>},
      {"unicode.isNumber", unicode_is<kNumber>},
      {"unicode.isPunct", unicode_is<kPunct>},
      {"unicode.isSymbol", unicode_is<kSymbol>},
      {"unicode.isMark", unicode_is<kMark>},
      {"unicode.isWhiteSpace", unicode_is<kWhiteSpace>},
      {"unicode.isGraphic", unicode_is_graphic},
      {"unicode.isPrint", unicode_is_print},
      {"unicode.To", unicode_to},
      {"unicode.SimpleFold", unicode_simple_fold},
      {"sort.sliceLen", sort_slice_len},
      {"sort.sliceSwap", sort_slice_swap},
  };
  for (const auto& [name, fn] : natives) table.emplace(name, fn);
  add_math_natives(table);
}

}  // namespace gosub::stdlib
