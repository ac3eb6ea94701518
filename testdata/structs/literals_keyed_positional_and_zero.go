package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	Tags []string
}

func main() {
	a := Point{1, 2}
	b := Point{Y: 7}
	var c Point
	p := Person{Name: "Ann", Tags: []string{"x", "y"}}
	fmt.Println(a, b, c)
	fmt.Println(p.Name, p.Age, len(p.Tags), p.Tags[1])
	fmt.Printf("%v|%+v|%#v\n", a, b, c)
	fmt.Printf("%v %+v\n", p, p)
}

// Output:
// {1 2} {0 7} {0 0}
// Ann 0 2 y
// {1 2}|{X:0 Y:7}|main.Point{X:0, Y:0}
// {Ann 0 [x y]} {Name:Ann Age:0 Tags:[x y]}
