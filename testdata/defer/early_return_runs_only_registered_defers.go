package main

import "fmt"

func f(n int) int {
	defer fmt.Println("  defer A (always registered)")
	if n == 0 {
		fmt.Println("  return before B")
		return 0
	}
	defer fmt.Println("  defer B")
	if n == 1 {
		fmt.Println("  return before C")
		return 1
	}
	defer fmt.Println("  defer C")
	fmt.Println("  fell through to the end")
	return 2
}

func main() {
	for n := 0; n < 3; n++ {
		fmt.Println("f(", n, ") start")
		r := f(n)
		fmt.Println("f(", n, ") =", r)
	}
}

// Output:
// f( 0 ) start
//   return before B
//   defer A (always registered)
// f( 0 ) = 0
// f( 1 ) start
//   return before C
//   defer B
//   defer A (always registered)
// f( 1 ) = 1
// f( 2 ) start
//   fell through to the end
//   defer C
//   defer B
//   defer A (always registered)
// f( 2 ) = 2
