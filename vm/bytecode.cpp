#include "vm/bytecode.h"

namespace gosub::vm {

namespace {
struct OpInfo {
  const char* name;
  Format format;
  const char* doc;
};
constexpr OpInfo kOps[] = {
#define OP(name, format, doc) {#name, Format::format, doc},
#include "vm/opcodes.def"
#undef OP
};
}  // namespace

const char* opcode_name(Opcode op) { return kOps[static_cast<size_t>(op)].name; }
Format opcode_format(Opcode op) { return kOps[static_cast<size_t>(op)].format; }
const char* opcode_doc(Opcode op) { return kOps[static_cast<size_t>(op)].doc; }

}  // namespace gosub::vm
