package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		fmt.Println("computed", n, "calls", calls)
		return v
	}
}

func main() {
	g := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	sq := memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
}

// Output:
// 0 1 1 2 3 5 8 13 21 34 
// computed 4 calls 1
// computed 5 calls 2
// 16 16 25
// 3628800
