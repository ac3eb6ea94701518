package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	n := 7
	fmt.Println(arr[1:3])
	fmt.Println(arr[:n])
}

// Output:
// [2 3]
//
// Stderr:
// panic: runtime error: slice bounds out of range [:7] with length 5
//
// goroutine 1 [running]:
//
// Exit: 2
