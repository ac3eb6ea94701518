package main

import "fmt"

type ID int

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[ID(1)] = "ID 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[nil] = "nil"
	m[struct{ A int }{1}] = "struct"
	fmt.Println(len(m), m[1], m[int64(1)], m[ID(1)], m["1"], m[1.0], m[true], m[nil], m[struct{ A int }{1}])
	var e error
	m[e] = "nil error overwrites nil"
	fmt.Println(len(m), m[nil])
	m[[]int{1}] = "boom"
}

// Output:
// 8 int 1 int64 1 ID 1 string 1 float 1 bool nil struct
// 8 nil error overwrites nil
//
// Stderr:
// panic: runtime error: hash of unhashable type []int
//
// goroutine 1 [running]:
//
// Exit: 2
