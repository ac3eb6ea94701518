// Bytecode listings: for `gosub disasm`, instruction traces and golden
// bytecode tests.
#pragma once

#include <string>
#include <string_view>

#include "vm/bytecode.h"

namespace gosub::vm {

// One function: a header line, then one line per instruction:
//   "  pc  line  OPCODE      operands   ; comment".
std::string disassemble_function(const Module& module, const Function& fn);
// Every function whose name equals `filter` or ends with "." + filter
// (all of them when the filter is empty), separated by blank lines.
std::string disassemble(const Module& module, std::string_view filter = {});

}  // namespace gosub::vm
