package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	block := make(chan struct{})
	ready := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ready <- struct{}{}
			<-block
		}()
	}
	for i := 0; i < 5; i++ {
		<-ready
	}
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(block)
	wg.Wait()
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		runtime.Gosched()
	}
	fmt.Println("after:", runtime.NumGoroutine())
}

// Output:
// start: 1
// while blocked: 6
// after: 1
