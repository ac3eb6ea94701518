package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	input := "short\r\n" + strings.Repeat("L", 40) + "\nlast"
	r := bufio.NewReaderSize(strings.NewReader(input), 16)
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Printf("%q %v\n", line, isPrefix)
	}
}

// Output:
// "short" false
// "LLLLLLLLLLLLLLLL" true
// "LLLLLLLLLLLLLLLL" true
// "LLLLLLLL" false
// "last" false
// err: EOF
