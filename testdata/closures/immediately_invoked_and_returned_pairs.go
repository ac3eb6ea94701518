package main

import "fmt"

func counterPair() (func(), func() int) {
	n := 0
	return func() { n++ }, func() int { return n }
}

func main() {
	v := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(v)
	inc, get := counterPair()
	inc2, get2 := counterPair()
	inc()
	inc()
	inc2()
	fmt.Println(get(), get2())
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 5} {
		k := k
		adders[fmt.Sprint("add", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["add1"](10), adders["add5"](10))
	compose := func(fs ...func(int) int) func(int) int {
		return func(x int) int {
			for _, f := range fs {
				x = f(x)
			}
			return x
		}
	}
	fmt.Println(compose(adders["add1"], adders["add5"], func(x int) int { return x * 2 })(0))
}

// Output:
// 42
// 2 1
// 11 15
// 12
