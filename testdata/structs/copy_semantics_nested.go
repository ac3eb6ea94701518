package main

import "fmt"

type Address struct {
	City string
	Zip  [2]int
}

type Person struct {
	Name    string
	Addr    Address
	Tags    []string
	Friends map[string]bool
}

func rename(p Person) Person {
	p.Name = "renamed"
	p.Addr.City = "nowhere"
	p.Tags[0] = "shared"
	return p
}

func main() {
	a := Person{"ann", Address{"paris", [2]int{7, 5}}, []string{"x", "y"}, map[string]bool{}}
	b := a
	b.Addr.Zip[0] = 9
	b.Friends["bob"] = true
	c := rename(a)
	fmt.Println(a.Name, a.Addr, a.Tags, len(a.Friends))
	fmt.Println(b.Addr.Zip, c.Name, c.Addr.City)
	arr := [2]Person{a, b}
	arr2 := arr
	arr2[0].Name = "z"
	fmt.Println(arr[0].Name, arr2[0].Name)
	ps := []Person{a}
	for _, p := range ps {
		p.Name = "loopcopy"
	}
	fmt.Println(ps[0].Name)
	for i := range ps {
		ps[i].Name = "indexed"
	}
	fmt.Println(ps[0].Name)
	pp := &ps[0]
	pp.Addr.City = "rome"
	fmt.Println(ps[0].Addr.City)
}

// Output:
// ann {paris [7 5]} [shared y] 1
// [9 5] renamed nowhere
// ann z
// ann
// indexed
// rome
