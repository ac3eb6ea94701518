package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() {
			calls++
			panic("init failed")
		})
	}()
	once.Do(func() {
		calls++
		fmt.Println("second f runs")
	})
	fmt.Println("calls:", calls)
}

// Output:
// recovered: init failed
// calls: 1
