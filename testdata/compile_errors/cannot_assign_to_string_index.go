package main

func main() {
	s := "abc"
	s[0] = 'x'
}

// Stderr:
// cannot_assign_to_string_index.go:5:2: cannot assign to s[0] (value of type byte)
//
// Exit: 2
