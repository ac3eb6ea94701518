package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(30 * time.Millisecond)
	fmt.Println("stopped:", t.Stop())
	fmt.Println("stopped again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("fired")
	case <-time.After(80 * time.Millisecond):
		fmt.Println("did not fire")
	}
	fired := false
	f := time.AfterFunc(20*time.Millisecond, func() { fired = true })
	fmt.Println("afterfunc stopped:", f.Stop())
	time.Sleep(60 * time.Millisecond)
	fmt.Println("fired:", fired)
}

// Output:
// stopped: true
// stopped again: false
// did not fire
// afterfunc stopped: true
// fired: false
