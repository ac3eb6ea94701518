package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	total := make([]int, 3)
	for round := 0; round < 3; round++ {
		vals := make([]int, 4)
		wg.Add(len(vals))
		for i := range vals {
			go func(i int) {
				defer wg.Done()
				vals[i] = (round + 1) * i
			}(i)
		}
		wg.Wait()
		for _, v := range vals {
			total[round] += v
		}
	}
	fmt.Println(total)
	wg.Wait()
	fmt.Println("wait on zero returns")
}

// Output:
// [6 12 18]
// wait on zero returns
