package main

import "fmt"

type Config struct {
	Name string
	Port int
}

func (c *Config) Addr() string {
	return fmt.Sprintf("%s:%d", c.Name, c.Port)
}

func load(ok bool) *Config {
	if ok {
		return &Config{"localhost", 8080}
	}
	return nil
}

func main() {
	fmt.Println(load(true).Addr())
	c := load(false)
	fmt.Println(c == nil)
	fmt.Println(c.Addr())
}

// Output:
// localhost:8080
// true
//
// Stderr:
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4828d6]
//
// goroutine 1 [running]:
//
// Exit: 2
