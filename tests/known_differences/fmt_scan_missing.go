package main

import "fmt"

//gosub:stdin 3 4\n

func main() {
	var a, b int
	n, err := fmt.Scan(&a, &b)
	fmt.Println(n, err, a+b)
	var x int
	var s string
	fmt.Sscanf("7 go", "%d %s", &x, &s)
	fmt.Println(x, s)
}

// Output:
// 2 <nil> 7
// 7 go
