package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type File struct{}

func (File) Read() string { return "data" }

func main() {
	var r Reader = File{}
	fmt.Println(r.Read())
	if _, ok := r.(Writer); !ok {
		fmt.Println("not a writer")
	}
	w := r.(Writer)
	w.Write("x")
}

// Output:
// data
// not a writer
//
// Stderr:
// panic: interface conversion: main.File is not main.Writer: missing method Write
//
// goroutine 1 [running]:
//
// Exit: 2
