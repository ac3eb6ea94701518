package main

import (
	"context"
	"fmt"
)

// WithValue with a nil key panics with "nil key" (a nil pointer of a key
// type is not a nil key).
func main() {
	var p *int
	ctx := context.WithValue(context.Background(), p, "nil pointer key")
	fmt.Println(ctx.Value(p))
	context.WithValue(context.Background(), nil, "v")
}

// Output:
// nil pointer key
//
// Stderr:
// panic: nil key
//
// goroutine 1 [running]:
//
// Exit: 2
