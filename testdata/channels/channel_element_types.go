package main

import (
	"errors"
	"fmt"
)

type point struct{ X, Y int }

type shape interface{ Area() int }

type sq struct{ s int }

func (q sq) Area() int { return q.s * q.s }

func main() {
	ps := make(chan point, 1)
	ps <- point{1, 2}
	fmt.Println(<-ps)

	ss := make(chan []int, 1)
	sl := []int{1, 2, 3}
	ss <- sl
	got := <-ss
	got[0] = 99
	fmt.Println(sl)

	is := make(chan shape, 1)
	is <- sq{4}
	fmt.Println((<-is).Area())

	es := make(chan error, 2)
	es <- errors.New("bad")
	es <- nil
	fmt.Println(<-es, <-es)

	fs := make(chan func(int) int, 1)
	fs <- func(x int) int { return x + 100 }
	fmt.Println((<-fs)(5))

	ms := make(chan map[string]int, 1)
	ms <- map[string]int{"a": 1}
	fmt.Println(<-ms)

	var e interface{} = ps
	_, ok := e.(chan point)
	fmt.Println(ok)
	fmt.Printf("%T\n", ps)
}

// Output:
// {1 2}
// [99 2 3]
// 16
// bad <nil>
// 105
// map[a:1]
// true
// chan main.point
