package main

import "fmt"

type T struct {
	G func()
	I error
	S fmt.Stringer
}

func main() {
	fmt.Printf("%#v\n", T{})
	fmt.Printf("%#v\n", []error{nil})
	var f func()
	fmt.Printf("%#v\n", f)
	fmt.Printf("%#v\n", [][]byte{{1}})
}

// Output:
// main.T{G:(func())(nil), I:error(nil), S:fmt.Stringer(nil)}
// []error{error(nil)}
// (func())(nil)
// [][]uint8{[]uint8{0x1}}
