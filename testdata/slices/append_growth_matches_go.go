package main

import "fmt"

// The capacities append produces follow Go's growslice, including the
// rounding up to allocator size classes for each element size.
func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var bs []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			last = cap(bs)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var ss []string
	last = -1
	for i := 0; i < 600; i++ {
		ss = append(ss, "x")
		if cap(ss) != last {
			last = cap(ss)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var f32 []float32
	f32 = append(f32, 1, 2, 3, 4, 5)
	fmt.Println(len(f32), cap(f32))
	f32 = append(f32, f32...)
	fmt.Println(len(f32), cap(f32))
	var i16 []int16
	i16 = append(i16, 1, 2, 3)
	fmt.Println(len(i16), cap(i16))
}

// Output:
// 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 
// 8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 
// 1 2 4 8 16 32 64 128 256 512 848 
// 5 6
// 10 12
// 3 4
