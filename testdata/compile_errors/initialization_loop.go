package main

var a = b + 1
var b = a * 2

func main() {
	println(a, b)
}

// Stderr:
// initialization_loop.go:3:5: initialization loop for a
// 	initialization_loop.go:3:5: a refers to
// 	initialization_loop.go:4:5: b refers to
// 	initialization_loop.go:3:5: a
//
// Exit: 2
