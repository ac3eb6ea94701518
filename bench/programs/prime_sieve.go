// The concurrent prime sieve (from the Go tour and spec): a generator
// goroutine and a filter goroutine per prime found, connected by
// unbuffered channels; the first 2000 primes. Every number passes
// through a chain of goroutines, so this is ~2.3M channel handoffs among
// 2000 goroutines. Go only: Lua has no goroutines.
// bench: issue=5
// bench: runs=5
// bench: target time gosub/go < 1.0
package main

import "fmt"

// generate sends 2, 3, 4, ... to ch.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies the values from in to out, dropping those divisible by prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	const n = 2000
	ch := make(chan int)
	go generate(ch)
	last, sum := 0, 0
	for i := 0; i < n; i++ {
		prime := <-ch
		last = prime
		sum += prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Println(n, last, sum)
}
