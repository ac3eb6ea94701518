package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("  end of iteration", i)
			fmt.Println("start of iteration", i)
			if i == 1 {
				fmt.Println("  early return in iteration", i)
				return
			}
			fmt.Println("  body of iteration", i)
		}()
	}
	fmt.Println("after loop")
}

// Output:
// start of iteration 0
//   body of iteration 0
//   end of iteration 0
// start of iteration 1
//   early return in iteration 1
//   end of iteration 1
// start of iteration 2
//   body of iteration 2
//   end of iteration 2
// after loop
