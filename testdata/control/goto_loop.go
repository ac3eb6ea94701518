package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto loop
	}
	goto done
done:
	fmt.Println("done")
}

// Output:
// i = 0
// i = 1
// i = 2
// done
