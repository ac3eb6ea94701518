package main

import (
	"fmt"
	"sort"
)

func main() {
	ops := map[string]func(int, int) int{
		"+": func(a, b int) int { return a + b },
		"-": func(a, b int) int { return a - b },
		"*": func(a, b int) int { return a * b },
		"/": func(a, b int) int { return a / b },
	}
	var names []string
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(7, n, 3, "=", ops[n](7, 3))
	}
	if f, ok := ops["%"]; !ok {
		fmt.Println("no %", f == nil)
	}
}

// Output:
// 7 * 3 = 21
// 7 + 3 = 10
// 7 - 3 = 4
// 7 / 3 = 2
// no % true
