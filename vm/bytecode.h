// Bytecode: instruction encoding, functions and modules.
//
// Instruction words are 32 bits, the opcode in the low byte:
//
//   31        24 23        16 15         8 7          0
//  +------------+------------+------------+------------+
//  |     C      |     B      |     A      |   opcode   |  ABC, AB, A, ABsC (C signed)
//  +------------+------------+------------+------------+
//  |          Bx (unsigned) / sBx (signed)|     A      |  ABx, AsBx, Bx
//  +-------------------------+------------+------------+
//  |              sJ (signed, 24 bits)    |   opcode   |  sJ
//  +--------------------------------------+------------+
//
// ABJ / AsBJ (compare-and-branch) take a second word: a signed 32-bit jump
// offset. ABCx takes a second word holding an unsigned 32-bit operand X
// (slice ops: element width and type, see elem_word(); BOX: a type index). All jump offsets are relative to the pc of the next instruction
// (after the extra word for two-word forms).
//
// Limits: 256 registers per frame (A, B, C are 8 bits), 65536 constants,
// functions, natives and globals per module (Bx is 16 bits).
//
// Registers are 8-byte slots (Slot). Scalars of every Go type occupy one
// slot: ints are kept sign- or zero-extended to 64 bits (SEXT*/ZEXT* after
// arithmetic on narrow types), float32 values are float64 slots rounded to
// float32 precision, bools are 0/1, strings are a StringObj* (null is "").
// Composite values: a value of a type has a fixed slot width known to the
// compiler. Interfaces are 2 (type index, data: the value itself when it
// fits one slot, else a pointer to a heap box). Slices are 4 (ArrayObj*,
// offset, len, cap): the backing array is addressed by its header so the
// collector never has to resolve interior pointers; pointers likewise are
// 2 (base object, address). Function values are 1 (a closure object).
// Structs are flattened into consecutive slots.
//
// GC pointer maps: at every safepoint instruction (GC in opcodes.def) the
// function records which registers then hold live pointers (or interface
// type words); see Safepoint. Registers outside the map are dead or scalar.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/slot.h"

namespace gosub::vm {

enum class Opcode : uint8_t {
#define OP(name, format, gc, doc) name,
#include "vm/opcodes.def"
#undef OP
  kCount
};

enum class Format : uint8_t { None, A, AB, ABC, ABsC, ABx, AsBx, Bx, sJ, ABJ, AsBJ, ABCx };

const char* opcode_name(Opcode op);
Format opcode_format(Opcode op);
const char* opcode_doc(Opcode op);
// A safepoint: the instruction may allocate; it has a GC pointer map.
bool opcode_is_safepoint(Opcode op);
// Number of 32-bit words the instruction occupies (1 or 2).
inline int instruction_words(Format f) { return f == Format::ABJ || f == Format::AsBJ || f == Format::ABCx ? 2 : 1; }

using Instr = uint32_t;

inline Opcode op_of(Instr i) { return static_cast<Opcode>(i & 0xff); }
inline uint32_t arg_a(Instr i) { return (i >> 8) & 0xff; }
inline uint32_t arg_b(Instr i) { return (i >> 16) & 0xff; }
inline uint32_t arg_c(Instr i) { return i >> 24; }
inline int32_t arg_sb(Instr i) { return static_cast<int8_t>((i >> 16) & 0xff); }
inline int32_t arg_sc(Instr i) { return static_cast<int8_t>(i >> 24); }
inline uint32_t arg_bx(Instr i) { return i >> 16; }
inline int32_t arg_sbx(Instr i) { return static_cast<int16_t>(i >> 16); }
inline int32_t arg_sj(Instr i) { return static_cast<int32_t>(i) >> 8; }

inline Instr make_abc(Opcode op, uint32_t a, uint32_t b, uint32_t c) {
  return static_cast<uint32_t>(op) | (a & 0xff) << 8 | (b & 0xff) << 16 | (c & 0xff) << 24;
}
inline Instr make_abx(Opcode op, uint32_t a, uint32_t bx) {
  return static_cast<uint32_t>(op) | (a & 0xff) << 8 | (bx & 0xffff) << 16;
}
inline Instr make_asbx(Opcode op, uint32_t a, int32_t sbx) {
  return make_abx(op, a, static_cast<uint32_t>(sbx) & 0xffff);
}
inline Instr make_sj(Opcode op, int32_t sj) {
  return static_cast<uint32_t>(op) | static_cast<uint32_t>(sj) << 8;
}

using Slot = rt::Slot;

// Constant pool entry. Strings are materialized as heap strings when a VM
// loads the module; the rest are raw bits.
struct Constant {
  enum class Kind : uint8_t { Int, Float, String } kind = Kind::Int;
  Slot bits{};
  std::string str;
};

// What a slot holds for the collector (rt::SlotKind's values).
enum class GcSlot : uint8_t { Scalar = 0, Pointer = 1, IfaceType = 2 };

// The live pointer registers at one safepoint: gc_regs[begin, end) of the
// function, each (register | GcSlot << 8).
struct Safepoint {
  uint32_t pc;  // index of the instruction's first word
  uint32_t begin, end;
};

// One defer statement's deferred call (SPEC §5, docs/defer.md): the
// function it calls and where its arguments wait. Arguments (receiver
// first) are evaluated at the defer statement; a function value, when the
// call has one, comes first and takes a slot of its own.
constexpr uint32_t kDeferFuncValue = UINT32_MAX;
struct DeferSite {
  uint32_t fn = kDeferFuncValue;  // the function index, or kDeferFuncValue: a closure in the first slot
  uint16_t slots = 0;             // slots to copy (closure included)
  uint16_t reg = 0;               // open-coded: the frame registers holding them
  uint32_t record_type = 0;       // heap (DEFERPROC): the record's layout type
  bool open = false;              // open-coded (a bit in the frame's mask) or a heap record
  int32_t line = 0;               // the defer statement's line
};

// One select statement's cases, in source order: the registers holding
// each channel and its send value or receive destination (evaluated
// before the SELECT). The chosen case's index goes to the SELECT's
// register; cases.size() means default.
constexpr uint16_t kNoSelectOk = UINT16_MAX;
struct SelectCase {
  uint16_t chan = 0;
  uint16_t value = 0;               // send: the value; receive: the destination
  uint16_t ok = kNoSelectOk;        // a comma-ok receive's flag register
  uint16_t width = 0;               // the element's slots (a nil channel has none to tell)
  bool send = false;
};
struct SelectSite {
  std::vector<SelectCase> cases;
  bool has_default = false;
};

struct Function {
  std::string name;        // "main.fib" (qualified, as traces print it)
  std::string file;        // source file name as given to the compiler
  uint32_t num_params = 0;   // parameter slots (R[0..num_params))
  uint32_t num_results = 0;  // result slots
  uint32_t num_registers = 0;  // frame size in slots
  std::vector<Instr> code;
  std::vector<int32_t> lines;  // source line of each code word
  std::vector<Safepoint> safepoints;  // sorted by pc
  std::vector<uint16_t> gc_regs;
  // Defers: open-coded sites come first (site i is bit i of the mask in
  // register defer_bits). defer_exit is the word where every return runs
  // the pending defers and returns (gc's deferreturn point); a recovered
  // panic resumes the frame there. UINT32_MAX: no defers.
  std::vector<DeferSite> defer_sites;
  std::vector<DeferSite> go_sites;  // go statements' calls (same shape; never open)
  std::vector<SelectSite> select_sites;
  uint32_t defer_exit = UINT32_MAX;
  uint16_t defer_bits = 0;
  const Safepoint* safepoint_at(uint32_t pc) const;
};

// A native bound by qualified name ("fmt.Println"); the VM resolves names
// to implementations when it loads the module.
struct NativeRef {
  std::string name;
  uint32_t num_args = 0;     // argument slots
  uint32_t num_results = 0;  // result slots
};

// What the runtime knows of a Go type: enough to print it (fmt's %v and
// %T) and to compare interface values. Interface values are two slots:
// (index into Module::types, data); index 0 is the nil interface.
struct TypeInfo {
  enum class Kind : uint8_t { Nil, Bool, Int, Uint, Uintptr, Float32, Float64, String, Slice, Interface, Pointer, Struct, Func, Map, Array, Chan } kind = Kind::Nil;
  uint8_t bits = 64;  // width of Int/Uint kinds
  std::string name;   // "int", "main.Celsius", "uint8"
  uint32_t elem = 0;  // Slice, Pointer, Map, Array, Chan: the element's type index
  uint32_t key = 0;   // Map: the key's type index
  uint64_t len = 0;   // Array: the length
  struct Field {
    std::string name;
    uint32_t type;    // type index
    uint32_t offset;  // first slot within the struct value
    bool embedded;
  };
  std::vector<Field> fields;  // Struct
  uint32_t slots = 1; // width of a value in slots (> 1: boxed in interfaces)
  // A value too wide for a frame's registers (an array or struct of more
  // than 250 slots): passed as a receiver or argument through a pointer (2
  // slots) to a fresh heap copy the callee owns.
  bool by_pointer = false;
  uint64_t go_size = 8;  // bytes as gc lays the type out (append's growth rounds by it)
  std::vector<GcSlot> layout;  // per slot; empty: no pointers
  // Method set, sorted by name index (Module::method_names): for concrete
  // types the function an interface call runs (its receiver is the value
  // unpacked from the interface); for interfaces, the methods required.
  std::vector<std::pair<uint32_t, uint32_t>> methods;
  // The functions of `Error() string` and `String() string` in the method
  // set (fmt honours them), or UINT32_MAX.
  uint32_t error_method = UINT32_MAX;
  uint32_t string_method = UINT32_MAX;
  uint32_t gostring_method = UINT32_MAX;  // GoString() string, for %#v
  // Stored in an interface, is the data word a heap pointer? (boxed values
  // and one-slot pointer-like values: strings, and later pointers, maps...)
  bool iface_data_is_pointer() const {
    return slots > 1 || (!layout.empty() && layout[0] == GcSlot::Pointer) || kind == Kind::String ||
           kind == Kind::Func;
  }
};

// The X operand of slice ops: element width in slots (low 8 bits) and the
// element's type index (its layout for the collector, its Go size for
// append's growth). Elements of 255 slots or more store kWideElem: their
// width is the element type's (TypeInfo::slots).
constexpr uint32_t kWideElem = 0xff;
// Flags in the X operand of map ops (X & kMapTypeMask: the map type).
constexpr uint32_t kMapTypeMask = 0x3fffffff;
constexpr uint32_t kMapCommaOk = 1u << 31;            // MAPGET, MAPGETP
constexpr uint32_t kMapKeyInMemory = 1u << 30;        // MAPGET, MAPGETP, MAPSET, MAPSETP, MAPDEL: a pointer to the key
constexpr uint32_t kMapNextKeyInMemory = 1u << 31;    // MAPNEXT: the key to memory (a pointer at R[B])
constexpr uint32_t kMapNextValueInMemory = 1u << 30;  // MAPNEXT: the value to memory (a pointer at R[C])
inline uint32_t elem_word(uint32_t slots, uint32_t type) { return (slots >= kWideElem ? kWideElem : slots) | type << 8; }
inline uint32_t elem_slots(uint32_t x) { return x & 0xff; }  // kWideElem: see the element type
inline uint32_t elem_type(uint32_t x) { return x >> 8; }

struct Module {
  std::vector<TypeInfo> types{TypeInfo{}};  // types[0]: nil
  std::vector<Function> functions;
  std::vector<Constant> constants;
  std::vector<NativeRef> natives;
  uint32_t num_globals = 0;
  std::vector<GcSlot> global_layout;  // per global slot (may be shorter: the rest are scalars)
  std::vector<std::string> method_names;  // interned methods: "Name func(params) results"
  std::vector<uint32_t> iface_sites;      // per CALLM site: the method name index
  // The runtime's error types (package runtime, always loaded): the
  // dynamic types of the values runtime errors panic with.
  struct RuntimeErrorTypes {
    uint32_t error_string = 0;    // runtime.errorString: "runtime error: " + text
    uint32_t plain_error = 0;     // runtime.plainError: text as it is
    uint32_t bounds_error = 0;    // runtime.boundsError: index and slice bounds
    uint32_t type_assertion = 0;  // *runtime.TypeAssertionError
    uint32_t type_assertion_struct = 0;  // runtime.TypeAssertionError (the pointee)
  } runtime_errors;
  uint32_t entry = 0;  // the driver function: runs package inits, then main.main, then HALT
};

}  // namespace gosub::vm
