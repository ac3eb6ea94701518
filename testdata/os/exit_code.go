package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	os.Exit(3)
	fmt.Println("not printed")
}

// Output:
// before exit
//
// Exit: 3
