package main

import "fmt"

func closeResource(name string) {
	fmt.Println("closing", name)
	if name == "db" {
		panic("close " + name + ": connection reset")
	}
}

func work() {
	defer closeResource("file")
	defer closeResource("db")
	defer closeResource("cache")
	fmt.Println("working")
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	work()
	fmt.Println("not reached")
}

// Output:
// working
// closing cache
// closing db
// closing file
// recovered: close db: connection reset
