// Copyright 2017 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// gosub: Go 1.19's slice.go with reflectlite's Len and Swapper as natives
// (stdlib/natives_text.cpp).
package sort

// sliceLen is the length of the slice in x; when x holds no slice it
// panics as reflect's method (Swapper, Len) would.
func sliceLen(x any, method string) int

// sliceSwap swaps elements i and j of the slice in x.
func sliceSwap(x any, i, j int)

func swapper(x any) func(i, j int) {
	return func(i, j int) { sliceSwap(x, i, j) }
}

// Slice sorts the slice x given the provided less function.
// It panics if x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
// For a stable sort, use SliceStable.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
func Slice(x any, less func(i, j int) bool) {
	length := sliceLen(x, "Swapper")
	swap := swapper(x)
	limit := bitsLen(uint(length))
	pdqsort_func(lessSwap{less, swap}, 0, length, limit)
}

// SliceStable sorts the slice x using the provided less
// function, keeping equal elements in their original order.
// It panics if x is not a slice.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
func SliceStable(x any, less func(i, j int) bool) {
	length := sliceLen(x, "Swapper")
	stable_func(lessSwap{less, swapper(x)}, length)
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
// It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x, "reflect.Value.Len")
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
