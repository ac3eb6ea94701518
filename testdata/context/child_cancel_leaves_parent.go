package main

import (
	"context"
	"fmt"
)

// Canceling a child does not touch its parent or its siblings; the parent
// can still be canceled later and new children still work.
func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(parent)
	b, cancelB := context.WithCancel(parent)
	defer cancelB()

	cancelA()
	<-a.Done()
	fmt.Println("a:", a.Err())
	fmt.Println("parent:", parent.Err())
	fmt.Println("b:", b.Err())
	select {
	case <-parent.Done():
		fmt.Println("parent done")
	default:
		fmt.Println("parent still running")
	}

	c, cancelC := context.WithCancel(parent)
	defer cancelC()
	fmt.Println("c:", c.Err())
	cancelParent()
	fmt.Println("after parent cancel:", parent.Err(), b.Err(), c.Err())
	fmt.Println("a unchanged:", a.Err())
}

// Output:
// a: context canceled
// parent: <nil>
// b: <nil>
// parent still running
// c: <nil>
// after parent cancel: context canceled context canceled context canceled
// a unchanged: context canceled
