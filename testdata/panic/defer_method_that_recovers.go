package main

import "fmt"

type Guard struct {
	name string
	hits int
}

func (g *Guard) Catch() {
	if r := recover(); r != nil {
		g.hits++
		fmt.Printf("%s caught %v (hit %d)\n", g.name, r, g.hits)
	}
}

func (g *Guard) Do(v interface{}) {
	defer g.Catch()
	panic(v)
}

func main() {
	g := &Guard{name: "guard"}
	g.Do("one")
	g.Do(2)
	fmt.Println("hits:", g.hits)
}

// Output:
// guard caught one (hit 1)
// guard caught 2 (hit 2)
// hits: 2
