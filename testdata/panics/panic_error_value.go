package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d happened", e.code) }

func main() {
	fmt.Println("start")
	var err error = E{7}
	panic(err)
}

// Output:
// start
//
// Stderr:
// panic: E7 happened
//
// goroutine 1 [running]:
//
// Exit: 2
