package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("skipped 1")
	defer func() { fmt.Println("skipped 2") }()
	fmt.Println("exiting with 0")
	os.Exit(0)
}

// Output:
// exiting with 0
