package main

import "fmt"

type T struct{ X int }

func main() {
	t := &T{}
	fmt.Println(t.Y)
}

// Stderr:
// undefined_struct_field_through_pointer.go:9:16: t.Y undefined (type *T has no field or method Y)
//
// Exit: 2
