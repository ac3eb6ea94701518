// One 64-bit register, constant, global or heap-array element. Values of
// every Go type are made of slots; the VM, the heap and natives share it.
#pragma once

#include <cstdint>

namespace gosub::rt {

union Slot {
  int64_t i;
  uint64_t u;
  double f;
  void* p;
};
static_assert(sizeof(Slot) == 8);

}  // namespace gosub::rt
