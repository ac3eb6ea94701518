package main

import (
	"fmt"
	"sort"
)

func keys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func use(m map[string]int) {
	k := "tmp"
	m[k] = 1
	defer delete(m, k) // key evaluated now
	k = "keep"
	fmt.Println("inside:", keys(m))
}

func main() {
	m := map[string]int{"keep": 1}
	use(m)
	fmt.Println("after:", keys(m))
	var nilMap map[string]int
	func() {
		defer delete(nilMap, "x") // delete on a nil map is a no-op
		fmt.Println("nil map delete deferred")
	}()
	fmt.Println("done", len(nilMap))
}

// Output:
// inside: [keep tmp]
// after: [keep]
// nil map delete deferred
// done 0
