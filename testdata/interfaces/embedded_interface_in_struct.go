package main

import (
	"fmt"
	"sort"
)

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

// Loud embeds an interface: its method set includes Speak.
type Loud struct {
	Speaker
	times int
}

type reversed struct{ sort.Interface }

func (r reversed) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	var s Speaker = Loud{Dog{"rex"}, 2}
	fmt.Println(s.Speak())
	p := &Loud{Speaker: Dog{"fido"}}
	s = p
	fmt.Println(s.Speak())
	xs := []int{3, 1, 2}
	sort.Sort(reversed{sort.IntSlice(xs)})
	fmt.Println(xs)
	var nilInside Speaker = Loud{}
	fmt.Println(nilInside != nil)
}

// Output:
// rex says woof
// fido says woof
// [3 2 1]
// true
