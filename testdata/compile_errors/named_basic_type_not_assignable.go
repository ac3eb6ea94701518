package main

import "fmt"

type Celsius float64
type Count int

func main() {
	var c Celsius = 20
	var f float64 = c
	var n Count = 3
	var i int
	i = n
	fmt.Println(f, i, c == 20.0, n < 4)
	fmt.Println(n == i)
}

// Stderr:
// named_basic_type_not_assignable.go:10:18: cannot use c (variable of type Celsius) as type float64 in variable declaration
// named_basic_type_not_assignable.go:13:6: cannot use n (variable of type Count) as type int in assignment
// named_basic_type_not_assignable.go:15:19: invalid operation: n == i (mismatched types Count and int)
//
// Exit: 2
