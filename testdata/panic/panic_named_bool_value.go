package main

type Flag bool

func main() {
	var f Flag = !false
	panic(f)
}

// Stderr:
// panic: main.Flag(true)
//
// goroutine 1 [running]:
//
// Exit: 2
