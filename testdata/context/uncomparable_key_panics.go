package main

import (
	"context"
	"fmt"
)

type sliceKey []string
type withMap struct {
	m map[string]int
}

// WithValue with a key of an uncomparable type panics with "key is not
// comparable".
func main() {
	for _, k := range []any{sliceKey{"a"}, withMap{}, func() {}, map[int]int{}} {
		func() {
			defer func() { fmt.Printf("%T: %v\n", k, recover()) }()
			context.WithValue(context.Background(), k, 1)
		}()
	}
	context.WithValue(context.Background(), []int{1}, "v")
}

// Output:
// main.sliceKey: key is not comparable
// main.withMap: key is not comparable
// func(): key is not comparable
// map[int]int: key is not comparable
//
// Stderr:
// panic: key is not comparable
//
// goroutine 1 [running]:
//
// Exit: 2
