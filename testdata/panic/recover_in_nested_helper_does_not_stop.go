package main

import "fmt"

func tryRecover() {
	r := recover()
	fmt.Println("helper recover returned:", r)
}

func main() {
	defer func() {
		fmt.Println("deferred func runs")
		tryRecover()
		fmt.Println("still panicking")
	}()
	panic("not stopped")
}

// Output:
// deferred func runs
// helper recover returned: <nil>
// still panicking
//
// Stderr:
// panic: not stopped
//
// goroutine 1 [running]:
//
// Exit: 2
