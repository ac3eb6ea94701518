package main

func main() {
	foo()
}

// Stderr:
// undefined_name.go:4:2: undefined: foo
//
// Exit: 2
