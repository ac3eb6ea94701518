package main

import (
	"fmt"
	"os"
)

func helper() {
	defer fmt.Println("helper defer: never printed")
	fmt.Println("helper calling os.Exit(3)")
	os.Exit(3)
}

func main() {
	defer fmt.Println("main defer: never printed")
	fmt.Println("main start")
	helper()
	fmt.Println("not reached")
}

// Output:
// main start
// helper calling os.Exit(3)
//
// Exit: 3
