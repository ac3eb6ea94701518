package main

type Port uint16

func main() {
	panic(Port(8080))
}

// Stderr:
// panic: main.Port(8080)
//
// goroutine 1 [running]:
//
// Exit: 2
