package main

import "fmt"

func main() {
	seen := map[interface{}]bool{}
	for _, v := range []interface{}{1, "a", 2.5, []string{"x"}} {
		fmt.Println("adding", v)
		seen[v] = true
	}
}

// Output:
// adding 1
// adding a
// adding 2.5
// adding [x]
//
// Stderr:
// panic: runtime error: hash of unhashable type []string
//
// goroutine 1 [running]:
//
// Exit: 2
