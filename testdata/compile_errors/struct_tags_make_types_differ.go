package main

type A struct {
	X int `json:"x"`
}

func main() {
	var a A
	var b struct{ X int } = a
	_ = b
}

// Stderr:
// struct_tags_make_types_differ.go:9:26: cannot use a (variable of type A) as type struct{X int} in variable declaration
//
// Exit: 2
