package main

import (
	"fmt"
	"sort"
	"strconv"
)

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	words := []string{"3", "1", "2"}
	sort.Slice(words, func(i, j int) bool { return mustAtoi(words[i]) < mustAtoi(words[j]) })
	fmt.Println(words)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T: %v\n", r, r)
		}()
		mustAtoi("x")
	}()
	bad := []string{"1", "two", "3"}
	sort.Slice(bad, func(i, j int) bool { return mustAtoi(bad[i]) < mustAtoi(bad[j]) })
}

// Output:
// [1 2 3]
// *strconv.NumError: strconv.Atoi: parsing "x": invalid syntax
//
// Stderr:
// panic: strconv.Atoi: parsing "two": invalid syntax
//
// goroutine 1 [running]:
//
// Exit: 2
