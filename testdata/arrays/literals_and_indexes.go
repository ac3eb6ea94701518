package main

import "fmt"

const N = 4

func main() {
	a := [...]string{"a", "b", "c"}
	b := [5]int{1, 2}
	c := [...]int{2: 10, 5: 20, 30}
	d := [N][2]bool{{true}, {false, true}}
	var e [0]int
	fmt.Println(len(a), a, b, len(c), c, d, e, len(e))
	fmt.Printf("%v|%+v|%#v|%T\n", c, d, a, d)
	fmt.Printf("%q %x %X % x\n", a, [3]byte{1, 171, 255}, [2]byte{'h', 'i'}, [3]uint8{10, 20, 30})
	type Point struct{ X, Y int }
	pts := [2]Point{{1, 2}, {3, 4}}
	pp := [2]*Point{{5, 6}, nil}
	fmt.Println(pts, pp[0].X, pp[1] == nil)
	fmt.Printf("%+v\n", pts)
}

// Output:
// 3 [a b c] [1 2 0 0 0] 7 [0 0 10 0 0 20 30] [[true false] [false true] [false false] [false false]] [] 0
// [0 0 10 0 0 20 30]|[[true false] [false true] [false false] [false false]]|[3]string{"a", "b", "c"}|[4][2]bool
// ["a" "b" "c"] 01abff 6869 0a 14 1e
// [{1 2} {3 4}] 5 true
// [{X:1 Y:2} {X:3 Y:4}]
