package main

import "fmt"

func order(m map[int]bool) string {
	s := ""
	for k := range m {
		s += fmt.Sprint(k, ",")
	}
	return s
}

func main() {
	m := map[int]bool{}
	for i := 0; i < 20; i++ {
		m[i] = true
	}
	first := order(m)
	differs := false
	for i := 0; i < 50; i++ {
		if order(m) != first {
			differs = true
		}
	}
	fmt.Println("order varies between ranges:", differs)
	fmt.Println(m)
}

// Output:
// order varies between ranges: true
// map[0:true 1:true 2:true 3:true 4:true 5:true 6:true 7:true 8:true 9:true 10:true 11:true 12:true 13:true 14:true 15:true 16:true 17:true 18:true 19:true]
