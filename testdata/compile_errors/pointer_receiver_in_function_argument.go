package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprint(c.n) }

func show(s fmt.Stringer) { fmt.Println(s.String()) }

func main() {
	c := Counter{3}
	show(&c)
	show(c)
}

// Stderr:
// pointer_receiver_in_function_argument.go:14:7: cannot use c (variable of type Counter) as type fmt.Stringer in argument to show:
// 	Counter does not implement fmt.Stringer (String method has pointer receiver)
//
// Exit: 2
