package main

func main() {
	panic(1.5)
}

// Stderr:
// panic: +1.500000e+000
//
// goroutine 1 [running]:
//
// Exit: 2
