#include "vm/bytecode.h"

#include <algorithm>

namespace gosub::vm {

namespace {
struct OpInfo {
  const char* name;
  Format format;
  bool safepoint;
  const char* doc;
};
constexpr bool GC = true;
constexpr bool NO = false;
constexpr OpInfo kOps[] = {
#define OP(name, format, gc, doc) {#name, Format::format, gc, doc},
#include "vm/opcodes.def"
#undef OP
};
}  // namespace

const char* opcode_name(Opcode op) { return kOps[static_cast<size_t>(op)].name; }
Format opcode_format(Opcode op) { return kOps[static_cast<size_t>(op)].format; }
const char* opcode_doc(Opcode op) { return kOps[static_cast<size_t>(op)].doc; }
bool opcode_is_safepoint(Opcode op) { return kOps[static_cast<size_t>(op)].safepoint; }

const Safepoint* Function::safepoint_at(uint32_t pc) const {
  auto it = std::lower_bound(safepoints.begin(), safepoints.end(), pc,
                             [](const Safepoint& s, uint32_t p) { return s.pc < p; });
  return it != safepoints.end() && it->pc == pc ? &*it : nullptr;
}

}  // namespace gosub::vm
