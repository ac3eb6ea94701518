package main

import "fmt"

type Key struct {
	A string
	B int
	C [2]bool
}

type WithIface struct {
	V interface{}
}

func main() {
	k1 := Key{"x", 1, [2]bool{true, false}}
	k2 := Key{"x", 1, [2]bool{true, false}}
	k3 := k1
	k3.C[1] = true
	fmt.Println(k1 == k2, k1 == k3, k1 != k3)
	m := map[Key]string{k1: "one"}
	fmt.Println(m[k2], m[k3] == "")
	w1 := WithIface{1}
	w2 := WithIface{1}
	w3 := WithIface{"1"}
	fmt.Println(w1 == w2, w1 == w3)
	type anon = struct{ X, Y int }
	fmt.Println(anon{1, 2} == struct{ X, Y int }{1, 2})
	var p1, p2 *Key = &k1, &k1
	fmt.Println(p1 == p2, &k1 == &k2)
}

// Output:
// true false true
// one true
// true false
// true
// true false
