package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(20 * time.Millisecond)
	start := time.Now()
	var last time.Time
	for i := 1; i <= 4; i++ {
		last = <-tk.C
		fmt.Println("tick", i)
	}
	el := last.Sub(start)
	fmt.Println(el >= 80*time.Millisecond, el < 2*time.Second)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("no tick after stop")
	}
}

// Output:
// tick 1
// tick 2
// tick 3
// tick 4
// true true
// no tick after stop
