package main

func main() {
	var f float32 = 0.1
	panic(f)
}

// Stderr:
// panic: +1.000000e-001
//
// goroutine 1 [running]:
//
// Exit: 2
