package main

import "os"

func main() {
}

// Stderr:
// imported_and_not_used.go:3:8: imported and not used: "os"
//
// Exit: 2
