package main

func main() {
	n := 3
	s := make([]int, n)
	_ = append(n, 1)
	_ = make(int)
	_ = append(s, "x")
	_ = copy(s, "abc")
	_ = s == s
	_ = cap("abc")
	_ = make([]int, 5, 2)
}

// Stderr:
// slice_builtin_misuse.go:6:13: first argument to append must be a slice; have n (variable of type int)
// slice_builtin_misuse.go:7:11: invalid argument: cannot make int; type must be slice, map, or channel
// slice_builtin_misuse.go:8:16: cannot use "x" (untyped string constant) as int value in argument to append
// slice_builtin_misuse.go:9:11: invalid argument: arguments to copy s (variable of type []int) and "abc" (untyped string constant) have different element types int and byte
// slice_builtin_misuse.go:10:6: invalid operation: s == s (slice can only be compared to nil)
// slice_builtin_misuse.go:11:10: invalid argument: "abc" (untyped string constant) for cap
// slice_builtin_misuse.go:12:18: invalid argument: length and capacity swapped
//
// Exit: 2
