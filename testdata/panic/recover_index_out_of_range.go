package main

import (
	"fmt"
	"runtime"
)

func get(s []string, i int) (v string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(runtime.Error)
		}
	}()
	return s[i], nil
}

func main() {
	names := []string{"a", "b", "c"}
	for _, i := range []int{0, 2, 3, -1, 10} {
		v, err := get(names, i)
		fmt.Printf("%d: %q %v\n", i, v, err)
	}
	var arr [4]int
	k := 4
	func() {
		defer func() { fmt.Println(recover()) }()
		arr[k] = 1
	}()
	str := "héllo"
	func() {
		defer func() { fmt.Println(recover()) }()
		fmt.Println(str[len(str)])
	}()
}

// Output:
// 0: "a" <nil>
// 2: "c" <nil>
// 3: "" runtime error: index out of range [3] with length 3
// -1: "" runtime error: index out of range [-1]
// 10: "" runtime error: index out of range [10] with length 3
// runtime error: index out of range [4] with length 4
// runtime error: index out of range [6] with length 6
