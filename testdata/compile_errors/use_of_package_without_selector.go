package main

import "fmt"

func main() {
	x := fmt
	_ = x
}

// Stderr:
// use_of_package_without_selector.go:3:8: imported and not used: "fmt"
// use_of_package_without_selector.go:6:7: use of package fmt not in selector
//
// Exit: 2
