package main

import "fmt"

func choose(flag bool) {
	fmt.Println("choose", flag)
	defer fmt.Println("  always (registered first)")
	if flag {
		defer fmt.Println("  then-branch defer")
		fmt.Println("  in then")
	} else {
		defer fmt.Println("  else-branch defer A")
		defer fmt.Println("  else-branch defer B")
		fmt.Println("  in else")
	}
	fmt.Println("  after if/else")
}

func nested(n int) {
	fmt.Println("nested", n)
	if n > 0 {
		defer fmt.Println("  n > 0")
		if n > 5 {
			defer fmt.Println("  n > 5")
		} else if n > 2 {
			defer fmt.Println("  2 < n <= 5")
		}
	}
	fmt.Println("  body end")
}

func main() {
	choose(true)
	choose(false)
	nested(0)
	nested(3)
	nested(9)
}

// Output:
// choose true
//   in then
//   after if/else
//   then-branch defer
//   always (registered first)
// choose false
//   in else
//   after if/else
//   else-branch defer B
//   else-branch defer A
//   always (registered first)
// nested 0
//   body end
// nested 3
//   body end
//   2 < n <= 5
//   n > 0
// nested 9
//   body end
//   n > 5
//   n > 0
