package main

import "fmt"

type Namer interface{ Name() string }
type Renamer interface {
	Namer
	Rename(string)
}

type Animal struct{ name string }

func (a Animal) Name() string      { return a.name }
func (a *Animal) Rename(n string) { a.name = n }

type Dog struct {
	Animal
	Breed string
}

type Cat struct {
	*Animal
}

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	var n Namer = d
	fmt.Println(n.Name())
	var r Renamer = &d
	r.Rename("max")
	fmt.Println(d.Name(), n.Name())
	c := Cat{&Animal{"tom"}}
	var r2 Renamer = c
	r2.Rename("felix")
	fmt.Println(c.Name(), c.name)
	_, ok := n.(Renamer)
	fmt.Println(ok)
	var x interface{} = &d
	_, ok = x.(Renamer)
	fmt.Println(ok)
}

// Output:
// rex
// max rex
// felix felix
// false
// true
