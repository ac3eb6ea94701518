package main

import "fmt"

func down(n int, depth string) {
	if n == 0 {
		fmt.Println(depth + "bottom")
		return
	}
	fmt.Println(depth+"enter", n)
	defer fmt.Println(depth+"leave", n)
	down(n-1, depth+"  ")
	fmt.Println(depth+"after call", n)
}

func fact(n int) (r int) {
	defer func() {
		fmt.Println("fact", n, "=", r)
	}()
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	down(3, "")
	fmt.Println("result", fact(5))
}

// Output:
// enter 3
//   enter 2
//     enter 1
//       bottom
//     after call 1
//     leave 1
//   after call 2
//   leave 2
// after call 3
// leave 3
// fact 1 = 1
// fact 2 = 2
// fact 3 = 6
// fact 4 = 24
// fact 5 = 120
// result 120
