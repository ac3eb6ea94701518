package main

import (
	"context"
	"fmt"
	"time"
)

type key string

// Canceling a context cancels its children and grandchildren, whatever
// their kind (WithCancel, WithValue in between, WithTimeout).
func main() {
	root, cancel := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	defer cancelChild()
	valued := context.WithValue(child, key("k"), "v")
	grandchild, cancelGrand := context.WithCancel(valued)
	defer cancelGrand()
	timed, cancelTimed := context.WithTimeout(grandchild, time.Hour)
	defer cancelTimed()

	all := []context.Context{root, child, valued, grandchild, timed}
	for i, c := range all {
		fmt.Println("before", i, c.Err())
	}
	cancel()
	for i, c := range all {
		<-c.Done()
		fmt.Println("after", i, c.Err())
	}
	fmt.Println(timed.Value(key("k")))
}

// Output:
// before 0 <nil>
// before 1 <nil>
// before 2 <nil>
// before 3 <nil>
// before 4 <nil>
// after 0 context canceled
// after 1 context canceled
// after 2 context canceled
// after 3 context canceled
// after 4 context canceled
// v
