package main

import (
	"fmt"
	"strings"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"banana", 12, 0.25}, {"cherry", 100, 10}}
	fmt.Printf("%-10s %5s %8s\n", "item", "qty", "total")
	fmt.Println(strings.Repeat("-", 25))
	total := 0.0
	for _, r := range rows {
		t := float64(r.qty) * r.price
		total += t
		fmt.Printf("%-10s %5d %8.2f\n", r.name, r.qty, t)
	}
	fmt.Printf("%-10s %5s %8.2f\n", "TOTAL", "", total)
	s := fmt.Sprintf("%6.1f%%", 12.345)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, true))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
}

// Output:
// item         qty    total
// -------------------------
// apple          3     1.50
// banana        12     3.00
// cherry       100  1000.00
// TOTAL             1004.50
//   12.3% 7
// a1 2bc3 <nil> true
// x 1
// |
