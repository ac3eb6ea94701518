package main

import (
	"context"
	"fmt"
	"time"
)

// A child asking for a later deadline than its parent's keeps the parent's
// (Deadline reports it) and expires with the parent; an earlier one is its
// own.
func main() {
	parent, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	pd, _ := parent.Deadline()

	later, cancelLater := context.WithTimeout(parent, time.Hour)
	defer cancelLater()
	ld, ok := later.Deadline()
	fmt.Println("later:", ok, ld.Equal(pd))

	laterAbs, cancelAbs := context.WithDeadline(parent, pd.Add(time.Minute))
	defer cancelAbs()
	ad, _ := laterAbs.Deadline()
	fmt.Println("later absolute:", ad.Equal(pd))

	earlier, cancelEarlier := context.WithTimeout(parent, 20*time.Millisecond)
	defer cancelEarlier()
	ed, _ := earlier.Deadline()
	fmt.Println("earlier:", ed.Before(pd), ed.Equal(pd))

	<-earlier.Done()
	fmt.Println("earlier:", earlier.Err(), "parent:", parent.Err(), "later:", later.Err())
	<-later.Done()
	fmt.Println("later:", later.Err(), "parent:", parent.Err(), "later absolute:", laterAbs.Err())
}

// Output:
// later: true true
// later absolute: true
// earlier: true false
// earlier: context deadline exceeded parent: <nil> later: <nil>
// later: context deadline exceeded parent: context deadline exceeded later absolute: context deadline exceeded
