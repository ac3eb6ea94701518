//gosub:reasoned go1.22
package main

import "fmt"

func main() {
	// Go 1.22: each iteration of a three-clause loop has its own i.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// The post statement updates the next iteration's copy.
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Range variables are per iteration too.
	var gs []func() string
	for k, v := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return fmt.Sprint(k, v) })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// Changes inside the body are seen by the post statement.
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}

// Output:
// 0 1 2 
// 0 1 2 
// 0a 1b 2c 
// 1 3 5 
