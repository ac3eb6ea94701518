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

// Copies n slots (ranges may overlap). Most copies in the VM are one to
// four slots, where a libc memmove call costs more than the copy.
inline void move_slots(Slot* dst, const Slot* src, uint64_t n) {
  switch (n) {
    case 0: return;
    case 1: dst[0] = src[0]; return;
    case 2: {
      Slot a = src[0], b = src[1];
      dst[0] = a, dst[1] = b;
      return;
    }
    case 3: {
      Slot a = src[0], b = src[1], c = src[2];
      dst[0] = a, dst[1] = b, dst[2] = c;
      return;
    }
    case 4: {
      Slot a = src[0], b = src[1], c = src[2], d = src[3];
      dst[0] = a, dst[1] = b, dst[2] = c, dst[3] = d;
      return;
    }
    default: __builtin_memmove(dst, src, n * sizeof(Slot));
  }
}

// Zeroes n slots; a call's fresh registers are usually only a few.
inline void zero_slots(Slot* p, uint64_t n) {
  if (n > 8) {
    __builtin_memset(p, 0, n * sizeof(Slot));
    return;
  }
  switch (n) {  // falls through: one store per slot
    case 8: p[7].u = 0; [[fallthrough]];
    case 7: p[6].u = 0; [[fallthrough]];
    case 6: p[5].u = 0; [[fallthrough]];
    case 5: p[4].u = 0; [[fallthrough]];
    case 4: p[3].u = 0; [[fallthrough]];
    case 3: p[2].u = 0; [[fallthrough]];
    case 2: p[1].u = 0; [[fallthrough]];
    case 1: p[0].u = 0; [[fallthrough]];
    default: return;
  }
}

}  // namespace gosub::rt
