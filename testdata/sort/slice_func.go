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
	people := []Person{{"Gopher", 7}, {"Alice", 55}, {"Vera", 24}, {"Bob", 75}}
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println("By name:", people)
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println("By age:", people)
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Age < people[j].Age }))
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Name < people[j].Name }))
	words := []string{"banana", "fig", "apple", "kiwi", "cherry"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j] })
	fmt.Println(words)
	fl := []float64{3.5, -1, 2.25}
	sort.Slice(fl, func(i, j int) bool { return fl[i] > fl[j] })
	fmt.Println(fl)
	sub := []int{9, 8, 7, 6, 5, 4}
	part := sub[1:4]
	sort.Slice(part, func(i, j int) bool { return part[i] < part[j] })
	fmt.Println(sub, part)
	var none []int
	sort.Slice(none, func(i, j int) bool { return none[i] < none[j] })
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
