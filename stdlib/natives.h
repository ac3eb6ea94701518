// The native half of the standard library: every stdlib function declared
// without a body in stdlib/go/<pkg>/*.go, by qualified name.
#pragma once

#include "vm/vm.h"

namespace gosub::stdlib {

// Immutable after first use; shared by every VM.
const vm::NativeTable& standard_natives();

// strings, unicode and sort (natives_text.cpp); it adds math's too.
void add_text_natives(vm::NativeTable& table);
// os, syscall and bufio (natives_io.cpp).
void add_io_natives(vm::NativeTable& table);
// math (natives_math.cpp).
void add_math_natives(vm::NativeTable& table);

}  // namespace gosub::stdlib
