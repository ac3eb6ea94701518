package main

import "fmt"

type I interface{ M() }
type T struct{}

func (T) M() {}

func main() {
	var x any = T{}
	_, ok := x.(fmt.Stringer)
	fmt.Println(ok)
	var i I = T{}
	fmt.Println(i != nil)
	var y any = 3
	fmt.Println(y.(I))
}

// Output:
// false
// true
//
// Stderr:
// panic: interface conversion: int is not main.I: missing method M
//
// goroutine 1 [running]:
//
// Exit: 2
