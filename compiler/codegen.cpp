// Codegen: typed AST -> register bytecode.
//
// Registers: a function's parameters occupy R0.. (interfaces take two
// slots), named results follow, then locals in block (stack) order, then
// temporaries above them. A call evaluates its arguments into consecutive
// registers at the current top; the callee's frame starts there and its
// results come back in the same registers. Conditions compile to jumps,
// with fused compare-and-branch ops for integer comparisons.
#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>

#include "compiler/defer_plan.h"
#include "compiler/checker.h"
#include "compiler/compile.h"

namespace gosub {

using namespace types;
using vm::Instr;
using vm::Opcode;

namespace {

// How a value of a type is represented and operated on.
enum class Rep { Bool, Signed, Unsigned, Float32, Float64, String, Iface, Slice, Struct, Pointer, Func, Map, Array, Chan, Other };

Rep rep_of(const Type* t) {
  const Type* u = underlying(t);
  if (!u) return Rep::Other;
  if (u->kind == TypeKind::Interface) return Rep::Iface;
  if (u->kind == TypeKind::Slice) return Rep::Slice;
  if (u->kind == TypeKind::Struct) return Rep::Struct;
  if (u->kind == TypeKind::Pointer) return Rep::Pointer;
  if (u->kind == TypeKind::Signature) return Rep::Func;
  if (u->kind == TypeKind::Map) return Rep::Map;
  if (u->kind == TypeKind::Array) return Rep::Array;
  if (u->kind == TypeKind::Chan) return Rep::Chan;
  if (u->kind != TypeKind::Basic) return Rep::Other;
  switch (static_cast<const Basic*>(u)->bkind) {
    case BasicKind::Bool: case BasicKind::UntypedBool: return Rep::Bool;
    case BasicKind::Int: case BasicKind::Int8: case BasicKind::Int16: case BasicKind::Int32: case BasicKind::Int64:
    case BasicKind::UntypedInt: case BasicKind::UntypedRune:
      return Rep::Signed;
    case BasicKind::Uint: case BasicKind::Uint8: case BasicKind::Uint16: case BasicKind::Uint32: case BasicKind::Uint64:
    case BasicKind::Uintptr:
      return Rep::Unsigned;
    case BasicKind::Float32: return Rep::Float32;
    case BasicKind::Float64: case BasicKind::UntypedFloat: return Rep::Float64;
    case BasicKind::String: case BasicKind::UntypedString: return Rep::String;
    default: return Rep::Other;
  }
}

const Struct* struct_of(const Type* t) { return static_cast<const Struct*>(underlying(t)); }
const Array* array_of(const Type* t) { return static_cast<const Array*>(underlying(t)); }
const Type* pointee(const Type* t) { return static_cast<const Pointer*>(underlying(t))->elem; }

// Slots a value occupies: interfaces 2 (type, data), pointers 2 (base
// object, address), slices 4 (array, offset, len, cap), structs their
// fields' slots in order (flattened), everything else 1 (a function value
// is its closure object).
int width_of(const Type* t) {
  switch (rep_of(t)) {
    case Rep::Iface: case Rep::Pointer: return 2;
    case Rep::Slice: return 4;
    case Rep::Struct: {
      int w = 0;
      for (const Var* f : struct_of(t)->fields) w += width_of(f->type);
      return w;
    }
    case Rep::Array: {
      // Saturates: arrays wider than a frame are rejected where used.
      int64_t w = array_of(t)->len * width_of(array_of(t)->elem);
      return static_cast<int>(std::min<int64_t>(w, 1 << 20));
    }
    default: return 1;
  }
}
// Values wider than a frame's registers (kHugeValue slots) are passed to
// and returned from functions through a hidden pointer: a parameter is a
// pointer (2 slots) to a fresh heap copy the caller made, which becomes the
// callee's cell for it; a result is a pointer to a fresh heap value the
// callee made, which the caller owns.
constexpr int kHugeValue = 250;
bool huge_value(const Type* t) {
  Rep r = rep_of(t);
  return (r == Rep::Array || r == Rep::Struct) && width_of(t) > kHugeValue;
}
// Slots a parameter or result of type t takes in a frame.
int abi_width(const Type* t) { return huge_value(t) ? 2 : width_of(t); }
// The slot offset of field i within a struct value.
int field_offset(const Type* t, size_t i) {
  int off = 0;
  for (size_t k = 0; k < i; k++) off += width_of(struct_of(t)->fields[k]->type);
  return off;
}
const Type* slice_elem(const Type* t) { return static_cast<const Slice*>(underlying(t))->elem; }
// What each slot of a value of type t holds, for the collector (a call's
// result tuple: its results' slots in order).
std::vector<vm::GcSlot> gc_layout(const Type* t) {
  if (!t) return {};
  if (t->kind == TypeKind::Tuple) {
    std::vector<vm::GcSlot> out;
    for (const Var* v : static_cast<const Tuple*>(t)->vars) {
      if (huge_value(v->type)) {
        out.push_back(vm::GcSlot::Pointer);  // passed as a hidden pointer (abi_width)
        out.push_back(vm::GcSlot::Scalar);
        continue;
      }
      std::vector<vm::GcSlot> one = gc_layout(v->type);
      out.insert(out.end(), one.begin(), one.end());
    }
    return out;
  }
  switch (rep_of(t)) {
    case Rep::String: return {vm::GcSlot::Pointer};
    case Rep::Iface: return {vm::GcSlot::IfaceType, vm::GcSlot::Scalar};
    case Rep::Slice: return {vm::GcSlot::Pointer, vm::GcSlot::Scalar, vm::GcSlot::Scalar, vm::GcSlot::Scalar};
    case Rep::Pointer: return {vm::GcSlot::Pointer, vm::GcSlot::Scalar};
    case Rep::Func: case Rep::Map: case Rep::Chan: return {vm::GcSlot::Pointer};
    case Rep::Struct: {
      std::vector<vm::GcSlot> out;
      for (const Var* f : struct_of(t)->fields) {
        std::vector<vm::GcSlot> one = gc_layout(f->type);
        out.insert(out.end(), one.begin(), one.end());
      }
      return out;
    }
    case Rep::Array: {
      std::vector<vm::GcSlot> one = gc_layout(array_of(t)->elem), out;
      for (int64_t k = 0; k < array_of(t)->len && out.size() < (1u << 20); k++) out.insert(out.end(), one.begin(), one.end());
      return out;
    }
    default: return std::vector<vm::GcSlot>(static_cast<size_t>(width_of(t)), vm::GcSlot::Scalar);
  }
}
bool is_float_rep(Rep r) { return r == Rep::Float32 || r == Rep::Float64; }

using ast::unparen;

struct Unsupported {
  Pos pos;
  std::string what;
};

class ModuleBuilder {
 public:
  ModuleBuilder(const CheckedProgram& prog, Diagnostics& diags) : prog_(prog), diags_(diags), mod_(std::make_unique<vm::Module>()) {}

  std::unique_ptr<vm::Module> build();

  uint32_t constant_int(int64_t v) {
    auto it = ints_.find(v);
    if (it != ints_.end()) return it->second;
    mod_->constants.push_back({vm::Constant::Kind::Int, vm::Slot{.i = v}, {}});
    return ints_[v] = static_cast<uint32_t>(mod_->constants.size() - 1);
  }
  uint32_t constant_float(double d) {
    vm::Slot s{.f = d};
    auto it = floats_.find(s.u);
    if (it != floats_.end()) return it->second;
    mod_->constants.push_back({vm::Constant::Kind::Float, s, {}});
    return floats_[s.u] = static_cast<uint32_t>(mod_->constants.size() - 1);
  }
  uint32_t constant_string(const std::string& str) {
    auto it = strings_.find(str);
    if (it != strings_.end()) return it->second;
    mod_->constants.push_back({vm::Constant::Kind::String, vm::Slot{}, str});
    return strings_[str] = static_cast<uint32_t>(mod_->constants.size() - 1);
  }
  uint32_t type_id(const Type* t) {
    std::string name = type_string(t, TypeStyle::Runtime);
    auto it = type_ids_.find(name);
    if (it != type_ids_.end()) return it->second;
    // Reserve the index first: type T []T refers to itself.
    auto index = static_cast<uint32_t>(mod_->types.size());
    type_ids_[name] = index;
    mod_->types.emplace_back();
    vm::TypeInfo info;
    info.name = name;
    info.go_size = static_cast<uint64_t>(size_of(t));
    info.layout = gc_layout(t);
    info.by_pointer = huge_value(t);
    Rep r = rep_of(t);
    const Type* u = underlying(t);
    int64_t bits = size_of(t) * 8;
    switch (r) {
      case Rep::Bool: info.kind = vm::TypeInfo::Kind::Bool; break;
      case Rep::Signed: info.kind = vm::TypeInfo::Kind::Int; info.bits = static_cast<uint8_t>(bits); break;
      case Rep::Unsigned:
        info.kind = u && static_cast<const Basic*>(u)->bkind == BasicKind::Uintptr ? vm::TypeInfo::Kind::Uintptr
                                                                                    : vm::TypeInfo::Kind::Uint;
        info.bits = static_cast<uint8_t>(bits);
        break;
      case Rep::Float32: info.kind = vm::TypeInfo::Kind::Float32; break;
      case Rep::Float64: info.kind = vm::TypeInfo::Kind::Float64; break;
      case Rep::String: info.kind = vm::TypeInfo::Kind::String; break;
      case Rep::Iface: info.kind = vm::TypeInfo::Kind::Interface; info.slots = 2; break;
      case Rep::Slice: {
        uint32_t elem = type_id(slice_elem(t));
        info.kind = vm::TypeInfo::Kind::Slice;
        info.elem = elem;
        info.slots = 4;
        break;
      }
      case Rep::Pointer:
        info.kind = vm::TypeInfo::Kind::Pointer;
        info.slots = 2;
        info.elem = type_id(pointee(t));
        break;
      case Rep::Func: info.kind = vm::TypeInfo::Kind::Func; break;
      case Rep::Array: {
        info.kind = vm::TypeInfo::Kind::Array;
        info.elem = type_id(array_of(t)->elem);
        info.len = static_cast<uint64_t>(array_of(t)->len);
        info.slots = static_cast<uint32_t>(width_of(t));
        break;
      }
      case Rep::Chan:
        info.kind = vm::TypeInfo::Kind::Chan;
        info.elem = type_id(static_cast<const Chan*>(u)->elem);
        break;
      case Rep::Map: {
        const auto* m = static_cast<const Map*>(u);
        info.kind = vm::TypeInfo::Kind::Map;
        info.key = type_id(m->key);
        info.elem = type_id(m->elem);
        break;
      }
      case Rep::Struct: {
        info.kind = vm::TypeInfo::Kind::Struct;
        info.slots = static_cast<uint32_t>(width_of(t));
        const Struct* st = struct_of(t);
        for (size_t i = 0; i < st->fields.size(); i++)
          info.fields.push_back({std::string(st->fields[i]->name), type_id(st->fields[i]->type),
                                 static_cast<uint32_t>(field_offset(t, i)), st->fields[i]->embedded});
        break;
      }
      default: info.kind = vm::TypeInfo::Kind::Nil; break;
    }
    if (r == Rep::Iface) {
      for (const Func* m : static_cast<const Interface*>(u)->all_methods) info.methods.push_back({method_name(m), 0});
      std::sort(info.methods.begin(), info.methods.end());
    } else if (t->kind == TypeKind::Named || (r == Rep::Pointer && pointee(t)->kind == TypeKind::Named)) {
      method_table(t, info);
    }
    mod_->types[index] = info;
    return index;
  }
  // The X operand of slice instructions for slices of type t.
  uint32_t elem_x(const Type* t) {
    const Type* e = slice_elem(t);
    // Elements of 255 slots or more: the VM reads the width off the type.
    return vm::elem_word(static_cast<uint32_t>(width_of(e)), type_id(e));
  }
  uint32_t global(const Var* v) { return globals_.at(v); }
  bool is_global(const Var* v) const { return globals_.count(v) != 0; }
  // Script function index, or -1 for natives.
  // Script function index, or -1 for natives. Functions are compiled only
  // once something refers to them (a call, a function value, a method
  // table): unused parts of imported packages cost nothing at startup.
  int64_t function(const Func* f) {
    if (f->native()) return -1;
    auto it = funcs_.find(f);
    if (it != funcs_.end()) return static_cast<int64_t>(it->second);
    uint32_t index = new_function(f->qualified_name(), prog_.sources.file(f->pos.file).name()).first;
    funcs_[f] = index;
    pending_.push_back(f);
    return static_cast<int64_t>(index);
  }
  uint32_t native(const Func* f);
  // A script function that calls native f (f used as a function value).
  uint32_t native_wrapper(const Func* f);
  // The function compiled from a function literal (compiled on first use).
  uint32_t literal(const ast::FuncLit* lit, const std::string& outer);
  // The layout type of closure objects holding these captured slots.
  uint32_t closure_type(const std::vector<vm::GcSlot>& captured);
  // The layout type of heap defer records holding these slots (DEFERPROC).
  uint32_t defer_record_type(const std::vector<vm::GcSlot>& slots);
  // A function running builtin call e (print, panic, delete, ...) with its
  // non-constant arguments as parameters: what `defer builtin(...)` defers,
  // like gc's wrapper (named outer.deferwrapN).
  uint32_t defer_wrapper(ast::CallExpr* e, const std::string& outer);
  // A bound method value's function (x.M: the closure holds x).
  uint32_t bound_method(const Func* m);
  // An interface method value's function (i.M: the closure holds i).
  uint32_t bound_iface_method(const Func* m, const std::string& iface_name);
  // An interface call site calling the method called name.
  uint32_t iface_site(const Func* m) {
    mod_->iface_sites.push_back(method_name(m));
    return static_cast<uint32_t>(mod_->iface_sites.size() - 1);
  }
  // Methods match by name and signature ("Unwrap func() error"), so a
  // method set never satisfies an interface through a same-named method of
  // another type.
  uint32_t method_name(const Func* m) {
    std::string name = std::string(m->name) + " " + type_string(m->type, TypeStyle::Runtime);
    auto it = method_names_.find(name);
    if (it != method_names_.end()) return it->second;
    mod_->method_names.push_back(name);
    return method_names_[name] = static_cast<uint32_t>(mod_->method_names.size() - 1);
  }
  // The method set of t as interface calls see it: (name, function) by name.
  void method_table(const Type* t, vm::TypeInfo& info);
  // A function with receiver type recv_type that reaches target's receiver
  // through path (embedded fields) with automatic * and & (promoted
  // methods, (*T).M of value methods, pointer types' method sets).
  uint32_t method_wrapper(const Type* recv_type, const std::vector<int32_t>& path, const Func* target);
  // The name of the next literal inside the function named `outer`.
  // Go's names: main.f.func1, and main.f.func1.1 for one nested in it.
  std::string literal_name(const std::string& outer) {
    int n = ++literal_counter_[outer];
    bool nested = outer.find(".func") != std::string::npos;
    return outer + (nested ? "." : ".func") + std::to_string(n);
  }
  // A new, empty function; references stay valid (functions_ is a deque).
  std::pair<uint32_t, vm::Function*> new_function(std::string name, std::string file) {
    functions_.emplace_back();
    functions_.back().name = std::move(name);
    functions_.back().file = std::move(file);
    return {static_cast<uint32_t>(functions_.size() - 1), &functions_.back()};
  }
  vm::Module& module() { return *mod_; }
  const CheckedProgram& program() const { return prog_; }
  const Interface& empty_interface() const { return empty_interface_; }
  std::string file_name(Pos p) const { return prog_.sources.file(p.file).name(); }

 private:
  const CheckedProgram& prog_;
  Interface empty_interface_;  // interface{}: panic's operand
  Diagnostics& diags_;
  std::unique_ptr<vm::Module> mod_;
  std::map<int64_t, uint32_t> ints_;
  std::map<uint64_t, uint32_t> floats_;
  std::map<std::string, uint32_t> strings_;
  std::map<std::string, uint32_t> type_ids_;
  std::unordered_map<const Func*, uint32_t> funcs_;
  std::vector<const Func*> pending_;  // referred to, body not compiled yet
  std::unordered_map<const Func*, uint32_t> natives_;
  std::unordered_map<const Var*, uint32_t> globals_;
  std::deque<vm::Function> functions_;  // moved into the module at the end
  std::unordered_map<const Func*, uint32_t> native_wrappers_;
  std::unordered_map<const ast::FuncLit*, uint32_t> literals_;
  std::map<std::vector<vm::GcSlot>, uint32_t> closure_types_;
  std::map<std::vector<vm::GcSlot>, uint32_t> defer_record_types_;
  std::unordered_map<const Func*, uint32_t> bound_methods_;
  std::unordered_map<const Func*, uint32_t> bound_iface_methods_;
  std::map<std::string, uint32_t> method_names_;
  std::map<std::string, uint32_t> method_wrappers_;
  std::map<std::string, int> literal_counter_;
};

uint32_t ModuleBuilder::native(const Func* f) {
  auto it = natives_.find(f);
  if (it != natives_.end()) return it->second;
  auto* sig = static_cast<const Signature*>(f->type);
  vm::NativeRef ref;
  ref.name = f->qualified_name();
  if (sig->recv) ref.num_args += static_cast<uint32_t>(width_of(sig->recv->type));
  for (const Var* p : sig->params->vars) ref.num_args += static_cast<uint32_t>(width_of(p->type));
  for (const Var* r : sig->results->vars) ref.num_results += static_cast<uint32_t>(width_of(r->type));
  mod_->natives.push_back(ref);
  return natives_[f] = static_cast<uint32_t>(mod_->natives.size() - 1);
}

// ------------------------------------------------------------ per function

class FuncCompiler {
 public:
  FuncCompiler(ModuleBuilder& mb, vm::Function& fn, const ast::Node* decl) : mb_(mb), fn_(fn), decl_(decl) {}

  void compile_func(const Signature* sig, const ast::FuncType* ft, ast::BlockStmt* body,
                    const std::vector<Var*>* captures = nullptr);
  void compile_entry();
  void compile_defer_wrapper(ast::CallExpr* e);

 private:
  // --- registers and emission
  // A fresh register holds nothing the collector may look at until an
  // instruction writes it and the compiler marks it (mark()).
  int alloc(int n, Pos pos) {
    int r = free_;
    free_ += n;
    if (free_ > max_) max_ = free_;
    if (free_ > 250) throw Unsupported{pos, "functions needing more than 250 registers are"};
    std::fill(reg_kind_.begin() + r, reg_kind_.begin() + free_, vm::GcSlot::Scalar);
    return r;
  }
  // Registers r.. now hold a value of type t (every path that reaches the
  // following code has written them).
  void mark(int r, const Type* t) {
    std::vector<vm::GcSlot> layout = gc_layout(t);
    for (size_t k = 0; k < layout.size() && r + static_cast<int>(k) < 256; k++) reg_kind_[static_cast<size_t>(r) + k] = layout[k];
  }
  size_t emit(Instr i) {
    Opcode op = vm::op_of(i);
    if (vm::opcode_is_safepoint(op) && vm::instruction_words(vm::opcode_format(op)) == 1) record_safepoint(i, 0);
    if (op == Opcode::MOVE) reg_kind_[vm::arg_a(i)] = reg_kind_[vm::arg_b(i)];
    return emit_word(i);
  }
  // A raw word: the second word of a two-word instruction.
  size_t emit_word(Instr w) {
    fn_.code.push_back(w);
    fn_.lines.push_back(line_);
    return fn_.code.size() - 1;
  }
  // The pointer map of the safepoint instruction i (second word x) about to
  // be emitted: every allocated register whose marked value holds a pointer
  // or an interface, plus the instruction's own pointer operands (the
  // collector runs before the instruction reads them, and the compiler may
  // already have released their registers to the result).
  void record_safepoint(Instr i, uint32_t x) {
    std::array<vm::GcSlot, 256> live{};
    std::copy(reg_kind_.begin(), reg_kind_.begin() + free_, live.begin());
    auto operand = [&](uint32_t r, const std::vector<vm::GcSlot>& layout, uint32_t count) {
      for (uint32_t n = 0; n < count; n++)
        for (size_t k = 0; k < layout.size(); k++) {
          size_t at = r + n * layout.size() + k;
          if (at < live.size()) live[at] = layout[k];
        }
    };
    const std::vector<vm::GcSlot> ptr{vm::GcSlot::Pointer};
    const auto& types = mb_.module().types;
    auto layout_of_type = [&](uint32_t t) -> const std::vector<vm::GcSlot>& { return types.at(t).layout; };
    switch (vm::op_of(i)) {
      case Opcode::CONCAT: operand(vm::arg_b(i), ptr, 1); operand(vm::arg_c(i), ptr, 1); break;
      case Opcode::SLICE_STR: case Opcode::STR_BYTES: case Opcode::BYTES_STR: case Opcode::STR_RUNES:
      case Opcode::RUNES_STR:
        operand(vm::arg_b(i), ptr, 1);
        break;
      case Opcode::APPEND_SL:
        operand(vm::arg_a(i), ptr, 1);
        operand(vm::arg_b(i), layout_of_type(vm::elem_type(x)), vm::arg_c(i));
        break;
      case Opcode::APPENDS_SL: case Opcode::APPENDSTR_SL:
        operand(vm::arg_a(i), ptr, 1);
        operand(vm::arg_b(i), ptr, 1);
        break;
      case Opcode::BOX: operand(vm::arg_b(i), layout_of_type(x), 1); break;
      case Opcode::NEW:
        if (!(vm::arg_c(i) & 2)) operand(vm::arg_b(i), layout_of_type(x), 1);  // C&2: zeroed, no source
        break;
      case Opcode::CLOSURE: case Opcode::DEFERCLOSURE: {
        // The captured slots, as the closure's layout (after its index slot) says.
        const auto& l = layout_of_type(x >> 16);
        for (uint32_t k = 0; k < vm::arg_c(i) && k + 1 < l.size(); k++)
          if (vm::arg_b(i) + k < live.size()) live[vm::arg_b(i) + k] = l[k + 1];
        break;
      }
      case Opcode::CALLV: operand(vm::arg_b(i), ptr, 1); break;
      case Opcode::SEND: {
        operand(vm::arg_a(i), ptr, 1);
        operand(vm::arg_b(i), layout_of_type(types.at(x).elem), 1);
        break;
      }
      case Opcode::RECV: {
        // A blocked receive's destination is zeroed, then filled by the sender.
        operand(vm::arg_b(i), ptr, 1);
        operand(vm::arg_a(i), layout_of_type(types.at(x & 0x7fffffff).elem), 1);
        break;
      }
      case Opcode::CALLM: live[vm::arg_a(i)] = vm::GcSlot::Scalar; break;  // the callee owns the receiver
      default: break;
    }
    auto begin = static_cast<uint32_t>(fn_.gc_regs.size());
    for (size_t r = 0; r < live.size(); r++)
      if (live[r] != vm::GcSlot::Scalar) fn_.gc_regs.push_back(static_cast<uint16_t>(r | static_cast<size_t>(live[r]) << 8));
    auto end = static_cast<uint32_t>(fn_.gc_regs.size());
    if (!fn_.safepoints.empty()) {
      // Consecutive safepoints often share a map: keep one copy.
      const vm::Safepoint& prev = fn_.safepoints.back();
      if (prev.end - prev.begin == end - begin &&
          std::equal(fn_.gc_regs.begin() + prev.begin, fn_.gc_regs.begin() + prev.end, fn_.gc_regs.begin() + begin)) {
        fn_.gc_regs.resize(begin);
        begin = prev.begin;
        end = prev.end;
      }
    }
    fn_.safepoints.push_back({static_cast<uint32_t>(fn_.code.size()), begin, end});
  }
  // The pointer map for a preemption point at instruction `at` (a jump
  // already emitted), kept in pc order.
  void record_safepoint_at(size_t at) {
    auto pc = static_cast<uint32_t>(at);
    auto it = std::lower_bound(fn_.safepoints.begin(), fn_.safepoints.end(), pc,
                               [](const vm::Safepoint& sp, uint32_t p) { return sp.pc < p; });
    if (it != fn_.safepoints.end() && it->pc == pc) return;
    auto begin = static_cast<uint32_t>(fn_.gc_regs.size());
    for (int r = 0; r < free_; r++)
      if (reg_kind_[static_cast<size_t>(r)] != vm::GcSlot::Scalar)
        fn_.gc_regs.push_back(static_cast<uint16_t>(r | static_cast<int>(reg_kind_[static_cast<size_t>(r)]) << 8));
    fn_.safepoints.insert(it, {pc, begin, static_cast<uint32_t>(fn_.gc_regs.size())});
  }
  size_t emit_branch(Opcode op, uint32_t a, uint32_t b) {
    size_t at = emit(vm::make_abc(op, a, b, 0));
    emit_word(0);
    return at;
  }
  size_t emit_x(Opcode op, int a, int b, int c, uint32_t x) {
    Instr i = vm::make_abc(op, static_cast<uint32_t>(a), static_cast<uint32_t>(b), static_cast<uint32_t>(c));
    // A frame suspended in CALLM (or blocked in SEND, RECV) resumes past
    // both words, so its map is keyed by the second word; other safepoints
    // collect with pc just past the opcode word.
    if (op == Opcode::CALLM || op == Opcode::SEND || op == Opcode::RECV || op == Opcode::SELECT) {
      size_t at = emit_word(i);
      record_safepoint(i, x);
      emit_word(x);
      return at;
    }
    if (vm::opcode_is_safepoint(op)) record_safepoint(i, x);
    size_t at = emit_word(i);
    emit_word(x);
    return at;
  }
  size_t here() const { return fn_.code.size(); }
  size_t jump() { return emit(vm::make_sj(Opcode::JMP, 0)); }
  void patch(size_t at, size_t target) {
    Instr i = fn_.code[at];
    Opcode op = vm::op_of(i);
    // A back-edge: the goroutine may be preempted there (vm/sched.cpp),
    // so it needs the pointer map of that point (the state now: back-edges
    // are patched right after they are emitted).
    if (target <= at) record_safepoint_at(at);
    switch (vm::opcode_format(op)) {
      case vm::Format::sJ: fn_.code[at] = vm::make_sj(op, static_cast<int32_t>(target - (at + 1))); break;
      case vm::Format::AsBx: {
        auto off = static_cast<int64_t>(target) - static_cast<int64_t>(at + 1);
        if (off < -32768 || off > 32767) throw Unsupported{Pos{}, "functions this long are"};
        fn_.code[at] = vm::make_asbx(op, vm::arg_a(i), static_cast<int32_t>(off));
        break;
      }
      default: fn_.code[at + 1] = static_cast<Instr>(static_cast<int32_t>(target - (at + 2))); break;
    }
  }
  void patch_all(std::vector<size_t>& jumps, size_t target) {
    for (size_t j : jumps) patch(j, target);
    jumps.clear();
  }
  void jump_back(size_t target) {
    emit(vm::make_sj(Opcode::LOOP, static_cast<int32_t>(static_cast<int64_t>(target) - static_cast<int64_t>(here() + 1))));
  }
  void set_line(const ast::Node* n) {
    if (n && n->pos.valid()) line_ = n->pos.line;
  }
  void move(int dst, int src, int width) {
    if (dst == src) return;
    for (int k = 0; k < width; k++) emit(vm::make_abc(Opcode::MOVE, static_cast<uint32_t>(dst + k), static_cast<uint32_t>(src + k), 0));
  }
  // Narrow integer types wrap at their width after arithmetic.
  void fixup(int r, const Type* t) {
    Rep rep = rep_of(t);
    int64_t size = size_of(t);
    Opcode op;
    if (rep == Rep::Signed && size < 8) op = size == 1 ? Opcode::SEXT8 : size == 2 ? Opcode::SEXT16 : Opcode::SEXT32;
    else if (rep == Rep::Unsigned && size < 8) op = size == 1 ? Opcode::ZEXT8 : size == 2 ? Opcode::ZEXT16 : Opcode::ZEXT32;
    else if (rep == Rep::Float32) op = Opcode::ROUND_F32;
    else return;
    emit(vm::make_abc(op, static_cast<uint32_t>(r), static_cast<uint32_t>(r), 0));
  }

  // --- variables: a local lives in registers, or, when captured by a
  // closure or addressed, in a heap cell whose pointer (2 slots) is in
  // registers.
  // Captured and address-taken locals live in heap cells; so do locals too
  // wide for registers (a runtime.MemStats), which are never loaded whole.
  static constexpr int kWideValue = 64;
  static bool in_cell(const Var* v) { return !v->is_global && (v->in_cell() || width_of(v->type) > kWideValue); }
  void mark_pointer(int r) {
    reg_kind_[static_cast<size_t>(r)] = vm::GcSlot::Pointer;
    reg_kind_[static_cast<size_t>(r) + 1] = vm::GcSlot::Scalar;
  }
  // Package-level arrays live in array objects the entry function makes
  // (so slicing them shares their storage); their global slots hold the
  // pointer. Other globals are their slots.
  static bool boxed_global(const Var* v) { return rep_of(v->type) == Rep::Array; }
  // A new local too wide for registers (x := bigArray): the value is
  // built above the cell's pointer and released once copied into the cell.
  bool wide_new_local(ast::Expr* e) {
    auto* id = ast::as<ast::Ident>(e);
    if (!id || id->name == "_" || !id->obj || id->obj->kind != ObjKind::Var) return false;
    auto* v = static_cast<const Var*>(id->obj);
    return !locals_.count(v) && !mb_.is_global(v) && width_of(v->type) > kWideValue;
  }
  void define_wide(const Var* v, ast::Expr* init, Pos pos) {
    // A fresh heap value holding init's value becomes the variable's cell.
    int p = alloc(2, pos);
    fresh_value(init, v->type, p, pos);
    free_ = p + 2;
    locals_[v] = p;
  }
  // [N]T{...} too wide for registers: a zeroed heap array at p, then each
  // element stored into it.
  void wide_array_lit(ast::CompositeLit* lit, int p, Pos pos) {
    {
      emit_x(Opcode::NEW, p, 0, 3, mb_.type_id(lit->type));
      mark_pointer(p);
      const Array* a = array_of(lit->type);
      int ew = width_of(a->elem);
      int64_t index = 0;
      for (ast::Expr* elt : lit->elts) {
        ast::Expr* value = elt;
        if (auto* kv = ast::as<ast::KeyValueExpr>(elt)) {
          index = kv->key->constant ? kv->key->constant->int64() : index;
          value = kv->value;
        }
        store_value(Loc{Loc::Box, p, static_cast<int>(index) * ew}, value, a->elem, elt->pos);
        index++;
      }
    }
  }
  // v's value is in src: v takes that register, or a new cell holding it.
  int bind_local(const Var* v, int src, Pos pos) {
    if (!in_cell(v)) {
      locals_[v] = src;
      return src;
    }
    int p = alloc(2, pos);
    emit_x(Opcode::NEW, p, src, 1, mb_.type_id(v->type));
    mark_pointer(p);
    locals_[v] = p;
    return p;
  }
  // A function value: the closure of a literal, a function or a native.
  int func_value(const Func* f, int dst, Pos pos);
  int func_lit(ast::FuncLit* lit, int dst);
  // A map index's key in registers (converted to the key type when that
  // is an interface); fresh registers when later stores must not see it
  // change.
  int map_key(ast::IndexExpr* ix, bool fresh = false) {
    const Type* kt = static_cast<const Map*>(underlying(ix->x->type))->key;
    ast::Expr* key = ix->indices[0];
    if (huge_value(kt)) {
      // A key too wide for registers: a pointer to it (a copy of its own
      // when later stores must not see it change).
      int k = alloc(2, key->pos);
      if (fresh) fresh_value(key, kt, k, key->pos);
      else expr_ref(key, k);
      return k;
    }
    if (!fresh && (rep_of(kt) != Rep::Iface || rep_of(key->type) == Rep::Iface)) return expr(key, -1);
    int k = alloc(width_of(kt), key->pos);
    expr_to_type(key, kt, k);
    return k;
  }
  // The X operand of map ops on maps of type t: keys too wide for
  // registers are passed by pointer (map_key).
  uint32_t map_x(const Type* t) {
    return mb_.type_id(t) | (huge_value(static_cast<const Map*>(underlying(t))->key) ? vm::kMapKeyInMemory : 0);
  }
  // v, ok := x.(T) or m[k]: the value's type, or null when e is neither.
  const Type* comma_ok_type(ast::Expr* e) {
    e = unparen(e);
    if (auto* ta = ast::as<ast::TypeAssertExpr>(e)) return ta->type;
    if (auto* ix = ast::as<ast::IndexExpr>(e); ix && rep_of(ix->x->type) == Rep::Map)
      return static_cast<const Map*>(underlying(ix->x->type))->elem;
    if (auto* u = ast::as<ast::UnaryExpr>(e); u && u->op == ast::Op::Arrow) return u->type;
    return nullptr;
  }
  // <-c into r (comma_ok: the bool after the value).
  void receive(ast::UnaryExpr* u, int r, bool comma_ok) {
    if (huge_value(u->type)) throw Unsupported{u->pos, "channels of values this wide are"};
    int saved = free_;
    int c = expr(u->x, -1);
    free_ = saved;
    set_line(u);
    emit_x(Opcode::RECV, r, c, 0, mb_.type_id(u->x->type) | (comma_ok ? 1u << 31 : 0));
    mark(r, u->type);
  }
  // Evaluates a comma-ok expression: the value at r, the bool after it.
  void comma_ok(ast::Expr* e, int r, Pos pos) {
    e = unparen(e);
    if (auto* u = ast::as<ast::UnaryExpr>(e); u && u->op == ast::Op::Arrow) {
      receive(u, r, true);
      return;
    }
    if (auto* ta = ast::as<ast::TypeAssertExpr>(e)) {
      type_assert(ta->x, ta->type, r, true, pos);
      return;
    }
    auto* ix = static_cast<ast::IndexExpr*>(e);
    int saved = free_;
    int m = expr(ix->x, -1);
    int k = map_key(ix);
    free_ = saved;
    set_line(e);
    emit_x(Opcode::MAPGET, r, m, k, map_x(ix->x->type) | vm::kMapCommaOk);
  }
  // x.(t) into dst (comma_ok: the bool follows the value).
  int type_assert(ast::Expr* x, const Type* t, int dst, bool comma_ok, Pos pos) {
    int saved = free_;
    int src = expr(x, -1);
    free_ = saved;
    int w = width_of(t) + (comma_ok ? 1 : 0);
    int r = dst >= 0 ? dst : alloc(w, pos);
    uint32_t target = mb_.type_id(t), iface = mb_.type_id(x->type);
    if (target > 0xffff || iface > 0xffff) throw Unsupported{pos, "more than 65535 types are"};
    set_line(x);
    emit_x(Opcode::TYPEASSERT, r, src, comma_ok ? 1 : 0, target | iface << 16);
    return r;
  }
  void type_switch(ast::TypeSwitchStmt* s, const ast::LabeledStmt* label);
  // The receiver of method selection se, converted to the method's receiver
  // type want (auto & and *), in fresh registers at dst (or the top).
  int receiver(ast::SelectorExpr* se, const Type* want, int dst);
  int method_value(ast::SelectorExpr* se, int dst);
  int iface_method_value(ast::SelectorExpr* se, int dst);  // x.M as a closure binding x
  // Calls f (script or native) with its frame at base.
  void call_function(const Func* f, int base) {
    int64_t index = mb_.function(f);
    if (index >= 0) emit(vm::make_abx(Opcode::CALL, static_cast<uint32_t>(base), static_cast<uint32_t>(index)));
    else emit(vm::make_abx(Opcode::CALLN, static_cast<uint32_t>(base), mb_.native(f)));
  }
  int iface_call(ast::CallExpr* e, ast::SelectorExpr* se, int dst, bool keep_all_results);
  // After a call: results at base, registers from saved reused (but the dead
  // register, if any, below base).
  int call_results(ast::CallExpr* e, const Signature* sig, int saved, int dead, int base, int dst, bool keep_all_results);
 public:
  // Wrapper bodies (ModuleBuilder asks for them): a bound method value's
  // function, and a method of recv_type reached by path (embedded fields,
  // automatic * and &) that calls target.
  void compile_bound_method(const Func* m);
  void compile_bound_iface_method(const Func* m);
  int wrapper_frame(const Signature* sig);
  void compile_iface_method_wrapper(const Type* recv_type, const std::vector<int32_t>& path, const Func* target);
  void compile_method_wrapper(const Type* recv_type, const std::vector<int32_t>& path, const Func* target);
 private:

  // --- expressions
  // Evaluates e into dst (or a register of its choosing when dst < 0, or
  // where the value already lives) and returns that register, marked.
  int expr(ast::Expr* e, int dst) {
    int r = expr_value(e, dst);
    mark(r, e->type);
    return r;
  }
  int expr_value(ast::Expr* e, int dst);
  // Loads element i of slice s (registers) into dst.
  void slice_get(const Type* slice_type, int dst, int s, int i);
  // Places: an assignment target whose operands are evaluated before the
  // right-hand side (Go's first assignment phase).
  struct Place {
    ast::Expr* lhs;
    int slice = -1, index = -1;  // slice element: header and index registers
    const Type* slice_type = nullptr;  // set when lhs is null
    int loc = -1;  // a field or pointer target: index into locs_
    int map = -1, key = -1;  // map element: map and key registers
    const Type* map_type = nullptr;
  };
  // Where a value lives: registers, global slots, or behind a pointer
  // (a cell, a heap value, a slice element) at a slot offset.
  struct Loc {
    // RegsDyn: an array element in registers at reg + offset + R[index]
    // (a slot offset computed at run time).
    enum Kind { Regs, Global, Box, RegsDyn } kind = Regs;
    int reg = 0;  // first register / global slot / first register of the pointer
    int offset = 0;
    int index = -1;  // RegsDyn: the register holding the dynamic slot offset
  };
  std::vector<Loc> locs_;  // Places' locations (a Place stays copyable and small)
  // --- whole wide values in memory: copied memory to memory (COPYP), passed
  // and returned through hidden pointers (abi_width).
  static bool wide_value(const Type* t) {
    Rep r = rep_of(t);
    return (r == Rep::Array || r == Rep::Struct) && width_of(t) > kWideValue;
  }
  // Where the value of e lives in memory, evaluating e if need be (a wide
  // call result, a wide literal, a value in registers spilled to the heap);
  // *fresh: a new heap value (at a pointer, offset 0) nothing else refers to.
  Loc wide_source(ast::Expr* e, bool* fresh);
  static ast::IndexExpr* map_index(ast::Expr* e) {
    auto* ix = ast::as<ast::IndexExpr>(unparen(e));
    return ix && rep_of(ix->x->type) == Rep::Map ? ix : nullptr;
  }
  // x.(T) or m[k] (e) of a type too wide for registers copied to the
  // memory at the pointer R[p..p+1] (left as is when it fails or is
  // absent; comma_ok: R[p+2] = whether it did not).
  void fetch_wide(ast::Expr* e, int p, bool comma_ok);
  // The value at src copied to the value at dst (w slots; memmove).
  void copy_loc(const Loc& dst, const Loc& src, int w, Pos pos) {
    int saved = free_;
    int d = loc_address(dst, -1, pos);
    int s = loc_address(src, -1, pos);
    emit_x(Opcode::COPYP, d, s, 0, static_cast<uint32_t>(w));
    free_ = saved;
  }
  // R[dst..dst+1] = a pointer to a new heap value of type t copied from src.
  void fresh_copy(const Type* t, const Loc& src, int dst, Pos pos) {
    emit_x(Opcode::NEW, dst, 0, 3, mb_.type_id(t));
    mark_pointer(dst);
    copy_loc(Loc{Loc::Box, dst, 0}, src, width_of(t), pos);
  }
  // R[dst..dst+1] (allocated) = a pointer to a new heap value of type t
  // holding e's value, which nothing else refers to.
  void fresh_value(ast::Expr* e, const Type* t, int dst, Pos pos) {
    int saved = free_;
    bool fresh = false;
    Loc src = wide_source(e, &fresh);
    if (fresh) move(dst, src.reg, 2);
    else fresh_copy(t, src, dst, pos);
    mark_pointer(dst);
    free_ = saved;
  }
  // The value of e stored to the memory at dst, as a value of type t.
  void store_value(const Loc& dst, ast::Expr* e, const Type* t, Pos pos) {
    int saved = free_;
    if (wide_value(t)) {
      bool fresh = false;
      Loc src = wide_source(e, &fresh);
      copy_loc(dst, src, width_of(t), pos);
    } else {
      int w = width_of(t);
      int tmp = alloc(w, pos);
      expr_to_type(e, t, tmp);
      mark(tmp, t);
      store_loc(dst, tmp, w);
    }
    free_ = saved;
  }
  // T{...} too wide for registers: a zeroed heap value at p, then each
  // field stored into it.
  void wide_struct_lit(ast::CompositeLit* lit, int p, Pos pos) {
    emit_x(Opcode::NEW, p, 0, 3, mb_.type_id(lit->type));
    mark_pointer(p);
    const Struct* st = struct_of(lit->type);
    for (size_t i = 0; i < lit->elts.size(); i++) {
      size_t f = i;
      ast::Expr* value = lit->elts[i];
      if (auto* kv = ast::as<ast::KeyValueExpr>(lit->elts[i])) {
        for (size_t k = 0; k < st->fields.size(); k++)
          if (st->fields[k] == static_cast<ast::Ident*>(kv->key)->obj) f = k;
        value = kv->value;
      }
      store_value(Loc{Loc::Box, p, field_offset(lit->type, f)}, value, st->fields[f]->type, pos);
    }
  }
  // Marks a parameter's or result's registers (huge values: their pointer).
  void mark_abi(int r, const Type* t) {
    if (huge_value(t)) mark_pointer(r);
    else mark(r, t);
  }
  // Where the field se selects lives (*field_type: its type; for a method
  // selection, the embedded value the method belongs to).
  Loc locate_field(ast::SelectorExpr* se, bool fresh_operands, const Type** field_type = nullptr);
  bool is_array_index(ast::IndexExpr* ix);
  Loc locate_index(ast::IndexExpr* ix, bool fresh_operands);
  Loc global_loc(const Var* v, Pos pos);
  int load_global(const Var* v, int dst, Pos pos);
  Loc near_loc(const Loc& loc, Pos pos);
  Loc locate_value(ast::Expr* x, bool fresh_operands);  // where x's value lives (evaluating it if need be)
  Loc pointer_loc(ast::Expr* p, bool fresh_operands);   // the target of pointer p
  // Follows the first count field indices of path from a value of type t at
  // loc (through embedded pointers but the last); t becomes the field's type.
  Loc follow_path(Loc loc, const Type*& t, const std::vector<int32_t>& path, size_t count, Pos pos);
  // R[r..] = the value at loc (of type t, maybe an embedded pointer) as receiver type want.
  void adjust_receiver(Loc loc, const Type* t, const Type* want, int r, Pos pos);
  int load_loc(const Loc& loc, int w, int dst, Pos pos);
  void store_loc(const Loc& loc, int src, int w);
  int struct_lit(ast::CompositeLit* e, int dst);
  int address_of(ast::Expr* x, int dst);  // &x
  // A pointer (2 registers) to the value at loc (which must be addressable).
  int loc_address(const Loc& loc, int dst, Pos pos);
  // A pointer to a new heap value of type t that init(dst) builds.
  template <typename Init>
  int new_value(const Type* t, int dst, Pos pos, Init&& init) {
    int saved = free_;
    int w = width_of(t);
    int tmp = alloc(std::max(w, 1), pos);
    init(tmp);
    mark(tmp, t);
    free_ = saved;
    int r = dst >= 0 ? dst : alloc(1, pos);
    emit_x(Opcode::NEW, r, tmp, 0, mb_.type_id(t));
    return r;
  }
  Place place(ast::Expr* lhs, bool copy_operands);
  void store_place(const Place& p, int src);
  // The value of type t at src (in memory) stored to p's target: copied
  // memory to memory, into a map by MAPSETP, boxed for an interface.
  void store_place_wide(const Place& p, const Loc& src, const Type* t, Pos pos);
  // v, ok = x.(T) or m[k] (e) for T too wide for registers: R[p..p+1] a
  // pointer to a new value holding the result, R[p+2] ok; returns p.
  int comma_ok_wide(ast::Expr* e, const Type* t, Pos pos) {
    int p = alloc(3, pos);
    emit_x(Opcode::NEW, p, 0, 3, mb_.type_id(t));
    mark_pointer(p);
    fetch_wide(e, p, true);
    return p;
  }
  // The comma-ok results at r (value: a pointer to a fresh value of type
  // t) assigned to lhs[0], lhs[1] (define: new variables adopt them).
  void assign_comma_ok_wide(const std::vector<ast::Expr*>& lhs, std::vector<Place>& places, bool define, int r,
                            const Type* t, Pos pos);
  int load_place(const Place& p);
  // Builds the interface (type, data) at r..r+1 from a value of type t
  // that load(dst) evaluates; values wider than a slot are boxed.
  template <typename Load>
  void to_iface(const Type* t, int r, Load&& load) {
    // The type word goes in last: a collection while the data is built
    // must not see the new type beside the old data. An interface the
    // collector already scans reads as nil meanwhile.
    if (reg_kind_[static_cast<size_t>(r)] == vm::GcSlot::IfaceType) emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(r), 0, 0));
    auto type_word = [&] {
      emit(vm::make_asbx(Opcode::LOADI, static_cast<uint32_t>(r), static_cast<int32_t>(mb_.type_id(t))));
      set_iface_kind(r);
    };
    int w = width_of(t);
    if (huge_value(t)) {
      // Too wide for registers: load(p) leaves a pointer to the value at p
      // (expr_ref), and the box is copied from there.
      int saved = free_;
      int p = alloc(2, Pos{});
      load(p);
      mark_pointer(p);
      emit_x(Opcode::BOXP, r + 1, p, 0, mb_.type_id(t));
      free_ = saved;
      type_word();
      return;
    }
    if (w == 1) {
      load(r + 1);
      type_word();
      return;
    }
    if (w == 0) {
      // Zero-size values need no box (Go points them all at zerobase).
      load(r + 1);
      emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(r + 1), 0, 0));
      type_word();
      return;
    }
    int saved = free_;
    int tmp = alloc(w, Pos{});
    load(tmp);
    mark(tmp, t);
    emit_x(Opcode::BOX, r + 1, tmp, 0, mb_.type_id(t));
    free_ = saved;
    type_word();
  }
  // r, r+1 hold an interface (live for the collector from here on).
  void set_iface_kind(int r) {
    reg_kind_[static_cast<size_t>(r)] = vm::GcSlot::IfaceType;
    reg_kind_[static_cast<size_t>(r) + 1] = vm::GcSlot::Scalar;
  }
  // Makes a slice of type st with `length` elements at r..r+3 and stores
  // `count` values into it: value k, of type type_of(k), goes to index
  // at(k) and is evaluated by load(k, dst). Slice literals and variadic
  // arguments both build slices this way.
  template <typename At, typename TypeOf, typename Load>
  void build_slice(int r, const Type* st, int64_t length, size_t count, At&& at, TypeOf&& type_of, Load&& load) {
    int saved = free_;
    int index = alloc(1, Pos{});
    load_int(index, length);
    uint32_t x = mb_.elem_x(st);
    emit_x(Opcode::MAKE_SL, r, index, index, x);
    mark(r, st);
    const Type* elem = slice_elem(st);
    int w = width_of(elem);
    if (huge_value(elem)) {
      // Elements too wide for registers: load leaves a pointer to each
      // value (expr_ref), copied to the element's address.
      for (size_t k = 0; k < count; k++) {
        int v = alloc(2, Pos{});
        load(k, v);
        mark_pointer(v);
        int p = alloc(2, Pos{});
        load_int(index, at(k));
        emit_x(Opcode::ADDR_SL, p, r, index, x);
        mark_pointer(p);
        emit_x(Opcode::COPYP, p, v, 0, static_cast<uint32_t>(w));
        free_ = index + 1;
      }
      free_ = saved;
      return;
    }
    for (size_t k = 0; k < count; k++) {
      int v = alloc(w, Pos{});
      if (rep_of(elem) == Rep::Iface && rep_of(type_of(k)) != Rep::Iface) to_iface(type_of(k), v, [&](int d) { load(k, d); });
      else load(k, v);
      mark(v, elem);
      load_int(index, at(k));
      if (w == 1) emit(vm::make_abc(Opcode::SETINDEX_SL, static_cast<uint32_t>(r), static_cast<uint32_t>(index), static_cast<uint32_t>(v)));
      else emit_x(Opcode::SETINDEXW_SL, r, index, v, x);
      free_ = index + 1;
    }
    free_ = saved;
  }
  void expr_to(ast::Expr* e, int dst) {
    int r = expr(e, dst);
    move(dst, r, width_of(e->type));
  }
  // e's value at dst, except that a value too wide for registers leaves a
  // pointer (2 registers) to where it lives (not a copy of its own: see
  // fresh_value for that).
  int expr_address(ast::Expr* e) {
    int r = alloc(2, e->pos);
    expr_ref(e, r);
    return r;
  }
  void expr_ref(ast::Expr* e, int dst) {
    if (!huge_value(e->type)) {
      expr_to(e, dst);
      return;
    }
    int saved = free_;
    bool fresh = false;
    Loc src = wide_source(e, &fresh);
    loc_address(src, dst, e->pos);
    free_ = saved;
    mark_pointer(dst);
  }
  // e assigned to a variable of type target: concrete values become
  // interfaces (Go's implicit conversion in assignability).
  void expr_to_type(ast::Expr* e, const Type* target, int dst) {
    if (target && rep_of(target) == Rep::Iface && rep_of(e->type) != Rep::Iface) {
      to_iface(e->type, dst, [&](int d) { expr_ref(e, d); });
      mark(dst, target);
    } else {
      expr_to(e, dst);
    }
  }
  void load_constant(const Type* t, const Constant* c, int dst, Pos pos);
  void load_int(int dst, int64_t v) {
    if (v >= -32768 && v <= 32767) emit(vm::make_asbx(Opcode::LOADI, static_cast<uint32_t>(dst), static_cast<int32_t>(v)));
    else emit(vm::make_abx(Opcode::LOADK, static_cast<uint32_t>(dst), mb_.constant_int(v)));
  }
  int binary(ast::BinaryExpr* e, int dst);
  int composite_lit(ast::CompositeLit* e, int dst);
  int map_lit(ast::CompositeLit* e, int dst);
  int array_lit(ast::CompositeLit* e, int dst);
  int materialize_bool(ast::BinaryExpr* e, int dst);  // R = e ? 1 : 0 via branch()
  int call(ast::CallExpr* e, int dst, bool keep_all_results);
  int builtin(ast::CallExpr* e, BuiltinId id, int dst);
  int conversion(ast::CallExpr* e, int dst);
  // Evaluates a call's arguments at `base` per the callee's parameters.
  // Returns the register where the arguments start (the callee's frame).
  int call_args(ast::CallExpr* e, const Signature* sig);
  void branch(ast::Expr* e, bool when, std::vector<size_t>& jumps);
  // Branches to `differ` for the first field where struct values x and y differ.
  void struct_differ(const Type* t, int x, int y, std::vector<size_t>& differ, Pos pos);

  // --- statements
  void block(const std::vector<ast::Stmt*>& list);
  void stmt(ast::Stmt* s);
  void assign(ast::AssignStmt* s);
  void store(ast::Expr* lhs, int src);  // lhs = R[src]
  void if_stmt(ast::IfStmt* s);
  void for_stmt(ast::ForStmt* s, const ast::LabeledStmt* label);
  void range_stmt(ast::RangeStmt* s, const ast::LabeledStmt* label);
  void range_map(ast::RangeStmt* s, const ast::LabeledStmt* label);
  void range_chan(ast::RangeStmt* s, const ast::LabeledStmt* label);
  void range_array(ast::RangeStmt* s, const ast::LabeledStmt* label);
  void bind_range_var(ast::RangeStmt* s, ast::Expr* e, int src);
  // A range variable of a type too wide for registers, from the cell at
  // R[cell..cell+1] (which a new variable adopts).
  void bind_range_wide(ast::RangeStmt* s, ast::Expr* e, int cell, const Type* t);
  void branch_back_while_below(int i, int limit, size_t body, bool unsigned_cmp, Pos pos);
  void switch_stmt(ast::SwitchStmt* s, const ast::LabeledStmt* label);
  void select_stmt(ast::SelectStmt* s, const ast::LabeledStmt* label);
  void return_stmt(ast::ReturnStmt* s);
  // The named results' values in consecutive registers (their own, unless
  // some live in cells).
  int named_results() {
    bool cells = std::any_of(named_results_.begin(), named_results_.end(), [](const Var* v) { return in_cell(v); });
    if (!cells) return locals_.at(named_results_[0]);
    int first = alloc(static_cast<int>(fn_.num_results), Pos{});
    int at = first;
    for (const Var* v : named_results_) {
      int w = width_of(v->type);
      if (huge_value(v->type)) {
        fresh_copy(v->type, Loc{Loc::Box, locals_.at(v), 0}, at, Pos{});  // the caller's own copy
        at += 2;
        continue;
      }
      if (in_cell(v)) load_loc(Loc{Loc::Box, locals_.at(v), 0}, w, at, Pos{});
      else move(at, locals_.at(v), w);
      at += w;
    }
    return first;
  }

  struct Breakable {
    const ast::LabeledStmt* label;
    bool is_loop;
    std::vector<size_t> breaks, continues;
  };
  Breakable* find_target(const ast::BranchStmt* b);

  ModuleBuilder& mb_;
  vm::Function& fn_;
  const ast::Node* decl_;
  const Signature* sig_ = nullptr;
  std::unordered_map<const Var*, int> locals_;
  std::vector<Var*> named_results_;
  int free_ = 0;
  int max_ = 0;
  std::array<vm::GcSlot, 256> reg_kind_{};  // what each register holds once marked
  int32_t line_ = 0;
  std::vector<Breakable*> breakables_;
  std::unordered_map<std::string_view, size_t> label_pc_;
  std::vector<std::pair<size_t, const ast::BranchStmt*>> gotos_;
  std::vector<size_t>* fallthrough_ = nullptr;
  // Expressions already evaluated into a register (the x of x op= y when
  // x is a slice element: its operands must be evaluated once).
  std::unordered_map<const ast::Expr*, int> preloaded_;

  // --- defer (compiler/defer_plan.h decides the path; docs/defer.md)
  // What a deferred call calls: a function known statically (a function,
  // a method with its receiver, a builtin's wrapper) or a function value.
  struct DeferTarget {
    uint32_t fn = vm::kDeferFuncValue;
    const Signature* sig = nullptr;
    ast::SelectorExpr* method_sel = nullptr;  // a static method: receiver first
    ast::SelectorExpr* iface_sel = nullptr;   // an interface method: its method value
    bool builtin = false;
    std::vector<vm::GcSlot> layout;  // of the slots the defer statement fills
  };
  DeferTarget defer_target(ast::CallExpr* e);
  void setup_defers(const Signature* sig);
  void defer_stmt(ast::DeferStmt* s);
  void go_stmt(ast::GoStmt* s);
  // Evaluates a deferred or go call's function value and arguments into
  // consecutive fresh registers; returns the first.
  int call_operands(ast::CallExpr* e, const DeferTarget& t, bool for_defer);
  void emit_defer_exit();
  bool has_defers() const { return !defer_plan_.defers.empty(); }
  DeferPlan defer_plan_;
  std::unordered_map<const ast::DeferStmt*, uint32_t> defer_site_;
  std::vector<DeferTarget> defer_targets_;  // per site
  int defer_bits_ = -1;       // open-coded: the mask register
  int hidden_results_ = -1;   // with defers, unnamed results wait here for the exit
  std::vector<size_t> exit_jumps_;  // returns, to the exit block
  bool defer_closure_ = false;  // the function literal being compiled is a defer statement's
};

// ------------------------------------------------------------ function values

int FuncCompiler::func_value(const Func* f, int dst, Pos pos) {
  int64_t index = mb_.function(f);
  uint32_t fn = index >= 0 ? static_cast<uint32_t>(index) : mb_.native_wrapper(f);
  int r = dst >= 0 ? dst : alloc(1, pos);
  emit(vm::make_abx(Opcode::FUNCREF, static_cast<uint32_t>(r), fn));
  return r;
}

int FuncCompiler::func_lit(ast::FuncLit* lit, int dst) {
  uint32_t fn = mb_.literal(lit, fn_.name);
  const auto& captures = mb_.program().captures.at(lit);
  if (captures.empty()) {
    int r = dst >= 0 ? dst : alloc(1, lit->pos);
    emit(vm::make_abx(Opcode::FUNCREF, static_cast<uint32_t>(r), fn));
    return r;
  }
  // Every captured variable lives in a cell: the closure holds the cells
  // (one slot each; the address is the cell's first slot, see GETCELL).
  int saved = free_;
  int base = alloc(static_cast<int>(captures.size()), lit->pos);
  std::vector<vm::GcSlot> layout;
  for (size_t k = 0; k < captures.size(); k++) {
    move(base + static_cast<int>(k), locals_.at(captures[k]), 1);
    layout.push_back(vm::GcSlot::Pointer);
  }
  if (fn > 0xffff) throw Unsupported{lit->pos, "more than 65535 functions are"};
  uint32_t type = mb_.closure_type(layout);
  free_ = saved;
  int r = dst >= 0 ? dst : alloc(1, lit->pos);
  set_line(lit);
  emit_x(defer_closure_ ? Opcode::DEFERCLOSURE : Opcode::CLOSURE, r, base, static_cast<int>(layout.size()), fn | type << 16);
  return r;
}

uint32_t ModuleBuilder::literal(const ast::FuncLit* lit, const std::string& outer) {
  auto it = literals_.find(lit);
  if (it != literals_.end()) return it->second;
  auto [index, fn] = new_function(literal_name(outer), file_name(lit->pos));
  literals_[lit] = index;
  FuncCompiler fc(*this, *fn, lit);
  fc.compile_func(static_cast<const Signature*>(lit->type), lit->ftype, lit->body, &prog_.captures.at(lit));
  return index;
}

uint32_t ModuleBuilder::native_wrapper(const Func* f) {
  auto it = native_wrappers_.find(f);
  if (it != native_wrappers_.end()) return it->second;
  auto* sig = static_cast<const Signature*>(f->type);
  auto [index, fn] = new_function(f->qualified_name(), "<native>");
  native_wrappers_[f] = index;
  std::vector<vm::GcSlot> params = gc_layout(sig->params);
  uint32_t ref = native(f);
  fn->num_params = mod_->natives[ref].num_args;
  fn->num_results = mod_->natives[ref].num_results;
  fn->num_registers = std::max<uint32_t>({fn->num_params, fn->num_results, 1});
  for (size_t r = 0; r < params.size(); r++)
    if (params[r] != vm::GcSlot::Scalar) fn->gc_regs.push_back(static_cast<uint16_t>(r | static_cast<size_t>(params[r]) << 8));
  fn->safepoints.push_back({0, 0, static_cast<uint32_t>(fn->gc_regs.size())});
  fn->code.push_back(vm::make_abx(Opcode::CALLN, 0, ref));
  fn->code.push_back(fn->num_results ? vm::make_abc(Opcode::RET, 0, fn->num_results, 0) : vm::make_abc(Opcode::RET0, 0, 0, 0));
  fn->lines.assign(fn->code.size(), f->pos.line);
  return index;
}

uint32_t ModuleBuilder::closure_type(const std::vector<vm::GcSlot>& captured) {
  auto it = closure_types_.find(captured);
  if (it != closure_types_.end()) return it->second;
  vm::TypeInfo info;
  info.name = "closure";
  info.slots = static_cast<uint32_t>(captured.size() + 1);
  info.layout.push_back(vm::GcSlot::Scalar);  // the function index
  info.layout.insert(info.layout.end(), captured.begin(), captured.end());
  mod_->types.push_back(info);
  return closure_types_[captured] = static_cast<uint32_t>(mod_->types.size() - 1);
}

// ------------------------------------------------------------ methods

int FuncCompiler::iface_call(ast::CallExpr* e, ast::SelectorExpr* se, int dst, bool keep_all_results) {
  auto* m = static_cast<const Func*>(se->sel->obj);
  auto* sig = static_cast<const Signature*>(m->type);
  int saved = free_;
  int iface = alloc(2, e->pos);
  if (se->path.empty()) {
    expr_to(se->x, iface);
  } else {
    // A method of an interface embedded in a struct.
    const Type* t = nullptr;
    Loc loc = locate_field(se, false, &t);
    if (rep_of(t) == Rep::Pointer) throw Unsupported{se->pos, "interfaces embedded through pointers are"};
    load_loc(loc, 2, iface, se->pos);
  }
  free_ = iface + 2;
  reg_kind_[static_cast<size_t>(iface)] = vm::GcSlot::IfaceType;
  reg_kind_[static_cast<size_t>(iface) + 1] = vm::GcSlot::Scalar;
  call_args(e, sig);
  set_line(e);
  emit_x(Opcode::CALLM, iface, 0, 0, mb_.iface_site(m));
  return call_results(e, sig, saved, iface, iface + 1, dst, keep_all_results);
}

// i.M: a closure over the interface value; a nil interface panics here,
// when the method value is made, as in Go.
int FuncCompiler::iface_method_value(ast::SelectorExpr* se, int dst) {
  auto* m = static_cast<const Func*>(se->sel->obj);
  int saved = free_;
  int iface = alloc(2, se->pos);
  const Type* t = nullptr;
  if (se->path.empty()) {
    expr_to(se->x, iface);
    t = se->x->type;
  } else {
    Loc loc = locate_field(se, false, &t);
    load_loc(loc, 2, iface, se->pos);
  }
  set_iface_kind(iface);
  set_line(se);
  emit(vm::make_abc(Opcode::NILCHECK, static_cast<uint32_t>(iface), 0, 0));
  uint32_t fn = mb_.bound_iface_method(m, type_string(t, TypeStyle::Runtime));
  if (fn > 0xffff) throw Unsupported{se->pos, "more than 65535 functions are"};
  uint32_t type = mb_.closure_type({vm::GcSlot::IfaceType, vm::GcSlot::Scalar});
  free_ = saved;
  int out = dst >= 0 ? dst : alloc(1, se->pos);
  emit_x(Opcode::CLOSURE, out, iface, 2, fn | type << 16);
  return out;
}

// A wrapper function's frame: sig's parameters after whatever the frame
// already holds (a receiver), and its result count. Returns the parameter
// slots (not counting the receiver).
int FuncCompiler::wrapper_frame(const Signature* sig) {
  int start = free_;
  for (const Var* p : sig->params->vars) mark_abi(alloc(abi_width(p->type), Pos{}), p->type);  // huge ones: pointers to copies, passed on
  fn_.num_params = static_cast<uint32_t>(free_);
  for (const Var* r : sig->results->vars) fn_.num_results += static_cast<uint32_t>(abi_width(r->type));
  return free_ - start;
}

void FuncCompiler::compile_bound_iface_method(const Func* m) {
  auto* sig = static_cast<const Signature*>(m->type);
  int params = wrapper_frame(sig);
  int base = alloc(2 + params, Pos{});
  emit(vm::make_abc(Opcode::GETUP, static_cast<uint32_t>(base), 0, 2));
  set_iface_kind(base);
  move(base + 2, 0, params);
  emit_x(Opcode::CALLM, base, 0, 0, mb_.iface_site(m));
  emit(fn_.num_results ? vm::make_abc(Opcode::RET, static_cast<uint32_t>(base + 1), fn_.num_results, 0) : vm::make_abc(Opcode::RET0, 0, 0, 0));
  fn_.num_registers = static_cast<uint32_t>(std::max(max_, 1));
}

int FuncCompiler::method_value(ast::SelectorExpr* se, int dst) {
  auto* m = static_cast<const Func*>(se->sel->obj);
  const Type* recv = static_cast<const Signature*>(m->type)->recv->type;
  int saved = free_;
  int r = receiver(se, recv, -1);
  // A huge receiver: the closure holds a pointer to its copy.
  std::vector<vm::GcSlot> layout = huge_value(recv) ? std::vector<vm::GcSlot>{vm::GcSlot::Pointer, vm::GcSlot::Scalar} : gc_layout(recv);
  uint32_t fn = mb_.bound_method(m);
  if (fn > 0xffff) throw Unsupported{se->pos, "more than 65535 functions are"};
  uint32_t type = mb_.closure_type(layout);
  free_ = saved;
  int out = dst >= 0 ? dst : alloc(1, se->pos);
  set_line(se);
  emit_x(Opcode::CLOSURE, out, r, abi_width(recv), fn | type << 16);
  return out;
}

void FuncCompiler::compile_bound_method(const Func* m) {
  auto* sig = static_cast<const Signature*>(m->type);
  int params = wrapper_frame(sig);
  const Type* recv = sig->recv->type;
  int w = abi_width(recv);
  int base = alloc(w + params, Pos{});
  if (huge_value(recv)) {
    // Each call gets a copy of its own of the bound receiver.
    int held = alloc(2, Pos{});
    emit(vm::make_abc(Opcode::GETUP, static_cast<uint32_t>(held), 0, 2));
    mark_pointer(held);
    fresh_copy(recv, Loc{Loc::Box, held, 0}, base, Pos{});
    free_ = base + w + params;
  } else {
    emit(vm::make_abc(Opcode::GETUP, static_cast<uint32_t>(base), 0, static_cast<uint32_t>(w)));
  }
  mark_abi(base, recv);
  move(base + w, 0, params);
  call_function(m, base);
  emit(fn_.num_results ? vm::make_abc(Opcode::RET, static_cast<uint32_t>(base), fn_.num_results, 0) : vm::make_abc(Opcode::RET0, 0, 0, 0));
  fn_.num_registers = static_cast<uint32_t>(std::max(max_, 1));
}

void FuncCompiler::compile_method_wrapper(const Type* recv_type, const std::vector<int32_t>& path, const Func* target) {
  auto* sig = static_cast<const Signature*>(target->type);
  if (!sig->recv) {
    compile_iface_method_wrapper(recv_type, path, target);
    return;
  }
  int rw = abi_width(recv_type);
  mark_abi(alloc(rw, Pos{}), recv_type);
  int params = wrapper_frame(sig);
  const Type* want = sig->recv->type;
  int w = abi_width(want);
  int base = alloc(w + params, Pos{});
  const Type* t = recv_type;
  Loc loc{Loc::Regs, 0, 0};
  if (rep_of(t) == Rep::Pointer || huge_value(t)) {
    // Through the pointer (a huge receiver's own copy is reached by one too).
    loc = Loc{Loc::Box, 0, 0};
    if (rep_of(t) == Rep::Pointer) t = pointee(t);
  }
  loc = follow_path(loc, t, path, path.size(), Pos{});
  if (huge_value(want)) {
    // A huge value receiver: a copy of its own for the target.
    if (rep_of(t) == Rep::Pointer) {
      int p = load_loc(loc, 2, -1, Pos{});
      mark(p, t);
      loc = Loc{Loc::Box, p, 0};
    }
    fresh_copy(want, loc, base, Pos{});
  } else {
    adjust_receiver(loc, t, want, base, Pos{});
  }
  free_ = base + w + params;
  mark_abi(base, want);
  move(base + w, rw, params);
  call_function(target, base);
  emit(fn_.num_results ? vm::make_abc(Opcode::RET, static_cast<uint32_t>(base), fn_.num_results, 0) : vm::make_abc(Opcode::RET0, 0, 0, 0));
  fn_.num_registers = static_cast<uint32_t>(std::max(max_, 1));
}

// A method promoted from an embedded interface field: load the field (the
// path's end) and call through it.
void FuncCompiler::compile_iface_method_wrapper(const Type* recv_type, const std::vector<int32_t>& path, const Func* target) {
  auto* sig = static_cast<const Signature*>(target->type);
  int rw = abi_width(recv_type);
  mark_abi(alloc(rw, Pos{}), recv_type);
  int params = wrapper_frame(sig);
  int base = alloc(2 + params, Pos{});
  const Type* t = recv_type;
  Loc loc{Loc::Regs, 0, 0};
  if (rep_of(t) == Rep::Pointer || huge_value(t)) {
    loc = Loc{Loc::Box, 0, 0};
    if (rep_of(t) == Rep::Pointer) t = pointee(t);
  }
  loc = follow_path(loc, t, path, path.size(), Pos{});
  load_loc(loc, 2, base, Pos{});
  set_iface_kind(base);
  free_ = base + 2 + params;
  move(base + 2, rw, params);
  emit_x(Opcode::CALLM, base, 0, 0, mb_.iface_site(target));
  emit(fn_.num_results ? vm::make_abc(Opcode::RET, static_cast<uint32_t>(base + 1), fn_.num_results, 0) : vm::make_abc(Opcode::RET0, 0, 0, 0));
  fn_.num_registers = static_cast<uint32_t>(std::max(max_, 1));
}

void ModuleBuilder::method_table(const Type* t, vm::TypeInfo& info) {
  bool is_ptr = rep_of(t) == Rep::Pointer;
  const Type* base = is_ptr ? pointee(t) : t;
  // Candidate names: every method of a named type reachable through
  // embedded fields; the selector rules then decide which one (if any) each
  // name selects.
  std::set<std::string_view> names;
  std::set<const Type*> seen;
  std::vector<const Type*> work{base};
  while (!work.empty()) {
    const Type* at = work.back();
    work.pop_back();
    if (!seen.insert(at).second) continue;
    if (at->kind == TypeKind::Named)
      for (const Func* m : static_cast<const Named*>(at)->methods) names.insert(m->name);
    const Type* u = underlying(at);
    if (u && u->kind == TypeKind::Interface && at != base)
      for (const Func* m : static_cast<const Interface*>(u)->all_methods) names.insert(m->name);
    if (!u || u->kind != TypeKind::Struct) continue;
    for (const Var* f : static_cast<const Struct*>(u)->fields)
      if (f->embedded) work.push_back(rep_of(f->type) == Rep::Pointer ? pointee(f->type) : f->type);
  }
  for (std::string_view name : names) {
    Selection sel = lookup_selection(base, name);
    if (!sel.method) continue;  // a field, or ambiguous
    uint32_t fn;
    if (sel.iface_method) {
      fn = method_wrapper(t, sel.path, sel.method);  // through the embedded interface
    } else {
      const Type* recv = static_cast<const Signature*>(sel.method->type)->recv->type;
      if (rep_of(recv) == Rep::Pointer && !is_ptr && !sel.through_pointer) continue;  // only in *T's method set
      if (sel.path.empty() && identical(recv, t) && function(sel.method) >= 0) fn = static_cast<uint32_t>(function(sel.method));
      else fn = method_wrapper(t, sel.path, sel.method);
    }
    info.methods.push_back({method_name(sel.method), fn});
    // fmt's error and Stringer: exactly `Error() string` / `String() string`.
    const auto* sig = static_cast<const Signature*>(sel.method->type);
    const Type* result = sig->results->vars.size() == 1 ? sig->results->vars[0]->type : nullptr;
    bool returns_string = sig->params->vars.empty() && result && result->kind == TypeKind::Basic &&
                          static_cast<const Basic*>(result)->bkind == BasicKind::String;
    if (returns_string && name == "Error") info.error_method = fn;
    if (returns_string && name == "String") info.string_method = fn;
    if (returns_string && name == "GoString") info.gostring_method = fn;
  }
  std::sort(info.methods.begin(), info.methods.end());
}

uint32_t ModuleBuilder::bound_iface_method(const Func* m, const std::string& iface_name) {
  auto it = bound_iface_methods_.find(m);
  if (it != bound_iface_methods_.end()) return it->second;
  auto [index, fn] = new_function(iface_name + "." + std::string(m->name) + "-fm", file_name(m->pos));
  bound_iface_methods_[m] = index;
  FuncCompiler fc(*this, *fn, nullptr);
  fc.compile_bound_iface_method(m);
  return index;
}

uint32_t ModuleBuilder::bound_method(const Func* m) {
  auto it = bound_methods_.find(m);
  if (it != bound_methods_.end()) return it->second;
  auto [index, fn] = new_function(m->qualified_name() + "-fm", file_name(m->pos));
  bound_methods_[m] = index;
  FuncCompiler fc(*this, *fn, nullptr);
  fc.compile_bound_method(m);
  return index;
}

uint32_t ModuleBuilder::method_wrapper(const Type* recv_type, const std::vector<int32_t>& path, const Func* target) {
  std::string key = type_string(recv_type, TypeStyle::Runtime) + "|" + target->qualified_name();
  for (int32_t k : path) key += "." + std::to_string(k);
  auto it = method_wrappers_.find(key);
  if (it != method_wrappers_.end()) return it->second;
  // Named as Go names its wrappers: main.(*T).M for the pointer type's copy.
  std::string name = type_string(recv_type, TypeStyle::Runtime);
  if (rep_of(recv_type) == Rep::Pointer) name = "(" + name + ")";
  auto [index, fn] = new_function(name + "." + std::string(target->name), file_name(target->pos));
  method_wrappers_[key] = index;
  FuncCompiler fc(*this, *fn, nullptr);
  fc.compile_method_wrapper(recv_type, path, target);
  return index;
}

// ------------------------------------------------------------ constants and operands

void FuncCompiler::load_constant(const Type* t, const Constant* c, int dst, Pos pos) {
  auto a = static_cast<uint32_t>(dst);
  switch (rep_of(t)) {
    case Rep::Bool: emit(vm::make_asbx(Opcode::LOADI, a, c->boolean() ? 1 : 0)); return;
    case Rep::Signed:
    case Rep::Unsigned: {
      int64_t v = rep_of(t) == Rep::Unsigned ? static_cast<int64_t>(c->uint64()) : c->int64();
      if (c->kind() == Constant::Kind::Float) v = static_cast<int64_t>(c->float64());
      if (v >= -32768 && v <= 32767) emit(vm::make_asbx(Opcode::LOADI, a, static_cast<int32_t>(v)));
      else emit(vm::make_abx(Opcode::LOADK, a, mb_.constant_int(v)));
      return;
    }
    case Rep::Float32:
    case Rep::Float64: {
      double d = c->float64();
      if (rep_of(t) == Rep::Float32) d = static_cast<double>(static_cast<float>(d));
      if (d == static_cast<int32_t>(d) && d >= -32768 && d <= 32767 && !(d == 0 && std::signbit(d)))
        emit(vm::make_asbx(Opcode::LOADF, a, static_cast<int32_t>(d)));
      else emit(vm::make_abx(Opcode::LOADK, a, mb_.constant_float(d)));
      return;
    }
    case Rep::String:
      if (c->str().empty()) emit(vm::make_abc(Opcode::LOADZ, a, 0, 0));
      else emit(vm::make_abx(Opcode::LOADK, a, mb_.constant_string(c->str())));
      return;
    default: throw Unsupported{pos, "constants of type " + type_string(t, TypeStyle::Checker) + " are"};
  }
}

void FuncCompiler::slice_get(const Type* slice_type, int dst, int s, int i) {
  uint32_t x = mb_.elem_x(slice_type);
  if (vm::elem_slots(x) == 1) emit(vm::make_abc(Opcode::INDEX_SL, static_cast<uint32_t>(dst), static_cast<uint32_t>(s), static_cast<uint32_t>(i)));
  else emit_x(Opcode::INDEXW_SL, dst, s, i, x);
}

int FuncCompiler::expr_value(ast::Expr* e, int dst) {
  set_line(e);
  if (auto it = preloaded_.find(e); it != preloaded_.end()) return it->second;
  if (huge_value(e->type) && !e->constant)
    throw Unsupported{e->pos, "using a value of type " + type_string(e->type, TypeStyle::Checker) + " this way is"};
  if (e->constant) {
    int r = dst >= 0 ? dst : alloc(1, e->pos);
    load_constant(e->type, e->constant, r, e->pos);
    return r;
  }
  switch (e->kind) {
    case ast::Kind::ParenExpr: return expr(static_cast<ast::ParenExpr*>(e)->x, dst);
    case ast::Kind::Ident: {
      auto* id = static_cast<ast::Ident*>(e);
      if (id->obj && id->obj->kind == ObjKind::Nil) {
        int r = dst >= 0 ? dst : alloc(width_of(e->type), e->pos);
        for (int k = 0; k < width_of(e->type); k++) emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(r + k), 0, 0));
        return r;
      }
      if (id->obj && id->obj->kind == ObjKind::Func) return func_value(static_cast<const Func*>(id->obj), dst, e->pos);
      if (!id->obj || id->obj->kind != ObjKind::Var) throw Unsupported{e->pos, "this identifier is"};
      auto* v = static_cast<const Var*>(id->obj);
      if (mb_.is_global(v)) return load_global(v, dst, e->pos);
      auto it = locals_.find(v);
      if (it == locals_.end()) throw Unsupported{e->pos, "this variable is"};
      if (in_cell(v)) return load_loc(Loc{Loc::Box, it->second, 0}, width_of(v->type), dst, e->pos);
      return it->second;
    }
    case ast::Kind::UnaryExpr: {
      auto* u = static_cast<ast::UnaryExpr*>(e);
      if (u->op == ast::Op::Add) return expr(u->x, dst);
      if (u->op == ast::Op::And) return address_of(u->x, dst);
      if (u->op == ast::Op::Arrow) {
        if (huge_value(e->type)) throw Unsupported{e->pos, "channels of values this wide are"};
        int r = dst >= 0 ? dst : alloc(width_of(e->type), e->pos);
        receive(u, r, false);
        return r;
      }
      int x = expr(u->x, -1);
      int r = dst >= 0 ? dst : alloc(1, e->pos);
      Rep rep = rep_of(e->type);
      switch (u->op) {
        case ast::Op::Sub:
          emit(vm::make_abc(is_float_rep(rep) ? Opcode::NEG_F64 : Opcode::NEG_I64, static_cast<uint32_t>(r), static_cast<uint32_t>(x), 0));
          fixup(r, e->type);
          return r;
        case ast::Op::Not: emit(vm::make_abc(Opcode::NOT, static_cast<uint32_t>(r), static_cast<uint32_t>(x), 0)); return r;
        case ast::Op::Xor:
          emit(vm::make_abc(Opcode::NOT_BITS, static_cast<uint32_t>(r), static_cast<uint32_t>(x), 0));
          fixup(r, e->type);
          return r;
        default: throw Unsupported{e->pos, std::string("operator ") + ast::op_string(u->op) + " is"};
      }
    }
    case ast::Kind::BinaryExpr: return binary(static_cast<ast::BinaryExpr*>(e), dst);
    case ast::Kind::CallExpr: return call(static_cast<ast::CallExpr*>(e), dst, false);
    case ast::Kind::IndexExpr: {
      auto* ix = static_cast<ast::IndexExpr*>(e);
      if (is_array_index(ix)) {
        // Temporaries of the location stay allocated: the result may be
        // one of them (an element read in place).
        int saved = free_;
        Loc loc = locate_index(ix, false);
        if (dst < 0) return load_loc(loc, width_of(e->type), -1, e->pos);
        load_loc(loc, width_of(e->type), dst, e->pos);
        free_ = saved;
        return dst;
      }
      if (rep_of(ix->x->type) == Rep::Slice) {
        int saved = free_;
        int s = expr(ix->x, -1);
        int i = expr(ix->indices[0], -1);
        free_ = saved;
        int r = dst >= 0 ? dst : alloc(width_of(e->type), e->pos);
        slice_get(ix->x->type, r, s, i);
        return r;
      }
      if (rep_of(ix->x->type) == Rep::Map) {
        int saved = free_;
        int m = expr(ix->x, -1);
        int k = map_key(ix);
        free_ = saved;
        int r = dst >= 0 ? dst : alloc(width_of(e->type), e->pos);
        set_line(e);
        emit_x(Opcode::MAPGET, r, m, k, map_x(ix->x->type));
        return r;
      }
      if (rep_of(ix->x->type) != Rep::String) throw Unsupported{e->pos, "indexing arrays is"};
      int saved = free_;
      int s = expr(ix->x, -1);
      int i = expr(ix->indices[0], -1);
      free_ = saved;
      int r = dst >= 0 ? dst : alloc(1, e->pos);
      emit(vm::make_abc(Opcode::INDEX_STR, static_cast<uint32_t>(r), static_cast<uint32_t>(s), static_cast<uint32_t>(i)));
      return r;
    }
    case ast::Kind::SliceExpr: {
      // Bounds go to three consecutive registers; an omitted low is 0 and
      // an omitted high is the length.
      auto* sl = static_cast<ast::SliceExpr*>(e);
      Rep rep = rep_of(sl->x->type);
      int saved = free_;
      int s;
      bool from_array = rep == Rep::Array || rep == Rep::Pointer;
      if (from_array) {
        // The array as a slice sharing its storage, then sliced as one.
        const Type* at = rep == Rep::Pointer ? pointee(sl->x->type) : sl->x->type;
        int p = rep == Rep::Pointer ? expr(sl->x, -1) : address_of(sl->x, -1);
        s = alloc(4, e->pos);
        set_line(e);
        int ew = width_of(array_of(at)->elem);
        if (ew > 255 || array_of(at)->len >= (int64_t{1} << 24)) throw Unsupported{e->pos, "slicing arrays this large is"};
        emit_x(Opcode::SLICE_PTR, s, p, 0, static_cast<uint32_t>(ew) | static_cast<uint32_t>(array_of(at)->len) << 8);
        mark(s, e->type);
        rep = Rep::Slice;
      } else {
        s = expr(sl->x, -1);
      }
      int bounds = alloc(3, e->pos);
      if (sl->low) expr_to(sl->low, bounds);
      else emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(bounds), 0, 0));
      if (sl->high) expr_to(sl->high, bounds + 1);
      else if (rep == Rep::Slice) move(bounds + 1, s + 2, 1);
      else emit(vm::make_abc(Opcode::LEN_STR, static_cast<uint32_t>(bounds + 1), static_cast<uint32_t>(s), 0));
      if (sl->slice3) expr_to(sl->max, bounds + 2);
      free_ = saved;
      int r = dst >= 0 ? dst : alloc(width_of(e->type), e->pos);
      if (from_array)
        emit(vm::make_abc(Opcode::SLICE_ARR, sl->slice3 ? 1 : 0, static_cast<uint32_t>(s), static_cast<uint32_t>(bounds)));
      Opcode op = rep == Rep::String ? Opcode::SLICE_STR : sl->slice3 ? Opcode::SLICE3_SL : Opcode::SLICE_SL;
      emit(vm::make_abc(op, static_cast<uint32_t>(r), static_cast<uint32_t>(s), static_cast<uint32_t>(bounds)));
      return r;
    }
    case ast::Kind::CompositeLit: return composite_lit(static_cast<ast::CompositeLit*>(e), dst);
    case ast::Kind::TypeAssertExpr: {
      auto* ta = static_cast<ast::TypeAssertExpr*>(e);
      return type_assert(ta->x, e->type, dst, false, e->pos);
    }
    case ast::Kind::FuncLit: return func_lit(static_cast<ast::FuncLit*>(e), dst);
    case ast::Kind::SelectorExpr: {
      auto* se = static_cast<ast::SelectorExpr*>(e);
      if (se->sel->obj && se->sel->obj->kind == ObjKind::Var && mb_.is_global(static_cast<Var*>(se->sel->obj))) {
        return load_global(static_cast<const Var*>(se->sel->obj), dst, e->pos);
      }
      switch (se->sel_kind) {
        case ast::SelectorExpr::Sel::Method: return method_value(se, dst);
        case ast::SelectorExpr::Sel::IfaceMethod: return iface_method_value(se, dst);
        case ast::SelectorExpr::Sel::MethodExpr: {
          // T.M is the method itself; (*T).M of a value method goes through a wrapper.
          auto* m = static_cast<const Func*>(se->sel->obj);
          const Type* recv = se->x->type;
          auto* msig = static_cast<const Signature*>(m->type);
          int r = dst >= 0 ? dst : alloc(1, e->pos);
          uint32_t fn = identical(recv, msig->recv->type) && mb_.function(m) >= 0 ? static_cast<uint32_t>(mb_.function(m))
                                                                                    : mb_.method_wrapper(recv, {}, m);
          emit(vm::make_abx(Opcode::FUNCREF, static_cast<uint32_t>(r), fn));
          return r;
        }
        default: break;
      }
      if (se->sel->obj && se->sel->obj->kind == ObjKind::Func) return func_value(static_cast<const Func*>(se->sel->obj), dst, e->pos);
      if (se->path.empty()) throw Unsupported{e->pos, "selector expressions are"};
      return load_loc(locate_field(se, false), width_of(e->type), dst, e->pos);
    }
    case ast::Kind::StarExpr: {
      auto* st = static_cast<ast::StarExpr*>(e);
      int saved = free_;
      int p = expr(st->x, -1);
      free_ = saved;
      return load_loc(Loc{Loc::Box, p, 0}, width_of(e->type), dst, e->pos);
    }
    default: throw Unsupported{e->pos, std::string(ast::kind_name(e->kind)) + " expressions are"};
  }
}

int FuncCompiler::composite_lit(ast::CompositeLit* e, int dst) {
  if (e->implicit_addr) {
    // []*T{{...}}: the element is &T{...}.
    e->implicit_addr = false;
    const Type* ptr = e->type;
    e->type = pointee(ptr);
    int r = new_value(e->type, dst, e->pos, [&](int d) { expr_to(e, d); });
    e->type = ptr;
    e->implicit_addr = true;
    return r;
  }
  if (rep_of(e->type) == Rep::Struct) return struct_lit(e, dst);
  if (rep_of(e->type) == Rep::Map) return map_lit(e, dst);
  if (rep_of(e->type) == Rep::Array) return array_lit(e, dst);
  if (rep_of(e->type) != Rep::Slice) throw Unsupported{e->pos, "composite literals of type " + type_string(e->type, TypeStyle::Checker) + " are"};
  // Element positions: keys are constant indexes, others follow on.
  std::vector<std::pair<int64_t, ast::Expr*>> elems;
  int64_t index = 0, length = 0;
  for (ast::Expr* elt : e->elts) {
    ast::Expr* value = elt;
    if (auto* kv = ast::as<ast::KeyValueExpr>(elt)) {
      index = kv->key->constant ? kv->key->constant->int64() : index;
      value = kv->value;
    }
    elems.emplace_back(index, value);
    length = std::max(length, ++index);
  }
  int saved = free_;
  int r = alloc(4, e->pos);
  set_line(e);
  build_slice(
      r, e->type, length, elems.size(), [&](size_t k) { return elems[k].first; },
      [&](size_t k) { return elems[k].second->type; }, [&](size_t k, int d) { expr_ref(elems[k].second, d); });
  free_ = saved;
  if (dst >= 0) {
    move(dst, r, 4);
    return dst;
  }
  return alloc(4, e->pos);
}

// [N]T{...}: zeroed slots, then each element (keys are constant indexes)
// converted to T at its offset; built aside when dst may be read.
int FuncCompiler::array_lit(ast::CompositeLit* e, int dst) {
  const Array* a = array_of(e->type);
  int ew = width_of(a->elem);
  int w = width_of(e->type);
  int saved = free_;
  int r = dst >= 0 ? alloc(w, e->pos) : alloc(w, e->pos);
  for (int k = 0; k < w; k++) emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(r + k), 0, 0));
  int64_t index = 0;
  for (ast::Expr* elt : e->elts) {
    ast::Expr* value = elt;
    if (auto* kv = ast::as<ast::KeyValueExpr>(elt)) {
      index = kv->key->constant ? kv->key->constant->int64() : index;
      value = kv->value;
    }
    int at = r + static_cast<int>(index) * ew;
    expr_to_type(value, a->elem, at);
    mark(at, a->elem);
    index++;
  }
  if (dst >= 0) {
    move(dst, r, w);
    free_ = saved;
    return dst;
  }
  return r;
}

int FuncCompiler::map_lit(ast::CompositeLit* e, int dst) {
  const auto* mt = static_cast<const Map*>(underlying(e->type));
  int saved = free_;
  int m = alloc(1, e->pos);
  int hint = alloc(1, e->pos);
  load_int(hint, static_cast<int64_t>(e->elts.size()));
  set_line(e);
  emit_x(Opcode::MAKE_MAP, m, hint, 1, mb_.type_id(e->type));
  mark(m, e->type);
  for (ast::Expr* elt : e->elts) {
    auto* kv = static_cast<ast::KeyValueExpr*>(elt);
    int elt_saved = free_;
    int k = alloc(abi_width(mt->key), elt->pos);
    if (huge_value(mt->key)) expr_ref(kv->key, k);
    else expr_to_type(kv->key, mt->key, k);
    mark_abi(k, mt->key);
    if (huge_value(mt->elem)) {
      // A value too wide for registers: stored from memory.
      int v = expr_address(kv->value);
      set_line(elt);
      emit_x(Opcode::MAPSETP, m, k, v, map_x(e->type));
      free_ = elt_saved;
      continue;
    }
    int v = alloc(width_of(mt->elem), elt->pos);
    expr_to_type(kv->value, mt->elem, v);
    mark(v, mt->elem);
    set_line(elt);
    emit_x(Opcode::MAPSET, m, k, v, map_x(e->type));
    free_ = elt_saved;
  }
  free_ = saved;
  int r = dst >= 0 ? dst : alloc(1, e->pos);
  move(r, m, 1);
  return r;
}

int FuncCompiler::struct_lit(ast::CompositeLit* e, int dst) {
  const Type* t = e->type;
  int w = width_of(t);
  int r = dst >= 0 ? dst : alloc(w, e->pos);
  const Struct* st = struct_of(t);
  std::vector<ast::Expr*> values(st->fields.size(), nullptr);
  for (size_t i = 0; i < e->elts.size(); i++) {
    if (auto* kv = ast::as<ast::KeyValueExpr>(e->elts[i])) {
      auto* key = static_cast<ast::Ident*>(kv->key);
      for (size_t f = 0; f < st->fields.size(); f++)
        if (st->fields[f] == key->obj) values[f] = kv->value;
    } else {
      values[i] = e->elts[i];
    }
  }
  // Fields are evaluated in source order into a temporary when the
  // destination may be read by the values (p = T{p.y, p.x}).
  int saved = free_;
  int tmp = dst >= 0 ? alloc(w, e->pos) : r;
  for (size_t f = 0; f < st->fields.size(); f++) {
    int at = tmp + field_offset(t, f);
    const Type* ft = st->fields[f]->type;
    if (!values[f]) {
      for (int k = 0; k < width_of(ft); k++) emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(at + k), 0, 0));
    } else if (rep_of(ft) == Rep::Iface && rep_of(values[f]->type) != Rep::Iface) {
      to_iface(values[f]->type, at, [&](int d) { expr_ref(values[f], d); });
    } else {
      expr_to(values[f], at);
    }
    mark(at, ft);
  }
  if (tmp != r) move(r, tmp, w);
  free_ = saved;
  if (dst < 0 && free_ < r + w) alloc(r + w - free_, e->pos);
  return r;
}

FuncCompiler::Loc FuncCompiler::pointer_loc(ast::Expr* p, bool fresh_operands) {
  // Evaluated into fresh registers when later stores must not see it
  // change (multi-assignments).
  int r = fresh_operands ? alloc(2, p->pos) : -1;
  if (r >= 0) expr_to(p, r);
  else r = expr(p, -1);
  return Loc{Loc::Box, r, 0};
}

FuncCompiler::Loc FuncCompiler::global_loc(const Var* v, Pos pos) {
  if (!boxed_global(v)) return Loc{Loc::Global, static_cast<int>(mb_.global(v)), 0};
  int p = alloc(2, pos);
  emit(vm::make_abx(Opcode::GETG, static_cast<uint32_t>(p), mb_.global(v)));
  emit(vm::make_abx(Opcode::GETG, static_cast<uint32_t>(p + 1), mb_.global(v) + 1));
  mark_pointer(p);
  return Loc{Loc::Box, p, 0};
}
int FuncCompiler::load_global(const Var* v, int dst, Pos pos) {
  int w = width_of(v->type);
  if (!boxed_global(v)) {
    int r = dst >= 0 ? dst : alloc(w, pos);
    for (int k = 0; k < w; k++)
      emit(vm::make_abx(Opcode::GETG, static_cast<uint32_t>(r + k), mb_.global(v) + static_cast<uint32_t>(k)));
    return r;
  }
  int r = dst >= 0 ? dst : alloc(w, pos);
  int saved = free_;
  load_loc(global_loc(v, pos), w, r, pos);
  free_ = saved;
  return r;
}

FuncCompiler::Loc FuncCompiler::wide_source(ast::Expr* e, bool* fresh) {
  e = unparen(e);
  *fresh = false;
  if (auto* c = ast::as<ast::CallExpr>(e)) {
    ast::Expr* fun = unparen(c->fun);
    if (fun->mode == ast::Mode::TypeExpr && c->args.size() == 1 && width_of(c->args[0]->type) == width_of(e->type) &&
        rep_of(c->args[0]->type) == rep_of(e->type))
      return wide_source(c->args[0], fresh);  // T(x): the same value
    if (huge_value(e->type) && fun->mode != ast::Mode::Builtin && fun->mode != ast::Mode::TypeExpr) {
      // A huge result comes back as a pointer to a new heap value.
      int r = call(c, -1, false);
      *fresh = true;
      return Loc{Loc::Box, r, 0};
    }
  }
  if (huge_value(e->type) && (ast::as<ast::TypeAssertExpr>(e) || map_index(e))) {
    // x.(T) and m[k] too wide for registers: a new zeroed value the
    // boxed value or the map's element is copied to.
    int p = alloc(2, e->pos);
    emit_x(Opcode::NEW, p, 0, 3, mb_.type_id(e->type));
    mark_pointer(p);
    fetch_wide(e, p, false);
    free_ = p + 2;
    *fresh = true;
    return Loc{Loc::Box, p, 0};
  }
  if (auto* lit = ast::as<ast::CompositeLit>(e); lit && wide_value(lit->type)) {
    int p = alloc(2, e->pos);
    if (rep_of(lit->type) == Rep::Array) wide_array_lit(lit, p, e->pos);
    else wide_struct_lit(lit, p, e->pos);
    free_ = p + 2;
    *fresh = true;
    return Loc{Loc::Box, p, 0};
  }
  Loc loc = locate_value(e, false);
  if (loc.kind == Loc::Regs || loc.kind == Loc::RegsDyn) {
    // A value in registers (a call's result, a map element...): spilled.
    int w = width_of(e->type);
    int v = loc.kind == Loc::Regs ? loc.reg + loc.offset : load_loc(loc, w, -1, e->pos);
    mark(v, e->type);
    int p = alloc(2, e->pos);
    emit_x(Opcode::NEW, p, v, 1, mb_.type_id(e->type));
    mark_pointer(p);
    *fresh = true;
    return Loc{Loc::Box, p, 0};
  }
  return loc;
}

void FuncCompiler::fetch_wide(ast::Expr* e, int p, bool comma_ok) {
  e = unparen(e);
  int saved = free_;
  if (!ast::as<ast::TypeAssertExpr>(e) && !map_index(e)) throw Unsupported{e->pos, "channels of values this wide are"};
  if (auto* ta = ast::as<ast::TypeAssertExpr>(e)) {
    int src = expr(ta->x, -1);
    uint32_t target = mb_.type_id(ta->type), iface = mb_.type_id(ta->x->type);
    if (target > 0xffff || iface > 0xffff) throw Unsupported{e->pos, "more than 65535 types are"};
    set_line(e);
    emit_x(Opcode::TYPEASSERTP, p, src, comma_ok ? 1 : 0, target | iface << 16);
  } else {
    auto* ix = static_cast<ast::IndexExpr*>(e);
    int m = expr(ix->x, -1);
    int k = map_key(ix);
    set_line(e);
    emit_x(Opcode::MAPGETP, p, m, k, map_x(ix->x->type) | (comma_ok ? vm::kMapCommaOk : 0));
  }
  free_ = saved;
}

FuncCompiler::Loc FuncCompiler::locate_value(ast::Expr* x, bool fresh_operands) {
  x = unparen(x);
  if (huge_value(x->type) && (ast::as<ast::CallExpr>(x) || ast::as<ast::CompositeLit>(x) || ast::as<ast::TypeAssertExpr>(x) || map_index(x))) {
    bool fresh = false;
    return wide_source(x, &fresh);  // a new heap value
  }
  auto* id = ast::as<ast::Ident>(x);
  const Var* v = id && id->obj && id->obj->kind == ObjKind::Var ? static_cast<const Var*>(id->obj) : nullptr;
  if (auto* se = ast::as<ast::SelectorExpr>(x); se && se->sel_kind == ast::SelectorExpr::Sel::Field && !se->path.empty())
    return locate_field(se, fresh_operands);  // a.b.c: c lives inside a.b's location
  if (auto* star = ast::as<ast::StarExpr>(x)) return pointer_loc(star->x, fresh_operands);
  if (v && mb_.is_global(v)) return global_loc(v, x->pos);
  if (v && locals_.count(v)) return Loc{in_cell(v) ? Loc::Box : Loc::Regs, locals_.at(v), 0};
  if (auto* ix = ast::as<ast::IndexExpr>(x); ix && rep_of(ix->x->type) == Rep::Slice)
    return Loc{Loc::Box, address_of(x, fresh_operands ? alloc(2, x->pos) : -1), 0};  // through the element's address
  if (auto* ix = ast::as<ast::IndexExpr>(x); ix && is_array_index(ix)) return locate_index(ix, fresh_operands);
  return Loc{Loc::Regs, expr(x, -1), 0};
}

bool FuncCompiler::is_array_index(ast::IndexExpr* ix) {
  const Type* t = ix->x->type;
  if (rep_of(t) == Rep::Pointer) t = pointee(t);
  return rep_of(t) == Rep::Array;
}

// a[i] for an array a (or a pointer to one): a constant index is an offset
// in a's location; a dynamic one is bounds-checked and scaled to slots, then
// indexes registers (RegsDyn) or advances a pointer.
FuncCompiler::Loc FuncCompiler::locate_index(ast::IndexExpr* ix, bool fresh_operands) {
  const Type* t = ix->x->type;
  Loc loc;
  if (rep_of(t) == Rep::Pointer) {
    loc = pointer_loc(ix->x, fresh_operands);
    t = pointee(t);
  } else {
    loc = locate_value(ix->x, fresh_operands);
  }
  const Array* a = array_of(t);
  int w = width_of(a->elem);
  ast::Expr* index = ix->indices[0];
  if (index->constant) {
    loc.offset += static_cast<int>(index->constant->int64()) * w;
    return loc;
  }
  int i = alloc(1, index->pos);
  expr_to(index, i);
  set_line(ix);
  emit_x(Opcode::CHECKIDX, i, 0, 0, static_cast<uint32_t>(a->len));
  if (w != 1) {
    int k = alloc(1, index->pos);
    load_int(k, w);
    emit(vm::make_abc(Opcode::MUL_I64, static_cast<uint32_t>(i), static_cast<uint32_t>(i), static_cast<uint32_t>(k)));
  }
  switch (loc.kind) {
    case Loc::Regs: return Loc{Loc::RegsDyn, loc.reg, loc.offset, i};
    case Loc::RegsDyn:
      // Nested: add this level's slots to the outer offset.
      emit(vm::make_abc(Opcode::ADD_I64, static_cast<uint32_t>(i), static_cast<uint32_t>(i), static_cast<uint32_t>(loc.index)));
      return Loc{Loc::RegsDyn, loc.reg, loc.offset, i};
    case Loc::Global: case Loc::Box: {
      int p = loc_address(loc, -1, ix->pos);
      emit(vm::make_abc(Opcode::ADDR_ADV, static_cast<uint32_t>(p), static_cast<uint32_t>(p), static_cast<uint32_t>(i)));
      return Loc{Loc::Box, p, 0};
    }
  }
  return loc;
}

FuncCompiler::Loc FuncCompiler::follow_path(Loc loc, const Type*& t, const std::vector<int32_t>& path, size_t count, Pos pos) {
  for (size_t k = 0; k < count; k++) {
    size_t i = static_cast<size_t>(path[k]);
    loc.offset += field_offset(t, i);
    t = struct_of(t)->fields[i]->type;
    if (k + 1 < count && rep_of(t) == Rep::Pointer) {
      // An embedded pointer on the way: follow it.
      int p = load_loc(loc, 2, -1, pos);
      mark(p, t);
      loc = Loc{Loc::Box, p, 0};
      t = pointee(t);
    }
  }
  return loc;
}

FuncCompiler::Loc FuncCompiler::locate_field(ast::SelectorExpr* se, bool fresh_operands, const Type** field_type) {
  ast::Expr* x = unparen(se->x);
  const Type* t = x->type;
  Loc loc;
  if (rep_of(t) == Rep::Pointer) {
    loc = pointer_loc(x, fresh_operands);
    t = pointee(t);
  } else {
    loc = locate_value(x, fresh_operands);
  }
  loc = follow_path(loc, t, se->path, se->path.size(), se->pos);
  if (field_type) *field_type = t;
  return loc;
}

int FuncCompiler::receiver(ast::SelectorExpr* se, const Type* want, int dst) {
  if (huge_value(want)) {
    // A huge value receiver: a pointer to a new copy, as for parameters.
    int r = dst >= 0 ? dst : alloc(2, se->pos);
    int top = free_;
    if (rep_of(se->x->type) != Rep::Pointer && se->path.empty()) {
      fresh_value(se->x, want, r, se->pos);
    } else {
      const Type* t = nullptr;
      Loc loc = locate_field(se, false, &t);
      if (rep_of(t) == Rep::Pointer) {
        int p = load_loc(loc, 2, -1, se->pos);
        mark(p, t);
        loc = Loc{Loc::Box, p, 0};
      }
      fresh_copy(want, loc, r, se->pos);
    }
    free_ = top;
    mark_pointer(r);
    return r;
  }
  int w = width_of(want);
  int r = dst >= 0 ? dst : alloc(w, se->pos);
  int top = free_;
  if (rep_of(se->x->type) != Rep::Pointer && se->path.empty() && rep_of(want) != Rep::Pointer) {
    expr_to(se->x, r);  // the common case: a value receiver, evaluated in place
  } else {
    const Type* t = nullptr;
    Loc loc = locate_field(se, false, &t);
    adjust_receiver(loc, t, want, r, se->pos);
  }
  free_ = top;
  mark(r, want);
  return r;
}

void FuncCompiler::adjust_receiver(Loc loc, const Type* t, const Type* want, int r, Pos pos) {
  // loc holds a value of type t: an embedded pointer is followed first.
  if (rep_of(t) == Rep::Pointer && rep_of(want) != Rep::Pointer) {
    int p = load_loc(loc, 2, -1, pos);
    mark(p, t);
    loc = Loc{Loc::Box, p, 0};
  } else if (rep_of(t) == Rep::Pointer) {
    load_loc(loc, 2, r, pos);
    return;
  }
  if (rep_of(want) == Rep::Pointer) loc_address(loc, r, pos);
  else load_loc(loc, width_of(want), r, pos);
}

int FuncCompiler::load_loc(const Loc& loc, int w, int dst, Pos pos) {
  switch (loc.kind) {
    case Loc::RegsDyn: {
      int r = dst >= 0 ? dst : alloc(w, pos);
      emit_x(Opcode::INDEX_R, r, loc.reg + loc.offset, loc.index, static_cast<uint32_t>(w));
      return r;
    }
    case Loc::Regs:
      if (dst >= 0) {
        move(dst, loc.reg + loc.offset, w);
        return dst;
      }
      return loc.reg + loc.offset;
    case Loc::Global: {
      int r = dst >= 0 ? dst : alloc(w, pos);
      for (int k = 0; k < w; k++)
        emit(vm::make_abx(Opcode::GETG, static_cast<uint32_t>(r + k), static_cast<uint32_t>(loc.reg + loc.offset + k)));
      return r;
    }
    case Loc::Box: {
      int r = dst >= 0 ? dst : alloc(w, pos);
      Loc near = near_loc(loc, pos);
      emit_x(Opcode::LOADP, r, near.reg, near.offset, static_cast<uint32_t>(w));
      return r;
    }
  }
  return -1;
}

// LOADP, STOREP and ADDR_OFF take 8-bit offsets: a slot further into a
// wide value is reached through a pointer advanced by a register.
FuncCompiler::Loc FuncCompiler::near_loc(const Loc& loc, Pos pos) {
  if (loc.kind != Loc::Box || loc.offset <= 255) return loc;
  int k = alloc(1, pos);
  load_int(k, loc.offset);
  int p = alloc(2, pos);
  emit(vm::make_abc(Opcode::ADDR_ADV, static_cast<uint32_t>(p), static_cast<uint32_t>(loc.reg), static_cast<uint32_t>(k)));
  mark_pointer(p);
  return Loc{Loc::Box, p, 0};
}

void FuncCompiler::store_loc(const Loc& loc, int src, int w) {
  switch (loc.kind) {
    case Loc::RegsDyn: emit_x(Opcode::SETINDEX_R, loc.reg + loc.offset, loc.index, src, static_cast<uint32_t>(w)); return;
    case Loc::Regs: move(loc.reg + loc.offset, src, w); return;
    case Loc::Global:
      for (int k = 0; k < w; k++)
        emit(vm::make_abx(Opcode::SETG, static_cast<uint32_t>(src + k), static_cast<uint32_t>(loc.reg + loc.offset + k)));
      return;
    case Loc::Box: {
      int saved = free_;
      free_ = std::max(free_, src + w);
      Loc near = near_loc(loc, Pos{});
      emit_x(Opcode::STOREP, near.reg, near.offset, src, static_cast<uint32_t>(w));
      free_ = saved;
      return;
    }
  }
}

int FuncCompiler::loc_address(const Loc& loc, int dst, Pos pos) {
  int r = dst >= 0 ? dst : alloc(2, pos);
  switch (loc.kind) {
    case Loc::Global: emit(vm::make_abx(Opcode::ADDR_G, static_cast<uint32_t>(r), static_cast<uint32_t>(loc.reg + loc.offset))); break;
    case Loc::Box: {
      Loc near = near_loc(loc, pos);
      if (near.offset == 0) move(r, near.reg, 2);
      else emit(vm::make_abc(Opcode::ADDR_OFF, static_cast<uint32_t>(r), static_cast<uint32_t>(near.reg), static_cast<uint32_t>(near.offset)));
      break;
    }
    case Loc::Regs: case Loc::RegsDyn: throw Unsupported{pos, "taking the address of a value in registers is"};
  }
  mark_pointer(r);
  return r;
}

int FuncCompiler::address_of(ast::Expr* x, int dst) {
  x = unparen(x);
  if (auto* lit = ast::as<ast::CompositeLit>(x); lit && huge_value(lit->type)) {
    // &T{...} too wide for registers: the literal is built in a new heap value.
    int r = dst >= 0 ? dst : alloc(2, x->pos);
    int saved = free_;
    bool fresh = false;
    Loc src = wide_source(lit, &fresh);
    move(r, src.reg, 2);
    free_ = saved;
    mark_pointer(r);
    return r;
  }
  if (auto* lit = ast::as<ast::CompositeLit>(x)) return new_value(lit->type, dst, x->pos, [&](int d) { expr_to(lit, d); });
  if (auto* id = ast::as<ast::Ident>(x)) {
    auto* v = static_cast<const Var*>(id->obj);
    if (mb_.is_global(v)) {
      int saved = free_;
      Loc loc = global_loc(v, x->pos);
      if (dst < 0) return loc_address(loc, -1, x->pos);
      loc_address(loc, dst, x->pos);
      free_ = saved;
      return dst;
    }
    if (!in_cell(v)) throw Unsupported{x->pos, "taking the address of " + expr_string(x) + " is"};
    return loc_address(Loc{Loc::Box, locals_.at(v), 0}, dst, x->pos);
  }
  if (auto* se = ast::as<ast::SelectorExpr>(x); se && !se->path.empty()) {
    int saved = free_;
    Loc loc = locate_field(se, false);
    free_ = saved;
    return loc_address(loc, dst, x->pos);
  }
  if (auto* st = ast::as<ast::StarExpr>(x)) {
    // &*p is p, after the nil check *p implies.
    int saved = free_;
    int p = expr(st->x, -1);
    free_ = saved;
    int r = dst >= 0 ? dst : alloc(2, x->pos);
    emit(vm::make_abc(Opcode::ADDR_OFF, static_cast<uint32_t>(r), static_cast<uint32_t>(p), 0));
    mark_pointer(r);
    return r;
  }
  if (auto* ix = ast::as<ast::IndexExpr>(x); ix && is_array_index(ix)) {
    int saved = free_;
    Loc loc = locate_index(ix, false);
    if (dst < 0) return loc_address(loc, -1, x->pos);
    loc_address(loc, dst, x->pos);
    free_ = saved;
    return dst;
  }
  if (auto* ix = ast::as<ast::IndexExpr>(x); ix && rep_of(ix->x->type) == Rep::Slice) {
    int saved = free_;
    int s = expr(ix->x, -1);
    int i = expr(ix->indices[0], -1);
    free_ = saved;
    int r = dst >= 0 ? dst : alloc(2, x->pos);
    set_line(x);
    emit_x(Opcode::ADDR_SL, r, s, i, mb_.elem_x(ix->x->type));
    mark_pointer(r);
    return r;
  }
  throw Unsupported{x->pos, "taking the address of " + expr_string(x) + " is"};
}

int FuncCompiler::binary(ast::BinaryExpr* e, int dst) {
  // Logical operators and comparisons compile as branches, then a bool.
  if (e->op == ast::Op::LAnd || e->op == ast::Op::LOr || (e->op >= ast::Op::Eql && e->op <= ast::Op::Geq))
    return materialize_bool(e, dst);
  int saved = free_;
  Rep rep = rep_of(e->type);
  bool fl = is_float_rep(rep), uns = rep == Rep::Unsigned;
  // Integer op with a constant right operand: immediate or K-operand forms
  // keep constants out of registers (and out of loop bodies).
  if ((rep == Rep::Signed || rep == Rep::Unsigned) && e->y->constant && e->y->constant->kind() != Constant::Kind::Float) {
    int64_t c = uns ? static_cast<int64_t>(e->y->constant->uint64()) : e->y->constant->int64();
    Opcode kop = Opcode::HALT;
    bool imm = false;
    switch (e->op) {
      case ast::Op::Add: if (c >= -128 && c <= 127) kop = Opcode::ADDI_I64, imm = true; else kop = Opcode::ADDK_I64; break;
      case ast::Op::Sub: if (c > -128 && c <= 128) kop = Opcode::ADDI_I64, imm = true, c = -c; break;
      case ast::Op::Mul: if (c >= -128 && c <= 127) kop = Opcode::MULI_I64, imm = true; else kop = Opcode::MULK_I64; break;
      case ast::Op::And: kop = Opcode::ANDK; break;
      case ast::Op::Or: kop = Opcode::ORK; break;
      case ast::Op::Xor: kop = Opcode::XORK; break;
      default: break;
    }
    uint32_t k = imm ? 0 : mb_.constant_int(c);
    if (kop != Opcode::HALT && (imm || k < 256)) {
      int x = expr(e->x, -1);
      free_ = saved;
      int r = dst >= 0 ? dst : alloc(1, e->pos);
      emit(vm::make_abc(kop, static_cast<uint32_t>(r), static_cast<uint32_t>(x), imm ? static_cast<uint32_t>(c) & 0xff : k));
      fixup(r, e->type);
      return r;
    }
  }
  int x = expr(e->x, -1);
  int y = expr(e->y, -1);
  free_ = saved;
  int r = dst >= 0 ? dst : alloc(1, e->pos);
  Opcode op;
  switch (e->op) {
    case ast::Op::Add: op = rep == Rep::String ? Opcode::CONCAT : fl ? Opcode::ADD_F64 : Opcode::ADD_I64; break;
    case ast::Op::Sub: op = fl ? Opcode::SUB_F64 : Opcode::SUB_I64; break;
    case ast::Op::Mul: op = fl ? Opcode::MUL_F64 : Opcode::MUL_I64; break;
    case ast::Op::Quo: op = fl ? Opcode::DIV_F64 : uns ? Opcode::DIV_U64 : Opcode::DIV_I64; break;
    case ast::Op::Rem: op = uns ? Opcode::REM_U64 : Opcode::REM_I64; break;
    case ast::Op::And: op = Opcode::AND; break;
    case ast::Op::Or: op = Opcode::OR; break;
    case ast::Op::Xor: op = Opcode::XOR; break;
    case ast::Op::AndNot: op = Opcode::ANDNOT; break;
    case ast::Op::Shl: op = Opcode::SHL; break;
    case ast::Op::Shr: op = uns ? Opcode::SHR_U64 : Opcode::SHR_I64; break;
    default: throw Unsupported{e->pos, std::string("operator ") + ast::op_string(e->op) + " is"};
  }
  emit(vm::make_abc(op, static_cast<uint32_t>(r), static_cast<uint32_t>(x), static_cast<uint32_t>(y)));
  if (rep != Rep::String) fixup(r, e->type);
  return r;
}

int FuncCompiler::materialize_bool(ast::BinaryExpr* e, int dst) {
  int r = dst >= 0 ? dst : alloc(1, e->pos);
  std::vector<size_t> jumps;
  branch(e, false, jumps);
  emit(vm::make_asbx(Opcode::LOADI, static_cast<uint32_t>(r), 1));
  size_t over = jump();
  patch_all(jumps, here());
  emit(vm::make_asbx(Opcode::LOADI, static_cast<uint32_t>(r), 0));
  patch(over, here());
  return r;
}

// Emits jumps taken when e evaluates to `when`; appends them to jumps.
void FuncCompiler::struct_differ(const Type* t, int x, int y, std::vector<size_t>& differ, Pos pos) {
  const Struct* st = struct_of(t);
  for (size_t i = 0; i < st->fields.size(); i++) {
    const Type* ft = st->fields[i]->type;
    if (st->fields[i]->name == "_") continue;  // blank fields take no part in ==
    auto fx = static_cast<uint32_t>(x + field_offset(t, i)), fy = static_cast<uint32_t>(y + field_offset(t, i));
    switch (rep_of(ft)) {
      case Rep::Struct: struct_differ(ft, static_cast<int>(fx), static_cast<int>(fy), differ, pos); break;
      case Rep::Array: {
        int r = alloc(1, pos);
        emit_x(Opcode::EQ_VAL, r, static_cast<int>(fx), static_cast<int>(fy), mb_.type_id(ft));
        differ.push_back(emit(vm::make_asbx(Opcode::JF, static_cast<uint32_t>(r), 0)));
        free_--;
        break;
      }
      case Rep::Bool: case Rep::Signed: case Rep::Unsigned:
        differ.push_back(emit_branch(Opcode::JNE_I64, fx, fy));
        break;
      case Rep::Pointer: differ.push_back(emit_branch(Opcode::JNE_I64, fx + 1, fy + 1)); break;  // addresses
      case Rep::Iface: {
        int r = alloc(1, pos);
        emit(vm::make_abc(Opcode::EQ_IFACE, static_cast<uint32_t>(r), fx, fy));
        differ.push_back(emit(vm::make_asbx(Opcode::JF, static_cast<uint32_t>(r), 0)));
        free_--;
        break;
      }
      case Rep::Float32: case Rep::Float64: case Rep::String: {
        int r = alloc(1, pos);
        bool str = rep_of(ft) == Rep::String;
        emit(vm::make_abc(str ? Opcode::EQ_STR : Opcode::EQ_F64, static_cast<uint32_t>(r), fx, fy));
        differ.push_back(emit(vm::make_asbx(Opcode::JF, static_cast<uint32_t>(r), 0)));
        free_--;
        break;
      }
      default: throw Unsupported{pos, "comparing structs with fields of type " + type_string(ft, TypeStyle::Checker) + " is"};
    }
  }
}

void FuncCompiler::branch(ast::Expr* e, bool when, std::vector<size_t>& jumps) {
  e = unparen(e);
  set_line(e);
  if (e->constant) {
    if (e->constant->boolean() == when) jumps.push_back(jump());
    return;
  }
  if (auto* u = ast::as<ast::UnaryExpr>(e); u && u->op == ast::Op::Not) {
    branch(u->x, !when, jumps);
    return;
  }
  auto* b = ast::as<ast::BinaryExpr>(e);
  if (b && (b->op == ast::Op::LAnd || b->op == ast::Op::LOr)) {
    bool is_and = b->op == ast::Op::LAnd;
    if (is_and == when) {
      // a && b jumping when true (or a || b jumping when false): both must hold.
      std::vector<size_t> skip;
      branch(b->x, !when, skip);
      branch(b->y, when, jumps);
      patch_all(skip, here());
    } else {
      branch(b->x, when, jumps);
      branch(b->y, when, jumps);
    }
    return;
  }
  if (b && (b->op == ast::Op::Eql || b->op == ast::Op::Neq) &&
      (rep_of(b->x->type) == Rep::Slice || rep_of(b->y->type) == Rep::Slice)) {
    // s == nil: a slice is nil when it has no backing array.
    ast::Expr* operand = rep_of(b->x->type) == Rep::Slice ? b->x : b->y;
    int saved = free_;
    int r = expr(operand, -1);
    free_ = saved;
    bool jump_if_set = (b->op == ast::Op::Neq) == when;
    jumps.push_back(emit(vm::make_asbx(jump_if_set ? Opcode::JT : Opcode::JF, static_cast<uint32_t>(r), 0)));
    return;
  }
  if (b && (b->op == ast::Op::Eql || b->op == ast::Op::Neq) && huge_value(b->x->type) && huge_value(b->y->type)) {
    // Values too wide for registers: compared where they live (EQ_MEM).
    int saved = free_;
    int x = expr_address(b->x);
    int y = expr_address(b->y);
    int r = alloc(1, e->pos);
    set_line(e);
    emit_x(Opcode::EQ_MEM, r, x, y, mb_.type_id(b->x->type));
    free_ = saved;
    bool jump_if_set = (b->op == ast::Op::Eql) == when;
    jumps.push_back(emit(vm::make_asbx(jump_if_set ? Opcode::JT : Opcode::JF, static_cast<uint32_t>(r), 0)));
    return;
  }
  if (b && (b->op == ast::Op::Eql || b->op == ast::Op::Neq) && rep_of(b->x->type) == Rep::Array &&
      rep_of(b->y->type) == Rep::Array) {
    int saved = free_;
    int x = expr(b->x, -1);
    int y = expr(b->y, -1);
    int r = alloc(1, e->pos);
    emit_x(Opcode::EQ_VAL, r, x, y, mb_.type_id(b->x->type));
    free_ = saved;
    bool jump_if_set = (b->op == ast::Op::Eql) == when;
    jumps.push_back(emit(vm::make_asbx(jump_if_set ? Opcode::JT : Opcode::JF, static_cast<uint32_t>(r), 0)));
    return;
  }
  if (b && (b->op == ast::Op::Eql || b->op == ast::Op::Neq) && rep_of(b->x->type) == Rep::Struct) {
    int saved = free_;
    int x = expr(b->x, -1);
    int y = expr(b->y, -1);
    // Jump to `differ` at the first unequal field; falling through means equal.
    std::vector<size_t> differ;
    struct_differ(b->x->type, x, y, differ, e->pos);
    free_ = saved;
    if ((b->op == ast::Op::Eql) == when) {
      jumps.push_back(jump());
      patch_all(differ, here());
    } else {
      for (size_t j : differ) jumps.push_back(j);
    }
    return;
  }
  if (b && (b->op == ast::Op::Eql || b->op == ast::Op::Neq) &&
      (rep_of(b->x->type) == Rep::Iface || rep_of(b->y->type) == Rep::Iface)) {
    int saved = free_;
    bool jump_if_equal = (b->op == ast::Op::Eql) == when;
    auto is_nil = [](ast::Expr* x) {
      auto* id = ast::as<ast::Ident>(unparen(x));
      return id && id->obj && id->obj->kind == ObjKind::Nil;
    };
    if (is_nil(b->x) || is_nil(b->y)) {
      // x == nil: the type word is 0.
      int r = expr(is_nil(b->x) ? b->y : b->x, -1);
      free_ = saved;
      jumps.push_back(emit(vm::make_asbx(jump_if_equal ? Opcode::JF : Opcode::JT, static_cast<uint32_t>(r), 0)));
      return;
    }
    // Both sides as interfaces (a concrete operand is converted), then EQ_IFACE.
    const Type* iface = rep_of(b->x->type) == Rep::Iface ? b->x->type : b->y->type;
    int x = alloc(2, e->pos);
    expr_to_type(b->x, iface, x);
    int y = alloc(2, e->pos);
    expr_to_type(b->y, iface, y);
    int r = alloc(1, e->pos);
    free_ = saved;
    emit(vm::make_abc(Opcode::EQ_IFACE, static_cast<uint32_t>(r), static_cast<uint32_t>(x), static_cast<uint32_t>(y)));
    jumps.push_back(emit(vm::make_asbx(jump_if_equal ? Opcode::JT : Opcode::JF, static_cast<uint32_t>(r), 0)));
    return;
  }
  if (b && b->op >= ast::Op::Eql && b->op <= ast::Op::Geq) {
    Rep rep = rep_of(b->x->type);
    if (rep_of(b->y->type) == Rep::Iface) rep = Rep::Iface;
    int saved = free_;
    ast::Op op = b->op;
    if (rep_of(b->y->type) == Rep::Func || rep_of(b->y->type) == Rep::Map) rep = Rep::Func;  // f == nil, m == nil
    if (rep == Rep::Map || rep == Rep::Chan) rep = Rep::Func;  // one pointer slot, compared as such
    if (rep == Rep::Signed || rep == Rep::Bool || rep == Rep::Unsigned || rep == Rep::Iface || rep == Rep::Pointer ||
        rep == Rep::Func) {
      bool eq_only = op == ast::Op::Eql || op == ast::Op::Neq;
      if (rep == Rep::Signed || eq_only) {
        if (!when) {
          switch (op) {
            case ast::Op::Eql: op = ast::Op::Neq; break;
            case ast::Op::Neq: op = ast::Op::Eql; break;
            case ast::Op::Lss: op = ast::Op::Geq; break;
            case ast::Op::Leq: op = ast::Op::Gtr; break;
            case ast::Op::Gtr: op = ast::Op::Leq; break;
            case ast::Op::Geq: op = ast::Op::Lss; break;
            default: break;
          }
        }
        // x < c and x >= c with a small constant use the immediate forms.
        if (rep == Rep::Signed && b->y->constant && (op == ast::Op::Lss || op == ast::Op::Geq)) {
          int64_t c = b->y->constant->int64();
          if (c >= -128 && c <= 127) {
            int x = expr(b->x, -1);
            free_ = saved;
            jumps.push_back(emit_branch(op == ast::Op::Lss ? Opcode::JLTI_I64 : Opcode::JGEI_I64, static_cast<uint32_t>(x),
                                        static_cast<uint32_t>(c) & 0xff));
            return;
          }
        }
        if (rep == Rep::Signed && b->y->constant && (op == ast::Op::Lss || op == ast::Op::Geq)) {
          uint32_t k = mb_.constant_int(b->y->constant->int64());
          if (k < 256) {
            int x = expr(b->x, -1);
            free_ = saved;
            jumps.push_back(emit_branch(op == ast::Op::Lss ? Opcode::JLTK_I64 : Opcode::JGEK_I64, static_cast<uint32_t>(x), k));
            return;
          }
        }
        int x = expr(b->x, -1);
        int y = expr(b->y, -1);
        free_ = saved;
        auto ux = static_cast<uint32_t>(x), uy = static_cast<uint32_t>(y);
        if (rep == Rep::Pointer) ux++, uy++;  // pointers are equal when their addresses are
        switch (op) {
          case ast::Op::Eql: jumps.push_back(emit_branch(Opcode::JEQ_I64, ux, uy)); return;
          case ast::Op::Neq: jumps.push_back(emit_branch(Opcode::JNE_I64, ux, uy)); return;
          case ast::Op::Lss: jumps.push_back(emit_branch(Opcode::JLT_I64, ux, uy)); return;
          case ast::Op::Leq: jumps.push_back(emit_branch(Opcode::JLE_I64, ux, uy)); return;
          case ast::Op::Gtr: jumps.push_back(emit_branch(Opcode::JLT_I64, uy, ux)); return;
          case ast::Op::Geq: jumps.push_back(emit_branch(Opcode::JLE_I64, uy, ux)); return;
          default: break;
        }
      }
    }
    // Generic: compute the bool, then test it.
    int x = expr(b->x, -1);
    int y = expr(b->y, -1);
    int r = alloc(1, e->pos);
    free_ = saved;
    auto ur = static_cast<uint32_t>(r), ux = static_cast<uint32_t>(x), uy = static_cast<uint32_t>(y);
    bool swap = op == ast::Op::Gtr || op == ast::Op::Geq;
    if (swap) std::swap(ux, uy);
    Opcode cmp;
    bool negate = false;
    switch (rep) {
      case Rep::Unsigned:
        cmp = op == ast::Op::Lss || op == ast::Op::Gtr ? Opcode::LT_U64 : Opcode::LE_U64;
        break;
      case Rep::Float32:
      case Rep::Float64:
        cmp = op == ast::Op::Eql ? Opcode::EQ_F64 : op == ast::Op::Neq ? Opcode::NE_F64
              : op == ast::Op::Lss || op == ast::Op::Gtr ? Opcode::LT_F64 : Opcode::LE_F64;
        break;
      case Rep::String:
        // a <= b is !(b < a); a >= b (swapped to b <= a) is !(a < b).
        if (op == ast::Op::Eql || op == ast::Op::Neq) {
          cmp = Opcode::EQ_STR;
          negate = op == ast::Op::Neq;
        } else if (op == ast::Op::Lss || op == ast::Op::Gtr) {
          cmp = Opcode::LT_STR;
        } else {
          cmp = Opcode::LT_STR;
          std::swap(ux, uy);
          negate = true;
        }
        break;
      default: throw Unsupported{e->pos, "comparing values of type " + type_string(b->x->type, TypeStyle::Checker) + " is"};
    }
    emit(vm::make_abc(cmp, ur, ux, uy));
    bool jump_if_true = negate ? !when : when;
    jumps.push_back(emit(vm::make_asbx(jump_if_true ? Opcode::JT : Opcode::JF, ur, 0)));
    return;
  }
  int saved = free_;
  int r = expr(e, -1);
  free_ = saved;
  jumps.push_back(emit(vm::make_asbx(when ? Opcode::JT : Opcode::JF, static_cast<uint32_t>(r), 0)));
}

// ------------------------------------------------------------ calls

int FuncCompiler::call_args(ast::CallExpr* e, const Signature* sig) {
  const auto& params = sig->params->vars;
  size_t fixed = sig->variadic ? params.size() - 1 : params.size();
  // f(g()) where g returns several values: run g, then lay its results out
  // as f's arguments in fresh registers above them.
  std::vector<std::pair<const Type*, int>> spread;
  if (e->args.size() == 1) {
    auto* inner = ast::as<ast::CallExpr>(unparen(e->args[0]));
    const Type* ft = inner ? underlying(inner->fun->type) : nullptr;
    if (ft && ft->kind == TypeKind::Signature && inner->fun->mode != ast::Mode::TypeExpr &&
        static_cast<const Signature*>(ft)->results->vars.size() > 1) {
      int at = call(inner, -1, true);
      for (const Var* r : static_cast<const Signature*>(ft)->results->vars) {
        spread.emplace_back(r->type, at);
        at += abi_width(r->type);  // huge results: pointers to new values, passed on as they are
      }
    }
  }
  size_t nargs = spread.empty() ? e->args.size() : spread.size();
  auto arg_type = [&](size_t i) { return spread.empty() ? e->args[i]->type : spread[i].first; };
  auto load_arg = [&](size_t i, int dst) {
    if (spread.empty()) expr_ref(e->args[i], dst);
    else move(dst, spread[i].second, abi_width(spread[i].first));
  };
  int base = free_;
  for (size_t i = 0; i < fixed && i < nargs; i++) {
    int w = abi_width(params[i]->type);
    int r = alloc(w, e->pos);
    if (huge_value(params[i]->type)) {
      // A pointer to a new copy, which becomes the callee's variable.
      if (spread.empty()) fresh_value(e->args[i], params[i]->type, r, e->pos);
      else load_arg(i, r);
      mark_pointer(r);
      continue;
    }
    if (rep_of(params[i]->type) == Rep::Iface && rep_of(arg_type(i)) != Rep::Iface) {
      to_iface(arg_type(i), r, [&](int dst) { load_arg(i, dst); });
    } else {
      load_arg(i, r);
    }
    mark(r, params[i]->type);  // live while later arguments allocate
  }
  if (!sig->variadic) return base;
  // The variadic parameter is a slice: f(xs...) passes xs itself; f(a, b)
  // builds a fresh slice; f() passes nil.
  const Type* vtype = params.back()->type;
  int r = alloc(4, e->pos);
  if (e->has_ellipsis) {
    load_arg(nargs - 1, r);
    return base;
  }
  if (nargs <= fixed) {
    for (int k = 0; k < 4; k++) emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(r + k), 0, 0));
    return base;
  }
  build_slice(
      r, vtype, static_cast<int64_t>(nargs - fixed), nargs - fixed, [&](size_t k) { return static_cast<int64_t>(k); },
      [&](size_t k) { return arg_type(fixed + k); }, [&](size_t k, int d) { load_arg(fixed + k, d); });
  free_ = r + 4;
  return base;
}

int FuncCompiler::call(ast::CallExpr* e, int dst, bool keep_all_results) {
  ast::Expr* fun = unparen(e->fun);
  if (fun->mode == ast::Mode::TypeExpr) return conversion(e, dst);
  if (fun->mode == ast::Mode::Builtin) {
    auto* id = ast::as<ast::Ident>(fun);
    return builtin(e, static_cast<Builtin*>(id->obj)->id, dst);
  }
  const Func* callee = nullptr;
  if (auto* id = ast::as<ast::Ident>(fun); id && id->obj && id->obj->kind == ObjKind::Func) callee = static_cast<Func*>(id->obj);
  auto* method_sel = ast::as<ast::SelectorExpr>(fun);
  if (method_sel && method_sel->sel_kind == ast::SelectorExpr::Sel::IfaceMethod) return iface_call(e, method_sel, dst, keep_all_results);
  if (method_sel && method_sel->sel_kind != ast::SelectorExpr::Sel::Method) method_sel = nullptr;
  if (auto* se = ast::as<ast::SelectorExpr>(fun); se && se->sel->obj && se->sel->obj->kind == ObjKind::Func &&
                                                  se->sel_kind != ast::SelectorExpr::Sel::MethodExpr)
    callee = static_cast<Func*>(se->sel->obj);
  int saved = free_;
  const Signature* sig;
  int64_t index = -1;
  int closure = -1;
  int recv_reg = -1;
  if (callee) {
    sig = static_cast<const Signature*>(callee->type);
    index = mb_.function(callee);
    // A method: the receiver is the first argument.
    if (method_sel) recv_reg = receiver(method_sel, sig->recv->type, -1);
  } else {
    // A function value: the closure goes below the callee's frame.
    sig = static_cast<const Signature*>(underlying(fun->type));
    closure = alloc(1, e->pos);
    expr_to(fun, closure);
    mark(closure, fun->type);
  }
  int base = call_args(e, sig);
  if (recv_reg >= 0) base = recv_reg;
  int result_width = 0;
  for (const Var* r : sig->results->vars) result_width += width_of(r->type);
  set_line(e);
  if (closure >= 0) emit(vm::make_abc(Opcode::CALLV, static_cast<uint32_t>(base), static_cast<uint32_t>(closure), 0));
  else if (index >= 0) emit(vm::make_abx(Opcode::CALL, static_cast<uint32_t>(base), static_cast<uint32_t>(index)));
  else emit(vm::make_abx(Opcode::CALLN, static_cast<uint32_t>(base), mb_.native(callee)));
  return call_results(e, sig, saved, closure, base, dst, keep_all_results);
}

int FuncCompiler::call_results(ast::CallExpr* e, const Signature* sig, int saved, int dead, int base, int dst, bool keep_all_results) {
  int result_width = 0;
  for (const Var* r : sig->results->vars) result_width += abi_width(r->type);
  // Results are at base; keep them as temporaries (above the spent
  // closure or interface type register, now dead to the collector).
  free_ = saved;
  if (dead >= 0) {
    alloc(1, e->pos);
    reg_kind_[static_cast<size_t>(dead)] = vm::GcSlot::Scalar;
  }
  if (keep_all_results) {
    alloc(std::max(result_width, 1), e->pos);
    mark(base, sig->results);
    return base;
  }
  if (result_width == 0) return base;
  int w = abi_width(sig->results->vars[0]->type);
  mark(base, sig->results);
  if (dst >= 0) {
    move(dst, base, w);
    free_ = saved;  // nothing stays above dst, not even the dead register
    return dst;
  }
  alloc(w, e->pos);
  mark_abi(base, sig->results->vars[0]->type);
  return base;
}

int FuncCompiler::builtin(ast::CallExpr* e, BuiltinId id, int dst) {
  switch (id) {
    case BuiltinId::Print:
    case BuiltinId::Println: {
      int saved = free_;
      for (size_t i = 0; i < e->args.size(); i++) {
        if (i && id == BuiltinId::Println) emit(vm::make_abc(Opcode::PRINT_SP, 0, 0, 0));
        int r = expr(e->args[i], -1);
        Opcode op;
        switch (rep_of(e->args[i]->type)) {
          case Rep::Bool: op = Opcode::PRINT_BOOL; break;
          case Rep::Signed: op = Opcode::PRINT_I64; break;
          case Rep::Unsigned: op = Opcode::PRINT_U64; break;
          case Rep::Float32: case Rep::Float64: op = Opcode::PRINT_F64; break;
          case Rep::String: op = Opcode::PRINT_STR; break;
          default: throw Unsupported{e->args[i]->pos, "printing values of type " + type_string(e->args[i]->type, TypeStyle::Checker) + " is"};
        }
        emit(vm::make_abc(op, static_cast<uint32_t>(r), 0, 0));
        free_ = saved;
      }
      if (id == BuiltinId::Println) emit(vm::make_abc(Opcode::PRINT_NL, 0, 0, 0));
      emit(vm::make_abc(Opcode::PRINT_END, 0, 0, 0));
      return dst >= 0 ? dst : free_;
    }
    case BuiltinId::Panic: {
      int saved = free_;
      int v = alloc(2, e->pos);
      expr_to_type(e->args[0], &mb_.empty_interface(), v);
      set_line(e);
      emit(vm::make_abc(Opcode::PANIC, static_cast<uint32_t>(v), 0, 0));
      free_ = saved;
      return dst >= 0 ? dst : free_;
    }
    case BuiltinId::Recover: {
      int r = dst >= 0 ? dst : alloc(2, e->pos);
      set_line(e);
      emit(vm::make_abc(Opcode::RECOVER, static_cast<uint32_t>(r), 0, 0));
      mark(r, e->type);
      return r;
    }
    case BuiltinId::Delete: {
      int saved = free_;
      int m = expr(e->args[0], -1);
      const Type* kt = static_cast<const Map*>(underlying(e->args[0]->type))->key;
      int k = alloc(abi_width(kt), e->pos);
      if (huge_value(kt)) expr_ref(e->args[1], k);
      else expr_to_type(e->args[1], kt, k);
      set_line(e);
      emit_x(Opcode::MAPDEL, m, k, 0, map_x(e->args[0]->type));
      free_ = saved;
      return dst >= 0 ? dst : free_;
    }
    case BuiltinId::Len:
    case BuiltinId::Cap:
      if (rep_of(e->args[0]->type) == Rep::Array || rep_of(e->args[0]->type) == Rep::Pointer) {
        // Not a constant only when the operand calls something: evaluate it.
        const Type* at = rep_of(e->args[0]->type) == Rep::Pointer ? pointee(e->args[0]->type) : e->args[0]->type;
        int saved = free_;
        expr(e->args[0], -1);
        free_ = saved;
        int r = dst >= 0 ? dst : alloc(1, e->pos);
        load_int(r, array_of(at)->len);
        return r;
      }
      if (rep_of(e->args[0]->type) == Rep::Map || rep_of(e->args[0]->type) == Rep::Chan) {
        int saved = free_;
        int m = expr(e->args[0], -1);
        free_ = saved;
        int r = dst >= 0 ? dst : alloc(1, e->pos);
        Opcode op = rep_of(e->args[0]->type) == Rep::Map ? Opcode::LEN_MAP : id == BuiltinId::Len ? Opcode::LEN_CHAN : Opcode::CAP_CHAN;
        emit(vm::make_abc(op, static_cast<uint32_t>(r), static_cast<uint32_t>(m), 0));
        return r;
      }
      if (rep_of(e->args[0]->type) == Rep::Slice) {
        // len and cap are slots 2 and 3 of the slice header.
        int saved = free_;
        int sl = expr(e->args[0], -1);
        free_ = saved;
        int field = sl + (id == BuiltinId::Len ? 2 : 3);
        if (dst < 0 && sl < saved) return field;  // a variable's header: read in place
        int r = dst >= 0 ? dst : alloc(1, e->pos);
        move(r, field, 1);
        return r;
      }
      if (id == BuiltinId::Cap || rep_of(e->args[0]->type) != Rep::String)
        throw Unsupported{e->pos, std::string(id == BuiltinId::Cap ? "cap" : "len") + " of " +
                                      type_string(e->args[0]->type, TypeStyle::Checker) + " is"};
      {
      int saved = free_;
      int s = expr(e->args[0], -1);
      free_ = saved;
      int r = dst >= 0 ? dst : alloc(1, e->pos);
      emit(vm::make_abc(Opcode::LEN_STR, static_cast<uint32_t>(r), static_cast<uint32_t>(s), 0));
      return r;
    }
    case BuiltinId::New: {
      const Type* t = pointee(e->type);
      if (huge_value(t)) {
        int r = dst >= 0 ? dst : alloc(2, e->pos);
        set_line(e);
        emit_x(Opcode::NEW, r, 0, 2, mb_.type_id(t));  // zeroed
        mark_pointer(r);
        return r;
      }
      return new_value(t, dst, e->pos, [&](int d) {
        for (int k = 0; k < width_of(t); k++) emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(d + k), 0, 0));
      });
    }
    case BuiltinId::Close: {
      int saved = free_;
      int c = expr(e->args[0], -1);
      set_line(e);
      emit(vm::make_abc(Opcode::CLOSE, static_cast<uint32_t>(c), 0, 0));
      free_ = saved;
      return dst >= 0 ? dst : free_;
    }
    case BuiltinId::Make: {
      if (rep_of(e->type) == Rep::Chan || rep_of(e->type) == Rep::Map) {
        // make(chan T, size) and make(map[K]V, hint): one optional operand.
        int saved = free_;
        int size = -1;
        if (e->args.size() > 1) {
          size = alloc(1, e->pos);
          expr_to(e->args[1], size);
        }
        free_ = saved;
        int r = dst >= 0 ? dst : alloc(1, e->pos);
        set_line(e);
        Opcode op = rep_of(e->type) == Rep::Chan ? Opcode::MAKE_CHAN : Opcode::MAKE_MAP;
        emit_x(op, r, size < 0 ? 0 : size, size < 0 ? 0 : 1, mb_.type_id(e->type));
        return r;
      }
      if (rep_of(e->type) != Rep::Slice) throw Unsupported{e->pos, "make(" + type_string(e->type, TypeStyle::Checker) + ") is"};
      int saved = free_;
      int sizes = alloc(2, e->pos);
      expr_to(e->args[1], sizes);
      if (e->args.size() > 2) expr_to(e->args[2], sizes + 1);
      free_ = saved;
      int r = dst >= 0 ? dst : alloc(4, e->pos);
      set_line(e);
      emit_x(Opcode::MAKE_SL, r, sizes, e->args.size() > 2 ? sizes + 1 : sizes, mb_.elem_x(e->type));
      return r;
    }
    case BuiltinId::Append: {
      // Build into a temporary unless dst is the appended-to variable
      // itself (s = append(s, ...)): other arguments may still read dst.
      ast::Expr* first = unparen(e->args[0]);
      auto* id0 = ast::as<ast::Ident>(first);
      bool in_place = dst >= 0 && id0 && id0->obj && id0->obj->kind == ObjKind::Var &&
                      locals_.count(static_cast<const Var*>(id0->obj)) && locals_[static_cast<const Var*>(id0->obj)] == dst;
      int saved = free_;
      int r = in_place ? dst : alloc(4, e->pos);
      expr_to(e->args[0], r);
      uint32_t x = mb_.elem_x(e->type);
      if (e->has_ellipsis) {
        int src = expr(e->args[1], -1);
        set_line(e);
        emit_x(rep_of(e->args[1]->type) == Rep::String ? Opcode::APPENDSTR_SL : Opcode::APPENDS_SL, r, src, 0, x);
      } else if (e->args.size() > 1 && huge_value(slice_elem(e->type))) {
        // Elements too wide for registers: the values go to a new slice
        // first (evaluated in order), which is then appended.
        size_t n = e->args.size() - 1;
        int tmp = alloc(4, e->pos);
        build_slice(
            tmp, e->type, static_cast<int64_t>(n), n, [&](size_t k) { return static_cast<int64_t>(k); },
            [&](size_t k) { return e->args[k + 1]->type; }, [&](size_t k, int d) { expr_ref(e->args[k + 1], d); });
        set_line(e);
        emit_x(Opcode::APPENDS_SL, r, tmp, 0, x);
      } else if (e->args.size() > 1) {
        size_t n = e->args.size() - 1;
        if (n > 255) throw Unsupported{e->pos, "append with more than 255 values is"};
        int w = static_cast<int>(vm::elem_slots(x));
        int vals = alloc(static_cast<int>(n) * w, e->pos);
        const Type* elem = slice_elem(e->type);
        for (size_t k = 0; k < n; k++) {
          int at = vals + static_cast<int>(k) * w;
          if (rep_of(elem) == Rep::Iface && rep_of(e->args[k + 1]->type) != Rep::Iface)
            to_iface(e->args[k + 1]->type, at, [&](int d) { expr_ref(e->args[k + 1], d); });
          else
            expr_to(e->args[k + 1], at);
        }
        set_line(e);
        emit_x(Opcode::APPEND_SL, r, vals, static_cast<int>(n), x);
      }
      free_ = saved;
      if (dst >= 0) {
        move(dst, r, 4);
        return dst;
      }
      return alloc(4, e->pos);  // == r: the temporary becomes the result
    }
    case BuiltinId::Copy: {
      int saved = free_;
      int d = expr(e->args[0], -1);
      int src = expr(e->args[1], -1);
      free_ = saved;
      int r = dst >= 0 ? dst : alloc(1, e->pos);
      emit(vm::make_abc(rep_of(e->args[1]->type) == Rep::String ? Opcode::COPYSTR_SL : Opcode::COPY_SL, static_cast<uint32_t>(r),
                        static_cast<uint32_t>(d), static_cast<uint32_t>(src)));
      return r;
    }
    default:
      throw Unsupported{e->pos, "the built-in " + expr_string(e->fun) + " is"};
  }
}

int FuncCompiler::conversion(ast::CallExpr* e, int dst) {
  ast::Expr* arg = e->args[0];
  Rep from = rep_of(arg->type), to = rep_of(e->type);
  if (auto* id = ast::as<ast::Ident>(unparen(arg)); id && id->obj && id->obj->kind == ObjKind::Nil) {
    // T(nil): the zero value of T's slots.
    int w = width_of(e->type);
    int r = dst >= 0 ? dst : alloc(w, e->pos);
    for (int k = 0; k < w; k++) emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(r + k), 0, 0));
    return r;
  }
  if (to == Rep::Pointer && from == Rep::Slice) {
    // (*[N]T)(s): the slice's storage from its first element.
    const Array* at = array_of(pointee(e->type));
    int ew = width_of(at->elem);
    if (ew > 255 || at->len >= (int64_t{1} << 24)) throw Unsupported{e->pos, "converting to pointers to arrays this large is"};
    int saved = free_;
    int s = expr(arg, -1);
    free_ = saved;
    int r = dst >= 0 ? dst : alloc(2, e->pos);
    set_line(e);
    emit_x(Opcode::SLICE_TO_ARRP, r, s, 0, static_cast<uint32_t>(ew) | static_cast<uint32_t>(at->len) << 8);
    mark_pointer(r);
    return r;
  }
  if (to == Rep::Iface || to == Rep::Struct || to == Rep::Pointer || to == Rep::Func || to == Rep::Map || to == Rep::Array || to == Rep::Chan) {
    // any(x), I(x), T(struct value), (*T)(p), F(f): same slots (or an interface made).
    int r = dst >= 0 ? dst : alloc(width_of(e->type), e->pos);
    expr_to_type(arg, e->type, r);
    return r;
  }
  int saved = free_;
  int x = expr(arg, -1);
  free_ = saved;
  if (from == Rep::Slice || to == Rep::Slice) {
    int r = dst >= 0 ? dst : alloc(width_of(e->type), e->pos);
    auto ur = static_cast<uint32_t>(r), ux = static_cast<uint32_t>(x);
    if (from == Rep::Slice && to == Rep::Slice) move(r, x, 4);
    else if (from == Rep::String) emit(vm::make_abc(size_of(slice_elem(e->type)) == 1 ? Opcode::STR_BYTES : Opcode::STR_RUNES, ur, ux, 0));
    else if (to == Rep::String) emit(vm::make_abc(size_of(slice_elem(arg->type)) == 1 ? Opcode::BYTES_STR : Opcode::RUNES_STR, ur, ux, 0));
    else throw Unsupported{e->pos, "converting " + type_string(arg->type, TypeStyle::Checker) + " to " +
                                       type_string(e->type, TypeStyle::Checker) + " is"};
    return r;
  }
  int r = dst >= 0 ? dst : alloc(1, e->pos);
  auto ur = static_cast<uint32_t>(r), ux = static_cast<uint32_t>(x);
  bool int_from = from == Rep::Signed || from == Rep::Unsigned;
  bool int_to = to == Rep::Signed || to == Rep::Unsigned;
  if (int_from && int_to) {
    move(r, x, 1);
    fixup(r, e->type);
  } else if (int_from && is_float_rep(to)) {
    emit(vm::make_abc(from == Rep::Unsigned ? Opcode::U64_TO_F64 : Opcode::I64_TO_F64, ur, ux, 0));
    fixup(r, e->type);
  } else if (is_float_rep(from) && int_to) {
    emit(vm::make_abc(to == Rep::Unsigned && size_of(e->type) == 8 ? Opcode::F64_TO_U64 : Opcode::F64_TO_I64, ur, ux, 0));
    fixup(r, e->type);
  } else if (is_float_rep(from) && is_float_rep(to)) {
    move(r, x, 1);
    fixup(r, e->type);
  } else if (int_from && to == Rep::String) {
    emit(vm::make_abc(Opcode::RUNE_STR, ur, ux, 0));
  } else if (from == to && (from == Rep::String || from == Rep::Bool)) {
    move(r, x, 1);
  } else {
    throw Unsupported{e->pos, "converting " + type_string(arg->type, TypeStyle::Checker) + " to " +
                                  type_string(e->type, TypeStyle::Checker) + " is"};
  }
  return r;
}

// ------------------------------------------------------------ statements

void FuncCompiler::block(const std::vector<ast::Stmt*>& list) {
  int saved = free_;
  for (ast::Stmt* s : list) stmt(s);
  free_ = saved;
}

FuncCompiler::Place FuncCompiler::place(ast::Expr* lhs, bool copy_operands) {
  lhs = unparen(lhs);
  Place p{lhs};
  if (auto* se = ast::as<ast::SelectorExpr>(lhs); se && !se->path.empty()) {
    locs_.push_back(locate_field(se, copy_operands));
    p.loc = static_cast<int>(locs_.size() - 1);
    return p;
  }
  if (auto* st = ast::as<ast::StarExpr>(lhs)) {
    int ptr = copy_operands ? alloc(2, lhs->pos) : -1;
    if (ptr >= 0) expr_to(st->x, ptr);
    else ptr = expr(st->x, -1);
    locs_.push_back(Loc{Loc::Box, ptr, 0});
    p.loc = static_cast<int>(locs_.size() - 1);
    return p;
  }
  auto* ix = ast::as<ast::IndexExpr>(lhs);
  if (ix && is_array_index(ix)) {
    locs_.push_back(locate_index(ix, copy_operands));
    p.loc = static_cast<int>(locs_.size() - 1);
    return p;
  }
  if (ix && rep_of(ix->x->type) == Rep::Map) {
    p.map_type = ix->x->type;
    if (copy_operands) {
      p.map = alloc(1, lhs->pos);
      expr_to(ix->x, p.map);
    } else {
      p.map = expr(ix->x, -1);
    }
    p.key = map_key(ix, copy_operands);
    return p;
  }
  if (!ix || rep_of(ix->x->type) != Rep::Slice) return p;
  p.slice_type = ix->x->type;
  if (copy_operands) {
    // Multi-assignments: later stores must not change these operands.
    p.slice = alloc(4, lhs->pos);
    expr_to(ix->x, p.slice);
    p.index = alloc(1, lhs->pos);
    expr_to(ix->indices[0], p.index);
  } else {
    p.slice = expr(ix->x, -1);
    p.index = expr(ix->indices[0], -1);
  }
  return p;
}

void FuncCompiler::store_place(const Place& p, int src) {
  if (p.map >= 0) {
    if (p.lhs) set_line(p.lhs);
    emit_x(Opcode::MAPSET, p.map, p.key, src, map_x(p.map_type));
    return;
  }
  if (p.loc >= 0) {
    store_loc(locs_[static_cast<size_t>(p.loc)], src, width_of(p.lhs->type));
    return;
  }
  if (p.slice < 0) {
    store(p.lhs, src);
    return;
  }
  uint32_t x = mb_.elem_x(p.slice_type);
  if (p.lhs) set_line(p.lhs);
  if (vm::elem_slots(x) == 1)
    emit(vm::make_abc(Opcode::SETINDEX_SL, static_cast<uint32_t>(p.slice), static_cast<uint32_t>(p.index), static_cast<uint32_t>(src)));
  else
    emit_x(Opcode::SETINDEXW_SL, p.slice, p.index, src, x);
}

void FuncCompiler::store_place_wide(const Place& p, const Loc& src, const Type* t, Pos pos) {
  int saved = free_;
  const Type* lt = p.lhs ? p.lhs->type : p.slice_type ? slice_elem(p.slice_type) : t;
  if (p.map >= 0) lt = static_cast<const Map*>(underlying(p.map_type))->elem;
  if (rep_of(lt) == Rep::Iface && rep_of(t) != Rep::Iface) {
    // A wide value assigned to an interface: boxed from memory.
    int v = alloc(2, pos);
    to_iface(t, v, [&](int d) { loc_address(src, d, pos); });
    mark(v, lt);
    store_place(p, v);
    free_ = saved;
    return;
  }
  int w = width_of(t);
  if (p.map >= 0) {
    int ptr = loc_address(src, -1, pos);
    if (p.lhs) set_line(p.lhs);
    emit_x(Opcode::MAPSETP, p.map, p.key, ptr, map_x(p.map_type));
  } else if (p.loc >= 0) {
    copy_loc(locs_[static_cast<size_t>(p.loc)], src, w, pos);
  } else if (p.slice >= 0) {
    int a = alloc(2, pos);
    if (p.lhs) set_line(p.lhs);
    emit_x(Opcode::ADDR_SL, a, p.slice, p.index, mb_.elem_x(p.slice_type));
    mark_pointer(a);
    copy_loc(Loc{Loc::Box, a, 0}, src, w, pos);
  } else {
    auto* id = ast::as<ast::Ident>(p.lhs);
    if (!(id && id->name == "_")) {
      Loc dst = locate_value(p.lhs, false);
      if (dst.kind != Loc::Box && dst.kind != Loc::Global)
        throw Unsupported{p.lhs->pos, "assigning wide values to " + expr_string(p.lhs) + " is"};
      copy_loc(dst, src, w, pos);
    }
  }
  free_ = saved;
}

void FuncCompiler::assign_comma_ok_wide(const std::vector<ast::Expr*>& lhs, std::vector<Place>& places, bool define, int r,
                                        const Type* t, Pos pos) {
  for (size_t k = 0; k < 2; k++) {
    auto* id = ast::as<ast::Ident>(lhs[k]);
    if (id && id->name == "_") continue;
    bool fresh_var = define && id && id->obj && id->obj->kind == ObjKind::Var && !locals_.count(static_cast<Var*>(id->obj));
    if (k == 0) {
      const Type* vt = fresh_var ? static_cast<Var*>(id->obj)->type : nullptr;
      if (fresh_var && identical(vt, t)) {
        locals_[static_cast<Var*>(id->obj)] = r;  // the new value is the variable's cell
        continue;
      }
      if (places.empty()) {
        int saved = free_;
        store_place_wide(place(lhs[k], false), Loc{Loc::Box, r, 0}, t, pos);
        free_ = saved;
      } else {
        store_place_wide(places[k], Loc{Loc::Box, r, 0}, t, pos);
      }
      continue;
    }
    if (fresh_var) {
      int v = alloc(1, pos);
      move(v, r + 2, 1);
      bind_local(static_cast<Var*>(id->obj), v, pos);
    } else if (places.empty()) {
      store(lhs[k], r + 2);
    } else {
      store_place(places[k], r + 2);
    }
  }
}

int FuncCompiler::load_place(const Place& p) {
  if (p.map >= 0) {
    const Type* vt = static_cast<const Map*>(underlying(p.map_type))->elem;
    int r = alloc(width_of(vt), p.lhs ? p.lhs->pos : Pos{});
    emit_x(Opcode::MAPGET, r, p.map, p.key, map_x(p.map_type));
    mark(r, vt);
    return r;
  }
  if (p.loc >= 0) {
    int r = load_loc(locs_[static_cast<size_t>(p.loc)], width_of(p.lhs->type), -1, p.lhs->pos);
    mark(r, p.lhs->type);
    return r;
  }
  if (p.slice < 0) return expr(p.lhs, -1);
  int r = alloc(width_of(slice_elem(p.slice_type)), p.lhs ? p.lhs->pos : Pos{});
  slice_get(p.slice_type, r, p.slice, p.index);
  mark(r, slice_elem(p.slice_type));
  return r;
}

void FuncCompiler::store(ast::Expr* lhs, int src) {
  lhs = unparen(lhs);
  auto* sel = ast::as<ast::SelectorExpr>(lhs);
  if ((ast::as<ast::IndexExpr>(lhs) && (rep_of(static_cast<ast::IndexExpr*>(lhs)->x->type) == Rep::Slice ||
                                         rep_of(static_cast<ast::IndexExpr*>(lhs)->x->type) == Rep::Map ||
                                         is_array_index(static_cast<ast::IndexExpr*>(lhs)))) ||
      (sel && !sel->path.empty()) || ast::as<ast::StarExpr>(lhs)) {
    int saved = free_;
    store_place(place(lhs, false), src);
    free_ = saved;
    return;
  }
  auto* id = ast::as<ast::Ident>(lhs);
  const Var* v = nullptr;
  if (id && id->obj && id->obj->kind == ObjKind::Var) v = static_cast<const Var*>(id->obj);
  if (auto* se = ast::as<ast::SelectorExpr>(lhs); se && se->sel->obj && se->sel->obj->kind == ObjKind::Var)
    v = static_cast<const Var*>(se->sel->obj);
  if (id && id->name == "_") return;
  if (!v) throw Unsupported{lhs->pos, "assigning to " + expr_string(lhs) + " is"};
  int w = width_of(v->type);
  if (mb_.is_global(v)) {
    int saved = free_;
    free_ = std::max(free_, src + w);
    store_loc(global_loc(v, lhs->pos), src, w);
    free_ = saved;
    return;
  }
  auto it = locals_.find(v);
  if (it == locals_.end()) throw Unsupported{lhs->pos, "this variable is"};
  if (in_cell(v)) store_loc(Loc{Loc::Box, it->second, 0}, src, w);
  else move(it->second, src, w);
}

void FuncCompiler::assign(ast::AssignStmt* s) {
  set_line(s);
  if (s->tok == ast::AssignTok::OpAssign) {
    // x op= y: compute into x's register when it is a local.
    ast::BinaryExpr synthetic(s->pos);
    synthetic.op = s->op;
    synthetic.x = s->lhs[0];
    synthetic.y = s->rhs[0];
    synthetic.type = s->lhs[0]->type;
    int saved = free_;
    ast::Expr* target = unparen(s->lhs[0]);
    auto* id = ast::as<ast::Ident>(target);
    if (id && id->obj && id->obj->kind == ObjKind::Var && locals_.count(static_cast<Var*>(id->obj)) &&
        !in_cell(static_cast<Var*>(id->obj)) && rep_of(s->lhs[0]->type) != Rep::Iface) {
      // Operands are read before the result is written, so x op= y can
      // target x's own register.
      binary(&synthetic, locals_[static_cast<Var*>(id->obj)]);
      free_ = saved;
      return;
    }
    // Evaluate the target's operands once: a[f()] += 1 calls f once.
    Place p = place(s->lhs[0], false);
    if (p.slice >= 0 || p.map >= 0) preloaded_[s->lhs[0]] = load_place(p);
    int r = binary(&synthetic, -1);
    preloaded_.erase(s->lhs[0]);
    store_place(p, r);
    free_ = saved;
    return;
  }
  int saved = free_;
  if (const Type* t = s->rhs.size() == 1 && s->lhs.size() == 2 ? comma_ok_type(s->rhs[0]) : nullptr) {
    // v, ok = x.(T) or m[k]
    std::vector<Place> places;
    if (s->tok != ast::AssignTok::Define)
      for (ast::Expr* lhs : s->lhs) places.push_back(place(lhs, true));
    if (huge_value(t)) {
      int r = comma_ok_wide(s->rhs[0], t, s->pos);
      assign_comma_ok_wide(s->lhs, places, s->tok == ast::AssignTok::Define, r, t, s->pos);
      if (s->tok != ast::AssignTok::Define) free_ = saved;
      return;
    }
    int w = width_of(t);
    int r = alloc(w + 1, s->pos);
    comma_ok(s->rhs[0], r, s->pos);
    mark(r, t);
    for (size_t k = 0; k < 2; k++) {
      int src = k == 0 ? r : r + w;
      auto* id = ast::as<ast::Ident>(s->lhs[k]);
      if (id && id->name == "_") continue;
      if (s->tok == ast::AssignTok::Define && id && !locals_.count(static_cast<Var*>(id->obj))) {
        int v = alloc(k == 0 ? w : 1, s->pos);
        move(v, src, k == 0 ? w : 1);
        mark(v, static_cast<Var*>(id->obj)->type);
        bind_local(static_cast<Var*>(id->obj), v, s->pos);
      } else if (places.empty()) {
        store(s->lhs[k], src);
      } else {
        store_place(places[k], src);
      }
    }
    if (s->tok != ast::AssignTok::Define) free_ = saved;
    return;
  }
  if (s->rhs.size() == 1 && s->lhs.size() > 1) {
    auto* c = ast::as<ast::CallExpr>(unparen(s->rhs[0]));
    if (!c) throw Unsupported{s->pos, "comma-ok assignments are"};
    std::vector<Place> places;
    if (s->tok != ast::AssignTok::Define)
      for (ast::Expr* lhs : s->lhs) places.push_back(place(lhs, true));
    int base = call(c, -1, true);
    // Result types come from the callee (the checker annotates the call
    // node with the type its first result takes in the assignment).
    const Type* ft = underlying(c->fun->type);
    if (!ft || ft->kind != TypeKind::Signature) throw Unsupported{s->pos, "this multi-value assignment is"};
    auto* sig = static_cast<const Signature*>(ft)->results;
    int at = base;
    std::vector<std::pair<ast::Expr*, int>> stores;
    for (size_t i = 0; i < s->lhs.size(); i++) {
      int src = at;
      const Type* rt = sig->vars[i]->type;
      at += abi_width(rt);
      if (huge_value(rt)) {
        // A pointer to a new value: a new variable adopts it; an existing
        // target gets a copy.
        auto* lid = ast::as<ast::Ident>(s->lhs[i]);
        if (lid && lid->name == "_") {
          stores.emplace_back(nullptr, -1);  // (stores stay parallel to places)
          continue;
        }
        bool fresh_var = s->tok == ast::AssignTok::Define && lid && lid->obj && lid->obj->kind == ObjKind::Var &&
                         !locals_.count(static_cast<Var*>(lid->obj));
        if (!fresh_var) {
          // Targets' operands were evaluated first (places); the values
          // are stored in order, memory to memory.
          if (places.empty()) {
            int keep = free_;
            store_place_wide(place(s->lhs[i], false), Loc{Loc::Box, src, 0}, rt, s->pos);
            free_ = keep;
          } else {
            store_place_wide(places[i], Loc{Loc::Box, src, 0}, rt, s->pos);
          }
          stores.emplace_back(nullptr, -1);
          continue;
        }
        stores.emplace_back(s->lhs[i], src);
        continue;
      }
      const Type* lt = s->lhs[i]->type;
      auto* lid = ast::as<ast::Ident>(s->lhs[i]);
      if (lt && !(lid && lid->name == "_") && rep_of(lt) == Rep::Iface && rep_of(rt) != Rep::Iface) {
        // A concrete result assigned to an interface variable: convert it.
        int conv = alloc(2, s->pos);
        to_iface(rt, conv, [&](int d) { move(d, src, abi_width(rt)); });
        src = conv;
      }
      stores.emplace_back(s->lhs[i], src);
    }
    for (size_t k = 0; k < stores.size(); k++) {
      auto& [lhs, src] = stores[k];
      if (!lhs) continue;  // done already
      if (s->tok == ast::AssignTok::Define) {
        auto* id = ast::as<ast::Ident>(lhs);
        if (id && id->obj && id->obj->kind == ObjKind::Var && !locals_.count(static_cast<Var*>(id->obj)) && id->name != "_") {
          // New variable: it takes a fresh register below the temporaries.
          continue;
        }
      }
      if (places.empty()) store(lhs, src);
      else store_place(places[k], src);
    }
    if (s->tok == ast::AssignTok::Define) {
      // Declare the new variables after the call's temporaries are consumed.
      std::vector<std::pair<const Var*, int>> fresh;
      for (auto& [lhs, src] : stores) {
        if (!lhs) continue;
        auto* id = ast::as<ast::Ident>(lhs);
        if (id && id->obj && id->obj->kind == ObjKind::Var && !locals_.count(static_cast<Var*>(id->obj)) && id->name != "_")
          fresh.emplace_back(static_cast<Var*>(id->obj), src);
      }
      // Results sit at base..; variables are allocated past them so the
      // copy never overwrites a result that is still to be read.
      for (auto& [v, src] : fresh) {
        if (huge_value(v->type)) {
          int r = alloc(2, s->pos);
          move(r, src, 2);
          mark_pointer(r);
          locals_[v] = r;
          continue;
        }
        int r = alloc(width_of(v->type), s->pos);
        move(r, src, width_of(v->type));
        mark(r, v->type);
        bind_local(v, r, s->pos);
      }
      return;
    }
    free_ = saved;
    return;
  }
  if (s->tok == ast::AssignTok::Define && s->lhs.size() == 1 && wide_new_local(s->lhs[0])) {
    define_wide(static_cast<const Var*>(static_cast<ast::Ident*>(s->lhs[0])->obj), s->rhs[0], s->pos);
    return;
  }
  if (s->tok == ast::AssignTok::Define) {
    // Evaluate every rhs first (x := x + 1 reads the outer x), then bind.
    // Values too wide for registers: pointers to copies of their own.
    std::vector<int> values;
    for (ast::Expr* e : s->rhs) {
      int r = alloc(abi_width(e->type), e->pos);
      if (huge_value(e->type)) fresh_value(e, e->type, r, e->pos);
      else expr_to(e, r);
      values.push_back(r);
    }
    for (size_t i = 0; i < s->lhs.size(); i++) {
      auto* id = ast::as<ast::Ident>(s->lhs[i]);
      if (!id || id->name == "_") continue;
      auto* v = static_cast<const Var*>(id->obj);
      if (huge_value(s->rhs[i]->type)) {
        if (locals_.count(v) || mb_.is_global(v)) {
          int keep = free_;
          store_place_wide(place(id, false), Loc{Loc::Box, values[i], 0}, s->rhs[i]->type, s->pos);
          free_ = keep;
        } else {
          locals_[v] = values[i];  // the copy is the new variable's cell
        }
        continue;
      }
      if (locals_.count(v) || mb_.is_global(v)) {
        store(id, values[i]);
      } else {
        // The evaluated value's register becomes the variable.
        bind_local(v, values[i], s->pos);
      }
    }
    return;
  }
  if (s->lhs.size() == 1 && s->rhs.size() == 1 && wide_value(s->rhs[0]->type)) {
    ast::Expr* lhs = unparen(s->lhs[0]);
    auto* id = ast::as<ast::Ident>(lhs);
    auto* ix = ast::as<ast::IndexExpr>(lhs);
    bool is_map = ix && rep_of(ix->x->type) == Rep::Map;
    if (id && id->name == "_") {
      // Evaluated for its effects only.
      bool fresh = false;
      wide_source(s->rhs[0], &fresh);
      free_ = saved;
      return;
    }
    if (!is_map) {
      // A wide value copied memory to memory: the target's operands first,
      // then the value, then the copy (memmove: a = a is harmless).
      Loc dst = locate_value(lhs, false);
      if (dst.kind == Loc::Box || dst.kind == Loc::Global) {
        bool fresh = false;
        Loc src = wide_source(s->rhs[0], &fresh);
        copy_loc(dst, src, width_of(lhs->type), s->pos);
        free_ = saved;
        return;
      }
      free_ = saved;
    } else if (huge_value(s->rhs[0]->type)) {
      // m[k] = v: the map and key first, then the value, stored by MAPSETP.
      Place p = place(lhs, false);
      bool fresh = false;
      Loc src = wide_source(s->rhs[0], &fresh);
      store_place_wide(p, src, s->rhs[0]->type, s->pos);
      free_ = saved;
      return;
    }
  }
  if (s->lhs.size() == 1) {
    ast::Expr* lhs = unparen(s->lhs[0]);
    auto* id = ast::as<ast::Ident>(lhs);
    if (id && id->obj && id->obj->kind == ObjKind::Var && locals_.count(static_cast<Var*>(id->obj)) &&
        !in_cell(static_cast<Var*>(id->obj))) {
      expr_to_type(s->rhs[0], lhs->type, locals_[static_cast<Var*>(id->obj)]);
      return;
    }
    Place p = place(lhs, false);
    int r = alloc(width_of(lhs->type), s->pos);
    expr_to_type(s->rhs[0], lhs->type, r);
    store_place(p, r);
    free_ = saved;
    return;
  }
  std::vector<Place> places;
  for (ast::Expr* lhs : s->lhs) places.push_back(place(lhs, true));
  std::vector<int> values;
  for (size_t i = 0; i < s->rhs.size(); i++) {
    ast::Expr* e = s->rhs[i];
    const Type* target = ast::as<ast::Ident>(s->lhs[i]) && static_cast<ast::Ident*>(s->lhs[i])->name == "_" ? e->type : s->lhs[i]->type;
    if (huge_value(e->type)) {
      // Too wide for registers: a copy of its own (later stores must not
      // change it), stored below like the others.
      int r = alloc(2, e->pos);
      fresh_value(e, e->type, r, e->pos);
      values.push_back(r);
      continue;
    }
    int r = alloc(width_of(target), e->pos);
    expr_to_type(e, target, r);
    values.push_back(r);
  }
  for (size_t i = 0; i < s->lhs.size(); i++) {
    if (huge_value(s->rhs[i]->type)) store_place_wide(places[i], Loc{Loc::Box, values[i], 0}, s->rhs[i]->type, s->pos);
    else store_place(places[i], values[i]);
  }
  free_ = saved;
}

FuncCompiler::Breakable* FuncCompiler::find_target(const ast::BranchStmt* b) {
  for (auto it = breakables_.rbegin(); it != breakables_.rend(); ++it) {
    Breakable* t = *it;
    if (b->label) {
      if (t->label && t->label->label->name == b->label->name) return t;
      continue;
    }
    if (b->tok == ast::BranchTok::Continue && !t->is_loop) continue;
    return t;
  }
  return nullptr;
}

void FuncCompiler::stmt(ast::Stmt* s) {
  set_line(s);
  switch (s->kind) {
    case ast::Kind::EmptyStmt: return;
    case ast::Kind::ExprStmt: {
      int saved = free_;
      ast::Expr* x = unparen(static_cast<ast::ExprStmt*>(s)->x);
      if (auto* u = ast::as<ast::UnaryExpr>(x); u && u->op == ast::Op::Arrow) {
        receive(u, alloc(width_of(u->type), s->pos), false);  // <-c: the value is dropped
        free_ = saved;
        return;
      }
      auto* c = ast::as<ast::CallExpr>(x);
      if (!c) throw Unsupported{s->pos, "this expression statement is"};
      call(c, -1, true);
      free_ = saved;
      return;
    }
    case ast::Kind::DeclStmt: {
      auto* gd = ast::as<ast::GenDecl>(static_cast<ast::DeclStmt*>(s)->decl);
      if (!gd || gd->tok != ast::DeclTok::Var) return;  // consts fold, types need no code
      for (ast::Node* n : gd->specs) {
        auto* vs = static_cast<ast::ValueSpec*>(n);
        if (const Type* t = vs->values.size() == 1 && vs->names.size() == 2 ? comma_ok_type(vs->values[0]) : nullptr) {
          // var v, ok = x.(T) or m[k]
          if (huge_value(t)) {
            int r = comma_ok_wide(vs->values[0], t, vs->pos);
            std::vector<Place> none;
            std::vector<ast::Expr*> names(vs->names.begin(), vs->names.end());
            assign_comma_ok_wide(names, none, true, r, t, vs->pos);
            continue;
          }
          int w = width_of(t);
          int r = alloc(w + 1, vs->pos);
          comma_ok(vs->values[0], r, vs->pos);
          auto* v = static_cast<const Var*>(vs->names[0]->obj);
          int vr = r;
          if (rep_of(v->type) == Rep::Iface && rep_of(t) != Rep::Iface) {
            vr = alloc(2, vs->pos);
            to_iface(t, vr, [&](int d) { move(d, r, w); });
          }
          mark(vr, v->type);
          if (vs->names[0]->name != "_") bind_local(v, vr, vs->pos);
          if (vs->names[1]->name != "_") bind_local(static_cast<const Var*>(vs->names[1]->obj), r + w, vs->pos);
          continue;
        }
        if (vs->values.size() == 1 && vs->names.size() > 1) {
          auto* c = ast::as<ast::CallExpr>(unparen(vs->values[0]));
          if (!c) throw Unsupported{vs->pos, "this declaration is"};
          int base = call(c, -1, true);
          int at = base;
          for (ast::Ident* name : vs->names) {
            auto* v = static_cast<const Var*>(name->obj);
            if (name->name != "_") bind_local(v, at, vs->pos);
            at += width_of(v->type);
          }
          continue;
        }
        if (vs->values.empty()) {
          // var x T of a wide type: a zeroed cell, never a register copy.
          bool all_wide = true;
          for (ast::Ident* name : vs->names)
            all_wide = all_wide && width_of(static_cast<const Var*>(name->obj)->type) > kWideValue;
          if (all_wide) {
            for (ast::Ident* name : vs->names) {
              auto* v = static_cast<const Var*>(name->obj);
              int p = alloc(2, vs->pos);
              emit_x(Opcode::NEW, p, 0, 3, mb_.type_id(v->type));
              mark_pointer(p);
              if (name->name != "_") locals_[v] = p;
            }
            continue;
          }
        }
        if (vs->names.size() == 1 && vs->values.size() == 1 && wide_new_local(vs->names[0])) {
          define_wide(static_cast<const Var*>(vs->names[0]->obj), vs->values[0], vs->pos);
          continue;
        }
        std::vector<int> regs;
        for (size_t i = 0; i < vs->names.size(); i++) {
          auto* v = static_cast<const Var*>(vs->names[i]->obj);
          int r = alloc(width_of(v->type), vs->pos);
          if (i < vs->values.size()) expr_to_type(vs->values[i], v->type, r);
          else
            for (int k = 0; k < width_of(v->type); k++) emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(r + k), 0, 0));
          mark(r, v->type);
          regs.push_back(r);
        }
        for (size_t i = 0; i < vs->names.size(); i++)
          if (vs->names[i]->name != "_") bind_local(static_cast<const Var*>(vs->names[i]->obj), regs[i], vs->pos);
      }
      return;
    }
    case ast::Kind::AssignStmt: assign(static_cast<ast::AssignStmt*>(s)); return;
    case ast::Kind::IncDecStmt: {
      auto* ids = static_cast<ast::IncDecStmt*>(s);
      int saved = free_;
      // ADDI for integer locals; otherwise x = x +/- 1 through a constant.
      ast::Expr* x = unparen(ids->x);
      auto* id = ast::as<ast::Ident>(x);
      Rep rep = rep_of(ids->x->type);
      if (id && id->obj && locals_.count(static_cast<Var*>(id->obj)) && !in_cell(static_cast<Var*>(id->obj)) &&
          (rep == Rep::Signed || rep == Rep::Unsigned)) {
        int r = locals_[static_cast<Var*>(id->obj)];
        emit(vm::make_abc(Opcode::ADDI_I64, static_cast<uint32_t>(r), static_cast<uint32_t>(r), ids->inc ? 1u : 0xffu));
        fixup(r, ids->x->type);
        return;
      }
      Place p = place(ids->x, false);
      int cur = alloc(1, s->pos);
      move(cur, load_place(p), 1);
      int k = alloc(1, s->pos);
      if (is_float_rep(rep)) emit(vm::make_asbx(Opcode::LOADF, static_cast<uint32_t>(k), 1));
      else emit(vm::make_asbx(Opcode::LOADI, static_cast<uint32_t>(k), 1));
      Opcode op = is_float_rep(rep) ? (ids->inc ? Opcode::ADD_F64 : Opcode::SUB_F64) : (ids->inc ? Opcode::ADD_I64 : Opcode::SUB_I64);
      emit(vm::make_abc(op, static_cast<uint32_t>(cur), static_cast<uint32_t>(cur), static_cast<uint32_t>(k)));
      fixup(cur, ids->x->type);
      store_place(p, cur);
      free_ = saved;
      return;
    }
    case ast::Kind::BlockStmt: block(static_cast<ast::BlockStmt*>(s)->list); return;
    case ast::Kind::IfStmt: if_stmt(static_cast<ast::IfStmt*>(s)); return;
    case ast::Kind::ForStmt: for_stmt(static_cast<ast::ForStmt*>(s), nullptr); return;
    case ast::Kind::RangeStmt: range_stmt(static_cast<ast::RangeStmt*>(s), nullptr); return;
    case ast::Kind::SwitchStmt: switch_stmt(static_cast<ast::SwitchStmt*>(s), nullptr); return;
    case ast::Kind::SelectStmt: select_stmt(static_cast<ast::SelectStmt*>(s), nullptr); return;
    case ast::Kind::TypeSwitchStmt: type_switch(static_cast<ast::TypeSwitchStmt*>(s), nullptr); return;
    case ast::Kind::ReturnStmt: return_stmt(static_cast<ast::ReturnStmt*>(s)); return;
    case ast::Kind::DeferStmt: defer_stmt(static_cast<ast::DeferStmt*>(s)); return;
    case ast::Kind::GoStmt: go_stmt(static_cast<ast::GoStmt*>(s)); return;
    case ast::Kind::SendStmt: {
      auto* ss = static_cast<ast::SendStmt*>(s);
      const Type* elem = static_cast<const Chan*>(underlying(ss->chan->type))->elem;
      if (huge_value(elem)) throw Unsupported{ss->pos, "channels of values this wide are"};
      int saved = free_;
      int c = alloc(1, ss->pos);
      expr_to(ss->chan, c);
      mark(c, ss->chan->type);
      int v = alloc(width_of(elem), ss->pos);
      expr_to_type(ss->value, elem, v);
      mark(v, elem);
      set_line(s);
      emit_x(Opcode::SEND, c, v, 0, mb_.type_id(ss->chan->type));
      free_ = saved;
      return;
    }
    case ast::Kind::LabeledStmt: {
      auto* ls = static_cast<ast::LabeledStmt*>(s);
      label_pc_[ls->label->name] = here();
      switch (ls->stmt->kind) {
        case ast::Kind::ForStmt: for_stmt(static_cast<ast::ForStmt*>(ls->stmt), ls); return;
        case ast::Kind::RangeStmt: range_stmt(static_cast<ast::RangeStmt*>(ls->stmt), ls); return;
        case ast::Kind::SwitchStmt: switch_stmt(static_cast<ast::SwitchStmt*>(ls->stmt), ls); return;
        case ast::Kind::SelectStmt: select_stmt(static_cast<ast::SelectStmt*>(ls->stmt), ls); return;
        case ast::Kind::TypeSwitchStmt: type_switch(static_cast<ast::TypeSwitchStmt*>(ls->stmt), ls); return;
        default: stmt(ls->stmt); return;
      }
    }
    case ast::Kind::BranchStmt: {
      auto* b = static_cast<ast::BranchStmt*>(s);
      switch (b->tok) {
        case ast::BranchTok::Goto: {
          // It may turn out a back-edge (a LOOP): record its map now.
          size_t at = jump();
          record_safepoint_at(at);
          gotos_.emplace_back(at, b);
          return;
        }
        case ast::BranchTok::Fallthrough:
          if (fallthrough_) fallthrough_->push_back(jump());
          return;
        case ast::BranchTok::Break:
        case ast::BranchTok::Continue: {
          Breakable* t = find_target(b);
          if (!t) throw Unsupported{s->pos, "this branch statement is"};
          (b->tok == ast::BranchTok::Break ? t->breaks : t->continues).push_back(jump());
          return;
        }
      }
      return;
    }
    default: throw Unsupported{s->pos, std::string(ast::kind_name(s->kind)) + " statements are"};
  }
}

void FuncCompiler::if_stmt(ast::IfStmt* s) {
  int saved = free_;
  if (s->init) stmt(s->init);
  std::vector<size_t> to_else;
  branch(s->cond, false, to_else);
  block(s->body->list);
  if (s->else_) {
    size_t to_end = jump();
    patch_all(to_else, here());
    stmt(s->else_);
    patch(to_end, here());
  } else {
    patch_all(to_else, here());
  }
  free_ = saved;
}

void FuncCompiler::for_stmt(ast::ForStmt* s, const ast::LabeledStmt* label) {
  int saved = free_;
  if (s->init) stmt(s->init);
  Breakable loop{label, true, {}, {}};
  breakables_.push_back(&loop);
  // Condition at the bottom: one jump per iteration.
  size_t to_cond = s->cond ? jump() : 0;
  size_t body = here();
  block(s->body->list);
  size_t cont = here();
  patch_all(loop.continues, cont);
  // Go 1.22: each iteration has its own copy of the loop variables. Only
  // variables in cells (captured or addressed) can tell: they get a fresh
  // cell holding the current value before the post statement runs.
  if (!mb_.program().shared_loop_vars)
    if (auto* init = ast::as<ast::AssignStmt>(s->init); init && init->tok == ast::AssignTok::Define)
      for (ast::Expr* lhs : init->lhs) {
        auto* id = ast::as<ast::Ident>(lhs);
        auto* v = id && id->obj && id->obj->kind == ObjKind::Var ? static_cast<const Var*>(id->obj) : nullptr;
        if (!v || !in_cell(v) || !locals_.count(v)) continue;
        int cell = locals_.at(v);
        int tmp = alloc(width_of(v->type), s->pos);
        load_loc(Loc{Loc::Box, cell, 0}, width_of(v->type), tmp, s->pos);
        mark(tmp, v->type);
        emit_x(Opcode::NEW, cell, tmp, 1, mb_.type_id(v->type));
        free_ = tmp;
      }
  if (s->post) stmt(s->post);
  if (s->cond) {
    patch(to_cond, here());
    std::vector<size_t> back;
    branch(s->cond, true, back);
    patch_all(back, body);
  } else {
    jump_back(body);
  }
  patch_all(loop.breaks, here());
  breakables_.pop_back();
  free_ = saved;
}

// A counted loop's back edge: to body while R[i] < R[limit].
void FuncCompiler::branch_back_while_below(int i, int limit, size_t body, bool unsigned_cmp, Pos pos) {
  if (unsigned_cmp) {
    int t = alloc(1, pos);
    emit(vm::make_abc(Opcode::LT_U64, static_cast<uint32_t>(t), static_cast<uint32_t>(i), static_cast<uint32_t>(limit)));
    patch(emit(vm::make_asbx(Opcode::JT, static_cast<uint32_t>(t), 0)), body);
    free_--;
    return;
  }
  patch(emit_branch(Opcode::JLT_I64, static_cast<uint32_t>(i), static_cast<uint32_t>(limit)), body);
}

// A range statement's iteration variable e takes the value at src: a new
// variable each iteration (:=, Go 1.22; a fresh cell when captured), or an
// assignment (=).
void FuncCompiler::bind_range_var(ast::RangeStmt* s, ast::Expr* e, int src) {
  if (!e) return;
  auto* id = ast::as<ast::Ident>(e);
  if (id && id->name == "_") return;
  if (s->tok == ast::AssignTok::Define) {
    auto* v = static_cast<const Var*>(id->obj);
    int r = alloc(width_of(v->type), e->pos);
    move(r, src, width_of(v->type));
    mark(r, v->type);
    bind_local(v, r, e->pos);
  } else {
    store(e, src);
  }
}

void FuncCompiler::bind_range_wide(ast::RangeStmt* s, ast::Expr* e, int cell, const Type* t) {
  if (!e) return;
  auto* id = ast::as<ast::Ident>(e);
  if (id && id->name == "_") return;
  if (s->tok == ast::AssignTok::Define) {
    locals_[static_cast<const Var*>(id->obj)] = cell;
    return;
  }
  int saved = free_;
  store_place_wide(place(e, false), Loc{Loc::Box, cell, 0}, t, e->pos);
  free_ = saved;
}

// for i, v := range a: Go ranges over a copy of the array (a pointer's
// array is read live); elements are read by dynamic index.
void FuncCompiler::range_array(ast::RangeStmt* s, const ast::LabeledStmt* label) {
  int saved = free_;
  bool via_pointer = rep_of(s->x->type) == Rep::Pointer;
  const Array* a = array_of(via_pointer ? pointee(s->x->type) : s->x->type);
  int ew = width_of(a->elem);
  auto* vid = s->value ? ast::as<ast::Ident>(s->value) : nullptr;
  bool wants_value = s->value && !(vid && vid->name == "_");
  int arr = -1;
  bool wide = !via_pointer && width_of(s->x->type) > kWideValue;
  if (wide && wants_value) {
    // Too wide to copy into registers: range over a heap copy (Go ranges
    // over a copy of the array).
    arr = alloc(2, s->pos);
    fresh_value(s->x, s->x->type, arr, s->pos);
    via_pointer = true;
  } else if (via_pointer || wants_value) {
    arr = alloc(width_of(s->x->type), s->pos);
    expr_to(s->x, arr);  // the copy (or the pointer), evaluated once
    mark(arr, s->x->type);
  } else if (!ast::as<ast::Ident>(unparen(s->x)) && !ast::as<ast::SelectorExpr>(unparen(s->x)) && !wide) {
    int tmp = free_;
    expr(s->x, -1);  // for its side effects only: the length is constant
    free_ = tmp;
  }
  int i = alloc(1, s->pos);
  emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(i), 0, 0));
  int limit = alloc(1, s->pos);
  load_int(limit, a->len);
  int slot = alloc(1, s->pos);
  bool elem_mem = huge_value(a->elem);  // then the array is in memory too (via_pointer)
  int elem = wants_value ? alloc(elem_mem ? 2 : ew, s->pos) : -1;
  if (wants_value && elem_mem) {
    emit_x(Opcode::NEW, elem, 0, 3, mb_.type_id(a->elem));
    mark_pointer(elem);
  }
  Breakable loop{label, true, {}, {}};
  breakables_.push_back(&loop);
  size_t to_cond = jump();
  size_t body = here();
  if (wants_value) {
    if (ew == 1) {
      move(slot, i, 1);
    } else {
      load_int(slot, ew);
      emit(vm::make_abc(Opcode::MUL_I64, static_cast<uint32_t>(slot), static_cast<uint32_t>(slot), static_cast<uint32_t>(i)));
    }
    if (via_pointer) {
      int p = alloc(2, s->pos);
      emit(vm::make_abc(Opcode::ADDR_ADV, static_cast<uint32_t>(p), static_cast<uint32_t>(arr), static_cast<uint32_t>(slot)));
      mark_pointer(p);
      if (elem_mem) emit_x(Opcode::COPYP, elem, p, 0, static_cast<uint32_t>(ew));
      else emit_x(Opcode::LOADP, elem, p, 0, static_cast<uint32_t>(ew));
      free_ -= 2;
    } else {
      emit_x(Opcode::INDEX_R, elem, arr, slot, static_cast<uint32_t>(ew));
    }
    if (!elem_mem) mark(elem, a->elem);
  }
  int body_saved = free_;
  bind_range_var(s, s->key, i);
  if (wants_value && elem_mem) bind_range_wide(s, s->value, elem, a->elem);
  else if (wants_value) bind_range_var(s, s->value, elem);
  block(s->body->list);
  free_ = body_saved;
  patch_all(loop.continues, here());
  emit(vm::make_abc(Opcode::ADDI_I64, static_cast<uint32_t>(i), static_cast<uint32_t>(i), 1));
  patch(to_cond, here());
  branch_back_while_below(i, limit, body, false, s->pos);
  patch_all(loop.breaks, here());
  breakables_.pop_back();
  free_ = saved;
}

// for k, v := range m: an iterator (map, table, position, positions left,
// found) in registers; MAPNEXT fills the key and value registers.
void FuncCompiler::range_map(ast::RangeStmt* s, const ast::LabeledStmt* label) {
  int saved = free_;
  const auto* mt = static_cast<const Map*>(underlying(s->x->type));
  uint32_t x = mb_.type_id(s->x->type);
  int m = alloc(1, s->pos);
  expr_to(s->x, m);
  int it = alloc(5, s->pos);
  set_line(s);
  emit_x(Opcode::MAPITER, it, m, 0, x);
  reg_kind_[static_cast<size_t>(it)] = vm::GcSlot::Pointer;
  reg_kind_[static_cast<size_t>(it) + 1] = vm::GcSlot::Pointer;
  // Keys and values too wide for registers go to cells made here, which
  // are the loop's variables (one for the whole loop, as in Go 1.19).
  bool key_mem = huge_value(mt->key), value_mem = huge_value(mt->elem);
  int kw = abi_width(mt->key), vw = abi_width(mt->elem);
  int kv = alloc(kw + vw, s->pos);
  if (key_mem) {
    emit_x(Opcode::NEW, kv, 0, 3, mb_.type_id(mt->key));
    mark_pointer(kv);
    x |= vm::kMapNextKeyInMemory;
  }
  if (value_mem) {
    emit_x(Opcode::NEW, kv + kw, 0, 3, mb_.type_id(mt->elem));
    mark_pointer(kv + kw);
    x |= vm::kMapNextValueInMemory;
  }
  Breakable loop{label, true, {}, {}};
  breakables_.push_back(&loop);
  size_t top = here();
  emit_x(Opcode::MAPNEXT, it, kv, value_mem ? kv + kw : 0, x);
  size_t exit = emit(vm::make_asbx(Opcode::JF, static_cast<uint32_t>(it + 4), 0));
  mark_abi(kv, mt->key);
  mark_abi(kv + kw, mt->elem);
  int body_saved = free_;
  if (key_mem) bind_range_wide(s, s->key, kv, mt->key);
  else bind_range_var(s, s->key, kv);
  if (value_mem) bind_range_wide(s, s->value, kv + kw, mt->elem);
  else bind_range_var(s, s->value, kv + kw);
  block(s->body->list);
  free_ = body_saved;
  patch_all(loop.continues, here());
  patch(jump(), top);
  patch(exit, here());
  patch_all(loop.breaks, here());
  breakables_.pop_back();
  free_ = saved;
}

// for v := range c: receive until the channel is closed and drained.
void FuncCompiler::range_chan(ast::RangeStmt* s, const ast::LabeledStmt* label) {
  int saved = free_;
  const Type* elem = static_cast<const Chan*>(underlying(s->x->type))->elem;
  if (huge_value(elem)) throw Unsupported{s->pos, "channels of values this wide are"};
  uint32_t x = mb_.type_id(s->x->type);
  int c = alloc(1, s->pos);
  expr_to(s->x, c);
  mark(c, s->x->type);
  int w = width_of(elem);
  int v = alloc(w + 1, s->pos);
  Breakable loop{label, true, {}, {}};
  breakables_.push_back(&loop);
  size_t top = here();
  set_line(s);
  emit_x(Opcode::RECV, v, c, 0, x | 1u << 31);
  size_t exit = emit(vm::make_asbx(Opcode::JF, static_cast<uint32_t>(v + w), 0));
  mark(v, elem);
  int body_saved = free_;
  bind_range_var(s, s->key, v);
  block(s->body->list);
  free_ = body_saved;
  patch_all(loop.continues, here());
  jump_back(top);
  patch(exit, here());
  patch_all(loop.breaks, here());
  breakables_.pop_back();
  free_ = saved;
}

void FuncCompiler::range_stmt(ast::RangeStmt* s, const ast::LabeledStmt* label) {
  if (rep_of(s->x->type) == Rep::Chan) {
    range_chan(s, label);
    return;
  }
  if (rep_of(s->x->type) == Rep::Map) {
    range_map(s, label);
    return;
  }
  if (rep_of(s->x->type) == Rep::Array || (rep_of(s->x->type) == Rep::Pointer && rep_of(pointee(s->x->type)) == Rep::Array)) {
    range_array(s, label);
    return;
  }
  int saved = free_;
  Rep rep = rep_of(s->x->type);
  if (rep != Rep::Signed && rep != Rep::Unsigned && rep != Rep::String && rep != Rep::Slice)
    throw Unsupported{s->pos, "range over " + type_string(s->x->type, TypeStyle::Checker) + " is"};
  bool over_string = rep == Rep::String, over_slice = rep == Rep::Slice;
  // Hidden state: the ranged value (evaluated once), the index, and the
  // element (slices) or rune + width (strings).
  int x = alloc(width_of(s->x->type), s->pos);
  expr_to(s->x, x);
  int i = alloc(1, s->pos);
  emit(vm::make_abc(Opcode::LOADZ, static_cast<uint32_t>(i), 0, 0));
  int limit = x;
  if (over_string) {
    limit = alloc(1, s->pos);
    emit(vm::make_abc(Opcode::LEN_STR, static_cast<uint32_t>(limit), static_cast<uint32_t>(x), 0));
  }
  if (over_slice) limit = x + 2;
  int rune = over_string ? alloc(2, s->pos) : -1;
  int value_width = 1;
  bool elem_mem = over_slice && huge_value(slice_elem(s->x->type));
  if (over_slice) {
    value_width = width_of(slice_elem(s->x->type));
    // Only load elements when the loop binds them.
    auto* vid = s->value ? ast::as<ast::Ident>(s->value) : nullptr;
    if (s->value && !(vid && vid->name == "_")) rune = alloc(elem_mem ? 2 : value_width, s->pos);
    if (rune >= 0 && elem_mem) {
      // Elements too wide for registers are copied to a cell, the loop's
      // variable (one for the whole loop, as in Go 1.19).
      emit_x(Opcode::NEW, rune, 0, 3, mb_.type_id(slice_elem(s->x->type)));
      mark_pointer(rune);
    }
  }
  Breakable loop{label, true, {}, {}};
  breakables_.push_back(&loop);
  size_t to_cond = jump();
  size_t body = here();
  if (over_string)
    emit(vm::make_abc(Opcode::DECODE_RUNE, static_cast<uint32_t>(rune), static_cast<uint32_t>(x), static_cast<uint32_t>(i)));
  if (over_slice && rune >= 0 && elem_mem) {
    int p = alloc(2, s->pos);
    emit_x(Opcode::ADDR_SL, p, x, i, mb_.elem_x(s->x->type));
    mark_pointer(p);
    emit_x(Opcode::COPYP, rune, p, 0, static_cast<uint32_t>(value_width));
    free_ = p;
  } else if (over_slice && rune >= 0) {
    slice_get(s->x->type, rune, x, i);
    mark(rune, slice_elem(s->x->type));
  }
  // Iteration variables: fresh per iteration (Go 1.22) — without closures
  // that is the same as assigning them each time.
  int body_saved = free_;
  bind_range_var(s, s->key, i);
  if (elem_mem) bind_range_wide(s, s->value, rune, slice_elem(s->x->type));
  else bind_range_var(s, s->value, rune);
  block(s->body->list);
  free_ = body_saved;
  size_t cont = here();
  patch_all(loop.continues, cont);
  if (over_string)
    emit(vm::make_abc(Opcode::ADD_I64, static_cast<uint32_t>(i), static_cast<uint32_t>(i), static_cast<uint32_t>(rune + 1)));
  else
    emit(vm::make_abc(Opcode::ADDI_I64, static_cast<uint32_t>(i), static_cast<uint32_t>(i), 1));
  patch(to_cond, here());
  branch_back_while_below(i, limit, body, rep == Rep::Unsigned, s->pos);
  patch_all(loop.breaks, here());
  breakables_.pop_back();
  free_ = saved;
}

void FuncCompiler::switch_stmt(ast::SwitchStmt* s, const ast::LabeledStmt* label) {
  int saved = free_;
  if (s->init) stmt(s->init);
  int tag = -1;
  bool wide_tag = s->tag && huge_value(s->tag->type);
  if (wide_tag) {
    // A tag too wide for registers: a copy of it in memory, compared with
    // each case's value where that lives (EQ_MEM).
    tag = alloc(2, s->pos);
    fresh_value(s->tag, s->tag->type, tag, s->pos);
  } else if (s->tag) {
    tag = alloc(width_of(s->tag->type), s->pos);
    expr_to(s->tag, tag);
  }
  Breakable sw{label, false, {}, {}};
  breakables_.push_back(&sw);
  // Tests first, in order, each jumping to its clause body.
  std::vector<ast::CaseClause*> clauses;
  for (ast::Stmt* c : s->body->list) clauses.push_back(static_cast<ast::CaseClause*>(c));
  std::vector<std::vector<size_t>> to_body(clauses.size());
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    for (ast::Expr* e : clauses[ci]->list) {
      set_line(e);
      if (!s->tag) {
        branch(e, true, to_body[ci]);
        continue;
      }
      if (wide_tag) {
        if (!huge_value(e->type)) throw Unsupported{e->pos, "comparing a wide switch tag with a value of type " + type_string(e->type, TypeStyle::Checker) + " is"};
        int case_saved = free_;
        int y = expr_address(e);
        int t = alloc(1, e->pos);
        emit_x(Opcode::EQ_MEM, t, tag, y, mb_.type_id(s->tag->type));
        free_ = case_saved;
        to_body[ci].push_back(emit(vm::make_asbx(Opcode::JT, static_cast<uint32_t>(t), 0)));
        continue;
      }
      Rep rep = rep_of(s->tag->type);
      if (rep != Rep::Signed && rep != Rep::Unsigned && rep != Rep::Bool && rep != Rep::String && !is_float_rep(rep)) {
        // Interfaces, structs, arrays, pointers...: tag == e as an
        // expression, with the tag's register standing in for the tag.
        ast::BinaryExpr eq(e->pos);
        eq.op = ast::Op::Eql;
        eq.x = s->tag;
        eq.y = e;
        eq.type = mb_.program().types->basic(BasicKind::Bool);
        preloaded_[s->tag] = tag;
        branch(&eq, true, to_body[ci]);
        preloaded_.erase(s->tag);
        continue;
      }
      // tag == e, using the tag's register through a synthetic operand.
      int case_saved = free_;
      int v = alloc(width_of(s->tag->type), e->pos);
      expr_to(e, v);
      free_ = case_saved;
      if (rep == Rep::Signed || rep == Rep::Unsigned || rep == Rep::Bool) {
        to_body[ci].push_back(emit_branch(Opcode::JEQ_I64, static_cast<uint32_t>(tag), static_cast<uint32_t>(v)));
      } else {
        int t = alloc(1, e->pos);
        free_ = case_saved;
        Opcode eq = rep == Rep::String ? Opcode::EQ_STR : is_float_rep(rep) ? Opcode::EQ_F64 : Opcode::EQ_I64;
        if (rep == Rep::Iface || rep == Rep::Other) throw Unsupported{e->pos, "switching on this type is"};
        emit(vm::make_abc(eq, static_cast<uint32_t>(t), static_cast<uint32_t>(tag), static_cast<uint32_t>(v)));
        to_body[ci].push_back(emit(vm::make_asbx(Opcode::JT, static_cast<uint32_t>(t), 0)));
      }
    }
  }
  size_t to_default = jump();
  std::vector<size_t> fall;
  std::vector<size_t>* saved_fall = fallthrough_;
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    patch_all(to_body[ci], here());
    patch_all(fall, here());
    if (clauses[ci]->is_default) patch(to_default, here()), to_default = SIZE_MAX;
    fallthrough_ = &fall;
    block(clauses[ci]->body);
    if (fall.empty()) sw.breaks.push_back(jump());
  }
  fallthrough_ = saved_fall;
  if (to_default != SIZE_MAX) patch(to_default, here());
  patch_all(sw.breaks, here());
  breakables_.pop_back();
  free_ = saved;
}

// select: every case's channel and send value (receives: a destination)
// evaluated into registers in source order, then one SELECT does a ready
// case or default or blocks, and a compare chain on the chosen index
// reaches the clause; a receive's assignment runs first in its clause.
void FuncCompiler::select_stmt(ast::SelectStmt* s, const ast::LabeledStmt* label) {
  int saved = free_;
  Breakable sel{label, false, {}, {}};
  breakables_.push_back(&sel);
  std::vector<ast::CommClause*> clauses;
  for (ast::Stmt* c : s->body->list) clauses.push_back(static_cast<ast::CommClause*>(c));
  if (clauses.size() == 1 && clauses[0]->comm) {
    // As gc does: one case and no default is that plain operation (it
    // blocks with the operation's wait reason).
    stmt(clauses[0]->comm);
    block(clauses[0]->body);
  } else {
    vm::SelectSite site;
    struct Recv {
      ast::AssignStmt* assign = nullptr;  // v[, ok] (:)= <-c, or null
      int dest = -1;
      int width = 0;
    };
    std::vector<Recv> recvs(clauses.size());
    std::vector<size_t> case_of(clauses.size(), SIZE_MAX);  // clause -> case index (SIZE_MAX: default)
    for (size_t ci = 0; ci < clauses.size(); ci++) {
      ast::Stmt* comm = clauses[ci]->comm;
      if (!comm) {
        site.has_default = true;
        continue;
      }
      vm::SelectCase sc;
      ast::Expr* ch;
      const Type* elem;
      ast::UnaryExpr* u = nullptr;
      if (auto* ss = ast::as<ast::SendStmt>(comm)) {
        ch = ss->chan;
        elem = static_cast<const Chan*>(underlying(ch->type))->elem;
      } else {
        auto* as = ast::as<ast::AssignStmt>(comm);
        u = static_cast<ast::UnaryExpr*>(unparen(as ? as->rhs[0] : static_cast<ast::ExprStmt*>(comm)->x));
        ch = u->x;
        elem = u->type;
        recvs[ci].assign = as;
      }
      int w = width_of(elem);
      if (huge_value(elem)) throw Unsupported{comm->pos, "select cases on channels of values this wide are"};
      int c = alloc(1, comm->pos);
      expr_to(ch, c);
      mark(c, ch->type);
      sc.chan = static_cast<uint16_t>(c);
      sc.width = static_cast<uint16_t>(w);
      bool comma_ok = recvs[ci].assign && recvs[ci].assign->lhs.size() == 2;
      int v = alloc(w + (comma_ok ? 1 : 0), comm->pos);
      if (auto* ss = ast::as<ast::SendStmt>(comm)) {
        sc.send = true;
        expr_to_type(ss->value, elem, v);
      } else {
        recvs[ci].dest = v;
        recvs[ci].width = w;
        if (comma_ok) sc.ok = static_cast<uint16_t>(v + w);
      }
      mark(v, elem);
      sc.value = static_cast<uint16_t>(v);
      case_of[ci] = site.cases.size();
      site.cases.push_back(sc);
    }
    size_t n = site.cases.size();
    auto index = static_cast<uint32_t>(fn_.select_sites.size());
    fn_.select_sites.push_back(std::move(site));
    int chosen = alloc(1, s->pos);
    set_line(s);
    emit_x(Opcode::SELECT, chosen, 0, 0, index);
    // Dispatch: the last clause needs no test, only a jump.
    std::vector<size_t> to_clause(clauses.size(), SIZE_MAX);
    int k = alloc(1, s->pos);
    for (size_t ci = 0; ci + 1 < clauses.size(); ci++) {
      size_t want = case_of[ci] == SIZE_MAX ? n : case_of[ci];
      emit(vm::make_asbx(Opcode::LOADI, static_cast<uint32_t>(k), static_cast<int32_t>(want)));
      to_clause[ci] = emit_branch(Opcode::JEQ_I64, static_cast<uint32_t>(chosen), static_cast<uint32_t>(k));
    }
    if (clauses.size() > 1) to_clause.back() = jump();
    for (size_t ci = 0; ci < clauses.size(); ci++) {
      if (to_clause[ci] != SIZE_MAX) patch(to_clause[ci], here());
      int clause_saved = free_;
      if (ast::AssignStmt* as = recvs[ci].assign) {
        set_line(as);
        for (size_t j = 0; j < as->lhs.size(); j++) {
          auto* id = ast::as<ast::Ident>(as->lhs[j]);
          if (id && id->name == "_") continue;
          int src = j == 0 ? recvs[ci].dest : recvs[ci].dest + recvs[ci].width;
          int w = j == 0 ? recvs[ci].width : 1;
          if (as->tok == ast::AssignTok::Define && id && id->obj && !locals_.count(static_cast<const Var*>(id->obj))) {
            bind_local(static_cast<const Var*>(id->obj), src, as->pos);
            continue;
          }
          const Type* lt = as->lhs[j]->type;
          const Type* vt = j == 0 ? as->rhs[0]->type : nullptr;
          if (j == 0 && lt && rep_of(lt) == Rep::Iface && rep_of(vt) != Rep::Iface) {
            int conv = alloc(2, as->pos);
            to_iface(vt, conv, [&](int d) { move(d, src, w); });
            src = conv;
          }
          store(as->lhs[j], src);
        }
      }
      block(clauses[ci]->body);
      free_ = clause_saved;
      if (ci + 1 < clauses.size()) sel.breaks.push_back(jump());
    }
  }
  patch_all(sel.breaks, here());
  breakables_.pop_back();
  free_ = saved;
}

void FuncCompiler::type_switch(ast::TypeSwitchStmt* s, const ast::LabeledStmt* label) {
  int saved = free_;
  if (s->init) stmt(s->init);
  ast::Expr* guard = nullptr;
  if (auto* as = ast::as<ast::AssignStmt>(s->assign)) guard = as->rhs[0];
  else guard = static_cast<ast::ExprStmt*>(s->assign)->x;
  auto* ta = static_cast<ast::TypeAssertExpr*>(unparen(guard));
  const Type* iface = ta->x->type;
  int x = alloc(2, s->pos);
  expr_to(ta->x, x);
  mark(x, iface);
  Breakable sw{label, false, {}, {}};
  breakables_.push_back(&sw);
  const auto& clauses = s->body->list;
  // Tests first, in source order; each jumps to its clause's body.
  std::vector<std::vector<size_t>> to_body(clauses.size());
  int default_clause = -1;
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    auto* cc = static_cast<ast::CaseClause*>(clauses[ci]);
    if (cc->is_default) default_clause = static_cast<int>(ci);
    for (ast::Expr* e : cc->list) {
      set_line(e);
      auto* id = ast::as<ast::Ident>(unparen(e));
      if (id && id->obj && id->obj->kind == ObjKind::Nil) {
        to_body[ci].push_back(emit(vm::make_asbx(Opcode::JF, static_cast<uint32_t>(x), 0)));
        continue;
      }
      if (huge_value(e->type)) {
        // A concrete type too wide to assert into registers: compare the
        // dynamic type word.
        int k = alloc(1, e->pos);
        load_int(k, mb_.type_id(e->type));
        to_body[ci].push_back(emit_branch(Opcode::JEQ_I64, static_cast<uint32_t>(x), static_cast<uint32_t>(k)));
        free_ = x + 2;
        continue;
      }
      int probe = alloc(width_of(e->type) + 1, e->pos);
      uint32_t target = mb_.type_id(e->type), itype = mb_.type_id(iface);
      emit_x(Opcode::TYPEASSERT, probe, x, 1, target | itype << 16);
      to_body[ci].push_back(emit(vm::make_asbx(Opcode::JT, static_cast<uint32_t>(probe + width_of(e->type)), 0)));
      free_ = x + 2;
    }
  }
  std::vector<size_t> to_end;
  if (default_clause >= 0) to_body[static_cast<size_t>(default_clause)].push_back(jump());
  else to_end.push_back(jump());
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    auto* cc = static_cast<ast::CaseClause*>(clauses[ci]);
    patch_all(to_body[ci], here());
    if (ci < s->implicits.size() && s->implicits[ci]) {
      auto* v = static_cast<const Var*>(s->implicits[ci]);
      if (huge_value(v->type)) {
        // The boxed value copied to a new cell, the variable's.
        int p = alloc(2, cc->pos);
        emit_x(Opcode::NEW, p, 0, 3, mb_.type_id(v->type));
        mark_pointer(p);
        uint32_t target = mb_.type_id(v->type), itype = mb_.type_id(iface);
        emit_x(Opcode::TYPEASSERTP, p, x, 0, target | itype << 16);
        locals_[v] = p;
        block(cc->body);
        to_end.push_back(jump());
        free_ = x + 2;
        continue;
      }
      int r = alloc(width_of(v->type), cc->pos);
      if (rep_of(v->type) == Rep::Iface) {
        move(r, x, 2);
      } else {
        uint32_t target = mb_.type_id(v->type), itype = mb_.type_id(iface);
        emit_x(Opcode::TYPEASSERT, r, x, 0, target | itype << 16);
      }
      mark(r, v->type);
      bind_local(v, r, cc->pos);
    }
    block(cc->body);
    to_end.push_back(jump());
    free_ = x + 2;
  }
  patch_all(to_end, here());
  patch_all(sw.breaks, here());
  breakables_.pop_back();
  free_ = saved;
}

// ------------------------------------------------------------ defer

uint32_t ModuleBuilder::defer_record_type(const std::vector<vm::GcSlot>& slots) {
  auto it = defer_record_types_.find(slots);
  if (it != defer_record_types_.end()) return it->second;
  vm::TypeInfo info;
  info.name = "defer record";
  info.slots = static_cast<uint32_t>(slots.size() + 2);
  info.layout = {vm::GcSlot::Pointer, vm::GcSlot::Scalar};  // the chain's link; frame and site
  info.layout.insert(info.layout.end(), slots.begin(), slots.end());
  mod_->types.push_back(info);
  return defer_record_types_[slots] = static_cast<uint32_t>(mod_->types.size() - 1);
}

uint32_t ModuleBuilder::defer_wrapper(ast::CallExpr* e, const std::string& outer) {
  std::string name = outer + ".deferwrap" + std::to_string(++literal_counter_[outer + ".deferwrap"]);
  auto [index, fn] = new_function(std::move(name), file_name(e->pos));
  FuncCompiler fc(*this, *fn, e);
  fc.compile_defer_wrapper(e);
  return index;
}

// The wrapper's parameters are the call's non-constant arguments; the
// builtin then reads them as if evaluated in place.
void FuncCompiler::compile_defer_wrapper(ast::CallExpr* e) {
  Signature empty;
  Tuple none;
  empty.params = &none;
  empty.results = &none;
  sig_ = &empty;
  set_line(e);
  for (ast::Expr* arg : e->args) {
    if (arg->constant) continue;
    int r = alloc(width_of(arg->type), arg->pos);
    mark(r, arg->type);
    preloaded_[arg] = r;
  }
  fn_.num_params = static_cast<uint32_t>(free_);
  auto* id = ast::as<ast::Ident>(unparen(e->fun));
  BuiltinId builtin_id = static_cast<Builtin*>(id->obj)->id;
  // recover() deferred directly is not called by a deferred function: it
  // recovers nothing (the spec), so its wrapper does nothing.
  if (builtin_id != BuiltinId::Recover) builtin(e, builtin_id, -1);
  emit(vm::make_abc(Opcode::RET0, 0, 0, 0));
  fn_.num_registers = static_cast<uint32_t>(std::max(max_, 1));
}

FuncCompiler::DeferTarget FuncCompiler::defer_target(ast::CallExpr* e) {
  DeferTarget t;
  auto add = [&](const Type* type) {
    if (huge_value(type)) {
      // Passed as a pointer to the call's own copy, made now.
      t.layout.push_back(vm::GcSlot::Pointer);
      t.layout.push_back(vm::GcSlot::Scalar);
      return;
    }
    auto l = gc_layout(type);
    l.resize(static_cast<size_t>(width_of(type)), vm::GcSlot::Scalar);
    t.layout.insert(t.layout.end(), l.begin(), l.end());
  };
  ast::Expr* fun = unparen(e->fun);
  if (fun->mode == ast::Mode::Builtin) {
    t.builtin = true;
    for (ast::Expr* arg : e->args)
      if (huge_value(arg->type)) throw Unsupported{arg->pos, "deferring built-ins with arguments this wide is"};
    t.fn = mb_.defer_wrapper(e, fn_.name);
    for (ast::Expr* arg : e->args)
      if (!arg->constant) add(arg->type);
    return t;
  }
  const Func* callee = nullptr;
  if (auto* id = ast::as<ast::Ident>(fun); id && id->obj && id->obj->kind == ObjKind::Func) callee = static_cast<Func*>(id->obj);
  auto* sel = ast::as<ast::SelectorExpr>(fun);
  if (sel && sel->sel_kind == ast::SelectorExpr::Sel::IfaceMethod) {
    t.iface_sel = sel;
  } else if (sel && sel->sel->obj && sel->sel->obj->kind == ObjKind::Func && sel->sel_kind != ast::SelectorExpr::Sel::MethodExpr) {
    callee = static_cast<Func*>(sel->sel->obj);
    if (sel->sel_kind == ast::SelectorExpr::Sel::Method) t.method_sel = sel;
  }
  if (callee) {
    t.sig = static_cast<const Signature*>(callee->type);
    int64_t index = mb_.function(callee);
    t.fn = index >= 0 ? static_cast<uint32_t>(index) : mb_.native_wrapper(callee);
    if (t.method_sel) add(t.sig->recv->type);
  } else {
    t.sig = static_cast<const Signature*>(underlying(fun->type));
    t.layout.push_back(vm::GcSlot::Pointer);  // the function value
  }
  for (const Var* p : t.sig->params->vars) add(p->type);
  return t;
}

// Registers for the open-coded sites' operands and the mask, live for the
// whole function (the collector sees them at every safepoint; they are
// zero until their defer statement runs); and, for unnamed results, the
// registers return statements leave them in for the exit.
void FuncCompiler::setup_defers(const Signature* sig) {
  bool open = defer_plan_.open_coded;
  if (open) {
    defer_bits_ = alloc(1, Pos{});
    fn_.defer_bits = static_cast<uint16_t>(defer_bits_);
  }
  for (const ast::DeferStmt* d : defer_plan_.defers) {
    DeferTarget t = defer_target(d->call);
    vm::DeferSite site;
    site.fn = t.fn;
    site.slots = static_cast<uint16_t>(t.layout.size());
    site.open = open;
    site.line = d->pos.line;
    if (open) {
      int r = alloc(static_cast<int>(t.layout.size()), d->pos);
      site.reg = static_cast<uint16_t>(r);
      for (size_t k = 0; k < t.layout.size(); k++) reg_kind_[static_cast<size_t>(r) + k] = t.layout[k];
    } else {
      site.record_type = mb_.defer_record_type(t.layout);
    }
    defer_site_[d] = static_cast<uint32_t>(fn_.defer_sites.size());
    fn_.defer_sites.push_back(site);
    defer_targets_.push_back(std::move(t));
  }
  if (!sig->results->vars.empty() && named_results_.empty()) {
    hidden_results_ = alloc(static_cast<int>(fn_.num_results), Pos{});
    mark(hidden_results_, sig->results);
  }
}

// Evaluates the deferred call's function value and arguments now (Go's
// rule), then arms its bit or pushes its heap record.
void FuncCompiler::defer_stmt(ast::DeferStmt* s) {
  uint32_t index = defer_site_.at(s);
  const DeferTarget& t = defer_targets_[index];
  const vm::DeferSite site = fn_.defer_sites[index];
  ast::CallExpr* e = s->call;
  int saved = free_;
  int base = call_operands(e, t, true);
  set_line(s);
  if (site.open) {
    move(site.reg, base, site.slots);
    emit(vm::make_abc(Opcode::DEFERBIT, static_cast<uint32_t>(defer_bits_), index, 0));
  } else {
    emit_x(Opcode::DEFERPROC, base, 0, 0, index);
  }
  free_ = saved;
}

int FuncCompiler::call_operands(ast::CallExpr* e, const DeferTarget& t, bool for_defer) {
  int base = free_;
  if (t.builtin) {
    for (ast::Expr* arg : e->args) {
      if (arg->constant) continue;
      int r = alloc(width_of(arg->type), arg->pos);
      expr_to(arg, r);
      mark(r, arg->type);
    }
  } else {
    if (t.fn == vm::kDeferFuncValue) {
      int c = alloc(1, e->pos);
      if (t.iface_sel) {
        iface_method_value(t.iface_sel, c);
      } else {
        ast::Expr* fun = unparen(e->fun);
        defer_closure_ = for_defer && fun->kind == ast::Kind::FuncLit;
        expr_to(fun, c);
        defer_closure_ = false;
      }
      mark(c, e->fun->type);
    } else if (t.method_sel) {
      receiver(t.method_sel, t.sig->recv->type, -1);
    }
    call_args(e, t.sig);
  }
  return base;
}

// go f(x): the operands are evaluated now, in this goroutine, as for defer.
void FuncCompiler::go_stmt(ast::GoStmt* s) {
  DeferTarget t = defer_target(s->call);
  vm::DeferSite site;
  site.fn = t.fn;
  site.slots = static_cast<uint16_t>(t.layout.size());
  site.line = s->pos.line;
  site.record_type = mb_.defer_record_type(t.layout);  // the new goroutine's start record
  auto index = static_cast<uint32_t>(fn_.go_sites.size());
  fn_.go_sites.push_back(site);
  int saved = free_;
  int base = call_operands(s->call, t, false);
  set_line(s);
  emit_x(Opcode::GO, base, 0, 0, index);
  free_ = saved;
}

// The exit every return reaches (gc's deferreturn point; a recovered
// panic resumes here): run the pending defers, newest first, then return.
void FuncCompiler::emit_defer_exit() {
  patch_all(exit_jumps_, here());
  fn_.defer_exit = static_cast<uint32_t>(here());
  if (defer_plan_.open_coded) {
    for (size_t i = fn_.defer_sites.size(); i-- > 0;)
      emit(vm::make_abc(Opcode::RUNDEFERBIT, static_cast<uint32_t>(defer_bits_), static_cast<uint32_t>(i), 0));
  } else {
    size_t at = emit(vm::make_sj(Opcode::DEFERRETURN, 1));  // none left: skip the jump back
    emit(vm::make_sj(Opcode::JMP, static_cast<int32_t>(at) - static_cast<int32_t>(here() + 1)));
  }
  if (fn_.num_results == 0) emit(vm::make_abc(Opcode::RET0, 0, 0, 0));
  else if (hidden_results_ >= 0) emit(vm::make_abc(Opcode::RET, static_cast<uint32_t>(hidden_results_), fn_.num_results, 0));
  else emit(vm::make_abc(Opcode::RET, static_cast<uint32_t>(named_results()), fn_.num_results, 0));
}

void FuncCompiler::return_stmt(ast::ReturnStmt* s) {
  const auto& results = sig_->results->vars;
  if (has_defers() && (results.empty() || s->results.empty())) {
    exit_jumps_.push_back(jump());  // the exit runs the defers, then returns
    return;
  }
  if (results.empty()) {
    emit(vm::make_abc(Opcode::RET0, 0, 0, 0));
    return;
  }
  int width = 0;
  for (const Var* r : results) width += abi_width(r->type);
  if (s->results.empty()) {
    int saved = free_;
    int first = named_results();
    free_ = saved;
    emit(vm::make_abc(Opcode::RET, static_cast<uint32_t>(first), static_cast<uint32_t>(width), 0));
    return;
  }
  int saved = free_;
  int base;
  if (s->results.size() == 1 && results.size() > 1) {
    auto* c = ast::as<ast::CallExpr>(unparen(s->results[0]));
    base = call(c, -1, true);
    // return f(): f's concrete results become this function's interfaces.
    const auto* from = static_cast<const Signature*>(underlying(c->fun->type))->results;
    bool convert = false;
    for (size_t i = 0; i < results.size(); i++)
      convert = convert || (rep_of(results[i]->type) == Rep::Iface && rep_of(from->vars[i]->type) != Rep::Iface);
    if (convert) {
      int out = alloc(width, s->pos);
      int at = out, src = base;
      for (size_t i = 0; i < results.size(); i++) {
        const Type* ft = from->vars[i]->type;
        if (rep_of(results[i]->type) == Rep::Iface && rep_of(ft) != Rep::Iface) {
          int from_reg = src;
          to_iface(ft, at, [&](int d) { move(d, from_reg, abi_width(ft)); });
        } else {
          move(at, src, abi_width(ft));
        }
        at += abi_width(results[i]->type);
        src += abi_width(ft);
      }
      base = out;
    }
  } else if (s->results.size() == 1 && width == 1) {
    base = expr(s->results[0], -1);  // a local can be returned from its own register
  } else {
    base = alloc(width, s->pos);
    int at = base;
    for (size_t i = 0; i < s->results.size(); i++) {
      if (huge_value(results[i]->type)) {
        fresh_value(s->results[i], results[i]->type, at, s->pos);  // the caller's own copy
      } else if (rep_of(results[i]->type) == Rep::Iface && rep_of(s->results[i]->type) != Rep::Iface) {
        to_iface(s->results[i]->type, at, [&](int d) { expr_ref(s->results[i], d); });
      } else {
        expr_to(s->results[i], at);
      }
      at += abi_width(results[i]->type);
    }
  }
  if (has_defers()) {
    // return x with defers: x goes to the results first, where deferred
    // calls see (and may change) named ones; the exit then returns them.
    if (hidden_results_ >= 0) {
      move(hidden_results_, base, width);
    } else {
      int at = base;
      for (const Var* v : named_results_) {
        int w = width_of(v->type);
        if (huge_value(v->type)) {
          copy_loc(Loc{Loc::Box, locals_.at(v), 0}, Loc{Loc::Box, at, 0}, w, s->pos);
          at += 2;
          continue;
        }
        if (in_cell(v)) store_loc(Loc{Loc::Box, locals_.at(v), 0}, at, w);
        else move(locals_.at(v), at, w);
        at += w;
      }
    }
    free_ = saved;
    exit_jumps_.push_back(jump());
    return;
  }
  free_ = saved;
  emit(vm::make_abc(Opcode::RET, static_cast<uint32_t>(base), static_cast<uint32_t>(width), 0));
}

void FuncCompiler::compile_func(const Signature* sig, const ast::FuncType* ft, ast::BlockStmt* body,
                                const std::vector<Var*>* captures) {
  sig_ = sig;
  std::vector<std::pair<const Var*, int>> params;
  std::vector<const Var*> all_params;
  if (sig->recv) all_params.push_back(sig->recv);
  all_params.insert(all_params.end(), sig->params->vars.begin(), sig->params->vars.end());
  for (const Var* p : all_params) {
    int r = alloc(abi_width(p->type), Pos{});
    mark_abi(r, p->type);
    params.emplace_back(p, r);
  }
  fn_.num_params = static_cast<uint32_t>(free_);
  for (const Var* r : sig->results->vars) fn_.num_results += static_cast<uint32_t>(abi_width(r->type));
  // A literal's captured variables: their cells' pointers, from the closure.
  if (captures) {
    int at = 0;
    for (const Var* v : *captures) {
      int r = alloc(2, Pos{});
      emit(vm::make_abc(Opcode::GETCELL, static_cast<uint32_t>(r), static_cast<uint32_t>(at), 0));
      mark_pointer(r);
      locals_[v] = r;
      at++;
    }
  }
  for (auto& [p, r] : params) {
    if (huge_value(p->type)) locals_[p] = r;  // the caller's new copy is the variable's cell
    else bind_local(p, r, Pos{});
  }
  bool named = ft->results && !ft->results->list.empty() && !ft->results->list[0]->names.empty();
  if (named) {
    for (Var* r : sig->results->vars) {
      named_results_.push_back(r);
      if (huge_value(r->type)) {
        int reg = alloc(2, Pos{});
        emit_x(Opcode::NEW, reg, 0, 3, mb_.type_id(r->type));
        mark_pointer(reg);
        locals_[r] = reg;
        continue;
      }
      int reg = alloc(width_of(r->type), Pos{});  // zeroed on frame entry
      mark(reg, r->type);
      bind_local(r, reg, Pos{});
    }
  }
  defer_plan_ = plan_defers(body);
  if (has_defers()) setup_defers(sig);
  block(body->list);
  set_line(nullptr);
  line_ = body->rbrace.line;
  if (has_defers()) emit_defer_exit();
  else if (sig->results->vars.empty()) emit(vm::make_abc(Opcode::RET0, 0, 0, 0));
  else if (named) {
    emit(vm::make_abc(Opcode::RET, static_cast<uint32_t>(named_results()), fn_.num_results, 0));
  } else {
    // Unreachable by "missing return"; keep the frame well-formed anyway.
    emit(vm::make_abc(Opcode::RET0, 0, 0, 0));
  }
  for (auto& [at, b] : gotos_) {
    auto it = label_pc_.find(b->label->name);
    if (it == label_pc_.end()) throw Unsupported{b->pos, "this goto is"};
    size_t target = it->second;
    if (target <= at) fn_.code[at] = vm::make_sj(Opcode::LOOP, static_cast<int32_t>(target) - static_cast<int32_t>(at + 1));
    else patch(at, target);
  }
  fn_.num_registers = static_cast<uint32_t>(std::max(max_, 1));
}

void FuncCompiler::compile_entry() {
  const CheckedProgram& prog = mb_.program();
  Signature empty;
  Tuple none;
  empty.params = &none;
  empty.results = &none;
  sig_ = &empty;
  // Package-level arrays get their (zeroed) storage before any initializer.
  for (const auto& pkg : prog.packages) {
    for (const Var* g : pkg->globals) {
      if (!boxed_global(g)) continue;
      int p = alloc(2, g->pos);
      emit_x(Opcode::NEW, p, 0, 3, mb_.type_id(g->type));
      mark_pointer(p);
      emit(vm::make_abx(Opcode::SETG, static_cast<uint32_t>(p), mb_.global(g)));
      emit(vm::make_abx(Opcode::SETG, static_cast<uint32_t>(p + 1), mb_.global(g) + 1));
      free_ = p;
    }
  }
  for (const auto& pkg : prog.packages) {
    for (const InitEntry& init : pkg->init_order) {
      set_line(init.rhs);
      int saved = free_;
      if (init.lhs.size() > 1) {
        auto* c = ast::as<ast::CallExpr>(unparen(init.rhs));
        if (!c) throw Unsupported{init.rhs->pos, "this initializer is"};
        int base = call(c, -1, true);
        int at = base;
        for (const Var* v : init.lhs) {
          int w = width_of(v->type);
          if (v->name != "_") {
            int keep = free_;
            free_ = std::max(free_, at + w);
            store_loc(global_loc(v, init.rhs->pos), at, w);
            free_ = keep;
          }
          at += w;
        }
      } else {
        const Var* v = init.lhs[0];
        int w = width_of(v->type);
        int r = alloc(w, init.rhs->pos);
        if (rep_of(v->type) == Rep::Iface && rep_of(init.rhs->type) != Rep::Iface) {
          to_iface(init.rhs->type, r, [&](int d) { expr_ref(init.rhs, d); });
        } else {
          expr_to(init.rhs, r);
        }
        if (v->name != "_") store_loc(global_loc(v, init.rhs->pos), r, w);
      }
      free_ = saved;
    }
    for (const Func* f : pkg->init_funcs) emit(vm::make_abx(Opcode::CALL, static_cast<uint32_t>(free_), static_cast<uint32_t>(mb_.function(f))));
  }
  if (const Func* main = prog.main()->main) emit(vm::make_abx(Opcode::CALL, static_cast<uint32_t>(free_), static_cast<uint32_t>(mb_.function(main))));
  emit(vm::make_abc(Opcode::HALT, 0, 0, 0));
  fn_.num_registers = static_cast<uint32_t>(std::max(max_, 1) + 1);
}

// ------------------------------------------------------------ module

std::unique_ptr<vm::Module> ModuleBuilder::build() {
  // Function 0 is the entry driver; then every function with a body, then
  // literals and wrappers as codegen meets them.
  new_function("gosub.entry", "");
  for (const auto& pkg : prog_.packages) {
    for (const Var* g : pkg->globals) {
      globals_[g] = mod_->num_globals;
      if (rep_of(g->type) == Rep::Array) {
        // A package-level array: its slots hold a pointer to its array object.
        mod_->num_globals += 2;
        mod_->global_layout.push_back(vm::GcSlot::Pointer);
        mod_->global_layout.push_back(vm::GcSlot::Scalar);
        continue;
      }
      mod_->num_globals += static_cast<uint32_t>(width_of(g->type));
      for (vm::GcSlot k : gc_layout(g->type)) mod_->global_layout.push_back(k);
    }
  }
  bool ok = true;
  auto guarded = [&](auto&& fn) {
    try {
      fn();
    } catch (const Unsupported& u) {
      diags_.error(u.pos, "gosub: " + u.what + " not supported yet");
      ok = false;
    }
  };
  // The entry (package initializers, init functions, main.main) first;
  // then whatever it reaches, transitively.
  vm::Function& entry = functions_[0];
  entry.file = prog_.main() && !prog_.main()->files.empty() ? prog_.sources.file(prog_.main()->files[0]->pos.file).name() : "";
  guarded([&] {
    FuncCompiler fc(*this, entry, nullptr);
    fc.compile_entry();
  });
  // Runtime errors panic with values of package runtime's types (the
  // loader always includes it).
  for (const auto& pkg : prog_.packages) {
    if (pkg->path != "runtime") continue;
    auto named = [&](std::string_view name) -> const Type* {
      Object* o = pkg->lookup(name);
      return o && o->kind == ObjKind::TypeName ? o->type : nullptr;
    };
    const Type* assertion = named("TypeAssertionError");
    if (!named("errorString") || !named("plainError") || !named("boundsError") || !assertion) break;
    vm::Module::RuntimeErrorTypes& rt = mod_->runtime_errors;
    rt.error_string = type_id(named("errorString"));
    rt.plain_error = type_id(named("plainError"));
    rt.bounds_error = type_id(named("boundsError"));
    rt.type_assertion = type_id(prog_.types->pointer(assertion));
    rt.type_assertion_struct = type_id(assertion);
  }
  while (!pending_.empty()) {
    const Func* f = pending_.back();
    pending_.pop_back();
    vm::Function& fn = functions_[funcs_[f]];
    guarded([&] {
      FuncCompiler fc(*this, fn, f->decl);
      fc.compile_func(static_cast<const Signature*>(f->type), f->decl->ftype, f->decl->body);
    });
  }
  if (!ok) return nullptr;
  mod_->functions.assign(std::make_move_iterator(functions_.begin()), std::make_move_iterator(functions_.end()));
  return std::move(mod_);
}

}  // namespace

std::unique_ptr<vm::Module> compile_program(const CheckedProgram& program, Diagnostics& diags) {
  ModuleBuilder builder(program, diags);
  return builder.build();
}

}  // namespace gosub
