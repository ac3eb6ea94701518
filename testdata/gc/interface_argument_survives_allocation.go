package main

import (
	"fmt"
	"runtime"
)

func show(x any, t []int, m map[string]int) {
	runtime.GC()
	fmt.Println(x, t, m)
}

func main() {
	for i := 0; i < 3; i++ {
		xs := []string{"c", "b", fmt.Sprint(i)}
		show(xs, []int{1, 2, i}, map[string]int{"k": i})
	}
}

// Output:
// [c b 0] [1 2 0] map[k:0]
// [c b 1] [1 2 1] map[k:1]
// [c b 2] [1 2 2] map[k:2]
