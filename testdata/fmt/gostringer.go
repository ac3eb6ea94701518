package main

import "fmt"

type G struct{}

func (G) GoString() string { return "G!" }

func main() {
	fmt.Printf("%#v %v\n", G{}, G{})
}

// Output:
// G! {}
