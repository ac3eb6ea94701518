package main

import (
	"fmt"
	"time"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		var t time.Timer
		t.Reset(time.Second)
	}()
	var t time.Timer
	t.Stop()
}

// Output:
// recovered: time: Stop called on uninitialized Timer
//
// Stderr:
// panic: time: Stop called on uninitialized Timer [recovered]
// 	panic: time: Reset called on uninitialized Timer
//
// goroutine 1 [running]:
//
// Exit: 2
