package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	// The less functions are bound before each call (gosub: a closure made
	// while the slice argument sits boxed in an interface loses the box to
	// the collector; a compiler bug).
	people := []Person{{"Gopher", 7}, {"Alice", 55}, {"Vera", 24}, {"Bob", 75}}
	byName := func(i, j int) bool { return people[i].Name < people[j].Name }
	byAge := func(i, j int) bool { return people[i].Age < people[j].Age }
	sort.Slice(people, byName)
	fmt.Println("By name:", people)
	sort.Slice(people, byAge)
	fmt.Println("By age:", people)
	fmt.Println(sort.SliceIsSorted(people, byAge))
	fmt.Println(sort.SliceIsSorted(people, byName))
	words := []string{"banana", "fig", "apple", "kiwi", "cherry"}
	byLen := func(i, j int) bool { return len(words[i]) < len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j] }
	sort.Slice(words, byLen)
	fmt.Println(words)
	fl := []float64{3.5, -1, 2.25}
	desc := func(i, j int) bool { return fl[i] > fl[j] }
	sort.Slice(fl, desc)
	fmt.Println(fl)
	sub := []int{9, 8, 7, 6, 5, 4}
	part := sub[1:4]
	asc := func(i, j int) bool { return part[i] < part[j] }
	sort.Slice(part, asc)
	fmt.Println(sub, part)
	var none []int
	never := func(i, j int) bool { return none[i] < none[j] }
	sort.Slice(none, never)
	fmt.Println(none)
}

// Output:
// By name: [{Alice 55} {Bob 75} {Gopher 7} {Vera 24}]
// By age: [{Gopher 7} {Vera 24} {Alice 55} {Bob 75}]
// true
// false
// [fig kiwi apple banana cherry]
// [3.5 2.25 -1]
// [9 6 7 8 5 4] [6 7 8]
// []
