package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v, ok := <-c
			results[i] = fmt.Sprint(v, ok)
		}(i)
	}
	close(c)
	wg.Wait()
	fmt.Println(results)
}

// Output:
// [0 false 0 false 0 false]
