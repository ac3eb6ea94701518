package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(time.Hour)
	tk.Reset(10 * time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("two ticks after reset")
	tk.Stop()
	defer func() { fmt.Println("recovered:", recover()) }()
	tk.Reset(0)
}

// Output:
// two ticks after reset
// recovered: non-positive interval for Ticker.Reset
