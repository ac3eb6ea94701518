package main

type S struct{ f []int }

func main() {
	m := map[interface{}]int{}
	m[S{}] = 1
}

// Stderr:
// panic: runtime error: hash of unhashable type main.S
//
// goroutine 1 [running]:
//
// Exit: 2
