// The native half of the standard library: every stdlib function declared
// without a body in stdlib/go/<pkg>/*.go, by qualified name.
#pragma once

#include "vm/vm.h"

namespace gosub::stdlib {

// Immutable after first use; shared by every VM.
const vm::NativeTable& standard_natives();

}  // namespace gosub::stdlib
