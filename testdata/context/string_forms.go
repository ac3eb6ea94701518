package main

import (
	"context"
	"fmt"
)

type key int
type strKey string
type named struct{ n int }

func (n named) String() string { return fmt.Sprintf("named#%d", n.n) }

type holder struct{ x int }

// How contexts print (deadline contexts aside): each layer's name appended
// to its parent's; WithValue shows the key's type and the value if it is a
// string or a Stringer.
func main() {
	bg := context.Background()
	fmt.Println(bg)
	fmt.Println(context.TODO())
	c, cancel := context.WithCancel(bg)
	defer cancel()
	fmt.Println(c)
	v := context.WithValue(c, key(1), "hello")
	fmt.Println(v)
	fmt.Println(context.WithValue(v, strKey("s"), named{3}))
	fmt.Println(context.WithValue(bg, "k", 42))
	fmt.Println(context.WithValue(bg, &holder{}, holder{1}))
	fmt.Println(context.WithValue(bg, 3.5, []int{1}))
	fmt.Println(context.WithValue(bg, holder{}, &holder{}))
	c2, cancel2 := context.WithCancel(context.WithValue(context.TODO(), key(2), "x"))
	defer cancel2()
	fmt.Printf("%v\n%s\n", c2, c2)
	fmt.Println(c2.(fmt.Stringer).String())
}

// Output:
// context.Background
// context.TODO
// context.Background.WithCancel
// context.Background.WithCancel.WithValue(type main.key, val hello)
// context.Background.WithCancel.WithValue(type main.key, val hello).WithValue(type main.strKey, val named#3)
// context.Background.WithValue(type string, val <not Stringer>)
// context.Background.WithValue(type *main.holder, val <not Stringer>)
// context.Background.WithValue(type float64, val <not Stringer>)
// context.Background.WithValue(type main.holder, val <not Stringer>)
// context.TODO.WithValue(type main.key, val x).WithCancel
// context.TODO.WithValue(type main.key, val x).WithCancel
// context.TODO.WithValue(type main.key, val x).WithCancel
