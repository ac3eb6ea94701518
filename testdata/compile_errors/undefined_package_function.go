package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Reverse("abc"))
	fmt.Printline("x")
}

// Stderr:
// undefined_package_function.go:9:22: undefined: strings.Reverse
// undefined_package_function.go:10:6: undefined: fmt.Printline
//
// Exit: 2
