package main

import (
	"fmt"
	"runtime"
	"strings"
)

type msg struct {
	text string
	next *msg
}

// Pointer values wait in blocked selects (send values, receive slots)
// while other goroutines allocate and collect.
func main() {
	in := make(chan *msg)
	out := make(chan []string)
	done := make(chan bool)
	go func() {
		var got []string
		for {
			select {
			case m := <-in:
				for ; m != nil; m = m.next {
					got = append(got, m.text)
				}
				runtime.GC()
			case out <- got:
				done <- true
				return
			}
		}
	}()
	for i := 0; i < 20; i++ {
		m := &msg{text: strings.Repeat("x", i), next: &msg{text: fmt.Sprint(i)}}
		runtime.GC()
		in <- m
	}
	res := <-out
	<-done
	fmt.Println(len(res), res[len(res)-2], res[len(res)-1])
}

// Output:
// 40 xxxxxxxxxxxxxxxxxxx 19
