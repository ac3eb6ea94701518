package main

import "fmt"

var log []string

func top() {
	defer func() { log = append(log, "top: deferred") }()
	log = append(log, "top: work 1")
	log = append(log, "top: work 2")
}

func after() {
	log = append(log, "after: work 1")
	log = append(log, "after: work 2")
	defer func() { log = append(log, "after: deferred") }()
	log = append(log, "after: work 3")
}

func middle() (n int) {
	n = 10
	defer func() { fmt.Println("middle deferred sees n =", n) }()
	n = 20
	return n + 1
}

func main() {
	top()
	after()
	for _, s := range log {
		fmt.Println(s)
	}
	fmt.Println("middle returned", middle())
}

// Output:
// top: work 1
// top: work 2
// top: deferred
// after: work 1
// after: work 2
// after: work 3
// after: deferred
// middle deferred sees n = 21
// middle returned 21
