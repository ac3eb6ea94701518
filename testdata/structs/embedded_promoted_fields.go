package main

import "fmt"

type Base struct {
	ID   int
	Kind string
}

type Meta struct {
	Kind string
}

type Item struct {
	Base
	*Meta
	Name string
	Kind string
}

func main() {
	it := Item{Base: Base{ID: 7, Kind: "base"}, Meta: &Meta{"meta"}, Name: "x", Kind: "item"}
	fmt.Println(it.ID, it.Kind, it.Base.Kind, it.Meta.Kind)
	it.ID++
	it.Base.ID *= 10
	fmt.Println(it.ID, it.Base)
	fmt.Printf("%+v\n", it.Base)
}

// Output:
// 7 item base meta
// 80 {80 base}
// {ID:80 Kind:base}
