package main

import "fmt"

func run() {
	fmt.Println("start")
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	defer fmt.Println("deferred 3")
	fmt.Println("end of body")
}

func main() {
	run()
	fmt.Println("back in main")
	defer fmt.Println("main deferred first")
	defer fmt.Println("main deferred last")
	fmt.Println("main body done")
}

// Output:
// start
// end of body
// deferred 3
// deferred 2
// deferred 1
// back in main
// main body done
// main deferred last
// main deferred first
