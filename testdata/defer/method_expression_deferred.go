package main

import "fmt"

type T struct{ n int }

func (t T) Show(tag string) { fmt.Println(tag, t.n) }

func (t *T) Add(k int) { t.n += k }

func main() {
	t := T{1}
	defer T.Show(t, "T.Show with copy:")
	defer (*T).Show(&t, "(*T).Show via pointer:")
	defer (*T).Add(&t, 100) // runs before the Show above
	f := T.Show
	defer f(t, "f := T.Show:")
	t.n = 5
	fmt.Println("main end", t.n)
}

// Output:
// main end 5
// f := T.Show: 1
// (*T).Show via pointer: 105
// T.Show with copy: 1
