package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]bool, 2, 5)
	c := make([]string, 0, 4)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	fmt.Printf("%q %d %d\n", c, len(c), cap(c))
	c = c[:2]
	fmt.Printf("%q\n", c)
	var f []float64 = make([]float64, 2)
	f[1] = 0.5
	fmt.Println(f)
}

// Output:
// [0 0 0] 3 3
// [false false] 2 5
// [] 0 4
// ["" ""]
// [0 0.5]
