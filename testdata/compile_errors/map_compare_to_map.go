package main

func main() {
	a := map[int]int{}
	b := map[int]int{}
	_ = a == b
}

// Stderr:
// map_compare_to_map.go:6:6: invalid operation: a == b (map can only be compared to nil)
//
// Exit: 2
