package main

type State string

func main() {
	var s State = "broken \"quoted\""
	panic(s)
}

// Stderr:
// panic: main.State("broken "quoted"")
//
// goroutine 1 [running]:
//
// Exit: 2
