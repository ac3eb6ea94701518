package main

import "fmt"

type UserID int
type OrderID int

func main() {
	var id interface{} = UserID(7)
	fmt.Println(id.(UserID))
	fmt.Println(id.(OrderID))
}

// Output:
// 7
//
// Stderr:
// panic: interface conversion: interface {} is main.UserID, not main.OrderID
//
// goroutine 1 [running]:
//
// Exit: 2
