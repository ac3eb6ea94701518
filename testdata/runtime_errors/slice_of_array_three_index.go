package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	m := 6
	fmt.Println(arr[0:2:5])
	p := &arr
	fmt.Println(p[1:m-2], len(p[:m-1]))
	fmt.Println(arr[0:2:m])
}

// Output:
// [1 2]
// [2 3 4] 5
//
// Stderr:
// panic: runtime error: slice bounds out of range [::6] with length 5
//
// goroutine 1 [running]:
//
// Exit: 2
