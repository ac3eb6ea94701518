#include "runtime/slice.h"

#include <algorithm>
#include <array>

namespace gosub::rt {

namespace {
// Go 1.19 size classes in bytes (class 0 omitted).
constexpr std::array<uint32_t, 67> kSizeClasses = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,   192,
    208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,   640,
    704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,  3200,
    3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288,
    13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr uint64_t kPageSize = 8192;
}  // namespace

uint64_t go_round_up_size(uint64_t bytes) {
  if (bytes <= kSizeClasses.back()) {
    auto it = std::lower_bound(kSizeClasses.begin(), kSizeClasses.end(), bytes);
    return *it;
  }
  if (bytes + kPageSize < bytes) return bytes;
  return (bytes + kPageSize - 1) / kPageSize * kPageSize;
}

uint64_t grow_capacity(uint64_t old_cap, uint64_t needed, uint64_t elem_size) {
  uint64_t newcap = old_cap;
  uint64_t doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else {
    constexpr uint64_t kThreshold = 256;
    if (old_cap < kThreshold) {
      newcap = doublecap;
    } else {
      // Transition from 2x growth for small slices to 1.25x for large.
      while (newcap < needed) newcap += (newcap + 3 * kThreshold) / 4;
    }
  }
  if (elem_size == 0) return needed;
  // The allocation is rounded up to a size class; the extra room is cap.
  return go_round_up_size(newcap * elem_size) / elem_size;
}

uint64_t max_slice_len(uint64_t elem_size, uint32_t elem_slots) {
  constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;
  constexpr uint64_t kMaxArrayBytes = (uint64_t{1} << 32) - 64;  // ObjHeader::size is 32 bits
  uint64_t by_go = elem_size ? kMaxAlloc / elem_size : kMaxAlloc;
  uint64_t by_slots = elem_slots ? kMaxArrayBytes / (elem_slots * 8) : kMaxAlloc;
  return std::min(by_go, by_slots);
}

std::string bounds_error(BoundsKind kind, int64_t x, int64_t y) {
  std::string xs = std::to_string(x), ys = std::to_string(y);
  bool neg = x < 0;  // Go prints a negative index without the bound it failed
  switch (kind) {
    case BoundsKind::Index: return "index out of range [" + xs + (neg ? "]" : "] with length " + ys);
    case BoundsKind::SliceAlen: return "slice bounds out of range [:" + xs + (neg ? "]" : "] with length " + ys);
    case BoundsKind::SliceAcap: return "slice bounds out of range [:" + xs + (neg ? "]" : "] with capacity " + ys);
    case BoundsKind::SliceB: return "slice bounds out of range [" + xs + ":" + (neg ? "" : ys) + "]";
    case BoundsKind::Slice3Alen: return "slice bounds out of range [::" + xs + (neg ? "]" : "] with length " + ys);
    case BoundsKind::Slice3Acap: return "slice bounds out of range [::" + xs + (neg ? "]" : "] with capacity " + ys);
    case BoundsKind::Slice3B: return "slice bounds out of range [:" + xs + ":" + (neg ? "" : ys) + "]";
    case BoundsKind::Slice3C: return "slice bounds out of range [" + xs + ":" + (neg ? "" : ys) + ":]";
  }
  return "index out of range";
}

}  // namespace gosub::rt
