package main

import "fmt"

type Event struct {
	ID   int
	Tags []string
	Meta map[string]int
}

type pair struct{ a, b int }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v\n%+v\n%T\n", r, r, r)
		e := r.(Event)
		fmt.Println(e.ID, len(e.Tags), e.Meta["k"])
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T %v\n", r, r, r == pair{1, 2})
		}()
		panic(pair{1, 2})
	}()
	panic(Event{7, []string{"x", "y"}, map[string]int{"k": 3}})
}

// Output:
// {1 2} main.pair true
// {7 [x y] map[k:3]}
// {ID:7 Tags:[x y] Meta:map[k:3]}
// main.Event
// 7 2 3
