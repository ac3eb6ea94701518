// Panics, recover and the deferred calls they run (SPEC §4, §5; the
// lowering is in docs/defer.md).
//
// A panic never unwinds the C++ stack. begin_panic pushes a PanicRecord;
// run_panic walks the frames from the top down, and for the first pending
// deferred call it finds (an open-coded bit of the frame's mask, or the
// newest heap record of that frame) pushes a continuation frame
// (panic_frame_, whose code is RESUME_PANIC) and the call's frame above it,
// then lets the dispatch loop run it. When the call returns into the
// continuation, resume_panic either recovers (recover() was called by that
// deferred call: the frames above the frame that deferred it go, and that
// frame resumes at its exit, which runs its remaining defers and returns
// its results) or walks on. A panic inside a deferred call starts a new
// record whose walk marks the older panic aborted when it passes that
// panic's continuation frame, as gc's gopanic does; the dead chain prints
// as Go prints it.
#include <cstring>

#include "runtime/print.h"
#include "vm/vm.h"

namespace gosub::vm {

constexpr int kTracebackFrames = 100;

void Machine::begin_panic(const Slot* value, bool goexit) {
  PanicRecord p;
  p.value[0] = value[0];
  p.value[1] = value[1];
  p.scan = g_->frames.size();
  p.goexit = goexit;
  g_->panics.push_back(p);
  if (!goexit) defer_stats_.panics++;
}

void Machine::goexit() {
  Slot nil[2] = {};
  begin_panic(nil, true);
  native_panic_ = true;
}

void Machine::runtime_panic(const std::string& message, bool runtime_error) {
  const Module::RuntimeErrorTypes& rt_types = module_.runtime_errors;
  Slot value[2] = {};
  value[1].p = heap_.new_string(message);
  bool bounds = message.rfind("index out of range", 0) == 0 || message.rfind("slice bounds out of range", 0) == 0 ||
                message.rfind("cannot convert slice", 0) == 0;
  if (!runtime_error && message.rfind("interface conversion", 0) == 0 && rt_types.type_assertion) {
    // *TypeAssertionError: a pointer (box, address) to the struct holding the text.
    rt::BoxObj* target = heap_.new_box(&value[1], 1, rt_types.type_assertion_struct, rt::AllocKind::Struct);
    Slot ptr[2];
    ptr[0].p = target;
    ptr[1].p = target->data;
    value[0].u = rt_types.type_assertion;
    value[1].p = heap_.new_box(ptr, 2, rt_types.type_assertion, rt::AllocKind::IfaceBox);
  } else if (!runtime_error) {
    value[0].u = rt_types.plain_error;
  } else {
    value[0].u = bounds ? rt_types.bounds_error : rt_types.error_string;
  }
  if (value[0].u == 0) {
    // A module built without package runtime (unit tests): a plain string.
    TypeInfo str;
    str.kind = TypeInfo::Kind::String;
    str.name = "string";
    value[0].u = static_cast<uint64_t>(intern_type(str));
    if (runtime_error) value[1].p = heap_.new_string("runtime error: " + message);
  }
  begin_panic(value);
}

Machine::DeferCall Machine::call_deferred(const DeferSite& site, const Slot* slots, size_t base) {
  Slot args[256];
  uint32_t n = site.slots;
  rt::move_slots(args, slots, n);  // slots may live in the stack, which may move
  const Slot* from = args;
  rt::BoxObj* closure = nullptr;
  uint32_t fn = site.fn;
  if (fn == kDeferFuncValue) {
    closure = static_cast<rt::BoxObj*>(args[0].p);
    if (!closure) return DeferCall::NilFunc;
    fn = static_cast<uint32_t>(closure->data[0].u);
    from++;
    n--;
  }
  const Function* callee = &module_.functions[fn];
  size_t need = base + std::max(callee->num_registers, n);
  if (need > g_->stack.size() || g_->frames.size() * kFrameOverheadBytes + need * sizeof(Slot) > options_.max_stack_bytes) {
    if (!grow_stack(need)) {
      stack_overflow();
      return DeferCall::Overflow;
    }
  }
  Slot* R = g_->stack.data() + base;
  rt::move_slots(R, from, n);
  rt::zero_slots(R + n, callee->num_registers - std::min(n, callee->num_registers));
  g_->frames.push_back(Frame{callee, callee->code.data(), base, closure});
  return DeferCall::Ok;
}

void Machine::defer_proc(const DeferSite& site, uint32_t site_index, const Slot* slots) {
  rt::BoxObj* d = heap_.new_box(nullptr, 2u + site.slots, site.record_type, rt::AllocKind::DeferRecord);
  d->data[0].p = g_->defer_chain;
  d->data[1].u = (g_->frames.size() - 1) | static_cast<uint64_t>(site_index) << 32;
  std::memcpy(d->data + 2, slots, site.slots * sizeof(Slot));
  g_->defer_chain = d;
}

void Machine::recover(Slot* out) {
  out[0].u = 0;
  out[1].u = 0;
  if (g_->panics.empty()) return;
  PanicRecord& p = g_->panics.back();
  // Only the deferred call the panic itself made, and only directly.
  if (p.goexit || p.recovered || g_->frames.size() < 2 || p.cont_frame != g_->frames.size() - 2) return;
  p.recovered = true;
  out[0] = p.value[0];
  out[1] = p.value[1];
  defer_stats_.recovers++;
}

bool Machine::run_panic() {
  for (;;) {
    size_t index = g_->panics.size() - 1;
    size_t k = g_->panics[index].scan;
    const DeferSite* site = nullptr;
    const Slot* slots = nullptr;
    while (site == nullptr && k-- > 0) {
      Frame& f = g_->frames[k];
      if (f.fn == &panic_frame_) {
        // An older panic's deferred call is being passed: it is aborted.
        for (size_t q = 0; q < index; q++)
          if (g_->panics[q].cont_frame == k) g_->panics[q].aborted = true;
        continue;
      }
      if (f.fn == &callback_return_) {
        // The native that made this call() decides (call() returns false).
        g_->panics[index].scan = k + 1;
        panic_at_boundary_ = true;
        return false;
      }
      if (f.fn->defer_exit == UINT32_MAX) continue;
      bool open = f.fn->defer_sites[0].open;  // a function's defers take one path
      Slot& bits = g_->stack[f.base + f.fn->defer_bits];
      if (open && bits.u) {
        int b = 63 - __builtin_clzll(bits.u);
        bits.u &= ~(uint64_t{1} << b);
        site = &f.fn->defer_sites[static_cast<size_t>(b)];
        slots = g_->stack.data() + f.base + site->reg;
        defer_stats_.open_coded_run++;
      } else if (!open && g_->defer_chain && record_frame(g_->defer_chain) == k) {
        rt::BoxObj* d = g_->defer_chain;
        g_->defer_chain = static_cast<rt::BoxObj*>(d->data[0].p);
        site = &f.fn->defer_sites[record_site(d)];
        slots = d->data + 2;
        defer_stats_.heap_records_run++;
      }
    }
    if (site == nullptr) {
      if (g_->panics[index].goexit) {
        // Goexit ran every deferred call: the goroutine ends (main's too;
        // the program then dies once nothing else can run).
        if (g_ == goroutines_[0].get() && g_->id == 1) main_goexited_ = true;
        return end_goroutine();
      }
      fatal_panic();
      return false;
    }
    g_->panics[index].scan = k + 1;  // k may hold more
    if (!(g_->frames.back().fn == &panic_frame_ && g_->panics[index].cont_frame == g_->frames.size() - 1)) {
      const Frame& top = g_->frames.back();
      g_->frames.push_back(Frame{&panic_frame_, panic_frame_.code.data(), top.base + top.fn->num_registers, nullptr});
      g_->panics[index].cont_frame = g_->frames.size() - 1;
    }
    switch (call_deferred(*site, slots, g_->frames.back().base)) {
      case DeferCall::Ok: return true;
      case DeferCall::Overflow: return false;
      case DeferCall::NilFunc:
        // Calling a nil deferred func panics anew, above this continuation.
        sigpanic_ = true;
        runtime_panic("invalid memory address or nil pointer dereference");
        break;
    }
  }
}

bool Machine::resume_panic() {
  PanicRecord& p = g_->panics.back();
  if (!p.recovered) return run_panic();
  // Recovered: the frame whose deferred call recovered returns normally
  // through its exit (remaining defers, then its results).
  size_t target = p.scan - 1;
  g_->panics.pop_back();
  while (!g_->panics.empty() && g_->panics.back().aborted) g_->panics.pop_back();
  g_->frames.resize(target + 1);
  Frame& f = g_->frames.back();
  f.pc = f.fn->code.data() + f.fn->defer_exit;
  return true;
}

std::string Machine::panic_value_text(const Slot* pair) {
  auto type = static_cast<uint32_t>(pair[0].u);
  if (type == 0) return "nil";
  const TypeInfo& t = types_[type];
  const Slot* value = t.slots > 1 ? static_cast<const rt::BoxObj*>(pair[1].p)->data : pair + 1;
  uint32_t method = t.error_method != UINT32_MAX ? t.error_method : t.string_method;
  if (method != UINT32_MAX) {
    Slot result{};
    std::string nested;
    if (call_method(method, type, value, &result, 1, &nested)) return std::string(rt::string_view_of(static_cast<rt::StringObj*>(result.p)));
    return nested;  // the method itself panicked
  }
  std::string text;
  switch (t.kind) {
    case TypeInfo::Kind::Bool: rt::print_bool(text, value->u != 0); break;
    case TypeInfo::Kind::Int: rt::print_int(text, value->i); break;
    case TypeInfo::Kind::Uint: case TypeInfo::Kind::Uintptr: rt::print_uint(text, value->u); break;
    case TypeInfo::Kind::Float32: case TypeInfo::Kind::Float64: rt::print_float(text, value->f); break;
    case TypeInfo::Kind::String: text = rt::string_view_of(static_cast<const rt::StringObj*>(value->p)); break;
    default: {
      // Go prints the type and the data word: a pointer's address, else
      // where the value lives.
      text = "(" + t.name + ") ";
      rt::print_hex(text, reinterpret_cast<uintptr_t>(t.kind == TypeInfo::Kind::Pointer ? value[1].p : pair[1].p));
      return text;
    }
  }
  // Named types print as T(value); strings quoted.
  if (t.name.find('.') == std::string::npos) return text;
  if (t.kind == TypeInfo::Kind::String) text = "\"" + text + "\"";
  return t.name + "(" + text + ")";
}

void Machine::fatal_panic() {
  // Go's printpanics: oldest first, later ones tab-indented.
  std::string text;
  for (size_t i = 0; i < g_->panics.size(); i++) {
    if (g_->panics[i].goexit) continue;
    Slot value[2] = {g_->panics[i].value[0], g_->panics[i].value[1]};
    bool recovered = g_->panics[i].recovered;
    if (i > 0 && !g_->panics[i - 1].goexit) text += "\t";
    text += "panic: " + panic_value_text(value) + (recovered ? " [recovered]" : "") + "\n";
    if (exit_requested_) return;  // an Error method called os.Exit
  }
  if (sigpanic_) text += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  text += "\ngoroutine " + std::to_string(g_->id) + " [running]:\n" + traceback(g_->frames.back().pc);
  write_stderr(text);
}

// Go's message (without its machine state: sp, and the runtime's own stack).
void Machine::stack_overflow() {
  write_stderr("runtime: goroutine stack exceeds " + std::to_string(options_.max_stack_bytes) +
               "-byte limit\nfatal error: stack overflow\n\ngoroutine " + std::to_string(g_->id) + " [running]:\n" + traceback(g_->frames.back().pc));
}

// Go's traceback, without the machine offsets: each script frame's function
// and the line it stopped at, the innermost first.
std::string Machine::traceback(const Goroutine& g, const Instr* pc, size_t skip) const {
  std::string out;
  size_t top = g.frames.size();
  while (top > 0 && g.frames[top - 1].fn == &panic_frame_) top--;  // a dead panic's idle continuation
  int printed = 0;
  for (size_t i = top; i-- > 0;) {
    const Frame& f = g.frames[i];
    if (skip > 0) {
      skip--;
      continue;
    }
    if (++printed > kTracebackFrames) {
      out += "...additional frames elided...\n";  // as Go caps deep traces
      break;
    }
    if (f.fn->name.rfind("gosub.", 0) == 0) continue;  // the init/main driver is not Go code
    if (f.fn == &panic_frame_) {
      out += "panic(...)\n\t<gosub runtime>\n";
      continue;
    }
    const Instr* at = i + 1 == g.frames.size() ? pc : f.pc;
    size_t word = static_cast<size_t>(at - f.fn->code.data());
    if (word > 0) word--;  // pc points past the instruction that failed or called
    int line = word < f.fn->lines.size() ? f.fn->lines[word] : 0;
    out += f.fn->name + (f.fn->num_params ? "(...)\n" : "()\n");
    out += "\t" + f.fn->file + ":" + std::to_string(line) + "\n";
  }
  if (g.creator) {
    out += "created by " + g.creator->name + "\n\t" + g.creator->file;
    if (g.creator_line > 0) out += ":" + std::to_string(g.creator_line);
    out += "\n";
  }
  return out;
}

std::string Machine::stack_dump(bool all, size_t skip) const {
  std::string out = "goroutine " + std::to_string(g_->id) + " [running]:\n" + traceback(*g_, g_->frames.back().pc, skip);
  if (!all) return out;
  for (const auto& g : goroutines_) {
    if (g.get() == g_) continue;
    out += "\ngoroutine " + std::to_string(g->id) + " [" + g->wait_reason + "]:\n";
    out += traceback(*g, g->frames.back().pc);
  }
  return out;
}

bool Machine::caller(size_t skip, uint64_t& pc, std::string& file, int32_t& line) const {
  const Goroutine& g = *g_;
  for (size_t i = g.frames.size(); i-- > 0;) {
    const Frame& f = g.frames[i];
    if (f.fn == &panic_frame_ || f.fn == &callback_return_ || f.fn == &goroutine_end_ || f.fn->name.rfind("gosub.", 0) == 0)
      continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    size_t word = static_cast<size_t>(f.pc - f.fn->code.data());
    if (word > 0) word--;
    line = word < f.fn->lines.size() ? f.fn->lines[word] : 0;
    file = f.fn->file;
    // Not a machine address: the function's identity and the position in it.
    pc = (static_cast<uint64_t>(reinterpret_cast<uintptr_t>(f.fn)) << 16) ^ word;
    return true;
  }
  return false;
}

}  // namespace gosub::vm
