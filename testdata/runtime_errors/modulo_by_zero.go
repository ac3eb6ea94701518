package main

func main() {
	x, y := 10, 0
	println(x % y)
}

// Stderr:
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
//
// Exit: 2
