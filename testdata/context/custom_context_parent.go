package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// myCtx is a Context of the program's own: its own Done channel and a
// value, nothing from package context.
type myCtx struct {
	done chan struct{}
	err  error
}

func (c *myCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *myCtx) Done() <-chan struct{}       { return c.done }
func (c *myCtx) Err() error                  { return c.err }
func (c *myCtx) Value(key any) any {
	if key == "who" {
		return "mine"
	}
	return nil
}

func (c *myCtx) stop() {
	c.err = context.Canceled
	close(c.done)
}

// Children of a foreign Context see its values and are canceled when its
// Done channel closes (context watches it from a goroutine); a child
// canceled first lets that goroutine go.
func main() {
	base := runtime.NumGoroutine()
	parent := &myCtx{done: make(chan struct{})}
	child, cancel := context.WithCancel(parent)
	defer cancel()
	grand := context.WithValue(child, "k", "v")
	fmt.Println(child, "|", grand.Value("who"), grand.Value("k"))
	fmt.Println("watchers:", runtime.NumGoroutine()-base)

	other, cancelOther := context.WithCancel(parent)
	fmt.Println("watchers:", runtime.NumGoroutine()-base)
	cancelOther()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("after cancelOther:", runtime.NumGoroutine()-base, other.Err(), child.Err())

	parent.stop()
	<-child.Done()
	fmt.Println("child:", child.Err())
	time.Sleep(20 * time.Millisecond)
	fmt.Println("watchers:", runtime.NumGoroutine()-base)

	late, cancelLate := context.WithCancel(parent)
	defer cancelLate()
	fmt.Println("late:", late.Err(), runtime.NumGoroutine()-base)
}

// Output:
// *main.myCtx.WithCancel | mine v
// watchers: 1
// watchers: 2
// after cancelOther: 1 context canceled <nil>
// child: context canceled
// watchers: 0
// late: context canceled 0
