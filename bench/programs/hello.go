// Workload: startup. Measures what `gosub run` costs before any real work:
// process start, compiling the program and its fmt import, and exit.
//
// bench: issue=2
// bench: startup
// bench: runs=20
// bench: target time gosub < 10ms
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
