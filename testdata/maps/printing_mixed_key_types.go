package main

import (
	"fmt"
	"math"
)

type K struct {
	A string
	B int
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "a", 2: "b", 10: "x"})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3, math.NaN(): 4, math.Inf(-1): 5})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6, false: 7, int8(3): 8})
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	fmt.Printf("%v %d\n", map[string]int{"z": 26, "a": 1}, map[string]int{"z": 26, "a": 1})
	fmt.Printf("%#v\n", map[K]int{{"b", 1}: 1, {"a", 2}: 2})
	fmt.Println(map[uint8]string{200: "x", 1: "y"}, map[string][]int{"b": {2}, "a": nil})
	type E struct{}
	fmt.Println(map[*int]int{} != nil, map[E]int{{}: 1})
}

// Output:
// map[-1:a 2:b 3:c 10:x]
// map[NaN:4 -Inf:5 -1:2 2.5:1 +Inf:3]
// map[false:0 true:1]
// map[{a 1}:3 {a 2}:2 {b 1}:1]
// map[[1 1]:true [1 2]:false [2 1]:true]
// map[false:7 true:6 2.5:5 1:4 2:2 3:8 a:3 b:1]
// map[97:2 98:1]
// map[a:1 z:26] map[%!d(string=a):1 %!d(string=z):26]
// map[main.K]int{main.K{A:"a", B:2}:2, main.K{A:"b", B:1}:1}
// map[1:y 200:x] map[a:[] b:[2]]
// true map[{}:1]
