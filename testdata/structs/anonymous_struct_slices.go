package main

import "fmt"

func main() {
	tests := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"bb", 2},
		{"", 0},
	}
	for i, tc := range tests {
		got := len(tc.in)
		fmt.Printf("%d %q got=%d want=%d ok=%t\n", i, tc.in, got, tc.want, got == tc.want)
	}
	fmt.Printf("%v\n%+v\n", tests, tests[0])
	pt := struct {
		X, Y float64
		L    string `json:"l"`
	}{1.5, -2, "p"}
	fmt.Printf("%v %+v\n", pt, pt)
	fmt.Printf("%T\n", pt)
	var empty struct{}
	fmt.Println(empty, []struct{}{{}, {}})
}

// Output:
// 0 "a" got=1 want=1 ok=true
// 1 "bb" got=2 want=2 ok=true
// 2 "" got=0 want=0 ok=true
// [{a 1} {bb 2} { 0}]
// {in:a want:1}
// {1.5 -2 p} {X:1.5 Y:-2 L:p}
// struct { X float64; Y float64; L string "json:\"l\"" }
// {} [{} {}]
