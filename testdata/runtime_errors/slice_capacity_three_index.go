package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[:3]
	m := 6
	fmt.Println(len(sl), cap(sl))
	fmt.Println(sl[0:2:m])
}

// Output:
// 3 5
//
// Stderr:
// panic: runtime error: slice bounds out of range [::6] with capacity 5
//
// goroutine 1 [running]:
//
// Exit: 2
