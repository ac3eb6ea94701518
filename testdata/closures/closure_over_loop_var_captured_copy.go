package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		gs = append(gs, func() string { return s + s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}

// Output:
// 0 1 4 
// aa bb cc 
