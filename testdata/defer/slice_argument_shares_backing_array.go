package main

import "fmt"

func show(label string, s []int) {
	fmt.Println(label, s, len(s))
}

func main() {
	s := []int{1, 2, 3}
	defer show("slice header copied, elements shared:", s)
	s[0] = 100
	s = append(s, 4) // reallocates: the deferred header still points at the old array
	s[1] = 200       // not visible through the old header
	defer show("second header:", s)
	s[2] = 300
	arr := [3]int{7, 8, 9}
	defer fmt.Println("array copied:", arr)
	arr[0] = 0
	fmt.Println("end of main:", s, arr)
}

// Output:
// end of main: [100 200 300 4] [0 8 9]
// array copied: [7 8 9]
// second header: [100 200 300 4] 4
// slice header copied, elements shared: [100 2 3] 3
