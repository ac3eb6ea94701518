package main

import "fmt"

type Big [300]int

type Rec struct {
	Name string
	Vals [260]int
	Tail int
}

func (b Big) String() string { return fmt.Sprintf("Big{%d..%d}", b[0], b[299]) }

func main() {
	var a [300]int
	for i := range a {
		a[i] = i % 7
	}
	s := fmt.Sprint(a)
	fmt.Println(len(s), s[:40])
	var b Big
	b[0], b[299] = 3, 4
	fmt.Println(b)
	fmt.Printf("%v|%d\n", b, len(fmt.Sprintf("%d", a)))
	r := Rec{Name: "r", Tail: 9}
	r.Vals[259] = 5
	out := fmt.Sprintf("%+v", r)
	fmt.Println(len(out), out[:12], out[len(out)-12:])
	var x any = a
	a[0] = 100 // the interface holds a copy
	fmt.Println(x.([300]int)[0], a[0])
}

// Output:
// 601 [0 1 2 3 4 5 6 0 1 2 3 4 5 6 0 1 2 3 4 5
// Big{3..4}
// Big{3..4}|601
// 542 {Name:r Vals 0 5] Tail:9}
// 0 100
