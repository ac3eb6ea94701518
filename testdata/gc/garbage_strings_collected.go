package main

import (
	"fmt"
	"runtime"
	"strconv"
)

func main() {
	keep := []string{}
	total := 0
	for i := 0; i < 300000; i++ {
		s := "value-" + strconv.Itoa(i)
		total += len(s)
		if i%50000 == 0 {
			keep = append(keep, s)
		}
	}
	runtime.GC()
	fmt.Println(total, keep)
}

// Output:
// 3488890 [value-0 value-50000 value-100000 value-150000 value-200000 value-250000]
