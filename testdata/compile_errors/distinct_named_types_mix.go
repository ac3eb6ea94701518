package main

import "fmt"

type Meters float64
type Feet float64

func main() {
	var m Meters = 3
	var f Feet = 4
	fmt.Println(m + f)
}

// Stderr:
// distinct_named_types_mix.go:11:14: invalid operation: m + f (mismatched types Meters and Feet)
//
// Exit: 2
