package main

import "fmt"

type IOError struct {
	Op   string
	Code int
}

func (e *IOError) Error() string {
	return fmt.Sprintf("%s failed with code %d", e.Op, e.Code)
}

func open(name string) error {
	return &IOError{"open " + name, 13}
}

func main() {
	if err := open("data.txt"); err != nil {
		fmt.Println("got error, panicking")
		panic(err)
	}
}

// Output:
// got error, panicking
//
// Stderr:
// panic: open data.txt failed with code 13
//
// goroutine 1 [running]:
//
// Exit: 2
