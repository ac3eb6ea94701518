package main

import "fmt"

func main() {
	m := map[string]map[string]int{}
	m["a"] = map[string]int{}
	m["a"]["b"]++
	fmt.Println(m)
	m["z"]["b"]++
}

// Output:
// map[a:map[b:1]]
//
// Stderr:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
//
// Exit: 2
