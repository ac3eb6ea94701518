package main

import "fmt"

func main() {
	x := 1
	defer println("builtin println deferred, x =", x, true, "end")
	x = 2
	defer println()
	defer println(x, 3.5)
	fmt.Println("stdout: main body, x =", x)
	println("stderr: main body")
}

// Output:
// stdout: main body, x = 2
//
// Stderr:
// stderr: main body
// 2 +3.500000e+000
//
// builtin println deferred, x = 1 true end
