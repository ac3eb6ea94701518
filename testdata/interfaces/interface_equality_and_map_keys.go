package main

import "fmt"

type P struct{ X int }

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a == interface{}(int64(1)), a == interface{}(1.0))
	var c, d interface{} = P{1}, P{1}
	fmt.Println(c == d, c == interface{}(&P{1}))
	m := map[interface{}]string{}
	m[1] = "int"
	m[int8(1)] = "int8"
	m["1"] = "string"
	m[P{1}] = "P"
	m[[2]int{1, 1}] = "arr"
	m[true] = "bool"
	fmt.Println(len(m), m[1], m[int8(1)], m[P{1}], m[[2]int{1, 1}], m[false] == "")
	var e1, e2 error
	fmt.Println(e1 == e2)
}

// Output:
// true false false
// true false
// 6 int int8 P arr true
// true
