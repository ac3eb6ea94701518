package main

import (
	"context"
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

// Every constructor refuses a nil parent; the last call's panic is not
// recovered.
func main() {
	try("WithCancel", func() { context.WithCancel(nil) })
	try("WithTimeout", func() { context.WithTimeout(nil, time.Second) })
	try("WithDeadline", func() { context.WithDeadline(nil, time.Now()) })
	try("WithValue", func() { context.WithValue(nil, "k", "v") })
	var parent context.Context
	context.WithCancel(parent)
}

// Output:
// WithCancel -> cannot create context from nil parent
// WithTimeout -> cannot create context from nil parent
// WithDeadline -> cannot create context from nil parent
// WithValue -> cannot create context from nil parent
//
// Stderr:
// panic: cannot create context from nil parent
//
// goroutine 1 [running]:
//
// Exit: 2
