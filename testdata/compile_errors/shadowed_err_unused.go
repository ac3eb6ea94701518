package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("1")
	if err != nil {
		return
	}
	if n > 0 {
		m, err := strconv.Atoi("2")
		fmt.Println(m)
	}
}

// Stderr:
// shadowed_err_unused.go:14:6: err declared but not used
//
// Exit: 2
