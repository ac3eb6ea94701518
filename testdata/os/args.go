//gosub:args one two three
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("%d %q\n", i+1, a)
	}
}

// Output:
// 4
// 1 "one"
// 2 "two"
// 3 "three"
