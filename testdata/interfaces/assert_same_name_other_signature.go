package main

import "fmt"

type A struct{}

func (A) Get() int { return 1 }

type B struct{}

func (B) Get() string { return "b" }

type IntGetter interface{ Get() int }
type StrGetter interface{ Get() string }

func main() {
	for _, v := range []any{A{}, B{}} {
		if g, ok := v.(IntGetter); ok {
			fmt.Println("int getter", g.Get())
		}
		if g, ok := v.(StrGetter); ok {
			fmt.Println("string getter", g.Get())
		}
	}
	var x any = B{}
	_ = x.(IntGetter)
}

// Output:
// int getter 1
// string getter b
//
// Stderr:
// panic: interface conversion: main.B is not main.IntGetter: missing method Get
//
// goroutine 1 [running]:
//
// Exit: 2
