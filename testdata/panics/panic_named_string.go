package main

type MyStr string

func main() {
	panic(MyStr("oops"))
}

// Stderr:
// panic: main.MyStr("oops")
//
// goroutine 1 [running]:
//
// Exit: 2
