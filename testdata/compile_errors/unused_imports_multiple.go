package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("x")
}

// Stderr:
// unused_imports_multiple.go:5:2: imported and not used: "os"
// unused_imports_multiple.go:6:2: imported and not used: "strings"
//
// Exit: 2
