package main

import "fmt"

type Key [2]string

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	type S struct {
		ID  int
		Tag [2]byte
	}
	fmt.Println(S{1, [2]byte{'a', 'b'}} == S{1, [2]byte{'a', 'b'}}, S{1, [2]byte{'a'}} == S{1, [2]byte{'b'}})
	seen := map[Key]int{}
	seen[Key{"a", "b"}]++
	seen[Key{"a", "b"}]++
	seen[Key{"b", "a"}]++
	fmt.Println(seen, len(seen))
	var x, y interface{} = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(x == y, x == [2]int{2, 1})
	zero := 0.0
	nan := [1]float64{zero / zero}
	fmt.Println(nan == nan)
}

// Output:
// true false true
// true false
// map[[a b]:2 [b a]:1] 2
// true false
// false
