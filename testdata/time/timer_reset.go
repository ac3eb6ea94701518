package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	// Reset of an active timer reports true and moves its expiry.
	fmt.Println("reset active:", t.Reset(20*time.Millisecond))
	start := time.Now()
	<-t.C
	el := time.Since(start)
	fmt.Println("fired after reset", el >= 20*time.Millisecond, el < time.Minute)
	// Reset of an expired (drained) timer reports false and arms it again.
	fmt.Println("reset expired:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired again")
	// The Stop-drain-Reset idiom.
	t.Reset(time.Hour)
	if !t.Stop() {
		<-t.C
	}
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("idiom ok")
}

// Output:
// reset active: true
// fired after reset true true
// reset expired: false
// fired again
// idiom ok
