package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var registry = map[string]func() string{}

func f(s string) int {
	fmt.Println("init", s)
	return len(s) + d
}

func init() {
	fmt.Println("init1", a, b, c)
	registry["x"] = func() string { return "X" }
}

func init() {
	fmt.Println("init2", len(registry))
}

func main() {
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	var nil = 5
	fmt.Println(nil)
	type int = string
	var x int = "str"
	fmt.Println(x)
	fmt.Println(registry["x"]())
}

// Output:
// init b
// init c
// init1 8 4 4
// init2 1
// 42
// false
// 5
// str
// X
