package main

import "fmt"

type Code int

const ServiceUnavailable Code = 503

func main() {
	fmt.Println("code", ServiceUnavailable)
	panic(ServiceUnavailable)
}

// Output:
// code 503
//
// Stderr:
// panic: main.Code(503)
//
// goroutine 1 [running]:
//
// Exit: 2
