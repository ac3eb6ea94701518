package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	negz := -zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[0.0] = 3
	m[negz] = 4
	fmt.Println(len(m), m[0], m[nan])
	_, ok := m[nan]
	fmt.Println(ok)
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
	delete(m, 0)
	fmt.Println(len(m))
	m[nan] = 5
	fmt.Println(len(m))
	clean := map[float64]int{negz: 1}
	clean[0] = 2
	fmt.Println(clean)
	delete(m, nan)
	fmt.Println(len(m))
}

// Output:
// 3 4 0
// false
// 3
// 2
// 3
// map[0:2]
// 3
