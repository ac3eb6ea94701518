package main

import "fmt"

type Config struct{ Name string }

func load() *Config { return nil }

func main() {
	defer fmt.Println("deferred before crash")
	c := load()
	fmt.Println("loaded")
	fmt.Println(c.Name)
}

// Output:
// loaded
// deferred before crash
//
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4810ed]
//
// goroutine 1 [running]:
//
// Exit: 2
