// Codegen entry point: a checked program -> a bytecode Module.
#pragma once

#include <memory>

#include "compiler/check.h"
#include "frontend/diagnostics.h"
#include "vm/bytecode.h"

namespace gosub {

// Compiles every function of every package plus the entry driver (package
// initialization in dependency order, init funcs, then main.main).
// Constructs the checker accepts but codegen does not compile yet are
// reported to `diags` as positioned errors naming them; the result is then
// null.
std::unique_ptr<vm::Module> compile_program(const types::CheckedProgram& program, Diagnostics& diags);

}  // namespace gosub
