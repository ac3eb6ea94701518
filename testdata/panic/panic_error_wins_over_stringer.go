package main

import "fmt"

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("Error() of %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("String() of %d", b.n) }

func main() {
	b := Both{9}
	fmt.Println(b)
	fmt.Printf("%s|%v\n", b, b)
	panic(b)
}

// Output:
// Error() of 9
// Error() of 9|Error() of 9
//
// Stderr:
// panic: Error() of 9
//
// goroutine 1 [running]:
//
// Exit: 2
