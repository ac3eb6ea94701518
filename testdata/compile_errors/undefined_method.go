package main

type T struct{}

func main() {
	var t T
	t.Missing()
}

// Stderr:
// undefined_method.go:7:4: t.Missing undefined (type T has no field or method Missing)
//
// Exit: 2
