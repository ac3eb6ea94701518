package main

import "fmt"

type Walker interface{ Walk() }
type Rock struct{}

func main() {
	var v interface{} = Rock{}
	w := v.(Walker)
	fmt.Println(w)
}

// Stderr:
// panic: interface conversion: main.Rock is not main.Walker: missing method Walk
//
// goroutine 1 [running]:
//
// Exit: 2
