package main

import "fmt"

func c() {
	defer fmt.Println("c: defer")
	panic("from c")
}

func b() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("b recovered ", r)
		}
	}()
	defer fmt.Println("b: defer before recovery")
	c()
	return "b normal"
}

func a() {
	defer fmt.Println("a: defer (normal exit)")
	fmt.Println("a got:", b())
}

func main() {
	a()
	fmt.Println("main: recover outside a panic =", recover())
}

// Output:
// c: defer
// b: defer before recovery
// a got: b recovered from c
// a: defer (normal exit)
// main: recover outside a panic = <nil>
