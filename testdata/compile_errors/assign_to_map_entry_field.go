package main

type P struct{ X int }

func main() {
	m := map[string]P{"a": {1}}
	m["a"].X = 2
}

// Stderr:
// assign_to_map_entry_field.go:7:2: cannot assign to struct field m["a"].X in map
//
// Exit: 2
