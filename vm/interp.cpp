// The dispatch loop. Computed goto on GCC/Clang (a label table generated
// from opcodes.def), a switch elsewhere. Invariants are listed in vm.h.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "runtime/print.h"
#include "runtime/slice.h"
#include "vm/vm.h"

#if defined(__GNUC__) || defined(__clang__)
#define GOSUB_COMPUTED_GOTO 1
#endif

namespace gosub::vm {

namespace {
// Calls and back-edges spend this budget; once it is spent the next
// back-edge preempts (a call that spends the last of it leaves 1).
constexpr int32_t kPreemptBudget = 1 << 16;
// A go statement spends this much of it: a loop starting goroutines yields
// to them after a few hundred, as Go's idle Ps would take them at once,
// rather than piling up tens of thousands unstarted (memory, cache misses).
constexpr int32_t kGoCost = 256;

int64_t f64_to_i64(double d) {
  // amd64 CVTTSD2SQ: NaN and out-of-range give 0x8000000000000000.
  if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) return std::numeric_limits<int64_t>::min();
  return static_cast<int64_t>(d);
}
uint64_t f64_to_u64(double d) {
  // gc on amd64: values below 2^63 convert as int64, larger ones by
  // subtracting 2^63 first; out of range wraps like the hardware does.
  if (d < 9223372036854775808.0) return static_cast<uint64_t>(f64_to_i64(d));
  double r = d - 9223372036854775808.0;
  return static_cast<uint64_t>(f64_to_i64(r)) ^ 0x8000000000000000ull;
}
}  // namespace

#ifdef GOSUB_GC_STRESS
constexpr bool kBuildGcStress = true;
#else
constexpr bool kBuildGcStress = false;
#endif

Machine::Machine(const Module& module, RunOptions options)
    : module_(module),
      options_(std::move(options)),
      heap_(rt::GcOptions{options_.gc_percent, options_.gc_stress || kBuildGcStress}),
      types_(module.types) {
  // Go seeds map iteration and hashing randomly per process.
  rng_ = static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) * 0x9E3779B97F4A7C15ull | 1;
  map_shapes_.resize(types_.size());
  for (size_t t = 0; t < types_.size(); t++) {
    const TypeInfo& info = types_[t];
    if (info.kind != TypeInfo::Kind::Map) continue;
    const TypeInfo& key = types_[info.key];
    rt::MapShape& shape = map_shapes_[t];
    shape.key_slots = key.slots;
    shape.value_slots = types_[info.elem].slots;
    shape.key_type = info.key;
    shape.value_type = info.elem;
    switch (key.kind) {
      case TypeInfo::Kind::Int: case TypeInfo::Kind::Uint: case TypeInfo::Kind::Uintptr: case TypeInfo::Kind::Bool:
        shape.key_class = rt::KeyClass::Bits;
        break;
      case TypeInfo::Kind::String: shape.key_class = rt::KeyClass::String; break;
      default: shape.key_class = rt::KeyClass::Generic; break;
    }
  }
  callback_return_.name = "gosub.callback";
  callback_return_.code = {make_abc(Opcode::HALT, 0, 0, 0)};
  callback_return_.lines = {0};
  goroutines_.push_back(std::make_unique<Goroutine>());
  g_ = goroutines_[0].get();
  goroutine_end_.name = "gosub.goend";
  goroutine_end_.code = {make_abc(Opcode::GOEND, 0, 0, 0)};
  goroutine_end_.lines = {0};
  panic_frame_.name = "panic";
  panic_frame_.file = "<gosub runtime>";
  panic_frame_.code = {make_abc(Opcode::RESUME_PANIC, 0, 0, 0)};
  panic_frame_.lines = {0};
  start_ns_ = static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                        std::chrono::steady_clock::now().time_since_epoch()).count());
  for (size_t t = 0; t < types_.size(); t++) add_layout(static_cast<uint32_t>(t), types_[t]);
  {
    // A fired AfterFunc timer starts `go f()`: a start record holding f.
    TypeInfo record;
    record.kind = TypeInfo::Kind::Struct;
    record.name = "go record (func())";
    record.slots = 3;
    record.layout = {GcSlot::Pointer, GcSlot::Scalar, GcSlot::Pointer};
    after_func_site_.slots = 1;
    after_func_site_.record_type = static_cast<uint32_t>(intern_type(record));
    timer_creator_.name = "time.goFunc";
    timer_creator_.file = "<gosub runtime>";
  }
  constants_.reserve(module_.constants.size());
  for (const Constant& k : module_.constants) {
    Slot s = k.bits;
    if (k.kind == Constant::Kind::String) s.p = heap_.new_static_string(k.str);
    constants_.push_back(s);
  }
  globals_.assign(module_.num_globals, Slot{});
  iface_cache_.assign(module_.iface_sites.size(), IfaceCache{});
  for (const NativeRef& ref : module_.natives) {
    NativeFn fn = nullptr;
    if (options_.natives) {
      auto it = options_.natives->find(ref.name);
      if (it != options_.natives->end()) fn = it->second;
    }
    natives_.push_back(fn);
  }
}

Machine::~Machine() { flush_stdout(); }

bool Machine::call(uint32_t fn, const Slot* args, uint32_t nargs, Slot* results, uint32_t nresults,
                   std::string* panic_message) {
  const Function* callee = &module_.functions[fn];
  const Frame& caller = g_->frames.back();
  size_t base = caller.base + caller.fn->num_registers;
  // args may point into the register stack, which may move when it grows.
  std::vector<Slot> in(args, args + nargs);
  size_t need = base + std::max(callee->num_registers, nresults);
  if (need > g_->stack.size() && !grow_stack(need)) {
    stack_overflow();
    request_exit(2);
    return false;
  }
  size_t depth = g_->frames.size();
  size_t panics = g_->panics.size();
  g_->frames.push_back(Frame{&callback_return_, callback_return_.code.data(), base, nullptr});
  Slot* R = g_->stack.data() + base;
  rt::move_slots(R, in.data(), nargs);
  std::memset(R + nargs, 0, (callee->num_registers - std::min(nargs, callee->num_registers)) * sizeof(Slot));
  g_->frames.push_back(Frame{callee, callee->code.data(), base, nullptr});
  in_callback_++;
  bool ok = execute();
  in_callback_--;
  g_->frames.resize(depth);  // the callback frame, and on a panic the callee's frames too
  if (ok) {
    std::memcpy(results, g_->stack.data() + base, nresults * sizeof(Slot));
    return true;
  }
  if (!panic_at_boundary_ || exit_requested_) {
    request_exit(2);  // os.Exit, or a fatal error already printed
    return false;
  }
  // The callee panicked and nothing above this call recovered.
  panic_at_boundary_ = false;
  if (panic_message) {
    // The native recovers it (fmt's PANIC= form), with the text Go prints.
    Slot value[2] = {g_->panics.back().value[0], g_->panics.back().value[1]};
    g_->panics.resize(panics);
    *panic_message = panic_value_text(value);
    return false;
  }
  // Otherwise it goes on in the native's caller once the native returns.
  g_->panics.back().scan = g_->frames.size();
  native_panic_ = true;
  return false;
}

bool Machine::call_method(uint32_t fn, uint32_t type, const Slot* value, Slot* results, uint32_t nresults,
                          std::string* panic_message) {
  const TypeInfo& t = types_[type];
  if (!t.by_pointer) return call(fn, value, t.slots, results, nresults, panic_message);
  Slot receiver[2];
  fresh_copy(type, value, receiver);
  return call(fn, receiver, 2, results, nresults, panic_message);
}

void Machine::fresh_copy(uint32_t type, const Slot* src, Slot* out) {
  const TypeInfo& t = types_[type];
  if (t.kind == TypeInfo::Kind::Array) {
    rt::ArrayObj* arr = heap_.new_array(t.len, types_[t.elem].slots, t.elem);
    rt::move_slots(arr->data, src, t.slots);
    out[0].p = arr;
    out[1].p = arr->data;
    return;
  }
  rt::BoxObj* box = heap_.new_box(src, t.slots, type, rt::AllocKind::Cell);
  out[0].p = box;
  out[1].p = box->data;
}

uint32_t Machine::find_method(uint32_t type, uint32_t name) const {
  const auto& methods = types_[type].methods;
  auto it = std::lower_bound(methods.begin(), methods.end(), std::make_pair(name, 0u));
  return it != methods.end() && it->first == name ? it->second : UINT32_MAX;
}

bool Machine::implements(uint32_t type, uint32_t iface) const {
  if (type == 0) return false;
  for (const auto& [name, unused] : types_[iface].methods)
    if (find_method(type, name) == UINT32_MAX) return false;
  return true;
}

int64_t Machine::intern_type(const TypeInfo& info) {
  for (size_t i = 0; i < types_.size(); i++)
    if (types_[i].name == info.name && types_[i].kind == info.kind) return static_cast<int64_t>(i);
  types_.push_back(info);
  add_layout(static_cast<uint32_t>(types_.size() - 1), info);
  return static_cast<int64_t>(types_.size() - 1);
}

void Machine::flush_stdout() {
  if (!stdout_buf_.empty()) {
    options_.write_stdout(stdout_buf_);
    stdout_buf_.clear();
  }
}

int Machine::run() {
  for (size_t i = 0; i < natives_.size(); i++) {
    if (!natives_[i]) {
      write_stderr("fatal error: native function " + module_.natives[i].name + " is not available\n");
      return 2;
    }
  }
  if (module_.entry >= module_.functions.size()) {
    write_stderr("fatal error: module has no entry function\n");
    return 2;
  }
  const Function& entry = module_.functions[module_.entry];
  g_->stack.assign(std::max<size_t>(1024, entry.num_registers), Slot{});
  g_->frames.push_back(Frame{&entry, entry.code.data(), 0, nullptr});
  bool completed = execute();
  // Nothing runs now: only globals stay reachable.
  run_queue_.clear();
  run_next_ = nullptr;
  goroutines_.clear();
  goroutines_.push_back(std::make_unique<Goroutine>());
  g_ = goroutines_[0].get();
  flush_stdout();
  if (options_.print_stats) print_stats();
  if (exit_requested_) return exit_status_;
  return completed ? 0 : 2;
}

bool Machine::append_slots(Slot* slice, const Slot* elems, uint64_t count, uint32_t x) {
  uint32_t w = elem_width(x);
  uint64_t len = slice[2].u, cap = slice[3].u, need = len + count;
  if (need > cap) {
    uint64_t go_size = type_info(elem_type(x)).go_size;
    uint64_t new_cap = rt::grow_capacity(cap, need, go_size);
    if (need < len || new_cap > rt::max_slice_len(go_size, w)) return false;
    rt::ArrayObj* grown = heap_.new_array(new_cap, w, elem_type(x));
    if (len) std::memcpy(grown->data, static_cast<rt::ArrayObj*>(slice[0].p)->data + slice[1].u * w, len * w * sizeof(Slot));
    slice[0].p = grown;
    slice[1].u = 0;
    slice[3].u = new_cap;
  }
  auto* arr = static_cast<rt::ArrayObj*>(slice[0].p);
  std::memmove(arr->data + (slice[1].u + len) * w, elems, count * w * sizeof(Slot));
  slice[2].u = need;
  return true;
}

// Out of line: helpers that need C++ objects with destructors. Computed
// goto leaves a handler's scope without running destructors, so handlers
// in execute() keep only trivially destructible locals.
bool Machine::append_string(Slot* slice, const rt::StringObj* str, uint32_t x) {
  std::string_view bytes = rt::string_view_of(str);
  if (bytes.empty()) return true;
  std::vector<Slot> elems(bytes.size());
  for (size_t k = 0; k < bytes.size(); k++) elems[k].u = static_cast<uint8_t>(bytes[k]);
  return append_slots(slice, elems.data(), elems.size(), x);
}

void Machine::string_to_runes(Slot* out, const rt::StringObj* str) {
  std::string_view s = rt::string_view_of(str);
  std::vector<int32_t> runes;
  for (size_t k = 0; k < s.size();) {
    int width = 0;
    runes.push_back(rt::decode_rune(s.substr(k), &width));
    k += static_cast<size_t>(width);
  }
  rt::ArrayObj* arr = heap_.new_array(runes.size(), 1, 0);
  for (size_t k = 0; k < runes.size(); k++) arr->data[k].i = runes[k];
  Slot header[4] = {{.p = arr}, {.u = 0}, {.u = runes.size()}, {.u = runes.size()}};
  std::memcpy(out, header, sizeof header);
}

rt::StringObj* Machine::runes_to_string(const Slot* s) {
  std::string bytes;
  const Slot* in = s[2].u ? static_cast<rt::ArrayObj*>(s[0].p)->data + s[1].u : nullptr;
  for (uint64_t k = 0; k < s[2].u; k++) {
    char buf[4];
    bytes.append(buf, static_cast<size_t>(rt::encode_rune(buf, in[k].i)));
  }
  return heap_.new_string(bytes);
}

bool Machine::grow_stack(size_t need) {
  uint64_t bytes = need * sizeof(Slot) + g_->frames.size() * kFrameOverheadBytes;
  if (bytes > options_.max_stack_bytes) return false;
  size_t size = g_->stack.size();
  while (size < need) size *= 2;
  if (natives_running_ == 0) {
    g_->stack.resize(size);
    return true;
  }
  // A native's callback: the native's argument pointer points into this
  // buffer, so it stays until the natives return (see native_stack_moved).
  std::vector<Slot> bigger(size);
  std::memcpy(bigger.data(), g_->stack.data(), g_->stack.size() * sizeof(Slot));
  retired_stacks_.push_back(std::move(g_->stack));
  g_->stack = std::move(bigger);
  return true;
}

void Machine::native_stack_moved(const Slot* old) {
  // The native wrote its results through its argument pointer, into the
  // old buffer: copy its calling frame's registers across (callbacks' own
  // frames lie above them, so nothing else wrote there meanwhile).
  const Frame& f = g_->frames.back();
  std::memcpy(g_->stack.data() + f.base, old + f.base, f.fn->num_registers * sizeof(Slot));
  if (natives_running_ == 0) retired_stacks_.clear();
}

std::string Machine::assertion_error(uint32_t type, uint32_t target, uint32_t iface) const {
  const std::string& want = types_[target].name;
  const std::string& static_name = types_[iface].name;
  if (type == 0) {
    return "interface conversion: " + std::string(types_[target].kind == TypeInfo::Kind::Interface ? "interface" : static_name) +
           " is nil, not " + want;
  }
  const TypeInfo& have = types_[type];
  if (types_[target].kind != TypeInfo::Kind::Interface)
    return "interface conversion: " + static_name + " is " + have.name + ", not " + want;
  for (const auto& [name, unused] : types_[target].methods)
    if (find_method(type, name) == UINT32_MAX)
      return "interface conversion: " + have.name + " is not " + want + ": missing method " + module_.method_names[name].substr(0, module_.method_names[name].find(' '));
  return "interface conversion";
}

// Values of dynamic type `type` (one slot, or boxed when wider) compared
// as Go's == does; an uncomparable type records itself for EQ_IFACE.
bool Machine::values_equal(uint32_t type, const Slot* a, const Slot* b) {
  const TypeInfo& t = types_[type];
  switch (t.kind) {
    case TypeInfo::Kind::Float32: case TypeInfo::Kind::Float64: return a->f == b->f;
    case TypeInfo::Kind::String:
      return rt::string_view_of(static_cast<const rt::StringObj*>(a->p)) == rt::string_view_of(static_cast<const rt::StringObj*>(b->p));
    case TypeInfo::Kind::Interface: return a[0].u == b[0].u && (a[0].u == 0 || ifaces_equal(a, b));
    case TypeInfo::Kind::Pointer: return a[1].p == b[1].p;
    case TypeInfo::Kind::Slice: case TypeInfo::Kind::Func: case TypeInfo::Kind::Map:
      uncomparable_type_ = type;
      return false;
    case TypeInfo::Kind::Struct:
      for (const TypeInfo::Field& f : t.fields) {
        if (f.name == "_") continue;
        if (!values_equal(f.type, a + f.offset, b + f.offset)) return false;
      }
      return true;
    case TypeInfo::Kind::Array: {
      uint32_t w = types_[t.elem].slots;
      for (uint64_t k = 0; k < t.len; k++)
        if (!values_equal(t.elem, a + k * w, b + k * w)) return false;
      return true;
    }
    default: return a->u == b->u;
  }
}

bool Machine::type_comparable(uint32_t type) const {
  const TypeInfo& t = types_[type];
  switch (t.kind) {
    case TypeInfo::Kind::Slice: case TypeInfo::Kind::Func: case TypeInfo::Kind::Map: return false;
    case TypeInfo::Kind::Struct:
      for (const TypeInfo::Field& f : t.fields)
        if (!type_comparable(f.type)) return false;
      return true;
    case TypeInfo::Kind::Array: return type_comparable(t.elem);
    default: return true;
  }
}

bool Machine::ifaces_equal(const Slot* x, const Slot* y) {
  auto type = static_cast<uint32_t>(x[0].u);
  if (!type_comparable(type)) {
    uncomparable_type_ = type;  // Go names the interface's dynamic type
    return false;
  }
  const TypeInfo& t = types_[type];
  if (t.slots > 1) {
    return values_equal(type, static_cast<const rt::BoxObj*>(x[1].p)->data, static_cast<const rt::BoxObj*>(y[1].p)->data);
  }
  return values_equal(type, x + 1, y + 1);
}

bool Machine::hash(uint32_t type, const Slot* key, uint64_t seed, uint64_t& out) {
  const TypeInfo& t = types_[type];
  switch (t.kind) {
    case TypeInfo::Kind::Float32: case TypeInfo::Kind::Float64:
      // +0 and -0 are one key; every NaN is a key of its own.
      if (key->f == 0) out = rt::hash_word(0, seed);
      else if (key->f != key->f) out = random();
      else out = rt::hash_word(key->u, seed);
      return true;
    case TypeInfo::Kind::String: {
      std::string_view s = rt::string_view_of(static_cast<const rt::StringObj*>(key->p));
      out = rt::hash_bytes(s.data(), s.size(), seed);
      return true;
    }
    case TypeInfo::Kind::Interface: {
      auto dyn = static_cast<uint32_t>(key[0].u);
      if (dyn == 0) {
        out = rt::hash_word(0, seed);
        return true;
      }
      if (!type_comparable(dyn)) {
        unhashable_type_ = dyn;  // Go names the interface's dynamic type
        return false;
      }
      const Slot* v = types_[dyn].slots > 1 ? static_cast<const rt::BoxObj*>(key[1].p)->data : key + 1;
      uint64_t h = 0;
      if (!hash(dyn, v, seed, h)) return false;
      out = rt::hash_word(h ^ dyn, seed);
      return true;
    }
    case TypeInfo::Kind::Pointer: out = rt::hash_word(key[1].u, seed); return true;
    case TypeInfo::Kind::Array: {
      uint64_t h = seed;
      uint32_t w = types_[t.elem].slots;
      for (uint64_t k = 0; k < t.len; k++) {
        uint64_t eh = 0;
        if (!hash(t.elem, key + k * w, seed, eh)) return false;
        h = rt::hash_word(h ^ eh, seed);
      }
      out = h;
      return true;
    }
    case TypeInfo::Kind::Struct: {
      uint64_t h = seed;
      for (const TypeInfo::Field& f : t.fields) {
        if (f.name == "_") continue;
        uint64_t fh = 0;
        if (!hash(f.type, key + f.offset, seed, fh)) return false;
        h = rt::hash_word(h ^ fh, seed);
      }
      out = h;
      return true;
    }
    case TypeInfo::Kind::Slice: case TypeInfo::Kind::Func: case TypeInfo::Kind::Map:
      unhashable_type_ = type;
      return false;
    default: out = rt::hash_word(key->u, seed); return true;
  }
}

bool Machine::execute() {
  // The running goroutine, in a local: members reload after every opaque call.
  Goroutine* g = g_;
  const Frame* frame = &g->frames.back();
  const Instr* pc = frame->pc;
  Slot* R = g->stack.data() + frame->base;
  const Slot* K = constants_.data();
  int32_t budget = kPreemptBudget;
  Instr i;

#define A arg_a(i)
#define B arg_b(i)
#define C arg_c(i)
#define RA R[arg_a(i)]
#define RB R[arg_b(i)]
#define RC R[arg_c(i)]
// Two-word compare-and-branch: the offset word follows the instruction.
#define BRANCH_IF(cond)                                        \
  do {                                                         \
    int32_t off = static_cast<int32_t>(*pc++);                 \
    if (cond) {                                                \
      if (off < 0) BACK_EDGE(pc - 2);                          \
      pc += off;                                               \
    }                                                          \
  } while (0)
// A taken back-edge spends the preemption budget; when it runs out and
// another goroutine can run, this one yields, to resume at the branch
// (whose pointer map describes the frame).
#define BACK_EDGE(at)                                          \
  do {                                                         \
    if (--budget <= 0) {                                       \
      budget = kPreemptBudget;                                 \
      if (!in_callback_ && (has_runnable() || (run_timers() && has_runnable()))) { \
        g->frames.back().pc = (at);                            \
        g->preempted = true;                                   \
        if (!yield()) return false;                            \
        RESCHEDULE();                                          \
      }                                                        \
    }                                                          \
  } while (0)
// Before an allocating instruction: run a due collection. pc is just past
// the opcode word, as the pointer-map lookup expects.
#define SAFEPOINT()                                      \
  do {                                                   \
    if (heap_.collection_due()) {                        \
      g->frames.back().pc = pc;                            \
      collect_garbage();                                 \
    }                                                    \
  } while (0)
// Go reports a nil dereference as a SIGSEGV turned into a runtime error.
// Another goroutine (or a deferred call) runs now: reload its state.
#define RESCHEDULE()                       \
  do {                                     \
    g = g_;                                \
    frame = &g->frames.back();             \
    R = g->stack.data() + frame->base;     \
    pc = frame->pc;                        \
    DISPATCH();                            \
  } while (0)
// A deferred call from this frame's exit: push it above the frame's
// registers and run it (a nil function value panics here, as in Go).
#define CALL_DEFERRED(site, slots)                                                         \
  do {                                                                                     \
    switch (call_deferred((site), (slots), frame->base + frame->fn->num_registers)) {      \
      case DeferCall::Ok: break;                                                           \
      case DeferCall::Overflow: return false;                                              \
      case DeferCall::NilFunc: NIL_DEREF();                                                \
    }                                                                                      \
    RESCHEDULE();                                                                          \
  } while (0)
// A goroutine blocks: the next runnable one runs (or the program ends).
#define BLOCK(reason)                      \
  do {                                     \
    if (in_callback_) {                    \
      write_stderr("fatal error: gosub: a goroutine blocked inside a callback from a native (a String, Error or sort function)\n"); \
      return false;                        \
    }                                      \
    if (!park(reason)) return false;       \
    RESCHEDULE();                          \
  } while (0)
// A panic started: run the first deferred call (or recover, or end).
#define PANICKING()                        \
  do {                                     \
    if (!run_panic()) return false;        \
    RESCHEDULE();                          \
  } while (0)
// Go reports a nil dereference as a SIGSEGV turned into a runtime error.
#define NIL_DEREF()                                                        \
  do {                                                                     \
    g->frames.back().pc = pc;                                                \
    sigpanic_ = true;                                                      \
    runtime_panic("invalid memory address or nil pointer dereference");   \
    PANICKING();                                                           \
  } while (0)
#define RUNTIME_ERROR(msg)             \
  do {                                 \
    g->frames.back().pc = pc;            \
    runtime_panic(msg);                \
    PANICKING();                       \
  } while (0)
// Calls: make room for callee's frame at stack offset base (or stop with
// Go's stack overflow), then push the frame and jump to its first
// instruction with the registers past its parameters zeroed.
#define RESERVE_FRAME(callee, base)                                                                        \
  do {                                                                                                    \
    size_t need_ = (base) + (callee)->num_registers;                                                      \
    g->frames.back().pc = pc;                                                                               \
    if (need_ > g->stack.size() || g->frames.size() * kFrameOverheadBytes + need_ * sizeof(Slot) > options_.max_stack_bytes) { \
      if (!grow_stack(need_)) {                                                                           \
        stack_overflow();                                                                                 \
        return false;                                                                                     \
      }                                                                                                   \
    }                                                                                                     \
  } while (0)
#define ENTER_FRAME(callee, base, closure)                                                                   \
  do {                                                                                                      \
    g->frames.push_back(Frame{(callee), (callee)->code.data(), (base), (closure)});                          \
    frame = &g->frames.back();                                                                                \
    R = g->stack.data() + (base);                                                                             \
    rt::zero_slots(R + (callee)->num_params, (callee)->num_registers - (callee)->num_params);                \
    pc = (callee)->code.data();                                                                             \
    if (--budget <= 0) budget = 1;  /* spent at a call: preempt at the next back-edge */                    \
  } while (0)

#ifdef GOSUB_COMPUTED_GOTO
  static const void* const kLabels[] = {
#define OP(name, format, gc, doc) &&op_##name,
#include "vm/opcodes.def"
#undef OP
  };
#define DISPATCH() \
  do {             \
    i = *pc++;     \
    goto* kLabels[i & 0xff]; \
  } while (0)
#define CASE(name) op_##name:
  DISPATCH();
#else
#define DISPATCH() goto dispatch
#define CASE(name) case Opcode::name:
dispatch:
  i = *pc++;
  switch (op_of(i)) {
#endif

  CASE(MOVE) { RA = RB; DISPATCH(); }
  CASE(LOADK) { RA = K[arg_bx(i)]; DISPATCH(); }
  CASE(LOADI) { RA.i = arg_sbx(i); DISPATCH(); }
  CASE(LOADF) { RA.f = arg_sbx(i); DISPATCH(); }
  CASE(LOADZ) { RA.u = 0; DISPATCH(); }
  CASE(GETG) { RA = globals_[arg_bx(i)]; DISPATCH(); }
  CASE(SETG) { globals_[arg_bx(i)] = RA; DISPATCH(); }

  CASE(ADD_I64) { RA.u = RB.u + RC.u; DISPATCH(); }
  CASE(SUB_I64) { RA.u = RB.u - RC.u; DISPATCH(); }
  CASE(MUL_I64) { RA.u = RB.u * RC.u; DISPATCH(); }
  CASE(DIV_I64) {
    int64_t d = RC.i;
    if (d == 0) RUNTIME_ERROR("integer divide by zero");
    RA.i = d == -1 ? static_cast<int64_t>(0 - RB.u) : RB.i / d;
    DISPATCH();
  }
  CASE(REM_I64) {
    int64_t d = RC.i;
    if (d == 0) RUNTIME_ERROR("integer divide by zero");
    RA.i = d == -1 ? 0 : RB.i % d;
    DISPATCH();
  }
  CASE(DIV_U64) {
    if (RC.u == 0) RUNTIME_ERROR("integer divide by zero");
    RA.u = RB.u / RC.u;
    DISPATCH();
  }
  CASE(REM_U64) {
    if (RC.u == 0) RUNTIME_ERROR("integer divide by zero");
    RA.u = RB.u % RC.u;
    DISPATCH();
  }
  CASE(ADDI_I64) { RA.u = RB.u + static_cast<uint64_t>(static_cast<int64_t>(arg_sc(i))); DISPATCH(); }
  CASE(MULI_I64) { RA.u = RB.u * static_cast<uint64_t>(static_cast<int64_t>(arg_sc(i))); DISPATCH(); }
  CASE(ADDK_I64) { RA.u = RB.u + K[C].u; DISPATCH(); }
  CASE(MULK_I64) { RA.u = RB.u * K[C].u; DISPATCH(); }
  CASE(ANDK) { RA.u = RB.u & K[C].u; DISPATCH(); }
  CASE(ORK) { RA.u = RB.u | K[C].u; DISPATCH(); }
  CASE(XORK) { RA.u = RB.u ^ K[C].u; DISPATCH(); }
  CASE(NEG_I64) { RA.u = 0 - RB.u; DISPATCH(); }
  CASE(AND) { RA.u = RB.u & RC.u; DISPATCH(); }
  CASE(OR) { RA.u = RB.u | RC.u; DISPATCH(); }
  CASE(XOR) { RA.u = RB.u ^ RC.u; DISPATCH(); }
  CASE(ANDNOT) { RA.u = RB.u & ~RC.u; DISPATCH(); }
  CASE(NOT_BITS) { RA.u = ~RB.u; DISPATCH(); }
  CASE(SHL) {
    if (RC.i < 0) RUNTIME_ERROR("negative shift amount");
    RA.u = RC.u >= 64 ? 0 : RB.u << RC.u;
    DISPATCH();
  }
  CASE(SHR_I64) {
    if (RC.i < 0) RUNTIME_ERROR("negative shift amount");
    RA.i = RB.i >> (RC.u >= 64 ? 63 : RC.u);
    DISPATCH();
  }
  CASE(SHR_U64) {
    if (RC.i < 0) RUNTIME_ERROR("negative shift amount");
    RA.u = RC.u >= 64 ? 0 : RB.u >> RC.u;
    DISPATCH();
  }
  CASE(SEXT8) { RA.i = static_cast<int8_t>(RB.u); DISPATCH(); }
  CASE(SEXT16) { RA.i = static_cast<int16_t>(RB.u); DISPATCH(); }
  CASE(SEXT32) { RA.i = static_cast<int32_t>(RB.u); DISPATCH(); }
  CASE(ZEXT8) { RA.u = static_cast<uint8_t>(RB.u); DISPATCH(); }
  CASE(ZEXT16) { RA.u = static_cast<uint16_t>(RB.u); DISPATCH(); }
  CASE(ZEXT32) { RA.u = static_cast<uint32_t>(RB.u); DISPATCH(); }

  CASE(ADD_F64) { RA.f = RB.f + RC.f; DISPATCH(); }
  CASE(SUB_F64) { RA.f = RB.f - RC.f; DISPATCH(); }
  CASE(MUL_F64) { RA.f = RB.f * RC.f; DISPATCH(); }
  CASE(DIV_F64) { RA.f = RB.f / RC.f; DISPATCH(); }
  CASE(NEG_F64) { RA.f = -RB.f; DISPATCH(); }
  CASE(ROUND_F32) { RA.f = static_cast<double>(static_cast<float>(RB.f)); DISPATCH(); }

  CASE(I64_TO_F64) { RA.f = static_cast<double>(RB.i); DISPATCH(); }
  CASE(U64_TO_F64) { RA.f = static_cast<double>(RB.u); DISPATCH(); }
  CASE(F64_TO_I64) { RA.i = f64_to_i64(RB.f); DISPATCH(); }
  CASE(F64_TO_U64) { RA.u = f64_to_u64(RB.f); DISPATCH(); }

  CASE(EQ_I64) { RA.u = RB.u == RC.u; DISPATCH(); }
  CASE(NE_I64) { RA.u = RB.u != RC.u; DISPATCH(); }
  CASE(LT_I64) { RA.u = RB.i < RC.i; DISPATCH(); }
  CASE(LE_I64) { RA.u = RB.i <= RC.i; DISPATCH(); }
  CASE(LT_U64) { RA.u = RB.u < RC.u; DISPATCH(); }
  CASE(LE_U64) { RA.u = RB.u <= RC.u; DISPATCH(); }
  CASE(EQ_F64) { RA.u = RB.f == RC.f; DISPATCH(); }
  CASE(NE_F64) { RA.u = RB.f != RC.f; DISPATCH(); }
  CASE(LT_F64) { RA.u = RB.f < RC.f; DISPATCH(); }
  CASE(LE_F64) { RA.u = RB.f <= RC.f; DISPATCH(); }
  CASE(NOT) { RA.u = !RB.u; DISPATCH(); }

  CASE(JMP) {
    if (arg_sj(i) < 0) BACK_EDGE(pc - 1);
    pc += arg_sj(i);
    DISPATCH();
  }
  CASE(LOOP) {
    BACK_EDGE(pc - 1);
    pc += arg_sj(i);
    DISPATCH();
  }
  CASE(JT) {
    if (RA.u) {
      if (arg_sbx(i) < 0) BACK_EDGE(pc - 1);
      pc += arg_sbx(i);
    }
    DISPATCH();
  }
  CASE(JF) {
    if (!RA.u) {
      if (arg_sbx(i) < 0) BACK_EDGE(pc - 1);
      pc += arg_sbx(i);
    }
    DISPATCH();
  }
  CASE(JLT_I64) { BRANCH_IF(RA.i < RB.i); DISPATCH(); }
  CASE(JLE_I64) { BRANCH_IF(RA.i <= RB.i); DISPATCH(); }
  CASE(JEQ_I64) { BRANCH_IF(RA.u == RB.u); DISPATCH(); }
  CASE(JNE_I64) { BRANCH_IF(RA.u != RB.u); DISPATCH(); }
  CASE(JLTI_I64) { BRANCH_IF(RA.i < arg_sb(i)); DISPATCH(); }
  CASE(JGEI_I64) { BRANCH_IF(RA.i >= arg_sb(i)); DISPATCH(); }
  CASE(JLTK_I64) { BRANCH_IF(RA.i < K[B].i); DISPATCH(); }
  CASE(JGEK_I64) { BRANCH_IF(RA.i >= K[B].i); DISPATCH(); }
  CASE(JLT_F64) { BRANCH_IF(RA.f < RB.f); DISPATCH(); }

  CASE(CONCAT) {
    SAFEPOINT();
    RA.p = heap_.concat(static_cast<rt::StringObj*>(RB.p), static_cast<rt::StringObj*>(RC.p));
    DISPATCH();
  }
  CASE(LEN_STR) {
    auto* s = static_cast<rt::StringObj*>(RB.p);
    RA.u = s ? s->len : 0;
    DISPATCH();
  }
  CASE(INDEX_STR) {
    auto* s = static_cast<rt::StringObj*>(RB.p);
    size_t len = s ? s->len : 0;
    if (RC.u >= len) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::Index, RC.i, static_cast<int64_t>(len)));
    RA.u = static_cast<uint8_t>(s->data[RC.u]);
    DISPATCH();
  }
  CASE(EQ_STR) {
    RA.u = rt::string_view_of(static_cast<rt::StringObj*>(RB.p)) == rt::string_view_of(static_cast<rt::StringObj*>(RC.p));
    DISPATCH();
  }
  CASE(LT_STR) {
    RA.u = rt::string_view_of(static_cast<rt::StringObj*>(RB.p)) < rt::string_view_of(static_cast<rt::StringObj*>(RC.p));
    DISPATCH();
  }

  CASE(PRINT_I64) { rt::print_int(print_buf_, RA.i); DISPATCH(); }
  CASE(PRINT_U64) { rt::print_uint(print_buf_, RA.u); DISPATCH(); }
  CASE(PRINT_F64) { rt::print_float(print_buf_, RA.f); DISPATCH(); }
  CASE(PRINT_BOOL) { rt::print_bool(print_buf_, RA.u != 0); DISPATCH(); }
  CASE(PRINT_STR) { print_buf_.append(rt::string_view_of(static_cast<rt::StringObj*>(RA.p))); DISPATCH(); }
  CASE(PRINT_SP) { print_buf_ += ' '; DISPATCH(); }
  CASE(PRINT_NL) { print_buf_ += '\n'; DISPATCH(); }
  CASE(PRINT_END) {
    write_stderr(print_buf_);
    print_buf_.clear();
    DISPATCH();
  }

  CASE(SLICE_STR) {
    SAFEPOINT();
    auto* s = static_cast<rt::StringObj*>(RB.p);
    size_t len = s ? s->len : 0;
    uint64_t lo = R[C].u, hi = R[C + 1].u;
    if (hi > len) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::SliceAlen, R[C + 1].i, static_cast<int64_t>(len)));
    if (lo > hi) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::SliceB, R[C].i, R[C + 1].i));
    RA.p = heap_.new_string(std::string_view(s ? s->data : "", len).substr(lo, hi - lo));
    DISPATCH();
  }
  CASE(RUNE_STR) {
    SAFEPOINT();
    char buf[4];
    RA.p = heap_.new_string(std::string_view(buf, rt::encode_rune(buf, RB.i)));
    DISPATCH();
  }
  CASE(DECODE_RUNE) {
    auto* s = static_cast<rt::StringObj*>(RB.p);
    std::string_view rest = rt::string_view_of(s).substr(RC.u);
    int width = 0;
    RA.i = rt::decode_rune(rest, &width);
    R[A + 1].i = width;
    DISPATCH();
  }

  CASE(MAKE_SL) {
    SAFEPOINT();
    uint32_t x = *pc++;
    int64_t len = RB.i, cap = RC.i;
    uint64_t max = rt::max_slice_len(type_info(elem_type(x)).go_size, elem_width(x));
    if (len < 0 || static_cast<uint64_t>(len) > max) RUNTIME_ERROR("makeslice: len out of range");
    if (cap < len || static_cast<uint64_t>(cap) > max) RUNTIME_ERROR("makeslice: cap out of range");
    R[A].p = heap_.new_array(static_cast<uint64_t>(cap), elem_width(x), elem_type(x));
    R[A + 1].u = 0;
    R[A + 2].i = len;
    R[A + 3].i = cap;
    DISPATCH();
  }
  CASE(CHECKIDX) {
    uint64_t len = *pc++;
    if (RA.u >= len) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::Index, RA.i, static_cast<int64_t>(len)));
    DISPATCH();
  }
  CASE(INDEX_R) {
    uint32_t w = *pc++;
    rt::move_slots(&RA, R + B + RC.u, w);
    DISPATCH();
  }
  CASE(SETINDEX_R) {
    uint32_t w = *pc++;
    rt::move_slots(R + A + RB.u, &RC, w);
    DISPATCH();
  }
  CASE(ADDR_ADV) {
    if (!R[B + 1].p) NIL_DEREF();
    R[A].p = RB.p;
    R[A + 1].p = static_cast<Slot*>(R[B + 1].p) + RC.u;
    DISPATCH();
  }
  CASE(EQ_VAL) {
    uint32_t type = *pc++;
    RA.u = values_equal(type, &RB, &RC);
    if (uncomparable_type_) {
      const std::string name = types_[uncomparable_type_].name;
      uncomparable_type_ = 0;
      RUNTIME_ERROR("comparing uncomparable type " + name);
    }
    DISPATCH();
  }
  CASE(EQ_MEM) {
    uint32_t type = *pc++;
    auto* x = static_cast<const Slot*>(R[B + 1].p);
    auto* y = static_cast<const Slot*>(R[C + 1].p);
    if (!x || !y) NIL_DEREF();
    RA.u = values_equal(type, x, y);
    if (uncomparable_type_) {
      const std::string name = types_[uncomparable_type_].name;
      uncomparable_type_ = 0;
      RUNTIME_ERROR("comparing uncomparable type " + name);
    }
    DISPATCH();
  }
  CASE(SLICE_PTR) {
    uint32_t x = *pc++;
    auto* arr = static_cast<rt::ArrayObj*>(RB.p);
    auto* addr = static_cast<Slot*>(R[B + 1].p);
    if (!addr) NIL_DEREF();
    if (!arr || arr->header.kind != rt::ObjKind::Array) RUNTIME_ERROR("gosub: slicing an array that is not a variable or heap array is not supported yet");
    uint64_t w = x & 0xff, len = x >> 8;
    RA.p = arr;
    R[A + 1].u = static_cast<uint64_t>(addr - arr->data) / (w ? w : 1);
    R[A + 2].u = len;
    R[A + 3].u = len;
    DISPATCH();
  }
  CASE(MAKE_MAP) {
    SAFEPOINT();
    uint32_t x = *pc++;
    int64_t hint = C ? RB.i : 0;
    RA.p = maps_.make(map_shapes_[x], x, hint > 0 ? static_cast<uint64_t>(hint) : 0, random());
    DISPATCH();
  }
  CASE(MAPGET) {
    uint32_t x = *pc++;
    const rt::MapShape& shape = map_shapes_[x & kMapTypeMask];
    Slot* value = nullptr;
    if (!maps_.find(static_cast<rt::MapObj*>(RB.p), map_key(&RC, x), value))
      RUNTIME_ERROR("hash of unhashable type " + types_[unhashable_type_].name);
    if (value) rt::move_slots(&RA, value, shape.value_slots);
    else std::memset(&RA, 0, shape.value_slots * sizeof(Slot));
    if (x >> 31) R[A + shape.value_slots].u = value != nullptr;
    DISPATCH();
  }
  CASE(MAPGETP) {
    uint32_t x = *pc++;
    const rt::MapShape& shape = map_shapes_[x & kMapTypeMask];
    auto* dst = static_cast<Slot*>(R[A + 1].p);
    if (!dst) NIL_DEREF();
    Slot* value = nullptr;
    if (!maps_.find(static_cast<rt::MapObj*>(RB.p), map_key(&RC, x), value))
      RUNTIME_ERROR("hash of unhashable type " + types_[unhashable_type_].name);
    if (value) rt::move_slots(dst, value, shape.value_slots);
    if (x >> 31) R[A + 2].u = value != nullptr;
    DISPATCH();
  }
  CASE(MAPSET) {
    SAFEPOINT();
    uint32_t x = *pc++;
    auto* m = static_cast<rt::MapObj*>(RA.p);
    if (!m) {
      g->frames.back().pc = pc;
      runtime_panic("assignment to entry in nil map", false);
      PANICKING();
    }
    Slot* value = nullptr;
    if (!maps_.insert(m, map_key(&RB, x), value)) RUNTIME_ERROR("hash of unhashable type " + types_[unhashable_type_].name);
    rt::move_slots(value, &RC, map_shapes_[x & kMapTypeMask].value_slots);
    DISPATCH();
  }
  CASE(MAPSETP) {
    SAFEPOINT();
    uint32_t x = *pc++;
    auto* m = static_cast<rt::MapObj*>(RA.p);
    if (!m) {
      g->frames.back().pc = pc;
      runtime_panic("assignment to entry in nil map", false);
      PANICKING();
    }
    auto* src = static_cast<const Slot*>(R[C + 1].p);
    if (!src) NIL_DEREF();
    Slot* value = nullptr;
    if (!maps_.insert(m, map_key(&RB, x), value)) RUNTIME_ERROR("hash of unhashable type " + types_[unhashable_type_].name);
    rt::move_slots(value, src, map_shapes_[x & kMapTypeMask].value_slots);
    DISPATCH();
  }
  CASE(MAPDEL) {
    uint32_t x = *pc++;
    if (!maps_.remove(static_cast<rt::MapObj*>(RA.p), map_key(&RB, x))) RUNTIME_ERROR("hash of unhashable type " + types_[unhashable_type_].name);
    DISPATCH();
  }
  CASE(LEN_MAP) {
    auto* m = static_cast<rt::MapObj*>(RB.p);
    RA.u = m ? m->count : 0;
    DISPATCH();
  }
  CASE(MAPITER) {
    pc++;
    rt::MapIter it = maps_.iterate(static_cast<rt::MapObj*>(RB.p), random());
    R[A].p = it.map;
    R[A + 1].p = it.table;
    R[A + 2].u = it.pos;
    R[A + 3].u = it.left;
    DISPATCH();
  }
  CASE(MAPNEXT) {
    uint32_t x = *pc++;
    rt::MapIter it{static_cast<rt::MapObj*>(R[A].p), static_cast<rt::MapTable*>(R[A + 1].p), R[A + 2].u, R[A + 3].u};
    Slot *key = nullptr, *value = nullptr;
    bool found = it.left > 0 && maps_.next(it, key, value);
    R[A + 2].u = it.pos;
    R[A + 3].u = it.left;
    R[A + 4].u = found;
    if (found) {
      const rt::MapShape& shape = map_shapes_[x & kMapTypeMask];
      Slot* value_at = &RB + shape.key_slots;
      if (x & kMapNextKeyInMemory) {
        rt::move_slots(static_cast<Slot*>(R[B + 1].p), key, shape.key_slots);
        value_at = &RB + 2;
      } else {
        rt::move_slots(&RB, key, shape.key_slots);
      }
      if (x & kMapNextValueInMemory) value_at = static_cast<Slot*>(R[C + 1].p);
      rt::move_slots(value_at, value, shape.value_slots);
    }
    DISPATCH();
  }
  CASE(INDEX_SL) {
    const Slot* s = &RB;
    if (RC.u >= s[2].u) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::Index, RC.i, s[2].i));
    RA = static_cast<rt::ArrayObj*>(s[0].p)->data[s[1].u + RC.u];
    DISPATCH();
  }
  CASE(SETINDEX_SL) {
    const Slot* s = &RA;
    if (RB.u >= s[2].u) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::Index, RB.i, s[2].i));
    static_cast<rt::ArrayObj*>(s[0].p)->data[s[1].u + RB.u] = RC;
    DISPATCH();
  }
  CASE(INDEXW_SL) {
    uint32_t w = elem_width(*pc++);
    const Slot* s = &RB;
    if (RC.u >= s[2].u) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::Index, RC.i, s[2].i));
    rt::move_slots(&RA, static_cast<rt::ArrayObj*>(s[0].p)->data + (s[1].u + RC.u) * w, w);
    DISPATCH();
  }
  CASE(SETINDEXW_SL) {
    uint32_t w = elem_width(*pc++);
    const Slot* s = &RA;
    if (RB.u >= s[2].u) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::Index, RB.i, s[2].i));
    rt::move_slots(static_cast<rt::ArrayObj*>(s[0].p)->data + (s[1].u + RB.u) * w, &RC, w);
    DISPATCH();
  }
  CASE(SLICE_TO_ARRP) {
    uint32_t x = *pc++;
    uint64_t w = x & 0xff, n = x >> 8;
    const Slot* sl = &RB;
    if (sl[2].u < n)
      RUNTIME_ERROR("cannot convert slice with length " + std::to_string(sl[2].i) + " to pointer to array with length " + std::to_string(n));
    auto* arr = static_cast<rt::ArrayObj*>(sl[0].p);
    RA.p = arr;  // a nil slice gives a nil pointer
    R[A + 1].p = arr ? arr->data + sl[1].u * w : nullptr;
    DISPATCH();
  }
  CASE(SLICE_ARR) {
    // An array's bound is its length, and Go's message says so.
    const Slot* s = &RB;
    int64_t bound = R[C + (A ? 2 : 1)].i;
    if (static_cast<uint64_t>(bound) > s[3].u)
      RUNTIME_ERROR(rt::bounds_error(A ? rt::BoundsKind::Slice3Alen : rt::BoundsKind::SliceAlen, bound, s[3].i));
    DISPATCH();
  }
  CASE(SLICE_SL) {
    const Slot* s = &RB;
    int64_t lo = R[C].i, hi = R[C + 1].i;
    if (static_cast<uint64_t>(hi) > s[3].u) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::SliceAcap, hi, s[3].i));
    if (static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi)) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::SliceB, lo, hi));
    Slot out[4] = {s[0], {.u = s[1].u + static_cast<uint64_t>(lo)}, {.i = hi - lo}, {.u = s[3].u - static_cast<uint64_t>(lo)}};
    if (!out[0].p) out[1].u = 0;  // slicing nil gives nil
    std::memcpy(&RA, out, sizeof out);
    DISPATCH();
  }
  CASE(SLICE3_SL) {
    const Slot* s = &RB;
    int64_t lo = R[C].i, hi = R[C + 1].i, max = R[C + 2].i;
    if (static_cast<uint64_t>(max) > s[3].u) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::Slice3Acap, max, s[3].i));
    if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(max)) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::Slice3B, hi, max));
    if (static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi)) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::Slice3C, lo, hi));
    Slot out[4] = {s[0], {.u = s[1].u + static_cast<uint64_t>(lo)}, {.i = hi - lo}, {.i = max - lo}};
    if (!out[0].p) out[1].u = 0;
    std::memcpy(&RA, out, sizeof out);
    DISPATCH();
  }
  CASE(APPEND_SL) {
    SAFEPOINT();
    uint32_t x = *pc++;
    if (!append_slots(&RA, &RB, C, x)) RUNTIME_ERROR("growslice: len out of range");
    DISPATCH();
  }
  CASE(APPENDS_SL) {
    SAFEPOINT();
    uint32_t x = *pc++;
    const Slot* src = &RB;
    uint64_t n = src[2].u;
    if (n) {
      auto* arr = static_cast<rt::ArrayObj*>(src[0].p);
      if (!append_slots(&RA, arr->data + src[1].u * elem_width(x), n, x)) RUNTIME_ERROR("growslice: len out of range");
    }
    DISPATCH();
  }
  CASE(APPENDSTR_SL) {
    SAFEPOINT();
    uint32_t x = *pc++;
    if (!append_string(&RA, static_cast<rt::StringObj*>(RB.p), x)) RUNTIME_ERROR("growslice: len out of range");
    DISPATCH();
  }
  CASE(COPY_SL) {
    const Slot* d = &RB;
    const Slot* s = &RC;
    uint64_t n = std::min(d[2].u, s[2].u);
    if (n) {
      auto* da = static_cast<rt::ArrayObj*>(d[0].p);
      auto* sa = static_cast<rt::ArrayObj*>(s[0].p);
      uint32_t w = da->elem_slots;
      std::memmove(da->data + d[1].u * w, sa->data + s[1].u * w, n * w * sizeof(Slot));
    }
    RA.u = n;
    DISPATCH();
  }
  CASE(COPYSTR_SL) {
    const Slot* d = &RB;
    std::string_view str = rt::string_view_of(static_cast<rt::StringObj*>(RC.p));
    uint64_t n = std::min<uint64_t>(d[2].u, str.size());
    Slot* out = n ? static_cast<rt::ArrayObj*>(d[0].p)->data + d[1].u : nullptr;
    for (uint64_t k = 0; k < n; k++) out[k].u = static_cast<uint8_t>(str[k]);
    RA.u = n;
    DISPATCH();
  }
  CASE(STR_BYTES) {
    SAFEPOINT();
    std::string_view str = rt::string_view_of(static_cast<rt::StringObj*>(RB.p));
    rt::ArrayObj* arr = heap_.new_array(str.size(), 1, 0);
    for (size_t k = 0; k < str.size(); k++) arr->data[k].u = static_cast<uint8_t>(str[k]);
    Slot out[4] = {{.p = arr}, {.u = 0}, {.u = str.size()}, {.u = str.size()}};
    std::memcpy(&RA, out, sizeof out);
    DISPATCH();
  }
  CASE(BYTES_STR) {
    SAFEPOINT();
    const Slot* s = &RB;
    rt::StringObj* str = nullptr;
    if (s[2].u) {
      const Slot* in = static_cast<rt::ArrayObj*>(s[0].p)->data + s[1].u;
      str = heap_.new_string_uninit(s[2].u);
      for (uint64_t k = 0; k < s[2].u; k++) str->data[k] = static_cast<char>(in[k].u);
    }
    RA.p = str;
    DISPATCH();
  }
  CASE(STR_RUNES) {
    SAFEPOINT();
    string_to_runes(&RA, static_cast<rt::StringObj*>(RB.p));
    DISPATCH();
  }
  CASE(RUNES_STR) {
    SAFEPOINT();
    RA.p = runes_to_string(&RB);
    DISPATCH();
  }
  CASE(TYPEASSERT) {
    uint32_t x = *pc++;
    uint32_t target = x & 0xffff;
    auto type = static_cast<uint32_t>(RB.u);
    const TypeInfo& tt = types_[target];
    bool to_iface = tt.kind == TypeInfo::Kind::Interface;
    bool ok = to_iface ? implements(type, target) : type == target;
    Slot data = R[B + 1];
    uint32_t w = tt.slots;
    if (!ok) {
      if (!C) {
        g->frames.back().pc = pc;
        runtime_panic(assertion_error(type, target, x >> 16), false);
        PANICKING();
      }
      std::memset(&RA, 0, w * sizeof(Slot));
    } else if (to_iface) {
      RA.u = type;
      R[A + 1] = data;
    } else if (w > 1) {
      rt::move_slots(&RA, static_cast<rt::BoxObj*>(data.p)->data, w);
    } else {
      RA = data;
    }
    if (C) R[A + w].u = ok;
    DISPATCH();
  }
  CASE(EQ_IFACE) {
    RA.u = RB.u == RC.u && (RB.u == 0 || ifaces_equal(&RB, &RC));
    if (uncomparable_type_) {
      const std::string name = types_[uncomparable_type_].name;
      uncomparable_type_ = 0;
      RUNTIME_ERROR("comparing uncomparable type " + name);
    }
    DISPATCH();
  }
  CASE(BOX) {
    SAFEPOINT();
    uint32_t type = *pc++;
    RA.p = heap_.new_box(&RB, type_info(type).slots, type);
    DISPATCH();
  }
  CASE(BOXP) {
    SAFEPOINT();
    uint32_t type = *pc++;
    auto* src = static_cast<const Slot*>(R[B + 1].p);
    if (!src) NIL_DEREF();
    RA.p = heap_.new_box(src, type_info(type).slots, type);
    DISPATCH();
  }
  CASE(TYPEASSERTP) {
    uint32_t x = *pc++;
    uint32_t target = x & 0xffff;
    auto type = static_cast<uint32_t>(RB.u);
    auto* dst = static_cast<Slot*>(R[A + 1].p);
    if (!dst) NIL_DEREF();
    bool ok = type == target;
    if (!ok && !C) {
      g->frames.back().pc = pc;
      runtime_panic(assertion_error(type, target, x >> 16), false);
      PANICKING();
    }
    if (ok) rt::move_slots(dst, static_cast<rt::BoxObj*>(R[B + 1].p)->data, types_[target].slots);
    if (C) R[A + 2].u = ok;
    DISPATCH();
  }

  CASE(NEW) {
    SAFEPOINT();
    uint32_t type = *pc++;
    const TypeInfo& t = type_info(type);
    if (t.kind == TypeInfo::Kind::Array) {
      // Arrays live in array objects, so slicing them shares the storage.
      const TypeInfo& et = types_[t.elem];
      rt::ArrayObj* arr = heap_.new_array(t.len, et.slots, t.elem);
      if (!(C & 2)) rt::move_slots(arr->data, &RB, t.slots);
      RA.p = arr;
      R[A + 1].p = arr->data;
      DISPATCH();
    }
    auto kind = C ? rt::AllocKind::Cell : t.kind == TypeInfo::Kind::Struct ? rt::AllocKind::Struct : rt::AllocKind::Other;
    rt::BoxObj* box = heap_.new_box(C & 2 ? nullptr : &RB, t.slots, type, kind);
    RA.p = box;
    R[A + 1].p = box->data;
    DISPATCH();
  }
  CASE(LOADP) {
    uint32_t w = *pc++;
    auto* addr = static_cast<Slot*>(R[B + 1].p);
    if (!addr) NIL_DEREF();
    rt::move_slots(&RA, addr + C, w);
    DISPATCH();
  }
  CASE(STOREP) {
    uint32_t w = *pc++;
    auto* addr = static_cast<Slot*>(R[A + 1].p);
    if (!addr) NIL_DEREF();
    rt::move_slots(addr + B, &RC, w);
    DISPATCH();
  }
  CASE(COPYP) {
    uint32_t w = *pc++;
    auto* dst = static_cast<Slot*>(R[A + 1].p);
    auto* src = static_cast<Slot*>(R[B + 1].p);
    if (!dst || !src) NIL_DEREF();
    rt::move_slots(dst, src, w);
    DISPATCH();
  }
  CASE(ADDR_G) {
    RA.p = nullptr;
    R[A + 1].p = &globals_[arg_bx(i)];
    DISPATCH();
  }
  CASE(ADDR_SL) {
    uint32_t w = elem_width(*pc++);
    const Slot* s = &RB;
    if (RC.u >= s[2].u) RUNTIME_ERROR(rt::bounds_error(rt::BoundsKind::Index, RC.i, s[2].i));
    auto* arr = static_cast<rt::ArrayObj*>(s[0].p);
    Slot* addr = arr->data + (s[1].u + RC.u) * w;
    RA.p = arr;
    R[A + 1].p = addr;
    DISPATCH();
  }
  CASE(ADDR_OFF) {
    auto* addr = static_cast<Slot*>(R[B + 1].p);
    if (!addr) NIL_DEREF();
    RA = RB;
    R[A + 1].p = addr + C;
    DISPATCH();
  }
  CASE(FUNCREF) {
    RA.p = static_closure(arg_bx(i));
    DISPATCH();
  }
  CASE(CLOSURE) {
    SAFEPOINT();
    uint32_t x = *pc++;
    RA.p = new_closure(x & 0xffff, x >> 16, &RB, C);
    DISPATCH();
  }
  CASE(GETCELL) {
    auto* cell = static_cast<rt::ObjHeader*>(frame->closure->data[1 + B].p);
    R[A].p = cell;
    // Array variables' cells are array objects (NEW): their slots start elsewhere.
    R[A + 1].p = cell->kind == rt::ObjKind::Array ? reinterpret_cast<rt::ArrayObj*>(cell)->data : reinterpret_cast<rt::BoxObj*>(cell)->data;
    DISPATCH();
  }
  CASE(GETUP) {
    const Slot* from = frame->closure->data + 1 + B;
    rt::move_slots(&RA, from, C);
    DISPATCH();
  }

  CASE(CALL) {
    const Function* callee = &module_.functions[arg_bx(i)];
    size_t base = static_cast<size_t>(R - g->stack.data()) + A;
    RESERVE_FRAME(callee, base);
    ENTER_FRAME(callee, base, nullptr);
    DISPATCH();
  }
  CASE(CALLM) {
    uint32_t site = *pc++;
    auto type = static_cast<uint32_t>(RA.u);
    if (type == 0) NIL_DEREF();
    IfaceCache& cache = iface_cache_[site];
    if (cache.type != type) cache = IfaceCache{type, find_method(type, module_.iface_sites[site])};
    const Function* callee = &module_.functions[cache.fn];
    size_t base = static_cast<size_t>(R - g->stack.data()) + A + 1;
    RESERVE_FRAME(callee, base);
    uint32_t w = types_[type].slots;
    if (types_[type].by_pointer) {
      // A receiver too wide for registers: a pointer to a fresh copy (no
      // collection runs before the callee's frame holds it).
      Slot* F = g->stack.data() + base;
      auto* box = static_cast<rt::BoxObj*>(F[0].p);
      std::memmove(F + 2, F + 1, (callee->num_params - 2) * sizeof(Slot));
      fresh_copy(type, box->data, F);
    } else if (w > 1) {
      // A boxed receiver: unpack it in front of the arguments.
      Slot* F = g->stack.data() + base;
      auto* box = static_cast<rt::BoxObj*>(F[0].p);
      std::memmove(F + w, F + 1, (callee->num_params - w) * sizeof(Slot));
      std::memcpy(F, box->data, w * sizeof(Slot));
    } else if (w == 0) {
      // A zero-size receiver takes no slot: the arguments move down.
      Slot* F = g->stack.data() + base;
      std::memmove(F, F + 1, callee->num_params * sizeof(Slot));
    }
    ENTER_FRAME(callee, base, nullptr);
    DISPATCH();
  }
  CASE(CALLV) {
    auto* closure = static_cast<rt::BoxObj*>(RB.p);
    if (!closure) NIL_DEREF();
    const Function* callee = &module_.functions[closure->data[0].u];
    size_t base = static_cast<size_t>(R - g->stack.data()) + A;
    RESERVE_FRAME(callee, base);
    ENTER_FRAME(callee, base, closure);
    DISPATCH();
  }
  CASE(CALLN) {
    SAFEPOINT();
    g->frames.back().pc = pc;
    const Slot* stack = g->stack.data();
    natives_running_++;
    natives_[arg_bx(i)](*this, &RA);
    natives_running_--;
    if (g->stack.data() != stack) native_stack_moved(stack);
    R = g->stack.data() + g->frames.back().base;  // a native's callbacks may have grown the stack
    frame = &g->frames.back();
    if (exit_requested_) return false;
    if (native_panic_) {
      native_panic_ = false;
      PANICKING();
    }
    if (yield_requested_) {
      yield_requested_ = false;
      if (!in_callback_) {
        if (!yield()) return false;
        RESCHEDULE();
      }
    }
    DISPATCH();
  }
  CASE(RET) {
    uint32_t n = B;
    if (A != 0) rt::move_slots(R, R + A, n);
    g->frames.pop_back();
    frame = &g->frames.back();
    R = g->stack.data() + frame->base;
    pc = frame->pc;
    DISPATCH();
  }
  CASE(RET0) {
    g->frames.pop_back();
    frame = &g->frames.back();
    R = g->stack.data() + frame->base;
    pc = frame->pc;
    DISPATCH();
  }
  CASE(NILCHECK) {
    if (!RA.u) NIL_DEREF();
    DISPATCH();
  }
  CASE(PANIC) {
    g->frames.back().pc = pc;
    begin_panic(&RA);
    PANICKING();
  }
  CASE(PANIC_RT) {
    auto* s = static_cast<rt::StringObj*>(K[arg_bx(i)].p);
    RUNTIME_ERROR(std::string(rt::string_view_of(s)));
  }
  CASE(DEFERBIT) { RA.u |= uint64_t{1} << B; DISPATCH(); }
  CASE(RUNDEFERBIT) {
    uint64_t bit = uint64_t{1} << B;
    if (!(RA.u & bit)) DISPATCH();
    RA.u &= ~bit;
    g->frames.back().pc = pc;
    defer_stats_.open_coded_run++;
    const DeferSite& site = frame->fn->defer_sites[B];
    CALL_DEFERRED(site, R + site.reg);
  }
  CASE(DEFERPROC) {
    SAFEPOINT();
    uint32_t x = *pc++;
    g->frames.back().pc = pc;
    defer_proc(frame->fn->defer_sites[x], x, &RA);
    DISPATCH();
  }
  CASE(DEFERRETURN) {
    rt::BoxObj* d = g->defer_chain;
    if (!d || record_frame(d) != g->frames.size() - 1) {
      pc += arg_sj(i);
      DISPATCH();
    }
    g->defer_chain = static_cast<rt::BoxObj*>(d->data[0].p);
    g->frames.back().pc = pc;
    defer_stats_.heap_records_run++;
    CALL_DEFERRED(frame->fn->defer_sites[record_site(d)], d->data + 2);
  }
  CASE(DEFERCLOSURE) {
    SAFEPOINT();
    uint32_t x = *pc++;
    RA.p = new_closure(x & 0xffff, x >> 16, &RB, C, rt::AllocKind::DeferClosure);
    DISPATCH();
  }
  CASE(RECOVER) {
    recover(&RA);
    DISPATCH();
  }
  CASE(RESUME_PANIC) {
    if (!resume_panic()) return false;
    RESCHEDULE();  // a Goexit's walk may have ended this goroutine
  }
  CASE(GO) {
    SAFEPOINT();
    uint32_t x = *pc++;
    g->frames.back().pc = pc;
    start_goroutine(frame->fn->go_sites[x], &RA);
    budget -= kGoCost;
    DISPATCH();
  }
  CASE(GOEND) {
    if (!end_goroutine()) return false;
    RESCHEDULE();
  }
  CASE(MAKE_CHAN) {
    SAFEPOINT();
    uint32_t x = *pc++;
    int64_t size = C ? RB.i : 0;
    const TypeInfo& elem = types_[types_[x].elem];
    if (size < 0 || (elem.slots && static_cast<uint64_t>(size) > (uint64_t{1} << 40) / elem.slots)) RUNTIME_ERROR("makechan: size out of range");
    auto* c = static_cast<rt::ChanObj*>(heap_.allocate(rt::ObjKind::Chan, rt::AllocKind::Chan, sizeof(rt::ChanObj)));
    c->cap = static_cast<uint64_t>(size);
    c->len = c->head = 0;
    c->elem_slots = elem.slots;
    c->elem_type = types_[x].elem;
    c->closed = false;
    c->recv_head = c->recv_tail = c->send_head = c->send_tail = nullptr;
    c->buf = size > 0 ? heap_.new_array(static_cast<uint64_t>(size), std::max<uint32_t>(elem.slots, 1), c->elem_type) : nullptr;
    RA.p = c;
    DISPATCH();
  }
  CASE(SEND) {
    pc++;
    g->frames.back().pc = pc;
    auto* c = static_cast<rt::ChanObj*>(RA.p);
    if (!c) BLOCK("chan send (nil chan)");
    bool panicked;
    bool done = chan_send(c, &RB, panicked);
    if (panicked) PANICKING();
    if (!done) BLOCK("chan send");
    next_wait_reason_ = nullptr;
    DISPATCH();
  }
  CASE(RECV) {
    uint32_t x = *pc++;
    g->frames.back().pc = pc;
    auto* c = static_cast<rt::ChanObj*>(RB.p);
    uint32_t w = types_[types_[x & 0x7fffffff].elem].slots;
    Slot* ok = (x >> 31) ? &R[A + w] : nullptr;
    if (!c) {
      std::memset(&RA, 0, w * sizeof(Slot));
      BLOCK("chan receive (nil chan)");
    }
    bool panicked;
    if (!chan_recv(c, &RA, ok, panicked)) BLOCK("chan receive");
    next_wait_reason_ = nullptr;
    DISPATCH();
  }
  CASE(SELECT) {
    uint32_t x = *pc++;
    g->frames.back().pc = pc;
    const SelectSite& site = frame->fn->select_sites[x];
    bool panicked;
    if (!select(site, R, &RA, panicked)) BLOCK(site.cases.empty() ? "select (no cases)" : "select");
    if (panicked) PANICKING();
    next_wait_reason_ = nullptr;
    DISPATCH();
  }
  CASE(CLOSE) {
    g->frames.back().pc = pc;
    if (!chan_close(static_cast<rt::ChanObj*>(RA.p))) PANICKING();
    DISPATCH();
  }
  CASE(LEN_CHAN) {
    auto* c = static_cast<rt::ChanObj*>(RB.p);
    RA.u = c ? c->len : 0;
    DISPATCH();
  }
  CASE(CAP_CHAN) {
    auto* c = static_cast<rt::ChanObj*>(RB.p);
    RA.u = c ? c->cap : 0;
    DISPATCH();
  }
  CASE(HALT) { return true; }

#ifndef GOSUB_COMPUTED_GOTO
    case Opcode::kCount: break;
  }
  return false;
#endif
#undef A
#undef B
#undef C
#undef RA
#undef RB
#undef RC
#undef BRANCH_IF
#undef BACK_EDGE
#undef RUNTIME_ERROR
#undef RESERVE_FRAME
#undef ENTER_FRAME
#undef NIL_DEREF
#undef PANICKING
#undef RESCHEDULE
#undef BLOCK
#undef CALL_DEFERRED
#undef SAFEPOINT
#undef DISPATCH
#undef CASE
}

int run_module(const Module& module, RunOptions options) {
  Machine m(module, std::move(options));
  return m.run();
}

}  // namespace gosub::vm
