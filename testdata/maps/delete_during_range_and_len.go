package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += k + v
	}
	fmt.Println(sum)
	delete(m, 1000)
	var nm map[string]int
	delete(nm, "x")
	fmt.Println(len(nm), nm == nil, nm["x"])
	for range nm {
		fmt.Println("never")
	}
}

// Output:
// 50
// 164150
// 0 true 0
