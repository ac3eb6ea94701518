// Slice growth as Go 1.19's runtime.growslice computes it, so that the
// sequence of cap() values a program observes under gosub equals Go's.
#pragma once

#include <cstdint>
#include <string>

namespace gosub::rt {

// The size class Go's allocator would round an allocation of `bytes` to
// (runtime/sizeclasses.go; large objects round to 8 KiB pages).
uint64_t go_round_up_size(uint64_t bytes);

// New capacity for a slice of `old_cap` elements of `elem_size` bytes that
// must hold at least `needed` elements. elem_size 0 keeps `needed`.
uint64_t grow_capacity(uint64_t old_cap, uint64_t needed, uint64_t elem_size);

// Largest element count a slice of elem_size-byte elements may have (Go's
// maxAlloc bound; gosub also keeps one array under 4 GiB of slots).
uint64_t max_slice_len(uint64_t elem_size, uint32_t elem_slots);

// Go's runtime.boundsError texts (without "runtime error: "). x is the
// offending index, y the length, capacity or other bound it failed.
enum class BoundsKind { Index, SliceAlen, SliceAcap, SliceB, Slice3Alen, Slice3Acap, Slice3B, Slice3C };
std::string bounds_error(BoundsKind kind, int64_t x, int64_t y);

}  // namespace gosub::rt
