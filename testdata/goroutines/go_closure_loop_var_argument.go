package main

import "fmt"

func main() {
	results := make([]int, 5)
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func(n int) {
			results[n] = n * 10
			done <- true
		}(i)
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	fmt.Println(results)
}

// Output:
// [0 10 20 30 40]
