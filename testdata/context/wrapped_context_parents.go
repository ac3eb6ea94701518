package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// embedded wraps a context and changes nothing but its name.
type embedded struct {
	context.Context
}

// ownDone wraps a context but answers Done and Err on its own.
type ownDone struct {
	context.Context
	done chan struct{}
	err  *error
}

func (c ownDone) Done() <-chan struct{} { return c.done }
func (c ownDone) Err() error            { return *c.err }

// A parent that only embeds a cancel context is seen through: its children
// hang off the inner context, no goroutine watches. A wrapper with its own
// Done channel is honoured: a goroutine watches that channel.
func main() {
	base := runtime.NumGoroutine()
	inner, cancelInner := context.WithCancel(context.Background())
	wrapped := embedded{context.WithValue(inner, "k", 1)}
	child, cancelChild := context.WithCancel(wrapped)
	defer cancelChild()
	fmt.Println(child, runtime.NumGoroutine()-base)
	cancelInner()
	fmt.Println(child.Err(), child.Value("k"))

	inner2, cancelInner2 := context.WithCancel(context.Background())
	defer cancelInner2()
	var err error
	od := ownDone{inner2, make(chan struct{}), &err}
	child2, cancelChild2 := context.WithCancel(od)
	defer cancelChild2()
	fmt.Println(runtime.NumGoroutine() - base)
	err = context.DeadlineExceeded
	close(od.done)
	<-child2.Done()
	fmt.Println(child2.Err(), inner2.Err())
	time.Sleep(20 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine() - base)
}

// Output:
// main.embedded.WithCancel 0
// context canceled 1
// 1
// context deadline exceeded <nil>
// 0
